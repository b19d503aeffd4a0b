"""Layout checks for any shown widget tree: no text cut off without elision, no laid-out widgets on top of each other.

``clipping_problems(root)`` and ``overlap_problems(root)`` return one line per
defect, naming the widget (class, objectName, accessible name, text) and the
sizes involved, so a failure says what to fix; ``assert_no_clipping`` and
``assert_no_overlap`` fail the test with those lines. Only widgets visible
within ``root`` count, so call them after ``root`` is shown and laid out.

What is not a defect: an ``ElidedLabel`` (anything with ``fullText()``) whose
shown text ends in "…" and whose tooltip holds the whole text; content scrolled
out of a scroll area's viewport; widgets no layout places (overlays that float
over others on purpose, like a "jump to latest" button), which are never
checked for overlap; hidden widgets and the non-current pages of stacks and tabs.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtGui import QFontMetricsF, Qt, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QFrame,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)

#: Pixels of slack for rounding in font metrics and layouts.
TOLERANCE = 1
ELLIPSIS = "…"


def describe(widget: QWidget) -> str:
    """``QPushButton#name "Save" [Save button] 80×26``: enough to find the widget in the code."""
    parts = [type(widget).__name__]
    if widget.objectName():
        parts.append(f"#{widget.objectName()}")
    text = _text(widget)
    if text:
        parts.append(f" {_short(text)!r}")
    if widget.accessibleName():
        parts.append(f" [{widget.accessibleName()}]")
    parts.append(f" {widget.width()}×{widget.height()}")
    return "".join(parts)


def clipping_problems(root: QWidget) -> list[str]:
    """Labels and buttons within ``root`` that show less than their whole text, the app's own drawn widgets
    given less than their minimum size, and widgets that stick out of their parent."""
    problems: list[str] = []
    for widget in _visible_widgets(root):
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        else:
            problem = None
        if problem is None:
            problem = _squeezed_problem(widget)
        if problem is None:
            problem = _outside_parent_problem(widget, root)
        if problem:
            problems.append(f"{describe(widget)} in {_path(widget, root)}: {problem}")
    return problems


def overlap_problems(root: QWidget) -> list[str]:
    """Pairs of visible widgets placed by the same layout whose rectangles intersect."""
    problems: list[str] = []
    for container in [root, *_visible_widgets(root)]:
        layout = container.layout()
        if layout is None:
            continue
        placed = [w for w in _layout_widgets(layout) if w.isVisibleTo(root) and not w.isWindow() and _sized(w)]
        for index, first in enumerate(placed):
            for second in placed[index + 1 :]:
                shared = first.geometry().intersected(second.geometry())
                if shared.width() > TOLERANCE and shared.height() > TOLERANCE:
                    problems.append(
                        f"{describe(first)} at {_rect(first.geometry())} and {describe(second)} at "
                        f"{_rect(second.geometry())} overlap by {shared.width()}×{shared.height()} "
                        f"in {_path(container, root)}"
                    )
    return problems


def assert_no_clipping(root: QWidget) -> None:
    problems = clipping_problems(root)
    assert not problems, "Text cut off without elision:\n  " + "\n  ".join(problems)


def assert_no_overlap(root: QWidget) -> None:
    problems = overlap_problems(root)
    assert not problems, "Widgets overlap:\n  " + "\n  ".join(problems)


# -- labels ----------------------------------------------------------------------------


def _label_problem(label: QLabel) -> str | None:
    shown = label.text()
    if not shown.strip():
        return None
    if hasattr(label, "fullText") and hasattr(label, "isElided"):
        return _elided_label_problem(label)
    room = _label_room(label)
    if label.wordWrap():
        needed_height = label.heightForWidth(label.width())
        if label.height() + TOLERANCE < needed_height:
            return f"wraps to {needed_height} px high but is {label.height()} px high"
        width, _height = _text_size(label, room.width())
        if width > room.width() + TOLERANCE:
            return f"a word needs {width} px but the label has {room.width()} px"
        return None
    width, height = _text_size(label, None)
    if width > room.width() + TOLERANCE:
        return f"its text needs {width} px but the label has {room.width()} px (not elided)"
    if height > room.height() + TOLERANCE:
        return f"its text needs {height} px of height but the label has {room.height()} px"
    return None


