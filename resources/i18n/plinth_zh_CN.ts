<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <source>Type a label's first letters in the Gold cell; Enter saves it and opens the next row.</source>
        <translation>在“标准答案”单元格中输入标签的前几个字母；按 Enter 保存并打开下一行。</translation>
    </message>
    <message numerus="yes">
        <source>Retraining {model} on %n label(s)…</source>
        <translation><numerusform>正在用 %n 个标签重新训练 {model}…</numerusform></translation>
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
        <source>Train a new version of {model} on the file's labels and yours (%n new label(s)); the versions before it stay</source>
        <translation><numerusform>用文件中的标签和你的标签（%n 个新标签）训练 {model} 的新版本；之前的版本会保留</numerusform></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>n/a</source>
        <extracomment>A value's text that measures its column when the values are all shorter. What a model without the metric shows instead of a bar.</extracomment>
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
        <translation><numerusform>%n 行中正确 {correct} 行 · 错误 {wrong} 行</numerusform></translation>
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
        <extracomment>Sort keys live here so numbers sort as numbers. Columns most rows leave empty: the view hides them until a row has something to say there. The columns' titles as shown, keyed by the English names the code finds columns by.</extracomment>
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
        <translation><numerusform>正在显示 %n 个错误行。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) labelled “{gold}”, called “{predicted}”.</source>
        <translation><numerusform>正在显示 %n 行标签为“{gold}”、被判为“{predicted}”的行。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) correctly labelled “{gold}”.</source>
        <translation><numerusform>正在显示 %n 行被正确标为“{gold}”的行。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} / %n row(s)</source>
        <translation><numerusform>{done} / %n 行</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resumed</source>
        <translation><numerusform>%n 行已续接</numerusform></translation>
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
        <translation><numerusform>已在 %n 行中的 {done} 行后取消。“运行批量”会从停止处继续。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n row(s) in {time}</source>
        <translation><numerusform>完成：%n 行，用时 {time}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the earlier run</source>
        <translation><numerusform>%n 行续接自上次运行</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n 行失败</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n abstained</source>
        <translation><numerusform>%n 行弃权</numerusform></translation>
    </message>
    <message>
        <source>saved as {name}</source>
        <translation>已保存为 {name}</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) to label, the most uncertain first.</source>
        <translation><numerusform>正在显示 %n 行待标注的行，最不确定的优先。</numerusform></translation>
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
        <extracomment>The gold column's "no column" choice.</extracomment>
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
        <translation><numerusform>正在开始处理 %n 行…</numerusform></translation>
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
        <translation><numerusform>{name} · %n 行</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Choose the columns and press Run batch.</source>
        <translation><numerusform>%n 行。请选择列，然后点击“运行批量”。</numerusform></translation>
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
        <extracomment>The title over Plinth's own reply when nothing in the documents matched.</extracomment>
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
    <name>CitedSources</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <extracomment>Finds a source's passage among its neighbours in the index; None when the index no longer holds it. The passage last opened (kept so it is not collected while shown).</extracomment>
        <translation><numerusform>%n 个段落</numerusform></translation>
    </message>
    <message>
        <source>~{tokens} tokens</source>
        <translation>约 {tokens} 个 token</translation>
    </message>
    <message numerus="yes">
        <source>%n trimmed to fit</source>
        <translation><numerusform>%n 个已截短以适应</numerusform></translation>
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
        <extracomment>The axis of the model's labels (across the top of the confusion matrix).</extracomment>
        <translation>预测</translation>
    </message>
    <message>
        <source>Gold</source>
        <extracomment>The axis of the right answers (down the side of the confusion matrix).</extracomment>
        <translation>标准答案</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) correctly labelled “{gold}”</source>
        <translation><numerusform>%n 行被正确标为“{gold}”</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) labelled “{gold}” that the model called “{predicted}” — click to see them</source>
        <translation><numerusform>%n 行标签为“{gold}”，但模型判为“{predicted}”——点击查看</numerusform></translation>
    </message>
    <message>
        <source>gold {gold}, predicted {predicted}: {count}</source>
        <translation>标准答案 {gold}，预测 {predicted}：{count}</translation>
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
        <extracomment>The background of a search hit; the text on it stays dark in light and dark palettes. A search hit's snippet as rich text, the matched words highlighted.</extracomment>
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
        <translation><numerusform>版本 {version}：%n 个标签，macro-F1 {f1}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{f1} · %n label(s)</source>
        <translation><numerusform>{f1} · %n 个标签</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <source>%n message(s) · {model}</source>
        <translation><numerusform>%n 条消息 · {model}</numerusform></translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>New chat</source>
        <extracomment>How long after the last key press the search runs. How long "Conversation deleted — Undo" stays. The conversation whose answer is streaming: it cannot be deleted now. A refresh asked for while a title was being edited: it runs once the editor closes.</extracomment>
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
        <translation>指标</translation>
    </message>
    <message>
        <source>Best: {metric}</source>
        <extracomment>Tooltip of a metrics table cell with the best value; {metric} is the metric's name.</extracomment>
        <translation>最佳：{metric}</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Transcript</source>
        <extracomment>Most time one flush spends rendering markdown (laying it out costs about as much again); the rest waits for the next one. Finished blocks are rendered in pieces of about this many characters, so a flush can stop within its budget. A message longer than this shows its beginning and says how long it is: laying out a megabyte in a QTextDocument stalls the window for about a second, and nobody reads it there. The whole text still goes to the model, the history and exports. How close to the end (in pixels) still counts as reading the latest text. The "jump to latest" button's distance from the text's bottom-right corner. Just after the header; rendered content follows. End of the last block rendered as markdown; the plain tail follows. Where the last rendered block starts, in the source and on screen, while later text may still extend it (a list, an indented code block). (stats line, error) once the answer has ended; the last blocks may still be rendering.</extracomment>
        <translation>对话记录</translation>
    </message>
    <message>
        <source>Ask anything to start the conversation.</source>
        <translation>提出任何问题即可开始对话。</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <extracomment>The latest answer's frame, for its sources once it is complete. The placeholder in the next answer's place (``show_waiting``). Whether new text scrolls into view: until the reader scrolls up, and again once they are back at the bottom or jump there. A state, not a check before each change: the document is laid out later (and again when the view is first shown or resized), so the end moves after the text has gone in. Held at the top until the reader scrolls (``show_from_start``): a finished answer reopened is read from its start, and the layout that comes later must not count as reaching its end.</extracomment>
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
        <extracomment>The header over the person's own message in the chat</extracomment>
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
        </translation>
    </message>
</context>
<context>
    <name>core</name>
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
        <source>at {cost} ({model}'s cost is unknown)</source>
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
        <source>the prompt and each column's system prompt (up to {n} characters)</source>
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
        <source>The model's chat template failed</source>
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
        <source>The provider's server failed</source>
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