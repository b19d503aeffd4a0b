"""The Adapt page in the Classify tab: built on first show, its own set-up and keys, refusals shown in the view."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fakes import FakeEngine, registry_with
from helpers.adaptation_results import sample_result
from helpers.widgets import find
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from app.core.engines.registry import EngineRegistry
from app.core.models.directory import ModelDirectory
from app.core.settings import Settings
from app.ui.panels.adaptation.services import AdaptationServices
from app.ui.panels.adaptation.view import AdaptationView, eta_text
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
