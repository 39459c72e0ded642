# Harmattan in Arabic. Same keys and placeholders as locales/en.
# Month names as written in the Maghreb (Algeria, Tunisia), where the
# default scenario is set; digits are Western (0-9) as there, with a
# point between thousands and a decimal comma (CLDR ar-DZ).

## التقويم والأعداد

month-1 = جانفي
month-2 = فيفري
month-3 = مارس
month-4 = أفريل
month-5 = ماي
month-6 = جوان
month-7 = جويلية
month-8 = أوت
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
date-turn = الدور { $turn }
date-month-year = { $month } { $year }
date-numeric = { $dd }/{ $mm }/{ $year }
number-group-separator = .
number-decimal-separator = ,

## ما يعرضه البرنامج خارج طرفية تفاعلية

summary-title-default = Harmattan — السيناريو المدمج في البرنامج: { $title }
summary-title-file = Harmattan — السيناريو: { $title }
summary-title-none = Harmattan
summary-factions = الأطراف:
summary-turns = { $turns ->
    [zero] لا أدوار
    [one] دور واحد
    [two] دوران
    [few] { $turns } أدوار
    [many] { $turns } دورًا
   *[other] { $turns } دور
} ابتداءً من { $start }.
summary-commands = الأوامر:
summary-command-validate = فحص ملفات السيناريو وشرح كل خطأ فيها
summary-command-play = اللعب (في طرفية تفاعلية)
summary-command-new = كتابة سيناريو أولي مشروح في الملف FILE
summary-command-simulate = موازنة سيناريو بجعل الحاسوب يلعبه
summary-command-help = كل الأوامر وخياراتها

-needs-terminal = اللعبة تحتاج إلى طرفية تفاعلية (يجب أن يكون الإدخال والإخراج القياسيان طرفية)
no-terminal = harmattan: { -needs-terminal }.
no-terminal-save = harmattan: { -needs-terminal }؛ لفحص ملف حفظ دون طرفية: `harmattan replay { $save }`
no-terminal-scenario = harmattan: { -needs-terminal }؛ للعب دون طرفية: `harmattan play { $scenario } --headless`
