## اللعبة المستضافة ووضع المشرف: القاعة، الانتظار، المقاعد، شاشة الحكم وجهاز العرض، مؤقت الدور، رسائل المضيف.
# بلا تشكيل (قد لا تعرضه الطرفيات جيدا)، والأرقام غربية.
# كل المفاتيح تبدأ بـ `room-`. أسماء الأزرار (Enter وEsc وL…) تبقى كما هي على لوحة المفاتيح.

## مؤقت الدور

room-timer-last-call-time = النداء الأخير { $time }
room-timer-last-call = النداء الأخير

## مقاعد اللعبة المستضافة، وما جرى في القاعة (سجل المشرف)

room-seat-projector = جهاز العرض
room-seat-umpire = الحكم
room-seat-console = وحدة التحكم
room-log-joined = { $seat }: اتصال من { $address }.
room-log-rejoined = { $seat }: عودة من { $address }.
room-log-taken-over = { $seat }: استلام المقعد من { $address }.
room-log-disconnected = { $seat }: انقطع الاتصال.
room-log-confirmed = أكد فريق { $faction } أوامره.
room-log-started = بدأت اللعبة.
room-log-took-back = استرجع الحكم الدور { $turn }.
room-log-played-by-team = { $faction }: عاد اللعب إلى الفريق.
room-log-played-by-computer = { $faction }: صار الحاسوب يلعب مكان الفريق.
room-log-resolved = حسم الدور { $turn }.
room-log-over = انتهت اللعبة.
room-one-minute = بقيت دقيقة واحدة لأوامر هذا الدور.
room-log-timed-out = انتهى الوقت لفريق { $faction }: { $orders ->
    [0] لم يقدم أي أمر في هذا الدور.
    [one] قدم الأمر الوحيد الذي أعده.
    [two] قدم الأمرين اللذين أعدهما.
    [few] قدم { $orders } أوامر كان قد أعدها.
    [many] قدم { $orders } أمرا كان قد أعدها.
   *[other] قدم { $orders } أمر كان قد أعدها.
}
room-not-saved = تعذر الحفظ: { $reason }
room-log-untold = { $language }: تعذّر سرد الأخبار من جديد بهذه اللغة؛ المقاعد التي تقرأ بها ترى الأخبار كما كتبتها اللعبة.

## لماذا لم ينفذ المضيف ما طلبه مقعد

room-refused-no-seat = لا يوجد مقعد كهذا
room-refused-no-longer-expected = هذه الأوامر لم تعد منتظرة (انتقل الدور)
room-refused-not-this-seat = هذا المقعد لا يستطيع ذلك
room-refused-started = اللعبة بدأت من قبل
room-refused-no-timer = ليس لهذه اللعبة مؤقت للأدوار
room-refused-no-faction-seat = ليس لهذا الطرف مقعد
room-refused-umpire-orders = الحكم لا يعطي أوامر

## لغة كل مقعد (`--seat-lang`)

room-seat-lang-form = --seat-lang: اكتب كل مقعد على شكل SEAT=LANG، مثلا mali=fr,algeria=ar (لا "{ $part }")
room-seat-lang-no-seat = --seat-lang: لا يوجد مقعد باسم "{ $name }"؛ المقاعد هي { $names }
room-seat-lang-no-lang = --seat-lang: لا توجد لغة "{ $code }": استعمل en أو fr أو ar

## ما يقوله المضيف لوحدة تحكم المشرف ولبرامج SSH

room-cli-needs-terminal = harmattan: وحدة تحكم المضيف تحتاج إلى طرفية تفاعلية (يجب أن يكون الإدخال والإخراج القياسيان طرفية).
room-cli-error = خطأ: { $message }
room-cli-error-file = خطأ: { $file }: { $reason }
room-cli-error-seats = خطأ: --seats: { $message }
room-cli-no-team = خطأ: --seats: لا يلعب أي فريق أي طرف؛ اللعبة المستضافة تحتاج إلى فريق واحد على الأقل
room-cli-saved-over = اللعبة المنتهية محفوظة في { $path }؛ الأمر `harmattan report { $path }` يكتب تقريرها الختامي.
room-cli-saved = اللعبة محفوظة في { $path }؛ لمواصلتها في مرة أخرى: harmattan host --load { $path }
room-cli-terminal-failed = خطأ: تعطلت الطرفية: { $reason }
room-error-threads = تعذر تشغيل خيوط الشبكة: { $reason }
room-error-listen = تعذر الاستماع على { $address }: { $reason }
room-error-not-a-host-key = { $file } ليس مفتاح مضيف ({ $reason })؛ انقله إلى مكان آخر ليصنع مفتاح جديد (سيسأل SSH عند التلاميذ مرة أخرى هل يثق بالمضيف)
room-error-read-host-key = تعذرت قراءة مفتاح المضيف { $file }: { $reason }
room-error-write-host-key = تعذرت كتابة مفتاح المضيف { $file }: { $reason }
room-error-make-host-key = تعذر صنع مفتاح للمضيف: { $reason }
room-error-create-dir = تعذر إنشاء { $dir }: { $reason }
room-no-login-in-time = لم يتم الدخول في الوقت المحدد
room-farewell-left = غادرت اللعبة. الأمر نفسه والرمز نفسه يعيدانك إليها.
room-farewell-closed = أغلق المشرف اللعبة؛ وهي محفوظة.
room-farewell-taken-over = دخل شخص آخر إلى هذا المقعد برمزه، فأغلق هذا الاتصال. إن لم يكن من فريقك فأخبر المشرف.

