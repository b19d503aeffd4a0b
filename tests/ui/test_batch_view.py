"""The batch view: open a table, run over it, cancel and resume, metrics and the rows behind them."""

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes import FakeEngine
from helpers.widgets import find
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit, QPushButton, QSpinBox, QTableView, QWidget
from pytestqt.qtbot import QtBot
from task_fakes import ScoringEngine, keyword_rule

from app.core.engines.base import Engine
from app.core.tasks.batch import ClassifyJob, Job, TranslateJob, journal_path
from app.core.tasks.classification import LabelSet
from app.core.tasks.translation import TranslationOptions
from app.ui.panels.batch_results import BatchResultsModel
from app.ui.panels.batch_view import BatchView
from app.ui.widgets.confusion_heatmap import ConfusionHeatmap

LABELS = ("positive", "negative", "neutral")
#: (text, gold): the keyword fake gets rows 6-9 wrong.
ROWS = [
    ("I love it", "positive"),
    ("I love the colour", "positive"),
    ("Awful battery", "negative"),
    ("I hate the app", "negative"),
    ("It is fine", "neutral"),
    ("Nothing special", "neutral"),
    ("Great value", "positive"),  # → neutral
    ("Superb", "positive"),  # → neutral
    ("Terrible service", "negative"),  # → neutral
    ("I love to hate it", "negative"),  # → positive
    ("Ok I guess", "neutral"),
    ("So so", "neutral"),
]
#: Gold down (positive, negative, neutral), predicted across, worked out by hand from ROWS.
CONFUSION = [[2, 0, 2], [1, 2, 1], [0, 0, 4]]


@pytest.fixture
def reviews(tmp_path: Path) -> Path:
    path = tmp_path / "reviews.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "review", "sentiment"])
        for number, (text, gold) in enumerate(ROWS, start=1):
            writer.writerow([number, text, gold])
    return path


@pytest.fixture
def engine() -> ScoringEngine:
    return ScoringEngine(
        model_id="local:fake",
        rule=keyword_rule({"love": "positive", "awful": "negative", "hate": "negative"}, "neutral"),
    )


def make_view(qtbot: QtBot, kind: str, engine: Engine, job: Job) -> BatchView:
    view = BatchView(kind, {})  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.run_requested.connect(lambda: view.start(engine, job))
    return view


@pytest.fixture
def view(qtbot: QtBot, engine: ScoringEngine) -> Iterator[BatchView]:
    widget = make_view(qtbot, "classify", engine, ClassifyJob(LabelSet.of(LABELS)))
    yield widget
    widget.shutdown()


def open_file(qtbot: QtBot, view: BatchView, path: Path) -> None:
    view.open_file(path)
    qtbot.waitUntil(lambda: view.table is not None, timeout=5000)


def open_ragged_file(qtbot: QtBot, view: BatchView, folder: Path) -> None:
    """Opens a CSV whose third line has one cell too many; waits for the error that names the file."""
    bad = folder / "ragged.csv"
    bad.write_text("text,label\nfine,positive\ntoo,many,cells\n", encoding="utf-8")
    view.open_file(bad)
    error = find(view, QLabel, "Batch error")
    qtbot.waitUntil(error.isVisible, timeout=5000)
    assert "ragged.csv" in error.text()


def run(qtbot: QtBot, view: BatchView) -> None:
    button = find(view, QPushButton, "Run batch")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.summary is not None, timeout=10_000)


def shown_texts(view: BatchView) -> list[str]:
    table = find(view, QTableView, "Batch results")
    proxy = table.model()
    model = view.results_model
    return [model.text(proxy.mapToSource(proxy.index(r, 0)).row()) for r in range(proxy.rowCount())]


