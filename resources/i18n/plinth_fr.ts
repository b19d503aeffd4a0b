<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Plinth</source>
        <extracomment>Narrowest the dialog gets: the versions table and a data folder path stay readable.</extracomment>
        <translation>À propos de Plinth</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <source>A desktop workbench for language models: run open models on this computer, or use a model behind an API, side by side.</source>
        <translation>Un atelier de bureau pour les modèles de langage : exécutez des modèles ouverts sur cet ordinateur ou utilisez un modèle via une API, côte à côte.</translation>
    </message>
    <message>
        <source>Licence: {licence}.</source>
        <translation>Licence : {licence}.</translation>
    </message>
    <message>
        <source>Data folder: {link}</source>
        <translation>Dossier des données : {link}</translation>
    </message>
</context>
<context>
    <name>ActiveLabelling</name>
    <message>
        <source>Choose the gold column (where your labels go) to label rows in place.</source>
        <translation>Choisissez la colonne de référence (où vont vos étiquettes) pour étiqueter les lignes sur place.</translation>
    </message>
    <message>
        <source>Most uncertain first</source>
        <extracomment>A retrain asked for the batch to run again: when that run ends, the queue is shown in its new order.</extracomment>
        <translation>Plus incertaines d&apos;abord</translation>
    </message>
    <message>
        <source>Label the most uncertain first</source>
        <translation>Étiqueter d&apos;abord les plus incertaines</translation>
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
        <translation>Arrête le réentraînement ; rien n&apos;est enregistré</translation>
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
        <translation>État de l&apos;étiquetage</translation>
    </message>
    <message>
        <source>Labelling error</source>
        <translation>Erreur d&apos;étiquetage</translation>
    </message>
    <message>
        <source>No rows to label: every row with probabilities has a label.</source>
        <translation>Aucune ligne à étiqueter : toutes les lignes avec des probabilités ont une étiquette.</translation>
    </message>
    <message>
        <source>Type a label&apos;s first letters in the Gold cell; Enter saves it and opens the next row.</source>
        <translation>Tapez les premières lettres d&apos;une étiquette dans la cellule Référence ; Entrée l&apos;enregistre et ouvre la ligne suivante.</translation>
    </message>
    <message numerus="yes">
        <source>Retraining {model} on %n label(s)…</source>
        <translation>
            <numerusform>Réentraînement de {model} sur %Ln étiquette…</numerusform>
            <numerusform>Réentraînement de {model} sur %Ln étiquettes…</numerusform>
        </translation>
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
        <translation>Comme l&apos;entrée ({pattern})</translation>
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
        <translation>Réentraînement annulé ; rien n&apos;a été enregistré et vos étiquettes sont conservées.</translation>
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
        <source>Train a new version of {model} on the file&apos;s labels and yours (%n new label(s)); the versions before it stay</source>
        <translation>
            <numerusform>Entraîne une nouvelle version de {model} sur les étiquettes du fichier et les vôtres (%Ln nouvelle étiquette) ; les versions précédentes restent</numerusform>
            <numerusform>Entraîne une nouvelle version de {model} sur les étiquettes du fichier et les vôtres (%Ln nouvelles étiquettes) ; les versions précédentes restent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdaptPage</name>
    <message>
        <source>Adapt</source>
        <translation>Adapter</translation>
    </message>
</context>
<context>
    <name>AdaptationForm</name>
    <message>
        <source>None: a quarter of the rows test</source>
        <translation>Aucun : un quart des lignes sert de test</translation>
    </message>
    <message>
        <source>The labels&apos; names only, asked of each chat model</source>
        <translation>Seulement les noms des étiquettes, soumis à chaque modèle de discussion</translation>
    </message>
    <message>
        <source>A few fixed training rows as examples in every prompt</source>
        <translation>Quelques lignes d&apos;entraînement fixes comme exemples dans chaque prompt</translation>
    </message>
    <message>
        <source>For each row, the k most similar training rows as examples (needs the embedding model)</source>
        <translation>Pour chaque ligne, les k lignes d&apos;entraînement les plus proches comme exemples (nécessite le modèle d&apos;embedding)</translation>
    </message>
    <message>
        <source>A logistic regression trained on the embedding model&apos;s vectors: no chat model</source>
        <translation>Une régression logistique entraînée sur les vecteurs du modèle d&apos;embedding : sans modèle de discussion</translation>
    </message>
    <message>
        <source>Labelled files (*.csv *.tsv *.jsonl *.json);;All files (*)</source>
        <translation>Fichiers étiquetés (*.csv *.tsv *.jsonl *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“{text}” are not training sizes.</source>
        <translation>« {text} » ne sont pas des tailles d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Write whole numbers separated by commas, e.g. 8, 16, 32.</source>
        <translation>Saisissez des nombres entiers séparés par des virgules, par ex. 8, 16, 32.</translation>
    </message>
    <message>
        <source>Give at least one training size above zero.</source>
        <translation>Indiquez au moins une taille d&apos;entraînement supérieure à zéro.</translation>
    </message>
    <message>
        <source>For example {sizes}.</source>
        <translation>Par exemple : {sizes}.</translation>
    </message>
    <message>
        <source>Labelled file…</source>
        <translation>Fichier étiqueté…</translation>
    </message>
    <message>
        <source>Choose labelled file</source>
        <translation>Choisir le fichier étiqueté</translation>
    </message>
    <message>
        <source>A CSV or JSONL file of texts and their labels</source>
        <translation>Un fichier CSV ou JSONL de textes et de leurs étiquettes</translation>
    </message>
    <message>
        <source>Labelled file</source>
        <translation>Fichier étiqueté</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation>Colonne de texte</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation>Colonne d&apos;étiquettes</translation>
    </message>
    <message>
        <source>Test file…</source>
        <translation>Fichier de test…</translation>
    </message>
    <message>
        <source>Choose test file</source>
        <translation>Choisir le fichier de test</translation>
    </message>
    <message>
        <source>A separate file of test rows, same columns</source>
        <translation>Un fichier distinct de lignes de test, mêmes colonnes</translation>
    </message>
    <message>
        <source>No test file</source>
        <translation>Aucun fichier de test</translation>
    </message>
    <message>
        <source>Split the labelled file instead</source>
        <translation>Diviser plutôt le fichier étiqueté</translation>
    </message>
    <message>
        <source>Test file</source>
        <translation>Fichier de test</translation>
    </message>
    <message>
        <source>Chat models</source>
        <translation>Modèles de discussion</translation>
    </message>
    <message>
        <source>The chat models that zero-shot and few-shot prompt, each its own curve</source>
        <translation>Les modèles de discussion interrogés sans exemple et avec quelques exemples, chacun sa courbe</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Modèle d&apos;embedding</translation>
    </message>
    <message>
        <source>Embeds the rows for few-shot by similarity and the embedding classifier</source>
        <translation>Calcule les embeddings des lignes pour les exemples par similarité et le classifieur d&apos;embeddings</translation>
    </message>
    <message>
        <source>Training sizes</source>
        <translation>Tailles d&apos;entraînement</translation>
    </message>
    <message>
        <source>Labelled training rows per point of the curve; every training row is added as the last</source>
        <translation>Lignes d&apos;entraînement étiquetées par point de la courbe ; toutes les lignes d&apos;entraînement forment le dernier point</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Graines</translation>
    </message>
    <message>
        <source>Draws of each size: the band&apos;s spread</source>
        <translation>Tirages de chaque taille : la largeur de la bande</translation>
    </message>
    <message>
        <source>Examples per prompt</source>
        <translation>Exemples par prompt</translation>
    </message>
    <message>
        <source>k: examples in each few-shot prompt</source>
        <translation>k : exemples dans chaque prompt à quelques exemples</translation>
    </message>
    <message>
        <source>&amp;Text column</source>
        <translation>Colonne de &amp;texte</translation>
    </message>
    <message>
        <source>&amp;Label column</source>
        <translation>Colonne d&apos;&amp;étiquettes</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <source>&amp;Chat models (zero-shot, few-shot)</source>
        <translation>Modèles de &amp;discussion (sans exemple, quelques exemples)</translation>
    </message>
    <message>
        <source>&amp;Embedding model</source>
        <translation>&amp;Modèle d&apos;embedding</translation>
    </message>
    <message>
        <source>Training si&amp;zes</source>
        <translation>Tai&amp;lles d&apos;entraînement</translation>
    </message>
    <message>
        <source>See&amp;ds</source>
        <translation>&amp;Graines</translation>
    </message>
    <message>
        <source>E&amp;xamples (k)</source>
        <extracomment>The label before the number k of examples in each few-shot prompt</extracomment>
        <translation>E&amp;xemples (k)</translation>
    </message>
    <message>
        <source>Choose a labelled file first.</source>
        <translation>Choisissez d&apos;abord un fichier étiqueté.</translation>
    </message>
    <message>
        <source>A CSV or JSONL file with a text column and a label column.</source>
        <translation>Un fichier CSV ou JSONL avec une colonne de texte et une colonne d&apos;étiquettes.</translation>
    </message>
    <message>
        <source>Choose another file, or fix this one and choose it again.</source>
        <translation>Choisissez un autre fichier, ou corrigez celui-ci et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>The labelled file is still being read.</source>
        <translation>Le fichier étiqueté est encore en cours de lecture.</translation>
    </message>
    <message>
        <source>Wait a moment, then run.</source>
        <translation>Patientez un instant, puis lancez.</translation>
    </message>
    <message>
        <source>The text and label columns are the same column.</source>
        <translation>Les colonnes de texte et d&apos;étiquettes sont la même colonne.</translation>
    </message>
    <message>
        <source>Pick the column of labels under Label column.</source>
        <translation>Choisissez la colonne des étiquettes sous Colonne d&apos;étiquettes.</translation>
    </message>
    <message>
        <source>Tick at least one method.</source>
        <translation>Cochez au moins une méthode.</translation>
    </message>
    <message>
        <source>Zero-shot and the embedding classifier are a good start.</source>
        <translation>Sans exemple et le classifieur d&apos;embeddings sont un bon début.</translation>
    </message>
    <message>
        <source>No chat model is ticked for {methods}.</source>
        <translation>Aucun modèle de discussion n&apos;est coché pour {methods}.</translation>
    </message>
    <message>
        <source>Tick one or more chat models, or untick those methods.</source>
        <translation>Cochez un ou plusieurs modèles de discussion, ou décochez ces méthodes.</translation>
    </message>
    <message>
        <source>No embedding model is available.</source>
        <translation>Aucun modèle d&apos;embedding n&apos;est disponible.</translation>
    </message>
    <message>
        <source>Install a local model or add a provider with embeddings.</source>
        <translation>Installez un modèle local ou ajoutez un fournisseur proposant des embeddings.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title} : {message}</translation>
    </message>
    <message>
        <source>Sent to {destination}</source>
        <translation>Envoyé à {destination}</translation>
    </message>
    <message>
        <source>Runs on this computer</source>
        <translation>S&apos;exécute sur cet ordinateur</translation>
    </message>
    <message>
        <source>A quarter of the labelled file&apos;s rows, drawn per label with the seed, are kept for testing</source>
        <translation>Un quart des lignes du fichier étiqueté, tirées par étiquette avec la graine, est réservé au test</translation>
    </message>
</context>
<context>
    <name>AdaptationNames</name>
    <message>
        <source>Zero-shot</source>
        <translation>Sans exemple</translation>
    </message>
    <message>
        <source>Few-shot</source>
        <translation>Quelques exemples</translation>
    </message>
    <message>
        <source>Few-shot by similarity</source>
        <translation>Exemples par similarité</translation>
    </message>
    <message>
        <source>Embedding classifier</source>
        <translation>Classifieur d&apos;embeddings</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>cost</comment>
        <extracomment>A cost per 1,000 rows that has no price</extracomment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>free</source>
        <comment>cost</comment>
        <extracomment>A cost per 1,000 rows on this computer: nothing to pay</extracomment>
        <translation>gratuit</translation>
    </message>
</context>
<context>
    <name>AdaptationView</name>
    <message>
        <source>Is prompting a big model worth its price on your task, or do a few dozen labels and a small local model do as well? Every method is scored on the same held-out rows of your labelled file, at growing numbers of training rows.</source>
        <translation>Interroger un grand modèle par prompt vaut-il son prix pour votre tâche, ou quelques dizaines d&apos;étiquettes et un petit modèle local font-ils aussi bien ? Chaque méthode est évaluée sur les mêmes lignes réservées de votre fichier étiqueté, avec un nombre croissant de lignes d&apos;entraînement.</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <extracomment>Seconds of a run before its time left is guessed.</extracomment>
        <translation>environ {seconds} s restantes</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>environ {minutes} min restantes</translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation>environ {hours} h restantes</translation>
    </message>
    <message>
        <source>Run</source>
        <extracomment>The cells the running run has finished, drawn as they come. How much was done when the running run first reported (a resumed run starts part-way).</extracomment>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <translation>Lancer la comparaison</translation>
    </message>
    <message>
        <source>Run every method at every size (Ctrl+Enter)</source>
        <translation>Lancer chaque méthode à chaque taille (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel comparison</source>
        <translation>Annuler la comparaison</translation>
    </message>
    <message>
        <source>Stop the run; finished cells are kept (Esc)</source>
        <translation>Arrêter l&apos;exécution ; les cellules terminées sont conservées (Esc)</translation>
    </message>
    <message>
        <source>Adaptation status</source>
        <translation>État de l&apos;adaptation</translation>
    </message>
    <message>
        <source>Adaptation progress</source>
        <translation>Progression de l&apos;adaptation</translation>
    </message>
    <message>
        <source>Adaptation error</source>
        <translation>Erreur d&apos;adaptation</translation>
    </message>
    <message>
        <source>Classifier name</source>
        <translation>Nom du classifieur</translation>
    </message>
    <message>
        <source>Name, e.g. tickets</source>
        <extracomment>&quot;tickets&quot; is an example name: letters, digits, dots, dashes or underscores only.</extracomment>
        <translation>Nom, p. ex. tickets</translation>
    </message>
    <message>
        <source>Save as classifier…</source>
        <translation>Enregistrer comme classifieur…</translation>
    </message>
    <message>
        <source>Save as classifier</source>
        <translation>Enregistrer comme classifieur</translation>
    </message>
    <message>
        <source>Train the embedding classifier on every row of the labelled file and save it: it is then a model, classifier:NAME</source>
        <translation>Entraîner le classifieur d&apos;embeddings sur toutes les lignes du fichier étiqueté et l&apos;enregistrer : il devient un modèle, classifier:NAME</translation>
    </message>
    <message>
        <source>Trained classifier</source>
        <translation>Classifieur entraîné</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Non démarré.</translation>
    </message>
    <message>
        <source>Stopping… finished cells are kept.</source>
        <translation>Arrêt… les cellules terminées sont conservées.</translation>
    </message>
    <message>
        <source>Reading the labelled file…</source>
        <translation>Lecture du fichier étiqueté…</translation>
    </message>
    <message>
        <source>no training rows</source>
        <translation>aucune ligne d&apos;entraînement</translation>
    </message>
    <message numerus="yes">
        <source>%n training row(s)</source>
        <translation>
            <numerusform>%Ln ligne d&apos;entraînement</numerusform>
            <numerusform>%Ln lignes d&apos;entraînement</numerusform>
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
        <translation>cellule {number} sur {total}</translation>
    </message>
    <message>
        <source>Done in {seconds} s.</source>
        <translation>Terminé en {seconds} s.</translation>
    </message>
    <message>
        <source>Stopped. Run again to go on from the cells already finished.</source>
        <translation>Arrêté. Relancez pour reprendre à partir des cellules déjà terminées.</translation>
    </message>
    <message>
        <source>{title}.</source>
        <extracomment>The status line after a failed run: the error&apos;s title.</extracomment>
        <translation>{title}.</translation>
    </message>
    <message>
        <source>Name the classifier</source>
        <translation>Nommez le classifieur</translation>
    </message>
    <message>
        <source>Use letters, digits, dots, dashes or underscores, starting with a letter or digit (e.g. tickets-v2).</source>
        <translation>Utilisez des lettres, chiffres, points, tirets ou traits de soulignement, en commençant par une lettre ou un chiffre (p. ex. tickets-v2).</translation>
    </message>
    <message>
        <source>Training the classifier “{name}” on every row of the labelled file…</source>
        <translation>Entraînement du classifieur « {name} » sur toutes les lignes du fichier étiqueté…</translation>
    </message>
    <message>
        <source>Embedding the training rows: {done} of {total}…</source>
        <translation>Calcul des embeddings des lignes d&apos;entraînement : {done} sur {total}…</translation>
    </message>
    <message>
        <source>Saved {model} (version {version}): pick it as the model above.</source>
        <translation>{model} enregistré (version {version}) : choisissez-le comme modèle ci-dessus.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
</context>
<context>
    <name>AddAdapterDialog</name>
    <message>
        <source>Add LoRA adapter</source>
        <translation>Ajouter un adaptateur LoRA</translation>
    </message>
    <message>
        <source>Adapter file</source>
        <translation>Fichier de l&apos;adaptateur</translation>
    </message>
    <message>
        <source>a LoRA adapter&apos;s .gguf file</source>
        <translation>le fichier .gguf d&apos;un adaptateur LoRA</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Pick the adapter&apos;s .gguf file</source>
        <translation>Choisir le fichier .gguf de l&apos;adaptateur</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modèle de base</translation>
    </message>
    <message>
        <source>The model the adapter was trained on: it runs with the adapter applied</source>
        <translation>Le modèle sur lequel l&apos;adaptateur a été entraîné : il s&apos;exécute avec l&apos;adaptateur appliqué</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>1 applies the adapter as trained; 0 leaves the base model as it is</source>
        <translation>1 applique l&apos;adaptateur tel qu&apos;il a été entraîné ; 0 laisse le modèle de base tel quel</translation>
    </message>
    <message>
        <source>Variant name</source>
        <translation>Nom de la variante</translation>
    </message>
    <message>
        <source>BASE+ADAPTER (the default)</source>
        <translation>BASE+ADAPTATEUR (par défaut)</translation>
    </message>
    <message>
        <source>Use the file where it is (no copy)</source>
        <translation>Utiliser le fichier là où il est (sans copie)</translation>
    </message>
    <message>
        <source>Leave the adapter where it is and remember its path; a file in the models folder is never copied</source>
        <translation>Laisser l&apos;adaptateur là où il est et mémoriser son chemin ; un fichier du dossier des modèles n&apos;est jamais copié</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>button: add the adapter</comment>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Pick a LoRA adapter</source>
        <translation>Choisir un adaptateur LoRA</translation>
    </message>
    <message>
        <source>GGUF files (*.gguf);;All files (*)</source>
        <translation>Fichiers GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>n/a</source>
        <extracomment>A value&apos;s text that measures its column when the values are all shorter. What a model without the metric shows instead of a bar.</extracomment>
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
        <translation>
            <numerusform>{correct} sur %Ln ligne justes · {wrong} fausses</numerusform>
            <numerusform>{correct} sur %Ln lignes justes · {wrong} fausses</numerusform>
        </translation>
    </message>
    <message>
        <source>so far: the run was cancelled</source>
        <translation>jusqu&apos;ici : l&apos;exécution a été annulée</translation>
    </message>
</context>
<context>
    <name>BatchResultsModel</name>
    <message>
        <source>Row</source>
        <extracomment>Sort keys live here so numbers sort as numbers. Columns most rows leave empty: the view hides them until a row has something to say there. The columns&apos; titles as shown, keyed by the English names the code finds columns by.</extracomment>
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
        <translation>Tout voir</translation>
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
        <translation>Voir les erreurs</translation>
    </message>
    <message>
        <source>Show only the rows the model got wrong</source>
        <translation>N&apos;affiche que les lignes où le modèle s&apos;est trompé</translation>
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
        <translation>Impossible d&apos;enregistrer {name} : {reason}.</translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation>Choisissez un autre dossier ou nom de fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n wrong row(s).</source>
        <translation>
            <numerusform>Affichage de %Ln ligne fausse.</numerusform>
            <numerusform>Affichage de %Ln lignes fausses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) labelled “{gold}”, called “{predicted}”.</source>
        <translation>
            <numerusform>Affichage de %Ln ligne étiquetée « {gold} », classée « {predicted} ».</numerusform>
            <numerusform>Affichage de %Ln lignes étiquetées « {gold} », classées « {predicted} ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) correctly labelled “{gold}”.</source>
        <translation>
            <numerusform>Affichage de %Ln ligne correctement étiquetée « {gold} ».</numerusform>
            <numerusform>Affichage de %Ln lignes correctement étiquetées « {gold} ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} / %n row(s)</source>
        <translation>
            <numerusform>{done} / %Ln ligne</numerusform>
            <numerusform>{done} / %Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resumed</source>
        <translation>
            <numerusform>%Ln reprise</numerusform>
            <numerusform>%Ln reprises</numerusform>
        </translation>
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
        <translation>
            <numerusform>Annulé après {done} sur %Ln ligne. Lancer le lot reprend là où il s&apos;est arrêté.</numerusform>
            <numerusform>Annulé après {done} sur %Ln lignes. Lancer le lot reprend là où il s&apos;est arrêté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n row(s) in {time}</source>
        <translation>
            <numerusform>Terminé : %Ln ligne en {time}</numerusform>
            <numerusform>Terminé : %Ln lignes en {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the earlier run</source>
        <translation>
            <numerusform>%Ln reprise de l&apos;exécution précédente</numerusform>
            <numerusform>%Ln reprises de l&apos;exécution précédente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abstained</source>
        <translation>
            <numerusform>%Ln abstention</numerusform>
            <numerusform>%Ln abstentions</numerusform>
        </translation>
    </message>
    <message>
        <source>saved as {name}</source>
        <translation>enregistré sous {name}</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) to label, the most uncertain first.</source>
        <translation>
            <numerusform>Affichage de %Ln ligne à étiqueter, les plus incertaines d&apos;abord.</numerusform>
            <numerusform>Affichage de %Ln lignes à étiqueter, les plus incertaines d&apos;abord.</numerusform>
        </translation>
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
        <extracomment>The gold column&apos;s &quot;no column&quot; choice.</extracomment>
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
        <translation>Où vont les résultats (choisi à l&apos;ouverture d&apos;un fichier)</translation>
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
        <translation>Abandonne les lignes traitées par l&apos;exécution précédente</translation>
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
        <translation>S&apos;arrête après les lignes en cours</translation>
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
        <translation>
            <numerusform>Démarrage sur %Ln ligne…</numerusform>
            <numerusform>Démarrage sur %Ln lignes…</numerusform>
        </translation>
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
        <translation>
            <numerusform>{name} · %Ln ligne</numerusform>
            <numerusform>{name} · %Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Choose the columns and press Run batch.</source>
        <translation>
            <numerusform>%Ln ligne. Choisissez les colonnes et cliquez sur Lancer le lot.</numerusform>
            <numerusform>%Ln lignes. Choisissez les colonnes et cliquez sur Lancer le lot.</numerusform>
        </translation>
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
        <translation>Impossible d&apos;abandonner l&apos;exécution précédente</translation>
    </message>
    <message>
        <source>{reason}. Choose another output file.</source>
        <translation>{reason}. Choisissez un autre fichier de sortie.</translation>
    </message>
    <message>
        <source>The earlier run was discarded; Run batch starts from the first row.</source>
        <translation>L&apos;exécution précédente a été abandonnée ; Lancer le lot repart de la première ligne.</translation>
    </message>
    <message>
        <source>The output would overwrite the input</source>
        <translation>La sortie écraserait l&apos;entrée</translation>
    </message>
    <message>
        <source>Choose another output file.</source>
        <translation>Choisissez un autre fichier de sortie.</translation>
    </message>
    <message>
        <source>Cannot write the results there</source>
        <translation>Impossible d&apos;écrire les résultats à cet endroit</translation>
    </message>
    <message>
        <source>{folder} is not a folder Plinth can write to. Choose another output file.</source>
        <translation>{folder} n&apos;est pas un dossier où Plinth peut écrire. Choisissez un autre fichier de sortie.</translation>
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
        <translation>Non enregistré dans l&apos;historique</translation>
    </message>
    <message>
        <source>An earlier run into {name} stopped part-way. Run batch resumes it when the model and settings are the same; Start over discards it.</source>
        <translation>Une exécution précédente vers {name} s&apos;est arrêtée en cours de route. Lancer le lot la reprend si le modèle et les réglages sont identiques ; Recommencer l&apos;abandonne.</translation>
    </message>
