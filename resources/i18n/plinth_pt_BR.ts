<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>ActiveLabelling</name>
    <message>
        <source>Choose the gold column (where your labels go) to label rows in place.</source>
        <translation>Escolha a coluna de referência (onde ficam seus rótulos) para rotular as linhas aqui mesmo.</translation>
    </message>
    <message>
        <source>Most uncertain first</source>
        <extracomment>A retrain asked for the batch to run again: when that run ends, the queue is shown in its new order.</extracomment>
        <translation>Mais incertas primeiro</translation>
    </message>
    <message>
        <source>Label the most uncertain first</source>
        <translation>Rotular primeiro as mais incertas</translation>
    </message>
    <message>
        <source>Show the rows with no label, the one the classifier is least sure of first; type a label, Enter for the next</source>
        <translation>Mostra as linhas sem rótulo, primeiro aquela de que o classificador tem menos certeza; digite um rótulo e Enter para a próxima</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>Retreinar</translation>
    </message>
    <message>
        <source>Retrain classifier</source>
        <translation>Retreinar o classificador</translation>
    </message>
    <message>
        <source>Train a new version on the labels</source>
        <translation>Treina uma nova versão com os rótulos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel retraining</source>
        <translation>Cancelar o retreinamento</translation>
    </message>
    <message>
        <source>Stop retraining; nothing is saved</source>
        <translation>Para o retreinamento; nada é salvo</translation>
    </message>
    <message>
        <source>Export labels…</source>
        <translation>Exportar rótulos…</translation>
    </message>
    <message>
        <source>Export labels</source>
        <translation>Exportar rótulos</translation>
    </message>
    <message>
        <source>Save the file with your labels in it</source>
        <translation>Salva o arquivo com seus rótulos</translation>
    </message>
    <message>
        <source>Retraining progress</source>
        <translation>Progresso do retreinamento</translation>
    </message>
    <message>
        <source>Labelling status</source>
        <translation>Status da rotulagem</translation>
    </message>
    <message>
        <source>Labelling error</source>
        <translation>Erro de rotulagem</translation>
    </message>
    <message>
        <source>No rows to label: every row with probabilities has a label.</source>
        <translation>Nenhuma linha para rotular: todas as linhas com probabilidades têm rótulo.</translation>
    </message>
    <message>
        <source>Type a label's first letters in the Gold cell; Enter saves it and opens the next row.</source>
        <translation>Digite as primeiras letras de um rótulo na célula Referência; Enter salva e abre a próxima linha.</translation>
    </message>
    <message numerus="yes">
        <source>Retraining {model} on %n label(s)…</source>
        <translation><numerusform>Retreinando {model} com %n rótulo…</numerusform><numerusform>Retreinando {model} com %n rótulos…</numerusform></translation>
    </message>
    <message>
        <source>Cancelling the retraining…</source>
        <translation>Cancelando o retreinamento…</translation>
    </message>
    <message>
        <source>Export the labels</source>
        <translation>Exportar os rótulos</translation>
    </message>
    <message>
        <source>Same as the input ({pattern})</source>
        <translation>Igual à entrada ({pattern})</translation>
    </message>
    <message>
        <source>Saved {model} version {version} ({name}@{version}); classifying the batch with it…</source>
        <translation>{model} versão {version} salvo ({name}@{version}); classificando o lote com ela…</translation>
    </message>
    <message>
        <source>{message} Your labels are kept.</source>
        <translation>{message} Seus rótulos foram mantidos.</translation>
    </message>
    <message>
        <source>Retraining cancelled; nothing was saved and your labels are kept.</source>
        <translation>Retreinamento cancelado; nada foi salvo e seus rótulos foram mantidos.</translation>
    </message>
    <message>
        <source>Saved the labels as {path}.</source>
        <translation>Rótulos salvos como {path}.</translation>
    </message>
    <message>
        <source>Retrain {model} ({count} new)</source>
        <translation>Retreinar {model} ({count} novos)</translation>
    </message>
    <message numerus="yes">
        <source>Train a new version of {model} on the file's labels and yours (%n new label(s)); the versions before it stay</source>
        <translation><numerusform>Treina uma nova versão de {model} com os rótulos do arquivo e os seus (%n rótulo novo); as versões anteriores permanecem</numerusform><numerusform>Treina uma nova versão de {model} com os rótulos do arquivo e os seus (%n rótulos novos); as versões anteriores permanecem</numerusform></translation>
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
        <translation>Ainda não há resultados</translation>
    </message>
    <message>
        <source>{label} {value} (best)</source>
        <translation>{label} {value} (melhor)</translation>
    </message>
</context>
<context>
    <name>BatchMetricsView</name>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Revocação</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>Valor F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Suporte</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Per-class metrics</source>
        <translation>Métricas por classe</translation>
    </message>
    <message>
        <source>Click a cell to see its rows in the table.</source>
        <translation>Clique em uma célula para ver suas linhas na tabela.</translation>
    </message>
    <message>
        <source>Click a cell to list its rows.</source>
        <translation>Clique em uma célula para listar suas linhas.</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Acurácia</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>F1 macro</translation>
    </message>
    <message numerus="yes">
        <source>{correct} of %n row(s) right · {wrong} wrong</source>
        <translation><numerusform>{correct} de %n linha corretas · {wrong} erradas</numerusform><numerusform>{correct} de %n linhas corretas · {wrong} erradas</numerusform></translation>
    </message>
    <message>
        <source>so far: the run was cancelled</source>
        <translation>até agora: a execução foi cancelada</translation>
    </message>
