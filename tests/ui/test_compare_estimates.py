"""Compare's metrics table marks an input count that is Plinth's estimate (the server sent no usage)."""

from pytestqt.qtbot import QtBot

from app.core.compare.results import ComparisonResult, ModelMetrics, ModelRun
from app.core.compare.spec import Comparison
from app.core.engines.base import Stats
from app.ui.widgets.compare_results import CompareResults
from app.ui.widgets.metrics_table import MetricsTable


def test_an_estimated_input_count_is_marked_and_a_reported_one_is_not(qtbot: QtBot) -> None:
    spec = Comparison(task="chat", models=("peer:smol", "openai:gpt-test"), text="hi")
    runs = [
        ModelRun("peer:smol", "peer", status="finished", stats=Stats(tokens_in=86, tokens_out=7, tokens_in_estimated=True),
                 metrics=ModelMetrics(tokens_in=86, tokens_out=7)),
        ModelRun("openai:gpt-test", "OpenAI", status="finished", stats=Stats(tokens_in=12, tokens_out=7),
                 metrics=ModelMetrics(tokens_in=12, tokens_out=7)),
    ]  # fmt: skip
    results = CompareResults()
    qtbot.addWidget(results)

    results.show_result(ComparisonResult("x", "2026-01-01T00:00:00Z", spec, runs), {})

    table = results.findChild(MetricsTable)
    assert table is not None
    assert table.text("Tokens in", 0) == "~86"
    assert table.text("Tokens in", 1) == "12"
    assert table.text("Tokens out", 0) == "7"


def test_a_model_name_wider_than_its_column_is_elided_not_cut_at_both_ends(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    from app.ui.widgets.metrics_table import MetricRow

    table = MetricsTable()
    qtbot.addWidget(table)
    table.set_metrics(
        ["SmolLM2 135M Instruct (starter)", "openai:gpt-6.2-sol"], [MetricRow("Speed", ["3 tok/s", "54"])]
    )
    table.resize(260, table.sizeHint().height())
    table.show()
    qtbot.waitExposed(table)
    header = table.horizontalHeader()
    assert header.textElideMode() == Qt.TextElideMode.ElideMiddle
    elided = header.grab().toImage()
    # Drawn without elision, the same header looks different: the setting is what draws the "…".
    header.setTextElideMode(Qt.TextElideMode.ElideNone)
    header.viewport().update()
    assert header.grab().toImage() != elided
