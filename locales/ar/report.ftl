## تقارير ما بعد اللعبة (نص، Markdown، HTML)، وأسئلة النقاش الختامي، وبطاقات الأدوار، وورقة المنشّط، وملف المعلّم.
## المعطيات أسماء وتواريخ وأعداد مكتوبة سلفًا. في النتيجة، ما يسبق المسافة والقوس
## المفتوح هو الصيغة القصيرة التي يعرضها ملخّص الدور.

## وقائع التقرير

report-title = تقرير ما بعد اللعبة: { $title }
report-warning = تنبيه:
report-fact-scenario = السيناريو
report-fact-period = الفترة
report-fact-seats = الفرق
report-fact-outcome = النهاية
report-fact-seed = البذرة العشوائية
report-fact-started = البداية
report-scenario-value = { $title } ({ $id }، { $file })
report-period = { $first } – { $last }: { $played ->
    [zero] لم يُلعب أي دور
    [one] لُعب دور واحد
    [two] لُعب دوران
    [few] لُعبت { $played } أدوار
    [many] لُعب { $played } دورًا
   *[other] لُعب { $played } دور
} من أصل { $planned }
report-seat = { $faction } — { $player }
report-player-team = فريق
report-player-ai = ذكاء اصطناعي ({ $kind ->
    [random] عشوائي
    [greedy] جشِع
   *[other] { $kind }
})
report-ending-last-turn = لُعب الدور الأخير.
report-ending-umpire = أنهى الحكم اللعبة بعد { $turns ->
    [zero] 0 دور
    [one] دور واحد
    [two] دورين
    [few] { $turns } أدوار
    [many] { $turns } دورًا
   *[other] { $turns } دور
}.
report-ending-early = انتهت اللعبة مبكرًا في الدور { $turn }: { $cond }.
report-ending-a-condition = تحقق أحد شروط النهاية
report-ending-not-over = اللعبة لم تنتهِ: { $played ->
    [zero] لم يُلعب أي دور
    [one] لُعب دور واحد
    [two] لُعب دوران
    [few] لُعبت { $played } أدوار
    [many] لُعب { $played } دورًا
   *[other] لُعب { $played } دور
} من أصل { $turns }.
report-warning-start = بداية اللعبة لا تُعاد كما سُجّلت (عُدّل ملف الحفظ يدويًّا أو أنشأه إصدار آخر): { $detail }. يعرض هذا التقرير اللعبة كما أُعيد لعبها من أوامرها، لا النتائج المسجّلة.
report-warning-turn = الدور { $turn } لا يُعاد كما سُجّل (عُدّل ملف الحفظ يدويًّا أو أنشأه إصدار آخر): { $detail }. يعرض هذا التقرير اللعبة كما أُعيد لعبها من أوامرها، لا النتائج المسجّلة.

## الأقسام والجداول

report-nav-scores = النتائج
report-scores-final = النتائج النهائية
report-scores-provisional = النتائج حتى الآن
report-col-faction = الطرف
report-col-score = النتيجة
report-col-objective = الهدف
report-col-weight = الوزن
report-col-share = الحصة
report-col-measured = القياس
report-col-turn = الدور
report-col-date = التاريخ
report-measured-end = في النهاية
report-measured-average = متوسط على مدى اللعبة
report-winner = الفائز: { $names }
report-winners = الفائزون بالتساوي: { $names }
report-leading = في الصدارة: { $names }
report-leading-together = في الصدارة بالتساوي: { $names }
report-umpire-decisions = قرارات الحكم
report-ran-out = نفد الوقت
report-questions = أسئلة للنقاش الختامي
report-turning-points = نقاط التحول
report-nothing-moved = لم يتغير شيء: لم يُلعب أي دور.
report-decisions-intro = القرارات الأكثر تأثيرًا (الأثر: كل تغيير كنسبة مئوية من مدى قيمته، مجموعةً؛ والتحوّل بين تشغيل وإيقاف يُحسب 100):
report-decision = الدور { $turn } ({ $date }) — { $faction }: { $text }
report-decision-line = { $decision }. الأثر { $impact }: { $changes }.
report-turns-intro = الأدوار التي حرّكت النتائج أكثر من غيرها:
report-turn-when = الدور { $turn } ({ $date })
report-turn-moved = { $turn }: تحركت النتائج { $points ->
    [zero] 0 نقطة
    [one] نقطة واحدة
    [two] نقطتين
    [few] { $points } نقاط
    [many] { $points } نقطة
   *[other] { $points } نقطة
} إجمالًا ({ $detail })؛ وتحركت المؤشرات { $percent }% من مداها.
report-no-score-changed = لم تتغير أي نتيجة
report-score-moved = { $name } { $before } ← { $after }
report-timeline = مجرى اللعبة
report-timeline-intro = كل ما حدث، دون إخفاء شيء: تظهر الأوامر السرية مع بيان ما إذا كُشفت.
report-no-turn = لم يُلعب أي دور.
report-turn-title = الدور { $turn } — { $date }
report-events = الأحداث
report-no-orders = لا أوامر
report-earlier = آثار أوامر سابقة
report-routes = الطرق
report-news = الأخبار
report-changes = التغييرات: { $list }.
report-separator-semicolon = {"؛ "}
report-indicators = المؤشرات
report-indicators-intro = القيم في بداية الدور 1، بعد احتساب دخله وأحداثه ({ $start })، ثم في نهاية كل دور، قبل دخل الدور التالي وأحداثه.
report-routes-and-flags = الطرق والأوضاع
report-point-start = البداية
report-relations = العلاقات
report-score = النتيجة
report-route-open = { $route } مفتوح
report-name-unit = { $name } ({ $unit })

