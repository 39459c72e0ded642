## --help: English is the doc comments of src/main.rs and src/cli/ (clap);
## here each text of it by place: `help-cmd-simulate`, `help-cmd-simulate--runs`, `-long` for the long form.

help-heading-usage = الاستعمال:
help-heading-commands = الأوامر
help-heading-arguments = المعطيات
help-heading-options = الخيارات
help-flag-help = عرض المساعدة (المزيد مع --help)
help-flag-version = عرض رقم الإصدار
help-subcommand-help = عرض هذه الرسالة أو مساعدة الأمر الفرعي المذكور
help-flag-help-long = عرض المساعدة (ملخص مع -h)
help-default = القيمة الافتراضية: { $value }
help-possible-values = القيم الممكنة: { $values }
help-value-with-help = { $value } ({ $help })
help-usage-options = [خيارات]
help-usage-command = [أمر]
help-error = خطأ: { $message }
help-error-more = للمزيد، جرّبوا --help.
help-error-unknown-argument = معطى غير متوقع: { $arg }
help-error-unknown-argument-hint = معطى غير متوقع: { $arg } (هل تقصدون { $hint }؟)
help-error-unknown-command = أمر غير معروف: { $name }
help-error-unknown-command-hint = أمر غير معروف: { $name } (هل تقصدون { $hint }؟)
help-error-invalid-value = القيمة { $value } غير صالحة لـ { $arg }
help-error-invalid-value-possible = القيمة { $value } غير صالحة لـ { $arg } (القيم الممكنة: { $values })
help-error-invalid-value-reason = القيمة { $value } غير صالحة لـ { $arg }: { $reason }
help-error-missing = هذه المعطيات مطلوبة ولم تُعطَ: { $args }
help-error-conflict = لا يمكن استعمال { $arg } مع { $other }
help-error-value-missing = يحتاج { $arg } إلى قيمة ولم تُعطَ أي قيمة
help-error-used-twice = لا يمكن إعطاء { $arg } أكثر من مرة
help-error-missing-command = يلزم هنا أمر

## البرنامج

help-cmd = لعبة محاكاة سياسية عسكرية بالأدوار في الطرفية
help-cmd-after = دون أمر، تُفتح اللعبة على السيناريو المدمج. التوثيق: README.md و docs/
help-cmd--lang = لغة رسائل البرنامج: en أو fr أو ar (الافتراضي: حسب LC_ALL أو LC_MESSAGES أو LANG، وإلا en)
help-cmd--bidi = من يرتّب النص العربي على الشاشة: app (يصل Harmattan الحروف ويرتّبها، لمعظم الطرفيات) أو terminal (طرفية تفعل ذلك بنفسها: mlterm و Konsole وبعض إصدارات VTE)

## play

help-cmd-play = اللعب في الطرفية: شاشة العنوان، أو الدخول مباشرة في سيناريو
help-cmd-play--scenario = ملف السيناريو المراد لعبه (الافتراضي: السيناريو المدمج، يُختار من شاشة العنوان)
help-cmd-play--seed = بذرة نرد اللعبة: البذرة نفسها والأوامر نفسها تعطي دائمًا اللعبة نفسها
help-cmd-play--variant = نسخة من السيناريو، مثل `short` لمباراة بطول حصة دراسية واحدة في السيناريو المدمج (`harmattan validate FILE` يسرد نسخ الملف)
help-cmd-play--seats = من يلعب كل طرف، مثل `mali=human,algeria=ai,niger=random` (`ai` هو اللاعب الحاسوبي الجشع). يتخطى شاشة المقاعد؛ الأطراف غير المذكورة يلعبها بشر (ومع `--headless` يلعبها الذكاء الاصطناعي الجشع)
help-cmd-play--headless = لعب المباراة كلها دون الواجهة: المقاعد البشرية تتبع `--orders` والمقاعد الحاسوبية تقرر؛ مسار الحفظ يذهب إلى المخرج القياسي والنتائج إلى مخرج الأخطاء
help-cmd-play--orders = أوامر المقاعد البشرية لمباراة دون واجهة: نص RON (انظر docs/orders-example.ron). دونه لا تعطي المقاعد البشرية أي أمر
help-cmd-play--save_dir = مجلد الحفظ، يُكتب بعد كل دور (الافتراضي: `saves/`)؛ وإليه يذهب الحفظ التلقائي للواجهة أيضًا
help-cmd-play--facilitator = وضع المنشّط (الحَكَم): تُفتح اللعبة على شاشة التحكيم، و`U` يعيد فتحها برمز المنشّط (تُظهر الأوامر السرية: ليست للفرق)
help-cmd-play--facilitator_code = رمز المنشّط الذي يطلبه `U` (الافتراضي: رمز جديد يظهر على شاشة التحكيم في البداية). حروف وأرقام، 4 على الأقل
help-cmd-play--mute = دون جرس الطرفية عند تنبيه الدقيقة الأخيرة في مؤقت الدور (`m` على شاشة التحكيم يشغّله أو يوقفه)
help-cmd-play--turn_minutes = عدّ تنازلي من M دقيقة لأوامر كل دور، يظهر على كل الشاشات
help-cmd-play--on_timeout = عند انتهاء الوقت، الفريق الذي لم يؤكد يعطي ما جهّزه، أو لا شيء
help-cmd-play--on_timeout-value-queued = تُعطى أوامرها المنتظرة
help-cmd-play--on_timeout-value-nothing = لا تعطي أي أمر في هذا الدور
help-cmd-play--load = استئناف مباراة محفوظة من حيث توقفت بالضبط (نرد الدور التالي هو نفسه كأنها لم تتوقف)
help-cmd-play--reload = لمعدّلي السيناريوهات: مراقبة ملف السيناريو أثناء اللعب. عند كل حفظ، تُعاد المباراة على النسخة الجديدة بالبذرة والأوامر نفسها حتى الدور الحالي (الأوامر التي لم تعد صالحة تُحذف وتُسمّى)؛ والنسخة التي فيها أخطاء تعرضها، وتستمر المباراة بآخر نسخة سليمة. يحتاج إلى ملف سيناريو