</context>
<context>
    <name>ChatDocuments</name>
    <message>
        <source>No model was asked: nothing in the attached documents matched.</source>
        <extracomment>The title over Plinth&apos;s own reply when nothing in the documents matched.</extracomment>
        <translation>Aucun modèle n&apos;a été interrogé : rien ne correspondait dans les documents joints.</translation>
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
        <translation>Arrêtez la réponse avant d&apos;ouvrir une autre conversation.</translation>
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
        <translation>Saisissez d&apos;abord un message.</translation>
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
        <translation>Impossible d&apos;enregistrer la conversation : {error}</translation>
    </message>
    <message>
        <source>Could not reopen the last conversation: {error}</source>
        <translation>Impossible de rouvrir la dernière conversation : {error}</translation>
    </message>
    <message>
        <source>This conversation used {model}, which cannot run now; pick a model to continue it.</source>
        <translation>Cette conversation utilisait {model}, qui ne peut pas s&apos;exécuter pour le moment ; choisissez un modèle pour la poursuivre.</translation>
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
        <translation>Plinth s&apos;est fermé avant la fin de cette réponse.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
</context>
<context>
    <name>CheckTable</name>
    <message>
        <source>Name</source>
        <extracomment>The checks table&apos;s columns: header → the ``CheckSpec`` field it edits.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <source>Min length</source>
        <translation>Long. min.</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>Long. max.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>This task: checks[{row}].{field}: {value} is not a number. Type a number such as 0.5.</source>
        <translation>Cette tâche : checks[{row}].{field} : {value} n&apos;est pas un nombre. Saisissez un nombre, par exemple 0.5.</translation>
    </message>
    <message>
        <source>This task: checks[{row}].{field}: {value} is not a whole number. Type a whole number, or leave it empty.</source>
        <translation>Cette tâche : checks[{row}].{field} : {value} n&apos;est pas un nombre entier. Saisissez un entier ou laissez vide.</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>Questions (*.csv)</source>
        <translation>Fichier de questions (*.csv)</translation>
    </message>
    <message>
        <source>keyword</source>
        <extracomment>A search mode, in the retrieval check&apos;s scores.</extracomment>
        <translation>mots-clés</translation>
    </message>
    <message>
        <source>semantic</source>
        <translation>sémantique</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>hybride</translation>
    </message>
    <message>
        <source>A CSV with the columns question, file and, optionally, page: each question and the file (and page) that answers it. The check searches every question in each mode and scores where the right file comes.</source>
        <translation>Un CSV avec les colonnes question, file et, éventuellement, page : chaque question et le fichier (et la page) qui y répond. La vérification recherche chaque question dans chaque mode et note la position du bon fichier.</translation>
    </message>
    <message>
        <source>Questions file…</source>
        <translation>Fichier de questions…</translation>
    </message>
    <message>
        <source>Questions file</source>
        <translation>Fichier de questions</translation>
    </message>
    <message>
        <source>Questions file name</source>
        <translation>Nom du fichier de questions</translation>
    </message>
    <message>
        <source>Check k</source>
        <translation>k de la vérification</translation>
    </message>
    <message>
        <source>How many hits per question count</source>
        <translation>Nombre de résultats comptés par question</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>État de la vérification</translation>
    </message>
    <message>
        <source>Check scores</source>
        <translation>Scores de la vérification</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode de recherche</translation>
    </message>
    <message>
        <source>Recall@k</source>
        <translation>Rappel@k</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>plus haut, c&apos;est mieux</translation>
    </message>
    <message>
        <source>Recall@{k}</source>
        <translation>Rappel@{k}</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), top {k} hits per question.</source>
        <translation>
            <numerusform>%Ln question, les {k} premiers résultats par question.</numerusform>
            <numerusform>%Ln questions, les {k} premiers résultats par question.</numerusform>
        </translation>
    </message>
    <message>
        <source>Semantic and hybrid need an embedding model for this collection.</source>
        <translation>Les recherches sémantique et hybride nécessitent un modèle d&apos;embedding pour cette collection.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title} : {message}</translation>
    </message>
</context>
<context>
    <name>CitedSources</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <extracomment>Finds a source&apos;s passage among its neighbours in the index; None when the index no longer holds it. The passage last opened (kept so it is not collected while shown).</extracomment>
        <translation>
            <numerusform>%Ln passage</numerusform>
            <numerusform>%Ln passages</numerusform>
        </translation>
    </message>
    <message>
        <source>~{tokens} tokens</source>
        <translation>~{tokens} jetons</translation>
    </message>
    <message numerus="yes">
        <source>%n trimmed to fit</source>
        <translation>
            <numerusform>%Ln raccourci pour tenir</numerusform>
            <numerusform>%Ln raccourcis pour tenir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassificationPanel</name>
    <message>
        <source>Classification model</source>
        <extracomment>Where the panel keeps its state in ``Settings.extra``. What a first start offers, so the panel works before anything is typed. The text and labels of the classification running, for the history. The Adapt tab (issue 17), with the services it needs; None: the panel has no such tab. The new version of a retrained classifier the next batch run uses (active labelling), once.</extracomment>
        <translation>Modèle de classification</translation>
    </message>
    <message>
        <source>Classification notice</source>
        <translation>Avis de classification</translation>
    </message>
    <message>
        <source>Classification mode</source>
        <translation>Mode de classification</translation>
    </message>
    <message>
        <source>Classification batch</source>
        <translation>Classification par lot</translation>
    </message>
    <message>
        <source>Label set name</source>
        <translation>Nom du jeu d&apos;étiquettes</translation>
    </message>
    <message>
        <source>Name this label set to save it</source>
        <translation>Nommez ce jeu d&apos;étiquettes pour l&apos;enregistrer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save label set</source>
        <translation>Enregistrer le jeu d&apos;étiquettes</translation>
    </message>
    <message>
        <source>Save these labels under the name given</source>
        <translation>Enregistrer ces étiquettes sous le nom indiqué</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete label set</source>
        <translation>Supprimer le jeu d&apos;étiquettes</translation>
    </message>
    <message>
        <source>Forget the saved label set of this name</source>
        <translation>Oublier le jeu d&apos;étiquettes enregistré sous ce nom</translation>
    </message>
    <message>
        <source>Label &amp;set</source>
        <translation>&amp;Jeu d&apos;étiquettes</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Description (facultative)</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Add a label to the set</source>
        <translation>Ajouter une étiquette au jeu</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Retirer l&apos;étiquette</translation>
    </message>
    <message>
        <source>Remove the selected labels</source>
        <translation>Retirer les étiquettes sélectionnées</translation>
    </message>
    <message>
        <source>Label set error</source>
        <translation>Erreur du jeu d&apos;étiquettes</translation>
    </message>
    <message>
        <source>Mult&amp;i-label</source>
        <translation>Mult&amp;i-étiquette</translation>
    </message>
    <message>
        <source>Multi-label</source>
        <translation>Multi-étiquette</translation>
    </message>
    <message>
        <source>Each text may get several labels, or none of them</source>
        <translation>Chaque texte peut recevoir plusieurs étiquettes, ou aucune</translation>
    </message>
    <message>
        <source>Abstain below confidence</source>
        <translation>S&apos;abstenir sous le seuil de confiance</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>The confidence threshold at 0: never abstain</extracomment>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Give no label when the model is less sure than this (needs a model that gives probabilities)</source>
        <translation>Ne donner aucune étiquette si le modèle est moins sûr que cela (nécessite un modèle qui fournit des probabilités)</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>Instruction (optional), e.g. “Sort support tickets by team”</source>
        <translation>Consigne (facultative), par ex. « Trier les tickets de support par équipe »</translation>
    </message>
    <message>
        <source>Examples (optional)</source>
        <translation>Exemples (facultatif)</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Add example</source>
        <translation>Ajouter un exemple</translation>
    </message>
    <message>
        <source>Add a worked example</source>
        <translation>Ajouter un exemple résolu</translation>
    </message>
    <message>
        <source>Remove example</source>
        <translation>Retirer l&apos;exemple</translation>
    </message>
    <message>
        <source>Remove the selected examples</source>
        <translation>Retirer les exemples sélectionnés</translation>
    </message>
    <message>
        <source>A&amp;bstain below</source>
        <translation>S&apos;a&amp;bstenir sous</translation>
    </message>
    <message>
        <source>Text to classify</source>
        <translation>Texte à classer</translation>
    </message>
    <message>
        <source>Text to classify — Ctrl+Enter classifies</source>
        <translation>Texte à classer — Ctrl+Entrée pour classer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop classification</source>
        <translation>Arrêter la classification</translation>
    </message>
    <message>
        <source>Stop classifying (Esc)</source>
        <translation>Arrêter de classer (Échap)</translation>
    </message>
    <message>
        <source>Classify</source>
        <comment>verb</comment>
        <extracomment>The button that classifies the typed text</extracomment>
        <translation>Classer</translation>
    </message>
    <message>
        <source>Classify the text (Ctrl+Enter)</source>
        <translation>Classer le texte (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Classification status</source>
        <translation>État de la classification</translation>
    </message>
    <message>
        <source>Classification error</source>
        <translation>Erreur de classification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Result detail</source>
        <translation>Détail du résultat</translation>
    </message>
    <message>
        <source>Classification stats</source>
        <translation>Statistiques de classification</translation>
    </message>
    <message>
        <source>Adapt</source>
        <comment>tab</comment>
        <translation>Adapter</translation>
    </message>
    <message>
        <source>Loaded the label set “{name}”.</source>
        <translation>Jeu d&apos;étiquettes « {name} » chargé.</translation>
    </message>
    <message>
        <source>Name the label set first (in the box beside “Label set”).</source>
        <translation>Nommez d&apos;abord le jeu d&apos;étiquettes (dans le champ à côté de « Jeu d&apos;étiquettes »).</translation>
    </message>
    <message>
        <source>Saved the label set “{name}”.</source>
        <translation>Jeu d&apos;étiquettes « {name} » enregistré.</translation>
    </message>
    <message>
        <source>Deleted the saved label set “{name}”; the labels below stay.</source>
        <translation>Jeu d&apos;étiquettes enregistré « {name} » supprimé ; les étiquettes ci-dessous restent.</translation>
    </message>
    <message>
        <source>Type or paste a text first.</source>
        <translation>Saisissez ou collez d&apos;abord un texte.</translation>
    </message>
    <message>
        <source>Classifying…</source>
        <translation>Classification…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>each label scored by the model</source>
        <translation>chaque étiquette notée par le modèle</translation>
    </message>
    <message>
        <source>from the provider&apos;s log-probabilities</source>
        <translation>d&apos;après les log-probabilités du fournisseur</translation>
    </message>
    <message>
        <source>chosen under a JSON schema</source>
        <translation>choisie selon un schéma JSON</translation>
    </message>
    <message>
        <source>chosen in JSON mode</source>
        <translation>choisie en mode JSON</translation>
    </message>
    <message>
        <source>chosen with a tool</source>
        <translation>choisie avec un outil</translation>
    </message>
    <message>
        <source>chosen from an enum</source>
        <translation>choisie dans une énumération</translation>
    </message>
    <message>
        <source>generated and matched to a label</source>
        <translation>générée puis associée à une étiquette</translation>
    </message>
    <message>
        <source>(abstained)</source>
        <extracomment>Shown instead of a label when no label was sure enough</extracomment>
        <translation>(abstention)</translation>
    </message>
    <message>
        <source>{value} % sure</source>
        <translation>sûr à {value} %</translation>
    </message>
    <message>
        <source>no label reached {value} %</source>
        <translation>aucune étiquette n&apos;atteint {value} %</translation>
    </message>
    <message>
        <source>{model} was trained on the labels {labels}: use them (a model picked with an empty label table fills it in), or pick another model.</source>
        <translation>{model} a été entraîné sur les étiquettes {labels} : utilisez-les (un modèle choisi avec une table d&apos;étiquettes vide la remplit) ou choisissez un autre modèle.</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Starting…</source>
        <extracomment>state → what the status line says (``queued`` adds its place in the queue).</extracomment>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Queued #{position}</source>
        <translation>En file n° {position}</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation>En attente du premier jeton…</translation>
    </message>
    <message>
        <source>Streaming…</source>
        <translation>Diffusion…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non interrogé</translation>
    </message>
    <message>
        <source>No model was asked: nothing in the attached documents matched.</source>
        <extracomment>In a column of a comparison answered from documents where nothing matched the prompt: Plinth&apos;s own words.</extracomment>
        <translation>Aucun modèle n&apos;a été interrogé : rien dans les documents joints ne correspondait.</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>The colour each state&apos;s status is tinted with; the others stay muted.</extracomment>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Column {title}</source>
        <translation>Colonne {title}</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>Column status</source>
        <translation>État de la colonne</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop {title}</source>
        <translation>Arrêter {title}</translation>
    </message>
    <message>
        <source>Stop {title} only; the other models go on</source>
        <translation>Arrêter seulement {title} ; les autres modèles continuent</translation>
    </message>
    <message>
        <source>Rows done</source>
        <translation>Lignes traitées</translation>
    </message>
    <message>
        <source>Answer of {title}</source>
        <translation>Réponse de {title}</translation>
    </message>
    <message>
        <source>The answer appears here.</source>
        <translation>La réponse s&apos;affiche ici.</translation>
    </message>
    <message numerus="yes">
        <source>%v of %n row(s)</source>
        <extracomment>A batch&apos;s progress: %v is the rows done so far.</extracomment>
        <translation>
            <numerusform>%v sur %Ln ligne</numerusform>
            <numerusform>%v sur %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>{title}. {message}</source>
        <extracomment>An error&apos;s title, then its message and hint.</extracomment>
        <translation>{title}. {message}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Pick a different model in each picker.</source>
        <extracomment>Where the panel keeps its state in ``Settings.extra``.</extracomment>
        <translation>Choisissez un modèle différent dans chaque sélecteur.</translation>
    </message>
    <message>
        <source>HTML report</source>
        <extracomment>Beside the store: each batch comparison&apos;s outputs and journals, one folder per comparison. The export formats&apos; names in the file dialog, by core&apos;s name (``EXPORT_FORMATS``).</extracomment>
        <translation>Rapport HTML</translation>
    </message>
    <message>
        <source>{title}. {message}</source>
        <extracomment>An error&apos;s title, then its message and hint.</extracomment>
        <translation>{title}. {message}</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <extracomment>The comparison shown: running (its runs fill in), finished, or reopened.</extracomment>
        <translation>Lancer la comparaison</translation>
    </message>
    <message>
        <source>Send the same input to every model (Ctrl+Enter)</source>
        <translation>Envoyer la même entrée à chaque modèle (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Tout arrêter</translation>
    </message>
    <message>
        <source>Stop every model (Esc)</source>
        <translation>Arrêter tous les modèles (Esc)</translation>
    </message>
    <message>
        <source>Compare status</source>
        <translation>État de la comparaison</translation>
    </message>
    <message>
        <source>Stopping every model…</source>
        <translation>Arrêt de tous les modèles…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Non enregistré : {error}</translation>
    </message>
    <message>
        <source>Saved comparison from {time}.</source>
        <translation>Comparaison enregistrée le {time}.</translation>
    </message>
    <message>
        <source>Delete the saved comparison “{title}”? This cannot be undone.</source>
        <translation>Supprimer la comparaison enregistrée « {title} » ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>Supprimer la comparaison</translation>
    </message>
    <message>
        <source>Comparison deleted.</source>
        <translation>Comparaison supprimée.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>Rapport enregistré dans {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n model(s)…</source>
        <translation>
            <numerusform>Comparaison de %Ln modèle…</numerusform>
            <numerusform>Comparaison de %Ln modèles…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <extracomment>How many models of the comparison failed.</extracomment>
        <translation>
            <numerusform>%Ln a échoué.</numerusform>
            <numerusform>%Ln ont échoué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped.</source>
        <extracomment>How many models of the comparison were stopped.</extracomment>
        <translation>
            <numerusform>%Ln arrêté.</numerusform>
            <numerusform>%Ln arrêtés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>CompareResults</name>
    <message>
        <source>Not ranked: counts depend on each model&apos;s tokenizer.</source>
        <translation>Non classé : les décomptes dépendent du tokeniseur de chaque modèle.</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>Plus bas, c&apos;est mieux.</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>Plus haut, c&apos;est mieux.</translation>
    </message>
    <message>
        <source>not ranked: counts depend on each model&apos;s tokenizer</source>
        <translation>non classé : les décomptes dépendent du tokeniseur de chaque modèle</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>plus bas, c&apos;est mieux</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>plus haut, c&apos;est mieux</translation>
    </message>
    <message>
        <source>Comparison results</source>
        <translation>Résultats de la comparaison</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
</context>
<context>
    <name>CompareSetup</name>
    <message>
        <source>Chat prompt</source>
        <translation>Prompt de discussion</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classer un texte</translation>
    </message>
    <message>
        <source>Classify a file</source>
        <translation>Classer un fichier</translation>
    </message>
    <message>
        <source>Translate a file</source>
        <translation>Traduire un fichier</translation>
    </message>
    <message>
        <source>Explain in three sentences why the sky is blue.</source>
        <extracomment>The input text of a first comparison (sent to the models, so in the person&apos;s language).</extracomment>
        <translation>Explique en trois phrases pourquoi le ciel est bleu.</translation>
    </message>
    <message>
        <source>positive, negative, neutral</source>
        <extracomment>The labels of a first classification: words separated by ASCII commas.</extracomment>
        <translation>positif, négatif, neutre</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>The gold column&apos;s choice for a file without the right labels.</extracomment>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.jsonl);;All files (*)</source>
        <translation>Tableaux (*.csv *.tsv *.txt *.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Ajouter un modèle</translation>
    </message>
    <message>
        <source>Add another model (up to {count})</source>
        <translation>Ajouter un autre modèle (jusqu&apos;à {count})</translation>
    </message>
    <message>
        <source>Compare notice</source>
        <translation>Avis de comparaison</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Langue cible</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Labels, separated by commas; name=description to explain one</source>
        <translation>Étiquettes séparées par des virgules ; nom=description pour en expliquer une</translation>
    </message>
    <message>
        <source>Several labels may apply</source>
        <translation>Plusieurs étiquettes possibles</translation>
    </message>
    <message>
        <source>Multi-label</source>
        <translation>Multi-étiquette</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Jetons max.</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Tâche</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <extracomment>Before the target language: translate to…</extracomment>
        <translation>&amp;Vers</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <source>Te&amp;mperature</source>
        <translation>Te&amp;mpérature</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens</source>
        <translation>Jetons ma&amp;x.</translation>
    </message>
    <message>
        <source>Input text</source>
        <translation>Texte d&apos;entrée</translation>
    </message>
    <message>
        <source>The same text goes to every model.</source>
        <translation>Le même texte est envoyé à chaque modèle.</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>Fichier d&apos;entrée</translation>
    </message>
    <message>
        <source>A CSV or JSONL file, one text per row</source>
        <translation>Un fichier CSV ou JSONL, un texte par ligne</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Pick the CSV or JSONL file to run on</source>
        <translation>Choisir le fichier CSV ou JSONL à traiter</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation>Colonne de texte</translation>
    </message>
    <message>
        <source>Gold column</source>
        <translation>Colonne de référence</translation>
    </message>
    <message>
        <source>The right labels, if the file has them: gives accuracy and macro-F1</source>
        <translation>Les bonnes étiquettes, si le fichier les contient : donne l&apos;exactitude et le macro-F1</translation>
    </message>
    <message>
        <source>Te&amp;xt column</source>
        <translation>Colonne de te&amp;xte</translation>
    </message>
    <message>
        <source>&amp;Gold column</source>
        <translation>Colonne de &amp;référence</translation>
    </message>
    <message>
        <source>Choose a file to run on</source>
        <translation>Choisir un fichier à traiter</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) in {file}.</source>
        <translation>
            <numerusform>%Ln colonne dans {file}.</numerusform>
            <numerusform>%Ln colonnes dans {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}. {message}</source>
        <extracomment>An error&apos;s title, then its message and hint.</extracomment>
        <translation>{title}. {message}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>compare models</source>
        <extracomment>Ends the sentence &quot;To … with a model behind an API instead, add a provider&quot;.</extracomment>
        <translation>comparer des modèles</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Answer</source>
        <extracomment>The heading over each column&apos;s answer.</extracomment>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>No label</source>
        <extracomment>Rows of a batch shown in a column; the report and the output CSV have them all. The least height the answers and the figures get, whatever the splitter between them says. How the answers and the figures share the height at first: the answers get the larger part.</extracomment>
        <translation>Aucune étiquette</translation>
    </message>
    <message>
        <source>Accuracy {accuracy}, macro-F1 {macro_f1}</source>
        <translation>Exactitude {accuracy}, macro-F1 {macro_f1}</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>Table headers: a batch&apos;s row number, and what the model made of that row.</extracomment>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Privacy summary</source>
        <translation>Résumé de confidentialité</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Comparison figures</source>
        <translation>Chiffres de la comparaison</translation>
    </message>
    <message>
        <source>Answers and figures</source>
        <translation>Réponses et chiffres</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
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
        <extracomment>The axis of the model&apos;s labels (across the top of the confusion matrix).</extracomment>
        <translation>Prédit</translation>
    </message>
    <message>
        <source>Gold</source>
        <extracomment>The axis of the right answers (down the side of the confusion matrix).</extracomment>
        <translation>Référence</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) correctly labelled “{gold}”</source>
        <translation>
            <numerusform>%Ln ligne correctement étiquetée « {gold} »</numerusform>
            <numerusform>%Ln lignes correctement étiquetées « {gold} »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) labelled “{gold}” that the model called “{predicted}” — click to see them</source>
        <translation>
            <numerusform>%Ln ligne étiquetée « {gold} » que le modèle a classée « {predicted} » — cliquez pour la voir</numerusform>
            <numerusform>%Ln lignes étiquetées « {gold} » que le modèle a classées « {predicted} » — cliquez pour les voir</numerusform>
        </translation>
    </message>
    <message>
        <source>gold {gold}, predicted {predicted}: {count}</source>
        <translation>référence {gold}, prédit {predicted} : {count}</translation>
    </message>
