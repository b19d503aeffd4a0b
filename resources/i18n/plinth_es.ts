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
        <source>The embedding cache cannot be used</source>
        <translation>No se puede usar la caché de embeddings</translation>
    </message>
    <message>
        <source>A saved classifier cannot be read</source>
        <translation>No se puede leer un clasificador guardado</translation>
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
        <source>Saved comparisons cannot be used</source>
        <translation>No se pueden usar las comparaciones guardadas</translation>
    </message>
    <message>
        <source>Comparison not found</source>
        <translation>Comparación no encontrada</translation>
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
        <source>The questions file cannot be used</source>
        <translation>No se puede usar el archivo de preguntas</translation>
    </message>
    <message>
        <source>File not indexed</source>
        <translation>Archivo no indexado</translation>
    </message>
    <message>
        <source>Another embedding model</source>
        <translation>Otro modelo de embeddings</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>Sin modelo de embeddings</translation>
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
        <source>Conversation not found</source>
        <translation>Conversación no encontrada</translation>
    </message>
    <message>
        <source>Message not found</source>
        <translation>Mensaje no encontrado</translation>
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
        <source>Not a LoRA adapter</source>
        <translation>No es un adaptador LoRA</translation>
    </message>
    <message>
        <source>The model catalogue is damaged</source>
        <translation>El catálogo de modelos está dañado</translation>
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
        <source>Model already in the library</source>
        <translation>El modelo ya está en la biblioteca</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>Ajustes del proveedor</translation>
    </message>
    <message>
        <source>The keychain refused</source>
        <translation>El llavero se negó</translation>
    </message>
    <message>
        <source>The local API could not start</source>
        <translation>No se pudo iniciar la API local</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation>Token del servidor</translation>
    </message>
    <message>
        <source>The answer cache cannot be used</source>
        <translation>No se puede usar la caché de respuestas</translation>
    </message>
    <message>
        <source>The task file cannot be used</source>
        <translation>No se puede usar el archivo de tarea</translation>
    </message>
    <message>
        <source>The JSON path cannot be used</source>
        <translation>No se puede usar la ruta JSON</translation>
    </message>
    <message>
        <source>Task library</source>
        <translation>Biblioteca de tareas</translation>
    </message>
    <message>
        <source>The promptfoo config cannot be imported</source>
        <translation>No se puede importar la configuración de promptfoo</translation>
    </message>
    <message>
        <source>Task run not found</source>
        <translation>No se encontró la ejecución de la tarea</translation>
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
        <source>The file cannot be used</source>
        <translation>No se puede usar el archivo</translation>
    </message>
</context>
</TS>