## validate

help-cmd-validate = فحص ملفات السيناريو وشرح كل مشكلة (رمز الخروج 1 عند أي خطأ)
help-cmd-validate--files = ملفات السيناريو المراد فحصها (مع ترجماتها `i18n/STEM.LANG.ron`)، أو ملفات ترجمة تُفحص مع سيناريوها
help-cmd-validate--format = `human` (الافتراضي): شروح مع سطر الملف على مخرج الأخطاء؛ `json`: كائن JSON لكل مشكلة على المخرج القياسي

## new

help-cmd-new = كتابة سيناريو بداية مشروح في FILE، أو مع `--translation LANG` ترجمة لـ FILE لملئها (لا يكتب فوق ملف موجود أبدًا؛ ويحدّث `--update` ترجمةً موجودة)
help-cmd-new--file = أين يُكتب السيناريو؛ يجب ألا يكون الملف موجودًا. مع `--translation`: السيناريو المراد ترجمته
help-cmd-new--translation = بدء ترجمة للسيناريو FILE إلى اللغة LANG (en أو fr أو ar) بدلًا من ذلك: يكتب `i18n/STEM.LANG.ron` بجانبه، وكل نص للترجمة تحت نص السيناريو الأصلي في تعليق
help-cmd-new--update = مع `--translation`: تحديث الترجمة الموجودة وفق السيناريو بدل الرفض: يُبقى على كل نص مترجم، وتُضاف النصوص الجديدة لملئها، وتبقى التي لم تعد في السيناريو في الآخر في تعليقات

## briefing

help-cmd-briefing = طباعة بطاقة الدور لكل فريق وورقة المنشّط (Markdown أو HTML قابل للطباعة)
help-cmd-briefing-after = ملف المعلّم (--pack) يحتوي بالترتيب: طريقة استعمال الملف؛ أهداف التعلم وسلالم التقييم للعب الفريق ولمذكرة موقف بعد المباراة؛ نموذج مذكرة موقف؛ وللسيناريو المدمج: مسرد، وخريطة للمنطقة، وورقة مصادر بوقائع مؤرخة وتمرين في نقد المصادر، وأسئلة للنقاش وإرشادات للأقسام في مالي والنيجر والجزائر؛ وخيار المصفوفة (كيف يدافع فريق عن إجراء غير مدرج)؛ ثم ورقة المنشّط وبطاقات الأدوار. ومع --format html تكون صفحة واحدة للطباعة على A4 مع الخريطة.
help-cmd-briefing--scenario = ملف السيناريو (الافتراضي: السيناريو المدمج، الوقود والسيادة)
help-cmd-briefing--variant = نسخة من السيناريو، مثل `short` لمباراة بطول حصة دراسية واحدة في السيناريو المدمج (`harmattan validate FILE` يسرد نسخ الملف)
help-cmd-briefing--faction = بطاقة دور فريق واحد (معرّف طرف)، أو `facilitator` لورقة المنشّط؛ الافتراضي: كل البطاقات والورقة
help-cmd-briefing--pack = ملف المعلّم: الأهداف، سلالم التقييم، نموذج المذكرة، المسرد، الخريطة، المصادر، النقاش، خيار المصفوفة، ثم ورقة المنشّط وكل بطاقة
help-cmd-briefing--format = `md` (Markdown، الافتراضي) أو `html` (صفحة قابلة للطباعة لكل بطاقة)
help-cmd-briefing--output = الكتابة في FILE بدل المخرج القياسي