</context>
<context>
    <name>ConversationArchive</name>
    <message>
        <source>Export all conversations</source>
        <extracomment>How long the status bar says what was exported or imported.</extracomment>
        <translation>Exporter toutes les conversations</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Exported {conversations} to {file}.</source>
        <translation>Export terminé : {conversations} dans {file}.</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Importer des conversations</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Importation impossible</translation>
    </message>
    <message>
        <source>Imported {conversations}; {skipped} already here, skipped.</source>
        <translation>Import terminé : {conversations} ; déjà présentes et ignorées : {skipped}.</translation>
    </message>
    <message>
        <source>Imported {conversations}.</source>
        <translation>Import terminé : {conversations}.</translation>
    </message>
    <message>
        <source>Plinth archives (*.json)</source>
        <translation>Archives Plinth (*.json)</translation>
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
        <translation>Aucune collection pour l&apos;instant : ajoutez-en dans l&apos;onglet Documents</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>None (keyword search only)</source>
        <translation>Aucun (mots-clés uniquement)</translation>
    </message>
    <message>
        <source>Questions to check retrieval with</source>
        <translation>Questions pour vérifier la recherche</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Liste des collections</translation>
    </message>
    <message>
        <source>New…</source>
        <comment>button: a new collection</comment>
        <translation>Nouvelle…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>button: delete the collection</comment>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Supprimer la collection</translation>
    </message>
    <message>
        <source>Collection paths</source>
        <translation>Chemins de la collection</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>button: remove paths</comment>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove selected paths</source>
        <translation>Retirer les chemins sélectionnés</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Réanalyser</translation>
    </message>
    <message>
        <source>Folders and files</source>
        <translation>Dossiers et fichiers</translation>
    </message>
    <message>
        <source>Collection summary</source>
        <translation>Résumé de la collection</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Modèle d&apos;embedding</translation>
    </message>
    <message>
        <source>Embedding privacy</source>
        <translation>Confidentialité de l&apos;embedding</translation>
    </message>
    <message>
        <source>Index progress</source>
        <translation>Progression de l&apos;indexation</translation>
    </message>
    <message>
        <source>Index status</source>
        <translation>État de l&apos;indexation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation>Annuler l&apos;indexation</translation>
    </message>
    <message>
        <source>Collection views</source>
        <translation>Vues de la collection</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>tab: search the collection</comment>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Retrieval check</source>
        <translation>Vérification de la recherche</translation>
    </message>
    <message>
        <source>Cannot create the collection</source>
        <translation>Impossible de créer la collection</translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}” and its index of %n file(s)? The files themselves stay where they are.</source>
        <translation>
            <numerusform>Supprimer la collection « {name} » et son index de %Ln fichier ? Les fichiers eux-mêmes restent où ils sont.</numerusform>
            <numerusform>Supprimer la collection « {name} » et son index de %Ln fichiers ? Les fichiers eux-mêmes restent où ils sont.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove the path</source>
        <translation>Impossible de retirer le chemin</translation>
    </message>
    <message numerus="yes">
        <source>Re-embed %n passage(s) of “{name}” with {model}? The vectors from {old} are deleted.</source>
        <translation>
            <numerusform>Recalculer l&apos;embedding de %Ln passage de « {name} » avec {model} ? Les vecteurs de {old} sont supprimés.</numerusform>
            <numerusform>Recalculer l&apos;embedding de %Ln passages de « {name} » avec {model} ? Les vecteurs de {old} sont supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop the vectors of %n passage(s) of “{name}”? Search will be by keyword only. The vectors from {old} are deleted.</source>
        <translation>
            <numerusform>Supprimer les vecteurs de %Ln passage de « {name} » ? La recherche se fera uniquement par mots-clés. Les vecteurs de {old} sont supprimés.</numerusform>
            <numerusform>Supprimer les vecteurs de %Ln passages de « {name} » ? La recherche se fera uniquement par mots-clés. Les vecteurs de {old} sont supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change embedding model</source>
        <translation>Changer de modèle d&apos;embedding</translation>
    </message>
    <message>
        <source>No collection yet: press New… to make one, then add files or folders to it.</source>
        <translation>Aucune collection pour l&apos;instant : cliquez sur Nouvelle… pour en créer une, puis ajoutez-y des fichiers ou des dossiers.</translation>
    </message>
    <message>
        <source>{name}: {summary}</source>
        <translation>{name} : {summary}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%Ln passage</numerusform>
            <numerusform>%Ln passages</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} {status}</source>
        <comment>a number of files and their status: 3 skipped</comment>
        <translation>{count} {status}</translation>
    </message>
    <message>
        <source>Keyword search: nothing leaves this computer.</source>
        <translation>Recherche par mots-clés : rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Passages from “{name}” → {destination}</source>
        <translation>Passages de « {name} » → {destination}</translation>
    </message>
    <message>
        <source>Embedded on this computer: nothing leaves it.</source>
        <translation>Embedding sur cet ordinateur : rien n&apos;en sort.</translation>
    </message>
    <message>
        <source>Indexing “{name}”: looking for files…</source>
        <translation>Indexation de « {name} » : recherche des fichiers…</translation>
    </message>
    <message numerus="yes">
        <source>Embedding “{name}”: {done} of %n passage(s)</source>
        <translation>
            <numerusform>Embedding de « {name} » : {done} sur %Ln passage</numerusform>
            <numerusform>Embedding de « {name} » : {done} sur %Ln passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing “{name}”: {done} of %n file(s)</source>
        <translation>
            <numerusform>Indexation de « {name} » : {done} sur %Ln fichier</numerusform>
            <numerusform>Indexation de « {name} » : {done} sur %Ln fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} pages/s</source>
        <translation>{rate} p./s</translation>
    </message>
    <message>
        <source>{time} left</source>
        <comment>time remaining</comment>
        <translation>reste {time}</translation>
    </message>
    <message>
        <source>Indexing waits while a local model answers (they share the processor)…</source>
        <translation>L&apos;indexation attend pendant qu&apos;un modèle local répond (ils partagent le processeur)…</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is up to date: %n file(s) read in {seconds} s, {problems} skipped or failed (see Problems only).</source>
        <translation>
            <numerusform>« {name} » est à jour : %Ln fichier lu en {seconds} s, {problems} ignorés ou en échec (voir Problèmes uniquement).</numerusform>
            <numerusform>« {name} » est à jour : %Ln fichiers lus en {seconds} s, {problems} ignorés ou en échec (voir Problèmes uniquement).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is up to date: %n file(s) read in {seconds} s.</source>
        <translation>
            <numerusform>« {name} » est à jour : %Ln fichier lu en {seconds} s.</numerusform>
            <numerusform>« {name} » est à jour : %Ln fichiers lus en {seconds} s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyword search only: {problem}.</source>
        <translation>Recherche par mots-clés uniquement : {problem}.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title} : {message}</translation>
    </message>
    <message>
        <source>Indexing “{name}” was cancelled; what was indexed is kept. Rescan to finish it.</source>
        <translation>L&apos;indexation de « {name} » a été annulée ; ce qui a été indexé est conservé. Réanalysez pour la terminer.</translation>
    </message>
    <message>
        <source>Name of the new collection:</source>
        <translation>Nom de la nouvelle collection :</translation>
    </message>
    <message>
        <source>Add files to “{name}”</source>
        <translation>Ajouter des fichiers à « {name} »</translation>
    </message>
    <message>
        <source>Add a folder to “{name}”</source>
        <translation>Ajouter un dossier à « {name} »</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Annulation après le fichier en cours…</translation>
    </message>
    <message>
        <source>about {seconds} s</source>
        <translation>environ {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>environ {minutes} min</translation>
    </message>
    <message>
        <source>about {hours} h</source>
        <translation>environ {hours} h</translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message>
        <source>Downloading {name}</source>
        <extracomment>How long a finished or cancelled download stays mentioned before the widget hides.</extracomment>
        <translation>Téléchargement de {name}</translation>
    </message>
    <message>
        <source>{percent} of {size}</source>
        <extracomment>How far a download is: &quot;42% of 1.4 GB&quot;.</extracomment>
        <translation>{percent} sur {size}</translation>
    </message>
    <message>
        <source>part {index} of {count}</source>
        <extracomment>A model split into several files: &quot;part 2 of 3&quot;.</extracomment>
        <translation>partie {index} sur {count}</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <extracomment>A download speed: &quot;2.5 MB/s&quot;.</extracomment>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>{time} left</source>
        <extracomment>Time left: &quot;3 min 20 s left&quot;.</extracomment>
        <translation>{time} restantes</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>Téléchargement de {name}…</translation>
    </message>
</context>
<context>
    <name>DownloadQueueWidget</name>
    <message>
        <source>Download status</source>
        <translation>État du téléchargement</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n more queued</source>
        <translation>
            <numerusform>%Ln autre en attente</numerusform>
            <numerusform>%Ln autres en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Stop downloading {name}; downloading it again resumes where it stopped</source>
        <translation>Arrêter le téléchargement de {name} ; le relancer reprend là où il s&apos;est arrêté</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>Downloaded {name}: ready in the model pickers</source>
        <translation>{name} téléchargé : disponible dans les sélecteurs de modèle</translation>
    </message>
    <message>
        <source>Download of {name} failed: {reason}</source>
        <translation>Échec du téléchargement de {name} : {reason}</translation>
    </message>
    <message>
        <source>Download of {name} stopped</source>
        <translation>Téléchargement de {name} arrêté</translation>
    </message>
    <message>
        <source>Downloading it again resumes where it stopped.</source>
        <translation>Le relancer reprend là où il s&apos;est arrêté.</translation>
    </message>
</context>
<context>
    <name>FileTable</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Nb de pages</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Nb de passages</translation>
    </message>
    <message>
        <source>Reason or notes</source>
        <translation>Raison ou remarques</translation>
    </message>
    <message>
        <source>indexed</source>
        <extracomment>A file&apos;s status in the documents table.</extracomment>
        <translation>indexé</translation>
    </message>
    <message>
        <source>extracted (keyword only)</source>
        <translation>extrait (mots-clés seulement)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Problèmes uniquement</translation>
    </message>
    <message>
        <source>Show only files that were skipped, failed or have notes</source>
        <translation>Afficher uniquement les fichiers ignorés, en échec ou avec des remarques</translation>
    </message>
    <message>
        <source>File counts</source>
        <translation>Nombre de fichiers</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), {problems} with problems or notes</source>
        <translation>
            <numerusform>%Ln fichier, {problems} avec problèmes ou remarques</numerusform>
            <numerusform>%Ln fichiers, {problems} avec problèmes ou remarques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitBadge</name>
    <message>
        <source>fits</source>
        <translation>tient</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>juste</translation>
    </message>
    <message>
        <source>won&apos;t fit</source>
        <translation>ne tient pas</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
