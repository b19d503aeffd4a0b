<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActiveLabelling</name>
    <message>
        <source>Choose the gold column (where your labels go) to label rows in place.</source>
        <translation>Choisissez la colonne de référence (où vont vos étiquettes) pour étiqueter les lignes sur place.</translation>
    </message>
    <message>
        <source>Most uncertain first</source>
        <extracomment>A retrain asked for the batch to run again: when that run ends, the queue is shown in its new order.</extracomment>
        <translation>Plus incertaines d'abord</translation>
    </message>
    <message>
        <source>Label the most uncertain first</source>
        <translation>Étiqueter d'abord les plus incertaines</translation>
    </message>
    <message>
        <source>Show the rows with no label, the one the classifier is least sure of first; type a label, Enter for the next</source>
        <translation>Affiche les lignes sans étiquette, celle dont le classifieur est le moins sûr en premier ; tapez une étiquette, Entrée pour la suivante</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>Réentraîner</translation>
    </message>
    <message>
        <source>Retrain classifier</source>
        <translation>Réentraîner le classifieur</translation>
    </message>
    <message>
        <source>Train a new version on the labels</source>
        <translation>Entraîne une nouvelle version sur les étiquettes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel retraining</source>
        <translation>Annuler le réentraînement</translation>
    </message>
    <message>
        <source>Stop retraining; nothing is saved</source>
        <translation>Arrête le réentraînement ; rien n'est enregistré</translation>
    </message>
    <message>
        <source>Export labels…</source>
        <translation>Exporter les étiquettes…</translation>
    </message>
    <message>
        <source>Export labels</source>
        <translation>Exporter les étiquettes</translation>
    </message>
    <message>
        <source>Save the file with your labels in it</source>
        <translation>Enregistre le fichier avec vos étiquettes</translation>
    </message>
    <message>
        <source>Retraining progress</source>
        <translation>Progression du réentraînement</translation>
    </message>
    <message>
        <source>Labelling status</source>
        <translation>État de l'étiquetage</translation>
    </message>
    <message>
        <source>Labelling error</source>
        <translation>Erreur d'étiquetage</translation>
    </message>
    <message>
        <source>No rows to label: every row with probabilities has a label.</source>
        <translation>Aucune ligne à étiqueter : toutes les lignes avec des probabilités ont une étiquette.</translation>
    </message>
    <message>
        <source>Type a label's first letters in the Gold cell; Enter saves it and opens the next row.</source>
        <translation>Tapez les premières lettres d'une étiquette dans la cellule Référence ; Entrée l'enregistre et ouvre la ligne suivante.</translation>
    </message>
    <message numerus="yes">
        <source>Retraining {model} on %n label(s)…</source>
        <translation><numerusform>Réentraînement de {model} sur %n étiquette…</numerusform><numerusform>Réentraînement de {model} sur %n étiquettes…</numerusform></translation>
    </message>
    <message>
        <source>Cancelling the retraining…</source>
        <translation>Annulation du réentraînement…</translation>
    </message>
    <message>
        <source>Export the labels</source>
        <translation>Exporter les étiquettes</translation>
    </message>
    <message>
        <source>Same as the input ({pattern})</source>
        <translation>Comme l'entrée ({pattern})</translation>
    </message>
    <message>
        <source>Saved {model} version {version} ({name}@{version}); classifying the batch with it…</source>
        <translation>{model} version {version} enregistré ({name}@{version}) ; classement du lot avec cette version…</translation>
    </message>
    <message>
        <source>{message} Your labels are kept.</source>
        <translation>{message} Vos étiquettes sont conservées.</translation>
    </message>
    <message>
        <source>Retraining cancelled; nothing was saved and your labels are kept.</source>
        <translation>Réentraînement annulé ; rien n'a été enregistré et vos étiquettes sont conservées.</translation>
    </message>
    <message>
        <source>Saved the labels as {path}.</source>
        <translation>Étiquettes enregistrées sous {path}.</translation>
    </message>
    <message>
        <source>Retrain {model} ({count} new)</source>
        <translation>Réentraîner {model} ({count} nouvelles)</translation>
    </message>
    <message numerus="yes">
        <source>Train a new version of {model} on the file's labels and yours (%n new label(s)); the versions before it stay</source>
        <translation><numerusform>Entraîne une nouvelle version de {model} sur les étiquettes du fichier et les vôtres (%n nouvelle étiquette) ; les versions précédentes restent</numerusform><numerusform>Entraîne une nouvelle version de {model} sur les étiquettes du fichier et les vôtres (%n nouvelles étiquettes) ; les versions précédentes restent</numerusform></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>n/a</source>
        <extracomment>A value's text that measures its column when the values are all shorter. What a model without the metric shows instead of a bar.</extracomment>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>{title} chart</source>
        <translation>Graphique {title}</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Pas encore de résultats</translation>
    </message>
    <message>
        <source>{label} {value} (best)</source>
        <translation>{label} {value} (meilleur)</translation>
    </message>
</context>
<context>
    <name>BatchMetricsView</name>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>Score F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Per-class metrics</source>
        <translation>Métriques par classe</translation>
    </message>
    <message>
        <source>Click a cell to see its rows in the table.</source>
        <translation>Cliquez sur une cellule pour voir ses lignes dans le tableau.</translation>
    </message>
    <message>
        <source>Click a cell to list its rows.</source>
        <translation>Cliquez sur une cellule pour lister ses lignes.</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>F1 macro</translation>
    </message>
    <message numerus="yes">
        <source>{correct} of %n row(s) right · {wrong} wrong</source>
        <translation><numerusform>{correct} sur %n ligne justes · {wrong} fausses</numerusform><numerusform>{correct} sur %n lignes justes · {wrong} fausses</numerusform></translation>
    </message>
    <message>
        <source>so far: the run was cancelled</source>
        <translation>jusqu'ici : l'exécution a été annulée</translation>
    </message>
