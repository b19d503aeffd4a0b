<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActiveLabelling</name>
    <message numerus="yes">
        <source>Retraining {model} on %n label(s)…</source>
        <translation><numerusform>Retraining {model} on %Ln label…</numerusform><numerusform>Retraining {model} on %Ln labels…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Train a new version of {model} on the file's labels and yours (%n new label(s)); the versions before it stay</source>
        <translation><numerusform>Train a new version of {model} on the file's labels and yours (%Ln new label); the versions before it stay</numerusform><numerusform>Train a new version of {model} on the file's labels and yours (%Ln new labels); the versions before it stay</numerusform></translation>
    </message>
</context>
<context>
    <name>AdaptationView</name>
    <message numerus="yes">
        <source>%n training row(s)</source>
        <translation><numerusform>%Ln training row</numerusform><numerusform>%Ln training rows</numerusform></translation>
    </message>
</context>
<context>
    <name>BatchMetricsView</name>
    <message numerus="yes">
        <source>{correct} of %n row(s) right · {wrong} wrong</source>
        <translation><numerusform>{correct} of %Ln row right · {wrong} wrong</numerusform><numerusform>{correct} of %Ln rows right · {wrong} wrong</numerusform></translation>
    </message>
</context>
<context>
    <name>BatchResultsView</name>
    <message numerus="yes">
        <source>Showing %n wrong row(s).</source>
        <translation><numerusform>Showing %Ln wrong row.</numerusform><numerusform>Showing %Ln wrong rows.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) labelled “{gold}”, called “{predicted}”.</source>
        <translation><numerusform>Showing %Ln row labelled “{gold}”, called “{predicted}”.</numerusform><numerusform>Showing %Ln rows labelled “{gold}”, called “{predicted}”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) correctly labelled “{gold}”.</source>
        <translation><numerusform>Showing %Ln row correctly labelled “{gold}”.</numerusform><numerusform>Showing %Ln rows correctly labelled “{gold}”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} / %n row(s)</source>
        <translation><numerusform>{done} / %Ln row</numerusform><numerusform>{done} / %Ln rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resumed</source>
        <translation><numerusform>%Ln resumed</numerusform><numerusform>%Ln resumed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after {done} of %n row(s). Run batch resumes where it stopped.</source>
        <translation><numerusform>Cancelled after {done} of %Ln row. Run batch resumes where it stopped.</numerusform><numerusform>Cancelled after {done} of %Ln rows. Run batch resumes where it stopped.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n row(s) in {time}</source>
        <translation><numerusform>Done: %Ln row in {time}</numerusform><numerusform>Done: %Ln rows in {time}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the earlier run</source>
        <translation><numerusform>%Ln resumed from the earlier run</numerusform><numerusform>%Ln resumed from the earlier run</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%Ln failed</numerusform><numerusform>%Ln failed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n abstained</source>
        <translation><numerusform>%Ln abstained</numerusform><numerusform>%Ln abstained</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) to label, the most uncertain first.</source>
        <translation><numerusform>Showing %Ln row to label, the most uncertain first.</numerusform><numerusform>Showing %Ln rows to label, the most uncertain first.</numerusform></translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message numerus="yes">
        <source>Starting on %n row(s)…</source>
        <translation><numerusform>Starting on %Ln row…</numerusform><numerusform>Starting on %Ln rows…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{name} · %n row(s)</source>
        <translation><numerusform>{name} · %Ln row</numerusform><numerusform>{name} · %Ln rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Choose the columns and press Run batch.</source>
        <translation><numerusform>%Ln row. Choose the columns and press Run batch.</numerusform><numerusform>%Ln rows. Choose the columns and press Run batch.</numerusform></translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message numerus="yes">
        <source>%n question(s), top {k} hits per question.</source>
        <translation><numerusform>%Ln question, top {k} hits per question.</numerusform><numerusform>%Ln questions, top {k} hits per question.</numerusform></translation>
    </message>
</context>
<context>
    <name>CitedSources</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <extracomment>Finds a source's passage among its neighbours in the index; None when the index no longer holds it. The passage last opened (kept so it is not collected while shown).</extracomment>
        <translation><numerusform>%Ln passage</numerusform><numerusform>%Ln passages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n trimmed to fit</source>
        <translation><numerusform>%Ln trimmed to fit</numerusform><numerusform>%Ln trimmed to fit</numerusform></translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message numerus="yes">
        <source>%v of %n row(s)</source>
        <extracomment>A batch's progress: %v is the rows done so far.</extracomment>
        <translation><numerusform>%v of %Ln row</numerusform><numerusform>%v of %Ln rows</numerusform></translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message numerus="yes">
        <source>Comparing %n model(s)…</source>
        <translation><numerusform>Comparing %Ln model…</numerusform><numerusform>Comparing %Ln models…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <extracomment>How many models of the comparison failed.</extracomment>
        <translation><numerusform>%Ln failed.</numerusform><numerusform>%Ln failed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n stopped.</source>
        <extracomment>How many models of the comparison were stopped.</extracomment>
        <translation><numerusform>%Ln stopped.</numerusform><numerusform>%Ln stopped.</numerusform></translation>
    </message>
