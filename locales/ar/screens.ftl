## شاشات اللعب في الواجهة (العنوان، المقاعد، الإحاطة، الدور، النتائج، السجلّ، التقييم الختامي، الحفظ، المشاكل، المساعدة، شريط المفاتيح).
# المفاتيح نفسها وأسماء المتغيرات نفسها كما في locales/en/screens.ftl.
# تبقى أسماء المفاتيح كما هي مكتوبة على لوحة المفاتيح (Enter وEsc والأسهم
# والحروف)، ولا يُترجم إلا وصفها. الأرقام غربية (0-9).

## كلمات مشتركة

screen-language-name = العربية
screen-list-pair = { $first } و{ $second }
screen-list-comma = { $first }، { $second }
screen-enlarge = يُرجى تكبير الطرفية إلى { $min_w }×{ $min_h } على الأقل (حجمها الآن { $w }×{ $h }).
screen-unknown-reason = سبب غير معروف
screen-the-game = اللعبة
screen-the-game-in-progress = اللعبة الجارية
screen-game-in-progress = لعبة { $title } في الدور { $turn } من { $turns } (بدأت في { $started })
screen-scroll-both = ↑↓ المزيد في الأعلى والأسفل
screen-scroll-below = ↓ المزيد في الأسفل (↓ أو PgDn)
screen-scroll-above = ↑ المزيد في الأعلى

## شريط المفاتيح والمساعدة

