<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActiveLabelling</name>
    <message numerus="yes">
        <source>Retraining {model} on %n label(s)…</source>
        <translation><numerusform>Retraining {model} on %n label…</numerusform><numerusform>Retraining {model} on %n labels…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Train a new version of {model} on the file's labels and yours (%n new label(s)); the versions before it stay</source>
        <translation><numerusform>Train a new version of {model} on the file's labels and yours (%n new label); the versions before it stay</numerusform><numerusform>Train a new version of {model} on the file's labels and yours (%n new labels); the versions before it stay</numerusform></translation>
    </message>
</context>
<context>
    <name>AdaptationView</name>
    <message numerus="yes">
        <source>%n training row(s)</source>
        <translation><numerusform>%n training row</numerusform><numerusform>%n training rows</numerusform></translation>
    </message>
</context>
<context>
    <name>BatchMetricsView</name>
    <message numerus="yes">
        <source>{correct} of %n row(s) right · {wrong} wrong</source>
        <translation><numerusform>{correct} of %n row right · {wrong} wrong</numerusform><numerusform>{correct} of %n rows right · {wrong} wrong</numerusform></translation>
    </message>
</context>
<context>
    <name>BatchResultsView</name>
    <message numerus="yes">
        <source>Showing %n wrong row(s).</source>
        <translation><numerusform>Showing %n wrong row.</numerusform><numerusform>Showing %n wrong rows.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) labelled “{gold}”, called “{predicted}”.</source>
        <translation><numerusform>Showing %n row labelled “{gold}”, called “{predicted}”.</numerusform><numerusform>Showing %n rows labelled “{gold}”, called “{predicted}”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) correctly labelled “{gold}”.</source>
        <translation><numerusform>Showing %n row correctly labelled “{gold}”.</numerusform><numerusform>Showing %n rows correctly labelled “{gold}”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} / %n row(s)</source>
        <translation><numerusform>{done} / %n row</numerusform><numerusform>{done} / %n rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resumed</source>
        <translation><numerusform>%n resumed</numerusform><numerusform>%n resumed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after {done} of %n row(s). Run batch resumes where it stopped.</source>
        <translation><numerusform>Cancelled after {done} of %n row. Run batch resumes where it stopped.</numerusform><numerusform>Cancelled after {done} of %n rows. Run batch resumes where it stopped.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n row(s) in {time}</source>
        <translation><numerusform>Done: %n row in {time}</numerusform><numerusform>Done: %n rows in {time}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the earlier run</source>
        <translation><numerusform>%n resumed from the earlier run</numerusform><numerusform>%n resumed from the earlier run</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n abstained</source>
        <translation><numerusform>%n abstained</numerusform><numerusform>%n abstained</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) to label, the most uncertain first.</source>
        <translation><numerusform>Showing %n row to label, the most uncertain first.</numerusform><numerusform>Showing %n rows to label, the most uncertain first.</numerusform></translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message numerus="yes">
        <source>Starting on %n row(s)…</source>
        <translation><numerusform>Starting on %n row…</numerusform><numerusform>Starting on %n rows…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{name} · %n row(s)</source>
        <translation><numerusform>{name} · %n row</numerusform><numerusform>{name} · %n rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Choose the columns and press Run batch.</source>
        <translation><numerusform>%n row. Choose the columns and press Run batch.</numerusform><numerusform>%n rows. Choose the columns and press Run batch.</numerusform></translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message numerus="yes">
        <source>%n question(s), top {k} hits per question.</source>
        <translation><numerusform>%n question, top {k} hits per question.</numerusform><numerusform>%n questions, top {k} hits per question.</numerusform></translation>
    </message>
</context>
<context>
    <name>CitedSources</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <extracomment>Finds a source's passage among its neighbours in the index; None when the index no longer holds it. The passage last opened (kept so it is not collected while shown).</extracomment>
        <translation><numerusform>%n passage</numerusform><numerusform>%n passages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n trimmed to fit</source>
        <translation><numerusform>%n trimmed to fit</numerusform><numerusform>%n trimmed to fit</numerusform></translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message numerus="yes">
        <source>%v of %n row(s)</source>
        <extracomment>A batch's progress: %v is the rows done so far.</extracomment>
        <translation><numerusform>%v of %n row</numerusform><numerusform>%v of %n rows</numerusform></translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message numerus="yes">
        <source>Comparing %n model(s)…</source>
        <translation><numerusform>Comparing %n model…</numerusform><numerusform>Comparing %n models…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <extracomment>How many models of the comparison failed.</extracomment>
        <translation><numerusform>%n failed.</numerusform><numerusform>%n failed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n stopped.</source>
        <extracomment>How many models of the comparison were stopped.</extracomment>
        <translation><numerusform>%n stopped.</numerusform><numerusform>%n stopped.</numerusform></translation>
    </message>
