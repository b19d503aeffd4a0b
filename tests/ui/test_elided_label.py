"""The shared elided label: shows what fits, never cuts silently, gives the whole text in a tooltip."""

from PySide6.QtWidgets import QHBoxLayout, QWidget

from app.ui.widgets.elided_label import ElidedLabel
from app.ui.widgets.privacy_badge import LOCAL_TEXT, PrivacyBadge

LONG = "Sent to smolsrv (http://127.0.0.1:53127/v1) and a few more words that cannot fit"


def test_a_short_label_shows_everything_and_no_tooltip(qtbot):
    label = ElidedLabel("Short")
    qtbot.addWidget(label)
    label.resize(300, 30)
    label.show()
    assert label.text() == "Short"
    assert not label.isElided()
    assert label.toolTip() == ""


def test_a_narrow_label_elides_and_the_tooltip_has_the_whole_text(qtbot):
    label = ElidedLabel(LONG)
    qtbot.addWidget(label)
    label.resize(120, 30)
    label.show()
    assert label.isElided()
    assert label.text().endswith("…")
    assert label.fullText() == LONG
    assert label.toolTip() == LONG
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    # Widening it brings the whole text back.
    label.resize(label.fontMetrics().horizontalAdvance(LONG) + 20, 30)
    assert label.text() == LONG
    assert label.toolTip() == ""


def test_an_own_tooltip_is_kept_and_never_hides_what_was_cut(qtbot):
    label = ElidedLabel(LONG)
    qtbot.addWidget(label)
    label.setToolTip("Explained")
    label.resize(80, 30)
    label.show()
    assert label.isElided()
    assert label.toolTip() == f"{LONG}\nExplained"
    label.resize(label.fontMetrics().horizontalAdvance(LONG) + 20, 30)
    assert label.toolTip() == "Explained"
    # A tooltip that already holds the whole text is not repeated.
    label.setToolTip(f"{LONG}: explained")
    label.resize(80, 30)
    assert label.toolTip() == f"{LONG}: explained"


def test_a_layout_can_shrink_it_below_its_text(qtbot):
    row = QWidget()
    qtbot.addWidget(row)
    layout = QHBoxLayout(row)
    label = ElidedLabel(LONG)
    layout.addWidget(label)
    assert label.minimumSizeHint().width() < label.fontMetrics().horizontalAdvance(LONG) // 4
    row.resize(150, 40)
    row.show()
    qtbot.waitExposed(row)
    assert label.width() <= 150
    assert label.isElided()


def test_the_privacy_badge_elides_and_names_the_destination(qtbot):
    badge = PrivacyBadge()
    qtbot.addWidget(badge)
    badge.set_destination("smolsrv (http://127.0.0.1:53127/v1)")
    badge.resize(140, 26)
    badge.show()
    assert badge.isElided()
    assert badge.fullText() == "Sent to smolsrv (http://127.0.0.1:53127/v1)"
    assert badge.toolTip().startswith("Sent to smolsrv (http://127.0.0.1:53127/v1):")


def test_the_privacy_badge_takes_its_parent(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    badge = PrivacyBadge(parent)
    assert badge.parentWidget() is parent
    assert badge.fullText() == LOCAL_TEXT
    assert badge.toolTip().startswith(f"{LOCAL_TEXT}:")
