## الجمل التي يصوغها المحرك من أسماء الأشياء: لماذا لا يتاح أمر أو يُرفض، والأحكام، وقرارات الحكم، والأخبار البسيطة.
## المعطيات أسماء وأعداد مكتوبة سلفًا؛ `$kind` هو faction أو region أو route؛
## و`$op` هو lt أو le أو gt أو ge أو eq أو ne (أو other).

## قوائم الأسماء

game-list-separator = {"، "}
game-list-and = { $first } و{ $last }

## لماذا لا يتحقق شرط (جملة كاملة)

game-why-none = يلزم { $cond }؛ ولا يتحقق شيء من ذلك الآن.
game-why-while = لا يمكن ذلك ما دام { $cond }.
game-why-flag-missing = يلزم «{ $flag }»، وهذا غير متحقق الآن.
game-why-flag-holds = لا يمكن ذلك ما دام «{ $flag }» ساريًا.
game-why-route-closed = { $route } مغلق.
game-why-route-open = { $route } مفتوح.
game-why-not-active = { $what } ليس ساري المفعول.
game-why-active = { $what } ساري المفعول بالفعل.
game-why-not-controls = { $region } خارج سيطرة { $faction }.
game-why-controls = { $region } تحت سيطرة { $faction }.
game-why-target-only = ممكن فقط إذا كان الهدف { $name }.
game-why-target-not = غير ممكن إذا كان الهدف { $name }.
game-why-self-only = هذا الإجراء خاص بـ{ $name }.
game-why-self-not = لا يمكن لـ{ $name } القيام بهذا.
game-why-situation = غير ممكن في هذا الوضع.
game-why-compare = { $subject }: { $value }؛ والمطلوب { $op ->
    [lt] أقل من { $right }
    [le] { $right } على الأكثر
    [gt] أكثر من { $right }
    [ge] { $right } على الأقل
    [eq] { $right } بالضبط
    [ne] قيمة غير { $right }
   *[other] قيمة مقارنة بـ{ $right }
}.
game-why-compare-plural = { $subject }: { $value }؛ والمطلوب { $op ->
    [lt] أقل من { $right }
    [le] { $right } على الأكثر
    [gt] أكثر من { $right }
    [ge] { $right } على الأقل
    [eq] { $right } بالضبط
    [ne] قيمة غير { $right }
   *[other] قيمة مقارنة بـ{ $right }
}.
game-why-unknown = أحد شروط هذا الإجراء غير متحقق الآن.

## ما يطلبه شرط (عبارات داخل جملة)

game-cond-always = دائمًا
game-cond-never = أبدًا
game-cond-and = { $left } و{ $right }
game-cond-or = { $left } أو { $right }
game-cond-if = { $then } إذا { $cond }، وإلا { $otherwise }
game-cond-flag = «{ $flag }»
game-cond-not-flag = دون «{ $flag }»
game-cond-route-open = { $route } مفتوح
game-cond-route-closed = { $route } مغلق
game-cond-active = { $what } ساري المفعول
game-cond-not-active = { $what } غير ساري المفعول
game-cond-controls = { $region } تحت سيطرة { $faction }
game-cond-not-controls = { $region } خارج سيطرة { $faction }
game-cond-is = { $left } هو { $right }
game-cond-is-not = { $left } ليس { $right }
game-cond-compare = { $left } { $op ->
    [lt] أقل من { $right }
    [le] { $right } على الأكثر
    [gt] أكثر من { $right }
    [ge] { $right } على الأقل
    [eq] يساوي { $right }
    [ne] لا يساوي { $right }
   *[other] مقارنة بـ{ $right }
}
game-cond-same = { $left } إذا وفقط إذا { $right }
game-cond-opposite = { $left } إذا وفقط إذا لم يكن { $right }
game-cond-nonzero = { $value } ليس صفرًا
game-cond-zero = { $value } صفر

## من يعنيه الشرط، حين لا يُعرف بعد

game-the-acting-faction = الطرف المنفِّذ
game-the-target = الهدف
game-the-each = { $kind ->
    [faction] الطرف
    [region] المنطقة
   *[route] الطريق
}
game-the-target-kind = { $kind ->
    [faction] الطرف المستهدف
    [region] المنطقة المستهدفة
   *[route] الطريق المستهدف
}

## إجراء ساري المفعول: «مرافقة القوافل» على طريق الملح

game-active = «{ $action }»
game-active-at = «{ $action }» { $kind ->
    [faction] تجاه
   *[other] على
} { $target }

