<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActiveLabelling</name>
    <message>
        <source>Choose the gold column (where your labels go) to label rows in place.</source>
        <translation>Wählen Sie die Referenzspalte (für Ihre Labels), um Zeilen direkt zu labeln.</translation>
    </message>
    <message>
        <source>Most uncertain first</source>
        <extracomment>A retrain asked for the batch to run again: when that run ends, the queue is shown in its new order.</extracomment>
        <translation>Unsicherste zuerst</translation>
    </message>
    <message>
        <source>Label the most uncertain first</source>
        <translation>Unsicherste Zeilen zuerst labeln</translation>
    </message>
    <message>
        <source>Show the rows with no label, the one the classifier is least sure of first; type a label, Enter for the next</source>
        <translation>Zeigt die Zeilen ohne Label, die unsicherste des Klassifikators zuerst; Label eingeben, Eingabe für die nächste</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>Neu trainieren</translation>
    </message>
    <message>
        <source>Retrain classifier</source>
        <translation>Klassifikator neu trainieren</translation>
    </message>
    <message>
        <source>Train a new version on the labels</source>
        <translation>Trainiert eine neue Version mit den Labels</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel retraining</source>
        <translation>Neutraining abbrechen</translation>
    </message>
    <message>
        <source>Stop retraining; nothing is saved</source>
        <translation>Beendet das Neutraining; nichts wird gespeichert</translation>
    </message>
    <message>
        <source>Export labels…</source>
        <translation>Labels exportieren…</translation>
    </message>
    <message>
        <source>Export labels</source>
        <translation>Labels exportieren</translation>
    </message>
    <message>
        <source>Save the file with your labels in it</source>
        <translation>Speichert die Datei mit Ihren Labels</translation>
    </message>
    <message>
        <source>Retraining progress</source>
        <translation>Fortschritt des Neutrainings</translation>
    </message>
    <message>
        <source>Labelling status</source>
        <translation>Labeling-Status</translation>
    </message>
    <message>
        <source>Labelling error</source>
        <translation>Labeling-Fehler</translation>
    </message>
    <message>
        <source>No rows to label: every row with probabilities has a label.</source>
        <translation>Keine Zeilen zu labeln: Jede Zeile mit Wahrscheinlichkeiten hat ein Label.</translation>
    </message>
    <message>
        <source>Type a label's first letters in the Gold cell; Enter saves it and opens the next row.</source>
        <translation>Geben Sie die ersten Buchstaben eines Labels in die Zelle „Referenz“ ein; die Eingabetaste speichert es und öffnet die nächste Zeile.</translation>
    </message>
    <message numerus="yes">
        <source>Retraining {model} on %n label(s)…</source>
        <translation><numerusform>{model} wird mit %n Label neu trainiert…</numerusform><numerusform>{model} wird mit %n Labels neu trainiert…</numerusform></translation>
    </message>
    <message>
        <source>Cancelling the retraining…</source>
        <translation>Neutraining wird abgebrochen…</translation>
    </message>
    <message>
        <source>Export the labels</source>
        <translation>Die Labels exportieren</translation>
    </message>
    <message>
        <source>Same as the input ({pattern})</source>
        <translation>Wie die Eingabe ({pattern})</translation>
    </message>
    <message>
        <source>Saved {model} version {version} ({name}@{version}); classifying the batch with it…</source>
        <translation>{model} Version {version} gespeichert ({name}@{version}); der Stapel wird damit klassifiziert…</translation>
    </message>
    <message>
        <source>{message} Your labels are kept.</source>
        <translation>{message} Ihre Labels bleiben erhalten.</translation>
    </message>
    <message>
        <source>Retraining cancelled; nothing was saved and your labels are kept.</source>
        <translation>Neutraining abgebrochen; nichts wurde gespeichert, Ihre Labels bleiben erhalten.</translation>
    </message>
    <message>
        <source>Saved the labels as {path}.</source>
        <translation>Labels gespeichert als {path}.</translation>
    </message>
    <message>
        <source>Retrain {model} ({count} new)</source>
        <translation>{model} neu trainieren ({count} neu)</translation>
    </message>
    <message numerus="yes">
        <source>Train a new version of {model} on the file's labels and yours (%n new label(s)); the versions before it stay</source>
        <translation><numerusform>Trainiert eine neue Version von {model} mit den Labels der Datei und Ihren (%n neues Label); frühere Versionen bleiben</numerusform><numerusform>Trainiert eine neue Version von {model} mit den Labels der Datei und Ihren (%n neue Labels); frühere Versionen bleiben</numerusform></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>n/a</source>
        <extracomment>A value's text that measures its column when the values are all shorter. What a model without the metric shows instead of a bar.</extracomment>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>{title} chart</source>
        <translation>Diagramm {title}</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Noch keine Ergebnisse</translation>
    </message>
    <message>
        <source>{label} {value} (best)</source>
        <translation>{label} {value} (bester Wert)</translation>
    </message>