def test_open_file_fills_the_column_choices_and_guesses_them(
    qtbot: QtBot, view: BatchView, reviews: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(reviews), ""))
    assert not find(view, QPushButton, "Run batch").isEnabled()
    qtbot.mouseClick(find(view, QPushButton, "Open file"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.table is not None, timeout=5000)
    text = find(view, QComboBox, "Text column")
    gold = find(view, QComboBox, "Gold column")
    assert [text.itemText(i) for i in range(text.count())] == ["id", "review", "sentiment"]
    assert [gold.itemText(i) for i in range(gold.count())] == ["(none)", "id", "review", "sentiment"]
    assert view.text_column == "review", "a column named like a text is guessed"
    assert view.gold_column == "sentiment", "so is a column named like a label"
    assert find(view, QLineEdit, "Output file").text() == str(reviews.with_name("reviews.labelled.csv"))
    assert "12 row" in find(view, QLabel, "Batch file").text()
    assert view.results_model.rowCount() == 12
    assert find(view, QPushButton, "Run batch").isEnabled()
    assert find(view, QSpinBox, "Rows at once").value() == 4, "the core's default concurrency"


def test_a_bad_file_says_what_is_wrong(qtbot: QtBot, view: BatchView, tmp_path: Path) -> None:
    open_ragged_file(qtbot, view, tmp_path)
    assert view.table is None and not find(view, QPushButton, "Run batch").isEnabled()


def test_batch_with_gold_column_shows_metrics_heatmap_and_wrong_rows(
    qtbot: QtBot, view: BatchView, reviews: Path, engine: ScoringEngine
) -> None:
    open_file(qtbot, view, reviews)
    run(qtbot, view)
    summary = view.summary
    assert summary is not None and not summary.cancelled and summary.done == 12
    metrics = summary.metrics
    assert metrics is not None
    assert metrics.accuracy == pytest.approx(8 / 12)
    text = find(view, QLabel, "Metrics").text()
    assert "66.7%</span><br>Accuracy" in text and f"{metrics.macro_f1:.3f}</span><br>Macro-F1" in text

    heatmap = find(view, ConfusionHeatmap, "Confusion matrix")
    assert heatmap.isVisible()
    assert heatmap.gold_labels[:3] == list(LABELS) and heatmap.predicted_labels[:3] == list(LABELS)
    for row in range(3):
        for column in range(3):
            assert heatmap.count(row, column) == CONFUSION[row][column] == metrics.confusion[row][column]

    per_class = find(view, QWidget, "Per-class metrics")
    assert per_class.rowCount() == len(metrics.per_class)  # type: ignore[attr-defined]

    # One click on "gold positive, predicted neutral" lists exactly those rows.
    qtbot.mouseClick(heatmap, Qt.MouseButton.LeftButton, pos=heatmap.cell_rect(0, 2).center())
    assert shown_texts(view) == ["Great value", "Superb"]
    filter_text = find(view, QLabel, "Results filter").text()
    assert "2 row" in filter_text and "labelled “positive”, called “neutral”" in filter_text
    assert heatmap.selected == ("positive", "neutral")
    qtbot.mouseClick(heatmap, Qt.MouseButton.LeftButton, pos=heatmap.cell_rect(2, 2).center())
    assert shown_texts(view) == ["It is fine", "Nothing special", "Ok I guess", "So so"]

    qtbot.mouseClick(find(view, QPushButton, "Show errors"), Qt.MouseButton.LeftButton)
    assert sorted(shown_texts(view)) == sorted(["Great value", "Superb", "Terrible service", "I love to hate it"])
    qtbot.mouseClick(find(view, QPushButton, "Show all rows"), Qt.MouseButton.LeftButton)
    assert len(shown_texts(view)) == 12
    assert heatmap.selected is None

    # The table shows each row's label and confidence; wrong labels are drawn in red.
    model = view.results_model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header == ["Row", "Text", "Gold", "Label", "Confidence", "Uncertainty", "Latency", "Note"]
    assert model.data(model.index(6, 3)) == "neutral"
    assert model.data(model.index(0, 4)) == "80.0%"
    assert model.data(model.index(0, 0)) == "1", "row 1 is the first data row, as everywhere else"
    assert model.data(model.index(11, 0)) == "12"
    assert model.data(model.index(6, 3), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ForegroundRole) is None


def test_export_copies_the_output_csv(qtbot: QtBot, view: BatchView, reviews: Path, tmp_path: Path) -> None:
    open_file(qtbot, view, reviews)
    run(qtbot, view)
    assert find(view, QPushButton, "Export CSV").isEnabled()
    target = tmp_path / "exported.csv"
    view.export_to(target)
    qtbot.waitUntil(lambda: "Saved" in find(view, QLabel, "Batch status").text(), timeout=5000)
    with target.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["label"] for r in rows[:3]] == ["positive", "positive", "negative"]
    assert float(rows[0]["p_positive"]) == pytest.approx(0.8)


def test_cancel_then_resume_continues_where_it_stopped(
    qtbot: QtBot, view: BatchView, reviews: Path, engine: ScoringEngine
) -> None:
    open_file(qtbot, view, reviews)
    engine.delay = 0.05
    qtbot.mouseClick(find(view, QPushButton, "Run batch"), Qt.MouseButton.LeftButton)
    cancel = find(view, QPushButton, "Cancel batch")
    assert cancel.isEnabled() and not find(view, QPushButton, "Run batch").isEnabled()
    qtbot.waitUntil(lambda: len(engine.scored) >= 3, timeout=5000)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.summary is not None, timeout=5000)
    first = view.summary
    assert first is not None and first.cancelled and 3 <= first.done < 12
    assert "Cancelled after" in find(view, QLabel, "Batch status").text()
    assert find(view, QLabel, "Resume notice").isVisible()
    assert not find(view, QPushButton, "Export CSV").isEnabled()
    assert view.output_path is not None and journal_path(view.output_path).exists()
    assert not view.output_path.exists()

    engine.delay = 0.0
    run(qtbot, view)
    second = view.summary
    assert second is not None and not second.cancelled
    assert second.resumed == first.done and second.done == 12
    assert len(engine.scored) == 12, "no row was classified twice"
    assert not find(view, QLabel, "Resume notice").isVisible()
    assert second.metrics is not None and second.metrics.accuracy == pytest.approx(8 / 12)
    assert [r.label for r in second.results] == [
        "positive", "positive", "negative", "negative", "neutral", "neutral",
        "neutral", "neutral", "neutral", "positive", "neutral", "neutral",
    ]  # fmt: skip


