# The output of `harmattan simulate`: its summary, --compare, --watch,
# shards and merges (`simulate-…` keys). Ids (factions, variables, actions)
# stay as the modder wrote them; --json output stays English.

## الوسائط ودفعة الألعاب

simulate-error-no-runs = خطأ: حدّد ملف سيناريو و--runs N
simulate-error-threads = خطأ: تعذّر تشغيل خيوط الحساب: { $reason }
simulate-error-write = خطأ: تعذّرت كتابة { $file }: { $reason }
simulate-games-file = ملف الألعاب
simulate-path-no-file = المسار لا يسمّي أي ملف
simulate-error-json = خطأ: تعذّرت كتابة JSON: { $reason }
simulate-error-seat = خطأ: --seat: { $message }
simulate-seat-form = `{ $text }` ينبغي أن يكون على شكل `mali=greedy`
simulate-seat-ai = `{ $ai }` ليس لاعبًا حاسوبيًا؛ استعمل greedy أو random
simulate-seat-faction = `{ $id }` ليس طرفًا قابلًا للعب؛ اختر من بين { $ids }
simulate-shard-form = الشكل المنتظر I/K، مثلًا 0/10
simulate-shard-index = `{ $text }` ليس رقم شريحة
simulate-shard-count = `{ $text }` ليس عددًا من الشرائح
simulate-shard-bounds = عدد الشرائح يجب أن يكون بين 1 و1.000.000
simulate-shard-numbered = الشرائح في تقسيم إلى { $count } مرقّمة من 0 إلى { $last }
simulate-wrote-shard = كُتب { $file }: الألعاب من { $first } إلى { $last } من أصل { $runs }
# شريط التقدّم: تُملأ $done و$total و$rate و$eta أثناء الحساب.
simulate-progress = { $done }/{ $total } لعبة  { $rate }  المتبقي { $eta }
simulate-speed = { $games ->
    [zero] لا ألعاب
    [one] لعبة واحدة
    [two] لعبتان
    [few] { $games } ألعاب
   *[other] { $games } لعبة
} في { $seconds } ث ({ $rate } لعبة/ث، { $threads ->
    [zero] دون خيوط
    [one] خيط واحد
    [two] خيطان
    [few] { $threads } خيوط
    [many] { $threads } خيطًا
   *[other] { $threads } خيط
})

## دمج الشرائح

simulate-merge-empty = خطأ: لم يُعطَ أي ملف شريحة
simulate-merge-mismatch = خطأ: { $a } و{ $b } ليستا شريحتين من دفعة واحدة: { $what ->
    [scenario] السيناريو مختلف
    [version] نسخة harmattan مختلفة
    [seed] البذرة مختلفة
    [ai] لاعب الحاسوب مختلف
    [turns] حدّ الأدوار مختلف
   *[runs] عدد الألعاب مختلف
}؛ لا تدمج إلا الشرائح المكتوبة بالسيناريو نفسه ونسخة harmattan نفسها و--seed و--ai و--turns و--runs نفسها
simulate-merge-overlap = خطأ: { $a } و{ $b } تحويان كلتاهما الألعاب من { $first } إلى { $last }: أعطِ كل شريحة مرة واحدة
simulate-merge-missing = خطأ: لا تحوي أي شريحة الألعاب من { $first } إلى { $last } من دفعة { $runs }: ملف شريحة مفقود
simulate-merge-missing-after = خطأ: لا تحوي أي شريحة الألعاب من { $first } إلى { $last } من دفعة { $runs } بعد { $before }: ملف شريحة مفقود
simulate-merge-missing-before = خطأ: لا تحوي أي شريحة الألعاب من { $first } إلى { $last } من دفعة { $runs } قبل { $after }: ملف شريحة مفقود
simulate-merge-missing-between = خطأ: لا تحوي أي شريحة الألعاب من { $first } إلى { $last } من دفعة { $runs } بين { $before } و{ $after }: ملف شريحة مفقود

## لماذا يُرفض ملف شريحة