</context>
<context>
    <name>BatchMetricsView</name>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1-Wert</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Per-class metrics</source>
        <translation>Metriken pro Klasse</translation>
    </message>
    <message>
        <source>Click a cell to see its rows in the table.</source>
        <translation>Klicken Sie auf eine Zelle, um ihre Zeilen in der Tabelle zu sehen.</translation>
    </message>
    <message>
        <source>Click a cell to list its rows.</source>
        <translation>Klicken Sie auf eine Zelle, um ihre Zeilen aufzulisten.</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>Makro-F1</translation>
    </message>
    <message numerus="yes">
        <source>{correct} of %n row(s) right · {wrong} wrong</source>
        <translation><numerusform>{correct} von %n Zeile richtig · {wrong} falsch</numerusform><numerusform>{correct} von %n Zeilen richtig · {wrong} falsch</numerusform></translation>
    </message>
    <message>
        <source>so far: the run was cancelled</source>
        <translation>bisher: der Lauf wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>BatchResultsModel</name>
    <message>
        <source>Row</source>
        <extracomment>Sort keys live here so numbers sort as numbers. Columns most rows leave empty: the view hides them until a row has something to say there. The columns' titles as shown, keyed by the English names the code finds columns by.</extracomment>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Unsicherheit</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Your label (the file says “{label}”)</source>
        <extracomment>The sparse columns some row has a value in, kept as results arrive (a run may have thousands). Whether the Uncertainty column is wanted (labelling the most uncertain rows first).</extracomment>
        <translation>Ihr Label (die Datei sagt „{label}“)</translation>
    </message>
    <message>
        <source>Your label</source>
        <translation>Ihr Label</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>(fehlgeschlagen)</translation>
    </message>
    <message>
        <source>(abstained)</source>
        <translation>(enthalten)</translation>
    </message>
