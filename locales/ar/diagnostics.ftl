# تشخيصات ملفات السيناريو والترجمة والحفظ (`harmattan validate`، قائمة
# السيناريوهات، `--reload`، خادم اللغة). المفاتيح والمعاملات نفسها كما في
# locales/en. الرموز (`unknown-name`…) تبقى بالإنجليزية، والمعرّفات والحقول
# والتعابير والمسارات المقتبسة تبقى كما كتبها المعدِّل.

## حول التشخيصات

diag-label-here = هنا
diag-label-help = مساعدة:
diag-ok = { $file }: سليم
diag-ok-variants = { $file }: سليم، بكل نسخه ({ $variants })
diag-ok-translation = { $file }: سليم ({ $texts ->
    [zero] لا نصوص
    [one] نص واحد
    [two] نصّان
    [few] { $texts } نصوص
    [many] { $texts } نصًّا
   *[other] { $texts } نص
})
diag-ok-translation-built-in = { $file }: سليم ({ $texts ->
    [zero] لا نصوص
    [one] نص واحد
    [two] نصّان
    [few] { $texts } نصوص
    [many] { $texts } نصًّا
   *[other] { $texts } نص
}، مدمجة في البرنامج)
diag-cannot-read = تعذّرت قراءة الملف: { $reason }
diag-error-line = خطأ: { $file }: { $message }
diag-summary = فُحص { $files ->
    [zero] لا ملف
    [one] ملف واحد
    [two] ملفّان
    [few] { $files } ملفات
    [many] { $files } ملفًّا
   *[other] { $files } ملف
}: { $errors ->
    [zero] لا أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] { $errors } أخطاء
    [many] { $errors } خطأً
   *[other] { $errors } خطأ
}، { $warnings ->
    [zero] لا تحذيرات
    [one] تحذير واحد
    [two] تحذيران
    [few] { $warnings } تحذيرات
    [many] { $warnings } تحذيرًا
   *[other] { $warnings } تحذير
}
diag-did-you-mean = هل تقصد `{ $name }`؟

## قراءة ملف

diag-io-help = تحقّق من وجود الملف ومن أنّ لك حقّ قراءته
diag-not-a-file-help = السيناريو ملف نصّي `.ron`
diag-too-large-help = ملف بهذا الحجم ليس سيناريو على الأرجح
diag-too-large = حجم الملف يتجاوز { $size }، وهو أقصى المقبول
diag-not-a-file = هذا { $kind }، وليس ملفًا؛ أعطِ مسار ملف
diag-file-kind-folder = مجلد
diag-file-kind-pipe = أنبوب مسمّى
diag-file-kind-device = جهاز
diag-file-kind-socket = مقبس
diag-file-kind-other = شيء غير الملف العادي
diag-not-utf8 = الملف ليس نصًّا صالحًا بترميز UTF-8
diag-not-utf8-help = احفظ الملف بترميز UTF-8 (في المفكرة: حفظ باسم ← الترميز: UTF-8)
diag-empty = الملف فارغ
diag-only-comments = لا يحوي الملف سوى تعليقات
diag-empty-help = شغّل `harmattan new FILE` لكتابة سيناريو أوّلي
diag-no-variants-help = لا نسخ لهذا السيناريو: احذف `--variant`
diag-variants-help = نسخه: { $variants }؛ احذف `--variant` للّعب بالسيناريو كما كُتب
diag-no-such-variant = لا نسخة `{ $variant }` لهذا السيناريو
diag-more-problems = … و{ $problems ->
    [zero] لا مشكلات أخرى
    [one] مشكلة أخرى
    [two] مشكلتان أخريان
    [few] { $problems } مشكلات أخرى
    [many] { $problems } مشكلةً أخرى
   *[other] { $problems } مشكلة أخرى
} لم تُذكر (منها { $errors ->
    [zero] لا أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] { $errors } أخطاء
    [many] { $errors } خطأً
   *[other] { $errors } خطأ
})
diag-more-problems-help = أصلح المشكلات أعلاه ثم تحقّق من جديد: لكثير منها سبب واحد على الأرجح

## صياغة RON وأنواعها

diag-unknown-field = حقل مجهول `{ $field }`
diag-unknown-field-in = حقل مجهول `{ $field }` في `{ $outer }`
diag-allowed-fields = الحقول المسموح بها: { $fields }
diag-missing-field = حقل ناقص `{ $field }`
diag-missing-field-in = حقل ناقص `{ $field }` في `{ $outer }`
diag-missing-field-help = أضف `{ $field }: …`؛ يصف docs/scenario-format.md كل حقل
diag-duplicate-field = الحقل `{ $field }` مذكور مرّتين
diag-duplicate-field-in = الحقل `{ $field }` مذكور مرّتين في `{ $outer }`
diag-remove-one = احذف أحدهما
diag-unknown-value = قيمة مجهولة `{ $value }`
diag-unknown-value-in = قيمة مجهولة `{ $value }` في `{ $outer }`
diag-expected-one-of = القيم المنتظرة: { $values }
diag-expected-found = المنتظر { $expected }، والموجود { $found }
diag-wrong-length = المنتظر { $expected }، والموجود { $found ->
    [0] لا عنصر
    [one] عنصر واحد
    [two] عنصران
    [few] { $found } عناصر
   *[other] { $found } عنصرًا
}
diag-serde-conditions = شرط "…"، أو قائمة شروط ["…", ("…", "السبب بالكلمات")]
diag-serde-condition-or-pair = شرط "…" أو زوج ("الشرط", "السبب بالكلمات")
diag-serde-string = نص بين علامتي تنصيص
diag-serde-bool = `true` أو `false`
diag-serde-integer = عدد صحيح
diag-serde-list = قائمة
diag-serde-map = جدول
diag-found-integer = العدد الصحيح { $value }
diag-found-decimal = العدد العشري { $value }
diag-found-bool = القيمة { $value }
diag-found-string = النص { $value }
diag-found-list = قائمة
diag-found-map = جدول
diag-found-unit = قيمة فارغة `()`
diag-found-option = قيمة اختيارية
diag-string-never-closed = هذا النص لا يُغلق أبدًا
diag-string-never-closed-help = أضف `"` الختامية في آخر النص
diag-expected-string = المنتظر نص بين علامتي تنصيص مزدوجتين
diag-string-help = يُكتب النص بين علامتي تنصيص مزدوجتين، مثل "Gao"
diag-expected-count = المنتظر عدد صحيح يساوي 0 أو أكثر
diag-expected-count-help = هذا الحقل يعدّ شيئًا (أدوارًا، نقاطًا، وزنًا) ولا يمكن أن يكون سالبًا
diag-expected-integer = المنتظر عدد صحيح
diag-expected-integer-help = القيم أعداد صحيحة مثل 42 أو -5
diag-expected-bool = المنتظر `true` أو `false`
diag-expected-list = المنتظر قائمة بين `[ ]`
diag-expected-list-help = اكتب مثلًا `["mali", "niger"]`
diag-expected-map = المنتظر جدول بين `{ $braces }`
diag-expected-map-help = اكتب مثلًا `{ $example }`
diag-expected-block = المنتظر كتلة حقول `( … )`
diag-expected-block-help = اكتب مثلًا `(id: "x", name: "X")`
diag-too-deep = الملف متداخل بأكثر من { $levels } مستوى
diag-too-deep-help = لا يحتاج أي سيناريو إلى هذا القدر من التداخل؛ ابحث عن قوس غير مغلق
diag-ends-early = الملف ينتهي قبل أوانه
diag-ends-early-help = ينقص قوس ختامي `)` أو `]` أو `{ $brace }`، أو قيمة
diag-decimal = المنتظر عدد صحيح، والموجود عدد عشري
diag-decimal-help = هذا الحقل يعدّ وحدات كاملة (وزنًا، دورًا، نقاطًا): اكتب مثلًا `2` أو `3`
diag-expected-comma = المنتظر فاصلة
diag-expected-comma-help = افصل بين الحقول وبين عناصر القوائم بفواصل
diag-trailing = نص غير منتظر بعد نهاية السيناريو
diag-trailing-help = السيناريو كلّه كتلة واحدة `Scenario( … )`؛ ابحث عن `)` زائدة
diag-wrong-struct = المنتظر `{ $expected }( … )`، والموجود `{ $found }( … )`
diag-wrong-struct-help = اكتب هنا `{ $expected }(`، أو احذف الاسم واكتب `(` وحدها
diag-unclosed-comment = تعليق `/*` لا يُغلق أبدًا
diag-unclosed-comment-help = أضف `*/` حيث ينتهي التعليق
diag-expected-field-name = المنتظر اسم حقل
diag-expected-field-name-help = لعلّ كتلة `( … )` أُغلقت قبل هذا الموضع، أو لعلّ `,` مكرّرة
diag-syntax-help = تحقّق من الأقواس وعلامات التنصيص والفواصل حول هذا الموضع
diag-open-string = النص الذي يبدأ في السطر { $line }، العمود { $column }، يمتدّ على عدّة أسطر: هل تنقصه `"` الختامية؟
diag-run-on-string = النص الذي يبدأ في السطر { $line }، العمود { $column }، يبدو أنه يمتدّ إلى الحقل التالي: هل تنقص `"` بعد `{ $text }`؟
diag-type-help-integer = اكتب عددًا صحيحًا مثل 42
diag-type-help-bool = اكتب `true` أو `false`
diag-type-help-other = يبيّن docs/scenario-format.md نوع كل حقل

