"""Active labelling in the batch results, on the starter model's real embeddings and a real logistic regression:
the most uncertain rows first, labels typed in place and kept, retrain to a new version, the history's curve."""

from __future__ import annotations

import csv
import functools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers.planted import planted_rows
from helpers.widgets import find
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableView, QTableWidget, QTableWidgetItem, QTabWidget
from pytestqt.qtbot import QtBot
from task_fakes import ScoringEngine, keyword_rule

from app.bootstrap import Services, build_labelling_services, build_services, classifier_choices
from app.core.adaptation.labelling import LabelDrafts, LabellingServices, RetrainRequest
from app.core.adaptation.records import LabelledRow
from app.core.adaptation.retrain import train_and_save
from app.core.cancel import Cancelled, CancelToken
from app.core.errors import InvalidRequestError
from app.core.models.directory import ModelDirectory
from app.core.paths import Paths
from app.core.settings import Settings
from app.core.tasks.batch import ClassifyJob
from app.core.tasks.classification import Label, LabelSet
from app.core.tasks.tables import read_table
from app.ui.panels import PanelContext
from app.ui.panels.batch_view import BatchView
from app.ui.panels.classification_panel import ClassificationPanel

LABELS = ("billing", "technical", "shipping")
#: Rows whose label the file gives (the first two of each label); the others are left for the person.
GIVEN_PER_LABEL = 2


@pytest.fixture
def services(paths: Paths, starter_path: Path) -> Iterator[Services]:
    built = build_services(paths, starter_path=starter_path)
    yield built
    built.close()


@pytest.fixture
def tickets(tmp_path: Path) -> tuple[Path, list[tuple[str, str]]]:
    """24 planted rows; the file keeps the labels of 6 of them (2 a label) and leaves the rest blank."""
    rows = planted_rows(8, LABELS, seed=3)
    seen: dict[str, int] = {}
    path = tmp_path / "tickets.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["text", "label"])
        for text, label in rows:
            seen[label] = seen.get(label, 0) + 1
            writer.writerow([text, label if seen[label] <= GIVEN_PER_LABEL else ""])
    return path, rows


def _open(qtbot: QtBot, view: BatchView, path: Path) -> None:
    view.open_file(path)
    qtbot.waitUntil(lambda: view.table is not None, timeout=5000)
    view.set_columns("text", "label")