</context>
<context>
    <name>BatchResultsView</name>
    <message>
        <source>All rows</source>
        <extracomment>The widest a result column grows to fit its content; Text (and Translation) take the rest.</extracomment>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Batch results</source>
        <translation>Stapelergebnisse</translation>
    </message>
    <message>
        <source>Results filter</source>
        <translation>Ergebnisfilter</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Show all rows</source>
        <translation>Alle Zeilen zeigen</translation>
    </message>
    <message>
        <source>Show every row again</source>
        <translation>Zeigt wieder alle Zeilen</translation>
    </message>
    <message>
        <source>Show errors</source>
        <translation>Fehler zeigen</translation>
    </message>
    <message>
        <source>Show only the rows the model got wrong</source>
        <translation>Zeigt nur die Zeilen, bei denen das Modell falsch lag</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Save a copy of the output CSV</source>
        <translation>Speichert eine Kopie der Ausgabe-CSV</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.</source>
        <translation>{name} konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation>Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n wrong row(s).</source>
        <translation><numerusform>%n falsche Zeile wird angezeigt.</numerusform><numerusform>%n falsche Zeilen werden angezeigt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) labelled “{gold}”, called “{predicted}”.</source>
        <translation><numerusform>%n Zeile mit Label „{gold}“, erkannt als „{predicted}“.</numerusform><numerusform>%n Zeilen mit Label „{gold}“, erkannt als „{predicted}“.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) correctly labelled “{gold}”.</source>
        <translation><numerusform>%n Zeile korrekt als „{gold}“ gelabelt.</numerusform><numerusform>%n Zeilen korrekt als „{gold}“ gelabelt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} / %n row(s)</source>
        <translation><numerusform>{done} / %n Zeile</numerusform><numerusform>{done} / %n Zeilen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resumed</source>
        <translation><numerusform>%n fortgesetzt</numerusform><numerusform>%n fortgesetzt</numerusform></translation>
    </message>
    <message>
        <source>{rate} rows/s</source>
        <translation>{rate} Zeilen/s</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>noch etwa {time}</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after {done} of %n row(s). Run batch resumes where it stopped.</source>
        <translation><numerusform>Abgebrochen nach {done} von %n Zeile. „Stapel ausführen“ setzt dort fort, wo er stoppte.</numerusform><numerusform>Abgebrochen nach {done} von %n Zeilen. „Stapel ausführen“ setzt dort fort, wo er stoppte.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n row(s) in {time}</source>
        <translation><numerusform>Fertig: %n Zeile in {time}</numerusform><numerusform>Fertig: %n Zeilen in {time}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the earlier run</source>
        <translation><numerusform>%n aus dem früheren Lauf fortgesetzt</numerusform><numerusform>%n aus dem früheren Lauf fortgesetzt</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n fehlgeschlagen</numerusform><numerusform>%n fehlgeschlagen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n abstained</source>
        <translation><numerusform>%n enthalten</numerusform><numerusform>%n enthalten</numerusform></translation>
    </message>
    <message>
        <source>saved as {name}</source>
        <translation>gespeichert als {name}</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) to label, the most uncertain first.</source>
        <translation><numerusform>%n Zeile zum Labeln, die unsicherste zuerst.</numerusform><numerusform>%n Zeilen zum Labeln, die unsichersten zuerst.</numerusform></translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <source>(none)</source>
        <extracomment>The gold column's "no column" choice.</extracomment>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>No file open.</source>
        <translation>Keine Datei geöffnet.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Open a CSV or JSONL file to run over</source>
        <translation>Öffnet eine CSV- oder JSONL-Datei zur Verarbeitung</translation>
    </message>
    <message>
        <source>Batch file</source>
        <translation>Stapeldatei</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation>Textspalte</translation>
    </message>
    <message>
        <source>The column whose text the model reads.</source>
        <translation>Die Spalte, deren Text das Modell liest.</translation>
    </message>
    <message>
        <source>Gold column</source>
        <translation>Referenzspalte</translation>
    </message>
    <message>
        <source>The column with the right answers, to measure the model against (optional).</source>
        <translation>Die Spalte mit den richtigen Antworten, um das Modell daran zu messen (optional).</translation>
    </message>
    <message>
        <source>&amp;Text column</source>
        <translation>&amp;Textspalte</translation>
    </message>
    <message>
        <source>&amp;Gold column</source>
        <translation>&amp;Referenzspalte</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Ausgabedatei</translation>
    </message>
    <message>
        <source>Where the results go (chosen when a file is opened)</source>
        <translation>Wohin die Ergebnisse gehen (beim Öffnen einer Datei gewählt)</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Choose output file</source>
        <translation>Ausgabedatei wählen</translation>
    </message>
    <message>
        <source>Choose where the results are saved</source>
        <translation>Wählen Sie, wo die Ergebnisse gespeichert werden</translation>
    </message>
    <message>
        <source>O&amp;utput</source>
        <translation>A&amp;usgabe</translation>
    </message>
    <message>
        <source>Resume notice</source>
        <translation>Hinweis zum Fortsetzen</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Discard the rows done by the earlier run</source>
        <translation>Verwirft die Zeilen des früheren Laufs</translation>
    </message>
    <message>
        <source>Rows at once</source>
        <translation>Zeilen gleichzeitig</translation>
    </message>
    <message>
        <source>Rows sent to a remote model at once (it slows down when the provider says too many). Local models take one row at a time.</source>
        <translation>Zeilen, die gleichzeitig an ein entferntes Modell gehen (langsamer, wenn der Anbieter „zu viele“ meldet). Lokale Modelle nehmen eine Zeile nach der anderen.</translation>
    </message>
    <message>
        <source>Run batch</source>
        <translation>Stapel ausführen</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>Stapel abbrechen</translation>
    </message>
    <message>
        <source>Run the model over every row</source>
        <translation>Führt das Modell für jede Zeile aus</translation>
    </message>
    <message>
        <source>Stop after the rows in progress</source>
        <translation>Stoppt nach den laufenden Zeilen</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Stapelfortschritt</translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation>Stapelstatus</translation>
    </message>
    <message>
        <source>Batch error</source>
        <translation>Stapelfehler</translation>
    </message>
    <message>
        <source>Batch notes</source>
        <translation>Stapelhinweise</translation>
    </message>
    <message>
        <source>&amp;Rows at once</source>
        <translation>&amp;Zeilen gleichzeitig</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Starting on %n row(s)…</source>
        <translation><numerusform>Start mit %n Zeile…</numerusform><numerusform>Start mit %n Zeilen…</numerusform></translation>
    </message>
    <message>
        <source>Cancelling: finishing the rows in progress…</source>
        <translation>Abbruch: laufende Zeilen werden beendet…</translation>
    </message>
    <message>
        <source>Open a file to run over</source>
        <translation>Zu verarbeitende Datei öffnen</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.jsonl);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.txt *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>{name} · %n row(s)</source>
        <translation><numerusform>{name} · %n Zeile</numerusform><numerusform>{name} · %n Zeilen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Choose the columns and press Run batch.</source>
        <translation><numerusform>%n Zeile. Wählen Sie die Spalten und klicken Sie auf „Stapel ausführen“.</numerusform><numerusform>%n Zeilen. Wählen Sie die Spalten und klicken Sie auf „Stapel ausführen“.</numerusform></translation>
    </message>
    <message>
        <source>Save the results as</source>
        <translation>Ergebnisse speichern unter</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not discard the earlier run</source>
        <translation>Der frühere Lauf konnte nicht verworfen werden</translation>
    </message>
    <message>
        <source>{reason}. Choose another output file.</source>
        <translation>{reason}. Wählen Sie eine andere Ausgabedatei.</translation>
    </message>
    <message>
        <source>The earlier run was discarded; Run batch starts from the first row.</source>
        <translation>Der frühere Lauf wurde verworfen; „Stapel ausführen“ beginnt bei der ersten Zeile.</translation>
    </message>
    <message>
        <source>The output would overwrite the input</source>
        <translation>Die Ausgabe würde die Eingabe überschreiben</translation>
    </message>
    <message>
        <source>Choose another output file.</source>
        <translation>Wählen Sie eine andere Ausgabedatei.</translation>
    </message>
    <message>
        <source>Cannot write the results there</source>
        <translation>Die Ergebnisse können dort nicht geschrieben werden</translation>
    </message>
    <message>
        <source>{folder} is not a folder Plinth can write to. Choose another output file.</source>
        <translation>{folder} ist kein Ordner, in den Plinth schreiben kann. Wählen Sie eine andere Ausgabedatei.</translation>
    </message>
    <message>
        <source>{message} The rows done so far are kept: Run batch resumes after them.</source>
        <translation>{message} Die bisher erledigten Zeilen bleiben erhalten: „Stapel ausführen“ setzt danach fort.</translation>
    </message>
    <message>
        <source>Stopped by an error.</source>
        <translation>Durch einen Fehler gestoppt.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} gespeichert.</translation>
    </message>
    <message>
        <source>Not saved in the history</source>
        <translation>Nicht im Verlauf gespeichert</translation>
    </message>
    <message>
        <source>An earlier run into {name} stopped part-way. Run batch resumes it when the model and settings are the same; Start over discards it.</source>
        <translation>Ein früherer Lauf in {name} wurde mittendrin beendet. „Stapel ausführen“ setzt ihn fort, wenn Modell und Einstellungen gleich sind; „Neu beginnen“ verwirft ihn.</translation>
    </message>