## نسخ السيناريو

diag-too-many-variants = في الملف { $count } نسخة؛ والحدّ الأقصى { $max }
diag-split-file-help = قسّم السيناريو على عدّة ملفات
diag-bad-variant-id = معرّف النسخة `{ $id }` غير صالح
diag-bad-variant-id-help = تُكتب المعرّفات بحروف لاتينية صغيرة وأرقام و`_`، وتبدأ بحرف، مثل `short`
diag-duplicate-variant = توجد نسختان باسم `{ $id }`
diag-duplicate-variant-help = أعطِ كل نسخة معرّفها الخاص
diag-no-such-variant-index = لا وجود لهذه النسخة
diag-variant-unknown-objective = النسخة `{ $variant }` تعدّل الهدف `{ $key }`، وليس في السيناريو هدف كهذا
diag-variant-unknown-event = النسخة `{ $variant }` تعدّل الحدث `{ $key }`، وليس في السيناريو حدث كهذا
diag-variant-unknown-faction = النسخة `{ $variant }` تحدّد عتبات `{ $key }`، وهو ليس طرفًا
diag-variant-no-shared = النسخة `{ $variant }` تعدّل المآل المشترك، وليس في السيناريو مآل كهذا
diag-variant-no-shared-help = أضف `outcomes: (…, shared: (…))` إلى السيناريو، أو احذف `shared` هنا
diag-variant-not-a-value = `{ $key }` لا يسمّي أي قيمة
diag-variant-not-a-value-help = اكتب `entity.variable`، مثل "kidal.fuel_stock"
diag-variant-no-entity = لا طرف ولا منطقة باسم `{ $entity }`
diag-variant-no-variable = ليس لـ`{ $entity }` متغير `{ $variable }`
diag-variant-out-of-range = قيمة `{ $key }` هي { $value }، خارج مجالها من { $min } إلى { $max }
diag-use-value-from = استعمل قيمة من { $min } إلى { $max }
diag-in-variant = في النسخة `{ $variant }`: { $message }

## ترجمات السيناريو

diag-tr-io-help = تحقّق من أنّ لك حقّ قراءة الملف، أو انقله جانبًا للّعب من دونه
diag-tr-not-a-file-help = الترجمة ملف نصّي `.ron`: `i18n/SCENARIO.LANG.ron`
diag-tr-skeleton-header =
    النصوص العربية لـ{ $scenario }. تحت كل نص من السيناريو (التعليق)، اكتب
    ترجمته بين علامتي التنصيص، بكلماتك أنت؛ النص المتروك "" يُظهر نص
    السيناريو. احتفظ بـ`{ $self }` و`{ $target }` في سطور الأخبار؛ واكتب أسماء
    الأماكن كما تكتبها العربية. افحصه بالأمر:
        harmattan validate { $scenario }