# قيمة وما تقيسه (خزينة طرف، علاقة).
room-label-value = { $label }: { $value }
# بين عناصر قائمة من القيم أو الأسماء.
room-list-separator = { "، " }
# في شريط أزرار القاعة: ←→ يغير لغة المقعد المختار.
room-key-seat-language = لغة المقعد

## لغة المقعد

room-language = اللغة ({ $key }):

## فريق بين دورين (لعبة مستضافة)

room-waiting-seat = أنت في مقعد { $faction }.
room-waiting-start = سيبدأ المشرف اللعبة حين تحضر كل الفرق.
room-waiting-orders-in = وصلت أوامركم للدور { $turn }.
room-waiting-confirmed = أكد فريق { $faction } أوامره.
room-waiting-for = في انتظار { $teams }.
room-waiting-results = تظهر النتائج هنا فور حسم الدور.

## القاعة (وحدة تحكم المشرف، قبل اللعبة وأثناءها)

room-lobby-not-started = لم تبدأ بعد: Enter يبدأ اللعبة
room-lobby-over = انتهت اللعبة
room-lobby-turn = الدور { $turn } من { $turns }
room-lobby-how = يكتب كل فريق أمره في طرفية، ثم رمزه عندما تطلب كلمة المرور.
room-lobby-title = القاعة
room-lobby-host-key = مفتاح المضيف: { $fingerprint } — يعرضه SSH عند التلميذ في أول اتصال، ويجب أن يكون مطابقا.
room-lobby-saved = تحفظ اللعبة بعد كل تغيير (يقرؤها harmattan watch وreport).
room-lobby-log-title = ما جرى
room-presence-empty = في انتظار الدخول
room-presence-empty-short = غائب
room-presence-connected = متصل
room-presence-connected-from = متصل من { $address }
room-presence-confirmed = أكد أوامره
room-presence-confirmed-from = أكد أوامره، من { $address }
room-presence-confirmed-gone = أكد أوامره، ثم انقطع
room-presence-confirmed-gone-short = أكد، منقطع
room-presence-disconnected = منقطع: الرمز نفسه يعيده
room-presence-disconnected-short = منقطع
room-presence-computer = يلعبه الحاسوب
room-presence-computer-short = الحاسوب

## من يلعب كل طرف (إعداد لعبة على لوحة مفاتيح واحدة)

room-seats-question = من يلعب كل طرف؟ تتقاسم الفرق لوحة المفاتيح هذه وتلعب بالتناوب وفي سرية.
room-seats-title = المقاعد
room-seats-not-playable = — غير قابل للعب —
room-seats-seed = البذرة:
room-seats-seed-typing = (اكتب أرقاما، وEnter للإبقاء)
room-seats-start = ابدأ اللعبة
room-seats-no-team = لا فرق بشرية: الحاسوب يلعب كل الأطراف وأنت تشاهد الأدوار.
room-seats-teams = { $teams ->
    [zero] لا فريق سيلعب.
    [one] سيلعب فريق واحد.
    [two] سيلعب فريقان.
    [few] سيلعب { $teams } فرق.
    [many] سيلعب { $teams } فريقا.
   *[other] سيلعب { $teams } فريق.
} البذرة نفسها والأوامر نفسها تعطي دائما اللعبة نفسها.

## جهاز العرض (العرض العام)