## الكميات

game-q-turn = الدور
game-q-faction-var = { $var } لدى { $faction }
game-q-region-var = { $var } في { $region }
game-q-route = { $field ->
    [capacity] سعة الطريق { $route }
    [risk] خطر الهجوم على { $route }
    [loss] نسبة الخسائر بسبب الهجمات على { $route }
   *[flow] الكمية المسلَّمة في الدور السابق على { $route }
}
game-q-relation = العلاقات بين { $a } و{ $b }
game-q-minus = سالب { $value }
game-q-arith = { $left } { $op ->
    [add] زائد
    [sub] ناقص
    [mul] مضروبًا في
    [div] مقسومًا على
   *[other] مع
} { $right }
game-q-computed = قيمة محسوبة
game-q-valued = { $quantity } ({ $value })

## المجاميع والمتوسطات والأعداد على الأطراف أو المناطق أو الطرق

game-agg-over-all = { $kind ->
    [faction] كل الأطراف
    [region] كل المناطق
   *[route] كل الطرق
}
game-agg-over-others = { $kind ->
    [faction] الأطراف
    [region] المناطق
   *[route] الطرق
} عدا { $name }
game-agg-over-controlled = المناطق الخاضعة لسيطرة { $faction }
game-agg-over-where = { $kind ->
    [faction] الأطراف
    [region] المناطق
   *[route] الطرق
} حيث { $cond }
game-agg-count-all = عدد { $kind ->
    [faction] الأطراف
    [region] المناطق
   *[route] الطرق
}
game-agg-count-others = عدد { $kind ->
    [faction] الأطراف
    [region] المناطق
   *[route] الطرق
} عدا { $name }
game-agg-count-controlled = عدد المناطق الخاضعة لسيطرة { $faction }
game-agg-count-where = عدد { $kind ->
    [faction] الأطراف
    [region] المناطق
   *[route] الطرق
} حيث { $cond }
game-agg-of = { $func ->
    [sum] مجموع «{ $value }» في
    [mean] متوسط «{ $value }» في
    [min] أدنى قيمة لـ«{ $value }» بين
   *[max] أعلى قيمة لـ«{ $value }» بين
} { $over }
game-agg-over = { $func ->
    [sum] مجموع
    [mean] متوسط
    [min] أدنى
   *[max] أعلى
} { $value }، على { $over }

## أخبار يكتبها المحرك حين لا يوفر السيناريو نصًّا لها

game-news-succeeded = { $actor }: نجح «{ $action }».
game-news-failed = { $actor }: فشل «{ $action }».
game-news-succeeded-at = { $actor }: نجح «{ $action }» ({ $target }).
game-news-failed-at = { $actor }: فشل «{ $action }» ({ $target }).
game-news-revealed = انكشف: { $news }
game-news-takes-effect = { $news } (يسري مفعوله في الدور { $turn })
game-news-now-in-effect = أصبح ساريًا: { $news }
game-news-proposal = اقتراح من { $from } إلى { $to }: «{ $action }».
game-news-declines = { $faction }: رفض الاقتراح «{ $action }».
game-news-accepts-blocked = { $faction }: قبول الاقتراح، لكن «{ $action }» لا يمكن أن يسري: { $reason }.
game-news-chose = { $faction }: { $option }
game-news-refused = { $action }: { $reason }.
game-news-attacked = تعرّضت الشحنات على { $route } لهجوم: ضاع { $lost } من أصل { $sent }.
game-news-last-turn = انتهى الدور الأخير.
game-news-umpire-ended = أنهى الحكم اللعبة.
game-news-ended-early = انتهت اللعبة مبكرًا: { $cond }.
game-agreement-twice = سبق أن أبرم { $faction } هذا الاتفاق في هذا الدور ({ $action })؛ ولا يسري مرتين
game-agreement-twice-pair = سبق أن أبرم { $a } و{ $b } هذا الاتفاق في هذا الدور ({ $action })؛ ولا يسري مرتين

## لماذا يُرفض أمر (سبب يأتي بعد «مرفوض:»)