diag-tr-skeleton-gone = لم تعد في السيناريو: أُبقيت هنا كي لا تضيع أي ترجمة. احذفها حين تنتهي منها.
diag-tr-too-large-help = ملف بهذا الحجم ليس ترجمة على الأرجح
diag-tr-no-scenario-unread = سيناريو هذه الترجمة، { $scenario }، تتعذّر قراءته: { $reason }
diag-tr-no-scenario-unparsed = سيناريو هذه الترجمة، { $scenario }، لا يُقرأ كسيناريو
diag-tr-no-scenario-help = ترافق الترجمةُ `i18n/STEM.LANG.ron` السيناريوَ `STEM.ron` الموجود بجانب `i18n`؛ افحصه بـ`harmattan validate { $scenario }`
diag-tr-empty-help = شغّل `harmattan new --translation LANG SCENARIO` لكتابة ترجمة فيها كل نص يحتاج إلى ترجمة
diag-tr-trailing = نص غير منتظر بعد نهاية الترجمة
diag-tr-trailing-help = الترجمة كلّها كتلة واحدة `( language: …, texts: { $braces } )`؛ ابحث عن `)` زائدة
diag-tr-unknown-file-language = اسم الملف يشير إلى اللغة `{ $code }`، وهي لغة لا يتكلّمها Harmattan
diag-tr-unknown-file-language-help = سمِّ الملف `SCENARIO.en.ron` أو `SCENARIO.fr.ron` أو `SCENARIO.ar.ron`
diag-tr-unknown-language = `{ $code }` ليست لغة يتكلّمها Harmattan
diag-tr-unknown-language-help = اكتب `language: "en"` أو `"fr"` أو `"ar"`
diag-tr-wrong-language = قيمة `language` هي `{ $found }`، لكنّ اسم الملف يشير إلى `{ $expected }`
diag-tr-wrong-language-help = اكتب `language: "{ $expected }"`، أو سمِّ الملف باسم لغته: `SCENARIO.{ $found }.ron`
diag-tr-duplicate-key = `{ $key }` مذكور مرّتين
diag-tr-duplicate-key-help = أبقِ واحدًا: الأول في السطر { $line }
diag-tr-unknown-key = ليس في السيناريو نص `{ $key }`
diag-tr-unknown-key-help = المفتاح يسمّي نصًّا بالمعرّفات، مثل `faction.ID.name`؛ ويكتب `harmattan new --translation LANG SCENARIO` كل المفاتيح
diag-tr-line-break-help = اكتبه في سطر واحد كنص السيناريو: فواصل الأسطر والجدولة مسموحة في النصوص الطويلة وحدها
diag-tr-control-help = احذفه: الطرفية تنفّذه بدل أن تعرضه
diag-tr-control = ترجمة `{ $key }` هذه تحوي { $character }، وهو محرف تحكّم
diag-tr-private-use = ترجمة `{ $key }` هذه تحوي { $character }، وهو محرف للاستعمال الخاص
diag-tr-noncharacter = ترجمة `{ $key }` هذه تحوي { $character }، الذي يحجزه Unicode بوصفه لا-محرف
diag-tr-unassigned = ترجمة `{ $key }` هذه تحوي { $character }، الذي لا يقابله أي محرف في Unicode
diag-tr-unrenderable-help = لا تعرضه كل الشاشات بالشكل نفسه: احذفه، أو اكتب المحرف المقصود
diag-tr-too-long = طول ترجمة `{ $key }` هذه { $length } محرفًا؛ والحدّ الأقصى { $max }
diag-tr-too-long-help = اختصرها: الحدّ لهذا النص ({ $what }) هو حدّ السيناريو نفسه
diag-tr-placeholders = ترجمة `{ $key }` هذه تستعمل { $theirs }، لكنّ نص السيناريو يستعمل { $ours }
diag-tr-placeholders-none = لا شيء
diag-tr-placeholders-and = { $init } و{ $last }
diag-tr-no-placeholder-help = ليس في نص السيناريو `{ $braces }`: اكتب الترجمة من دونه
diag-tr-same-placeholders-help = استعمل العناصر النائبة نفسها التي في نص السيناريو، بأي ترتيب: { $ours }
diag-tr-too-many-placeholders = ترجمة `{ $key }` هذه تستعمل `{ $self }` و`{ $target }` { $count } مرّة؛ والحدّ الأقصى { $max }
diag-tr-too-many-placeholders-help = كل واحد منها يصير اسمًا فيطول السطر: اذكر كل طرف مرّة أو مرّتين
diag-tr-incomplete = { $missing ->
    [zero] لا نص
    [one] نص واحد
    [two] نصّان
    [few] { $missing } نصوص
    [many] { $missing } نصًّا
   *[other] { $missing } نص
} من أصل { $total } في السيناريو بلا ترجمة: { $keys }
diag-tr-incomplete-more = { $missing ->
    [zero] لا نص
    [one] نص واحد
    [two] نصّان
    [few] { $missing } نصوص
    [many] { $missing } نصًّا
   *[other] { $missing } نص
} من أصل { $total } في السيناريو بلا ترجمة: { $keys } و{ $more } غيرها
diag-tr-incomplete-help = يقرأ اللاعبون هذه النصوص بلغة السيناريو؛ أضف كل مفتاح إلى `texts` مع ترجمته (يضيفها كلها `harmattan new --translation LANG SCENARIO --update`)

## محتوى السيناريو

diag-and-other-uses = { $message } (و{ $others ->
    [zero] لا استعمالات أخرى مماثلة
    [one] استعمال آخر مماثل
    [two] استعمالان آخران مماثلان
    [few] { $others } استعمالات أخرى مماثلة
    [many] { $others } استعمالًا آخر مماثلًا
   *[other] { $others } استعمال آخر مماثل
})
diag-invalid-id-declared-rename = `{ $id }` مُعلَن، لكنه ليس معرّفًا صالحًا: أعد تسميته `{ $valid }` حيث أُعلن، فتتطابق الاستعمالات
diag-invalid-id-declared = `{ $id }` مُعلَن، لكنه ليس معرّفًا صالحًا: أعطه معرّفًا صالحًا حيث أُعلن، واستعمله

## محتوى السيناريو (تتمة)

