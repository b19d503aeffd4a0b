"""The Model settings dialog: fields a screen reader can name, and rows that keep apart."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from app.core.diagnostics import GpuProbe, GpuSupport
from app.core.settings import Settings
from app.ui.dialogs.model_settings_dialog import ModelSettingsDialog

#: Pixels between two stacked fields, at least, so that their frames never touch.
MIN_GAP = 4

NOT_SUPPORTED = GpuSupport(False, "this build has no GPU backend")


def open_dialog(qtbot: QtBot, answer: GpuSupport) -> ModelSettingsDialog:
    """The dialog, shown while the probe still checks; the probe answers once it is on screen."""
    asked = threading.Event()
    probe = GpuProbe(lambda: (asked.wait(10), answer)[1])
    dialog = ModelSettingsDialog(Settings(), probe)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    asked.set()
    qtbot.waitUntil(lambda: not dialog.gpu_status.text().startswith("Checking"), timeout=5000)
    return dialog


def fields(dialog: ModelSettingsDialog) -> list[QSpinBox]:
    return [f for f in (dialog.context_cap, dialog.threads, dialog.gpu_layers) if f.isVisibleTo(dialog)]


@pytest.mark.parametrize("answer", [GpuSupport(True, "CUDA"), NOT_SUPPORTED], ids=["gpu", "cpu-only"])
def test_every_field_has_a_name_and_a_label_that_is_its_buddy(qtbot: QtBot, answer: GpuSupport) -> None:
    dialog = open_dialog(qtbot, answer)
    shown = fields(dialog)
    assert len(shown) == (3 if answer.supported else 2)
    buddies = {label.buddy(): label for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    for field in shown:
        assert field.accessibleName(), f"{field.toolTip() or field} has no accessible name"
        label = buddies.get(field)
        assert label is not None, f"{field.accessibleName()} has no label linked to it"
        assert "&" in label.text(), f"{label.text()!r} gives {field.accessibleName()} no Alt shortcut"
        assert label.text().replace("&", "").rstrip(":") == field.accessibleName()


@pytest.mark.parametrize("answer", [GpuSupport(True, "CUDA"), NOT_SUPPORTED], ids=["gpu", "cpu-only"])
def test_the_number_boxes_keep_apart_after_the_probe_answers(qtbot: QtBot, app_style: None, answer: GpuSupport) -> None:
    dialog = open_dialog(qtbot, answer)
    qtbot.waitUntil(lambda: dialog.height() >= dialog.minimumHeight(), timeout=2000)
    QApplication.processEvents()
    shown = fields(dialog)
    for upper, lower in zip(shown, shown[1:]):
        gap = lower.geometry().top() - upper.geometry().bottom() - 1
        assert gap >= MIN_GAP, f"{upper.accessibleName()} and {lower.accessibleName()} are {gap} px apart"
    status = dialog.gpu_status
    assert status.heightForWidth(status.width()) <= status.height(), "the probe's answer shows whole"