</context>
<context>
    <name>ChatDocuments</name>
    <message>
        <source>No model was asked: nothing in the attached documents matched.</source>
        <extracomment>The title over Plinth's own reply when nothing in the documents matched.</extracomment>
        <translation>Kein Modell wurde gefragt: Nichts in den angehängten Dokumenten passte.</translation>
    </message>
    <message>
        <source>Stopped while searching the documents.</source>
        <extracomment>Under an answer stopped before its passages were found.</extracomment>
        <translation>Beim Durchsuchen der Dokumente gestoppt.</translation>
    </message>
    <message>
        <source>Searching {names}…</source>
        <extracomment>The model and its title the answer searched for is to be asked.</extracomment>
        <translation>Durchsuche {names}…</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Install a model or add a provider to start chatting.</source>
        <translation>Installieren Sie ein Modell oder fügen Sie einen Anbieter hinzu, um zu chatten.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <extracomment>Keys in ``settings.extra``. Models that have answered since they were (re)started; the others load first. The status line last shown for a model that cannot be used, cleared once it can.</extracomment>
        <translation>System-Prompt</translation>
    </message>
    <message>
        <source>System prompt (optional), e.g. “You are a concise assistant.”</source>
        <translation>System-Prompt (optional), z. B. „Du bist ein knapper Assistent.“</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Answer the last message again</source>
        <translation>Die letzte Nachricht erneut beantworten</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Button: copy the last answer to the clipboard</extracomment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the last answer</source>
        <translation>Letzte Antwort kopieren</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Neue Unterhaltung beginnen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statusmeldung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Message — Enter to send, Shift+Enter for a new line</source>
        <translation>Nachricht – Eingabe zum Senden, Umschalt+Eingabe für neue Zeile</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Antwort stoppen</translation>
    </message>
    <message>
        <source>Stop the answer before opening another conversation.</source>
        <translation>Stoppen Sie die Antwort, bevor Sie eine andere Unterhaltung öffnen.</translation>
    </message>
    <message>
        <source>Answer copied.</source>
        <translation>Antwort kopiert.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>{model} is answering…</source>
        <translation>{model} antwortet…</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <source>{title}. You can send again.</source>
        <translation>{title}. Sie können erneut senden.</translation>
    </message>
    <message>
        <source>Type a message first.</source>
        <translation>Geben Sie zuerst eine Nachricht ein.</translation>
    </message>
    <message>
        <source>Searching the documents…</source>
        <translation>Dokumente werden durchsucht…</translation>
    </message>
    <message>
        <source>Nothing found in the attached documents.</source>
        <translation>In den angehängten Dokumenten wurde nichts gefunden.</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <source>Could not save the conversation: {error}</source>
        <translation>Die Unterhaltung konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Could not reopen the last conversation: {error}</source>
        <translation>Die letzte Unterhaltung konnte nicht wieder geöffnet werden: {error}</translation>
    </message>
    <message>
        <source>This conversation used {model}, which cannot run now; pick a model to continue it.</source>
        <translation>Diese Unterhaltung nutzte {model}, das jetzt nicht laufen kann; wählen Sie ein Modell, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>ChatParamsBar</name>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Higher is more varied, lower is more focused.</source>
        <translation>Höher ist abwechslungsreicher, niedriger fokussierter.</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Temperatur</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>The longest answer, in tokens.</source>
        <translation>Die längste Antwort, in Tokens.</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens</source>
        <translation>Ma&amp;x. Tokens</translation>
    </message>
</context>
<context>
    <name>ChatTranscript</name>
    <message>
        <source>Plinth closed before this answer finished.</source>
        <extracomment>Shown under an answer that was still streaming when Plinth was killed or the computer stopped.</extracomment>
        <translation>Plinth wurde geschlossen, bevor diese Antwort fertig war.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
</context>
<context>
    <name>CitedSources</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <extracomment>Finds a source's passage among its neighbours in the index; None when the index no longer holds it. The passage last opened (kept so it is not collected while shown).</extracomment>
        <translation><numerusform>%n Passage</numerusform><numerusform>%n Passagen</numerusform></translation>
    </message>
    <message>
        <source>~{tokens} tokens</source>
        <translation>~{tokens} Tokens</translation>
    </message>
    <message numerus="yes">
        <source>%n trimmed to fit</source>
        <translation><numerusform>%n zum Einpassen gekürzt</numerusform><numerusform>%n zum Einpassen gekürzt</numerusform></translation>
    </message>
</context>
<context>
    <name>ConfusionHeatmap</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>No confusion matrix yet</source>
        <translation>Noch keine Konfusionsmatrix</translation>
    </message>
    <message>
        <source>Predicted</source>
        <extracomment>The axis of the model's labels (across the top of the confusion matrix).</extracomment>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <source>Gold</source>
        <extracomment>The axis of the right answers (down the side of the confusion matrix).</extracomment>
        <translation>Referenz</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) correctly labelled “{gold}”</source>
        <translation><numerusform>%n Zeile korrekt als „{gold}“ gelabelt</numerusform><numerusform>%n Zeilen korrekt als „{gold}“ gelabelt</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) labelled “{gold}” that the model called “{predicted}” — click to see them</source>
        <translation><numerusform>%n Zeile mit Label „{gold}“, die das Modell als „{predicted}“ erkannte – zum Anzeigen klicken</numerusform><numerusform>%n Zeilen mit Label „{gold}“, die das Modell als „{predicted}“ erkannte – zum Anzeigen klicken</numerusform></translation>
    </message>
    <message>
        <source>gold {gold}, predicted {predicted}: {count}</source>
        <translation>Referenz {gold}, vorhergesagt {predicted}: {count}</translation>
    </message>
