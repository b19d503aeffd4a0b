<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Plinth</source>
        <extracomment>Narrowest the dialog gets: the versions table and a data folder path stay readable.</extracomment>
        <translation>حول Plinth</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>غير مثبّت</translation>
    </message>
    <message>
        <source>A desktop workbench for language models: run open models on this computer, or use a model behind an API, side by side.</source>
        <translation>منصة عمل مكتبية للنماذج اللغوية: شغّل النماذج المفتوحة على هذا الجهاز، أو استخدم نموذجًا عبر API، جنبًا إلى جنب.</translation>
    </message>
    <message>
        <source>Licence: {licence}.</source>
        <translation>الترخيص: {licence}.</translation>
    </message>
    <message>
        <source>Data folder: {link}</source>
        <translation>مجلد البيانات: {link}</translation>
    </message>
</context>
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
        <source>Type a label&apos;s first letters in the Gold cell; Enter saves it and opens the next row.</source>
        <translation>اكتب الأحرف الأولى من التسمية في خلية المرجع؛ يحفظها Enter ويفتح الصف التالي.</translation>
    </message>
    <message numerus="yes">
        <source>Retraining {model} on %n label(s)…</source>
        <translation>
            <numerusform>جارٍ إعادة تدريب {model} على %Ln تسمية…</numerusform>
            <numerusform>جارٍ إعادة تدريب {model} على تسمية واحدة…</numerusform>
            <numerusform>جارٍ إعادة تدريب {model} على تسميتين…</numerusform>
            <numerusform>جارٍ إعادة تدريب {model} على %Ln تسميات…</numerusform>
            <numerusform>جارٍ إعادة تدريب {model} على %Ln تسمية…</numerusform>
            <numerusform>جارٍ إعادة تدريب {model} على %Ln تسمية…</numerusform>
        </translation>
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
        <source>Train a new version of {model} on the file&apos;s labels and yours (%n new label(s)); the versions before it stay</source>
        <translation>
            <numerusform>تدريب إصدار جديد من {model} على تسميات الملف وتسمياتك (%Ln تسمية جديدة)؛ تبقى الإصدارات السابقة</numerusform>
            <numerusform>تدريب إصدار جديد من {model} على تسميات الملف وتسمياتك (تسمية جديدة واحدة)؛ تبقى الإصدارات السابقة</numerusform>
            <numerusform>تدريب إصدار جديد من {model} على تسميات الملف وتسمياتك (تسميتان جديدتان)؛ تبقى الإصدارات السابقة</numerusform>
            <numerusform>تدريب إصدار جديد من {model} على تسميات الملف وتسمياتك (%Ln تسميات جديدة)؛ تبقى الإصدارات السابقة</numerusform>
            <numerusform>تدريب إصدار جديد من {model} على تسميات الملف وتسمياتك (%Ln تسمية جديدة)؛ تبقى الإصدارات السابقة</numerusform>
            <numerusform>تدريب إصدار جديد من {model} على تسميات الملف وتسمياتك (%Ln تسمية جديدة)؛ تبقى الإصدارات السابقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdaptPage</name>
    <message>
        <source>Adapt</source>
        <translation>التكييف</translation>
    </message>