</context>
<context>
    <name>GlossaryEditor</name>
    <message>
        <source>Glossary terms</source>
        <translation>Termes du glossaire</translation>
    </message>
    <message>
        <source>Source term</source>
        <translation>Terme source</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Ajouter un terme</translation>
    </message>
    <message>
        <source>Add a row to the glossary</source>
        <translation>Ajouter une ligne au glossaire</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>Retirer le terme</translation>
    </message>
    <message>
        <source>Remove the selected terms</source>
        <translation>Retirer les termes sélectionnés</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Import glossary</source>
        <translation>Importer le glossaire</translation>
    </message>
    <message>
        <source>Read term pairs from a CSV file: source term, translation</source>
        <translation>Lire des paires de termes depuis un fichier CSV : terme source, traduction</translation>
    </message>
    <message>
        <source>Glossary error</source>
        <translation>Erreur du glossaire</translation>
    </message>
    <message>
        <source>Import a glossary</source>
        <translation>Importer un glossaire</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n term(s).</source>
        <translation>
            <numerusform>%Ln terme importé.</numerusform>
            <numerusform>%Ln termes importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {terms}; {skipped} already in the glossary.</source>
        <translation>Importés : {terms} ; {skipped} déjà dans le glossaire.</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%Ln terme</numerusform>
            <numerusform>%Ln termes</numerusform>
        </translation>
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
        <translation>Aujourd&apos;hui</translation>
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
        <extracomment>The background of a search hit; the text on it stays dark in light and dark palettes. A search hit&apos;s snippet as rich text, the matched words highlighted.</extracomment>
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
        <translation>Historique d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Each saved version: labels learnt from (across), cross-validated macro-F1 (up)</source>
        <translation>Chaque version enregistrée : étiquettes apprises (horizontal), macro-F1 en validation croisée (vertical)</translation>
    </message>
    <message numerus="yes">
        <source>version {version}: %n label(s), macro-F1 {f1}</source>
        <translation>
            <numerusform>version {version} : %Ln étiquette, macro-F1 {f1}</numerusform>
            <numerusform>version {version} : %Ln étiquettes, macro-F1 {f1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{f1} · %n label(s)</source>
        <translation>
            <numerusform>{f1} · %Ln étiquette</numerusform>
            <numerusform>{f1} · %Ln étiquettes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <source>%n message(s) · {model}</source>
        <translation>
            <numerusform>%Ln message · {model}</numerusform>
            <numerusform>%Ln messages · {model}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>New chat</source>
        <extracomment>How long after the last key press the search runs. How long &quot;Conversation deleted — Undo&quot; stays. The conversation whose answer is streaming: it cannot be deleted now. A refresh asked for while a title was being edited: it runs once the editor closes.</extracomment>
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
        <translation>Barre d&apos;annulation</translation>
    </message>
    <message>
        <source>Could not read the history: {error}</source>
        <translation>Impossible de lire l&apos;historique : {error}</translation>
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
        <translation>Impossible d&apos;écrire {path} : {error}.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Échec de l&apos;exportation</translation>
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
    <name>HubSearchPage</name>
    <message>
        <source>Most downloads</source>
        <translation>Plus téléchargés</translation>
    </message>
    <message>
        <source>Most likes</source>
        <translation>Plus appréciés</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Mis à jour récemment</translation>
    </message>
    <message>
        <source>Type a name and press Enter.</source>
        <translation>Saisissez un nom et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Offline mode is on: the Hugging Face Hub is not contacted.</source>
        <translation>Le mode hors ligne est activé : le Hugging Face Hub n&apos;est pas contacté.</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Rechercher des modèles</translation>
    </message>
    <message>
        <source>Search GGUF models on the Hugging Face Hub, e.g. “qwen3 4b”</source>
        <translation>Rechercher des modèles GGUF sur le Hugging Face Hub, p. ex. « qwen3 4b »</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>verb: button</comment>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search the Hub (Enter)</source>
        <translation>Rechercher sur le Hub (Entrée)</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Recherche en cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel search</source>
        <translation>Annuler la recherche</translation>
    </message>
    <message>
        <source>Stop waiting for the Hugging Face Hub</source>
        <translation>Ne plus attendre le Hugging Face Hub</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Downloads</source>
        <comment>column: how many times downloaded</comment>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>J&apos;aime</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Pick a repository to see its GGUF files.</source>
        <translation>Choisissez un dépôt pour voir ses fichiers GGUF.</translation>
    </message>
    <message>
        <source>Files status</source>
        <translation>État des fichiers</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>Download</source>
        <comment>column: the file&apos;s download size</comment>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Fit</source>
        <comment>column: whether the model fits in memory</comment>
        <translation>Adéquation</translation>
    </message>
    <message>
        <source>Repository files</source>
        <translation>Fichiers du dépôt</translation>
    </message>
    <message>
        <source>The Hub did not give this file&apos;s size.</source>
        <translation>Le Hub n&apos;a pas indiqué la taille de ce fichier.</translation>
    </message>
    <message>
        <source>≈ {size}</source>
        <translation>≈ {size}</translation>
    </message>
    <message>
        <source>Searching for “{query}”…</source>
        <translation>Recherche de « {query} »…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%n repository(ies)</source>
        <translation>
            <numerusform>%Ln dépôt</numerusform>
            <numerusform>%Ln dépôts</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the files of {repo}…</source>
        <translation>Chargement des fichiers de {repo}…</translation>
    </message>
    <message numerus="yes">
        <source>{file} (%n parts)</source>
        <translation>
            <numerusform>{file} (%Ln partie)</numerusform>
            <numerusform>{file} (%Ln parties)</numerusform>
        </translation>
    </message>
    <message>
        <source>Download</source>
        <comment>verb: button</comment>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Download {file}</source>
        <translation>Télécharger {file}</translation>
    </message>
    <message>
        <source>No GGUF repositories match.</source>
        <translation>Aucun dépôt GGUF ne correspond.</translation>
    </message>
    <message>
        <source>gated: needs a token</source>
        <translation>restreint : nécessite un jeton d&apos;accès</translation>
    </message>
    <message>
        <source>open</source>
        <comment>access: anyone may download</comment>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>Recherche annulée.</translation>
    </message>
    <message>
        <source>Cancelled: nothing is downloaded.</source>
        <translation>Annulé : rien n&apos;est téléchargé.</translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF model(s) in {repo}</source>
        <translation>
            <numerusform>%Ln modèle GGUF dans {repo}</numerusform>
            <numerusform>%Ln modèles GGUF dans {repo}</numerusform>
        </translation>
    </message>
    <message>
        <source>{repo} has no GGUF model files.</source>
        <translation>{repo} ne contient aucun fichier de modèle GGUF.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title} : {message}</translation>
    </message>
    <message>
        <source>Checking that this llama.cpp can run {file}…</source>
        <translation>Vérification que ce llama.cpp peut exécuter {file}…</translation>
    </message>
    <message>
        <source>{warning}

Download anyway?</source>
        <translation>{warning}

Télécharger quand même ?</translation>
    </message>
    <message>
        <source>This model may not run here</source>
        <translation>Ce modèle risque de ne pas fonctionner ici</translation>
    </message>