</context>
<context>
    <name>BatchResultsModel</name>
    <message>
        <source>Row</source>
        <extracomment>Sort keys live here so numbers sort as numbers. Columns most rows leave empty: the view hides them until a row has something to say there. The columns' titles as shown, keyed by the English names the code finds columns by.</extracomment>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Incerteza</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latência</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tradução</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Your label (the file says “{label}”)</source>
        <extracomment>The sparse columns some row has a value in, kept as results arrive (a run may have thousands). Whether the Uncertainty column is wanted (labelling the most uncertain rows first).</extracomment>
        <translation>Seu rótulo (o arquivo diz “{label}”)</translation>
    </message>
    <message>
        <source>Your label</source>
        <translation>Seu rótulo</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>(falhou)</translation>
    </message>
    <message>
        <source>(abstained)</source>
        <translation>(absteve-se)</translation>
    </message>
</context>
<context>
    <name>BatchResultsView</name>
    <message>
        <source>All rows</source>
        <extracomment>The widest a result column grows to fit its content; Text (and Translation) take the rest.</extracomment>
        <translation>Todas as linhas</translation>
    </message>
    <message>
        <source>Batch results</source>
        <translation>Resultados do lote</translation>
    </message>
    <message>
        <source>Results filter</source>
        <translation>Filtro de resultados</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar tudo</translation>
    </message>
    <message>
        <source>Show all rows</source>
        <translation>Mostrar todas as linhas</translation>
    </message>
    <message>
        <source>Show every row again</source>
        <translation>Mostra todas as linhas novamente</translation>
    </message>
    <message>
        <source>Show errors</source>
        <translation>Mostrar erros</translation>
    </message>
    <message>
        <source>Show only the rows the model got wrong</source>
        <translation>Mostra só as linhas em que o modelo errou</translation>
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
        <translation>Salva uma cópia do CSV de saída</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.</source>
        <translation>Não foi possível salvar {name}: {reason}.</translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation>Escolha outra pasta ou outro nome de arquivo.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n wrong row(s).</source>
        <translation><numerusform>Mostrando %n linha errada.</numerusform><numerusform>Mostrando %n linhas erradas.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) labelled “{gold}”, called “{predicted}”.</source>
        <translation><numerusform>Mostrando %n linha rotulada “{gold}”, classificada como “{predicted}”.</numerusform><numerusform>Mostrando %n linhas rotuladas “{gold}”, classificadas como “{predicted}”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) correctly labelled “{gold}”.</source>
        <translation><numerusform>Mostrando %n linha rotulada corretamente como “{gold}”.</numerusform><numerusform>Mostrando %n linhas rotuladas corretamente como “{gold}”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} / %n row(s)</source>
        <translation><numerusform>{done} / %n linha</numerusform><numerusform>{done} / %n linhas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resumed</source>
        <translation><numerusform>%n retomada</numerusform><numerusform>%n retomadas</numerusform></translation>
    </message>
    <message>
        <source>{rate} rows/s</source>
        <translation>{rate} linhas/s</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>faltam cerca de {time}</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after {done} of %n row(s). Run batch resumes where it stopped.</source>
        <translation><numerusform>Cancelado após {done} de %n linha. Executar lote retoma de onde parou.</numerusform><numerusform>Cancelado após {done} de %n linhas. Executar lote retoma de onde parou.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n row(s) in {time}</source>
        <translation><numerusform>Concluído: %n linha em {time}</numerusform><numerusform>Concluído: %n linhas em {time}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the earlier run</source>
        <translation><numerusform>%n retomada da execução anterior</numerusform><numerusform>%n retomadas da execução anterior</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n com falha</numerusform><numerusform>%n com falha</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n abstained</source>
        <translation><numerusform>%n abstenção</numerusform><numerusform>%n abstenções</numerusform></translation>
    </message>
    <message>
        <source>saved as {name}</source>
        <translation>salvo como {name}</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) to label, the most uncertain first.</source>
        <translation><numerusform>Mostrando %n linha para rotular, as mais incertas primeiro.</numerusform><numerusform>Mostrando %n linhas para rotular, as mais incertas primeiro.</numerusform></translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Exportar os resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <source>(none)</source>
        <extracomment>The gold column's "no column" choice.</extracomment>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <source>No file open.</source>
        <translation>Nenhum arquivo aberto.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Abrir arquivo…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir arquivo</translation>
    </message>
    <message>
        <source>Open a CSV or JSONL file to run over</source>
        <translation>Abre um arquivo CSV ou JSONL para processar</translation>
    </message>
    <message>
        <source>Batch file</source>
        <translation>Arquivo do lote</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation>Coluna de texto</translation>
    </message>
    <message>
        <source>The column whose text the model reads.</source>
        <translation>A coluna cujo texto o modelo lê.</translation>
    </message>
    <message>
        <source>Gold column</source>
        <translation>Coluna de referência</translation>
    </message>
    <message>
        <source>The column with the right answers, to measure the model against (optional).</source>
        <translation>A coluna com as respostas certas, para avaliar o modelo (opcional).</translation>
    </message>
    <message>
        <source>&amp;Text column</source>
        <translation>Coluna de &amp;texto</translation>
    </message>
    <message>
        <source>&amp;Gold column</source>
        <translation>Coluna de &amp;referência</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Arquivo de saída</translation>
    </message>
    <message>
        <source>Where the results go (chosen when a file is opened)</source>
        <translation>Onde ficam os resultados (escolhido ao abrir um arquivo)</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Alterar…</translation>
    </message>
    <message>
        <source>Choose output file</source>
        <translation>Escolher arquivo de saída</translation>
    </message>
    <message>
        <source>Choose where the results are saved</source>
        <translation>Escolha onde os resultados são salvos</translation>
    </message>
    <message>
        <source>O&amp;utput</source>
        <translation>&amp;Saída</translation>
    </message>
    <message>
        <source>Resume notice</source>
        <translation>Aviso de retomada</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recomeçar</translation>
    </message>
    <message>
        <source>Discard the rows done by the earlier run</source>
        <translation>Descarta as linhas feitas na execução anterior</translation>
    </message>
    <message>
        <source>Rows at once</source>
        <translation>Linhas por vez</translation>
    </message>
    <message>
        <source>Rows sent to a remote model at once (it slows down when the provider says too many). Local models take one row at a time.</source>
        <translation>Linhas enviadas ao mesmo tempo a um modelo remoto (desacelera quando o provedor indica excesso). Modelos locais processam uma linha por vez.</translation>
    </message>
    <message>
        <source>Run batch</source>
        <translation>Executar lote</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>Cancelar lote</translation>
    </message>
    <message>
        <source>Run the model over every row</source>
        <translation>Executa o modelo em cada linha</translation>
    </message>
    <message>
        <source>Stop after the rows in progress</source>
        <translation>Para após as linhas em andamento</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Progresso do lote</translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation>Status do lote</translation>
    </message>
    <message>
        <source>Batch error</source>
        <translation>Erro do lote</translation>
    </message>
    <message>
        <source>Batch notes</source>
        <translation>Observações do lote</translation>
    </message>
    <message>
        <source>&amp;Rows at once</source>
        <translation>&amp;Linhas por vez</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lendo {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Starting on %n row(s)…</source>
        <translation><numerusform>Começando com %n linha…</numerusform><numerusform>Começando com %n linhas…</numerusform></translation>
    </message>
    <message>
        <source>Cancelling: finishing the rows in progress…</source>
        <translation>Cancelando: concluindo as linhas em andamento…</translation>
    </message>
    <message>
        <source>Open a file to run over</source>
        <translation>Abrir um arquivo para processar</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.jsonl);;All files (*)</source>
        <translation>Tabelas (*.csv *.tsv *.txt *.jsonl);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>{name} · %n row(s)</source>
        <translation><numerusform>{name} · %n linha</numerusform><numerusform>{name} · %n linhas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Choose the columns and press Run batch.</source>
        <translation><numerusform>%n linha. Escolha as colunas e clique em Executar lote.</numerusform><numerusform>%n linhas. Escolha as colunas e clique em Executar lote.</numerusform></translation>
    </message>
    <message>
        <source>Save the results as</source>
        <translation>Salvar os resultados como</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not discard the earlier run</source>
        <translation>Não foi possível descartar a execução anterior</translation>
    </message>
    <message>
        <source>{reason}. Choose another output file.</source>
        <translation>{reason}. Escolha outro arquivo de saída.</translation>
    </message>
    <message>
        <source>The earlier run was discarded; Run batch starts from the first row.</source>
        <translation>A execução anterior foi descartada; Executar lote começa da primeira linha.</translation>
    </message>
    <message>
        <source>The output would overwrite the input</source>
        <translation>A saída sobrescreveria a entrada</translation>
    </message>
    <message>
        <source>Choose another output file.</source>
        <translation>Escolha outro arquivo de saída.</translation>
    </message>
    <message>
        <source>Cannot write the results there</source>
        <translation>Não é possível gravar os resultados aí</translation>
    </message>
    <message>
        <source>{folder} is not a folder Plinth can write to. Choose another output file.</source>
        <translation>{folder} não é uma pasta em que o Plinth possa gravar. Escolha outro arquivo de saída.</translation>
    </message>
    <message>
        <source>{message} The rows done so far are kept: Run batch resumes after them.</source>
        <translation>{message} As linhas feitas até agora foram mantidas: Executar lote retoma depois delas.</translation>
    </message>
    <message>
        <source>Stopped by an error.</source>
        <translation>Parado por um erro.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} salvo.</translation>
    </message>
    <message>
        <source>Not saved in the history</source>
        <translation>Não salvo no histórico</translation>
    </message>
    <message>
        <source>An earlier run into {name} stopped part-way. Run batch resumes it when the model and settings are the same; Start over discards it.</source>
        <translation>Uma execução anterior em {name} parou no meio. Executar lote a retoma se o modelo e as configurações forem os mesmos; Recomeçar a descarta.</translation>
    </message>