room-projector-enlarge = كبر النافذة.
room-projector-indicators = المؤشرات
room-projector-news = الأخبار
room-projector-more-both = ↑↓ أخبار أخرى فوق وتحت
room-projector-more-below = ↓ أخبار أخرى (↓ أو PgDn)
room-projector-more-above = ↑ أخبار أخرى فوق
room-projector-no-news = لا أخبار بعد.
room-projector-nothing-public = لم يحدث شيء علني.
room-projector-results-heading = نتائج الدور { $turn } · { $date }
room-projector-this-turn = هذا الدور · { $date }
room-projector-last-turn = الدور السابق · { $date }
room-projector-how-it-ended = كيف انتهت اللعبة
room-projector-final-scores = النتائج النهائية
room-projector-time-left = الوقت المتبقي { $time }
room-projector-game-over = انتهت اللعبة
room-projector-turn = الدور { $turn } من { $turns } · { $date }
room-projector-turn-results = الدور { $turn } من { $turns } · { $date } · النتائج
room-projector-over-line = انتهت اللعبة. { $winner } النقاط: { $scores }.
room-projector-briefings = بدأت اللعبة: الفرق تقرأ إحاطاتها.
room-projector-results-line = نتائج الدور { $turn }: أوامر الدور التالي لم تفتح بعد.
room-projector-waiting-for = في انتظار أوامر: { $names }.
room-projector-confirmed = الأوامر المؤكدة { $done } من { $total }:
room-projector-team-confirmed = أكد
room-projector-team-thinking = يفكر
room-projector-confirmed-short = أكد { $done }/{ $total }: { $teams }
room-projector-map = الخريطة · { $value }
room-projector-more-lines = … { $lines ->
    [one] سطر آخر
    [two] سطران آخران
    [few] { $lines } أسطر أخرى
    [many] { $lines } سطرا آخر
   *[other] { $lines } سطر آخر
}: كبر النافذة
room-projector-situation = الوضع
room-projector-flag-ended = انتهى:
room-projector-relations = العلاقات
room-projector-relations-range = العلاقات (من −100 إلى 100)

## شاشة الحكم (للمشرف، ولا تراها الفرق أبدا)

room-umpire-header = الحكم — ليست للفرق · الدور { $turn } من { $turns } · { $date }
room-umpire-header-code = الحكم — ليست للفرق · الدور { $turn } من { $turns } · { $date } · الرمز { $code }
room-tab-state = الحالة
room-tab-last-turn = الدور الأخير
room-tab-events = الأحداث
room-tab-adjust = تعديل
room-tab-preview = معاينة الأوامر
room-umpire-state-title = الحالة — n خبر · z تراجع · E إنهاء · p إيقاف مؤقت · m الجرس · r سبب علني · P جهاز العرض
room-umpire-code = رمز المشرف: { $code } — يطلبه U في شاشات اللعب؛ أخفه عن الفرق.
room-umpire-attempts = محاولات فتح هذه الشاشة: { $right } بالرمز الصحيح، و{ $wrong } برمز خاطئ
room-umpire-attempt-right = الدور { $turn } · { $at } UTC · ✓ رمز صحيح
room-umpire-attempt-wrong = الدور { $turn } · { $at } UTC · ✗ رمز خاطئ
room-umpire-teams = الفرق
room-umpire-not-played = لا يلعبه أحد
room-umpire-not-joined = لم يدخل
room-umpire-thinking = يفكر
room-umpire-orders-in = الأوامر وصلت
room-umpire-score = النقاط { $score }
room-umpire-pending = اقتراحات وخيارات معلقة
room-umpire-none = لا شيء
room-umpire-proposal = اقتراح من { $from } إلى { $to }: «{ $action }»
room-umpire-choice = على فريق { $faction } أن يجيب: { $event }
room-umpire-relations = العلاقات
room-umpire-flags-routes = الأوضاع والطرق
room-umpire-route-open = { $route }: مفتوحة، السعة { $capacity }، الخطر { $risk }%، آخر تدفق { $flow }
room-umpire-route-closed = { $route }: مغلقة، السعة { $capacity }، الخطر { $risk }%، آخر تدفق { $flow }
room-umpire-last-turn-title = الدور الأخير — كل شيء، مع تمييز الأوامر السرية
room-umpire-no-turn-yet = لم يحسم أي دور بعد.
room-umpire-events-title = الأحداث — Enter يطلق أحدها الآن (يطلب سببا)
room-umpire-event-happened = { $event } — وقع في الدور { $turn }
room-umpire-event-not-yet = { $event } — لم يقع بعد
room-umpire-search = بحث:
room-umpire-search-hint = / للبحث (مثلا «نيامي وقود»)
room-umpire-search-keys = ↑↓ اختيار · Enter تحديد · Esc مسح
room-umpire-search-change = (/ للتغيير)
room-umpire-adjust-title = تعديل — { $shown } من { $values ->
    [one] قيمة واحدة
    [two] قيمتين
    [few] { $values } قيم
    [many] { $values } قيمة
   *[other] { $values } قيمة
} · Enter لكتابة قيمة جديدة (يطلب سببا)
room-umpire-no-match = لا قيمة تطابق «{ $filter }». Backspace لتغيير البحث، وEsc لمسحه.
room-umpire-prompt-keys = Enter للتأكيد · Esc للإلغاء
room-umpire-preview-title = معاينة الأوامر — ما يفعله كل أمر الآن (دون رمي النرد)
room-preview-no-change = لا تغيير مباشر
room-preview-chance = { $chance }% · { $effects }
room-preview-row = { $faction } · { $action }: { $status }
room-preview-row-target = { $faction } · { $action } ← { $target }: { $status }