## الرسوم البيانية

report-chart-title = { $name } حسب { $kind ->
    [region] المنطقة
    [faction] الطرف
   *[pair] الثنائي
}
report-chart-axis = الدور (القيمة في نهايته)
report-chart-caption = { $title }: { $names }.
report-no-data = لا بيانات
report-chart-no-data = { $title }: لا بيانات.

## أعمدة جدول البيانات (CSV)

report-csv-turn = الدور
report-csv-date = التاريخ
report-csv-kind = النوع
report-csv-entity = الكيان
report-csv-variable = المتغير
report-csv-value = القيمة
report-entity-kind = { $kind ->
    [region] منطقة
    [faction] طرف
   *[pair] ثنائي
}

## ما حدث، بندًا بندًا

report-action-at = { $action } ← { $target }
report-outcome = { $result ->
    [success] نجح
   *[failure] فشل
}
report-outcome-rolled = { $result ->
    [success] نجح
   *[failure] فشل
} (النرد { $roll }، والمطلوب { $chance } أو أقل)
report-then = { $first }؛ { $then }
report-event-line = { $title }: { $text }
report-event-chance = احتمال { $chance }% (النرد { $roll })
report-event-choice = على { $faction } أن يختار: { $prompt }
report-refused = مرفوض: { $reason }
report-takes-effect = يسري في الدور { $turn }
report-secret-detected = سري، كُشف
report-secret-unseen = سري، لم يُكشف
report-proposal-to = اقتراح إلى { $to }: { $action }
report-proposed-to = اقترح على { $to }: { $action }
report-answers-next-turn = يردّ { $faction } في الدور التالي
report-answers-proposal = الردّ على اقتراح { $from }: { $action }
report-accepted = قُبل
report-declined = رُفض
report-by-default = { $answer } (لم يُقدَّم رد: يُطبَّق الخيار الافتراضي)
report-blocked = لم يعد ممكنًا أن يسري
report-answers-choice = الردّ على «{ $title }»: { $prompt }
report-option-accept = قبول
report-option-decline = رفض
report-chose = الاختيار: «{ $option }»
report-chose-id = الاختيار: `{ $id }`
report-answers-request = الردّ على الطلب رقم { $number }
report-landed = «{ $action }» ({ $faction }) يسري
report-ongoing = «{ $action }» ({ $faction }) مستمر
report-ended = «{ $action }» ({ $faction }) انتهى
report-flow-nothing = { $route }: لم يمرّ شيء
report-flow = { $route }: سُلّم { $delivered } من أصل { $sent }
report-flow-interdicted = اعتُرض (النرد { $roll } مقابل خطر { $risk }%)
report-flow-through = مرّ (النرد { $roll } مقابل خطر { $risk }%)
report-game-over = انتهت اللعبة.
report-umpire-intervened = تدخّل الحكم.
report-umpire-reason = سبب الحكم: { $reason }

## قرارات الحكم ومؤقّت الدور