## simulate

help-cmd-simulate = لعب مباريات كثيرة بين لاعبين حاسوبيين بالتوازي وتلخيص النتائج، لموازنة سيناريو
help-cmd-simulate--scenario = ملف السيناريو المراد محاكاته (أو `merge`: انظر `harmattan simulate merge --help`)
help-cmd-simulate--runs = عدد مباريات الدفعة (من 1 إلى 1,000,000)؛ ومع --shard، في الدفعة كلها
help-cmd-simulate--seed = بذرة الدفعة؛ بذرة المباراة i مشتقة منها ومن i، فتتكرر النتائج بالضبط
help-cmd-simulate--variant = نسخة من السيناريو، مثل `short` لمباراة بطول حصة دراسية واحدة في السيناريو المدمج (`harmattan validate FILE` يسرد نسخ الملف)
help-cmd-simulate--seat = طرف يلعبه لاعب حاسوبي آخر، مثل `mali=greedy` مع `--ai random`: هل يفوز الفريق الذي يلعب أفضل أكثر؟
help-cmd-simulate--ai = اللاعب الحاسوبي في كل مقعد
help-cmd-simulate--turns = إيقاف كل مباراة بعد هذا العدد من الأدوار (الافتراضي: طول السيناريو)
help-cmd-simulate--threads = خيوط العمل (الافتراضي: خيط لكل نواة). النتائج لا تتوقف عليها
help-cmd-simulate--shard = لعب الشريحة I من K فقط (I من 0 إلى K-1): حصة متصلة من مباريات الدفعة
help-cmd-simulate--out = كتابة العدّادات في ملف JSON هذا لأجل `harmattan simulate merge`، بدل طباعة ملخص
help-cmd-simulate--games_out = كتابة سطر JSON لكل مباراة (الرقم، البذرة، الأدوار، النتائج، الفائزون) في هذا الملف
help-cmd-simulate--compare = المقارنة بنسخة أخرى من السيناريو، تُلعب على البذور نفسها
help-cmd-simulate--compare-long = المقارنة بنسخة أخرى من السيناريو، تُلعب على البذور نفسها.

    يجب أن يكون للملفين الأطراف القابلة للعب نفسها (بالمعرّف)؛ و--runs و--seed و--ai و--seat و--turns و--variant تنطبق على الاثنين. يعرض نصيب كل طرف من الانتصارات والأحكام في كليهما بفترات ثقة 95%، والفرق B − A بفترته الخاصة، ويعلّم الفروق التي تتجاوز الضجيج، ثم أكبر التغيرات في نتائج الأهداف والأحداث والإجراءات.
help-cmd-simulate--watch = إعادة التشغيل كلما تغيّر ملف السيناريو (أو ملف --compare)
help-cmd-simulate--watch-long = إعادة التشغيل كلما تغيّر ملف السيناريو (أو ملف --compare).

    يطبع النتائج، ثم ينتظر تغيّر الملف (بتنبيه من النظام، دون استطلاع متكرر) ويطبع النتائج الجديدة؛ والتغيير الذي فيه أخطاء يطبع مشكلاته ويُبقي آخر النتائج. Ctrl-C يوقفه.
help-cmd-simulate--detail = طباعة كل سطر من الشروح، لا أبلغها دلالة فقط
help-cmd-simulate--detail-long = طباعة كل سطر من الشروح، لا أبلغها دلالة فقط.

    كل هدف، وكل إجراء مع عدد مرات فوز الطرف به ودونه، وكل اقتراح وعلَم وعلاقة وطريق، ومرات وقوع كل حدث في كل دور (ومع --compare: كل تغيير، ونصيب الأهداف المحققة جزئيًا والفائتة).
help-cmd-simulate--json = طباعة الملخص كوثيقة JSON واحدة على المخرج القياسي (دائمًا بكل التفاصيل)
help-cmd-simulate-merge = دمج ملفات شرائح دفعة واحدة (المكتوبة بـ --shard و--out) وطباعة ملخصها
help-cmd-simulate-merge--files = ملفات الشرائح، كل شرائح دفعة واحدة، بأي ترتيب
help-cmd-simulate-merge--detail = طباعة كل سطر من الشروح، لا أبلغها دلالة فقط
help-cmd-simulate-merge--json = طباعة الملخص كوثيقة JSON واحدة على المخرج القياسي