</context>
<context>
    <name>CompareSetup</name>
    <message numerus="yes">
        <source>%n column(s) in {file}.</source>
        <translation><numerusform>%n column in {file}.</numerusform><numerusform>%n columns in {file}.</numerusform></translation>
    </message>
</context>
<context>
    <name>ConfusionHeatmap</name>
    <message numerus="yes">
        <source>%n row(s) correctly labelled “{gold}”</source>
        <translation><numerusform>%n row correctly labelled “{gold}”</numerusform><numerusform>%n rows correctly labelled “{gold}”</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) labelled “{gold}” that the model called “{predicted}” — click to see them</source>
        <translation><numerusform>%n row labelled “{gold}” that the model called “{predicted}” — click to see them</numerusform><numerusform>%n rows labelled “{gold}” that the model called “{predicted}” — click to see them</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message numerus="yes">
        <source>Delete the collection “{name}” and its index of %n file(s)? The files themselves stay where they are.</source>
        <translation><numerusform>Delete the collection “{name}” and its index of %n file? The files themselves stay where they are.</numerusform><numerusform>Delete the collection “{name}” and its index of %n files? The files themselves stay where they are.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Re-embed %n passage(s) of “{name}” with {model}? The vectors from {old} are deleted.</source>
        <translation><numerusform>Re-embed %n passage of “{name}” with {model}? The vectors from {old} are deleted.</numerusform><numerusform>Re-embed %n passages of “{name}” with {model}? The vectors from {old} are deleted.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Drop the vectors of %n passage(s) of “{name}”? Search will be by keyword only. The vectors from {old} are deleted.</source>
        <translation><numerusform>Drop the vectors of %n passage of “{name}”? Search will be by keyword only. The vectors from {old} are deleted.</numerusform><numerusform>Drop the vectors of %n passages of “{name}”? Search will be by keyword only. The vectors from {old} are deleted.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation><numerusform>%n file</numerusform><numerusform>%n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation><numerusform>%n passage</numerusform><numerusform>%n passages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Embedding “{name}”: {done} of %n passage(s)</source>
        <translation><numerusform>Embedding “{name}”: {done} of %n passage</numerusform><numerusform>Embedding “{name}”: {done} of %n passages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Indexing “{name}”: {done} of %n file(s)</source>
        <translation><numerusform>Indexing “{name}”: {done} of %n file</numerusform><numerusform>Indexing “{name}”: {done} of %n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is up to date: %n file(s) read in {seconds} s, {problems} skipped or failed (see Problems only).</source>
        <translation><numerusform>“{name}” is up to date: %n file read in {seconds} s, {problems} skipped or failed (see Problems only).</numerusform><numerusform>“{name}” is up to date: %n files read in {seconds} s, {problems} skipped or failed (see Problems only).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is up to date: %n file(s) read in {seconds} s.</source>
        <translation><numerusform>“{name}” is up to date: %n file read in {seconds} s.</numerusform><numerusform>“{name}” is up to date: %n files read in {seconds} s.</numerusform></translation>
    </message>
</context>
<context>
    <name>DownloadQueueWidget</name>
    <message numerus="yes">
        <source>%n more queued</source>
        <translation><numerusform>%n more queued</numerusform><numerusform>%n more queued</numerusform></translation>
    </message>
</context>
<context>
    <name>FileTable</name>
    <message numerus="yes">
        <source>%n file(s), {problems} with problems or notes</source>
        <translation><numerusform>%n file, {problems} with problems or notes</numerusform><numerusform>%n files, {problems} with problems or notes</numerusform></translation>
    </message>
</context>
<context>
    <name>GlossaryEditor</name>
    <message numerus="yes">
        <source>Imported %n term(s).</source>
        <translation><numerusform>Imported %n term.</numerusform><numerusform>Imported %n terms.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation><numerusform>%n term</numerusform><numerusform>%n terms</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message numerus="yes">
        <source>version {version}: %n label(s), macro-F1 {f1}</source>
        <translation><numerusform>version {version}: %n label, macro-F1 {f1}</numerusform><numerusform>version {version}: %n labels, macro-F1 {f1}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{f1} · %n label(s)</source>
        <translation><numerusform>{f1} · %n label</numerusform><numerusform>{f1} · %n labels</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <source>%n message(s) · {model}</source>
        <translation><numerusform>%n message · {model}</numerusform><numerusform>%n messages · {model}</numerusform></translation>
    </message>
