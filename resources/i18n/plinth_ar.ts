<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>ActiveLabelling</name>
    <message>
        <source>Choose the gold column (where your labels go) to label rows in place.</source>
        <translation>اختر عمود المرجع (حيث تُحفظ تسمياتك) لتسمية الصفوف مباشرةً.</translation>
    </message>
    <message>
        <source>Most uncertain first</source>
        <extracomment>A retrain asked for the batch to run again: when that run ends, the queue is shown in its new order.</extracomment>
        <translation>الأقل يقينًا أولًا</translation>
    </message>
    <message>
        <source>Label the most uncertain first</source>
        <translation>تسمية الصفوف الأقل يقينًا أولًا</translation>
    </message>
    <message>
        <source>Show the rows with no label, the one the classifier is least sure of first; type a label, Enter for the next</source>
        <translation>يعرض الصفوف التي بلا تسمية، والأقل يقينًا لدى المصنّف أولًا؛ اكتب تسمية ثم Enter للتالي</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>إعادة التدريب</translation>
    </message>
    <message>
        <source>Retrain classifier</source>
        <translation>إعادة تدريب المصنّف</translation>
    </message>
    <message>
        <source>Train a new version on the labels</source>
        <translation>تدريب إصدار جديد على التسميات</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel retraining</source>
        <translation>إلغاء إعادة التدريب</translation>
    </message>
    <message>
        <source>Stop retraining; nothing is saved</source>
        <translation>إيقاف إعادة التدريب؛ لن يُحفظ شيء</translation>
    </message>
    <message>
        <source>Export labels…</source>
        <translation>تصدير التسميات…</translation>
    </message>
    <message>
        <source>Export labels</source>
        <translation>تصدير التسميات</translation>
    </message>
    <message>
        <source>Save the file with your labels in it</source>
        <translation>حفظ الملف متضمنًا تسمياتك</translation>
    </message>
    <message>
        <source>Retraining progress</source>
        <translation>تقدم إعادة التدريب</translation>
    </message>
    <message>
        <source>Labelling status</source>
        <translation>حالة التسمية</translation>
    </message>
    <message>
        <source>Labelling error</source>
        <translation>خطأ في التسمية</translation>
    </message>
    <message>
        <source>No rows to label: every row with probabilities has a label.</source>
        <translation>لا توجد صفوف لتسميتها: كل صف له احتمالات لديه تسمية.</translation>
    </message>
    <message>
        <source>Type a label's first letters in the Gold cell; Enter saves it and opens the next row.</source>
        <translation>اكتب الأحرف الأولى من التسمية في خلية المرجع؛ يحفظها Enter ويفتح الصف التالي.</translation>
    </message>
    <message numerus="yes">
        <source>Retraining {model} on %n label(s)…</source>
        <translation><numerusform>جارٍ إعادة تدريب {model} على %n تسمية…</numerusform><numerusform>جارٍ إعادة تدريب {model} على تسمية واحدة…</numerusform><numerusform>جارٍ إعادة تدريب {model} على تسميتين…</numerusform><numerusform>جارٍ إعادة تدريب {model} على %n تسميات…</numerusform><numerusform>جارٍ إعادة تدريب {model} على %n تسمية…</numerusform><numerusform>جارٍ إعادة تدريب {model} على %n تسمية…</numerusform></translation>
    </message>
    <message>
        <source>Cancelling the retraining…</source>
        <translation>جارٍ إلغاء إعادة التدريب…</translation>
    </message>
    <message>
        <source>Export the labels</source>
        <translation>تصدير التسميات</translation>
    </message>
    <message>
        <source>Same as the input ({pattern})</source>
        <translation>مثل ملف الإدخال ({pattern})</translation>
    </message>
    <message>
        <source>Saved {model} version {version} ({name}@{version}); classifying the batch with it…</source>
        <translation>حُفظ {model} الإصدار {version} ({name}@{version})؛ جارٍ تصنيف الدفعة به…</translation>
    </message>
    <message>
        <source>{message} Your labels are kept.</source>
        <translation>{message} تسمياتك محفوظة.</translation>
    </message>
    <message>
        <source>Retraining cancelled; nothing was saved and your labels are kept.</source>
        <translation>أُلغيت إعادة التدريب؛ لم يُحفظ شيء وتسمياتك محفوظة.</translation>
    </message>
    <message>
        <source>Saved the labels as {path}.</source>
        <translation>حُفظت التسميات باسم {path}.</translation>
    </message>
    <message>
        <source>Retrain {model} ({count} new)</source>
        <translation>إعادة تدريب {model} ({count} جديدة)</translation>
    </message>
    <message numerus="yes">
        <source>Train a new version of {model} on the file's labels and yours (%n new label(s)); the versions before it stay</source>
        <translation><numerusform>تدريب إصدار جديد من {model} على تسميات الملف وتسمياتك (%n تسمية جديدة)؛ تبقى الإصدارات السابقة</numerusform><numerusform>تدريب إصدار جديد من {model} على تسميات الملف وتسمياتك (تسمية جديدة واحدة)؛ تبقى الإصدارات السابقة</numerusform><numerusform>تدريب إصدار جديد من {model} على تسميات الملف وتسمياتك (تسميتان جديدتان)؛ تبقى الإصدارات السابقة</numerusform><numerusform>تدريب إصدار جديد من {model} على تسميات الملف وتسمياتك (%n تسميات جديدة)؛ تبقى الإصدارات السابقة</numerusform><numerusform>تدريب إصدار جديد من {model} على تسميات الملف وتسمياتك (%n تسمية جديدة)؛ تبقى الإصدارات السابقة</numerusform><numerusform>تدريب إصدار جديد من {model} على تسميات الملف وتسمياتك (%n تسمية جديدة)؛ تبقى الإصدارات السابقة</numerusform></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>n/a</source>
        <extracomment>A value's text that measures its column when the values are all shorter. What a model without the metric shows instead of a bar.</extracomment>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>{title} chart</source>
        <translation>مخطط {title}</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>لا توجد نتائج بعد</translation>
    </message>
    <message>
        <source>{label} {value} (best)</source>
        <translation>{label} {value} (الأفضل)</translation>
    </message>
</context>
<context>
    <name>BatchMetricsView</name>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>الضبط</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>الاستدعاء</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>مقياس F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>الدعم</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>المقاييس</translation>
    </message>
    <message>
        <source>Per-class metrics</source>
        <translation>المقاييس لكل فئة</translation>
    </message>
    <message>
        <source>Click a cell to see its rows in the table.</source>
        <translation>انقر خلية لعرض صفوفها في الجدول.</translation>
    </message>
    <message>
        <source>Click a cell to list its rows.</source>
        <translation>انقر خلية لسرد صفوفها.</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>F1 الكلي</translation>
    </message>
    <message numerus="yes">
        <source>{correct} of %n row(s) right · {wrong} wrong</source>
        <translation><numerusform>{correct} صحيحة من %n صف · {wrong} خاطئة</numerusform><numerusform>{correct} صحيحة من صف واحد · {wrong} خاطئة</numerusform><numerusform>{correct} صحيحة من صفين · {wrong} خاطئة</numerusform><numerusform>{correct} صحيحة من %n صفوف · {wrong} خاطئة</numerusform><numerusform>{correct} صحيحة من %n صفًا · {wrong} خاطئة</numerusform><numerusform>{correct} صحيحة من %n صف · {wrong} خاطئة</numerusform></translation>
    </message>
    <message>
        <source>so far: the run was cancelled</source>
        <translation>حتى الآن: أُلغي التشغيل</translation>
    </message>
