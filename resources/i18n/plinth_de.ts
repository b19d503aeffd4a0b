<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Plinth</source>
        <extracomment>Narrowest the dialog gets: the versions table and a data folder path stay readable.</extracomment>
        <translation>Über Plinth</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>A desktop workbench for language models: run open models on this computer, or use a model behind an API, side by side.</source>
        <translation>Eine Desktop-Werkbank für Sprachmodelle: Offene Modelle auf diesem Computer ausführen oder ein Modell über eine API nutzen, Seite an Seite.</translation>
    </message>
    <message>
        <source>Licence: {licence}.</source>
        <translation>Lizenz: {licence}.</translation>
    </message>
    <message>
        <source>Data folder: {link}</source>
        <translation>Datenordner: {link}</translation>
    </message>
</context>
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
        <source>Type a label&apos;s first letters in the Gold cell; Enter saves it and opens the next row.</source>
        <translation>Geben Sie die ersten Buchstaben eines Labels in die Zelle „Referenz“ ein; die Eingabetaste speichert es und öffnet die nächste Zeile.</translation>
    </message>
    <message numerus="yes">
        <source>Retraining {model} on %n label(s)…</source>
        <translation>
            <numerusform>{model} wird mit %Ln Label neu trainiert…</numerusform>
            <numerusform>{model} wird mit %Ln Labels neu trainiert…</numerusform>
        </translation>
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
        <source>Train a new version of {model} on the file&apos;s labels and yours (%n new label(s)); the versions before it stay</source>
        <translation>
            <numerusform>Trainiert eine neue Version von {model} mit den Labels der Datei und Ihren (%Ln neues Label); frühere Versionen bleiben</numerusform>
            <numerusform>Trainiert eine neue Version von {model} mit den Labels der Datei und Ihren (%Ln neue Labels); frühere Versionen bleiben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdaptPage</name>
    <message>
        <source>Adapt</source>
        <translation>Anpassen</translation>
    </message>
