<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ActiveLabelling</name>
    <message>
        <source>Choose the gold column (where your labels go) to label rows in place.</source>
        <translation>正解列（ラベルの保存先）を選ぶと、その場で行にラベルを付けられます。</translation>
    </message>
    <message>
        <source>Most uncertain first</source>
        <extracomment>A retrain asked for the batch to run again: when that run ends, the queue is shown in its new order.</extracomment>
        <translation>不確実な順</translation>
    </message>
    <message>
        <source>Label the most uncertain first</source>
        <translation>不確実な行から先にラベル付け</translation>
    </message>
    <message>
        <source>Show the rows with no label, the one the classifier is least sure of first; type a label, Enter for the next</source>
        <translation>ラベルのない行を、分類器の確信度が最も低いものから表示します。ラベルを入力し、Enter で次の行へ</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>再学習</translation>
    </message>
    <message>
        <source>Retrain classifier</source>
        <translation>分類器を再学習</translation>
    </message>
    <message>
        <source>Train a new version on the labels</source>
        <translation>ラベルで新しいバージョンを学習します</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel retraining</source>
        <translation>再学習をキャンセル</translation>
    </message>
    <message>
        <source>Stop retraining; nothing is saved</source>
        <translation>再学習を停止します。何も保存されません</translation>
    </message>
    <message>
        <source>Export labels…</source>
        <translation>ラベルをエクスポート…</translation>
    </message>
    <message>
        <source>Export labels</source>
        <translation>ラベルをエクスポート</translation>
    </message>
    <message>
        <source>Save the file with your labels in it</source>
        <translation>ラベルを書き込んだファイルを保存します</translation>
    </message>
    <message>
        <source>Retraining progress</source>
        <translation>再学習の進行状況</translation>
    </message>
    <message>
        <source>Labelling status</source>
        <translation>ラベル付けの状況</translation>
    </message>
    <message>
        <source>Labelling error</source>
        <translation>ラベル付けのエラー</translation>
    </message>
    <message>
        <source>No rows to label: every row with probabilities has a label.</source>
        <translation>ラベル付けする行はありません。確率のある行にはすべてラベルがあります。</translation>
    </message>
    <message>
        <source>Type a label's first letters in the Gold cell; Enter saves it and opens the next row.</source>
        <translation>「正解」セルにラベルの先頭の数文字を入力します。Enter で保存して次の行を開きます。</translation>
    </message>
    <message numerus="yes">
        <source>Retraining {model} on %n label(s)…</source>
        <translation><numerusform>%n 個のラベルで {model} を再学習中…</numerusform></translation>
    </message>
    <message>
        <source>Cancelling the retraining…</source>
        <translation>再学習をキャンセルしています…</translation>
    </message>
    <message>
        <source>Export the labels</source>
        <translation>ラベルのエクスポート</translation>
    </message>
    <message>
        <source>Same as the input ({pattern})</source>
        <translation>入力と同じ ({pattern})</translation>
    </message>
    <message>
        <source>Saved {model} version {version} ({name}@{version}); classifying the batch with it…</source>
        <translation>{model} のバージョン {version}（{name}@{version}）を保存しました。これでバッチを分類しています…</translation>
    </message>
    <message>
        <source>{message} Your labels are kept.</source>
        <translation>{message} ラベルは保持されています。</translation>
    </message>
    <message>
        <source>Retraining cancelled; nothing was saved and your labels are kept.</source>
        <translation>再学習をキャンセルしました。何も保存されず、ラベルは保持されています。</translation>
    </message>
    <message>
        <source>Saved the labels as {path}.</source>
        <translation>ラベルを {path} として保存しました。</translation>
    </message>
    <message>
        <source>Retrain {model} ({count} new)</source>
        <translation>{model} を再学習（新規 {count}）</translation>
    </message>
    <message numerus="yes">
        <source>Train a new version of {model} on the file's labels and yours (%n new label(s)); the versions before it stay</source>
        <translation><numerusform>ファイルのラベルとあなたのラベル（新規 %n 個）で {model} の新しいバージョンを学習します。以前のバージョンは残ります</numerusform></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>n/a</source>
        <extracomment>A value's text that measures its column when the values are all shorter. What a model without the metric shows instead of a bar.</extracomment>
        <translation>なし</translation>
    </message>
    <message>
        <source>{title} chart</source>
        <translation>{title}のグラフ</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>まだ結果はありません</translation>
    </message>
    <message>
        <source>{label} {value} (best)</source>
        <translation>{label} {value}（最良）</translation>
    </message>
</context>
<context>
    <name>BatchMetricsView</name>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>適合率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>再現率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1 値</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>サポート</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Per-class metrics</source>
        <translation>クラス別の指標</translation>
    </message>
    <message>
        <source>Click a cell to see its rows in the table.</source>
        <translation>セルをクリックすると、その行が表に表示されます。</translation>
    </message>
    <message>
        <source>Click a cell to list its rows.</source>
        <translation>セルをクリックすると、その行を一覧表示します。</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>正解率</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>マクロ F1</translation>
    </message>
    <message numerus="yes">
        <source>{correct} of %n row(s) right · {wrong} wrong</source>
        <translation><numerusform>%n 行中 {correct} 行が正解 · {wrong} 行が不正解</numerusform></translation>
    </message>
    <message>
        <source>so far: the run was cancelled</source>
        <translation>途中まで：実行はキャンセルされました</translation>
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
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>信頼度</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>不確実性</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>レイテンシ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Your label (the file says “{label}”)</source>
        <extracomment>The sparse columns some row has a value in, kept as results arrive (a run may have thousands). Whether the Uncertainty column is wanted (labelling the most uncertain rows first).</extracomment>
        <translation>あなたのラベル（ファイルでは「{label}」）</translation>
    </message>
    <message>
        <source>Your label</source>
        <translation>あなたのラベル</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>（失敗）</translation>
    </message>
    <message>
        <source>(abstained)</source>
        <translation>（棄権）</translation>
    </message>