</context>
<context>
    <name>ChatDocuments</name>
    <message>
        <source>No model was asked: nothing in the attached documents matched.</source>
        <extracomment>The title over Plinth's own reply when nothing in the documents matched.</extracomment>
        <translation>Nenhum modelo foi consultado: nada nos documentos anexados correspondeu.</translation>
    </message>
    <message>
        <source>Stopped while searching the documents.</source>
        <extracomment>Under an answer stopped before its passages were found.</extracomment>
        <translation>Parado durante a busca nos documentos.</translation>
    </message>
    <message>
        <source>Searching {names}…</source>
        <extracomment>The model and its title the answer searched for is to be asked.</extracomment>
        <translation>Buscando em {names}…</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Install a model or add a provider to start chatting.</source>
        <translation>Instale um modelo ou adicione um provedor para começar a conversar.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <extracomment>Keys in ``settings.extra``. Models that have answered since they were (re)started; the others load first. The status line last shown for a model that cannot be used, cleared once it can.</extracomment>
        <translation>Prompt do sistema</translation>
    </message>
    <message>
        <source>System prompt (optional), e.g. “You are a concise assistant.”</source>
        <translation>Prompt do sistema (opcional), ex.: “Você é um assistente conciso.”</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Gerar novamente</translation>
    </message>
    <message>
        <source>Answer the last message again</source>
        <translation>Responder novamente à última mensagem</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Button: copy the last answer to the clipboard</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the last answer</source>
        <translation>Copiar a última resposta</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Novo chat</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Iniciar uma nova conversa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Message — Enter to send, Shift+Enter for a new line</source>
        <translation>Mensagem — Enter para enviar, Shift+Enter para nova linha</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar a mensagem</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Parar a resposta</translation>
    </message>
    <message>
        <source>Stop the answer before opening another conversation.</source>
        <translation>Pare a resposta antes de abrir outra conversa.</translation>
    </message>
    <message>
        <source>Answer copied.</source>
        <translation>Resposta copiada.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Parado.</translation>
    </message>
    <message>
        <source>{model} is answering…</source>
        <translation>{model} está respondendo…</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Pronto.</translation>
    </message>
    <message>
        <source>{title}. You can send again.</source>
        <translation>{title}. Você pode enviar novamente.</translation>
    </message>
    <message>
        <source>Type a message first.</source>
        <translation>Digite uma mensagem primeiro.</translation>
    </message>
    <message>
        <source>Searching the documents…</source>
        <translation>Buscando nos documentos…</translation>
    </message>
    <message>
        <source>Nothing found in the attached documents.</source>
        <translation>Nada encontrado nos documentos anexados.</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Carregando o modelo…</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <source>Could not save the conversation: {error}</source>
        <translation>Não foi possível salvar a conversa: {error}</translation>
    </message>
    <message>
        <source>Could not reopen the last conversation: {error}</source>
        <translation>Não foi possível reabrir a última conversa: {error}</translation>
    </message>
    <message>
        <source>This conversation used {model}, which cannot run now; pick a model to continue it.</source>
        <translation>Esta conversa usou {model}, que não pode ser executado agora; escolha um modelo para continuá-la.</translation>
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
        <translation>Mais alta é mais variada; mais baixa é mais focada.</translation>
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
        <translation>A resposta mais longa, em tokens.</translation>
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
        <translation>O Plinth foi fechado antes de esta resposta terminar.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