def test_label_the_most_uncertain_rows_in_place_retrain_and_watch_the_curve(
    qtbot: QtBot, tmp_path: Path, services: Services, tickets: tuple[Path, list[tuple[str, str]]]
) -> None:
    path, truth = tickets
    library, cache, embedder = services.classifiers, services.embedding_cache(), services.shared_embedding("starter")
    table = read_table(path)
    given = [LabelledRow(r["text"], r["label"], i) for i, r in enumerate(table.rows) if r["label"]]
    assert len(given) == 6
    # Every row embedded once, in one call: the batch's rows and the retrain then read the cache.
    cache.embed(embedder, [r["text"] for r in table.rows])
    train_and_save("tickets", given, embedder=embedder, cache=cache, library=library, labels=LABELS)
    labelling_services = build_labelling_services(services)
    models = ModelDirectory(
        services.library, services.providers, services.secrets, services.offline,
        label_models=functools.partial(classifier_choices, services),
    )  # fmt: skip
    panel = ClassificationPanel(PanelContext(services.engines, models, Settings(), labelling=labelling_services))
    qtbot.addWidget(panel)
    panel.resize(1100, 800)
    panel.show()
    labels = find(panel, QTableWidget, "Labels")
    labels.setRowCount(0)
    for name in LABELS:
        labels.insertRow(labels.rowCount())
        labels.setItem(labels.rowCount() - 1, 0, QTableWidgetItem(name))
    find(panel, QTabWidget, "Classification mode").setCurrentIndex(1)
    view = find(panel, BatchView, "Classification batch")
    labelling = view.labelling
    _open(qtbot, view, path)
    picker = find(panel, QComboBox, "Classification model")
    picker.setCurrentIndex(picker.findData("classifier:tickets"))
    qtbot.mouseClick(find(view, QPushButton, "Run batch"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.summary is not None, timeout=60_000)
    assert view.summary is not None and view.summary.model_id == "classifier:tickets"

    # The most uncertain unlabelled row comes first, and the table shows the queue in that order.
    model = view.results_model
    retrain = find(view, QPushButton, "Retrain classifier")
    assert not retrain.isEnabled(), "no new labels yet"
    qtbot.mouseClick(find(view, QPushButton, "Label the most uncertain first"), Qt.MouseButton.LeftButton)
    results: QTableView = find(view, QTableView, "Batch results")
    proxy = results.model()
    shown = [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())]
    doubts = [model.uncertainty(row) for row in shown]
    assert len(shown) == 18 and all(not table.rows[row]["label"] for row in shown)
    assert doubts[0] == max(model.uncertainty(r) for r in range(24) if not table.rows[r]["label"])
    assert doubts == sorted(doubts, reverse=True)
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert not results.horizontalHeader().isSectionHidden(header.index("Uncertainty"))

    # The keyboard is in the first row's label cell: type to choose, Enter saves and moves to the next row.
    for position in range(3):
        qtbot.waitUntil(lambda: results.viewport().findChild(QComboBox) is not None, timeout=2000)
        editor = results.viewport().findChild(QComboBox)
        assert results.currentIndex().row() == position
        right = truth[shown[position]][1]
        qtbot.keyClicks(editor, right[:3])
        assert editor.currentText() == right
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda p=position: results.currentIndex().row() == p + 1, timeout=2000)
        assert model.label_of(shown[position]) == right
    # More labels, as typed in the cells (every label gets a few, so the version is cross-validated).
    for row in shown[3:9]:
        assert model.setData(model.index(row, header.index("Gold")), truth[row][1])
    drafts = LabelDrafts.open(services.paths.data_dir / "label-drafts", path)
    assert drafts.labels == {row: truth[row][1] for row in shown[:9]}, "every label is on disk at once"
    assert retrain.isEnabled() and retrain.text() == "Retrain classifier:tickets (9 new)"

    with qtbot.waitSignal(labelling.retrained, timeout=60_000) as retrained:
        qtbot.mouseClick(retrain, Qt.MouseButton.LeftButton)
    assert retrained.args == ["classifier:tickets"]
    # The panel classifies the batch again at once, with the new version; the labels typed stay.
    qtbot.waitUntil(lambda: view.summary is not None, timeout=60_000)
    assert view.summary is not None and not view.summary.resumed and view.summary.done == 24
    assert services.engines.get("classifier:tickets").classifier.provenance.n_train == 15  # type: ignore[attr-defined]
    assert model.label_of(shown[0]) == truth[shown[0]][1]
    # The rows still to label come back, in the new version's order.
    qtbot.waitUntil(lambda: proxy.rowCount() == 9, timeout=5000)
    requeued = [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())]
    assert set(requeued) == set(shown[9:])
    assert [model.uncertainty(r) for r in requeued] == sorted((model.uncertainty(r) for r in requeued), reverse=True)
    versions = library.versions("tickets")
    assert [(v.version, v.provenance.n_train) for v in versions] == [(1, 6), (2, 15)]
    assert versions[1].provenance.training_sha256 == drafts.sha256
    assert library.load("tickets@1").labels == LABELS, "the old version stays"
    chart = labelling.history_chart
    assert [(p.version, p.n_train) for p in chart.points] == [(1, 6), (2, 15)]
    assert chart.points[1].macro_f1 is not None and "version 2: 15 label" in chart.accessibleDescription()
    assert not retrain.isEnabled() and retrain.text() == "Retrain classifier:tickets (0 new)"

    # A new view (a restart) finds the labels again, in italics over the file's blanks.
    again = BatchView("classify", {})
    qtbot.addWidget(again)
    again.labelling.set_services(labelling_services)
    _open(qtbot, again, path)
    gold = header.index("Gold")
    assert again.labelling.drafts is not None and again.labelling.drafts.labels == drafts.labels
    assert again.results_model.data(again.results_model.index(shown[0], gold)) == truth[shown[0]][1]
    assert again.results_model.data(again.results_model.index(shown[0], gold), Qt.ItemDataRole.FontRole).italic()

    # Export labels writes the file with the label column filled, CSV like the input.
    out = tmp_path / "tickets.labels.csv"
    again.labelling.export_to(out)
    qtbot.waitUntil(lambda: out.exists(), timeout=5000)
    exported = read_table(out)
    assert sum(1 for r in exported.rows if r["label"]) == 15
    assert all(exported.rows[row]["label"] == truth[row][1] for row in shown[:9])
    panel.shutdown()
    again.shutdown()