screen-key-help = مساعدة
screen-key-quit = خروج
screen-key-language = اللغة: { $language }
screen-key-umpire = شاشة الحَكَم
screen-key-open-save = فتح لعبة محفوظة
screen-key-continue-last = متابعة آخر لعبة
screen-key-room = القاعة: المقاعد والرموز واللاعبون الآليون
screen-key-scroll-news = تمرير الأخبار
screen-key-choose-scenario = اختيار السيناريو
screen-key-open = فتح
screen-key-choose = اختيار
screen-key-continue-it = متابعتها
screen-key-back = رجوع
screen-key-next-turn = الدور التالي
screen-key-previous-turn = الدور السابق
screen-key-scroll = تمرير
screen-key-charts = الرسوم البيانية
screen-key-back-to-game = العودة إلى اللعبة
screen-key-search = بحث
screen-key-set-value = تحديد القيمة
screen-key-tabs = التبويبات
screen-key-move = تنقّل
screen-key-inject-adjust = إدخال / تعديل
screen-key-move-scroll = تنقّل وتمرير
screen-key-news = خبر
screen-key-own-proposal = اقتراح خاص من فريق
screen-key-undo = إلغاء الدور
screen-key-end-game = إنهاء اللعبة
screen-key-pause = إيقاف المؤقّت مؤقتًا
screen-key-bell = تشغيل الجرس أو إطفاؤه
screen-key-publish-reason = نشر سبب آخر حدث أدخله الحكم
screen-key-projector = جهاز العرض
screen-key-back-to-umpire = العودة إلى شاشة الحكم
screen-key-news-top = الأخبار من أولها
screen-key-start = بدء
screen-key-seat = إنسان أو حاسوب
screen-key-seed = كتابة البذرة (في سطرها)
screen-key-show-briefing = عرض الإحاطة
screen-key-start-turn = بدء الدور
screen-key-done = تمّ
screen-key-confirm-orders = تأكيد الأوامر
screen-key-region = المنطقة
screen-key-remove = حذف
screen-key-history = السجلّ
screen-key-map-value = قيمة الخريطة
screen-key-tabs-f-keys = التبويبات، مثل 1-5 (وأيضًا &é"'( ١-٥ ۱-۵)
screen-key-tabs-initials = التبويبات بحرفها الأول بالإنجليزية
screen-key-continue = متابعة
screen-key-choose-chart = اختيار الرسم
screen-key-choose-line = اختيار المنحنى
screen-key-export = تصدير التقرير
screen-key-new-game = لعبة جديدة
screen-key-start-game = بدء اللعبة
screen-key-choose-seat = اختيار مقعد
screen-key-computer-or-team = حاسوب أو فريق
screen-help-title = المفاتيح — ? أو Esc للإغلاق
screen-help-mouse = الفأرة: انقروا على التبويبات والأسطر والمفاتيح في الأسفل، ومرّروا القوائم.

## أسئلة فوق الشاشة

screen-quit-title = خروج
screen-quit-question = الخروج من Harmattan؟
screen-quit-close-question = إغلاق اللعبة لكل الفرق؟ إنها محفوظة.
screen-quit-leave-question = مغادرة اللعبة؟ الأمر نفسه والرمز نفسه يعيدانكم إليها.
screen-quit-yes = خروج
screen-quit-close = إغلاق
screen-quit-leave = مغادرة
screen-quit-any-key = أي مفتاح آخر
screen-quit-stay = البقاء
screen-code-title = شاشة الحكم
screen-code-hint = Enter للتأكيد · Esc للإلغاء (تُسجَّل كل محاولة)
screen-unsaved-title = لم تُحفظ
screen-unsaved-head = تعذّر حفظ اللعبة:
screen-unsaved-loses = الخروج الآن يُضيّع { $game }.
screen-unsaved-or = أو
screen-unsaved-back = العودة إلى اللعبة
screen-unsaved-discard = الخروج دون حفظ
screen-unsaved-message = خروج دون حفظ: ضاعت { $game } (فشل الحفظ: { $reason }). { $kept }
screen-unsaved-kept = ما زال { $path } يحتفظ بآخر حالة حُفظت قبل ذلك.
screen-unsaved-none-kept = لم يُحفظ منها شيء.
screen-projector-joining = تبدأ اللعبة حين تنضمّ كل الفرق: { $seats }

## رسائل الحالة (السطر الأخير)

screen-status-one-minute = بقيت دقيقة واحدة لأوامر هذا الدور.
screen-status-confirmed = { $count ->
    [one] أُكِّدت أوامر { $names }.
   *[other] أُكِّدت أوامر كلٍّ من { $names }.
}
screen-status-taken-back = استعاد الحكم الدور { $turn }: أعطوا أوامركم له من جديد.
screen-status-seat-to-computer = أسند المنشّط مقعدكم إلى الحاسوب.
screen-status-time-up-nothing = انتهى الوقت: لا يعطي فريقكم أي أمر في هذا الدور.
screen-status-time-up-queued = انتهى الوقت: أُعطيت أوامركم المنتظِرة.
screen-status-loaded = حُمِّلت اللعبة في الدور { $turn }.
screen-status-saved = حُفظت في { $path }
screen-status-save-failed = تعذّر الحفظ: { $error }
screen-status-report-not-saving = تُكتب التقارير بجانب ملف الحفظ، وهذه اللعبة لا تُحفظ.
screen-status-write-failed = تعذّرت كتابة { $path }: { $error }
screen-status-report-written = كُتب التقرير: { $html } و{ $markdown }
screen-status-reloaded = أُعيد تحميل { $file }.
screen-status-reload-unchanged = حُفظ { $file } دون تغيير: اللعبة مستمرة.
screen-status-reloaded-ends = أُعيد تحميل { $file }: بعد إعادة لعبها عليه، تنتهي اللعبة في الدور { $turn }.
screen-status-reloaded-replayed = أُعيد تحميل { $file }: أُعيد لعب اللعبة عليه حتى الدور { $turn }.
screen-status-reloaded-unsaved = { $said } تعذّر حفظها: { $error }
screen-status-host-timer = { $error } (شغّلوا المضيف مع الخيار --turn-minutes M).
screen-status-timer-paused = المؤقّت متوقف: المفتاح p يعيد تشغيله.
screen-status-timer-running = المؤقّت يعمل.
screen-status-bell-on = جرس الدقيقة الأخيرة مُفعَّل.
screen-status-bell-off = جرس الدقيقة الأخيرة مُطفأ.
screen-status-no-timer = لا مؤقّت للأدوار في هذه اللعبة (ابدؤوها مع الخيار --turn-minutes M).
screen-status-not-done = لم يُنفَّذ: { $error }
screen-status-only-team-seat = لا يمكن أن يُسند إلى الحاسوب إلا مقعد فريق.
screen-status-not-started = لم تبدأ اللعبة: { $error }
screen-status-news-empty = الخبر فارغ، فلم يُرسَل شيء.
screen-status-done = تمّ، وسُجِّل مع سببه.
screen-status-rolled = أُلقي النرد، وسُجِّل مع سببه.
screen-status-undone-here = أُلغي الدور، وستلعبه الفرق من جديد.
screen-status-undone = أُلغي الدور { $turn }، وستلعبه الفرق من جديد.
screen-status-not-undone = لم يُلغَ: { $error }
screen-status-last-calls = انتهى الوقت: لكل فريق لم يصل بعد إلى لوحة المفاتيح نداء أخير مدته { $seconds } ثانية.
screen-status-timed-out-next = { $news } للفريق التالي نداء أخير مدته { $seconds } ثانية.
screen-status-timed-out-resolves = { $news } يُحسم الدور الآن.
screen-status-nothing-to-publish = لم يُدخَل أي حدث في هذا الدور: لا شيء يُنشر.
screen-status-reason-public = صار السبب خبرًا عامًا.
screen-status-wrong-code = رمز المنشّط خاطئ. سُجِّلت المحاولة للحكم.
screen-status-facilitator-code = رمز المنشّط: { $code } — دوّنوه: يطلبه المفتاح U لفتح هذه الشاشة.
screen-status-not-sent = لم يُرسَل: { $error }
screen-error-reason-needed = اذكروا سببًا: يعرض التقييم الختامي كل قرار للحكم
screen-error-no-turn = لم يُحسم أي دور بعد
screen-error-no-history = سجلّ اللعبة مفقود

## أسئلة الحكم (أجوبة تُكتب)

screen-prompt-code = رمز المنشّط (شاشة الحكم للمنشّط وحده):
screen-prompt-news = خبر لسجلّ كل الفرق:
screen-prompt-undo-turn = إلغاء الدور { $turn } (تلعبه الفرق من جديد) — السبب:
screen-prompt-undo-last = إلغاء الدور الأخير — السبب:
screen-prompt-end-game = إنهاء اللعبة الآن — السبب:
screen-prompt-inject = إدخال «{ $event }» الآن — السبب (يبقى خاصًا بالحكم):
screen-prompt-new-value = قيمة جديدة لـ{ $value } (الآن { $now }؛ { $range }):
screen-prompt-reason-set = سبب جعل { $value } يساوي { $to }:
screen-prompt-out-of-range = { $typed } خارج المجال: اكتبوا قيمة { $range }.
screen-prompt-type-value = اكتبوا قيمة { $range }، أو Esc للإلغاء.
screen-prompt-not-number = «{ $typed }» ليس عددًا صحيحًا: اكتبوا قيمة { $range }.
screen-prompt-news-reason = سبب هذا الخبر:
screen-range-yes-no = 0 (لا) أو 1 (نعم)
screen-range-at-least = من { $low } فما فوق
screen-range-between = من { $low } إلى { $high }

## ما تسجّله اللعبة بكلمات الواجهة (أخبار تقرؤها القاعة)

screen-news-umpire-event = أدخل الحكم «{ $event }»: { $reason }
screen-news-reason-public = سبب أُعلن للجميع
screen-news-timed-out = { $count ->
    [0] انتهى وقت { $team }: لم يعطِ أي أمر في هذا الدور.
    [one] انتهى وقت { $team }: أُعطي أمره المنتظِر الوحيد.
    [two] انتهى وقت { $team }: أُعطي أمراه المنتظِران.
    [few] انتهى وقت { $team }: أُعطيت أوامره المنتظِرة الـ{ $count }.
   *[other] انتهى وقت { $team }: أُعطيت أوامره المنتظِرة وعددها { $count }.
}

## المقاعد

screen-seat-human = فريق بشري
screen-seat-greedy = الحاسوب (جَشِع)
screen-seat-random = الحاسوب (عشوائي)

## العنوان

screen-title-tagline = لعبة أزمات بالأدوار للفصل الدراسي
screen-title-scenarios = السيناريوهات
screen-title-turns = { $turns ->
    [zero] لا أدوار
    [one] دور واحد
    [two] دوران
    [few] { $turns } أدوار
    [many] { $turns } دورًا
   *[other] { $turns } دور
}
screen-title-problems = { $count ->
    [zero] ✗ لا مشاكل
    [one] ✗ مشكلة واحدة
    [two] ✗ مشكلتان
    [few] ✗ { $count } مشاكل
   *[other] ✗ { $count } مشكلة
}
screen-title-has-problems = في هذا السيناريو مشاكل. اضغطوا Enter لرؤيتها مع سطرها وعمودها.
screen-title-none = لم يُعثر على أي سيناريو.
screen-title-built-in = { $file } (مدمج في البرنامج)

## الألعاب المحفوظة

screen-saves-title = الألعاب المحفوظة — Enter لمتابعة إحداها
screen-saves-title-in = الألعاب المحفوظة في { $folder } — Enter لمتابعة إحداها
screen-saves-none = لا ألعاب محفوظة بعد.
screen-save-finished = انتهت
screen-save-progress = الدور { $turn } من { $turns } ({ $date })
screen-save-team = { $faction } (فريق)
screen-save-computer = { $faction } (حاسوب)
screen-save-line = { $title } — { $progress } — بدأت في { $started } — { $seats }

## مشاكل سيناريو

screen-problems-title = لا يُحمَّل { $file }: { $count } للإصلاح، ثم أعيدوا التشغيل
screen-problems-error = خطأ
screen-problems-warning = تنبيه
screen-problems-help = مساعدة:

## تسليم لوحة المفاتيح

screen-handover-pass = سلّموا لوحة المفاتيح إلى { $team }
screen-handover-briefing = فريق { $team }: اضغطوا Enter لقراءة إحاطتكم السرية.
screen-handover-turn = فريق { $team }: اضغطوا Enter لإعطاء أوامركم لهذا الدور.
screen-handover-look-away = على الفرق الأخرى أن تنظر بعيدًا من فضلكم.
screen-handover-turn-number = الدور { $turn }
screen-handover-last-call = نداء أخير: انتهى وقت الدور
screen-handover-last-call-seconds = لديكم { $seconds } ثانية بعد Enter، ثم تُحتسب أوامركم المنتظِرة.

## الإحاطة

screen-briefing-head = إحاطة سرية — { $team }
screen-briefing-how-you-score = كيف تُحسب نتيجتكم
screen-briefing-objective = • { $objective } ({ $share }% من نتيجتكم)
screen-briefing-objective-described = • { $objective } ({ $share }% من نتيجتكم) — { $description }
screen-briefing-done = اضغطوا Enter حين يفرغ فريقكم من قراءة هذا.

## دور فريق

turn-header = الدور { $turn } من { $turns } · { $date } · نقاط العمل المتبقية: { $left } من { $points }
turn-confirm-title = تأكيد أوامركم؟
turn-confirm-anyway = التأكيد رغم ذلك؟
turn-confirm-yes = نعم
turn-confirm-back = العودة إلى الأوامر
turn-unused-points = { $points ->
    [one] بقيت لكم نقطة عمل واحدة.
    [two] بقيت لكم نقطتا عمل.
    [few] بقيت لكم { $points } نقاط عمل.
   *[other] بقيت لكم { $points } نقطة عمل.
}
turn-unused-proposals = { $count ->
    [one] اقتراح واحد بلا جواب (يُحتسب رفضًا).
    [two] اقتراحان بلا جواب (يُحتسبان رفضًا).
    [few] { $count } اقتراحات بلا جواب (تُحتسب رفضًا).
    [many] { $count } اقتراحًا بلا جواب (تُحتسب رفضًا).
   *[other] { $count } اقتراح بلا جواب (تُحتسب رفضًا).
}
turn-unused-both = { $points ->
    [one] بقيت لكم نقطة عمل واحدة
    [two] بقيت لكم نقطتا عمل
    [few] بقيت لكم { $points } نقاط عمل
   *[other] بقيت لكم { $points } نقطة عمل
}؛ { $count ->
    [one] واقتراح واحد بلا جواب (يُحتسب رفضًا).
    [two] واقتراحان بلا جواب (يُحتسبان رفضًا).
    [few] و{ $count } اقتراحات بلا جواب (تُحتسب رفضًا).
    [many] و{ $count } اقتراحًا بلا جواب (تُحتسب رفضًا).
   *[other] و{ $count } اقتراح بلا جواب (تُحتسب رفضًا).
}
turn-tab-overview = نظرة عامة
turn-tab-diplomatic = دبلوماسية
turn-tab-energy = طاقة
turn-tab-security = أمن
turn-tab-queue = الأوامر { $queued } · الأجوبة { $pending }
turn-no-news = لا أخبار بعد.
turn-map-title = الخريطة · { $value } (v)
turn-lines-above = { $count ->
    [one] … سطر واحد في الأعلى (↑)
    [two] … سطران في الأعلى (↑)
    [few] … { $count } أسطر في الأعلى (↑)
   *[other] … { $count } سطرًا في الأعلى (↑)
}
turn-lines-below = { $count ->
    [one] … سطر آخر (↓ للتمرير)
    [two] … سطران آخران (↓ للتمرير)
    [few] … { $count } أسطر أخرى (↓ للتمرير)
   *[other] … { $count } سطرًا آخر (↓ للتمرير)
}
turn-news-title = الأخبار · { $date }
turn-news-more = المزيد في آخر حسم
turn-no-one = لا أحد
turn-region-held = { $region } (بيد { $holder }) ←→
turn-relations = العلاقات
turn-situation = الوضع
turn-actions-diplomatic = إجراءات دبلوماسية
turn-actions-energy = إجراءات الطاقة
turn-actions-security = إجراءات أمنية
turn-no-actions = لا إجراءات من هذا النوع.
turn-detail-title = ما يفعله
turn-available = متاح
turn-available-only = متاح · الهدف: { $target } (الوحيد)
turn-not-available = غير متاح: { $reason }
turn-no-target = لا هدف متاح الآن.
turn-cost-resource = { $amount } { $resource } (لديكم { $have })
turn-cost = { $points ->
    [one] الكلفة: نقطة عمل واحدة
    [two] الكلفة: نقطتا عمل
    [few] الكلفة: { $points } نقاط عمل
   *[other] الكلفة: { $points } نقطة عمل
}
turn-cost-and = { $points ->
    [one] الكلفة: نقطة عمل واحدة، { $resources }
    [two] الكلفة: نقطتا عمل، { $resources }
    [few] الكلفة: { $points } نقاط عمل، { $resources }
   *[other] الكلفة: { $points } نقطة عمل، { $resources }
}
turn-chance = فرصة النجاح: { $chance }%
turn-chance-example = فرصة النجاح: { $chance }% (مثلًا على { $target })
turn-proposal-note = اقتراح: يجيب الطرف الآخر في الدور التالي.
turn-secret = سرّي: يكتشفه الآخرون باحتمال { $chance }%.
turn-delay = { $turns ->
    [one] يسري بعد دور واحد.
    [two] يسري بعد دورين.
    [few] يسري بعد { $turns } أدوار.
   *[other] يسري بعد { $turns } دورًا.
}
turn-lasts = { $turns ->
    [one] يدوم دورًا واحدًا.
    [two] يدوم دورين.
    [few] يدوم { $turns } أدوار.
   *[other] يدوم { $turns } دورًا.
}
turn-stack-refresh = إن أُعطي من جديد وهو ساري المفعول، تبدأ أدواره من جديد.
turn-stack-refuse = لا يمكن إعطاؤه من جديد ما دام ساري المفعول.
turn-if-succeeds = إن نجح:
turn-while-it-lasts = ما دام ساريًا (يُلغى حين ينتهي):
turn-if-fails = إن فشل:
turn-if-declined = إن رُفض:
turn-if-found-out = إن اكتُشف:
turn-nothing-changes = لا شيء يتغيّر
turn-if-accept = إن قبلتم:
turn-if-accept-chance = إن قبلتم (فرصة النجاح { $chance }%):
turn-no-longer = لم يعد ممكنًا أن يسري: { $reason }
turn-and-if-fails = وإن فشل:
turn-if-decline = إن رفضتم (أو لم تجيبوا):
turn-score-now = نتيجتكم الآن: { $score }/100
turn-goals = تتحقق الأهداف عند { $met }، وجزئيًا عند { $partly }
turn-objective = { $objective } — { $share }% من نتيجتكم — الآن { $score }/100
turn-objective-numbers = { $share }% من نتيجتكم — الآن { $score }/100
turn-shared = { $outcome } (مشترك)
turn-shared-held = الآن { $score }/100 — يتحقق ابتداءً من { $held }،
turn-shared-lost = ويضيع تحت { $lost } لكل الفرق
turn-decisions-title = أجيبوا، وراجعوا أوامركم، ثم اضغطوا c للتأكيد
turn-proposal-from = اقتراح من { $team }: { $action }
turn-your-answer = جوابكم:
turn-not-answered = بلا جواب — يُحتسب رفضًا
turn-enter-accept = (Enter: قبول)
turn-accept = قبول
turn-decline = رفض
turn-enter-change = Enter للتغيير
turn-option-of = { $option } من { $count } · Enter: التالي
turn-nothing-to-answer = لا شيء تجيبون عنه في هذا الدور.
turn-your-orders = أوامركم (x للحذف):
turn-no-orders = لا أوامر بعد: اختاروا إجراءات في التبويبات 2–4.
turn-picker-title = { $action }: اختاروا هدفًا (Enter، وEsc للإلغاء)
turn-picker-title-short = { $action }: اختاروا هدفًا
turn-picker-keys = Enter اختيار · Esc إلغاء

## ما حدث في هذا الدور، وإعادة العرض

screen-resolution-title = الحسم — Enter للمتابعة
screen-replay-title-empty = إعادة العرض
screen-replay-empty = لا دور محسومًا في ملف الحفظ هذا بعد.
screen-replay-title = إعادة العرض · الدور { $turn } من { $turns } · كل شيء مكشوف — ←→ الأدوار
screen-resolution-brief = الدور { $turn } · { $date } — باختصار
screen-resolution-happened = ما حدث: { $events }
screen-resolution-largest = أكبر التغييرات: { $changes }
screen-resolution-detail = بالتفصيل (↓ للتمرير)
screen-roll-success = (الرمية { $roll } مقابل { $chance }%: ✓ نجاح)
screen-roll-failure = (الرمية { $roll } مقابل { $chance }%: ✗ فشل)
screen-roll-happens = (الرمية { $roll } مقابل { $chance }%: يقع)
screen-roll-not-happen = (الرمية { $roll } مقابل { $chance }%: لا يقع)
screen-resolution-refused = { $team }: رُفض «{ $action }» — { $reason }
screen-resolution-an-order = أمر
screen-resolution-rule = قاعدة: { $rule }
screen-resolution-income = الدخل: { $team }
screen-resolution-flow = { $route }: وصل { $delivered } من { $sent }
screen-resolution-seen-only = [لا يراه إلا { $team }]
screen-resolution-umpire-only = [للحكم وحده]
screen-resolution-changed = ما تغيّر (من بداية الأوامر إلى نهاية الدور)

## الرسوم البيانية

screen-history-by-region = { $value } حسب المنطقة
screen-history-by-faction = { $value } حسب الطرف
screen-history-relations = العلاقات
screen-history-title = السجلّ
screen-history-empty = تظهر الرسوم البيانية بعد حسم الدور الأول.
screen-history-chart = { $chart } · { $line }: { $now } · ←→ { $line_at }/{ $lines } · ↑↓ { $chart_at }/{ $charts }
screen-history-turn-axis = الدور
screen-history-others = •• الآخرون:

## التقييم الختامي

screen-debrief-title = التقييم الختامي
screen-debrief-head = { $title } — كيف انتهت
screen-debrief-share = { $share }% من النتيجة
screen-debrief-turning-points = نقاط التحوّل
screen-debrief-turning-point = { $points ->
    [zero] الدور { $turn } ({ $date }): لم تتحرك النتائج
    [one] الدور { $turn } ({ $date }): تحركت النتائج نقطة واحدة
    [two] الدور { $turn } ({ $date }): تحركت النتائج نقطتين
    [few] الدور { $turn } ({ $date }): تحركت النتائج { $points } نقاط
   *[other] الدور { $turn } ({ $date }): تحركت النتائج { $points } نقطة
}
screen-debrief-keys = n: لعبة جديدة · g: الرسوم البيانية · q: خروج

## play FILE --reload: تغيّر ملف السيناريو

screen-reload-gone = اختفى { $file } (نُقل أو حُذف): اللعبة مستمرة بالنسخة المحمَّلة؛ احفظوا الملف من جديد لإعادة تحميله.
screen-reload-errors = { $count ->
    [one] في { $file } خطأ، لذلك لم يُحمَّل.
    [two] في { $file } خطآن، لذلك لم يُحمَّل.
    [few] في { $file } { $count } أخطاء، لذلك لم يُحمَّل.
   *[other] في { $file } { $count } خطأً، لذلك لم يُحمَّل.
}
screen-reload-goes-on = تستمر اللعبة بالنسخة المحمَّلة من قبل. احفظوا الملف من جديد بعد إصلاحه، فتُعاد اللعبة عليه.
screen-reload-not-title = لم يُعَد تحميل السيناريو — Esc للإغلاق
screen-reload-title = أُعيد تحميل السيناريو — Esc للإغلاق
screen-reload-dropped = لم تعد هذه تلائم النسخة الجديدة فأُسقطت:
screen-reload-cannot-watch = تعذّرت مراقبة تغييرات الملفات: { $error }
screen-reload-cannot-watch-folder = { $folder }: تعذّرت مراقبة المجلد: { $error }
screen-rebase-ends = { $count ->
    [one] في النسخة الجديدة تنتهي اللعبة بعد الدور { $turn }: ضاع الدور الذي لُعب بعده.
    [two] في النسخة الجديدة تنتهي اللعبة بعد الدور { $turn }: ضاع الدوران اللذان لُعبا بعده.
    [few] في النسخة الجديدة تنتهي اللعبة بعد الدور { $turn }: ضاعت { $count } أدوار لُعبت بعده.
   *[other] في النسخة الجديدة تنتهي اللعبة بعد الدور { $turn }: ضاع { $count } دورًا لُعبت بعده.
}
screen-rebase-not-playable = لم يعد { $team } طرفًا قابلًا للعب: أُزيل مقعده.
screen-rebase-new-playable = { $team } طرف جديد قابل للعب: يلعبه فريق.
screen-rebase-value-gone = ما يغيّره لم يعد في السيناريو
screen-rebase-event-gone = الحدث لم يعد في السيناريو
screen-rebase-team-gone = الفريق لم يعد في السيناريو
screen-rebase-gone = { $name } لم يعد في السيناريو
screen-rebase-action-gone = الإجراء لم يعد في السيناريو
screen-rebase-cannot-aim = لم يعد ممكنًا توجيه الإجراء إلى { $target }
screen-rebase-proposal-gone = لم يعد الاقتراح يُقدَّم
screen-rebase-choice-gone = لم يعد الحدث يطرح السؤال
screen-rebase-option-gone = الخيار «{ $option }» لم يعد معروضًا (أُخذ الخيار الأول)
screen-rebase-order = الدور { $turn }: أُسقط أمر { $team } «{ $action }»: { $reason }.
screen-rebase-order-on = الدور { $turn }: أُسقط أمر { $team } «{ $action }» على { $target }: { $reason }.
screen-rebase-answer = الدور { $turn }: أُسقط جواب { $team } عن اقتراح { $from } «{ $action }»: { $reason }.
screen-rebase-choice = الدور { $turn }: أُسقط اختيار { $team } في «{ $event }»: { $reason }.
screen-rebase-ruling-set = الدور { $turn }: أُسقط قرار الحكم بجعل { $value } يساوي { $to }: { $reason }.
screen-rebase-ruling-event = الدور { $turn }: أُسقط الحدث «{ $event }» الذي أدخله الحكم: { $reason }.
screen-rebase-ruling-news = الدور { $turn }: أُسقط خبر الحكم: { $reason }.
screen-rebase-ruling-end = الدور { $turn }: أُسقط إنهاء الحكم للعبة: { $reason }.
screen-rebase-ruling-proposal = الدور { $turn }: أُسقط اقتراح { $team } الخاص «{ $proposal }»: { $reason }.

## مفتاح الخريطة: المستويات والطرق، كاملة ومختصرة (خريطة ضيقة)

screen-legend-high = مرتفع
screen-legend-mid = متوسط
screen-legend-low = منخفض
screen-legend-open = مفتوح
screen-legend-risky = خطِر
screen-legend-closed = مغلق
screen-legend-shared = مشترك
screen-legend-high-short = عالٍ
screen-legend-mid-short = وسط
screen-legend-low-short = دانٍ
screen-legend-open-short = مفتوح
screen-legend-risky-short = خطِر
screen-legend-closed-short = مغلق
screen-legend-shared-short = مشترك

## harmattan watch

screen-watch-waiting-folder = في انتظار لعبة: ابدؤوا واحدة بالأمر `harmattan play` في طرفية أخرى. تظهر هنا حالما تُختار مقاعدها (أول حفظ لها في { $folder })، وتحلّ محلها لعبة أحدث حين تبدأ.
screen-watch-waiting-file = في انتظار حفظ { $file }…
screen-watch-deleted = ⚠ حُذف ملف الحفظ { $file }؛ تُعرض آخر حالة قُرئت.
screen-watch-problem = ⚠ ستُعاد المحاولة حين يتغيّر الملف: { $problem }
screen-watch-problem-kept = ⚠ تُعرض آخر حالة سليمة؛ ستُعاد المحاولة حين يتغيّر الملف: { $problem }
screen-watch-quit = خروج
screen-watch-scroll = ↑↓ PgUp/PgDn تمرير الأخبار
screen-watch-following = متابعة { $file } (يتحدّث تلقائيًا)
screen-watch-watching = مراقبة { $folder }

## ما تطبعه play وreplay وwatch

screen-cli-terminal-failed = خطأ: تعطّلت الطرفية: { $error }
screen-cli-scenario-has-errors = { $path }: في السيناريو أخطاء؛ أصلحها ثم أعد المحاولة (`harmattan validate { $path }`)
screen-cli-cannot-write-stdout = خطأ: تعذّرت الكتابة في المخرج القياسي: { $error }
screen-cli-wrote = كُتب { $file }
screen-new-wrote =
    كُتب { $file }: سيناريو أوّلي ({ $lines } سطرًا) فيه 3 أطراف و4 مناطق وطريقان،
    وأفعال من كل فئة، وأحداث وقواعد وأهداف. تشرح تعليقاته كل جزء منه؛
    ويصف docs/scenario-format.md كل حقل.
screen-new-next =
    بعد ذلك: عدّله، ثم افحصه بالأمر
      harmattan validate { $file }
    ولتقديمه ب{ $language } أيضًا، ابدأ ترجمة بالأمر
      harmattan new --translation { $code } { $file }
screen-new-cannot-read = خطأ: { $file }: تعذّرت قراءة السيناريو: { $reason }
screen-new-cannot-create-folder = خطأ: { $folder }: تعذّر إنشاء المجلد: { $error }
screen-new-language-en = الإنجليزية
screen-new-language-fr = الفرنسية
screen-new-language-ar = العربية
screen-new-translation =
    كُتب { $file }: { $texts ->
        [one] النص الوحيد
        [two] النصّان
        [few] { $texts } نصوص
       *[other] { $texts } نصًّا
    } من { $scenario } للترجمة إلى { $language }،
    كلٌّ تحت نص السيناريو الأصلي. النص المتروك "" يُظهر نص السيناريو.
screen-new-translation-next =
    بعد ذلك: ترجمها، ثم افحص الترجمة بالأمر
      harmattan validate { $scenario }
screen-new-translation-updated =
    حُدّث { $file } وفق نصوص { $scenario }: أُبقي على { $kept } من النصوص المترجمة، و{ $untranslated } ما زالت تنتظر الترجمة ("")، و{ $gone } لم تعد في السيناريو (أُبقيت في آخره، في تعليقات).
screen-new-translation-not-updated = خطأ: تُرك { $file } كما هو: أصلح المشكلات أعلاه، ثم أعد المحاولة
screen-new-translation-exists-help = { "  " }مساعدة: لتحديثها وفق السيناريو مع الإبقاء على كل نص مترجم، أضف --update
screen-new-exists =
    خطأ: { $file } موجود من قبل؛ لا يكتب `harmattan new` فوق أي ملف
      مساعدة: اختر اسمًا آخر، أو انقل الملف الموجود أولًا
screen-new-cannot-create = خطأ: { $file }: تعذّر إنشاء الملف: { $error }
screen-new-cannot-write = خطأ: { $file }: تعذّرت كتابة الملف: { $error }
screen-signal = أوقفته الإشارة { $signal }
screen-signal-saved = أوقفته الإشارة { $signal }؛ حُفظت اللعبة في { $path }
screen-signal-not-saved = أوقفته الإشارة { $signal }؛ تعذّر حفظ اللعبة: { $error }
screen-cli-watch-no-terminal = خطأ: يحتاج `harmattan watch` إلى طرفية تفاعلية (يجب أن يكون الإدخال والإخراج القياسيان طرفية).
screen-cli-no-folder = خطأ: { $folder }: لا يوجد مجلد بهذا الاسم
screen-cli-cannot-create-folder = خطأ: { $folder }: تعذّر إنشاء مجلد الحفظ: { $error }
screen-cli-cannot-watch = خطأ: { $reason }
screen-cli-reload = خطأ: --reload: { $reason }
screen-cli-seats = خطأ: --seats: { $reason }
screen-cli-seat-shape = يجب أن يكون `{ $part }` على شكل `mali=human`
screen-cli-seat-unknown = `{ $seat }` ليس مقعدًا؛ استعملوا team (أو human) أو ai (جَشِع) أو random
screen-cli-seat-faction = `{ $faction }` ليس طرفًا قابلًا للعب؛ اختاروا من بين { $factions }
screen-cli-code = رمز المنشّط من 4 إلى 20 حرفًا أو رقمًا
screen-cli-no-orders = تنبيه: لا ملف --orders: لن يعطي { $teams } أي أوامر (تأخذ الأسئلة التي بلا جواب قيمتها الافتراضية)
screen-cli-orders-ignored = تنبيه: أوامر { $faction } مُتجاهَلة: يلعبه الحاسوب (اجعلوه `{ $faction }=human` في --seats)
screen-cli-error = خطأ: { $error }
screen-cli-warning = تنبيه: { $warning }
screen-cli-refused = الدور { $turn }: رُفض أمر { $team } «{ $action }»: { $reason }
screen-cli-refused-on = الدور { $turn }: رُفض أمر { $team } «{ $action }» على { $target }: { $reason }
screen-cli-refused-unknown = الدور { $turn }: رُفض أمر { $team } `{ $action }`: { $reason }
screen-cli-order-problems = { $count ->
    [one] { $file }: مشكلة واحدة في الأوامر
    [two] { $file }: مشكلتان في الأوامر
    [few] { $file }: { $count } مشاكل في الأوامر
   *[other] { $file }: { $count } مشكلة في الأوامر
}
screen-cli-result = { $turns ->
    [one] لُعب دور واحد؛ النتائج: { $scores } (* في الصدارة)
    [two] لُعب دوران؛ النتائج: { $scores } (* في الصدارة)
    [few] لُعبت { $turns } أدوار؛ النتائج: { $scores } (* في الصدارة)
    [many] لُعب { $turns } دورًا؛ النتائج: { $scores } (* في الصدارة)
   *[other] لُعب { $turns } دور؛ النتائج: { $scores } (* في الصدارة)
}
screen-cli-lost = harmattan: { $message }
screen-cli-view-no-terminal = خطأ: يحتاج --view إلى طرفية تفاعلية
screen-cli-consistent = { $turns ->
    [one] متّسقة (دور واحد)
    [two] متّسقة (دوران)
    [few] متّسقة ({ $turns } أدوار)
    [many] متّسقة ({ $turns } دورًا)
   *[other] متّسقة ({ $turns } دور)
}
screen-cli-diverges-start = تختلف منذ البداية: { $detail }
screen-cli-diverges = تختلف في الدور { $turn }: { $detail }
screen-cli-differs-start = خطأ: { $file }: إعادة اللعب تختلف عن السجلّ منذ البداية (عُدِّل يدويًا، أو تلف، أو حفظته نسخة أخرى)
screen-cli-differs = خطأ: { $file }: إعادة اللعب تختلف عن السجلّ في الدور { $turn } (عُدِّل يدويًا، أو تلف، أو حفظته نسخة أخرى)