</context>
<context>
    <name>CitedSources</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <extracomment>Finds a source's passage among its neighbours in the index; None when the index no longer holds it. The passage last opened (kept so it is not collected while shown).</extracomment>
        <translation><numerusform>%n trecho</numerusform><numerusform>%n trechos</numerusform></translation>
    </message>
    <message>
        <source>~{tokens} tokens</source>
        <translation>~{tokens} tokens</translation>
    </message>
    <message numerus="yes">
        <source>%n trimmed to fit</source>
        <translation><numerusform>%n cortado para caber</numerusform><numerusform>%n cortados para caber</numerusform></translation>
    </message>
</context>
<context>
    <name>ConfusionHeatmap</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusão</translation>
    </message>
    <message>
        <source>No confusion matrix yet</source>
        <translation>Ainda não há matriz de confusão</translation>
    </message>
    <message>
        <source>Predicted</source>
        <extracomment>The axis of the model's labels (across the top of the confusion matrix).</extracomment>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Gold</source>
        <extracomment>The axis of the right answers (down the side of the confusion matrix).</extracomment>
        <translation>Referência</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) correctly labelled “{gold}”</source>
        <translation><numerusform>%n linha rotulada corretamente como “{gold}”</numerusform><numerusform>%n linhas rotuladas corretamente como “{gold}”</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) labelled “{gold}” that the model called “{predicted}” — click to see them</source>
        <translation><numerusform>%n linha rotulada “{gold}” que o modelo classificou como “{predicted}” — clique para vê-la</numerusform><numerusform>%n linhas rotuladas “{gold}” que o modelo classificou como “{predicted}” — clique para vê-las</numerusform></translation>
    </message>
    <message>
        <source>gold {gold}, predicted {predicted}: {count}</source>
        <translation>referência {gold}, previsto {predicted}: {count}</translation>
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
        <translation>Responder a partir das suas coleções de documentos, com citações</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Documentos anexados</translation>
    </message>
    <message>
        <source>Passages from {names} → {destination}</source>
        <translation>Trechos de {names} → {destination}</translation>
    </message>
    <message>
        <source>Docs: {names}</source>
        <translation>Documentos: {names}</translation>
    </message>
    <message>
        <source>{privacy}: the passages found for each question are sent with it.</source>
        <translation>{privacy}: os trechos encontrados para cada pergunta são enviados com ela.</translation>
    </message>
    <message>
        <source>The passages found for each question stay on this computer.</source>
        <translation>Os trechos encontrados para cada pergunta ficam neste computador.</translation>
    </message>
    <message>
        <source>Cannot read the collections: {error}</source>
        <translation>Não é possível ler as coleções: {error}</translation>
    </message>
    <message>
        <source>No collections yet: add some in the Documents tab</source>
        <translation>Ainda não há coleções: adicione algumas na aba Documentos</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Untitled conversation</source>
        <extracomment>The title shown for a conversation without one (translated where shown).</extracomment>
        <translation>Conversa sem título</translation>
    </message>
    <message>
        <source>Pinned</source>
        <extracomment>The date groups, in the order they are listed: the key ``date_group`` gives, and its shown text.</extracomment>
        <translation>Fixadas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Mais antigas</translation>
    </message>
    <message>
        <source>no model</source>
        <extracomment>The background of a search hit; the text on it stays dark in light and dark palettes. A search hit's snippet as rich text, the matched words highlighted.</extracomment>
        <translation>sem modelo</translation>
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
        <translation>Ainda não há versões salvas</translation>
    </message>
    <message>
        <source>Learning history</source>
        <translation>Histórico de aprendizado</translation>
    </message>
    <message>
        <source>Each saved version: labels learnt from (across), cross-validated macro-F1 (up)</source>
        <translation>Cada versão salva: rótulos aprendidos (horizontal), macro-F1 com validação cruzada (vertical)</translation>
    </message>
    <message numerus="yes">
        <source>version {version}: %n label(s), macro-F1 {f1}</source>
        <translation><numerusform>versão {version}: %n rótulo, macro-F1 {f1}</numerusform><numerusform>versão {version}: %n rótulos, macro-F1 {f1}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{f1} · %n label(s)</source>
        <translation><numerusform>{f1} · %n rótulo</numerusform><numerusform>{f1} · %n rótulos</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <source>%n message(s) · {model}</source>
        <translation><numerusform>%n mensagem · {model}</numerusform><numerusform>%n mensagens · {model}</numerusform></translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>New chat</source>
        <extracomment>How long after the last key press the search runs. How long "Conversation deleted — Undo" stays. The conversation whose answer is streaming: it cannot be deleted now. A refresh asked for while a title was being edited: it runs once the editor closes.</extracomment>
        <translation>Novo chat</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Iniciar uma nova conversa (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Pesquisar conversas</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>Pesquisar (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Resultado da pesquisa</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Pin</source>
        <extracomment>Verb: keep the conversation at the top of the list</extracomment>
        <translation>Fixar</translation>
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
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Conversation deleted</source>
        <translation>Conversa excluída</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluída</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Desfazer exclusão</translation>
    </message>
    <message>
        <source>Bring the conversation back (Ctrl+Z)</source>
        <translation>Recuperar a conversa (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo bar</source>
        <translation>Barra de desfazer</translation>
    </message>
    <message>
        <source>Could not read the history: {error}</source>
        <translation>Não foi possível ler o histórico: {error}</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Arquivos Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Stop the answer before deleting this conversation.</source>
        <translation>Pare a resposta antes de excluir esta conversa.</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>“{title}” excluída</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>Nada encontrado para “{query}”.</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>Exportar a conversa</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}.</source>
        <translation>Não foi possível gravar {path}: {error}.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Não foi possível exportar</translation>
    </message>
    <message>
        <source>Exported “{title}” to {path}.</source>
        <translation>“{title}” exportada para {path}.</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desafixar</translation>
    </message>
</context>
<context>
    <name>LabelDelegate</name>
    <message>
        <source>Label editor</source>
        <translation>Editor de rótulos</translation>
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
        <translation>Melhor: {metric}</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Transcript</source>
        <extracomment>Most time one flush spends rendering markdown (laying it out costs about as much again); the rest waits for the next one. Finished blocks are rendered in pieces of about this many characters, so a flush can stop within its budget. A message longer than this shows its beginning and says how long it is: laying out a megabyte in a QTextDocument stalls the window for about a second, and nobody reads it there. The whole text still goes to the model, the history and exports. How close to the end (in pixels) still counts as reading the latest text. The "jump to latest" button's distance from the text's bottom-right corner. Just after the header; rendered content follows. End of the last block rendered as markdown; the plain tail follows. Where the last rendered block starts, in the source and on screen, while later text may still extend it (a list, an indented code block). (stats line, error) once the answer has ended; the last blocks may still be rendering.</extracomment>
        <translation>Transcrição</translation>
    </message>
    <message>
        <source>Ask anything to start the conversation.</source>
        <translation>Pergunte qualquer coisa para começar a conversa.</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <extracomment>The latest answer's frame, for its sources once it is complete. The placeholder in the next answer's place (``show_waiting``). Whether new text scrolls into view: until the reader scrolls up, and again once they are back at the bottom or jump there. A state, not a check before each change: the document is laid out later (and again when the view is first shown or resized), so the end moves after the text has gone in. Held at the top until the reader scrolls (``show_from_start``): a finished answer reopened is read from its start, and the layout that comes later must not count as reaching its end.</extracomment>
        <translation>Ir para o mais recente</translation>
    </message>
    <message>
        <source>↓ Latest</source>
        <translation>↓ Mais recente</translation>
    </message>
    <message>
        <source>Scroll to the latest message and follow the answer again</source>
        <translation>Rolar até a última mensagem e voltar a acompanhar a resposta</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>The header over the person's own message in the chat</extracomment>
        <translation>Você</translation>
    </message>
    <message>
        <source>… shortened here: the message has {length} characters and only the first {shown} are shown. The whole message is kept: in the history and its exports.</source>
        <translation>… encurtada aqui: a mensagem tem {length} caracteres e só os primeiros {shown} são mostrados. A mensagem inteira é mantida no histórico e nas exportações.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fontes:</translation>
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
        <translation>Com {rows} linhas rotuladas e {labels} rótulos, {method} tem a melhor pontuação: {scores}.</translation>
    </message>
    <message>
        <source>The gap ({gap}) is {why}: these data cannot tell them apart{tail}.</source>
        <translation>A diferença ({gap}) está {why}: estes dados não conseguem distingui-los{tail}.</translation>
    </message>
    <message>
        <source>{method} gets within {near} of its full-set score from {rows} rows.</source>
        <translation>{method} fica a menos de {near} da pontuação com todos os dados a partir de {rows} linhas.</translation>
    </message>
    <message>
        <source>{score} macro-F1 at {rate} rows/s and {price}</source>
        <translation>macro-F1 de {score} a {rate} linhas/s e {price}</translation>
    </message>
    <message>
        <source>{cost} per 1,000 rows</source>
        <translation>{cost} por 1.000 linhas</translation>
    </message>
    <message>
        <source>Nothing was measured yet.</source>
        <translation>Nada foi medido ainda.</translation>
    </message>
    <message>
        <source>{method} is ahead by {gap}, more than the spread over seeds and test rows.</source>
        <translation>{method} está à frente por {gap}, mais que a dispersão entre sementes e linhas de teste.</translation>
    </message>
    <message>
        <source>; {method} is the cheaper and faster choice</source>
        <translation>; {method} é a opção mais barata e mais rápida</translation>
    </message>
    <message>
        <source>The two are level{tail}.</source>
        <translation>Os dois estão empatados{tail}.</translation>
    </message>
    <message>
        <source>within the spread over seeds (±{spread})</source>
        <translation>dentro da dispersão entre sementes (±{spread})</translation>
    </message>
    <message>
        <source>within what {rows} test rows can tell apart (about ±{resolution})</source>
        <translation>dentro do que {rows} linhas de teste conseguem distinguir (cerca de ±{resolution})</translation>
    </message>
    <message>
        <source>More labelled rows may still help {method}: its curve is still rising at the full set.</source>
        <translation>Mais linhas rotuladas ainda podem ajudar {method}: a curva ainda sobe com todos os dados.</translation>
    </message>
    <message>
        <source>an unknown price</source>
        <translation>preço desconhecido</translation>
    </message>
    <message>
        <source>no cost</source>
        <translation>sem custo</translation>
    </message>
    <message>
        <source>prompting {model} with examples by similarity</source>
        <translation>prompting de {model} com exemplos por similaridade</translation>
    </message>
    <message>
        <source>No method does clearly better than guessing (about {chance} with these labels).</source>
        <translation>Nenhum método é claramente melhor do que adivinhar (cerca de {chance} com estes rótulos).</translation>
    </message>
    <message>
        <source>{method} reaches {scores}.</source>
        <translation>{method} alcança {scores}.</translation>
    </message>
    <message>
        <source>; {method} is also the cheaper and faster one</source>
        <translation>; {method} também é o mais barato e mais rápido</translation>
    </message>
    <message>
        <source>prompting {model} zero-shot</source>
        <translation>prompting de {model} sem exemplos (zero-shot)</translation>
    </message>
    <message>
        <source>prompting {model} with fixed examples</source>
        <translation>prompting de {model} com exemplos fixos</translation>
    </message>
    <message>
        <source>Prompting {model} with examples by similarity</source>
        <translation>Prompting de {model} com exemplos por similaridade</translation>
    </message>
    <message>
        <source>the embedding classifier ({model})</source>
        <translation>o classificador de embeddings ({model})</translation>
    </message>
    <message>
        <source>The embedding classifier</source>
        <translation>O classificador de embeddings</translation>
    </message>
    <message>
        <source>the embedding classifier</source>
        <translation>o classificador de embeddings</translation>
    </message>
    <message>
        <source>Prompting {model} zero-shot</source>
        <translation>Prompting de {model} sem exemplos (zero-shot)</translation>
    </message>
    <message>
        <source>Prompting {model} with fixed examples</source>
        <translation>Prompting de {model} com exemplos fixos</translation>
    </message>
    <message>
        <source>The embedding classifier ({model})</source>
        <translation>O classificador de embeddings ({model})</translation>
    </message>
    <message>
        <source>The embedding cache cannot be used</source>
        <translation>Não é possível usar o cache de embeddings</translation>
    </message>
    <message>
        <source>A saved classifier cannot be read</source>
        <translation>Não é possível ler um classificador salvo</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Acurácia</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>F1 macro</translation>
    </message>
    <message>
        <source>Load time</source>
        <translation>Tempo de carga</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Tempo até o primeiro token</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>Rows per minute</source>
        <translation>Linhas por minuto</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>Tokens de entrada</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation>Tokens de saída</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Tempo total</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Cost per 1,000 rows</source>
        <translation>Custo por 1.000 linhas</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Pico de memória</translation>
    </message>
    <message>
        <source>Saved comparisons cannot be used</source>
        <translation>Não é possível usar as comparações salvas</translation>
    </message>
    <message>
        <source>Comparison not found</source>
        <translation>Comparação não encontrada</translation>
    </message>
    <message>
        <source>{times} slower</source>
        <translation>{times} mais lento</translation>
    </message>
    <message>
        <source>at {times} the cost</source>
        <translation>a {times} o custo</translation>
    </message>
    <message>
        <source>{points} points less accurate than {model} ({b} against {a})</source>
        <translation>{points} pontos menos preciso que {model} ({b} contra {a})</translation>
    </message>
    <message>
        <source>Compared with {reference}, {model} is {speed} {cost}.</source>
        <translation>Em comparação com {reference}, {model} é {speed} {cost}.</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file}</source>
        <translation>a coluna {column} de cada linha de {file}</translation>
    </message>
    <message>
        <source>about as fast</source>
        <translation>quase tão rápido</translation>
    </message>
    <message>
        <source>{times} faster</source>
        <translation>{times} mais rápido</translation>
    </message>
    <message>
        <source>at an unknown cost (no price is known for either)</source>
        <translation>a um custo desconhecido (nenhum dos dois tem preço conhecido)</translation>
    </message>
    <message>
        <source>at an unknown cost (no price is known for {model})</source>
        <translation>a um custo desconhecido (não há preço conhecido para {model})</translation>
    </message>
    <message>
        <source>at {cost} ({model}'s cost is unknown)</source>
        <translation>a {cost} (o custo de {model} é desconhecido)</translation>
    </message>
    <message>
        <source>at no cost, like {model}</source>
        <translation>sem custo, como {model}</translation>
    </message>
    <message>
        <source>at no cost</source>
        <translation>sem custo</translation>
    </message>
    <message>
        <source>at {cost} where {model} costs nothing</source>
        <translation>a {cost}, enquanto {model} não custa nada</translation>
    </message>
    <message>
        <source>at about the same cost</source>
        <translation>a um custo parecido</translation>
    </message>
    <message>
        <source>at {percent} of the cost</source>
        <translation>a {percent} do custo</translation>
    </message>
    <message>
        <source>as accurate as {model} (within {points} point)</source>
        <translation>tão preciso quanto {model} (dentro de {points} ponto)</translation>
    </message>
    <message>
        <source>{points} points more accurate than {model} ({b} against {a})</source>
        <translation>{points} pontos mais preciso que {model} ({b} contra {a})</translation>
    </message>
    <message>
        <source>{model} is {accuracy} {cost}, {speed}.</source>
        <translation>{model} é {accuracy} {cost}, {speed}.</translation>
    </message>
    <message>
        <source>Compared with {reference}, {model} is {cost}; speed unknown.</source>
        <translation>Em comparação com {reference}, {model} é {cost}; velocidade desconhecida.</translation>
    </message>
    <message>
        <source>the prompt ({n} characters)</source>
        <translation>o prompt ({n} caracteres)</translation>
    </message>
    <message>
        <source>the text to translate ({n} characters)</source>
        <translation>o texto a traduzir ({n} caracteres)</translation>
    </message>
    <message>
        <source>the text and the labels ({n} characters)</source>
        <translation>o texto e os rótulos ({n} caracteres)</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} and the labels</source>
        <translation>a coluna {column} de cada linha de {file} e os rótulos</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} (not the {gold} column)</source>
        <translation>a coluna {column} de cada linha de {file} (não a coluna {gold})</translation>
    </message>
    <message>
        <source>Nothing was sent off this computer: nothing in the documents matched, so no model was asked.</source>
        <translation>Nada saiu deste computador: nada nos documentos correspondeu, então nenhum modelo foi consultado.</translation>
    </message>
    <message>
        <source>at 1/{share} of the cost</source>
        <translation>a 1/{share} do custo</translation>
    </message>
    <message>
        <source>No model finished, so there is nothing to compare.</source>
        <translation>Nenhum modelo terminou, então não há nada para comparar.</translation>
    </message>
    <message>
        <source>They disagree: {choices}.</source>
        <translation>Eles discordam: {choices}.</translation>
    </message>
    <message>
        <source>Accuracy is unknown for some models.</source>
        <translation>A acurácia de alguns modelos é desconhecida.</translation>
    </message>
    <message>
        <source>Quality is not measured: read the answers side by side.</source>
        <translation>A qualidade não é medida: leia as respostas lado a lado.</translation>
    </message>
    <message>
        <source>the prompt and each column's system prompt (up to {n} characters)</source>
        <translation>o prompt e o prompt de sistema de cada coluna (até {n} caracteres)</translation>
    </message>
    <message>
        <source>the prompt and the system prompt ({n} characters)</source>
        <translation>o prompt e o prompt de sistema ({n} caracteres)</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} and the labels (not the {gold} column)</source>
        <translation>a coluna {column} de cada linha de {file} e os rótulos (não a coluna {gold})</translation>
    </message>
    <message>
        <source>Stayed on this computer: {models}.</source>
        <translation>Ficou neste computador: {models}.</translation>
    </message>
    <message>
        <source>Nothing was sent off this computer.</source>
        <translation>Nada saiu deste computador.</translation>
    </message>
    <message>
        <source>Only {model} finished, so there is nothing to compare.</source>
        <translation>Só {model} terminou, então não há nada para comparar.</translation>
    </message>
    <message>
        <source>{model} failed ({error}).</source>
        <translation>{model} falhou ({error}).</translation>
    </message>
    <message>
        <source>All chose {label}.</source>
        <translation>Todos escolheram {label}.</translation>
    </message>
    <message>
        <source>{model} chose {label}</source>
        <translation>{model} escolheu {label}</translation>
    </message>
    <message>
        <source>Accuracy is unknown: no gold column was given.</source>
        <translation>Acurácia desconhecida: nenhuma coluna de referência foi indicada.</translation>
    </message>
    <message>
        <source>Sent to {where}: {what}.</source>
        <translation>Enviado para {where}: {what}.</translation>
    </message>
    <message>
        <source>Sent to {where} and {last}: {what}.</source>
        <translation>Enviado para {where} e {last}: {what}.</translation>
    </message>
    <message>
        <source>speed unknown</source>
        <translation>velocidade desconhecida</translation>
    </message>
    <message>
        <source>{model} was stopped.</source>
        <translation>{model} foi interrompido.</translation>
    </message>
    <message>
        <source>Both chose {label}.</source>
        <translation>Ambos escolheram {label}.</translation>
    </message>
    <message>
        <source>Documents cannot be used</source>
        <translation>Não é possível usar os documentos</translation>
    </message>
    <message>
        <source>The questions file cannot be used</source>
        <translation>Não é possível usar o arquivo de perguntas</translation>
    </message>
    <message>
        <source>File not indexed</source>
        <translation>Arquivo não indexado</translation>
    </message>
    <message>
        <source>Another embedding model</source>
        <translation>Outro modelo de embeddings</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>Nenhum modelo de embeddings</translation>
    </message>
    <message>
        <source>No such collection</source>
        <translation>Coleção inexistente</translation>
    </message>
    <message>
        <source>Collection exists</source>
        <translation>A coleção já existe</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <source>Model not found</source>
        <translation>Modelo não encontrado</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>Não foi possível carregar o modelo</translation>
    </message>
    <message>
        <source>The model's chat template failed</source>
        <translation>O modelo de chat do modelo falhou</translation>
    </message>
    <message>
        <source>The model stopped unexpectedly</source>
        <translation>O modelo parou inesperadamente</translation>
    </message>
    <message>
        <source>Text too long for this model</source>
        <translation>Texto longo demais para este modelo</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Nada para enviar</translation>
    </message>
    <message>
        <source>Key rejected</source>
        <translation>Chave recusada</translation>
    </message>
    <message>
        <source>Rate limit or quota reached</source>
        <translation>Limite de taxa ou cota atingido</translation>
    </message>
    <message>
        <source>The provider's server failed</source>
        <translation>O servidor do provedor falhou</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Solicitação recusada</translation>
    </message>
    <message>
        <source>Not found on the server</source>
        <translation>Não encontrado no servidor</translation>
    </message>
    <message>
        <source>This server cannot classify</source>
        <translation>Este servidor não consegue classificar</translation>
    </message>
    <message>
        <source>This JSON Schema cannot be used with this model</source>
        <translation>Este JSON Schema não pode ser usado com este modelo</translation>
    </message>
    <message>
        <source>Cannot reach the provider</source>
        <translation>Não é possível acessar o provedor</translation>
    </message>
    <message>
        <source>The provider did not answer in time</source>
        <translation>O provedor não respondeu a tempo</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Nenhum chaveiro disponível</translation>
    </message>
    <message>
        <source>Nothing leaves this computer</source>
        <translation>Nada sai deste computador</translation>
    </message>
    <message>
        <source>Conversation not found</source>
        <translation>Conversa não encontrada</translation>
    </message>
    <message>
        <source>Message not found</source>
        <translation>Mensagem não encontrada</translation>
    </message>
    <message>
        <source>History cannot be used</source>
        <translation>Não é possível usar o histórico</translation>
    </message>
    <message>
        <source>History is from a newer Plinth</source>
        <translation>O histórico é de um Plinth mais novo</translation>
    </message>
    <message>
        <source>History is damaged</source>
        <translation>O histórico está danificado</translation>
    </message>
    <message>
        <source>Not a LoRA adapter</source>
        <translation>Não é um adaptador LoRA</translation>
    </message>
    <message>
        <source>The model catalogue is damaged</source>
        <translation>O catálogo de modelos está danificado</translation>
    </message>
    <message>
        <source>Not enough disk space</source>
        <translation>Espaço em disco insuficiente</translation>
    </message>
    <message>
        <source>The download was corrupted</source>
        <translation>O download está corrompido</translation>
    </message>
    <message>
        <source>This model is gated</source>
        <translation>Este modelo tem acesso restrito</translation>
    </message>
    <message>
        <source>Cannot reach the Hugging Face Hub</source>
        <translation>Não é possível acessar o Hugging Face Hub</translation>
    </message>
    <message>
        <source>The Hugging Face Hub failed</source>
        <translation>O Hugging Face Hub falhou</translation>
    </message>
    <message>
        <source>Model already in the library</source>
        <translation>O modelo já está na biblioteca</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>Configurações do provedor</translation>
    </message>
    <message>
        <source>The keychain refused</source>
        <translation>O chaveiro recusou</translation>
    </message>
    <message>
        <source>The local API could not start</source>
        <translation>Não foi possível iniciar a API local</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation>Token do servidor</translation>
    </message>
    <message>
        <source>The answer cache cannot be used</source>
        <translation>Não é possível usar o cache de respostas</translation>
    </message>
    <message>
        <source>The task file cannot be used</source>
        <translation>Não é possível usar o arquivo de tarefa</translation>
    </message>
    <message>
        <source>The JSON path cannot be used</source>
        <translation>Não é possível usar o caminho JSON</translation>
    </message>
    <message>
        <source>Task library</source>
        <translation>Biblioteca de tarefas</translation>
    </message>
    <message>
        <source>The promptfoo config cannot be imported</source>
        <translation>Não é possível importar a configuração do promptfoo</translation>
    </message>
    <message>
        <source>Task run not found</source>
        <translation>Execução da tarefa não encontrada</translation>
    </message>
    <message>
        <source>The task cannot run</source>
        <translation>A tarefa não pode ser executada</translation>
    </message>
    <message>
        <source>A template variable has no value</source>
        <translation>Uma variável do modelo não tem valor</translation>
    </message>
    <message>
        <source>The file cannot be used</source>
        <translation>Não é possível usar o arquivo</translation>
    </message>
</context>
</TS>