report-umpire-set = الدور { $turn }: ضبط الحكم { $slot } على { $value } — السبب: { $reason }
report-umpire-inject = الدور { $turn }: أدرج الحكم الحدث «{ $event }» — السبب: { $reason }
report-umpire-news = الدور { $turn }: أعلن الحكم «{ $text }» — السبب: { $reason }
report-umpire-end = الدور { $turn }: أنهى الحكم اللعبة — السبب: { $reason }
report-umpire-ruled = الدور { $turn }: { $ruling } — السبب: { $reason }
report-umpire-proposal = الدور { $turn }: رمى الحكم النرد لاقتراح { $team } «{ $proposal }»، وقدّر احتماله بـ{ $chance }% — السبب: { $reason }
report-umpire-undone-ruling = { $ruling } (في الدور الذي أُلغي لاحقًا)
report-umpire-undid = الدور { $turn }: ألغى الحكم الدور وأُعيد لعبه — السبب: { $reason }
report-turn-note = الدور { $turn }: { $text }
report-timed-out = الدور { $turn }: نفد وقت أحد الفرق.

## الدور باختصار (شاشة النتائج وجهاز العرض)

report-headline-side = { $faction }: { $orders }
report-headline-item = { $text } ({ $outcome })
report-headline-no-orders = لا أوامر ظاهرة للقاعة
report-rose = { $value } ارتفع من { $before } إلى { $after }
report-fell = { $value } انخفض من { $before } إلى { $after }
report-routine-income = وحرّك دخل كل طرف قيمًا أيضًا.
report-routine-income-rules = وحرّك الدخلُ و{ $count ->
    [one] إحدى قواعد السيناريو
    [two] قاعدتان من قواعد السيناريو
    [few] { $count } قواعد من قواعد السيناريو
   *[other] { $count } قاعدة من قواعد السيناريو
} قيمًا أيضًا
report-routine-rules = وحرّكت { $count ->
    [one] إحدى قواعد السيناريو
    [two] قاعدتان من قواعد السيناريو
    [few] { $count } قواعد من قواعد السيناريو
   *[other] { $count } قاعدة من قواعد السيناريو
} قيمًا أيضًا
report-routine = { $what }.
report-routine-listed = { $what }: { $rules }.
report-routine-listed-more = { $what }: { $rules }؛ …

## أسئلة للنقاش الختامي