</context>
<context>
    <name>InstalledModelsPage</name>
    <message>
        <source>Use as LoRA adapter…</source>
        <translation>Utiliser comme adaptateur LoRA…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Type d&apos;architecture</translation>
    </message>
    <message>
        <source>Context</source>
        <comment>column: the model&apos;s context length in tokens</comment>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Modèles installés</translation>
    </message>
    <message>
        <source>Import model…</source>
        <translation>Importer un modèle…</translation>
    </message>
    <message>
        <source>Import model</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <source>Add a .gguf file from anywhere on this computer</source>
        <translation>Ajouter un fichier .gguf depuis n&apos;importe où sur cet ordinateur</translation>
    </message>
    <message>
        <source>Add LoRA adapter…</source>
        <translation>Ajouter un adaptateur LoRA…</translation>
    </message>
    <message>
        <source>Add LoRA adapter</source>
        <translation>Ajouter un adaptateur LoRA</translation>
    </message>
    <message>
        <source>Run an installed model with a GGUF LoRA adapter applied</source>
        <translation>Exécuter un modèle installé avec un adaptateur LoRA GGUF appliqué</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the selected model (asks first)</source>
        <translation>Supprimer le modèle sélectionné (demande confirmation)</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Reveal in file manager</source>
        <translation>Afficher dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Open the selected model&apos;s folder in the file manager</source>
        <translation>Ouvrir le dossier du modèle sélectionné dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Installed status</source>
        <translation>État des modèles installés</translation>
    </message>
    <message>
        <source>Reading the models folder…</source>
        <translation>Lecture du dossier des modèles…</translation>
    </message>
    <message>
        <source>{path} (referenced)</source>
        <translation>{path} (référencé)</translation>
    </message>
    <message>
        <source>adapter on {base} · scale {scale} — {adapter}</source>
        <translation>adaptateur sur {base} · échelle {scale} — {adapter}</translation>
    </message>
    <message>
        <source>unreadable</source>
        <comment>a model file whose header cannot be read</comment>
        <translation>illisible</translation>
    </message>
    <message>
        <source>A LoRA adapter: it runs on its base model. Select it and click “{button}”.</source>
        <translation>Un adaptateur LoRA : il s&apos;exécute sur son modèle de base. Sélectionnez-le et cliquez sur « {button} ».</translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation>Adaptateur LoRA</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>Retirer la variante</translation>
    </message>
    <message>
        <source>Forget model</source>
        <translation>Oublier le modèle</translation>
    </message>
    <message>
        <source>The starter model comes with Plinth and cannot be deleted</source>
        <translation>Le modèle de départ est fourni avec Plinth et ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>Forget the selected model (the file stays where it is)</source>
        <translation>Oublier le modèle sélectionné (le fichier reste où il est)</translation>
    </message>
    <message>
        <source>Delete the selected model&apos;s file (asks first)</source>
        <translation>Supprimer le fichier du modèle sélectionné (demande confirmation)</translation>
    </message>
    <message>
        <source>Import a model</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modèles GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import {file}?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Importer {file} ?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copy it into Plinth&apos;s models folder ({folder}), or use it where it is (nothing is copied; if you move the file, Plinth loses it).</source>
        <translation>Copiez-le dans le dossier des modèles de Plinth ({folder}) ou utilisez-le là où il est (rien n&apos;est copié ; si vous déplacez le fichier, Plinth le perd).</translation>
    </message>
    <message>
        <source>Copy into the models folder</source>
        <translation>Copier dans le dossier des modèles</translation>
    </message>
    <message>
        <source>Use it where it is</source>
        <translation>L&apos;utiliser sur place</translation>
    </message>
    <message>
        <source>Remove the variant {name}? {base} stays.</source>
        <translation>Retirer la variante {name} ? {base} est conservé.</translation>
    </message>
    <message>
        <source>Remove the variant {name} and its copy of the adapter ({adapter})? {base} stays.</source>
        <translation>Retirer la variante {name} et sa copie de l&apos;adaptateur ({adapter}) ? {base} est conservé.</translation>
    </message>
    <message>
        <source>Forget {name}? The file stays at {path}.</source>
        <translation>Oublier {name} ? Le fichier reste dans {path}.</translation>
    </message>
    <message>
        <source>Delete {name}? This deletes {path} ({size}) from disk.</source>
        <translation>Supprimer {name} ? Cela supprime {path} ({size}) du disque.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in {folder} · {errors} unreadable (hover for why)</source>
        <translation>
            <numerusform>%Ln modèle dans {folder} · {errors} illisible(s) (survolez pour savoir pourquoi)</numerusform>
            <numerusform>%Ln modèles dans {folder} · {errors} illisible(s) (survolez pour savoir pourquoi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in {folder}</source>
        <translation>
            <numerusform>%Ln modèle dans {folder}</numerusform>
            <numerusform>%Ln modèles dans {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>The models folder could not be read (see above).</source>
        <translation>Le dossier des modèles n&apos;a pas pu être lu (voir ci-dessus).</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <source>Copying {file}…</source>
        <translation>Copie de {file}…</translation>
    </message>
    <message>
        <source>Adding {adapter} on {base}…</source>
        <translation>Ajout de {adapter} sur {base}…</translation>
    </message>
    <message>
        <source>Could not open the folder</source>
        <translation>Impossible d&apos;ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open {folder} in your file manager.</source>
        <translation>Ouvrez {folder} dans votre gestionnaire de fichiers.</translation>
    </message>
</context>
<context>
    <name>KeychainPrompt</name>
    <message>
        <source>No keychain available</source>
        <translation>Aucun trousseau disponible</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Conserver pour cette session uniquement</translation>
    </message>
    <message>
        <source>No keychain is available, so the token cannot be stored.</source>
        <translation>Aucun trousseau n&apos;est disponible : le jeton ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>Plinth never writes tokens to a file. It can keep this token in memory until Plinth closes; you would enter it again next time.</source>
        <translation>Plinth n&apos;écrit jamais de jetons dans un fichier. Il peut garder ce jeton en mémoire jusqu&apos;à sa fermeture ; vous devrez le saisir à nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>No keychain is available, so the key cannot be stored.</source>
        <translation>Aucun trousseau n&apos;est disponible : la clé ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>Plinth never writes keys to a file. It can keep this key in memory until Plinth closes; you would enter it again next time.</source>
        <translation>Plinth n&apos;écrit jamais de clés dans un fichier. Il peut garder cette clé en mémoire jusqu&apos;à sa fermeture ; vous devrez la saisir à nouveau la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>LabelDelegate</name>
    <message>
        <source>Label editor</source>
        <translation>Éditeur d&apos;étiquette</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>{variable}={code} is set: it overrides this choice</source>
        <translation>{variable}={code} est défini : il remplace ce choix</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Plinth will use {language} from its next start.</source>
        <translation>Plinth utilisera {language} au prochain démarrage.</translation>
    </message>
    <message>
        <source>Restart now? Your conversations and settings are kept.</source>
        <translation>Redémarrer maintenant ? Vos conversations et paramètres sont conservés.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Arabic</source>
        <extracomment>The languages&apos; English names (``Language.name``), translated where a picker shows them.</extracomment>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgare</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengali</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalan</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tchèque</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danois</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Grec</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estonien</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persan</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnois</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hébreu</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Croate</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Hongrois</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonésien</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonais</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coréen</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lituanien</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Letton</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Malais</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norvégien</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polonais</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Roumain</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slovaque</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Slovène</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbe</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Suédois</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Swahili</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamoul</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thaï</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Filipino</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turc</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainien</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Ourdou</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamien</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chinois (simplifié)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chinois (traditionnel)</translation>
    </message>
</context>
<context>
    <name>LearningCurveChart</name>
    <message>
        <source>Run the comparison to draw the learning curve</source>
        <extracomment>One colour per curve, told apart in dark and light themes (and by most colour-blind eyes). The y axis&apos;s gridlines (macro-F1 is 0–1).</extracomment>
        <translation>Lancez la comparaison pour tracer la courbe d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Learning curve</source>
        <translation>Courbe d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Labelled training rows (log scale)</source>
        <translation>Lignes d&apos;entraînement étiquetées (échelle log.)</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>F1 macro</translation>
    </message>
    <message>
        <source>{f1} without training rows</source>
        <translation>{f1} sans lignes d&apos;entraînement</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) {f1}</source>
        <extracomment>One point of the learning curve, read out: its training rows and its macro-F1.</extracomment>
        <translation>
            <numerusform>%Ln ligne : {f1}</numerusform>
            <numerusform>%Ln lignes : {f1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Macro-F1 by training rows. {curves}</source>
        <translation>F1 macro selon les lignes d&apos;entraînement. {curves}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chat</source>
        <extracomment>``settings.extra`` key: the tab shown when the window closed, by its key (the English title, shown translated).</extracomment>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduire</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Classer</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Panels</source>
        <extracomment>The :meth:`MainWindow.frame` option the tab comes with; None: every window has it. Which services the frame has tabs and menu entries for: comparisons, a model manager, a store. Remote models listed when the Providers dialog opened. The composition root shares it with the engines, model lists and Hub; a window built alone gets its own. Tab title → its panel, once built.</extracomment>
        <translation>Panneaux</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <extracomment>Off until :meth:`start`, like the menus&apos; actions: the tabs need the services. The window&apos;s tabs, in order (Ctrl+1… show them).</extracomment>
        <translation>Diagnostic copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Pass rate</source>
        <extracomment>Characters of an output a matrix cell shows (the detail has it whole). Pixels of width for the row&apos;s first value and for each (model, variant) column.</extracomment>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Check: {name}</source>
        <translation>Vérification : {name}</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Tokens in / out</source>
        <translation>Jetons en entrée / sortie</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Délai du premier jeton</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>Lignes/s</translation>
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
        <source>Judge cost (apart)</source>
        <translation>Coût du juge (à part)</translation>
    </message>
    <message>
        <source>From the cache</source>
        <translation>Depuis le cache</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>{cell} (from the cache)</source>
        <translation>{cell} (depuis le cache)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt envoyé</translation>
    </message>
    <message>
        <source>Raw output</source>
        <translation>Sortie brute</translation>
    </message>
    <message>
        <source>Parsed</source>
        <translation>Analysé</translation>
    </message>
    <message>
        <source>Column summary</source>
        <translation>Résumé par colonne</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>Échecs seulement</translation>
    </message>
    <message>
        <source>Models disagree</source>
        <translation>Modèles en désaccord</translation>
    </message>
    <message>
        <source>Task matrix</source>
        <translation>Matrice de la tâche</translation>
    </message>
    <message>
        <source>Cell detail</source>
        <translation>Détail de la cellule</translation>
    </message>
    <message>
        <source>Click a cell to see its prompt, output and checks.</source>
        <translation>Cliquez sur une cellule pour voir son prompt, sa sortie et ses vérifications.</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>Exporter en {format}</translation>
    </message>
    <message>
        <source>Save the run as a {format} file</source>
        <translation>Enregistrer l&apos;exécution dans un fichier {format}</translation>
    </message>
    <message>
        <source>This cell has not run yet.</source>
        <translation>Cette cellule n&apos;a pas encore été exécutée.</translation>
    </message>
    <message>
        <source>Passed: click to see the detail</source>
        <translation>Réussie : cliquez pour voir le détail</translation>
    </message>
    <message>
        <source>Failed: click to see the detail</source>
        <translation>Échouée : cliquez pour voir le détail</translation>
    </message>
</context>
<context>
    <name>MetricsTable</name>
    <message>
        <source>Metrics</source>
        <extracomment>Item data role that is True on the cells holding a row&apos;s best value. Says how the metric is measured and which way is better (the row header&apos;s tooltip).</extracomment>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Best: {metric}</source>
        <extracomment>Tooltip of a metrics table cell with the best value; {metric} is the metric&apos;s name.</extracomment>
        <translation>Meilleur : {metric}</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Offline: not sent</source>
        <extracomment>The notice&apos;s link that asks for the Providers dialog. The badge of a remote model picked while offline mode is on: nothing is sent, and nothing will be.</extracomment>
        <translation>Hors ligne : rien n&apos;est envoyé</translation>
    </message>
    <message>
        <source>offline</source>
        <extracomment>``ModelChoice.tag`` of a remote model while offline mode is on. ``ModelChoice.tag`` as shown beside a model&apos;s name.</extracomment>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>{label} is a remote model and offline mode is on; turn offline mode off (Ctrl+Shift+O) or pick a local model.</source>
        <translation>{label} est un modèle distant et le mode hors ligne est activé ; désactivez-le (Ctrl+Shift+O) ou choisissez un modèle local.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{link}&quot;&gt;add a provider&lt;/a&gt; (File › Providers…)</source>
        <extracomment>A link that opens the Providers dialog; it ends a sentence (&quot;…, add a provider (File › Providers…).&quot;).</extracomment>
        <translation>&lt;a href=&quot;{link}&quot;&gt;ajoutez un fournisseur&lt;/a&gt; (Fichier › Fournisseurs…)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model is installed.&lt;/b&gt; {install} To {task} with a model behind an API instead, {providers}.</source>
        <extracomment>{install}: how to install a model. {task}: what the panel does, a verb phrase already translated (&quot;translate&quot;, &quot;classify&quot;, &quot;compare models&quot;). {providers}: the &quot;add a provider&quot; link.</extracomment>
        <translation>&lt;b&gt;Aucun modèle n&apos;est installé.&lt;/b&gt; {install} Pour {task} avec un modèle accessible par API, {providers}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model can run offline.&lt;/b&gt; Models behind an API are off while offline mode is on (File › Offline mode). {install}</source>
        <translation>&lt;b&gt;Aucun modèle ne peut fonctionner hors ligne.&lt;/b&gt; Les modèles accessibles par API sont désactivés tant que le mode hors ligne est activé (Fichier › Mode hors ligne). {install}</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model can run yet.&lt;/b&gt; Add an API key: {providers}.</source>
        <translation>&lt;b&gt;Aucun modèle ne peut encore fonctionner.&lt;/b&gt; Ajoutez une clé d&apos;API : {providers}.</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Characters of a model&apos;s name the combo keeps room for, alone on a line and sharing one.</extracomment>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>{model} ({tag})</source>
        <extracomment>A model&apos;s name and a word about it, e.g. &quot;openai:gpt-4o (offline)&quot;.</extracomment>
        <translation>{model} ({tag})</translation>
    </message>
    <message>
        <source>Sent to {destination}</source>
        <translation>Envoyé à {destination}</translation>
    </message>
</context>
<context>
    <name>ModelSettingsDialog</name>
    <message>
        <source>Model settings</source>
        <translation>Paramètres du modèle</translation>
    </message>
    <message>
        <source>tokens</source>
        <comment>unit after the context size</comment>
        <translation>jetons</translation>
    </message>
    <message>
        <source>Upper bound on a local model&apos;s context window; memory for the cache grows with it.</source>
        <translation>Limite supérieure de la fenêtre de contexte d&apos;un modèle local ; la mémoire du cache augmente avec elle.</translation>
    </message>
    <message>
        <source>Automatic (one per physical core)</source>
        <translation>Automatique (un par cœur physique)</translation>
    </message>
    <message>
        <source>None (CPU only)</source>
        <translation>Aucune (CPU uniquement)</translation>
    </message>
    <message>
        <source>Layers to run on the GPU; {all} puts every layer there.</source>
        <translation>Couches à exécuter sur le GPU ; {all} les y place toutes.</translation>
    </message>
    <message>
        <source>&amp;Context cap:</source>
        <translation>Limite de &amp;contexte :</translation>
    </message>
    <message>
        <source>Context cap</source>
        <translation>Limite de contexte</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Fils d&apos;exécution :</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Fils d&apos;exécution</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>Couches &amp;GPU :</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Couches GPU</translation>
    </message>
    <message>
        <source>Changes apply the next time a local model starts; idle models restart with them.</source>
        <translation>Les modifications s&apos;appliquent au prochain démarrage d&apos;un modèle local ; les modèles inactifs redémarrent avec elles.</translation>
    </message>
    <message>
        <source>Checking whether this llama.cpp build can use a GPU…</source>
        <translation>Vérification de la prise en charge du GPU par cette version de llama.cpp…</translation>
    </message>
    <message>
        <source>GPU offload: supported by this llama.cpp build.</source>
        <translation>Déchargement sur GPU : pris en charge par cette version de llama.cpp.</translation>
    </message>
    <message>
        <source>GPU offload: not supported by this llama.cpp build, so models run on the CPU. README → GPU acceleration explains how to install a CUDA, Metal or Vulkan build.</source>
        <translation>Déchargement sur GPU : non pris en charge par cette version de llama.cpp, les modèles s&apos;exécutent donc sur le CPU. README → GPU acceleration explique comment installer une version CUDA, Metal ou Vulkan.</translation>
    </message>
    <message>
        <source>GPU offload: {state}.</source>
        <translation>Déchargement sur GPU : {state}.</translation>
    </message>
</context>
<context>
    <name>ModelTables</name>
    <message>
        <source>unknown</source>
        <extracomment>Sets a Download button&apos;s text, state and tooltip for a repository&apos;s file.</extracomment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>{gpu}, {free} free of {total}</source>
        <extracomment>A GPU&apos;s name, then its free and total memory.</extracomment>
        <translation>{gpu}, {free} libres sur {total}</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>{free} libres</translation>
    </message>
    <message>
        <source>RAM {free} free of {total} · GPU memory: {gpu} · Disk: {disk}</source>
        <translation>RAM : {free} libres sur {total} · Mémoire GPU : {gpu} · Disque : {disk}</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>cache KV</translation>
    </message>
    <message>
        <source>KV cache (rough: the model&apos;s dimensions are not known yet)</source>
        <translation>cache KV (approximatif : les dimensions du modèle ne sont pas encore connues)</translation>
    </message>
    <message>
        <source>About {size} to run at {tokens} tokens of context:</source>
        <translation>Environ {size} pour l&apos;exécuter avec {tokens} jetons de contexte :</translation>
    </message>
    <message>
        <source>  weights {weights} + {kv} {kv_size} + overhead {overhead}</source>
        <extracomment>How a memory estimate adds up; {kv} is &quot;KV cache&quot;, or that with a note.</extracomment>
        <translation>  poids {weights} + {kv} {kv_size} + surcoût {overhead}</translation>
    </message>
    <message>
        <source>This computer: {hardware}</source>
        <translation>Cet ordinateur : {hardware}</translation>
    </message>
    <message>
        <source>Probably too big for this computer</source>
        <translation>Probablement trop volumineux pour cet ordinateur</translation>
    </message>
    <message>
        <source>{name} probably won&apos;t fit in this computer&apos;s memory.

{detail}

A smaller quantization, a smaller model or a lower context cap would. Download anyway?</source>
        <translation>{name} ne tiendra probablement pas dans la mémoire de cet ordinateur.

{detail}

Une quantification plus faible, un modèle plus petit ou une limite de contexte plus basse tiendraient. Télécharger quand même ?</translation>
    </message>
</context>
<context>
    <name>ModelsPanel</name>
    <message>
        <source>chat</source>
        <extracomment>Available memory changes as other programs run; re-read it at most this often. What a catalogue entry is good for (core&apos;s ``STRENGTHS``), as the Good for column shows it.</extracomment>
        <translation>discussion</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traduction</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>classement</translation>
    </message>
    <message>
        <source>retrieval</source>
        <translation>recherche</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s memory…</source>
        <translation>Lecture de la mémoire de cet ordinateur…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Hugging Face token…</source>
        <translation>Jeton Hugging Face…</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Jeton Hugging Face</translation>
    </message>
    <message>
        <source>A token opens gated models and raises the Hub&apos;s rate limits</source>
        <translation>Un jeton donne accès aux modèles restreints et relève les limites de requêtes du Hub</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Offline notice</source>
        <translation>Avis hors ligne</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline mode is on.&lt;/b&gt; The Hugging Face Hub is not contacted: search and downloads are off. Installed models work as usual. File › Offline mode (Ctrl+Shift+O) turns it off.</source>
        <translation>&lt;b&gt;Le mode hors ligne est activé.&lt;/b&gt; Le Hugging Face Hub n&apos;est pas contacté : la recherche et les téléchargements sont désactivés. Les modèles installés fonctionnent normalement. Fichier › Mode hors ligne (Ctrl+Shift+O) le désactive.</translation>
    </message>
    <message>
        <source>Model sections</source>
        <translation>Sections des modèles</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue des modèles</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>Tab: search the Hugging Face Hub.</extracomment>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Installed</source>
        <extracomment>Tab: the models on this computer.</extracomment>
        <translation>Installés</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Good for</source>
        <translation>Adapté à</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Type de licence</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>Download</source>
        <comment>column</comment>
        <extracomment>Column header: the file&apos;s download size.</extracomment>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <source>This computer: {hardware} (layers offloaded to the GPU: its free memory counts)</source>
        <translation>Cet ordinateur : {hardware} (couches déchargées sur le GPU : sa mémoire libre compte)</translation>
    </message>
    <message>
        <source>This computer: {hardware}</source>
        <translation>Cet ordinateur : {hardware}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}.&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;{title}.&lt;/b&gt; {message}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>Langues : {languages}</translation>
    </message>
    <message>
        <source>Quantization for {model}</source>
        <translation>Quantification de {model}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Memory: the file, plus the KV cache at {tokens} tokens of context (the Context cap setting) or the model&apos;s own maximum if smaller, plus overhead. Hover over a badge for the numbers.</source>
        <translation>Mémoire : le fichier, plus le cache KV pour {tokens} jetons de contexte (le paramètre Limite de contexte) ou le maximum du modèle s&apos;il est plus petit, plus le surcoût. Survolez un badge pour voir les chiffres.</translation>
    </message>
    <message>
        <source>{quant} (recommended)</source>
        <translation>{quant} (recommandée)</translation>
    </message>
    <message>
        <source>Estimated from the parameter count; the Hub&apos;s exact size is used when downloading.</source>
        <translation>Estimé d&apos;après le nombre de paramètres ; la taille exacte du Hub est utilisée au téléchargement.</translation>
    </message>
    <message>
        <source>Installed</source>
        <comment>button</comment>
        <extracomment>A download button: the file is on this computer already.</extracomment>
        <translation>Installé</translation>
    </message>
    <message>
        <source>{name} is downloaded: pick it in any model list</source>
        <translation>{name} est téléchargé : choisissez-le dans n&apos;importe quelle liste de modèles</translation>
    </message>
    <message>
        <source>{name} is downloaded, a LoRA adapter: Installed › {action} puts it on its base model</source>
        <translation>{name} est téléchargé ; c&apos;est un adaptateur LoRA : Installés › {action} l&apos;applique à son modèle de base</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>{name} is downloading (the status bar shows it; Cancel is there)</source>
        <translation>{name} est en cours de téléchargement (la barre d&apos;état l&apos;affiche ; Annuler s&apos;y trouve)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>{name} is queued (the status bar shows it; Cancel is there)</source>
        <translation>{name} est en attente (la barre d&apos;état l&apos;affiche ; Annuler s&apos;y trouve)</translation>
    </message>
    <message>
        <source>Offline mode is on: downloads are off</source>
        <translation>Le mode hors ligne est activé : les téléchargements sont désactivés</translation>
    </message>
    <message>
        <source>Download {name} from {repo}</source>
        <translation>Télécharger {name} depuis {repo}</translation>
    </message>
    <message>
        <source>Already downloading</source>
        <translation>Déjà en cours de téléchargement</translation>
    </message>
    <message>
        <source>{name} is already in the download queue.</source>
        <translation>{name} est déjà dans la file de téléchargement.</translation>
    </message>
    <message>
        <source>Now {error}.</source>
        <extracomment>The token&apos;s state is unknown: why (a sentence of its own).</extracomment>
        <translation>Actuellement : {error}.</translation>
    </message>
    <message>
        <source>Now a token is set ({token}).</source>
        <translation>Un jeton est actuellement défini ({token}).</translation>
    </message>
    <message>
        <source>Now no token is set.</source>
        <translation>Aucun jeton n&apos;est défini pour l&apos;instant.</translation>
    </message>
    <message>
        <source>This computer&apos;s memory could not be read: {reason}</source>
        <translation>Impossible de lire la mémoire de cet ordinateur : {reason}</translation>
    </message>
    <message>
        <source>{state}

Paste a token (create one at {url});
leave it empty to remove the stored one. It goes to the keychain, never to a file.</source>
        <translation>{state}

Collez un jeton (créez-en un sur {url}) ;
laissez vide pour supprimer celui enregistré. Il va dans le trousseau, jamais dans un fichier.</translation>
    </message>
</context>
<context>
    <name>OfflineIndicator</name>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Mode hors ligne</translation>
    </message>
    <message>
        <source>Offline mode is on ({reason}): models behind an API are off and the Hugging Face Hub is not contacted; nothing leaves this computer.</source>
        <translation>Le mode hors ligne est activé ({reason}) : les modèles accessibles via une API sont désactivés et le Hub Hugging Face n&apos;est pas contacté ; rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>{variable}=1 is set</source>
        <translation>{variable}=1 est défini</translation>
    </message>
    <message>
        <source>turned on in File › Offline mode</source>
        <translation>activé dans Fichier › Mode hors ligne</translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>The file was changed, indexed again or removed since this answer: this is the text that was sent, without the text around it.</source>
        <extracomment>How much of the selection colour the quote&apos;s background takes (the rest is the page&apos;s). How much of the text colour the text around the quote takes (the rest is the page&apos;s): readable, but set back. Wide enough for a path and a paragraph of passage text; tall enough for several lines of it. Where the quote starts in the passage view (an anchor it is scrolled to).</extracomment>
        <translation>Le fichier a été modifié, réindexé ou supprimé depuis cette réponse : voici le texte envoyé, sans le texte qui l&apos;entoure.</translation>
    </message>
    <message>
        <source>Source [{n}] — {file}</source>
        <translation>Source citée [{n}] — {file}</translation>
    </message>
    <message>
        <source>{path} · collection “{collection}”</source>
        <translation>{path} · collection « {collection} »</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source citée</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Texte du passage</translation>
    </message>
    <message>
        <source>Passage note</source>
        <translation>Note sur le passage</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open the file in the application your system uses</source>
        <translation>Ouvrir le fichier dans l&apos;application utilisée par votre système</translation>
    </message>
    <message>
        <source>The file is no longer there.</source>
        <translation>Le fichier n&apos;existe plus à cet emplacement.</translation>
    </message>
</context>
<context>
    <name>PrivacyBadge</name>
    <message>
        <source>Stays on this computer</source>
        <translation>Reste sur cet ordinateur</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Sent to {destination}</source>
        <translation>Envoyé à {destination}</translation>
    </message>
    <message>
        <source>Stays on this computer: the model runs here, and nothing you type leaves it.</source>
        <translation>Reste sur cet ordinateur : le modèle s&apos;exécute ici et rien de ce que vous tapez n&apos;en sort.</translation>
    </message>
    <message>
        <source>Sent to {destination}: what you type leaves this computer over the internet.</source>
        <translation>Envoyé à {destination} : ce que vous tapez quitte cet ordinateur via Internet.</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>No probabilities from this provider</source>
        <translation>Aucune probabilité de ce fournisseur</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>Probabilités</translation>
    </message>
    <message>
        <source>{label} {value} percent</source>
        <translation>{label} {value} pour cent</translation>
    </message>
</context>
<context>
    <name>ProviderList</name>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
    <message>
        <source>Set up a new provider</source>
        <translation>Configurer un nouveau fournisseur</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit provider</source>
        <translation>Modifier le fournisseur</translation>
    </message>
    <message>
        <source>Change the selected provider or its key</source>
        <translation>Modifier le fournisseur sélectionné ou sa clé</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Supprimer le fournisseur</translation>
    </message>
    <message>
        <source>Remove the selected provider and its key</source>
        <translation>Supprimer le fournisseur sélectionné et sa clé</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>The base URL column when the provider uses its kind&apos;s own address.</extracomment>
        <translation>par défaut</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>OpenAI-compatible endpoint</source>
        <extracomment>The kinds&apos; names as shown, by kind (brand names alone stay as core has them).</extracomment>
        <translation>Point de terminaison compatible OpenAI</translation>
    </message>
    <message>
        <source>Optional — leave empty for https://api.openai.com/v1</source>
        <extracomment>The base URL field&apos;s placeholder, by kind.</extracomment>
        <translation>Facultatif — laissez vide pour https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>Optional — leave empty for Anthropic&apos;s own API</source>
        <translation>Facultatif — laissez vide pour l&apos;API d&apos;Anthropic</translation>
    </message>
    <message>
        <source>Optional — leave empty for Google&apos;s own API</source>
        <translation>Facultatif — laissez vide pour l&apos;API de Google</translation>
    </message>
    <message>
        <source>Required, e.g. http://localhost:11434/v1 for Ollama</source>
        <translation>Obligatoire, p. ex. http://localhost:11434/v1 pour Ollama</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>aucune clé</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>dans le trousseau</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>cette session uniquement</translation>
    </message>
    <message>
        <source>from ${variable}</source>
        <extracomment>Where a key comes from: an environment variable, e.g. &quot;from $OPENAI_API_KEY&quot;.</extracomment>
        <translation>depuis ${variable}</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Laissez vide pour garder la clé enregistrée</translation>
    </message>
    <message>
        <source>Leave empty to use the environment variable</source>
        <translation>Laissez vide pour utiliser la variable d&apos;environnement</translation>
    </message>
    <message>
        <source>Optional — most local servers need none</source>
        <translation>Facultatif — la plupart des serveurs locaux n&apos;en ont pas besoin</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Collez la clé d&apos;API</translation>
    </message>
    <message>
        <source>No key stored.</source>
        <translation>Aucune clé enregistrée.</translation>
    </message>
    <message>
        <source>Current key {key} ({where}).</source>
        <translation>Clé actuelle : {key} ({where}).</translation>
    </message>
    <message>
        <source>Nothing was saved: the key has nowhere safe to go.</source>
        <translation>Rien n&apos;a été enregistré : la clé n&apos;a aucun endroit sûr où aller.</translation>
    </message>
    <message>
        <source>Keep it for this session only, or set up a keychain and try again.</source>
        <translation>Gardez-la pour cette session uniquement, ou configurez un trousseau et réessayez.</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Avertissement du trousseau</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain ({name}), never in a file.</source>
        <translation>Les clés sont conservées dans le trousseau du système ({name}), jamais dans un fichier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain is available&lt;/b&gt; on this computer (keychain backend: {name}), so keys cannot be stored. Plinth never writes a key to a file: a key you add can be kept for this session only and is forgotten when Plinth closes. Keys in {variables} still work.</source>
        <translation>&lt;b&gt;Aucun trousseau n&apos;est disponible&lt;/b&gt; sur cet ordinateur (moteur de trousseau : {name}), les clés ne peuvent donc pas être enregistrées. Plinth n&apos;écrit jamais une clé dans un fichier : une clé ajoutée peut être gardée pour cette session uniquement et est oubliée à la fermeture de Plinth. Les clés dans {variables} fonctionnent toujours.</translation>
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message>
        <source>Providers</source>
        <extracomment>Wide enough for the providers table and a form whose messages wrap to a few lines. The provider being edited; None while adding one or when the form is idle. Model names from the last successful test of what the form holds. The running test was started by Save: save when it ends, whatever it finds.</extracomment>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Nom du fournisseur</translation>
    </message>
    <message>
        <source>e.g. openai, work-gateway, ollama</source>
        <translation>p. ex. openai, work-gateway, ollama</translation>
    </message>
    <message>
        <source>Provider kind</source>
        <translation>Type de fournisseur</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>Afficher la clé d&apos;API</translation>
    </message>
    <message>
        <source>Show or hide the key as typed</source>
        <translation>Afficher ou masquer la clé saisie</translation>
    </message>
    <message>
        <source>Stored key</source>
        <translation>Clé enregistrée</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>List the provider&apos;s models</source>
        <translation>Lister les modèles du fournisseur</translation>
    </message>
    <message>
        <source>Connection result</source>
        <translation>Résultat de la connexion</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Models note</source>
        <translation>Note sur les modèles</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Form error</source>
        <translation>Erreur du formulaire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Forget the changes in the form</source>
        <translation>Oublier les modifications du formulaire</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>Enregistrer le fournisseur</translation>
    </message>
    <message>
        <source>Save the provider; the key goes to the keychain</source>
        <translation>Enregistrer le fournisseur ; la clé va dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>URL de &amp;base</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Clé d&apos;API</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Click “Add…” to set up a provider, or select one and click “Edit…”.</source>
        <translation>Cliquez sur « Ajouter… » pour configurer un fournisseur, ou sélectionnez-en un et cliquez sur « Modifier… ».</translation>
    </message>
    <message>
        <source>New provider</source>
        <translation>Nouveau fournisseur</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>Modifier « {name} »</translation>
    </message>
    <message>
        <source>To rename a provider, remove it and add it again.</source>
        <translation>Pour renommer un fournisseur, supprimez-le puis ajoutez-le à nouveau.</translation>
    </message>
    <message>
        <source>A provider named “{name}” already exists.</source>
        <translation>Un fournisseur nommé « {name} » existe déjà.</translation>
    </message>
    <message>
        <source>Pick another name, or edit that one.</source>
        <translation>Choisissez un autre nom, ou modifiez celui-ci.</translation>
    </message>
    <message>
        <source>This kind&apos;s usual models: Test connection lists the ones this provider offers.</source>
        <translation>Modèles habituels de ce type : Tester la connexion liste ceux que propose ce fournisseur.</translation>
    </message>
    <message>
        <source>No models yet, so no model list offers this provider. Test connection lists the server&apos;s models; Save asks for them too.</source>
        <translation>Pas encore de modèles : aucune liste de modèles ne propose donc ce fournisseur. Tester la connexion liste les modèles du serveur ; Enregistrer les demande aussi.</translation>
    </message>
    <message>
        <source>The providers file could not be written ({error}).</source>
        <translation>Impossible d&apos;écrire le fichier des fournisseurs ({error}).</translation>
    </message>
    <message>
        <source>Check the disk and try again.</source>
        <translation>Vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>“{name}” is saved, but it lists no models, so no model list offers it.</source>
        <translation>« {name} » est enregistré, mais il ne liste aucun modèle : aucune liste de modèles ne le propose donc.</translation>
    </message>
    <message>
        <source>Once its server answers, select it, click Edit… and Test connection.</source>
        <translation>Dès que son serveur répond, sélectionnez-le, cliquez sur Modifier… puis sur Tester la connexion.</translation>
    </message>
    <message>
        <source>Listing the provider&apos;s models before saving…</source>
        <translation>Liste des modèles du fournisseur avant l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>Testing connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Supprimer le fournisseur</translation>
    </message>
    <message>
        <source>Remove the provider “{name}”?

Its API key is deleted from the keychain too. Keys in environment variables are not touched.</source>
        <translation>Supprimer le fournisseur « {name} » ?

Sa clé d&apos;API est aussi supprimée du trousseau. Les clés dans les variables d&apos;environnement ne sont pas touchées.</translation>
    </message>
    <message>
        <source>The models below are from the last test, at the old address: Test connection to refresh them.</source>
        <translation>Les modèles ci-dessous viennent du dernier test, à l&apos;ancienne adresse : Tester la connexion les actualise.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>connection tests are off; the provider can still be saved.</source>
        <extracomment>Ends the sentence &quot;Offline mode is on: …&quot;.</extracomment>
        <translation>les tests de connexion sont désactivés ; le fournisseur peut tout de même être enregistré.</translation>
    </message>
    <message>
        <source>Save the provider to use them.</source>
        <translation>Enregistrez le fournisseur pour les utiliser.</translation>
    </message>
    <message>
        <source>The default model list is used.</source>
        <translation>La liste de modèles par défaut est utilisée.</translation>
    </message>
    <message>
        <source>It offers none, so no model list would show this provider.</source>
        <translation>Il n&apos;en propose aucun : aucune liste de modèles n&apos;afficherait donc ce fournisseur.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s).</source>
        <translation>
            <numerusform>Connecté : %Ln modèle.</numerusform>
            <numerusform>Connecté : %Ln modèles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its server listed none.</source>
        <translation>Son serveur n&apos;en a listé aucun.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <extracomment>An error&apos;s title, then its message.</extracomment>
        <translation>{title} : {message}</translation>
    </message>
    <message>
        <source>Its models could not be listed: {message}</source>
        <translation>Impossible de lister ses modèles : {message}</translation>
    </message>
    <message>
        <source>Offline mode is on, so its server was not asked for them.</source>
        <translation>Le mode hors ligne est activé : son serveur n&apos;a donc pas été interrogé.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Method</source>
        <extracomment>Rows the table shows before it scrolls.</extracomment>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Training rows</source>
        <translation>Lignes d&apos;entraînement</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>F1 macro</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>Lignes/s</translation>
    </message>
    <message>
        <source>Cost / 1,000 rows</source>
        <translation>Coût / 1 000 lignes</translation>
    </message>
    <message>
        <source>Setup s</source>
        <extracomment>The seconds a method took to set up (embedding, training) before scoring rows.</extracomment>
        <translation>Préparation (s)</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Training rows of a method that uses none (zero-shot).</extracomment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Verdict</source>
        <extracomment>The table&apos;s rows: the curve&apos;s points, zero-shot&apos;s once (it is the same at every size).</extracomment>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Run notes</source>
        <translation>Notes d&apos;exécution</translation>
    </message>
    <message>
        <source>Adaptation results</source>
        <translation>Résultats de l&apos;adaptation</translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation>Cellule sélectionnée</translation>
    </message>
    <message>
        <source>F1 per label</source>
        <translation>F1 par étiquette</translation>
    </message>
    <message>
        <source>{train} training rows, {test} test rows, labels: {labels}.</source>
        <extracomment>The run&apos;s figures: how many rows trained and tested the methods, and the labels found.</extracomment>
        <translation>{train} lignes d&apos;entraînement, {test} lignes de test, étiquettes : {labels}.</translation>
    </message>
    <message>
        <source>Select a row to see its F1 per label and its confusion matrix.</source>
        <translation>Sélectionnez une ligne pour voir son F1 par étiquette et sa matrice de confusion.</translation>
    </message>
    <message>
        <source>no training rows</source>
        <translation>aucune ligne d&apos;entraînement</translation>
    </message>
    <message numerus="yes">
        <source>%n training row(s), seed {seed}</source>
        <extracomment>A seed: which random draw of the training rows this cell used.</extracomment>
        <translation>
            <numerusform>%Ln ligne d&apos;entraînement, graine {seed}</numerusform>
            <numerusform>%Ln lignes d&apos;entraînement, graine {seed}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{method}, {size}, %n test row(s)</source>
        <extracomment>The selected cell: its method, its training rows, then how many rows scored it.</extracomment>
        <translation>
            <numerusform>{method}, {size}, %Ln ligne de test</numerusform>
            <numerusform>{method}, {size}, %Ln lignes de test</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed: {error}</source>
        <translation>
            <numerusform>%Ln ligne en échec : {error}</numerusform>
            <numerusform>%Ln lignes en échec : {error}</numerusform>
        </translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>plus haut, c&apos;est mieux</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Answer requests identical to earlier ones (same model, prompt and settings) from the cache. Only temperature 0 or a fixed seed is cached: other settings answer differently each time.</source>
        <translation>Répondre depuis le cache aux requêtes identiques à des précédentes (même modèle, prompt et réglages). Seules la température 0 ou une graine fixe sont mises en cache : les autres réglages répondent différemment à chaque fois.</translation>
    </message>
    <message>
        <source>Add model</source>
        <extracomment>Where a variant&apos;s box keeps the variant&apos;s name (its text is the name as shown).</extracomment>
        <translation>Ajouter un modèle</translation>
    </message>
    <message>
        <source>Run on another model (up to {count})</source>
        <translation>Lancer sur un autre modèle ({count} au maximum)</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Answer identical requests from the cache</source>
        <translation>Répondre aux requêtes identiques depuis le cache</translation>
    </message>
    <message>
        <source>Use the answer cache</source>
        <translation>Utiliser le cache des réponses</translation>
    </message>
    <message>
        <source>Only temperature 0 or a fixed seed is cached.</source>
        <translation>Seules la température 0 ou une graine fixe sont mises en cache.</translation>
    </message>
    <message>
        <source>Run</source>
        <comment>button: run the task</comment>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Run task</source>
        <translation>Lancer la tâche</translation>
    </message>
    <message>
        <source>Run the task on every row, model and variant</source>
        <translation>Lancer la tâche sur chaque ligne, modèle et variante</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Stop; running it again resumes where it stopped</source>
        <translation>Arrêter ; la relancer reprend là où elle s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Progression de l&apos;exécution</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>État de l&apos;exécution</translation>
    </message>
    <message>
        <source>Saved task runs</source>
        <translation>Exécutions de tâches enregistrées</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Ouvrir l&apos;exécution</translation>
    </message>
    <message>
        <source>Open saved run</source>
        <translation>Ouvrir l&apos;exécution enregistrée</translation>
    </message>
    <message>
        <source>Show this saved run in the matrix</source>
        <translation>Afficher cette exécution enregistrée dans la matrice</translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation>Exécutions enregistrées</translation>
    </message>
    <message>
        <source>Run model {number}</source>
        <translation>Modèle d&apos;exécution {number}</translation>
    </message>
    <message>
        <source>Remove run model {number}</source>
        <translation>Retirer le modèle d&apos;exécution {number}</translation>
    </message>
    <message>
        <source>Do not run on this model</source>
        <translation>Ne pas lancer sur ce modèle</translation>
    </message>
    <message>
        <source>Variant {name}</source>
        <translation>Variante {name}</translation>
    </message>
    <message>
        <source>{run} (cancelled)</source>
        <translation>{run} (annulée)</translation>
    </message>
