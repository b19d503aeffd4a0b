<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Plinth</source>
        <extracomment>Narrowest the dialog gets: the versions table and a data folder path stay readable.</extracomment>
        <translation>Sobre o Plinth</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>não instalado</translation>
    </message>
    <message>
        <source>A desktop workbench for language models: run open models on this computer, or use a model behind an API, side by side.</source>
        <translation>Uma bancada de trabalho para modelos de linguagem: execute modelos abertos neste computador ou use um modelo por meio de uma API, lado a lado.</translation>
    </message>
    <message>
        <source>Licence: {licence}.</source>
        <translation>Licença: {licence}.</translation>
    </message>
    <message>
        <source>Data folder: {link}</source>
        <translation>Pasta de dados: {link}</translation>
    </message>
</context>
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
        <source>Type a label&apos;s first letters in the Gold cell; Enter saves it and opens the next row.</source>
        <translation>Digite as primeiras letras de um rótulo na célula Referência; Enter salva e abre a próxima linha.</translation>
    </message>
    <message numerus="yes">
        <source>Retraining {model} on %n label(s)…</source>
        <translation>
            <numerusform>Retreinando {model} com %Ln rótulo…</numerusform>
            <numerusform>Retreinando {model} com %Ln rótulos…</numerusform>
        </translation>
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
        <source>Train a new version of {model} on the file&apos;s labels and yours (%n new label(s)); the versions before it stay</source>
        <translation>
            <numerusform>Treina uma nova versão de {model} com os rótulos do arquivo e os seus (%Ln rótulo novo); as versões anteriores permanecem</numerusform>
            <numerusform>Treina uma nova versão de {model} com os rótulos do arquivo e os seus (%Ln rótulos novos); as versões anteriores permanecem</numerusform>
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
        <translation>Nenhum: um quarto das linhas serve de teste</translation>
    </message>
    <message>
        <source>The labels&apos; names only, asked of each chat model</source>
        <translation>Apenas os nomes dos rótulos, perguntados a cada modelo de chat</translation>
    </message>
    <message>
        <source>A few fixed training rows as examples in every prompt</source>
        <translation>Algumas linhas de treino fixas como exemplos em cada prompt</translation>
    </message>
    <message>
        <source>For each row, the k most similar training rows as examples (needs the embedding model)</source>
        <translation>Para cada linha, as k linhas de treino mais parecidas como exemplos (requer o modelo de embedding)</translation>
    </message>
    <message>
        <source>A logistic regression trained on the embedding model&apos;s vectors: no chat model</source>
        <translation>Uma regressão logística treinada com os vetores do modelo de embedding: sem modelo de chat</translation>
    </message>
    <message>
        <source>Labelled files (*.csv *.tsv *.jsonl *.json);;All files (*)</source>
        <translation>Arquivos rotulados (*.csv *.tsv *.jsonl *.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>“{text}” are not training sizes.</source>
        <translation>“{text}” não são tamanhos de treino.</translation>
    </message>
    <message>
        <source>Write whole numbers separated by commas, e.g. 8, 16, 32.</source>
        <translation>Escreva números inteiros separados por vírgulas, por ex. 8, 16, 32.</translation>
    </message>
    <message>
        <source>Give at least one training size above zero.</source>
        <translation>Informe pelo menos um tamanho de treino maior que zero.</translation>
    </message>
    <message>
        <source>For example {sizes}.</source>
        <translation>Por exemplo: {sizes}.</translation>
    </message>
    <message>
        <source>Labelled file…</source>
        <translation>Arquivo rotulado…</translation>
    </message>
    <message>
        <source>Choose labelled file</source>
        <translation>Escolher arquivo rotulado</translation>
    </message>
    <message>
        <source>A CSV or JSONL file of texts and their labels</source>
        <translation>Um arquivo CSV ou JSONL de textos e seus rótulos</translation>
    </message>
    <message>
        <source>Labelled file</source>
        <translation>Arquivo rotulado</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation>Coluna de texto</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation>Coluna de rótulos</translation>
    </message>
    <message>
        <source>Test file…</source>
        <translation>Arquivo de teste…</translation>
    </message>
    <message>
        <source>Choose test file</source>
        <translation>Escolher arquivo de teste</translation>
    </message>
    <message>
        <source>A separate file of test rows, same columns</source>
        <translation>Um arquivo separado de linhas de teste, com as mesmas colunas</translation>
    </message>
    <message>
        <source>No test file</source>
        <translation>Sem arquivo de teste</translation>
    </message>
    <message>
        <source>Split the labelled file instead</source>
        <translation>Dividir o arquivo rotulado em vez disso</translation>
    </message>
    <message>
        <source>Test file</source>
        <translation>Arquivo de teste</translation>
    </message>
    <message>
        <source>Chat models</source>
        <translation>Modelos de chat</translation>
    </message>
    <message>
        <source>The chat models that zero-shot and few-shot prompt, each its own curve</source>
        <translation>Os modelos de chat para sem exemplos e poucos exemplos, cada um com sua curva</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Modelo de embedding</translation>
    </message>
    <message>
        <source>Embeds the rows for few-shot by similarity and the embedding classifier</source>
        <translation>Gera os embeddings das linhas para poucos exemplos por similaridade e o classificador de embeddings</translation>
    </message>
    <message>
        <source>Training sizes</source>
        <translation>Tamanhos de treino</translation>
    </message>
    <message>
        <source>Labelled training rows per point of the curve; every training row is added as the last</source>
        <translation>Linhas de treino rotuladas por ponto da curva; todas as linhas de treino formam o último ponto</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Sementes</translation>
    </message>
    <message>
        <source>Draws of each size: the band&apos;s spread</source>
        <translation>Sorteios de cada tamanho: a largura da faixa</translation>
    </message>
    <message>
        <source>Examples per prompt</source>
        <translation>Exemplos por prompt</translation>
    </message>
    <message>
        <source>k: examples in each few-shot prompt</source>
        <translation>k: exemplos em cada prompt de poucos exemplos</translation>
    </message>
    <message>
        <source>&amp;Text column</source>
        <translation>Coluna de &amp;texto</translation>
    </message>
    <message>
        <source>&amp;Label column</source>
        <translation>Coluna de &amp;rótulos</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <source>&amp;Chat models (zero-shot, few-shot)</source>
        <translation>Modelos de &amp;chat (sem exemplos, poucos exemplos)</translation>
    </message>
    <message>
        <source>&amp;Embedding model</source>
        <translation>Modelo de e&amp;mbedding</translation>
    </message>
    <message>
        <source>Training si&amp;zes</source>
        <translation>Tama&amp;nhos de treino</translation>
    </message>
    <message>
        <source>See&amp;ds</source>
        <translation>&amp;Sementes</translation>
    </message>
    <message>
        <source>E&amp;xamples (k)</source>
        <extracomment>The label before the number k of examples in each few-shot prompt</extracomment>
        <translation>E&amp;xemplos (k)</translation>
    </message>
    <message>
        <source>Choose a labelled file first.</source>
        <translation>Escolha primeiro um arquivo rotulado.</translation>
    </message>
    <message>
        <source>A CSV or JSONL file with a text column and a label column.</source>
        <translation>Um arquivo CSV ou JSONL com uma coluna de texto e uma de rótulos.</translation>
    </message>
    <message>
        <source>Choose another file, or fix this one and choose it again.</source>
        <translation>Escolha outro arquivo, ou corrija este e escolha-o de novo.</translation>
    </message>
    <message>
        <source>The labelled file is still being read.</source>
        <translation>O arquivo rotulado ainda está sendo lido.</translation>
    </message>
    <message>
        <source>Wait a moment, then run.</source>
        <translation>Aguarde um momento e depois execute.</translation>
    </message>
    <message>
        <source>The text and label columns are the same column.</source>
        <translation>As colunas de texto e de rótulos são a mesma coluna.</translation>
    </message>
    <message>
        <source>Pick the column of labels under Label column.</source>
        <translation>Escolha a coluna de rótulos em Coluna de rótulos.</translation>
    </message>
    <message>
        <source>Tick at least one method.</source>
        <translation>Marque pelo menos um método.</translation>
    </message>
    <message>
        <source>Zero-shot and the embedding classifier are a good start.</source>
        <translation>Sem exemplos e o classificador de embeddings são um bom começo.</translation>
    </message>
    <message>
        <source>No chat model is ticked for {methods}.</source>
        <translation>Nenhum modelo de chat marcado para {methods}.</translation>
    </message>
    <message>
        <source>Tick one or more chat models, or untick those methods.</source>
        <translation>Marque um ou mais modelos de chat, ou desmarque esses métodos.</translation>
    </message>
    <message>
        <source>No embedding model is available.</source>
        <translation>Nenhum modelo de embedding disponível.</translation>
    </message>
    <message>
        <source>Install a local model or add a provider with embeddings.</source>
        <translation>Instale um modelo local ou adicione um provedor com embeddings.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Sent to {destination}</source>
        <translation>Enviado para {destination}</translation>
    </message>
    <message>
        <source>Runs on this computer</source>
        <translation>Executa neste computador</translation>
    </message>
    <message>
        <source>A quarter of the labelled file&apos;s rows, drawn per label with the seed, are kept for testing</source>
        <translation>Um quarto das linhas do arquivo rotulado, sorteadas por rótulo com a semente, é reservado para teste</translation>
    </message>
</context>
<context>
    <name>AdaptationNames</name>
    <message>
        <source>Zero-shot</source>
        <translation>Sem exemplos</translation>
    </message>
    <message>
        <source>Few-shot</source>
        <translation>Poucos exemplos</translation>
    </message>
    <message>
        <source>Few-shot by similarity</source>
        <translation>Poucos exemplos por similaridade</translation>
    </message>
    <message>
        <source>Embedding classifier</source>
        <translation>Classificador de embeddings</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>cost</comment>
        <extracomment>A cost per 1,000 rows that has no price</extracomment>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>free</source>
        <comment>cost</comment>
        <extracomment>A cost per 1,000 rows on this computer: nothing to pay</extracomment>
        <translation>grátis</translation>
    </message>
</context>
<context>
    <name>AdaptationView</name>
    <message>
        <source>Is prompting a big model worth its price on your task, or do a few dozen labels and a small local model do as well? Every method is scored on the same held-out rows of your labelled file, at growing numbers of training rows.</source>
        <translation>Vale a pena pagar para usar prompts com um modelo grande na sua tarefa, ou algumas dezenas de rótulos e um modelo local pequeno funcionam tão bem quanto? Cada método é avaliado nas mesmas linhas reservadas do seu arquivo rotulado, com cada vez mais linhas de treino.</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <extracomment>Seconds of a run before its time left is guessed.</extracomment>
        <translation>faltam cerca de {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>faltam cerca de {minutes} min</translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation>faltam cerca de {hours} h</translation>
    </message>
    <message>
        <source>Run</source>
        <extracomment>The cells the running run has finished, drawn as they come. How much was done when the running run first reported (a resumed run starts part-way).</extracomment>
        <translation>Executar</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <translation>Executar comparação</translation>
    </message>
    <message>
        <source>Run every method at every size (Ctrl+Enter)</source>
        <translation>Executar todos os métodos em todos os tamanhos (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel comparison</source>
        <translation>Cancelar comparação</translation>
    </message>
    <message>
        <source>Stop the run; finished cells are kept (Esc)</source>
        <translation>Parar a execução; as células concluídas são mantidas (Esc)</translation>
    </message>
    <message>
        <source>Adaptation status</source>
        <translation>Status da adaptação</translation>
    </message>
    <message>
        <source>Adaptation progress</source>
        <translation>Progresso da adaptação</translation>
    </message>
    <message>
        <source>Adaptation error</source>
        <translation>Erro de adaptação</translation>
    </message>
    <message>
        <source>Classifier name</source>
        <translation>Nome do classificador</translation>
    </message>
    <message>
        <source>Name, e.g. tickets</source>
        <extracomment>&quot;tickets&quot; is an example name: letters, digits, dots, dashes or underscores only.</extracomment>
        <translation>Nome, p. ex. tickets</translation>
    </message>
    <message>
        <source>Save as classifier…</source>
        <translation>Salvar como classificador…</translation>
    </message>
    <message>
        <source>Save as classifier</source>
        <translation>Salvar como classificador</translation>
    </message>
    <message>
        <source>Train the embedding classifier on every row of the labelled file and save it: it is then a model, classifier:NAME</source>
        <translation>Treinar o classificador de embeddings com todas as linhas do arquivo rotulado e salvá-lo: ele passa a ser um modelo, classifier:NAME</translation>
    </message>
    <message>
        <source>Trained classifier</source>
        <translation>Classificador treinado</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Não iniciado.</translation>
    </message>
    <message>
        <source>Stopping… finished cells are kept.</source>
        <translation>Parando… as células concluídas são mantidas.</translation>
    </message>
    <message>
        <source>Reading the labelled file…</source>
        <translation>Lendo o arquivo rotulado…</translation>
    </message>
    <message>
        <source>no training rows</source>
        <translation>sem linhas de treino</translation>
    </message>
    <message numerus="yes">
        <source>%n training row(s)</source>
        <translation>
            <numerusform>%Ln linha de treino</numerusform>
            <numerusform>%Ln linhas de treino</numerusform>
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
        <translation>célula {number} de {total}</translation>
    </message>
    <message>
        <source>Done in {seconds} s.</source>
        <translation>Concluído em {seconds} s.</translation>
    </message>
    <message>
        <source>Stopped. Run again to go on from the cells already finished.</source>
        <translation>Parado. Execute de novo para continuar a partir das células já concluídas.</translation>
    </message>
    <message>
        <source>{title}.</source>
        <extracomment>The status line after a failed run: the error&apos;s title.</extracomment>
        <translation>{title}.</translation>
    </message>
    <message>
        <source>Name the classifier</source>
        <translation>Dê um nome ao classificador</translation>
    </message>
    <message>
        <source>Use letters, digits, dots, dashes or underscores, starting with a letter or digit (e.g. tickets-v2).</source>
        <translation>Use letras, dígitos, pontos, hifens ou sublinhados, começando por uma letra ou um dígito (p. ex. tickets-v2).</translation>
    </message>
    <message>
        <source>Training the classifier “{name}” on every row of the labelled file…</source>
        <translation>Treinando o classificador “{name}” com todas as linhas do arquivo rotulado…</translation>
    </message>
    <message>
        <source>Embedding the training rows: {done} of {total}…</source>
        <translation>Gerando embeddings das linhas de treino: {done} de {total}…</translation>
    </message>
    <message>
        <source>Saved {model} (version {version}): pick it as the model above.</source>
        <translation>{model} salvo (versão {version}): escolha-o como modelo acima.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Não salvo.</translation>
    </message>
</context>
<context>
    <name>AddAdapterDialog</name>
    <message>
        <source>Add LoRA adapter</source>
        <translation>Adicionar adaptador LoRA</translation>
    </message>
    <message>
        <source>Adapter file</source>
        <translation>Arquivo do adaptador</translation>
    </message>
    <message>
        <source>a LoRA adapter&apos;s .gguf file</source>
        <translation>o arquivo .gguf de um adaptador LoRA</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Pick the adapter&apos;s .gguf file</source>
        <translation>Escolha o arquivo .gguf do adaptador</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <source>The model the adapter was trained on: it runs with the adapter applied</source>
        <translation>O modelo em que o adaptador foi treinado: ele é executado com o adaptador aplicado</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>1 applies the adapter as trained; 0 leaves the base model as it is</source>
        <translation>1 aplica o adaptador como foi treinado; 0 deixa o modelo base como está</translation>
    </message>
    <message>
        <source>Variant name</source>
        <translation>Nome da variante</translation>
    </message>
    <message>
        <source>BASE+ADAPTER (the default)</source>
        <translation>BASE+ADAPTADOR (padrão)</translation>
    </message>
    <message>
        <source>Use the file where it is (no copy)</source>
        <translation>Usar o arquivo onde está (sem copiar)</translation>
    </message>
    <message>
        <source>Leave the adapter where it is and remember its path; a file in the models folder is never copied</source>
        <translation>Deixa o adaptador onde está e guarda o caminho; um arquivo na pasta de modelos nunca é copiado</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>button: add the adapter</comment>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Pick a LoRA adapter</source>
        <translation>Escolher um adaptador LoRA</translation>
    </message>
    <message>
        <source>GGUF files (*.gguf);;All files (*)</source>
        <translation>Arquivos GGUF (*.gguf);;Todos os arquivos (*)</translation>
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
        <translation>
            <numerusform>{correct} de %Ln linha corretas · {wrong} erradas</numerusform>
            <numerusform>{correct} de %Ln linhas corretas · {wrong} erradas</numerusform>
        </translation>
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
        <extracomment>Sort keys live here so numbers sort as numbers. Columns most rows leave empty: the view hides them until a row has something to say there. The columns&apos; titles as shown, keyed by the English names the code finds columns by.</extracomment>
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
        <translation>
            <numerusform>Mostrando %Ln linha errada.</numerusform>
            <numerusform>Mostrando %Ln linhas erradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) labelled “{gold}”, called “{predicted}”.</source>
        <translation>
            <numerusform>Mostrando %Ln linha rotulada “{gold}”, classificada como “{predicted}”.</numerusform>
            <numerusform>Mostrando %Ln linhas rotuladas “{gold}”, classificadas como “{predicted}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) correctly labelled “{gold}”.</source>
        <translation>
            <numerusform>Mostrando %Ln linha rotulada corretamente como “{gold}”.</numerusform>
            <numerusform>Mostrando %Ln linhas rotuladas corretamente como “{gold}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} / %n row(s)</source>
        <translation>
            <numerusform>{done} / %Ln linha</numerusform>
            <numerusform>{done} / %Ln linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resumed</source>
        <translation>
            <numerusform>%Ln retomada</numerusform>
            <numerusform>%Ln retomadas</numerusform>
        </translation>
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
        <translation>
            <numerusform>Cancelado após {done} de %Ln linha. Executar lote retoma de onde parou.</numerusform>
            <numerusform>Cancelado após {done} de %Ln linhas. Executar lote retoma de onde parou.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n row(s) in {time}</source>
        <translation>
            <numerusform>Concluído: %Ln linha em {time}</numerusform>
            <numerusform>Concluído: %Ln linhas em {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the earlier run</source>
        <translation>
            <numerusform>%Ln retomada da execução anterior</numerusform>
            <numerusform>%Ln retomadas da execução anterior</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%Ln com falha</numerusform>
            <numerusform>%Ln com falha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abstained</source>
        <translation>
            <numerusform>%Ln abstenção</numerusform>
            <numerusform>%Ln abstenções</numerusform>
        </translation>
    </message>
    <message>
        <source>saved as {name}</source>
        <translation>salvo como {name}</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) to label, the most uncertain first.</source>
        <translation>
            <numerusform>Mostrando %Ln linha para rotular, as mais incertas primeiro.</numerusform>
            <numerusform>Mostrando %Ln linhas para rotular, as mais incertas primeiro.</numerusform>
        </translation>
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
        <extracomment>The gold column&apos;s &quot;no column&quot; choice.</extracomment>
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
        <translation>
            <numerusform>Começando com %Ln linha…</numerusform>
            <numerusform>Começando com %Ln linhas…</numerusform>
        </translation>
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
        <translation>
            <numerusform>{name} · %Ln linha</numerusform>
            <numerusform>{name} · %Ln linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Choose the columns and press Run batch.</source>
        <translation>
            <numerusform>%Ln linha. Escolha as colunas e clique em Executar lote.</numerusform>
            <numerusform>%Ln linhas. Escolha as colunas e clique em Executar lote.</numerusform>
        </translation>
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
        <extracomment>The title over Plinth&apos;s own reply when nothing in the documents matched.</extracomment>
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
    <name>CheckTable</name>
    <message>
        <source>Name</source>
        <extracomment>The checks table&apos;s columns: header → the ``CheckSpec`` field it edits.</extracomment>
        <translation>Nome</translation>
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
        <translation>Caminho</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerância</translation>
    </message>
    <message>
        <source>Min length</source>
        <translation>Compr. mín.</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>Compr. máx.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Limiar</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificações</translation>
    </message>
    <message>
        <source>This task: checks[{row}].{field}: {value} is not a number. Type a number such as 0.5.</source>
        <translation>Esta tarefa: checks[{row}].{field}: {value} não é um número. Digite um número, como 0.5.</translation>
    </message>
    <message>
        <source>This task: checks[{row}].{field}: {value} is not a whole number. Type a whole number, or leave it empty.</source>
        <translation>Esta tarefa: checks[{row}].{field}: {value} não é um número inteiro. Digite um inteiro ou deixe em branco.</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>Questions (*.csv)</source>
        <translation>Perguntas (*.csv)</translation>
    </message>
    <message>
        <source>keyword</source>
        <extracomment>A search mode, in the retrieval check&apos;s scores.</extracomment>
        <translation>palavras-chave</translation>
    </message>
    <message>
        <source>semantic</source>
        <translation>semântica</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>híbrida</translation>
    </message>
    <message>
        <source>A CSV with the columns question, file and, optionally, page: each question and the file (and page) that answers it. The check searches every question in each mode and scores where the right file comes.</source>
        <translation>Um CSV com as colunas question, file e, opcionalmente, page: cada pergunta e o arquivo (e a página) que a responde. A verificação pesquisa cada pergunta em cada modo e pontua a posição em que o arquivo certo aparece.</translation>
    </message>
    <message>
        <source>Questions file…</source>
        <translation>Arquivo de perguntas…</translation>
    </message>
    <message>
        <source>Questions file</source>
        <translation>Arquivo de perguntas</translation>
    </message>
    <message>
        <source>Questions file name</source>
        <translation>Nome do arquivo de perguntas</translation>
    </message>
    <message>
        <source>Check k</source>
        <translation>k da verificação</translation>
    </message>
    <message>
        <source>How many hits per question count</source>
        <translation>Quantos resultados por pergunta contam</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Status da verificação</translation>
    </message>
    <message>
        <source>Check scores</source>
        <translation>Pontuações da verificação</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Recall@k</source>
        <translation>Revocação@k</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>quanto maior, melhor</translation>
    </message>
    <message>
        <source>Recall@{k}</source>
        <translation>Revocação@{k}</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), top {k} hits per question.</source>
        <translation>
            <numerusform>%Ln pergunta, os {k} primeiros resultados por pergunta.</numerusform>
            <numerusform>%Ln perguntas, os {k} primeiros resultados por pergunta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Semantic and hybrid need an embedding model for this collection.</source>
        <translation>As buscas semântica e híbrida precisam de um modelo de embedding para esta coleção.</translation>
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
            <numerusform>%Ln trecho</numerusform>
            <numerusform>%Ln trechos</numerusform>
        </translation>
    </message>
    <message>
        <source>~{tokens} tokens</source>
        <translation>~{tokens} tokens</translation>
    </message>
    <message numerus="yes">
        <source>%n trimmed to fit</source>
        <translation>
            <numerusform>%Ln cortado para caber</numerusform>
            <numerusform>%Ln cortados para caber</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassificationPanel</name>
    <message>
        <source>Classification model</source>
        <extracomment>Where the panel keeps its state in ``Settings.extra``. What a first start offers, so the panel works before anything is typed. The text and labels of the classification running, for the history. The Adapt tab (issue 17), with the services it needs; None: the panel has no such tab. The new version of a retrained classifier the next batch run uses (active labelling), once.</extracomment>
        <translation>Modelo de classificação</translation>
    </message>
    <message>
        <source>Classification notice</source>
        <translation>Aviso de classificação</translation>
    </message>
    <message>
        <source>Classification mode</source>
        <translation>Modo de classificação</translation>
    </message>
    <message>
        <source>Classification batch</source>
        <translation>Lote de classificação</translation>
    </message>
    <message>
        <source>Label set name</source>
        <translation>Nome do conjunto de rótulos</translation>
    </message>
    <message>
        <source>Name this label set to save it</source>
        <translation>Dê um nome a este conjunto de rótulos para salvá-lo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save label set</source>
        <translation>Salvar conjunto de rótulos</translation>
    </message>
    <message>
        <source>Save these labels under the name given</source>
        <translation>Salvar estes rótulos com o nome informado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete label set</source>
        <translation>Excluir conjunto de rótulos</translation>
    </message>
    <message>
        <source>Forget the saved label set of this name</source>
        <translation>Esquecer o conjunto de rótulos salvo com este nome</translation>
    </message>
    <message>
        <source>Label &amp;set</source>
        <translation>&amp;Conjunto de rótulos</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Rótulos</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Descrição (opcional)</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Adicionar rótulo</translation>
    </message>
    <message>
        <source>Add a label to the set</source>
        <translation>Adicionar um rótulo ao conjunto</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Remover rótulo</translation>
    </message>
    <message>
        <source>Remove the selected labels</source>
        <translation>Remover os rótulos selecionados</translation>
    </message>
    <message>
        <source>Label set error</source>
        <translation>Erro no conjunto de rótulos</translation>
    </message>
    <message>
        <source>Mult&amp;i-label</source>
        <translation>Mult&amp;irrótulo</translation>
    </message>
    <message>
        <source>Multi-label</source>
        <translation>Multirrótulo</translation>
    </message>
    <message>
        <source>Each text may get several labels, or none of them</source>
        <translation>Cada texto pode receber vários rótulos, ou nenhum</translation>
    </message>
    <message>
        <source>Abstain below confidence</source>
        <translation>Abster-se abaixo da confiança</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>The confidence threshold at 0: never abstain</extracomment>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Give no label when the model is less sure than this (needs a model that gives probabilities)</source>
        <translation>Não atribuir rótulo quando o modelo tiver menos certeza do que isto (requer um modelo que forneça probabilidades)</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instrução</translation>
    </message>
    <message>
        <source>Instruction (optional), e.g. “Sort support tickets by team”</source>
        <translation>Instrução (opcional), por ex. “Separe os chamados de suporte por equipe”</translation>
    </message>
    <message>
        <source>Examples (optional)</source>
        <translation>Exemplos (opcional)</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemplos</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Add example</source>
        <translation>Adicionar exemplo</translation>
    </message>
    <message>
        <source>Add a worked example</source>
        <translation>Adicionar um exemplo resolvido</translation>
    </message>
    <message>
        <source>Remove example</source>
        <translation>Remover exemplo</translation>
    </message>
    <message>
        <source>Remove the selected examples</source>
        <translation>Remover os exemplos selecionados</translation>
    </message>
    <message>
        <source>A&amp;bstain below</source>
        <translation>A&amp;bster-se abaixo de</translation>
    </message>
    <message>
        <source>Text to classify</source>
        <translation>Texto a classificar</translation>
    </message>
    <message>
        <source>Text to classify — Ctrl+Enter classifies</source>
        <translation>Texto a classificar — Ctrl+Enter classifica</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop classification</source>
        <translation>Parar a classificação</translation>
    </message>
    <message>
        <source>Stop classifying (Esc)</source>
        <translation>Parar de classificar (Esc)</translation>
    </message>
    <message>
        <source>Classify</source>
        <comment>verb</comment>
        <extracomment>The button that classifies the typed text</extracomment>
        <translation>Classificar</translation>
    </message>
    <message>
        <source>Classify the text (Ctrl+Enter)</source>
        <translation>Classificar o texto (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Classification status</source>
        <translation>Status da classificação</translation>
    </message>
    <message>
        <source>Classification error</source>
        <translation>Erro de classificação</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Result detail</source>
        <translation>Detalhe do resultado</translation>
    </message>
    <message>
        <source>Classification stats</source>
        <translation>Estatísticas da classificação</translation>
    </message>
    <message>
        <source>Adapt</source>
        <comment>tab</comment>
        <translation>Adaptar</translation>
    </message>
    <message>
        <source>Loaded the label set “{name}”.</source>
        <translation>Conjunto de rótulos “{name}” carregado.</translation>
    </message>
    <message>
        <source>Name the label set first (in the box beside “Label set”).</source>
        <translation>Dê primeiro um nome ao conjunto de rótulos (na caixa ao lado de “Conjunto de rótulos”).</translation>
    </message>
    <message>
        <source>Saved the label set “{name}”.</source>
        <translation>Conjunto de rótulos “{name}” salvo.</translation>
    </message>
    <message>
        <source>Deleted the saved label set “{name}”; the labels below stay.</source>
        <translation>Conjunto de rótulos salvo “{name}” excluído; os rótulos abaixo permanecem.</translation>
    </message>
    <message>
        <source>Type or paste a text first.</source>
        <translation>Digite ou cole um texto primeiro.</translation>
    </message>
    <message>
        <source>Classifying…</source>
        <translation>Classificando…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Concluído.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Parado.</translation>
    </message>
    <message>
        <source>each label scored by the model</source>
        <translation>cada rótulo pontuado pelo modelo</translation>
    </message>
    <message>
        <source>from the provider&apos;s log-probabilities</source>
        <translation>a partir das log-probabilidades do provedor</translation>
    </message>
    <message>
        <source>chosen under a JSON schema</source>
        <translation>escolhido com um esquema JSON</translation>
    </message>
    <message>
        <source>chosen in JSON mode</source>
        <translation>escolhido no modo JSON</translation>
    </message>
    <message>
        <source>chosen with a tool</source>
        <translation>escolhido com uma ferramenta</translation>
    </message>
    <message>
        <source>chosen from an enum</source>
        <translation>escolhido de uma enumeração</translation>
    </message>
    <message>
        <source>generated and matched to a label</source>
        <translation>gerado e associado a um rótulo</translation>
    </message>
    <message>
        <source>(abstained)</source>
        <extracomment>Shown instead of a label when no label was sure enough</extracomment>
        <translation>(abstenção)</translation>
    </message>
    <message>
        <source>{value} % sure</source>
        <translation>{value} % de certeza</translation>
    </message>
    <message>
        <source>no label reached {value} %</source>
        <translation>nenhum rótulo chegou a {value} %</translation>
    </message>
    <message>
        <source>{model} was trained on the labels {labels}: use them (a model picked with an empty label table fills it in), or pick another model.</source>
        <translation>{model} foi treinado com os rótulos {labels}: use-os (um modelo escolhido com a tabela de rótulos vazia a preenche) ou escolha outro modelo.</translation>
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
        <translation>Na fila nº {position}</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Carregando modelo…</translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation>Aguardando o primeiro token…</translation>
    </message>
    <message>
        <source>Streaming…</source>
        <translation>Transmitindo…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Não consultado</translation>
    </message>
    <message>
        <source>No model was asked: nothing in the attached documents matched.</source>
        <extracomment>In a column of a comparison answered from documents where nothing matched the prompt: Plinth&apos;s own words.</extracomment>
        <translation>Nenhum modelo foi consultado: nada nos documentos anexados correspondeu.</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>The colour each state&apos;s status is tinted with; the others stay muted.</extracomment>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Column {title}</source>
        <translation>Coluna {title}</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>Nome do modelo</translation>
    </message>
    <message>
        <source>Column status</source>
        <translation>Status da coluna</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop {title}</source>
        <translation>Parar {title}</translation>
    </message>
    <message>
        <source>Stop {title} only; the other models go on</source>
        <translation>Parar só {title}; os outros modelos continuam</translation>
    </message>
    <message>
        <source>Rows done</source>
        <translation>Linhas concluídas</translation>
    </message>
    <message>
        <source>Answer of {title}</source>
        <translation>Resposta de {title}</translation>
    </message>
    <message>
        <source>The answer appears here.</source>
        <translation>A resposta aparece aqui.</translation>
    </message>
    <message numerus="yes">
        <source>%v of %n row(s)</source>
        <extracomment>A batch&apos;s progress: %v is the rows done so far.</extracomment>
        <translation>
            <numerusform>%v de %Ln linha</numerusform>
            <numerusform>%v de %Ln linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Em execução…</translation>
    </message>
    <message>
        <source>{title}. {message}</source>
        <extracomment>An error&apos;s title, then its message and hint.</extracomment>
        <translation>{title}. {message}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Pick a different model in each picker.</source>
        <extracomment>Where the panel keeps its state in ``Settings.extra``.</extracomment>
        <translation>Escolha um modelo diferente em cada seletor.</translation>
    </message>
    <message>
        <source>HTML report</source>
        <extracomment>Beside the store: each batch comparison&apos;s outputs and journals, one folder per comparison. The export formats&apos; names in the file dialog, by core&apos;s name (``EXPORT_FORMATS``).</extracomment>
        <translation>Relatório HTML</translation>
    </message>
    <message>
        <source>{title}. {message}</source>
        <extracomment>An error&apos;s title, then its message and hint.</extracomment>
        <translation>{title}. {message}</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <extracomment>The comparison shown: running (its runs fill in), finished, or reopened.</extracomment>
        <translation>Executar comparação</translation>
    </message>
    <message>
        <source>Send the same input to every model (Ctrl+Enter)</source>
        <translation>Enviar a mesma entrada para todos os modelos (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Parar tudo</translation>
    </message>
    <message>
        <source>Stop every model (Esc)</source>
        <translation>Parar todos os modelos (Esc)</translation>
    </message>
    <message>
        <source>Compare status</source>
        <translation>Status da comparação</translation>
    </message>
    <message>
        <source>Stopping every model…</source>
        <translation>Parando todos os modelos…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Não salvo: {error}</translation>
    </message>
    <message>
        <source>Saved comparison from {time}.</source>
        <translation>Comparação salva em {time}.</translation>
    </message>
    <message>
        <source>Delete the saved comparison “{title}”? This cannot be undone.</source>
        <translation>Excluir a comparação salva “{title}”? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>Excluir comparação</translation>
    </message>
    <message>
        <source>Comparison deleted.</source>
        <translation>Comparação excluída.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>Relatório salvo em {path}.</translation>
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
        <translation>Parado.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Concluído.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <extracomment>How many models of the comparison failed.</extracomment>
        <translation>
            <numerusform>%Ln falhou.</numerusform>
            <numerusform>%Ln falharam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped.</source>
        <extracomment>How many models of the comparison were stopped.</extracomment>
        <translation>
            <numerusform>%Ln parado.</numerusform>
            <numerusform>%Ln parados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
</context>
<context>
    <name>CompareResults</name>
    <message>
        <source>Not ranked: counts depend on each model&apos;s tokenizer.</source>
        <translation>Sem classificação: as contagens dependem do tokenizador de cada modelo.</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>Menor é melhor.</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>Maior é melhor.</translation>
    </message>
    <message>
        <source>not ranked: counts depend on each model&apos;s tokenizer</source>
        <translation>sem classificação: as contagens dependem do tokenizador de cada modelo</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>menor é melhor</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>maior é melhor</translation>
    </message>
    <message>
        <source>Comparison results</source>
        <translation>Resultados da comparação</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Acurácia</translation>
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
        <translation>Tradução</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Classify a file</source>
        <translation>Classificar um arquivo</translation>
    </message>
    <message>
        <source>Translate a file</source>
        <translation>Traduzir um arquivo</translation>
    </message>
    <message>
        <source>Explain in three sentences why the sky is blue.</source>
        <extracomment>The input text of a first comparison (sent to the models, so in the person&apos;s language).</extracomment>
        <translation>Explique em três frases por que o céu é azul.</translation>
    </message>
    <message>
        <source>positive, negative, neutral</source>
        <extracomment>The labels of a first classification: words separated by ASCII commas.</extracomment>
        <translation>positivo, negativo, neutro</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>The gold column&apos;s choice for a file without the right labels.</extracomment>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.jsonl);;All files (*)</source>
        <translation>Tabelas (*.csv *.tsv *.txt *.jsonl);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Adicionar modelo</translation>
    </message>
    <message>
        <source>Add another model (up to {count})</source>
        <translation>Adicionar outro modelo (até {count})</translation>
    </message>
    <message>
        <source>Compare notice</source>
        <translation>Aviso da comparação</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Idioma de destino</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Rótulos</translation>
    </message>
    <message>
        <source>Labels, separated by commas; name=description to explain one</source>
        <translation>Rótulos separados por vírgulas; nome=descrição para explicar um</translation>
    </message>
    <message>
        <source>Several labels may apply</source>
        <translation>Vários rótulos podem se aplicar</translation>
    </message>
    <message>
        <source>Multi-label</source>
        <translation>Multirrótulo</translation>
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
        <translation>&amp;Tarefa</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <extracomment>Before the target language: translate to…</extracomment>
        <translation>&amp;Para</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Rótulos</translation>
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
        <translation>O mesmo texto vai para todos os modelos.</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>Arquivo de entrada</translation>
    </message>
    <message>
        <source>A CSV or JSONL file, one text per row</source>
        <translation>Um arquivo CSV ou JSONL, um texto por linha</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Escolher arquivo…</translation>
    </message>
    <message>
        <source>Pick the CSV or JSONL file to run on</source>
        <translation>Escolha o arquivo CSV ou JSONL a processar</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation>Coluna de texto</translation>
    </message>
    <message>
        <source>Gold column</source>
        <translation>Coluna de referência</translation>
    </message>
    <message>
        <source>The right labels, if the file has them: gives accuracy and macro-F1</source>
        <translation>Os rótulos corretos, se o arquivo os tiver: fornece a acurácia e o macro-F1</translation>
    </message>
    <message>
        <source>Te&amp;xt column</source>
        <translation>Coluna de te&amp;xto</translation>
    </message>
    <message>
        <source>&amp;Gold column</source>
        <translation>Coluna de &amp;referência</translation>
    </message>
    <message>
        <source>Choose a file to run on</source>
        <translation>Escolha um arquivo a processar</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) in {file}.</source>
        <translation>
            <numerusform>%Ln coluna em {file}.</numerusform>
            <numerusform>%Ln colunas em {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}. {message}</source>
        <extracomment>An error&apos;s title, then its message and hint.</extracomment>
        <translation>{title}. {message}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lendo {file}…</translation>
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
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tradução</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>No label</source>
        <extracomment>Rows of a batch shown in a column; the report and the output CSV have them all. The least height the answers and the figures get, whatever the splitter between them says. How the answers and the figures share the height at first: the answers get the larger part.</extracomment>
        <translation>Sem rótulo</translation>
    </message>
    <message>
        <source>Accuracy {accuracy}, macro-F1 {macro_f1}</source>
        <translation>Acurácia {accuracy}, macro-F1 {macro_f1}</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>Table headers: a batch&apos;s row number, and what the model made of that row.</extracomment>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Privacy summary</source>
        <translation>Resumo de privacidade</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>Comparison figures</source>
        <translation>Números da comparação</translation>
    </message>
    <message>
        <source>Answers and figures</source>
        <translation>Respostas e números</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
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
        <extracomment>The axis of the model&apos;s labels (across the top of the confusion matrix).</extracomment>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Gold</source>
        <extracomment>The axis of the right answers (down the side of the confusion matrix).</extracomment>
        <translation>Referência</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) correctly labelled “{gold}”</source>
        <translation>
            <numerusform>%Ln linha rotulada corretamente como “{gold}”</numerusform>
            <numerusform>%Ln linhas rotuladas corretamente como “{gold}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) labelled “{gold}” that the model called “{predicted}” — click to see them</source>
        <translation>
            <numerusform>%Ln linha rotulada “{gold}” que o modelo classificou como “{predicted}” — clique para vê-la</numerusform>
            <numerusform>%Ln linhas rotuladas “{gold}” que o modelo classificou como “{predicted}” — clique para vê-las</numerusform>
        </translation>
    </message>
    <message>
        <source>gold {gold}, predicted {predicted}: {count}</source>
        <translation>referência {gold}, previsto {predicted}: {count}</translation>
    </message>