</context>
<context>
    <name>BatchResultsModel</name>
    <message>
        <source>Row</source>
        <extracomment>Sort keys live here so numbers sort as numbers. Columns most rows leave empty: the view hides them until a row has something to say there. The columns' titles as shown, keyed by the English names the code finds columns by.</extracomment>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Incertitude</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Your label (the file says “{label}”)</source>
        <extracomment>The sparse columns some row has a value in, kept as results arrive (a run may have thousands). Whether the Uncertainty column is wanted (labelling the most uncertain rows first).</extracomment>
        <translation>Votre étiquette (le fichier indique « {label} »)</translation>
    </message>
    <message>
        <source>Your label</source>
        <translation>Votre étiquette</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>(échec)</translation>
    </message>
    <message>
        <source>(abstained)</source>
        <translation>(abstention)</translation>
    </message>
</context>
<context>
    <name>BatchResultsView</name>
    <message>
        <source>All rows</source>
        <extracomment>The widest a result column grows to fit its content; Text (and Translation) take the rest.</extracomment>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Batch results</source>
        <translation>Résultats du lot</translation>
    </message>
    <message>
        <source>Results filter</source>
        <translation>Filtre des résultats</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show all rows</source>
        <translation>Afficher toutes les lignes</translation>
    </message>
    <message>
        <source>Show every row again</source>
        <translation>Réaffiche toutes les lignes</translation>
    </message>
    <message>
        <source>Show errors</source>
        <translation>Afficher les erreurs</translation>
    </message>
    <message>
        <source>Show only the rows the model got wrong</source>
        <translation>N'affiche que les lignes où le modèle s'est trompé</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Save a copy of the output CSV</source>
        <translation>Enregistre une copie du CSV de sortie</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.</source>
        <translation>Impossible d'enregistrer {name} : {reason}.</translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation>Choisissez un autre dossier ou nom de fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n wrong row(s).</source>
        <translation><numerusform>Affichage de %n ligne fausse.</numerusform><numerusform>Affichage de %n lignes fausses.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) labelled “{gold}”, called “{predicted}”.</source>
        <translation><numerusform>Affichage de %n ligne étiquetée « {gold} », classée « {predicted} ».</numerusform><numerusform>Affichage de %n lignes étiquetées « {gold} », classées « {predicted} ».</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) correctly labelled “{gold}”.</source>
        <translation><numerusform>Affichage de %n ligne correctement étiquetée « {gold} ».</numerusform><numerusform>Affichage de %n lignes correctement étiquetées « {gold} ».</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} / %n row(s)</source>
        <translation><numerusform>{done} / %n ligne</numerusform><numerusform>{done} / %n lignes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resumed</source>
        <translation><numerusform>%n reprise</numerusform><numerusform>%n reprises</numerusform></translation>
    </message>
    <message>
        <source>{rate} rows/s</source>
        <translation>{rate} lignes/s</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>environ {time} restantes</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after {done} of %n row(s). Run batch resumes where it stopped.</source>
        <translation><numerusform>Annulé après {done} sur %n ligne. Lancer le lot reprend là où il s'est arrêté.</numerusform><numerusform>Annulé après {done} sur %n lignes. Lancer le lot reprend là où il s'est arrêté.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n row(s) in {time}</source>
        <translation><numerusform>Terminé : %n ligne en {time}</numerusform><numerusform>Terminé : %n lignes en {time}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the earlier run</source>
        <translation><numerusform>%n reprise de l'exécution précédente</numerusform><numerusform>%n reprises de l'exécution précédente</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n en échec</numerusform><numerusform>%n en échec</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n abstained</source>
        <translation><numerusform>%n abstention</numerusform><numerusform>%n abstentions</numerusform></translation>
    </message>
    <message>
        <source>saved as {name}</source>
        <translation>enregistré sous {name}</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) to label, the most uncertain first.</source>
        <translation><numerusform>Affichage de %n ligne à étiqueter, les plus incertaines d'abord.</numerusform><numerusform>Affichage de %n lignes à étiqueter, les plus incertaines d'abord.</numerusform></translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <source>(none)</source>
        <extracomment>The gold column's "no column" choice.</extracomment>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>No file open.</source>
        <translation>Aucun fichier ouvert.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Ouvrir un fichier</translation>
    </message>
    <message>
        <source>Open a CSV or JSONL file to run over</source>
        <translation>Ouvre un fichier CSV ou JSONL à traiter</translation>
    </message>
    <message>
        <source>Batch file</source>
        <translation>Fichier du lot</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation>Colonne de texte</translation>
    </message>
    <message>
        <source>The column whose text the model reads.</source>
        <translation>La colonne dont le modèle lit le texte.</translation>
    </message>
    <message>
        <source>Gold column</source>
        <translation>Colonne de référence</translation>
    </message>
    <message>
        <source>The column with the right answers, to measure the model against (optional).</source>
        <translation>La colonne des bonnes réponses, pour évaluer le modèle (facultatif).</translation>
    </message>
    <message>
        <source>&amp;Text column</source>
        <translation>Colonne de &amp;texte</translation>
    </message>
    <message>
        <source>&amp;Gold column</source>
        <translation>Colonne de &amp;référence</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Fichier de sortie</translation>
    </message>
    <message>
        <source>Where the results go (chosen when a file is opened)</source>
        <translation>Où vont les résultats (choisi à l'ouverture d'un fichier)</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Choose output file</source>
        <translation>Choisir le fichier de sortie</translation>
    </message>
    <message>
        <source>Choose where the results are saved</source>
        <translation>Choisissez où enregistrer les résultats</translation>
    </message>
    <message>
        <source>O&amp;utput</source>
        <translation>&amp;Sortie</translation>
    </message>
    <message>
        <source>Resume notice</source>
        <translation>Avis de reprise</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Discard the rows done by the earlier run</source>
        <translation>Abandonne les lignes traitées par l'exécution précédente</translation>
    </message>
    <message>
        <source>Rows at once</source>
        <translation>Lignes simultanées</translation>
    </message>
    <message>
        <source>Rows sent to a remote model at once (it slows down when the provider says too many). Local models take one row at a time.</source>
        <translation>Lignes envoyées simultanément à un modèle distant (ralentit quand le fournisseur signale un excès). Les modèles locaux traitent une ligne à la fois.</translation>
    </message>
    <message>
        <source>Run batch</source>
        <translation>Lancer le lot</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>Annuler le lot</translation>
    </message>
    <message>
        <source>Run the model over every row</source>
        <translation>Exécute le modèle sur chaque ligne</translation>
    </message>
    <message>
        <source>Stop after the rows in progress</source>
        <translation>S'arrête après les lignes en cours</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Progression du lot</translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation>État du lot</translation>
    </message>
    <message>
        <source>Batch error</source>
        <translation>Erreur du lot</translation>
    </message>
    <message>
        <source>Batch notes</source>
        <translation>Remarques du lot</translation>
    </message>
    <message>
        <source>&amp;Rows at once</source>
        <translation>&amp;Lignes simultanées</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Starting on %n row(s)…</source>
        <translation><numerusform>Démarrage sur %n ligne…</numerusform><numerusform>Démarrage sur %n lignes…</numerusform></translation>
    </message>
    <message>
        <source>Cancelling: finishing the rows in progress…</source>
        <translation>Annulation : fin des lignes en cours…</translation>
    </message>
    <message>
        <source>Open a file to run over</source>
        <translation>Ouvrir un fichier à traiter</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.jsonl);;All files (*)</source>
        <translation>Tableaux (*.csv *.tsv *.txt *.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>{name} · %n row(s)</source>
        <translation><numerusform>{name} · %n ligne</numerusform><numerusform>{name} · %n lignes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Choose the columns and press Run batch.</source>
        <translation><numerusform>%n ligne. Choisissez les colonnes et cliquez sur Lancer le lot.</numerusform><numerusform>%n lignes. Choisissez les colonnes et cliquez sur Lancer le lot.</numerusform></translation>
    </message>
    <message>
        <source>Save the results as</source>
        <translation>Enregistrer les résultats sous</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not discard the earlier run</source>
        <translation>Impossible d'abandonner l'exécution précédente</translation>
    </message>
    <message>
        <source>{reason}. Choose another output file.</source>
        <translation>{reason}. Choisissez un autre fichier de sortie.</translation>
    </message>
    <message>
        <source>The earlier run was discarded; Run batch starts from the first row.</source>
        <translation>L'exécution précédente a été abandonnée ; Lancer le lot repart de la première ligne.</translation>
    </message>
    <message>
        <source>The output would overwrite the input</source>
        <translation>La sortie écraserait l'entrée</translation>
    </message>
    <message>
        <source>Choose another output file.</source>
        <translation>Choisissez un autre fichier de sortie.</translation>
    </message>
    <message>
        <source>Cannot write the results there</source>
        <translation>Impossible d'écrire les résultats à cet endroit</translation>
    </message>
    <message>
        <source>{folder} is not a folder Plinth can write to. Choose another output file.</source>
        <translation>{folder} n'est pas un dossier où Plinth peut écrire. Choisissez un autre fichier de sortie.</translation>
    </message>
    <message>
        <source>{message} The rows done so far are kept: Run batch resumes after them.</source>
        <translation>{message} Les lignes déjà traitées sont conservées : Lancer le lot reprend après elles.</translation>
    </message>
    <message>
        <source>Stopped by an error.</source>
        <translation>Arrêté par une erreur.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} enregistré.</translation>
    </message>
    <message>
        <source>Not saved in the history</source>
        <translation>Non enregistré dans l'historique</translation>
    </message>
    <message>
        <source>An earlier run into {name} stopped part-way. Run batch resumes it when the model and settings are the same; Start over discards it.</source>
        <translation>Une exécution précédente vers {name} s'est arrêtée en cours de route. Lancer le lot la reprend si le modèle et les réglages sont identiques ; Recommencer l'abandonne.</translation>
    </message>