diag-too-many-problems = في الملف أكثر من { $problems } مشكلة؛ لا يُذكر إلا أول { $problems } منها
diag-too-many-problems-help = أصلحها ثم تحقّق من جديد: كثيرًا ما يكون لمشكلات عديدة سبب واحد
diag-cost-turn = حلّ دور واحد
diag-cost-orders = فحص كل أمر قد يصدره الطرف `{ $faction }`
diag-too-costly = { $what } يتطلّب نحو { $units } وحدة عمل؛ والحدّ { $limit }
diag-too-costly-help = أثقل جزء هو { $part }: { $units } وحدة، أي { $share }% من المجموع؛ اختصر تعابيره، أو طبّقه على عناصر أقل
diag-place-line = { $path } (السطر { $line })
diag-out-of-range = قيمة { $what } هي { $value }، خارج { $lo }..={ $hi }
diag-too-many-items = { $what }: { $count }، والحدّ الأقصى { $max }
diag-too-many-items-help = قسّم السيناريو، أو ادمج المدخلات المتشابهة
diag-what-requirements = الشروط
diag-what-effects = الآثار
diag-what-variables = المتغيرات
diag-what-factions = الأطراف
diag-what-regions = المناطق
diag-what-routes = الطرق
diag-what-flags = المؤشرات
diag-what-actions = الأفعال
diag-what-events = الأحداث
diag-what-rules = القواعد
diag-what-objectives = الأهداف
diag-what-options = الخيارات
diag-what-action-factions = الأطراف في فعل واحد
diag-bad-id = المعرّف `{ $id }` ({ $kind }) غير صالح
diag-bad-id-help = تُكتب المعرّفات بحروف لاتينية صغيرة وأرقام و`_`، وتبدأ بحرف، مثل `{ $suggestion }`
diag-bad-id-name-help = تُكتب المعرّفات بحروف ASCII صغيرة وأرقام و`_`؛ ولا يرى اللاعبون أي معرّف: أبقِ `{ $id }` اسمًا وأعطِ معرّفًا مثل `{ $suggestion }`
diag-reserved-id = المعرّف `{ $id }` ({ $kind }) كلمة محجوزة في لغة التعابير
diag-reserved-id-help = اختر معرّفًا آخر، مثل `{ $suggestion }`
diag-duplicate-id = المعرّف `{ $id }` ({ $kind }) مستعمل مرّتين
diag-duplicate-id-help = أول `{ $id }` في { $first }؛ أعد تسمية أحدهما
diag-briefing-contradicts-start = نص الطرف `{ $faction }` يقول إن «{ $variable }» يبدأ عند { $said }، لكنّ السيناريو يبدؤه عند { $start }
diag-briefing-contradicts-start-help = اكتب { $start }، أو غيّر `values` الطرف أو `initial` المتغير
diag-requirement-without-words = أحد شروط الفعل `{ $action }` بلا سبب مكتوب للاعبين
diag-requirement-without-words-help = اكتبه زوجًا: الشرط، ثم السبب الذي يقرؤه اللاعبون حين لا يتحقّق
diag-date-outside-calendar = الحدث `{ $event }` مؤرّخ بـ{ $date }، ولا يبلغه أي دور في اللعبة: فلن يقع أبدًا
diag-date-outside-calendars = الحدث `{ $event }` مؤرّخ بـ{ $date }، ولا يبلغه أي دور في اللعبة ولا في أي نسخة منها: فلن يقع أبدًا
diag-date-outside-calendar-help = أرّخه داخل التقويم (يبدأ في { $start } ويضم { $turns } دورًا)، أو احذف الحدث
diag-what-units = وحدات المتغير `{ $variable }` ({ $kind })
diag-bad-range = للمتغير `{ $variable }` حدّ أقصى ({ $max }) أصغر من حدّه الأدنى ({ $min })
diag-bad-range-help = بادل بينهما، أو ارفع max
diag-what-initial = القيمة الابتدائية لـ`{ $variable }`
diag-unknown-variable = متغير مجهول `{ $variable }` ({ $kind })
diag-unknown-variable-help = أعلنه تحت `variables: (… { $kind }: [...])`، أو استعمل أحد: { $ids }
diag-wrong-kind = يجب أن يكون { $what } من نوع «{ $want }»، لكنّ `{ $id }` من نوع «{ $kind }»
diag-wrong-kind-help = اذكر هنا عنصرًا من نوع «{ $want }»
diag-unknown-entity = `{ $id }` مجهول ({ $kind }) في { $what }
diag-unsupported-format = إصدار الصيغة { $format } غير مدعوم
diag-unsupported-format-help = يقرأ هذا الإصدار من Harmattan `format: { $format }`
diag-no-playable = لا طرف قابل للعب
diag-no-playable-help = ضع `playable: true` على طرف واحد على الأقل
diag-no-factions = لا أطراف في السيناريو
diag-no-factions-help = أضف طرفًا واحدًا على الأقل مع `playable: true`
diag-empty-title = العنوان فارغ
diag-empty-title-help = أعطِ السيناريو عنوانًا؛ فهو يظهر على شاشة البداية
diag-not-a-date = `{ $date }` ليس تاريخًا
diag-not-a-date-help = اكتب `YYYY-MM` أو `YYYY-MM-DD`، مثل { $example }
diag-what-turn-length = مدة الدور
diag-id-taken = المعرّف `{ $id }` مستعمل من قبل ({ $kind })
diag-id-taken-help = للأطراف والمناطق والطرق مجموعة معرّفات واحدة؛ الأول في { $first }
diag-bad-colour = `{ $colour }` ليس لونًا
diag-bad-colour-help = استعمل أحد { $colours } أو `#rrggbb`
diag-unknown-income-variable = متغير طرف مجهول `{ $variable }` في الدخل
diag-what-objective-weight = وزن الهدف
diag-objective-constant = الهدف `{ $objective }` لا يتوقّف على شيء في اللعبة
diag-objective-constant-help = لن تتغيّر نتيجته أبدًا؛ اعتمد على متغير أو علاقة أو مؤشر أو طريق، مثل `self.stability >= 50`
diag-no-objectives = الطرف القابل للعب `{ $faction }` بلا أهداف، فنتيجته دائمًا 0
diag-no-objectives-help = أضف `objectives: [...]` ليعرف الفريق معنى النجاح
diag-what-met = النتيجة اللازمة لبلوغ الأهداف
diag-what-partly = النتيجة اللازمة لبلوغها جزئيًا
diag-thresholds-help = مثلًا `met: 60, partly: 40`: من 60 فما فوق تتحقّق الأهداف، ومن 40 إلى 59 تتحقّق جزئيًا
diag-bars = يجب أن يكون `{ $low }` ({ $low_value }) أصغر من `{ $high }` ({ $high_value })
diag-what-held = النتيجة التي يصمد عندها
diag-what-lost = النتيجة التي يضيع دونها
diag-shared-help = مثلًا `held: 60, lost: 40`: دون 40 يضيع، ومن 60 فما فوق يصمد
diag-what-controller = المسيطر
diag-what-map-x = الإحداثي الأفقي على الخريطة
diag-what-map-y = الإحداثي العمودي على الخريطة
diag-what-route-start = بداية الطريق
diag-what-route-end = نهاية الطريق
diag-route-loop = الطريق `{ $route }` يبدأ في `{ $region }` وينتهي فيها
diag-route-loop-help = يجب أن يصل الطريق بين منطقتين مختلفتين
diag-unknown-carried = متغير منطقة مجهول `{ $variable }` ينقله الطريق `{ $route }`
diag-what-a-relation = علاقة
diag-what-relation = العلاقة
diag-bad-relation = العلاقة تصل بين طرفين مختلفين، لكنّ كليهما `{ $faction }`
diag-bad-relation-help = اذكر طرفين مختلفين
diag-relation-twice = العلاقة بين `{ $first }` و`{ $second }` محدّدة مرّتين
diag-relation-twice-help = الأولى هي { $first }؛ احذف إحداهما
diag-what-the-action-factions = أطراف الفعل
diag-no-faction-can = لا يستطيع أي طرف القيام بالفعل `{ $action }`
diag-no-faction-can-help = اذكر الأطراف التي يمكنها القيام به، مثل `factions: ["mali"]`
diag-only-unplayable = الفعل `{ $action }` لا تقوم به إلا أطراف غير قابلة للعب
diag-only-unplayable-help = الأطراف غير القابلة للعب لا تصدر أوامر أبدًا؛ اذكر طرفًا قابلًا للعب
diag-ap-zero = الفعل `{ $action }` يستهلك 0 نقطة فعل؛ وكل أمر يستهلك 1 على الأقل
diag-ap-zero-help = استعمل قيمة من 1 إلى { $max }، أو احذف `ap` لتكون 1
diag-ap-too-high = الفعل `{ $action }` يحتاج إلى { $ap } نقاط فعل؛ وأطرافه لا تملك أكثر من { $max }
diag-negative-cost = كلفة `{ $variable }` هي { $amount }؛ ولا يمكن أن تكون الكلفة سالبة
diag-negative-cost-help = لإعطاء `{ $variable }`، أضف إلى on_success أثرًا مثل `{ $effect }`
diag-unknown-cost-variable = متغير طرف مجهول `{ $variable }` في الكلفة
diag-cost-region-help = تُدفع الكلفة من متغيرات الطرف الفاعل نفسه ({ $own })؛ ولاستهلاك `{ $variable }` منطقةٍ، أضف إلى on_success أثرًا مثل `{ $effect }`
diag-cost-help = تُدفع الكلفة من متغيرات الطرف الفاعل نفسه: { $own }
diag-bad-consent = الفعل `{ $action }` يطلب موافقة لكنه لا يستهدف طرفًا
diag-bad-consent-help = أضف `target: Faction`، أو احذف `consent: true`
diag-proposal-to-nobody = الاقتراح `{ $action }` يمكن توجيهه إلى `{ $faction }`، الذي لا يلعبه فريق ولا حاسوب، فسيُرفض دائمًا
diag-proposal-to-nobody-help = حدّد من يمكنه تلقّيه بشرط على `target`، مثل `{ $example }`
diag-proposal-to-nobody-reason = { $name } لا يشارك في المفاوضات.
diag-unused-on-decline = الحقل `on_decline` للفعل `{ $action }` لا يُستعمل أبدًا، لأنه ليس اقتراحًا
diag-unused-on-decline-help = أضف `consent: true` ليصير اقتراحًا يجيب عنه الطرف المستهدف
diag-unused-on-detected = الحقل `on_detected` للفعل `{ $action }` لا يُستعمل أبدًا، لأنه ليس سرّيًا
diag-unused-on-detected-help = أضف `visibility: Secret("30")` (احتمال انكشافه، بالمئة)
diag-unused-ongoing = للفعل `{ $action }` آثار ongoing أو on_end لكن بلا مدة
diag-unused-ongoing-help = حدّد `duration: N` (بالأدوار)
diag-unused-failure = الحقل `{ $field }` للفعل `{ $action }` لا يُستعمل أبدًا، لأنه ينجح دائمًا (لا `chance` له)
diag-unused-failure-proposal-help = الاقتراح المرفوض يصنع خبره بنفسه؛ و`news_failure` لرمية `chance` تفشل بعد القبول
diag-unused-failure-help = أعطه `chance` (بالمئة)، أو احذف الحقل
diag-unused-hold = الفعل `{ $action }` يحجز آثارًا لكن بلا مدة، فلن تُعاد أبدًا
diag-unused-hold-help = حدّد `duration: N` (أدوار الحجز)، أو انقلها إلى `on_success`
diag-unused-stack = الحقل `stack` للفعل `{ $action }` لا يُستعمل أبدًا، لأنه لا يدوم
diag-unused-stack-help = حدّد `duration: N` (بالأدوار)، أو احذف `stack`
diag-self-relation = حين يقوم `{ $faction }` بهذا الفعل، تكون `{ $relation }` علاقته بنفسه، فلا يفعل هذا الأثر شيئًا
diag-self-relation-help = إن كان `{ $faction }` لا ينبغي أن يقوم به، فاحذف `{ $faction }` من `factions`؛ وإلا فالأثر يسري على الأطراف الأخرى وحدها، كما يُراد
diag-no-target = `{ $target }` مستعمل، لكنّ هذا الفعل بلا هدف
diag-no-target-help = احذف `{ $target }`، أو أعطِ الفعل `target`
diag-unknown-placeholder = عنصر نائب مجهول `{ $placeholder }` في نص الخبر
diag-placeholders-help = يمكن لنص الخبر أن يستعمل `{ $self }` و`{ $target }`
diag-reordering-character = هذا النص ({ $what }) يحوي { $character }، وهو محرف يعيد ترتيب النص
diag-control-character = هذا النص ({ $what }) يحوي { $character }، وهو محرف تحكّم
diag-control-in-id-help = احذفه: لا تستعمل المعرّفات إلا `a`–`z` و`0`–`9` و`_`
diag-line-break-help = اكتبه في سطر واحد: فواصل الأسطر والجدولة مسموحة في النصوص الطويلة وحدها
diag-control-in-text-help = احذفه: الطرفية تنفّذه بدل أن تعرضه؛ ولا يُسمح هنا إلا بفواصل الأسطر والجدولة
diag-long-id-help = اختصره: المعرّف يسمّي شيئًا في التعابير؛ ومكان الاسم الأطول `name`
diag-long-name-help = اختصره: يُعرض في سطر واحد؛ ومكان الشروح الأطول الوصف
diag-long-news-help = اختصره: الخبر سطر واحد من تقرير الدور
diag-long-text-help = اختصره، أو وزّعه على عدّة نصوص
diag-too-long = طول هذا النص ({ $what }) { $length } محرفًا؛ والحدّ الأقصى { $max }
diag-too-many-placeholders = هذا النص ({ $what }) يستعمل `{ $self }` و`{ $target }` { $count } مرّة؛ والحدّ الأقصى { $max }
diag-turn-and-date = للحدث `turn` أو `date`، لا كلاهما
diag-turn-and-date-help = أبقِ التاريخ: يبقى صحيحًا في تقويم كل نسخة
diag-turn-zero = الدور 0 غير موجود؛ أول دور هو 1
diag-turn-zero-help = استعمل `turn: 1` للدور الافتتاحي
diag-event-after-end = الحدث `{ $event }` مقرّر في الدور { $turn }، لكنّ اللعبة تنتهي بعد الدور { $turns }
diag-event-after-end-help = قرّره بين 1 و{ $turns }، أو أضف أدوارًا في `meta.calendar.turns`
diag-cooldown-zero = مهلة 0 دور تساوي `Always`
diag-cooldown-zero-help = اكتب `repeat: Always`، أو مهلة لا تقلّ عن 1
diag-what-choice = الاختيار
diag-empty-choice = يحتاج الاختيار إلى خيار واحد على الأقل
diag-empty-choice-help = أضف خيارات، أو احذف الاختيار
diag-known-none = لا يعلن السيناريو بعدُ شيئًا من هذا النوع ({ $kind })
diag-known-some = من المعرّفات المعروفة ({ $kind }): { $ids } (و{ $more } غيرها)
diag-known = المعرّفات المعروفة ({ $kind }): { $ids }
diag-impossible-day = `{ $date }` ليس تاريخًا: في { $month } { $year } { $days } يومًا
diag-impossible-day-help = استعمل يومًا من 1 إلى { $days }
diag-kind-faction = طرف
diag-kind-region = منطقة
diag-kind-route = طريق
diag-kind-variable = متغير
diag-kind-flag = مؤشر
diag-kind-scenario = سيناريو
diag-kind-action = فعل
diag-kind-event = حدث
diag-kind-rule = قاعدة
diag-kind-objective = هدف
diag-kind-option = خيار