def _elided_label_problem(label: QLabel) -> str | None:
    shown = label.text()
    room = _label_room(label)
    advance = label.fontMetrics().horizontalAdvance(shown)
    if advance > room.width() + TOLERANCE:
        return f"even its elided text {shown!r} needs {advance} px but the label has {room.width()} px"
    if shown != label.fullText():  # type: ignore[attr-defined]
        if ELLIPSIS not in shown:
            return f"shows {shown!r} of {label.fullText()!r} without an ellipsis"  # type: ignore[attr-defined]
        if label.fullText() not in _plain(label.toolTip()):  # type: ignore[attr-defined]
            return f"elided to {shown!r} but its tooltip {label.toolTip()!r} lacks the whole text"
    if label.fontMetrics().height() > room.height() + TOLERANCE:
        return f"its line needs {label.fontMetrics().height()} px of height but the label has {room.height()} px"
    return None


def _label_room(label: QLabel) -> QRect:
    """Where a label may draw its text: inside margins, style-sheet padding, ``margin`` and ``indent``."""
    room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    indent = max(0, label.indent())
    return room.adjusted(indent, 0, 0, 0) if indent and not label.wordWrap() else room


def _text_size(label: QLabel, wrap_width: int | None) -> tuple[int, int]:
    """Width and height the label's text needs, laid out like the label does (rich text as a document)."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)
    )
    if rich or label.textFormat() == Qt.TextFormat.MarkdownText:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        if label.textFormat() == Qt.TextFormat.MarkdownText:
            document.setMarkdown(text)
        else:
            document.setHtml(text)
        if wrap_width is not None:
            document.setTextWidth(wrap_width)
        return math.ceil(document.idealWidth()), math.ceil(document.size().height())
    if label.buddy() is not None:
        text = _without_mnemonic(text)
    flags = int(label.alignment().value)
    if wrap_width is not None:
        flags |= Qt.TextFlag.TextWordWrap.value
    # Fractional advances: a label exactly as wide as the rounded-down width loses its last glyph's edge.
    bounds = QFontMetricsF(label.font()).boundingRect(QRectF(0, 0, wrap_width or 100_000, 100_000), flags, text)
    return math.ceil(bounds.width()), math.ceil(bounds.height())


# -- buttons -----------------------------------------------------------------------------


def _button_problem(button: QAbstractButton) -> str | None:
    text = _without_mnemonic(button.text())
    if not text.strip():
        return None
    metrics = button.fontMetrics()
    if isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return None
        needed = button.sizeHint().width()
        if button.width() + TOLERANCE < needed:
            return f"needs {needed} px for its text but is {button.width()} px wide"
        return None
    option = QStyleOptionButton()
    button.initStyleOption(option)  # type: ignore[attr-defined]
    if isinstance(button, QCheckBox):
        element = QStyle.SubElement.SE_CheckBoxContents
    elif isinstance(button, QRadioButton):
        element = QStyle.SubElement.SE_RadioButtonContents
    else:
        element = QStyle.SubElement.SE_PushButtonContents
    room = button.style().subElementRect(element, option, button)
    needed = metrics.horizontalAdvance(text)
    if isinstance(button, QPushButton):
        if not button.icon().isNull():
            needed += button.iconSize().width() + 4
        if button.menu() is not None:
            needed += button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    if needed > room.width() + TOLERANCE:
        return f"its text needs {needed} px but the style leaves it {room.width()} px"
    if metrics.height() > button.height() + TOLERANCE:
        return f"its text needs {metrics.height()} px of height but the button is {button.height()} px high"
    return None


# -- room ----------------------------------------------------------------------------------


def _squeezed_problem(widget: QWidget) -> str | None:
    """One of the app's own plain widgets (a chart, a row, a panel) given less room than it says it needs.

    Such a widget draws itself or lays out children; below its minimum size hint a
    chart's bars are cut off or its children are squeezed past their own minimums.
    Subclasses of Qt's specialised widgets (labels, editors, combo boxes) are measured
    by their own rules or scroll.
    """
    qt_base = next(cls for cls in type(widget).__mro__ if cls.__module__.startswith("PySide6"))
    if qt_base is type(widget) or qt_base not in (QWidget, QFrame):
        return None
    needed = widget.minimumSizeHint()
    policy = widget.sizePolicy()
    short = []
    if policy.horizontalPolicy() != QSizePolicy.Policy.Ignored and widget.width() + TOLERANCE < needed.width():
        short.append(f"{needed.width()} px wide")
    if policy.verticalPolicy() != QSizePolicy.Policy.Ignored and widget.height() + TOLERANCE < needed.height():
        short.append(f"{needed.height()} px high")
    return f"needs to be {' and '.join(short)} to show its content" if short else None


def _outside_parent_problem(widget: QWidget, root: QWidget) -> str | None:
    """A widget that sticks out of its parent is cut off by it (a button past a sidebar's edge)."""
    parent = widget.parentWidget()
    if widget is root or parent is None or widget.isWindow():
        return None
    if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
        # Scrolled content is larger than the viewport on purpose.
        return None
    outside = _overhang(widget.geometry(), parent.rect())
    if outside:
        return f"sticks out of its parent {describe(parent)} by {outside}"
    return None


def _overhang(inner: QRect, outer: QRect) -> str:
    sides = {
        "left": outer.left() - inner.left(),
        "top": outer.top() - inner.top(),
        "right": inner.right() - outer.right(),
        "bottom": inner.bottom() - outer.bottom(),
    }
    return ", ".join(f"{amount} px {side}" for side, amount in sides.items() if amount > TOLERANCE)


# -- helpers ---------------------------------------------------------------------------------


def _visible_widgets(root: QWidget) -> Iterator[QWidget]:
    for widget in root.findChildren(QWidget):
        if widget.isVisibleTo(root) and not widget.isWindow() and _sized(widget):
            yield widget


def _sized(widget: QWidget) -> bool:
    return widget.width() > 0 and widget.height() > 0


def _layout_widgets(layout: QLayout) -> Iterator[QWidget]:
    """The widgets a layout places, nested layouts included."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            yield item.widget()
        elif item.layout() is not None:
            yield from _layout_widgets(item.layout())


def _text(widget: QWidget) -> str:
    if hasattr(widget, "fullText"):
        return widget.fullText()  # type: ignore[attr-defined]
    if isinstance(widget, QLabel | QAbstractButton):
        return _plain(widget.text())
    return ""


def _plain(text: str) -> str:
    if not Qt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _without_mnemonic(text: str) -> str:
    """The text as shown: "&Save" shows "Save", "&&" shows "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + ELLIPSIS


def _rect(rect: QRect) -> str:
    return f"({rect.x()},{rect.y()} {rect.width()}×{rect.height()})"


def _path(widget: QWidget, root: QWidget) -> str:
    """The chain of named ancestors up to ``root``, e.g. ``ChatPanel > HistorySidebar``, and the window position."""
    if widget is root:
        return type(root).__name__
    names: list[str] = []
    current = widget.parentWidget()
    while current is not None and current is not root:
        # Qt's own inner widgets ("qt_tabwidget_stackedwidget") say nothing about where to look.
        name = current.accessibleName() or current.objectName()
        if name.startswith("qt_"):
            name = ""
        if name or not type(current).__module__.startswith("PySide6"):
            names.append(name or type(current).__name__)
        current = current.parentWidget()
    where = widget.mapTo(root, QPoint(0, 0))
    chain = " > ".join(reversed(names)) or type(root).__name__
    return f"{chain} @({where.x()},{where.y()})"
