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
        <source>The embedding cache cannot be used</source>
        <translation>无法使用嵌入缓存</translation>
    </message>
    <message>
        <source>A saved classifier cannot be read</source>
        <translation>无法读取已保存的分类器</translation>
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
        <source>Saved comparisons cannot be used</source>
        <translation>无法使用已保存的比较</translation>
    </message>
    <message>
        <source>Comparison not found</source>
        <translation>未找到比较</translation>
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
        <source>The questions file cannot be used</source>
        <translation>无法使用问题文件</translation>
    </message>
    <message>
        <source>File not indexed</source>
        <translation>文件未编入索引</translation>
    </message>
    <message>
        <source>Another embedding model</source>
        <translation>另一个嵌入模型</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>没有嵌入模型</translation>
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
        <source>Conversation not found</source>
        <translation>未找到对话</translation>
    </message>
    <message>
        <source>Message not found</source>
        <translation>未找到消息</translation>
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
        <source>Not a LoRA adapter</source>
        <translation>不是 LoRA 适配器</translation>
    </message>
    <message>
        <source>The model catalogue is damaged</source>
        <translation>模型目录已损坏</translation>
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
        <source>Model already in the library</source>
        <translation>模型已在库中</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>提供商设置</translation>
    </message>
    <message>
        <source>The keychain refused</source>
        <translation>钥匙串拒绝了请求</translation>
    </message>
    <message>
        <source>The local API could not start</source>
        <translation>本地 API 无法启动</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation>服务器令牌</translation>
    </message>
    <message>
        <source>The answer cache cannot be used</source>
        <translation>无法使用回答缓存</translation>
    </message>
    <message>
        <source>The task file cannot be used</source>
        <translation>无法使用任务文件</translation>
    </message>
    <message>
        <source>The JSON path cannot be used</source>
        <translation>无法使用 JSON 路径</translation>
    </message>
    <message>
        <source>Task library</source>
        <translation>任务库</translation>
    </message>
    <message>
        <source>The promptfoo config cannot be imported</source>
        <translation>无法导入 promptfoo 配置</translation>
    </message>
    <message>
        <source>Task run not found</source>
        <translation>未找到任务运行</translation>
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
        <source>The file cannot be used</source>
        <translation>无法使用该文件</translation>
    </message>
</context>
</TS>
