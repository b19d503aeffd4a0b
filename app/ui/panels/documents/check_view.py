"""The retrieval check: from a CSV of questions and the files that answer them, recall@k and MRR per search mode."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.core.cancel import CancelToken
from app.core.documents.evaluation import EvalReport, evaluate, read_questions
from app.core.documents.retrieval import Retriever
from app.core.engines.embedding import EmbeddingEngine
from app.ui.i18n import number, translate
from app.ui.widgets.bar_chart import Bar, BarChart
from app.ui.widgets.elided_label import ElidedLabel
from app.ui.widgets.layouts import hbox, vbox
from app.workers.task_worker import TaskWorker

# The questions file dialog's filter (shown as ``translate("CheckView", CSV_FILTER)``).
CSV_FILTER = QT_TRANSLATE_NOOP("CheckView", "Questions (*.csv)")
# The search modes' names in the scores' table and charts, by the core's mode.
MODE_NAMES = {
    #: A search mode, in the retrieval check's scores.
    "keyword": QT_TRANSLATE_NOOP("CheckView", "keyword"),
    "semantic": QT_TRANSLATE_NOOP("CheckView", "semantic"),
    "hybrid": QT_TRANSLATE_NOOP("CheckView", "hybrid"),
}


def mode_name(mode: str) -> str:
    """A search mode's name in the window's language; an unknown one as it is."""
    return translate("CheckView", MODE_NAMES[mode]) if mode in MODE_NAMES else mode


class CheckView(QWidget):
    """Choose a questions CSV, run the check in a worker, see recall@k and MRR per mode as a table and two charts.

    A CSV that cannot be used shows its error in the view. ``choose_file()`` asks for the CSV
    (``pick_file`` returns None when the person cancels).

    Signals: none.
    """

    def __init__(
        self,
        retriever: Retriever,
        open_embedder: Callable[[str], EmbeddingEngine],
        pick_file: Callable[[QWidget], Path | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._retriever = retriever
        self._open_embedder = open_embedder
        self._pick_file = pick_file
        self._collection = ""
        self._model: str | None = None
        self._worker: TaskWorker | None = None
        self.report: EvalReport | None = None
        explanation = QLabel(
            self.tr(
                "A CSV with the columns question, file and, optionally, page: each question and the file (and page) "
                "that answers it. The check searches every question in each mode and scores where the right file "
                "comes."
            )
        )
        explanation.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Questions file…"))
        self.choose_button.setAccessibleName(self.tr("Questions file"))
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.file_label = ElidedLabel()
        self.file_label.setAccessibleName(self.tr("Questions file name"))
        self.k = QSpinBox()
        self.k.setAccessibleName(self.tr("Check k"))
        self.k.setToolTip(self.tr("How many hits per question count"))
        self.k.setRange(1, 50)
        self.k.setValue(5)
        self.k.setPrefix("k = ")
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Check status"))
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Check scores"))
        self.table.setHorizontalHeaderLabels([self.tr("Mode"), self.tr("Recall@k"), self.tr("MRR")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.recall_chart = BarChart(self.tr("Recall@k"))
        self.mrr_chart = BarChart(self.tr("MRR"))
        vbox(
            explanation,
            hbox(self.choose_button, (self.file_label, 1), self.k),
            self.status,
            self.table,
            hbox((self.recall_chart, 1), (self.mrr_chart, 1)),
            (QWidget(), 1),
            parent=self,
            margins=(0, 0, 0, 0),
        )
        self._fit_table()

    def set_collection(self, name: str, embedding_model: str | None) -> None:
        if name != self._collection:
            self._clear()
        self._collection, self._model = name, embedding_model
        self.choose_button.setEnabled(bool(name) and self._worker is None)

    def run_check(self, csv_path: Path) -> None:
        """Reads ``csv_path`` and scores the collection's retrieval with it, in a worker."""
        if not self._collection or self._worker is not None:
            return
        self.file_label.setText(str(csv_path))
        self.file_label.setToolTip(str(csv_path))
        collection, model, k = self._collection, self._model, self.k.value()
        retriever, open_embedder = self._retriever, self._open_embedder

        def run(_cancel: CancelToken, _report: Callable[[object], None]) -> EvalReport:
            questions = read_questions(csv_path)
            embedder = open_embedder(model) if model else None
            return evaluate(retriever, collection, questions, k=k, embedder=embedder)

        self._clear()
        self._worker = TaskWorker(run, "Retrieval check", self)
        self._worker.succeeded.connect(self._on_worker_succeeded)
        self._worker.failed.connect(self._on_worker_failed)
        self.choose_button.setEnabled(False)
        self.status.setText(self.tr("Checking…"))
        self._worker.start()

    def shutdown(self) -> None:
        if self._worker is not None:
            self._worker.discard()
            self._worker = None

    def _clear(self) -> None:
        self.report = None
        self.table.setRowCount(0)
        self.recall_chart.clear()
        self.mrr_chart.clear()
        self.status.clear()
        self._fit_table()

    def _fit_table(self) -> None:
        # Sized to its rows (at most three modes): the view scrolls, never the table.
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height() + rows + 2 * self.table.frameWidth()
        )

    def _show(self, report: EvalReport) -> None:
        self.report = report
        self.table.setRowCount(len(report.scores))
        best_recall = max(s.recall for s in report.scores)
        best_mrr = max(s.mrr for s in report.scores)
        for row, score in enumerate(report.scores):
            for column, text in enumerate((mode_name(score.mode), number(score.recall, 2), number(score.mrr, 2))):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self._fit_table()
        better = self.tr("higher is better")
        self.recall_chart.set_title(self.tr("Recall@{k}").format(k=report.k), better)
        self.recall_chart.set_bars([Bar(mode_name(s.mode), s.recall, number(s.recall, 2), s.recall == best_recall)
                                    for s in report.scores])  # fmt: skip
        self.mrr_chart.set_title(self.tr("MRR"), better)
        self.mrr_chart.set_bars([Bar(mode_name(s.mode), s.mrr, number(s.mrr, 2), s.mrr == best_mrr)
                                 for s in report.scores])  # fmt: skip
        questions = len(report.scores[0].results) if report.scores else 0
        text = self.tr("%n question(s), top {k} hits per question.", None, questions).format(k=report.k)
        if not self._model:
            text += " " + self.tr("Semantic and hybrid need an embedding model for this collection.")
        self.status.setText(text)

    @Slot()
    def _on_choose_button_clicked(self) -> None:
        path = self._pick_file(self)
        if path is not None:
            self.run_check(path)

    @Slot(object)
    def _on_worker_succeeded(self, report: object) -> None:
        self._worker = None
        self.choose_button.setEnabled(bool(self._collection))
        assert isinstance(report, EvalReport)
        self._show(report)

    @Slot(str, str)
    def _on_worker_failed(self, title: str, message: str) -> None:
        self._worker = None
        self.choose_button.setEnabled(bool(self._collection))
        self.status.setText(self.tr("{title}: {message}").format(title=title, message=message))