</context>
<context>
    <name>AdaptationForm</name>
    <message>
        <source>None: a quarter of the rows test</source>
        <translation>لا يوجد: يُستخدم ربع الصفوف للاختبار</translation>
    </message>
    <message>
        <source>The labels&apos; names only, asked of each chat model</source>
        <translation>أسماء التسميات فقط، تُطرح على كل نموذج محادثة</translation>
    </message>
    <message>
        <source>A few fixed training rows as examples in every prompt</source>
        <translation>بضعة صفوف تدريب ثابتة كأمثلة في كل موجّه</translation>
    </message>
    <message>
        <source>For each row, the k most similar training rows as examples (needs the embedding model)</source>
        <translation>لكل صف، أكثر k صفوف تدريب تشابهًا كأمثلة (يتطلب نموذج التضمين)</translation>
    </message>
    <message>
        <source>A logistic regression trained on the embedding model&apos;s vectors: no chat model</source>
        <translation>انحدار لوجستي مدرَّب على متجهات نموذج التضمين: دون نموذج محادثة</translation>
    </message>
    <message>
        <source>Labelled files (*.csv *.tsv *.jsonl *.json);;All files (*)</source>
        <translation>ملفات مُعلَّمة (*.csv *.tsv *.jsonl *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>“{text}” are not training sizes.</source>
        <translation>«{text}» ليست أحجام تدريب.</translation>
    </message>
    <message>
        <source>Write whole numbers separated by commas, e.g. 8, 16, 32.</source>
        <translation>اكتب أعدادًا صحيحة تفصل بينها فواصل، مثل 8, 16, 32.</translation>
    </message>
    <message>
        <source>Give at least one training size above zero.</source>
        <translation>حدّد حجم تدريب واحدًا على الأقل أكبر من الصفر.</translation>
    </message>
    <message>
        <source>For example {sizes}.</source>
        <translation>مثلًا {sizes}.</translation>
    </message>
    <message>
        <source>Labelled file…</source>
        <translation>ملف مُعلَّم…</translation>
    </message>
    <message>
        <source>Choose labelled file</source>
        <translation>اختيار الملف المُعلَّم</translation>
    </message>
    <message>
        <source>A CSV or JSONL file of texts and their labels</source>
        <translation>ملف CSV أو JSONL يضم نصوصًا وتسمياتها</translation>
    </message>
    <message>
        <source>Labelled file</source>
        <translation>الملف المُعلَّم</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation>عمود النص</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation>عمود التسميات</translation>
    </message>
    <message>
        <source>Test file…</source>
        <translation>ملف الاختبار…</translation>
    </message>
    <message>
        <source>Choose test file</source>
        <translation>اختيار ملف الاختبار</translation>
    </message>
    <message>
        <source>A separate file of test rows, same columns</source>
        <translation>ملف منفصل لصفوف الاختبار، بالأعمدة نفسها</translation>
    </message>
    <message>
        <source>No test file</source>
        <translation>بلا ملف اختبار</translation>
    </message>
    <message>
        <source>Split the labelled file instead</source>
        <translation>تقسيم الملف المُعلَّم بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Test file</source>
        <translation>ملف الاختبار</translation>
    </message>
    <message>
        <source>Chat models</source>
        <translation>نماذج المحادثة</translation>
    </message>
    <message>
        <source>The chat models that zero-shot and few-shot prompt, each its own curve</source>
        <translation>نماذج المحادثة المستخدمة دون أمثلة ومع أمثلة قليلة، لكل منها منحناه</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>نموذج التضمين</translation>
    </message>
    <message>
        <source>Embeds the rows for few-shot by similarity and the embedding classifier</source>
        <translation>يضمّن الصفوف لطريقة الأمثلة القليلة حسب التشابه ولمصنّف التضمين</translation>
    </message>
    <message>
        <source>Training sizes</source>
        <translation>أحجام التدريب</translation>
    </message>
    <message>
        <source>Labelled training rows per point of the curve; every training row is added as the last</source>
        <translation>صفوف التدريب المُعلَّمة لكل نقطة من المنحنى؛ تُضاف كل صفوف التدريب كنقطة أخيرة</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>البذور</translation>
    </message>
    <message>
        <source>Draws of each size: the band&apos;s spread</source>
        <translation>عدد السحوبات لكل حجم: اتساع النطاق</translation>
    </message>
    <message>
        <source>Examples per prompt</source>
        <translation>أمثلة لكل موجّه</translation>
    </message>
    <message>
        <source>k: examples in each few-shot prompt</source>
        <translation>k: عدد الأمثلة في كل موجّه بأمثلة قليلة</translation>
    </message>
    <message>
        <source>&amp;Text column</source>
        <translation>عمود النص(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Label column</source>
        <translation>عمود التسميات(&amp;L)</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>الطرق</translation>
    </message>
    <message>
        <source>&amp;Chat models (zero-shot, few-shot)</source>
        <translation>نماذج المحادثة (دون أمثلة، أمثلة قليلة)(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Embedding model</source>
        <translation>نموذج التضمين(&amp;E)</translation>
    </message>
    <message>
        <source>Training si&amp;zes</source>
        <translation>أحجام التدريب(&amp;Z)</translation>
    </message>
    <message>
        <source>See&amp;ds</source>
        <translation>البذور(&amp;D)</translation>
    </message>
    <message>
        <source>E&amp;xamples (k)</source>
        <extracomment>The label before the number k of examples in each few-shot prompt</extracomment>
        <translation>الأمثلة (k)(&amp;X)</translation>
    </message>
    <message>
        <source>Choose a labelled file first.</source>
        <translation>اختر ملفًا مُعلَّمًا أولًا.</translation>
    </message>
    <message>
        <source>A CSV or JSONL file with a text column and a label column.</source>
        <translation>ملف CSV أو JSONL فيه عمود للنص وعمود للتسميات.</translation>
    </message>
    <message>
        <source>Choose another file, or fix this one and choose it again.</source>
        <translation>اختر ملفًا آخر، أو أصلح هذا الملف واختره مجددًا.</translation>
    </message>
    <message>
        <source>The labelled file is still being read.</source>
        <translation>لا يزال الملف المُعلَّم قيد القراءة.</translation>
    </message>
    <message>
        <source>Wait a moment, then run.</source>
        <translation>انتظر قليلًا ثم شغّل.</translation>
    </message>
    <message>
        <source>The text and label columns are the same column.</source>
        <translation>عمود النص وعمود التسميات هما العمود نفسه.</translation>
    </message>
    <message>
        <source>Pick the column of labels under Label column.</source>
        <translation>اختر عمود التسميات في «عمود التسميات».</translation>
    </message>
    <message>
        <source>Tick at least one method.</source>
        <translation>حدّد طريقة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Zero-shot and the embedding classifier are a good start.</source>
        <translation>طريقة دون أمثلة ومصنّف التضمين بداية جيدة.</translation>
    </message>
    <message>
        <source>No chat model is ticked for {methods}.</source>
        <translation>لم يُحدَّد أي نموذج محادثة لـ{methods}.</translation>
    </message>
    <message>
        <source>Tick one or more chat models, or untick those methods.</source>
        <translation>حدّد نموذج محادثة واحدًا أو أكثر، أو ألغِ تحديد تلك الطرق.</translation>
    </message>
    <message>
        <source>No embedding model is available.</source>
        <translation>لا يتوفر أي نموذج تضمين.</translation>
    </message>
    <message>
        <source>Install a local model or add a provider with embeddings.</source>
        <translation>ثبّت نموذجًا محليًا أو أضف مزوّدًا يدعم التضمين.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Sent to {destination}</source>
        <translation>يُرسَل إلى {destination}</translation>
    </message>
    <message>
        <source>Runs on this computer</source>
        <translation>يعمل على هذا الجهاز</translation>
    </message>
    <message>
        <source>A quarter of the labelled file&apos;s rows, drawn per label with the seed, are kept for testing</source>
        <translation>يُحتفظ بربع صفوف الملف المُعلَّم، مسحوبة لكل تسمية باستخدام البذرة، للاختبار</translation>
    </message>
</context>
<context>
    <name>AdaptationNames</name>
    <message>
        <source>Zero-shot</source>
        <translation>دون أمثلة</translation>
    </message>
    <message>
        <source>Few-shot</source>
        <translation>أمثلة قليلة</translation>
    </message>
    <message>
        <source>Few-shot by similarity</source>
        <translation>أمثلة قليلة حسب التشابه</translation>
    </message>
    <message>
        <source>Embedding classifier</source>
        <translation>مصنّف التضمين</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>cost</comment>
        <extracomment>A cost per 1,000 rows that has no price</extracomment>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>free</source>
        <comment>cost</comment>
        <extracomment>A cost per 1,000 rows on this computer: nothing to pay</extracomment>
        <translation>مجاني</translation>
    </message>
</context>
<context>
    <name>AdaptationView</name>
    <message>
        <source>Is prompting a big model worth its price on your task, or do a few dozen labels and a small local model do as well? Every method is scored on the same held-out rows of your labelled file, at growing numbers of training rows.</source>
        <translation>هل يستحق استخدام الموجّهات مع نموذج كبير ثمنه في مهمتك، أم أن بضع عشرات من التسميات ونموذجًا محليًا صغيرًا يؤديان بالقدر نفسه؟ تُقيَّم كل طريقة على الصفوف المحجوزة نفسها من ملفك المُسمّى، مع أعداد متزايدة من صفوف التدريب.</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <extracomment>Seconds of a run before its time left is guessed.</extracomment>
        <translation>يتبقى نحو {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>يتبقى نحو {minutes} دقيقة</translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation>يتبقى نحو {hours} ساعة</translation>
    </message>
    <message>
        <source>Run</source>
        <extracomment>The cells the running run has finished, drawn as they come. How much was done when the running run first reported (a resumed run starts part-way).</extracomment>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <translation>تشغيل المقارنة</translation>
    </message>
    <message>
        <source>Run every method at every size (Ctrl+Enter)</source>
        <translation>تشغيل كل طريقة بكل حجم (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel comparison</source>
        <translation>إلغاء المقارنة</translation>
    </message>
    <message>
        <source>Stop the run; finished cells are kept (Esc)</source>
        <translation>إيقاف التشغيل؛ تُحفظ الخلايا المكتملة (Esc)</translation>
    </message>
    <message>
        <source>Adaptation status</source>
        <translation>حالة التكييف</translation>
    </message>
    <message>
        <source>Adaptation progress</source>
        <translation>تقدّم التكييف</translation>
    </message>
    <message>
        <source>Adaptation error</source>
        <translation>خطأ في التكييف</translation>
    </message>
    <message>
        <source>Classifier name</source>
        <translation>اسم المصنّف</translation>
    </message>
    <message>
        <source>Name, e.g. tickets</source>
        <extracomment>&quot;tickets&quot; is an example name: letters, digits, dots, dashes or underscores only.</extracomment>
        <translation>الاسم، مثل tickets</translation>
    </message>
    <message>
        <source>Save as classifier…</source>
        <translation>حفظ كمصنّف…</translation>
    </message>
    <message>
        <source>Save as classifier</source>
        <translation>حفظ كمصنّف</translation>
    </message>
    <message>
        <source>Train the embedding classifier on every row of the labelled file and save it: it is then a model, classifier:NAME</source>
        <translation>درّب مصنّف التضمين على كل صفوف الملف المُسمّى واحفظه: يصبح عندها نموذجًا، classifier:NAME</translation>
    </message>
    <message>
        <source>Trained classifier</source>
        <translation>مصنّف مدرَّب</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>لم يبدأ.</translation>
    </message>
    <message>
        <source>Stopping… finished cells are kept.</source>
        <translation>جارٍ الإيقاف… تُحفظ الخلايا المكتملة.</translation>
    </message>
    <message>
        <source>Reading the labelled file…</source>
        <translation>جارٍ قراءة الملف المُسمّى…</translation>
    </message>
    <message>
        <source>no training rows</source>
        <translation>بلا صفوف تدريب</translation>
    </message>
    <message numerus="yes">
        <source>%n training row(s)</source>
        <translation>
            <numerusform>%Ln صف تدريب</numerusform>
            <numerusform>صف تدريب واحد</numerusform>
            <numerusform>صفّا تدريب</numerusform>
            <numerusform>%Ln صفوف تدريب</numerusform>
            <numerusform>%Ln صف تدريب</numerusform>
            <numerusform>%Ln صف تدريب</numerusform>
        </translation>
    </message>
    <message>
        <source>{method}, {rows}</source>
        <extracomment>A method, then how many training rows it has: &quot;Few-shot · local:smol, 16 training rows&quot;.</extracomment>
        <translation>{method}، {rows}</translation>
    </message>
    <message>
        <source>cell {number} of {total}</source>
        <extracomment>A cell is one method at one training size (and seed).</extracomment>
        <translation>الخلية {number} من {total}</translation>
    </message>
    <message>
        <source>Done in {seconds} s.</source>
        <translation>اكتمل في {seconds} s.</translation>
    </message>
    <message>
        <source>Stopped. Run again to go on from the cells already finished.</source>
        <translation>تم الإيقاف. شغّل مرة أخرى للمتابعة من الخلايا المكتملة.</translation>
    </message>
    <message>
        <source>{title}.</source>
        <extracomment>The status line after a failed run: the error&apos;s title.</extracomment>
        <translation>{title}.</translation>
    </message>
    <message>
        <source>Name the classifier</source>
        <translation>سمِّ المصنّف</translation>
    </message>
    <message>
        <source>Use letters, digits, dots, dashes or underscores, starting with a letter or digit (e.g. tickets-v2).</source>
        <translation>استخدم حروفًا لاتينية أو أرقامًا أو نقاطًا أو شرطات أو شرطات سفلية، على أن يبدأ الاسم بحرف أو رقم (مثل tickets-v2).</translation>
    </message>
    <message>
        <source>Training the classifier “{name}” on every row of the labelled file…</source>
        <translation>جارٍ تدريب المصنّف «{name}» على كل صفوف الملف المُسمّى…</translation>
    </message>
    <message>
        <source>Embedding the training rows: {done} of {total}…</source>
        <translation>جارٍ تضمين صفوف التدريب: {done} من {total}…</translation>
    </message>
    <message>
        <source>Saved {model} (version {version}): pick it as the model above.</source>
        <translation>تم حفظ {model} (الإصدار {version}): اختره نموذجًا في الأعلى.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>لم يُحفظ.</translation>
    </message>
</context>
<context>
    <name>AddAdapterDialog</name>
    <message>
        <source>Add LoRA adapter</source>
        <translation>إضافة محوّل LoRA</translation>
    </message>
    <message>
        <source>Adapter file</source>
        <translation>ملف المحوّل</translation>
    </message>
    <message>
        <source>a LoRA adapter&apos;s .gguf file</source>
        <translation>ملف .gguf لمحوّل LoRA</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Pick the adapter&apos;s .gguf file</source>
        <translation>اختر ملف .gguf الخاص بالمحوّل</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>النموذج الأساسي</translation>
    </message>
    <message>
        <source>The model the adapter was trained on: it runs with the adapter applied</source>
        <translation>النموذج الذي دُرّب عليه المحوّل: يعمل مع تطبيق المحوّل</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>1 applies the adapter as trained; 0 leaves the base model as it is</source>
        <translation>القيمة 1 تطبّق المحوّل كما دُرّب؛ والقيمة 0 تترك النموذج الأساسي كما هو</translation>
    </message>
    <message>
        <source>Variant name</source>
        <translation>اسم النسخة</translation>
    </message>
    <message>
        <source>BASE+ADAPTER (the default)</source>
        <translation>الأساسي+المحوّل (الافتراضي)</translation>
    </message>
    <message>
        <source>Use the file where it is (no copy)</source>
        <translation>استخدام الملف في مكانه (دون نسخ)</translation>
    </message>
    <message>
        <source>Leave the adapter where it is and remember its path; a file in the models folder is never copied</source>
        <translation>اترك المحوّل في مكانه واحفظ مساره؛ لا يُنسخ أبدًا أي ملف في مجلد النماذج</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>button: add the adapter</comment>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Pick a LoRA adapter</source>
        <translation>اختيار محوّل LoRA</translation>
    </message>
    <message>
        <source>GGUF files (*.gguf);;All files (*)</source>
        <translation>ملفات GGUF (*.gguf);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>n/a</source>
        <extracomment>A value&apos;s text that measures its column when the values are all shorter. What a model without the metric shows instead of a bar.</extracomment>
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
        <translation>
            <numerusform>{correct} صحيحة من %Ln صف · {wrong} خاطئة</numerusform>
            <numerusform>{correct} صحيحة من صف واحد · {wrong} خاطئة</numerusform>
            <numerusform>{correct} صحيحة من صفين · {wrong} خاطئة</numerusform>
            <numerusform>{correct} صحيحة من %Ln صفوف · {wrong} خاطئة</numerusform>
            <numerusform>{correct} صحيحة من %Ln صفًا · {wrong} خاطئة</numerusform>
            <numerusform>{correct} صحيحة من %Ln صف · {wrong} خاطئة</numerusform>
        </translation>
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
        <extracomment>Sort keys live here so numbers sort as numbers. Columns most rows leave empty: the view hides them until a row has something to say there. The columns&apos; titles as shown, keyed by the English names the code finds columns by.</extracomment>
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
        <translation>
            <numerusform>عرض %Ln صف خاطئ.</numerusform>
            <numerusform>عرض صف خاطئ واحد.</numerusform>
            <numerusform>عرض صفين خاطئين.</numerusform>
            <numerusform>عرض %Ln صفوف خاطئة.</numerusform>
            <numerusform>عرض %Ln صفًا خاطئًا.</numerusform>
            <numerusform>عرض %Ln صف خاطئ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) labelled “{gold}”, called “{predicted}”.</source>
        <translation>
            <numerusform>عرض %Ln صف بتسمية «{gold}» صُنّفت «{predicted}».</numerusform>
            <numerusform>عرض صف واحد بتسمية «{gold}» صُنّفت «{predicted}».</numerusform>
            <numerusform>عرض صفين بتسمية «{gold}» صُنّفت «{predicted}».</numerusform>
            <numerusform>عرض %Ln صفوف بتسمية «{gold}» صُنّفت «{predicted}».</numerusform>
            <numerusform>عرض %Ln صفًا بتسمية «{gold}» صُنّفت «{predicted}».</numerusform>
            <numerusform>عرض %Ln صف بتسمية «{gold}» صُنّفت «{predicted}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) correctly labelled “{gold}”.</source>
        <translation>
            <numerusform>عرض %Ln صف مصنّفة بشكل صحيح «{gold}».</numerusform>
            <numerusform>عرض صف واحد مصنّفة بشكل صحيح «{gold}».</numerusform>
            <numerusform>عرض صفين مصنّفة بشكل صحيح «{gold}».</numerusform>
            <numerusform>عرض %Ln صفوف مصنّفة بشكل صحيح «{gold}».</numerusform>
            <numerusform>عرض %Ln صفًا مصنّفة بشكل صحيح «{gold}».</numerusform>
            <numerusform>عرض %Ln صف مصنّفة بشكل صحيح «{gold}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} / %n row(s)</source>
        <translation>
            <numerusform>{done} / %Ln صف</numerusform>
            <numerusform>{done} / صف واحد</numerusform>
            <numerusform>{done} / صفين</numerusform>
            <numerusform>{done} / %Ln صفوف</numerusform>
            <numerusform>{done} / %Ln صفًا</numerusform>
            <numerusform>{done} / %Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resumed</source>
        <translation>
            <numerusform>المستأنفة: %Ln</numerusform>
            <numerusform>المستأنفة: %Ln</numerusform>
            <numerusform>المستأنفة: %Ln</numerusform>
            <numerusform>المستأنفة: %Ln</numerusform>
            <numerusform>المستأنفة: %Ln</numerusform>
            <numerusform>المستأنفة: %Ln</numerusform>
        </translation>
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
        <translation>
            <numerusform>أُلغي بعد {done} من %Ln صف. يستأنف «تشغيل الدفعة» من حيث توقف.</numerusform>
            <numerusform>أُلغي بعد {done} من صف واحد. يستأنف «تشغيل الدفعة» من حيث توقف.</numerusform>
            <numerusform>أُلغي بعد {done} من صفين. يستأنف «تشغيل الدفعة» من حيث توقف.</numerusform>
            <numerusform>أُلغي بعد {done} من %Ln صفوف. يستأنف «تشغيل الدفعة» من حيث توقف.</numerusform>
            <numerusform>أُلغي بعد {done} من %Ln صفًا. يستأنف «تشغيل الدفعة» من حيث توقف.</numerusform>
            <numerusform>أُلغي بعد {done} من %Ln صف. يستأنف «تشغيل الدفعة» من حيث توقف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n row(s) in {time}</source>
        <translation>
            <numerusform>اكتمل: %Ln صف في {time}</numerusform>
            <numerusform>اكتمل: صف واحد في {time}</numerusform>
            <numerusform>اكتمل: صفان في {time}</numerusform>
            <numerusform>اكتمل: %Ln صفوف في {time}</numerusform>
            <numerusform>اكتمل: %Ln صفًا في {time}</numerusform>
            <numerusform>اكتمل: %Ln صف في {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the earlier run</source>
        <translation>
            <numerusform>المستأنفة من التشغيل السابق: %Ln</numerusform>
            <numerusform>المستأنفة من التشغيل السابق: %Ln</numerusform>
            <numerusform>المستأنفة من التشغيل السابق: %Ln</numerusform>
            <numerusform>المستأنفة من التشغيل السابق: %Ln</numerusform>
            <numerusform>المستأنفة من التشغيل السابق: %Ln</numerusform>
            <numerusform>المستأنفة من التشغيل السابق: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>الفاشلة: %Ln</numerusform>
            <numerusform>الفاشلة: %Ln</numerusform>
            <numerusform>الفاشلة: %Ln</numerusform>
            <numerusform>الفاشلة: %Ln</numerusform>
            <numerusform>الفاشلة: %Ln</numerusform>
            <numerusform>الفاشلة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abstained</source>
        <translation>
            <numerusform>الممتنعة: %Ln</numerusform>
            <numerusform>الممتنعة: %Ln</numerusform>
            <numerusform>الممتنعة: %Ln</numerusform>
            <numerusform>الممتنعة: %Ln</numerusform>
            <numerusform>الممتنعة: %Ln</numerusform>
            <numerusform>الممتنعة: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>saved as {name}</source>
        <translation>حُفظ باسم {name}</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) to label, the most uncertain first.</source>
        <translation>
            <numerusform>عرض %Ln صف للتسمية، الأقل يقينًا أولًا.</numerusform>
            <numerusform>عرض صف واحد للتسمية، الأقل يقينًا أولًا.</numerusform>
            <numerusform>عرض صفان للتسمية، الأقل يقينًا أولًا.</numerusform>
            <numerusform>عرض %Ln صفوف للتسمية، الأقل يقينًا أولًا.</numerusform>
            <numerusform>عرض %Ln صفًا للتسمية، الأقل يقينًا أولًا.</numerusform>
            <numerusform>عرض %Ln صف للتسمية، الأقل يقينًا أولًا.</numerusform>
        </translation>
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
        <extracomment>The gold column&apos;s &quot;no column&quot; choice.</extracomment>
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
        <translation>
            <numerusform>جارٍ البدء على %Ln صف…</numerusform>
            <numerusform>جارٍ البدء على صف واحد…</numerusform>
            <numerusform>جارٍ البدء على صفين…</numerusform>
            <numerusform>جارٍ البدء على %Ln صفوف…</numerusform>
            <numerusform>جارٍ البدء على %Ln صفًا…</numerusform>
            <numerusform>جارٍ البدء على %Ln صف…</numerusform>
        </translation>
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
        <translation>
            <numerusform>{name} · %Ln صف</numerusform>
            <numerusform>{name} · صف واحد</numerusform>
            <numerusform>{name} · صفان</numerusform>
            <numerusform>{name} · %Ln صفوف</numerusform>
            <numerusform>{name} · %Ln صفًا</numerusform>
            <numerusform>{name} · %Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Choose the columns and press Run batch.</source>
        <translation>
            <numerusform>%Ln صف. اختر الأعمدة ثم اضغط «تشغيل الدفعة».</numerusform>
            <numerusform>صف واحد. اختر الأعمدة ثم اضغط «تشغيل الدفعة».</numerusform>
            <numerusform>صفان. اختر الأعمدة ثم اضغط «تشغيل الدفعة».</numerusform>
            <numerusform>%Ln صفوف. اختر الأعمدة ثم اضغط «تشغيل الدفعة».</numerusform>
            <numerusform>%Ln صفًا. اختر الأعمدة ثم اضغط «تشغيل الدفعة».</numerusform>
            <numerusform>%Ln صف. اختر الأعمدة ثم اضغط «تشغيل الدفعة».</numerusform>
        </translation>
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
        <extracomment>The title over Plinth&apos;s own reply when nothing in the documents matched.</extracomment>
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
    <name>CheckTable</name>
    <message>
        <source>Name</source>
        <extracomment>The checks table&apos;s columns: header → the ``CheckSpec`` field it edits.</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>التفاوت</translation>
    </message>
    <message>
        <source>Min length</source>
        <translation>أدنى طول</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>أقصى طول</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>العتبة</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>الفحوصات</translation>
    </message>
    <message>
        <source>This task: checks[{row}].{field}: {value} is not a number. Type a number such as 0.5.</source>
        <translation>هذه المهمة: checks[{row}].{field}: القيمة {value} ليست رقمًا. اكتب رقمًا مثل 0.5.</translation>
    </message>
    <message>
        <source>This task: checks[{row}].{field}: {value} is not a whole number. Type a whole number, or leave it empty.</source>
        <translation>هذه المهمة: checks[{row}].{field}: القيمة {value} ليست عددًا صحيحًا. اكتب عددًا صحيحًا أو اتركه فارغًا.</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>Questions (*.csv)</source>
        <translation>الأسئلة (*.csv)</translation>
    </message>
    <message>
        <source>keyword</source>
        <extracomment>A search mode, in the retrieval check&apos;s scores.</extracomment>
        <translation>الكلمات المفتاحية</translation>
    </message>
    <message>
        <source>semantic</source>
        <translation>دلالي</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>هجين</translation>
    </message>
    <message>
        <source>A CSV with the columns question, file and, optionally, page: each question and the file (and page) that answers it. The check searches every question in each mode and scores where the right file comes.</source>
        <translation>ملف CSV يحتوي على الأعمدة question وfile واختياريًا page: كل سؤال والملف (والصفحة) الذي يجيب عنه. يبحث الفحص عن كل سؤال في كل وضع ويقيّم موضع ظهور الملف الصحيح.</translation>
    </message>
    <message>
        <source>Questions file…</source>
        <translation>ملف الأسئلة…</translation>
    </message>
    <message>
        <source>Questions file</source>
        <translation>ملف الأسئلة</translation>
    </message>
    <message>
        <source>Questions file name</source>
        <translation>اسم ملف الأسئلة</translation>
    </message>
    <message>
        <source>Check k</source>
        <translation>قيمة k للفحص</translation>
    </message>
    <message>
        <source>How many hits per question count</source>
        <translation>عدد النتائج المحتسبة لكل سؤال</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>حالة الفحص</translation>
    </message>
    <message>
        <source>Check scores</source>
        <translation>نتائج الفحص</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Recall@k</source>
        <translation>الاستدعاء@k</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>الأعلى أفضل</translation>
    </message>
    <message>
        <source>Recall@{k}</source>
        <translation>الاستدعاء@{k}</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), top {k} hits per question.</source>
        <translation>
            <numerusform>%Ln سؤال، أول {k} نتائج لكل سؤال.</numerusform>
            <numerusform>سؤال واحد، أول {k} نتائج لكل سؤال.</numerusform>
            <numerusform>سؤالان، أول {k} نتائج لكل سؤال.</numerusform>
            <numerusform>%Ln أسئلة، أول {k} نتائج لكل سؤال.</numerusform>
            <numerusform>%Ln سؤالًا، أول {k} نتائج لكل سؤال.</numerusform>
            <numerusform>%Ln سؤال، أول {k} نتائج لكل سؤال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Semantic and hybrid need an embedding model for this collection.</source>
        <translation>يحتاج البحث الدلالي والهجين إلى نموذج تضمين لهذه المجموعة.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
</context>
<context>
    <name>CitedSources</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <extracomment>Finds a source&apos;s passage among its neighbours in the index; None when the index no longer holds it. The passage last opened (kept so it is not collected while shown).</extracomment>
        <translation>
            <numerusform>%Ln مقطع</numerusform>
            <numerusform>مقطع واحد</numerusform>
            <numerusform>مقطعان</numerusform>
            <numerusform>%Ln مقاطع</numerusform>
            <numerusform>%Ln مقطعًا</numerusform>
            <numerusform>%Ln مقطع</numerusform>
        </translation>
    </message>
    <message>
        <source>~{tokens} tokens</source>
        <translation>~{tokens} رمز</translation>
    </message>
    <message numerus="yes">
        <source>%n trimmed to fit</source>
        <translation>
            <numerusform>اقتُطع %Ln للملاءمة</numerusform>
            <numerusform>اقتُطع %Ln للملاءمة</numerusform>
            <numerusform>اقتُطع %Ln للملاءمة</numerusform>
            <numerusform>اقتُطع %Ln للملاءمة</numerusform>
            <numerusform>اقتُطع %Ln للملاءمة</numerusform>
            <numerusform>اقتُطع %Ln للملاءمة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassificationPanel</name>
    <message>
        <source>Classification model</source>
        <extracomment>Where the panel keeps its state in ``Settings.extra``. What a first start offers, so the panel works before anything is typed. The text and labels of the classification running, for the history. The Adapt tab (issue 17), with the services it needs; None: the panel has no such tab. The new version of a retrained classifier the next batch run uses (active labelling), once.</extracomment>
        <translation>نموذج التصنيف</translation>
    </message>
    <message>
        <source>Classification notice</source>
        <translation>تنبيه التصنيف</translation>
    </message>
    <message>
        <source>Classification mode</source>
        <translation>وضع التصنيف</translation>
    </message>
    <message>
        <source>Classification batch</source>
        <translation>تصنيف على دفعة</translation>
    </message>
    <message>
        <source>Label set name</source>
        <translation>اسم مجموعة التسميات</translation>
    </message>
    <message>
        <source>Name this label set to save it</source>
        <translation>سمِّ مجموعة التسميات هذه لحفظها</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save label set</source>
        <translation>حفظ مجموعة التسميات</translation>
    </message>
    <message>
        <source>Save these labels under the name given</source>
        <translation>حفظ هذه التسميات بالاسم المُدخَل</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete label set</source>
        <translation>حذف مجموعة التسميات</translation>
    </message>
    <message>
        <source>Forget the saved label set of this name</source>
        <translation>نسيان مجموعة التسميات المحفوظة بهذا الاسم</translation>
    </message>
    <message>
        <source>Label &amp;set</source>
        <translation>مجموعة التسميات(&amp;S)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>التسميات</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>الوصف (اختياري)</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>إضافة تسمية</translation>
    </message>
    <message>
        <source>Add a label to the set</source>
        <translation>إضافة تسمية إلى المجموعة</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>إزالة التسمية</translation>
    </message>
    <message>
        <source>Remove the selected labels</source>
        <translation>إزالة التسميات المحددة</translation>
    </message>
    <message>
        <source>Label set error</source>
        <translation>خطأ في مجموعة التسميات</translation>
    </message>
    <message>
        <source>Mult&amp;i-label</source>
        <translation>تسميات متعددة(&amp;I)</translation>
    </message>
    <message>
        <source>Multi-label</source>
        <translation>تسميات متعددة</translation>
    </message>
    <message>
        <source>Each text may get several labels, or none of them</source>
        <translation>قد يحصل كل نص على عدة تسميات أو على لا شيء منها</translation>
    </message>
    <message>
        <source>Abstain below confidence</source>
        <translation>الامتناع دون درجة الثقة</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>The confidence threshold at 0: never abstain</extracomment>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Give no label when the model is less sure than this (needs a model that gives probabilities)</source>
        <translation>لا تُعطَ أي تسمية إذا كانت ثقة النموذج أقل من هذا (يتطلب نموذجًا يعطي احتمالات)</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <source>Instruction (optional), e.g. “Sort support tickets by team”</source>
        <translation>التعليمات (اختيارية)، مثل «صنّف تذاكر الدعم حسب الفريق»</translation>
    </message>
    <message>
        <source>Examples (optional)</source>
        <translation>أمثلة (اختيارية)</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>الأمثلة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Add example</source>
        <translation>إضافة مثال</translation>
    </message>
    <message>
        <source>Add a worked example</source>
        <translation>إضافة مثال محلول</translation>
    </message>
    <message>
        <source>Remove example</source>
        <translation>إزالة المثال</translation>
    </message>
    <message>
        <source>Remove the selected examples</source>
        <translation>إزالة الأمثلة المحددة</translation>
    </message>
    <message>
        <source>A&amp;bstain below</source>
        <translation>الامتناع دون(&amp;B)</translation>
    </message>
    <message>
        <source>Text to classify</source>
        <translation>النص المراد تصنيفه</translation>
    </message>
    <message>
        <source>Text to classify — Ctrl+Enter classifies</source>
        <translation>النص المراد تصنيفه — Ctrl+Enter للتصنيف</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop classification</source>
        <translation>إيقاف التصنيف</translation>
    </message>
    <message>
        <source>Stop classifying (Esc)</source>
        <translation>إيقاف التصنيف (Esc)</translation>
    </message>
    <message>
        <source>Classify</source>
        <comment>verb</comment>
        <extracomment>The button that classifies the typed text</extracomment>
        <translation>تصنيف</translation>
    </message>
    <message>
        <source>Classify the text (Ctrl+Enter)</source>
        <translation>تصنيف النص (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Classification status</source>
        <translation>حالة التصنيف</translation>
    </message>
    <message>
        <source>Classification error</source>
        <translation>خطأ في التصنيف</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Result detail</source>
        <translation>تفاصيل النتيجة</translation>
    </message>
    <message>
        <source>Classification stats</source>
        <translation>إحصاءات التصنيف</translation>
    </message>
    <message>
        <source>Adapt</source>
        <comment>tab</comment>
        <translation>التكييف</translation>
    </message>
    <message>
        <source>Loaded the label set “{name}”.</source>
        <translation>حُمِّلت مجموعة التسميات «{name}».</translation>
    </message>
    <message>
        <source>Name the label set first (in the box beside “Label set”).</source>
        <translation>سمِّ مجموعة التسميات أولًا (في المربع بجوار «مجموعة التسميات»).</translation>
    </message>
    <message>
        <source>Saved the label set “{name}”.</source>
        <translation>حُفظت مجموعة التسميات «{name}».</translation>
    </message>
    <message>
        <source>Deleted the saved label set “{name}”; the labels below stay.</source>
        <translation>حُذفت مجموعة التسميات المحفوظة «{name}»؛ تبقى التسميات أدناه.</translation>
    </message>
    <message>
        <source>Type or paste a text first.</source>
        <translation>اكتب نصًا أو الصقه أولًا.</translation>
    </message>
    <message>
        <source>Classifying…</source>
        <translation>جارٍ التصنيف…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>توقّف.</translation>
    </message>
    <message>
        <source>each label scored by the model</source>
        <translation>كل تسمية قيّمها النموذج</translation>
    </message>
    <message>
        <source>from the provider&apos;s log-probabilities</source>
        <translation>من اللوغاريتمات الاحتمالية لدى المزوّد</translation>
    </message>
    <message>
        <source>chosen under a JSON schema</source>
        <translation>اختيرت وفق مخطط JSON</translation>
    </message>
    <message>
        <source>chosen in JSON mode</source>
        <translation>اختيرت في وضع JSON</translation>
    </message>
    <message>
        <source>chosen with a tool</source>
        <translation>اختيرت بأداة</translation>
    </message>
    <message>
        <source>chosen from an enum</source>
        <translation>اختيرت من قائمة تعداد</translation>
    </message>
    <message>
        <source>generated and matched to a label</source>
        <translation>وُلّدت ثم طوبقت مع تسمية</translation>
    </message>
    <message>
        <source>(abstained)</source>
        <extracomment>Shown instead of a label when no label was sure enough</extracomment>
        <translation>(امتناع)</translation>
    </message>
    <message>
        <source>{value} % sure</source>
        <translation>ثقة {value} %</translation>
    </message>
    <message>
        <source>no label reached {value} %</source>
        <translation>لم تبلغ أي تسمية {value} %</translation>
    </message>
    <message>
        <source>{model} was trained on the labels {labels}: use them (a model picked with an empty label table fills it in), or pick another model.</source>
        <translation>دُرِّب {model} على التسميات {labels}: استخدمها (اختيار نموذج وجدول التسميات فارغ يملؤه تلقائيًا)، أو اختر نموذجًا آخر.</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Starting…</source>
        <extracomment>state → what the status line says (``queued`` adds its place in the queue).</extracomment>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>Queued #{position}</source>
        <translation>في الانتظار رقم {position}</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>جارٍ تحميل النموذج…</translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation>بانتظار الرمز الأول…</translation>
    </message>
    <message>
        <source>Streaming…</source>
        <translation>جارٍ البث…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>اكتمل</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>لم يُسأل</translation>
    </message>
    <message>
        <source>No model was asked: nothing in the attached documents matched.</source>
        <extracomment>In a column of a comparison answered from documents where nothing matched the prompt: Plinth&apos;s own words.</extracomment>
        <translation>لم يُسأل أي نموذج: لم يطابق شيء في المستندات المرفقة.</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>The colour each state&apos;s status is tinted with; the others stay muted.</extracomment>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Column {title}</source>
        <translation>عمود {title}</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>اسم النموذج</translation>
    </message>
    <message>
        <source>Column status</source>
        <translation>حالة العمود</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop {title}</source>
        <translation>إيقاف {title}</translation>
    </message>
    <message>
        <source>Stop {title} only; the other models go on</source>
        <translation>إيقاف {title} فقط؛ تستمر النماذج الأخرى</translation>
    </message>
    <message>
        <source>Rows done</source>
        <translation>الصفوف المكتملة</translation>
    </message>
    <message>
        <source>Answer of {title}</source>
        <translation>إجابة {title}</translation>
    </message>
    <message>
        <source>The answer appears here.</source>
        <translation>تظهر الإجابة هنا.</translation>
    </message>
    <message numerus="yes">
        <source>%v of %n row(s)</source>
        <extracomment>A batch&apos;s progress: %v is the rows done so far.</extracomment>
        <translation>
            <numerusform>%v من %Ln صف</numerusform>
            <numerusform>%v من صف واحد</numerusform>
            <numerusform>%v من صفّين</numerusform>
            <numerusform>%v من %Ln صفوف</numerusform>
            <numerusform>%v من %Ln صفًا</numerusform>
            <numerusform>%v من %Ln صف</numerusform>
        </translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>قيد التشغيل…</translation>
    </message>
    <message>
        <source>{title}. {message}</source>
        <extracomment>An error&apos;s title, then its message and hint.</extracomment>
        <translation>{title}. {message}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Pick a different model in each picker.</source>
        <extracomment>Where the panel keeps its state in ``Settings.extra``.</extracomment>
        <translation>اختر نموذجًا مختلفًا في كل منتقٍ.</translation>
    </message>
    <message>
        <source>HTML report</source>
        <extracomment>Beside the store: each batch comparison&apos;s outputs and journals, one folder per comparison. The export formats&apos; names in the file dialog, by core&apos;s name (``EXPORT_FORMATS``).</extracomment>
        <translation>تقرير HTML</translation>
    </message>
    <message>
        <source>{title}. {message}</source>
        <extracomment>An error&apos;s title, then its message and hint.</extracomment>
        <translation>{title}. {message}</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <extracomment>The comparison shown: running (its runs fill in), finished, or reopened.</extracomment>
        <translation>تشغيل المقارنة</translation>
    </message>
    <message>
        <source>Send the same input to every model (Ctrl+Enter)</source>
        <translation>إرسال المدخل نفسه إلى كل نموذج (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>إيقاف الكل</translation>
    </message>
    <message>
        <source>Stop every model (Esc)</source>
        <translation>إيقاف كل النماذج (Esc)</translation>
    </message>
    <message>
        <source>Compare status</source>
        <translation>حالة المقارنة</translation>
    </message>
    <message>
        <source>Stopping every model…</source>
        <translation>جارٍ إيقاف كل النماذج…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>لم يُحفظ: {error}</translation>
    </message>
    <message>
        <source>Saved comparison from {time}.</source>
        <translation>مقارنة محفوظة بتاريخ {time}.</translation>
    </message>
    <message>
        <source>Delete the saved comparison “{title}”? This cannot be undone.</source>
        <translation>هل تريد حذف المقارنة المحفوظة «{title}»؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>حذف المقارنة</translation>
    </message>
    <message>
        <source>Comparison deleted.</source>
        <translation>تم حذف المقارنة.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>تم حفظ التقرير في {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n model(s)…</source>
        <translation>
            <numerusform>جارٍ مقارنة %Ln نموذج…</numerusform>
            <numerusform>جارٍ مقارنة نموذج واحد…</numerusform>
            <numerusform>جارٍ مقارنة نموذجين…</numerusform>
            <numerusform>جارٍ مقارنة %Ln نماذج…</numerusform>
            <numerusform>جارٍ مقارنة %Ln نموذجًا…</numerusform>
            <numerusform>جارٍ مقارنة %Ln نموذج…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>تم الإيقاف.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>اكتمل.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <extracomment>How many models of the comparison failed.</extracomment>
        <translation>
            <numerusform>فشل %Ln.</numerusform>
            <numerusform>فشل نموذج واحد.</numerusform>
            <numerusform>فشل نموذجان.</numerusform>
            <numerusform>فشلت %Ln نماذج.</numerusform>
            <numerusform>فشل %Ln نموذجًا.</numerusform>
            <numerusform>فشل %Ln نموذج.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped.</source>
        <extracomment>How many models of the comparison were stopped.</extracomment>
        <translation>
            <numerusform>توقف %Ln.</numerusform>
            <numerusform>توقف نموذج واحد.</numerusform>
            <numerusform>توقف نموذجان.</numerusform>
            <numerusform>توقفت %Ln نماذج.</numerusform>
            <numerusform>توقف %Ln نموذجًا.</numerusform>
            <numerusform>توقف %Ln نموذج.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>CompareResults</name>
    <message>
        <source>Not ranked: counts depend on each model&apos;s tokenizer.</source>
        <translation>غير مُرتَّب: تعتمد الأعداد على مُقسِّم الرموز في كل نموذج.</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>الأقل أفضل.</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>الأعلى أفضل.</translation>
    </message>
    <message>
        <source>not ranked: counts depend on each model&apos;s tokenizer</source>
        <translation>غير مُرتَّب: تعتمد الأعداد على مُقسِّم الرموز في كل نموذج</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>الأقل أفضل</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>الأعلى أفضل</translation>
    </message>
    <message>
        <source>Comparison results</source>
        <translation>نتائج المقارنة</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>الدقة</translation>
    </message>
</context>
<context>
    <name>CompareSetup</name>
    <message>
        <source>Chat prompt</source>
        <translation>موجّه محادثة</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>ترجمة</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>تصنيف</translation>
    </message>
    <message>
        <source>Classify a file</source>
        <translation>تصنيف ملف</translation>
    </message>
    <message>
        <source>Translate a file</source>
        <translation>ترجمة ملف</translation>
    </message>
    <message>
        <source>Explain in three sentences why the sky is blue.</source>
        <extracomment>The input text of a first comparison (sent to the models, so in the person&apos;s language).</extracomment>
        <translation>اشرح في ثلاث جمل لماذا السماء زرقاء.</translation>
    </message>
    <message>
        <source>positive, negative, neutral</source>
        <extracomment>The labels of a first classification: words separated by ASCII commas.</extracomment>
        <translation>إيجابي, سلبي, محايد</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>The gold column&apos;s choice for a file without the right labels.</extracomment>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.jsonl);;All files (*)</source>
        <translation>جداول (*.csv *.tsv *.txt *.jsonl);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>إضافة نموذج</translation>
    </message>
    <message>
        <source>Add another model (up to {count})</source>
        <translation>إضافة نموذج آخر (حتى {count})</translation>
    </message>
    <message>
        <source>Compare notice</source>
        <translation>تنبيه المقارنة</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>اللغة الهدف</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>التسميات</translation>
    </message>
    <message>
        <source>Labels, separated by commas; name=description to explain one</source>
        <translation>تسميات مفصولة بفواصل؛ الاسم=الوصف لشرح إحداها</translation>
    </message>
    <message>
        <source>Several labels may apply</source>
        <translation>قد تنطبق عدة تسميات</translation>
    </message>
    <message>
        <source>Multi-label</source>
        <translation>تسميات متعددة</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>الحد الأقصى للرموز</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>المهمة(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <extracomment>Before the target language: translate to…</extracomment>
        <translation>إلى(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>التسميات(&amp;L)</translation>
    </message>
    <message>
        <source>Te&amp;mperature</source>
        <translation>درجة الحرارة(&amp;M)</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens</source>
        <translation>الحد الأقصى للرموز(&amp;X)</translation>
    </message>
    <message>
        <source>Input text</source>
        <translation>نص الإدخال</translation>
    </message>
    <message>
        <source>The same text goes to every model.</source>
        <translation>يُرسَل النص نفسه إلى كل نموذج.</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>ملف الإدخال</translation>
    </message>
    <message>
        <source>A CSV or JSONL file, one text per row</source>
        <translation>ملف CSV أو JSONL، نص واحد في كل صف</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <source>Pick the CSV or JSONL file to run on</source>
        <translation>اختر ملف CSV أو JSONL للتشغيل عليه</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation>عمود النص</translation>
    </message>
    <message>
        <source>Gold column</source>
        <translation>عمود المرجع</translation>
    </message>
    <message>
        <source>The right labels, if the file has them: gives accuracy and macro-F1</source>
        <translation>التسميات الصحيحة إن وُجدت في الملف: تعطي الدقة وF1 الكلي</translation>
    </message>
    <message>
        <source>Te&amp;xt column</source>
        <translation>عمود النص(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Gold column</source>
        <translation>عمود المرجع(&amp;G)</translation>
    </message>
    <message>
        <source>Choose a file to run on</source>
        <translation>اختر ملفًا للتشغيل عليه</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) in {file}.</source>
        <translation>
            <numerusform>%Ln عمود في {file}.</numerusform>
            <numerusform>عمود واحد في {file}.</numerusform>
            <numerusform>عمودان في {file}.</numerusform>
            <numerusform>%Ln أعمدة في {file}.</numerusform>
            <numerusform>%Ln عمودًا في {file}.</numerusform>
            <numerusform>%Ln عمود في {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}. {message}</source>
        <extracomment>An error&apos;s title, then its message and hint.</extracomment>
        <translation>{title}. {message}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>جارٍ قراءة {file}…</translation>
    </message>
    <message>
        <source>compare models</source>
        <extracomment>Ends the sentence &quot;To … with a model behind an API instead, add a provider&quot;.</extracomment>
        <translation>مقارنة النماذج</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Answer</source>
        <extracomment>The heading over each column&apos;s answer.</extracomment>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>دفعة</translation>
    </message>
    <message>
        <source>No label</source>
        <extracomment>Rows of a batch shown in a column; the report and the output CSV have them all. The least height the answers and the figures get, whatever the splitter between them says. How the answers and the figures share the height at first: the answers get the larger part.</extracomment>
        <translation>بلا تسمية</translation>
    </message>
    <message>
        <source>Accuracy {accuracy}, macro-F1 {macro_f1}</source>
        <translation>الدقة {accuracy}، وF1 الكلي {macro_f1}</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>Table headers: a batch&apos;s row number, and what the model made of that row.</extracomment>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Privacy summary</source>
        <translation>ملخص الخصوصية</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Comparison figures</source>
        <translation>أرقام المقارنة</translation>
    </message>
    <message>
        <source>Answers and figures</source>
        <translation>الإجابات والأرقام</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
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
        <extracomment>The axis of the model&apos;s labels (across the top of the confusion matrix).</extracomment>
        <translation>المتوقَّع</translation>
    </message>
    <message>
        <source>Gold</source>
        <extracomment>The axis of the right answers (down the side of the confusion matrix).</extracomment>
        <translation>المرجع</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) correctly labelled “{gold}”</source>
        <translation>
            <numerusform>%Ln صف مصنّف بشكل صحيح «{gold}»</numerusform>
            <numerusform>صف واحد مصنّف بشكل صحيح «{gold}»</numerusform>
            <numerusform>صفان مصنّفان بشكل صحيح «{gold}»</numerusform>
            <numerusform>%Ln صفوف مصنّفة بشكل صحيح «{gold}»</numerusform>
            <numerusform>%Ln صفًا مصنّفًا بشكل صحيح «{gold}»</numerusform>
            <numerusform>%Ln صف مصنّف بشكل صحيح «{gold}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) labelled “{gold}” that the model called “{predicted}” — click to see them</source>
        <translation>
            <numerusform>%Ln صف بتسمية «{gold}» صنّفه النموذج «{predicted}» — انقر لعرضها</numerusform>
            <numerusform>صف واحد بتسمية «{gold}» صنّفه النموذج «{predicted}» — انقر لعرضه</numerusform>
            <numerusform>صفان بتسمية «{gold}» صنّفهما النموذج «{predicted}» — انقر لعرضهما</numerusform>
            <numerusform>%Ln صفوف بتسمية «{gold}» صنّفها النموذج «{predicted}» — انقر لعرضها</numerusform>
            <numerusform>%Ln صفًا بتسمية «{gold}» صنّفها النموذج «{predicted}» — انقر لعرضها</numerusform>
            <numerusform>%Ln صف بتسمية «{gold}» صنّفها النموذج «{predicted}» — انقر لعرضها</numerusform>
        </translation>
    </message>
    <message>
        <source>gold {gold}, predicted {predicted}: {count}</source>
        <translation>المرجع {gold}، المتوقَّع {predicted}: {count}</translation>
    </message>
</context>
<context>
    <name>ConversationArchive</name>
    <message>
        <source>Export all conversations</source>
        <extracomment>How long the status bar says what was exported or imported.</extracomment>
        <translation>تصدير كل المحادثات</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <source>Exported {conversations} to {file}.</source>
        <translation>اكتمل التصدير: {conversations} إلى {file}.</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>استيراد المحادثات</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>تعذّر الاستيراد</translation>
    </message>
    <message>
        <source>Imported {conversations}; {skipped} already here, skipped.</source>
        <translation>اكتمل الاستيراد: {conversations}؛ وتم تخطي الموجودة مسبقًا: {skipped}.</translation>
    </message>
    <message>
        <source>Imported {conversations}.</source>
        <translation>اكتمل الاستيراد: {conversations}.</translation>
    </message>
    <message>
        <source>Plinth archives (*.json)</source>
        <translation>أرشيفات Plinth (*.json)</translation>
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
    <name>DocumentsPanel</name>
    <message>
        <source>None (keyword search only)</source>
        <translation>لا شيء (البحث بالكلمات المفتاحية فقط)</translation>
    </message>
    <message>
        <source>Questions to check retrieval with</source>
        <translation>أسئلة لفحص الاسترجاع</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>New…</source>
        <comment>button: a new collection</comment>
        <translation>جديدة…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>button: delete the collection</comment>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>حذف المجموعة</translation>
    </message>
    <message>
        <source>Collection paths</source>
        <translation>مسارات المجموعة</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>إضافة ملفات</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>إضافة مجلد…</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>إضافة مجلد</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>button: remove paths</comment>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove selected paths</source>
        <translation>إزالة المسارات المحددة</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>إعادة الفحص</translation>
    </message>
    <message>
        <source>Folders and files</source>
        <translation>المجلدات والملفات</translation>
    </message>
    <message>
        <source>Collection summary</source>
        <translation>ملخص المجموعة</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>نموذج التضمين</translation>
    </message>
    <message>
        <source>Embedding privacy</source>
        <translation>خصوصية التضمين</translation>
    </message>
    <message>
        <source>Index progress</source>
        <translation>تقدم الفهرسة</translation>
    </message>
    <message>
        <source>Index status</source>
        <translation>حالة الفهرسة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation>إلغاء الفهرسة</translation>
    </message>
    <message>
        <source>Collection views</source>
        <translation>طرق عرض المجموعة</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>tab: search the collection</comment>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Retrieval check</source>
        <translation>فحص الاسترجاع</translation>
    </message>
    <message>
        <source>Cannot create the collection</source>
        <translation>تعذّر إنشاء المجموعة</translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}” and its index of %n file(s)? The files themselves stay where they are.</source>
        <translation>
            <numerusform>حذف المجموعة «{name}» وفهرسها (%Ln ملف)؟ تبقى الملفات نفسها في مكانها.</numerusform>
            <numerusform>حذف المجموعة «{name}» وفهرسها (ملف واحد)؟ تبقى الملفات نفسها في مكانها.</numerusform>
            <numerusform>حذف المجموعة «{name}» وفهرسها (ملفان)؟ تبقى الملفات نفسها في مكانها.</numerusform>
            <numerusform>حذف المجموعة «{name}» وفهرسها (%Ln ملفات)؟ تبقى الملفات نفسها في مكانها.</numerusform>
            <numerusform>حذف المجموعة «{name}» وفهرسها (%Ln ملفًا)؟ تبقى الملفات نفسها في مكانها.</numerusform>
            <numerusform>حذف المجموعة «{name}» وفهرسها (%Ln ملف)؟ تبقى الملفات نفسها في مكانها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove the path</source>
        <translation>تعذّرت إزالة المسار</translation>
    </message>
    <message numerus="yes">
        <source>Re-embed %n passage(s) of “{name}” with {model}? The vectors from {old} are deleted.</source>
        <translation>
            <numerusform>إعادة تضمين %Ln مقطع من «{name}» باستخدام {model}؟ ستُحذف المتجهات الناتجة عن {old}.</numerusform>
            <numerusform>إعادة تضمين مقطع واحد من «{name}» باستخدام {model}؟ ستُحذف المتجهات الناتجة عن {old}.</numerusform>
            <numerusform>إعادة تضمين مقطعان من «{name}» باستخدام {model}؟ ستُحذف المتجهات الناتجة عن {old}.</numerusform>
            <numerusform>إعادة تضمين %Ln مقاطع من «{name}» باستخدام {model}؟ ستُحذف المتجهات الناتجة عن {old}.</numerusform>
            <numerusform>إعادة تضمين %Ln مقطعًا من «{name}» باستخدام {model}؟ ستُحذف المتجهات الناتجة عن {old}.</numerusform>
            <numerusform>إعادة تضمين %Ln مقطع من «{name}» باستخدام {model}؟ ستُحذف المتجهات الناتجة عن {old}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop the vectors of %n passage(s) of “{name}”? Search will be by keyword only. The vectors from {old} are deleted.</source>
        <translation>
            <numerusform>حذف متجهات %Ln مقطع من «{name}»؟ سيقتصر البحث على الكلمات المفتاحية. ستُحذف المتجهات الناتجة عن {old}.</numerusform>
            <numerusform>حذف متجهات مقطع واحد من «{name}»؟ سيقتصر البحث على الكلمات المفتاحية. ستُحذف المتجهات الناتجة عن {old}.</numerusform>
            <numerusform>حذف متجهات مقطعان من «{name}»؟ سيقتصر البحث على الكلمات المفتاحية. ستُحذف المتجهات الناتجة عن {old}.</numerusform>
            <numerusform>حذف متجهات %Ln مقاطع من «{name}»؟ سيقتصر البحث على الكلمات المفتاحية. ستُحذف المتجهات الناتجة عن {old}.</numerusform>
            <numerusform>حذف متجهات %Ln مقطعًا من «{name}»؟ سيقتصر البحث على الكلمات المفتاحية. ستُحذف المتجهات الناتجة عن {old}.</numerusform>
            <numerusform>حذف متجهات %Ln مقطع من «{name}»؟ سيقتصر البحث على الكلمات المفتاحية. ستُحذف المتجهات الناتجة عن {old}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change embedding model</source>
        <translation>تغيير نموذج التضمين</translation>
    </message>
    <message>
        <source>No collection yet: press New… to make one, then add files or folders to it.</source>
        <translation>لا توجد مجموعة بعد: اضغط جديدة… لإنشاء واحدة، ثم أضف إليها ملفات أو مجلدات.</translation>
    </message>
    <message>
        <source>{name}: {summary}</source>
        <translation>{name}: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%Ln ملف</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>%Ln ملفات</numerusform>
            <numerusform>%Ln ملفًا</numerusform>
            <numerusform>%Ln ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%Ln مقطع</numerusform>
            <numerusform>مقطع واحد</numerusform>
            <numerusform>مقطعان</numerusform>
            <numerusform>%Ln مقاطع</numerusform>
            <numerusform>%Ln مقطعًا</numerusform>
            <numerusform>%Ln مقطع</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} {status}</source>
        <comment>a number of files and their status: 3 skipped</comment>
        <translation>{count} {status}</translation>
    </message>
    <message>
        <source>Keyword search: nothing leaves this computer.</source>
        <translation>البحث بالكلمات المفتاحية: لا شيء يغادر هذا الجهاز.</translation>
    </message>
    <message>
        <source>Passages from “{name}” → {destination}</source>
        <translation>مقاطع من «{name}» ← {destination}</translation>
    </message>
    <message>
        <source>Embedded on this computer: nothing leaves it.</source>
        <translation>يتم التضمين على هذا الجهاز: لا شيء يغادره.</translation>
    </message>
    <message>
        <source>Indexing “{name}”: looking for files…</source>
        <translation>جارٍ فهرسة «{name}»: البحث عن الملفات…</translation>
    </message>
    <message numerus="yes">
        <source>Embedding “{name}”: {done} of %n passage(s)</source>
        <translation>
            <numerusform>جارٍ تضمين «{name}»: {done} من %Ln مقطع</numerusform>
            <numerusform>جارٍ تضمين «{name}»: {done} من مقطع واحد</numerusform>
            <numerusform>جارٍ تضمين «{name}»: {done} من مقطعان</numerusform>
            <numerusform>جارٍ تضمين «{name}»: {done} من %Ln مقاطع</numerusform>
            <numerusform>جارٍ تضمين «{name}»: {done} من %Ln مقطعًا</numerusform>
            <numerusform>جارٍ تضمين «{name}»: {done} من %Ln مقطع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing “{name}”: {done} of %n file(s)</source>
        <translation>
            <numerusform>جارٍ فهرسة «{name}»: {done} من %Ln ملف</numerusform>
            <numerusform>جارٍ فهرسة «{name}»: {done} من ملف واحد</numerusform>
            <numerusform>جارٍ فهرسة «{name}»: {done} من ملفان</numerusform>
            <numerusform>جارٍ فهرسة «{name}»: {done} من %Ln ملفات</numerusform>
            <numerusform>جارٍ فهرسة «{name}»: {done} من %Ln ملفًا</numerusform>
            <numerusform>جارٍ فهرسة «{name}»: {done} من %Ln ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} pages/s</source>
        <translation>{rate} صفحة/s</translation>
    </message>
    <message>
        <source>{time} left</source>
        <comment>time remaining</comment>
        <translation>متبقٍ {time}</translation>
    </message>
    <message>
        <source>Indexing waits while a local model answers (they share the processor)…</source>
        <translation>تنتظر الفهرسة بينما يجيب نموذج محلي (فهما يتشاركان المعالج)…</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is up to date: %n file(s) read in {seconds} s, {problems} skipped or failed (see Problems only).</source>
        <translation>
            <numerusform>«{name}» محدَّثة: قُرئ %Ln ملف في {seconds} s، و{problems} تم تخطيها أو فشلت (انظر المشكلات فقط).</numerusform>
            <numerusform>«{name}» محدَّثة: قُرئ ملف واحد في {seconds} s، و{problems} تم تخطيها أو فشلت (انظر المشكلات فقط).</numerusform>
            <numerusform>«{name}» محدَّثة: قُرئ ملفان في {seconds} s، و{problems} تم تخطيها أو فشلت (انظر المشكلات فقط).</numerusform>
            <numerusform>«{name}» محدَّثة: قُرئ %Ln ملفات في {seconds} s، و{problems} تم تخطيها أو فشلت (انظر المشكلات فقط).</numerusform>
            <numerusform>«{name}» محدَّثة: قُرئ %Ln ملفًا في {seconds} s، و{problems} تم تخطيها أو فشلت (انظر المشكلات فقط).</numerusform>
            <numerusform>«{name}» محدَّثة: قُرئ %Ln ملف في {seconds} s، و{problems} تم تخطيها أو فشلت (انظر المشكلات فقط).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is up to date: %n file(s) read in {seconds} s.</source>
        <translation>
            <numerusform>«{name}» محدَّثة: قُرئ %Ln ملف في {seconds} s.</numerusform>
            <numerusform>«{name}» محدَّثة: قُرئ ملف واحد في {seconds} s.</numerusform>
            <numerusform>«{name}» محدَّثة: قُرئ ملفان في {seconds} s.</numerusform>
            <numerusform>«{name}» محدَّثة: قُرئ %Ln ملفات في {seconds} s.</numerusform>
            <numerusform>«{name}» محدَّثة: قُرئ %Ln ملفًا في {seconds} s.</numerusform>
            <numerusform>«{name}» محدَّثة: قُرئ %Ln ملف في {seconds} s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyword search only: {problem}.</source>
        <translation>البحث بالكلمات المفتاحية فقط: {problem}.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Indexing “{name}” was cancelled; what was indexed is kept. Rescan to finish it.</source>
        <translation>أُلغيت فهرسة «{name}»؛ يُحتفظ بما فُهرس. أعد الفحص لإكمالها.</translation>
    </message>
    <message>
        <source>Name of the new collection:</source>
        <translation>اسم المجموعة الجديدة:</translation>
    </message>
    <message>
        <source>Add files to “{name}”</source>
        <translation>إضافة ملفات إلى «{name}»</translation>
    </message>
    <message>
        <source>Add a folder to “{name}”</source>
        <translation>إضافة مجلد إلى «{name}»</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>جارٍ الإلغاء بعد الملف الحالي…</translation>
    </message>
    <message>
        <source>about {seconds} s</source>
        <translation>نحو {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>نحو {minutes} min</translation>
    </message>
    <message>
        <source>about {hours} h</source>
        <translation>نحو {hours} h</translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message>
        <source>Downloading {name}</source>
        <extracomment>How long a finished or cancelled download stays mentioned before the widget hides.</extracomment>
        <translation>جارٍ تنزيل {name}</translation>
    </message>
    <message>
        <source>{percent} of {size}</source>
        <extracomment>How far a download is: &quot;42% of 1.4 GB&quot;.</extracomment>
        <translation>{percent} من {size}</translation>
    </message>
    <message>
        <source>part {index} of {count}</source>
        <extracomment>A model split into several files: &quot;part 2 of 3&quot;.</extracomment>
        <translation>الجزء {index} من {count}</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <extracomment>A download speed: &quot;2.5 MB/s&quot;.</extracomment>
        <translation>{size}/ث</translation>
    </message>
    <message>
        <source>{time} left</source>
        <extracomment>Time left: &quot;3 min 20 s left&quot;.</extracomment>
        <translation>متبقٍ {time}</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>جارٍ تنزيل {name}…</translation>
    </message>
</context>
<context>
    <name>DownloadQueueWidget</name>
    <message>
        <source>Download status</source>
        <translation>حالة التنزيل</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>تقدم التنزيل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message numerus="yes">
        <source>%n more queued</source>
        <translation>
            <numerusform>%Ln تنزيلات أخرى في الانتظار</numerusform>
            <numerusform>تنزيل واحد آخر في الانتظار</numerusform>
            <numerusform>تنزيلان آخران في الانتظار</numerusform>
            <numerusform>%Ln تنزيلات أخرى في الانتظار</numerusform>
            <numerusform>%Ln تنزيلا آخر في الانتظار</numerusform>
            <numerusform>%Ln تنزيل آخر في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>إلغاء التنزيل</translation>
    </message>
    <message>
        <source>Stop downloading {name}; downloading it again resumes where it stopped</source>
        <translation>إيقاف تنزيل {name}؛ تنزيله مرة أخرى يستأنف من حيث توقف</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>إخفاء هذه الرسالة</translation>
    </message>
    <message>
        <source>Downloaded {name}: ready in the model pickers</source>
        <translation>تم تنزيل {name}: جاهز في قوائم اختيار النموذج</translation>
    </message>
    <message>
        <source>Download of {name} failed: {reason}</source>
        <translation>فشل تنزيل {name}: {reason}</translation>
    </message>
    <message>
        <source>Download of {name} stopped</source>
        <translation>توقف تنزيل {name}</translation>
    </message>
    <message>
        <source>Downloading it again resumes where it stopped.</source>
        <translation>تنزيله مرة أخرى يستأنف من حيث توقف.</translation>
    </message>
</context>
<context>
    <name>FileTable</name>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>Reason or notes</source>
        <translation>السبب أو الملاحظات</translation>
    </message>
    <message>
        <source>indexed</source>
        <extracomment>A file&apos;s status in the documents table.</extracomment>
        <translation>مفهرس</translation>
    </message>
    <message>
        <source>extracted (keyword only)</source>
        <translation>مستخرج (كلمات مفتاحية فقط)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>تم تخطيه</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>المشكلات فقط</translation>
    </message>
    <message>
        <source>Show only files that were skipped, failed or have notes</source>
        <translation>إظهار الملفات التي تم تخطيها أو فشلت أو لها ملاحظات فقط</translation>
    </message>
    <message>
        <source>File counts</source>
        <translation>عدد الملفات</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), {problems} with problems or notes</source>
        <translation>
            <numerusform>%Ln ملف، منها {problems} بها مشكلات أو ملاحظات</numerusform>
            <numerusform>ملف واحد، منها {problems} بها مشكلات أو ملاحظات</numerusform>
            <numerusform>ملفان، منها {problems} بها مشكلات أو ملاحظات</numerusform>
            <numerusform>%Ln ملفات، منها {problems} بها مشكلات أو ملاحظات</numerusform>
            <numerusform>%Ln ملفًا، منها {problems} بها مشكلات أو ملاحظات</numerusform>
            <numerusform>%Ln ملف، منها {problems} بها مشكلات أو ملاحظات</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitBadge</name>
    <message>
        <source>fits</source>
        <translation>يتسع</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>ضيق</translation>
    </message>
    <message>
        <source>won&apos;t fit</source>
        <translation>لا يتسع</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>الملاءمة</translation>
    </message>
