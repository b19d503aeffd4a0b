"""The Adapt page in the Classify tab: built on first show, its own set-up and keys, refusals shown in the view."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fakes import FakeEngine, registry_with
from helpers.adaptation_results import KeywordEmbedder, sample_result
from helpers.layout_checks import assert_no_clipping, assert_no_overlap
from helpers.planted import KEYWORDS, planted_rows, write_labelled_csv
from helpers.widgets import find
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from task_fakes import ScoringEngine, keyword_rule

from app.core.adaptation.embedding_cache import EmbeddingCache
from app.core.adaptation.library import ClassifierLibrary
from app.core.adaptation.run import AdaptationProgress
from app.core.engines.registry import EngineRegistry
from app.core.models.directory import ModelChoice, ModelDirectory
from app.core.models.library import ModelLibrary
from app.core.providers import ProviderStore
from app.core.secrets import SecretStore
from app.core.settings import Settings
from app.ui.panels.adaptation.services import AdaptationServices
from app.ui.panels.adaptation.view import AdaptationView, eta_text, progress_share
from app.ui.panels.classification_panel import ClassificationPanel
from tests.helpers.panels import panel_context


def _unused(*_args: object) -> Any:
    raise AssertionError("not used by this test")


@pytest.fixture
def engines() -> EngineRegistry:
    return registry_with(FakeEngine(model_id="local:fake"), "local")


@pytest.fixture
def services(engines: EngineRegistry, tmp_path: Path) -> AdaptationServices:
    return AdaptationServices(engines, _unused, _unused, _unused, tmp_path / "runs")


@pytest.fixture
def panel(
    qtbot: QtBot, engines: EngineRegistry, models: ModelDirectory, services: AdaptationServices
) -> Iterator[ClassificationPanel]:
    widget = ClassificationPanel(panel_context(engines, models, Settings()), adaptation=services)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    yield widget
    widget.shutdown()


def test_the_adapt_tab_is_built_when_first_shown(qtbot: QtBot, panel: ClassificationPanel) -> None:
    tabs = find(panel, QTabWidget, "Classification mode")
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Text", "Batch", "Adapt"]
    page = panel.adapt_page
    assert page is not None and not page.built
    setup = find(panel, QWidget, "Labels").parentWidget()
    assert setup.isVisible() and panel._picker.isVisible()
    tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.built)
    # The label set and model above belong to Text and Batch: the page has the room, with its own set-up.
    assert not setup.isVisible() and not panel._picker.isVisible()
    assert page.view.isVisible()
    qtbot.waitUntil(lambda: page.view.width() > 1000)
    tabs.setCurrentIndex(0)
    assert setup.isVisible() and panel._picker.isVisible()


def test_without_its_services_there_is_no_adapt_tab(
    qtbot: QtBot, engines: EngineRegistry, models: ModelDirectory
) -> None:
    panel = ClassificationPanel(panel_context(engines, models, Settings()))
    qtbot.addWidget(panel)
    tabs = find(panel, QTabWidget, "Classification mode")
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Text", "Batch"] and panel.adapt_page is None


def test_ctrl_enter_runs_the_page_not_the_panel(qtbot: QtBot, panel: ClassificationPanel) -> None:
    page = panel.adapt_page
    assert page is not None
    find(panel, QTabWidget, "Classification mode").setCurrentWidget(page)
    view = page.view
    view.form.sizes.setFocus()
    qtbot.keyClick(view.form.sizes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # No file is chosen: the run is refused in the view, saying what to do.
    assert view.error.isVisible() and "Choose a labelled file first" in view.error.text()
    assert view.status.fullText() == "Not started."
    assert not view.running


def test_a_result_can_be_saved_once_named(qtbot: QtBot, models: ModelDirectory, services: AdaptationServices) -> None:
    state: dict[str, Any] = {}
    view = AdaptationView(models, services, state)
    qtbot.addWidget(view)
    assert not view.save_button.isEnabled()
    view.results.show_result(sample_result())
    view._update_actions()
    assert not view.save_button.isEnabled()
    view.save_name.setText("bad name!")
    view.save_button.click()
    assert "Name the classifier" in view.error.text() and not view.running
    view.save_name.setText("tickets")
    assert view.save_button.isEnabled() and state["save_name"] == "tickets"


def test_time_left_in_words() -> None:
    assert (eta_text(0.2), eta_text(42), eta_text(150), eta_text(7200)) == (
        "about 1 s left", "about 42 s left", "about 2 min left", "about 2.0 h left",
    )  # fmt: skip


@pytest.fixture
def run_services(tmp_path: Path) -> Iterator[AdaptationServices]:
    """Quick runs: a label-scoring engine that reads the planted words (a little slow, so a run can be cancelled),
    keyword vectors for embeddings, a real cache and a real classifier library."""
    rule = keyword_rule({w: label for label, words in KEYWORDS.items() for w in words}, "billing")
    engines = registry_with(ScoringEngine(model_id="local:fake", rule=rule, delay=0.03), "local")
    cache = EmbeddingCache(tmp_path / "embeddings.sqlite3")
    library = ClassifierLibrary(tmp_path / "classifiers")
    yield AdaptationServices(engines, lambda _m: KeywordEmbedder(), lambda: cache, lambda: library, tmp_path / "runs")
    cache.close()


def test_run_cancel_resume_and_save_from_the_view(
    qtbot: QtBot, models: ModelDirectory, run_services: AdaptationServices, tmp_path: Path
) -> None:
    data = write_labelled_csv(tmp_path / "tickets.csv", planted_rows(10, seed=5))
    view = AdaptationView(models, run_services, {})
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    view.form.set_input(data)
    qtbot.waitUntil(lambda: not view.form.reading)
    view.form.set_models_checked(["local:fake"])
    view.form.sizes.setText("6")
    view.form.seeds.setValue(1)

    # Esc cancels the run; the view says what was kept.
    qtbot.keyClick(view.form.sizes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.running and view.active_model_ids == {"local:fake"}
    assert not view.run_button.isEnabled() and not view.form.sizes.isEnabled()
    with qtbot.waitSignal(view._worker.cancelled, timeout=10_000):  # type: ignore[union-attr]
        qtbot.keyClick(view.cancel_button, Qt.Key.Key_Escape)
    assert not view.running and "Stopped" in view.status.fullText() and view.results.result is None
    journals = list((tmp_path / "runs").glob("*.jsonl"))
    assert len(journals) == 1

    view.run_button.click()
    qtbot.waitUntil(lambda: not view.running, timeout=20_000)
    result = view.results.result
    assert result is not None, view.error.text()
    assert {p.method for p in result.points} == {"zero-shot@local:fake", "embed-logreg"}
    assert view.results.verdict.text() == result.verdict and view.results.table.rowCount() >= 3
    assert view.status.fullText().startswith("Done") and not view.progress.isVisible()
    # The same journal: the rerun went on from it.
    assert list((tmp_path / "runs").glob("*.jsonl")) == journals

    view.save_name.setText("tickets")
    with qtbot.waitSignal(view.classifier_saved, timeout=20_000) as saved:
        view.save_button.click()
    assert saved.args == ["classifier:tickets"]
    assert "Saved classifier:tickets" in view.status.fullText()
    assert run_services.classifiers().load("tickets").labels


def test_a_failed_run_says_why_in_the_view(
    qtbot: QtBot, models: ModelDirectory, run_services: AdaptationServices, tmp_path: Path
) -> None:
    one_label = write_labelled_csv(tmp_path / "one.csv", [(f"text {i}", "billing") for i in range(12)])
    view = AdaptationView(models, run_services, {})
    qtbot.addWidget(view)
    view.form.set_input(one_label)
    qtbot.waitUntil(lambda: not view.form.reading)
    view.form.method_boxes["zero-shot"].setChecked(False)
    view.run()
    qtbot.waitUntil(lambda: not view.running, timeout=10_000)
    assert view.error.isVisibleTo(view) and "label" in view.error.text().lower()
    assert "Something went wrong" not in view.error.text(), view.error.text()
    assert view.results.result is None and view.run_button.isEnabled()


def test_a_saved_classifier_joins_the_panels_picker(
    qtbot: QtBot,
    library: ModelLibrary,
    providers: ProviderStore,
    secrets: SecretStore,
    run_services: AdaptationServices,
    tmp_path: Path,
) -> None:
    saved = run_services.classifiers()

    def label_models() -> list[ModelChoice]:
        return [ModelChoice(s.model_id, s.model_id, None) for s in saved.list()]

    models = ModelDirectory(library, providers, secrets, label_models=label_models)
    panel = ClassificationPanel(panel_context(run_services.engines, models, Settings()), adaptation=run_services)
    qtbot.addWidget(panel)
    panel.show()
    picker = find(panel, QComboBox, "Classification model")
    assert "classifier:tickets" not in [picker.itemData(i) for i in range(picker.count())]
    page = panel.adapt_page
    assert page is not None
    find(panel, QTabWidget, "Classification mode").setCurrentWidget(page)
    view = page.view
    view.form.set_input(write_labelled_csv(tmp_path / "tickets.csv", planted_rows(8, seed=6)))
    qtbot.waitUntil(lambda: not view.form.reading)
    view.form.method_boxes["zero-shot"].setChecked(False)
    view.form.sizes.setText("6")
    view.run()
    qtbot.waitUntil(lambda: not view.running, timeout=20_000)
    assert view.results.result is not None, view.error.text()
    view.save_name.setText("tickets")
    with qtbot.waitSignal(view.classifier_saved, timeout=20_000):
        view.save_button.click()
    assert "classifier:tickets" in [picker.itemData(i) for i in range(picker.count())]
    panel.shutdown()


@pytest.mark.parametrize("size", [(1050, 700), (800, 560)])
def test_the_page_shows_all_its_text_and_nothing_overlaps(
    qtbot: QtBot, app_style: None, models: ModelDirectory, services: AdaptationServices, size: tuple[int, int]
) -> None:
    view = AdaptationView(models, services, {})
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    view.results.show_result(sample_result())
    qtbot.waitExposed(view)
    QApplication.processEvents()
    assert_no_clipping(view)
    assert_no_overlap(view)


def test_progress_names_the_cell_and_its_share(
    qtbot: QtBot, models: ModelDirectory, services: AdaptationServices
) -> None:
    view = AdaptationView(models, services, {})
    qtbot.addWidget(view)
    running = AdaptationProgress(2, 8, method="few-shot-knn@local:fake", size=16, rows_done=5, rows_total=10)
    assert progress_share(running) == (2 + 0.5) / 8
    assert progress_share(AdaptationProgress(0, 0)) == 0.0
    view._on_worker_progress(running)
    # "(s)": Qt's %n plural reads so in English until an English plural translation is installed.
    assert re.match(
        r"Few-shot by similarity · local:fake, 16 training row(s|\(s\)) · cell 3 of 8", view.status.fullText()
    )
    assert view.progress.value() == round(2.5 / 8 * 1000)
    view._on_worker_progress(AdaptationProgress(0, 8, message="Embedding training rows with starter"))
    assert view.status.fullText() == "Embedding training rows with starter · cell 1 of 8"


def test_the_curve_grows_as_cells_finish(qtbot: QtBot, models: ModelDirectory, services: AdaptationServices) -> None:
    view = AdaptationView(models, services, {})
    qtbot.addWidget(view)
    cells = [c for c in sample_result().cells if c.method == "embed-logreg"]
    view._on_worker_progress(AdaptationProgress(1, 8, finished=(cells[0],)))
    assert list(view.results.chart.point_positions()) == ["embed-logreg"]
    view._on_worker_progress(AdaptationProgress(len(cells), 8, finished=tuple(cells[1:])))
    drawn = view.results.chart.point_positions()["embed-logreg"]
    assert len(drawn) == len({c.size for c in cells}) > 1  # one point per size so far


def test_time_left_counts_only_what_a_resumed_run_does(
    qtbot: QtBot, models: ModelDirectory, services: AdaptationServices
) -> None:
    view = AdaptationView(models, services, {})
    qtbot.addWidget(view)
    view._started = time.monotonic() - 20  # 20 s into a run that resumed half-way
    view._on_worker_progress(AdaptationProgress(4, 8))  # its first report: half was done before
    view._on_worker_progress(AdaptationProgress(6, 8))  # a quarter more in 20 s: a quarter left takes ~20 s
    assert "about 20 s left" in view.status.fullText()