## التعابير: الصياغة

diag-expr-number-too-large = العدد `{ $number }` كبير جدًا
diag-expr-number-too-large-help = يجب أن تقع الأعداد بين -{ $max } و{ $max }
diag-expr-decimal = الأعداد العشرية غير مدعومة
diag-expr-decimal-help = كل القيم أعداد صحيحة: اكتب `x * 110 / 100` لـ110%
diag-expr-unexpected-character = محرف غير منتظر `{ $character }` في التعبير
diag-expr-unexpected-character-help = تستعمل التعابير أسماء وأعدادًا صحيحة و+ - * / % ومقارنات وand وor وnot وأقواسًا
diag-expr-expected-assign = المنتظر `=` أو `+=` أو `-=` بعد الموضع المراد تغييره
diag-expr-expected-assign-help = يُكتب الأثر مثل `self.treasury -= 10` أو `flag.airspace_open = false`
diag-expr-too-long = طول التعبير { $length } بايت؛ والحدّ { $max }
diag-expr-too-long-help = وزّعه على عدّة آثار أو قواعد
diag-expr-empty = تعبير فارغ
diag-expr-empty-help = اكتب شرطًا مثل `turn >= 3`، أو احذف الحقل
diag-expr-assignment = الإسناد غير مسموح هنا
diag-expr-assignment-help = للمقارنة، اكتب `==`
diag-expr-unexpected = `{ $token }` غير منتظر
diag-expr-unexpected-help = هل ينقص عامل أو فاصلة؟
diag-expr-too-deep = التعبير متداخل بأكثر من { $levels } مستوى
diag-expr-too-deep-help = بسّطه أو وزّعه على عدّة آثار
diag-expr-chained = لا يمكن سلسلة المقارنات
diag-expr-chained-help = اكتب `a < b and b < c`
diag-expr-expected-paren = المنتظر `)`
diag-expr-expected-paren-help = القوس `(` في الموضع { $position } لا يُغلق أبدًا
diag-expr-name-after-dot = المنتظر اسم بعد `.`
diag-expr-name-after-dot-help = اكتب مثلًا `self.treasury`
diag-expr-ends-early = التعبير ينتهي قبل أوانه
diag-expr-ends-early-help = تنقص قيمة بعد آخر عامل
diag-expr-expected-value = المنتظر قيمة، والموجود `{ $token }`
diag-expr-expected-value-help = القيمة عدد، أو اسم مثل `self.treasury`، أو استدعاء دالة مثل `min(a, b)`
diag-expr-expected-comma = المنتظر `,` أو `)` في استدعاء `{ $function }`
diag-expr-expected-comma-help = افصل بين المعاملات بفواصل
diag-expr-expected-set = المنتظر بعد `in` ما تمرّ عليه `{ $function }`
diag-expr-expected-set-help = اكتب `factions` أو `regions` أو `routes`، مثل `sum(r in regions: r.unrest)`
diag-expr-aggregate-body-help = بعد المجموعة يأتي `where` وشرط، أو `:` والقيمة، مثل `{ $example }`
diag-expr-aggregate-end-help = تنتهي `{ $function }(…)` بعد قيمتها؛ هل ينقص `)`؟
diag-expr-aggregate-end = المنتظر `)` لإنهاء `{ $function }(…)`