report-quoted = «{ $text }»
report-two-changes = { $first }، و{ $second }
report-q-order = في الدور { $turn } ({ $date })، اختار { $faction } «{ $action }»: { $effects }. هل كان ذلك مجديًا، وماذا كان بوسع { $faction } أن يفعل غير ذلك؟
report-q-order-at = في الدور { $turn } ({ $date })، اختار { $faction } «{ $action }» ({ $target }): { $effects }. هل كان ذلك مجديًا، وماذا كان بوسع { $faction } أن يفعل غير ذلك؟
report-q-accepted = في الدور { $turn } ({ $date })، اختار { $faction } قبول «{ $action }» الذي اقترحه { $from }: { $effects }. هل كان ذلك مجديًا، وماذا كان بوسع { $faction } أن يفعل غير ذلك؟
report-q-swing = { $value }: { $direction ->
    [fell] انخفاض
   *[rose] ارتفاع
} من { $start } إلى { $extreme } بنهاية الدور { $turn } ({ $date }).
report-q-swing-ended = { $value }: { $direction ->
    [fell] انخفاض
   *[rose] ارتفاع
} من { $start } إلى { $extreme } بنهاية الدور { $turn } ({ $date })، ثم { $end } في آخر اللعبة.
report-q-swing-cause = وكان { $cause } أكثر ما حرّكه مباشرةً.
report-q-swing-ask = ما سبب ذلك، ومن ربح أو خسر به؟
report-q-cause-order = «{ $action }» ({ $faction }) في الدور { $turn }
report-q-cause-accepting = قبول { $faction } «{ $action }» الذي اقترحه { $from } في الدور { $turn }
report-q-cause-declining = رفض { $faction } «{ $action }» الذي اقترحه { $from } في الدور { $turn }
report-q-cause-choice = اختيار { $faction } «{ $option }» في الدور { $turn }
report-q-proposal-accepted = قبل { $to } اقتراح { $from } «{ $action }» في الدور { $turn }. من استفاد منه أكثر، وهل دام أثره؟
report-q-proposal-declined = رفض { $to } اقتراح { $from } «{ $action }» في الدور { $turn } — لماذا؟ وماذا كان على { $from } أن يعرض؟
report-q-proposal-ignored = رفض { $to } اقتراح { $from } «{ $action }» بعدم الرد في الدور { $turn } — لماذا؟ وماذا كان على { $from } أن يعرض؟
report-q-secret-detected = الإجراء السري «{ $action }» الذي قام به { $faction } في الدور { $turn } { $result ->
    [success] نجح
   *[failure] فشل
} وكُشف. هل كانت المخاطرة مجدية، وكيف ردّ الآخرون؟
report-q-secret-unseen = الإجراء السري «{ $action }» الذي قام به { $faction } في الدور { $turn } { $result ->
    [success] نجح
   *[failure] فشل
} ولم يُكشف قط. الآن وقد عرف الجميع، هل يغيّر ذلك قراءتكم لذلك الدور؟
report-q-secret-unseen-many = الإجراء السري «{ $action }» الذي قام به { $faction } في الدور { $turn } { $result ->
    [success] نجح
   *[failure] فشل
} ولم يُكشف قط (مرّت { $unseen } أوامر سرية دون أن تُكشف إجمالًا). الآن وقد عرف الجميع، هل يغيّر ذلك قراءتكم لذلك الدور؟
report-q-score = { $direction ->
    [fell] انخفضت
   *[rose] ارتفعت
} نتيجة { $faction } من { $start } إلى { $end }، أكثر من أي طرف آخر. ما أكثر ما فعله وكان له وزن؟
report-q-score-orders = { $direction ->
    [fell] انخفضت
   *[rose] ارتفعت
} نتيجة { $faction } من { $start } إلى { $end }، أكثر من أي طرف آخر (أثقل أوامره: { $orders }). ما أكثر ما فعله وكان له وزن؟
report-q-winner-won = فاز { $faction } بنتيجة { $score }
report-q-winner-leads = يتصدّر { $faction } بنتيجة { $score }
report-q-winner-tied = تعادل { $factions } بنتيجة { $score }
report-q-winner = { $who }. هل كان بوسع الفرق الأخرى منعه — أم كان نجاحًا مشتركًا؟
report-q-winner-objectives = { $who }؛ أفضل أهدافه «{ $best }» ({ $best_score })، وأضعفها «{ $worst }» ({ $worst_score }). هل كان بوسع الفرق الأخرى منعه — أم كان نجاحًا مشتركًا؟
report-q-relation = { $direction ->
    [improved] تحسّنت
   *[worsened] تدهورت
} العلاقات بين { $a } و{ $b } من { $start } إلى { $end }. أي القرارات أدّت إلى ذلك، وهل قصده أحد؟
report-q-choice = حين وقع «{ $event }» في الدور { $turn }، اختار { $faction } «{ $option }». ما البدائل التي كانت متاحة، وهل تختارون الشيء نفسه الآن؟
report-q-choice-default = حين وقع «{ $event }» في الدور { $turn }، اختير لـ{ $faction } «{ $option }» (افتراضيًا: لم يردّ أحد). ما البدائل التي كانت متاحة، وهل تختارون الشيء نفسه الآن؟
report-q-refused = { $count ->
    [one] رُفض أمر واحد
    [two] رُفض أمران
    [few] رُفضت { $count } أوامر
    [many] رُفض { $count } أمرًا
   *[other] رُفض { $count } أمر
} (أولها: «{ $action }» من { $faction } في الدور { $turn }: { $reason }). ما الذي أساء الفريق فهمه في الوضع؟
report-q-chance = وقع «{ $event }» في الدور { $turn } (باحتمال { $chance }%). ما مدى استعداد كل فريق، ومن كان بوسعه أن يجعله أقل احتمالًا؟
report-q-general-again = لو لعبتم من جديد، ماذا كان فريقكم سيفعل بشكل مختلف في الدور الأول؟
report-q-general-unknown = ما الذي لم يكن فريقكم يعرفه حين أصدر أوامره، وكيف كان بوسعه أن يعرفه؟
report-q-general-surprise = أي نتيجة فاجأتكم أكثر من غيرها، ولماذا؟
report-q-general-overlap = أين تلاقت مصالح الفرق، وهل استفاد أحد من ذلك؟
report-q-general-real = أي هذه القرارات يشبه ما فعلته الحكومات الحقيقية؟

## بطاقات الأدوار

