"""A comparison's figures: the metrics table beside bar charts of speed, cost and accuracy."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from app.core.compare.results import METRIC_INFO, METRICS, ComparisonResult, MetricInfo
from app.core.compare.spec import BATCH_TASKS
from app.core.compare.verdict import best_values
from app.core.engines.base import mark_estimate
from app.ui.i18n import core_text, metric, translate
from app.ui.widgets.bar_chart import Bar, BarChart
from app.ui.widgets.metrics_table import MetricRow, MetricsTable


def _better(info: MetricInfo) -> str:
    """What the metric's best is, as a sentence (the table's tooltip)."""
    if info.better is None:
        return translate("CompareResults", "Not ranked: counts depend on each model's tokenizer.")
    if info.better == "lower":
        return translate("CompareResults", "Lower is better.")
    return translate("CompareResults", "Higher is better.")


def _better_note(info: MetricInfo) -> str:
    """What the metric's best is, as a chart's note beside its title."""
    if info.better is None:
        return translate("CompareResults", "not ranked: counts depend on each model's tokenizer")
    if info.better == "lower":
        return translate("CompareResults", "lower is better")
    return translate("CompareResults", "higher is better")


class CompareResults(QWidget):
    """The metrics table (every metric some model has a figure for) and three bar charts.

    The charts show speed, cost and accuracy; a task without accuracy (no
    gold labels) charts time to first token instead. A batch charts rows
    per minute and cost per 1,000 rows, the figures that scale.

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Comparison results"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._table = MetricsTable()
        self._speed_chart = BarChart(self.tr("Speed"))
        self._cost_chart = BarChart(self.tr("Cost"))
        self._third_chart = BarChart(self.tr("Accuracy"))
        charts = QVBoxLayout()
        charts.setContentsMargins(0, 0, 0, 0)
        charts.setSpacing(14)
        for chart in self.charts:
            charts.addWidget(chart)
        charts.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        # The table keeps its rows' height at the top, beside the charts, however tall they are.
        layout.addWidget(self._table, 5, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(charts, 4)

    @property
    def table(self) -> MetricsTable:
        return self._table

    @property
    def charts(self) -> tuple[BarChart, BarChart, BarChart]:
        return (self._speed_chart, self._cost_chart, self._third_chart)

    def clear(self) -> None:
        self._table.set_metrics([], [])
        for chart in self.charts:
            chart.clear()

    def show_result(self, result: ComparisonResult, labels: Mapping[str, str]) -> None:
        """Figures of ``result`` (finished or partial); ``labels``: column (``ModelRun.column``) → what it is called."""
        names = [labels.get(run.column, run.column) for run in result.runs]
        best = best_values(result)
        rows = []
        for info in METRICS:
            values = [run.metrics.get(info.key) for run in result.runs]
            if all(value is None for value in values):
                continue
            holders = set(best.get(info.key, ()))
            rows.append(
                MetricRow(
                    core_text(info.label),
                    [
                        mark_estimate(metric(info.key, v), info.key, run.stats) for v, run in zip(values, result.runs)
                    ],  # fmt: skip
                    frozenset(i for i, run in enumerate(result.runs) if run.column in holders),
                    _better(info),
                )
            )
        self._table.set_metrics(names, rows)

        batch = result.spec.task in BATCH_TASKS
        has_accuracy = any(run.metrics.get("accuracy") is not None for run in result.runs)
        keys = (
            "rows_per_min" if batch else "tokens_per_s",
            "cost_per_1k_rows" if batch else "cost_usd",
            "accuracy" if has_accuracy else "ttft_s",
        )
        for chart, key in zip(self.charts, keys):
            self._fill_chart(chart, key, result, names, set(best.get(key, ())))

    def _fill_chart(
        self, chart: BarChart, key: str, result: ComparisonResult, names: list[str], best: set[str]
    ) -> None:
        info = METRIC_INFO[key]
        chart.set_title(core_text(info.label), _better_note(info))
        bars = []
        for name, run in zip(names, result.runs):
            value = run.metrics.get(key)
            bars.append(Bar(name, value, metric(key, value), run.column in best))
        chart.set_bars(bars)