## التعابير: الأسماء والأنواع

diag-type-num = عدد
diag-type-bool = شرط (صحيح/خطأ)
diag-type-faction = طرف
diag-type-region = منطقة
diag-type-route = طريق
diag-expr-set-flow = اللعبة هي التي تقيس `flow` الطريق، فلا يمكن تحديده
diag-expr-set-flow-help = غيّر `capacity` أو `risk` أو `open` بدلًا منه
diag-expr-cannot-set = لا يمكن لأثر أن يغيّر هذا
diag-expr-cannot-set-help = الأثر يغيّر متغيرًا (`self.treasury`)، أو خاصية طريق (`r.open`)، أو مؤشرًا (`flag.x`)، أو `relation(a, b)`
diag-expr-add-to-condition = `+=` و`-=` تحتاجان إلى عدد، وهذا شرط
diag-expr-add-to-condition-help = استعمل `=` مع `true` أو `false`
diag-expr-compare-help = قارنه، مثل `x > 0`
diag-expr-if-help = استعمل `if(condition, 1, 0)` لتحويل شرط إلى عدد
diag-expr-name-faction-help = اذكر هنا طرفًا: `self` أو `target` أو معرّف طرف
diag-expr-name-region-help = اذكر هنا منطقة: `self` أو `target` أو معرّف منطقة
diag-expr-name-route-help = اذكر هنا طريقًا: `self` أو `target` أو معرّف طريق
diag-expr-entity-value-help = لا يُستعمل الطرف أو المنطقة أو الطريق عددًا ولا شرطًا؛ استعمل أحد متغيراته
diag-expr-no-self = لا معنى لـ`self` هنا
diag-expr-no-self-help = `self` هو الطرف الفاعل في الأفعال والأهداف والدخل، والعنصر الحالي في القواعد ذات `each`
diag-expr-no-target = لا معنى لـ`target` هنا
diag-expr-no-target-help = لا يوجد `target` إلا في الأفعال التي لها `target`، وفي قواعد `each: Pairs`
diag-expr-unknown-name = اسم مجهول `{ $name }`
diag-expr-unknown-name-help = الاسم هو `turn` أو `self` أو `target` أو معرّف طرف أو منطقة أو طريق، أو `flag.ID`
diag-expr-empty-name = اسم فارغ
diag-expr-flag-id = `flag` يحتاج إلى معرّف مؤشر
diag-expr-flag-id-help = اكتب `flag.ID`، مثل `flag.airspace_open`
diag-expr-unknown-flag = مؤشر مجهول `{ $flag }`
diag-expr-too-many-dots = في هذا الاسم نقاط `.` كثيرة
diag-expr-too-many-dots-help = للاسم جزءان على الأكثر، مثل `gao.fuel_stock`
diag-expr-unknown-route-property = خاصية طريق مجهولة `{ $property }`
diag-expr-arity = `{ $function }` تأخذ { $count ->
    [zero] لا معاملات
    [one] معاملًا واحدًا
    [two] معاملين
    [few] { $count } معاملات
    [many] { $count } معاملًا
   *[other] { $count } معامل
}، والموجود { $found }
diag-expr-at-least-two = `{ $function }` تأخذ معاملين على الأقل، والموجود { $found }
diag-expr-over-a-set = `{ $function }` تمرّ على مجموعة من الأطراف أو المناطق أو الطرق
diag-expr-write-example = اكتب مثلًا `{ $example }`
diag-expr-self-relation = العلاقة تحتاج إلى طرفين مختلفين؛ ولا علاقة لطرف بنفسه
diag-expr-self-relation-help = اذكر طرفين، مثل `relation(self, target)` أو `relation(mali, niger)`
diag-expr-unknown-function = دالة مجهولة `{ $function }`
diag-expr-active-arity = `active` تأخذ فعلًا، وهدفه إن لزم؛ والموجود { $found } معاملات
diag-expr-active-arity-help = اكتب `active(escort_convoys)` أو `active(escort_convoys, target)`
diag-expr-action-id = المنتظر معرّف فعل
diag-expr-action-id-help = اكتب `active(ACTION)`، مثل `active(escort_convoys)`
diag-expr-action-id-dot-help = لا نقطة `.` في معرّف الفعل
diag-expr-unknown-action = فعل مجهول `{ $action }`
diag-expr-active-no-duration = الفعل `{ $action }` بلا مدة، فلا يكون ساريًا أبدًا
diag-expr-active-no-duration-help = `active` تسأل عن الأفعال التي تدوم (`duration: N`)؛ ولفعل وقع، ارفع مؤشرًا في آثاره
diag-expr-active-no-target = الفعل `{ $action }` بلا هدف
diag-expr-write = اكتب `{ $example }`
diag-expr-nested = `{ $function }(…)` داخل دالة أخرى من النوع نفسه
diag-expr-nested-help = لا تتداخل الدوال التي تمرّ على مجموعة؛ احفظ المجموع الداخلي في متغير تحدّثه قاعدة
diag-expr-bad-set = لا يمكن لـ`{ $function }` أن تمرّ على `{ $set }`
diag-expr-bad-set-suggestion = هل تقصد `{ $name }`؟ المجموعة هي `factions` أو `regions` أو `routes`
diag-expr-bad-set-help = المجموعة هي `factions` أو `regions` أو `routes`
diag-expr-item-keyword = `{ $name }` كلمة في لغة التعابير: لا يمكن أن تسمّي عناصر `{ $function }`
diag-expr-item-taken = `{ $name }` معرّف مستعمل من قبل ({ $kind }): لا يمكن أن يسمّي عناصر `{ $function }`
diag-expr-item-rename-help = سمّها باسم آخر، مثل `{ $example }`
diag-expr-count-value = `count` تعدّ العناصر ولا تأخذ قيمة
diag-expr-count-value-help = لجمع قيم، اكتب `{ $example }`
diag-expr-needs-value = `{ $function }` تحتاج إلى القيمة التي تُؤخذ لكل عنصر
diag-expr-needs-value-help = اكتبها بعد `:`، مثل `{ $example }`