simulate-shard-bad-json = ليس شريحة محاكاة (JSON غير سليم: { $reason })
simulate-shard-no-format = ليس شريحة محاكاة (لا يوجد "format": "{ $format }")
simulate-shard-old-version = نسخة صيغة الشريحة { $found } كتبها harmattan أقدم، وتنقصها إحصاءات يلخّصها هذا (النسخة { $version })؛ أعد لعب ألعابها بهذا harmattan: القيم نفسها لـ--seed و--runs و--shard تعطي الألعاب نفسها
simulate-shard-other-version = نسخة صيغة الشريحة { $found } ليست { $version }، وهي النسخة التي يقرؤها هذا harmattan
simulate-shard-no-version = نسخة صيغة الشريحة (غائبة) ليست { $version }، وهي النسخة التي يقرؤها هذا harmattan
simulate-shard-invalid = ليست شريحة محاكاة سليمة: { $reason }
simulate-shard-range = ألعابها { $first }..{ $end } لا تقع ضمن دفعة من { $runs }
simulate-shard-unknown-ai = لاعب حاسوب غير معروف `{ $ai }`
simulate-tally-games = تحصي { $counted ->
    [zero] صفر لعبة
    [one] لعبة واحدة
    [two] لعبتين
    [few] { $counted } ألعاب
   *[other] { $counted } لعبة
} لمدى من { $games }
simulate-tally-shape = إحصاءاتها لا توافق فصائل سيناريوها وأهدافه ومتغيراته وإجراءاته وأحداثه وراياته وعلاقاته وطرقه
simulate-tally-totals = إحصاء نتيجة أو هدف أو متغير أو علاقة أو طريق لا يساوي مجموعه عدد ألعابها
simulate-tally-ends = إحصاءات الأهداف أو العلاقات أو الطرق أو الرايات فيها مستحيلة
simulate-tally-verdicts = إحصاءات الأحكام أو المآل المشترك أو الفوارق فيها مستحيلة
simulate-tally-leader = إحصاءات المتصدّر بعد الدور 3 فيها مستحيلة
simulate-tally-actions-events = إحصاءات الإجراءات أو الأحداث فيها مستحيلة
simulate-tally-proposals = إحصاءات العروض فيها تسمّي إجراءً أو طرفًا ليس فيها
simulate-tally-action-faction = إحصاءات الإجراءات فيها تسمّي طرفًا ليس فيها: `{ $faction }`
simulate-tally-action-wins = إحصاءات الفوز في الألعاب التي استُعمل فيها إجراء مستحيلة

## الملخّص: أعداد الجداول

# نسبة مئوية؛ $value مكتوبة مسبقًا برقم عشري واحد.
simulate-percent = { $value }%

## الملخّص: جداول النتائج

simulate-head = السيناريو { $scenario } — { $runs ->
    [zero] لا ألعاب
    [one] لعبة واحدة
    [two] لعبتان
    [few] { $runs } ألعاب
   *[other] { $runs } لعبة
}، البذرة { $seed }، لاعب الحاسوب { $ai }، متوسط عدد الأدوار { $turns }
simulate-col-faction = الطرف
simulate-col-mean = المتوسط
simulate-col-median = الوسيط
simulate-col-p10 = p10
simulate-col-p90 = p90
simulate-col-min = الأدنى
simulate-col-max = الأعلى
simulate-col-wins = الفوز
simulate-col-met = تحقّقت
simulate-col-partly = جزئيًا
simulate-col-missed = لم تتحقّق
simulate-col-variable = الكيان.المتغير
simulate-col-action = الإجراء
simulate-col-chosen = اختير
simulate-col-succeeded = نجح
simulate-col-turn-share = % من الأدوار
simulate-col-event = الحدث
simulate-col-fired = وقع
simulate-col-game-share = % من الألعاب
simulate-col-objective = الهدف (النتيجة في النهاية)
simulate-col-weight = الوزن
simulate-col-relation = العلاقة
simulate-col-start = البداية
simulate-col-route = الطريق
simulate-col-open = مفتوح
simulate-col-was = (البداية)
simulate-col-capacity = السعة
simulate-col-risk = الخطر
simulate-route-open = مفتوح
simulate-route-closed = مغلق
simulate-shared = صمد المآل المشترك في { $held }% من الألعاب، واهتزّ في { $strained }%، وضاع في { $lost }%.
simulate-ties = التعادل: { $ties }% من الألعاب. حُسمت بنقطتين أو أقل بين فرق لها الحكم نفسه: { $close }% (وسيط الفارق { $lead }).
simulate-leader-3 = فاز المتصدّر بعد الدور 3 في النهاية في { $share }% من الألعاب.
simulate-values = القيم في نهاية اللعبة:
simulate-actions = الإجراءات:
simulate-events = الأحداث (أدوار وقوعها: p10، الوسيط، p90):
simulate-firings = مرات وقوع كل حدث حسب الدور (الدور: المرات):
simulate-firing = { $turn }: { $count }

## الملخّص: لماذا