</context>
<context>
    <name>BatchResultsView</name>
    <message>
        <source>All rows</source>
        <extracomment>The widest a result column grows to fit its content; Text (and Translation) take the rest.</extracomment>
        <translation>すべての行</translation>
    </message>
    <message>
        <source>Batch results</source>
        <translation>バッチの結果</translation>
    </message>
    <message>
        <source>Results filter</source>
        <translation>結果のフィルター</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Show all rows</source>
        <translation>すべての行を表示</translation>
    </message>
    <message>
        <source>Show every row again</source>
        <translation>すべての行を再表示します</translation>
    </message>
    <message>
        <source>Show errors</source>
        <translation>誤りを表示</translation>
    </message>
    <message>
        <source>Show only the rows the model got wrong</source>
        <translation>モデルが誤った行だけを表示します</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV をエクスポート</translation>
    </message>
    <message>
        <source>Save a copy of the output CSV</source>
        <translation>出力 CSV のコピーを保存します</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.</source>
        <translation>{name} を保存できませんでした: {reason}。</translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation>別のフォルダーまたはファイル名を選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n wrong row(s).</source>
        <translation><numerusform>誤りの %n 行を表示しています。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) labelled “{gold}”, called “{predicted}”.</source>
        <translation><numerusform>ラベルが「{gold}」で「{predicted}」と判定された %n 行を表示しています。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) correctly labelled “{gold}”.</source>
        <translation><numerusform>正しく「{gold}」とラベル付けされた %n 行を表示しています。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} / %n row(s)</source>
        <translation><numerusform>{done} / %n 行</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resumed</source>
        <translation><numerusform>%n 行を再開</numerusform></translation>
    </message>
    <message>
        <source>{rate} rows/s</source>
        <translation>{rate} 行/秒</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>残り約 {time}</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after {done} of %n row(s). Run batch resumes where it stopped.</source>
        <translation><numerusform>%n 行中 {done} 行でキャンセルしました。「バッチを実行」で中断した所から再開します。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n row(s) in {time}</source>
        <translation><numerusform>完了: %n 行（{time}）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the earlier run</source>
        <translation><numerusform>%n 行を前回の実行から再開</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n 行が失敗</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n abstained</source>
        <translation><numerusform>%n 行が棄権</numerusform></translation>
    </message>
    <message>
        <source>saved as {name}</source>
        <translation>{name} として保存</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) to label, the most uncertain first.</source>
        <translation><numerusform>ラベル付けする %n 行を、不確実な順に表示しています。</numerusform></translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>結果のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <source>(none)</source>
        <extracomment>The gold column's "no column" choice.</extracomment>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>No file open.</source>
        <translation>ファイルが開かれていません。</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>ファイルを開く…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <source>Open a CSV or JSONL file to run over</source>
        <translation>処理する CSV または JSONL ファイルを開きます</translation>
    </message>
    <message>
        <source>Batch file</source>
        <translation>バッチファイル</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation>テキスト列</translation>
    </message>
    <message>
        <source>The column whose text the model reads.</source>
        <translation>モデルが読むテキストの列です。</translation>
    </message>
    <message>
        <source>Gold column</source>
        <translation>正解列</translation>
    </message>
    <message>
        <source>The column with the right answers, to measure the model against (optional).</source>
        <translation>正解が入った列で、モデルの評価に使います（任意）。</translation>
    </message>
    <message>
        <source>&amp;Text column</source>
        <translation>テキスト列(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Gold column</source>
        <translation>正解列(&amp;G)</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>出力ファイル</translation>
    </message>
    <message>
        <source>Where the results go (chosen when a file is opened)</source>
        <translation>結果の保存先（ファイルを開くと決まります）</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <source>Choose output file</source>
        <translation>出力ファイルを選択</translation>
    </message>
    <message>
        <source>Choose where the results are saved</source>
        <translation>結果の保存先を選びます</translation>
    </message>
    <message>
        <source>O&amp;utput</source>
        <translation>出力(&amp;U)</translation>
    </message>
    <message>
        <source>Resume notice</source>
        <translation>再開のお知らせ</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>最初からやり直す</translation>
    </message>
    <message>
        <source>Discard the rows done by the earlier run</source>
        <translation>前回の実行で処理済みの行を破棄します</translation>
    </message>
    <message>
        <source>Rows at once</source>
        <translation>同時処理行数</translation>
    </message>
    <message>
        <source>Rows sent to a remote model at once (it slows down when the provider says too many). Local models take one row at a time.</source>
        <translation>リモートモデルに同時に送る行数です（プロバイダーが多すぎると応じた場合は減速します）。ローカルモデルは 1 行ずつ処理します。</translation>
    </message>
    <message>
        <source>Run batch</source>
        <translation>バッチを実行</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>バッチをキャンセル</translation>
    </message>
    <message>
        <source>Run the model over every row</source>
        <translation>すべての行でモデルを実行します</translation>
    </message>
    <message>
        <source>Stop after the rows in progress</source>
        <translation>処理中の行が終わったら停止します</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>バッチの進行状況</translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation>バッチの状態</translation>
    </message>
    <message>
        <source>Batch error</source>
        <translation>バッチのエラー</translation>
    </message>
    <message>
        <source>Batch notes</source>
        <translation>バッチのメモ</translation>
    </message>
    <message>
        <source>&amp;Rows at once</source>
        <translation>同時処理行数(&amp;R)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} を読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>Starting on %n row(s)…</source>
        <translation><numerusform>%n 行の処理を開始しています…</numerusform></translation>
    </message>
    <message>
        <source>Cancelling: finishing the rows in progress…</source>
        <translation>キャンセル中: 処理中の行を完了しています…</translation>
    </message>
    <message>
        <source>Open a file to run over</source>
        <translation>処理するファイルを開く</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.jsonl);;All files (*)</source>
        <translation>表 (*.csv *.tsv *.txt *.jsonl);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>{name} · %n row(s)</source>
        <translation><numerusform>{name} · %n 行</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Choose the columns and press Run batch.</source>
        <translation><numerusform>%n 行。列を選んで「バッチを実行」を押してください。</numerusform></translation>
    </message>
    <message>
        <source>Save the results as</source>
        <translation>結果の保存先</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Could not discard the earlier run</source>
        <translation>前回の実行を破棄できませんでした</translation>
    </message>
    <message>
        <source>{reason}. Choose another output file.</source>
        <translation>{reason}。別の出力ファイルを選んでください。</translation>
    </message>
    <message>
        <source>The earlier run was discarded; Run batch starts from the first row.</source>
        <translation>前回の実行を破棄しました。「バッチを実行」は最初の行から始まります。</translation>
    </message>
    <message>
        <source>The output would overwrite the input</source>
        <translation>出力が入力を上書きしてしまいます</translation>
    </message>
    <message>
        <source>Choose another output file.</source>
        <translation>別の出力ファイルを選んでください。</translation>
    </message>
    <message>
        <source>Cannot write the results there</source>
        <translation>そこには結果を書き込めません</translation>
    </message>
    <message>
        <source>{folder} is not a folder Plinth can write to. Choose another output file.</source>
        <translation>{folder} は Plinth が書き込めるフォルダーではありません。別の出力ファイルを選んでください。</translation>
    </message>
    <message>
        <source>{message} The rows done so far are kept: Run batch resumes after them.</source>
        <translation>{message} ここまでに処理した行は保持されています。「バッチを実行」でその続きから再開します。</translation>
    </message>
    <message>
        <source>Stopped by an error.</source>
        <translation>エラーで停止しました。</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} を保存しました。</translation>
    </message>
    <message>
        <source>Not saved in the history</source>
        <translation>履歴に保存されませんでした</translation>
    </message>
    <message>
        <source>An earlier run into {name} stopped part-way. Run batch resumes it when the model and settings are the same; Start over discards it.</source>
        <translation>{name} への前回の実行は途中で止まりました。モデルと設定が同じなら「バッチを実行」で再開し、「最初からやり直す」で破棄します。</translation>
    </message>