## عمل الدور (أثقل جزء في سيناريو مكلف جدًا)

diag-cost-state = حالة العالم، تُنسخ وتُقارن
diag-cost-income = دخل الطرف `{ $faction }`
diag-cost-objectives = أهداف الطرف `{ $faction }`
diag-cost-event = الحدث `{ $event }`
diag-cost-orders-of = أوامر الفعل `{ $action }`، الأكثر كلفة لدى { $factions }، بكل نقاط فعلها
diag-cost-flows = تدفقات { $routes } طريقًا
diag-cost-rule = القاعدة `{ $rule }`
diag-cost-rule-factions = القاعدة `{ $rule }`، لكل واحد من { $count } طرفًا
diag-cost-rule-regions = القاعدة `{ $rule }`، لكل واحدة من { $count } منطقة
diag-cost-rule-routes = القاعدة `{ $rule }`، لكل واحد من { $count } طريقًا
diag-cost-rule-pairs = القاعدة `{ $rule }`، لكل زوج من { $count } زوجًا من الأطراف
diag-cost-end-when = شروط `end_when`
diag-cost-action = الفعل `{ $action }`
diag-cost-action-factions = الفعل `{ $action }`، مفحوصًا مقابل { $count } طرفًا
diag-cost-action-regions = الفعل `{ $action }`، مفحوصًا مقابل { $count } منطقة
diag-cost-action-routes = الفعل `{ $action }`، مفحوصًا مقابل { $count } طريقًا

## الحفظ

diag-error = خطأ: { $message }
diag-save-raw = { $text }
diag-save-unreadable = { $path }: { $reason }
diag-save-syntax = { $path }:{ $line }:{ $column }: هذا ليس ملف حفظ صالحًا: { $message }
diag-save-format = { $path }: صيغة الحفظ { $found } غير مدعومة (يقرأ هذا الإصدار الصيغة { $supported })؛ حدّث Harmattan
diag-save-scenario = { $path }: في السيناريو المحفوظ ضمن هذا الملف أخطاء: { $first }
diag-save-inconsistent = { $path }: ملف الحفظ غير متّسق (عُدّل يدويًا أو تلف): { $detail }
diag-save-write = { $path }: تتعذّر كتابة ملف الحفظ: { $message }
diag-save-too-large = تجاوزت اللعبة { $size }، وهو أكبر حفظ يمكن قراءته من جديد؛ أُبقي على الحفظ السابق
diag-save-not-utf8 = الملف ليس نصًّا بترميز UTF-8 (هل هو ملف حفظ أصلًا؟)
diag-save-cut-short = الملف يتوقّف في منتصفه (هل قُطع؟): { $reason }
diag-save-language = لغة اللعبة `{ $language }` ليست لغة يتكلّمها Harmattan
diag-save-faction-values = قيم الأطراف لا تطابق السيناريو
diag-save-region-values = قيم المناطق لا تطابق السيناريو
diag-save-routes = الطرق أو المؤشرات أو العلاقات لا تطابق السيناريو
diag-save-relation-one-way = العلاقة بين { $a } و{ $b } تساوي { $one } في اتجاه و{ $other } في الاتجاه الآخر؛ العلاقة واحدة في الاتجاهين: أعطِ الخانتين الرقم نفسه
diag-save-regions-events = المناطق أو الأحداث لا تطابق السيناريو
diag-save-objectives = الأهداف لا تطابق السيناريو
diag-save-turns = الحالة في الدور { $turn } لكنّ عدد الأدوار المسجّلة { $recorded }
diag-save-seat = مقعد لـ`{ $faction }`، وهو ليس طرفًا قابلًا للعب في السيناريو
diag-save-two-seats = مقعدان لـ`{ $faction }`
diag-save-controller = منطقة يسيطر عليها طرف ليس في السيناريو
diag-save-pending = اقتراح أو اختيار معلّق يشير إلى شيء ليس في السيناريو
diag-save-scheduled = أثر مبرمج يشير إلى شيء ليس في السيناريو
diag-save-ended = انتهت اللعبة بشرط ليس في السيناريو

## ملفات الأوامر (`harmattan play --orders`)

diag-orders-problem = { $place }: الدور { $turn }: { $message }
diag-orders-not-a-script = هذا ليس ملف أوامر: { $message }
diag-orders-not-utf8 = الملف ليس نصًّا بترميز UTF-8 في هذا الموضع (احفظه بترميز UTF-8)
diag-orders-too-large = حجم الملف يتجاوز { $bytes } بايت
diag-orders-after-last-turn = { $place }: الدور { $turn } يأتي بعد آخر دور في السيناريو ({ $last })؛ فلن تُستعمل أوامره أبدًا
diag-orders-no-faction-choose = `{ $faction }` ليس طرفًا؛ اختر من بين { $factions }
diag-orders-no-faction-hint = `{ $faction }` ليس طرفًا: هل تقصد `{ $name }`؟
diag-orders-not-playable = `{ $faction }` ليس طرفًا قابلًا للعب؛ اختر من بين { $factions }
diag-orders-no-action = `{ $action }` ليس فعلًا في هذا السيناريو
diag-orders-no-action-hint = `{ $action }` ليس فعلًا في هذا السيناريو: هل تقصد `{ $name }`؟
diag-orders-cannot-take = لا يستطيع { $faction } القيام بـ`{ $action }`
diag-orders-no-target = `{ $action }` لا يأخذ هدفًا، لكنّ `{ $target }` مذكور
diag-orders-needs-target = `{ $action }` يحتاج إلى هدف ({ $kind }): أضف `target: "..."`
diag-orders-bad-target = `{ $target }` ليس في هذا السيناريو (يجب أن يكون هدف `{ $action }` من نوع «{ $kind }»)
diag-orders-bad-target-hint = `{ $target }` ليس في هذا السيناريو (يجب أن يكون هدف `{ $action }` من نوع «{ $kind }»): هل تقصد `{ $name }`؟
diag-orders-bad-accept = `{ $action }` في `accept` ليس فعلًا في هذا السيناريو
diag-orders-bad-accept-hint = `{ $action }` في `accept` ليس فعلًا في هذا السيناريو: هل تقصد `{ $name }`؟
diag-orders-bad-choose = `{ $event }` في `choose` ليس حدثًا في هذا السيناريو
diag-orders-bad-choose-hint = `{ $event }` في `choose` ليس حدثًا في هذا السيناريو: هل تقصد `{ $name }`؟
diag-orders-no-question = الحدث `{ $event }` لا يطرح أي سؤال
diag-orders-other-faction = الحدث `{ $event }` يسأل طرفًا آخر غير { $faction }
diag-orders-bad-option = `{ $option }` ليس خيارًا في `{ $event }`؛ اختر من بين { $options }