</context>
<context>
    <name>GlossaryEditor</name>
    <message>
        <source>Glossary terms</source>
        <translation>مصطلحات المسرد</translation>
    </message>
    <message>
        <source>Source term</source>
        <translation>المصطلح المصدر</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>إضافة مصطلح</translation>
    </message>
    <message>
        <source>Add a row to the glossary</source>
        <translation>إضافة صف إلى المسرد</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>إزالة المصطلح</translation>
    </message>
    <message>
        <source>Remove the selected terms</source>
        <translation>إزالة المصطلحات المحددة</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>استيراد CSV…</translation>
    </message>
    <message>
        <source>Import glossary</source>
        <translation>استيراد المسرد</translation>
    </message>
    <message>
        <source>Read term pairs from a CSV file: source term, translation</source>
        <translation>قراءة أزواج المصطلحات من ملف CSV: المصطلح المصدر، الترجمة</translation>
    </message>
    <message>
        <source>Glossary error</source>
        <translation>خطأ في المسرد</translation>
    </message>
    <message>
        <source>Import a glossary</source>
        <translation>استيراد مسرد</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.tsv);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n term(s).</source>
        <translation>
            <numerusform>لم يُستورد أي مصطلح.</numerusform>
            <numerusform>استُورد مصطلح واحد.</numerusform>
            <numerusform>استُورد مصطلحان.</numerusform>
            <numerusform>استُوردت %Ln مصطلحات.</numerusform>
            <numerusform>استُورد %Ln مصطلحًا.</numerusform>
            <numerusform>استُورد %Ln مصطلح.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {terms}; {skipped} already in the glossary.</source>
        <translation>استُورد {terms}؛ {skipped} موجودة مسبقًا في المسرد.</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%Ln مصطلح</numerusform>
            <numerusform>مصطلح واحد</numerusform>
            <numerusform>مصطلحان</numerusform>
            <numerusform>%Ln مصطلحات</numerusform>
            <numerusform>%Ln مصطلحًا</numerusform>
            <numerusform>%Ln مصطلح</numerusform>
        </translation>
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
        <extracomment>The background of a search hit; the text on it stays dark in light and dark palettes. A search hit&apos;s snippet as rich text, the matched words highlighted.</extracomment>
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
        <translation>
            <numerusform>الإصدار {version}: %Ln تسمية، macro-F1 {f1}</numerusform>
            <numerusform>الإصدار {version}: تسمية واحدة، macro-F1 {f1}</numerusform>
            <numerusform>الإصدار {version}: تسميتان، macro-F1 {f1}</numerusform>
            <numerusform>الإصدار {version}: %Ln تسميات، macro-F1 {f1}</numerusform>
            <numerusform>الإصدار {version}: %Ln تسمية، macro-F1 {f1}</numerusform>
            <numerusform>الإصدار {version}: %Ln تسمية، macro-F1 {f1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{f1} · %n label(s)</source>
        <translation>
            <numerusform>{f1} · %Ln تسمية</numerusform>
            <numerusform>{f1} · تسمية واحدة</numerusform>
            <numerusform>{f1} · تسميتان</numerusform>
            <numerusform>{f1} · %Ln تسميات</numerusform>
            <numerusform>{f1} · %Ln تسمية</numerusform>
            <numerusform>{f1} · %Ln تسمية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <source>%n message(s) · {model}</source>
        <translation>
            <numerusform>%Ln رسالة · {model}</numerusform>
            <numerusform>رسالة واحدة · {model}</numerusform>
            <numerusform>رسالتان · {model}</numerusform>
            <numerusform>%Ln رسائل · {model}</numerusform>
            <numerusform>%Ln رسالة · {model}</numerusform>
            <numerusform>%Ln رسالة · {model}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>New chat</source>
        <extracomment>How long after the last key press the search runs. How long &quot;Conversation deleted — Undo&quot; stays. The conversation whose answer is streaming: it cannot be deleted now. A refresh asked for while a title was being edited: it runs once the editor closes.</extracomment>
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
    <name>HubSearchPage</name>
    <message>
        <source>Most downloads</source>
        <translation>الأكثر تنزيلًا</translation>
    </message>
    <message>
        <source>Most likes</source>
        <translation>الأكثر إعجابًا</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>المحدّثة مؤخرًا</translation>
    </message>
    <message>
        <source>Type a name and press Enter.</source>
        <translation>اكتب اسمًا واضغط Enter.</translation>
    </message>
    <message>
        <source>Offline mode is on: the Hugging Face Hub is not contacted.</source>
        <translation>وضع عدم الاتصال مفعّل: لا يتم الاتصال بـ Hugging Face Hub.</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>البحث عن نماذج</translation>
    </message>
    <message>
        <source>Search GGUF models on the Hugging Face Hub, e.g. “qwen3 4b”</source>
        <translation>ابحث عن نماذج GGUF في Hugging Face Hub، مثل «qwen3 4b»</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>الترتيب حسب</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>verb: button</comment>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search the Hub (Enter)</source>
        <translation>البحث في Hub (Enter)</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>حالة البحث</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>جارٍ البحث</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel search</source>
        <translation>إلغاء البحث</translation>
    </message>
    <message>
        <source>Stop waiting for the Hugging Face Hub</source>
        <translation>التوقف عن انتظار Hugging Face Hub</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>المستودع</translation>
    </message>
    <message>
        <source>Downloads</source>
        <comment>column: how many times downloaded</comment>
        <translation>التنزيلات</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>الإعجابات</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Pick a repository to see its GGUF files.</source>
        <translation>اختر مستودعًا لعرض ملفات GGUF الخاصة به.</translation>
    </message>
    <message>
        <source>Files status</source>
        <translation>حالة الملفات</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>التكميم</translation>
    </message>
    <message>
        <source>Download</source>
        <comment>column: the file&apos;s download size</comment>
        <translation>حجم التنزيل</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>الذاكرة</translation>
    </message>
    <message>
        <source>Fit</source>
        <comment>column: whether the model fits in memory</comment>
        <translation>الملاءمة</translation>
    </message>
    <message>
        <source>Repository files</source>
        <translation>ملفات المستودع</translation>
    </message>
    <message>
        <source>The Hub did not give this file&apos;s size.</source>
        <translation>لم يذكر Hub حجم هذا الملف.</translation>
    </message>
    <message>
        <source>≈ {size}</source>
        <translation>≈ {size}</translation>
    </message>
    <message>
        <source>Searching for “{query}”…</source>
        <translation>جارٍ البحث عن «{query}»…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message numerus="yes">
        <source>%n repository(ies)</source>
        <translation>
            <numerusform>%Ln مستودع</numerusform>
            <numerusform>مستودع واحد</numerusform>
            <numerusform>مستودعان</numerusform>
            <numerusform>%Ln مستودعات</numerusform>
            <numerusform>%Ln مستودعًا</numerusform>
            <numerusform>%Ln مستودع</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the files of {repo}…</source>
        <translation>جارٍ تحميل ملفات {repo}…</translation>
    </message>
    <message numerus="yes">
        <source>{file} (%n parts)</source>
        <translation>
            <numerusform>{file} (%Ln جزء)</numerusform>
            <numerusform>{file} (جزء واحد)</numerusform>
            <numerusform>{file} (جزءان)</numerusform>
            <numerusform>{file} (%Ln أجزاء)</numerusform>
            <numerusform>{file} (%Ln جزءًا)</numerusform>
            <numerusform>{file} (%Ln جزء)</numerusform>
        </translation>
    </message>
    <message>
        <source>Download</source>
        <comment>verb: button</comment>
        <translation>تنزيل</translation>
    </message>
    <message>
        <source>Download {file}</source>
        <translation>تنزيل {file}</translation>
    </message>
    <message>
        <source>No GGUF repositories match.</source>
        <translation>لا توجد مستودعات GGUF مطابقة.</translation>
    </message>
    <message>
        <source>gated: needs a token</source>
        <translation>مقيد: يتطلب رمز وصول</translation>
    </message>
    <message>
        <source>open</source>
        <comment>access: anyone may download</comment>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>أُلغي البحث.</translation>
    </message>
    <message>
        <source>Cancelled: nothing is downloaded.</source>
        <translation>أُلغي: لن يُنزَّل شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF model(s) in {repo}</source>
        <translation>
            <numerusform>%Ln نموذج GGUF في {repo}</numerusform>
            <numerusform>نموذج واحد GGUF في {repo}</numerusform>
            <numerusform>نموذجان GGUF في {repo}</numerusform>
            <numerusform>%Ln نماذج GGUF في {repo}</numerusform>
            <numerusform>%Ln نموذجًا GGUF في {repo}</numerusform>
            <numerusform>%Ln نموذج GGUF في {repo}</numerusform>
        </translation>
    </message>
    <message>
        <source>{repo} has no GGUF model files.</source>
        <translation>لا يحتوي {repo} على ملفات نماذج GGUF.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Checking that this llama.cpp can run {file}…</source>
        <translation>جارٍ التحقق من أن llama.cpp هذا يستطيع تشغيل {file}…</translation>
    </message>
    <message>
        <source>{warning}

Download anyway?</source>
        <translation>{warning}

هل تريد التنزيل على أي حال؟</translation>
    </message>
    <message>
        <source>This model may not run here</source>
        <translation>قد لا يعمل هذا النموذج هنا</translation>
    </message>
</context>
<context>
    <name>InstalledModelsPage</name>
    <message>
        <source>Use as LoRA adapter…</source>
        <translation>استخدام كمحوّل LoRA…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>التكميم</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>البنية</translation>
    </message>
    <message>
        <source>Context</source>
        <comment>column: the model&apos;s context length in tokens</comment>
        <translation>السياق</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>النماذج المثبتة</translation>
    </message>
    <message>
        <source>Import model…</source>
        <translation>استيراد نموذج…</translation>
    </message>
    <message>
        <source>Import model</source>
        <translation>استيراد نموذج</translation>
    </message>
    <message>
        <source>Add a .gguf file from anywhere on this computer</source>
        <translation>إضافة ملف .gguf من أي مكان على هذا الجهاز</translation>
    </message>
    <message>
        <source>Add LoRA adapter…</source>
        <translation>إضافة محوّل LoRA…</translation>
    </message>
    <message>
        <source>Add LoRA adapter</source>
        <translation>إضافة محوّل LoRA</translation>
    </message>
    <message>
        <source>Run an installed model with a GGUF LoRA adapter applied</source>
        <translation>تشغيل نموذج مثبت مع تطبيق محوّل LoRA بتنسيق GGUF</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>حذف النموذج</translation>
    </message>
    <message>
        <source>Delete the selected model (asks first)</source>
        <translation>حذف النموذج المحدد (مع السؤال أولًا)</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
    <message>
        <source>Reveal in file manager</source>
        <translation>إظهار في مدير الملفات</translation>
    </message>
    <message>
        <source>Open the selected model&apos;s folder in the file manager</source>
        <translation>فتح مجلد النموذج المحدد في مدير الملفات</translation>
    </message>
    <message>
        <source>Installed status</source>
        <translation>حالة النماذج المثبتة</translation>
    </message>
    <message>
        <source>Reading the models folder…</source>
        <translation>جارٍ قراءة مجلد النماذج…</translation>
    </message>
    <message>
        <source>{path} (referenced)</source>
        <translation>{path} (مرجع)</translation>
    </message>
    <message>
        <source>adapter on {base} · scale {scale} — {adapter}</source>
        <translation>محوّل على {base} · المقياس {scale} — {adapter}</translation>
    </message>
    <message>
        <source>unreadable</source>
        <comment>a model file whose header cannot be read</comment>
        <translation>غير قابل للقراءة</translation>
    </message>
    <message>
        <source>A LoRA adapter: it runs on its base model. Select it and click “{button}”.</source>
        <translation>محوّل LoRA: يعمل على نموذجه الأساسي. حدده وانقر «{button}».</translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation>محوّل LoRA</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>إزالة المتغير</translation>
    </message>
    <message>
        <source>Forget model</source>
        <translation>نسيان النموذج</translation>
    </message>
    <message>
        <source>The starter model comes with Plinth and cannot be deleted</source>
        <translation>النموذج المبدئي مرفق مع Plinth ولا يمكن حذفه</translation>
    </message>
    <message>
        <source>Forget the selected model (the file stays where it is)</source>
        <translation>نسيان النموذج المحدد (يبقى الملف في مكانه)</translation>
    </message>
    <message>
        <source>Delete the selected model&apos;s file (asks first)</source>
        <translation>حذف ملف النموذج المحدد (مع السؤال أولًا)</translation>
    </message>
    <message>
        <source>Import a model</source>
        <translation>استيراد نموذج</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>نماذج GGUF (*.gguf);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import {file}?&lt;/b&gt;</source>
        <translation>&lt;b&gt;استيراد {file}؟&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copy it into Plinth&apos;s models folder ({folder}), or use it where it is (nothing is copied; if you move the file, Plinth loses it).</source>
        <translation>انسخه إلى مجلد نماذج Plinth ({folder})، أو استخدمه في مكانه (لا يُنسخ شيء؛ وإذا نقلت الملف فسيفقده Plinth).</translation>
    </message>
    <message>
        <source>Copy into the models folder</source>
        <translation>نسخ إلى مجلد النماذج</translation>
    </message>
    <message>
        <source>Use it where it is</source>
        <translation>استخدامه في مكانه</translation>
    </message>
    <message>
        <source>Remove the variant {name}? {base} stays.</source>
        <translation>إزالة المتغير {name}؟ يبقى {base}.</translation>
    </message>
    <message>
        <source>Remove the variant {name} and its copy of the adapter ({adapter})? {base} stays.</source>
        <translation>إزالة المتغير {name} ونسخته من المحوّل ({adapter})؟ يبقى {base}.</translation>
    </message>
    <message>
        <source>Forget {name}? The file stays at {path}.</source>
        <translation>نسيان {name}؟ يبقى الملف في {path}.</translation>
    </message>
    <message>
        <source>Delete {name}? This deletes {path} ({size}) from disk.</source>
        <translation>حذف {name}؟ سيؤدي هذا إلى حذف {path} ({size}) من القرص.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in {folder} · {errors} unreadable (hover for why)</source>
        <translation>
            <numerusform>%Ln نموذج في {folder} · {errors} غير قابلة للقراءة (مرّر المؤشر لمعرفة السبب)</numerusform>
            <numerusform>نموذج واحد في {folder} · {errors} غير قابلة للقراءة (مرّر المؤشر لمعرفة السبب)</numerusform>
            <numerusform>نموذجان في {folder} · {errors} غير قابلة للقراءة (مرّر المؤشر لمعرفة السبب)</numerusform>
            <numerusform>%Ln نماذج في {folder} · {errors} غير قابلة للقراءة (مرّر المؤشر لمعرفة السبب)</numerusform>
            <numerusform>%Ln نموذجًا في {folder} · {errors} غير قابلة للقراءة (مرّر المؤشر لمعرفة السبب)</numerusform>
            <numerusform>%Ln نموذج في {folder} · {errors} غير قابلة للقراءة (مرّر المؤشر لمعرفة السبب)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in {folder}</source>
        <translation>
            <numerusform>%Ln نموذج في {folder}</numerusform>
            <numerusform>نموذج واحد في {folder}</numerusform>
            <numerusform>نموذجان في {folder}</numerusform>
            <numerusform>%Ln نماذج في {folder}</numerusform>
            <numerusform>%Ln نموذجًا في {folder}</numerusform>
            <numerusform>%Ln نموذج في {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>The models folder could not be read (see above).</source>
        <translation>تعذّرت قراءة مجلد النماذج (انظر أعلاه).</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>جارٍ استيراد {file}…</translation>
    </message>
    <message>
        <source>Copying {file}…</source>
        <translation>جارٍ نسخ {file}…</translation>
    </message>
    <message>
        <source>Adding {adapter} on {base}…</source>
        <translation>جارٍ إضافة {adapter} على {base}…</translation>
    </message>
    <message>
        <source>Could not open the folder</source>
        <translation>تعذّر فتح المجلد</translation>
    </message>
    <message>
        <source>Open {folder} in your file manager.</source>
        <translation>افتح {folder} في مدير الملفات.</translation>
    </message>
</context>
<context>
    <name>KeychainPrompt</name>
    <message>
        <source>No keychain available</source>
        <translation>لا تتوفر سلسلة مفاتيح</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>الاحتفاظ به لهذه الجلسة فقط</translation>
    </message>
    <message>
        <source>No keychain is available, so the token cannot be stored.</source>
        <translation>لا تتوفر سلسلة مفاتيح، لذا لا يمكن تخزين رمز الوصول.</translation>
    </message>
    <message>
        <source>Plinth never writes tokens to a file. It can keep this token in memory until Plinth closes; you would enter it again next time.</source>
        <translation>لا يكتب Plinth رموز الوصول في ملف أبدًا. يمكنه الاحتفاظ بهذا الرمز في الذاكرة حتى إغلاق Plinth؛ وستحتاج إلى إدخاله مجددًا في المرة القادمة.</translation>
    </message>
    <message>
        <source>No keychain is available, so the key cannot be stored.</source>
        <translation>لا تتوفر سلسلة مفاتيح، لذا لا يمكن تخزين المفتاح.</translation>
    </message>
    <message>
        <source>Plinth never writes keys to a file. It can keep this key in memory until Plinth closes; you would enter it again next time.</source>
        <translation>لا يكتب Plinth المفاتيح في ملف أبدًا. يمكنه الاحتفاظ بهذا المفتاح في الذاكرة حتى إغلاق Plinth؛ وستحتاج إلى إدخاله مجددًا في المرة القادمة.</translation>
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
        <translation>اللغة(&amp;L)</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>افتراضي النظام ({language})</translation>
    </message>
    <message>
        <source>{variable}={code} is set: it overrides this choice</source>
        <translation>تم تعيين {variable}={code}: وهو يتقدّم على هذا الاختيار</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Plinth will use {language} from its next start.</source>
        <translation>سيستخدم Plinth {language} بدءًا من التشغيل التالي.</translation>
    </message>
    <message>
        <source>Restart now? Your conversations and settings are kept.</source>
        <translation>إعادة التشغيل الآن؟ ستُحفظ محادثاتك وإعداداتك.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>إعادة التشغيل الآن</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Arabic</source>
        <extracomment>The languages&apos; English names (``Language.name``), translated where a picker shows them.</extracomment>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>البلغارية</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>البنغالية</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>الكتالونية</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>التشيكية</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>الدنماركية</translation>
    </message>
    <message>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>اليونانية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>الإستونية</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>الفنلندية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>العبرية</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>الهندية</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>الكرواتية</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>المجرية</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>الإندونيسية</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>الإيطالية</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>اليابانية</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>الكورية</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>الليتوانية</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>اللاتفية</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>الملايوية</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>النرويجية</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>الهولندية</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>البولندية</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>البرتغالية</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>الرومانية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>السلوفاكية</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>السلوفينية</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>الصربية</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>السويدية</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>السواحيلية</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>التاميلية</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>التايلاندية</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>الفلبينية</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>التركية</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>الأوكرانية</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>الأردية</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>الفيتنامية</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>الصينية (المبسطة)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>الصينية (التقليدية)</translation>
    </message>
</context>
<context>
    <name>LearningCurveChart</name>
    <message>
        <source>Run the comparison to draw the learning curve</source>
        <extracomment>One colour per curve, told apart in dark and light themes (and by most colour-blind eyes). The y axis&apos;s gridlines (macro-F1 is 0–1).</extracomment>
        <translation>شغّل المقارنة لرسم منحنى التعلّم</translation>
    </message>
    <message>
        <source>Learning curve</source>
        <translation>منحنى التعلّم</translation>
    </message>
    <message>
        <source>Labelled training rows (log scale)</source>
        <translation>صفوف التدريب المُسمّاة (مقياس لوغاريتمي)</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>F1 الكلي</translation>
    </message>
    <message>
        <source>{f1} without training rows</source>
        <translation>{f1} بلا صفوف تدريب</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) {f1}</source>
        <extracomment>One point of the learning curve, read out: its training rows and its macro-F1.</extracomment>
        <translation>
            <numerusform>%Ln صف: {f1}</numerusform>
            <numerusform>صف واحد: {f1}</numerusform>
            <numerusform>صفّان: {f1}</numerusform>
            <numerusform>%Ln صفوف: {f1}</numerusform>
            <numerusform>%Ln صفًا: {f1}</numerusform>
            <numerusform>%Ln صف: {f1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Macro-F1 by training rows. {curves}</source>
        <translation>F1 الكلي حسب صفوف التدريب. {curves}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chat</source>
        <extracomment>``settings.extra`` key: the tab shown when the window closed, by its key (the English title, shown translated).</extracomment>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Panels</source>
        <extracomment>The :meth:`MainWindow.frame` option the tab comes with; None: every window has it. Which services the frame has tabs and menu entries for: comparisons, a model manager, a store. Remote models listed when the Providers dialog opened. The composition root shares it with the engines, model lists and Hub; a window built alone gets its own. Tab title → its panel, once built.</extracomment>
        <translation>اللوحات</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <extracomment>Off until :meth:`start`, like the menus&apos; actions: the tabs need the services. The window&apos;s tabs, in order (Ctrl+1… show them).</extracomment>
        <translation>تم نسخ معلومات التشخيص إلى الحافظة.</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Pass rate</source>
        <extracomment>Characters of an output a matrix cell shows (the detail has it whole). Pixels of width for the row&apos;s first value and for each (model, variant) column.</extracomment>
        <translation>نسبة النجاح</translation>
    </message>
    <message>
        <source>Check: {name}</source>
        <translation>الفحص: {name}</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <source>Tokens in / out</source>
        <translation>رموز الإدخال / الإخراج</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>الوقت حتى أول رمز</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>صفوف/ث</translation>
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
        <source>Judge cost (apart)</source>
        <translation>تكلفة المُقيِّم (منفصلة)</translation>
    </message>
    <message>
        <source>From the cache</source>
        <translation>من ذاكرة التخزين المؤقت</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>{cell} (from the cache)</source>
        <translation>{cell} (من ذاكرة التخزين المؤقت)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>الموجّه</translation>
    </message>
    <message>
        <source>Raw output</source>
        <translation>المخرجات الخام</translation>
    </message>
    <message>
        <source>Parsed</source>
        <translation>بعد التحليل</translation>
    </message>
    <message>
        <source>Column summary</source>
        <translation>ملخص الأعمدة</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>الإخفاقات فقط</translation>
    </message>
    <message>
        <source>Models disagree</source>
        <translation>النماذج مختلفة</translation>
    </message>
    <message>
        <source>Task matrix</source>
        <translation>مصفوفة المهمة</translation>
    </message>
    <message>
        <source>Cell detail</source>
        <translation>تفاصيل الخلية</translation>
    </message>
    <message>
        <source>Click a cell to see its prompt, output and checks.</source>
        <translation>انقر على خلية لعرض الموجّه والمخرجات والفحوصات.</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>تصدير {format}</translation>
    </message>
    <message>
        <source>Save the run as a {format} file</source>
        <translation>حفظ التشغيل كملف {format}</translation>
    </message>
    <message>
        <source>This cell has not run yet.</source>
        <translation>لم يتم تشغيل هذه الخلية بعد.</translation>
    </message>
    <message>
        <source>Passed: click to see the detail</source>
        <translation>ناجح: انقر لعرض التفاصيل</translation>
    </message>
    <message>
        <source>Failed: click to see the detail</source>
        <translation>فاشل: انقر لعرض التفاصيل</translation>
    </message>
</context>
<context>
    <name>MetricsTable</name>
    <message>
        <source>Metrics</source>
        <extracomment>Item data role that is True on the cells holding a row&apos;s best value. Says how the metric is measured and which way is better (the row header&apos;s tooltip).</extracomment>
        <translation>المقاييس</translation>
    </message>
    <message>
        <source>Best: {metric}</source>
        <extracomment>Tooltip of a metrics table cell with the best value; {metric} is the metric&apos;s name.</extracomment>
        <translation>الأفضل: {metric}</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Offline: not sent</source>
        <extracomment>The notice&apos;s link that asks for the Providers dialog. The badge of a remote model picked while offline mode is on: nothing is sent, and nothing will be.</extracomment>
        <translation>دون اتصال: لا يُرسل شيء</translation>
    </message>
    <message>
        <source>offline</source>
        <extracomment>``ModelChoice.tag`` of a remote model while offline mode is on. ``ModelChoice.tag`` as shown beside a model&apos;s name.</extracomment>
        <translation>دون اتصال</translation>
    </message>
    <message>
        <source>{label} is a remote model and offline mode is on; turn offline mode off (Ctrl+Shift+O) or pick a local model.</source>
        <translation>{label} نموذج بعيد ووضع عدم الاتصال مفعّل؛ أوقف وضع عدم الاتصال (Ctrl+Shift+O) أو اختر نموذجا محليا.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{link}&quot;&gt;add a provider&lt;/a&gt; (File › Providers…)</source>
        <extracomment>A link that opens the Providers dialog; it ends a sentence (&quot;…, add a provider (File › Providers…).&quot;).</extracomment>
        <translation>&lt;a href=&quot;{link}&quot;&gt;أضف مزوّدا&lt;/a&gt; (ملف › المزوّدون…)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model is installed.&lt;/b&gt; {install} To {task} with a model behind an API instead, {providers}.</source>
        <extracomment>{install}: how to install a model. {task}: what the panel does, a verb phrase already translated (&quot;translate&quot;, &quot;classify&quot;, &quot;compare models&quot;). {providers}: the &quot;add a provider&quot; link.</extracomment>
        <translation>&lt;b&gt;لا يوجد نموذج مثبت.&lt;/b&gt; {install} لاستخدام نموذج عبر API من أجل {task}، {providers}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model can run offline.&lt;/b&gt; Models behind an API are off while offline mode is on (File › Offline mode). {install}</source>
        <translation>&lt;b&gt;لا يوجد نموذج يعمل دون اتصال.&lt;/b&gt; النماذج عبر API معطّلة ما دام وضع عدم الاتصال مفعّلا (ملف › وضع عدم الاتصال). {install}</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model can run yet.&lt;/b&gt; Add an API key: {providers}.</source>
        <translation>&lt;b&gt;لا يوجد نموذج يمكن تشغيله بعد.&lt;/b&gt; أضف مفتاح API: {providers}.</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Characters of a model&apos;s name the combo keeps room for, alone on a line and sharing one.</extracomment>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>النموذج(&amp;M)</translation>
    </message>
    <message>
        <source>{model} ({tag})</source>
        <extracomment>A model&apos;s name and a word about it, e.g. &quot;openai:gpt-4o (offline)&quot;.</extracomment>
        <translation>{model} ({tag})</translation>
    </message>
    <message>
        <source>Sent to {destination}</source>
        <translation>يُرسل إلى {destination}</translation>
    </message>
</context>
<context>
    <name>ModelSettingsDialog</name>
    <message>
        <source>Model settings</source>
        <translation>إعدادات النموذج</translation>
    </message>
    <message>
        <source>tokens</source>
        <comment>unit after the context size</comment>
        <translation>رمز</translation>
    </message>
    <message>
        <source>Upper bound on a local model&apos;s context window; memory for the cache grows with it.</source>
        <translation>الحد الأعلى لنافذة السياق في النموذج المحلي؛ وتزداد ذاكرة التخزين المؤقت معه.</translation>
    </message>
    <message>
        <source>Automatic (one per physical core)</source>
        <translation>تلقائي (واحد لكل نواة فعلية)</translation>
    </message>
    <message>
        <source>None (CPU only)</source>
        <translation>لا شيء (المعالج فقط)</translation>
    </message>
    <message>
        <source>Layers to run on the GPU; {all} puts every layer there.</source>
        <translation>عدد الطبقات التي تعمل على GPU؛ القيمة {all} تضع كل الطبقات هناك.</translation>
    </message>
    <message>
        <source>&amp;Context cap:</source>
        <translation>حد السياق(&amp;C):</translation>
    </message>
    <message>
        <source>Context cap</source>
        <translation>حد السياق</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>مسارات التنفيذ(&amp;T):</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>مسارات التنفيذ</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>طبقات GPU(&amp;G):</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>طبقات GPU</translation>
    </message>
    <message>
        <source>Changes apply the next time a local model starts; idle models restart with them.</source>
        <translation>تُطبَّق التغييرات في المرة القادمة التي يبدأ فيها نموذج محلي؛ وتُعاد تشغيل النماذج الخاملة بها.</translation>
    </message>
    <message>
        <source>Checking whether this llama.cpp build can use a GPU…</source>
        <translation>جارٍ التحقق مما إذا كان إصدار llama.cpp هذا يستطيع استخدام GPU…</translation>
    </message>
    <message>
        <source>GPU offload: supported by this llama.cpp build.</source>
        <translation>نقل الحمل إلى GPU: مدعوم في إصدار llama.cpp هذا.</translation>
    </message>
    <message>
        <source>GPU offload: not supported by this llama.cpp build, so models run on the CPU. README → GPU acceleration explains how to install a CUDA, Metal or Vulkan build.</source>
        <translation>نقل الحمل إلى GPU: غير مدعوم في إصدار llama.cpp هذا، لذا تعمل النماذج على المعالج. يشرح README → GPU acceleration كيفية تثبيت إصدار يدعم CUDA أو Metal أو Vulkan.</translation>
    </message>
    <message>
        <source>GPU offload: {state}.</source>
        <translation>نقل الحمل إلى GPU: {state}.</translation>
    </message>
</context>
<context>
    <name>ModelTables</name>
    <message>
        <source>unknown</source>
        <extracomment>Sets a Download button&apos;s text, state and tooltip for a repository&apos;s file.</extracomment>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>{gpu}, {free} free of {total}</source>
        <extracomment>A GPU&apos;s name, then its free and total memory.</extracomment>
        <translation>{gpu}، {free} متاحة من {total}</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>{free} متاحة</translation>
    </message>
    <message>
        <source>RAM {free} free of {total} · GPU memory: {gpu} · Disk: {disk}</source>
        <translation>الذاكرة: {free} متاحة من {total} · ذاكرة GPU: {gpu} · القرص: {disk}</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>ذاكرة KV المؤقتة</translation>
    </message>
    <message>
        <source>KV cache (rough: the model&apos;s dimensions are not known yet)</source>
        <translation>ذاكرة KV المؤقتة (تقديرية: أبعاد النموذج غير معروفة بعد)</translation>
    </message>
    <message>
        <source>About {size} to run at {tokens} tokens of context:</source>
        <translation>نحو {size} للتشغيل بسياق من {tokens} رمز:</translation>
    </message>
    <message>
        <source>  weights {weights} + {kv} {kv_size} + overhead {overhead}</source>
        <extracomment>How a memory estimate adds up; {kv} is &quot;KV cache&quot;, or that with a note.</extracomment>
        <translation>  الأوزان {weights} + {kv} {kv_size} + الحمل الإضافي {overhead}</translation>
    </message>
    <message>
        <source>This computer: {hardware}</source>
        <translation>هذا الجهاز: {hardware}</translation>
    </message>
    <message>
        <source>Probably too big for this computer</source>
        <translation>على الأرجح أكبر من قدرة هذا الجهاز</translation>
    </message>
    <message>
        <source>{name} probably won&apos;t fit in this computer&apos;s memory.

{detail}

A smaller quantization, a smaller model or a lower context cap would. Download anyway?</source>
        <translation>على الأرجح لن يتسع {name} في ذاكرة هذا الجهاز.

{detail}

سيتسع له تكميم أصغر أو نموذج أصغر أو حد سياق أدنى. هل تريد التنزيل على أي حال؟</translation>
    </message>
</context>
<context>
    <name>ModelsPanel</name>
    <message>
        <source>chat</source>
        <extracomment>Available memory changes as other programs run; re-read it at most this often. What a catalogue entry is good for (core&apos;s ``STRENGTHS``), as the Good for column shows it.</extracomment>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>retrieval</source>
        <translation>الاسترجاع</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s memory…</source>
        <translation>جارٍ قراءة ذاكرة هذا الجهاز…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>Hugging Face token…</source>
        <translation>رمز Hugging Face…</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>رمز Hugging Face</translation>
    </message>
    <message>
        <source>A token opens gated models and raises the Hub&apos;s rate limits</source>
        <translation>يتيح الرمز النماذج المقيّدة ويرفع حدود معدل الطلبات في Hub</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Offline notice</source>
        <translation>تنبيه عدم الاتصال</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline mode is on.&lt;/b&gt; The Hugging Face Hub is not contacted: search and downloads are off. Installed models work as usual. File › Offline mode (Ctrl+Shift+O) turns it off.</source>
        <translation>&lt;b&gt;وضع عدم الاتصال مفعّل.&lt;/b&gt; لا يتم الاتصال بـ Hugging Face Hub: البحث والتنزيل معطّلان. تعمل النماذج المثبتة كالمعتاد. يمكن إيقافه من ملف › وضع عدم الاتصال (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <source>Model sections</source>
        <translation>أقسام النماذج</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>Tab: search the Hugging Face Hub.</extracomment>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Installed</source>
        <extracomment>Tab: the models on this computer.</extracomment>
        <translation>المثبتة</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <source>Good for</source>
        <translation>مناسب لـ</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>التكميم</translation>
    </message>
    <message>
        <source>Download</source>
        <comment>column</comment>
        <extracomment>Column header: the file&apos;s download size.</extracomment>
        <translation>حجم التنزيل</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>الذاكرة</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>الملاءمة</translation>
    </message>
    <message>
        <source>This computer: {hardware} (layers offloaded to the GPU: its free memory counts)</source>
        <translation>هذا الجهاز: {hardware} (الطبقات منقولة إلى GPU: تُحتسب ذاكرتها المتاحة)</translation>
    </message>
    <message>
        <source>This computer: {hardware}</source>
        <translation>هذا الجهاز: {hardware}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}.&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;{title}.&lt;/b&gt; {message}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>اللغات: {languages}</translation>
    </message>
    <message>
        <source>Quantization for {model}</source>
        <translation>تكميم {model}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <source>Memory: the file, plus the KV cache at {tokens} tokens of context (the Context cap setting) or the model&apos;s own maximum if smaller, plus overhead. Hover over a badge for the numbers.</source>
        <translation>الذاكرة: الملف، مضافا إليه ذاكرة KV المؤقتة لسياق من {tokens} رمز (إعداد حد السياق) أو الحد الأقصى للنموذج نفسه إن كان أصغر، مضافا إليه الحمل الإضافي. مرّر المؤشر فوق شارة لرؤية الأرقام.</translation>
    </message>
    <message>
        <source>{quant} (recommended)</source>
        <translation>{quant} (موصى به)</translation>
    </message>
    <message>
        <source>Estimated from the parameter count; the Hub&apos;s exact size is used when downloading.</source>
        <translation>مقدّر من عدد المعاملات؛ يُستخدم الحجم الدقيق من Hub عند التنزيل.</translation>
    </message>
    <message>
        <source>Installed</source>
        <comment>button</comment>
        <extracomment>A download button: the file is on this computer already.</extracomment>
        <translation>مثبت</translation>
    </message>
    <message>
        <source>{name} is downloaded: pick it in any model list</source>
        <translation>تم تنزيل {name}: اختره من أي قائمة نماذج</translation>
    </message>
    <message>
        <source>{name} is downloaded, a LoRA adapter: Installed › {action} puts it on its base model</source>
        <translation>تم تنزيل {name}، وهو محوّل LoRA: المثبتة › {action} يضعه على نموذجه الأساسي</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>جارٍ التنزيل</translation>
    </message>
    <message>
        <source>{name} is downloading (the status bar shows it; Cancel is there)</source>
        <translation>يجري تنزيل {name} (يظهر في شريط الحالة، وزر الإلغاء هناك)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>{name} is queued (the status bar shows it; Cancel is there)</source>
        <translation>{name} في قائمة الانتظار (يظهر في شريط الحالة، وزر الإلغاء هناك)</translation>
    </message>
    <message>
        <source>Offline mode is on: downloads are off</source>
        <translation>وضع عدم الاتصال مفعّل: التنزيل معطّل</translation>
    </message>
    <message>
        <source>Download {name} from {repo}</source>
        <translation>تنزيل {name} من {repo}</translation>
    </message>
    <message>
        <source>Already downloading</source>
        <translation>التنزيل جارٍ بالفعل</translation>
    </message>
    <message>
        <source>{name} is already in the download queue.</source>
        <translation>{name} موجود بالفعل في قائمة انتظار التنزيل.</translation>
    </message>
    <message>
        <source>Now {error}.</source>
        <extracomment>The token&apos;s state is unknown: why (a sentence of its own).</extracomment>
        <translation>حاليا: {error}.</translation>
    </message>
    <message>
        <source>Now a token is set ({token}).</source>
        <translation>يوجد رمز محدد حاليا ({token}).</translation>
    </message>
    <message>
        <source>Now no token is set.</source>
        <translation>لا يوجد رمز محدد حاليا.</translation>
    </message>
    <message>
        <source>This computer&apos;s memory could not be read: {reason}</source>
        <translation>تعذرت قراءة ذاكرة هذا الجهاز: {reason}</translation>
    </message>
    <message>
        <source>{state}

Paste a token (create one at {url});
leave it empty to remove the stored one. It goes to the keychain, never to a file.</source>
        <translation>{state}

الصق رمزا (أنشئ واحدا من {url})؛
اتركه فارغا لإزالة الرمز المحفوظ. يُحفظ في سلسلة المفاتيح، ولا يُكتب في ملف أبدا.</translation>
    </message>
</context>
<context>
    <name>OfflineIndicator</name>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>وضع عدم الاتصال</translation>
    </message>
    <message>
        <source>Offline mode is on ({reason}): models behind an API are off and the Hugging Face Hub is not contacted; nothing leaves this computer.</source>
        <translation>وضع عدم الاتصال مفعّل ({reason}): النماذج التي تعمل عبر API معطّلة ولا يتم الاتصال بـ Hugging Face Hub؛ لا شيء يغادر هذا الجهاز.</translation>
    </message>
    <message>
        <source>{variable}=1 is set</source>
        <translation>تم تعيين {variable}=1</translation>
    </message>
    <message>
        <source>turned on in File › Offline mode</source>
        <translation>مفعّل من ملف › وضع عدم الاتصال</translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>The file was changed, indexed again or removed since this answer: this is the text that was sent, without the text around it.</source>
        <extracomment>How much of the selection colour the quote&apos;s background takes (the rest is the page&apos;s). How much of the text colour the text around the quote takes (the rest is the page&apos;s): readable, but set back. Wide enough for a path and a paragraph of passage text; tall enough for several lines of it. Where the quote starts in the passage view (an anchor it is scrolled to).</extracomment>
        <translation>تم تغيير الملف أو إعادة فهرسته أو إزالته منذ هذه الإجابة: هذا هو النص الذي أُرسل، دون النص المحيط به.</translation>
    </message>
    <message>
        <source>Source [{n}] — {file}</source>
        <translation>المصدر [{n}] — {file}</translation>
    </message>
    <message>
        <source>{path} · collection “{collection}”</source>
        <translation>{path} · المجموعة «{collection}»</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <source>Passage note</source>
        <translation>ملاحظة المقطع</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>Open the file in the application your system uses</source>
        <translation>فتح الملف في التطبيق الذي يستخدمه نظامك</translation>
    </message>
    <message>
        <source>The file is no longer there.</source>
        <translation>لم يعد الملف موجودًا.</translation>
    </message>
</context>
<context>
    <name>PrivacyBadge</name>
    <message>
        <source>Stays on this computer</source>
        <translation>يبقى على هذا الجهاز</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <source>Sent to {destination}</source>
        <translation>يُرسل إلى {destination}</translation>
    </message>
    <message>
        <source>Stays on this computer: the model runs here, and nothing you type leaves it.</source>
        <translation>يبقى على هذا الجهاز: يعمل النموذج هنا، ولا يغادره شيء مما تكتبه.</translation>
    </message>
    <message>
        <source>Sent to {destination}: what you type leaves this computer over the internet.</source>
        <translation>يُرسل إلى {destination}: ما تكتبه يغادر هذا الجهاز عبر الإنترنت.</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>No probabilities from this provider</source>
        <translation>لا احتمالات من هذا المزوّد</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>الاحتمالات</translation>
    </message>
    <message>
        <source>{label} {value} percent</source>
        <translation>{label} {value} بالمئة</translation>
    </message>
</context>
<context>
    <name>ProviderList</name>
    <message>
        <source>Providers</source>
        <translation>المزوّدون</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>عنوان URL الأساسي</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>إضافة مزوّد</translation>
    </message>
    <message>
        <source>Set up a new provider</source>
        <translation>إعداد مزوّد جديد</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Edit provider</source>
        <translation>تعديل المزوّد</translation>
    </message>
    <message>
        <source>Change the selected provider or its key</source>
        <translation>تغيير المزوّد المحدد أو مفتاحه</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>إزالة المزوّد</translation>
    </message>
    <message>
        <source>Remove the selected provider and its key</source>
        <translation>إزالة المزوّد المحدد ومفتاحه</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>The base URL column when the provider uses its kind&apos;s own address.</extracomment>
        <translation>الافتراضي</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>OpenAI-compatible endpoint</source>
        <extracomment>The kinds&apos; names as shown, by kind (brand names alone stay as core has them).</extracomment>
        <translation>نقطة نهاية متوافقة مع OpenAI</translation>
    </message>
    <message>
        <source>Optional — leave empty for https://api.openai.com/v1</source>
        <extracomment>The base URL field&apos;s placeholder, by kind.</extracomment>
        <translation>اختياري — اتركه فارغا لاستخدام https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>Optional — leave empty for Anthropic&apos;s own API</source>
        <translation>اختياري — اتركه فارغا لاستخدام واجهة API الخاصة بـ Anthropic</translation>
    </message>
    <message>
        <source>Optional — leave empty for Google&apos;s own API</source>
        <translation>اختياري — اتركه فارغا لاستخدام واجهة API الخاصة بـ Google</translation>
    </message>
    <message>
        <source>Required, e.g. http://localhost:11434/v1 for Ollama</source>
        <translation>مطلوب، مثلا http://localhost:11434/v1 لـ Ollama</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>لا مفتاح</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>في سلسلة المفاتيح</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>هذه الجلسة فقط</translation>
    </message>
    <message>
        <source>from ${variable}</source>
        <extracomment>Where a key comes from: an environment variable, e.g. &quot;from $OPENAI_API_KEY&quot;.</extracomment>
        <translation>من ${variable}</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>اتركه فارغا للإبقاء على المفتاح المحفوظ</translation>
    </message>
    <message>
        <source>Leave empty to use the environment variable</source>
        <translation>اتركه فارغا لاستخدام متغير البيئة</translation>
    </message>
    <message>
        <source>Optional — most local servers need none</source>
        <translation>اختياري — معظم الخوادم المحلية لا تحتاج إلى مفتاح</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>الصق مفتاح API</translation>
    </message>
    <message>
        <source>No key stored.</source>
        <translation>لا يوجد مفتاح محفوظ.</translation>
    </message>
    <message>
        <source>Current key {key} ({where}).</source>
        <translation>المفتاح الحالي {key} ({where}).</translation>
    </message>
    <message>
        <source>Nothing was saved: the key has nowhere safe to go.</source>
        <translation>لم يُحفظ شيء: لا يوجد مكان آمن للمفتاح.</translation>
    </message>
    <message>
        <source>Keep it for this session only, or set up a keychain and try again.</source>
        <translation>احتفظ به لهذه الجلسة فقط، أو أعدّ سلسلة مفاتيح وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>سلسلة المفاتيح</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>تحذير سلسلة المفاتيح</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain ({name}), never in a file.</source>
        <translation>تُحفظ المفاتيح في سلسلة مفاتيح النظام ({name})، ولا تُحفظ في ملف أبدا.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain is available&lt;/b&gt; on this computer (keychain backend: {name}), so keys cannot be stored. Plinth never writes a key to a file: a key you add can be kept for this session only and is forgotten when Plinth closes. Keys in {variables} still work.</source>
        <translation>&lt;b&gt;لا تتوفر سلسلة مفاتيح&lt;/b&gt; على هذا الجهاز (الواجهة الخلفية لسلسلة المفاتيح: {name})، لذا لا يمكن حفظ المفاتيح. لا يكتب Plinth أي مفتاح في ملف أبدا: يمكن الاحتفاظ بالمفتاح الذي تضيفه لهذه الجلسة فقط، ويُنسى عند إغلاق Plinth. المفاتيح الموجودة في {variables} تظل تعمل.</translation>
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message>
        <source>Providers</source>
        <extracomment>Wide enough for the providers table and a form whose messages wrap to a few lines. The provider being edited; None while adding one or when the form is idle. Model names from the last successful test of what the form holds. The running test was started by Save: save when it ends, whatever it finds.</extracomment>
        <translation>المزوّدون</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>اسم المزوّد</translation>
    </message>
    <message>
        <source>e.g. openai, work-gateway, ollama</source>
        <translation>مثلا openai أو work-gateway أو ollama</translation>
    </message>
    <message>
        <source>Provider kind</source>
        <translation>نوع المزوّد</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>عنوان URL الأساسي</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>إظهار مفتاح API</translation>
    </message>
    <message>
        <source>Show or hide the key as typed</source>
        <translation>إظهار المفتاح المكتوب أو إخفاؤه</translation>
    </message>
    <message>
        <source>Stored key</source>
        <translation>المفتاح المحفوظ</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>List the provider&apos;s models</source>
        <translation>عرض نماذج المزوّد</translation>
    </message>
    <message>
        <source>Connection result</source>
        <translation>نتيجة الاتصال</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <source>Models note</source>
        <translation>ملاحظة النماذج</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Form error</source>
        <translation>خطأ في النموذج</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>إلغاء التعديل</translation>
    </message>
    <message>
        <source>Forget the changes in the form</source>
        <translation>تجاهل التغييرات في النموذج</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>حفظ المزوّد</translation>
    </message>
    <message>
        <source>Save the provider; the key goes to the keychain</source>
        <translation>حفظ المزوّد؛ يُحفظ المفتاح في سلسلة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الاسم(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>النوع(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>عنوان URL الأساسي(&amp;B)</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>مفتاح API(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>النماذج(&amp;M)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>المزوّد</translation>
    </message>
    <message>
        <source>Click “Add…” to set up a provider, or select one and click “Edit…”.</source>
        <translation>انقر «إضافة…» لإعداد مزوّد، أو حدد مزوّدا وانقر «تعديل…».</translation>
    </message>
    <message>
        <source>New provider</source>
        <translation>مزوّد جديد</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>تعديل «{name}»</translation>
    </message>
    <message>
        <source>To rename a provider, remove it and add it again.</source>
        <translation>لإعادة تسمية مزوّد، أزله ثم أضفه من جديد.</translation>
    </message>
    <message>
        <source>A provider named “{name}” already exists.</source>
        <translation>يوجد بالفعل مزوّد باسم «{name}».</translation>
    </message>
    <message>
        <source>Pick another name, or edit that one.</source>
        <translation>اختر اسما آخر، أو عدّل ذلك المزوّد.</translation>
    </message>
    <message>
        <source>This kind&apos;s usual models: Test connection lists the ones this provider offers.</source>
        <translation>النماذج المعتادة لهذا النوع: يعرض «اختبار الاتصال» النماذج التي يقدمها هذا المزوّد.</translation>
    </message>
    <message>
        <source>No models yet, so no model list offers this provider. Test connection lists the server&apos;s models; Save asks for them too.</source>
        <translation>لا توجد نماذج بعد، لذا لا تعرض أي قائمة نماذج هذا المزوّد. يعرض «اختبار الاتصال» نماذج الخادم؛ ويطلبها «حفظ» أيضا.</translation>
    </message>
    <message>
        <source>The providers file could not be written ({error}).</source>
        <translation>تعذرت كتابة ملف المزوّدين ({error}).</translation>
    </message>
    <message>
        <source>Check the disk and try again.</source>
        <translation>تحقق من القرص وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>“{name}” is saved, but it lists no models, so no model list offers it.</source>
        <translation>تم حفظ «{name}»، لكنه لا يعرض أي نماذج، لذا لا تعرضه أي قائمة نماذج.</translation>
    </message>
    <message>
        <source>Once its server answers, select it, click Edit… and Test connection.</source>
        <translation>عندما يستجيب خادمه، حدده وانقر «تعديل…» ثم «اختبار الاتصال».</translation>
    </message>
    <message>
        <source>Listing the provider&apos;s models before saving…</source>
        <translation>جارٍ عرض نماذج المزوّد قبل الحفظ…</translation>
    </message>
    <message>
        <source>Testing connection…</source>
        <translation>جارٍ اختبار الاتصال…</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>إزالة المزوّد</translation>
    </message>
    <message>
        <source>Remove the provider “{name}”?

Its API key is deleted from the keychain too. Keys in environment variables are not touched.</source>
        <translation>هل تريد إزالة المزوّد «{name}»؟

سيُحذف مفتاح API الخاص به من سلسلة المفاتيح أيضا. لا تتأثر المفاتيح الموجودة في متغيرات البيئة.</translation>
    </message>
    <message>
        <source>The models below are from the last test, at the old address: Test connection to refresh them.</source>
        <translation>النماذج أدناه من آخر اختبار على العنوان القديم: استخدم «اختبار الاتصال» لتحديثها.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>connection tests are off; the provider can still be saved.</source>
        <extracomment>Ends the sentence &quot;Offline mode is on: …&quot;.</extracomment>
        <translation>اختبارات الاتصال معطّلة؛ لا يزال بالإمكان حفظ المزوّد.</translation>
    </message>
    <message>
        <source>Save the provider to use them.</source>
        <translation>احفظ المزوّد لاستخدامها.</translation>
    </message>
    <message>
        <source>The default model list is used.</source>
        <translation>تُستخدم قائمة النماذج الافتراضية.</translation>
    </message>
    <message>
        <source>It offers none, so no model list would show this provider.</source>
        <translation>لا يقدم أي نموذج، لذا لن تعرض أي قائمة نماذج هذا المزوّد.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s).</source>
        <translation>
            <numerusform>متصل: %Ln نماذج.</numerusform>
            <numerusform>متصل: نموذج واحد.</numerusform>
            <numerusform>متصل: نموذجان.</numerusform>
            <numerusform>متصل: %Ln نماذج.</numerusform>
            <numerusform>متصل: %Ln نموذجا.</numerusform>
            <numerusform>متصل: %Ln نموذج.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its server listed none.</source>
        <translation>لم يعرض خادمه أي نموذج.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <extracomment>An error&apos;s title, then its message.</extracomment>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Its models could not be listed: {message}</source>
        <translation>تعذر عرض نماذجه: {message}</translation>
    </message>
    <message>
        <source>Offline mode is on, so its server was not asked for them.</source>
        <translation>وضع عدم الاتصال مفعّل، لذا لم يُطلب منها من خادمه.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Method</source>
        <extracomment>Rows the table shows before it scrolls.</extracomment>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Training rows</source>
        <translation>صفوف التدريب</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>F1 الكلي</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>صفوف/s</translation>
    </message>
    <message>
        <source>Cost / 1,000 rows</source>
        <translation>التكلفة / 1000 صف</translation>
    </message>
    <message>
        <source>Setup s</source>
        <extracomment>The seconds a method took to set up (embedding, training) before scoring rows.</extracomment>
        <translation>الإعداد (s)</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Training rows of a method that uses none (zero-shot).</extracomment>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Verdict</source>
        <extracomment>The table&apos;s rows: the curve&apos;s points, zero-shot&apos;s once (it is the same at every size).</extracomment>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Run notes</source>
        <translation>ملاحظات التشغيل</translation>
    </message>
    <message>
        <source>Adaptation results</source>
        <translation>نتائج التكييف</translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation>الخلية المحدّدة</translation>
    </message>
    <message>
        <source>F1 per label</source>
        <translation>F1 لكل تسمية</translation>
    </message>
    <message>
        <source>{train} training rows, {test} test rows, labels: {labels}.</source>
        <extracomment>The run&apos;s figures: how many rows trained and tested the methods, and the labels found.</extracomment>
        <translation>صفوف التدريب: {train}، صفوف الاختبار: {test}، التسميات: {labels}.</translation>
    </message>
    <message>
        <source>Select a row to see its F1 per label and its confusion matrix.</source>
        <translation>اختر صفًا لعرض F1 لكل تسمية ومصفوفة الالتباس الخاصة به.</translation>
    </message>
    <message>
        <source>no training rows</source>
        <translation>بلا صفوف تدريب</translation>
    </message>
    <message numerus="yes">
        <source>%n training row(s), seed {seed}</source>
        <extracomment>A seed: which random draw of the training rows this cell used.</extracomment>
        <translation>
            <numerusform>%Ln صف تدريب، البذرة {seed}</numerusform>
            <numerusform>صف تدريب واحد، البذرة {seed}</numerusform>
            <numerusform>صفّا تدريب، البذرة {seed}</numerusform>
            <numerusform>%Ln صفوف تدريب، البذرة {seed}</numerusform>
            <numerusform>%Ln صفًا تدريبيًا، البذرة {seed}</numerusform>
            <numerusform>%Ln صف تدريب، البذرة {seed}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{method}, {size}, %n test row(s)</source>
        <extracomment>The selected cell: its method, its training rows, then how many rows scored it.</extracomment>
        <translation>
            <numerusform>{method}، {size}، %Ln صف اختبار</numerusform>
            <numerusform>{method}، {size}، صف اختبار واحد</numerusform>
            <numerusform>{method}، {size}، صفّا اختبار</numerusform>
            <numerusform>{method}، {size}، %Ln صفوف اختبار</numerusform>
            <numerusform>{method}، {size}، %Ln صفًا اختباريًا</numerusform>
            <numerusform>{method}، {size}، %Ln صف اختبار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed: {error}</source>
        <translation>
            <numerusform>فشل %Ln صف: {error}</numerusform>
            <numerusform>فشل صف واحد: {error}</numerusform>
            <numerusform>فشل صفّان: {error}</numerusform>
            <numerusform>فشلت %Ln صفوف: {error}</numerusform>
            <numerusform>فشل %Ln صفًا: {error}</numerusform>
            <numerusform>فشل %Ln صف: {error}</numerusform>
        </translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>الأعلى أفضل</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Answer requests identical to earlier ones (same model, prompt and settings) from the cache. Only temperature 0 or a fixed seed is cached: other settings answer differently each time.</source>
        <translation>الرد من ذاكرة التخزين المؤقت على الطلبات المطابقة لطلبات سابقة (النموذج والموجّه والإعدادات نفسها). لا يُخزَّن إلا ما كانت درجة حرارته 0 أو بذرته ثابتة: الإعدادات الأخرى تعطي إجابة مختلفة في كل مرة.</translation>
    </message>
    <message>
        <source>Add model</source>
        <extracomment>Where a variant&apos;s box keeps the variant&apos;s name (its text is the name as shown).</extracomment>
        <translation>إضافة نموذج</translation>
    </message>
    <message>
        <source>Run on another model (up to {count})</source>
        <translation>التشغيل على نموذج آخر (حتى {count})</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>المتغيرات</translation>
    </message>
    <message>
        <source>Answer identical requests from the cache</source>
        <translation>الرد على الطلبات المطابقة من ذاكرة التخزين المؤقت</translation>
    </message>
    <message>
        <source>Use the answer cache</source>
        <translation>استخدام ذاكرة الإجابات المؤقتة</translation>
    </message>
    <message>
        <source>Only temperature 0 or a fixed seed is cached.</source>
        <translation>لا يُخزَّن مؤقتًا إلا درجة الحرارة 0 أو البذرة الثابتة.</translation>
    </message>
    <message>
        <source>Run</source>
        <comment>button: run the task</comment>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Run task</source>
        <translation>تشغيل المهمة</translation>
    </message>
    <message>
        <source>Run the task on every row, model and variant</source>
        <translation>تشغيل المهمة على كل صف ونموذج ومتغير</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>إلغاء التشغيل</translation>
    </message>
    <message>
        <source>Stop; running it again resumes where it stopped</source>
        <translation>إيقاف؛ إعادة التشغيل تستأنف من حيث توقف</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>تقدم التشغيل</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>حالة التشغيل</translation>
    </message>
    <message>
        <source>Saved task runs</source>
        <translation>عمليات تشغيل المهام المحفوظة</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>فتح التشغيل</translation>
    </message>
    <message>
        <source>Open saved run</source>
        <translation>فتح التشغيل المحفوظ</translation>
    </message>
    <message>
        <source>Show this saved run in the matrix</source>
        <translation>عرض هذا التشغيل المحفوظ في المصفوفة</translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation>عمليات التشغيل المحفوظة</translation>
    </message>
    <message>
        <source>Run model {number}</source>
        <translation>نموذج التشغيل {number}</translation>
    </message>
    <message>
        <source>Remove run model {number}</source>
        <translation>إزالة نموذج التشغيل {number}</translation>
    </message>
    <message>
        <source>Do not run on this model</source>
        <translation>عدم التشغيل على هذا النموذج</translation>
    </message>
    <message>
        <source>Variant {name}</source>
        <translation>المتغير {name}</translation>
    </message>
    <message>
        <source>{run} (cancelled)</source>
        <translation>{run} (أُلغي)</translation>
    </message>
</context>
<context>
    <name>SaveAsTask</name>
    <message>
        <source>Classification</source>
        <extracomment>The variable the text to classify or translate comes in.</extracomment>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Saved from the Classify tab: one of {labels}.</source>
        <translation>محفوظة من علامة تبويب التصنيف: واحدة من {labels}.</translation>
    </message>
    <message>
        <source>Translate into {language}</source>
        <translation>الترجمة إلى {language}</translation>
    </message>
    <message>
        <source>Saved from the Translate tab: the text of each row translated into {language}.</source>
        <translation>محفوظة من علامة تبويب الترجمة: نص كل صف مترجم إلى {language}.</translation>
    </message>
</context>
<context>
    <name>SavedComparisons</name>
    <message>
        <source>Saved comparisons</source>
        <translation>المقارنات المحفوظة</translation>
    </message>
    <message>
        <source>Comparisons you run are saved here.</source>
        <translation>تُحفظ هنا المقارنات التي تشغّلها.</translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation>إعادة التشغيل</translation>
    </message>
    <message>
        <source>Run the selected comparison again, with the same input</source>
        <translation>تشغيل المقارنة المحدّدة مرة أخرى بالمدخل نفسه</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>حذف المقارنة</translation>
    </message>
    <message>
        <source>Delete the selected comparison</source>
        <translation>حذف المقارنة المحدّدة</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>تصدير التقرير…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>Save the comparison as Markdown, CSV or HTML</source>
        <translation>حفظ المقارنة بصيغة Markdown أو CSV أو HTML</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%Ln نموذج</numerusform>
            <numerusform>نموذج واحد</numerusform>
            <numerusform>نموذجان</numerusform>
            <numerusform>%Ln نماذج</numerusform>
            <numerusform>%Ln نموذجًا</numerusform>
            <numerusform>%Ln نموذج</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Needs an embedding model: choose one for this collection above.</source>
        <translation>يتطلب نموذج تضمين: اختر واحدًا لهذه المجموعة في الأعلى.</translation>
    </message>
    <message>
        <source>Keyword</source>
        <extracomment>A search mode in the mode list.</extracomment>
        <translation>الكلمات المفتاحية</translation>
    </message>
    <message>
        <source>Semantic</source>
        <translation>دلالي</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>هجين</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>استعلام البحث</translation>
    </message>
    <message>
        <source>Words or a question to look for in this collection</source>
        <translation>كلمات أو سؤال للبحث عنه في هذه المجموعة</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>وضع البحث</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>How many passages to show</source>
        <translation>عدد المقاطع المراد عرضها</translation>
    </message>
    <message>
        <source>top </source>
        <extracomment>Before the number of results: &quot;top 8&quot;.</extracomment>
        <translation>أفضل </translation>
    </message>
    <message>
        <source>Search</source>
        <comment>verb: button</comment>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>حالة البحث</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>الدرجة {score}</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) found. Double-click one to open its file.</source>
        <translation>
            <numerusform>عُثر على %Ln مقطع. انقر نقرًا مزدوجًا على أحدها لفتح ملفه.</numerusform>
            <numerusform>عُثر على مقطع واحد. انقر نقرًا مزدوجًا على أحدها لفتح ملفه.</numerusform>
            <numerusform>عُثر على مقطعان. انقر نقرًا مزدوجًا على أحدها لفتح ملفه.</numerusform>
            <numerusform>عُثر على %Ln مقاطع. انقر نقرًا مزدوجًا على أحدها لفتح ملفه.</numerusform>
            <numerusform>عُثر على %Ln مقطعًا. انقر نقرًا مزدوجًا على أحدها لفتح ملفه.</numerusform>
            <numerusform>عُثر على %Ln مقطع. انقر نقرًا مزدوجًا على أحدها لفتح ملفه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this collection matches. Try other words, or keyword mode.</source>
        <translation>لا شيء في هذه المجموعة يطابق. جرّب كلمات أخرى أو وضع الكلمات المفتاحية.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message>
        <source>Server status</source>
        <translation>حالة الخادم</translation>
    </message>
    <message>
        <source>Server off</source>
        <translation>الخادم متوقف</translation>
    </message>
    <message>
        <source>File › Server ({shortcut}) lets programs on this computer use Plinth&apos;s models</source>
        <translation>يتيح ملف › الخادم ({shortcut}) للبرامج على هذا الجهاز استخدام نماذج Plinth</translation>
    </message>
    <message>
        <source>Server: {address} · {now} now · {served} served</source>
        <translation>الخادم: {address} · {now} الآن · {served} تمت خدمتها</translation>
    </message>
    <message numerus="yes">
        <source>OpenAI-compatible API at {address}: %n request(s) in flight, {served} answered. Programs send a token from File › Server tokens… as their API key.</source>
        <translation>
            <numerusform>واجهة API متوافقة مع OpenAI على {address}: %Ln طلب قيد التنفيذ، وتمت الإجابة عن {served}. ترسل البرامج رمز وصول من ملف › رموز الخادم… بوصفه مفتاح API.</numerusform>
            <numerusform>واجهة API متوافقة مع OpenAI على {address}: طلب واحد قيد التنفيذ، وتمت الإجابة عن {served}. ترسل البرامج رمز وصول من ملف › رموز الخادم… بوصفه مفتاح API.</numerusform>
            <numerusform>واجهة API متوافقة مع OpenAI على {address}: طلبان قيد التنفيذ، وتمت الإجابة عن {served}. ترسل البرامج رمز وصول من ملف › رموز الخادم… بوصفه مفتاح API.</numerusform>
            <numerusform>واجهة API متوافقة مع OpenAI على {address}: %Ln طلبات قيد التنفيذ، وتمت الإجابة عن {served}. ترسل البرامج رمز وصول من ملف › رموز الخادم… بوصفه مفتاح API.</numerusform>
            <numerusform>واجهة API متوافقة مع OpenAI على {address}: %Ln طلبًا قيد التنفيذ، وتمت الإجابة عن {served}. ترسل البرامج رمز وصول من ملف › رموز الخادم… بوصفه مفتاح API.</numerusform>
            <numerusform>واجهة API متوافقة مع OpenAI على {address}: %Ln طلب قيد التنفيذ، وتمت الإجابة عن {served}. ترسل البرامج رمز وصول من ملف › رموز الخادم… بوصفه مفتاح API.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerSwitch</name>
    <message>
        <source>Offline mode is on: the server answers with local models only and refuses models behind an API.</source>
        <extracomment>How often the status bar reads the request counters while the server runs. How long closing the window waits for a server still starting, before it stops it.</extracomment>
        <translation>وضع عدم الاتصال مفعّل: يجيب الخادم بالنماذج المحلية فقط ويرفض النماذج التي تعمل عبر API.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <extracomment>A server started on the worker&apos;s thread, kept here as soon as it listens: the window may close before the worker&apos;s signal arrives, and must stop it then.</extracomment>
        <translation>الخادم(&amp;S)</translation>
    </message>
    <message>
        <source>Serve Plinth&apos;s models to programs on this computer: an OpenAI-compatible API on 127.0.0.1 ({shortcut})</source>
        <translation>إتاحة نماذج Plinth للبرامج على هذا الجهاز: واجهة API متوافقة مع OpenAI على 127.0.0.1 ({shortcut})</translation>
    </message>
    <message>
        <source>Server &amp;tokens…</source>
        <translation>رموز الخادم(&amp;T)…</translation>
    </message>
    <message>
        <source>Create and revoke the tokens programs use to reach the server</source>
        <translation>إنشاء رموز الوصول التي تستخدمها البرامج للوصول إلى الخادم وإلغاؤها</translation>
    </message>
    <message>
        <source>Server starting on port {port}…</source>
        <extracomment>The runner&apos;s served count when the history was last re-read (requests may have been saved in it).</extracomment>
        <translation>جارٍ تشغيل الخادم على المنفذ {port}…</translation>
    </message>
    <message>
        <source>Server stopping…</source>
        <translation>جارٍ إيقاف الخادم…</translation>
    </message>
    <message>
        <source>The server&apos;s port ({port} now) is set in File › Server tokens….</source>
        <translation>يُضبط منفذ الخادم (حاليًا {port}) من ملف › رموز الخادم….</translation>
    </message>
</context>
<context>
    <name>ServerTokensDialog</name>
    <message>
        <source>Name</source>
        <extracomment>Ports below this need administrator rights on most systems. Narrowest the dialog gets: the token (51 characters) and its Copy button stay on one line.</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>local and providers</source>
        <extracomment>What a token&apos;s switch cells say, on and off.</extracomment>
        <translation>المحلية والمزوّدون</translation>
    </message>
    <message>
        <source>local only</source>
        <translation>المحلية فقط</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>يُحفَظ</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>لا يُحفَظ</translation>
    </message>
    <message>
        <source>Programs on this computer (an editor, a notes app, your scripts) can use Plinth&apos;s models through its OpenAI-compatible server: point them at the server&apos;s address and give each its own token as the API key. Provider keys stay in the keychain.</source>
        <translation>يمكن للبرامج على هذا الجهاز (محرر نصوص، تطبيق ملاحظات، سكربتاتك) استخدام نماذج Plinth عبر خادمه المتوافق مع OpenAI: وجّهها إلى عنوان الخادم وامنح كل برنامج رمز وصول خاصًا به بوصفه مفتاح API. تبقى مفاتيح المزوّدين في سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>Copy this token now: Plinth keeps only a fingerprint of it and cannot show it again.</source>
        <translation>انسخ رمز الوصول هذا الآن: يحتفظ Plinth ببصمته فقط ولا يمكنه عرضه مرة أخرى.</translation>
    </message>
    <message>
        <source>Offline mode is on: the server refuses models behind an API, whatever a token allows.</source>
        <translation>وضع عدم الاتصال مفعّل: يرفض الخادم النماذج التي تعمل عبر API، مهما سمح به رمز الوصول.</translation>
    </message>
    <message>
        <source>Server tokens</source>
        <translation>رموز الخادم</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>اسم رمز الوصول</translation>
    </message>
    <message>
        <source>the program that will use it, e.g. editor</source>
        <translation>البرنامج الذي سيستخدمه، مثل editor</translation>
    </message>
    <message>
        <source>May use models behind an API (with the keys in the keychain)</source>
        <translation>يمكنه استخدام النماذج عبر API (بالمفاتيح الموجودة في سلسلة المفاتيح)</translation>
    </message>
    <message>
        <source>Allow models behind an API</source>
        <translation>السماح بالنماذج عبر API</translation>
    </message>
    <message>
        <source>Off: local models only. On: also the providers&apos; models, billed to your keys</source>
        <translation>معطّل: النماذج المحلية فقط. مفعّل: نماذج المزوّدين أيضًا، وتُحتسب التكلفة على مفاتيحك</translation>
    </message>
    <message>
        <source>Save its requests in the history, with tokens and cost</source>
        <translation>حفظ طلباته في السجل، مع الرموز والتكلفة</translation>
    </message>
    <message>
        <source>Save requests in the history</source>
        <translation>حفظ الطلبات في السجل</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>button: create a token</comment>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>إنشاء رمز وصول</translation>
    </message>
    <message>
        <source>Token error</source>
        <translation>خطأ في رمز الوصول</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>رمز وصول جديد</translation>
    </message>
    <message>
        <source>Token shown once</source>
        <translation>رمز وصول يُعرض مرة واحدة</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>نسخ رمز الوصول</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard, to paste it in the program&apos;s settings</source>
        <translation>نسخ رمز الوصول إلى الحافظة للصقه في إعدادات البرنامج</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>رموز الوصول</translation>
    </message>
    <message>
        <source>No tokens yet: programs cannot use the server until you create one.</source>
        <translation>لا توجد رموز وصول بعد: لا يمكن للبرامج استخدام الخادم حتى تنشئ واحدًا.</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>إلغاء…</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>إلغاء رمز الوصول</translation>
    </message>
    <message>
        <source>The program using this token gets 401 from its next request on</source>
        <translation>سيتلقى البرنامج الذي يستخدم رمز الوصول هذا الخطأ 401 بدءًا من طلبه التالي</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>The server listens on 127.0.0.1 at this port; a change applies at its next start</source>
        <translation>يستمع الخادم على 127.0.0.1 عند هذا المنفذ؛ ويُطبَّق التغيير عند تشغيله التالي</translation>
    </message>
    <message>
        <source>Offline note</source>
        <translation>ملاحظة عدم الاتصال</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>عنوان URL الأساسي</translation>
    </message>
    <message>
        <source>What a program&apos;s OpenAI settings call the base URL (or API base)</source>
        <translation>ما تسميه إعدادات OpenAI في البرنامج base URL (أو API base)</translation>
    </message>
    <message>
        <source>Tick or untick to change it; the program&apos;s next request uses the new setting</source>
        <translation>حدّد أو ألغِ التحديد للتغيير؛ يستخدم الطلب التالي للبرنامج الإعداد الجديد</translation>
    </message>
    <message>
        <source>base URL {url}</source>
        <translation>عنوان URL الأساسي {url}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>تم النسخ</translation>
    </message>
    <message>
        <source>Revoke the token “{name}”? The program using it gets 401 from its next request on, and needs a new token to use Plinth again.</source>
        <translation>هل تريد إلغاء رمز الوصول «{name}»؟ سيتلقى البرنامج الذي يستخدمه الخطأ 401 بدءًا من طلبه التالي، وسيحتاج إلى رمز جديد لاستخدام Plinth مجددًا.</translation>
    </message>
</context>
<context>
    <name>SettingsSaver</name>
    <message>
        <source>Could not save the settings: {error}</source>
        <extracomment>How long after the last change (a key typed in the message box…) the settings are written.</extracomment>
        <translation>تعذّر حفظ الإعدادات: {error}</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>name error</source>
        <extracomment>What the editor calls the task in the messages of a save that fails (&quot;This task, line 4: schema: …&quot;). A field (as a save&apos;s error names it) → the accessible name of the error line under it.</extracomment>
        <translation>خطأ في الاسم</translation>
    </message>
    <message>
        <source>system_prompt error</source>
        <translation>خطأ في موجّه النظام</translation>
    </message>
    <message>
        <source>template error</source>
        <translation>خطأ في القالب</translation>
    </message>
    <message>
        <source>labels error</source>
        <translation>خطأ في التسميات</translation>
    </message>
    <message>
        <source>schema error</source>
        <translation>خطأ في المخطط</translation>
    </message>
    <message>
        <source>variants error</source>
        <translation>خطأ في المتغيرات</translation>
    </message>
    <message>
        <source>checks error</source>
        <translation>خطأ في الفحوصات</translation>
    </message>
    <message>
        <source>Task editor</source>
        <extracomment>The seed box&apos;s value that means &quot;no fixed seed&quot;.</extracomment>
        <translation>محرر المهمة</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>اسم المهمة</translation>
    </message>
    <message>
        <source>Task description</source>
        <translation>وصف المهمة</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>موجّه النظام</translation>
    </message>
    <message>
        <source>What the model is (optional)</source>
        <translation>ما هو النموذج (اختياري)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>القالب</translation>
    </message>
    <message>
        <source>The prompt; {{column}} takes a value from each row</source>
        <translation>الموجّه؛ يأخذ {{column}} قيمة من كل صف</translation>
    </message>
    <message>
        <source>Template variables</source>
        <translation>متغيرات القالب</translation>
    </message>
    <message>
        <source>Output kind</source>
        <translation>نوع المخرجات</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>التسميات</translation>
    </message>
    <message>
        <source>Labels, separated by commas: spam, not spam</source>
        <translation>التسميات مفصولة بفواصل: مزعج, غير مزعج</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>مخطط JSON</translation>
    </message>
    <message>
        <source>Schema check</source>
        <translation>فحص المخطط</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>أقصى عدد للرموز</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no fixed seed</comment>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>إضافة متغير</translation>
    </message>
    <message>
        <source>Another wording of the template to compare</source>
        <translation>صياغة أخرى للقالب للمقارنة</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>إزالة المتغير</translation>
    </message>
    <message>
        <source>Remove the selected variants</source>
        <translation>إزالة المتغيرات المحددة</translation>
    </message>
    <message>
        <source>Add check</source>
        <translation>إضافة فحص</translation>
    </message>
    <message>
        <source>A check run on each row&apos;s answer</source>
        <translation>فحص يُجرى على إجابة كل صف</translation>
    </message>
    <message>
        <source>Remove check</source>
        <translation>إزالة الفحص</translation>
    </message>
    <message>
        <source>Remove the selected checks</source>
        <translation>إزالة الفحوصات المحددة</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <extracomment>Field name (as a save&apos;s error names it) → the error line under that field.</extracomment>
        <translation>الاسم(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>الوصف(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt</source>
        <translation>موجّه النظام(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>القالب(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>المخرجات(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>التسميات(&amp;L)</translation>
    </message>
    <message>
        <source>Sche&amp;ma</source>
        <translation>المخطط(&amp;M)</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>أخذ العينات</translation>
    </message>
    <message>
        <source>&amp;Variants</source>
        <translation>المتغيرات(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;hecks</source>
        <translation>الفحوصات(&amp;H)</translation>
    </message>
    <message>
        <source>variant {number}</source>
        <comment>a new variant&apos;s name</comment>
        <translation>المتغير {number}</translation>
    </message>
    <message>
        <source>check {number}</source>
        <comment>a new check&apos;s name</comment>
        <translation>الفحص {number}</translation>
    </message>
    <message>
        <source>Variables: {names}</source>
        <translation>المتغيرات: {names}</translation>
    </message>
    <message>
        <source>No variables: every row gets the same prompt. Write {{column}} to use a column.</source>
        <translation>لا متغيرات: كل صف يتلقى الموجّه نفسه. اكتب {{column}} لاستخدام عمود.</translation>
    </message>
    <message>
        <source>This task: schema: a JSON task needs a JSON Schema. Type one, e.g. {&quot;type&quot;: &quot;object&quot;}.</source>
        <translation>هذه المهمة: schema: تحتاج مهمة JSON إلى مخطط JSON. اكتب واحدًا، مثل {&quot;type&quot;: &quot;object&quot;}.</translation>
    </message>
    <message>
        <source>This task: schema: not valid JSON ({problem}). Fix the JSON; quote every key.</source>
        <translation>هذه المهمة: schema: JSON غير صالح ({problem}). أصلح JSON وضع كل مفتاح بين علامتي اقتباس.</translation>
    </message>
    <message>
        <source>This task: schema: a JSON Schema is an object. Start it with {&quot;type&quot;: …}.</source>
        <translation>هذه المهمة: schema: مخطط JSON هو كائن. ابدأه بـ {&quot;type&quot;: …}.</translation>
    </message>
    <message>
        <source>✓ A valid JSON Schema.</source>
        <translation>✓ مخطط JSON صالح.</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>&lt;b&gt;{title}.&lt;/b&gt; {message}</source>
        <extracomment>An error line: its title in bold, then what happened and what to do</extracomment>
        <translation>&lt;b&gt;{title}.&lt;/b&gt; {message}</translation>
    </message>
    <message>
        <source>Waiting for the provider…</source>
        <extracomment>What ``ModelPicker.notice`` is asked about (&quot;chat&quot;, &quot;translate&quot;, &quot;classify&quot;). Where results are saved (the history); None keeps nothing.</extracomment>
        <translation>في انتظار المزوّد…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>tab</comment>
        <extracomment>The panel&apos;s state in ``settings.extra[settings_key]``; the window saves the settings. Tab title: one text typed in, beside the Batch tab (a whole file)</extracomment>
        <translation>نص</translation>
    </message>
    <message>
        <source>Batch</source>
        <comment>tab</comment>
        <extracomment>Tab title: the same task over a whole file of rows</extracomment>
        <translation>دفعة</translation>
    </message>
    <message>
        <source>Save as task</source>
        <translation>حفظ كمهمة</translation>
    </message>
    <message>
        <source>Open this set-up in the Tasks tab, to run over files</source>
        <translation>فتح هذا الإعداد في تبويب المهام لتشغيله على الملفات</translation>
    </message>
    <message>
        <source>No model is selected.</source>
        <translation>لم يُحدَّد أي نموذج.</translation>
    </message>
    <message>
        <source>Install a model or add a provider, then pick it above.</source>
        <translation>ثبّت نموذجًا أو أضف مزوّدًا، ثم اختره في الأعلى.</translation>
    </message>
    <message>
        <source>{title}.</source>
        <translation>{title}.</translation>
    </message>
    <message>
        <source>Not saved in the history</source>
        <translation>لم يُحفظ في السجل</translation>
    </message>
</context>
<context>
    <name>TaskWords</name>
    <message>
        <source>Free text</source>
        <extracomment>The name core gives a task&apos;s own template when it runs as a variant. Output kind (core&apos;s value) → what the editor&apos;s list shows.</extracomment>
        <translation>نص حر</translation>
    </message>
    <message>
        <source>One label from a list</source>
        <translation>تسمية واحدة من قائمة</translation>
    </message>
    <message>
        <source>JSON matching a schema</source>
        <translation>JSON مطابق لمخطط</translation>
    </message>
    <message>
        <source>Equals</source>
        <extracomment>Check kind (core&apos;s value, as a task file writes it) → what the checks table shows.</extracomment>
        <translation>يساوي</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>يحتوي على</translation>
    </message>
    <message>
        <source>Contains (any case)</source>
        <translation>يحتوي على (دون تمييز حالة الأحرف)</translation>
    </message>
    <message>
        <source>Matches a regex</source>
        <translation>يطابق تعبيرًا نمطيًا</translation>
    </message>
    <message>
        <source>Is JSON</source>
        <translation>بصيغة JSON</translation>
    </message>
    <message>
        <source>JSON path equals</source>
        <translation>مسار JSON يساوي</translation>
    </message>
    <message>
        <source>Number within</source>
        <translation>رقم ضمن النطاق</translation>
    </message>
    <message>
        <source>Length within</source>
        <translation>طول ضمن النطاق</translation>
    </message>
    <message>
        <source>Similar meaning</source>
        <translation>معنى مشابه</translation>
    </message>
    <message>
        <source>Judged by a model</source>
        <translation>يقيّمه نموذج</translation>
    </message>
    <message>
        <source>default</source>
        <comment>the task&apos;s own template, as a variant&apos;s name</comment>
        <translation>الافتراضي</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <source>⚠ {name} — cannot be read</source>
        <translation>⚠ {name} — تتعذر قراءته</translation>
    </message>
    <message>
        <source>{name}  (built-in)</source>
        <translation>{name}  (مدمجة)</translation>
    </message>
    <message>
        <source>Untitled task</source>
        <translation>مهمة بلا عنوان</translation>
    </message>
    <message>
        <source>{name} (built-in: saving writes a copy) • unsaved changes</source>
        <translation>{name} (مدمجة: الحفظ يكتب نسخة) • تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>{name} (built-in: saving writes a copy)</source>
        <translation>{name} (مدمجة: الحفظ يكتب نسخة)</translation>
    </message>
    <message>
        <source>{name} • unsaved changes</source>
        <translation>{name} • تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>The answer passed every check.</source>
        <translation>اجتازت الإجابة كل الفحوصات.</translation>
    </message>
    <message>
        <source>The answer failed a check.</source>
        <translation>أخفقت الإجابة في أحد الفحوصات.</translation>
    </message>
    <message>
        <source>The answer could not run.</source>
        <translation>تعذر الحصول على الإجابة.</translation>
    </message>
    <message>
        <source>{done} of {total} cells done</source>
        <translation>اكتملت {done} من {total} خلية</translation>
    </message>
    <message>
        <source>cancelled: Run again to resume where it stopped</source>
        <translation>أُلغي: شغّله مجددًا للاستئناف من حيث توقف</translation>
    </message>
    <message>
        <source>{model} stopped: {reason}</source>
        <translation>توقف {model}: {reason}</translation>
    </message>
    <message>
        <source>{done} of {total} cells · {speed} cells/s</source>
        <translation>{done} من {total} خلية · {speed} خلية/ث</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>مهمة جديدة</translation>
    </message>
    <message>
        <source>Start a new task</source>
        <translation>بدء مهمة جديدة</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>Duplicate task</source>
        <translation>تكرار المهمة</translation>
    </message>
    <message>
        <source>A copy of this task to change</source>
        <translation>نسخة من هذه المهمة لتعديلها</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>حذف المهمة</translation>
    </message>
    <message>
        <source>Delete this task file (built-ins cannot be deleted)</source>
        <translation>حذف ملف المهمة هذا (لا يمكن حذف المهام المدمجة)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Import task</source>
        <translation>استيراد مهمة</translation>
    </message>
    <message>
        <source>Add a task file someone shared</source>
        <translation>إضافة ملف مهمة شاركه شخص ما</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Export task</source>
        <translation>تصدير المهمة</translation>
    </message>
    <message>
        <source>Save this task as a file to share</source>
        <translation>حفظ هذه المهمة كملف لمشاركته</translation>
    </message>
    <message>
        <source>Task</source>
        <extracomment>``settings.extra`` key of the tab&apos;s own state. The pages&apos; tab titles (&quot;Run&quot;: the page where a task is run; &quot;Matrix&quot;: the run&apos;s results, rows × models).</extracomment>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Data &amp;&amp; try</source>
        <translation>البيانات والتجربة</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>التشغيل</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>المصفوفة</translation>
    </message>
    <message>
        <source>Task library</source>
        <extracomment>The library entry the editor holds (None: a new task, not saved yet).</extracomment>
        <translation>مكتبة المهام</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>عنوان المهمة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save task</source>
        <translation>حفظ المهمة</translation>
    </message>
    <message>
        <source>Save the task in your tasks folder (Ctrl+S)</source>
        <translation>حفظ المهمة في مجلد مهامك (Ctrl+S)</translation>
    </message>
    <message>
        <source>Tasks status</source>
        <translation>حالة المهام</translation>
    </message>
    <message>
        <source>Task error</source>
        <translation>خطأ في المهمة</translation>
    </message>
    <message>
        <source>Task pages</source>
        <translation>صفحات المهمة</translation>
    </message>
    <message>
        <source>The task was not saved</source>
        <translation>لم تُحفظ المهمة</translation>
    </message>
    <message>
        <source>Saved a copy of the built-in in {path}.</source>
        <translation>حُفظت نسخة من المهمة المدمجة في {path}.</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>حُفظت في {path}.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>جارٍ قراءة {name}…</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>صُدِّر إلى {path}.</translation>
    </message>
    <message>
        <source>This task file cannot be read</source>
        <translation>تتعذر قراءة ملف المهمة هذا</translation>
    </message>
    <message>
        <source>New task</source>
        <comment>the name a new task starts with</comment>
        <translation>مهمة جديدة</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (نسخة)</translation>
    </message>
    <message>
        <source>Delete the task “{name}” ({file})?</source>
        <translation>هل تريد حذف المهمة «{name}» ({file})؟</translation>
    </message>
    <message>
        <source>Deleted {file}.</source>
        <translation>حُذف {file}.</translation>
    </message>
    <message>
        <source>Imported “{name}”.</source>
        <translation>استُوردت «{name}».</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>لا شيء لتصديره</translation>
    </message>
    <message>
        <source>Save the task first.</source>
        <translation>احفظ المهمة أولًا.</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.jsonl *.ndjson)</source>
        <translation>الجداول (*.csv *.tsv *.txt *.jsonl *.ndjson)</translation>
    </message>
    <message>
        <source>Open input file</source>
        <translation>فتح ملف الإدخال</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n row(s), columns {columns}.</source>
        <translation>
            <numerusform>{file}: %Ln صف، الأعمدة {columns}.</numerusform>
            <numerusform>{file}: صف واحد، الأعمدة {columns}.</numerusform>
            <numerusform>{file}: صفان، الأعمدة {columns}.</numerusform>
            <numerusform>{file}: %Ln صفوف، الأعمدة {columns}.</numerusform>
            <numerusform>{file}: %Ln صفًا، الأعمدة {columns}.</numerusform>
            <numerusform>{file}: %Ln صف، الأعمدة {columns}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a model to try the task on.</source>
        <translation>اختر نموذجًا لتجربة المهمة عليه.</translation>
    </message>
    <message>
        <source>Asking {model}…</source>
        <translation>جارٍ سؤال {model}…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>توقف.</translation>
    </message>
    <message>
        <source>Open an input file first (Data &amp; try).</source>
        <translation>افتح ملف إدخال أولًا (البيانات والتجربة).</translation>
    </message>
    <message>
        <source>Pick at least one model that can run, and a variant.</source>
        <translation>اختر نموذجًا واحدًا على الأقل قابلًا للتشغيل، ومتغيرًا.</translation>
    </message>
    <message>
        <source>Running {rows} rows × {columns} columns…</source>
        <translation>جارٍ تشغيل {rows} صف × {columns} عمود…</translation>
    </message>
    <message>
        <source>Stopping after the cells under way…</source>
        <translation>سيتوقف بعد الخلايا الجارية…</translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the journal</source>
        <translation>
            <numerusform>%Ln خلية استؤنفت من السجل</numerusform>
            <numerusform>خلية واحدة استؤنفت من السجل</numerusform>
            <numerusform>خليتان استؤنفتا من السجل</numerusform>
            <numerusform>%Ln خلايا استؤنفت من السجل</numerusform>
            <numerusform>%Ln خلية استؤنفت من السجل</numerusform>
            <numerusform>%Ln خلية استؤنفت من السجل</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was not saved in the history</source>
        <translation>لم يُحفظ التشغيل في السجل</translation>
    </message>
    <message>
        <source>Export run</source>
        <translation>تصدير التشغيل</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>This task has unsaved changes. Discard them?</source>
        <translation>لهذه المهمة تغييرات غير محفوظة. هل تريد تجاهلها؟</translation>
    </message>
    <message>
        <source>Running without the cache: {reason}</source>
        <translation>التشغيل دون ذاكرة التخزين المؤقت: {reason}</translation>
    </message>
    <message>
        <source>Task files (*.yaml *.yml)</source>
        <translation>ملفات المهام (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Transcript</source>
        <extracomment>Most time one flush spends rendering markdown (laying it out costs about as much again); the rest waits for the next one. Finished blocks are rendered in pieces of about this many characters, so a flush can stop within its budget. A message longer than this shows its beginning and says how long it is: laying out a megabyte in a QTextDocument stalls the window for about a second, and nobody reads it there. The whole text still goes to the model, the history and exports. How close to the end (in pixels) still counts as reading the latest text. The &quot;jump to latest&quot; button&apos;s distance from the text&apos;s bottom-right corner. Just after the header; rendered content follows. End of the last block rendered as markdown; the plain tail follows. Where the last rendered block starts, in the source and on screen, while later text may still extend it (a list, an indented code block). (stats line, error) once the answer has ended; the last blocks may still be rendering.</extracomment>
        <translation>نص المحادثة</translation>
    </message>
    <message>
        <source>Ask anything to start the conversation.</source>
        <translation>اسأل أي شيء لبدء المحادثة.</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <extracomment>The latest answer&apos;s frame, for its sources once it is complete. The placeholder in the next answer&apos;s place (``show_waiting``). Whether new text scrolls into view: until the reader scrolls up, and again once they are back at the bottom or jump there. A state, not a check before each change: the document is laid out later (and again when the view is first shown or resized), so the end moves after the text has gone in. Held at the top until the reader scrolls (``show_from_start``): a finished answer reopened is read from its start, and the layout that comes later must not count as reaching its end.</extracomment>
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
        <extracomment>The header over the person&apos;s own message in the chat</extracomment>
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
    <name>TranslationPanel</name>
    <message>
        <source>Translation model</source>
        <extracomment>Where the panel keeps its state in ``Settings.extra``. The options of the translation running, for the history. The input file and CSV column of the file translation running.</extracomment>
        <translation>نموذج الترجمة</translation>
    </message>
    <message>
        <source>Detect language</source>
        <translation>اكتشاف اللغة</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>اللغة المصدر</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>اللغة الهدف</translation>
    </message>
    <message>
        <source>Swap languages</source>
        <translation>تبديل اللغتين</translation>
    </message>
    <message>
        <source>Swap the languages and the texts (Ctrl+Shift+S)</source>
        <translation>تبديل اللغتين والنصين (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>النبرة</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>المسرد</translation>
    </message>
    <message>
        <source>Terms that must be translated a given way</source>
        <translation>مصطلحات يجب ترجمتها بطريقة محددة</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>من(&amp;F)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>إلى(&amp;O)</translation>
    </message>
    <message>
        <source>To&amp;ne</source>
        <translation>النبرة(&amp;N)</translation>
    </message>
    <message>
        <source>Translation notice</source>
        <translation>تنبيه الترجمة</translation>
    </message>
    <message>
        <source>Translation mode</source>
        <translation>وضع الترجمة</translation>
    </message>
    <message>
        <source>Translation batch</source>
        <translation>ترجمة على دفعة</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>النص المصدر</translation>
    </message>
    <message>
        <source>Text to translate — Ctrl+Enter translates</source>
        <translation>النص المراد ترجمته — Ctrl+Enter للترجمة</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>The translation appears here.</source>
        <translation>تظهر الترجمة هنا.</translation>
    </message>
    <message>
        <source>Translation warnings</source>
        <translation>تحذيرات الترجمة</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>الفحوص</translation>
    </message>
    <message>
        <source>Translation stats</source>
        <translation>إحصاءات الترجمة</translation>
    </message>
    <message>
        <source>Translation error</source>
        <translation>خطأ في الترجمة</translation>
    </message>
    <message>
        <source>Translate file…</source>
        <translation>ترجمة ملف…</translation>
    </message>
    <message>
        <source>Translate file</source>
        <translation>ترجمة ملف</translation>
    </message>
    <message>
        <source>Translate a .txt, .md, .srt file or a CSV column into a new file</source>
        <translation>ترجمة ملف .txt أو .md أو .srt أو عمود CSV إلى ملف جديد</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy translation</source>
        <translation>نسخ الترجمة</translation>
    </message>
    <message>
        <source>Copy the translation (Ctrl+Shift+C)</source>
        <translation>نسخ الترجمة (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop translation</source>
        <translation>إيقاف الترجمة</translation>
    </message>
    <message>
        <source>Stop translating (Esc)</source>
        <translation>إيقاف الترجمة (Esc)</translation>
    </message>
    <message>
        <source>Translate</source>
        <comment>verb</comment>
        <extracomment>The button that translates the typed text</extracomment>
        <translation>ترجمة</translation>
    </message>
    <message>
        <source>Translate the text (Ctrl+Enter)</source>
        <translation>ترجمة النص (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Translation status</source>
        <translation>حالة الترجمة</translation>
    </message>
    <message>
        <source>File progress</source>
        <translation>تقدّم الملف</translation>
    </message>
    <message>
        <source>File status</source>
        <translation>حالة الملف</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel file</source>
        <translation>إلغاء الملف</translation>
    </message>
    <message>
        <source>Stop translating the file; nothing is written</source>
        <translation>إيقاف ترجمة الملف؛ لن يُكتب شيء</translation>
    </message>
    <message>
        <source>Translating {name}…</source>
        <translation>جارٍ ترجمة {name}…</translation>
    </message>
    <message>
        <source>Translating {name} into {output}…</source>
        <translation>جارٍ ترجمة {name} إلى {output}…</translation>
    </message>
    <message>
        <source>Choose the source language first, then swap.</source>
        <translation>اختر اللغة المصدر أولًا، ثم بدّل.</translation>
    </message>
    <message>
        <source>Languages swapped.</source>
        <translation>بُدّلت اللغتان.</translation>
    </message>
    <message>
        <source>Type or paste some text first.</source>
        <translation>اكتب نصًا أو الصقه أولًا.</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>جارٍ الترجمة…</translation>
    </message>
    <message>
        <source>Translation copied.</source>
        <translation>نُسخت الترجمة.</translation>
    </message>
    <message numerus="yes">
        <source>Done, with %n warning(s).</source>
        <translation>
            <numerusform>تم، دون تحذيرات.</numerusform>
            <numerusform>تم، مع تحذير واحد.</numerusform>
            <numerusform>تم، مع تحذيرين.</numerusform>
            <numerusform>تم، مع %Ln تحذيرات.</numerusform>
            <numerusform>تم، مع %Ln تحذيرًا.</numerusform>
            <numerusform>تم، مع %Ln تحذير.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
    <message>
        <source>Stopped. The partial translation is not checked.</source>
        <translation>توقّف. لا تُفحص الترجمة الجزئية.</translation>
    </message>
    <message>
        <source>Translate a file</source>
        <translation>ترجمة ملف</translation>
    </message>
    <message>
        <source>This kind of file cannot be translated</source>
        <translation>لا يمكن ترجمة هذا النوع من الملفات</translation>
    </message>
    <message>
        <source>{name} is not one of {kinds}. Choose another file.</source>
        <translation>{name} ليس من الأنواع {kinds}. اختر ملفًا آخر.</translation>
    </message>
    <message>
        <source>Column to translate</source>
        <translation>العمود المراد ترجمته</translation>
    </message>
    <message>
        <source>Which column of {name} should be translated?</source>
        <translation>أي عمود من {name} يجب ترجمته؟</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>{done} / {total} parts</source>
        <translation>{done} / {total} أجزاء</translation>
    </message>
    <message>
        <source>about {duration} left</source>
        <translation>يتبقى نحو {duration}</translation>
    </message>
    <message>
        <source>Part {number}: </source>
        <translation>الجزء {number}: </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%Ln جزء</numerusform>
            <numerusform>جزء واحد</numerusform>
            <numerusform>جزآن</numerusform>
            <numerusform>%Ln أجزاء</numerusform>
            <numerusform>%Ln جزءًا</numerusform>
            <numerusform>%Ln جزء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%Ln تحذير</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%Ln تحذيرات</numerusform>
            <numerusform>%Ln تحذيرًا</numerusform>
            <numerusform>%Ln تحذير</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {path} ({parts}, {warnings}).</source>
        <translation>حُفظ {path} ({parts}، {warnings}).</translation>
    </message>
    <message>
        <source>Saved {path} ({parts}).</source>
        <translation>حُفظ {path} ({parts}).</translation>
    </message>
    <message>
        <source>File translation cancelled; nothing was written.</source>
        <translation>أُلغيت ترجمة الملف؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>{title}. Nothing was written.</source>
        <translation>{title}. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Save the translation as</source>
        <translation>حفظ الترجمة باسم</translation>
    </message>
    <message>
        <source>The translation would overwrite the original</source>
        <translation>ستستبدل الترجمة الملف الأصلي</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>اختر اسم ملف آخر.</translation>
    </message>
    <message>
        <source>Glossary ({count})</source>
        <translation>المسرد ({count})</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…ولا شيء آخر.</numerusform>
            <numerusform>…وواحد آخر.</numerusform>
            <numerusform>…واثنان آخران.</numerusform>
            <numerusform>…و%Ln أخرى.</numerusform>
            <numerusform>…و%Ln أخرى.</numerusform>
            <numerusform>…و%Ln أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every part passed the checks.</source>
        <translation>اجتازت كل الأجزاء الفحوص.</translation>
    </message>
    <message>
        <source>Checks passed: numbers, URLs, placeholders, code, markdown, glossary, language and length.</source>
        <translation>اجتازت الفحوص: الأرقام وعناوين URL والعناصر النائبة والشيفرة وmarkdown والمسرد واللغة والطول.</translation>
    </message>
    <message>
        <source>Neutral</source>
        <extracomment>The tones, by the core&apos;s value.</extracomment>
        <translation>محايدة</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>رسمية</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>غير رسمية</translation>
    </message>
    <message>
        <source>Text, Markdown, subtitles or CSV (*.txt *.md *.srt *.csv);;All files (*)</source>
        <translation>نص أو Markdown أو ترجمة مرئية أو CSV (*.txt *.md *.srt *.csv);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>TryPage</name>
    <message>
        <source>✗ Could not run:</source>
        <translation>✗ تعذر التشغيل:</translation>
    </message>
    <message>
        <source>No checks: the task has none.</source>
        <translation>لا فحوصات: ليس للمهمة أي فحص.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>فتح ملف…</translation>
    </message>
    <message>
        <source>Open input file</source>
        <translation>فتح ملف الإدخال</translation>
    </message>
    <message>
        <source>A CSV or JSONL file, one row per input</source>
        <translation>ملف CSV أو JSONL، صف لكل إدخال</translation>
    </message>
    <message>
        <source>Use sample</source>
        <translation>استخدام العينة</translation>
    </message>
    <message>
        <source>Use sample file</source>
        <translation>استخدام ملف العينة</translation>
    </message>
    <message>
        <source>The sample rows shipped with this built-in task</source>
        <translation>صفوف العينة المرفقة بهذه المهمة المدمجة</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>ملف الإدخال</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Preview variant</source>
        <translation>متغير المعاينة</translation>
    </message>
    <message>
        <source>Prompt preview</source>
        <translation>معاينة الموجّه</translation>
    </message>
    <message>
        <source>Preview problem</source>
        <translation>مشكلة في المعاينة</translation>
    </message>
    <message>
        <source>Try model</source>
        <translation>نموذج التجربة</translation>
    </message>
    <message>
        <source>Try on this row</source>
        <translation>التجربة على هذا الصف</translation>
    </message>
    <message>
        <source>Ask the model about this row (Ctrl+Return)</source>
        <translation>سؤال النموذج عن هذا الصف (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop try</source>
        <translation>إيقاف التجربة</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>إيقاف الإجابة</translation>
    </message>
    <message>
        <source>Try status</source>
        <translation>حالة التجربة</translation>
    </message>
    <message>
        <source>Try answer</source>
        <translation>إجابة التجربة</translation>
    </message>
    <message>
        <source>Try parsed</source>
        <translation>نتيجة تحليل التجربة</translation>
    </message>
    <message>
        <source>Try checks</source>
        <translation>فحوصات التجربة</translation>
    </message>
    <message>
        <source>&amp;Row</source>
        <translation>الصف(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Variant</source>
        <translation>المتغير(&amp;V)</translation>
    </message>
    <message>
        <source>Prompt for this row (system, then user)</source>
        <translation>موجّه هذا الصف (النظام ثم المستخدم)</translation>
    </message>
    <message>
        <source>No input file: open a CSV or JSONL file.</source>
        <translation>لا ملف إدخال: افتح ملف CSV أو JSONL.</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> من {count}</translation>
    </message>
    <message>
        <source>{problem} Open a file whose columns give them.</source>
        <translation>{problem} افتح ملفًا تحتوي أعمدته عليها.</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>tok/s</source>
        <translation>رمز/ث</translation>
    </message>
    <message>
        <source>rows/min</source>
        <translation>صف/د</translation>
    </message>
</context>
<context>
    <name>VariantTable</name>
    <message>
        <source>Prompt variants</source>
        <extracomment>Where a check&apos;s kind is kept in its cell (the cell shows the kind&apos;s name in the window&apos;s language).</extracomment>
        <translation>متغيرات الموجّه</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>المتغير</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>القالب</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>The actions that work once the window has its services.</extracomment>
        <translation>ملف(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>المزوّدون(&amp;P)…</translation>
    </message>
    <message>
        <source>Set up OpenAI, Anthropic, Gemini or OpenAI-compatible providers and their keys (Ctrl+Shift+P)</source>
        <translation>إعداد مزوّدي OpenAI أو Anthropic أو Gemini أو المزوّدين المتوافقين مع OpenAI ومفاتيحهم (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Model settings…</source>
        <translation>إعدادات النموذج(&amp;M)…</translation>
    </message>
    <message>
        <source>Context size, threads and GPU layers for local models</source>
        <translation>حجم السياق ومسارات التنفيذ وطبقات GPU للنماذج المحلية</translation>
    </message>
    <message>
        <source>&amp;Export all conversations…</source>
        <translation>تصدير كل المحادثات(&amp;E)…</translation>
    </message>
    <message>
        <source>Save every conversation in one JSON archive</source>
        <translation>حفظ كل المحادثات في أرشيف JSON واحد</translation>
    </message>
    <message>
        <source>&amp;Import conversations…</source>
        <translation>استيراد المحادثات(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the conversations of a Plinth archive; those already here are skipped</source>
        <translation>إضافة محادثات من أرشيف Plinth؛ ويتم تخطي الموجودة مسبقًا</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>نسخ معلومات التشخيص(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About Plinth</source>
        <translation>حول Plinth(&amp;A)</translation>
    </message>
    <message>
        <source>{variable}=1 is set: offline mode stays on until it is unset and Plinth restarts</source>
        <translation>تم تعيين {variable}=1: يبقى وضع عدم الاتصال مفعّلًا حتى يُلغى تعيينه ويُعاد تشغيل Plinth</translation>
    </message>
    <message>
        <source>Turn off models behind an API and the Hugging Face Hub: nothing leaves this computer (Ctrl+Shift+O)</source>
        <translation>إيقاف النماذج التي تعمل عبر API وHugging Face Hub: لا شيء يغادر هذا الجهاز (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;Offline mode</source>
        <translation>وضع عدم الاتصال(&amp;O)</translation>
    </message>
</context>
<context>
    <name>_BatchWords</name>
    <message numerus="yes">
        <source>{done} of %n row(s) done</source>
        <translation>
            <numerusform>اكتمل {done} من %Ln صف</numerusform>
            <numerusform>اكتمل {done} من صف واحد</numerusform>
            <numerusform>اكتمل {done} من صفّين</numerusform>
            <numerusform>اكتمل {done} من %Ln صفوف</numerusform>
            <numerusform>اكتمل {done} من %Ln صفًا</numerusform>
            <numerusform>اكتمل {done} من %Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more row(s) (in the exported report).</source>
        <translation>
            <numerusform>…و%Ln صف آخر (في التقرير المُصدَّر).</numerusform>
            <numerusform>…وصف آخر (في التقرير المُصدَّر).</numerusform>
            <numerusform>…وصفّان آخران (في التقرير المُصدَّر).</numerusform>
            <numerusform>…و%Ln صفوف أخرى (في التقرير المُصدَّر).</numerusform>
            <numerusform>…و%Ln صفًا آخر (في التقرير المُصدَّر).</numerusform>
            <numerusform>…و%Ln صف آخر (في التقرير المُصدَّر).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%Ln محادثة</numerusform>
            <numerusform>محادثة واحدة</numerusform>
            <numerusform>محادثتان</numerusform>
            <numerusform>%Ln محادثات</numerusform>
            <numerusform>%Ln محادثة</numerusform>
            <numerusform>%Ln محادثة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ModelRow</name>
    <message>
        <source>Model {number}</source>
        <translation>النموذج {number}</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>إزالة النموذج</translation>
    </message>
    <message>
        <source>Remove this model from the comparison</source>
        <translation>إزالة هذا النموذج من المقارنة</translation>
    </message>
    <message>
        <source>Remove model {number} from the comparison</source>
        <translation>إزالة النموذج {number} من المقارنة</translation>
    </message>
</context>
<context>
    <name>_StatsLine</name>
    <message>
        <source>TTFT {seconds}</source>
        <translation>أول رمز بعد {seconds}</translation>
    </message>
    <message>
        <source>{tokens_in} in (estimated) / {tokens_out} out</source>
        <translation>{tokens_in} إدخال (تقديري) / {tokens_out} إخراج</translation>
    </message>
    <message>
        <source>{tokens_in} in / {tokens_out} out</source>
        <translation>{tokens_in} إدخال / {tokens_out} إخراج</translation>
    </message>
    <message numerus="yes">
        <source>%n cached</source>
        <translation>
            <numerusform>%Ln مخزّن مؤقتًا</numerusform>
            <numerusform>%Ln مخزّن مؤقتًا</numerusform>
            <numerusform>%Ln مخزّنان مؤقتًا</numerusform>
            <numerusform>%Ln مخزّنة مؤقتًا</numerusform>
            <numerusform>%Ln مخزّنًا مؤقتًا</numerusform>
            <numerusform>%Ln مخزّن مؤقتًا</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>التكلفة غير معروفة</translation>
    </message>
    <message>
        <source>stopped at length limit</source>
        <translation>توقف عند حد الطول</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>متوقف</translation>
    </message>
    <message numerus="yes">
        <source>%n earliest message(s) left out (context full)</source>
        <translation>
            <numerusform>لم تُحذف أي رسالة (السياق ممتلئ)</numerusform>
            <numerusform>حُذفت أقدم رسالة (السياق ممتلئ)</numerusform>
            <numerusform>حُذفت أقدم رسالتين (السياق ممتلئ)</numerusform>
            <numerusform>حُذفت أقدم %Ln رسائل (السياق ممتلئ)</numerusform>
            <numerusform>حُذفت أقدم %Ln رسالة (السياق ممتلئ)</numerusform>
            <numerusform>حُذفت أقدم %Ln رسالة (السياق ممتلئ)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>No model can run</source>
        <extracomment>How long closing the window waits for a cancelled task before it closes the engine.</extracomment>
        <translation>لا يوجد نموذج يمكن تشغيله</translation>
    </message>
    <message>
        <source>The comparison is not ready</source>
        <translation>المقارنة ليست جاهزة</translation>
    </message>
    <message>
        <source>This model cannot be used now</source>
        <translation>لا يمكن استخدام هذا النموذج الآن</translation>
    </message>
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
        <source>at {cost} ({model}&apos;s cost is unknown)</source>
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
        <source>the prompt and each column&apos;s system prompt (up to {n} characters)</source>
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
        <source>The model&apos;s chat template failed</source>
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
        <source>The provider&apos;s server failed</source>
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