report-card-period = من { $first } إلى { $last } ({ $turns ->
    [zero] 0 دور
    [one] دور واحد
    [two] دوران
    [few] { $turns } أدوار
    [many] { $turns } دورًا
   *[other] { $turns } دور
})
report-card-title = { $title } — بطاقة دور: { $faction }
report-card-keep = { $period }. احتفظوا بهذه البطاقة داخل فريقكم.
report-card-briefing = موقفكم
report-card-scoring = كيف تُحسب نتيجتكم
report-card-objective = { $share }% من نتيجتكم، { $measured ->
    [end] تُقاس في نهاية اللعبة
   *[average] متوسطًا على كل الأدوار
}.
report-card-start = نقطة انطلاقكم
report-card-start-note = قيم البداية في السيناريو، قبل أحداث الدور الأول.
report-card-value = { $var }: { $value } (من { $min } إلى { $max })
report-card-orders = يمكنكم إصدار { $orders ->
    [zero] 0 أمر
    [one] أمر واحد
    [two] أمرين
    [few] { $orders } أوامر
    [many] { $orders } أمرًا
   *[other] { $orders } أمر
} على الأكثر (نقاط العمل) في كل دور.
report-card-actions = ما يمكنكم فعله
report-card-category = { $category ->
    [diplomatic] الدبلوماسية
    [energy] الطاقة
   *[security] الأمن
}
report-card-ap = { $ap } نقطة عمل
report-card-cost = { $var }: { $amount }
report-card-chance = فرصة نجاح نحو { $chance }% في البداية
report-card-proposal = اقتراح: يردّ الطرف الآخر في الدور التالي
report-card-secret = سري، يُكشف في نحو { $chance }% من الحالات
report-card-secret-unless = سري ما لم يُكشف
report-card-delay = يسري بعد { $turns ->
    [zero] 0 دور
    [one] دور واحد
    [two] دورين
    [few] { $turns } أدوار
    [many] { $turns } دورًا
   *[other] { $turns } دور
}
report-card-lasts = يدوم { $turns ->
    [zero] 0 دور
    [one] دورًا واحدًا
    [two] دورين
    [few] { $turns } أدوار
    [many] { $turns } دورًا
   *[other] { $turns } دور
}
report-card-not-again = لا يُكرَّر ما دام ساريًا

## ورقة المنشّط

report-sheet-title = { $title } — ورقة المنشّط
report-sheet-teams = الفرق
report-sheet-scores-on = الأهداف: { $goals }.
report-sheet-others = وفي السيناريو أيضًا، دون فريق يلعبها: { $factions }.
report-sheet-scripted = أحداث مبرمجة
report-sheet-scheduled = الدور { $turn }، { $date }: { $event } — { $text }
report-sheet-if = إذا { $cond }
report-sheet-when = حين { $cond }
report-sheet-chance = احتمال { $chance }% في كل دور
report-sheet-chance-varies = احتمال في كل دور يتوقف على الوضع
report-sheet-may-happen = أحداث قد تقع
report-sheet-any-turn = في أي دور
report-sheet-must-choose = على { $faction } أن يختار.
report-sheet-timings = توقيتات مقترحة
report-sheet-minutes = { $minutes } دقيقة
report-sheet-timing = { $session }: { $intro } د للتقديم وقراءة البطاقات، و{ $turns ->
    [zero] 0 دور
    [one] دور واحد
    [two] دوران
    [few] { $turns } أدوار
    [many] { $turns } دورًا
   *[other] { $turns } دور
} بنحو { $each } د لكل دور، و{ $debrief } د للنقاش الختامي.
report-sheet-timing-tight = { $session }: { $intro } د للتقديم وقراءة البطاقات، و{ $turns ->
    [zero] 0 دور
    [one] دور واحد
    [two] دوران
    [few] { $turns } أدوار
    [many] { $turns } دورًا
   *[other] { $turns } دور
} بنحو { $each } د لكل دور، و{ $debrief } د للنقاش الختامي — الوقت ضيق جدًّا: اختاروا سيناريو أقصر، أو العبوا أدوارًا أقل وأنهوا اللعبة مبكرًا من شاشة الحكم.
report-sheet-after = كيف يُحسم الدور: انظر docs/rules.md (بالإنجليزية). بعد اللعبة، يطبع الأمر `harmattan report SAVE` تقرير ما بعد اللعبة للنقاش الختامي.

## ملف المعلّم

report-pack-title = ملف المعلّم: { $title }
report-pack-lead = كل ما يلزم لإعداد لعبة صفية بهذا السيناريو وإدارتها وتقييمها. اطبعوه على ورق A4: يبدأ كل جزء في صفحة جديدة.
report-pack-contents = المحتويات
report-pack-generic-only = ليس لهذا السيناريو مسرد ولا خريطة ولا ورقة مصادر ولا أسئلة نقاش خاصة به: فهذه مكتوبة للسيناريو المدمج، Fuel and Sovereignty. والأجزاء التالية تصلح لأي سيناريو.
report-pack-map-note = الخريطة ملف صورة، map.svg، في مجلد teachers-pack/ar من وثائق Harmattan. وتطبعها نسخة HTML من هذا الملف في هذه الصفحة.

## في سطر الأوامر

report-cli-not-playable = خطأ: `{ $id }` ليس طرفًا قابلًا للعب في هذا السيناريو؛ اختر من بين { $ids } أو facilitator