</context>
<context>
    <name>DocumentsAttach</name>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Answer from your document collections, with citations</source>
        <translation>Aus Ihren Dokumentsammlungen antworten, mit Quellenangaben</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Angehängte Dokumente</translation>
    </message>
    <message>
        <source>Passages from {names} → {destination}</source>
        <translation>Passagen aus {names} → {destination}</translation>
    </message>
    <message>
        <source>Docs: {names}</source>
        <translation>Dok.: {names}</translation>
    </message>
    <message>
        <source>{privacy}: the passages found for each question are sent with it.</source>
        <translation>{privacy}: Die zu jeder Frage gefundenen Passagen werden mitgesendet.</translation>
    </message>
    <message>
        <source>The passages found for each question stay on this computer.</source>
        <translation>Die zu jeder Frage gefundenen Passagen bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Cannot read the collections: {error}</source>
        <translation>Die Sammlungen können nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>No collections yet: add some in the Documents tab</source>
        <translation>Noch keine Sammlungen: Fügen Sie welche im Tab „Dokumente“ hinzu</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Untitled conversation</source>
        <extracomment>The title shown for a conversation without one (translated where shown).</extracomment>
        <translation>Unbenannte Unterhaltung</translation>
    </message>
    <message>
        <source>Pinned</source>
        <extracomment>The date groups, in the order they are listed: the key ``date_group`` gives, and its shown text.</extracomment>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Älter</translation>
    </message>
    <message>
        <source>no model</source>
        <extracomment>The background of a search hit; the text on it stays dark in light and dark palettes. A search hit's snippet as rich text, the matched words highlighted.</extracomment>
        <translation>kein Modell</translation>
    </message>
    <message>
        <source>{group} (group)</source>
        <translation>{group} (Gruppe)</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>No saved versions yet</source>
        <translation>Noch keine gespeicherten Versionen</translation>
    </message>
    <message>
        <source>Learning history</source>
        <translation>Lernverlauf</translation>
    </message>
    <message>
        <source>Each saved version: labels learnt from (across), cross-validated macro-F1 (up)</source>
        <translation>Jede gespeicherte Version: gelernte Labels (waagerecht), kreuzvalidierter Makro-F1 (senkrecht)</translation>
    </message>
    <message numerus="yes">
        <source>version {version}: %n label(s), macro-F1 {f1}</source>
        <translation><numerusform>Version {version}: %n Label, Makro-F1 {f1}</numerusform><numerusform>Version {version}: %n Labels, Makro-F1 {f1}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{f1} · %n label(s)</source>
        <translation><numerusform>{f1} · %n Label</numerusform><numerusform>{f1} · %n Labels</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <source>%n message(s) · {model}</source>
        <translation><numerusform>%n Nachricht · {model}</numerusform><numerusform>%n Nachrichten · {model}</numerusform></translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>New chat</source>
        <extracomment>How long after the last key press the search runs. How long "Conversation deleted — Undo" stays. The conversation whose answer is streaming: it cannot be deleted now. A refresh asked for while a title was being edited: it runs once the editor closes.</extracomment>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Neue Unterhaltung beginnen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>Suchen (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Pin</source>
        <extracomment>Verb: keep the conversation at the top of the list</extracomment>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Conversation deleted</source>
        <translation>Unterhaltung gelöscht</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Bring the conversation back (Ctrl+Z)</source>
        <translation>Unterhaltung wiederherstellen (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo bar</source>
        <translation>Rückgängig-Leiste</translation>
    </message>
    <message>
        <source>Could not read the history: {error}</source>
        <translation>Der Verlauf konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Stop the answer before deleting this conversation.</source>
        <translation>Stoppen Sie die Antwort, bevor Sie diese Unterhaltung löschen.</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>„{title}“ gelöscht</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>Nichts gefunden für „{query}“.</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}.</source>
        <translation>{path} konnte nicht geschrieben werden: {error}.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported “{title}” to {path}.</source>
        <translation>„{title}“ nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
</context>
<context>
    <name>LabelDelegate</name>
    <message>
        <source>Label editor</source>
        <translation>Label-Editor</translation>
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
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Best: {metric}</source>
        <extracomment>Tooltip of a metrics table cell with the best value; {metric} is the metric's name.</extracomment>
        <translation>Bester Wert: {metric}</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Transcript</source>
        <extracomment>Most time one flush spends rendering markdown (laying it out costs about as much again); the rest waits for the next one. Finished blocks are rendered in pieces of about this many characters, so a flush can stop within its budget. A message longer than this shows its beginning and says how long it is: laying out a megabyte in a QTextDocument stalls the window for about a second, and nobody reads it there. The whole text still goes to the model, the history and exports. How close to the end (in pixels) still counts as reading the latest text. The "jump to latest" button's distance from the text's bottom-right corner. Just after the header; rendered content follows. End of the last block rendered as markdown; the plain tail follows. Where the last rendered block starts, in the source and on screen, while later text may still extend it (a list, an indented code block). (stats line, error) once the answer has ended; the last blocks may still be rendering.</extracomment>
        <translation>Gesprächsverlauf</translation>
    </message>
    <message>
        <source>Ask anything to start the conversation.</source>
        <translation>Fragen Sie etwas, um die Unterhaltung zu beginnen.</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <extracomment>The latest answer's frame, for its sources once it is complete. The placeholder in the next answer's place (``show_waiting``). Whether new text scrolls into view: until the reader scrolls up, and again once they are back at the bottom or jump there. A state, not a check before each change: the document is laid out later (and again when the view is first shown or resized), so the end moves after the text has gone in. Held at the top until the reader scrolls (``show_from_start``): a finished answer reopened is read from its start, and the layout that comes later must not count as reaching its end.</extracomment>
        <translation>Zum Neuesten springen</translation>
    </message>
    <message>
        <source>↓ Latest</source>
        <translation>↓ Neueste</translation>
    </message>
    <message>
        <source>Scroll to the latest message and follow the answer again</source>
        <translation>Zur neuesten Nachricht scrollen und der Antwort wieder folgen</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>The header over the person's own message in the chat</extracomment>
        <translation>Du</translation>
    </message>
    <message>
        <source>… shortened here: the message has {length} characters and only the first {shown} are shown. The whole message is kept: in the history and its exports.</source>
        <translation>… hier gekürzt: Die Nachricht hat {length} Zeichen, nur die ersten {shown} werden angezeigt. Die ganze Nachricht bleibt erhalten: im Verlauf und seinen Exporten.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
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
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>With {rows} labelled rows and {labels} labels, {method} scores best: {scores}.</source>
        <translation>Mit {rows} gelabelten Zeilen und {labels} Labels schneidet {method} am besten ab: {scores}.</translation>
    </message>
    <message>
        <source>The gap ({gap}) is {why}: these data cannot tell them apart{tail}.</source>
        <translation>Der Abstand ({gap}) liegt {why}: Diese Daten können sie nicht unterscheiden{tail}.</translation>
    </message>
    <message>
        <source>{method} gets within {near} of its full-set score from {rows} rows.</source>
        <translation>{method} kommt ab {rows} Zeilen bis auf {near} an seinen Wert mit allen Daten heran.</translation>
    </message>
    <message>
        <source>{score} macro-F1 at {rate} rows/s and {price}</source>
        <translation>{score} Macro-F1 bei {rate} Zeilen/s und {price}</translation>
    </message>
    <message>
        <source>{cost} per 1,000 rows</source>
        <translation>{cost} pro 1.000 Zeilen</translation>
    </message>
    <message>
        <source>Nothing was measured yet.</source>
        <translation>Noch nichts gemessen.</translation>
    </message>
    <message>
        <source>{method} is ahead by {gap}, more than the spread over seeds and test rows.</source>
        <translation>{method} liegt um {gap} vorn, mehr als die Streuung über Seeds und Testzeilen.</translation>
    </message>
    <message>
        <source>; {method} is the cheaper and faster choice</source>
        <translation>; {method} ist die günstigere und schnellere Wahl</translation>
    </message>
    <message>
        <source>The two are level{tail}.</source>
        <translation>Beide liegen gleichauf{tail}.</translation>
    </message>
    <message>
        <source>within the spread over seeds (±{spread})</source>
        <translation>innerhalb der Streuung über Seeds (±{spread})</translation>
    </message>
    <message>
        <source>within what {rows} test rows can tell apart (about ±{resolution})</source>
        <translation>innerhalb dessen, was {rows} Testzeilen unterscheiden können (etwa ±{resolution})</translation>
    </message>
    <message>
        <source>More labelled rows may still help {method}: its curve is still rising at the full set.</source>
        <translation>Mehr gelabelte Zeilen könnten {method} noch helfen: Die Kurve steigt bei allen Daten noch.</translation>
    </message>
    <message>
        <source>an unknown price</source>
        <translation>unbekanntem Preis</translation>
    </message>
    <message>
        <source>no cost</source>
        <translation>ohne Kosten</translation>
    </message>
    <message>
        <source>prompting {model} with examples by similarity</source>
        <translation>Prompting von {model} mit Beispielen nach Ähnlichkeit</translation>
    </message>
    <message>
        <source>No method does clearly better than guessing (about {chance} with these labels).</source>
        <translation>Keine Methode ist deutlich besser als Raten (etwa {chance} bei diesen Labels).</translation>
    </message>
    <message>
        <source>{method} reaches {scores}.</source>
        <translation>{method} erreicht {scores}.</translation>
    </message>
    <message>
        <source>; {method} is also the cheaper and faster one</source>
        <translation>; {method} ist außerdem günstiger und schneller</translation>
    </message>
    <message>
        <source>prompting {model} zero-shot</source>
        <translation>Prompting von {model} ohne Beispiele (Zero-Shot)</translation>
    </message>
    <message>
        <source>prompting {model} with fixed examples</source>
        <translation>Prompting von {model} mit festen Beispielen</translation>
    </message>
    <message>
        <source>Prompting {model} with examples by similarity</source>
        <translation>Prompting von {model} mit Beispielen nach Ähnlichkeit</translation>
    </message>
    <message>
        <source>the embedding classifier ({model})</source>
        <translation>der Embedding-Klassifikator ({model})</translation>
    </message>
    <message>
        <source>The embedding classifier</source>
        <translation>Der Embedding-Klassifikator</translation>
    </message>
    <message>
        <source>the embedding classifier</source>
        <translation>der Embedding-Klassifikator</translation>
    </message>
    <message>
        <source>Prompting {model} zero-shot</source>
        <translation>Prompting von {model} ohne Beispiele (Zero-Shot)</translation>
    </message>
    <message>
        <source>Prompting {model} with fixed examples</source>
        <translation>Prompting von {model} mit festen Beispielen</translation>
    </message>
    <message>
        <source>The embedding classifier ({model})</source>
        <translation>Der Embedding-Klassifikator ({model})</translation>
    </message>
    <message>
        <source>The embedding cache cannot be used</source>
        <translation>Der Embedding-Cache ist nicht nutzbar</translation>
    </message>
    <message>
        <source>A saved classifier cannot be read</source>
        <translation>Ein gespeicherter Klassifikator ist nicht lesbar</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>Makro-F1</translation>
    </message>
    <message>
        <source>Load time</source>
        <translation>Ladezeit</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Rows per minute</source>
        <translation>Zeilen pro Minute</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Cost per 1,000 rows</source>
        <translation>Kosten pro 1.000 Zeilen</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Spitzenspeicher</translation>
    </message>
    <message>
        <source>Saved comparisons cannot be used</source>
        <translation>Gespeicherte Vergleiche sind nicht nutzbar</translation>
    </message>
    <message>
        <source>Comparison not found</source>
        <translation>Vergleich nicht gefunden</translation>
    </message>
    <message>
        <source>{times} slower</source>
        <translation>{times} langsamer</translation>
    </message>
    <message>
        <source>at {times} the cost</source>
        <translation>zu den {times} Kosten</translation>
    </message>
    <message>
        <source>{points} points less accurate than {model} ({b} against {a})</source>
        <translation>{points} Punkte ungenauer als {model} ({b} gegenüber {a})</translation>
    </message>
    <message>
        <source>Compared with {reference}, {model} is {speed} {cost}.</source>
        <translation>Verglichen mit {reference} ist {model} {speed} {cost}.</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file}</source>
        <translation>die Spalte {column} jeder Zeile von {file}</translation>
    </message>
    <message>
        <source>about as fast</source>
        <translation>etwa gleich schnell</translation>
    </message>
    <message>
        <source>{times} faster</source>
        <translation>{times} schneller</translation>
    </message>
    <message>
        <source>at an unknown cost (no price is known for either)</source>
        <translation>zu unbekannten Kosten (für keines ist ein Preis bekannt)</translation>
    </message>
    <message>
        <source>at an unknown cost (no price is known for {model})</source>
        <translation>zu unbekannten Kosten (für {model} ist kein Preis bekannt)</translation>
    </message>
    <message>
        <source>at {cost} ({model}'s cost is unknown)</source>
        <translation>zu {cost} (die Kosten von {model} sind unbekannt)</translation>
    </message>
    <message>
        <source>at no cost, like {model}</source>
        <translation>ohne Kosten, wie {model}</translation>
    </message>
    <message>
        <source>at no cost</source>
        <translation>ohne Kosten</translation>
    </message>
    <message>
        <source>at {cost} where {model} costs nothing</source>
        <translation>zu {cost}, während {model} nichts kostet</translation>
    </message>
    <message>
        <source>at about the same cost</source>
        <translation>zu etwa gleichen Kosten</translation>
    </message>
    <message>
        <source>at {percent} of the cost</source>
        <translation>zu {percent} der Kosten</translation>
    </message>
    <message>
        <source>as accurate as {model} (within {points} point)</source>
        <translation>so genau wie {model} (innerhalb von {points} Punkt)</translation>
    </message>
    <message>
        <source>{points} points more accurate than {model} ({b} against {a})</source>
        <translation>{points} Punkte genauer als {model} ({b} gegenüber {a})</translation>
    </message>
    <message>
        <source>{model} is {accuracy} {cost}, {speed}.</source>
        <translation>{model} ist {accuracy} {cost}, {speed}.</translation>
    </message>
    <message>
        <source>Compared with {reference}, {model} is {cost}; speed unknown.</source>
        <translation>Verglichen mit {reference} ist {model} {cost}; Geschwindigkeit unbekannt.</translation>
    </message>
    <message>
        <source>the prompt ({n} characters)</source>
        <translation>der Prompt ({n} Zeichen)</translation>
    </message>
    <message>
        <source>the text to translate ({n} characters)</source>
        <translation>der zu übersetzende Text ({n} Zeichen)</translation>
    </message>
    <message>
        <source>the text and the labels ({n} characters)</source>
        <translation>der Text und die Labels ({n} Zeichen)</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} and the labels</source>
        <translation>die Spalte {column} jeder Zeile von {file} und die Labels</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} (not the {gold} column)</source>
        <translation>die Spalte {column} jeder Zeile von {file} (nicht die Spalte {gold})</translation>
    </message>
    <message>
        <source>Nothing was sent off this computer: nothing in the documents matched, so no model was asked.</source>
        <translation>Nichts hat diesen Computer verlassen: Nichts in den Dokumenten passte, also wurde kein Modell gefragt.</translation>
    </message>
    <message>
        <source>at 1/{share} of the cost</source>
        <translation>zu 1/{share} der Kosten</translation>
    </message>
    <message>
        <source>No model finished, so there is nothing to compare.</source>
        <translation>Kein Modell ist fertig geworden, es gibt nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>They disagree: {choices}.</source>
        <translation>Sie sind sich uneinig: {choices}.</translation>
    </message>
    <message>
        <source>Accuracy is unknown for some models.</source>
        <translation>Die Genauigkeit einiger Modelle ist unbekannt.</translation>
    </message>
    <message>
        <source>Quality is not measured: read the answers side by side.</source>
        <translation>Die Qualität wird nicht gemessen: Lesen Sie die Antworten nebeneinander.</translation>
    </message>
    <message>
        <source>the prompt and each column's system prompt (up to {n} characters)</source>
        <translation>der Prompt und der Systemprompt jeder Spalte (bis zu {n} Zeichen)</translation>
    </message>
    <message>
        <source>the prompt and the system prompt ({n} characters)</source>
        <translation>der Prompt und der Systemprompt ({n} Zeichen)</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} and the labels (not the {gold} column)</source>
        <translation>die Spalte {column} jeder Zeile von {file} und die Labels (nicht die Spalte {gold})</translation>
    </message>
    <message>
        <source>Stayed on this computer: {models}.</source>
        <translation>Auf diesem Computer geblieben: {models}.</translation>
    </message>
    <message>
        <source>Nothing was sent off this computer.</source>
        <translation>Nichts hat diesen Computer verlassen.</translation>
    </message>
    <message>
        <source>Only {model} finished, so there is nothing to compare.</source>
        <translation>Nur {model} ist fertig geworden, es gibt nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>{model} failed ({error}).</source>
        <translation>{model} ist fehlgeschlagen ({error}).</translation>
    </message>
    <message>
        <source>All chose {label}.</source>
        <translation>Alle wählten {label}.</translation>
    </message>
    <message>
        <source>{model} chose {label}</source>
        <translation>{model} wählte {label}</translation>
    </message>
    <message>
        <source>Accuracy is unknown: no gold column was given.</source>
        <translation>Genauigkeit unbekannt: Es wurde keine Referenzspalte angegeben.</translation>
    </message>
    <message>
        <source>Sent to {where}: {what}.</source>
        <translation>Gesendet an {where}: {what}.</translation>
    </message>
    <message>
        <source>Sent to {where} and {last}: {what}.</source>
        <translation>Gesendet an {where} und {last}: {what}.</translation>
    </message>
    <message>
        <source>speed unknown</source>
        <translation>Geschwindigkeit unbekannt</translation>
    </message>
    <message>
        <source>{model} was stopped.</source>
        <translation>{model} wurde gestoppt.</translation>
    </message>
    <message>
        <source>Both chose {label}.</source>
        <translation>Beide wählten {label}.</translation>
    </message>
    <message>
        <source>Documents cannot be used</source>
        <translation>Dokumente sind nicht nutzbar</translation>
    </message>
    <message>
        <source>The questions file cannot be used</source>
        <translation>Die Fragendatei ist nicht nutzbar</translation>
    </message>
    <message>
        <source>File not indexed</source>
        <translation>Datei nicht indiziert</translation>
    </message>
    <message>
        <source>Another embedding model</source>
        <translation>Anderes Embedding-Modell</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>Kein Embedding-Modell</translation>
    </message>
    <message>
        <source>No such collection</source>
        <translation>Keine solche Sammlung</translation>
    </message>
    <message>
        <source>Collection exists</source>
        <translation>Sammlung existiert bereits</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Model not found</source>
        <translation>Modell nicht gefunden</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>Das Modell konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>The model's chat template failed</source>
        <translation>Die Chatvorlage des Modells ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The model stopped unexpectedly</source>
        <translation>Das Modell wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>Text too long for this model</source>
        <translation>Text zu lang für dieses Modell</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Nichts zu senden</translation>
    </message>
    <message>
        <source>Key rejected</source>
        <translation>Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>Rate limit or quota reached</source>
        <translation>Ratenlimit oder Kontingent erreicht</translation>
    </message>
    <message>
        <source>The provider's server failed</source>
        <translation>Der Server des Anbieters ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Not found on the server</source>
        <translation>Auf dem Server nicht gefunden</translation>
    </message>
    <message>
        <source>This server cannot classify</source>
        <translation>Dieser Server kann nicht klassifizieren</translation>
    </message>
    <message>
        <source>This JSON Schema cannot be used with this model</source>
        <translation>Dieses JSON Schema ist mit diesem Modell nicht nutzbar</translation>
    </message>
    <message>
        <source>Cannot reach the provider</source>
        <translation>Anbieter nicht erreichbar</translation>
    </message>
    <message>
        <source>The provider did not answer in time</source>
        <translation>Der Anbieter hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>Nothing leaves this computer</source>
        <translation>Nichts verlässt diesen Computer</translation>
    </message>
    <message>
        <source>Conversation not found</source>
        <translation>Unterhaltung nicht gefunden</translation>
    </message>
    <message>
        <source>Message not found</source>
        <translation>Nachricht nicht gefunden</translation>
    </message>
    <message>
        <source>History cannot be used</source>
        <translation>Der Verlauf ist nicht nutzbar</translation>
    </message>
    <message>
        <source>History is from a newer Plinth</source>
        <translation>Der Verlauf stammt von einem neueren Plinth</translation>
    </message>
    <message>
        <source>History is damaged</source>
        <translation>Der Verlauf ist beschädigt</translation>
    </message>
    <message>
        <source>Not a LoRA adapter</source>
        <translation>Kein LoRA-Adapter</translation>
    </message>
    <message>
        <source>The model catalogue is damaged</source>
        <translation>Der Modellkatalog ist beschädigt</translation>
    </message>
    <message>
        <source>Not enough disk space</source>
        <translation>Nicht genug Speicherplatz</translation>
    </message>
    <message>
        <source>The download was corrupted</source>
        <translation>Der Download ist beschädigt</translation>
    </message>
    <message>
        <source>This model is gated</source>
        <translation>Dieses Modell ist zugangsbeschränkt</translation>
    </message>
    <message>
        <source>Cannot reach the Hugging Face Hub</source>
        <translation>Hugging Face Hub nicht erreichbar</translation>
    </message>
    <message>
        <source>The Hugging Face Hub failed</source>
        <translation>Der Hugging Face Hub ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Model already in the library</source>
        <translation>Modell ist bereits in der Bibliothek</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>Anbietereinstellungen</translation>
    </message>
    <message>
        <source>The keychain refused</source>
        <translation>Der Schlüsselbund hat abgelehnt</translation>
    </message>
    <message>
        <source>The local API could not start</source>
        <translation>Die lokale API konnte nicht starten</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation>Server-Token</translation>
    </message>
    <message>
        <source>The answer cache cannot be used</source>
        <translation>Der Antwort-Cache ist nicht nutzbar</translation>
    </message>
    <message>
        <source>The task file cannot be used</source>
        <translation>Die Aufgabendatei ist nicht nutzbar</translation>
    </message>
    <message>
        <source>The JSON path cannot be used</source>
        <translation>Der JSON-Pfad ist nicht nutzbar</translation>
    </message>
    <message>
        <source>Task library</source>
        <translation>Aufgabenbibliothek</translation>
    </message>
    <message>
        <source>The promptfoo config cannot be imported</source>
        <translation>Die promptfoo-Konfiguration kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Task run not found</source>
        <translation>Aufgabenlauf nicht gefunden</translation>
    </message>
    <message>
        <source>The task cannot run</source>
        <translation>Die Aufgabe kann nicht laufen</translation>
    </message>
    <message>
        <source>A template variable has no value</source>
        <translation>Eine Vorlagenvariable hat keinen Wert</translation>
    </message>
    <message>
        <source>The file cannot be used</source>
        <translation>Die Datei ist nicht nutzbar</translation>
    </message>
</context>
</TS>