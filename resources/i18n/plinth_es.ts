<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <source>Type a label's first letters in the Gold cell; Enter saves it and opens the next row.</source>
        <translation>Escribe las primeras letras de una etiqueta en la celda Referencia; Intro la guarda y abre la fila siguiente.</translation>
    </message>
    <message numerus="yes">
        <source>Retraining {model} on %n label(s)…</source>
        <translation><numerusform>Reentrenando {model} con %n etiqueta…</numerusform><numerusform>Reentrenando {model} con %n etiquetas…</numerusform></translation>
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
        <source>Train a new version of {model} on the file's labels and yours (%n new label(s)); the versions before it stay</source>
        <translation><numerusform>Entrena una nueva versión de {model} con las etiquetas del archivo y las tuyas (%n etiqueta nueva); las versiones anteriores se conservan</numerusform><numerusform>Entrena una nueva versión de {model} con las etiquetas del archivo y las tuyas (%n etiquetas nuevas); las versiones anteriores se conservan</numerusform></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>n/a</source>
        <extracomment>A value's text that measures its column when the values are all shorter. What a model without the metric shows instead of a bar.</extracomment>
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
        <translation><numerusform>{correct} de %n fila correctas · {wrong} incorrectas</numerusform><numerusform>{correct} de %n filas correctas · {wrong} incorrectas</numerusform></translation>
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
        <extracomment>Sort keys live here so numbers sort as numbers. Columns most rows leave empty: the view hides them until a row has something to say there. The columns' titles as shown, keyed by the English names the code finds columns by.</extracomment>
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
        <translation><numerusform>Mostrando %n fila incorrecta.</numerusform><numerusform>Mostrando %n filas incorrectas.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) labelled “{gold}”, called “{predicted}”.</source>
        <translation><numerusform>Mostrando %n fila etiquetada «{gold}» y clasificada como «{predicted}».</numerusform><numerusform>Mostrando %n filas etiquetadas «{gold}» y clasificadas como «{predicted}».</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) correctly labelled “{gold}”.</source>
        <translation><numerusform>Mostrando %n fila etiquetada correctamente como «{gold}».</numerusform><numerusform>Mostrando %n filas etiquetadas correctamente como «{gold}».</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} / %n row(s)</source>
        <translation><numerusform>{done} / %n fila</numerusform><numerusform>{done} / %n filas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resumed</source>
        <translation><numerusform>%n reanudada</numerusform><numerusform>%n reanudadas</numerusform></translation>
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
        <translation><numerusform>Cancelado tras {done} de %n fila. Ejecutar lote reanuda donde se detuvo.</numerusform><numerusform>Cancelado tras {done} de %n filas. Ejecutar lote reanuda donde se detuvo.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n row(s) in {time}</source>
        <translation><numerusform>Listo: %n fila en {time}</numerusform><numerusform>Listo: %n filas en {time}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the earlier run</source>
        <translation><numerusform>%n reanudada de la ejecución anterior</numerusform><numerusform>%n reanudadas de la ejecución anterior</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n fallida</numerusform><numerusform>%n fallidas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n abstained</source>
        <translation><numerusform>%n sin respuesta</numerusform><numerusform>%n sin respuesta</numerusform></translation>
    </message>
    <message>
        <source>saved as {name}</source>
        <translation>guardado como {name}</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) to label, the most uncertain first.</source>
        <translation><numerusform>Mostrando %n fila por etiquetar, las más dudosas primero.</numerusform><numerusform>Mostrando %n filas por etiquetar, las más dudosas primero.</numerusform></translation>
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
        <extracomment>The gold column's "no column" choice.</extracomment>
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
        <translation><numerusform>Empezando con %n fila…</numerusform><numerusform>Empezando con %n filas…</numerusform></translation>
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
        <translation><numerusform>{name} · %n fila</numerusform><numerusform>{name} · %n filas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Choose the columns and press Run batch.</source>
        <translation><numerusform>%n fila. Elige las columnas y pulsa Ejecutar lote.</numerusform><numerusform>%n filas. Elige las columnas y pulsa Ejecutar lote.</numerusform></translation>
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
        <extracomment>The title over Plinth's own reply when nothing in the documents matched.</extracomment>
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
    <name>CitedSources</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <extracomment>Finds a source's passage among its neighbours in the index; None when the index no longer holds it. The passage last opened (kept so it is not collected while shown).</extracomment>
        <translation><numerusform>%n pasaje</numerusform><numerusform>%n pasajes</numerusform></translation>
    </message>
    <message>
        <source>~{tokens} tokens</source>
        <translation>~{tokens} tokens</translation>
    </message>
    <message numerus="yes">
        <source>%n trimmed to fit</source>
        <translation><numerusform>%n recortado para caber</numerusform><numerusform>%n recortados para caber</numerusform></translation>
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
        <extracomment>The axis of the model's labels (across the top of the confusion matrix).</extracomment>
        <translation>Predicho</translation>
    </message>
    <message>
        <source>Gold</source>
        <extracomment>The axis of the right answers (down the side of the confusion matrix).</extracomment>
        <translation>Referencia</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) correctly labelled “{gold}”</source>
        <translation><numerusform>%n fila etiquetada correctamente como «{gold}»</numerusform><numerusform>%n filas etiquetadas correctamente como «{gold}»</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) labelled “{gold}” that the model called “{predicted}” — click to see them</source>
        <translation><numerusform>%n fila etiquetada «{gold}» que el modelo clasificó como «{predicted}»: haz clic para verla</numerusform><numerusform>%n filas etiquetadas «{gold}» que el modelo clasificó como «{predicted}»: haz clic para verlas</numerusform></translation>
    </message>
    <message>
        <source>gold {gold}, predicted {predicted}: {count}</source>
        <translation>referencia {gold}, predicho {predicted}: {count}</translation>
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
        <extracomment>The background of a search hit; the text on it stays dark in light and dark palettes. A search hit's snippet as rich text, the matched words highlighted.</extracomment>
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
        <translation><numerusform>versión {version}: %n etiqueta, macro-F1 {f1}</numerusform><numerusform>versión {version}: %n etiquetas, macro-F1 {f1}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{f1} · %n label(s)</source>
        <translation><numerusform>{f1} · %n etiqueta</numerusform><numerusform>{f1} · %n etiquetas</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <source>%n message(s) · {model}</source>
        <translation><numerusform>%n mensaje · {model}</numerusform><numerusform>%n mensajes · {model}</numerusform></translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>New chat</source>
        <extracomment>How long after the last key press the search runs. How long "Conversation deleted — Undo" stays. The conversation whose answer is streaming: it cannot be deleted now. A refresh asked for while a title was being edited: it runs once the editor closes.</extracomment>
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
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Best: {metric}</source>
        <extracomment>Tooltip of a metrics table cell with the best value; {metric} is the metric's name.</extracomment>
        <translation>Mejor: {metric}</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Transcript</source>
        <extracomment>Most time one flush spends rendering markdown (laying it out costs about as much again); the rest waits for the next one. Finished blocks are rendered in pieces of about this many characters, so a flush can stop within its budget. A message longer than this shows its beginning and says how long it is: laying out a megabyte in a QTextDocument stalls the window for about a second, and nobody reads it there. The whole text still goes to the model, the history and exports. How close to the end (in pixels) still counts as reading the latest text. The "jump to latest" button's distance from the text's bottom-right corner. Just after the header; rendered content follows. End of the last block rendered as markdown; the plain tail follows. Where the last rendered block starts, in the source and on screen, while later text may still extend it (a list, an indented code block). (stats line, error) once the answer has ended; the last blocks may still be rendering.</extracomment>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Ask anything to start the conversation.</source>
        <translation>Pregunta lo que quieras para empezar la conversación.</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <extracomment>The latest answer's frame, for its sources once it is complete. The placeholder in the next answer's place (``show_waiting``). Whether new text scrolls into view: until the reader scrolls up, and again once they are back at the bottom or jump there. A state, not a check before each change: the document is laid out later (and again when the view is first shown or resized), so the end moves after the text has gone in. Held at the top until the reader scrolls (``show_from_start``): a finished answer reopened is read from its start, and the layout that comes later must not count as reaching its end.</extracomment>
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
        <extracomment>The header over the person's own message in the chat</extracomment>
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
        <source>at {cost} ({model}'s cost is unknown)</source>
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
        <source>the prompt and each column's system prompt (up to {n} characters)</source>
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
        <source>The model's chat template failed</source>
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
        <source>The provider's server failed</source>
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