</context>
<context>
    <name>SaveAsTask</name>
    <message>
        <source>Classification</source>
        <extracomment>The variable the text to classify or translate comes in.</extracomment>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Saved from the Classify tab: one of {labels}.</source>
        <translation>Enregistrée depuis l&apos;onglet Classer : une parmi {labels}.</translation>
    </message>
    <message>
        <source>Translate into {language}</source>
        <translation>Traduire en {language}</translation>
    </message>
    <message>
        <source>Saved from the Translate tab: the text of each row translated into {language}.</source>
        <translation>Enregistrée depuis l&apos;onglet Traduire : le texte de chaque ligne traduit en {language}.</translation>
    </message>
</context>
<context>
    <name>SavedComparisons</name>
    <message>
        <source>Saved comparisons</source>
        <translation>Comparaisons enregistrées</translation>
    </message>
    <message>
        <source>Comparisons you run are saved here.</source>
        <translation>Les comparaisons que vous lancez sont enregistrées ici.</translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Run the selected comparison again, with the same input</source>
        <translation>Relancer la comparaison sélectionnée avec la même entrée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>Supprimer la comparaison</translation>
    </message>
    <message>
        <source>Delete the selected comparison</source>
        <translation>Supprimer la comparaison sélectionnée</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Save the comparison as Markdown, CSV or HTML</source>
        <translation>Enregistrer la comparaison en Markdown, CSV ou HTML</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%Ln modèle</numerusform>
            <numerusform>%Ln modèles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Needs an embedding model: choose one for this collection above.</source>
        <translation>Nécessite un modèle d&apos;embedding : choisissez-en un pour cette collection ci-dessus.</translation>
    </message>
    <message>
        <source>Keyword</source>
        <extracomment>A search mode in the mode list.</extracomment>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Semantic</source>
        <translation>Sémantique</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>Requête de recherche</translation>
    </message>
    <message>
        <source>Words or a question to look for in this collection</source>
        <translation>Mots ou question à rechercher dans cette collection</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>Mode de recherche</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>How many passages to show</source>
        <translation>Nombre de passages à afficher</translation>
    </message>
    <message>
        <source>top </source>
        <extracomment>Before the number of results: &quot;top 8&quot;.</extracomment>
        <translation>max. </translation>
    </message>
    <message>
        <source>Search</source>
        <comment>verb: button</comment>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>pertinence {score}</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) found. Double-click one to open its file.</source>
        <translation>
            <numerusform>%Ln passage trouvé. Double-cliquez dessus pour ouvrir son fichier.</numerusform>
            <numerusform>%Ln passages trouvés. Double-cliquez sur l&apos;un d&apos;eux pour ouvrir son fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this collection matches. Try other words, or keyword mode.</source>
        <translation>Rien ne correspond dans cette collection. Essayez d&apos;autres mots ou le mode mots-clés.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title} : {message}</translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message>
        <source>Server status</source>
        <translation>État du serveur</translation>
    </message>
    <message>
        <source>Server off</source>
        <translation>Serveur arrêté</translation>
    </message>
    <message>
        <source>File › Server ({shortcut}) lets programs on this computer use Plinth&apos;s models</source>
        <translation>Fichier › Serveur ({shortcut}) permet aux programmes de cet ordinateur d&apos;utiliser les modèles de Plinth</translation>
    </message>
    <message>
        <source>Server: {address} · {now} now · {served} served</source>
        <translation>Serveur : {address} · {now} en cours · {served} traitées</translation>
    </message>
    <message numerus="yes">
        <source>OpenAI-compatible API at {address}: %n request(s) in flight, {served} answered. Programs send a token from File › Server tokens… as their API key.</source>
        <translation>
            <numerusform>API compatible OpenAI à l&apos;adresse {address} : %Ln requête en cours, {served} traitées. Les programmes envoient un jeton de Fichier › Jetons du serveur… comme clé d&apos;API.</numerusform>
            <numerusform>API compatible OpenAI à l&apos;adresse {address} : %Ln requêtes en cours, {served} traitées. Les programmes envoient un jeton de Fichier › Jetons du serveur… comme clé d&apos;API.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerSwitch</name>
    <message>
        <source>Offline mode is on: the server answers with local models only and refuses models behind an API.</source>
        <extracomment>How often the status bar reads the request counters while the server runs. How long closing the window waits for a server still starting, before it stops it.</extracomment>
        <translation>Le mode hors ligne est activé : le serveur ne répond qu&apos;avec des modèles locaux et refuse les modèles accessibles via une API.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <extracomment>A server started on the worker&apos;s thread, kept here as soon as it listens: the window may close before the worker&apos;s signal arrives, and must stop it then.</extracomment>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>Serve Plinth&apos;s models to programs on this computer: an OpenAI-compatible API on 127.0.0.1 ({shortcut})</source>
        <translation>Mettre les modèles de Plinth à disposition des programmes de cet ordinateur : une API compatible OpenAI sur 127.0.0.1 ({shortcut})</translation>
    </message>
    <message>
        <source>Server &amp;tokens…</source>
        <translation>&amp;Jetons du serveur…</translation>
    </message>
    <message>
        <source>Create and revoke the tokens programs use to reach the server</source>
        <translation>Créer et révoquer les jetons qu&apos;utilisent les programmes pour accéder au serveur</translation>
    </message>
    <message>
        <source>Server starting on port {port}…</source>
        <extracomment>The runner&apos;s served count when the history was last re-read (requests may have been saved in it).</extracomment>
        <translation>Démarrage du serveur sur le port {port}…</translation>
    </message>
    <message>
        <source>Server stopping…</source>
        <translation>Arrêt du serveur…</translation>
    </message>
    <message>
        <source>The server&apos;s port ({port} now) is set in File › Server tokens….</source>
        <translation>Le port du serveur (actuellement {port}) se règle dans Fichier › Jetons du serveur….</translation>
    </message>