game-refused-no-such-action = لا يوجد إجراء `{ $id }`
game-refused-unknown-action = إجراء غير معروف
game-refused-unknown-faction = طرف غير معروف
game-refused-no-target = «{ $action }» لا يحتاج إلى هدف
game-refused-needs-target = «{ $action }» يحتاج إلى هدف ({ $kind ->
    [faction] طرف
    [region] منطقة
    [route] طريق
   *[none] لا شيء
})
game-refused-not-a-target = `{ $id }` ليس { $kind ->
    [faction] طرفًا
    [region] منطقة
    [route] طريقًا
   *[none] هدفًا
}
game-refused-game-over = انتهت اللعبة
game-refused-not-playable = { $faction }: لا يصدر هذا الطرف أوامر
game-refused-not-its-action = ليس هذا الإجراء من إجراءات { $faction }
game-refused-own-faction = اختر طرفًا آخر هدفًا
game-refused-too-late = ستقع آثاره في الدور { $turn }، بعد نهاية اللعبة
game-refused-already-ordered = صدر هذا الأمر بالفعل في هذا الدور
game-refused-action-points = يحتاج إلى { $ap ->
    [zero] 0 نقطة عمل
    [one] نقطة عمل واحدة
    [two] نقطتَي عمل
    [few] { $ap } نقاط عمل
    [many] { $ap } نقطة عمل
   *[other] { $ap } نقطة عمل
}، والمتبقي { $left }
game-refused-already-proposed = هذا الاقتراح ينتظر ردًّا بالفعل
game-refused-in-effect = { $turns ->
    [1] أمرك السابق ما زال ساريًا في هذا الدور
    [two] أمرك السابق ما زال ساريًا لدورين آخرين
    [few] أمرك السابق ما زال ساريًا لـ{ $turns } أدوار أخرى
    [many] أمرك السابق ما زال ساريًا لـ{ $turns } دورًا آخر
   *[other] أمرك السابق ما زال ساريًا لـ{ $turns } دور آخر
}
game-refused-cost = الكلفة من { $var }: { $amount }، والمتاح { $spendable }

## نهاية اللعبة: الأحكام، والنتيجة المشتركة، ومن يأتي أولًا

game-verdict-met = { $faction }: تحققت الأهداف.
game-verdict-partly = { $faction }: تحققت الأهداف جزئيًا.
game-verdict-missed = { $faction }: لم تتحقق الأهداف.
game-verdict-label-met = أهداف محققة
game-verdict-label-partly = محققة جزئيًا
game-verdict-label-missed = لم تتحقق
game-verdict-why = النتيجة { $total } من 100؛ وكان المطلوب { $met } لتحقيق الأهداف و{ $partly } لتحقيقها جزئيًا.
game-verdict-why-best = أفضل نتيجة: { $best }، { $best_score } من 100؛ وأضعفها: { $worst }، { $worst_score } من 100.
game-verdict-why-shared-lost = ضاع «{ $shared }»، فتراجع حكم كل فريق درجة واحدة.
game-shared-held = { $shared }: صامد ({ $score } من 100؛ يصمد ابتداءً من { $held }).
game-shared-strained = { $shared }: مهدَّد ({ $score } من 100؛ يصمد ابتداءً من { $held }، ويضيع تحت { $lost }).
game-shared-lost = { $shared }: ضائع ({ $score } من 100، تحت { $lost }): يتراجع حكم كل فريق درجة واحدة.
game-standing-alone = { $faction } في المرتبة الأولى: لم يبلغ أي فريق آخر هذه النتيجة.
game-standing-met = { $faction } في المرتبة الأولى: من بين الفرق التي حققت أهدافها، هذا الفريق هو الأبعد فوق عتبته الخاصة.
game-standing-partly = { $faction } في المرتبة الأولى: من بين الفرق التي حققت أهدافها جزئيًا، هذا الفريق هو الأبعد فوق عتبته الخاصة.
game-standing-missed = { $faction } في المرتبة الأولى: لم يحقق أي فريق أهدافه، وهذا الفريق هو الأقرب إلى عتبته الخاصة.
game-standing-shared = المرتبة الأولى مشتركة بين { $factions }: النتيجة نفسها، وعلى المسافة نفسها تمامًا فوق عتباتهم.
game-first = { $faction } في المرتبة الأولى.
game-first-shared = المرتبة الأولى مشتركة بين { $factions }.
game-rules-score = نتيجتكم هي المتوسط المرجَّح لهذه الأهداف، من 0 إلى 100. عند { $met } أو أكثر يكون فريقكم قد حقق أهدافه؛ وابتداءً من { $partly } يكون قد حققها جزئيًا؛ وتحت { $partly } لم يحققها.
game-rules-shared = «{ $shared }» نتيجة مشتركة بين كل الفرق: إذا انتهى تحت { $lost }، تراجع حكم كل فريق درجة واحدة.
game-rules-shared-average = «{ $shared }» نتيجة مشتركة بين كل الفرق: إذا انتهى تحت { $lost } (متوسطًا على مدى اللعبة)، تراجع حكم كل فريق درجة واحدة.
game-rules-first = لكل فريق عتباته الخاصة؛ والفريق الأبعد فوق عتبته يأتي في المرتبة الأولى.