</context>
<context>
    <name>AdaptationForm</name>
    <message>
        <source>None: a quarter of the rows test</source>
        <translation>Keine: ein Viertel der Zeilen dient zum Testen</translation>
    </message>
    <message>
        <source>The labels&apos; names only, asked of each chat model</source>
        <translation>Nur die Namen der Labels, an jedes Chat-Modell gestellt</translation>
    </message>
    <message>
        <source>A few fixed training rows as examples in every prompt</source>
        <translation>Einige feste Trainingszeilen als Beispiele in jedem Prompt</translation>
    </message>
    <message>
        <source>For each row, the k most similar training rows as examples (needs the embedding model)</source>
        <translation>Für jede Zeile die k ähnlichsten Trainingszeilen als Beispiele (benötigt das Embedding-Modell)</translation>
    </message>
    <message>
        <source>A logistic regression trained on the embedding model&apos;s vectors: no chat model</source>
        <translation>Eine logistische Regression, trainiert auf den Vektoren des Embedding-Modells: kein Chat-Modell</translation>
    </message>
    <message>
        <source>Labelled files (*.csv *.tsv *.jsonl *.json);;All files (*)</source>
        <translation>Gelabelte Dateien (*.csv *.tsv *.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“{text}” are not training sizes.</source>
        <translation>„{text}“ sind keine Trainingsgrößen.</translation>
    </message>
    <message>
        <source>Write whole numbers separated by commas, e.g. 8, 16, 32.</source>
        <translation>Geben Sie ganze Zahlen durch Kommas getrennt ein, z. B. 8, 16, 32.</translation>
    </message>
    <message>
        <source>Give at least one training size above zero.</source>
        <translation>Geben Sie mindestens eine Trainingsgröße über null an.</translation>
    </message>
    <message>
        <source>For example {sizes}.</source>
        <translation>Zum Beispiel {sizes}.</translation>
    </message>
    <message>
        <source>Labelled file…</source>
        <translation>Gelabelte Datei…</translation>
    </message>
    <message>
        <source>Choose labelled file</source>
        <translation>Gelabelte Datei wählen</translation>
    </message>
    <message>
        <source>A CSV or JSONL file of texts and their labels</source>
        <translation>Eine CSV- oder JSONL-Datei mit Texten und ihren Labels</translation>
    </message>
    <message>
        <source>Labelled file</source>
        <translation>Gelabelte Datei</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation>Textspalte</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation>Label-Spalte</translation>
    </message>
    <message>
        <source>Test file…</source>
        <translation>Testdatei…</translation>
    </message>
    <message>
        <source>Choose test file</source>
        <translation>Testdatei wählen</translation>
    </message>
    <message>
        <source>A separate file of test rows, same columns</source>
        <translation>Eine eigene Datei mit Testzeilen, gleiche Spalten</translation>
    </message>
    <message>
        <source>No test file</source>
        <translation>Keine Testdatei</translation>
    </message>
    <message>
        <source>Split the labelled file instead</source>
        <translation>Stattdessen die gelabelte Datei aufteilen</translation>
    </message>
    <message>
        <source>Test file</source>
        <translation>Testdatei</translation>
    </message>
    <message>
        <source>Chat models</source>
        <translation>Chat-Modelle</translation>
    </message>
    <message>
        <source>The chat models that zero-shot and few-shot prompt, each its own curve</source>
        <translation>Die Chat-Modelle für Zero-Shot und Few-Shot, jedes mit eigener Kurve</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Embedding-Modell</translation>
    </message>
    <message>
        <source>Embeds the rows for few-shot by similarity and the embedding classifier</source>
        <translation>Bettet die Zeilen für Few-Shot nach Ähnlichkeit und den Embedding-Klassifikator ein</translation>
    </message>
    <message>
        <source>Training sizes</source>
        <translation>Trainingsgrößen</translation>
    </message>
    <message>
        <source>Labelled training rows per point of the curve; every training row is added as the last</source>
        <translation>Gelabelte Trainingszeilen pro Kurvenpunkt; alle Trainingszeilen bilden den letzten Punkt</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Startwerte</translation>
    </message>
    <message>
        <source>Draws of each size: the band&apos;s spread</source>
        <translation>Ziehungen je Größe: die Breite des Bands</translation>
    </message>
    <message>
        <source>Examples per prompt</source>
        <translation>Beispiele pro Prompt</translation>
    </message>
    <message>
        <source>k: examples in each few-shot prompt</source>
        <translation>k: Beispiele in jedem Few-Shot-Prompt</translation>
    </message>
    <message>
        <source>&amp;Text column</source>
        <translation>&amp;Textspalte</translation>
    </message>
    <message>
        <source>&amp;Label column</source>
        <translation>&amp;Label-Spalte</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>&amp;Chat models (zero-shot, few-shot)</source>
        <translation>&amp;Chat-Modelle (Zero-Shot, Few-Shot)</translation>
    </message>
    <message>
        <source>&amp;Embedding model</source>
        <translation>&amp;Embedding-Modell</translation>
    </message>
    <message>
        <source>Training si&amp;zes</source>
        <translation>Trainings&amp;größen</translation>
    </message>
    <message>
        <source>See&amp;ds</source>
        <translation>&amp;Startwerte</translation>
    </message>
    <message>
        <source>E&amp;xamples (k)</source>
        <extracomment>The label before the number k of examples in each few-shot prompt</extracomment>
        <translation>&amp;Beispiele (k)</translation>
    </message>
    <message>
        <source>Choose a labelled file first.</source>
        <translation>Wählen Sie zuerst eine gelabelte Datei.</translation>
    </message>
    <message>
        <source>A CSV or JSONL file with a text column and a label column.</source>
        <translation>Eine CSV- oder JSONL-Datei mit einer Text- und einer Label-Spalte.</translation>
    </message>
    <message>
        <source>Choose another file, or fix this one and choose it again.</source>
        <translation>Wählen Sie eine andere Datei oder korrigieren Sie diese und wählen Sie sie erneut.</translation>
    </message>
    <message>
        <source>The labelled file is still being read.</source>
        <translation>Die gelabelte Datei wird noch gelesen.</translation>
    </message>
    <message>
        <source>Wait a moment, then run.</source>
        <translation>Warten Sie einen Moment und starten Sie dann.</translation>
    </message>
    <message>
        <source>The text and label columns are the same column.</source>
        <translation>Text- und Label-Spalte sind dieselbe Spalte.</translation>
    </message>
    <message>
        <source>Pick the column of labels under Label column.</source>
        <translation>Wählen Sie unter Label-Spalte die Spalte mit den Labels.</translation>
    </message>
    <message>
        <source>Tick at least one method.</source>
        <translation>Wählen Sie mindestens eine Methode.</translation>
    </message>
    <message>
        <source>Zero-shot and the embedding classifier are a good start.</source>
        <translation>Zero-Shot und der Embedding-Klassifikator sind ein guter Anfang.</translation>
    </message>
    <message>
        <source>No chat model is ticked for {methods}.</source>
        <translation>Für {methods} ist kein Chat-Modell ausgewählt.</translation>
    </message>
    <message>
        <source>Tick one or more chat models, or untick those methods.</source>
        <translation>Wählen Sie ein oder mehrere Chat-Modelle oder heben Sie die Auswahl dieser Methoden auf.</translation>
    </message>
    <message>
        <source>No embedding model is available.</source>
        <translation>Kein Embedding-Modell verfügbar.</translation>
    </message>
    <message>
        <source>Install a local model or add a provider with embeddings.</source>
        <translation>Installieren Sie ein lokales Modell oder fügen Sie einen Anbieter mit Embeddings hinzu.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Sent to {destination}</source>
        <translation>Wird an {destination} gesendet</translation>
    </message>
    <message>
        <source>Runs on this computer</source>
        <translation>Läuft auf diesem Computer</translation>
    </message>
    <message>
        <source>A quarter of the labelled file&apos;s rows, drawn per label with the seed, are kept for testing</source>
        <translation>Ein Viertel der Zeilen der gelabelten Datei, je Label mit dem Startwert gezogen, wird zum Testen zurückgehalten</translation>
    </message>
</context>
<context>
    <name>AdaptationNames</name>
    <message>
        <source>Zero-shot</source>
        <translation>Zero-Shot</translation>
    </message>
    <message>
        <source>Few-shot</source>
        <translation>Few-Shot</translation>
    </message>
    <message>
        <source>Few-shot by similarity</source>
        <translation>Few-Shot nach Ähnlichkeit</translation>
    </message>
    <message>
        <source>Embedding classifier</source>
        <translation>Embedding-Klassifikator</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>cost</comment>
        <extracomment>A cost per 1,000 rows that has no price</extracomment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>free</source>
        <comment>cost</comment>
        <extracomment>A cost per 1,000 rows on this computer: nothing to pay</extracomment>
        <translation>kostenlos</translation>
    </message>
</context>
<context>
    <name>AdaptationView</name>
    <message>
        <source>Is prompting a big model worth its price on your task, or do a few dozen labels and a small local model do as well? Every method is scored on the same held-out rows of your labelled file, at growing numbers of training rows.</source>
        <translation>Lohnt sich das Prompten eines großen Modells für Ihre Aufgabe, oder leisten ein paar Dutzend Labels und ein kleines lokales Modell dasselbe? Jede Methode wird auf denselben zurückgehaltenen Zeilen Ihrer gelabelten Datei bewertet, mit wachsender Zahl an Trainingszeilen.</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <extracomment>Seconds of a run before its time left is guessed.</extracomment>
        <translation>noch etwa {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>noch etwa {minutes} min</translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation>noch etwa {hours} h</translation>
    </message>
    <message>
        <source>Run</source>
        <extracomment>The cells the running run has finished, drawn as they come. How much was done when the running run first reported (a resumed run starts part-way).</extracomment>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <translation>Vergleich ausführen</translation>
    </message>
    <message>
        <source>Run every method at every size (Ctrl+Enter)</source>
        <translation>Jede Methode in jeder Größe ausführen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel comparison</source>
        <translation>Vergleich abbrechen</translation>
    </message>
    <message>
        <source>Stop the run; finished cells are kept (Esc)</source>
        <translation>Lauf stoppen; fertige Zellen bleiben erhalten (Esc)</translation>
    </message>
    <message>
        <source>Adaptation status</source>
        <translation>Anpassungsstatus</translation>
    </message>
    <message>
        <source>Adaptation progress</source>
        <translation>Anpassungsfortschritt</translation>
    </message>
    <message>
        <source>Adaptation error</source>
        <translation>Anpassungsfehler</translation>
    </message>
    <message>
        <source>Classifier name</source>
        <translation>Name des Klassifikators</translation>
    </message>
    <message>
        <source>Name, e.g. tickets</source>
        <extracomment>&quot;tickets&quot; is an example name: letters, digits, dots, dashes or underscores only.</extracomment>
        <translation>Name, z. B. tickets</translation>
    </message>
    <message>
        <source>Save as classifier…</source>
        <translation>Als Klassifikator speichern…</translation>
    </message>
    <message>
        <source>Save as classifier</source>
        <translation>Als Klassifikator speichern</translation>
    </message>
    <message>
        <source>Train the embedding classifier on every row of the labelled file and save it: it is then a model, classifier:NAME</source>
        <translation>Den Embedding-Klassifikator mit allen Zeilen der gelabelten Datei trainieren und speichern: Er ist dann ein Modell, classifier:NAME</translation>
    </message>
    <message>
        <source>Trained classifier</source>
        <translation>Trainierter Klassifikator</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Nicht gestartet.</translation>
    </message>
    <message>
        <source>Stopping… finished cells are kept.</source>
        <translation>Wird gestoppt… fertige Zellen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Reading the labelled file…</source>
        <translation>Gelabelte Datei wird gelesen…</translation>
    </message>
    <message>
        <source>no training rows</source>
        <translation>keine Trainingszeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n training row(s)</source>
        <translation>
            <numerusform>%Ln Trainingszeile</numerusform>
            <numerusform>%Ln Trainingszeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>{method}, {rows}</source>
        <extracomment>A method, then how many training rows it has: &quot;Few-shot · local:smol, 16 training rows&quot;.</extracomment>
        <translation>{method}, {rows}</translation>
    </message>
    <message>
        <source>cell {number} of {total}</source>
        <extracomment>A cell is one method at one training size (and seed).</extracomment>
        <translation>Zelle {number} von {total}</translation>
    </message>
    <message>
        <source>Done in {seconds} s.</source>
        <translation>Fertig in {seconds} s.</translation>
    </message>
    <message>
        <source>Stopped. Run again to go on from the cells already finished.</source>
        <translation>Gestoppt. Erneut ausführen, um bei den fertigen Zellen weiterzumachen.</translation>
    </message>
    <message>
        <source>{title}.</source>
        <extracomment>The status line after a failed run: the error&apos;s title.</extracomment>
        <translation>{title}.</translation>
    </message>
    <message>
        <source>Name the classifier</source>
        <translation>Klassifikator benennen</translation>
    </message>
    <message>
        <source>Use letters, digits, dots, dashes or underscores, starting with a letter or digit (e.g. tickets-v2).</source>
        <translation>Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche verwenden, beginnend mit einem Buchstaben oder einer Ziffer (z. B. tickets-v2).</translation>
    </message>
    <message>
        <source>Training the classifier “{name}” on every row of the labelled file…</source>
        <translation>Klassifikator „{name}“ wird mit allen Zeilen der gelabelten Datei trainiert…</translation>
    </message>
    <message>
        <source>Embedding the training rows: {done} of {total}…</source>
        <translation>Embeddings der Trainingszeilen: {done} von {total}…</translation>
    </message>
    <message>
        <source>Saved {model} (version {version}): pick it as the model above.</source>
        <translation>{model} gespeichert (Version {version}): oben als Modell auswählen.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>AddAdapterDialog</name>
    <message>
        <source>Add LoRA adapter</source>
        <translation>LoRA-Adapter hinzufügen</translation>
    </message>
    <message>
        <source>Adapter file</source>
        <translation>Adapterdatei</translation>
    </message>
    <message>
        <source>a LoRA adapter&apos;s .gguf file</source>
        <translation>.gguf-Datei eines LoRA-Adapters</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Pick the adapter&apos;s .gguf file</source>
        <translation>Die .gguf-Datei des Adapters auswählen</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <source>The model the adapter was trained on: it runs with the adapter applied</source>
        <translation>Das Modell, auf dem der Adapter trainiert wurde: Es läuft mit angewendetem Adapter</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>1 applies the adapter as trained; 0 leaves the base model as it is</source>
        <translation>1 wendet den Adapter wie trainiert an; 0 lässt das Basismodell unverändert</translation>
    </message>
    <message>
        <source>Variant name</source>
        <translation>Name der Variante</translation>
    </message>
    <message>
        <source>BASE+ADAPTER (the default)</source>
        <translation>BASIS+ADAPTER (Standard)</translation>
    </message>
    <message>
        <source>Use the file where it is (no copy)</source>
        <translation>Datei am Ort verwenden (keine Kopie)</translation>
    </message>
    <message>
        <source>Leave the adapter where it is and remember its path; a file in the models folder is never copied</source>
        <translation>Adapter am Ort lassen und seinen Pfad merken; eine Datei im Modellordner wird nie kopiert</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>button: add the adapter</comment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Pick a LoRA adapter</source>
        <translation>LoRA-Adapter auswählen</translation>
    </message>
    <message>
        <source>GGUF files (*.gguf);;All files (*)</source>
        <translation>GGUF-Dateien (*.gguf);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>n/a</source>
        <extracomment>A value&apos;s text that measures its column when the values are all shorter. What a model without the metric shows instead of a bar.</extracomment>
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
        <translation>
            <numerusform>{correct} von %Ln Zeile richtig · {wrong} falsch</numerusform>
            <numerusform>{correct} von %Ln Zeilen richtig · {wrong} falsch</numerusform>
        </translation>
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
        <extracomment>Sort keys live here so numbers sort as numbers. Columns most rows leave empty: the view hides them until a row has something to say there. The columns&apos; titles as shown, keyed by the English names the code finds columns by.</extracomment>
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
        <translation>
            <numerusform>%Ln falsche Zeile wird angezeigt.</numerusform>
            <numerusform>%Ln falsche Zeilen werden angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) labelled “{gold}”, called “{predicted}”.</source>
        <translation>
            <numerusform>%Ln Zeile mit Label „{gold}“, erkannt als „{predicted}“.</numerusform>
            <numerusform>%Ln Zeilen mit Label „{gold}“, erkannt als „{predicted}“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) correctly labelled “{gold}”.</source>
        <translation>
            <numerusform>%Ln Zeile korrekt als „{gold}“ gelabelt.</numerusform>
            <numerusform>%Ln Zeilen korrekt als „{gold}“ gelabelt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} / %n row(s)</source>
        <translation>
            <numerusform>{done} / %Ln Zeile</numerusform>
            <numerusform>{done} / %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resumed</source>
        <translation>
            <numerusform>%Ln fortgesetzt</numerusform>
            <numerusform>%Ln fortgesetzt</numerusform>
        </translation>
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
        <translation>
            <numerusform>Abgebrochen nach {done} von %Ln Zeile. „Stapel ausführen“ setzt dort fort, wo er stoppte.</numerusform>
            <numerusform>Abgebrochen nach {done} von %Ln Zeilen. „Stapel ausführen“ setzt dort fort, wo er stoppte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n row(s) in {time}</source>
        <translation>
            <numerusform>Fertig: %Ln Zeile in {time}</numerusform>
            <numerusform>Fertig: %Ln Zeilen in {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the earlier run</source>
        <translation>
            <numerusform>%Ln aus dem früheren Lauf fortgesetzt</numerusform>
            <numerusform>%Ln aus dem früheren Lauf fortgesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abstained</source>
        <translation>
            <numerusform>%Ln enthalten</numerusform>
            <numerusform>%Ln enthalten</numerusform>
        </translation>
    </message>
    <message>
        <source>saved as {name}</source>
        <translation>gespeichert als {name}</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) to label, the most uncertain first.</source>
        <translation>
            <numerusform>%Ln Zeile zum Labeln, die unsicherste zuerst.</numerusform>
            <numerusform>%Ln Zeilen zum Labeln, die unsichersten zuerst.</numerusform>
        </translation>
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
        <extracomment>The gold column&apos;s &quot;no column&quot; choice.</extracomment>
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
        <translation>
            <numerusform>Start mit %Ln Zeile…</numerusform>
            <numerusform>Start mit %Ln Zeilen…</numerusform>
        </translation>
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
        <translation>
            <numerusform>{name} · %Ln Zeile</numerusform>
            <numerusform>{name} · %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Choose the columns and press Run batch.</source>
        <translation>
            <numerusform>%Ln Zeile. Wählen Sie die Spalten und klicken Sie auf „Stapel ausführen“.</numerusform>
            <numerusform>%Ln Zeilen. Wählen Sie die Spalten und klicken Sie auf „Stapel ausführen“.</numerusform>
        </translation>
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
        <extracomment>The title over Plinth&apos;s own reply when nothing in the documents matched.</extracomment>
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
    <name>CheckTable</name>
    <message>
        <source>Name</source>
        <extracomment>The checks table&apos;s columns: header → the ``CheckSpec`` field it edits.</extracomment>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>Min length</source>
        <translation>Min. Länge</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>Max. Länge</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>This task: checks[{row}].{field}: {value} is not a number. Type a number such as 0.5.</source>
        <translation>Diese Aufgabe: checks[{row}].{field}: {value} ist keine Zahl. Geben Sie eine Zahl ein, z. B. 0.5.</translation>
    </message>
    <message>
        <source>This task: checks[{row}].{field}: {value} is not a whole number. Type a whole number, or leave it empty.</source>
        <translation>Diese Aufgabe: checks[{row}].{field}: {value} ist keine ganze Zahl. Geben Sie eine ganze Zahl ein oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>Questions (*.csv)</source>
        <translation>Fragen (*.csv)</translation>
    </message>
    <message>
        <source>keyword</source>
        <extracomment>A search mode, in the retrieval check&apos;s scores.</extracomment>
        <translation>Stichwort</translation>
    </message>
    <message>
        <source>semantic</source>
        <translation>semantisch</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>kombiniert</translation>
    </message>
    <message>
        <source>A CSV with the columns question, file and, optionally, page: each question and the file (and page) that answers it. The check searches every question in each mode and scores where the right file comes.</source>
        <translation>Eine CSV-Datei mit den Spalten question, file und optional page: jede Frage und die Datei (und Seite), die sie beantwortet. Die Prüfung sucht jede Frage in jedem Modus und bewertet, an welcher Stelle die richtige Datei erscheint.</translation>
    </message>
    <message>
        <source>Questions file…</source>
        <translation>Fragendatei…</translation>
    </message>
    <message>
        <source>Questions file</source>
        <translation>Fragendatei</translation>
    </message>
    <message>
        <source>Questions file name</source>
        <translation>Name der Fragendatei</translation>
    </message>
    <message>
        <source>Check k</source>
        <translation>k der Prüfung</translation>
    </message>
    <message>
        <source>How many hits per question count</source>
        <translation>Wie viele Treffer pro Frage zählen</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <source>Check scores</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Recall@k</source>
        <translation>Trefferquote@k</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>Recall@{k}</source>
        <translation>Trefferquote@{k}</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), top {k} hits per question.</source>
        <translation>
            <numerusform>%Ln Frage, die ersten {k} Treffer pro Frage.</numerusform>
            <numerusform>%Ln Fragen, die ersten {k} Treffer pro Frage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Semantic and hybrid need an embedding model for this collection.</source>
        <translation>Semantische und kombinierte Suche brauchen ein Embedding-Modell für diese Sammlung.</translation>
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
            <numerusform>%Ln Passage</numerusform>
            <numerusform>%Ln Passagen</numerusform>
        </translation>
    </message>
    <message>
        <source>~{tokens} tokens</source>
        <translation>~{tokens} Tokens</translation>
    </message>
    <message numerus="yes">
        <source>%n trimmed to fit</source>
        <translation>
            <numerusform>%Ln zum Einpassen gekürzt</numerusform>
            <numerusform>%Ln zum Einpassen gekürzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassificationPanel</name>
    <message>
        <source>Classification model</source>
        <extracomment>Where the panel keeps its state in ``Settings.extra``. What a first start offers, so the panel works before anything is typed. The text and labels of the classification running, for the history. The Adapt tab (issue 17), with the services it needs; None: the panel has no such tab. The new version of a retrained classifier the next batch run uses (active labelling), once.</extracomment>
        <translation>Klassifikationsmodell</translation>
    </message>
    <message>
        <source>Classification notice</source>
        <translation>Hinweis zur Klassifikation</translation>
    </message>
    <message>
        <source>Classification mode</source>
        <translation>Klassifikationsmodus</translation>
    </message>
    <message>
        <source>Classification batch</source>
        <translation>Klassifikation im Stapel</translation>
    </message>
    <message>
        <source>Label set name</source>
        <translation>Name des Label-Sets</translation>
    </message>
    <message>
        <source>Name this label set to save it</source>
        <translation>Benennen Sie dieses Label-Set, um es zu speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save label set</source>
        <translation>Label-Set speichern</translation>
    </message>
    <message>
        <source>Save these labels under the name given</source>
        <translation>Diese Labels unter dem angegebenen Namen speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete label set</source>
        <translation>Label-Set löschen</translation>
    </message>
    <message>
        <source>Forget the saved label set of this name</source>
        <translation>Das gespeicherte Label-Set dieses Namens vergessen</translation>
    </message>
    <message>
        <source>Label &amp;set</source>
        <translation>Label-&amp;Set</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Label-Tabelle</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Labelname</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Beschreibung (optional)</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Label hinzufügen</translation>
    </message>
    <message>
        <source>Add a label to the set</source>
        <translation>Dem Set ein Label hinzufügen</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Label entfernen</translation>
    </message>
    <message>
        <source>Remove the selected labels</source>
        <translation>Die ausgewählten Labels entfernen</translation>
    </message>
    <message>
        <source>Label set error</source>
        <translation>Fehler im Label-Set</translation>
    </message>
    <message>
        <source>Mult&amp;i-label</source>
        <translation>Mult&amp;i-Label</translation>
    </message>
    <message>
        <source>Multi-label</source>
        <translation>Multi-Label</translation>
    </message>
    <message>
        <source>Each text may get several labels, or none of them</source>
        <translation>Jeder Text kann mehrere Labels erhalten oder keines</translation>
    </message>
    <message>
        <source>Abstain below confidence</source>
        <translation>Unterhalb der Konfidenz enthalten</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>The confidence threshold at 0: never abstain</extracomment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Give no label when the model is less sure than this (needs a model that gives probabilities)</source>
        <translation>Kein Label vergeben, wenn das Modell unsicherer ist (erfordert ein Modell mit Wahrscheinlichkeiten)</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Instruction (optional), e.g. “Sort support tickets by team”</source>
        <translation>Anweisung (optional), z. B. „Support-Tickets nach Team sortieren“</translation>
    </message>
    <message>
        <source>Examples (optional)</source>
        <translation>Beispiele (optional)</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Beispieltext</translation>
    </message>
    <message>
        <source>Add example</source>
        <translation>Beispiel hinzufügen</translation>
    </message>
    <message>
        <source>Add a worked example</source>
        <translation>Ein ausgearbeitetes Beispiel hinzufügen</translation>
    </message>
    <message>
        <source>Remove example</source>
        <translation>Beispiel entfernen</translation>
    </message>
    <message>
        <source>Remove the selected examples</source>
        <translation>Die ausgewählten Beispiele entfernen</translation>
    </message>
    <message>
        <source>A&amp;bstain below</source>
        <translation>Enthalten &amp;unter</translation>
    </message>
    <message>
        <source>Text to classify</source>
        <translation>Zu klassifizierender Text</translation>
    </message>
    <message>
        <source>Text to classify — Ctrl+Enter classifies</source>
        <translation>Zu klassifizierender Text — Strg+Eingabe klassifiziert</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop classification</source>
        <translation>Klassifikation stoppen</translation>
    </message>
    <message>
        <source>Stop classifying (Esc)</source>
        <translation>Klassifizieren stoppen (Esc)</translation>
    </message>
    <message>
        <source>Classify</source>
        <comment>verb</comment>
        <extracomment>The button that classifies the typed text</extracomment>
        <translation>Klassifizieren</translation>
    </message>
    <message>
        <source>Classify the text (Ctrl+Enter)</source>
        <translation>Den Text klassifizieren (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Classification status</source>
        <translation>Status der Klassifikation</translation>
    </message>
    <message>
        <source>Classification error</source>
        <translation>Klassifikationsfehler</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Result detail</source>
        <translation>Ergebnisdetails</translation>
    </message>
    <message>
        <source>Classification stats</source>
        <translation>Klassifikationsstatistik</translation>
    </message>
    <message>
        <source>Adapt</source>
        <comment>tab</comment>
        <translation>Anpassen</translation>
    </message>
    <message>
        <source>Loaded the label set “{name}”.</source>
        <translation>Label-Set „{name}“ geladen.</translation>
    </message>
    <message>
        <source>Name the label set first (in the box beside “Label set”).</source>
        <translation>Benennen Sie zuerst das Label-Set (im Feld neben „Label-Set“).</translation>
    </message>
    <message>
        <source>Saved the label set “{name}”.</source>
        <translation>Label-Set „{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>Deleted the saved label set “{name}”; the labels below stay.</source>
        <translation>Gespeichertes Label-Set „{name}“ gelöscht; die Labels unten bleiben.</translation>
    </message>
    <message>
        <source>Type or paste a text first.</source>
        <translation>Geben Sie zuerst einen Text ein oder fügen Sie ihn ein.</translation>
    </message>
    <message>
        <source>Classifying…</source>
        <translation>Klassifiziere…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>each label scored by the model</source>
        <translation>jedes Label vom Modell bewertet</translation>
    </message>
    <message>
        <source>from the provider&apos;s log-probabilities</source>
        <translation>aus den Log-Wahrscheinlichkeiten des Anbieters</translation>
    </message>
    <message>
        <source>chosen under a JSON schema</source>
        <translation>mit einem JSON-Schema gewählt</translation>
    </message>
    <message>
        <source>chosen in JSON mode</source>
        <translation>im JSON-Modus gewählt</translation>
    </message>
    <message>
        <source>chosen with a tool</source>
        <translation>mit einem Tool gewählt</translation>
    </message>
    <message>
        <source>chosen from an enum</source>
        <translation>aus einer Aufzählung gewählt</translation>
    </message>
    <message>
        <source>generated and matched to a label</source>
        <translation>generiert und einem Label zugeordnet</translation>
    </message>
    <message>
        <source>(abstained)</source>
        <extracomment>Shown instead of a label when no label was sure enough</extracomment>
        <translation>(enthalten)</translation>
    </message>
    <message>
        <source>{value} % sure</source>
        <translation>{value} % sicher</translation>
    </message>
    <message>
        <source>no label reached {value} %</source>
        <translation>kein Label erreichte {value} %</translation>
    </message>
    <message>
        <source>{model} was trained on the labels {labels}: use them (a model picked with an empty label table fills it in), or pick another model.</source>
        <translation>{model} wurde mit den Labels {labels} trainiert: Verwenden Sie diese (ein bei leerer Label-Tabelle gewähltes Modell füllt sie aus) oder wählen Sie ein anderes Modell.</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Starting…</source>
        <extracomment>state → what the status line says (``queued`` adds its place in the queue).</extracomment>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Queued #{position}</source>
        <translation>In Warteschlange Nr. {position}</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation>Warten auf das erste Token…</translation>
    </message>
    <message>
        <source>Streaming…</source>
        <translation>Wird gestreamt…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Nicht gefragt</translation>
    </message>
    <message>
        <source>No model was asked: nothing in the attached documents matched.</source>
        <extracomment>In a column of a comparison answered from documents where nothing matched the prompt: Plinth&apos;s own words.</extracomment>
        <translation>Kein Modell wurde gefragt: Nichts in den angehängten Dokumenten passte.</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>The colour each state&apos;s status is tinted with; the others stay muted.</extracomment>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Column {title}</source>
        <translation>Spalte {title}</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>Modellname</translation>
    </message>
    <message>
        <source>Column status</source>
        <translation>Spaltenstatus</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop {title}</source>
        <translation>{title} stoppen</translation>
    </message>
    <message>
        <source>Stop {title} only; the other models go on</source>
        <translation>Nur {title} stoppen; die anderen Modelle laufen weiter</translation>
    </message>
    <message>
        <source>Rows done</source>
        <translation>Erledigte Zeilen</translation>
    </message>
    <message>
        <source>Answer of {title}</source>
        <translation>Antwort von {title}</translation>
    </message>
    <message>
        <source>The answer appears here.</source>
        <translation>Die Antwort erscheint hier.</translation>
    </message>
    <message numerus="yes">
        <source>%v of %n row(s)</source>
        <extracomment>A batch&apos;s progress: %v is the rows done so far.</extracomment>
        <translation>
            <numerusform>%v von %Ln Zeile</numerusform>
            <numerusform>%v von %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>{title}. {message}</source>
        <extracomment>An error&apos;s title, then its message and hint.</extracomment>
        <translation>{title}. {message}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Pick a different model in each picker.</source>
        <extracomment>Where the panel keeps its state in ``Settings.extra``.</extracomment>
        <translation>Wählen Sie in jeder Auswahl ein anderes Modell.</translation>
    </message>
    <message>
        <source>HTML report</source>
        <extracomment>Beside the store: each batch comparison&apos;s outputs and journals, one folder per comparison. The export formats&apos; names in the file dialog, by core&apos;s name (``EXPORT_FORMATS``).</extracomment>
        <translation>HTML-Bericht</translation>
    </message>
    <message>
        <source>{title}. {message}</source>
        <extracomment>An error&apos;s title, then its message and hint.</extracomment>
        <translation>{title}. {message}</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <extracomment>The comparison shown: running (its runs fill in), finished, or reopened.</extracomment>
        <translation>Vergleich ausführen</translation>
    </message>
    <message>
        <source>Send the same input to every model (Ctrl+Enter)</source>
        <translation>Dieselbe Eingabe an jedes Modell senden (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Alle stoppen</translation>
    </message>
    <message>
        <source>Stop every model (Esc)</source>
        <translation>Alle Modelle stoppen (Esc)</translation>
    </message>
    <message>
        <source>Compare status</source>
        <translation>Vergleichsstatus</translation>
    </message>
    <message>
        <source>Stopping every model…</source>
        <translation>Alle Modelle werden gestoppt…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>Saved comparison from {time}.</source>
        <translation>Gespeicherter Vergleich vom {time}.</translation>
    </message>
    <message>
        <source>Delete the saved comparison “{title}”? This cannot be undone.</source>
        <translation>Gespeicherten Vergleich „{title}“ löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>Vergleich löschen</translation>
    </message>
    <message>
        <source>Comparison deleted.</source>
        <translation>Vergleich gelöscht.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>Bericht gespeichert unter {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n model(s)…</source>
        <translation>
            <numerusform>%Ln Modell wird verglichen…</numerusform>
            <numerusform>%Ln Modelle werden verglichen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <extracomment>How many models of the comparison failed.</extracomment>
        <translation>
            <numerusform>%Ln fehlgeschlagen.</numerusform>
            <numerusform>%Ln fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped.</source>
        <extracomment>How many models of the comparison were stopped.</extracomment>
        <translation>
            <numerusform>%Ln gestoppt.</numerusform>
            <numerusform>%Ln gestoppt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>CompareResults</name>
    <message>
        <source>Not ranked: counts depend on each model&apos;s tokenizer.</source>
        <translation>Nicht gewertet: Die Zahlen hängen vom Tokenizer jedes Modells ab.</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>Niedriger ist besser.</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>Höher ist besser.</translation>
    </message>
    <message>
        <source>not ranked: counts depend on each model&apos;s tokenizer</source>
        <translation>nicht gewertet: Zahlen hängen vom Tokenizer des Modells ab</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>Comparison results</source>
        <translation>Vergleichsergebnisse</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
</context>
<context>
    <name>CompareSetup</name>
    <message>
        <source>Chat prompt</source>
        <translation>Chat-Prompt</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Classify a file</source>
        <translation>Datei klassifizieren</translation>
    </message>
    <message>
        <source>Translate a file</source>
        <translation>Datei übersetzen</translation>
    </message>
    <message>
        <source>Explain in three sentences why the sky is blue.</source>
        <extracomment>The input text of a first comparison (sent to the models, so in the person&apos;s language).</extracomment>
        <translation>Erkläre in drei Sätzen, warum der Himmel blau ist.</translation>
    </message>
    <message>
        <source>positive, negative, neutral</source>
        <extracomment>The labels of a first classification: words separated by ASCII commas.</extracomment>
        <translation>positiv, negativ, neutral</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>The gold column&apos;s choice for a file without the right labels.</extracomment>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.jsonl);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.txt *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <source>Add another model (up to {count})</source>
        <translation>Weiteres Modell hinzufügen (bis zu {count})</translation>
    </message>
    <message>
        <source>Compare notice</source>
        <translation>Vergleichshinweis</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Zielsprache</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Label-Liste</translation>
    </message>
    <message>
        <source>Labels, separated by commas; name=description to explain one</source>
        <translation>Labels, durch Kommas getrennt; Name=Beschreibung erklärt eines</translation>
    </message>
    <message>
        <source>Several labels may apply</source>
        <translation>Mehrere Labels möglich</translation>
    </message>
    <message>
        <source>Multi-label</source>
        <translation>Mehrfach-Label</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Aufgabe</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <extracomment>Before the target language: translate to…</extracomment>
        <translation>&amp;Nach</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Label-Liste</translation>
    </message>
    <message>
        <source>Te&amp;mperature</source>
        <translation>Te&amp;mperatur</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens</source>
        <translation>Ma&amp;x. Tokens</translation>
    </message>
    <message>
        <source>Input text</source>
        <translation>Eingabetext</translation>
    </message>
    <message>
        <source>The same text goes to every model.</source>
        <translation>Derselbe Text geht an jedes Modell.</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>Eingabedatei</translation>
    </message>
    <message>
        <source>A CSV or JSONL file, one text per row</source>
        <translation>Eine CSV- oder JSONL-Datei, ein Text pro Zeile</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Pick the CSV or JSONL file to run on</source>
        <translation>CSV- oder JSONL-Datei für den Lauf auswählen</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation>Textspalte</translation>
    </message>
    <message>
        <source>Gold column</source>
        <translation>Referenzspalte</translation>
    </message>
    <message>
        <source>The right labels, if the file has them: gives accuracy and macro-F1</source>
        <translation>Die richtigen Labels, falls die Datei sie enthält: ergibt Genauigkeit und Makro-F1</translation>
    </message>
    <message>
        <source>Te&amp;xt column</source>
        <translation>Te&amp;xtspalte</translation>
    </message>
    <message>
        <source>&amp;Gold column</source>
        <translation>&amp;Referenzspalte</translation>
    </message>
    <message>
        <source>Choose a file to run on</source>
        <translation>Datei für den Lauf wählen</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) in {file}.</source>
        <translation>
            <numerusform>%Ln Spalte in {file}.</numerusform>
            <numerusform>%Ln Spalten in {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}. {message}</source>
        <extracomment>An error&apos;s title, then its message and hint.</extracomment>
        <translation>{title}. {message}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <source>compare models</source>
        <extracomment>Ends the sentence &quot;To … with a model behind an API instead, add a provider&quot;.</extracomment>
        <translation>Modelle zu vergleichen</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Answer</source>
        <extracomment>The heading over each column&apos;s answer.</extracomment>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>No label</source>
        <extracomment>Rows of a batch shown in a column; the report and the output CSV have them all. The least height the answers and the figures get, whatever the splitter between them says. How the answers and the figures share the height at first: the answers get the larger part.</extracomment>
        <translation>Kein Label</translation>
    </message>
    <message>
        <source>Accuracy {accuracy}, macro-F1 {macro_f1}</source>
        <translation>Genauigkeit {accuracy}, Makro-F1 {macro_f1}</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>Table headers: a batch&apos;s row number, and what the model made of that row.</extracomment>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Privacy summary</source>
        <translation>Datenschutzübersicht</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Fazit</translation>
    </message>
    <message>
        <source>Comparison figures</source>
        <translation>Vergleichszahlen</translation>
    </message>
    <message>
        <source>Answers and figures</source>
        <translation>Antworten und Zahlen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
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
        <extracomment>The axis of the model&apos;s labels (across the top of the confusion matrix).</extracomment>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <source>Gold</source>
        <extracomment>The axis of the right answers (down the side of the confusion matrix).</extracomment>
        <translation>Referenz</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) correctly labelled “{gold}”</source>
        <translation>
            <numerusform>%Ln Zeile korrekt als „{gold}“ gelabelt</numerusform>
            <numerusform>%Ln Zeilen korrekt als „{gold}“ gelabelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) labelled “{gold}” that the model called “{predicted}” — click to see them</source>
        <translation>
            <numerusform>%Ln Zeile mit Label „{gold}“, die das Modell als „{predicted}“ erkannte – zum Anzeigen klicken</numerusform>
            <numerusform>%Ln Zeilen mit Label „{gold}“, die das Modell als „{predicted}“ erkannte – zum Anzeigen klicken</numerusform>
        </translation>
    </message>
    <message>
        <source>gold {gold}, predicted {predicted}: {count}</source>
        <translation>Referenz {gold}, vorhergesagt {predicted}: {count}</translation>
    </message>
