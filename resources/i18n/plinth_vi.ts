<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
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
        <source>Type a label's first letters in the Gold cell; Enter saves it and opens the next row.</source>
        <translation>Gõ vài chữ cái đầu của nhãn vào ô Nhãn chuẩn; Enter để lưu và mở dòng tiếp theo.</translation>
    </message>
    <message numerus="yes">
        <source>Retraining {model} on %n label(s)…</source>
        <translation><numerusform>Đang huấn luyện lại {model} trên %n nhãn…</numerusform></translation>
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
        <source>Train a new version of {model} on the file's labels and yours (%n new label(s)); the versions before it stay</source>
        <translation><numerusform>Huấn luyện phiên bản mới của {model} trên nhãn của tệp và của bạn (%n nhãn mới); các phiên bản trước vẫn được giữ</numerusform></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>n/a</source>
        <extracomment>A value's text that measures its column when the values are all shorter. What a model without the metric shows instead of a bar.</extracomment>
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
        <translation><numerusform>Đúng {correct} trên %n dòng · sai {wrong}</numerusform></translation>
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
        <extracomment>Sort keys live here so numbers sort as numbers. Columns most rows leave empty: the view hides them until a row has something to say there. The columns' titles as shown, keyed by the English names the code finds columns by.</extracomment>
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
        <translation><numerusform>Đang hiện %n dòng sai.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) labelled “{gold}”, called “{predicted}”.</source>
        <translation><numerusform>Đang hiện %n dòng có nhãn “{gold}” nhưng bị đoán là “{predicted}”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) correctly labelled “{gold}”.</source>
        <translation><numerusform>Đang hiện %n dòng được gán đúng nhãn “{gold}”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{done} / %n row(s)</source>
        <translation><numerusform>{done} / %n dòng</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resumed</source>
        <translation><numerusform>%n dòng đã tiếp tục</numerusform></translation>
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
        <translation><numerusform>Đã hủy sau {done} trên %n dòng. Chạy hàng loạt sẽ tiếp tục từ chỗ đã dừng.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n row(s) in {time}</source>
        <translation><numerusform>Xong: %n dòng trong {time}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resumed from the earlier run</source>
        <translation><numerusform>%n dòng tiếp tục từ lần chạy trước</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n dòng thất bại</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n abstained</source>
        <translation><numerusform>%n dòng bỏ qua</numerusform></translation>
    </message>
    <message>
        <source>saved as {name}</source>
        <translation>đã lưu thành {name}</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n row(s) to label, the most uncertain first.</source>
        <translation><numerusform>Đang hiện %n dòng cần gán nhãn, dòng không chắc nhất lên đầu.</numerusform></translation>
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
        <extracomment>The gold column's "no column" choice.</extracomment>
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
        <translation><numerusform>Đang bắt đầu với %n dòng…</numerusform></translation>
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
        <translation><numerusform>{name} · %n dòng</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Choose the columns and press Run batch.</source>
        <translation><numerusform>%n dòng. Chọn các cột rồi nhấn Chạy hàng loạt.</numerusform></translation>
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
        <extracomment>The title over Plinth's own reply when nothing in the documents matched.</extracomment>
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
    <name>CitedSources</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <extracomment>Finds a source's passage among its neighbours in the index; None when the index no longer holds it. The passage last opened (kept so it is not collected while shown).</extracomment>
        <translation><numerusform>%n đoạn</numerusform></translation>
    </message>
    <message>
        <source>~{tokens} tokens</source>
        <translation>~{tokens} token</translation>
    </message>
    <message numerus="yes">
        <source>%n trimmed to fit</source>
        <translation><numerusform>%n đoạn được cắt bớt cho vừa</numerusform></translation>
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
        <extracomment>The axis of the model's labels (across the top of the confusion matrix).</extracomment>
        <translation>Dự đoán</translation>
    </message>
    <message>
        <source>Gold</source>
        <extracomment>The axis of the right answers (down the side of the confusion matrix).</extracomment>
        <translation>Nhãn chuẩn</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) correctly labelled “{gold}”</source>
        <translation><numerusform>%n dòng được gán đúng nhãn “{gold}”</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) labelled “{gold}” that the model called “{predicted}” — click to see them</source>
        <translation><numerusform>%n dòng có nhãn “{gold}” mà mô hình đoán là “{predicted}” — nhấp để xem</numerusform></translation>
    </message>
    <message>
        <source>gold {gold}, predicted {predicted}: {count}</source>
        <translation>chuẩn {gold}, dự đoán {predicted}: {count}</translation>
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
        <extracomment>The background of a search hit; the text on it stays dark in light and dark palettes. A search hit's snippet as rich text, the matched words highlighted.</extracomment>
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
        <translation><numerusform>phiên bản {version}: %n nhãn, macro-F1 {f1}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{f1} · %n label(s)</source>
        <translation><numerusform>{f1} · %n nhãn</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <source>%n message(s) · {model}</source>
        <translation><numerusform>%n tin nhắn · {model}</numerusform></translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>New chat</source>
        <extracomment>How long after the last key press the search runs. How long "Conversation deleted — Undo" stays. The conversation whose answer is streaming: it cannot be deleted now. A refresh asked for while a title was being edited: it runs once the editor closes.</extracomment>
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
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Best: {metric}</source>
        <extracomment>Tooltip of a metrics table cell with the best value; {metric} is the metric's name.</extracomment>
        <translation>Tốt nhất: {metric}</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>Transcript</source>
        <extracomment>Most time one flush spends rendering markdown (laying it out costs about as much again); the rest waits for the next one. Finished blocks are rendered in pieces of about this many characters, so a flush can stop within its budget. A message longer than this shows its beginning and says how long it is: laying out a megabyte in a QTextDocument stalls the window for about a second, and nobody reads it there. The whole text still goes to the model, the history and exports. How close to the end (in pixels) still counts as reading the latest text. The "jump to latest" button's distance from the text's bottom-right corner. Just after the header; rendered content follows. End of the last block rendered as markdown; the plain tail follows. Where the last rendered block starts, in the source and on screen, while later text may still extend it (a list, an indented code block). (stats line, error) once the answer has ended; the last blocks may still be rendering.</extracomment>
        <translation>Bản ghi hội thoại</translation>
    </message>
    <message>
        <source>Ask anything to start the conversation.</source>
        <translation>Hãy hỏi bất cứ điều gì để bắt đầu cuộc trò chuyện.</translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <extracomment>The latest answer's frame, for its sources once it is complete. The placeholder in the next answer's place (``show_waiting``). Whether new text scrolls into view: until the reader scrolls up, and again once they are back at the bottom or jump there. A state, not a check before each change: the document is laid out later (and again when the view is first shown or resized), so the end moves after the text has gone in. Held at the top until the reader scrolls (``show_from_start``): a finished answer reopened is read from its start, and the layout that comes later must not count as reaching its end.</extracomment>
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
        <extracomment>The header over the person's own message in the chat</extracomment>
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
        </translation>
    </message>