</context>
<context>
    <name>ServerTokensDialog</name>
    <message>
        <source>Name</source>
        <extracomment>Ports below this need administrator rights on most systems. Narrowest the dialog gets: the token (51 characters) and its Copy button stay on one line.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>local and providers</source>
        <extracomment>What a token&apos;s switch cells say, on and off.</extracomment>
        <translation>locaux et fournisseurs</translation>
    </message>
    <message>
        <source>local only</source>
        <translation>locaux uniquement</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Programs on this computer (an editor, a notes app, your scripts) can use Plinth&apos;s models through its OpenAI-compatible server: point them at the server&apos;s address and give each its own token as the API key. Provider keys stay in the keychain.</source>
        <translation>Les programmes de cet ordinateur (un éditeur, une application de notes, vos scripts) peuvent utiliser les modèles de Plinth via son serveur compatible OpenAI : indiquez-leur l&apos;adresse du serveur et donnez à chacun son propre jeton comme clé d&apos;API. Les clés des fournisseurs restent dans le trousseau.</translation>
    </message>
    <message>
        <source>Copy this token now: Plinth keeps only a fingerprint of it and cannot show it again.</source>
        <translation>Copiez ce jeton maintenant : Plinth n&apos;en conserve qu&apos;une empreinte et ne pourra plus l&apos;afficher.</translation>
    </message>
    <message>
        <source>Offline mode is on: the server refuses models behind an API, whatever a token allows.</source>
        <translation>Le mode hors ligne est activé : le serveur refuse les modèles accessibles via une API, quoi qu&apos;autorise le jeton.</translation>
    </message>
    <message>
        <source>Server tokens</source>
        <translation>Jetons du serveur</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Nom du jeton</translation>
    </message>
    <message>
        <source>the program that will use it, e.g. editor</source>
        <translation>le programme qui l&apos;utilisera, p. ex. éditeur</translation>
    </message>
    <message>
        <source>May use models behind an API (with the keys in the keychain)</source>
        <translation>Peut utiliser des modèles via une API (avec les clés du trousseau)</translation>
    </message>
    <message>
        <source>Allow models behind an API</source>
        <translation>Autoriser les modèles via une API</translation>
    </message>
    <message>
        <source>Off: local models only. On: also the providers&apos; models, billed to your keys</source>
        <translation>Désactivé : modèles locaux uniquement. Activé : aussi les modèles des fournisseurs, facturés sur vos clés</translation>
    </message>
    <message>
        <source>Save its requests in the history, with tokens and cost</source>
        <translation>Enregistrer ses requêtes dans l&apos;historique, avec jetons et coût</translation>
    </message>
    <message>
        <source>Save requests in the history</source>
        <translation>Enregistrer les requêtes dans l&apos;historique</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>button: create a token</comment>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Créer un jeton</translation>
    </message>
    <message>
        <source>Token error</source>
        <translation>Erreur de jeton</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Nouveau jeton</translation>
    </message>
    <message>
        <source>Token shown once</source>
        <translation>Jeton affiché une seule fois</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard, to paste it in the program&apos;s settings</source>
        <translation>Copier le jeton dans le presse-papiers pour le coller dans les paramètres du programme</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>No tokens yet: programs cannot use the server until you create one.</source>
        <translation>Aucun jeton pour l&apos;instant : les programmes ne peuvent pas utiliser le serveur tant que vous n&apos;en avez pas créé un.</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Révoquer le jeton</translation>
    </message>
    <message>
        <source>The program using this token gets 401 from its next request on</source>
        <translation>Le programme qui utilise ce jeton reçoit une erreur 401 dès sa prochaine requête</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port d&apos;écoute</translation>
    </message>
    <message>
        <source>The server listens on 127.0.0.1 at this port; a change applies at its next start</source>
        <translation>Le serveur écoute sur 127.0.0.1 à ce port ; une modification s&apos;applique à son prochain démarrage</translation>
    </message>
    <message>
        <source>Offline note</source>
        <translation>Note sur le mode hors ligne</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>What a program&apos;s OpenAI settings call the base URL (or API base)</source>
        <translation>Ce que les paramètres OpenAI d&apos;un programme appellent base URL (ou API base)</translation>
    </message>
    <message>
        <source>Tick or untick to change it; the program&apos;s next request uses the new setting</source>
        <translation>Cochez ou décochez pour le modifier ; la prochaine requête du programme utilise le nouveau réglage</translation>
    </message>
    <message>
        <source>base URL {url}</source>
        <translation>URL de base {url}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Revoke the token “{name}”? The program using it gets 401 from its next request on, and needs a new token to use Plinth again.</source>
        <translation>Révoquer le jeton « {name} » ? Le programme qui l&apos;utilise reçoit une erreur 401 dès sa prochaine requête et aura besoin d&apos;un nouveau jeton pour utiliser à nouveau Plinth.</translation>
    </message>
</context>
<context>
    <name>SettingsSaver</name>
    <message>
        <source>Could not save the settings: {error}</source>
        <extracomment>How long after the last change (a key typed in the message box…) the settings are written.</extracomment>
        <translation>Impossible d&apos;enregistrer les paramètres : {error}</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>name error</source>
        <extracomment>What the editor calls the task in the messages of a save that fails (&quot;This task, line 4: schema: …&quot;). A field (as a save&apos;s error names it) → the accessible name of the error line under it.</extracomment>
        <translation>Erreur de nom</translation>
    </message>
    <message>
        <source>system_prompt error</source>
        <translation>Erreur du prompt système</translation>
    </message>
    <message>
        <source>template error</source>
        <translation>Erreur du modèle de prompt</translation>
    </message>
    <message>
        <source>labels error</source>
        <translation>Erreur des étiquettes</translation>
    </message>
    <message>
        <source>schema error</source>
        <translation>Erreur du schéma</translation>
    </message>
    <message>
        <source>variants error</source>
        <translation>Erreur des variantes</translation>
    </message>
    <message>
        <source>checks error</source>
        <translation>Erreur des vérifications</translation>
    </message>
    <message>
        <source>Task editor</source>
        <extracomment>The seed box&apos;s value that means &quot;no fixed seed&quot;.</extracomment>
        <translation>Éditeur de tâche</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>Nom de la tâche</translation>
    </message>
    <message>
        <source>Task description</source>
        <translation>Description de la tâche</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>What the model is (optional)</source>
        <translation>Ce qu&apos;est le modèle (facultatif)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle de prompt</translation>
    </message>
    <message>
        <source>The prompt; {{column}} takes a value from each row</source>
        <translation>Le prompt ; {{column}} prend une valeur de chaque ligne</translation>
    </message>
    <message>
        <source>Template variables</source>
        <translation>Variables du modèle de prompt</translation>
    </message>
    <message>
        <source>Output kind</source>
        <translation>Type de sortie</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Labels, separated by commas: spam, not spam</source>
        <translation>Étiquettes séparées par des virgules : spam, pas spam</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>Schéma JSON</translation>
    </message>
    <message>
        <source>Schema check</source>
        <translation>Vérification du schéma</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Jetons max.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no fixed seed</comment>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>Ajouter une variante</translation>
    </message>
    <message>
        <source>Another wording of the template to compare</source>
        <translation>Une autre formulation du modèle de prompt à comparer</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>Retirer la variante</translation>
    </message>
    <message>
        <source>Remove the selected variants</source>
        <translation>Retirer les variantes sélectionnées</translation>
    </message>
    <message>
        <source>Add check</source>
        <translation>Ajouter une vérification</translation>
    </message>
    <message>
        <source>A check run on each row&apos;s answer</source>
        <translation>Une vérification appliquée à la réponse de chaque ligne</translation>
    </message>
    <message>
        <source>Remove check</source>
        <translation>Retirer la vérification</translation>
    </message>
    <message>
        <source>Remove the selected checks</source>
        <translation>Retirer les vérifications sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <extracomment>Field name (as a save&apos;s error names it) → the error line under that field.</extracomment>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description de la tâche</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt</source>
        <translation>Prompt s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>Modèle de &amp;prompt</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>&amp;Sortie</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <source>Sche&amp;ma</source>
        <translation>Sché&amp;ma</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Échantillonnage</translation>
    </message>
    <message>
        <source>&amp;Variants</source>
        <translation>&amp;Variantes</translation>
    </message>
    <message>
        <source>C&amp;hecks</source>
        <translation>&amp;Vérifications</translation>
    </message>
    <message>
        <source>variant {number}</source>
        <comment>a new variant&apos;s name</comment>
        <translation>variante {number}</translation>
    </message>
    <message>
        <source>check {number}</source>
        <comment>a new check&apos;s name</comment>
        <translation>vérification {number}</translation>
    </message>
    <message>
        <source>Variables: {names}</source>
        <translation>Variables : {names}</translation>
    </message>
    <message>
        <source>No variables: every row gets the same prompt. Write {{column}} to use a column.</source>
        <translation>Aucune variable : chaque ligne reçoit le même prompt. Écrivez {{column}} pour utiliser une colonne.</translation>
    </message>
    <message>
        <source>This task: schema: a JSON task needs a JSON Schema. Type one, e.g. {&quot;type&quot;: &quot;object&quot;}.</source>
        <translation>Cette tâche : schema : une tâche JSON a besoin d&apos;un schéma JSON. Saisissez-en un, par ex. {&quot;type&quot;: &quot;object&quot;}.</translation>
    </message>
    <message>
        <source>This task: schema: not valid JSON ({problem}). Fix the JSON; quote every key.</source>
        <translation>Cette tâche : schema : JSON non valide ({problem}). Corrigez le JSON ; mettez chaque clé entre guillemets.</translation>
    </message>
    <message>
        <source>This task: schema: a JSON Schema is an object. Start it with {&quot;type&quot;: …}.</source>
        <translation>Cette tâche : schema : un schéma JSON est un objet. Commencez-le par {&quot;type&quot;: …}.</translation>
    </message>
    <message>
        <source>✓ A valid JSON Schema.</source>
        <translation>✓ Schéma JSON valide.</translation>
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
        <translation>En attente du fournisseur…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>tab</comment>
        <extracomment>The panel&apos;s state in ``settings.extra[settings_key]``; the window saves the settings. Tab title: one text typed in, beside the Batch tab (a whole file)</extracomment>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Batch</source>
        <comment>tab</comment>
        <extracomment>Tab title: the same task over a whole file of rows</extracomment>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Save as task</source>
        <translation>Enregistrer comme tâche</translation>
    </message>
    <message>
        <source>Open this set-up in the Tasks tab, to run over files</source>
        <translation>Ouvrir cette configuration dans l&apos;onglet Tâches, pour l&apos;exécuter sur des fichiers</translation>
    </message>
    <message>
        <source>No model is selected.</source>
        <translation>Aucun modèle n&apos;est sélectionné.</translation>
    </message>
    <message>
        <source>Install a model or add a provider, then pick it above.</source>
        <translation>Installez un modèle ou ajoutez un fournisseur, puis choisissez-le ci-dessus.</translation>
    </message>
    <message>
        <source>{title}.</source>
        <translation>{title}.</translation>
    </message>
    <message>
        <source>Not saved in the history</source>
        <translation>Non enregistré dans l&apos;historique</translation>
    </message>