</context>
<context>
    <name>HubSearchPage</name>
    <message numerus="yes">
        <source>%n repository(ies)</source>
        <translation><numerusform>%n repository(ies)</numerusform><numerusform>%n repository(ies)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{file} (%n parts)</source>
        <translation><numerusform>{file} (%n parts)</numerusform><numerusform>{file} (%n parts)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF model(s) in {repo}</source>
        <translation><numerusform>%n GGUF model in {repo}</numerusform><numerusform>%n GGUF models in {repo}</numerusform></translation>
    </message>
</context>
<context>
    <name>InstalledModelsPage</name>
    <message numerus="yes">
        <source>%n model(s) in {folder} · {errors} unreadable (hover for why)</source>
        <translation><numerusform>%n model in {folder} · {errors} unreadable (hover for why)</numerusform><numerusform>%n models in {folder} · {errors} unreadable (hover for why)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in {folder}</source>
        <translation><numerusform>%n model in {folder}</numerusform><numerusform>%n models in {folder}</numerusform></translation>
    </message>
</context>
<context>
    <name>LearningCurveChart</name>
    <message numerus="yes">
        <source>%n row(s) {f1}</source>
        <extracomment>One point of the learning curve, read out: its training rows and its macro-F1.</extracomment>
        <translation><numerusform>%n row {f1}</numerusform><numerusform>%n rows {f1}</numerusform></translation>
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message numerus="yes">
        <source>Connected: %n model(s).</source>
        <translation><numerusform>Connected: %n model.</numerusform><numerusform>Connected: %n models.</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message numerus="yes">
        <source>%n training row(s), seed {seed}</source>
        <extracomment>A seed: which random draw of the training rows this cell used.</extracomment>
        <translation><numerusform>%n training row, seed {seed}</numerusform><numerusform>%n training rows, seed {seed}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{method}, {size}, %n test row(s)</source>
        <extracomment>The selected cell: its method, its training rows, then how many rows scored it.</extracomment>
        <translation><numerusform>{method}, {size}, %n test row</numerusform><numerusform>{method}, {size}, %n test rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed: {error}</source>
        <translation><numerusform>%n row failed: {error}</numerusform><numerusform>%n rows failed: {error}</numerusform></translation>
    </message>
</context>
<context>
    <name>SavedComparisons</name>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation><numerusform>%n model</numerusform><numerusform>%n models</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message numerus="yes">
        <source>%n passage(s) found. Double-click one to open its file.</source>
        <translation><numerusform>%n passage found. Double-click one to open its file.</numerusform><numerusform>%n passages found. Double-click one to open its file.</numerusform></translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message numerus="yes">
        <source>{file}: %n row(s), columns {columns}.</source>
        <translation><numerusform>{file}: %n row, columns {columns}.</numerusform><numerusform>{file}: %n rows, columns {columns}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the journal</source>
        <translation><numerusform>%n resumed from the journal</numerusform><numerusform>%n resumed from the journal</numerusform></translation>
    </message>
</context>
<context>
    <name>TranslationPanel</name>
    <message numerus="yes">
        <source>Done, with %n warning(s).</source>
        <translation><numerusform>Done, with %n warning.</numerusform><numerusform>Done, with %n warnings.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation><numerusform>%n part</numerusform><numerusform>%n parts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation><numerusform>…and %n more.</numerusform><numerusform>…and %n more.</numerusform></translation>
    </message>
</context>
<context>
    <name>_BatchWords</name>
    <message numerus="yes">
        <source>{done} of %n row(s) done</source>
        <translation><numerusform>{done} of %n row done</numerusform><numerusform>{done} of %n rows done</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more row(s) (in the exported report).</source>
        <translation><numerusform>…and %n more row (in the exported report).</numerusform><numerusform>…and %n more rows (in the exported report).</numerusform></translation>
    </message>
</context>
<context>
    <name>_StatsLine</name>
    <message numerus="yes">
        <source>%n cached</source>
        <translation><numerusform>%n cached</numerusform><numerusform>%n cached</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n earliest message(s) left out (context full)</source>
        <translation><numerusform>%n earliest message left out (context full)</numerusform><numerusform>%n earliest messages left out (context full)</numerusform></translation>
    </message>
</context>
</TS>