</context>
<context>
    <name>core</name>
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
        <source>The embedding cache cannot be used</source>
        <translation>Không dùng được bộ nhớ đệm vector nhúng</translation>
    </message>
    <message>
        <source>A saved classifier cannot be read</source>
        <translation>Không đọc được bộ phân loại đã lưu</translation>
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
        <source>Saved comparisons cannot be used</source>
        <translation>Không dùng được các phép so sánh đã lưu</translation>
    </message>
    <message>
        <source>Comparison not found</source>
        <translation>Không tìm thấy phép so sánh</translation>
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
        <source>at {cost} ({model}'s cost is unknown)</source>
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
        <source>the prompt and each column's system prompt (up to {n} characters)</source>
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
        <source>The questions file cannot be used</source>
        <translation>Không dùng được tệp câu hỏi</translation>
    </message>
    <message>
        <source>File not indexed</source>
        <translation>Tệp chưa được lập chỉ mục</translation>
    </message>
    <message>
        <source>Another embedding model</source>
        <translation>Mô hình vector nhúng khác</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>Không có mô hình vector nhúng</translation>
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
        <source>The model's chat template failed</source>
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
        <source>The provider's server failed</source>
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
        <source>Conversation not found</source>
        <translation>Không tìm thấy cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Message not found</source>
        <translation>Không tìm thấy tin nhắn</translation>
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
        <source>Not a LoRA adapter</source>
        <translation>Không phải bộ điều hợp LoRA</translation>
    </message>
    <message>
        <source>The model catalogue is damaged</source>
        <translation>Danh mục mô hình bị hỏng</translation>
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
        <source>Model already in the library</source>
        <translation>Mô hình đã có trong thư viện</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>Cài đặt nhà cung cấp</translation>
    </message>
    <message>
        <source>The keychain refused</source>
        <translation>Chuỗi khóa hệ thống từ chối</translation>
    </message>
    <message>
        <source>The local API could not start</source>
        <translation>Không khởi động được API cục bộ</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation>Token máy chủ</translation>
    </message>
    <message>
        <source>The answer cache cannot be used</source>
        <translation>Không dùng được bộ nhớ đệm câu trả lời</translation>
    </message>
    <message>
        <source>The task file cannot be used</source>
        <translation>Không dùng được tệp tác vụ</translation>
    </message>
    <message>
        <source>The JSON path cannot be used</source>
        <translation>Không dùng được đường dẫn JSON</translation>
    </message>
    <message>
        <source>Task library</source>
        <translation>Thư viện tác vụ</translation>
    </message>
    <message>
        <source>The promptfoo config cannot be imported</source>
        <translation>Không nhập được cấu hình promptfoo</translation>
    </message>
    <message>
        <source>Task run not found</source>
        <translation>Không tìm thấy lần chạy tác vụ</translation>
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
        <source>The file cannot be used</source>
        <translation>Không dùng được tệp</translation>
    </message>
</context>
</TS>