</context>
<context>
    <name>ChatDocuments</name>
    <message>
        <source>No model was asked: nothing in the attached documents matched.</source>
        <extracomment>The title over Plinth's own reply when nothing in the documents matched.</extracomment>
        <translation>Aucun modèle n'a été interrogé : rien ne correspondait dans les documents joints.</translation>
    </message>
    <message>
        <source>Stopped while searching the documents.</source>
        <extracomment>Under an answer stopped before its passages were found.</extracomment>
        <translation>Arrêté pendant la recherche dans les documents.</translation>
    </message>
    <message>
        <source>Searching {names}…</source>
        <extracomment>The model and its title the answer searched for is to be asked.</extracomment>
        <translation>Recherche dans {names}…</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Install a model or add a provider to start chatting.</source>
        <translation>Installez un modèle ou ajoutez un fournisseur pour commencer la discussion.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <extracomment>Keys in ``settings.extra``. Models that have answered since they were (re)started; the others load first. The status line last shown for a model that cannot be used, cleared once it can.</extracomment>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>System prompt (optional), e.g. “You are a concise assistant.”</source>
        <translation>Prompt système (facultatif), p. ex. « Tu es un assistant concis. »</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Answer the last message again</source>
        <translation>Répondre à nouveau au dernier message</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Button: copy the last answer to the clipboard</extracomment>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the last answer</source>
        <translation>Copier la dernière réponse</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Commencer une nouvelle conversation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <source>Message — Enter to send, Shift+Enter for a new line</source>
        <translation>Message — Entrée pour envoyer, Maj+Entrée pour un saut de ligne</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <source>Stop the answer before opening another conversation.</source>
        <translation>Arrêtez la réponse avant d'ouvrir une autre conversation.</translation>
    </message>
    <message>
        <source>Answer copied.</source>
        <translation>Réponse copiée.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>{model} is answering…</source>
        <translation>{model} répond…</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message>
        <source>{title}. You can send again.</source>
        <translation>{title}. Vous pouvez renvoyer le message.</translation>
    </message>
    <message>
        <source>Type a message first.</source>
        <translation>Saisissez d'abord un message.</translation>
    </message>
    <message>
        <source>Searching the documents…</source>
        <translation>Recherche dans les documents…</translation>
    </message>
    <message>
        <source>Nothing found in the attached documents.</source>
        <translation>Rien trouvé dans les documents joints.</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <source>Could not save the conversation: {error}</source>
        <translation>Impossible d'enregistrer la conversation : {error}</translation>
    </message>
    <message>
        <source>Could not reopen the last conversation: {error}</source>
        <translation>Impossible de rouvrir la dernière conversation : {error}</translation>
    </message>
    <message>
        <source>This conversation used {model}, which cannot run now; pick a model to continue it.</source>
        <translation>Cette conversation utilisait {model}, qui ne peut pas s'exécuter pour le moment ; choisissez un modèle pour la poursuivre.</translation>
    </message>