</context>
<context>
    <name>ChatDocuments</name>
    <message>
        <source>No model was asked: nothing in the attached documents matched.</source>
        <extracomment>The title over Plinth's own reply when nothing in the documents matched.</extracomment>
        <translation>モデルには問い合わせていません: 添付したドキュメントに一致するものがありませんでした。</translation>
    </message>
    <message>
        <source>Stopped while searching the documents.</source>
        <extracomment>Under an answer stopped before its passages were found.</extracomment>
        <translation>ドキュメントの検索中に停止しました。</translation>
    </message>
    <message>
        <source>Searching {names}…</source>
        <extracomment>The model and its title the answer searched for is to be asked.</extracomment>
        <translation>{names} を検索中…</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Install a model or add a provider to start chatting.</source>
        <translation>チャットを始めるには、モデルをインストールするかプロバイダーを追加してください。</translation>
    </message>
    <message>
        <source>System prompt</source>
        <extracomment>Keys in ``settings.extra``. Models that have answered since they were (re)started; the others load first. The status line last shown for a model that cannot be used, cleared once it can.</extracomment>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>System prompt (optional), e.g. “You are a concise assistant.”</source>
        <translation>システムプロンプト（任意）。例:「あなたは簡潔なアシスタントです。」</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Answer the last message again</source>
        <translation>最後のメッセージにもう一度回答</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Button: copy the last answer to the clipboard</extracomment>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the last answer</source>
        <translation>最後の回答をコピー</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>新しい会話を始める</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Message — Enter to send, Shift+Enter for a new line</source>
        <translation>メッセージ — Enter で送信、Shift+Enter で改行</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>回答を停止</translation>
    </message>
    <message>
        <source>Stop the answer before opening another conversation.</source>
        <translation>別の会話を開く前に回答を停止してください。</translation>
    </message>
    <message>
        <source>Answer copied.</source>
        <translation>回答をコピーしました。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>{model} is answering…</source>
        <translation>{model} が回答中…</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>準備完了。</translation>
    </message>
    <message>
        <source>{title}. You can send again.</source>
        <translation>{title}。もう一度送信できます。</translation>
    </message>
    <message>
        <source>Type a message first.</source>
        <translation>先にメッセージを入力してください。</translation>
    </message>
    <message>
        <source>Searching the documents…</source>
        <translation>ドキュメントを検索中…</translation>
    </message>
    <message>
        <source>Nothing found in the attached documents.</source>
        <translation>添付したドキュメントには何も見つかりませんでした。</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>モデルを読み込み中…</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>考え中…</translation>
    </message>
    <message>
        <source>Could not save the conversation: {error}</source>
        <translation>会話を保存できませんでした: {error}</translation>
    </message>
    <message>
        <source>Could not reopen the last conversation: {error}</source>
        <translation>前回の会話を再度開けませんでした: {error}</translation>
    </message>
    <message>
        <source>This conversation used {model}, which cannot run now; pick a model to continue it.</source>
        <translation>この会話で使われた {model} は現在実行できません。続けるにはモデルを選んでください。</translation>
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
        <translation>高いほど多様に、低いほど的を絞った回答になります。</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>温度(&amp;T)</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大トークン数</translation>
    </message>
    <message>
        <source>The longest answer, in tokens.</source>
        <translation>回答の最大長（トークン数）。</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens</source>
        <translation>最大トークン数(&amp;X)</translation>
    </message>