</context>
<context>
    <name>CompareSetup</name>
    <message numerus="yes">
        <source>%n column(s) in {file}.</source>
        <translation><numerusform>%Ln column in {file}.</numerusform><numerusform>%Ln columns in {file}.</numerusform></translation>
    </message>
</context>
<context>
    <name>ConfusionHeatmap</name>
    <message numerus="yes">
        <source>%n row(s) correctly labelled “{gold}”</source>
        <translation><numerusform>%Ln row correctly labelled “{gold}”</numerusform><numerusform>%Ln rows correctly labelled “{gold}”</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) labelled “{gold}” that the model called “{predicted}” — click to see them</source>
        <translation><numerusform>%Ln row labelled “{gold}” that the model called “{predicted}” — click to see them</numerusform><numerusform>%Ln rows labelled “{gold}” that the model called “{predicted}” — click to see them</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message numerus="yes">
        <source>Delete the collection “{name}” and its index of %n file(s)? The files themselves stay where they are.</source>
        <translation><numerusform>Delete the collection “{name}” and its index of %Ln file? The files themselves stay where they are.</numerusform><numerusform>Delete the collection “{name}” and its index of %Ln files? The files themselves stay where they are.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Re-embed %n passage(s) of “{name}” with {model}? The vectors from {old} are deleted.</source>
        <translation><numerusform>Re-embed %Ln passage of “{name}” with {model}? The vectors from {old} are deleted.</numerusform><numerusform>Re-embed %Ln passages of “{name}” with {model}? The vectors from {old} are deleted.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Drop the vectors of %n passage(s) of “{name}”? Search will be by keyword only. The vectors from {old} are deleted.</source>
        <translation><numerusform>Drop the vectors of %Ln passage of “{name}”? Search will be by keyword only. The vectors from {old} are deleted.</numerusform><numerusform>Drop the vectors of %Ln passages of “{name}”? Search will be by keyword only. The vectors from {old} are deleted.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation><numerusform>%Ln file</numerusform><numerusform>%Ln files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation><numerusform>%Ln passage</numerusform><numerusform>%Ln passages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Embedding “{name}”: {done} of %n passage(s)</source>
        <translation><numerusform>Embedding “{name}”: {done} of %Ln passage</numerusform><numerusform>Embedding “{name}”: {done} of %Ln passages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Indexing “{name}”: {done} of %n file(s)</source>
        <translation><numerusform>Indexing “{name}”: {done} of %Ln file</numerusform><numerusform>Indexing “{name}”: {done} of %Ln files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is up to date: %n file(s) read in {seconds} s, {problems} skipped or failed (see Problems only).</source>
        <translation><numerusform>“{name}” is up to date: %Ln file read in {seconds} s, {problems} skipped or failed (see Problems only).</numerusform><numerusform>“{name}” is up to date: %Ln files read in {seconds} s, {problems} skipped or failed (see Problems only).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is up to date: %n file(s) read in {seconds} s.</source>
        <translation><numerusform>“{name}” is up to date: %Ln file read in {seconds} s.</numerusform><numerusform>“{name}” is up to date: %Ln files read in {seconds} s.</numerusform></translation>
    </message>
</context>
<context>
    <name>DownloadQueueWidget</name>
    <message numerus="yes">
        <source>%n more queued</source>
        <translation><numerusform>%Ln more queued</numerusform><numerusform>%Ln more queued</numerusform></translation>
    </message>
</context>
<context>
    <name>FileTable</name>
    <message numerus="yes">
        <source>%n file(s), {problems} with problems or notes</source>
        <translation><numerusform>%Ln file, {problems} with problems or notes</numerusform><numerusform>%Ln files, {problems} with problems or notes</numerusform></translation>
    </message>
</context>
<context>
    <name>GlossaryEditor</name>
    <message numerus="yes">
        <source>Imported %n term(s).</source>
        <translation><numerusform>Imported %Ln term.</numerusform><numerusform>Imported %Ln terms.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation><numerusform>%Ln term</numerusform><numerusform>%Ln terms</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message numerus="yes">
        <source>version {version}: %n label(s), macro-F1 {f1}</source>
        <translation><numerusform>version {version}: %Ln label, macro-F1 {f1}</numerusform><numerusform>version {version}: %Ln labels, macro-F1 {f1}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{f1} · %n label(s)</source>
        <translation><numerusform>{f1} · %Ln label</numerusform><numerusform>{f1} · %Ln labels</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <source>%n message(s) · {model}</source>
        <translation><numerusform>%Ln message · {model}</numerusform><numerusform>%Ln messages · {model}</numerusform></translation>
    </message>