## قرارات الحكم

game-umpire-needs-reason = اذكر سببًا: النقاش الختامي يعرض كل قرار من قرارات الحكم
game-umpire-game-over = انتهت اللعبة
game-umpire-no-such-event = لا يوجد حدث `{ $id }`
game-umpire-empty-news = الخبر فارغ
game-umpire-not-a-proposal = ليس اقتراحًا
game-umpire-no-such-team = هذا الفريق غير موجود في هذا السيناريو
game-umpire-no-such-value = هذه القيمة غير موجودة في هذا السيناريو
game-umpire-no-proposal = اكتب اقتراح الفريق
game-umpire-too-long = الاقتراح طويل جدًّا: { $most ->
    [few] { $most } أحرف
    [many] { $most } حرفًا
   *[other] { $most } حرف
} على الأكثر
game-umpire-bad-chance = يجب أن تكون الاحتمالية بين 0 و100%
game-umpire-no-success = حدِّد ما يتغير في حال النجاح
game-umpire-too-many = { $most ->
    [few] { $most } تغييرات
    [many] { $most } تغييرًا
   *[other] { $most } تغيير
} على الأكثر في حال { $outcome ->
    [success] النجاح
   *[failure] الفشل
}
game-umpire-zero-change = تغيير بمقدار 0 في { $value } في حال { $outcome ->
    [success] النجاح
   *[failure] الفشل
}
game-umpire-listed-twice = { $value } مذكور مرتين في حال { $outcome ->
    [success] النجاح
   *[failure] الفشل
}
game-umpire-set = الحكم: ضُبطت قيمة { $slot } على { $value } ({ $reason })
game-umpire-brought-in = { $news } (أدرجه الحكم)
game-umpire-ends = أنهى الحكم اللعبة: { $reason }

## اقتراح فريق، يقدّره الحكم ويُحسم بالنرد (ينتهي $proposal بنقطته)

game-proposal-succeeded = اقتراح من { $team }: «{ $proposal }» قدّر الحكم احتمال نجاحه بـ{ $chance }%؛ وكانت نتيجة النرد { $roll }: نجح. { $changes }
game-proposal-failed = اقتراح من { $team }: «{ $proposal }» قدّر الحكم احتمال نجاحه بـ{ $chance }%؛ وكانت نتيجة النرد { $roll }: فشل. { $changes }
game-proposal-preview = اقتراح من { $team }: «{ $proposal }» تقديرك: { $odds }، { $chance }%.
game-proposal-roll = يُرمى نرد من 1 إلى 100: { $chance } أو أقل يعني النجاح.
game-proposal-never = عند 0% لا يمكن أن تنجح الرمية.
game-proposal-always = عند 100% لا يمكن أن تفشل الرمية.
game-proposal-if-succeeds = في حال النجاح: { $changes }
game-proposal-if-fails = في حال الفشل: { $changes }
game-changes = { $list }.
game-nothing-changed = لم يتغير شيء.
game-nothing-changes = لا يتغير شيء.
game-change-moved = { $value } { $delta }
game-change-limited = { $value } { $delta } (المطلوب { $asked }؛ والحد { $after })
game-change-at-limit = { $value } دون تغيير (بلغ { $after }، وهو حده)
game-change-switched = { $value }: أصبح { $after }
game-change-already = { $value }: { $after } أصلًا
game-change-switch-to = { $value }: { $after }
game-odds = { $level ->
    [none] لا فرصة
    [very-unlikely] مستبعد جدًّا
    [unlikely] مستبعد
    [even] غير محسوم
    [likely] مرجَّح
    [almost-certain] شبه مؤكد
   *[certain] مؤكد
}

## القيم وما غيّرها: «غاو · مخزون الوقود 30 ← 20 يومًا»

game-slot-var = { $place } · { $var }
game-slot-route = { $route } · { $field ->
    [capacity] السعة
    [risk] الخطر
    [loss] الخسائر
    [flow] التدفق
   *[open] مفتوح
}
game-slot-relation = العلاقة بين { $a } و{ $b }
game-yes = نعم
game-no = لا
game-value-unit = { $value } { $unit }
game-value-percent = { $value }%
game-change-text = { $slot } { $before } ← { $after }
