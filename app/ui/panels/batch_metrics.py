"""How well a batch did against its gold labels: accuracy and macro-F1, per-class numbers, the confusion heat-map."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from app.core.tasks.metrics import Metrics
from app.ui.i18n import integer, number, percent, translate
from app.ui.widgets.confusion_heatmap import ConfusionHeatmap
from app.ui.widgets.layouts import STRETCH, hbox, vbox

PER_CLASS_HEADERS = [
    QT_TRANSLATE_NOOP("BatchMetricsView", "Label"),
    QT_TRANSLATE_NOOP("BatchMetricsView", "Precision"),
    QT_TRANSLATE_NOOP("BatchMetricsView", "Recall"),
    QT_TRANSLATE_NOOP("BatchMetricsView", "F1"),
    QT_TRANSLATE_NOOP("BatchMetricsView", "Support"),
]


class BatchMetricsView(QWidget):
    """The numbers of a run with gold labels beside its confusion heat-map, whose cells pick rows.

    Signals:
        cell_activated(str, str): a heat-map cell was clicked (gold label, predicted label).
    """

    cell_activated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary = QLabel()
        self._summary.setObjectName("metricsSummary")
        self._summary.setAccessibleName(self.tr("Metrics"))
        self._summary.setWordWrap(True)
        self._summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._per_class = QTableWidget(0, len(PER_CLASS_HEADERS))
        self._per_class.setAccessibleName(self.tr("Per-class metrics"))
        self._per_class.setHorizontalHeaderLabels([translate("BatchMetricsView", title) for title in PER_CLASS_HEADERS])
        self._per_class.verticalHeader().hide()
        self._per_class.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._per_class.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self._per_class.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self._per_class.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(PER_CLASS_HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._per_class.verticalHeader().setDefaultSectionSize(24)

        self._heatmap = ConfusionHeatmap()
        self._heatmap.setToolTip(self.tr("Click a cell to see its rows in the table."))
        heatmap_hint = QLabel(self.tr("Click a cell to list its rows."))
        heatmap_hint.setObjectName("secondaryText")

        numbers = vbox(self._summary, self._per_class, heatmap_hint, STRETCH, spacing=8)
        hbox((numbers, 1), (self._heatmap, 1), parent=self, margins=(0, 8, 0, 0), spacing=16)
        self._heatmap.cell_activated.connect(self.cell_activated)

    def show_metrics(self, metrics: Metrics, partial: bool) -> None:
        """The run's numbers; ``partial``: the run was cancelled, they are for the rows done so far."""
        big = "font-size:16pt; font-weight:600"
        accuracy, macro_f1 = self.tr("Accuracy"), self.tr("Macro-F1")
        self._summary.setText(
            "<table cellspacing='0' cellpadding='0'><tr>"
            f"<td style='padding-right:28px'><span style='{big}'>{percent(metrics.accuracy)}</span>"
            f"<br>{accuracy}</td>"
            f"<td><span style='{big}'>{number(metrics.macro_f1, 3)}</span><br>{macro_f1}</td>"
            "</tr></table>"
            + self.tr("{correct} of %n row(s) right · {wrong} wrong", None, metrics.n).format(
                correct=integer(metrics.correct), wrong=integer(len(metrics.wrong))
            )
            + (" · <i>" + self.tr("so far: the run was cancelled") + "</i>" if partial else "")
        )
        self._per_class.setRowCount(len(metrics.per_class))
        for row, cls in enumerate(metrics.per_class):
            values = [
                cls.label,
                number(cls.precision, 2),
                number(cls.recall, 2),
                number(cls.f1, 2),
                integer(cls.support),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self._per_class.setItem(row, column, item)
        rows_height = self._per_class.verticalHeader().length() + self._per_class.horizontalHeader().height()
        self._per_class.setFixedHeight(rows_height + 2 * self._per_class.frameWidth())
        self._heatmap.set_matrix(metrics.classes, metrics.classes, metrics.confusion)

    def clear(self) -> None:
        self._heatmap.clear()
        self._per_class.setRowCount(0)

    def select(self, gold: str | None, predicted: str | None) -> None:
        """Outline the heat-map cell whose rows are shown; None clears it."""
        self._heatmap.select(gold, predicted)