</context>
<context>
    <name>ConversationArchive</name>
    <message>
        <source>Export all conversations</source>
        <extracomment>How long the status bar says what was exported or imported.</extracomment>
        <translation>Alle Unterhaltungen exportieren</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported {conversations} to {file}.</source>
        <translation>{conversations} nach {file} exportiert.</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Unterhaltungen importieren</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Imported {conversations}; {skipped} already here, skipped.</source>
        <translation>{conversations} importiert; {skipped} bereits vorhanden, übersprungen.</translation>
    </message>
    <message>
        <source>Imported {conversations}.</source>
        <translation>{conversations} importiert.</translation>
    </message>
    <message>
        <source>Plinth archives (*.json)</source>
        <translation>Plinth-Archive (*.json)</translation>
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
    <name>DocumentsPanel</name>
    <message>
        <source>None (keyword search only)</source>
        <translation>Keines (nur Stichwortsuche)</translation>
    </message>
    <message>
        <source>Questions to check retrieval with</source>
        <translation>Fragen zur Prüfung der Suche</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>New…</source>
        <comment>button: a new collection</comment>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>button: delete the collection</comment>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Sammlung löschen</translation>
    </message>
    <message>
        <source>Collection paths</source>
        <translation>Pfade der Sammlung</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>button: remove paths</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove selected paths</source>
        <translation>Ausgewählte Pfade entfernen</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Neu einlesen</translation>
    </message>
    <message>
        <source>Folders and files</source>
        <translation>Ordner und Dateien</translation>
    </message>
    <message>
        <source>Collection summary</source>
        <translation>Sammlungsübersicht</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Embedding-Modell</translation>
    </message>
    <message>
        <source>Embedding privacy</source>
        <translation>Datenschutz beim Embedding</translation>
    </message>
    <message>
        <source>Index progress</source>
        <translation>Indexierungsfortschritt</translation>
    </message>
    <message>
        <source>Index status</source>
        <translation>Indexierungsstatus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation>Indexierung abbrechen</translation>
    </message>
    <message>
        <source>Collection views</source>
        <translation>Ansichten der Sammlung</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>tab: search the collection</comment>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Retrieval check</source>
        <translation>Suchprüfung</translation>
    </message>
    <message>
        <source>Cannot create the collection</source>
        <translation>Die Sammlung kann nicht erstellt werden</translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}” and its index of %n file(s)? The files themselves stay where they are.</source>
        <translation>
            <numerusform>Die Sammlung „{name}“ und ihren Index von %Ln Datei löschen? Die Dateien selbst bleiben, wo sie sind.</numerusform>
            <numerusform>Die Sammlung „{name}“ und ihren Index von %Ln Dateien löschen? Die Dateien selbst bleiben, wo sie sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove the path</source>
        <translation>Der Pfad kann nicht entfernt werden</translation>
    </message>
    <message numerus="yes">
        <source>Re-embed %n passage(s) of “{name}” with {model}? The vectors from {old} are deleted.</source>
        <translation>
            <numerusform>%Ln Passage von „{name}“ mit {model} neu einbetten? Die Vektoren von {old} werden gelöscht.</numerusform>
            <numerusform>%Ln Passagen von „{name}“ mit {model} neu einbetten? Die Vektoren von {old} werden gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop the vectors of %n passage(s) of “{name}”? Search will be by keyword only. The vectors from {old} are deleted.</source>
        <translation>
            <numerusform>Die Vektoren von %Ln Passage aus „{name}“ verwerfen? Gesucht wird dann nur nach Stichwörtern. Die Vektoren von {old} werden gelöscht.</numerusform>
            <numerusform>Die Vektoren von %Ln Passagen aus „{name}“ verwerfen? Gesucht wird dann nur nach Stichwörtern. Die Vektoren von {old} werden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change embedding model</source>
        <translation>Embedding-Modell ändern</translation>
    </message>
    <message>
        <source>No collection yet: press New… to make one, then add files or folders to it.</source>
        <translation>Noch keine Sammlung: Klicken Sie auf Neu…, um eine anzulegen, und fügen Sie dann Dateien oder Ordner hinzu.</translation>
    </message>
    <message>
        <source>{name}: {summary}</source>
        <translation>{name}: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%Ln Passage</numerusform>
            <numerusform>%Ln Passagen</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} {status}</source>
        <comment>a number of files and their status: 3 skipped</comment>
        <translation>{count} {status}</translation>
    </message>
    <message>
        <source>Keyword search: nothing leaves this computer.</source>
        <translation>Stichwortsuche: Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Passages from “{name}” → {destination}</source>
        <translation>Passagen aus „{name}“ → {destination}</translation>
    </message>
    <message>
        <source>Embedded on this computer: nothing leaves it.</source>
        <translation>Embedding auf diesem Computer: Nichts verlässt ihn.</translation>
    </message>
    <message>
        <source>Indexing “{name}”: looking for files…</source>
        <translation>„{name}“ wird indexiert: Dateien werden gesucht…</translation>
    </message>
    <message numerus="yes">
        <source>Embedding “{name}”: {done} of %n passage(s)</source>
        <translation>
            <numerusform>„{name}“ wird eingebettet: {done} von %Ln Passage</numerusform>
            <numerusform>„{name}“ wird eingebettet: {done} von %Ln Passagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing “{name}”: {done} of %n file(s)</source>
        <translation>
            <numerusform>„{name}“ wird indexiert: {done} von %Ln Datei</numerusform>
            <numerusform>„{name}“ wird indexiert: {done} von %Ln Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} pages/s</source>
        <translation>{rate} Seiten/s</translation>
    </message>
    <message>
        <source>{time} left</source>
        <comment>time remaining</comment>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>Indexing waits while a local model answers (they share the processor)…</source>
        <translation>Die Indexierung wartet, während ein lokales Modell antwortet (sie teilen sich den Prozessor)…</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is up to date: %n file(s) read in {seconds} s, {problems} skipped or failed (see Problems only).</source>
        <translation>
            <numerusform>„{name}“ ist aktuell: %Ln Datei in {seconds} s gelesen, {problems} übersprungen oder fehlgeschlagen (siehe Nur Probleme).</numerusform>
            <numerusform>„{name}“ ist aktuell: %Ln Dateien in {seconds} s gelesen, {problems} übersprungen oder fehlgeschlagen (siehe Nur Probleme).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is up to date: %n file(s) read in {seconds} s.</source>
        <translation>
            <numerusform>„{name}“ ist aktuell: %Ln Datei in {seconds} s gelesen.</numerusform>
            <numerusform>„{name}“ ist aktuell: %Ln Dateien in {seconds} s gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyword search only: {problem}.</source>
        <translation>Nur Stichwortsuche: {problem}.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Indexing “{name}” was cancelled; what was indexed is kept. Rescan to finish it.</source>
        <translation>Die Indexierung von „{name}“ wurde abgebrochen; bereits Indexiertes bleibt erhalten. Neu einlesen, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>Name of the new collection:</source>
        <translation>Name der neuen Sammlung:</translation>
    </message>
    <message>
        <source>Add files to “{name}”</source>
        <translation>Dateien zu „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Add a folder to “{name}”</source>
        <translation>Ordner zu „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Abbruch nach der aktuellen Datei…</translation>
    </message>
    <message>
        <source>about {seconds} s</source>
        <translation>etwa {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>etwa {minutes} min</translation>
    </message>
    <message>
        <source>about {hours} h</source>
        <translation>etwa {hours} h</translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message>
        <source>Downloading {name}</source>
        <extracomment>How long a finished or cancelled download stays mentioned before the widget hides.</extracomment>
        <translation>{name} wird heruntergeladen</translation>
    </message>
    <message>
        <source>{percent} of {size}</source>
        <extracomment>How far a download is: &quot;42% of 1.4 GB&quot;.</extracomment>
        <translation>{percent} von {size}</translation>
    </message>
    <message>
        <source>part {index} of {count}</source>
        <extracomment>A model split into several files: &quot;part 2 of 3&quot;.</extracomment>
        <translation>Teil {index} von {count}</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <extracomment>A download speed: &quot;2.5 MB/s&quot;.</extracomment>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>{time} left</source>
        <extracomment>Time left: &quot;3 min 20 s left&quot;.</extracomment>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>{name} wird heruntergeladen…</translation>
    </message>
</context>
<context>
    <name>DownloadQueueWidget</name>
    <message>
        <source>Download status</source>
        <translation>Downloadstatus</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Downloadfortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%n more queued</source>
        <translation>
            <numerusform>%Ln weiterer in der Warteschlange</numerusform>
            <numerusform>%Ln weitere in der Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <source>Stop downloading {name}; downloading it again resumes where it stopped</source>
        <translation>Download von {name} stoppen; ein erneuter Download setzt dort fort, wo er aufgehört hat</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Downloaded {name}: ready in the model pickers</source>
        <translation>{name} heruntergeladen: bereit in den Modellauswahlen</translation>
    </message>
    <message>
        <source>Download of {name} failed: {reason}</source>
        <translation>Download von {name} fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Download of {name} stopped</source>
        <translation>Download von {name} gestoppt</translation>
    </message>
    <message>
        <source>Downloading it again resumes where it stopped.</source>
        <translation>Ein erneuter Download setzt dort fort, wo er aufgehört hat.</translation>
    </message>
</context>
<context>
    <name>FileTable</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passagen</translation>
    </message>
    <message>
        <source>Reason or notes</source>
        <translation>Grund oder Hinweise</translation>
    </message>
    <message>
        <source>indexed</source>
        <extracomment>A file&apos;s status in the documents table.</extracomment>
        <translation>indexiert</translation>
    </message>
    <message>
        <source>extracted (keyword only)</source>
        <translation>extrahiert (nur Stichwörter)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <source>Show only files that were skipped, failed or have notes</source>
        <translation>Nur übersprungene, fehlgeschlagene oder kommentierte Dateien anzeigen</translation>
    </message>
    <message>
        <source>File counts</source>
        <translation>Dateianzahl</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), {problems} with problems or notes</source>
        <translation>
            <numerusform>%Ln Datei, {problems} mit Problemen oder Hinweisen</numerusform>
            <numerusform>%Ln Dateien, {problems} mit Problemen oder Hinweisen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitBadge</name>
    <message>
        <source>fits</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>knapp</translation>
    </message>
    <message>
        <source>won&apos;t fit</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Eignung</translation>
    </message>