## اقتراح فريق من عنده (خيار «المصفوفة»)، في شاشة الحكم

room-form-title = اقتراح فريق من عنده (خيار «المصفوفة»)
room-form-team = الفريق: ◂ { $team } ▸
room-form-proposal = الاقتراح بكلمات الفريق (عدد الأحرف: { $count } من { $max }):
room-form-chance = الحظ: ◂ { $chance }% — { $odds } ▸
room-form-success = إن نجح:
room-form-failure = إن فشل:
room-form-none-yet = لا تغيير بعد (Enter يضيف تغييرا)
room-form-nothing = لا شيء يتغير
room-form-reason = سبب هذه الحظوظ (لك وللتقرير):
room-form-preview-button = معاينة قبل الرمي
room-form-hint-team = ←→ اختر الفريق المقترح · ↓/Tab الحقل التالي · Esc إغلاق
room-form-hint-text = اكتب ما يقترحه الفريق · ↓/Tab/Enter الحقل التالي · Esc إغلاق
room-form-hint-chance = ←→ أقل أو أكثر بـ5%: ما مدى احتماله كما دافع عنه الفريق؟
room-form-hint-success = Enter يضيف قيمة تتغير إن نجح · Del يحذف الأخيرة
room-form-hint-failure = Enter يضيف قيمة تتغير إن فشل (لا شيء مقبول) · Del يحذف الأخيرة
room-form-hint-reason = اكتب لماذا قدرت الحظوظ هكذا · ↓/Tab/Enter الحقل التالي
room-form-hint-preview = Enter يعرض ما سيسجل قبل رمي النرد · Esc إغلاق (يحتفظ به)
room-form-preview-title = قبل الرمي — ما سيسجل
room-form-preview-reason = السبب: { $reason }
room-form-preview-public = كل فريق يرى الاقتراح ونتيجته؛ ويبقى السبب لك وللتقرير.
room-form-preview-keys = Enter يرمي النرد · Esc العودة إلى الاستمارة
room-form-rolled-title = تم الرمي — سجل في السجل والتقرير
room-form-rolled-keys = Enter أو Esc يغلق
room-form-pick-success = إن نجح: اختر قيمة تتغير — Enter يختار · Esc العودة إلى الاستمارة
room-form-pick-failure = إن فشل: اختر قيمة تتغير — Enter يختار · Esc العودة إلى الاستمارة
room-form-ask-success = إن نجح، بكم تتغير { $value }؟ (الآن { $now }؛ القيم { $range }) مثلا +5 أو -5:
room-form-ask-failure = إن فشل، بكم تتغير { $value }؟ (الآن { $now }؛ القيم { $range }) مثلا +5 أو -5:
room-form-ask-switch-success = إن نجح، هل تصير { $value } نعم أم لا؟ (الآن { $now }) اكتب نعم أو لا:
room-form-ask-switch-failure = إن فشل، هل تصير { $value } نعم أم لا؟ (الآن { $now }) اكتب نعم أو لا:
room-form-not-a-number = «{ $text }» ليس تغييرا: اكتب عددا صحيحا مثل +5 أو -5.
room-form-zero = تغيير بمقدار 0 لا يفعل شيئا: اكتب عددا مثل +5 أو -5، أو Esc للإلغاء.
room-form-not-yes-or-no = اكتب نعم أو لا، أو Esc للإلغاء.
room-form-key-confirm = تأكيد
room-form-key-cancel = إلغاء
room-form-key-pick = اختيار هذه القيمة
room-form-key-back = العودة إلى الاستمارة
room-form-key-search = بحث
room-form-key-move = تنقل
room-form-key-roll = رمي النرد
room-form-key-close = إغلاق
room-form-key-close-kept = إغلاق (تحفظ المسودة)
room-form-key-add = إضافة تغيير
room-form-key-remove = حذف الأخير
room-form-key-field = الحقل
room-form-key-change = تغيير
room-form-key-preview = معاينة قبل الرمي
room-form-key-next = الحقل التالي