</context>
<context>
    <name>ChatTranscript</name>
    <message>
        <source>Plinth closed before this answer finished.</source>
        <extracomment>Shown under an answer that was still streaming when Plinth was killed or the computer stopped.</extracomment>
        <translation>この回答が終わる前に Plinth が終了しました。</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
</context>
<context>
    <name>CitedSources</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <extracomment>Finds a source's passage among its neighbours in the index; None when the index no longer holds it. The passage last opened (kept so it is not collected while shown).</extracomment>
        <translation><numerusform>%n 件のパッセージ</numerusform></translation>
    </message>
    <message>
        <source>~{tokens} tokens</source>
        <translation>約 {tokens} トークン</translation>
    </message>
    <message numerus="yes">
        <source>%n trimmed to fit</source>
        <translation><numerusform>%n 件を収まるよう短縮</numerusform></translation>
    </message>
</context>
<context>
    <name>ConfusionHeatmap</name>
    <message>
        <source>Confusion matrix</source>
        <translation>混同行列</translation>
    </message>
    <message>
        <source>No confusion matrix yet</source>
        <translation>混同行列はまだありません</translation>
    </message>
    <message>
        <source>Predicted</source>
        <extracomment>The axis of the model's labels (across the top of the confusion matrix).</extracomment>
        <translation>予測</translation>
    </message>
    <message>
        <source>Gold</source>
        <extracomment>The axis of the right answers (down the side of the confusion matrix).</extracomment>
        <translation>正解</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) correctly labelled “{gold}”</source>
        <translation><numerusform>正しく「{gold}」とラベル付けされた %n 行</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) labelled “{gold}” that the model called “{predicted}” — click to see them</source>
        <translation><numerusform>ラベルが「{gold}」なのにモデルが「{predicted}」と判定した %n 行 — クリックで表示</numerusform></translation>
    </message>
    <message>
        <source>gold {gold}, predicted {predicted}: {count}</source>
        <translation>正解 {gold}、予測 {predicted}: {count}</translation>
    </message>