</context>
<context>
    <name>GlossaryEditor</name>
    <message>
        <source>Glossary terms</source>
        <translation>Glossarbegriffe</translation>
    </message>
    <message>
        <source>Source term</source>
        <translation>Ausgangsbegriff</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Begriff hinzufügen</translation>
    </message>
    <message>
        <source>Add a row to the glossary</source>
        <translation>Dem Glossar eine Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>Begriff entfernen</translation>
    </message>
    <message>
        <source>Remove the selected terms</source>
        <translation>Die ausgewählten Begriffe entfernen</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Import glossary</source>
        <translation>Glossar importieren</translation>
    </message>
    <message>
        <source>Read term pairs from a CSV file: source term, translation</source>
        <translation>Begriffspaare aus einer CSV-Datei lesen: Ausgangsbegriff, Übersetzung</translation>
    </message>
    <message>
        <source>Glossary error</source>
        <translation>Glossarfehler</translation>
    </message>
    <message>
        <source>Import a glossary</source>
        <translation>Ein Glossar importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n term(s).</source>
        <translation>
            <numerusform>%Ln Begriff importiert.</numerusform>
            <numerusform>%Ln Begriffe importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {terms}; {skipped} already in the glossary.</source>
        <translation>Importiert: {terms}; {skipped} bereits im Glossar.</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%Ln Begriff</numerusform>
            <numerusform>%Ln Begriffe</numerusform>
        </translation>
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
        <extracomment>The background of a search hit; the text on it stays dark in light and dark palettes. A search hit&apos;s snippet as rich text, the matched words highlighted.</extracomment>
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
        <translation>
            <numerusform>Version {version}: %Ln Label, Makro-F1 {f1}</numerusform>
            <numerusform>Version {version}: %Ln Labels, Makro-F1 {f1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{f1} · %n label(s)</source>
        <translation>
            <numerusform>{f1} · %Ln Label</numerusform>
            <numerusform>{f1} · %Ln Labels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <source>%n message(s) · {model}</source>
        <translation>
            <numerusform>%Ln Nachricht · {model}</numerusform>
            <numerusform>%Ln Nachrichten · {model}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>New chat</source>
        <extracomment>How long after the last key press the search runs. How long &quot;Conversation deleted — Undo&quot; stays. The conversation whose answer is streaming: it cannot be deleted now. A refresh asked for while a title was being edited: it runs once the editor closes.</extracomment>
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
    <name>HubSearchPage</name>
    <message>
        <source>Most downloads</source>
        <translation>Meiste Downloads</translation>
    </message>
    <message>
        <source>Most likes</source>
        <translation>Meiste Likes</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Kürzlich aktualisiert</translation>
    </message>
    <message>
        <source>Type a name and press Enter.</source>
        <translation>Namen eingeben und Eingabetaste drücken.</translation>
    </message>
    <message>
        <source>Offline mode is on: the Hugging Face Hub is not contacted.</source>
        <translation>Der Offlinemodus ist an: Der Hugging Face Hub wird nicht kontaktiert.</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Modelle suchen</translation>
    </message>
    <message>
        <source>Search GGUF models on the Hugging Face Hub, e.g. “qwen3 4b”</source>
        <translation>GGUF-Modelle im Hugging Face Hub suchen, z. B. „qwen3 4b“</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>verb: button</comment>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search the Hub (Enter)</source>
        <translation>Im Hub suchen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Suche läuft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel search</source>
        <translation>Suche abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the Hugging Face Hub</source>
        <translation>Nicht länger auf den Hugging Face Hub warten</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository-Name</translation>
    </message>
    <message>
        <source>Downloads</source>
        <comment>column: how many times downloaded</comment>
        <translation>Downloadzahl</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Gefällt mir</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Pick a repository to see its GGUF files.</source>
        <translation>Wählen Sie ein Repository, um seine GGUF-Dateien zu sehen.</translation>
    </message>
    <message>
        <source>Files status</source>
        <translation>Dateistatus</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>Download</source>
        <comment>column: the file&apos;s download size</comment>
        <translation>Downloadgröße</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Fit</source>
        <comment>column: whether the model fits in memory</comment>
        <translation>Passt</translation>
    </message>
    <message>
        <source>Repository files</source>
        <translation>Repository-Dateien</translation>
    </message>
    <message>
        <source>The Hub did not give this file&apos;s size.</source>
        <translation>Der Hub hat die Größe dieser Datei nicht angegeben.</translation>
    </message>
    <message>
        <source>≈ {size}</source>
        <translation>≈ {size}</translation>
    </message>
    <message>
        <source>Searching for “{query}”…</source>
        <translation>Suche nach „{query}“…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%n repository(ies)</source>
        <translation>
            <numerusform>%Ln Repository</numerusform>
            <numerusform>%Ln Repositorys</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the files of {repo}…</source>
        <translation>Dateien von {repo} werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>{file} (%n parts)</source>
        <translation>
            <numerusform>{file} (%Ln Teil)</numerusform>
            <numerusform>{file} (%Ln Teile)</numerusform>
        </translation>
    </message>
    <message>
        <source>Download</source>
        <comment>verb: button</comment>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Download {file}</source>
        <translation>{file} herunterladen</translation>
    </message>
    <message>
        <source>No GGUF repositories match.</source>
        <translation>Keine passenden GGUF-Repositorys.</translation>
    </message>
    <message>
        <source>gated: needs a token</source>
        <translation>geschützt: braucht ein Token</translation>
    </message>
    <message>
        <source>open</source>
        <comment>access: anyone may download</comment>
        <translation>offen</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>Suche abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled: nothing is downloaded.</source>
        <translation>Abgebrochen: Es wird nichts heruntergeladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF model(s) in {repo}</source>
        <translation>
            <numerusform>%Ln GGUF-Modell in {repo}</numerusform>
            <numerusform>%Ln GGUF-Modelle in {repo}</numerusform>
        </translation>
    </message>
    <message>
        <source>{repo} has no GGUF model files.</source>
        <translation>{repo} enthält keine GGUF-Modelldateien.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Checking that this llama.cpp can run {file}…</source>
        <translation>Es wird geprüft, ob dieses llama.cpp {file} ausführen kann…</translation>
    </message>
    <message>
        <source>{warning}

Download anyway?</source>
        <translation>{warning}

Trotzdem herunterladen?</translation>
    </message>
    <message>
        <source>This model may not run here</source>
        <translation>Dieses Modell läuft hier möglicherweise nicht</translation>
    </message>
</context>
<context>
    <name>InstalledModelsPage</name>
    <message>
        <source>Use as LoRA adapter…</source>
        <translation>Als LoRA-Adapter verwenden…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Context</source>
        <comment>column: the model&apos;s context length in tokens</comment>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Installierte Modelle</translation>
    </message>
    <message>
        <source>Import model…</source>
        <translation>Modell importieren…</translation>
    </message>
    <message>
        <source>Import model</source>
        <translation>Modell importieren</translation>
    </message>
    <message>
        <source>Add a .gguf file from anywhere on this computer</source>
        <translation>Eine .gguf-Datei von einem beliebigen Ort auf diesem Computer hinzufügen</translation>
    </message>
    <message>
        <source>Add LoRA adapter…</source>
        <translation>LoRA-Adapter hinzufügen…</translation>
    </message>
    <message>
        <source>Add LoRA adapter</source>
        <translation>LoRA-Adapter hinzufügen</translation>
    </message>
    <message>
        <source>Run an installed model with a GGUF LoRA adapter applied</source>
        <translation>Ein installiertes Modell mit einem GGUF-LoRA-Adapter ausführen</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Modell löschen</translation>
    </message>
    <message>
        <source>Delete the selected model (asks first)</source>
        <translation>Ausgewähltes Modell löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Reveal in file manager</source>
        <translation>Im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>Open the selected model&apos;s folder in the file manager</source>
        <translation>Den Ordner des ausgewählten Modells im Dateimanager öffnen</translation>
    </message>
    <message>
        <source>Installed status</source>
        <translation>Status der installierten Modelle</translation>
    </message>
    <message>
        <source>Reading the models folder…</source>
        <translation>Modellordner wird gelesen…</translation>
    </message>
    <message>
        <source>{path} (referenced)</source>
        <translation>{path} (verknüpft)</translation>
    </message>
    <message>
        <source>adapter on {base} · scale {scale} — {adapter}</source>
        <translation>Adapter auf {base} · Skalierung {scale} — {adapter}</translation>
    </message>
    <message>
        <source>unreadable</source>
        <comment>a model file whose header cannot be read</comment>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>A LoRA adapter: it runs on its base model. Select it and click “{button}”.</source>
        <translation>Ein LoRA-Adapter: Er läuft auf seinem Basismodell. Wählen Sie ihn aus und klicken Sie auf „{button}“.</translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation>LoRA-Adapter</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>Variante entfernen</translation>
    </message>
    <message>
        <source>Forget model</source>
        <translation>Modell vergessen</translation>
    </message>
    <message>
        <source>The starter model comes with Plinth and cannot be deleted</source>
        <translation>Das Startmodell gehört zu Plinth und kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Forget the selected model (the file stays where it is)</source>
        <translation>Ausgewähltes Modell vergessen (die Datei bleibt, wo sie ist)</translation>
    </message>
    <message>
        <source>Delete the selected model&apos;s file (asks first)</source>
        <translation>Datei des ausgewählten Modells löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Import a model</source>
        <translation>Ein Modell importieren</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import {file}?&lt;/b&gt;</source>
        <translation>&lt;b&gt;{file} importieren?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copy it into Plinth&apos;s models folder ({folder}), or use it where it is (nothing is copied; if you move the file, Plinth loses it).</source>
        <translation>Kopieren Sie es in den Modellordner von Plinth ({folder}) oder verwenden Sie es an seinem Ort (nichts wird kopiert; wenn Sie die Datei verschieben, findet Plinth sie nicht mehr).</translation>
    </message>
    <message>
        <source>Copy into the models folder</source>
        <translation>In den Modellordner kopieren</translation>
    </message>
    <message>
        <source>Use it where it is</source>
        <translation>Am Ort verwenden</translation>
    </message>
    <message>
        <source>Remove the variant {name}? {base} stays.</source>
        <translation>Variante {name} entfernen? {base} bleibt erhalten.</translation>
    </message>
    <message>
        <source>Remove the variant {name} and its copy of the adapter ({adapter})? {base} stays.</source>
        <translation>Variante {name} und ihre Kopie des Adapters ({adapter}) entfernen? {base} bleibt erhalten.</translation>
    </message>
    <message>
        <source>Forget {name}? The file stays at {path}.</source>
        <translation>{name} vergessen? Die Datei bleibt unter {path}.</translation>
    </message>
    <message>
        <source>Delete {name}? This deletes {path} ({size}) from disk.</source>
        <translation>{name} löschen? Dadurch wird {path} ({size}) von der Festplatte gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in {folder} · {errors} unreadable (hover for why)</source>
        <translation>
            <numerusform>%Ln Modell in {folder} · {errors} unlesbar (Mauszeiger darauf zeigt den Grund)</numerusform>
            <numerusform>%Ln Modelle in {folder} · {errors} unlesbar (Mauszeiger darauf zeigt den Grund)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in {folder}</source>
        <translation>
            <numerusform>%Ln Modell in {folder}</numerusform>
            <numerusform>%Ln Modelle in {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>The models folder could not be read (see above).</source>
        <translation>Der Modellordner konnte nicht gelesen werden (siehe oben).</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
    <message>
        <source>Copying {file}…</source>
        <translation>{file} wird kopiert…</translation>
    </message>
    <message>
        <source>Adding {adapter} on {base}…</source>
        <translation>{adapter} wird auf {base} hinzugefügt…</translation>
    </message>
    <message>
        <source>Could not open the folder</source>
        <translation>Der Ordner konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open {folder} in your file manager.</source>
        <translation>Öffnen Sie {folder} in Ihrem Dateimanager.</translation>
    </message>
</context>
<context>
    <name>KeychainPrompt</name>
    <message>
        <source>No keychain available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>No keychain is available, so the token cannot be stored.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher kann das Token nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Plinth never writes tokens to a file. It can keep this token in memory until Plinth closes; you would enter it again next time.</source>
        <translation>Plinth schreibt Tokens nie in eine Datei. Es kann dieses Token bis zum Beenden von Plinth im Speicher behalten; beim nächsten Mal müssen Sie es erneut eingeben.</translation>
    </message>
    <message>
        <source>No keychain is available, so the key cannot be stored.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher kann der Schlüssel nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Plinth never writes keys to a file. It can keep this key in memory until Plinth closes; you would enter it again next time.</source>
        <translation>Plinth schreibt Schlüssel nie in eine Datei. Es kann diesen Schlüssel bis zum Beenden von Plinth im Speicher behalten; beim nächsten Mal müssen Sie ihn erneut eingeben.</translation>
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
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Systemstandard ({language})</translation>
    </message>
    <message>
        <source>{variable}={code} is set: it overrides this choice</source>
        <translation>{variable}={code} ist gesetzt: Es hat Vorrang vor dieser Wahl</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Plinth will use {language} from its next start.</source>
        <translation>Plinth verwendet {language} ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Restart now? Your conversations and settings are kept.</source>
        <translation>Jetzt neu starten? Ihre Unterhaltungen und Einstellungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Arabic</source>
        <extracomment>The languages&apos; English names (``Language.name``), translated where a picker shows them.</extracomment>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgarisch</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengalisch</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Katalanisch</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tschechisch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estnisch</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persisch</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Kroatisch</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Ungarisch</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreanisch</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Litauisch</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Lettisch</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Malaiisch</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumänisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slowakisch</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Slowenisch</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbisch</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Suaheli</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamilisch</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thailändisch</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Filipino</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamesisch</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chinesisch (vereinfacht)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chinesisch (traditionell)</translation>
    </message>
</context>
<context>
    <name>LearningCurveChart</name>
    <message>
        <source>Run the comparison to draw the learning curve</source>
        <extracomment>One colour per curve, told apart in dark and light themes (and by most colour-blind eyes). The y axis&apos;s gridlines (macro-F1 is 0–1).</extracomment>
        <translation>Vergleich ausführen, um die Lernkurve zu zeichnen</translation>
    </message>
    <message>
        <source>Learning curve</source>
        <translation>Lernkurve</translation>
    </message>
    <message>
        <source>Labelled training rows (log scale)</source>
        <translation>Gelabelte Trainingszeilen (log. Skala)</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>Makro-F1</translation>
    </message>
    <message>
        <source>{f1} without training rows</source>
        <translation>{f1} ohne Trainingszeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) {f1}</source>
        <extracomment>One point of the learning curve, read out: its training rows and its macro-F1.</extracomment>
        <translation>
            <numerusform>%Ln Zeile: {f1}</numerusform>
            <numerusform>%Ln Zeilen: {f1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Macro-F1 by training rows. {curves}</source>
        <translation>Makro-F1 nach Trainingszeilen. {curves}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chat</source>
        <extracomment>``settings.extra`` key: the tab shown when the window closed, by its key (the English title, shown translated).</extracomment>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Übersetzen</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Klassifizieren</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Panels</source>
        <extracomment>The :meth:`MainWindow.frame` option the tab comes with; None: every window has it. Which services the frame has tabs and menu entries for: comparisons, a model manager, a store. Remote models listed when the Providers dialog opened. The composition root shares it with the engines, model lists and Hub; a window built alone gets its own. Tab title → its panel, once built.</extracomment>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <extracomment>Off until :meth:`start`, like the menus&apos; actions: the tabs need the services. The window&apos;s tabs, in order (Ctrl+1… show them).</extracomment>
        <translation>Diagnosedaten in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Pass rate</source>
        <extracomment>Characters of an output a matrix cell shows (the detail has it whole). Pixels of width for the row&apos;s first value and for each (model, variant) column.</extracomment>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Check: {name}</source>
        <translation>Prüfung: {name}</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Tokens in / out</source>
        <translation>Tokens ein / aus</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>Zeilen/s</translation>
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
        <source>Judge cost (apart)</source>
        <translation>Kosten des Prüfmodells (separat)</translation>
    </message>
    <message>
        <source>From the cache</source>
        <translation>Aus dem Cache</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>{cell} (from the cache)</source>
        <translation>{cell} (aus dem Cache)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Gesendeter Prompt</translation>
    </message>
    <message>
        <source>Raw output</source>
        <translation>Rohausgabe</translation>
    </message>
    <message>
        <source>Parsed</source>
        <translation>Ausgewertet</translation>
    </message>
    <message>
        <source>Column summary</source>
        <translation>Spaltenübersicht</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>Nur Fehlschläge</translation>
    </message>
    <message>
        <source>Models disagree</source>
        <translation>Modelle uneinig</translation>
    </message>
    <message>
        <source>Task matrix</source>
        <translation>Aufgabenmatrix</translation>
    </message>
    <message>
        <source>Cell detail</source>
        <translation>Zellendetails</translation>
    </message>
    <message>
        <source>Click a cell to see its prompt, output and checks.</source>
        <translation>Klicken Sie auf eine Zelle, um Prompt, Ausgabe und Prüfungen zu sehen.</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>{format} exportieren</translation>
    </message>
    <message>
        <source>Save the run as a {format} file</source>
        <translation>Den Lauf als {format}-Datei speichern</translation>
    </message>
    <message>
        <source>This cell has not run yet.</source>
        <translation>Diese Zelle wurde noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Passed: click to see the detail</source>
        <translation>Bestanden: klicken für Details</translation>
    </message>
    <message>
        <source>Failed: click to see the detail</source>
        <translation>Nicht bestanden: klicken für Details</translation>
    </message>
</context>
<context>
    <name>MetricsTable</name>
    <message>
        <source>Metrics</source>
        <extracomment>Item data role that is True on the cells holding a row&apos;s best value. Says how the metric is measured and which way is better (the row header&apos;s tooltip).</extracomment>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Best: {metric}</source>
        <extracomment>Tooltip of a metrics table cell with the best value; {metric} is the metric&apos;s name.</extracomment>
        <translation>Bester Wert: {metric}</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Offline: not sent</source>
        <extracomment>The notice&apos;s link that asks for the Providers dialog. The badge of a remote model picked while offline mode is on: nothing is sent, and nothing will be.</extracomment>
        <translation>Offline: nicht gesendet</translation>
    </message>
    <message>
        <source>offline</source>
        <extracomment>``ModelChoice.tag`` of a remote model while offline mode is on. ``ModelChoice.tag`` as shown beside a model&apos;s name.</extracomment>
        <translation>im Offlinemodus</translation>
    </message>
    <message>
        <source>{label} is a remote model and offline mode is on; turn offline mode off (Ctrl+Shift+O) or pick a local model.</source>
        <translation>{label} ist ein entferntes Modell und der Offlinemodus ist an; schalten Sie ihn aus (Strg+Umschalt+O) oder wählen Sie ein lokales Modell.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{link}&quot;&gt;add a provider&lt;/a&gt; (File › Providers…)</source>
        <extracomment>A link that opens the Providers dialog; it ends a sentence (&quot;…, add a provider (File › Providers…).&quot;).</extracomment>
        <translation>&lt;a href=&quot;{link}&quot;&gt;fügen Sie einen Anbieter hinzu&lt;/a&gt; (Datei › Anbieter…)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model is installed.&lt;/b&gt; {install} To {task} with a model behind an API instead, {providers}.</source>
        <extracomment>{install}: how to install a model. {task}: what the panel does, a verb phrase already translated (&quot;translate&quot;, &quot;classify&quot;, &quot;compare models&quot;). {providers}: the &quot;add a provider&quot; link.</extracomment>
        <translation>&lt;b&gt;Kein Modell ist installiert.&lt;/b&gt; {install} Für „{task}“ mit einem Modell über eine API: {providers}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model can run offline.&lt;/b&gt; Models behind an API are off while offline mode is on (File › Offline mode). {install}</source>
        <translation>&lt;b&gt;Kein Modell kann offline laufen.&lt;/b&gt; Modelle über eine API sind aus, solange der Offlinemodus an ist (Datei › Offlinemodus). {install}</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model can run yet.&lt;/b&gt; Add an API key: {providers}.</source>
        <translation>&lt;b&gt;Noch kann kein Modell laufen.&lt;/b&gt; Fügen Sie einen API-Schlüssel hinzu: {providers}.</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Characters of a model&apos;s name the combo keeps room for, alone on a line and sharing one.</extracomment>
        <translation>Modell</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>{model} ({tag})</source>
        <extracomment>A model&apos;s name and a word about it, e.g. &quot;openai:gpt-4o (offline)&quot;.</extracomment>
        <translation>{model} ({tag})</translation>
    </message>
    <message>
        <source>Sent to {destination}</source>
        <translation>Gesendet an {destination}</translation>
    </message>
</context>
<context>
    <name>ModelSettingsDialog</name>
    <message>
        <source>Model settings</source>
        <translation>Modelleinstellungen</translation>
    </message>
    <message>
        <source>tokens</source>
        <comment>unit after the context size</comment>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Upper bound on a local model&apos;s context window; memory for the cache grows with it.</source>
        <translation>Obergrenze für das Kontextfenster eines lokalen Modells; der Speicher für den Cache wächst mit.</translation>
    </message>
    <message>
        <source>Automatic (one per physical core)</source>
        <translation>Automatisch (einer pro physischem Kern)</translation>
    </message>
    <message>
        <source>None (CPU only)</source>
        <translation>Keine (nur CPU)</translation>
    </message>
    <message>
        <source>Layers to run on the GPU; {all} puts every layer there.</source>
        <translation>Schichten, die auf der GPU laufen; {all} legt alle Schichten dorthin.</translation>
    </message>
    <message>
        <source>&amp;Context cap:</source>
        <translation>&amp;Kontextgrenze:</translation>
    </message>
    <message>
        <source>Context cap</source>
        <translation>Kontextgrenze</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>CPU-&amp;Threads:</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>&amp;GPU-Schichten:</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU-Schichten</translation>
    </message>
    <message>
        <source>Changes apply the next time a local model starts; idle models restart with them.</source>
        <translation>Änderungen gelten beim nächsten Start eines lokalen Modells; inaktive Modelle starten damit neu.</translation>
    </message>
    <message>
        <source>Checking whether this llama.cpp build can use a GPU…</source>
        <translation>Es wird geprüft, ob dieser llama.cpp-Build eine GPU nutzen kann…</translation>
    </message>
    <message>
        <source>GPU offload: supported by this llama.cpp build.</source>
        <translation>GPU-Auslagerung: von diesem llama.cpp-Build unterstützt.</translation>
    </message>
    <message>
        <source>GPU offload: not supported by this llama.cpp build, so models run on the CPU. README → GPU acceleration explains how to install a CUDA, Metal or Vulkan build.</source>
        <translation>GPU-Auslagerung: von diesem llama.cpp-Build nicht unterstützt, daher laufen Modelle auf der CPU. README → GPU acceleration erklärt, wie man einen CUDA-, Metal- oder Vulkan-Build installiert.</translation>
    </message>
    <message>
        <source>GPU offload: {state}.</source>
        <translation>GPU-Auslagerung: {state}.</translation>
    </message>
</context>
<context>
    <name>ModelTables</name>
    <message>
        <source>unknown</source>
        <extracomment>Sets a Download button&apos;s text, state and tooltip for a repository&apos;s file.</extracomment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>{gpu}, {free} free of {total}</source>
        <extracomment>A GPU&apos;s name, then its free and total memory.</extracomment>
        <translation>{gpu}, {free} frei von {total}</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>{free} frei</translation>
    </message>
    <message>
        <source>RAM {free} free of {total} · GPU memory: {gpu} · Disk: {disk}</source>
        <translation>RAM: {free} frei von {total} · GPU-Speicher: {gpu} · Festplatte: {disk}</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>KV cache (rough: the model&apos;s dimensions are not known yet)</source>
        <translation>KV-Cache (grob: die Abmessungen des Modells sind noch unbekannt)</translation>
    </message>
    <message>
        <source>About {size} to run at {tokens} tokens of context:</source>
        <translation>Etwa {size} für {tokens} Tokens Kontext:</translation>
    </message>
    <message>
        <source>  weights {weights} + {kv} {kv_size} + overhead {overhead}</source>
        <extracomment>How a memory estimate adds up; {kv} is &quot;KV cache&quot;, or that with a note.</extracomment>
        <translation>  Gewichte {weights} + {kv} {kv_size} + Overhead {overhead}</translation>
    </message>
    <message>
        <source>This computer: {hardware}</source>
        <translation>Dieser Computer: {hardware}</translation>
    </message>
    <message>
        <source>Probably too big for this computer</source>
        <translation>Wahrscheinlich zu groß für diesen Computer</translation>
    </message>
    <message>
        <source>{name} probably won&apos;t fit in this computer&apos;s memory.

{detail}

A smaller quantization, a smaller model or a lower context cap would. Download anyway?</source>
        <translation>{name} passt wahrscheinlich nicht in den Speicher dieses Computers.

{detail}

Eine kleinere Quantisierung, ein kleineres Modell oder eine niedrigere Kontextgrenze würden passen. Trotzdem herunterladen?</translation>
    </message>
</context>
<context>
    <name>ModelsPanel</name>
    <message>
        <source>chat</source>
        <extracomment>Available memory changes as other programs run; re-read it at most this often. What a catalogue entry is good for (core&apos;s ``STRENGTHS``), as the Good for column shows it.</extracomment>
        <translation>Chat</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>retrieval</source>
        <translation>Retrieval-Suche</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s memory…</source>
        <translation>Speicher dieses Computers wird gelesen…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Hugging Face token…</source>
        <translation>Hugging-Face-Token…</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Hugging-Face-Token</translation>
    </message>
    <message>
        <source>A token opens gated models and raises the Hub&apos;s rate limits</source>
        <translation>Ein Token öffnet zugangsbeschränkte Modelle und erhöht die Ratenlimits des Hub</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Offline notice</source>
        <translation>Offline-Hinweis</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline mode is on.&lt;/b&gt; The Hugging Face Hub is not contacted: search and downloads are off. Installed models work as usual. File › Offline mode (Ctrl+Shift+O) turns it off.</source>
        <translation>&lt;b&gt;Der Offlinemodus ist an.&lt;/b&gt; Der Hugging Face Hub wird nicht kontaktiert: Suche und Downloads sind aus. Installierte Modelle funktionieren wie gewohnt. Datei › Offlinemodus (Strg+Umschalt+O) schaltet ihn aus.</translation>
    </message>
    <message>
        <source>Model sections</source>
        <translation>Modellbereiche</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>Tab: search the Hugging Face Hub.</extracomment>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Installed</source>
        <extracomment>Tab: the models on this computer.</extracomment>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Good for</source>
        <translation>Geeignet für</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>Download</source>
        <comment>column</comment>
        <extracomment>Column header: the file&apos;s download size.</extracomment>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passt?</translation>
    </message>
    <message>
        <source>This computer: {hardware} (layers offloaded to the GPU: its free memory counts)</source>
        <translation>Dieser Computer: {hardware} (Schichten auf die GPU ausgelagert: ihr freier Speicher zählt)</translation>
    </message>
    <message>
        <source>This computer: {hardware}</source>
        <translation>Dieser Computer: {hardware}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}.&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;{title}.&lt;/b&gt; {message}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>Sprachen: {languages}</translation>
    </message>
    <message>
        <source>Quantization for {model}</source>
        <translation>Quantisierung für {model}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Memory: the file, plus the KV cache at {tokens} tokens of context (the Context cap setting) or the model&apos;s own maximum if smaller, plus overhead. Hover over a badge for the numbers.</source>
        <translation>Speicher: die Datei plus der KV-Cache bei {tokens} Tokens Kontext (Einstellung Kontextgrenze) oder dem eigenen Maximum des Modells, falls kleiner, plus Overhead. Zeigen Sie auf ein Abzeichen, um die Zahlen zu sehen.</translation>
    </message>
    <message>
        <source>{quant} (recommended)</source>
        <translation>{quant} (empfohlen)</translation>
    </message>
    <message>
        <source>Estimated from the parameter count; the Hub&apos;s exact size is used when downloading.</source>
        <translation>Aus der Parameterzahl geschätzt; beim Herunterladen wird die genaue Größe vom Hub verwendet.</translation>
    </message>
    <message>
        <source>Installed</source>
        <comment>button</comment>
        <extracomment>A download button: the file is on this computer already.</extracomment>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>{name} is downloaded: pick it in any model list</source>
        <translation>{name} ist heruntergeladen: Sie können es in jeder Modellliste wählen</translation>
    </message>
    <message>
        <source>{name} is downloaded, a LoRA adapter: Installed › {action} puts it on its base model</source>
        <translation>{name} ist heruntergeladen, ein LoRA-Adapter: Installiert › {action} setzt ihn auf sein Basismodell</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <source>{name} is downloading (the status bar shows it; Cancel is there)</source>
        <translation>{name} wird heruntergeladen (die Statusleiste zeigt es; dort ist Abbrechen)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>{name} is queued (the status bar shows it; Cancel is there)</source>
        <translation>{name} steht in der Warteschlange (die Statusleiste zeigt es; dort ist Abbrechen)</translation>
    </message>
    <message>
        <source>Offline mode is on: downloads are off</source>
        <translation>Der Offlinemodus ist an: Downloads sind aus</translation>
    </message>
    <message>
        <source>Download {name} from {repo}</source>
        <translation>{name} von {repo} herunterladen</translation>
    </message>
    <message>
        <source>Already downloading</source>
        <translation>Wird bereits heruntergeladen</translation>
    </message>
    <message>
        <source>{name} is already in the download queue.</source>
        <translation>{name} ist bereits in der Download-Warteschlange.</translation>
    </message>
    <message>
        <source>Now {error}.</source>
        <extracomment>The token&apos;s state is unknown: why (a sentence of its own).</extracomment>
        <translation>Derzeit: {error}.</translation>
    </message>
    <message>
        <source>Now a token is set ({token}).</source>
        <translation>Derzeit ist ein Token gesetzt ({token}).</translation>
    </message>
    <message>
        <source>Now no token is set.</source>
        <translation>Derzeit ist kein Token gesetzt.</translation>
    </message>
    <message>
        <source>This computer&apos;s memory could not be read: {reason}</source>
        <translation>Der Speicher dieses Computers konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{state}

Paste a token (create one at {url});
leave it empty to remove the stored one. It goes to the keychain, never to a file.</source>
        <translation>{state}

Fügen Sie ein Token ein (erstellen Sie eines unter {url});
lassen Sie das Feld leer, um das gespeicherte zu entfernen. Es kommt in den Schlüsselbund, nie in eine Datei.</translation>
    </message>
</context>
<context>
    <name>OfflineIndicator</name>
    <message>
        <source>Offline</source>
        <translation>Offlinemodus</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Offlinemodus</translation>
    </message>
    <message>
        <source>Offline mode is on ({reason}): models behind an API are off and the Hugging Face Hub is not contacted; nothing leaves this computer.</source>
        <translation>Der Offlinemodus ist aktiv ({reason}): Modelle über eine API sind aus und der Hugging Face Hub wird nicht kontaktiert; nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>{variable}=1 is set</source>
        <translation>{variable}=1 ist gesetzt</translation>
    </message>
    <message>
        <source>turned on in File › Offline mode</source>
        <translation>aktiviert unter Datei › Offlinemodus</translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>The file was changed, indexed again or removed since this answer: this is the text that was sent, without the text around it.</source>
        <extracomment>How much of the selection colour the quote&apos;s background takes (the rest is the page&apos;s). How much of the text colour the text around the quote takes (the rest is the page&apos;s): readable, but set back. Wide enough for a path and a paragraph of passage text; tall enough for several lines of it. Where the quote starts in the passage view (an anchor it is scrolled to).</extracomment>
        <translation>Die Datei wurde seit dieser Antwort geändert, neu indiziert oder entfernt: Dies ist der gesendete Text, ohne den umgebenden Text.</translation>
    </message>
    <message>
        <source>Source [{n}] — {file}</source>
        <translation>Quelle [{n}] — {file}</translation>
    </message>
    <message>
        <source>{path} · collection “{collection}”</source>
        <translation>{path} · Sammlung „{collection}“</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passagentext</translation>
    </message>
    <message>
        <source>Passage note</source>
        <translation>Hinweis zur Passage</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Open the file in the application your system uses</source>
        <translation>Datei in der Anwendung öffnen, die Ihr System dafür verwendet</translation>
    </message>
    <message>
        <source>The file is no longer there.</source>
        <translation>Die Datei ist nicht mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>PrivacyBadge</name>
    <message>
        <source>Stays on this computer</source>
        <translation>Bleibt auf diesem Computer</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Sent to {destination}</source>
        <translation>Gesendet an {destination}</translation>
    </message>
    <message>
        <source>Stays on this computer: the model runs here, and nothing you type leaves it.</source>
        <translation>Bleibt auf diesem Computer: Das Modell läuft hier, und nichts, was Sie eingeben, verlässt ihn.</translation>
    </message>
    <message>
        <source>Sent to {destination}: what you type leaves this computer over the internet.</source>
        <translation>Gesendet an {destination}: Was Sie eingeben, verlässt diesen Computer über das Internet.</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>No probabilities from this provider</source>
        <translation>Keine Wahrscheinlichkeiten von diesem Anbieter</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>{label} {value} percent</source>
        <translation>{label} {value} Prozent</translation>
    </message>
</context>
<context>
    <name>ProviderList</name>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Set up a new provider</source>
        <translation>Einen neuen Anbieter einrichten</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit provider</source>
        <translation>Anbieter bearbeiten</translation>
    </message>
    <message>
        <source>Change the selected provider or its key</source>
        <translation>Den gewählten Anbieter oder seinen Schlüssel ändern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Anbieter entfernen</translation>
    </message>
    <message>
        <source>Remove the selected provider and its key</source>
        <translation>Den gewählten Anbieter und seinen Schlüssel entfernen</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>The base URL column when the provider uses its kind&apos;s own address.</extracomment>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>OpenAI-compatible endpoint</source>
        <extracomment>The kinds&apos; names as shown, by kind (brand names alone stay as core has them).</extracomment>
        <translation>OpenAI-kompatibler Endpunkt</translation>
    </message>
    <message>
        <source>Optional — leave empty for https://api.openai.com/v1</source>
        <extracomment>The base URL field&apos;s placeholder, by kind.</extracomment>
        <translation>Optional – leer lassen für https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>Optional — leave empty for Anthropic&apos;s own API</source>
        <translation>Optional – leer lassen für die API von Anthropic</translation>
    </message>
    <message>
        <source>Optional — leave empty for Google&apos;s own API</source>
        <translation>Optional – leer lassen für die API von Google</translation>
    </message>
    <message>
        <source>Required, e.g. http://localhost:11434/v1 for Ollama</source>
        <translation>Erforderlich, z. B. http://localhost:11434/v1 für Ollama</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>nur diese Sitzung</translation>
    </message>
    <message>
        <source>from ${variable}</source>
        <extracomment>Where a key comes from: an environment variable, e.g. &quot;from $OPENAI_API_KEY&quot;.</extracomment>
        <translation>aus ${variable}</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Leer lassen, um den gespeicherten Schlüssel zu behalten</translation>
    </message>
    <message>
        <source>Leave empty to use the environment variable</source>
        <translation>Leer lassen, um die Umgebungsvariable zu verwenden</translation>
    </message>
    <message>
        <source>Optional — most local servers need none</source>
        <translation>Optional – die meisten lokalen Server brauchen keinen</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>No key stored.</source>
        <translation>Kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Current key {key} ({where}).</source>
        <translation>Aktueller Schlüssel: {key} ({where}).</translation>
    </message>
    <message>
        <source>Nothing was saved: the key has nowhere safe to go.</source>
        <translation>Nichts wurde gespeichert: Es gibt keinen sicheren Ort für den Schlüssel.</translation>
    </message>
    <message>
        <source>Keep it for this session only, or set up a keychain and try again.</source>
        <translation>Behalten Sie ihn nur für diese Sitzung oder richten Sie einen Schlüsselbund ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Schlüsselbund-Warnung</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain ({name}), never in a file.</source>
        <translation>Schlüssel werden im Schlüsselbund des Systems ({name}) aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain is available&lt;/b&gt; on this computer (keychain backend: {name}), so keys cannot be stored. Plinth never writes a key to a file: a key you add can be kept for this session only and is forgotten when Plinth closes. Keys in {variables} still work.</source>
        <translation>&lt;b&gt;Kein Schlüsselbund verfügbar&lt;/b&gt; auf diesem Computer (Schlüsselbund-Backend: {name}), daher können keine Schlüssel gespeichert werden. Plinth schreibt nie einen Schlüssel in eine Datei: Ein hinzugefügter Schlüssel kann nur für diese Sitzung behalten werden und wird beim Schließen von Plinth vergessen. Schlüssel in {variables} funktionieren weiterhin.</translation>
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message>
        <source>Providers</source>
        <extracomment>Wide enough for the providers table and a form whose messages wrap to a few lines. The provider being edited; None while adding one or when the form is idle. Model names from the last successful test of what the form holds. The running test was started by Save: save when it ends, whatever it finds.</extracomment>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Name des Anbieters</translation>
    </message>
    <message>
        <source>e.g. openai, work-gateway, ollama</source>
        <translation>z. B. openai, work-gateway, ollama</translation>
    </message>
    <message>
        <source>Provider kind</source>
        <translation>Art des Anbieters</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>API-Schlüssel zeigen</translation>
    </message>
    <message>
        <source>Show or hide the key as typed</source>
        <translation>Den eingegebenen Schlüssel zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Stored key</source>
        <translation>Gespeicherter Schlüssel</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>List the provider&apos;s models</source>
        <translation>Die Modelle des Anbieters auflisten</translation>
    </message>
    <message>
        <source>Connection result</source>
        <translation>Verbindungsergebnis</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Models note</source>
        <translation>Hinweis zu Modellen</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Form error</source>
        <translation>Formularfehler</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>Forget the changes in the form</source>
        <translation>Die Änderungen im Formular verwerfen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>Anbieter speichern</translation>
    </message>
    <message>
        <source>Save the provider; the key goes to the keychain</source>
        <translation>Den Anbieter speichern; der Schlüssel kommt in den Schlüsselbund</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Bezeichnung</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>&amp;Basis-URL</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Click “Add…” to set up a provider, or select one and click “Edit…”.</source>
        <translation>„Hinzufügen…“ richtet einen Anbieter ein, „Bearbeiten…“ ändert den ausgewählten.</translation>
    </message>
    <message>
        <source>New provider</source>
        <translation>Neuer Anbieter</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>„{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>To rename a provider, remove it and add it again.</source>
        <translation>Um einen Anbieter umzubenennen, entfernen Sie ihn und fügen Sie ihn neu hinzu.</translation>
    </message>
    <message>
        <source>A provider named “{name}” already exists.</source>
        <translation>Ein Anbieter namens „{name}“ existiert bereits.</translation>
    </message>
    <message>
        <source>Pick another name, or edit that one.</source>
        <translation>Wählen Sie einen anderen Namen oder bearbeiten Sie diesen Anbieter.</translation>
    </message>
    <message>
        <source>This kind&apos;s usual models: Test connection lists the ones this provider offers.</source>
        <translation>Die üblichen Modelle dieser Art: Verbindung testen listet die auf, die dieser Anbieter bietet.</translation>
    </message>
    <message>
        <source>No models yet, so no model list offers this provider. Test connection lists the server&apos;s models; Save asks for them too.</source>
        <translation>Noch keine Modelle, daher bietet keine Modellliste diesen Anbieter an. Verbindung testen listet die Modelle des Servers auf; Speichern fragt ebenfalls danach.</translation>
    </message>
    <message>
        <source>The providers file could not be written ({error}).</source>
        <translation>Die Anbieterdatei konnte nicht geschrieben werden ({error}).</translation>
    </message>
    <message>
        <source>Check the disk and try again.</source>
        <translation>Prüfen Sie die Festplatte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“{name}” is saved, but it lists no models, so no model list offers it.</source>
        <translation>„{name}“ ist gespeichert, listet aber keine Modelle auf, daher bietet keine Modellliste ihn an.</translation>
    </message>
    <message>
        <source>Once its server answers, select it, click Edit… and Test connection.</source>
        <translation>Sobald sein Server antwortet, wählen Sie ihn aus und klicken Sie auf Bearbeiten… und Verbindung testen.</translation>
    </message>
    <message>
        <source>Listing the provider&apos;s models before saving…</source>
        <translation>Modelle des Anbieters werden vor dem Speichern aufgelistet…</translation>
    </message>
    <message>
        <source>Testing connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Anbieter entfernen</translation>
    </message>
    <message>
        <source>Remove the provider “{name}”?

Its API key is deleted from the keychain too. Keys in environment variables are not touched.</source>
        <translation>Den Anbieter „{name}“ entfernen?

Sein API-Schlüssel wird auch aus dem Schlüsselbund gelöscht. Schlüssel in Umgebungsvariablen bleiben unberührt.</translation>
    </message>
    <message>
        <source>The models below are from the last test, at the old address: Test connection to refresh them.</source>
        <translation>Die Modelle unten stammen vom letzten Test unter der alten Adresse: Verbindung testen aktualisiert sie.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>connection tests are off; the provider can still be saved.</source>
        <extracomment>Ends the sentence &quot;Offline mode is on: …&quot;.</extracomment>
        <translation>Verbindungstests sind aus; der Anbieter kann trotzdem gespeichert werden.</translation>
    </message>
    <message>
        <source>Save the provider to use them.</source>
        <translation>Speichern Sie den Anbieter, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>The default model list is used.</source>
        <translation>Die Standard-Modellliste wird verwendet.</translation>
    </message>
    <message>
        <source>It offers none, so no model list would show this provider.</source>
        <translation>Er bietet keine an, daher würde keine Modellliste diesen Anbieter zeigen.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s).</source>
        <translation>
            <numerusform>Verbunden: %Ln Modell.</numerusform>
            <numerusform>Verbunden: %Ln Modelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its server listed none.</source>
        <translation>Sein Server hat keine aufgelistet.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <extracomment>An error&apos;s title, then its message.</extracomment>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Its models could not be listed: {message}</source>
        <translation>Seine Modelle konnten nicht aufgelistet werden: {message}</translation>
    </message>
    <message>
        <source>Offline mode is on, so its server was not asked for them.</source>
        <translation>Der Offlinemodus ist an, daher wurde sein Server nicht danach gefragt.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Method</source>
        <extracomment>Rows the table shows before it scrolls.</extracomment>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Training rows</source>
        <translation>Trainingszeilen</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>Makro-F1</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>Zeilen/s</translation>
    </message>
    <message>
        <source>Cost / 1,000 rows</source>
        <translation>Kosten / 1.000 Zeilen</translation>
    </message>
    <message>
        <source>Setup s</source>
        <extracomment>The seconds a method took to set up (embedding, training) before scoring rows.</extracomment>
        <translation>Vorbereitung (s)</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Training rows of a method that uses none (zero-shot).</extracomment>
        <translation>keine</translation>
    </message>
    <message>
        <source>Verdict</source>
        <extracomment>The table&apos;s rows: the curve&apos;s points, zero-shot&apos;s once (it is the same at every size).</extracomment>
        <translation>Fazit</translation>
    </message>
    <message>
        <source>Run notes</source>
        <translation>Hinweise zum Lauf</translation>
    </message>
    <message>
        <source>Adaptation results</source>
        <translation>Anpassungsergebnisse</translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation>Ausgewählte Zelle</translation>
    </message>
    <message>
        <source>F1 per label</source>
        <translation>F1 pro Label</translation>
    </message>
    <message>
        <source>{train} training rows, {test} test rows, labels: {labels}.</source>
        <extracomment>The run&apos;s figures: how many rows trained and tested the methods, and the labels found.</extracomment>
        <translation>{train} Trainingszeilen, {test} Testzeilen, Labels: {labels}.</translation>
    </message>
    <message>
        <source>Select a row to see its F1 per label and its confusion matrix.</source>
        <translation>Wählen Sie eine Zeile, um ihren F1 pro Label und ihre Konfusionsmatrix zu sehen.</translation>
    </message>
    <message>
        <source>no training rows</source>
        <translation>keine Trainingszeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n training row(s), seed {seed}</source>
        <extracomment>A seed: which random draw of the training rows this cell used.</extracomment>
        <translation>
            <numerusform>%Ln Trainingszeile, Seed {seed}</numerusform>
            <numerusform>%Ln Trainingszeilen, Seed {seed}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{method}, {size}, %n test row(s)</source>
        <extracomment>The selected cell: its method, its training rows, then how many rows scored it.</extracomment>
        <translation>
            <numerusform>{method}, {size}, %Ln Testzeile</numerusform>
            <numerusform>{method}, {size}, %Ln Testzeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed: {error}</source>
        <translation>
            <numerusform>%Ln Zeile fehlgeschlagen: {error}</numerusform>
            <numerusform>%Ln Zeilen fehlgeschlagen: {error}</numerusform>
        </translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Answer requests identical to earlier ones (same model, prompt and settings) from the cache. Only temperature 0 or a fixed seed is cached: other settings answer differently each time.</source>
        <translation>Anfragen, die früheren genau entsprechen (gleiches Modell, gleicher Prompt, gleiche Einstellungen), aus dem Cache beantworten. Nur Temperatur 0 oder ein fester Startwert wird zwischengespeichert: andere Einstellungen antworten jedes Mal anders.</translation>
    </message>
    <message>
        <source>Add model</source>
        <extracomment>Where a variant&apos;s box keeps the variant&apos;s name (its text is the name as shown).</extracomment>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <source>Run on another model (up to {count})</source>
        <translation>Auf einem weiteren Modell ausführen (bis zu {count})</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Answer identical requests from the cache</source>
        <translation>Gleiche Anfragen aus dem Cache beantworten</translation>
    </message>
    <message>
        <source>Use the answer cache</source>
        <translation>Antwort-Cache verwenden</translation>
    </message>
    <message>
        <source>Only temperature 0 or a fixed seed is cached.</source>
        <translation>Nur Temperatur 0 oder ein fester Startwert wird zwischengespeichert.</translation>
    </message>
    <message>
        <source>Run</source>
        <comment>button: run the task</comment>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run task</source>
        <translation>Aufgabe ausführen</translation>
    </message>
    <message>
        <source>Run the task on every row, model and variant</source>
        <translation>Die Aufgabe für jede Zeile, jedes Modell und jede Variante ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Stop; running it again resumes where it stopped</source>
        <translation>Stoppen; erneutes Ausführen setzt dort fort, wo es aufgehört hat</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Fortschritt des Laufs</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Status des Laufs</translation>
    </message>
    <message>
        <source>Saved task runs</source>
        <translation>Gespeicherte Aufgabenläufe</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Lauf öffnen</translation>
    </message>
    <message>
        <source>Open saved run</source>
        <translation>Gespeicherten Lauf öffnen</translation>
    </message>
    <message>
        <source>Show this saved run in the matrix</source>
        <translation>Diesen gespeicherten Lauf in der Ergebnismatrix zeigen</translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation>Gespeicherte Läufe</translation>
    </message>
    <message>
        <source>Run model {number}</source>
        <translation>Modell {number} für den Lauf</translation>
    </message>
    <message>
        <source>Remove run model {number}</source>
        <translation>Modell {number} aus dem Lauf entfernen</translation>
    </message>
    <message>
        <source>Do not run on this model</source>
        <translation>Nicht auf diesem Modell ausführen</translation>
    </message>
    <message>
        <source>Variant {name}</source>
        <translation>Variante {name}</translation>
    </message>
    <message>
        <source>{run} (cancelled)</source>
        <translation>{run} (abgebrochen)</translation>
    </message>
</context>
<context>
    <name>SaveAsTask</name>
    <message>
        <source>Classification</source>
        <extracomment>The variable the text to classify or translate comes in.</extracomment>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Saved from the Classify tab: one of {labels}.</source>
        <translation>Aus dem Tab „Klassifizieren“ gespeichert: eines von {labels}.</translation>
    </message>
    <message>
        <source>Translate into {language}</source>
        <translation>In {language} übersetzen</translation>
    </message>
    <message>
        <source>Saved from the Translate tab: the text of each row translated into {language}.</source>
        <translation>Aus dem Tab „Übersetzen“ gespeichert: der Text jeder Zeile in {language} übersetzt.</translation>
    </message>
</context>
<context>
    <name>SavedComparisons</name>
    <message>
        <source>Saved comparisons</source>
        <translation>Gespeicherte Vergleiche</translation>
    </message>
    <message>
        <source>Comparisons you run are saved here.</source>
        <translation>Ihre Vergleiche werden hier gespeichert.</translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Run the selected comparison again, with the same input</source>
        <translation>Ausgewählten Vergleich mit derselben Eingabe erneut ausführen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>Vergleich löschen</translation>
    </message>
    <message>
        <source>Delete the selected comparison</source>
        <translation>Ausgewählten Vergleich löschen</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Save the comparison as Markdown, CSV or HTML</source>
        <translation>Vergleich als Markdown, CSV oder HTML speichern</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%Ln Modell</numerusform>
            <numerusform>%Ln Modelle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Needs an embedding model: choose one for this collection above.</source>
        <translation>Braucht ein Embedding-Modell: Wählen Sie oben eines für diese Sammlung.</translation>
    </message>
    <message>
        <source>Keyword</source>
        <extracomment>A search mode in the mode list.</extracomment>
        <translation>Stichwort</translation>
    </message>
    <message>
        <source>Semantic</source>
        <translation>Semantisch</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Kombiniert</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>Suchanfrage</translation>
    </message>
    <message>
        <source>Words or a question to look for in this collection</source>
        <translation>Wörter oder eine Frage, die in dieser Sammlung gesucht werden</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>Suchmodus</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>How many passages to show</source>
        <translation>Wie viele Passagen angezeigt werden</translation>
    </message>
    <message>
        <source>top </source>
        <extracomment>Before the number of results: &quot;top 8&quot;.</extracomment>
        <translation>max. </translation>
    </message>
    <message>
        <source>Search</source>
        <comment>verb: button</comment>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>Relevanz {score}</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) found. Double-click one to open its file.</source>
        <translation>
            <numerusform>%Ln Passage gefunden. Doppelklicken Sie darauf, um ihre Datei zu öffnen.</numerusform>
            <numerusform>%Ln Passagen gefunden. Doppelklicken Sie auf eine, um ihre Datei zu öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this collection matches. Try other words, or keyword mode.</source>
        <translation>Nichts in dieser Sammlung passt. Versuchen Sie andere Wörter oder den Stichwortmodus.</translation>
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
        <translation>Serverstatus</translation>
    </message>
    <message>
        <source>Server off</source>
        <translation>Server aus</translation>
    </message>
    <message>
        <source>File › Server ({shortcut}) lets programs on this computer use Plinth&apos;s models</source>
        <translation>Datei › Server ({shortcut}) lässt Programme auf diesem Computer die Modelle von Plinth nutzen</translation>
    </message>
    <message>
        <source>Server: {address} · {now} now · {served} served</source>
        <translation>Server: {address} · {now} aktiv · {served} beantwortet</translation>
    </message>
    <message numerus="yes">
        <source>OpenAI-compatible API at {address}: %n request(s) in flight, {served} answered. Programs send a token from File › Server tokens… as their API key.</source>
        <translation>
            <numerusform>OpenAI-kompatible API unter {address}: %Ln Anfrage in Bearbeitung, {served} beantwortet. Programme senden ein Token aus Datei › Server-Tokens… als API-Schlüssel.</numerusform>
            <numerusform>OpenAI-kompatible API unter {address}: %Ln Anfragen in Bearbeitung, {served} beantwortet. Programme senden ein Token aus Datei › Server-Tokens… als API-Schlüssel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerSwitch</name>
    <message>
        <source>Offline mode is on: the server answers with local models only and refuses models behind an API.</source>
        <extracomment>How often the status bar reads the request counters while the server runs. How long closing the window waits for a server still starting, before it stops it.</extracomment>
        <translation>Der Offlinemodus ist aktiv: Der Server antwortet nur mit lokalen Modellen und lehnt Modelle über eine API ab.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <extracomment>A server started on the worker&apos;s thread, kept here as soon as it listens: the window may close before the worker&apos;s signal arrives, and must stop it then.</extracomment>
        <translation>&amp;Lokaler Server</translation>
    </message>
    <message>
        <source>Serve Plinth&apos;s models to programs on this computer: an OpenAI-compatible API on 127.0.0.1 ({shortcut})</source>
        <translation>Plinths Modelle für Programme auf diesem Computer bereitstellen: eine OpenAI-kompatible API auf 127.0.0.1 ({shortcut})</translation>
    </message>
    <message>
        <source>Server &amp;tokens…</source>
        <translation>Server-&amp;Tokens…</translation>
    </message>
    <message>
        <source>Create and revoke the tokens programs use to reach the server</source>
        <translation>Tokens erstellen und widerrufen, mit denen Programme den Server erreichen</translation>
    </message>
    <message>
        <source>Server starting on port {port}…</source>
        <extracomment>The runner&apos;s served count when the history was last re-read (requests may have been saved in it).</extracomment>
        <translation>Server startet auf Port {port}…</translation>
    </message>
    <message>
        <source>Server stopping…</source>
        <translation>Server wird beendet…</translation>
    </message>
    <message>
        <source>The server&apos;s port ({port} now) is set in File › Server tokens….</source>
        <translation>Der Port des Servers (derzeit {port}) wird unter Datei › Server-Tokens… festgelegt.</translation>
    </message>