def test_a_cancelled_or_failed_retrain_saves_nothing_and_keeps_every_label(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "reviews.csv"
    path.write_text("text,label\nI love it,positive\nawful,\nmeh,\nso so,\n", encoding="utf-8")
    calls: list[RetrainRequest] = []

    def retrain(request: RetrainRequest, cancel: CancelToken, progress: Callable[[int, int], None]) -> int:
        calls.append(request)
        progress(1, len(request.rows))
        if len(calls) == 1:
            cancel.wait(30)
            raise Cancelled
        raise InvalidRequestError("The classifier needs at least two labels.", "Label rows of another label.")

    services = LabellingServices(tmp_path / "drafts", lambda _name: (), retrain)
    view = BatchView("classify", {})
    qtbot.addWidget(view)
    view.show()
    view.labelling.set_services(services)
    _open(qtbot, view, path)
    view.labelling.set_model("classifier:reviews", ("positive", "negative"))
    engine = ScoringEngine(model_id="local:fake", rule=keyword_rule({"love": "positive"}, "negative"))
    view.start(engine, ClassifyJob(LabelSet((Label("positive"), Label("negative")))))
    qtbot.waitUntil(lambda: view.summary is not None, timeout=10_000)
    model = view.results_model
    gold = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("Gold")
    assert model.setData(model.index(1, gold), "negative")

    retrain_button = find(view, QPushButton, "Retrain classifier")
    qtbot.mouseClick(retrain_button, Qt.MouseButton.LeftButton)
    cancel_button = find(view, QPushButton, "Cancel retraining")
    qtbot.waitUntil(cancel_button.isEnabled, timeout=5000)
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    status = find(view, QLabel, "Labelling status")
    qtbot.waitUntil(lambda: "cancelled" in status.text(), timeout=5000)
    assert [(r.index, r.label) for r in calls[0].rows] == [(0, "positive"), (1, "negative")]
    assert calls[0].labels == ("positive", "negative") and calls[0].training_file == str(path.resolve())

    qtbot.waitUntil(retrain_button.isEnabled, timeout=5000)
    qtbot.mouseClick(retrain_button, Qt.MouseButton.LeftButton)
    error = find(view, QLabel, "Labelling error")
    qtbot.waitUntil(error.isVisible, timeout=5000)
    assert "at least two labels" in error.text() and "Your labels are kept" in error.text()
    assert LabelDrafts.open(tmp_path / "drafts", path).labels == {1: "negative"}
    assert retrain_button.isEnabled() and retrain_button.text() == "Retrain classifier:reviews (1 new)"


def test_before_a_run_the_label_editor_offers_the_labels_the_file_uses(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "reviews.csv"
    path.write_text("text,label\nI love it,positive\nawful,negative\nmeh,\n", encoding="utf-8")
    view = BatchView("classify", {})
    qtbot.addWidget(view)
    view.show()
    view.labelling.set_services(LabellingServices(tmp_path / "drafts", lambda _name: (), lambda *_args: 0))
    _open(qtbot, view, path)
    model = view.results_model
    gold = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("Gold")
    table: QTableView = find(view, QTableView, "Batch results")
    table.setCurrentIndex(table.model().index(2, gold))
    table.edit(table.currentIndex())
    editor = table.viewport().findChild(QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == ["positive", "negative"]
    qtbot.keyClicks(editor, "n")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert view.labelling.drafts is not None and view.labelling.drafts.labels == {2: "negative"}
    assert model.flags(model.index(2, gold)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(2, gold - 1)) & Qt.ItemFlag.ItemIsEditable