def test_start_over_discards_the_earlier_run(
    qtbot: QtBot, view: BatchView, reviews: Path, engine: ScoringEngine
) -> None:
    open_file(qtbot, view, reviews)
    notice = find(view, QLabel, "Resume notice")
    assert not notice.isVisible()
    output = reviews.with_name("earlier.csv")
    journal = journal_path(output)
    journal.write_text('{"plinth_batch": 1}\n', encoding="utf-8")
    view.set_output_path(output)
    assert notice.isVisible()
    qtbot.mouseClick(find(view, QPushButton, "Start over"), Qt.MouseButton.LeftButton)
    assert not journal.exists() and not notice.isVisible()


def test_translation_batch_shows_each_translation(qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "phrases.jsonl"
    source.write_text('{"text": "Hello"}\n{"text": "Thank you"}\n', encoding="utf-8")
    engine = FakeEngine(model_id="local:fake")
    engine.enqueue(["Bonjour"])
    engine.enqueue(["Merci"])
    view = make_view(qtbot, "translate", engine, TranslateJob(TranslationOptions(target="fr")))
    assert not find(view, QComboBox, "Gold column").isVisibleTo(view)
    open_file(qtbot, view, source)
    assert view.output_path == tmp_path / "phrases.translated.csv"
    run(qtbot, view)
    model: BatchResultsModel = view.results_model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header == ["Row", "Text", "Translation", "Warnings", "Latency", "Error"]
    assert [model.data(model.index(r, 2)) for r in range(2)] == ["Bonjour", "Merci"]
    assert model.data(model.index(0, 0)) == "1"
    assert not find(view, QWidget, "Confusion matrix").isVisibleTo(view)
    assert view.output_path.exists()
    assert model.index(0, 0).parent() == QModelIndex()


def test_an_output_folder_that_cannot_be_written_is_refused_before_the_run(
    qtbot: QtBot, view: BatchView, reviews: Path, engine: ScoringEngine
) -> None:
    open_file(qtbot, view, reviews)
    view.set_output_path(reviews.parent / "missing-folder" / "out.csv")
    qtbot.mouseClick(find(view, QPushButton, "Run batch"), Qt.MouseButton.LeftButton)
    error = find(view, QLabel, "Batch error")
    assert error.isVisible() and "Choose another output file" in error.text()
    assert not view.is_running and engine.scored == []


def test_a_refused_file_clears_the_one_open_before(
    qtbot: QtBot, view: BatchView, reviews: Path, tmp_path: Path
) -> None:
    open_file(qtbot, view, reviews)
    assert find(view, QPushButton, "Run batch").isEnabled()
    open_ragged_file(qtbot, view, tmp_path)
    # Nothing of the earlier file is left to run: not its name, its rows, its columns or its output.
    assert view.table is None
    assert "reviews" not in find(view, QLabel, "Batch file").text()
    assert view.results_model.rowCount() == 0
    assert find(view, QComboBox, "Text column").count() == 0 and view.text_column == ""
    assert find(view, QComboBox, "Gold column").count() == 0 and view.gold_column is None
    assert find(view, QLineEdit, "Output file").text() == ""
    assert not find(view, QPushButton, "Run batch").isEnabled()


def test_the_note_column_appears_when_a_row_has_a_note_and_rows_count_from_one(
    qtbot: QtBot, view: BatchView, tmp_path: Path
) -> None:
    data = tmp_path / "gaps.csv"
    data.write_text("text,label\nI love it,positive\n,negative\nAwful,negative\n", encoding="utf-8")
    open_file(qtbot, view, data)
    table = find(view, QTableView, "Batch results")
    model = view.results_model
    note = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("Note")
    assert table.horizontalHeader().isSectionHidden(note), "no row has a note yet"
    run(qtbot, view)
    assert not table.horizontalHeader().isSectionHidden(note)
    # The empty text is the second data row: row 2 in the Row column and in the note alike.
    assert model.data(model.index(1, 0)) == "2"
    assert model.data(model.index(1, note)) == "row 2: the 'text' cell is empty"
    assert table.horizontalHeader().sectionSize(note) >= min(table.sizeHintForColumn(note), 200)


def test_one_row_is_one_row(qtbot: QtBot, view: BatchView, tmp_path: Path) -> None:
    data = tmp_path / "one.csv"
    data.write_text("text,label\nI love it,positive\n", encoding="utf-8")
    open_file(qtbot, view, data)
    assert find(view, QLabel, "Batch file").text().startswith("one.csv · 1 row")
    assert find(view, QLabel, "Batch status").text().startswith("1 row")
    run(qtbot, view)
    assert find(view, QLabel, "Batch status").text().startswith("Done: 1 row")
    assert "1 of 1 row" in find(view, QLabel, "Metrics").text()
