"""The layout checks themselves, on tiny hand-built widgets: each defect is reported, and only defects are."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.ui.widgets.elided_label import ElidedLabel
from helpers.layout_checks import assert_no_clipping, assert_no_overlap, clipping_problems, overlap_problems

LONG = "Sent to smolsrv (http://127.0.0.1:53127/v1) and some more words"


class Chart(QWidget):
    """Draws itself and needs 60 px of height for it, like the app's charts."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(40, 60)


def shown(qtbot: QtBot, widget: QWidget, width: int, height: int) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(10)
    return widget


def inside(qtbot: QtBot, width: int, height: int) -> tuple[QWidget, QWidget]:
    """A window and, in it, a container of the given size that no layout of the window grows."""
    window = shown(qtbot, QWidget(), 600, 400)
    container = QWidget(window)
    container.setGeometry(0, 0, width, height)
    return window, container


def test_a_label_narrower_than_its_text_is_reported_by_name_and_sizes(qtbot: QtBot) -> None:
    window, container = inside(qtbot, 120, 40)
    label = QLabel(LONG, container)
    label.setObjectName("badgeLine")
    label.setGeometry(0, 0, 120, 30)
    container.show()
    problems = clipping_problems(window)
    assert len(problems) == 1
    assert "QLabel#badgeLine" in problems[0] and "Sent to smolsrv" in problems[0] and "120 px" in problems[0]
    with pytest.raises(AssertionError, match="badgeLine"):
        assert_no_clipping(window)


def test_an_elided_label_is_not_reported(qtbot: QtBot) -> None:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.addWidget(ElidedLabel(LONG))
    shown(qtbot, row, 150, 40)
    label = row.findChild(ElidedLabel)
    assert label.isElided()
    assert clipping_problems(row) == []


def test_rich_text_is_measured_as_shown(qtbot: QtBot) -> None:
    window, container = inside(qtbot, 400, 40)
    plain = "Cannot reach the provider."
    label = QLabel(f"<b>{plain}</b>", container)
    # Wide enough for the plain text, not for the same words in bold.
    label.setGeometry(0, 0, label.fontMetrics().horizontalAdvance(plain) + 1, 30)
    container.show()
    assert len(clipping_problems(window)) == 1


def test_a_wrapped_label_shorter_than_its_lines_is_reported(qtbot: QtBot) -> None:
    window, container = inside(qtbot, 200, 200)
    label = QLabel(" ".join([LONG] * 4), container)
    label.setWordWrap(True)
    label.setGeometry(0, 0, 200, label.fontMetrics().height() + 2)
    container.show()
    problems = clipping_problems(window)
    assert len(problems) == 1 and "wraps to" in problems[0]
    label.resize(200, label.heightForWidth(200))
    assert clipping_problems(window) == []


def test_buttons_narrower_than_their_text_are_reported(qtbot: QtBot) -> None:
    window, container = inside(qtbot, 300, 80)
    button = QPushButton("Import model…", container)
    button.setGeometry(0, 0, 40, 30)
    check = QCheckBox("Several labels may apply", container)
    check.setGeometry(0, 40, 60, 30)
    fine = QPushButton("OK", container)
    fine.setGeometry(100, 0, fine.sizeHint().width(), fine.sizeHint().height())
    container.show()
    problems = clipping_problems(window)
    assert len(problems) == 2
    assert "Import model" in problems[0] and "Several labels" in problems[1]


def test_two_overlapping_buttons_and_one_past_its_parent_are_reported(qtbot: QtBot) -> None:
    # The layout cannot fit both minimums into 150 px: the buttons overlap and the second sticks out.
    window, container = inside(qtbot, 150, 40)
    layout = QHBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    for text in ("Show in folder", "Delete model"):
        button = QPushButton(text)
        button.setMinimumWidth(100)
        layout.addWidget(button)
    container.show()
    layout.activate()
    overlaps = overlap_problems(window)
    assert len(overlaps) == 1 and "Show in folder" in overlaps[0] and "Delete model" in overlaps[0]
    with pytest.raises(AssertionError, match="overlap"):
        assert_no_overlap(window)
    assert any("sticks out of its parent" in p and "Delete model" in p for p in clipping_problems(window))


def test_a_floating_overlay_and_hidden_widgets_are_not_reported(qtbot: QtBot) -> None:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("A transcript"))
    hidden = QLabel(LONG)
    hidden.hide()
    layout.addWidget(hidden)
    shown(qtbot, page, 400, 200)
    # Not laid out: it floats over the page on purpose, like a "jump to latest" button.
    overlay = QPushButton("Jump to latest", page)
    overlay.setGeometry(0, 0, overlay.sizeHint().width(), overlay.sizeHint().height())
    overlay.show()
    assert overlap_problems(page) == []
    assert clipping_problems(page) == []


def test_scrolled_content_is_not_outside_its_viewport(qtbot: QtBot) -> None:
    area = QScrollArea()
    content = QWidget()
    column = QVBoxLayout(content)
    for number in range(30):
        column.addWidget(QLabel(f"Row {number}"))
    area.setWidget(content)
    shown(qtbot, area, 200, 120)
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    assert clipping_problems(area) == []
    assert overlap_problems(area) == []


def test_a_drawn_widget_squeezed_below_its_minimum_is_reported(qtbot: QtBot) -> None:
    window, container = inside(qtbot, 300, 30)
    chart = Chart(container)
    chart.setAccessibleName("Speed chart")
    chart.setGeometry(0, 0, 300, 30)
    container.show()
    problems = clipping_problems(window)
    assert len(problems) == 1 and "Speed chart" in problems[0] and "60 px high" in problems[0]