</context>
<context>
    <name>BatchResultsModel</name>
    <message>
        <source>Row</source>
        <extracomment>Sort keys live here so numbers sort as numbers. Columns most rows leave empty: the view hides them until a row has something to say there. The columns' titles as shown, keyed by the English names the code finds columns by.</extracomment>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>عدم اليقين</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>زمن الاستجابة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>التحذيرات</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>الخطأ</translation>
    </message>
    <message>
        <source>Your label (the file says “{label}”)</source>
        <extracomment>The sparse columns some row has a value in, kept as results arrive (a run may have thousands). Whether the Uncertainty column is wanted (labelling the most uncertain rows first).</extracomment>
        <translation>تسميتك (الملف يقول «{label}»)</translation>
    </message>
    <message>
        <source>Your label</source>
        <translation>تسميتك</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>(فشل)</translation>
    </message>
    <message>
        <source>(abstained)</source>
        <translation>(امتنع)</translation>
    </message>
</context>
<context>
    <name>BatchResultsView</name>
    <message>
        <source>All rows</source>
        <extracomment>The widest a result column grows to fit its content; Text (and Translation) take the rest.</extracomment>
        <translation>كل الصفوف</translation>
    </message>
    <message>
        <source>Batch results</source>
        <translation>نتائج الدفعة</translation>
    </message>
    <message>
        <source>Results filter</source>
        <translation>عامل تصفية النتائج</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>إظهار الكل</translation>
    </message>
    <message>
        <source>Show all rows</source>
        <translation>إظهار كل الصفوف</translation>
    </message>
    <message>
        <source>Show every row again</source>
        <translation>إظهار كل الصفوف مجددًا</translation>
    </message>
    <message>
        <source>Show errors</source>
        <translation>إظهار الأخطاء</translation>
    </message>
    <message>
        <source>Show only the rows the model got wrong</source>
        <translation>إظهار الصفوف التي أخطأ فيها النموذج فقط</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <source>Save a copy of the output CSV</source>
        <translation>حفظ نسخة من ملف CSV الناتج</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.</source>
        <translation>تعذّر حفظ {name}: {reason}.</translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation>اختر مجلدًا أو اسم ملف آخر.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n wrong row(s).</source>
        <translation><numerusform>عرض %n صف خاطئ.</numerusform><numerusform>عرض صف خاطئ واحد.</numerusform><numerusform>عرض صفين خاطئين.</numerusform><numerusform>عرض %n صفوف خاطئة.</numerusform><numerusform>عرض %n صفًا خاطئًا.</numerusform><numerusform>عرض %n صف خاطئ.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) labelled “{gold}”, called “{predicted}”.</source>
        <translation><numerusform>عرض %n صف بتسمية «{gold}» صُنّفت «{predicted}».</numerusform><numerusform>عرض صف واحد بتسمية «{gold}» صُنّفت «{predicted}».</numerusform><numerusform>عرض صفين بتسمية «{gold}» صُنّفت «{predicted}».</numerusform><numerusform>عرض %n صفوف بتسمية «{gold}» صُنّفت «{predicted}».</numerusform><numerusform>عرض %n صفًا بتسمية «{gold}» صُنّفت «{predicted}».</numerusform><numerusform>عرض %n صف بتسمية «{gold}» صُنّفت «{predicted}».</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) correctly labelled “{gold}”.</source>
        <translation><numerusform>عرض %n صف مصنّفة بشكل صحيح «{gold}».</numerusform><numerusform>عرض صف واحد مصنّفة بشكل صحيح «{gold}».</numerusform><numerusform>عرض صفين مصنّفة بشكل صحيح «{gold}».</numerusform><numerusform>عرض %n صفوف مصنّفة بشكل صحيح «{gold}».</numerusform><numerusform>عرض %n صفًا مصنّفة بشكل صحيح «{gold}».</numerusform><numerusform>عرض %n صف مصنّفة بشكل صحيح «{gold}».</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} / %n row(s)</source>
        <translation><numerusform>{done} / %n صف</numerusform><numerusform>{done} / صف واحد</numerusform><numerusform>{done} / صفين</numerusform><numerusform>{done} / %n صفوف</numerusform><numerusform>{done} / %n صفًا</numerusform><numerusform>{done} / %n صف</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resumed</source>
        <translation><numerusform>المستأنفة: %n</numerusform><numerusform>المستأنفة: %n</numerusform><numerusform>المستأنفة: %n</numerusform><numerusform>المستأنفة: %n</numerusform><numerusform>المستأنفة: %n</numerusform><numerusform>المستأنفة: %n</numerusform></translation>
    </message>
    <message>
        <source>{rate} rows/s</source>
        <translation>{rate} صف/ث</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>متبقٍ نحو {time}</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after {done} of %n row(s). Run batch resumes where it stopped.</source>
        <translation><numerusform>أُلغي بعد {done} من %n صف. يستأنف «تشغيل الدفعة» من حيث توقف.</numerusform><numerusform>أُلغي بعد {done} من صف واحد. يستأنف «تشغيل الدفعة» من حيث توقف.</numerusform><numerusform>أُلغي بعد {done} من صفين. يستأنف «تشغيل الدفعة» من حيث توقف.</numerusform><numerusform>أُلغي بعد {done} من %n صفوف. يستأنف «تشغيل الدفعة» من حيث توقف.</numerusform><numerusform>أُلغي بعد {done} من %n صفًا. يستأنف «تشغيل الدفعة» من حيث توقف.</numerusform><numerusform>أُلغي بعد {done} من %n صف. يستأنف «تشغيل الدفعة» من حيث توقف.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n row(s) in {time}</source>
        <translation><numerusform>اكتمل: %n صف في {time}</numerusform><numerusform>اكتمل: صف واحد في {time}</numerusform><numerusform>اكتمل: صفان في {time}</numerusform><numerusform>اكتمل: %n صفوف في {time}</numerusform><numerusform>اكتمل: %n صفًا في {time}</numerusform><numerusform>اكتمل: %n صف في {time}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the earlier run</source>
        <translation><numerusform>المستأنفة من التشغيل السابق: %n</numerusform><numerusform>المستأنفة من التشغيل السابق: %n</numerusform><numerusform>المستأنفة من التشغيل السابق: %n</numerusform><numerusform>المستأنفة من التشغيل السابق: %n</numerusform><numerusform>المستأنفة من التشغيل السابق: %n</numerusform><numerusform>المستأنفة من التشغيل السابق: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>الفاشلة: %n</numerusform><numerusform>الفاشلة: %n</numerusform><numerusform>الفاشلة: %n</numerusform><numerusform>الفاشلة: %n</numerusform><numerusform>الفاشلة: %n</numerusform><numerusform>الفاشلة: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n abstained</source>
        <translation><numerusform>الممتنعة: %n</numerusform><numerusform>الممتنعة: %n</numerusform><numerusform>الممتنعة: %n</numerusform><numerusform>الممتنعة: %n</numerusform><numerusform>الممتنعة: %n</numerusform><numerusform>الممتنعة: %n</numerusform></translation>
    </message>
    <message>
        <source>saved as {name}</source>
        <translation>حُفظ باسم {name}</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) to label, the most uncertain first.</source>
        <translation><numerusform>عرض %n صف للتسمية، الأقل يقينًا أولًا.</numerusform><numerusform>عرض صف واحد للتسمية، الأقل يقينًا أولًا.</numerusform><numerusform>عرض صفان للتسمية، الأقل يقينًا أولًا.</numerusform><numerusform>عرض %n صفوف للتسمية، الأقل يقينًا أولًا.</numerusform><numerusform>عرض %n صفًا للتسمية، الأقل يقينًا أولًا.</numerusform><numerusform>عرض %n صف للتسمية، الأقل يقينًا أولًا.</numerusform></translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>تصدير النتائج</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <source>(none)</source>
        <extracomment>The gold column's "no column" choice.</extracomment>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>No file open.</source>
        <translation>لا يوجد ملف مفتوح.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>فتح ملف…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>فتح ملف</translation>
    </message>
    <message>
        <source>Open a CSV or JSONL file to run over</source>
        <translation>فتح ملف CSV أو JSONL لمعالجته</translation>
    </message>
    <message>
        <source>Batch file</source>
        <translation>ملف الدفعة</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation>عمود النص</translation>
    </message>
    <message>
        <source>The column whose text the model reads.</source>
        <translation>العمود الذي يقرأ النموذج نصه.</translation>
    </message>
    <message>
        <source>Gold column</source>
        <translation>عمود المرجع</translation>
    </message>
    <message>
        <source>The column with the right answers, to measure the model against (optional).</source>
        <translation>العمود الذي يحوي الإجابات الصحيحة لقياس النموذج عليها (اختياري).</translation>
    </message>
    <message>
        <source>&amp;Text column</source>
        <translation>عمود النص(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Gold column</source>
        <translation>عمود المرجع(&amp;G)</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>ملف الإخراج</translation>
    </message>
    <message>
        <source>Where the results go (chosen when a file is opened)</source>
        <translation>مكان حفظ النتائج (يُحدَّد عند فتح ملف)</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>تغيير…</translation>
    </message>
    <message>
        <source>Choose output file</source>
        <translation>اختيار ملف الإخراج</translation>
    </message>
    <message>
        <source>Choose where the results are saved</source>
        <translation>اختر مكان حفظ النتائج</translation>
    </message>
    <message>
        <source>O&amp;utput</source>
        <translation>الإخراج(&amp;U)</translation>
    </message>
    <message>
        <source>Resume notice</source>
        <translation>تنبيه الاستئناف</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <source>Discard the rows done by the earlier run</source>
        <translation>تجاهل الصفوف التي أنجزها التشغيل السابق</translation>
    </message>
    <message>
        <source>Rows at once</source>
        <translation>الصفوف في آن واحد</translation>
    </message>
    <message>
        <source>Rows sent to a remote model at once (it slows down when the provider says too many). Local models take one row at a time.</source>
        <translation>عدد الصفوف المرسلة إلى نموذج بعيد في آن واحد (يتباطأ عندما يشير المزوّد إلى كثرتها). النماذج المحلية تعالج صفًا واحدًا في كل مرة.</translation>
    </message>
    <message>
        <source>Run batch</source>
        <translation>تشغيل الدفعة</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>إلغاء الدفعة</translation>
    </message>
    <message>
        <source>Run the model over every row</source>
        <translation>تشغيل النموذج على كل صف</translation>
    </message>
    <message>
        <source>Stop after the rows in progress</source>
        <translation>الإيقاف بعد الصفوف الجارية</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>تقدم الدفعة</translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation>حالة الدفعة</translation>
    </message>
    <message>
        <source>Batch error</source>
        <translation>خطأ الدفعة</translation>
    </message>
    <message>
        <source>Batch notes</source>
        <translation>ملاحظات الدفعة</translation>
    </message>
    <message>
        <source>&amp;Rows at once</source>
        <translation>الصفوف في آن واحد(&amp;R)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>جارٍ قراءة {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Starting on %n row(s)…</source>
        <translation><numerusform>جارٍ البدء على %n صف…</numerusform><numerusform>جارٍ البدء على صف واحد…</numerusform><numerusform>جارٍ البدء على صفين…</numerusform><numerusform>جارٍ البدء على %n صفوف…</numerusform><numerusform>جارٍ البدء على %n صفًا…</numerusform><numerusform>جارٍ البدء على %n صف…</numerusform></translation>
    </message>
    <message>
        <source>Cancelling: finishing the rows in progress…</source>
        <translation>جارٍ الإلغاء: إنهاء الصفوف الجارية…</translation>
    </message>
    <message>
        <source>Open a file to run over</source>
        <translation>فتح ملف لمعالجته</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.jsonl);;All files (*)</source>
        <translation>جداول (*.csv *.tsv *.txt *.jsonl);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>{name} · %n row(s)</source>
        <translation><numerusform>{name} · %n صف</numerusform><numerusform>{name} · صف واحد</numerusform><numerusform>{name} · صفان</numerusform><numerusform>{name} · %n صفوف</numerusform><numerusform>{name} · %n صفًا</numerusform><numerusform>{name} · %n صف</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Choose the columns and press Run batch.</source>
        <translation><numerusform>%n صف. اختر الأعمدة ثم اضغط «تشغيل الدفعة».</numerusform><numerusform>صف واحد. اختر الأعمدة ثم اضغط «تشغيل الدفعة».</numerusform><numerusform>صفان. اختر الأعمدة ثم اضغط «تشغيل الدفعة».</numerusform><numerusform>%n صفوف. اختر الأعمدة ثم اضغط «تشغيل الدفعة».</numerusform><numerusform>%n صفًا. اختر الأعمدة ثم اضغط «تشغيل الدفعة».</numerusform><numerusform>%n صف. اختر الأعمدة ثم اضغط «تشغيل الدفعة».</numerusform></translation>
    </message>
    <message>
        <source>Save the results as</source>
        <translation>حفظ النتائج باسم</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not discard the earlier run</source>
        <translation>تعذّر تجاهل التشغيل السابق</translation>
    </message>
    <message>
        <source>{reason}. Choose another output file.</source>
        <translation>{reason}. اختر ملف إخراج آخر.</translation>
    </message>
    <message>
        <source>The earlier run was discarded; Run batch starts from the first row.</source>
        <translation>تم تجاهل التشغيل السابق؛ يبدأ «تشغيل الدفعة» من الصف الأول.</translation>
    </message>
    <message>
        <source>The output would overwrite the input</source>
        <translation>سيستبدل الإخراجُ ملفَ الإدخال</translation>
    </message>
    <message>
        <source>Choose another output file.</source>
        <translation>اختر ملف إخراج آخر.</translation>
    </message>
    <message>
        <source>Cannot write the results there</source>
        <translation>لا يمكن كتابة النتائج هناك</translation>
    </message>
    <message>
        <source>{folder} is not a folder Plinth can write to. Choose another output file.</source>
        <translation>{folder} ليس مجلدًا يمكن لـ Plinth الكتابة فيه. اختر ملف إخراج آخر.</translation>
    </message>
    <message>
        <source>{message} The rows done so far are kept: Run batch resumes after them.</source>
        <translation>{message} الصفوف المنجزة حتى الآن محفوظة: يستأنف «تشغيل الدفعة» بعدها.</translation>
    </message>
    <message>
        <source>Stopped by an error.</source>
        <translation>توقف بسبب خطأ.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>حُفظ {path}.</translation>
    </message>
    <message>
        <source>Not saved in the history</source>
        <translation>لم يُحفظ في السجل</translation>
    </message>
    <message>
        <source>An earlier run into {name} stopped part-way. Run batch resumes it when the model and settings are the same; Start over discards it.</source>
        <translation>توقف تشغيل سابق إلى {name} في منتصفه. يستأنفه «تشغيل الدفعة» إذا كان النموذج والإعدادات كما هي؛ ويتجاهله «البدء من جديد».</translation>
    </message>
</context>
<context>
    <name>ChatDocuments</name>
    <message>
        <source>No model was asked: nothing in the attached documents matched.</source>
        <extracomment>The title over Plinth's own reply when nothing in the documents matched.</extracomment>
        <translation>لم يُسأل أي نموذج: لا شيء في المستندات المرفقة يطابق.</translation>
    </message>
    <message>
        <source>Stopped while searching the documents.</source>
        <extracomment>Under an answer stopped before its passages were found.</extracomment>
        <translation>توقف أثناء البحث في المستندات.</translation>
    </message>
    <message>
        <source>Searching {names}…</source>
        <extracomment>The model and its title the answer searched for is to be asked.</extracomment>
        <translation>جارٍ البحث في {names}…</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Install a model or add a provider to start chatting.</source>
        <translation>ثبّت نموذجًا أو أضف مزوّدًا لبدء المحادثة.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <extracomment>Keys in ``settings.extra``. Models that have answered since they were (re)started; the others load first. The status line last shown for a model that cannot be used, cleared once it can.</extracomment>
        <translation>موجّه النظام</translation>
    </message>
    <message>
        <source>System prompt (optional), e.g. “You are a concise assistant.”</source>
        <translation>موجّه النظام (اختياري)، مثل: «أنت مساعد موجز.»</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>إعادة التوليد</translation>
    </message>
    <message>
        <source>Answer the last message again</source>
        <translation>الإجابة عن آخر رسالة مجددًا</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Button: copy the last answer to the clipboard</extracomment>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the last answer</source>
        <translation>نسخ آخر إجابة</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>بدء محادثة جديدة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Message — Enter to send, Shift+Enter for a new line</source>
        <translation>الرسالة — Enter للإرسال، وShift+Enter لسطر جديد</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>إرسال الرسالة</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>إيقاف الإجابة</translation>
    </message>
    <message>
        <source>Stop the answer before opening another conversation.</source>
        <translation>أوقف الإجابة قبل فتح محادثة أخرى.</translation>
    </message>
    <message>
        <source>Answer copied.</source>
        <translation>نُسخت الإجابة.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>توقف.</translation>
    </message>
    <message>
        <source>{model} is answering…</source>
        <translation>{model} يجيب…</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>جاهز.</translation>
    </message>
    <message>
        <source>{title}. You can send again.</source>
        <translation>{title}. يمكنك الإرسال مجددًا.</translation>
    </message>
    <message>
        <source>Type a message first.</source>
        <translation>اكتب رسالة أولًا.</translation>
    </message>
    <message>
        <source>Searching the documents…</source>
        <translation>جارٍ البحث في المستندات…</translation>
    </message>
    <message>
        <source>Nothing found in the attached documents.</source>
        <translation>لم يُعثر على شيء في المستندات المرفقة.</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>جارٍ تحميل النموذج…</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>يفكّر…</translation>
    </message>
    <message>
        <source>Could not save the conversation: {error}</source>
        <translation>تعذّر حفظ المحادثة: {error}</translation>
    </message>
    <message>
        <source>Could not reopen the last conversation: {error}</source>
        <translation>تعذّر إعادة فتح آخر محادثة: {error}</translation>
    </message>
    <message>
        <source>This conversation used {model}, which cannot run now; pick a model to continue it.</source>
        <translation>استخدمت هذه المحادثة {model}، الذي لا يمكن تشغيله الآن؛ اختر نموذجًا لمتابعتها.</translation>
    </message>
</context>
<context>
    <name>ChatParamsBar</name>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>Higher is more varied, lower is more focused.</source>
        <translation>القيمة الأعلى أكثر تنوعًا، والأدنى أكثر تركيزًا.</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>درجة الحرارة(&amp;T)</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>الحد الأقصى للرموز</translation>
    </message>
    <message>
        <source>The longest answer, in tokens.</source>
        <translation>أطول إجابة، بالرموز.</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens</source>
        <translation>الحد الأقصى للرموز(&amp;X)</translation>
    </message>
</context>
<context>
    <name>ChatTranscript</name>
    <message>
        <source>Plinth closed before this answer finished.</source>
        <extracomment>Shown under an answer that was still streaming when Plinth was killed or the computer stopped.</extracomment>
        <translation>أُغلق Plinth قبل اكتمال هذه الإجابة.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>المساعد</translation>
    </message>
</context>
<context>
    <name>CitedSources</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <extracomment>Finds a source's passage among its neighbours in the index; None when the index no longer holds it. The passage last opened (kept so it is not collected while shown).</extracomment>
        <translation><numerusform>%n مقطع</numerusform><numerusform>مقطع واحد</numerusform><numerusform>مقطعان</numerusform><numerusform>%n مقاطع</numerusform><numerusform>%n مقطعًا</numerusform><numerusform>%n مقطع</numerusform></translation>
    </message>
    <message>
        <source>~{tokens} tokens</source>
        <translation>~{tokens} رمز</translation>
    </message>
    <message numerus="yes">
        <source>%n trimmed to fit</source>
        <translation><numerusform>اقتُطع %n للملاءمة</numerusform><numerusform>اقتُطع %n للملاءمة</numerusform><numerusform>اقتُطع %n للملاءمة</numerusform><numerusform>اقتُطع %n للملاءمة</numerusform><numerusform>اقتُطع %n للملاءمة</numerusform><numerusform>اقتُطع %n للملاءمة</numerusform></translation>
    </message>
</context>
<context>
    <name>ConfusionHeatmap</name>
    <message>
        <source>Confusion matrix</source>
        <translation>مصفوفة الالتباس</translation>
    </message>
    <message>
        <source>No confusion matrix yet</source>
        <translation>لا توجد مصفوفة التباس بعد</translation>
    </message>
    <message>
        <source>Predicted</source>
        <extracomment>The axis of the model's labels (across the top of the confusion matrix).</extracomment>
        <translation>المتوقَّع</translation>
    </message>
    <message>
        <source>Gold</source>
        <extracomment>The axis of the right answers (down the side of the confusion matrix).</extracomment>
        <translation>المرجع</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) correctly labelled “{gold}”</source>
        <translation><numerusform>%n صف مصنّف بشكل صحيح «{gold}»</numerusform><numerusform>صف واحد مصنّف بشكل صحيح «{gold}»</numerusform><numerusform>صفان مصنّفان بشكل صحيح «{gold}»</numerusform><numerusform>%n صفوف مصنّفة بشكل صحيح «{gold}»</numerusform><numerusform>%n صفًا مصنّفًا بشكل صحيح «{gold}»</numerusform><numerusform>%n صف مصنّف بشكل صحيح «{gold}»</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) labelled “{gold}” that the model called “{predicted}” — click to see them</source>
        <translation><numerusform>%n صف بتسمية «{gold}» صنّفه النموذج «{predicted}» — انقر لعرضها</numerusform><numerusform>صف واحد بتسمية «{gold}» صنّفه النموذج «{predicted}» — انقر لعرضه</numerusform><numerusform>صفان بتسمية «{gold}» صنّفهما النموذج «{predicted}» — انقر لعرضهما</numerusform><numerusform>%n صفوف بتسمية «{gold}» صنّفها النموذج «{predicted}» — انقر لعرضها</numerusform><numerusform>%n صفًا بتسمية «{gold}» صنّفها النموذج «{predicted}» — انقر لعرضها</numerusform><numerusform>%n صف بتسمية «{gold}» صنّفها النموذج «{predicted}» — انقر لعرضها</numerusform></translation>
    </message>
    <message>
        <source>gold {gold}, predicted {predicted}: {count}</source>
        <translation>المرجع {gold}، المتوقَّع {predicted}: {count}</translation>
    </message>