</context>
<context>
    <name>ChatParamsBar</name>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Higher is more varied, lower is more focused.</source>
        <translation>Plus élevée : plus variée ; plus basse : plus ciblée.</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Température</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Jetons max.</translation>
    </message>
    <message>
        <source>The longest answer, in tokens.</source>
        <translation>La réponse la plus longue, en jetons.</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens</source>
        <translation>Jetons ma&amp;x.</translation>
    </message>
</context>
<context>
    <name>ChatTranscript</name>
    <message>
        <source>Plinth closed before this answer finished.</source>
        <extracomment>Shown under an answer that was still streaming when Plinth was killed or the computer stopped.</extracomment>
        <translation>Plinth s'est fermé avant la fin de cette réponse.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
</context>
<context>
    <name>CitedSources</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <extracomment>Finds a source's passage among its neighbours in the index; None when the index no longer holds it. The passage last opened (kept so it is not collected while shown).</extracomment>
        <translation><numerusform>%n passage</numerusform><numerusform>%n passages</numerusform></translation>
    </message>
    <message>
        <source>~{tokens} tokens</source>
        <translation>~{tokens} jetons</translation>
    </message>
    <message numerus="yes">
        <source>%n trimmed to fit</source>
        <translation><numerusform>%n raccourci pour tenir</numerusform><numerusform>%n raccourcis pour tenir</numerusform></translation>
    </message>
</context>
<context>
    <name>ConfusionHeatmap</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <source>No confusion matrix yet</source>
        <translation>Pas encore de matrice de confusion</translation>
    </message>
    <message>
        <source>Predicted</source>
        <extracomment>The axis of the model's labels (across the top of the confusion matrix).</extracomment>
        <translation>Prédit</translation>
    </message>
    <message>
        <source>Gold</source>
        <extracomment>The axis of the right answers (down the side of the confusion matrix).</extracomment>
        <translation>Référence</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) correctly labelled “{gold}”</source>
        <translation><numerusform>%n ligne correctement étiquetée « {gold} »</numerusform><numerusform>%n lignes correctement étiquetées « {gold} »</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) labelled “{gold}” that the model called “{predicted}” — click to see them</source>
        <translation><numerusform>%n ligne étiquetée « {gold} » que le modèle a classée « {predicted} » — cliquez pour la voir</numerusform><numerusform>%n lignes étiquetées « {gold} » que le modèle a classées « {predicted} » — cliquez pour les voir</numerusform></translation>
    </message>
    <message>
        <source>gold {gold}, predicted {predicted}: {count}</source>
        <translation>référence {gold}, prédit {predicted} : {count}</translation>
    </message>