</context>
<context>
    <name>ServerTokensDialog</name>
    <message>
        <source>Name</source>
        <extracomment>Ports below this need administrator rights on most systems. Narrowest the dialog gets: the token (51 characters) and its Copy button stay on one line.</extracomment>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>local and providers</source>
        <extracomment>What a token&apos;s switch cells say, on and off.</extracomment>
        <translation>lokal und Anbieter</translation>
    </message>
    <message>
        <source>local only</source>
        <translation>nur lokal</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>Programs on this computer (an editor, a notes app, your scripts) can use Plinth&apos;s models through its OpenAI-compatible server: point them at the server&apos;s address and give each its own token as the API key. Provider keys stay in the keychain.</source>
        <translation>Programme auf diesem Computer (ein Editor, eine Notizen-App, Ihre Skripte) können Plinths Modelle über seinen OpenAI-kompatiblen Server nutzen: Richten Sie sie auf die Adresse des Servers und geben Sie jedem ein eigenes Token als API-Schlüssel. Die Schlüssel der Anbieter bleiben im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Copy this token now: Plinth keeps only a fingerprint of it and cannot show it again.</source>
        <translation>Kopieren Sie dieses Token jetzt: Plinth speichert nur einen Fingerabdruck davon und kann es nicht erneut anzeigen.</translation>
    </message>
    <message>
        <source>Offline mode is on: the server refuses models behind an API, whatever a token allows.</source>
        <translation>Der Offlinemodus ist aktiv: Der Server lehnt Modelle über eine API ab, unabhängig davon, was ein Token erlaubt.</translation>
    </message>
    <message>
        <source>Server tokens</source>
        <translation>Server-Tokens</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Tokenname</translation>
    </message>
    <message>
        <source>the program that will use it, e.g. editor</source>
        <translation>das Programm, das es nutzt, z. B. Editor</translation>
    </message>
    <message>
        <source>May use models behind an API (with the keys in the keychain)</source>
        <translation>Darf Modelle über eine API nutzen (mit den Schlüsseln im Schlüsselbund)</translation>
    </message>
    <message>
        <source>Allow models behind an API</source>
        <translation>Modelle über eine API erlauben</translation>
    </message>
    <message>
        <source>Off: local models only. On: also the providers&apos; models, billed to your keys</source>
        <translation>Aus: nur lokale Modelle. An: auch die Modelle der Anbieter, abgerechnet über Ihre Schlüssel</translation>
    </message>
    <message>
        <source>Save its requests in the history, with tokens and cost</source>
        <translation>Anfragen im Verlauf speichern, mit Tokens und Kosten</translation>
    </message>
    <message>
        <source>Save requests in the history</source>
        <translation>Anfragen im Verlauf speichern</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>button: create a token</comment>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <source>Token error</source>
        <translation>Token-Fehler</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <source>Token shown once</source>
        <translation>Einmalig angezeigtes Token</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard, to paste it in the program&apos;s settings</source>
        <translation>Token in die Zwischenablage kopieren, um es in den Einstellungen des Programms einzufügen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token-Liste</translation>
    </message>
    <message>
        <source>No tokens yet: programs cannot use the server until you create one.</source>
        <translation>Noch keine Tokens: Programme können den Server erst nutzen, wenn Sie eines erstellen.</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>The program using this token gets 401 from its next request on</source>
        <translation>Das Programm mit diesem Token erhält ab seiner nächsten Anfrage 401</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Portnummer</translation>
    </message>
    <message>
        <source>The server listens on 127.0.0.1 at this port; a change applies at its next start</source>
        <translation>Der Server lauscht auf 127.0.0.1 an diesem Port; eine Änderung gilt ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Offline note</source>
        <translation>Hinweis zum Offlinemodus</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>What a program&apos;s OpenAI settings call the base URL (or API base)</source>
        <translation>Was die OpenAI-Einstellungen eines Programms Base-URL (oder API-Base) nennen</translation>
    </message>
    <message>
        <source>Tick or untick to change it; the program&apos;s next request uses the new setting</source>
        <translation>Zum Ändern an- oder abhaken; die nächste Anfrage des Programms nutzt die neue Einstellung</translation>
    </message>
    <message>
        <source>base URL {url}</source>
        <translation>Basis-URL {url}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Revoke the token “{name}”? The program using it gets 401 from its next request on, and needs a new token to use Plinth again.</source>
        <translation>Token „{name}“ widerrufen? Das Programm, das es nutzt, erhält ab seiner nächsten Anfrage 401 und braucht ein neues Token, um Plinth wieder zu nutzen.</translation>
    </message>