</context>
<context>
    <name>DocumentsAttach</name>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Answer from your document collections, with citations</source>
        <translation>الإجابة من مجموعات مستنداتك، مع الاستشهادات</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>المستندات المرفقة</translation>
    </message>
    <message>
        <source>Passages from {names} → {destination}</source>
        <translation>مقاطع من {names} ← {destination}</translation>
    </message>
    <message>
        <source>Docs: {names}</source>
        <translation>المستندات: {names}</translation>
    </message>
    <message>
        <source>{privacy}: the passages found for each question are sent with it.</source>
        <translation>{privacy}: تُرسل المقاطع التي يُعثر عليها لكل سؤال معه.</translation>
    </message>
    <message>
        <source>The passages found for each question stay on this computer.</source>
        <translation>تبقى المقاطع التي يُعثر عليها لكل سؤال على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Cannot read the collections: {error}</source>
        <translation>تعذّرت قراءة المجموعات: {error}</translation>
    </message>
    <message>
        <source>No collections yet: add some in the Documents tab</source>
        <translation>لا توجد مجموعات بعد: أضف بعضها في تبويب المستندات</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Untitled conversation</source>
        <extracomment>The title shown for a conversation without one (translated where shown).</extracomment>
        <translation>محادثة بلا عنوان</translation>
    </message>
    <message>
        <source>Pinned</source>
        <extracomment>The date groups, in the order they are listed: the key ``date_group`` gives, and its shown text.</extracomment>
        <translation>المثبّتة</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>أقدم</translation>
    </message>
    <message>
        <source>no model</source>
        <extracomment>The background of a search hit; the text on it stays dark in light and dark palettes. A search hit's snippet as rich text, the matched words highlighted.</extracomment>
        <translation>بلا نموذج</translation>
    </message>
    <message>
        <source>{group} (group)</source>
        <translation>{group} (مجموعة)</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>No saved versions yet</source>
        <translation>لا توجد إصدارات محفوظة بعد</translation>
    </message>
    <message>
        <source>Learning history</source>
        <translation>سجل التعلّم</translation>
    </message>
    <message>
        <source>Each saved version: labels learnt from (across), cross-validated macro-F1 (up)</source>
        <translation>كل إصدار محفوظ: التسميات التي تعلّم منها (أفقيًا)، وmacro-F1 بالتحقق المتقاطع (رأسيًا)</translation>
    </message>
    <message numerus="yes">
        <source>version {version}: %n label(s), macro-F1 {f1}</source>
        <translation><numerusform>الإصدار {version}: %n تسمية، macro-F1 {f1}</numerusform><numerusform>الإصدار {version}: تسمية واحدة، macro-F1 {f1}</numerusform><numerusform>الإصدار {version}: تسميتان، macro-F1 {f1}</numerusform><numerusform>الإصدار {version}: %n تسميات، macro-F1 {f1}</numerusform><numerusform>الإصدار {version}: %n تسمية، macro-F1 {f1}</numerusform><numerusform>الإصدار {version}: %n تسمية، macro-F1 {f1}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{f1} · %n label(s)</source>
        <translation><numerusform>{f1} · %n تسمية</numerusform><numerusform>{f1} · تسمية واحدة</numerusform><numerusform>{f1} · تسميتان</numerusform><numerusform>{f1} · %n تسميات</numerusform><numerusform>{f1} · %n تسمية</numerusform><numerusform>{f1} · %n تسمية</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <source>%n message(s) · {model}</source>
        <translation><numerusform>%n رسالة · {model}</numerusform><numerusform>رسالة واحدة · {model}</numerusform><numerusform>رسالتان · {model}</numerusform><numerusform>%n رسائل · {model}</numerusform><numerusform>%n رسالة · {model}</numerusform><numerusform>%n رسالة · {model}</numerusform></translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>New chat</source>
        <extracomment>How long after the last key press the search runs. How long "Conversation deleted — Undo" stays. The conversation whose answer is streaming: it cannot be deleted now. A refresh asked for while a title was being edited: it runs once the editor closes.</extracomment>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>بدء محادثة جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>البحث في المحادثات</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>بحث (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>نتيجة البحث</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <source>Pin</source>
        <extracomment>Verb: keep the conversation at the top of the list</extracomment>
        <translation>تثبيت</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>تصدير بصيغة Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>تصدير بصيغة JSON…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Conversation deleted</source>
        <translation>حُذفت المحادثة</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوفة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>التراجع عن الحذف</translation>
    </message>
    <message>
        <source>Bring the conversation back (Ctrl+Z)</source>
        <translation>استعادة المحادثة (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo bar</source>
        <translation>شريط التراجع</translation>
    </message>
    <message>
        <source>Could not read the history: {error}</source>
        <translation>تعذّرت قراءة السجل: {error}</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>ملفات Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <source>Stop the answer before deleting this conversation.</source>
        <translation>أوقف الإجابة قبل حذف هذه المحادثة.</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>حُذفت «{title}»</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>لم يُعثر على شيء لـ«{query}».</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>تصدير المحادثة</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}.</source>
        <translation>تعذّرت كتابة {path}: {error}.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <source>Exported “{title}” to {path}.</source>
        <translation>صُدّرت «{title}» إلى {path}.</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>إلغاء التثبيت</translation>
    </message>
</context>
<context>
    <name>LabelDelegate</name>
    <message>
        <source>Label editor</source>
        <translation>محرر التسمية</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System default ({language})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{variable}={code} is set: it overrides this choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plinth will use {language} from its next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart now? Your conversations and settings are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MetricsTable</name>
    <message>
        <source>Metrics</source>
        <extracomment>Item data role that is True on the cells holding a row's best value. Says how the metric is measured and which way is better (the row header's tooltip).</extracomment>
        <translation>المقاييس</translation>
    </message>
    <message>
        <source>Best: {metric}</source>
        <extracomment>Tooltip of a metrics table cell with the best value; {metric} is the metric's name.</extracomment>
        <translation>الأفضل: {metric}</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Transcript</source>
        <extracomment>Most time one flush spends rendering markdown (laying it out costs about as much again); the rest waits for the next one. Finished blocks are rendered in pieces of about this many characters, so a flush can stop within its budget. A message longer than this shows its beginning and says how long it is: laying out a megabyte in a QTextDocument stalls the window for about a second, and nobody reads it there. The whole text still goes to the model, the history and exports. How close to the end (in pixels) still counts as reading the latest text. The "jump to latest" button's distance from the text's bottom-right corner. Just after the header; rendered content follows. End of the last block rendered as markdown; the plain tail follows. Where the last rendered block starts, in the source and on screen, while later text may still extend it (a list, an indented code block). (stats line, error) once the answer has ended; the last blocks may still be rendering.</extracomment>
        <translation>نص المحادثة</translation>
    </message>
    <message>
        <source>Ask anything to start the conversation.</source>
        <translation>اسأل أي شيء لبدء المحادثة.</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <extracomment>The latest answer's frame, for its sources once it is complete. The placeholder in the next answer's place (``show_waiting``). Whether new text scrolls into view: until the reader scrolls up, and again once they are back at the bottom or jump there. A state, not a check before each change: the document is laid out later (and again when the view is first shown or resized), so the end moves after the text has gone in. Held at the top until the reader scrolls (``show_from_start``): a finished answer reopened is read from its start, and the layout that comes later must not count as reaching its end.</extracomment>
        <translation>الانتقال إلى الأحدث</translation>
    </message>
    <message>
        <source>↓ Latest</source>
        <translation>↓ الأحدث</translation>
    </message>
    <message>
        <source>Scroll to the latest message and follow the answer again</source>
        <translation>التمرير إلى أحدث رسالة ومتابعة الإجابة مجددًا</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>The header over the person's own message in the chat</extracomment>
        <translation>أنت</translation>
    </message>
    <message>
        <source>… shortened here: the message has {length} characters and only the first {shown} are shown. The whole message is kept: in the history and its exports.</source>
        <translation>… اختُصرت هنا: تحتوي الرسالة على {length} حرفًا ويُعرض أول {shown} فقط. تُحفظ الرسالة كاملة في السجل وملفات تصديره.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>المصادر:</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>tok/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rows/min</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_StatsLine</name>
    <message>
        <source>TTFT {seconds}</source>
        <extracomment>The languages Plinth's window speaks, by code, each named in itself (the settings' list). The languages with a translation (English is the source). Overrides the setting and the system for scripts and tests: PLINTH_LANG=vi, ar, pt_BR... Where the compiled translations are (``make`` builds them from the ``.ts`` beside them).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{tokens_in} in (estimated) / {tokens_out} out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{tokens_in} in / {tokens_out} out</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n cached</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped at length limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n earliest message(s) left out (context full)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>With {rows} labelled rows and {labels} labels, {method} scores best: {scores}.</source>
        <translation>مع {rows} صفًا موسومًا و{labels} تسميات، يحقق {method} أفضل نتيجة: {scores}.</translation>
    </message>
    <message>
        <source>The gap ({gap}) is {why}: these data cannot tell them apart{tail}.</source>
        <translation>الفرق ({gap}) {why}: لا تستطيع هذه البيانات التمييز بينهما{tail}.</translation>
    </message>
    <message>
        <source>{method} gets within {near} of its full-set score from {rows} rows.</source>
        <translation>يقترب {method} من نتيجته على المجموعة الكاملة بفارق {near} بدءًا من {rows} صفًا.</translation>
    </message>
    <message>
        <source>{score} macro-F1 at {rate} rows/s and {price}</source>
        <translation>macro-F1 بقيمة {score} بسرعة {rate} صف/ث و{price}</translation>
    </message>
    <message>
        <source>{cost} per 1,000 rows</source>
        <translation>{cost} لكل 1000 صف</translation>
    </message>
    <message>
        <source>Nothing was measured yet.</source>
        <translation>لم يُقَس شيء بعد.</translation>
    </message>
    <message>
        <source>{method} is ahead by {gap}, more than the spread over seeds and test rows.</source>
        <translation>يتقدّم {method} بفارق {gap}، وهو أكبر من التباين بين البذور وصفوف الاختبار.</translation>
    </message>
    <message>
        <source>; {method} is the cheaper and faster choice</source>
        <translation>؛ و{method} هو الخيار الأرخص والأسرع</translation>
    </message>
    <message>
        <source>The two are level{tail}.</source>
        <translation>الاثنان متعادلان{tail}.</translation>
    </message>
    <message>
        <source>within the spread over seeds (±{spread})</source>
        <translation>ضمن التباين بين البذور (±{spread})</translation>
    </message>
    <message>
        <source>within what {rows} test rows can tell apart (about ±{resolution})</source>
        <translation>ضمن ما يمكن لـ {rows} صف اختبار تمييزه (نحو ±{resolution})</translation>
    </message>
    <message>
        <source>More labelled rows may still help {method}: its curve is still rising at the full set.</source>
        <translation>قد تفيد صفوف موسومة إضافية {method}: فمنحناه لا يزال يرتفع عند المجموعة الكاملة.</translation>
    </message>
    <message>
        <source>an unknown price</source>
        <translation>سعر غير معروف</translation>
    </message>
    <message>
        <source>no cost</source>
        <translation>دون تكلفة</translation>
    </message>
    <message>
        <source>prompting {model} with examples by similarity</source>
        <translation>توجيه {model} بأمثلة حسب التشابه</translation>
    </message>
    <message>
        <source>No method does clearly better than guessing (about {chance} with these labels).</source>
        <translation>لا توجد طريقة أفضل بوضوح من التخمين (نحو {chance} مع هذه التسميات).</translation>
    </message>
    <message>
        <source>{method} reaches {scores}.</source>
        <translation>يبلغ {method} {scores}.</translation>
    </message>
    <message>
        <source>; {method} is also the cheaper and faster one</source>
        <translation>؛ و{method} هو أيضًا الأرخص والأسرع</translation>
    </message>
    <message>
        <source>prompting {model} zero-shot</source>
        <translation>توجيه {model} دون أمثلة (zero-shot)</translation>
    </message>
    <message>
        <source>prompting {model} with fixed examples</source>
        <translation>توجيه {model} بأمثلة ثابتة</translation>
    </message>
    <message>
        <source>Prompting {model} with examples by similarity</source>
        <translation>توجيه {model} بأمثلة حسب التشابه</translation>
    </message>
    <message>
        <source>the embedding classifier ({model})</source>
        <translation>مصنّف التضمين ({model})</translation>
    </message>
    <message>
        <source>The embedding classifier</source>
        <translation>مصنّف التضمين</translation>
    </message>
    <message>
        <source>the embedding classifier</source>
        <translation>مصنّف التضمين</translation>
    </message>
    <message>
        <source>Prompting {model} zero-shot</source>
        <translation>توجيه {model} دون أمثلة (zero-shot)</translation>
    </message>
    <message>
        <source>Prompting {model} with fixed examples</source>
        <translation>توجيه {model} بأمثلة ثابتة</translation>
    </message>
    <message>
        <source>The embedding classifier ({model})</source>
        <translation>مصنّف التضمين ({model})</translation>
    </message>
    <message>
        <source>The embedding cache cannot be used</source>
        <translation>تعذّر استخدام ذاكرة التضمين المؤقتة</translation>
    </message>
    <message>
        <source>A saved classifier cannot be read</source>
        <translation>تعذّرت قراءة مصنّف محفوظ</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>F1 الكلي</translation>
    </message>
    <message>
        <source>Load time</source>
        <translation>وقت التحميل</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>الوقت حتى أول رمز</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <source>Rows per minute</source>
        <translation>صفوف في الدقيقة</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>رموز الإدخال</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation>رموز الإخراج</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>الزمن الفعلي</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Cost per 1,000 rows</source>
        <translation>التكلفة لكل 1000 صف</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>ذروة الذاكرة</translation>
    </message>
    <message>
        <source>Saved comparisons cannot be used</source>
        <translation>تعذّر استخدام المقارنات المحفوظة</translation>
    </message>
    <message>
        <source>Comparison not found</source>
        <translation>لم يُعثر على المقارنة</translation>
    </message>
    <message>
        <source>{times} slower</source>
        <translation>أبطأ {times}</translation>
    </message>
    <message>
        <source>at {times} the cost</source>
        <translation>بتكلفة {times}</translation>
    </message>
    <message>
        <source>{points} points less accurate than {model} ({b} against {a})</source>
        <translation>أقل دقة من {model} بـ {points} نقطة ({b} مقابل {a})</translation>
    </message>
    <message>
        <source>Compared with {reference}, {model} is {speed} {cost}.</source>
        <translation>مقارنةً بـ {reference}، فإن {model} {speed} {cost}.</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file}</source>
        <translation>العمود {column} من كل صف في {file}</translation>
    </message>
    <message>
        <source>about as fast</source>
        <translation>بالسرعة نفسها تقريبًا</translation>
    </message>
    <message>
        <source>{times} faster</source>
        <translation>أسرع {times}</translation>
    </message>
    <message>
        <source>at an unknown cost (no price is known for either)</source>
        <translation>بتكلفة غير معروفة (لا يُعرف سعر أيٍّ منهما)</translation>
    </message>
    <message>
        <source>at an unknown cost (no price is known for {model})</source>
        <translation>بتكلفة غير معروفة (لا يُعرف سعر {model})</translation>
    </message>
    <message>
        <source>at {cost} ({model}'s cost is unknown)</source>
        <translation>بتكلفة {cost} (تكلفة {model} غير معروفة)</translation>
    </message>
    <message>
        <source>at no cost, like {model}</source>
        <translation>دون تكلفة، مثل {model}</translation>
    </message>
    <message>
        <source>at no cost</source>
        <translation>دون تكلفة</translation>
    </message>
    <message>
        <source>at {cost} where {model} costs nothing</source>
        <translation>بتكلفة {cost} بينما {model} مجاني</translation>
    </message>
    <message>
        <source>at about the same cost</source>
        <translation>بتكلفة مماثلة تقريبًا</translation>
    </message>
    <message>
        <source>at {percent} of the cost</source>
        <translation>بـ {percent} من التكلفة</translation>
    </message>
    <message>
        <source>as accurate as {model} (within {points} point)</source>
        <translation>بدقة {model} نفسها (بفارق لا يتجاوز {points} نقطة)</translation>
    </message>
    <message>
        <source>{points} points more accurate than {model} ({b} against {a})</source>
        <translation>أدق من {model} بـ {points} نقطة ({b} مقابل {a})</translation>
    </message>
    <message>
        <source>{model} is {accuracy} {cost}, {speed}.</source>
        <translation>{model} {accuracy} {cost}، {speed}.</translation>
    </message>
    <message>
        <source>Compared with {reference}, {model} is {cost}; speed unknown.</source>
        <translation>مقارنةً بـ {reference}، فإن {model} {cost}؛ السرعة غير معروفة.</translation>
    </message>
    <message>
        <source>the prompt ({n} characters)</source>
        <translation>الموجّه ({n} حرفًا)</translation>
    </message>
    <message>
        <source>the text to translate ({n} characters)</source>
        <translation>النص المراد ترجمته ({n} حرفًا)</translation>
    </message>
    <message>
        <source>the text and the labels ({n} characters)</source>
        <translation>النص والتسميات ({n} حرفًا)</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} and the labels</source>
        <translation>العمود {column} من كل صف في {file} والتسميات</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} (not the {gold} column)</source>
        <translation>العمود {column} من كل صف في {file} (وليس العمود {gold})</translation>
    </message>
    <message>
        <source>Nothing was sent off this computer: nothing in the documents matched, so no model was asked.</source>
        <translation>لم يُرسَل شيء خارج هذا الجهاز: لم يطابق شيء في المستندات، لذا لم يُسأل أي نموذج.</translation>
    </message>
    <message>
        <source>at 1/{share} of the cost</source>
        <translation>بـ 1/{share} من التكلفة</translation>
    </message>
    <message>
        <source>No model finished, so there is nothing to compare.</source>
        <translation>لم يكتمل أي نموذج، لذا لا يوجد ما يُقارَن.</translation>
    </message>
    <message>
        <source>They disagree: {choices}.</source>
        <translation>النماذج مختلفة: {choices}.</translation>
    </message>
    <message>
        <source>Accuracy is unknown for some models.</source>
        <translation>دقة بعض النماذج غير معروفة.</translation>
    </message>
    <message>
        <source>Quality is not measured: read the answers side by side.</source>
        <translation>الجودة غير مقيسة: اقرأ الإجابات جنبًا إلى جنب.</translation>
    </message>
    <message>
        <source>the prompt and each column's system prompt (up to {n} characters)</source>
        <translation>الموجّه وموجّه النظام لكل عمود (حتى {n} حرفًا)</translation>
    </message>
    <message>
        <source>the prompt and the system prompt ({n} characters)</source>
        <translation>الموجّه وموجّه النظام ({n} حرفًا)</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} and the labels (not the {gold} column)</source>
        <translation>العمود {column} من كل صف في {file} والتسميات (وليس العمود {gold})</translation>
    </message>
    <message>
        <source>Stayed on this computer: {models}.</source>
        <translation>بقي على هذا الجهاز: {models}.</translation>
    </message>
    <message>
        <source>Nothing was sent off this computer.</source>
        <translation>لم يُرسَل شيء خارج هذا الجهاز.</translation>
    </message>
    <message>
        <source>Only {model} finished, so there is nothing to compare.</source>
        <translation>لم يكتمل سوى {model}، لذا لا يوجد ما يُقارَن.</translation>
    </message>
    <message>
        <source>{model} failed ({error}).</source>
        <translation>فشل {model} ({error}).</translation>
    </message>
    <message>
        <source>All chose {label}.</source>
        <translation>اختارت جميعها {label}.</translation>
    </message>
    <message>
        <source>{model} chose {label}</source>
        <translation>اختار {model} {label}</translation>
    </message>
    <message>
        <source>Accuracy is unknown: no gold column was given.</source>
        <translation>الدقة غير معروفة: لم يُحدَّد عمود الإجابات الصحيحة.</translation>
    </message>
    <message>
        <source>Sent to {where}: {what}.</source>
        <translation>أُرسل إلى {where}: {what}.</translation>
    </message>
    <message>
        <source>Sent to {where} and {last}: {what}.</source>
        <translation>أُرسل إلى {where} و{last}: {what}.</translation>
    </message>
    <message>
        <source>speed unknown</source>
        <translation>السرعة غير معروفة</translation>
    </message>
    <message>
        <source>{model} was stopped.</source>
        <translation>أُوقف {model}.</translation>
    </message>
    <message>
        <source>Both chose {label}.</source>
        <translation>اختار كلاهما {label}.</translation>
    </message>
    <message>
        <source>Documents cannot be used</source>
        <translation>تعذّر استخدام المستندات</translation>
    </message>
    <message>
        <source>The questions file cannot be used</source>
        <translation>تعذّر استخدام ملف الأسئلة</translation>
    </message>
    <message>
        <source>File not indexed</source>
        <translation>الملف غير مفهرس</translation>
    </message>
    <message>
        <source>Another embedding model</source>
        <translation>نموذج تضمين آخر</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>لا يوجد نموذج تضمين</translation>
    </message>
    <message>
        <source>No such collection</source>
        <translation>لا توجد مجموعة بهذا الاسم</translation>
    </message>
    <message>
        <source>Collection exists</source>
        <translation>المجموعة موجودة</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>Model not found</source>
        <translation>لم يُعثر على النموذج</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>تعذّر تحميل النموذج</translation>
    </message>
    <message>
        <source>The model's chat template failed</source>
        <translation>فشل قالب المحادثة الخاص بالنموذج</translation>
    </message>
    <message>
        <source>The model stopped unexpectedly</source>
        <translation>توقف النموذج بشكل غير متوقع</translation>
    </message>
    <message>
        <source>Text too long for this model</source>
        <translation>النص طويل جدًا لهذا النموذج</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>لا يوجد ما يُرسَل</translation>
    </message>
    <message>
        <source>Key rejected</source>
        <translation>رُفض المفتاح</translation>
    </message>
    <message>
        <source>Rate limit or quota reached</source>
        <translation>تم بلوغ حد المعدل أو الحصة</translation>
    </message>
    <message>
        <source>The provider's server failed</source>
        <translation>فشل خادم المزوّد</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>رُفض الطلب</translation>
    </message>
    <message>
        <source>Not found on the server</source>
        <translation>غير موجود على الخادم</translation>
    </message>
    <message>
        <source>This server cannot classify</source>
        <translation>لا يستطيع هذا الخادم التصنيف</translation>
    </message>
    <message>
        <source>This JSON Schema cannot be used with this model</source>
        <translation>لا يمكن استخدام JSON Schema هذا مع هذا النموذج</translation>
    </message>
    <message>
        <source>Cannot reach the provider</source>
        <translation>تعذّر الوصول إلى المزوّد</translation>
    </message>
    <message>
        <source>The provider did not answer in time</source>
        <translation>لم يستجب المزوّد في الوقت المناسب</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>لا تتوفر سلسلة مفاتيح</translation>
    </message>
    <message>
        <source>Nothing leaves this computer</source>
        <translation>لا شيء يغادر هذا الجهاز</translation>
    </message>
    <message>
        <source>Conversation not found</source>
        <translation>لم يُعثر على المحادثة</translation>
    </message>
    <message>
        <source>Message not found</source>
        <translation>لم يُعثر على الرسالة</translation>
    </message>
    <message>
        <source>History cannot be used</source>
        <translation>تعذّر استخدام السجل</translation>
    </message>
    <message>
        <source>History is from a newer Plinth</source>
        <translation>السجل من إصدار أحدث من Plinth</translation>
    </message>
    <message>
        <source>History is damaged</source>
        <translation>السجل تالف</translation>
    </message>
    <message>
        <source>Not a LoRA adapter</source>
        <translation>ليس محوّل LoRA</translation>
    </message>
    <message>
        <source>The model catalogue is damaged</source>
        <translation>فهرس النماذج تالف</translation>
    </message>
    <message>
        <source>Not enough disk space</source>
        <translation>لا توجد مساحة كافية على القرص</translation>
    </message>
    <message>
        <source>The download was corrupted</source>
        <translation>التنزيل تالف</translation>
    </message>
    <message>
        <source>This model is gated</source>
        <translation>هذا النموذج مقيّد الوصول</translation>
    </message>
    <message>
        <source>Cannot reach the Hugging Face Hub</source>
        <translation>تعذّر الوصول إلى Hugging Face Hub</translation>
    </message>
    <message>
        <source>The Hugging Face Hub failed</source>
        <translation>فشل Hugging Face Hub</translation>
    </message>
    <message>
        <source>Model already in the library</source>
        <translation>النموذج موجود بالفعل في المكتبة</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>إعدادات المزوّد</translation>
    </message>
    <message>
        <source>The keychain refused</source>
        <translation>رفضت سلسلة المفاتيح</translation>
    </message>
    <message>
        <source>The local API could not start</source>
        <translation>تعذّر تشغيل واجهة API المحلية</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation>رمز الخادم</translation>
    </message>
    <message>
        <source>The answer cache cannot be used</source>
        <translation>تعذّر استخدام ذاكرة الإجابات المؤقتة</translation>
    </message>
    <message>
        <source>The task file cannot be used</source>
        <translation>تعذّر استخدام ملف المهمة</translation>
    </message>
    <message>
        <source>The JSON path cannot be used</source>
        <translation>تعذّر استخدام مسار JSON</translation>
    </message>
    <message>
        <source>Task library</source>
        <translation>مكتبة المهام</translation>
    </message>
    <message>
        <source>The promptfoo config cannot be imported</source>
        <translation>تعذّر استيراد إعدادات promptfoo</translation>
    </message>
    <message>
        <source>Task run not found</source>
        <translation>لم يُعثر على تشغيل المهمة</translation>
    </message>
    <message>
        <source>The task cannot run</source>
        <translation>لا يمكن تشغيل المهمة</translation>
    </message>
    <message>
        <source>A template variable has no value</source>
        <translation>متغيّر في القالب بلا قيمة</translation>
    </message>
    <message>
        <source>The file cannot be used</source>
        <translation>تعذّر استخدام الملف</translation>
    </message>
</context>
</TS>