</context>
<context>
    <name>TaskWords</name>
    <message>
        <source>Free text</source>
        <extracomment>The name core gives a task&apos;s own template when it runs as a variant. Output kind (core&apos;s value) → what the editor&apos;s list shows.</extracomment>
        <translation>Texte libre</translation>
    </message>
    <message>
        <source>One label from a list</source>
        <translation>Une étiquette d&apos;une liste</translation>
    </message>
    <message>
        <source>JSON matching a schema</source>
        <translation>JSON conforme à un schéma</translation>
    </message>
    <message>
        <source>Equals</source>
        <extracomment>Check kind (core&apos;s value, as a task file writes it) → what the checks table shows.</extracomment>
        <translation>Égal à</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Contient</translation>
    </message>
    <message>
        <source>Contains (any case)</source>
        <translation>Contient (sans casse)</translation>
    </message>
    <message>
        <source>Matches a regex</source>
        <translation>Correspond à une regex</translation>
    </message>
    <message>
        <source>Is JSON</source>
        <translation>Est du JSON</translation>
    </message>
    <message>
        <source>JSON path equals</source>
        <translation>Chemin JSON égal à</translation>
    </message>
    <message>
        <source>Number within</source>
        <translation>Nombre dans l&apos;écart</translation>
    </message>
    <message>
        <source>Length within</source>
        <translation>Longueur dans l&apos;intervalle</translation>
    </message>
    <message>
        <source>Similar meaning</source>
        <translation>Sens similaire</translation>
    </message>
    <message>
        <source>Judged by a model</source>
        <translation>Jugé par un modèle</translation>
    </message>
    <message>
        <source>default</source>
        <comment>the task&apos;s own template, as a variant&apos;s name</comment>
        <translation>par défaut</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <source>⚠ {name} — cannot be read</source>
        <translation>⚠ {name} — illisible</translation>
    </message>
    <message>
        <source>{name}  (built-in)</source>
        <translation>{name}  (intégrée)</translation>
    </message>
    <message>
        <source>Untitled task</source>
        <translation>Tâche sans titre</translation>
    </message>
    <message>
        <source>{name} (built-in: saving writes a copy) • unsaved changes</source>
        <translation>{name} (intégrée : l&apos;enregistrement écrit une copie) • modifications non enregistrées</translation>
    </message>
    <message>
        <source>{name} (built-in: saving writes a copy)</source>
        <translation>{name} (intégrée : l&apos;enregistrement écrit une copie)</translation>
    </message>
    <message>
        <source>{name} • unsaved changes</source>
        <translation>{name} • modifications non enregistrées</translation>
    </message>
    <message>
        <source>The answer passed every check.</source>
        <translation>La réponse a réussi toutes les vérifications.</translation>
    </message>
    <message>
        <source>The answer failed a check.</source>
        <translation>La réponse a échoué à une vérification.</translation>
    </message>
    <message>
        <source>The answer could not run.</source>
        <translation>La réponse n&apos;a pas pu être obtenue.</translation>
    </message>
    <message>
        <source>{done} of {total} cells done</source>
        <translation>{done} cellules sur {total} terminées</translation>
    </message>
    <message>
        <source>cancelled: Run again to resume where it stopped</source>
        <translation>annulée : relancez pour reprendre là où elle s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>{model} stopped: {reason}</source>
        <translation>{model} s&apos;est arrêté : {reason}</translation>
    </message>
    <message>
        <source>{done} of {total} cells · {speed} cells/s</source>
        <translation>{done} cellules sur {total} · {speed} cellules/s</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Start a new task</source>
        <translation>Commencer une nouvelle tâche</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate task</source>
        <translation>Dupliquer la tâche</translation>
    </message>
    <message>
        <source>A copy of this task to change</source>
        <translation>Une copie de cette tâche à modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Delete this task file (built-ins cannot be deleted)</source>
        <translation>Supprimer ce fichier de tâche (les tâches intégrées ne peuvent pas être supprimées)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import task</source>
        <translation>Importer une tâche</translation>
    </message>
    <message>
        <source>Add a task file someone shared</source>
        <translation>Ajouter un fichier de tâche partagé par quelqu&apos;un</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export task</source>
        <translation>Exporter la tâche</translation>
    </message>
    <message>
        <source>Save this task as a file to share</source>
        <translation>Enregistrer cette tâche dans un fichier à partager</translation>
    </message>
    <message>
        <source>Task</source>
        <extracomment>``settings.extra`` key of the tab&apos;s own state. The pages&apos; tab titles (&quot;Run&quot;: the page where a task is run; &quot;Matrix&quot;: the run&apos;s results, rows × models).</extracomment>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Data &amp;&amp; try</source>
        <translation>Données &amp;&amp; essai</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Task library</source>
        <extracomment>The library entry the editor holds (None: a new task, not saved yet).</extracomment>
        <translation>Bibliothèque de tâches</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>Titre de la tâche</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save task</source>
        <translation>Enregistrer la tâche</translation>
    </message>
    <message>
        <source>Save the task in your tasks folder (Ctrl+S)</source>
        <translation>Enregistrer la tâche dans votre dossier de tâches (Ctrl+S)</translation>
    </message>
    <message>
        <source>Tasks status</source>
        <translation>État des tâches</translation>
    </message>
    <message>
        <source>Task error</source>
        <translation>Erreur de tâche</translation>
    </message>
    <message>
        <source>Task pages</source>
        <translation>Pages de la tâche</translation>
    </message>
    <message>
        <source>The task was not saved</source>
        <translation>La tâche n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Saved a copy of the built-in in {path}.</source>
        <translation>Copie de la tâche intégrée enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>Enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exporté vers {path}.</translation>
    </message>
    <message>
        <source>This task file cannot be read</source>
        <translation>Ce fichier de tâche est illisible</translation>
    </message>
    <message>
        <source>New task</source>
        <comment>the name a new task starts with</comment>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <source>Delete the task “{name}” ({file})?</source>
        <translation>Supprimer la tâche « {name} » ({file}) ?</translation>
    </message>
    <message>
        <source>Deleted {file}.</source>
        <translation>{file} supprimé.</translation>
    </message>
    <message>
        <source>Imported “{name}”.</source>
        <translation>« {name} » importée.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <source>Save the task first.</source>
        <translation>Enregistrez d&apos;abord la tâche.</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.jsonl *.ndjson)</source>
        <translation>Tableaux (*.csv *.tsv *.txt *.jsonl *.ndjson)</translation>
    </message>
    <message>
        <source>Open input file</source>
        <translation>Ouvrir un fichier d&apos;entrée</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n row(s), columns {columns}.</source>
        <translation>
            <numerusform>{file} : %Ln ligne, colonnes {columns}.</numerusform>
            <numerusform>{file} : %Ln lignes, colonnes {columns}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a model to try the task on.</source>
        <translation>Choisissez un modèle sur lequel essayer la tâche.</translation>
    </message>
    <message>
        <source>Asking {model}…</source>
        <translation>Interrogation de {model}…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Open an input file first (Data &amp; try).</source>
        <translation>Ouvrez d&apos;abord un fichier d&apos;entrée (Données &amp; essai).</translation>
    </message>
    <message>
        <source>Pick at least one model that can run, and a variant.</source>
        <translation>Choisissez au moins un modèle utilisable et une variante.</translation>
    </message>
    <message>
        <source>Running {rows} rows × {columns} columns…</source>
        <translation>Exécution de {rows} lignes × {columns} colonnes…</translation>
    </message>
    <message>
        <source>Stopping after the cells under way…</source>
        <translation>Arrêt après les cellules en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the journal</source>
        <translation>
            <numerusform>%Ln reprise depuis le journal</numerusform>
            <numerusform>%Ln reprises depuis le journal</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was not saved in the history</source>
        <translation>L&apos;exécution n&apos;a pas été enregistrée dans l&apos;historique</translation>
    </message>
    <message>
        <source>Export run</source>
        <translation>Exporter l&apos;exécution</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>This task has unsaved changes. Discard them?</source>
        <translation>Cette tâche a des modifications non enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <source>Running without the cache: {reason}</source>
        <translation>Exécution sans le cache : {reason}</translation>
    </message>
    <message>
        <source>Task files (*.yaml *.yml)</source>
        <translation>Fichiers de tâche (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Transcript</source>
        <extracomment>Most time one flush spends rendering markdown (laying it out costs about as much again); the rest waits for the next one. Finished blocks are rendered in pieces of about this many characters, so a flush can stop within its budget. A message longer than this shows its beginning and says how long it is: laying out a megabyte in a QTextDocument stalls the window for about a second, and nobody reads it there. The whole text still goes to the model, the history and exports. How close to the end (in pixels) still counts as reading the latest text. The &quot;jump to latest&quot; button&apos;s distance from the text&apos;s bottom-right corner. Just after the header; rendered content follows. End of the last block rendered as markdown; the plain tail follows. Where the last rendered block starts, in the source and on screen, while later text may still extend it (a list, an indented code block). (stats line, error) once the answer has ended; the last blocks may still be rendering.</extracomment>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Ask anything to start the conversation.</source>
        <translation>Posez une question pour commencer la conversation.</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <extracomment>The latest answer&apos;s frame, for its sources once it is complete. The placeholder in the next answer&apos;s place (``show_waiting``). Whether new text scrolls into view: until the reader scrolls up, and again once they are back at the bottom or jump there. A state, not a check before each change: the document is laid out later (and again when the view is first shown or resized), so the end moves after the text has gone in. Held at the top until the reader scrolls (``show_from_start``): a finished answer reopened is read from its start, and the layout that comes later must not count as reaching its end.</extracomment>
        <translation>Aller au plus récent</translation>
    </message>
    <message>
        <source>↓ Latest</source>
        <translation>↓ Plus récent</translation>
    </message>
    <message>
        <source>Scroll to the latest message and follow the answer again</source>
        <translation>Faire défiler jusqu&apos;au dernier message et suivre à nouveau la réponse</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>The header over the person&apos;s own message in the chat</extracomment>
        <translation>Vous</translation>
    </message>
    <message>
        <source>… shortened here: the message has {length} characters and only the first {shown} are shown. The whole message is kept: in the history and its exports.</source>
        <translation>… raccourci ici : le message compte {length} caractères et seuls les {shown} premiers sont affichés. Le message complet est conservé dans l&apos;historique et ses exports.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources :</translation>
    </message>
</context>
<context>
    <name>TranslationPanel</name>
    <message>
        <source>Translation model</source>
        <extracomment>Where the panel keeps its state in ``Settings.extra``. The options of the translation running, for the history. The input file and CSV column of the file translation running.</extracomment>
        <translation>Modèle de traduction</translation>
    </message>
    <message>
        <source>Detect language</source>
        <translation>Détecter la langue</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Langue source</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Langue cible</translation>
    </message>
    <message>
        <source>Swap languages</source>
        <translation>Inverser les langues</translation>
    </message>
    <message>
        <source>Swap the languages and the texts (Ctrl+Shift+S)</source>
        <translation>Inverser les langues et les textes (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Terms that must be translated a given way</source>
        <translation>Termes à traduire d&apos;une manière imposée</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Vers</translation>
    </message>
    <message>
        <source>To&amp;ne</source>
        <translation>&amp;Ton</translation>
    </message>
    <message>
        <source>Translation notice</source>
        <translation>Avis de traduction</translation>
    </message>
    <message>
        <source>Translation mode</source>
        <translation>Mode de traduction</translation>
    </message>
    <message>
        <source>Translation batch</source>
        <translation>Traduction par lot</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texte source</translation>
    </message>
    <message>
        <source>Text to translate — Ctrl+Enter translates</source>
        <translation>Texte à traduire — Ctrl+Entrée pour traduire</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>The translation appears here.</source>
        <translation>La traduction apparaît ici.</translation>
    </message>
    <message>
        <source>Translation warnings</source>
        <translation>Avertissements de traduction</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Translation stats</source>
        <translation>Statistiques de traduction</translation>
    </message>
    <message>
        <source>Translation error</source>
        <translation>Erreur de traduction</translation>
    </message>
    <message>
        <source>Translate file…</source>
        <translation>Traduire un fichier…</translation>
    </message>
    <message>
        <source>Translate file</source>
        <translation>Traduire un fichier</translation>
    </message>
    <message>
        <source>Translate a .txt, .md, .srt file or a CSV column into a new file</source>
        <translation>Traduire un fichier .txt, .md, .srt ou une colonne CSV dans un nouveau fichier</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy translation</source>
        <translation>Copier la traduction</translation>
    </message>
    <message>
        <source>Copy the translation (Ctrl+Shift+C)</source>
        <translation>Copier la traduction (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop translation</source>
        <translation>Arrêter la traduction</translation>
    </message>
    <message>
        <source>Stop translating (Esc)</source>
        <translation>Arrêter de traduire (Échap)</translation>
    </message>
    <message>
        <source>Translate</source>
        <comment>verb</comment>
        <extracomment>The button that translates the typed text</extracomment>
        <translation>Traduire</translation>
    </message>
    <message>
        <source>Translate the text (Ctrl+Enter)</source>
        <translation>Traduire le texte (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Translation status</source>
        <translation>État de la traduction</translation>
    </message>
    <message>
        <source>File progress</source>
        <translation>Progression du fichier</translation>
    </message>
    <message>
        <source>File status</source>
        <translation>État du fichier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel file</source>
        <translation>Annuler le fichier</translation>
    </message>
    <message>
        <source>Stop translating the file; nothing is written</source>
        <translation>Arrêter la traduction du fichier ; rien n&apos;est écrit</translation>
    </message>
    <message>
        <source>Translating {name}…</source>
        <translation>Traduction de {name}…</translation>
    </message>
    <message>
        <source>Translating {name} into {output}…</source>
        <translation>Traduction de {name} vers {output}…</translation>
    </message>
    <message>
        <source>Choose the source language first, then swap.</source>
        <translation>Choisissez d&apos;abord la langue source, puis inversez.</translation>
    </message>
    <message>
        <source>Languages swapped.</source>
        <translation>Langues inversées.</translation>
    </message>
    <message>
        <source>Type or paste some text first.</source>
        <translation>Saisissez ou collez d&apos;abord du texte.</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>Traduction…</translation>
    </message>
    <message>
        <source>Translation copied.</source>
        <translation>Traduction copiée.</translation>
    </message>
    <message numerus="yes">
        <source>Done, with %n warning(s).</source>
        <translation>
            <numerusform>Terminé, avec %Ln avertissement.</numerusform>
            <numerusform>Terminé, avec %Ln avertissements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Stopped. The partial translation is not checked.</source>
        <translation>Arrêté. La traduction partielle n&apos;est pas vérifiée.</translation>
    </message>
    <message>
        <source>Translate a file</source>
        <translation>Traduire un fichier</translation>
    </message>
    <message>
        <source>This kind of file cannot be translated</source>
        <translation>Ce type de fichier ne peut pas être traduit</translation>
    </message>
    <message>
        <source>{name} is not one of {kinds}. Choose another file.</source>
        <translation>{name} n&apos;est pas de l&apos;un de ces types : {kinds}. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Column to translate</source>
        <translation>Colonne à traduire</translation>
    </message>
    <message>
        <source>Which column of {name} should be translated?</source>
        <translation>Quelle colonne de {name} faut-il traduire ?</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>{done} / {total} parts</source>
        <translation>{done} / {total} parties</translation>
    </message>
    <message>
        <source>about {duration} left</source>
        <translation>environ {duration} restantes</translation>
    </message>
    <message>
        <source>Part {number}: </source>
        <translation>Partie {number} : </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%Ln partie</numerusform>
            <numerusform>%Ln parties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {path} ({parts}, {warnings}).</source>
        <translation>{path} enregistré ({parts}, {warnings}).</translation>
    </message>
    <message>
        <source>Saved {path} ({parts}).</source>
        <translation>{path} enregistré ({parts}).</translation>
    </message>
    <message>
        <source>File translation cancelled; nothing was written.</source>
        <translation>Traduction du fichier annulée ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>{title}. Nothing was written.</source>
        <translation>{title}. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Save the translation as</source>
        <translation>Enregistrer la traduction sous</translation>
    </message>
    <message>
        <source>The translation would overwrite the original</source>
        <translation>La traduction écraserait l&apos;original</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Glossary ({count})</source>
        <translation>Glossaire ({count})</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…et %Ln autre.</numerusform>
            <numerusform>…et %Ln autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every part passed the checks.</source>
        <translation>Toutes les parties ont passé les vérifications.</translation>
    </message>
    <message>
        <source>Checks passed: numbers, URLs, placeholders, code, markdown, glossary, language and length.</source>
        <translation>Vérifications réussies : nombres, URL, espaces réservés, code, markdown, glossaire, langue et longueur.</translation>
    </message>
    <message>
        <source>Neutral</source>
        <extracomment>The tones, by the core&apos;s value.</extracomment>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Soutenu</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Familier</translation>
    </message>
    <message>
        <source>Text, Markdown, subtitles or CSV (*.txt *.md *.srt *.csv);;All files (*)</source>
        <translation>Texte, Markdown, sous-titres ou CSV (*.txt *.md *.srt *.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>TryPage</name>
    <message>
        <source>✗ Could not run:</source>
        <translation>✗ Exécution impossible :</translation>
    </message>
    <message>
        <source>No checks: the task has none.</source>
        <translation>Aucune vérification : la tâche n&apos;en a pas.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Open input file</source>
        <translation>Ouvrir un fichier d&apos;entrée</translation>
    </message>
    <message>
        <source>A CSV or JSONL file, one row per input</source>
        <translation>Un fichier CSV ou JSONL, une ligne par entrée</translation>
    </message>
    <message>
        <source>Use sample</source>
        <translation>Utiliser l&apos;exemple</translation>
    </message>
    <message>
        <source>Use sample file</source>
        <translation>Utiliser le fichier d&apos;exemple</translation>
    </message>
    <message>
        <source>The sample rows shipped with this built-in task</source>
        <translation>Les lignes d&apos;exemple fournies avec cette tâche intégrée</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>Fichier d&apos;entrée</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Preview variant</source>
        <translation>Variante de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Prompt preview</source>
        <translation>Aperçu du prompt</translation>
    </message>
    <message>
        <source>Preview problem</source>
        <translation>Problème d&apos;aperçu</translation>
    </message>
    <message>
        <source>Try model</source>
        <translation>Modèle d&apos;essai</translation>
    </message>
    <message>
        <source>Try on this row</source>
        <translation>Essayer sur cette ligne</translation>
    </message>
    <message>
        <source>Ask the model about this row (Ctrl+Return)</source>
        <translation>Interroger le modèle sur cette ligne (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop try</source>
        <translation>Arrêter l&apos;essai</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <source>Try status</source>
        <translation>État de l&apos;essai</translation>
    </message>
    <message>
        <source>Try answer</source>
        <translation>Réponse de l&apos;essai</translation>
    </message>
    <message>
        <source>Try parsed</source>
        <translation>Essai analysé</translation>
    </message>
    <message>
        <source>Try checks</source>
        <translation>Vérifications de l&apos;essai</translation>
    </message>
    <message>
        <source>&amp;Row</source>
        <translation>&amp;Ligne</translation>
    </message>
    <message>
        <source>&amp;Variant</source>
        <translation>&amp;Variante</translation>
    </message>
    <message>
        <source>Prompt for this row (system, then user)</source>
        <translation>Prompt de cette ligne (système, puis utilisateur)</translation>
    </message>
    <message>
        <source>No input file: open a CSV or JSONL file.</source>
        <translation>Aucun fichier d&apos;entrée : ouvrez un fichier CSV ou JSONL.</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> sur {count}</translation>
    </message>
    <message>
        <source>{problem} Open a file whose columns give them.</source>
        <translation>{problem} Ouvrez un fichier dont les colonnes les fournissent.</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>tok/s</source>
        <translation>jetons/s</translation>
    </message>
    <message>
        <source>rows/min</source>
        <translation>lignes/min</translation>
    </message>
</context>
<context>
    <name>VariantTable</name>
    <message>
        <source>Prompt variants</source>
        <extracomment>Where a check&apos;s kind is kept in its cell (the cell shows the kind&apos;s name in the window&apos;s language).</extracomment>
        <translation>Variantes du prompt</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle de prompt</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>The actions that work once the window has its services.</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>&amp;Fournisseurs…</translation>
    </message>
    <message>
        <source>Set up OpenAI, Anthropic, Gemini or OpenAI-compatible providers and their keys (Ctrl+Shift+P)</source>
        <translation>Configurer les fournisseurs OpenAI, Anthropic, Gemini ou compatibles OpenAI et leurs clés (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Model settings…</source>
        <translation>Paramètres du &amp;modèle…</translation>
    </message>
    <message>
        <source>Context size, threads and GPU layers for local models</source>
        <translation>Taille du contexte, fils d&apos;exécution et couches GPU des modèles locaux</translation>
    </message>
    <message>
        <source>&amp;Export all conversations…</source>
        <translation>&amp;Exporter toutes les conversations…</translation>
    </message>
    <message>
        <source>Save every conversation in one JSON archive</source>
        <translation>Enregistrer toutes les conversations dans une archive JSON</translation>
    </message>
    <message>
        <source>&amp;Import conversations…</source>
        <translation>&amp;Importer des conversations…</translation>
    </message>
    <message>
        <source>Add the conversations of a Plinth archive; those already here are skipped</source>
        <translation>Ajouter les conversations d&apos;une archive Plinth ; celles déjà présentes sont ignorées</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copier le diagnostic</translation>
    </message>
    <message>
        <source>&amp;About Plinth</source>
        <translation>À &amp;propos de Plinth</translation>
    </message>
    <message>
        <source>{variable}=1 is set: offline mode stays on until it is unset and Plinth restarts</source>
        <translation>{variable}=1 est défini : le mode hors ligne reste activé tant que la variable n&apos;est pas supprimée et Plinth redémarré</translation>
    </message>
    <message>
        <source>Turn off models behind an API and the Hugging Face Hub: nothing leaves this computer (Ctrl+Shift+O)</source>
        <translation>Désactiver les modèles accessibles via une API et le Hub Hugging Face : rien ne quitte cet ordinateur (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;Offline mode</source>
        <translation>Mode &amp;hors ligne</translation>
    </message>
</context>
<context>
    <name>_BatchWords</name>
    <message numerus="yes">
        <source>{done} of %n row(s) done</source>
        <translation>
            <numerusform>{done} sur %Ln ligne traitées</numerusform>
            <numerusform>{done} sur %Ln lignes traitées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more row(s) (in the exported report).</source>
        <translation>
            <numerusform>…et %Ln autre ligne (dans le rapport exporté).</numerusform>
            <numerusform>…et %Ln autres lignes (dans le rapport exporté).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ModelRow</name>
    <message>
        <source>Model {number}</source>
        <translation>Modèle {number}</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Retirer le modèle</translation>
    </message>
    <message>
        <source>Remove this model from the comparison</source>
        <translation>Retirer ce modèle de la comparaison</translation>
    </message>
    <message>
        <source>Remove model {number} from the comparison</source>
        <translation>Retirer le modèle {number} de la comparaison</translation>
    </message>
</context>
<context>
    <name>_StatsLine</name>
    <message>
        <source>TTFT {seconds}</source>
        <translation>Premier jeton en {seconds}</translation>
    </message>
    <message>
        <source>{tokens_in} in (estimated) / {tokens_out} out</source>
        <translation>{tokens_in} en entrée (estimé) / {tokens_out} en sortie</translation>
    </message>
    <message>
        <source>{tokens_in} in / {tokens_out} out</source>
        <translation>{tokens_in} en entrée / {tokens_out} en sortie</translation>
    </message>
    <message numerus="yes">
        <source>%n cached</source>
        <translation>
            <numerusform>%Ln en cache</numerusform>
            <numerusform>%Ln en cache</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coût inconnu</translation>
    </message>
    <message>
        <source>stopped at length limit</source>
        <translation>arrêté à la limite de longueur</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message numerus="yes">
        <source>%n earliest message(s) left out (context full)</source>
        <translation>
            <numerusform>%Ln message le plus ancien omis (contexte plein)</numerusform>
            <numerusform>%Ln messages les plus anciens omis (contexte plein)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>No model can run</source>
        <extracomment>How long closing the window waits for a cancelled task before it closes the engine.</extracomment>
        <translation>Aucun modèle ne peut s&apos;exécuter</translation>
    </message>
    <message>
        <source>The comparison is not ready</source>
        <translation>La comparaison n&apos;est pas prête</translation>
    </message>
    <message>
        <source>This model cannot be used now</source>
        <translation>Ce modèle ne peut pas être utilisé pour l&apos;instant</translation>
    </message>
    <message>
        <source>With {rows} labelled rows and {labels} labels, {method} scores best: {scores}.</source>
        <translation>Avec {rows} lignes étiquetées et {labels} étiquettes, {method} obtient le meilleur score : {scores}.</translation>
    </message>
    <message>
        <source>The gap ({gap}) is {why}: these data cannot tell them apart{tail}.</source>
        <translation>L&apos;écart ({gap}) est {why} : ces données ne permettent pas de les départager{tail}.</translation>
    </message>
    <message>
        <source>{method} gets within {near} of its full-set score from {rows} rows.</source>
        <translation>{method} arrive à moins de {near} de son score sur l&apos;ensemble complet dès {rows} lignes.</translation>
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
        <translation>Rien n&apos;a encore été mesuré.</translation>
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
        <translation>Davantage de lignes étiquetées peuvent encore aider {method} : sa courbe monte toujours sur l&apos;ensemble complet.</translation>
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
        <translation>le classifieur d&apos;embeddings ({model})</translation>
    </message>
    <message>
        <source>The embedding classifier</source>
        <translation>Le classifieur d&apos;embeddings</translation>
    </message>
    <message>
        <source>the embedding classifier</source>
        <translation>le classifieur d&apos;embeddings</translation>
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
        <translation>Le classifieur d&apos;embeddings ({model})</translation>
    </message>
    <message>
        <source>The embedding cache cannot be used</source>
        <translation>Le cache d&apos;embeddings est inutilisable</translation>
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
        <translation>à un coût inconnu (aucun prix connu pour l&apos;un ou l&apos;autre)</translation>
    </message>
    <message>
        <source>at an unknown cost (no price is known for {model})</source>
        <translation>à un coût inconnu (aucun prix connu pour {model})</translation>
    </message>
    <message>
        <source>at {cost} ({model}&apos;s cost is unknown)</source>
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
        <translation>Rien n&apos;a quitté cet ordinateur : rien dans les documents ne correspondait, donc aucun modèle n&apos;a été interrogé.</translation>
    </message>
    <message>
        <source>at 1/{share} of the cost</source>
        <translation>pour 1/{share} du coût</translation>
    </message>
    <message>
        <source>No model finished, so there is nothing to compare.</source>
        <translation>Aucun modèle n&apos;a terminé : il n&apos;y a rien à comparer.</translation>
    </message>
    <message>
        <source>They disagree: {choices}.</source>
        <translation>Ils divergent : {choices}.</translation>
    </message>
    <message>
        <source>Accuracy is unknown for some models.</source>
        <translation>L&apos;exactitude de certains modèles est inconnue.</translation>
    </message>
    <message>
        <source>Quality is not measured: read the answers side by side.</source>
        <translation>La qualité n&apos;est pas mesurée : lisez les réponses côte à côte.</translation>
    </message>
    <message>
        <source>the prompt and each column&apos;s system prompt (up to {n} characters)</source>
        <translation>le prompt et le prompt système de chaque colonne (jusqu&apos;à {n} caractères)</translation>
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
        <translation>Rien n&apos;a quitté cet ordinateur.</translation>
    </message>
    <message>
        <source>Only {model} finished, so there is nothing to compare.</source>
        <translation>Seul {model} a terminé : il n&apos;y a rien à comparer.</translation>
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
        <translation>Exactitude inconnue : aucune colonne de référence n&apos;a été indiquée.</translation>
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
        <translation>Un autre modèle d&apos;embeddings</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>Aucun modèle d&apos;embeddings</translation>
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
        <translation>Le modèle n&apos;a pas pu être chargé</translation>
    </message>
    <message>
        <source>The model&apos;s chat template failed</source>
        <translation>Le modèle de discussion du modèle a échoué</translation>
    </message>
    <message>
        <source>The model stopped unexpectedly</source>
        <translation>Le modèle s&apos;est arrêté de façon inattendue</translation>
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
        <source>The provider&apos;s server failed</source>
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
        <translation>Le fournisseur n&apos;a pas répondu à temps</translation>
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
        <translation>L&apos;historique est inutilisable</translation>
    </message>
    <message>
        <source>History is from a newer Plinth</source>
        <translation>L&apos;historique vient d&apos;un Plinth plus récent</translation>
    </message>
    <message>
        <source>History is damaged</source>
        <translation>L&apos;historique est endommagé</translation>
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
        <translation>L&apos;API locale n&apos;a pas pu démarrer</translation>
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
        <translation>La tâche ne peut pas s&apos;exécuter</translation>
    </message>
    <message>
        <source>A template variable has no value</source>
        <translation>Une variable du modèle n&apos;a pas de valeur</translation>
    </message>
    <message>
        <source>The file cannot be used</source>
        <translation>Le fichier est inutilisable</translation>
    </message>
</context>
</TS>