</context>
<context>
    <name>SettingsSaver</name>
    <message>
        <source>Could not save the settings: {error}</source>
        <extracomment>How long after the last change (a key typed in the message box…) the settings are written.</extracomment>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>name error</source>
        <extracomment>What the editor calls the task in the messages of a save that fails (&quot;This task, line 4: schema: …&quot;). A field (as a save&apos;s error names it) → the accessible name of the error line under it.</extracomment>
        <translation>Fehler im Namen</translation>
    </message>
    <message>
        <source>system_prompt error</source>
        <translation>Fehler im System-Prompt</translation>
    </message>
    <message>
        <source>template error</source>
        <translation>Fehler in der Vorlage</translation>
    </message>
    <message>
        <source>labels error</source>
        <translation>Fehler in der Label-Liste</translation>
    </message>
    <message>
        <source>schema error</source>
        <translation>Fehler im Schema</translation>
    </message>
    <message>
        <source>variants error</source>
        <translation>Fehler in den Varianten</translation>
    </message>
    <message>
        <source>checks error</source>
        <translation>Fehler in den Prüfungen</translation>
    </message>
    <message>
        <source>Task editor</source>
        <extracomment>The seed box&apos;s value that means &quot;no fixed seed&quot;.</extracomment>
        <translation>Aufgabeneditor</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>Aufgabenname</translation>
    </message>
    <message>
        <source>Task description</source>
        <translation>Aufgabenbeschreibung</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>System-Prompt</translation>
    </message>
    <message>
        <source>What the model is (optional)</source>
        <translation>Was das Modell ist (optional)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>The prompt; {{column}} takes a value from each row</source>
        <translation>Der Prompt; {{column}} übernimmt einen Wert aus jeder Zeile</translation>
    </message>
    <message>
        <source>Template variables</source>
        <translation>Variablen der Vorlage</translation>
    </message>
    <message>
        <source>Output kind</source>
        <translation>Ausgabeart</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Mögliche Labels</translation>
    </message>
    <message>
        <source>Labels, separated by commas: spam, not spam</source>
        <translation>Labels, durch Kommas getrennt: Spam, kein Spam</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>JSON-Schema</translation>
    </message>
    <message>
        <source>Schema check</source>
        <translation>Schemaprüfung</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no fixed seed</comment>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>Variante hinzufügen</translation>
    </message>
    <message>
        <source>Another wording of the template to compare</source>
        <translation>Eine andere Formulierung der Vorlage zum Vergleichen</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>Variante entfernen</translation>
    </message>
    <message>
        <source>Remove the selected variants</source>
        <translation>Ausgewählte Varianten entfernen</translation>
    </message>
    <message>
        <source>Add check</source>
        <translation>Prüfung hinzufügen</translation>
    </message>
    <message>
        <source>A check run on each row&apos;s answer</source>
        <translation>Eine Prüfung der Antwort jeder Zeile</translation>
    </message>
    <message>
        <source>Remove check</source>
        <translation>Prüfung entfernen</translation>
    </message>
    <message>
        <source>Remove the selected checks</source>
        <translation>Ausgewählte Prüfungen entfernen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <extracomment>Field name (as a save&apos;s error names it) → the error line under that field.</extracomment>
        <translation>Aufgaben&amp;name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt</source>
        <translation>S&amp;ystem-Prompt</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>&amp;Ausgabe</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Mögliche Labels</translation>
    </message>
    <message>
        <source>Sche&amp;ma</source>
        <translation>JSON-Sche&amp;ma</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Sampling-Parameter</translation>
    </message>
    <message>
        <source>&amp;Variants</source>
        <translation>&amp;Varianten</translation>
    </message>
    <message>
        <source>C&amp;hecks</source>
        <translation>&amp;Prüfungen</translation>
    </message>
    <message>
        <source>variant {number}</source>
        <comment>a new variant&apos;s name</comment>
        <translation>Variante {number}</translation>
    </message>
    <message>
        <source>check {number}</source>
        <comment>a new check&apos;s name</comment>
        <translation>Prüfung {number}</translation>
    </message>
    <message>
        <source>Variables: {names}</source>
        <translation>Variablen: {names}</translation>
    </message>
    <message>
        <source>No variables: every row gets the same prompt. Write {{column}} to use a column.</source>
        <translation>Keine Variablen: Jede Zeile erhält denselben Prompt. Schreiben Sie {{column}}, um eine Spalte zu verwenden.</translation>
    </message>
    <message>
        <source>This task: schema: a JSON task needs a JSON Schema. Type one, e.g. {&quot;type&quot;: &quot;object&quot;}.</source>
        <translation>Diese Aufgabe: schema: Eine JSON-Aufgabe braucht ein JSON-Schema. Geben Sie eines ein, z. B. {&quot;type&quot;: &quot;object&quot;}.</translation>
    </message>
    <message>
        <source>This task: schema: not valid JSON ({problem}). Fix the JSON; quote every key.</source>
        <translation>Diese Aufgabe: schema: kein gültiges JSON ({problem}). Korrigieren Sie das JSON; setzen Sie jeden Schlüssel in Anführungszeichen.</translation>
    </message>
    <message>
        <source>This task: schema: a JSON Schema is an object. Start it with {&quot;type&quot;: …}.</source>
        <translation>Diese Aufgabe: schema: Ein JSON-Schema ist ein Objekt. Beginnen Sie es mit {&quot;type&quot;: …}.</translation>
    </message>
    <message>
        <source>✓ A valid JSON Schema.</source>
        <translation>✓ Gültiges JSON-Schema.</translation>
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
        <translation>Warte auf den Anbieter…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>tab</comment>
        <extracomment>The panel&apos;s state in ``settings.extra[settings_key]``; the window saves the settings. Tab title: one text typed in, beside the Batch tab (a whole file)</extracomment>
        <translation>Einzeltext</translation>
    </message>
    <message>
        <source>Batch</source>
        <comment>tab</comment>
        <extracomment>Tab title: the same task over a whole file of rows</extracomment>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Save as task</source>
        <translation>Als Aufgabe speichern</translation>
    </message>
    <message>
        <source>Open this set-up in the Tasks tab, to run over files</source>
        <translation>Diese Einrichtung im Tab Aufgaben öffnen, um sie auf Dateien auszuführen</translation>
    </message>
    <message>
        <source>No model is selected.</source>
        <translation>Kein Modell ausgewählt.</translation>
    </message>
    <message>
        <source>Install a model or add a provider, then pick it above.</source>
        <translation>Installieren Sie ein Modell oder fügen Sie einen Anbieter hinzu und wählen Sie es dann oben aus.</translation>
    </message>
    <message>
        <source>{title}.</source>
        <translation>{title}.</translation>
    </message>
    <message>
        <source>Not saved in the history</source>
        <translation>Nicht im Verlauf gespeichert</translation>
    </message>