simulate-why-all = لماذا، طرفًا طرفًا (كل الأسطر):
simulate-why = لماذا، طرفًا طرفًا (أكثر الأسطر دلالة؛ --detail يعرضها كلها):
simulate-faction = { $name } ({ $id }): يفوز في { $wins }% من الألعاب؛ وتتحقّق أهدافه في { $met }%.
simulate-no-telling-action = لا يقترن أي إجراء بالفوز أو الخسارة بأكثر مما تعطيه الصدفة.
simulate-telling-actions = الإجراءات، ونسبة فوز { $id } حين اختارها وحين لم يخترها:
simulate-proposals = العروض:
simulate-proposal-answered = { $action } إلى { $target }: { $made ->
    [zero] لم يُقدَّم
    [one] قُدّم مرة واحدة
    [two] قُدّم مرتين
    [few] قُدّم { $made } مرات
   *[other] قُدّم { $made } مرة
}؛ قُبل { $rate }% من { $answered ->
    [zero] الردود
    [one] الرد الوحيد
    [two] الردّين
    [few] { $answered } ردود
    [many] { $answered } ردًا
   *[other] { $answered } رد
}.
simulate-proposal-unanswered = { $action } إلى { $target }: { $made ->
    [zero] لم يُقدَّم
    [one] قُدّم مرة واحدة
    [two] قُدّم مرتين
    [few] قُدّم { $made } مرات
   *[other] قُدّم { $made } مرة
}؛ لم يُردّ على أي منها قبل نهاية اللعبة.
simulate-action-both = { $action }: اختير في { $used }% من الألعاب؛ فاز في { $with }% منها وفي { $without }% من غيرها.
simulate-action-always = { $action }: اختير في كل لعبة؛ فاز في { $with }% منها.
simulate-action-never = { $action }: لم يُختر قط.
simulate-ends-all = في نهاية اللعبة:
simulate-ends = في نهاية اللعبة (أكثر ما تغيّر منذ البداية):
simulate-flags = الرايات:
simulate-flag-kept = { $id }: ما زالت مرفوعة في نهاية { $set }% من الألعاب (مرفوعة في البداية).
simulate-flag-set = { $id }: مرفوعة في نهاية { $set }% من الألعاب (غير مرفوعة في البداية).

## --compare

simulate-compare-refused = خطأ: لا يمكن مقارنة { $a } و{ $b }: تحتاج المقارنة إلى الفصائل القابلة للعب نفسها (بمعرّفاتها) في الجانبين.
simulate-compare-only = { $file } وحده فيه: { $ids }.
simulate-compare-a = A: { $file } (السيناريو { $scenario })
simulate-compare-b = B: { $file } (السيناريو { $scenario })
simulate-compare-runs = { $runs ->
    [zero] لا ألعاب
    [one] لعبة واحدة
    [two] لعبتان
    [few] { $runs } ألعاب
   *[other] { $runs } لعبة
} لكل منهما على البذور نفسها (البذرة { $seed }، لاعب الحاسوب { $ai }).
simulate-compare-legend = نسب الألعاب مع مجالات الثقة 95%؛ B − A بالنقاط المئوية، وتُعلَّم بـ* حين يستبعد مجالها 0 (فوق الضجيج).
simulate-compare-wins = الفوز
simulate-compare-met = تحقّقت الأهداف
simulate-compare-partly = تحقّقت جزئيًا
simulate-compare-missed = لم تتحقّق
simulate-compare-shared = المآل المشترك
simulate-compare-held = صمد
simulate-compare-strained = اهتزّ
simulate-compare-lost = ضاع
# نسبة مع مجال ثقتها 95%: «31,0% (28,2–34,0)».
simulate-compare-share = { $value }% ({ $low }–{ $high })
# فرق بالنقاط المئوية مع مجاله: «+5,9 (+3,1 إلى +8,6)».
simulate-compare-difference = { $value } ({ $low } إلى { $high })
simulate-compare-no-noise = لا فرق فوق الضجيج: مع { $runs } لعبة، قد تفسّر الصدفة وحدها كل تغيير أعلاه.
simulate-compare-beyond = الفروق فوق الضجيج (المعلَّمة بـ*): { $count }.
simulate-compare-objectives-all = متوسط نتائج الأهداف (بالنقاط)، كلها:
simulate-compare-objectives = متوسط نتائج الأهداف (بالنقاط)، أكبر التغييرات:
simulate-compare-events-all = نسبة الألعاب التي وقع فيها كل حدث، كلها:
simulate-compare-events = نسبة الألعاب التي وقع فيها كل حدث، أكبر التغييرات:
simulate-compare-actions-all = نسبة أدوار الطرف التي اختار فيها كل إجراء، كلها:
simulate-compare-actions = نسبة أدوار الطرف التي اختار فيها كل إجراء، أكبر التغييرات:
simulate-change-points = { $name }: { $a } في A، و{ $b } في B ({ $difference }).
simulate-change-percent = { $name }: { $a }% في A، و{ $b }% في B ({ $difference }).
simulate-change-only-a-points = { $name }: في A وحده، { $a }.
simulate-change-only-a-percent = { $name }: في A وحده، { $a }%.
simulate-change-only-b-points = { $name }: في B وحده، { $b }.
simulate-change-only-b-percent = { $name }: في B وحده، { $b }%.

## --watch

simulate-watch-error = خطأ: تعذّرت مراقبة تغييرات الملفات: { $reason }
simulate-watch-folder = خطأ: { $folder }: تعذّرت مراقبة المجلد: { $reason }
simulate-watch-same = لم يتغيّر شيء في { $files } منذ النتائج أعلاه.
simulate-watch-changed = تغيّر { $file }: تليها نتائج النسخة الجديدة.
simulate-watch-changed-both = تغيّر { $files }: تليها نتائج النسختين الجديدتين.
simulate-watch-kept = النتائج أعلاه لا تزال نتائج آخر نسخة بلا أخطاء.
simulate-watch-waiting = مراقبة { $files } بحثًا عن تغييرات؛ اضغط Ctrl-C للإيقاف.
simulate-watch-stopped = توقّفت مراقبة { $files }.