</context>
<context>
    <name>DocumentsAttach</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Answer from your document collections, with citations</source>
        <translation>Répondre à partir de vos collections de documents, avec citations</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Documents joints</translation>
    </message>
    <message>
        <source>Passages from {names} → {destination}</source>
        <translation>Passages de {names} → {destination}</translation>
    </message>
    <message>
        <source>Docs: {names}</source>
        <translation>Docs : {names}</translation>
    </message>
    <message>
        <source>{privacy}: the passages found for each question are sent with it.</source>
        <translation>{privacy} : les passages trouvés pour chaque question sont envoyés avec elle.</translation>
    </message>
    <message>
        <source>The passages found for each question stay on this computer.</source>
        <translation>Les passages trouvés pour chaque question restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Cannot read the collections: {error}</source>
        <translation>Impossible de lire les collections : {error}</translation>
    </message>
    <message>
        <source>No collections yet: add some in the Documents tab</source>
        <translation>Aucune collection pour l'instant : ajoutez-en dans l'onglet Documents</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Untitled conversation</source>
        <extracomment>The title shown for a conversation without one (translated where shown).</extracomment>
        <translation>Conversation sans titre</translation>
    </message>
    <message>
        <source>Pinned</source>
        <extracomment>The date groups, in the order they are listed: the key ``date_group`` gives, and its shown text.</extracomment>
        <translation>Épinglées</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Plus ancien</translation>
    </message>
    <message>
        <source>no model</source>
        <extracomment>The background of a search hit; the text on it stays dark in light and dark palettes. A search hit's snippet as rich text, the matched words highlighted.</extracomment>
        <translation>aucun modèle</translation>
    </message>
    <message>
        <source>{group} (group)</source>
        <translation>{group} (groupe)</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>No saved versions yet</source>
        <translation>Aucune version enregistrée</translation>
    </message>
    <message>
        <source>Learning history</source>
        <translation>Historique d'apprentissage</translation>
    </message>
    <message>
        <source>Each saved version: labels learnt from (across), cross-validated macro-F1 (up)</source>
        <translation>Chaque version enregistrée : étiquettes apprises (horizontal), macro-F1 en validation croisée (vertical)</translation>
    </message>
    <message numerus="yes">
        <source>version {version}: %n label(s), macro-F1 {f1}</source>
        <translation><numerusform>version {version} : %n étiquette, macro-F1 {f1}</numerusform><numerusform>version {version} : %n étiquettes, macro-F1 {f1}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{f1} · %n label(s)</source>
        <translation><numerusform>{f1} · %n étiquette</numerusform><numerusform>{f1} · %n étiquettes</numerusform></translation>
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
    <name>HistorySidebar</name>
    <message>
        <source>New chat</source>
        <extracomment>How long after the last key press the search runs. How long "Conversation deleted — Undo" stays. The conversation whose answer is streaming: it cannot be deleted now. A refresh asked for while a title was being edited: it runs once the editor closes.</extracomment>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Commencer une nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>Rechercher (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Liste des conversations</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Pin</source>
        <extracomment>Verb: keep the conversation at the top of the list</extracomment>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Conversation deleted</source>
        <translation>Conversation supprimée</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Bring the conversation back (Ctrl+Z)</source>
        <translation>Rétablir la conversation (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo bar</source>
        <translation>Barre d'annulation</translation>
    </message>
    <message>
        <source>Could not read the history: {error}</source>
        <translation>Impossible de lire l'historique : {error}</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Stop the answer before deleting this conversation.</source>
        <translation>Arrêtez la réponse avant de supprimer cette conversation.</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>« {title} » supprimée</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>Aucun résultat pour « {query} ».</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>Exporter la conversation</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}.</source>
        <translation>Impossible d'écrire {path} : {error}.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Échec de l'exportation</translation>
    </message>
    <message>
        <source>Exported “{title}” to {path}.</source>
        <translation>« {title} » exportée vers {path}.</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
</context>
<context>
    <name>LabelDelegate</name>
    <message>
        <source>Label editor</source>
        <translation>Éditeur d'étiquette</translation>
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
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Best: {metric}</source>
        <extracomment>Tooltip of a metrics table cell with the best value; {metric} is the metric's name.</extracomment>
        <translation>Meilleur : {metric}</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Transcript</source>
        <extracomment>Most time one flush spends rendering markdown (laying it out costs about as much again); the rest waits for the next one. Finished blocks are rendered in pieces of about this many characters, so a flush can stop within its budget. A message longer than this shows its beginning and says how long it is: laying out a megabyte in a QTextDocument stalls the window for about a second, and nobody reads it there. The whole text still goes to the model, the history and exports. How close to the end (in pixels) still counts as reading the latest text. The "jump to latest" button's distance from the text's bottom-right corner. Just after the header; rendered content follows. End of the last block rendered as markdown; the plain tail follows. Where the last rendered block starts, in the source and on screen, while later text may still extend it (a list, an indented code block). (stats line, error) once the answer has ended; the last blocks may still be rendering.</extracomment>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Ask anything to start the conversation.</source>
        <translation>Posez une question pour commencer la conversation.</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <extracomment>The latest answer's frame, for its sources once it is complete. The placeholder in the next answer's place (``show_waiting``). Whether new text scrolls into view: until the reader scrolls up, and again once they are back at the bottom or jump there. A state, not a check before each change: the document is laid out later (and again when the view is first shown or resized), so the end moves after the text has gone in. Held at the top until the reader scrolls (``show_from_start``): a finished answer reopened is read from its start, and the layout that comes later must not count as reaching its end.</extracomment>
        <translation>Aller au plus récent</translation>
    </message>
    <message>
        <source>↓ Latest</source>
        <translation>↓ Plus récent</translation>
    </message>
    <message>
        <source>Scroll to the latest message and follow the answer again</source>
        <translation>Faire défiler jusqu'au dernier message et suivre à nouveau la réponse</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>The header over the person's own message in the chat</extracomment>
        <translation>Vous</translation>
    </message>
    <message>
        <source>… shortened here: the message has {length} characters and only the first {shown} are shown. The whole message is kept: in the history and its exports.</source>
        <translation>… raccourci ici : le message compte {length} caractères et seuls les {shown} premiers sont affichés. Le message complet est conservé dans l'historique et ses exports.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources :</translation>
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
        <translation>Avec {rows} lignes étiquetées et {labels} étiquettes, {method} obtient le meilleur score : {scores}.</translation>
    </message>
    <message>
        <source>The gap ({gap}) is {why}: these data cannot tell them apart{tail}.</source>
        <translation>L'écart ({gap}) est {why} : ces données ne permettent pas de les départager{tail}.</translation>
    </message>
    <message>
        <source>{method} gets within {near} of its full-set score from {rows} rows.</source>
        <translation>{method} arrive à moins de {near} de son score sur l'ensemble complet dès {rows} lignes.</translation>
    </message>
    <message>
        <source>{score} macro-F1 at {rate} rows/s and {price}</source>
        <translation>macro-F1 de {score} à {rate} lignes/s et {price}</translation>
    </message>
    <message>
        <source>{cost} per 1,000 rows</source>
        <translation>{cost} pour 1 000 lignes</translation>
    </message>
    <message>
        <source>Nothing was measured yet.</source>
        <translation>Rien n'a encore été mesuré.</translation>
    </message>
    <message>
        <source>{method} is ahead by {gap}, more than the spread over seeds and test rows.</source>
        <translation>{method} a une avance de {gap}, plus que la dispersion entre graines et lignes de test.</translation>
    </message>
    <message>
        <source>; {method} is the cheaper and faster choice</source>
        <translation> ; {method} est le choix le moins cher et le plus rapide</translation>
    </message>
    <message>
        <source>The two are level{tail}.</source>
        <translation>Les deux sont à égalité{tail}.</translation>
    </message>
    <message>
        <source>within the spread over seeds (±{spread})</source>
        <translation>dans la dispersion entre graines (±{spread})</translation>
    </message>
    <message>
        <source>within what {rows} test rows can tell apart (about ±{resolution})</source>
        <translation>dans ce que {rows} lignes de test peuvent distinguer (environ ±{resolution})</translation>
    </message>
    <message>
        <source>More labelled rows may still help {method}: its curve is still rising at the full set.</source>
        <translation>Davantage de lignes étiquetées peuvent encore aider {method} : sa courbe monte toujours sur l'ensemble complet.</translation>
    </message>
    <message>
        <source>an unknown price</source>
        <translation>un prix inconnu</translation>
    </message>
    <message>
        <source>no cost</source>
        <translation>sans coût</translation>
    </message>
    <message>
        <source>prompting {model} with examples by similarity</source>
        <translation>prompting de {model} avec exemples par similarité</translation>
    </message>
    <message>
        <source>No method does clearly better than guessing (about {chance} with these labels).</source>
        <translation>Aucune méthode ne fait nettement mieux que le hasard (environ {chance} avec ces étiquettes).</translation>
    </message>
    <message>
        <source>{method} reaches {scores}.</source>
        <translation>{method} atteint {scores}.</translation>
    </message>
    <message>
        <source>; {method} is also the cheaper and faster one</source>
        <translation> ; {method} est aussi le moins cher et le plus rapide</translation>
    </message>
    <message>
        <source>prompting {model} zero-shot</source>
        <translation>prompting de {model} sans exemple (zero-shot)</translation>
    </message>
    <message>
        <source>prompting {model} with fixed examples</source>
        <translation>prompting de {model} avec exemples fixes</translation>
    </message>
    <message>
        <source>Prompting {model} with examples by similarity</source>
        <translation>Prompting de {model} avec exemples par similarité</translation>
    </message>
    <message>
        <source>the embedding classifier ({model})</source>
        <translation>le classifieur d'embeddings ({model})</translation>
    </message>
    <message>
        <source>The embedding classifier</source>
        <translation>Le classifieur d'embeddings</translation>
    </message>
    <message>
        <source>the embedding classifier</source>
        <translation>le classifieur d'embeddings</translation>
    </message>
    <message>
        <source>Prompting {model} zero-shot</source>
        <translation>Prompting de {model} sans exemple (zero-shot)</translation>
    </message>
    <message>
        <source>Prompting {model} with fixed examples</source>
        <translation>Prompting de {model} avec exemples fixes</translation>
    </message>
    <message>
        <source>The embedding classifier ({model})</source>
        <translation>Le classifieur d'embeddings ({model})</translation>
    </message>
    <message>
        <source>The embedding cache cannot be used</source>
        <translation>Le cache d'embeddings est inutilisable</translation>
    </message>
    <message>
        <source>A saved classifier cannot be read</source>
        <translation>Un classifieur enregistré est illisible</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>F1 macro</translation>
    </message>
    <message>
        <source>Load time</source>
        <translation>Temps de chargement</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Délai du premier jeton</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Rows per minute</source>
        <translation>Lignes par minute</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>Jetons en entrée</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation>Jetons en sortie</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Durée réelle</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Cost per 1,000 rows</source>
        <translation>Coût pour 1 000 lignes</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Mémoire maximale</translation>
    </message>
    <message>
        <source>Saved comparisons cannot be used</source>
        <translation>Les comparaisons enregistrées sont inutilisables</translation>
    </message>
    <message>
        <source>Comparison not found</source>
        <translation>Comparaison introuvable</translation>
    </message>
    <message>
        <source>{times} slower</source>
        <translation>{times} plus lent</translation>
    </message>
    <message>
        <source>at {times} the cost</source>
        <translation>pour {times} le coût</translation>
    </message>
    <message>
        <source>{points} points less accurate than {model} ({b} against {a})</source>
        <translation>moins exact que {model} de {points} points ({b} contre {a})</translation>
    </message>
    <message>
        <source>Compared with {reference}, {model} is {speed} {cost}.</source>
        <translation>Par rapport à {reference}, {model} est {speed} {cost}.</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file}</source>
        <translation>la colonne {column} de chaque ligne de {file}</translation>
    </message>
    <message>
        <source>about as fast</source>
        <translation>à peu près aussi rapide</translation>
    </message>
    <message>
        <source>{times} faster</source>
        <translation>{times} plus rapide</translation>
    </message>
    <message>
        <source>at an unknown cost (no price is known for either)</source>
        <translation>à un coût inconnu (aucun prix connu pour l'un ou l'autre)</translation>
    </message>
    <message>
        <source>at an unknown cost (no price is known for {model})</source>
        <translation>à un coût inconnu (aucun prix connu pour {model})</translation>
    </message>
    <message>
        <source>at {cost} ({model}'s cost is unknown)</source>
        <translation>pour {cost} (le coût de {model} est inconnu)</translation>
    </message>
    <message>
        <source>at no cost, like {model}</source>
        <translation>sans coût, comme {model}</translation>
    </message>
    <message>
        <source>at no cost</source>
        <translation>sans coût</translation>
    </message>
    <message>
        <source>at {cost} where {model} costs nothing</source>
        <translation>pour {cost}, alors que {model} ne coûte rien</translation>
    </message>
    <message>
        <source>at about the same cost</source>
        <translation>pour un coût à peu près identique</translation>
    </message>
    <message>
        <source>at {percent} of the cost</source>
        <translation>pour {percent} du coût</translation>
    </message>
    <message>
        <source>as accurate as {model} (within {points} point)</source>
        <translation>aussi exact que {model} (à {points} point près)</translation>
    </message>
    <message>
        <source>{points} points more accurate than {model} ({b} against {a})</source>
        <translation>plus exact que {model} de {points} points ({b} contre {a})</translation>
    </message>
    <message>
        <source>{model} is {accuracy} {cost}, {speed}.</source>
        <translation>{model} est {accuracy} {cost}, {speed}.</translation>
    </message>
    <message>
        <source>Compared with {reference}, {model} is {cost}; speed unknown.</source>
        <translation>Par rapport à {reference}, {model} est {cost} ; vitesse inconnue.</translation>
    </message>
    <message>
        <source>the prompt ({n} characters)</source>
        <translation>le prompt ({n} caractères)</translation>
    </message>
    <message>
        <source>the text to translate ({n} characters)</source>
        <translation>le texte à traduire ({n} caractères)</translation>
    </message>
    <message>
        <source>the text and the labels ({n} characters)</source>
        <translation>le texte et les étiquettes ({n} caractères)</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} and the labels</source>
        <translation>la colonne {column} de chaque ligne de {file} et les étiquettes</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} (not the {gold} column)</source>
        <translation>la colonne {column} de chaque ligne de {file} (pas la colonne {gold})</translation>
    </message>
    <message>
        <source>Nothing was sent off this computer: nothing in the documents matched, so no model was asked.</source>
        <translation>Rien n'a quitté cet ordinateur : rien dans les documents ne correspondait, donc aucun modèle n'a été interrogé.</translation>
    </message>
    <message>
        <source>at 1/{share} of the cost</source>
        <translation>pour 1/{share} du coût</translation>
    </message>
    <message>
        <source>No model finished, so there is nothing to compare.</source>
        <translation>Aucun modèle n'a terminé : il n'y a rien à comparer.</translation>
    </message>
    <message>
        <source>They disagree: {choices}.</source>
        <translation>Ils divergent : {choices}.</translation>
    </message>
    <message>
        <source>Accuracy is unknown for some models.</source>
        <translation>L'exactitude de certains modèles est inconnue.</translation>
    </message>
    <message>
        <source>Quality is not measured: read the answers side by side.</source>
        <translation>La qualité n'est pas mesurée : lisez les réponses côte à côte.</translation>
    </message>
    <message>
        <source>the prompt and each column's system prompt (up to {n} characters)</source>
        <translation>le prompt et le prompt système de chaque colonne (jusqu'à {n} caractères)</translation>
    </message>
    <message>
        <source>the prompt and the system prompt ({n} characters)</source>
        <translation>le prompt et le prompt système ({n} caractères)</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} and the labels (not the {gold} column)</source>
        <translation>la colonne {column} de chaque ligne de {file} et les étiquettes (pas la colonne {gold})</translation>
    </message>
    <message>
        <source>Stayed on this computer: {models}.</source>
        <translation>Resté sur cet ordinateur : {models}.</translation>
    </message>
    <message>
        <source>Nothing was sent off this computer.</source>
        <translation>Rien n'a quitté cet ordinateur.</translation>
    </message>
    <message>
        <source>Only {model} finished, so there is nothing to compare.</source>
        <translation>Seul {model} a terminé : il n'y a rien à comparer.</translation>
    </message>
    <message>
        <source>{model} failed ({error}).</source>
        <translation>{model} a échoué ({error}).</translation>
    </message>
    <message>
        <source>All chose {label}.</source>
        <translation>Tous ont choisi {label}.</translation>
    </message>
    <message>
        <source>{model} chose {label}</source>
        <translation>{model} a choisi {label}</translation>
    </message>
    <message>
        <source>Accuracy is unknown: no gold column was given.</source>
        <translation>Exactitude inconnue : aucune colonne de référence n'a été indiquée.</translation>
    </message>
    <message>
        <source>Sent to {where}: {what}.</source>
        <translation>Envoyé à {where} : {what}.</translation>
    </message>
    <message>
        <source>Sent to {where} and {last}: {what}.</source>
        <translation>Envoyé à {where} et {last} : {what}.</translation>
    </message>
    <message>
        <source>speed unknown</source>
        <translation>vitesse inconnue</translation>
    </message>
    <message>
        <source>{model} was stopped.</source>
        <translation>{model} a été arrêté.</translation>
    </message>
    <message>
        <source>Both chose {label}.</source>
        <translation>Les deux ont choisi {label}.</translation>
    </message>
    <message>
        <source>Documents cannot be used</source>
        <translation>Les documents sont inutilisables</translation>
    </message>
    <message>
        <source>The questions file cannot be used</source>
        <translation>Le fichier de questions est inutilisable</translation>
    </message>
    <message>
        <source>File not indexed</source>
        <translation>Fichier non indexé</translation>
    </message>
    <message>
        <source>Another embedding model</source>
        <translation>Un autre modèle d'embeddings</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>Aucun modèle d'embeddings</translation>
    </message>
    <message>
        <source>No such collection</source>
        <translation>Collection inexistante</translation>
    </message>
    <message>
        <source>Collection exists</source>
        <translation>La collection existe déjà</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Model not found</source>
        <translation>Modèle introuvable</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>Le modèle n'a pas pu être chargé</translation>
    </message>
    <message>
        <source>The model's chat template failed</source>
        <translation>Le modèle de discussion du modèle a échoué</translation>
    </message>
    <message>
        <source>The model stopped unexpectedly</source>
        <translation>Le modèle s'est arrêté de façon inattendue</translation>
    </message>
    <message>
        <source>Text too long for this model</source>
        <translation>Texte trop long pour ce modèle</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Rien à envoyer</translation>
    </message>
    <message>
        <source>Key rejected</source>
        <translation>Clé refusée</translation>
    </message>
    <message>
        <source>Rate limit or quota reached</source>
        <translation>Limite de débit ou quota atteint</translation>
    </message>
    <message>
        <source>The provider's server failed</source>
        <translation>Le serveur du fournisseur a échoué</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Requête refusée</translation>
    </message>
    <message>
        <source>Not found on the server</source>
        <translation>Introuvable sur le serveur</translation>
    </message>
    <message>
        <source>This server cannot classify</source>
        <translation>Ce serveur ne peut pas classer</translation>
    </message>
    <message>
        <source>This JSON Schema cannot be used with this model</source>
        <translation>Ce JSON Schema est inutilisable avec ce modèle</translation>
    </message>
    <message>
        <source>Cannot reach the provider</source>
        <translation>Impossible de joindre le fournisseur</translation>
    </message>
    <message>
        <source>The provider did not answer in time</source>
        <translation>Le fournisseur n'a pas répondu à temps</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Aucun trousseau disponible</translation>
    </message>
    <message>
        <source>Nothing leaves this computer</source>
        <translation>Rien ne quitte cet ordinateur</translation>
    </message>
    <message>
        <source>Conversation not found</source>
        <translation>Conversation introuvable</translation>
    </message>
    <message>
        <source>Message not found</source>
        <translation>Message introuvable</translation>
    </message>
    <message>
        <source>History cannot be used</source>
        <translation>L'historique est inutilisable</translation>
    </message>
    <message>
        <source>History is from a newer Plinth</source>
        <translation>L'historique vient d'un Plinth plus récent</translation>
    </message>
    <message>
        <source>History is damaged</source>
        <translation>L'historique est endommagé</translation>
    </message>
    <message>
        <source>Not a LoRA adapter</source>
        <translation>Pas un adaptateur LoRA</translation>
    </message>
    <message>
        <source>The model catalogue is damaged</source>
        <translation>Le catalogue de modèles est endommagé</translation>
    </message>
    <message>
        <source>Not enough disk space</source>
        <translation>Espace disque insuffisant</translation>
    </message>
    <message>
        <source>The download was corrupted</source>
        <translation>Le téléchargement est corrompu</translation>
    </message>
    <message>
        <source>This model is gated</source>
        <translation>Ce modèle est à accès restreint</translation>
    </message>
    <message>
        <source>Cannot reach the Hugging Face Hub</source>
        <translation>Impossible de joindre le Hugging Face Hub</translation>
    </message>
    <message>
        <source>The Hugging Face Hub failed</source>
        <translation>Le Hugging Face Hub a échoué</translation>
    </message>
    <message>
        <source>Model already in the library</source>
        <translation>Modèle déjà dans la bibliothèque</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>Paramètres du fournisseur</translation>
    </message>
    <message>
        <source>The keychain refused</source>
        <translation>Le trousseau a refusé</translation>
    </message>
    <message>
        <source>The local API could not start</source>
        <translation>L'API locale n'a pas pu démarrer</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation>Jeton du serveur</translation>
    </message>
    <message>
        <source>The answer cache cannot be used</source>
        <translation>Le cache des réponses est inutilisable</translation>
    </message>
    <message>
        <source>The task file cannot be used</source>
        <translation>Le fichier de tâche est inutilisable</translation>
    </message>
    <message>
        <source>The JSON path cannot be used</source>
        <translation>Le chemin JSON est inutilisable</translation>
    </message>
    <message>
        <source>Task library</source>
        <translation>Bibliothèque de tâches</translation>
    </message>
    <message>
        <source>The promptfoo config cannot be imported</source>
        <translation>La configuration promptfoo ne peut pas être importée</translation>
    </message>
    <message>
        <source>Task run not found</source>
        <translation>Exécution de tâche introuvable</translation>
    </message>
    <message>
        <source>The task cannot run</source>
        <translation>La tâche ne peut pas s'exécuter</translation>
    </message>
    <message>
        <source>A template variable has no value</source>
        <translation>Une variable du modèle n'a pas de valeur</translation>
    </message>
    <message>
        <source>The file cannot be used</source>
        <translation>Le fichier est inutilisable</translation>
    </message>
</context>
</TS>