</context>
<context>
    <name>DocumentsAttach</name>
    <message>
        <source>Documents</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>Answer from your document collections, with citations</source>
        <translation>ドキュメントのコレクションをもとに、引用付きで回答</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>添付したドキュメント</translation>
    </message>
    <message>
        <source>Passages from {names} → {destination}</source>
        <translation>{names} のパッセージ → {destination}</translation>
    </message>
    <message>
        <source>Docs: {names}</source>
        <translation>ドキュメント: {names}</translation>
    </message>
    <message>
        <source>{privacy}: the passages found for each question are sent with it.</source>
        <translation>{privacy}: 質問ごとに見つかったパッセージが質問と一緒に送信されます。</translation>
    </message>
    <message>
        <source>The passages found for each question stay on this computer.</source>
        <translation>質問ごとに見つかったパッセージはこのコンピューターから出ません。</translation>
    </message>
    <message>
        <source>Cannot read the collections: {error}</source>
        <translation>コレクションを読み込めません: {error}</translation>
    </message>
    <message>
        <source>No collections yet: add some in the Documents tab</source>
        <translation>コレクションはまだありません: 「ドキュメント」タブで追加してください</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Untitled conversation</source>
        <extracomment>The title shown for a conversation without one (translated where shown).</extracomment>
        <translation>無題の会話</translation>
    </message>
    <message>
        <source>Pinned</source>
        <extracomment>The date groups, in the order they are listed: the key ``date_group`` gives, and its shown text.</extracomment>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>それ以前</translation>
    </message>
    <message>
        <source>no model</source>
        <extracomment>The background of a search hit; the text on it stays dark in light and dark palettes. A search hit's snippet as rich text, the matched words highlighted.</extracomment>
        <translation>モデルなし</translation>
    </message>
    <message>
        <source>{group} (group)</source>
        <translation>{group}（グループ）</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>No saved versions yet</source>
        <translation>保存済みのバージョンはまだありません</translation>
    </message>
    <message>
        <source>Learning history</source>
        <translation>学習履歴</translation>
    </message>
    <message>
        <source>Each saved version: labels learnt from (across), cross-validated macro-F1 (up)</source>
        <translation>保存した各バージョン: 学習したラベル数（横軸）、交差検証の macro-F1（縦軸）</translation>
    </message>
    <message numerus="yes">
        <source>version {version}: %n label(s), macro-F1 {f1}</source>
        <translation><numerusform>バージョン {version}: ラベル %n 個、macro-F1 {f1}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{f1} · %n label(s)</source>
        <translation><numerusform>{f1} · ラベル %n 個</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <source>%n message(s) · {model}</source>
        <translation><numerusform>%n 件のメッセージ · {model}</numerusform></translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>New chat</source>
        <extracomment>How long after the last key press the search runs. How long "Conversation deleted — Undo" stays. The conversation whose answer is streaming: it cannot be deleted now. A refresh asked for while a title was being edited: it runs once the editor closes.</extracomment>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>新しい会話を始める (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>検索 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Pin</source>
        <extracomment>Verb: keep the conversation at the top of the list</extracomment>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Markdown としてエクスポート…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>JSON としてエクスポート…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Conversation deleted</source>
        <translation>会話を削除しました</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>削除を元に戻す</translation>
    </message>
    <message>
        <source>Bring the conversation back (Ctrl+Z)</source>
        <translation>会話を元に戻す (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo bar</source>
        <translation>元に戻すバー</translation>
    </message>
    <message>
        <source>Could not read the history: {error}</source>
        <translation>履歴を読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown ファイル (*.md)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Stop the answer before deleting this conversation.</source>
        <translation>この会話を削除する前に回答を停止してください。</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>「{title}」を削除しました</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>「{query}」に一致するものは見つかりませんでした。</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>会話をエクスポート</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}.</source>
        <translation>{path} に書き込めませんでした: {error}。</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>エクスポートできませんでした</translation>
    </message>
    <message>
        <source>Exported “{title}” to {path}.</source>
        <translation>「{title}」を {path} にエクスポートしました。</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>ピン留めを解除</translation>
    </message>
</context>
<context>
    <name>LabelDelegate</name>
    <message>
        <source>Label editor</source>
        <translation>ラベルエディター</translation>
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
        <translation>指標</translation>
    </message>
    <message>
        <source>Best: {metric}</source>
        <extracomment>Tooltip of a metrics table cell with the best value; {metric} is the metric's name.</extracomment>
        <translation>最良: {metric}</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Transcript</source>
        <extracomment>Most time one flush spends rendering markdown (laying it out costs about as much again); the rest waits for the next one. Finished blocks are rendered in pieces of about this many characters, so a flush can stop within its budget. A message longer than this shows its beginning and says how long it is: laying out a megabyte in a QTextDocument stalls the window for about a second, and nobody reads it there. The whole text still goes to the model, the history and exports. How close to the end (in pixels) still counts as reading the latest text. The "jump to latest" button's distance from the text's bottom-right corner. Just after the header; rendered content follows. End of the last block rendered as markdown; the plain tail follows. Where the last rendered block starts, in the source and on screen, while later text may still extend it (a list, an indented code block). (stats line, error) once the answer has ended; the last blocks may still be rendering.</extracomment>
        <translation>会話の記録</translation>
    </message>
    <message>
        <source>Ask anything to start the conversation.</source>
        <translation>何でも質問して会話を始めましょう。</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <extracomment>The latest answer's frame, for its sources once it is complete. The placeholder in the next answer's place (``show_waiting``). Whether new text scrolls into view: until the reader scrolls up, and again once they are back at the bottom or jump there. A state, not a check before each change: the document is laid out later (and again when the view is first shown or resized), so the end moves after the text has gone in. Held at the top until the reader scrolls (``show_from_start``): a finished answer reopened is read from its start, and the layout that comes later must not count as reaching its end.</extracomment>
        <translation>最新へ移動</translation>
    </message>
    <message>
        <source>↓ Latest</source>
        <translation>↓ 最新</translation>
    </message>
    <message>
        <source>Scroll to the latest message and follow the answer again</source>
        <translation>最新のメッセージまでスクロールし、再び回答を追いかけます</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>The header over the person's own message in the chat</extracomment>
        <translation>あなた</translation>
    </message>
    <message>
        <source>… shortened here: the message has {length} characters and only the first {shown} are shown. The whole message is kept: in the history and its exports.</source>
        <translation>… ここで省略: このメッセージは {length} 文字あり、最初の {shown} 文字だけを表示しています。メッセージ全体は履歴とそのエクスポートに保存されています。</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>出典:</translation>
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
        <translation>ラベル付きの {rows} 行と {labels} 個のラベルでは、{method} が最高スコアです：{scores}。</translation>
    </message>
    <message>
        <source>The gap ({gap}) is {why}: these data cannot tell them apart{tail}.</source>
        <translation>差（{gap}）は{why}：このデータでは両者を区別できません{tail}。</translation>
    </message>
    <message>
        <source>{method} gets within {near} of its full-set score from {rows} rows.</source>
        <translation>{method} は {rows} 行から全データ時のスコアとの差が {near} 以内になります。</translation>
    </message>
    <message>
        <source>{score} macro-F1 at {rate} rows/s and {price}</source>
        <translation>macro-F1 {score}、{rate} 行/秒、{price}</translation>
    </message>
    <message>
        <source>{cost} per 1,000 rows</source>
        <translation>1,000 行あたり {cost}</translation>
    </message>
    <message>
        <source>Nothing was measured yet.</source>
        <translation>まだ何も測定されていません。</translation>
    </message>
    <message>
        <source>{method} is ahead by {gap}, more than the spread over seeds and test rows.</source>
        <translation>{method} が {gap} リードしており、シードやテスト行によるばらつきを上回っています。</translation>
    </message>
    <message>
        <source>; {method} is the cheaper and faster choice</source>
        <translation>。{method} のほうが安くて速い選択です</translation>
    </message>
    <message>
        <source>The two are level{tail}.</source>
        <translation>両者は互角です{tail}。</translation>
    </message>
    <message>
        <source>within the spread over seeds (±{spread})</source>
        <translation>シード間のばらつき（±{spread}）の範囲内</translation>
    </message>
    <message>
        <source>within what {rows} test rows can tell apart (about ±{resolution})</source>
        <translation>{rows} 行のテストで区別できる範囲内（約 ±{resolution}）</translation>
    </message>
    <message>
        <source>More labelled rows may still help {method}: its curve is still rising at the full set.</source>
        <translation>ラベル付きの行を増やすと {method} はまだ伸びる可能性があります：全データでも曲線が上昇中です。</translation>
    </message>
    <message>
        <source>an unknown price</source>
        <translation>価格は不明</translation>
    </message>
    <message>
        <source>no cost</source>
        <translation>コストなし</translation>
    </message>
    <message>
        <source>prompting {model} with examples by similarity</source>
        <translation>類似例で {model} にプロンプト</translation>
    </message>
    <message>
        <source>No method does clearly better than guessing (about {chance} with these labels).</source>
        <translation>どの手法もあてずっぽうより明確に良くはありません（このラベルでは約 {chance}）。</translation>
    </message>
    <message>
        <source>{method} reaches {scores}.</source>
        <translation>{method} は {scores} に達します。</translation>
    </message>
    <message>
        <source>; {method} is also the cheaper and faster one</source>
        <translation>。{method} は安くて速くもあります</translation>
    </message>
    <message>
        <source>prompting {model} zero-shot</source>
        <translation>{model} にゼロショットでプロンプト</translation>
    </message>
    <message>
        <source>prompting {model} with fixed examples</source>
        <translation>固定の例で {model} にプロンプト</translation>
    </message>
    <message>
        <source>Prompting {model} with examples by similarity</source>
        <translation>類似例で {model} にプロンプト</translation>
    </message>
    <message>
        <source>the embedding classifier ({model})</source>
        <translation>埋め込み分類器（{model}）</translation>
    </message>
    <message>
        <source>The embedding classifier</source>
        <translation>埋め込み分類器</translation>
    </message>
    <message>
        <source>the embedding classifier</source>
        <translation>埋め込み分類器</translation>
    </message>
    <message>
        <source>Prompting {model} zero-shot</source>
        <translation>{model} にゼロショットでプロンプト</translation>
    </message>
    <message>
        <source>Prompting {model} with fixed examples</source>
        <translation>固定の例で {model} にプロンプト</translation>
    </message>
    <message>
        <source>The embedding classifier ({model})</source>
        <translation>埋め込み分類器（{model}）</translation>
    </message>
    <message>
        <source>The embedding cache cannot be used</source>
        <translation>埋め込みキャッシュを使用できません</translation>
    </message>
    <message>
        <source>A saved classifier cannot be read</source>
        <translation>保存済みの分類器を読み込めません</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>正解率</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>マクロ F1</translation>
    </message>
    <message>
        <source>Load time</source>
        <translation>読み込み時間</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>最初のトークンまでの時間</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Rows per minute</source>
        <translation>毎分の行数</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>入力トークン</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation>出力トークン</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Cost per 1,000 rows</source>
        <translation>1,000 行あたりのコスト</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>最大メモリ</translation>
    </message>
    <message>
        <source>Saved comparisons cannot be used</source>
        <translation>保存済みの比較を使用できません</translation>
    </message>
    <message>
        <source>Comparison not found</source>
        <translation>比較が見つかりません</translation>
    </message>
    <message>
        <source>{times} slower</source>
        <translation>{times} 遅く</translation>
    </message>
    <message>
        <source>at {times} the cost</source>
        <translation>コストは {times}</translation>
    </message>
    <message>
        <source>{points} points less accurate than {model} ({b} against {a})</source>
        <translation>{model} より正解率が {points} ポイント低く（{b} 対 {a}）</translation>
    </message>
    <message>
        <source>Compared with {reference}, {model} is {speed} {cost}.</source>
        <translation>{reference} と比べて、{model} は{speed}、{cost}。</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file}</source>
        <translation>{file} の全行の {column} 列</translation>
    </message>
    <message>
        <source>about as fast</source>
        <translation>ほぼ同じ速さで</translation>
    </message>
    <message>
        <source>{times} faster</source>
        <translation>{times} 速く</translation>
    </message>
    <message>
        <source>at an unknown cost (no price is known for either)</source>
        <translation>コストは不明（どちらも価格が不明）</translation>
    </message>
    <message>
        <source>at an unknown cost (no price is known for {model})</source>
        <translation>コストは不明（{model} の価格が不明）</translation>
    </message>
    <message>
        <source>at {cost} ({model}'s cost is unknown)</source>
        <translation>コストは {cost}（{model} のコストは不明）</translation>
    </message>
    <message>
        <source>at no cost, like {model}</source>
        <translation>コストなし（{model} と同じ）</translation>
    </message>
    <message>
        <source>at no cost</source>
        <translation>コストなし</translation>
    </message>
    <message>
        <source>at {cost} where {model} costs nothing</source>
        <translation>コストは {cost}（{model} は無料）</translation>
    </message>
    <message>
        <source>at about the same cost</source>
        <translation>コストはほぼ同じ</translation>
    </message>
    <message>
        <source>at {percent} of the cost</source>
        <translation>コストは {percent}</translation>
    </message>
    <message>
        <source>as accurate as {model} (within {points} point)</source>
        <translation>{model} と同等の正解率（差は {points} ポイント以内）</translation>
    </message>
    <message>
        <source>{points} points more accurate than {model} ({b} against {a})</source>
        <translation>{model} より正解率が {points} ポイント高く（{b} 対 {a}）</translation>
    </message>
    <message>
        <source>{model} is {accuracy} {cost}, {speed}.</source>
        <translation>{model} は{accuracy}、{cost}、{speed}。</translation>
    </message>
    <message>
        <source>Compared with {reference}, {model} is {cost}; speed unknown.</source>
        <translation>{reference} と比べて、{model} は{cost}。速度は不明です。</translation>
    </message>
    <message>
        <source>the prompt ({n} characters)</source>
        <translation>プロンプト（{n} 文字）</translation>
    </message>
    <message>
        <source>the text to translate ({n} characters)</source>
        <translation>翻訳するテキスト（{n} 文字）</translation>
    </message>
    <message>
        <source>the text and the labels ({n} characters)</source>
        <translation>テキストとラベル（{n} 文字）</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} and the labels</source>
        <translation>{file} の全行の {column} 列とラベル</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} (not the {gold} column)</source>
        <translation>{file} の全行の {column} 列（{gold} 列は除く）</translation>
    </message>
    <message>
        <source>Nothing was sent off this computer: nothing in the documents matched, so no model was asked.</source>
        <translation>このコンピューターから何も送信されていません：ドキュメントに一致するものがなかったため、どのモデルにも問い合わせていません。</translation>
    </message>
    <message>
        <source>at 1/{share} of the cost</source>
        <translation>コストは 1/{share}</translation>
    </message>
    <message>
        <source>No model finished, so there is nothing to compare.</source>
        <translation>完了したモデルがないため、比較するものがありません。</translation>
    </message>
    <message>
        <source>They disagree: {choices}.</source>
        <translation>結果が一致しません：{choices}。</translation>
    </message>
    <message>
        <source>Accuracy is unknown for some models.</source>
        <translation>一部のモデルの正解率は不明です。</translation>
    </message>
    <message>
        <source>Quality is not measured: read the answers side by side.</source>
        <translation>品質は測定していません：回答を並べて読んでください。</translation>
    </message>
    <message>
        <source>the prompt and each column's system prompt (up to {n} characters)</source>
        <translation>プロンプトと各列のシステムプロンプト（最大 {n} 文字）</translation>
    </message>
    <message>
        <source>the prompt and the system prompt ({n} characters)</source>
        <translation>プロンプトとシステムプロンプト（{n} 文字）</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} and the labels (not the {gold} column)</source>
        <translation>{file} の全行の {column} 列とラベル（{gold} 列は除く）</translation>
    </message>
    <message>
        <source>Stayed on this computer: {models}.</source>
        <translation>このコンピューター内に留まったもの：{models}。</translation>
    </message>
    <message>
        <source>Nothing was sent off this computer.</source>
        <translation>このコンピューターから何も送信されていません。</translation>
    </message>
    <message>
        <source>Only {model} finished, so there is nothing to compare.</source>
        <translation>完了したのは {model} だけなので、比較するものがありません。</translation>
    </message>
    <message>
        <source>{model} failed ({error}).</source>
        <translation>{model} は失敗しました（{error}）。</translation>
    </message>
    <message>
        <source>All chose {label}.</source>
        <translation>すべて {label} を選びました。</translation>
    </message>
    <message>
        <source>{model} chose {label}</source>
        <translation>{model} は {label} を選択</translation>
    </message>
    <message>
        <source>Accuracy is unknown: no gold column was given.</source>
        <translation>正解率は不明です：正解列が指定されていません。</translation>
    </message>
    <message>
        <source>Sent to {where}: {what}.</source>
        <translation>{where} に送信：{what}。</translation>
    </message>
    <message>
        <source>Sent to {where} and {last}: {what}.</source>
        <translation>{where} と {last} に送信：{what}。</translation>
    </message>
    <message>
        <source>speed unknown</source>
        <translation>速度は不明</translation>
    </message>
    <message>
        <source>{model} was stopped.</source>
        <translation>{model} は停止されました。</translation>
    </message>
    <message>
        <source>Both chose {label}.</source>
        <translation>どちらも {label} を選びました。</translation>
    </message>
    <message>
        <source>Documents cannot be used</source>
        <translation>ドキュメントを使用できません</translation>
    </message>
    <message>
        <source>The questions file cannot be used</source>
        <translation>質問ファイルを使用できません</translation>
    </message>
    <message>
        <source>File not indexed</source>
        <translation>ファイルはインデックスされていません</translation>
    </message>
    <message>
        <source>Another embedding model</source>
        <translation>別の埋め込みモデル</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>埋め込みモデルがありません</translation>
    </message>
    <message>
        <source>No such collection</source>
        <translation>そのコレクションはありません</translation>
    </message>
    <message>
        <source>Collection exists</source>
        <translation>コレクションは既に存在します</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>Model not found</source>
        <translation>モデルが見つかりません</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>モデルを読み込めませんでした</translation>
    </message>
    <message>
        <source>The model's chat template failed</source>
        <translation>モデルのチャットテンプレートが失敗しました</translation>
    </message>
    <message>
        <source>The model stopped unexpectedly</source>
        <translation>モデルが予期せず停止しました</translation>
    </message>
    <message>
        <source>Text too long for this model</source>
        <translation>このモデルにはテキストが長すぎます</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>送信するものがありません</translation>
    </message>
    <message>
        <source>Key rejected</source>
        <translation>キーが拒否されました</translation>
    </message>
    <message>
        <source>Rate limit or quota reached</source>
        <translation>レート制限またはクォータに達しました</translation>
    </message>
    <message>
        <source>The provider's server failed</source>
        <translation>プロバイダーのサーバーでエラーが発生しました</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>リクエストが拒否されました</translation>
    </message>
    <message>
        <source>Not found on the server</source>
        <translation>サーバー上に見つかりません</translation>
    </message>
    <message>
        <source>This server cannot classify</source>
        <translation>このサーバーは分類できません</translation>
    </message>
    <message>
        <source>This JSON Schema cannot be used with this model</source>
        <translation>この JSON Schema はこのモデルでは使用できません</translation>
    </message>
    <message>
        <source>Cannot reach the provider</source>
        <translation>プロバイダーに接続できません</translation>
    </message>
    <message>
        <source>The provider did not answer in time</source>
        <translation>プロバイダーが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>利用できるキーチェーンがありません</translation>
    </message>
    <message>
        <source>Nothing leaves this computer</source>
        <translation>このコンピューターから何も送信されません</translation>
    </message>
    <message>
        <source>Conversation not found</source>
        <translation>会話が見つかりません</translation>
    </message>
    <message>
        <source>Message not found</source>
        <translation>メッセージが見つかりません</translation>
    </message>
    <message>
        <source>History cannot be used</source>
        <translation>履歴を使用できません</translation>
    </message>
    <message>
        <source>History is from a newer Plinth</source>
        <translation>履歴は新しいバージョンの Plinth のものです</translation>
    </message>
    <message>
        <source>History is damaged</source>
        <translation>履歴が破損しています</translation>
    </message>
    <message>
        <source>Not a LoRA adapter</source>
        <translation>LoRA アダプターではありません</translation>
    </message>
    <message>
        <source>The model catalogue is damaged</source>
        <translation>モデルカタログが破損しています</translation>
    </message>
    <message>
        <source>Not enough disk space</source>
        <translation>ディスクの空き容量が足りません</translation>
    </message>
    <message>
        <source>The download was corrupted</source>
        <translation>ダウンロードが破損しています</translation>
    </message>
    <message>
        <source>This model is gated</source>
        <translation>このモデルはアクセス制限付きです</translation>
    </message>
    <message>
        <source>Cannot reach the Hugging Face Hub</source>
        <translation>Hugging Face Hub に接続できません</translation>
    </message>
    <message>
        <source>The Hugging Face Hub failed</source>
        <translation>Hugging Face Hub でエラーが発生しました</translation>
    </message>
    <message>
        <source>Model already in the library</source>
        <translation>モデルは既にライブラリにあります</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>プロバイダー設定</translation>
    </message>
    <message>
        <source>The keychain refused</source>
        <translation>キーチェーンが拒否しました</translation>
    </message>
    <message>
        <source>The local API could not start</source>
        <translation>ローカル API を起動できませんでした</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation>サーバートークン</translation>
    </message>
    <message>
        <source>The answer cache cannot be used</source>
        <translation>回答キャッシュを使用できません</translation>
    </message>
    <message>
        <source>The task file cannot be used</source>
        <translation>タスクファイルを使用できません</translation>
    </message>
    <message>
        <source>The JSON path cannot be used</source>
        <translation>JSON パスを使用できません</translation>
    </message>
    <message>
        <source>Task library</source>
        <translation>タスクライブラリ</translation>
    </message>
    <message>
        <source>The promptfoo config cannot be imported</source>
        <translation>promptfoo の設定をインポートできません</translation>
    </message>
    <message>
        <source>Task run not found</source>
        <translation>タスクの実行が見つかりません</translation>
    </message>
    <message>
        <source>The task cannot run</source>
        <translation>タスクを実行できません</translation>
    </message>
    <message>
        <source>A template variable has no value</source>
        <translation>テンプレート変数に値がありません</translation>
    </message>
    <message>
        <source>The file cannot be used</source>
        <translation>ファイルを使用できません</translation>
    </message>
</context>
</TS>