</context>
<context>
    <name>ConversationArchive</name>
    <message>
        <source>Export all conversations</source>
        <extracomment>How long the status bar says what was exported or imported.</extracomment>
        <translation>Exportar todas as conversas</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Não foi possível exportar</translation>
    </message>
    <message>
        <source>Exported {conversations} to {file}.</source>
        <translation>Exportação concluída: {conversations} em {file}.</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Importar conversas</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Não foi possível importar</translation>
    </message>
    <message>
        <source>Imported {conversations}; {skipped} already here, skipped.</source>
        <translation>Importação concluída: {conversations}; ignoradas por já existirem: {skipped}.</translation>
    </message>
    <message>
        <source>Imported {conversations}.</source>
        <translation>Importação concluída: {conversations}.</translation>
    </message>
    <message>
        <source>Plinth archives (*.json)</source>
        <translation>Arquivos do Plinth (*.json)</translation>
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
    <name>DocumentsPanel</name>
    <message>
        <source>None (keyword search only)</source>
        <translation>Nenhum (só palavras-chave)</translation>
    </message>
    <message>
        <source>Questions to check retrieval with</source>
        <translation>Perguntas para verificar a recuperação</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Coleções</translation>
    </message>
    <message>
        <source>New…</source>
        <comment>button: a new collection</comment>
        <translation>Nova…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nova coleção</translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>button: delete the collection</comment>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Excluir coleção</translation>
    </message>
    <message>
        <source>Collection paths</source>
        <translation>Caminhos da coleção</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Adicionar arquivos…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Adicionar arquivos</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Adicionar pasta…</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Adicionar pasta</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>button: remove paths</comment>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove selected paths</source>
        <translation>Remover os caminhos selecionados</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Reexaminar</translation>
    </message>
    <message>
        <source>Folders and files</source>
        <translation>Pastas e arquivos</translation>
    </message>
    <message>
        <source>Collection summary</source>
        <translation>Resumo da coleção</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Modelo de embedding</translation>
    </message>
    <message>
        <source>Embedding privacy</source>
        <translation>Privacidade do embedding</translation>
    </message>
    <message>
        <source>Index progress</source>
        <translation>Progresso da indexação</translation>
    </message>
    <message>
        <source>Index status</source>
        <translation>Status da indexação</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation>Cancelar a indexação</translation>
    </message>
    <message>
        <source>Collection views</source>
        <translation>Visualizações da coleção</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>tab: search the collection</comment>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Retrieval check</source>
        <translation>Verificação de recuperação</translation>
    </message>
    <message>
        <source>Cannot create the collection</source>
        <translation>Não é possível criar a coleção</translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}” and its index of %n file(s)? The files themselves stay where they are.</source>
        <translation>
            <numerusform>Excluir a coleção “{name}” e seu índice de %Ln arquivo? Os arquivos em si continuam onde estão.</numerusform>
            <numerusform>Excluir a coleção “{name}” e seu índice de %Ln arquivos? Os arquivos em si continuam onde estão.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove the path</source>
        <translation>Não é possível remover o caminho</translation>
    </message>
    <message numerus="yes">
        <source>Re-embed %n passage(s) of “{name}” with {model}? The vectors from {old} are deleted.</source>
        <translation>
            <numerusform>Refazer o embedding de %Ln trecho de “{name}” com {model}? Os vetores de {old} são excluídos.</numerusform>
            <numerusform>Refazer o embedding de %Ln trechos de “{name}” com {model}? Os vetores de {old} são excluídos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop the vectors of %n passage(s) of “{name}”? Search will be by keyword only. The vectors from {old} are deleted.</source>
        <translation>
            <numerusform>Descartar os vetores de %Ln trecho de “{name}”? A busca será apenas por palavras-chave. Os vetores de {old} são excluídos.</numerusform>
            <numerusform>Descartar os vetores de %Ln trechos de “{name}”? A busca será apenas por palavras-chave. Os vetores de {old} são excluídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change embedding model</source>
        <translation>Alterar o modelo de embedding</translation>
    </message>
    <message>
        <source>No collection yet: press New… to make one, then add files or folders to it.</source>
        <translation>Nenhuma coleção ainda: clique em Nova… para criar uma e depois adicione arquivos ou pastas a ela.</translation>
    </message>
    <message>
        <source>{name}: {summary}</source>
        <translation>{name}: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%Ln arquivo</numerusform>
            <numerusform>%Ln arquivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%Ln trecho</numerusform>
            <numerusform>%Ln trechos</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} {status}</source>
        <comment>a number of files and their status: 3 skipped</comment>
        <translation>{count} {status}</translation>
    </message>
    <message>
        <source>Keyword search: nothing leaves this computer.</source>
        <translation>Busca por palavras-chave: nada sai deste computador.</translation>
    </message>
    <message>
        <source>Passages from “{name}” → {destination}</source>
        <translation>Trechos de “{name}” → {destination}</translation>
    </message>
    <message>
        <source>Embedded on this computer: nothing leaves it.</source>
        <translation>Embedding neste computador: nada sai dele.</translation>
    </message>
    <message>
        <source>Indexing “{name}”: looking for files…</source>
        <translation>Indexando “{name}”: procurando arquivos…</translation>
    </message>
    <message numerus="yes">
        <source>Embedding “{name}”: {done} of %n passage(s)</source>
        <translation>
            <numerusform>Embedding de “{name}”: {done} de %Ln trecho</numerusform>
            <numerusform>Embedding de “{name}”: {done} de %Ln trechos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing “{name}”: {done} of %n file(s)</source>
        <translation>
            <numerusform>Indexando “{name}”: {done} de %Ln arquivo</numerusform>
            <numerusform>Indexando “{name}”: {done} de %Ln arquivos</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} pages/s</source>
        <translation>{rate} págs./s</translation>
    </message>
    <message>
        <source>{time} left</source>
        <comment>time remaining</comment>
        <translation>faltam {time}</translation>
    </message>
    <message>
        <source>Indexing waits while a local model answers (they share the processor)…</source>
        <translation>A indexação aguarda enquanto um modelo local responde (eles compartilham o processador)…</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is up to date: %n file(s) read in {seconds} s, {problems} skipped or failed (see Problems only).</source>
        <translation>
            <numerusform>“{name}” está atualizada: %Ln arquivo lido em {seconds} s, {problems} ignorados ou com falha (veja Somente problemas).</numerusform>
            <numerusform>“{name}” está atualizada: %Ln arquivos lidos em {seconds} s, {problems} ignorados ou com falha (veja Somente problemas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is up to date: %n file(s) read in {seconds} s.</source>
        <translation>
            <numerusform>“{name}” está atualizada: %Ln arquivo lido em {seconds} s.</numerusform>
            <numerusform>“{name}” está atualizada: %Ln arquivos lidos em {seconds} s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyword search only: {problem}.</source>
        <translation>Apenas busca por palavras-chave: {problem}.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Indexing “{name}” was cancelled; what was indexed is kept. Rescan to finish it.</source>
        <translation>A indexação de “{name}” foi cancelada; o que já foi indexado é mantido. Reexamine para concluí-la.</translation>
    </message>
    <message>
        <source>Name of the new collection:</source>
        <translation>Nome da nova coleção:</translation>
    </message>
    <message>
        <source>Add files to “{name}”</source>
        <translation>Adicionar arquivos a “{name}”</translation>
    </message>
    <message>
        <source>Add a folder to “{name}”</source>
        <translation>Adicionar uma pasta a “{name}”</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Cancelando após o arquivo atual…</translation>
    </message>
    <message>
        <source>about {seconds} s</source>
        <translation>cerca de {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>cerca de {minutes} min</translation>
    </message>
    <message>
        <source>about {hours} h</source>
        <translation>cerca de {hours} h</translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message>
        <source>Downloading {name}</source>
        <extracomment>How long a finished or cancelled download stays mentioned before the widget hides.</extracomment>
        <translation>Baixando {name}</translation>
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
        <translation>faltam {time}</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>Baixando {name}…</translation>
    </message>
</context>
<context>
    <name>DownloadQueueWidget</name>
    <message>
        <source>Download status</source>
        <translation>Status do download</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progresso do download</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>%n more queued</source>
        <translation>
            <numerusform>mais %Ln na fila</numerusform>
            <numerusform>mais %Ln na fila</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Cancelar download</translation>
    </message>
    <message>
        <source>Stop downloading {name}; downloading it again resumes where it stopped</source>
        <translation>Parar o download de {name}; baixá-lo de novo retoma de onde parou</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar esta mensagem</translation>
    </message>
    <message>
        <source>Downloaded {name}: ready in the model pickers</source>
        <translation>{name} baixado: pronto nos seletores de modelo</translation>
    </message>
    <message>
        <source>Download of {name} failed: {reason}</source>
        <translation>Falha no download de {name}: {reason}</translation>
    </message>
    <message>
        <source>Download of {name} stopped</source>
        <translation>Download de {name} parado</translation>
    </message>
    <message>
        <source>Downloading it again resumes where it stopped.</source>
        <translation>Baixá-lo de novo retoma de onde parou.</translation>
    </message>
</context>
<context>
    <name>FileTable</name>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Trechos</translation>
    </message>
    <message>
        <source>Reason or notes</source>
        <translation>Motivo ou observações</translation>
    </message>
    <message>
        <source>indexed</source>
        <extracomment>A file&apos;s status in the documents table.</extracomment>
        <translation>indexado</translation>
    </message>
    <message>
        <source>extracted (keyword only)</source>
        <translation>extraído (só palavras-chave)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Somente problemas</translation>
    </message>
    <message>
        <source>Show only files that were skipped, failed or have notes</source>
        <translation>Mostrar apenas arquivos ignorados, com falha ou com observações</translation>
    </message>
    <message>
        <source>File counts</source>
        <translation>Contagem de arquivos</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), {problems} with problems or notes</source>
        <translation>
            <numerusform>%Ln arquivo, {problems} com problemas ou observações</numerusform>
            <numerusform>%Ln arquivos, {problems} com problemas ou observações</numerusform>
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
        <translation>não cabe</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Encaixe</translation>
    </message>
</context>
<context>
    <name>GlossaryEditor</name>
    <message>
        <source>Glossary terms</source>
        <translation>Termos do glossário</translation>
    </message>
    <message>
        <source>Source term</source>
        <translation>Termo de origem</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tradução</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Adicionar termo</translation>
    </message>
    <message>
        <source>Add a row to the glossary</source>
        <translation>Adicionar uma linha ao glossário</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>Remover termo</translation>
    </message>
    <message>
        <source>Remove the selected terms</source>
        <translation>Remover os termos selecionados</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Import glossary</source>
        <translation>Importar glossário</translation>
    </message>
    <message>
        <source>Read term pairs from a CSV file: source term, translation</source>
        <translation>Ler pares de termos de um arquivo CSV: termo de origem, tradução</translation>
    </message>
    <message>
        <source>Glossary error</source>
        <translation>Erro no glossário</translation>
    </message>
    <message>
        <source>Import a glossary</source>
        <translation>Importar um glossário</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv *.tsv);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n term(s).</source>
        <translation>
            <numerusform>%Ln termo importado.</numerusform>
            <numerusform>%Ln termos importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {terms}; {skipped} already in the glossary.</source>
        <translation>Importados: {terms}; {skipped} já estavam no glossário.</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%Ln termo</numerusform>
            <numerusform>%Ln termos</numerusform>
        </translation>
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
        <extracomment>The background of a search hit; the text on it stays dark in light and dark palettes. A search hit&apos;s snippet as rich text, the matched words highlighted.</extracomment>
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
        <translation>
            <numerusform>versão {version}: %Ln rótulo, macro-F1 {f1}</numerusform>
            <numerusform>versão {version}: %Ln rótulos, macro-F1 {f1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{f1} · %n label(s)</source>
        <translation>
            <numerusform>{f1} · %Ln rótulo</numerusform>
            <numerusform>{f1} · %Ln rótulos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <source>%n message(s) · {model}</source>
        <translation>
            <numerusform>%Ln mensagem · {model}</numerusform>
            <numerusform>%Ln mensagens · {model}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>New chat</source>
        <extracomment>How long after the last key press the search runs. How long &quot;Conversation deleted — Undo&quot; stays. The conversation whose answer is streaming: it cannot be deleted now. A refresh asked for while a title was being edited: it runs once the editor closes.</extracomment>
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
    <name>HubSearchPage</name>
    <message>
        <source>Most downloads</source>
        <translation>Mais baixados</translation>
    </message>
    <message>
        <source>Most likes</source>
        <translation>Mais curtidos</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Atualizados recentemente</translation>
    </message>
    <message>
        <source>Type a name and press Enter.</source>
        <translation>Digite um nome e pressione Enter.</translation>
    </message>
    <message>
        <source>Offline mode is on: the Hugging Face Hub is not contacted.</source>
        <translation>O modo offline está ativado: o Hugging Face Hub não é contatado.</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Pesquisar modelos</translation>
    </message>
    <message>
        <source>Search GGUF models on the Hugging Face Hub, e.g. “qwen3 4b”</source>
        <translation>Pesquisar modelos GGUF no Hugging Face Hub, ex.: “qwen3 4b”</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>verb: button</comment>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Search the Hub (Enter)</source>
        <translation>Pesquisar no Hub (Enter)</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Status da pesquisa</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Pesquisando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel search</source>
        <translation>Cancelar a pesquisa</translation>
    </message>
    <message>
        <source>Stop waiting for the Hugging Face Hub</source>
        <translation>Parar de esperar pelo Hugging Face Hub</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repositório</translation>
    </message>
    <message>
        <source>Downloads</source>
        <comment>column: how many times downloaded</comment>
        <translation>Nº de downloads</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Curtidas</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acesso</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>Pick a repository to see its GGUF files.</source>
        <translation>Escolha um repositório para ver os arquivos GGUF dele.</translation>
    </message>
    <message>
        <source>Files status</source>
        <translation>Status dos arquivos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantização</translation>
    </message>
    <message>
        <source>Download</source>
        <comment>column: the file&apos;s download size</comment>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memória</translation>
    </message>
    <message>
        <source>Fit</source>
        <comment>column: whether the model fits in memory</comment>
        <translation>Cabe</translation>
    </message>
    <message>
        <source>Repository files</source>
        <translation>Arquivos do repositório</translation>
    </message>
    <message>
        <source>The Hub did not give this file&apos;s size.</source>
        <translation>O Hub não informou o tamanho deste arquivo.</translation>
    </message>
    <message>
        <source>≈ {size}</source>
        <translation>≈ {size}</translation>
    </message>
    <message>
        <source>Searching for “{query}”…</source>
        <translation>Pesquisando “{query}”…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message numerus="yes">
        <source>%n repository(ies)</source>
        <translation>
            <numerusform>%Ln repositório</numerusform>
            <numerusform>%Ln repositórios</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the files of {repo}…</source>
        <translation>Carregando os arquivos de {repo}…</translation>
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
        <translation>Baixar</translation>
    </message>
    <message>
        <source>Download {file}</source>
        <translation>Baixar {file}</translation>
    </message>
    <message>
        <source>No GGUF repositories match.</source>
        <translation>Nenhum repositório GGUF corresponde.</translation>
    </message>
    <message>
        <source>gated: needs a token</source>
        <translation>restrito: requer um token</translation>
    </message>
    <message>
        <source>open</source>
        <comment>access: anyone may download</comment>
        <translation>aberto</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>Pesquisa cancelada.</translation>
    </message>
    <message>
        <source>Cancelled: nothing is downloaded.</source>
        <translation>Cancelado: nada é baixado.</translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF model(s) in {repo}</source>
        <translation>
            <numerusform>%Ln modelo GGUF em {repo}</numerusform>
            <numerusform>%Ln modelos GGUF em {repo}</numerusform>
        </translation>
    </message>
    <message>
        <source>{repo} has no GGUF model files.</source>
        <translation>{repo} não tem arquivos de modelo GGUF.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Checking that this llama.cpp can run {file}…</source>
        <translation>Verificando se este llama.cpp consegue executar {file}…</translation>
    </message>
    <message>
        <source>{warning}

Download anyway?</source>
        <translation>{warning}

Baixar mesmo assim?</translation>
    </message>
    <message>
        <source>This model may not run here</source>
        <translation>Este modelo pode não funcionar aqui</translation>
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
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantização</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitetura</translation>
    </message>
    <message>
        <source>Context</source>
        <comment>column: the model&apos;s context length in tokens</comment>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Local</translation>
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
        <translation>Adicionar um arquivo .gguf de qualquer lugar deste computador</translation>
    </message>
    <message>
        <source>Add LoRA adapter…</source>
        <translation>Adicionar adaptador LoRA…</translation>
    </message>
    <message>
        <source>Add LoRA adapter</source>
        <translation>Adicionar adaptador LoRA</translation>
    </message>
    <message>
        <source>Run an installed model with a GGUF LoRA adapter applied</source>
        <translation>Executar um modelo instalado com um adaptador LoRA GGUF aplicado</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Excluir modelo</translation>
    </message>
    <message>
        <source>Delete the selected model (asks first)</source>
        <translation>Excluir o modelo selecionado (pergunta antes)</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <source>Reveal in file manager</source>
        <translation>Mostrar no gerenciador de arquivos</translation>
    </message>
    <message>
        <source>Open the selected model&apos;s folder in the file manager</source>
        <translation>Abrir a pasta do modelo selecionado no gerenciador de arquivos</translation>
    </message>
    <message>
        <source>Installed status</source>
        <translation>Status dos instalados</translation>
    </message>
    <message>
        <source>Reading the models folder…</source>
        <translation>Lendo a pasta de modelos…</translation>
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
        <translation>ilegível</translation>
    </message>
    <message>
        <source>A LoRA adapter: it runs on its base model. Select it and click “{button}”.</source>
        <translation>Um adaptador LoRA: ele roda sobre o modelo base. Selecione-o e clique em “{button}”.</translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation>Adaptador LoRA</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>Remover variante</translation>
    </message>
    <message>
        <source>Forget model</source>
        <translation>Esquecer modelo</translation>
    </message>
    <message>
        <source>The starter model comes with Plinth and cannot be deleted</source>
        <translation>O modelo inicial vem com o Plinth e não pode ser excluído</translation>
    </message>
    <message>
        <source>Forget the selected model (the file stays where it is)</source>
        <translation>Esquecer o modelo selecionado (o arquivo fica onde está)</translation>
    </message>
    <message>
        <source>Delete the selected model&apos;s file (asks first)</source>
        <translation>Excluir o arquivo do modelo selecionado (pergunta antes)</translation>
    </message>
    <message>
        <source>Import a model</source>
        <translation>Importar um modelo</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import {file}?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Importar {file}?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copy it into Plinth&apos;s models folder ({folder}), or use it where it is (nothing is copied; if you move the file, Plinth loses it).</source>
        <translation>Copie-o para a pasta de modelos do Plinth ({folder}) ou use-o onde está (nada é copiado; se você mover o arquivo, o Plinth o perde).</translation>
    </message>
    <message>
        <source>Copy into the models folder</source>
        <translation>Copiar para a pasta de modelos</translation>
    </message>
    <message>
        <source>Use it where it is</source>
        <translation>Usar onde está</translation>
    </message>
    <message>
        <source>Remove the variant {name}? {base} stays.</source>
        <translation>Remover a variante {name}? {base} permanece.</translation>
    </message>
    <message>
        <source>Remove the variant {name} and its copy of the adapter ({adapter})? {base} stays.</source>
        <translation>Remover a variante {name} e sua cópia do adaptador ({adapter})? {base} permanece.</translation>
    </message>
    <message>
        <source>Forget {name}? The file stays at {path}.</source>
        <translation>Esquecer {name}? O arquivo fica em {path}.</translation>
    </message>
    <message>
        <source>Delete {name}? This deletes {path} ({size}) from disk.</source>
        <translation>Excluir {name}? Isso exclui {path} ({size}) do disco.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in {folder} · {errors} unreadable (hover for why)</source>
        <translation>
            <numerusform>%Ln modelo em {folder} · {errors} ilegíveis (passe o mouse para ver o motivo)</numerusform>
            <numerusform>%Ln modelos em {folder} · {errors} ilegíveis (passe o mouse para ver o motivo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in {folder}</source>
        <translation>
            <numerusform>%Ln modelo em {folder}</numerusform>
            <numerusform>%Ln modelos em {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>The models folder could not be read (see above).</source>
        <translation>Não foi possível ler a pasta de modelos (veja acima).</translation>
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
        <translation>Adicionando {adapter} sobre {base}…</translation>
    </message>
    <message>
        <source>Could not open the folder</source>
        <translation>Não foi possível abrir a pasta</translation>
    </message>
    <message>
        <source>Open {folder} in your file manager.</source>
        <translation>Abra {folder} no seu gerenciador de arquivos.</translation>
    </message>
</context>
<context>
    <name>KeychainPrompt</name>
    <message>
        <source>No keychain available</source>
        <translation>Nenhum chaveiro disponível</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Manter só nesta sessão</translation>
    </message>
    <message>
        <source>No keychain is available, so the token cannot be stored.</source>
        <translation>Não há chaveiro disponível, então o token não pode ser armazenado.</translation>
    </message>
    <message>
        <source>Plinth never writes tokens to a file. It can keep this token in memory until Plinth closes; you would enter it again next time.</source>
        <translation>O Plinth nunca grava tokens em arquivo. Ele pode manter este token na memória até ser fechado; você precisará digitá-lo de novo na próxima vez.</translation>
    </message>
    <message>
        <source>No keychain is available, so the key cannot be stored.</source>
        <translation>Não há chaveiro disponível, então a chave não pode ser armazenada.</translation>
    </message>
    <message>
        <source>Plinth never writes keys to a file. It can keep this key in memory until Plinth closes; you would enter it again next time.</source>
        <translation>O Plinth nunca grava chaves em arquivo. Ele pode manter esta chave na memória até ser fechado; você precisará digitá-la de novo na próxima vez.</translation>
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
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Padrão do sistema ({language})</translation>
    </message>
    <message>
        <source>{variable}={code} is set: it overrides this choice</source>
        <translation>{variable}={code} está definido: tem prioridade sobre esta escolha</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Plinth will use {language} from its next start.</source>
        <translation>O Plinth usará {language} a partir da próxima inicialização.</translation>
    </message>
    <message>
        <source>Restart now? Your conversations and settings are kept.</source>
        <translation>Reiniciar agora? Suas conversas e configurações são mantidas.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar agora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Mais tarde</translation>
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
        <translation>Bengali</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalão</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tcheco</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dinamarquês</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemão</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Grego</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estoniano</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finlandês</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebraico</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Híndi</translation>
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
        <translation>Indonésio</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonês</translation>
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
        <translation>Letão</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Malaio</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norueguês</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Holandês</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polonês</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Romeno</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russo</translation>
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
        <translation>Sérvio</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Sueco</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Suaíli</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tâmil</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Tailandês</translation>
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
        <translation>Chinês (simplificado)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chinês (tradicional)</translation>
    </message>
</context>
<context>
    <name>LearningCurveChart</name>
    <message>
        <source>Run the comparison to draw the learning curve</source>
        <extracomment>One colour per curve, told apart in dark and light themes (and by most colour-blind eyes). The y axis&apos;s gridlines (macro-F1 is 0–1).</extracomment>
        <translation>Execute a comparação para traçar a curva de aprendizado</translation>
    </message>
    <message>
        <source>Learning curve</source>
        <translation>Curva de aprendizado</translation>
    </message>
    <message>
        <source>Labelled training rows (log scale)</source>
        <translation>Linhas de treino rotuladas (escala log.)</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>F1 macro</translation>
    </message>
    <message>
        <source>{f1} without training rows</source>
        <translation>{f1} sem linhas de treino</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) {f1}</source>
        <extracomment>One point of the learning curve, read out: its training rows and its macro-F1.</extracomment>
        <translation>
            <numerusform>%Ln linha: {f1}</numerusform>
            <numerusform>%Ln linhas: {f1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Macro-F1 by training rows. {curves}</source>
        <translation>F1 macro por linhas de treino. {curves}</translation>
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
        <translation>Traduzir</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Classificar</translation>
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
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Panels</source>
        <extracomment>The :meth:`MainWindow.frame` option the tab comes with; None: every window has it. Which services the frame has tabs and menu entries for: comparisons, a model manager, a store. Remote models listed when the Providers dialog opened. The composition root shares it with the engines, model lists and Hub; a window built alone gets its own. Tab title → its panel, once built.</extracomment>
        <translation>Painéis</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <extracomment>Off until :meth:`start`, like the menus&apos; actions: the tabs need the services. The window&apos;s tabs, in order (Ctrl+1… show them).</extracomment>
        <translation>Diagnóstico copiado para a área de transferência.</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Pass rate</source>
        <extracomment>Characters of an output a matrix cell shows (the detail has it whole). Pixels of width for the row&apos;s first value and for each (model, variant) column.</extracomment>
        <translation>Taxa de aprovação</translation>
    </message>
    <message>
        <source>Check: {name}</source>
        <translation>Verificação: {name}</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <source>Tokens in / out</source>
        <translation>Tokens de entrada / saída</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Tempo até o primeiro token</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>Linhas/s</translation>
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
        <source>Judge cost (apart)</source>
        <translation>Custo do juiz (à parte)</translation>
    </message>
    <message>
        <source>From the cache</source>
        <translation>Do cache</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>{cell} (from the cache)</source>
        <translation>{cell} (do cache)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt enviado</translation>
    </message>
    <message>
        <source>Raw output</source>
        <translation>Saída bruta</translation>
    </message>
    <message>
        <source>Parsed</source>
        <translation>Interpretado</translation>
    </message>
    <message>
        <source>Column summary</source>
        <translation>Resumo por coluna</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>Só falhas</translation>
    </message>
    <message>
        <source>Models disagree</source>
        <translation>Modelos divergem</translation>
    </message>
    <message>
        <source>Task matrix</source>
        <translation>Matriz da tarefa</translation>
    </message>
    <message>
        <source>Cell detail</source>
        <translation>Detalhe da célula</translation>
    </message>
    <message>
        <source>Click a cell to see its prompt, output and checks.</source>
        <translation>Clique em uma célula para ver o prompt, a saída e as verificações.</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>Exportar {format}</translation>
    </message>
    <message>
        <source>Save the run as a {format} file</source>
        <translation>Salvar a execução como arquivo {format}</translation>
    </message>
    <message>
        <source>This cell has not run yet.</source>
        <translation>Esta célula ainda não foi executada.</translation>
    </message>
    <message>
        <source>Passed: click to see the detail</source>
        <translation>Aprovada: clique para ver o detalhe</translation>
    </message>
    <message>
        <source>Failed: click to see the detail</source>
        <translation>Reprovada: clique para ver o detalhe</translation>
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
        <translation>Melhor: {metric}</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Offline: not sent</source>
        <extracomment>The notice&apos;s link that asks for the Providers dialog. The badge of a remote model picked while offline mode is on: nothing is sent, and nothing will be.</extracomment>
        <translation>Offline: não enviado</translation>
    </message>
    <message>
        <source>offline</source>
        <extracomment>``ModelChoice.tag`` of a remote model while offline mode is on. ``ModelChoice.tag`` as shown beside a model&apos;s name.</extracomment>
        <translation>modo offline</translation>
    </message>
    <message>
        <source>{label} is a remote model and offline mode is on; turn offline mode off (Ctrl+Shift+O) or pick a local model.</source>
        <translation>{label} é um modelo remoto e o modo offline está ativado; desative-o (Ctrl+Shift+O) ou escolha um modelo local.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{link}&quot;&gt;add a provider&lt;/a&gt; (File › Providers…)</source>
        <extracomment>A link that opens the Providers dialog; it ends a sentence (&quot;…, add a provider (File › Providers…).&quot;).</extracomment>
        <translation>&lt;a href=&quot;{link}&quot;&gt;adicione um provedor&lt;/a&gt; (Arquivo › Provedores…)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model is installed.&lt;/b&gt; {install} To {task} with a model behind an API instead, {providers}.</source>
        <extracomment>{install}: how to install a model. {task}: what the panel does, a verb phrase already translated (&quot;translate&quot;, &quot;classify&quot;, &quot;compare models&quot;). {providers}: the &quot;add a provider&quot; link.</extracomment>
        <translation>&lt;b&gt;Nenhum modelo instalado.&lt;/b&gt; {install} Para {task} com um modelo via API, {providers}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model can run offline.&lt;/b&gt; Models behind an API are off while offline mode is on (File › Offline mode). {install}</source>
        <translation>&lt;b&gt;Nenhum modelo pode rodar offline.&lt;/b&gt; Modelos via API ficam desativados enquanto o modo offline está ativado (Arquivo › Modo offline). {install}</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model can run yet.&lt;/b&gt; Add an API key: {providers}.</source>
        <translation>&lt;b&gt;Nenhum modelo pode rodar ainda.&lt;/b&gt; Adicione uma chave de API: {providers}.</translation>
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
        <translation>Enviado para {destination}</translation>
    </message>
</context>
<context>
    <name>ModelSettingsDialog</name>
    <message>
        <source>Model settings</source>
        <translation>Configurações do modelo</translation>
    </message>
    <message>
        <source>tokens</source>
        <comment>unit after the context size</comment>
        <translation>tokens</translation>
    </message>
    <message>
        <source>Upper bound on a local model&apos;s context window; memory for the cache grows with it.</source>
        <translation>Limite superior da janela de contexto de um modelo local; a memória do cache cresce com ele.</translation>
    </message>
    <message>
        <source>Automatic (one per physical core)</source>
        <translation>Automático (um por núcleo físico)</translation>
    </message>
    <message>
        <source>None (CPU only)</source>
        <translation>Nenhuma (só CPU)</translation>
    </message>
    <message>
        <source>Layers to run on the GPU; {all} puts every layer there.</source>
        <translation>Camadas a executar na GPU; {all} coloca todas lá.</translation>
    </message>
    <message>
        <source>&amp;Context cap:</source>
        <translation>Limite de &amp;contexto:</translation>
    </message>
    <message>
        <source>Context cap</source>
        <translation>Limite de contexto</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads da CPU:</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads da CPU</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>Camadas de &amp;GPU:</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Camadas de GPU</translation>
    </message>
    <message>
        <source>Changes apply the next time a local model starts; idle models restart with them.</source>
        <translation>As alterações valem na próxima vez que um modelo local iniciar; modelos ociosos reiniciam com elas.</translation>
    </message>
    <message>
        <source>Checking whether this llama.cpp build can use a GPU…</source>
        <translation>Verificando se esta compilação do llama.cpp pode usar uma GPU…</translation>
    </message>
    <message>
        <source>GPU offload: supported by this llama.cpp build.</source>
        <translation>Descarga na GPU: suportada por esta compilação do llama.cpp.</translation>
    </message>
    <message>
        <source>GPU offload: not supported by this llama.cpp build, so models run on the CPU. README → GPU acceleration explains how to install a CUDA, Metal or Vulkan build.</source>
        <translation>Descarga na GPU: não suportada por esta compilação do llama.cpp, então os modelos rodam na CPU. README → GPU acceleration explica como instalar uma compilação com CUDA, Metal ou Vulkan.</translation>
    </message>
    <message>
        <source>GPU offload: {state}.</source>
        <translation>Descarga na GPU: {state}.</translation>
    </message>
</context>
<context>
    <name>ModelTables</name>
    <message>
        <source>unknown</source>
        <extracomment>Sets a Download button&apos;s text, state and tooltip for a repository&apos;s file.</extracomment>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>{gpu}, {free} free of {total}</source>
        <extracomment>A GPU&apos;s name, then its free and total memory.</extracomment>
        <translation>{gpu}, {free} livres de {total}</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>{free} livres</translation>
    </message>
    <message>
        <source>RAM {free} free of {total} · GPU memory: {gpu} · Disk: {disk}</source>
        <translation>RAM: {free} livres de {total} · Memória da GPU: {gpu} · Disco: {disk}</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>cache KV</translation>
    </message>
    <message>
        <source>KV cache (rough: the model&apos;s dimensions are not known yet)</source>
        <translation>cache KV (aproximado: as dimensões do modelo ainda não são conhecidas)</translation>
    </message>
    <message>
        <source>About {size} to run at {tokens} tokens of context:</source>
        <translation>Cerca de {size} para rodar com {tokens} tokens de contexto:</translation>
    </message>
    <message>
        <source>  weights {weights} + {kv} {kv_size} + overhead {overhead}</source>
        <extracomment>How a memory estimate adds up; {kv} is &quot;KV cache&quot;, or that with a note.</extracomment>
        <translation>  pesos {weights} + {kv} {kv_size} + sobrecarga {overhead}</translation>
    </message>
    <message>
        <source>This computer: {hardware}</source>
        <translation>Este computador: {hardware}</translation>
    </message>
    <message>
        <source>Probably too big for this computer</source>
        <translation>Provavelmente grande demais para este computador</translation>
    </message>
    <message>
        <source>{name} probably won&apos;t fit in this computer&apos;s memory.

{detail}

A smaller quantization, a smaller model or a lower context cap would. Download anyway?</source>
        <translation>{name} provavelmente não cabe na memória deste computador.

{detail}

Uma quantização menor, um modelo menor ou um limite de contexto mais baixo caberiam. Baixar mesmo assim?</translation>
    </message>
</context>
<context>
    <name>ModelsPanel</name>
    <message>
        <source>chat</source>
        <extracomment>Available memory changes as other programs run; re-read it at most this often. What a catalogue entry is good for (core&apos;s ``STRENGTHS``), as the Good for column shows it.</extracomment>
        <translation>conversa</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>tradução</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>classificação</translation>
    </message>
    <message>
        <source>retrieval</source>
        <translation>recuperação</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s memory…</source>
        <translation>Lendo a memória deste computador…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>Hugging Face token…</source>
        <translation>Token do Hugging Face…</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Token do Hugging Face</translation>
    </message>
    <message>
        <source>A token opens gated models and raises the Hub&apos;s rate limits</source>
        <translation>Um token libera modelos restritos e aumenta os limites de requisições do Hub</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Offline notice</source>
        <translation>Aviso de modo offline</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline mode is on.&lt;/b&gt; The Hugging Face Hub is not contacted: search and downloads are off. Installed models work as usual. File › Offline mode (Ctrl+Shift+O) turns it off.</source>
        <translation>&lt;b&gt;O modo offline está ativado.&lt;/b&gt; O Hugging Face Hub não é contatado: a busca e os downloads estão desativados. Os modelos instalados funcionam normalmente. Arquivo › Modo offline (Ctrl+Shift+O) o desativa.</translation>
    </message>
    <message>
        <source>Model sections</source>
        <translation>Seções de modelos</translation>
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
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>Good for</source>
        <translation>Bom para</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantização</translation>
    </message>
    <message>
        <source>Download</source>
        <comment>column</comment>
        <extracomment>Column header: the file&apos;s download size.</extracomment>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memória</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Encaixe</translation>
    </message>
    <message>
        <source>This computer: {hardware} (layers offloaded to the GPU: its free memory counts)</source>
        <translation>Este computador: {hardware} (camadas descarregadas na GPU: a memória livre dela conta)</translation>
    </message>
    <message>
        <source>This computer: {hardware}</source>
        <translation>Este computador: {hardware}</translation>
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
        <translation>Quantização de {model}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <source>Memory: the file, plus the KV cache at {tokens} tokens of context (the Context cap setting) or the model&apos;s own maximum if smaller, plus overhead. Hover over a badge for the numbers.</source>
        <translation>Memória: o arquivo, mais o cache KV com {tokens} tokens de contexto (a configuração Limite de contexto) ou o máximo do próprio modelo, se for menor, mais a sobrecarga. Passe o mouse sobre um selo para ver os números.</translation>
    </message>
    <message>
        <source>{quant} (recommended)</source>
        <translation>{quant} (recomendada)</translation>
    </message>
    <message>
        <source>Estimated from the parameter count; the Hub&apos;s exact size is used when downloading.</source>
        <translation>Estimado pelo número de parâmetros; ao baixar, usa-se o tamanho exato do Hub.</translation>
    </message>
    <message>
        <source>Installed</source>
        <comment>button</comment>
        <extracomment>A download button: the file is on this computer already.</extracomment>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>{name} is downloaded: pick it in any model list</source>
        <translation>{name} já foi baixado: escolha-o em qualquer lista de modelos</translation>
    </message>
    <message>
        <source>{name} is downloaded, a LoRA adapter: Installed › {action} puts it on its base model</source>
        <translation>{name} já foi baixado e é um adaptador LoRA: Instalados › {action} o aplica ao modelo base</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Baixando</translation>
    </message>
    <message>
        <source>{name} is downloading (the status bar shows it; Cancel is there)</source>
        <translation>{name} está sendo baixado (a barra de status mostra; Cancelar fica lá)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>{name} is queued (the status bar shows it; Cancel is there)</source>
        <translation>{name} está na fila (a barra de status mostra; Cancelar fica lá)</translation>
    </message>
    <message>
        <source>Offline mode is on: downloads are off</source>
        <translation>O modo offline está ativado: os downloads estão desativados</translation>
    </message>
    <message>
        <source>Download {name} from {repo}</source>
        <translation>Baixar {name} de {repo}</translation>
    </message>
    <message>
        <source>Already downloading</source>
        <translation>Já está sendo baixado</translation>
    </message>
    <message>
        <source>{name} is already in the download queue.</source>
        <translation>{name} já está na fila de downloads.</translation>
    </message>
    <message>
        <source>Now {error}.</source>
        <extracomment>The token&apos;s state is unknown: why (a sentence of its own).</extracomment>
        <translation>Agora: {error}.</translation>
    </message>
    <message>
        <source>Now a token is set ({token}).</source>
        <translation>Agora há um token definido ({token}).</translation>
    </message>
    <message>
        <source>Now no token is set.</source>
        <translation>Agora não há nenhum token definido.</translation>
    </message>
    <message>
        <source>This computer&apos;s memory could not be read: {reason}</source>
        <translation>Não foi possível ler a memória deste computador: {reason}</translation>
    </message>
    <message>
        <source>{state}

Paste a token (create one at {url});
leave it empty to remove the stored one. It goes to the keychain, never to a file.</source>
        <translation>{state}

Cole um token (crie um em {url});
deixe vazio para remover o salvo. Ele vai para o chaveiro, nunca para um arquivo.</translation>
    </message>
</context>
<context>
    <name>OfflineIndicator</name>
    <message>
        <source>Offline</source>
        <translation>Sem conexão</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Modo offline</translation>
    </message>
    <message>
        <source>Offline mode is on ({reason}): models behind an API are off and the Hugging Face Hub is not contacted; nothing leaves this computer.</source>
        <translation>O modo offline está ativado ({reason}): modelos acessados por API ficam desativados e o Hub do Hugging Face não é contatado; nada sai deste computador.</translation>
    </message>
    <message>
        <source>{variable}=1 is set</source>
        <translation>{variable}=1 está definido</translation>
    </message>
    <message>
        <source>turned on in File › Offline mode</source>
        <translation>ativado em Arquivo › Modo offline</translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>The file was changed, indexed again or removed since this answer: this is the text that was sent, without the text around it.</source>
        <extracomment>How much of the selection colour the quote&apos;s background takes (the rest is the page&apos;s). How much of the text colour the text around the quote takes (the rest is the page&apos;s): readable, but set back. Wide enough for a path and a paragraph of passage text; tall enough for several lines of it. Where the quote starts in the passage view (an anchor it is scrolled to).</extracomment>
        <translation>O arquivo foi alterado, reindexado ou removido desde esta resposta: este é o texto enviado, sem o texto ao redor.</translation>
    </message>
    <message>
        <source>Source [{n}] — {file}</source>
        <translation>Fonte [{n}] — {file}</translation>
    </message>
    <message>
        <source>{path} · collection “{collection}”</source>
        <translation>{path} · coleção “{collection}”</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Trecho</translation>
    </message>
    <message>
        <source>Passage note</source>
        <translation>Nota do trecho</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir arquivo</translation>
    </message>
    <message>
        <source>Open the file in the application your system uses</source>
        <translation>Abre o arquivo no aplicativo que o seu sistema usa</translation>
    </message>
    <message>
        <source>The file is no longer there.</source>
        <translation>O arquivo não está mais lá.</translation>
    </message>
</context>
<context>
    <name>PrivacyBadge</name>
    <message>
        <source>Stays on this computer</source>
        <translation>Fica neste computador</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <source>Sent to {destination}</source>
        <translation>Enviado para {destination}</translation>
    </message>
    <message>
        <source>Stays on this computer: the model runs here, and nothing you type leaves it.</source>
        <translation>Fica neste computador: o modelo roda aqui e nada do que você digita sai dele.</translation>
    </message>
    <message>
        <source>Sent to {destination}: what you type leaves this computer over the internet.</source>
        <translation>Enviado para {destination}: o que você digita sai deste computador pela internet.</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>No probabilities from this provider</source>
        <translation>Este provedor não fornece probabilidades</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>Probabilidades</translation>
    </message>
    <message>
        <source>{label} {value} percent</source>
        <translation>{label} {value} por cento</translation>
    </message>
</context>
<context>
    <name>ProviderList</name>
    <message>
        <source>Providers</source>
        <translation>Provedores</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Chave</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>Adicionar provedor</translation>
    </message>
    <message>
        <source>Set up a new provider</source>
        <translation>Configurar um novo provedor</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit provider</source>
        <translation>Editar provedor</translation>
    </message>
    <message>
        <source>Change the selected provider or its key</source>
        <translation>Alterar o provedor selecionado ou sua chave</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Remover provedor</translation>
    </message>
    <message>
        <source>Remove the selected provider and its key</source>
        <translation>Remover o provedor selecionado e sua chave</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>The base URL column when the provider uses its kind&apos;s own address.</extracomment>
        <translation>padrão</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>OpenAI-compatible endpoint</source>
        <extracomment>The kinds&apos; names as shown, by kind (brand names alone stay as core has them).</extracomment>
        <translation>Endpoint compatível com OpenAI</translation>
    </message>
    <message>
        <source>Optional — leave empty for https://api.openai.com/v1</source>
        <extracomment>The base URL field&apos;s placeholder, by kind.</extracomment>
        <translation>Opcional — deixe vazio para usar https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>Optional — leave empty for Anthropic&apos;s own API</source>
        <translation>Opcional — deixe vazio para usar a API da própria Anthropic</translation>
    </message>
    <message>
        <source>Optional — leave empty for Google&apos;s own API</source>
        <translation>Opcional — deixe vazio para usar a API do próprio Google</translation>
    </message>
    <message>
        <source>Required, e.g. http://localhost:11434/v1 for Ollama</source>
        <translation>Obrigatória, p. ex. http://localhost:11434/v1 para o Ollama</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>sem chave</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>no chaveiro</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>somente esta sessão</translation>
    </message>
    <message>
        <source>from ${variable}</source>
        <extracomment>Where a key comes from: an environment variable, e.g. &quot;from $OPENAI_API_KEY&quot;.</extracomment>
        <translation>de ${variable}</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Deixe vazio para manter a chave salva</translation>
    </message>
    <message>
        <source>Leave empty to use the environment variable</source>
        <translation>Deixe vazio para usar a variável de ambiente</translation>
    </message>
    <message>
        <source>Optional — most local servers need none</source>
        <translation>Opcional — a maioria dos servidores locais não precisa</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Cole a chave de API</translation>
    </message>
    <message>
        <source>No key stored.</source>
        <translation>Nenhuma chave salva.</translation>
    </message>
    <message>
        <source>Current key {key} ({where}).</source>
        <translation>Chave atual: {key} ({where}).</translation>
    </message>
    <message>
        <source>Nothing was saved: the key has nowhere safe to go.</source>
        <translation>Nada foi salvo: não há lugar seguro para guardar a chave.</translation>
    </message>
    <message>
        <source>Keep it for this session only, or set up a keychain and try again.</source>
        <translation>Mantenha-a só nesta sessão, ou configure um chaveiro e tente de novo.</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Chaveiro</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Aviso do chaveiro</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain ({name}), never in a file.</source>
        <translation>As chaves ficam no chaveiro do sistema ({name}), nunca em um arquivo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain is available&lt;/b&gt; on this computer (keychain backend: {name}), so keys cannot be stored. Plinth never writes a key to a file: a key you add can be kept for this session only and is forgotten when Plinth closes. Keys in {variables} still work.</source>
        <translation>&lt;b&gt;Nenhum chaveiro disponível&lt;/b&gt; neste computador (backend do chaveiro: {name}), então as chaves não podem ser salvas. O Plinth nunca grava uma chave em arquivo: uma chave que você adicionar pode ser mantida só nesta sessão e é esquecida quando o Plinth fecha. Chaves em {variables} continuam funcionando.</translation>
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message>
        <source>Providers</source>
        <extracomment>Wide enough for the providers table and a form whose messages wrap to a few lines. The provider being edited; None while adding one or when the form is idle. Model names from the last successful test of what the form holds. The running test was started by Save: save when it ends, whatever it finds.</extracomment>
        <translation>Provedores</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Nome do provedor</translation>
    </message>
    <message>
        <source>e.g. openai, work-gateway, ollama</source>
        <translation>p. ex., openai, work-gateway, ollama</translation>
    </message>
    <message>
        <source>Provider kind</source>
        <translation>Tipo de provedor</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>Mostrar chave de API</translation>
    </message>
    <message>
        <source>Show or hide the key as typed</source>
        <translation>Mostrar ou ocultar a chave digitada</translation>
    </message>
    <message>
        <source>Stored key</source>
        <translation>Chave salva</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>List the provider&apos;s models</source>
        <translation>Listar os modelos do provedor</translation>
    </message>
    <message>
        <source>Connection result</source>
        <translation>Resultado da conexão</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Models note</source>
        <translation>Nota sobre os modelos</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Form error</source>
        <translation>Erro do formulário</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Cancelar edição</translation>
    </message>
    <message>
        <source>Forget the changes in the form</source>
        <translation>Descartar as alterações do formulário</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>Salvar provedor</translation>
    </message>
    <message>
        <source>Save the provider; the key goes to the keychain</source>
        <translation>Salvar o provedor; a chave vai para o chaveiro</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
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
        <translation>&amp;Chave de API</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Click “Add…” to set up a provider, or select one and click “Edit…”.</source>
        <translation>Clique em “Adicionar…” para configurar um provedor, ou selecione um e clique em “Editar…”.</translation>
    </message>
    <message>
        <source>New provider</source>
        <translation>Novo provedor</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>Editar “{name}”</translation>
    </message>
    <message>
        <source>To rename a provider, remove it and add it again.</source>
        <translation>Para renomear um provedor, remova-o e adicione-o de novo.</translation>
    </message>
    <message>
        <source>A provider named “{name}” already exists.</source>
        <translation>Já existe um provedor chamado “{name}”.</translation>
    </message>
    <message>
        <source>Pick another name, or edit that one.</source>
        <translation>Escolha outro nome ou edite esse provedor.</translation>
    </message>
    <message>
        <source>This kind&apos;s usual models: Test connection lists the ones this provider offers.</source>
        <translation>Modelos habituais deste tipo: Testar conexão lista os que este provedor oferece.</translation>
    </message>
    <message>
        <source>No models yet, so no model list offers this provider. Test connection lists the server&apos;s models; Save asks for them too.</source>
        <translation>Ainda não há modelos, então nenhuma lista de modelos oferece este provedor. Testar conexão lista os modelos do servidor; Salvar também os solicita.</translation>
    </message>
    <message>
        <source>The providers file could not be written ({error}).</source>
        <translation>Não foi possível gravar o arquivo de provedores ({error}).</translation>
    </message>
    <message>
        <source>Check the disk and try again.</source>
        <translation>Verifique o disco e tente de novo.</translation>
    </message>
    <message>
        <source>“{name}” is saved, but it lists no models, so no model list offers it.</source>
        <translation>“{name}” foi salvo, mas não lista nenhum modelo, então nenhuma lista de modelos o oferece.</translation>
    </message>
    <message>
        <source>Once its server answers, select it, click Edit… and Test connection.</source>
        <translation>Quando o servidor responder, selecione-o e clique em Editar… e em Testar conexão.</translation>
    </message>
    <message>
        <source>Listing the provider&apos;s models before saving…</source>
        <translation>Listando os modelos do provedor antes de salvar…</translation>
    </message>
    <message>
        <source>Testing connection…</source>
        <translation>Testando a conexão…</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Remover provedor</translation>
    </message>
    <message>
        <source>Remove the provider “{name}”?

Its API key is deleted from the keychain too. Keys in environment variables are not touched.</source>
        <translation>Remover o provedor “{name}”?

A chave de API dele também é apagada do chaveiro. Chaves em variáveis de ambiente não são alteradas.</translation>
    </message>
    <message>
        <source>The models below are from the last test, at the old address: Test connection to refresh them.</source>
        <translation>Os modelos abaixo são do último teste, no endereço antigo: use Testar conexão para atualizá-los.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>connection tests are off; the provider can still be saved.</source>
        <extracomment>Ends the sentence &quot;Offline mode is on: …&quot;.</extracomment>
        <translation>os testes de conexão estão desativados; o provedor ainda pode ser salvo.</translation>
    </message>
    <message>
        <source>Save the provider to use them.</source>
        <translation>Salve o provedor para usá-los.</translation>
    </message>
    <message>
        <source>The default model list is used.</source>
        <translation>A lista de modelos padrão é usada.</translation>
    </message>
    <message>
        <source>It offers none, so no model list would show this provider.</source>
        <translation>Ele não oferece nenhum, então nenhuma lista de modelos mostraria este provedor.</translation>
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
        <translation>O servidor não listou nenhum.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <extracomment>An error&apos;s title, then its message.</extracomment>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Its models could not be listed: {message}</source>
        <translation>Não foi possível listar os modelos: {message}</translation>
    </message>
    <message>
        <source>Offline mode is on, so its server was not asked for them.</source>
        <translation>O modo offline está ativado, então o servidor não foi consultado.</translation>
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
        <translation>Linhas de treino</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>F1 macro</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Acurácia</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>Linhas/s</translation>
    </message>
    <message>
        <source>Cost / 1,000 rows</source>
        <translation>Custo / 1.000 linhas</translation>
    </message>
    <message>
        <source>Setup s</source>
        <extracomment>The seconds a method took to set up (embedding, training) before scoring rows.</extracomment>
        <translation>Preparação (s)</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Training rows of a method that uses none (zero-shot).</extracomment>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Verdict</source>
        <extracomment>The table&apos;s rows: the curve&apos;s points, zero-shot&apos;s once (it is the same at every size).</extracomment>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>Run notes</source>
        <translation>Notas da execução</translation>
    </message>
    <message>
        <source>Adaptation results</source>
        <translation>Resultados da adaptação</translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation>Célula selecionada</translation>
    </message>
    <message>
        <source>F1 per label</source>
        <translation>F1 por rótulo</translation>
    </message>
    <message>
        <source>{train} training rows, {test} test rows, labels: {labels}.</source>
        <extracomment>The run&apos;s figures: how many rows trained and tested the methods, and the labels found.</extracomment>
        <translation>{train} linhas de treino, {test} linhas de teste, rótulos: {labels}.</translation>
    </message>
    <message>
        <source>Select a row to see its F1 per label and its confusion matrix.</source>
        <translation>Selecione uma linha para ver o F1 por rótulo e a matriz de confusão.</translation>
    </message>
    <message>
        <source>no training rows</source>
        <translation>sem linhas de treino</translation>
    </message>
    <message numerus="yes">
        <source>%n training row(s), seed {seed}</source>
        <extracomment>A seed: which random draw of the training rows this cell used.</extracomment>
        <translation>
            <numerusform>%Ln linha de treino, semente {seed}</numerusform>
            <numerusform>%Ln linhas de treino, semente {seed}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{method}, {size}, %n test row(s)</source>
        <extracomment>The selected cell: its method, its training rows, then how many rows scored it.</extracomment>
        <translation>
            <numerusform>{method}, {size}, %Ln linha de teste</numerusform>
            <numerusform>{method}, {size}, %Ln linhas de teste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed: {error}</source>
        <translation>
            <numerusform>%Ln linha falhou: {error}</numerusform>
            <numerusform>%Ln linhas falharam: {error}</numerusform>
        </translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>maior é melhor</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Answer requests identical to earlier ones (same model, prompt and settings) from the cache. Only temperature 0 or a fixed seed is cached: other settings answer differently each time.</source>
        <translation>Responder do cache às solicitações idênticas a anteriores (mesmo modelo, prompt e configurações). Só temperatura 0 ou semente fixa vão para o cache: outras configurações respondem diferente a cada vez.</translation>
    </message>
    <message>
        <source>Add model</source>
        <extracomment>Where a variant&apos;s box keeps the variant&apos;s name (its text is the name as shown).</extracomment>
        <translation>Adicionar modelo</translation>
    </message>
    <message>
        <source>Run on another model (up to {count})</source>
        <translation>Executar em outro modelo (até {count})</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Answer identical requests from the cache</source>
        <translation>Responder solicitações idênticas do cache</translation>
    </message>
    <message>
        <source>Use the answer cache</source>
        <translation>Usar o cache de respostas</translation>
    </message>
    <message>
        <source>Only temperature 0 or a fixed seed is cached.</source>
        <translation>Só temperatura 0 ou semente fixa vão para o cache.</translation>
    </message>
    <message>
        <source>Run</source>
        <comment>button: run the task</comment>
        <translation>Executar</translation>
    </message>
    <message>
        <source>Run task</source>
        <translation>Executar tarefa</translation>
    </message>
    <message>
        <source>Run the task on every row, model and variant</source>
        <translation>Executar a tarefa em cada linha, modelo e variante</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Cancelar execução</translation>
    </message>
    <message>
        <source>Stop; running it again resumes where it stopped</source>
        <translation>Parar; executar de novo retoma de onde parou</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Progresso da execução</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Status da execução</translation>
    </message>
    <message>
        <source>Saved task runs</source>
        <translation>Execuções de tarefas salvas</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Abrir execução</translation>
    </message>
    <message>
        <source>Open saved run</source>
        <translation>Abrir execução salva</translation>
    </message>
    <message>
        <source>Show this saved run in the matrix</source>
        <translation>Mostrar esta execução salva na matriz</translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation>Execuções salvas</translation>
    </message>
    <message>
        <source>Run model {number}</source>
        <translation>Modelo de execução {number}</translation>
    </message>
    <message>
        <source>Remove run model {number}</source>
        <translation>Remover o modelo de execução {number}</translation>
    </message>
    <message>
        <source>Do not run on this model</source>
        <translation>Não executar neste modelo</translation>
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
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Saved from the Classify tab: one of {labels}.</source>
        <translation>Salva na aba Classificar: um de {labels}.</translation>
    </message>
    <message>
        <source>Translate into {language}</source>
        <translation>Traduzir para {language}</translation>
    </message>
    <message>
        <source>Saved from the Translate tab: the text of each row translated into {language}.</source>
        <translation>Salva na aba Traduzir: o texto de cada linha traduzido para {language}.</translation>
    </message>
</context>
<context>
    <name>SavedComparisons</name>
    <message>
        <source>Saved comparisons</source>
        <translation>Comparações salvas</translation>
    </message>
    <message>
        <source>Comparisons you run are saved here.</source>
        <translation>As comparações que você executar ficam salvas aqui.</translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation>Executar de novo</translation>
    </message>
    <message>
        <source>Run the selected comparison again, with the same input</source>
        <translation>Executar de novo a comparação selecionada, com a mesma entrada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>Excluir comparação</translation>
    </message>
    <message>
        <source>Delete the selected comparison</source>
        <translation>Excluir a comparação selecionada</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar relatório…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>Save the comparison as Markdown, CSV or HTML</source>
        <translation>Salvar a comparação como Markdown, CSV ou HTML</translation>
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
        <translation>Precisa de um modelo de embedding: escolha um para esta coleção acima.</translation>
    </message>
    <message>
        <source>Keyword</source>
        <extracomment>A search mode in the mode list.</extracomment>
        <translation>Palavras-chave</translation>
    </message>
    <message>
        <source>Semantic</source>
        <translation>Semântica</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrida</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>Consulta de pesquisa</translation>
    </message>
    <message>
        <source>Words or a question to look for in this collection</source>
        <translation>Palavras ou uma pergunta para procurar nesta coleção</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>Modo de pesquisa</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>How many passages to show</source>
        <translation>Quantos trechos mostrar</translation>
    </message>
    <message>
        <source>top </source>
        <extracomment>Before the number of results: &quot;top 8&quot;.</extracomment>
        <translation>primeiros </translation>
    </message>
    <message>
        <source>Search</source>
        <comment>verb: button</comment>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Status da pesquisa</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>pontuação {score}</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) found. Double-click one to open its file.</source>
        <translation>
            <numerusform>%Ln trecho encontrado. Clique duas vezes nele para abrir o arquivo.</numerusform>
            <numerusform>%Ln trechos encontrados. Clique duas vezes em um para abrir o arquivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this collection matches. Try other words, or keyword mode.</source>
        <translation>Nada nesta coleção corresponde. Tente outras palavras ou o modo de palavras-chave.</translation>
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
        <translation>Status do servidor</translation>
    </message>
    <message>
        <source>Server off</source>
        <translation>Servidor desligado</translation>
    </message>
    <message>
        <source>File › Server ({shortcut}) lets programs on this computer use Plinth&apos;s models</source>
        <translation>Arquivo › Servidor ({shortcut}) permite que programas neste computador usem os modelos do Plinth</translation>
    </message>
    <message>
        <source>Server: {address} · {now} now · {served} served</source>
        <translation>Servidor: {address} · {now} em andamento · {served} atendidas</translation>
    </message>
    <message numerus="yes">
        <source>OpenAI-compatible API at {address}: %n request(s) in flight, {served} answered. Programs send a token from File › Server tokens… as their API key.</source>
        <translation>
            <numerusform>API compatível com OpenAI em {address}: %Ln solicitação em andamento, {served} respondidas. Os programas enviam um token de Arquivo › Tokens do servidor… como chave de API.</numerusform>
            <numerusform>API compatível com OpenAI em {address}: %Ln solicitações em andamento, {served} respondidas. Os programas enviam um token de Arquivo › Tokens do servidor… como chave de API.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerSwitch</name>
    <message>
        <source>Offline mode is on: the server answers with local models only and refuses models behind an API.</source>
        <extracomment>How often the status bar reads the request counters while the server runs. How long closing the window waits for a server still starting, before it stops it.</extracomment>
        <translation>O modo offline está ativado: o servidor responde só com modelos locais e recusa modelos acessados por API.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <extracomment>A server started on the worker&apos;s thread, kept here as soon as it listens: the window may close before the worker&apos;s signal arrives, and must stop it then.</extracomment>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>Serve Plinth&apos;s models to programs on this computer: an OpenAI-compatible API on 127.0.0.1 ({shortcut})</source>
        <translation>Disponibiliza os modelos do Plinth para programas neste computador: uma API compatível com OpenAI em 127.0.0.1 ({shortcut})</translation>
    </message>
    <message>
        <source>Server &amp;tokens…</source>
        <translation>&amp;Tokens do servidor…</translation>
    </message>
    <message>
        <source>Create and revoke the tokens programs use to reach the server</source>
        <translation>Crie e revogue os tokens que os programas usam para acessar o servidor</translation>
    </message>
    <message>
        <source>Server starting on port {port}…</source>
        <extracomment>The runner&apos;s served count when the history was last re-read (requests may have been saved in it).</extracomment>
        <translation>Iniciando o servidor na porta {port}…</translation>
    </message>
    <message>
        <source>Server stopping…</source>
        <translation>Parando o servidor…</translation>
    </message>
    <message>
        <source>The server&apos;s port ({port} now) is set in File › Server tokens….</source>
        <translation>A porta do servidor (agora {port}) é definida em Arquivo › Tokens do servidor….</translation>
    </message>
</context>
<context>
    <name>ServerTokensDialog</name>
    <message>
        <source>Name</source>
        <extracomment>Ports below this need administrator rights on most systems. Narrowest the dialog gets: the token (51 characters) and its Copy button stay on one line.</extracomment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>local and providers</source>
        <extracomment>What a token&apos;s switch cells say, on and off.</extracomment>
        <translation>locais e provedores</translation>
    </message>
    <message>
        <source>local only</source>
        <translation>só locais</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>salvo</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>não salvo</translation>
    </message>
    <message>
        <source>Programs on this computer (an editor, a notes app, your scripts) can use Plinth&apos;s models through its OpenAI-compatible server: point them at the server&apos;s address and give each its own token as the API key. Provider keys stay in the keychain.</source>
        <translation>Programas neste computador (um editor, um app de notas, seus scripts) podem usar os modelos do Plinth pelo servidor compatível com OpenAI: aponte-os para o endereço do servidor e dê a cada um o próprio token como chave de API. As chaves dos provedores ficam no chaveiro.</translation>
    </message>
    <message>
        <source>Copy this token now: Plinth keeps only a fingerprint of it and cannot show it again.</source>
        <translation>Copie este token agora: o Plinth guarda só uma impressão digital dele e não pode mostrá-lo de novo.</translation>
    </message>
    <message>
        <source>Offline mode is on: the server refuses models behind an API, whatever a token allows.</source>
        <translation>O modo offline está ativado: o servidor recusa modelos acessados por API, independentemente do que o token permita.</translation>
    </message>
    <message>
        <source>Server tokens</source>
        <translation>Tokens do servidor</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Nome do token</translation>
    </message>
    <message>
        <source>the program that will use it, e.g. editor</source>
        <translation>o programa que vai usá-lo, ex.: editor</translation>
    </message>
    <message>
        <source>May use models behind an API (with the keys in the keychain)</source>
        <translation>Pode usar modelos por API (com as chaves do chaveiro)</translation>
    </message>
    <message>
        <source>Allow models behind an API</source>
        <translation>Permitir modelos por API</translation>
    </message>
    <message>
        <source>Off: local models only. On: also the providers&apos; models, billed to your keys</source>
        <translation>Desativado: só modelos locais. Ativado: também os modelos dos provedores, cobrados nas suas chaves</translation>
    </message>
    <message>
        <source>Save its requests in the history, with tokens and cost</source>
        <translation>Salvar as solicitações no histórico, com tokens e custo</translation>
    </message>
    <message>
        <source>Save requests in the history</source>
        <translation>Salvar solicitações no histórico</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>button: create a token</comment>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Criar token</translation>
    </message>
    <message>
        <source>Token error</source>
        <translation>Erro do token</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Novo token</translation>
    </message>
    <message>
        <source>Token shown once</source>
        <translation>Token exibido uma única vez</translation>
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
        <translation>Copia o token para a área de transferência, para colá-lo nas configurações do programa</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Lista de tokens</translation>
    </message>
    <message>
        <source>No tokens yet: programs cannot use the server until you create one.</source>
        <translation>Ainda não há tokens: os programas não podem usar o servidor até você criar um.</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revogar…</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Revogar token</translation>
    </message>
    <message>
        <source>The program using this token gets 401 from its next request on</source>
        <translation>O programa que usa este token recebe 401 a partir da próxima solicitação</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>The server listens on 127.0.0.1 at this port; a change applies at its next start</source>
        <translation>O servidor escuta em 127.0.0.1 nesta porta; uma alteração vale no próximo início</translation>
    </message>
    <message>
        <source>Offline note</source>
        <translation>Nota do modo offline</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>What a program&apos;s OpenAI settings call the base URL (or API base)</source>
        <translation>O que as configurações OpenAI de um programa chamam de base URL (ou API base)</translation>
    </message>
    <message>
        <source>Tick or untick to change it; the program&apos;s next request uses the new setting</source>
        <translation>Marque ou desmarque para alterar; a próxima solicitação do programa usa a nova configuração</translation>
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
        <translation>Revogar o token “{name}”? O programa que o usa recebe 401 a partir da próxima solicitação e precisará de um novo token para usar o Plinth de novo.</translation>
    </message>
</context>
<context>
    <name>SettingsSaver</name>
    <message>
        <source>Could not save the settings: {error}</source>
        <extracomment>How long after the last change (a key typed in the message box…) the settings are written.</extracomment>
        <translation>Não foi possível salvar as configurações: {error}</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>name error</source>
        <extracomment>What the editor calls the task in the messages of a save that fails (&quot;This task, line 4: schema: …&quot;). A field (as a save&apos;s error names it) → the accessible name of the error line under it.</extracomment>
        <translation>Erro no nome</translation>
    </message>
    <message>
        <source>system_prompt error</source>
        <translation>Erro no prompt do sistema</translation>
    </message>
    <message>
        <source>template error</source>
        <translation>Erro no modelo de prompt</translation>
    </message>
    <message>
        <source>labels error</source>
        <translation>Erro nos rótulos</translation>
    </message>
    <message>
        <source>schema error</source>
        <translation>Erro no esquema</translation>
    </message>
    <message>
        <source>variants error</source>
        <translation>Erro nas variantes</translation>
    </message>
    <message>
        <source>checks error</source>
        <translation>Erro nas verificações</translation>
    </message>
    <message>
        <source>Task editor</source>
        <extracomment>The seed box&apos;s value that means &quot;no fixed seed&quot;.</extracomment>
        <translation>Editor de tarefas</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>Nome da tarefa</translation>
    </message>
    <message>
        <source>Task description</source>
        <translation>Descrição da tarefa</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt do sistema</translation>
    </message>
    <message>
        <source>What the model is (optional)</source>
        <translation>O que o modelo é (opcional)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo de prompt</translation>
    </message>
    <message>
        <source>The prompt; {{column}} takes a value from each row</source>
        <translation>O prompt; {{column}} recebe um valor de cada linha</translation>
    </message>
    <message>
        <source>Template variables</source>
        <translation>Variáveis do modelo</translation>
    </message>
    <message>
        <source>Output kind</source>
        <translation>Tipo de saída</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Rótulos</translation>
    </message>
    <message>
        <source>Labels, separated by commas: spam, not spam</source>
        <translation>Rótulos separados por vírgulas: spam, não spam</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>Esquema JSON</translation>
    </message>
    <message>
        <source>Schema check</source>
        <translation>Verificação do esquema</translation>
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
        <translation>Semente</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no fixed seed</comment>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>Adicionar variante</translation>
    </message>
    <message>
        <source>Another wording of the template to compare</source>
        <translation>Outra redação do modelo para comparar</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>Remover variante</translation>
    </message>
    <message>
        <source>Remove the selected variants</source>
        <translation>Remover as variantes selecionadas</translation>
    </message>
    <message>
        <source>Add check</source>
        <translation>Adicionar verificação</translation>
    </message>
    <message>
        <source>A check run on each row&apos;s answer</source>
        <translation>Uma verificação aplicada à resposta de cada linha</translation>
    </message>
    <message>
        <source>Remove check</source>
        <translation>Remover verificação</translation>
    </message>
    <message>
        <source>Remove the selected checks</source>
        <translation>Remover as verificações selecionadas</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <extracomment>Field name (as a save&apos;s error names it) → the error line under that field.</extracomment>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descrição</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt</source>
        <translation>Prompt do s&amp;istema</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modelo de prompt</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>&amp;Saída</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Rótulos</translation>
    </message>
    <message>
        <source>Sche&amp;ma</source>
        <translation>Esque&amp;ma</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Amostragem</translation>
    </message>
    <message>
        <source>&amp;Variants</source>
        <translation>&amp;Variantes</translation>
    </message>
    <message>
        <source>C&amp;hecks</source>
        <translation>&amp;Verificações</translation>
    </message>
    <message>
        <source>variant {number}</source>
        <comment>a new variant&apos;s name</comment>
        <translation>variante {number}</translation>
    </message>
    <message>
        <source>check {number}</source>
        <comment>a new check&apos;s name</comment>
        <translation>verificação {number}</translation>
    </message>
    <message>
        <source>Variables: {names}</source>
        <translation>Variáveis: {names}</translation>
    </message>
    <message>
        <source>No variables: every row gets the same prompt. Write {{column}} to use a column.</source>
        <translation>Sem variáveis: todas as linhas recebem o mesmo prompt. Escreva {{column}} para usar uma coluna.</translation>
    </message>
    <message>
        <source>This task: schema: a JSON task needs a JSON Schema. Type one, e.g. {&quot;type&quot;: &quot;object&quot;}.</source>
        <translation>Esta tarefa: schema: uma tarefa JSON precisa de um esquema JSON. Digite um, por ex. {&quot;type&quot;: &quot;object&quot;}.</translation>
    </message>
    <message>
        <source>This task: schema: not valid JSON ({problem}). Fix the JSON; quote every key.</source>
        <translation>Esta tarefa: schema: JSON inválido ({problem}). Corrija o JSON; coloque cada chave entre aspas.</translation>
    </message>
    <message>
        <source>This task: schema: a JSON Schema is an object. Start it with {&quot;type&quot;: …}.</source>
        <translation>Esta tarefa: schema: um esquema JSON é um objeto. Comece com {&quot;type&quot;: …}.</translation>
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
        <translation>Aguardando o provedor…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
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
        <translation>Salvar como tarefa</translation>
    </message>
    <message>
        <source>Open this set-up in the Tasks tab, to run over files</source>
        <translation>Abrir esta configuração na aba Tarefas, para executar sobre arquivos</translation>
    </message>
    <message>
        <source>No model is selected.</source>
        <translation>Nenhum modelo selecionado.</translation>
    </message>
    <message>
        <source>Install a model or add a provider, then pick it above.</source>
        <translation>Instale um modelo ou adicione um provedor e depois escolha-o acima.</translation>
    </message>
    <message>
        <source>{title}.</source>
        <translation>{title}.</translation>
    </message>
    <message>
        <source>Not saved in the history</source>
        <translation>Não salvo no histórico</translation>
    </message>
</context>
<context>
    <name>TaskWords</name>
    <message>
        <source>Free text</source>
        <extracomment>The name core gives a task&apos;s own template when it runs as a variant. Output kind (core&apos;s value) → what the editor&apos;s list shows.</extracomment>
        <translation>Texto livre</translation>
    </message>
    <message>
        <source>One label from a list</source>
        <translation>Um rótulo de uma lista</translation>
    </message>
    <message>
        <source>JSON matching a schema</source>
        <translation>JSON conforme um esquema</translation>
    </message>
    <message>
        <source>Equals</source>
        <extracomment>Check kind (core&apos;s value, as a task file writes it) → what the checks table shows.</extracomment>
        <translation>Igual a</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Contém</translation>
    </message>
    <message>
        <source>Contains (any case)</source>
        <translation>Contém (sem diferenciar maiúsculas)</translation>
    </message>
    <message>
        <source>Matches a regex</source>
        <translation>Corresponde a uma regex</translation>
    </message>
    <message>
        <source>Is JSON</source>
        <translation>É JSON</translation>
    </message>
    <message>
        <source>JSON path equals</source>
        <translation>Caminho JSON igual a</translation>
    </message>
    <message>
        <source>Number within</source>
        <translation>Número dentro de</translation>
    </message>
    <message>
        <source>Length within</source>
        <translation>Comprimento dentro de</translation>
    </message>
    <message>
        <source>Similar meaning</source>
        <translation>Significado semelhante</translation>
    </message>
    <message>
        <source>Judged by a model</source>
        <translation>Avaliado por um modelo</translation>
    </message>
    <message>
        <source>default</source>
        <comment>the task&apos;s own template, as a variant&apos;s name</comment>
        <translation>padrão</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <source>⚠ {name} — cannot be read</source>
        <translation>⚠ {name} — não pode ser lido</translation>
    </message>
    <message>
        <source>{name}  (built-in)</source>
        <translation>{name}  (integrada)</translation>
    </message>
    <message>
        <source>Untitled task</source>
        <translation>Tarefa sem título</translation>
    </message>
    <message>
        <source>{name} (built-in: saving writes a copy) • unsaved changes</source>
        <translation>{name} (integrada: salvar grava uma cópia) • alterações não salvas</translation>
    </message>
    <message>
        <source>{name} (built-in: saving writes a copy)</source>
        <translation>{name} (integrada: salvar grava uma cópia)</translation>
    </message>
    <message>
        <source>{name} • unsaved changes</source>
        <translation>{name} • alterações não salvas</translation>
    </message>
    <message>
        <source>The answer passed every check.</source>
        <translation>A resposta passou em todas as verificações.</translation>
    </message>
    <message>
        <source>The answer failed a check.</source>
        <translation>A resposta falhou em uma verificação.</translation>
    </message>
    <message>
        <source>The answer could not run.</source>
        <translation>Não foi possível obter a resposta.</translation>
    </message>
    <message>
        <source>{done} of {total} cells done</source>
        <translation>{done} de {total} células concluídas</translation>
    </message>
    <message>
        <source>cancelled: Run again to resume where it stopped</source>
        <translation>cancelada: execute de novo para retomar de onde parou</translation>
    </message>
    <message>
        <source>{model} stopped: {reason}</source>
        <translation>{model} parou: {reason}</translation>
    </message>
    <message>
        <source>{done} of {total} cells · {speed} cells/s</source>
        <translation>{done} de {total} células · {speed} células/s</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nova tarefa</translation>
    </message>
    <message>
        <source>Start a new task</source>
        <translation>Começar uma nova tarefa</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate task</source>
        <translation>Duplicar tarefa</translation>
    </message>
    <message>
        <source>A copy of this task to change</source>
        <translation>Uma cópia desta tarefa para alterar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Excluir tarefa</translation>
    </message>
    <message>
        <source>Delete this task file (built-ins cannot be deleted)</source>
        <translation>Excluir este arquivo de tarefa (as integradas não podem ser excluídas)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import task</source>
        <translation>Importar tarefa</translation>
    </message>
    <message>
        <source>Add a task file someone shared</source>
        <translation>Adicionar um arquivo de tarefa compartilhado</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export task</source>
        <translation>Exportar tarefa</translation>
    </message>
    <message>
        <source>Save this task as a file to share</source>
        <translation>Salvar esta tarefa como arquivo para compartilhar</translation>
    </message>
    <message>
        <source>Task</source>
        <extracomment>``settings.extra`` key of the tab&apos;s own state. The pages&apos; tab titles (&quot;Run&quot;: the page where a task is run; &quot;Matrix&quot;: the run&apos;s results, rows × models).</extracomment>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Data &amp;&amp; try</source>
        <translation>Dados &amp;&amp; teste</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <source>Task library</source>
        <extracomment>The library entry the editor holds (None: a new task, not saved yet).</extracomment>
        <translation>Biblioteca de tarefas</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>Título da tarefa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save task</source>
        <translation>Salvar tarefa</translation>
    </message>
    <message>
        <source>Save the task in your tasks folder (Ctrl+S)</source>
        <translation>Salvar a tarefa na sua pasta de tarefas (Ctrl+S)</translation>
    </message>
    <message>
        <source>Tasks status</source>
        <translation>Status das tarefas</translation>
    </message>
    <message>
        <source>Task error</source>
        <translation>Erro da tarefa</translation>
    </message>
    <message>
        <source>Task pages</source>
        <translation>Páginas da tarefa</translation>
    </message>
    <message>
        <source>The task was not saved</source>
        <translation>A tarefa não foi salva</translation>
    </message>
    <message>
        <source>Saved a copy of the built-in in {path}.</source>
        <translation>Uma cópia da tarefa integrada foi salva em {path}.</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>Salva em {path}.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lendo {name}…</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exportado para {path}.</translation>
    </message>
    <message>
        <source>This task file cannot be read</source>
        <translation>Não é possível ler este arquivo de tarefa</translation>
    </message>
    <message>
        <source>New task</source>
        <comment>the name a new task starts with</comment>
        <translation>Nova tarefa</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (cópia)</translation>
    </message>
    <message>
        <source>Delete the task “{name}” ({file})?</source>
        <translation>Excluir a tarefa “{name}” ({file})?</translation>
    </message>
    <message>
        <source>Deleted {file}.</source>
        <translation>{file} excluído.</translation>
    </message>
    <message>
        <source>Imported “{name}”.</source>
        <translation>“{name}” importada.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nada para exportar</translation>
    </message>
    <message>
        <source>Save the task first.</source>
        <translation>Salve a tarefa primeiro.</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.jsonl *.ndjson)</source>
        <translation>Tabelas (*.csv *.tsv *.txt *.jsonl *.ndjson)</translation>
    </message>
    <message>
        <source>Open input file</source>
        <translation>Abrir arquivo de entrada</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n row(s), columns {columns}.</source>
        <translation>
            <numerusform>{file}: %Ln linha, colunas {columns}.</numerusform>
            <numerusform>{file}: %Ln linhas, colunas {columns}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a model to try the task on.</source>
        <translation>Escolha um modelo para testar a tarefa.</translation>
    </message>
    <message>
        <source>Asking {model}…</source>
        <translation>Consultando {model}…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Parado.</translation>
    </message>
    <message>
        <source>Open an input file first (Data &amp; try).</source>
        <translation>Abra primeiro um arquivo de entrada (Dados &amp; teste).</translation>
    </message>
    <message>
        <source>Pick at least one model that can run, and a variant.</source>
        <translation>Escolha pelo menos um modelo que possa ser executado e uma variante.</translation>
    </message>
    <message>
        <source>Running {rows} rows × {columns} columns…</source>
        <translation>Executando {rows} linhas × {columns} colunas…</translation>
    </message>
    <message>
        <source>Stopping after the cells under way…</source>
        <translation>Parando após as células em andamento…</translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the journal</source>
        <translation>
            <numerusform>%Ln retomada do registro</numerusform>
            <numerusform>%Ln retomadas do registro</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was not saved in the history</source>
        <translation>A execução não foi salva no histórico</translation>
    </message>
    <message>
        <source>Export run</source>
        <translation>Exportar execução</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>This task has unsaved changes. Discard them?</source>
        <translation>Esta tarefa tem alterações não salvas. Descartá-las?</translation>
    </message>
    <message>
        <source>Running without the cache: {reason}</source>
        <translation>Executando sem o cache: {reason}</translation>
    </message>
    <message>
        <source>Task files (*.yaml *.yml)</source>
        <translation>Arquivos de tarefa (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Transcript</source>
        <extracomment>Most time one flush spends rendering markdown (laying it out costs about as much again); the rest waits for the next one. Finished blocks are rendered in pieces of about this many characters, so a flush can stop within its budget. A message longer than this shows its beginning and says how long it is: laying out a megabyte in a QTextDocument stalls the window for about a second, and nobody reads it there. The whole text still goes to the model, the history and exports. How close to the end (in pixels) still counts as reading the latest text. The &quot;jump to latest&quot; button&apos;s distance from the text&apos;s bottom-right corner. Just after the header; rendered content follows. End of the last block rendered as markdown; the plain tail follows. Where the last rendered block starts, in the source and on screen, while later text may still extend it (a list, an indented code block). (stats line, error) once the answer has ended; the last blocks may still be rendering.</extracomment>
        <translation>Transcrição</translation>
    </message>
    <message>
        <source>Ask anything to start the conversation.</source>
        <translation>Pergunte qualquer coisa para começar a conversa.</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <extracomment>The latest answer&apos;s frame, for its sources once it is complete. The placeholder in the next answer&apos;s place (``show_waiting``). Whether new text scrolls into view: until the reader scrolls up, and again once they are back at the bottom or jump there. A state, not a check before each change: the document is laid out later (and again when the view is first shown or resized), so the end moves after the text has gone in. Held at the top until the reader scrolls (``show_from_start``): a finished answer reopened is read from its start, and the layout that comes later must not count as reaching its end.</extracomment>
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
        <extracomment>The header over the person&apos;s own message in the chat</extracomment>
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
    <name>TranslationPanel</name>
    <message>
        <source>Translation model</source>
        <extracomment>Where the panel keeps its state in ``Settings.extra``. The options of the translation running, for the history. The input file and CSV column of the file translation running.</extracomment>
        <translation>Modelo de tradução</translation>
    </message>
    <message>
        <source>Detect language</source>
        <translation>Detectar idioma</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Idioma de origem</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Idioma de destino</translation>
    </message>
    <message>
        <source>Swap languages</source>
        <translation>Trocar idiomas</translation>
    </message>
    <message>
        <source>Swap the languages and the texts (Ctrl+Shift+S)</source>
        <translation>Trocar os idiomas e os textos (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tom</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossário</translation>
    </message>
    <message>
        <source>Terms that must be translated a given way</source>
        <translation>Termos que devem ser traduzidos de um jeito específico</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Para</translation>
    </message>
    <message>
        <source>To&amp;ne</source>
        <translation>T&amp;om</translation>
    </message>
    <message>
        <source>Translation notice</source>
        <translation>Aviso de tradução</translation>
    </message>
    <message>
        <source>Translation mode</source>
        <translation>Modo de tradução</translation>
    </message>
    <message>
        <source>Translation batch</source>
        <translation>Lote de tradução</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texto de origem</translation>
    </message>
    <message>
        <source>Text to translate — Ctrl+Enter translates</source>
        <translation>Texto a traduzir — Ctrl+Enter traduz</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tradução</translation>
    </message>
    <message>
        <source>The translation appears here.</source>
        <translation>A tradução aparece aqui.</translation>
    </message>
    <message>
        <source>Translation warnings</source>
        <translation>Avisos da tradução</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificações</translation>
    </message>
    <message>
        <source>Translation stats</source>
        <translation>Estatísticas da tradução</translation>
    </message>
    <message>
        <source>Translation error</source>
        <translation>Erro de tradução</translation>
    </message>
    <message>
        <source>Translate file…</source>
        <translation>Traduzir arquivo…</translation>
    </message>
    <message>
        <source>Translate file</source>
        <translation>Traduzir arquivo</translation>
    </message>
    <message>
        <source>Translate a .txt, .md, .srt file or a CSV column into a new file</source>
        <translation>Traduzir um arquivo .txt, .md, .srt ou uma coluna CSV para um novo arquivo</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy translation</source>
        <translation>Copiar tradução</translation>
    </message>
    <message>
        <source>Copy the translation (Ctrl+Shift+C)</source>
        <translation>Copiar a tradução (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop translation</source>
        <translation>Parar a tradução</translation>
    </message>
    <message>
        <source>Stop translating (Esc)</source>
        <translation>Parar de traduzir (Esc)</translation>
    </message>
    <message>
        <source>Translate</source>
        <comment>verb</comment>
        <extracomment>The button that translates the typed text</extracomment>
        <translation>Traduzir</translation>
    </message>
    <message>
        <source>Translate the text (Ctrl+Enter)</source>
        <translation>Traduzir o texto (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Translation status</source>
        <translation>Status da tradução</translation>
    </message>
    <message>
        <source>File progress</source>
        <translation>Progresso do arquivo</translation>
    </message>
    <message>
        <source>File status</source>
        <translation>Status do arquivo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel file</source>
        <translation>Cancelar arquivo</translation>
    </message>
    <message>
        <source>Stop translating the file; nothing is written</source>
        <translation>Parar de traduzir o arquivo; nada é gravado</translation>
    </message>
    <message>
        <source>Translating {name}…</source>
        <translation>Traduzindo {name}…</translation>
    </message>
    <message>
        <source>Translating {name} into {output}…</source>
        <translation>Traduzindo {name} para {output}…</translation>
    </message>
    <message>
        <source>Choose the source language first, then swap.</source>
        <translation>Escolha primeiro o idioma de origem e depois troque.</translation>
    </message>
    <message>
        <source>Languages swapped.</source>
        <translation>Idiomas trocados.</translation>
    </message>
    <message>
        <source>Type or paste some text first.</source>
        <translation>Digite ou cole algum texto primeiro.</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>Traduzindo…</translation>
    </message>
    <message>
        <source>Translation copied.</source>
        <translation>Tradução copiada.</translation>
    </message>
    <message numerus="yes">
        <source>Done, with %n warning(s).</source>
        <translation>
            <numerusform>Concluído, com %Ln aviso.</numerusform>
            <numerusform>Concluído, com %Ln avisos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Concluído.</translation>
    </message>
    <message>
        <source>Stopped. The partial translation is not checked.</source>
        <translation>Parado. A tradução parcial não é verificada.</translation>
    </message>
    <message>
        <source>Translate a file</source>
        <translation>Traduzir um arquivo</translation>
    </message>
    <message>
        <source>This kind of file cannot be translated</source>
        <translation>Este tipo de arquivo não pode ser traduzido</translation>
    </message>
    <message>
        <source>{name} is not one of {kinds}. Choose another file.</source>
        <translation>{name} não é de nenhum destes tipos: {kinds}. Escolha outro arquivo.</translation>
    </message>
    <message>
        <source>Column to translate</source>
        <translation>Coluna a traduzir</translation>
    </message>
    <message>
        <source>Which column of {name} should be translated?</source>
        <translation>Qual coluna de {name} deve ser traduzida?</translation>
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
        <translation>faltam cerca de {duration}</translation>
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
            <numerusform>%Ln aviso</numerusform>
            <numerusform>%Ln avisos</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {path} ({parts}, {warnings}).</source>
        <translation>{path} salvo ({parts}, {warnings}).</translation>
    </message>
    <message>
        <source>Saved {path} ({parts}).</source>
        <translation>{path} salvo ({parts}).</translation>
    </message>
    <message>
        <source>File translation cancelled; nothing was written.</source>
        <translation>Tradução do arquivo cancelada; nada foi gravado.</translation>
    </message>
    <message>
        <source>{title}. Nothing was written.</source>
        <translation>{title}. Nada foi gravado.</translation>
    </message>
    <message>
        <source>Save the translation as</source>
        <translation>Salvar a tradução como</translation>
    </message>
    <message>
        <source>The translation would overwrite the original</source>
        <translation>A tradução sobrescreveria o original</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>Escolha outro nome de arquivo.</translation>
    </message>
    <message>
        <source>Glossary ({count})</source>
        <translation>Glossário ({count})</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…e mais %Ln.</numerusform>
            <numerusform>…e mais %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every part passed the checks.</source>
        <translation>Todas as partes passaram nas verificações.</translation>
    </message>
    <message>
        <source>Checks passed: numbers, URLs, placeholders, code, markdown, glossary, language and length.</source>
        <translation>Verificações aprovadas: números, URLs, marcadores, código, markdown, glossário, idioma e comprimento.</translation>
    </message>
    <message>
        <source>Neutral</source>
        <extracomment>The tones, by the core&apos;s value.</extracomment>
        <translation>Neutro</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formal (o senhor)</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informal (você)</translation>
    </message>
    <message>
        <source>Text, Markdown, subtitles or CSV (*.txt *.md *.srt *.csv);;All files (*)</source>
        <translation>Texto, Markdown, legendas ou CSV (*.txt *.md *.srt *.csv);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>TryPage</name>
    <message>
        <source>✗ Could not run:</source>
        <translation>✗ Não foi possível executar:</translation>
    </message>
    <message>
        <source>No checks: the task has none.</source>
        <translation>Sem verificações: a tarefa não tem nenhuma.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Abrir arquivo…</translation>
    </message>
    <message>
        <source>Open input file</source>
        <translation>Abrir arquivo de entrada</translation>
    </message>
    <message>
        <source>A CSV or JSONL file, one row per input</source>
        <translation>Um arquivo CSV ou JSONL, uma linha por entrada</translation>
    </message>
    <message>
        <source>Use sample</source>
        <translation>Usar exemplo</translation>
    </message>
    <message>
        <source>Use sample file</source>
        <translation>Usar arquivo de exemplo</translation>
    </message>
    <message>
        <source>The sample rows shipped with this built-in task</source>
        <translation>As linhas de exemplo que acompanham esta tarefa integrada</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>Arquivo de entrada</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Preview variant</source>
        <translation>Variante da pré-visualização</translation>
    </message>
    <message>
        <source>Prompt preview</source>
        <translation>Pré-visualização do prompt</translation>
    </message>
    <message>
        <source>Preview problem</source>
        <translation>Problema na pré-visualização</translation>
    </message>
    <message>
        <source>Try model</source>
        <translation>Modelo de teste</translation>
    </message>
    <message>
        <source>Try on this row</source>
        <translation>Testar nesta linha</translation>
    </message>
    <message>
        <source>Ask the model about this row (Ctrl+Return)</source>
        <translation>Perguntar ao modelo sobre esta linha (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop try</source>
        <translation>Parar o teste</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Parar a resposta</translation>
    </message>
    <message>
        <source>Try status</source>
        <translation>Status do teste</translation>
    </message>
    <message>
        <source>Try answer</source>
        <translation>Resposta do teste</translation>
    </message>
    <message>
        <source>Try parsed</source>
        <translation>Teste interpretado</translation>
    </message>
    <message>
        <source>Try checks</source>
        <translation>Verificações do teste</translation>
    </message>
    <message>
        <source>&amp;Row</source>
        <translation>&amp;Linha</translation>
    </message>
    <message>
        <source>&amp;Variant</source>
        <translation>&amp;Variante</translation>
    </message>
    <message>
        <source>Prompt for this row (system, then user)</source>
        <translation>Prompt desta linha (sistema, depois usuário)</translation>
    </message>
    <message>
        <source>No input file: open a CSV or JSONL file.</source>
        <translation>Sem arquivo de entrada: abra um arquivo CSV ou JSONL.</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> de {count}</translation>
    </message>
    <message>
        <source>{problem} Open a file whose columns give them.</source>
        <translation>{problem} Abra um arquivo cujas colunas os forneçam.</translation>
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
        <translation>linhas/min</translation>
    </message>
</context>
<context>
    <name>VariantTable</name>
    <message>
        <source>Prompt variants</source>
        <extracomment>Where a check&apos;s kind is kept in its cell (the cell shows the kind&apos;s name in the window&apos;s language).</extracomment>
        <translation>Variantes do prompt</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo de prompt</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>The actions that work once the window has its services.</extracomment>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>&amp;Provedores…</translation>
    </message>
    <message>
        <source>Set up OpenAI, Anthropic, Gemini or OpenAI-compatible providers and their keys (Ctrl+Shift+P)</source>
        <translation>Configure provedores OpenAI, Anthropic, Gemini ou compatíveis com OpenAI e suas chaves (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Model settings…</source>
        <translation>Configurações do &amp;modelo…</translation>
    </message>
    <message>
        <source>Context size, threads and GPU layers for local models</source>
        <translation>Tamanho do contexto, threads e camadas de GPU dos modelos locais</translation>
    </message>
    <message>
        <source>&amp;Export all conversations…</source>
        <translation>&amp;Exportar todas as conversas…</translation>
    </message>
    <message>
        <source>Save every conversation in one JSON archive</source>
        <translation>Salva todas as conversas em um arquivo JSON</translation>
    </message>
    <message>
        <source>&amp;Import conversations…</source>
        <translation>&amp;Importar conversas…</translation>
    </message>
    <message>
        <source>Add the conversations of a Plinth archive; those already here are skipped</source>
        <translation>Adiciona as conversas de um arquivo do Plinth; as que já existem são ignoradas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copiar diagnóstico</translation>
    </message>
    <message>
        <source>&amp;About Plinth</source>
        <translation>&amp;Sobre o Plinth</translation>
    </message>
    <message>
        <source>{variable}=1 is set: offline mode stays on until it is unset and Plinth restarts</source>
        <translation>{variable}=1 está definido: o modo offline fica ativado até ser removido e o Plinth reiniciar</translation>
    </message>
    <message>
        <source>Turn off models behind an API and the Hugging Face Hub: nothing leaves this computer (Ctrl+Shift+O)</source>
        <translation>Desativa os modelos acessados por API e o Hub do Hugging Face: nada sai deste computador (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;Offline mode</source>
        <translation>Modo &amp;offline</translation>
    </message>
</context>
<context>
    <name>_BatchWords</name>
    <message numerus="yes">
        <source>{done} of %n row(s) done</source>
        <translation>
            <numerusform>{done} de %Ln linha concluídas</numerusform>
            <numerusform>{done} de %Ln linhas concluídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more row(s) (in the exported report).</source>
        <translation>
            <numerusform>…e mais %Ln linha (no relatório exportado).</numerusform>
            <numerusform>…e mais %Ln linhas (no relatório exportado).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%Ln conversa</numerusform>
            <numerusform>%Ln conversas</numerusform>
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
        <translation>Remover modelo</translation>
    </message>
    <message>
        <source>Remove this model from the comparison</source>
        <translation>Remover este modelo da comparação</translation>
    </message>
    <message>
        <source>Remove model {number} from the comparison</source>
        <translation>Remover o modelo {number} da comparação</translation>
    </message>
</context>
<context>
    <name>_StatsLine</name>
    <message>
        <source>TTFT {seconds}</source>
        <translation>Primeiro token em {seconds}</translation>
    </message>
    <message>
        <source>{tokens_in} in (estimated) / {tokens_out} out</source>
        <translation>{tokens_in} de entrada (estimado) / {tokens_out} de saída</translation>
    </message>
    <message>
        <source>{tokens_in} in / {tokens_out} out</source>
        <translation>{tokens_in} de entrada / {tokens_out} de saída</translation>
    </message>
    <message numerus="yes">
        <source>%n cached</source>
        <translation>
            <numerusform>%Ln em cache</numerusform>
            <numerusform>%Ln em cache</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>custo desconhecido</translation>
    </message>
    <message>
        <source>stopped at length limit</source>
        <translation>parado no limite de tamanho</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>interrompido</translation>
    </message>
    <message numerus="yes">
        <source>%n earliest message(s) left out (context full)</source>
        <translation>
            <numerusform>%Ln mensagem mais antiga omitida (contexto cheio)</numerusform>
            <numerusform>%Ln mensagens mais antigas omitidas (contexto cheio)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>No model can run</source>
        <extracomment>How long closing the window waits for a cancelled task before it closes the engine.</extracomment>
        <translation>Nenhum modelo pode ser executado</translation>
    </message>
    <message>
        <source>The comparison is not ready</source>
        <translation>A comparação não está pronta</translation>
    </message>
    <message>
        <source>This model cannot be used now</source>
        <translation>Este modelo não pode ser usado agora</translation>
    </message>
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
        <source>at {cost} ({model}&apos;s cost is unknown)</source>
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
        <source>the prompt and each column&apos;s system prompt (up to {n} characters)</source>
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
        <source>The model&apos;s chat template failed</source>
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
        <source>The provider&apos;s server failed</source>
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
