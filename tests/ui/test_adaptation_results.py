"""The adaptation view's results: the learning curve's geometry and paint, the table, the verdict and one cell's detail."""

from __future__ import annotations

import re

from helpers.adaptation_results import F1, SIZES, ZERO_SHOT, sample_result
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from app.ui.panels.adaptation.learning_curve_chart import EMPTY_TEXT, LearningCurveChart
from app.ui.panels.adaptation.names import cost_text, method_label
from app.ui.panels.adaptation.results_view import ResultsView


def _chart(qtbot: QtBot, width: int = 900, height: int = 380) -> LearningCurveChart:
    chart = LearningCurveChart()
    qtbot.addWidget(chart)
    chart.resize(width, height)
    result = sample_result()
    chart.set_points(result.points, result.sizes)
    return chart


def test_points_lie_on_a_log2_axis_and_macro_f1_scale(qtbot: QtBot) -> None:
    chart = _chart(qtbot)
    rect = chart.plot_rect()
    positions = chart.point_positions()
    logreg = positions["embed-logreg"]
    assert [round(p.x()) for p in logreg] == [round(rect.left()), round(rect.center().x()), round(rect.right())]
    # Doubling the rows moves as far right each time: a log2 axis.
    assert abs((logreg[1].x() - logreg[0].x()) - (logreg[2].x() - logreg[1].x())) < 0.5
    for point, size in zip(logreg, SIZES, strict=True):
        mean = sum(F1["embed-logreg"][size]) / 2
        assert abs(point.y() - (rect.bottom() - mean * rect.height())) < 0.5
    # Higher F1 is drawn higher.
    assert logreg[2].y() < logreg[0].y()
    # Zero-shot used no training rows: a level across the whole chart at its score.
    flat = positions[ZERO_SHOT]
    assert [p.x() for p in flat] == [rect.left(), rect.right()]
    assert flat[0].y() == flat[1].y() == chart.y_for(0.8)


def test_the_chart_paints_lines_bands_and_a_legend(qtbot: QtBot) -> None:
    chart = _chart(qtbot)
    series = {s.method: s for s in chart.series}
    assert [s.label for s in chart.series] == ["Embedding classifier", "Few-shot by similarity · local:smol",
                                                "Zero-shot · openai:gpt-4o-mini"]  # fmt: skip
    assert series[ZERO_SHOT].flat and not series["embed-logreg"].flat
    # Two seeds that disagree give a band; one seed none.
    assert not chart._band(series["embed-logreg"]).isEmpty()
    assert chart._band(series[ZERO_SHOT]).isEmpty()
    image = chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    color = series["embed-logreg"].color
    point = chart.point_positions()["embed-logreg"][1]
    drawn = QColor(image.pixel(round(point.x()), round(point.y())))
    assert abs(drawn.red() - color.red()) < 40 and abs(drawn.blue() - color.blue()) < 40
    # Every curve's colour is somewhere in the picture, and the legend sits above the plot.
    colours = {
        QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
    }
    assert len(colours) > 20
    assert chart.plot_rect().top() > chart._legend_entries()[-1][1].bottom()
    # "(s)": Qt's %n plural reads so in English until an English plural translation is installed.
    assert re.search(r"Embedding classifier: 8 row(s|\(s\)) 0\.55", chart.accessibleDescription())


def test_an_empty_chart_says_what_will_come(qtbot: QtBot) -> None:
    chart = LearningCurveChart()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    assert chart.series == [] and chart.point_positions() == {}
    image = chart.grab().toImage()
    # The sentence is painted in the middle: more than the background's one colour there.
    middle = {image.pixel(x, y) for x in range(150, 450) for y in range(140, 160)}
    assert len(middle) > 1
    assert EMPTY_TEXT.startswith("Run")


def test_a_narrow_chart_wraps_its_legend_and_keeps_the_plot(qtbot: QtBot) -> None:
    chart = _chart(qtbot, width=360, height=300)
    rows = {round(rect.top()) for _, rect in chart._legend_entries()}
    assert len(rows) > 1
    assert chart.plot_rect().height() > 100


def test_the_results_fill_from_a_run(qtbot: QtBot) -> None:
    view = ResultsView()
    qtbot.addWidget(view)
    view.resize(900, 800)
    result = sample_result()
    view.show_result(result)
    assert view.verdict.text() == result.verdict and not view.verdict.isHidden()
    assert "32 training rows, 30 test rows" in view.notes.text() and "capped" in view.notes.text()
    table = view.table
    # Zero-shot is the same at every size: one row, not three.
    assert len(result.points) == 9 and table.rowCount() == 7
    first = [table.item(0, c).text() for c in range(table.columnCount())]
    assert first == ["Embedding classifier", "8", "0.55 ± 0.05", "0.57", "350", "free", "2.5"]
    last = [table.item(6, c).text() for c in range(table.columnCount())]
    assert last[:3] == ["Zero-shot · openai:gpt-4o-mini", "none", "0.80"] and last[5] == "$1.10"
    # The first row is selected: its cell's F1 per label and confusion matrix are shown.
    cell = view.selected_cell
    assert cell is not None and (cell.method, cell.size, cell.seed) == ("embed-logreg", 8, 0)
    assert [b.label for b in view.per_label.bars] == ["billing", "bug", "praise"]
    assert view.confusion.gold_labels == ["billing", "bug", "praise"] and view.confusion.count(0, 0) == 5
    table.selectRow(6)
    cell = view.selected_cell
    assert cell is not None and cell.method == ZERO_SHOT
    assert "no training rows" in view.cell_title.text()
    assert view.confusion.count(0, 0) == 8
    view.clear()
    assert table.rowCount() == 0 and view.verdict.isHidden() and view.selected_cell is None


def test_names_and_figures_in_words() -> None:
    assert method_label("few-shot@starter") == "Few-shot · starter"
    assert method_label("embed-logreg") == "Embedding classifier"
    assert (cost_text(None), cost_text(0.0), cost_text(0.004), cost_text(2.5)) == (
        "unknown",
        "free",
        "$0.0040",
        "$2.50",
    )
