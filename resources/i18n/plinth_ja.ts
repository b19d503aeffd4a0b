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