## replay, report, watch

help-cmd-replay = إعادة لعب مباراة محفوظة من أوامرها ومقارنة كل دور بالسجل (رمز الخروج 1 عند أي اختلاف)
help-cmd-replay--save = الملف المحفوظ المراد فحصه
help-cmd-replay--view = استعراض المباراة في الواجهة بدلًا من ذلك، دورًا دورًا، مع كشف كل الأوامر (لجلسة المراجعة على جهاز العرض)
help-cmd-report = كتابة تقرير ما بعد المباراة لملف محفوظ: التسلسل الزمني، المؤشرات، النتائج، نقاط التحول، أسئلة المراجعة
help-cmd-report--save = المباراة المحفوظة
help-cmd-report--format = `md` (Markdown، الافتراضي)، `html` (صفحة واحدة برسوم بيانية)، `csv` (مؤشرات لجدول بيانات) أو `json`
help-cmd-report--output = الكتابة في FILE بدل المخرج القياسي (لا يترك أبدًا ملفًا نصف مكتوب)
help-cmd-watch = عرض مباراة على جهاز العرض: الخريطة والأخبار العامة ومؤشرات أحدث ملف محفوظ، محدّثة مباشرة
help-cmd-watch--save = الملف المحفوظ المراد عرضه؛ ودونه أحدث ملف في مجلد الحفظ، مع الانتقال إلى مباراة أحدث حين تبدأ
help-cmd-watch--save_dir = مجلد الملفات المحفوظة المراد متابعتها (الافتراضي: `saves/`)

## host

help-cmd-host = تقديم مباراة لقاعة عبر SSH: كل فريق يلعب من حاسوبه بـ `ssh`، دون تثبيت شيء
help-cmd-host--scenario = ملف السيناريو المراد لعبه (الافتراضي: السيناريو المدمج)
help-cmd-host--listen = أين تُنتظر اتصالات SSH من الفرق
help-cmd-host--address = العنوان الذي تكتبه الفرق، حين لا يكون العنوان المكتشف عنوان القاعة (الافتراضي: عنوان هذا الجهاز على شبكته)
help-cmd-host--seed = بذرة نرد اللعبة: البذرة نفسها والأوامر نفسها تعطي دائمًا اللعبة نفسها
help-cmd-host--variant = نسخة من السيناريو، مثل `short` لمباراة بطول حصة دراسية واحدة في السيناريو المدمج (`harmattan validate FILE` يسرد نسخ الملف)
help-cmd-host--seats = من يلعب كل طرف، مثل `mali=team,algeria=ai,niger=random` (`ai` هو اللاعب الحاسوبي الجشع)؛ الأطراف غير المذكورة فرق
help-cmd-host--seat_lang = اللغة التي يقرأ بها كل مقعد من البداية، مثل `mali=fr,algeria=ar,projector=en` (الافتراضي: --lang لكل المقاعد؛ ويغيّرها المقعد بـ L على شاشته)
help-cmd-host--save_dir = مجلد الحفظ، يُكتب بعد كل تغيير (الافتراضي: `saves/`)؛ ويُحفظ فيه مفتاح المضيف أيضًا
help-cmd-host--turn_minutes = عدّ تنازلي من M دقيقة لأوامر كل دور، يظهر على كل الشاشات
help-cmd-host--on_timeout = عند انتهاء الوقت، الفريق الذي لم يؤكد يعطي ما جهّزه، أو لا شيء
help-cmd-host--on_timeout-value-queued = تُعطى أوامرها المنتظرة
help-cmd-host--on_timeout-value-nothing = لا تعطي أي أمر في هذا الدور
help-cmd-host--mute = دون جرس الطرفية عند تنبيه الدقيقة الأخيرة في مؤقت الدور
help-cmd-host--load = متابعة مباراة محفوظة من حيث توقفت، بمقاعدها (--seats يغيّرها)؛ وتحصل الفرق على رموز جديدة
help-cmd-host--print_codes = كتابة اسم كل مقعد ورمز دخوله (أسطر `SEAT CODE`) في FILE أيضًا، لأجل النصوص البرمجية

## lsp

help-cmd-lsp = خادم لغة لملفات السيناريو: تشخيصات وإكمال وتلميحات ومخطط في محرّرك
help-cmd-lsp--stdio = التواصل عبر الدخل والمخرج القياسيين (وهو الحال دائمًا؛ مقبول لأن بعض المحررات تمرّره)