</context>
<context>
    <name>TaskWords</name>
    <message>
        <source>Free text</source>
        <extracomment>The name core gives a task&apos;s own template when it runs as a variant. Output kind (core&apos;s value) → what the editor&apos;s list shows.</extracomment>
        <translation>Freier Text</translation>
    </message>
    <message>
        <source>One label from a list</source>
        <translation>Ein Label aus einer Liste</translation>
    </message>
    <message>
        <source>JSON matching a schema</source>
        <translation>JSON passend zu einem Schema</translation>
    </message>
    <message>
        <source>Equals</source>
        <extracomment>Check kind (core&apos;s value, as a task file writes it) → what the checks table shows.</extracomment>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>Contains (any case)</source>
        <translation>Enthält (ohne Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <source>Matches a regex</source>
        <translation>Passt zu Regex</translation>
    </message>
    <message>
        <source>Is JSON</source>
        <translation>Ist JSON</translation>
    </message>
    <message>
        <source>JSON path equals</source>
        <translation>JSON-Pfad gleich</translation>
    </message>
    <message>
        <source>Number within</source>
        <translation>Zahl im Bereich</translation>
    </message>
    <message>
        <source>Length within</source>
        <translation>Länge im Bereich</translation>
    </message>
    <message>
        <source>Similar meaning</source>
        <translation>Ähnliche Bedeutung</translation>
    </message>
    <message>
        <source>Judged by a model</source>
        <translation>Von einem Modell bewertet</translation>
    </message>
    <message>
        <source>default</source>
        <comment>the task&apos;s own template, as a variant&apos;s name</comment>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <source>⚠ {name} — cannot be read</source>
        <translation>⚠ {name} — nicht lesbar</translation>
    </message>
    <message>
        <source>{name}  (built-in)</source>
        <translation>{name}  (integriert)</translation>
    </message>
    <message>
        <source>Untitled task</source>
        <translation>Unbenannte Aufgabe</translation>
    </message>
    <message>
        <source>{name} (built-in: saving writes a copy) • unsaved changes</source>
        <translation>{name} (integriert: Speichern legt eine Kopie an) • ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>{name} (built-in: saving writes a copy)</source>
        <translation>{name} (integriert: Speichern legt eine Kopie an)</translation>
    </message>
    <message>
        <source>{name} • unsaved changes</source>
        <translation>{name} • ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The answer passed every check.</source>
        <translation>Die Antwort hat alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>The answer failed a check.</source>
        <translation>Die Antwort hat eine Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>The answer could not run.</source>
        <translation>Die Antwort konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>{done} of {total} cells done</source>
        <translation>{done} von {total} Zellen fertig</translation>
    </message>
    <message>
        <source>cancelled: Run again to resume where it stopped</source>
        <translation>abgebrochen: erneut ausführen, um dort fortzusetzen, wo er aufgehört hat</translation>
    </message>
    <message>
        <source>{model} stopped: {reason}</source>
        <translation>{model} gestoppt: {reason}</translation>
    </message>
    <message>
        <source>{done} of {total} cells · {speed} cells/s</source>
        <translation>{done} von {total} Zellen · {speed} Zellen/s</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Start a new task</source>
        <translation>Eine neue Aufgabe beginnen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate task</source>
        <translation>Aufgabe duplizieren</translation>
    </message>
    <message>
        <source>A copy of this task to change</source>
        <translation>Eine Kopie dieser Aufgabe zum Ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <source>Delete this task file (built-ins cannot be deleted)</source>
        <translation>Diese Aufgabendatei löschen (integrierte lassen sich nicht löschen)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import task</source>
        <translation>Aufgabe importieren</translation>
    </message>
    <message>
        <source>Add a task file someone shared</source>
        <translation>Eine von jemandem geteilte Aufgabendatei hinzufügen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export task</source>
        <translation>Aufgabe exportieren</translation>
    </message>
    <message>
        <source>Save this task as a file to share</source>
        <translation>Diese Aufgabe als Datei zum Teilen speichern</translation>
    </message>
    <message>
        <source>Task</source>
        <extracomment>``settings.extra`` key of the tab&apos;s own state. The pages&apos; tab titles (&quot;Run&quot;: the page where a task is run; &quot;Matrix&quot;: the run&apos;s results, rows × models).</extracomment>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Data &amp;&amp; try</source>
        <translation>Daten &amp;&amp; Test</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Ergebnismatrix</translation>
    </message>
    <message>
        <source>Task library</source>
        <extracomment>The library entry the editor holds (None: a new task, not saved yet).</extracomment>
        <translation>Aufgabenbibliothek</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>Aufgabentitel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save task</source>
        <translation>Aufgabe speichern</translation>
    </message>
    <message>
        <source>Save the task in your tasks folder (Ctrl+S)</source>
        <translation>Die Aufgabe in Ihrem Aufgabenordner speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Tasks status</source>
        <translation>Aufgabenstatus</translation>
    </message>
    <message>
        <source>Task error</source>
        <translation>Aufgabenfehler</translation>
    </message>
    <message>
        <source>Task pages</source>
        <translation>Aufgabenseiten</translation>
    </message>
    <message>
        <source>The task was not saved</source>
        <translation>Die Aufgabe wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved a copy of the built-in in {path}.</source>
        <translation>Kopie der integrierten Aufgabe in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>In {path} gespeichert.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Nach {path} exportiert.</translation>
    </message>
    <message>
        <source>This task file cannot be read</source>
        <translation>Diese Aufgabendatei ist nicht lesbar</translation>
    </message>
    <message>
        <source>New task</source>
        <comment>the name a new task starts with</comment>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <source>Delete the task “{name}” ({file})?</source>
        <translation>Die Aufgabe „{name}“ ({file}) löschen?</translation>
    </message>
    <message>
        <source>Deleted {file}.</source>
        <translation>{file} gelöscht.</translation>
    </message>
    <message>
        <source>Imported “{name}”.</source>
        <translation>„{name}“ importiert.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <source>Save the task first.</source>
        <translation>Speichern Sie die Aufgabe zuerst.</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.jsonl *.ndjson)</source>
        <translation>Tabellen (*.csv *.tsv *.txt *.jsonl *.ndjson)</translation>
    </message>
    <message>
        <source>Open input file</source>
        <translation>Eingabedatei öffnen</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n row(s), columns {columns}.</source>
        <translation>
            <numerusform>{file}: %Ln Zeile, Spalten {columns}.</numerusform>
            <numerusform>{file}: %Ln Zeilen, Spalten {columns}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a model to try the task on.</source>
        <translation>Wählen Sie ein Modell, um die Aufgabe zu testen.</translation>
    </message>
    <message>
        <source>Asking {model}…</source>
        <translation>{model} wird gefragt…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Open an input file first (Data &amp; try).</source>
        <translation>Öffnen Sie zuerst eine Eingabedatei (Daten &amp; Test).</translation>
    </message>
    <message>
        <source>Pick at least one model that can run, and a variant.</source>
        <translation>Wählen Sie mindestens ein lauffähiges Modell und eine Variante.</translation>
    </message>
    <message>
        <source>Running {rows} rows × {columns} columns…</source>
        <translation>{rows} Zeilen × {columns} Spalten werden ausgeführt…</translation>
    </message>
    <message>
        <source>Stopping after the cells under way…</source>
        <translation>Stopp nach den laufenden Zellen…</translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the journal</source>
        <translation>
            <numerusform>%Ln aus dem Journal fortgesetzt</numerusform>
            <numerusform>%Ln aus dem Journal fortgesetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was not saved in the history</source>
        <translation>Der Lauf wurde nicht im Verlauf gespeichert</translation>
    </message>
    <message>
        <source>Export run</source>
        <translation>Lauf exportieren</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>This task has unsaved changes. Discard them?</source>
        <translation>Diese Aufgabe hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>Running without the cache: {reason}</source>
        <translation>Ausführung ohne Cache: {reason}</translation>
    </message>
    <message>
        <source>Task files (*.yaml *.yml)</source>
        <translation>Aufgabendateien (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Transcript</source>
        <extracomment>Most time one flush spends rendering markdown (laying it out costs about as much again); the rest waits for the next one. Finished blocks are rendered in pieces of about this many characters, so a flush can stop within its budget. A message longer than this shows its beginning and says how long it is: laying out a megabyte in a QTextDocument stalls the window for about a second, and nobody reads it there. The whole text still goes to the model, the history and exports. How close to the end (in pixels) still counts as reading the latest text. The &quot;jump to latest&quot; button&apos;s distance from the text&apos;s bottom-right corner. Just after the header; rendered content follows. End of the last block rendered as markdown; the plain tail follows. Where the last rendered block starts, in the source and on screen, while later text may still extend it (a list, an indented code block). (stats line, error) once the answer has ended; the last blocks may still be rendering.</extracomment>
        <translation>Gesprächsverlauf</translation>
    </message>
    <message>
        <source>Ask anything to start the conversation.</source>
        <translation>Fragen Sie etwas, um die Unterhaltung zu beginnen.</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <extracomment>The latest answer&apos;s frame, for its sources once it is complete. The placeholder in the next answer&apos;s place (``show_waiting``). Whether new text scrolls into view: until the reader scrolls up, and again once they are back at the bottom or jump there. A state, not a check before each change: the document is laid out later (and again when the view is first shown or resized), so the end moves after the text has gone in. Held at the top until the reader scrolls (``show_from_start``): a finished answer reopened is read from its start, and the layout that comes later must not count as reaching its end.</extracomment>
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
        <extracomment>The header over the person&apos;s own message in the chat</extracomment>
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
    <name>TranslationPanel</name>
    <message>
        <source>Translation model</source>
        <extracomment>Where the panel keeps its state in ``Settings.extra``. The options of the translation running, for the history. The input file and CSV column of the file translation running.</extracomment>
        <translation>Übersetzungsmodell</translation>
    </message>
    <message>
        <source>Detect language</source>
        <translation>Sprache erkennen</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Ausgangssprache</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Zielsprache</translation>
    </message>
    <message>
        <source>Swap languages</source>
        <translation>Sprachen tauschen</translation>
    </message>
    <message>
        <source>Swap the languages and the texts (Ctrl+Shift+S)</source>
        <translation>Sprachen und Texte tauschen (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Terms that must be translated a given way</source>
        <translation>Begriffe, die auf eine bestimmte Weise übersetzt werden müssen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Nach</translation>
    </message>
    <message>
        <source>To&amp;ne</source>
        <translation>&amp;Ton</translation>
    </message>
    <message>
        <source>Translation notice</source>
        <translation>Hinweis zur Übersetzung</translation>
    </message>
    <message>
        <source>Translation mode</source>
        <translation>Übersetzungsmodus</translation>
    </message>
    <message>
        <source>Translation batch</source>
        <translation>Übersetzung im Stapel</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Ausgangstext</translation>
    </message>
    <message>
        <source>Text to translate — Ctrl+Enter translates</source>
        <translation>Zu übersetzender Text — Strg+Eingabe übersetzt</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>The translation appears here.</source>
        <translation>Die Übersetzung erscheint hier.</translation>
    </message>
    <message>
        <source>Translation warnings</source>
        <translation>Übersetzungswarnungen</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Translation stats</source>
        <translation>Übersetzungsstatistik</translation>
    </message>
    <message>
        <source>Translation error</source>
        <translation>Übersetzungsfehler</translation>
    </message>
    <message>
        <source>Translate file…</source>
        <translation>Datei übersetzen…</translation>
    </message>
    <message>
        <source>Translate file</source>
        <translation>Datei übersetzen</translation>
    </message>
    <message>
        <source>Translate a .txt, .md, .srt file or a CSV column into a new file</source>
        <translation>Eine .txt-, .md-, .srt-Datei oder eine CSV-Spalte in eine neue Datei übersetzen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy translation</source>
        <translation>Übersetzung kopieren</translation>
    </message>
    <message>
        <source>Copy the translation (Ctrl+Shift+C)</source>
        <translation>Übersetzung kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop translation</source>
        <translation>Übersetzung stoppen</translation>
    </message>
    <message>
        <source>Stop translating (Esc)</source>
        <translation>Übersetzen stoppen (Esc)</translation>
    </message>
    <message>
        <source>Translate</source>
        <comment>verb</comment>
        <extracomment>The button that translates the typed text</extracomment>
        <translation>Übersetzen</translation>
    </message>
    <message>
        <source>Translate the text (Ctrl+Enter)</source>
        <translation>Den Text übersetzen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Translation status</source>
        <translation>Übersetzungsstatus</translation>
    </message>
    <message>
        <source>File progress</source>
        <translation>Dateifortschritt</translation>
    </message>
    <message>
        <source>File status</source>
        <translation>Dateistatus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel file</source>
        <translation>Datei abbrechen</translation>
    </message>
    <message>
        <source>Stop translating the file; nothing is written</source>
        <translation>Übersetzung der Datei abbrechen; nichts wird geschrieben</translation>
    </message>
    <message>
        <source>Translating {name}…</source>
        <translation>Übersetze {name}…</translation>
    </message>
    <message>
        <source>Translating {name} into {output}…</source>
        <translation>Übersetze {name} nach {output}…</translation>
    </message>
    <message>
        <source>Choose the source language first, then swap.</source>
        <translation>Wählen Sie zuerst die Ausgangssprache und tauschen Sie dann.</translation>
    </message>
    <message>
        <source>Languages swapped.</source>
        <translation>Sprachen getauscht.</translation>
    </message>
    <message>
        <source>Type or paste some text first.</source>
        <translation>Geben Sie zuerst Text ein oder fügen Sie ihn ein.</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>Übersetze…</translation>
    </message>
    <message>
        <source>Translation copied.</source>
        <translation>Übersetzung kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>Done, with %n warning(s).</source>
        <translation>
            <numerusform>Fertig, mit %Ln Warnung.</numerusform>
            <numerusform>Fertig, mit %Ln Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Stopped. The partial translation is not checked.</source>
        <translation>Gestoppt. Die unvollständige Übersetzung wird nicht geprüft.</translation>
    </message>
    <message>
        <source>Translate a file</source>
        <translation>Eine Datei übersetzen</translation>
    </message>
    <message>
        <source>This kind of file cannot be translated</source>
        <translation>Diese Dateiart kann nicht übersetzt werden</translation>
    </message>
    <message>
        <source>{name} is not one of {kinds}. Choose another file.</source>
        <translation>{name} ist keiner der Typen {kinds}. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Column to translate</source>
        <translation>Zu übersetzende Spalte</translation>
    </message>
    <message>
        <source>Which column of {name} should be translated?</source>
        <translation>Welche Spalte von {name} soll übersetzt werden?</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>{done} / {total} parts</source>
        <translation>{done} / {total} Teile</translation>
    </message>
    <message>
        <source>about {duration} left</source>
        <translation>noch etwa {duration}</translation>
    </message>
    <message>
        <source>Part {number}: </source>
        <translation>Teil {number}: </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%Ln Teil</numerusform>
            <numerusform>%Ln Teile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {path} ({parts}, {warnings}).</source>
        <translation>{path} gespeichert ({parts}, {warnings}).</translation>
    </message>
    <message>
        <source>Saved {path} ({parts}).</source>
        <translation>{path} gespeichert ({parts}).</translation>
    </message>
    <message>
        <source>File translation cancelled; nothing was written.</source>
        <translation>Dateiübersetzung abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>{title}. Nothing was written.</source>
        <translation>{title}. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Save the translation as</source>
        <translation>Übersetzung speichern unter</translation>
    </message>
    <message>
        <source>The translation would overwrite the original</source>
        <translation>Die Übersetzung würde das Original überschreiben</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Glossary ({count})</source>
        <translation>Glossar ({count})</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…und %Ln weitere.</numerusform>
            <numerusform>…und %Ln weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every part passed the checks.</source>
        <translation>Alle Teile haben die Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Checks passed: numbers, URLs, placeholders, code, markdown, glossary, language and length.</source>
        <translation>Prüfungen bestanden: Zahlen, URLs, Platzhalter, Code, Markdown, Glossar, Sprache und Länge.</translation>
    </message>
    <message>
        <source>Neutral</source>
        <extracomment>The tones, by the core&apos;s value.</extracomment>
        <translation>Sachlich</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Förmlich</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Locker</translation>
    </message>
    <message>
        <source>Text, Markdown, subtitles or CSV (*.txt *.md *.srt *.csv);;All files (*)</source>
        <translation>Text, Markdown, Untertitel oder CSV (*.txt *.md *.srt *.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>TryPage</name>
    <message>
        <source>✗ Could not run:</source>
        <translation>✗ Konnte nicht ausgeführt werden:</translation>
    </message>
    <message>
        <source>No checks: the task has none.</source>
        <translation>Keine Prüfungen: Die Aufgabe hat keine.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>Open input file</source>
        <translation>Eingabedatei öffnen</translation>
    </message>
    <message>
        <source>A CSV or JSONL file, one row per input</source>
        <translation>Eine CSV- oder JSONL-Datei, eine Zeile pro Eingabe</translation>
    </message>
    <message>
        <source>Use sample</source>
        <translation>Beispiel verwenden</translation>
    </message>
    <message>
        <source>Use sample file</source>
        <translation>Beispieldatei verwenden</translation>
    </message>
    <message>
        <source>The sample rows shipped with this built-in task</source>
        <translation>Die Beispielzeilen, die mit dieser integrierten Aufgabe geliefert werden</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>Eingabedatei</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Preview variant</source>
        <translation>Variante der Vorschau</translation>
    </message>
    <message>
        <source>Prompt preview</source>
        <translation>Prompt-Vorschau</translation>
    </message>
    <message>
        <source>Preview problem</source>
        <translation>Problem der Vorschau</translation>
    </message>
    <message>
        <source>Try model</source>
        <translation>Testmodell</translation>
    </message>
    <message>
        <source>Try on this row</source>
        <translation>An dieser Zeile testen</translation>
    </message>
    <message>
        <source>Ask the model about this row (Ctrl+Return)</source>
        <translation>Das Modell zu dieser Zeile fragen (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop try</source>
        <translation>Test stoppen</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Antwort stoppen</translation>
    </message>
    <message>
        <source>Try status</source>
        <translation>Teststatus</translation>
    </message>
    <message>
        <source>Try answer</source>
        <translation>Testantwort</translation>
    </message>
    <message>
        <source>Try parsed</source>
        <translation>Test ausgewertet</translation>
    </message>
    <message>
        <source>Try checks</source>
        <translation>Prüfungen des Tests</translation>
    </message>
    <message>
        <source>&amp;Row</source>
        <translation>&amp;Zeile</translation>
    </message>
    <message>
        <source>&amp;Variant</source>
        <translation>&amp;Variante</translation>
    </message>
    <message>
        <source>Prompt for this row (system, then user)</source>
        <translation>Prompt für diese Zeile (System, dann Benutzer)</translation>
    </message>
    <message>
        <source>No input file: open a CSV or JSONL file.</source>
        <translation>Keine Eingabedatei: Öffnen Sie eine CSV- oder JSONL-Datei.</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> von {count}</translation>
    </message>
    <message>
        <source>{problem} Open a file whose columns give them.</source>
        <translation>{problem} Öffnen Sie eine Datei, deren Spalten sie liefern.</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>tok/s</source>
        <translation>Tok./s</translation>
    </message>
    <message>
        <source>rows/min</source>
        <translation>Zeilen/min</translation>
    </message>
</context>
<context>
    <name>VariantTable</name>
    <message>
        <source>Prompt variants</source>
        <extracomment>Where a check&apos;s kind is kept in its cell (the cell shows the kind&apos;s name in the window&apos;s language).</extracomment>
        <translation>Prompt-Varianten</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>The actions that work once the window has its services.</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>&amp;Anbieter…</translation>
    </message>
    <message>
        <source>Set up OpenAI, Anthropic, Gemini or OpenAI-compatible providers and their keys (Ctrl+Shift+P)</source>
        <translation>OpenAI, Anthropic, Gemini oder OpenAI-kompatible Anbieter und ihre Schlüssel einrichten (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Model settings…</source>
        <translation>&amp;Modelleinstellungen…</translation>
    </message>
    <message>
        <source>Context size, threads and GPU layers for local models</source>
        <translation>Kontextgröße, Threads und GPU-Schichten für lokale Modelle</translation>
    </message>
    <message>
        <source>&amp;Export all conversations…</source>
        <translation>Alle Unterhaltungen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save every conversation in one JSON archive</source>
        <translation>Alle Unterhaltungen in einem JSON-Archiv speichern</translation>
    </message>
    <message>
        <source>&amp;Import conversations…</source>
        <translation>Unterhaltungen &amp;importieren…</translation>
    </message>
    <message>
        <source>Add the conversations of a Plinth archive; those already here are skipped</source>
        <translation>Unterhaltungen aus einem Plinth-Archiv hinzufügen; bereits vorhandene werden übersprungen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>Diagnose &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;About Plinth</source>
        <translation>Ü&amp;ber Plinth</translation>
    </message>
    <message>
        <source>{variable}=1 is set: offline mode stays on until it is unset and Plinth restarts</source>
        <translation>{variable}=1 ist gesetzt: Der Offlinemodus bleibt aktiv, bis die Variable entfernt und Plinth neu gestartet wird</translation>
    </message>
    <message>
        <source>Turn off models behind an API and the Hugging Face Hub: nothing leaves this computer (Ctrl+Shift+O)</source>
        <translation>Modelle über eine API und den Hugging Face Hub abschalten: Nichts verlässt diesen Computer (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;Offline mode</source>
        <translation>&amp;Offlinemodus</translation>
    </message>
</context>
<context>
    <name>_BatchWords</name>
    <message numerus="yes">
        <source>{done} of %n row(s) done</source>
        <translation>
            <numerusform>{done} von %Ln Zeile fertig</numerusform>
            <numerusform>{done} von %Ln Zeilen fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more row(s) (in the exported report).</source>
        <translation>
            <numerusform>…und %Ln weitere Zeile (im exportierten Bericht).</numerusform>
            <numerusform>…und %Ln weitere Zeilen (im exportierten Bericht).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%Ln Unterhaltung</numerusform>
            <numerusform>%Ln Unterhaltungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ModelRow</name>
    <message>
        <source>Model {number}</source>
        <translation>Modell {number}</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Modell entfernen</translation>
    </message>
    <message>
        <source>Remove this model from the comparison</source>
        <translation>Dieses Modell aus dem Vergleich entfernen</translation>
    </message>
    <message>
        <source>Remove model {number} from the comparison</source>
        <translation>Modell {number} aus dem Vergleich entfernen</translation>
    </message>
</context>
<context>
    <name>_StatsLine</name>
    <message>
        <source>TTFT {seconds}</source>
        <translation>Erstes Token nach {seconds}</translation>
    </message>
    <message>
        <source>{tokens_in} in (estimated) / {tokens_out} out</source>
        <translation>{tokens_in} ein (geschätzt) / {tokens_out} aus</translation>
    </message>
    <message>
        <source>{tokens_in} in / {tokens_out} out</source>
        <translation>{tokens_in} ein / {tokens_out} aus</translation>
    </message>
    <message numerus="yes">
        <source>%n cached</source>
        <translation>
            <numerusform>%Ln zwischengespeichert</numerusform>
            <numerusform>%Ln zwischengespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>stopped at length limit</source>
        <translation>an der Längengrenze gestoppt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message numerus="yes">
        <source>%n earliest message(s) left out (context full)</source>
        <translation>
            <numerusform>%Ln älteste Nachricht ausgelassen (Kontext voll)</numerusform>
            <numerusform>%Ln älteste Nachrichten ausgelassen (Kontext voll)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>No model can run</source>
        <extracomment>How long closing the window waits for a cancelled task before it closes the engine.</extracomment>
        <translation>Kein Modell kann laufen</translation>
    </message>
    <message>
        <source>The comparison is not ready</source>
        <translation>Der Vergleich ist nicht bereit</translation>
    </message>
    <message>
        <source>This model cannot be used now</source>
        <translation>Dieses Modell kann gerade nicht verwendet werden</translation>
    </message>
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
        <source>at {cost} ({model}&apos;s cost is unknown)</source>
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
        <source>the prompt and each column&apos;s system prompt (up to {n} characters)</source>
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
        <source>The model&apos;s chat template failed</source>
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
        <source>The provider&apos;s server failed</source>
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