## ما هو نص السيناريو (في الرسائل التي تتحدث عنه)

diag-text-action-id = معرّف فعل
diag-text-action-name = اسم فعل
diag-text-agreement-id = معرّف اتفاق
diag-text-author = المؤلف
diag-text-briefing = إحاطة
diag-text-chance = احتمال
diag-text-colour = لون
diag-text-date = تاريخ
diag-text-description = وصف
diag-text-detection-chance = احتمال الانكشاف
diag-text-effect = أثر
diag-text-end-condition = شرط نهاية
diag-text-event-id = معرّف حدث
diag-text-event-text = نص حدث
diag-text-event-title = عنوان حدث
diag-text-faction-id = معرّف طرف
diag-text-faction-name = اسم طرف
diag-text-faction-or-region-id = معرّف طرف أو منطقة
diag-text-flag-id = معرّف مؤشر
diag-text-flag-name = اسم مؤشر
diag-text-income = دخل
diag-text-locale = اللغة
diag-text-name = اسم
diag-text-news-line = خبر
diag-text-objective = هدف
diag-text-objective-id = معرّف هدف
diag-text-objective-name = اسم هدف
diag-text-option-id = معرّف خيار
diag-text-option-label = عنوان خيار
diag-text-prompt = سؤال
diag-text-reason = سبب
diag-text-region-id = معرّف منطقة
diag-text-region-name = اسم منطقة
diag-text-requires = شرط
diag-text-route-id = معرّف طريق
diag-text-route-name = اسم طريق
diag-text-rule-id = معرّف قاعدة
diag-text-scenario-id = معرّف السيناريو
diag-text-score = نتيجة
diag-text-start-date = تاريخ البداية
diag-text-summary = ملخّص
diag-text-title = عنوان
diag-text-unit = وحدة
diag-text-value = قيمة
diag-text-variable-id = معرّف متغير
diag-text-variable-name = اسم متغير
diag-text-variant-id = معرّف نسخة
diag-text-when = شرط الوقوع

## حيث تختلف إعادة لعب الحفظ عن سجله.
diag-replay-ended = كانت اللعبة قد انتهت، لكن السجل يحوي أدوارًا أخرى
diag-replay-ruling = قرار من قرارات الحكم لم يعد ينطبق: { $reason }
diag-replay-final = الحالة النهائية: { $detail }
diag-replay-value = { $slot }: تعطي إعادة اللعب { $replayed }، والحفظ يقول { $saved }
diag-replay-dice = تختلف النرود أو العناصر المعلقة أو الجدول الزمني
diag-replay-entry = المدخل { $entry }: في إعادة اللعب { $replayed }، وفي الحفظ { $saved }
diag-replay-entry-change = المدخل { $entry } ({ $what }): تغيّر إعادة اللعب { $replayed }، والحفظ يقول { $saved }
diag-replay-nothing = لا شيء
diag-replay-entries = عدد المدخلات: { $replayed } في إعادة اللعب، و{ $saved } في الحفظ
diag-replay-more-entries = عدد المدخلات: { $replayed } في إعادة اللعب، و{ $saved } في الحفظ؛ أول مدخل زائد في إعادة اللعب: { $first }
diag-replay-fewer-entries = عدد المدخلات: { $replayed } في إعادة اللعب، و{ $saved } في الحفظ؛ أول مدخل زائد في الحفظ: { $first }
diag-replay-net = التغيّر الصافي: تعطي إعادة اللعب { $replayed }، والحفظ { $saved }
diag-replay-net-differs = التغيّرات الصافية مختلفة
diag-replay-quoted = «{ $news }»
diag-replay-income = دخل { $faction }
diag-replay-refused = أمر `{ $action }` من { $faction } مرفوض ({ $reason })
diag-replay-succeeded = `{ $action }` من { $faction } (نجح)
diag-replay-failed = `{ $action }` من { $faction } (فشل)
diag-replay-proposed = اقتراح `{ $action }` من { $faction }
diag-replay-accepted = قبول { $faction } لاقتراح
diag-replay-declined = رفض { $faction } لاقتراح
diag-replay-chose = اختيار { $faction } لـ`{ $option }`
diag-replay-landed = وصول `{ $action }` من { $faction }
diag-replay-ongoing = استمرار `{ $action }` من { $faction }
diag-replay-ended-action = انتهاء `{ $action }` من { $faction }
diag-replay-flow = التدفق على { $route }
diag-replay-rule = القاعدة `{ $rule }`
diag-replay-event = الحدث `{ $event }`
diag-replay-game-over = نهاية اللعبة
diag-replay-ruling-entry = قرار من الحكم ({ $reason })

## ما يقوله نظام التشغيل (تحتفظ الإنجليزية بكلمات النظام نفسه).
sys-with-code = { $said } (خطأ النظام { $code })
sys-not-found = لا يوجد ملف أو مجلد بهذا الاسم
sys-permission-denied = الإذن مرفوض
sys-already-exists = موجود من قبل
sys-storage-full = القرص ممتلئ
sys-read-only = القرص للقراءة فقط
sys-is-a-directory = هذا مجلد
sys-not-a-directory = جزء من المسار ليس مجلدًا
sys-directory-not-empty = المجلد ليس فارغًا
sys-invalid-data = البيانات غير صالحة
sys-unexpected-end = تنتهي البيانات قبل أوانها
sys-interrupted = توقفت العملية قبل تمامها
sys-timed-out = لم يصل رد في الوقت المحدد
sys-address-in-use = العنوان مستعمل من قبل (هل يستمع إليه برنامج آخر؟)
sys-address-not-available = هذا العنوان ليس من عناوين هذا الحاسوب
sys-connection-refused = رُفض الاتصال
sys-connection-lost = انقطع الاتصال
sys-out-of-memory = الذاكرة غير كافية
sys-file-too-large = الملف كبير جدًا
sys-invalid-filename = اسم الملف غير صالح
sys-busy = الملف قيد الاستعمال
sys-crosses-devices = لا يمكن نقل الملف إلى قرص آخر
sys-other = أبلغ النظام عن خطأ