</context>
<context>
    <name>HubSearchPage</name>
    <message numerus="yes">
        <source>%n repository(ies)</source>
        <translation><numerusform>%Ln repository(ies)</numerusform><numerusform>%Ln repository(ies)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{file} (%n parts)</source>
        <translation><numerusform>{file} (%Ln parts)</numerusform><numerusform>{file} (%Ln parts)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF model(s) in {repo}</source>
        <translation><numerusform>%Ln GGUF model in {repo}</numerusform><numerusform>%Ln GGUF models in {repo}</numerusform></translation>
    </message>
</context>
<context>
    <name>InstalledModelsPage</name>
    <message numerus="yes">
        <source>%n model(s) in {folder} · {errors} unreadable (hover for why)</source>
        <translation><numerusform>%Ln model in {folder} · {errors} unreadable (hover for why)</numerusform><numerusform>%Ln models in {folder} · {errors} unreadable (hover for why)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in {folder}</source>
        <translation><numerusform>%Ln model in {folder}</numerusform><numerusform>%Ln models in {folder}</numerusform></translation>
    </message>
</context>
<context>
    <name>LearningCurveChart</name>
    <message numerus="yes">
        <source>%n row(s) {f1}</source>
        <extracomment>One point of the learning curve, read out: its training rows and its macro-F1.</extracomment>
        <translation><numerusform>%Ln row {f1}</numerusform><numerusform>%Ln rows {f1}</numerusform></translation>
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message numerus="yes">
        <source>Connected: %n model(s).</source>
        <translation><numerusform>Connected: %Ln model.</numerusform><numerusform>Connected: %Ln models.</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message numerus="yes">
        <source>%n training row(s), seed {seed}</source>
        <extracomment>A seed: which random draw of the training rows this cell used.</extracomment>
        <translation><numerusform>%Ln training row, seed {seed}</numerusform><numerusform>%Ln training rows, seed {seed}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{method}, {size}, %n test row(s)</source>
        <extracomment>The selected cell: its method, its training rows, then how many rows scored it.</extracomment>
        <translation><numerusform>{method}, {size}, %Ln test row</numerusform><numerusform>{method}, {size}, %Ln test rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed: {error}</source>
        <translation><numerusform>%Ln row failed: {error}</numerusform><numerusform>%Ln rows failed: {error}</numerusform></translation>
    </message>
</context>
<context>
    <name>SavedComparisons</name>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation><numerusform>%Ln model</numerusform><numerusform>%Ln models</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message numerus="yes">
        <source>%n passage(s) found. Double-click one to open its file.</source>
        <translation><numerusform>%Ln passage found. Double-click one to open its file.</numerusform><numerusform>%Ln passages found. Double-click one to open its file.</numerusform></translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message numerus="yes">
        <source>OpenAI-compatible API at {address}: %n request(s) in flight, {served} answered. Programs send a token from File › Server tokens… as their API key.</source>
        <translation><numerusform>OpenAI-compatible API at {address}: %Ln request in flight, {served} answered. Programs send a token from File › Server tokens… as their API key.</numerusform><numerusform>OpenAI-compatible API at {address}: %Ln requests in flight, {served} answered. Programs send a token from File › Server tokens… as their API key.</numerusform></translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message numerus="yes">
        <source>{file}: %n row(s), columns {columns}.</source>
        <translation><numerusform>{file}: %Ln row, columns {columns}.</numerusform><numerusform>{file}: %Ln rows, columns {columns}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the journal</source>
        <translation><numerusform>%Ln resumed from the journal</numerusform><numerusform>%Ln resumed from the journal</numerusform></translation>
    </message>
</context>
<context>
    <name>TranslationPanel</name>
    <message numerus="yes">
        <source>Done, with %n warning(s).</source>
        <translation><numerusform>Done, with %Ln warning.</numerusform><numerusform>Done, with %Ln warnings.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation><numerusform>%Ln part</numerusform><numerusform>%Ln parts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%Ln warning</numerusform><numerusform>%Ln warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation><numerusform>…and %Ln more.</numerusform><numerusform>…and %Ln more.</numerusform></translation>
    </message>
</context>
<context>
    <name>_BatchWords</name>
    <message numerus="yes">
        <source>{done} of %n row(s) done</source>
        <translation><numerusform>{done} of %Ln row done</numerusform><numerusform>{done} of %Ln rows done</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more row(s) (in the exported report).</source>
        <translation><numerusform>…and %Ln more row (in the exported report).</numerusform><numerusform>…and %Ln more rows (in the exported report).</numerusform></translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation><numerusform>%Ln conversation</numerusform><numerusform>%Ln conversations</numerusform></translation>
    </message>
</context>
<context>
    <name>_StatsLine</name>
    <message numerus="yes">
        <source>%n cached</source>
        <translation><numerusform>%Ln cached</numerusform><numerusform>%Ln cached</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n earliest message(s) left out (context full)</source>
        <translation><numerusform>%Ln earliest message left out (context full)</numerusform><numerusform>%Ln earliest messages left out (context full)</numerusform></translation>
    </message>
</context>
</TS>