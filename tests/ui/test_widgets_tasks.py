"""The task panels' custom widgets: probability bars, the confusion heat-map, the model picker, action buttons,
message lines."""

from pathlib import Path

import pytest
from helpers.layout_checks import clipping_problems
from helpers.widgets import find
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.core.models.directory import ModelDirectory
from app.core.models.library import ModelLibrary
from app.core.providers import ProviderConfig, ProviderStore
from app.core.secrets import SecretStore
from app.ui.widgets.buttons import action_button
from app.ui.widgets.confusion_heatmap import ConfusionHeatmap
from app.ui.widgets.elided_label import ElidedLabel
from app.ui.widgets.message_label import message_label
from app.ui.widgets.model_picker import PROVIDERS_LINK, ModelPicker
from app.ui.widgets.probability_bars import NO_PROBABILITIES_TEXT, ProbabilityBars


def pixel(widget, point: QPoint) -> QColor:  # noqa: ANN001 (any widget)
    image: QImage = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(point.x() * ratio), round(point.y() * ratio))


def test_bars_paint_one_row_per_label_and_describe_themselves(qtbot: QtBot) -> None:
    bars = ProbabilityBars()
    qtbot.addWidget(bars)
    bars.resize(400, 10)
    bars.set_probabilities({"positive": 0.75, "negative": 0.25}, ["positive"])
    bars.resize(400, bars.sizeHint().height())
    bars.show()
    assert bars.probabilities == {"positive": 0.75, "negative": 0.25}
    assert bars.accessibleDescription() == "positive 75.0 percent, negative 25.0 percent"
    assert bars.sizeHint().height() > 2 * bars.fontMetrics().height()
    bars.grab()  # paints without a warning

    bars.show_message()
    assert bars.probabilities == {}
    assert bars.message == NO_PROBABILITIES_TEXT
    assert bars.accessibleDescription() == NO_PROBABILITIES_TEXT


def test_heatmap_cells_follow_the_counts_and_a_click_names_the_cell(qtbot: QtBot) -> None:
    heatmap = ConfusionHeatmap()
    qtbot.addWidget(heatmap)
    heatmap.resize(360, 300)
    heatmap.show()
    labels = ["positive", "negative"]
    heatmap.set_matrix(labels, labels, [[8, 2], [0, 5]])
    assert heatmap.count(0, 1) == 2
    # Empty cells are the plain background; the fullest cell is the strongest colour.
    assert heatmap.cell_color(1, 0) == heatmap.palette().base().color()
    assert heatmap.cell_color(0, 0).lightness() < heatmap.cell_color(1, 1).lightness()
    assert heatmap.cell_color(0, 1).red() > heatmap.cell_color(0, 1).green(), "mistakes are red"
    assert heatmap.cell_color(0, 0).green() > heatmap.cell_color(0, 0).red(), "right answers are green"
    rect = heatmap.cell_rect(0, 1)
    assert pixel(heatmap, rect.topLeft() + QPoint(3, 3)) == heatmap.cell_color(0, 1)
    assert "gold positive, predicted negative: 2" in heatmap.accessibleDescription()

    with qtbot.waitSignal(heatmap.cell_activated) as blocker:
        qtbot.mouseClick(heatmap, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["positive", "negative"]

    # The keyboard reaches every cell too.
    heatmap.setFocus()
    qtbot.keyClick(heatmap, Qt.Key.Key_Down)
    qtbot.keyClick(heatmap, Qt.Key.Key_Left)
    with qtbot.waitSignal(heatmap.cell_activated) as blocker:
        qtbot.keyClick(heatmap, Qt.Key.Key_Return)
    assert blocker.args == ["negative", "positive"]


def test_heatmap_rejects_a_ragged_matrix(qtbot: QtBot) -> None:
    heatmap = ConfusionHeatmap()
    qtbot.addWidget(heatmap)
    with pytest.raises(ValueError, match="one row per gold label"):
        heatmap.set_matrix(["a", "b"], ["a", "b"], [[1, 2]])


def test_picker_lists_models_follows_the_badge_and_explains_when_none_can_run(
    qtbot: QtBot, models: ModelDirectory, providers: ProviderStore, secrets: SecretStore, tmp_path: Path
) -> None:
    providers.upsert(ProviderConfig("openai", "openai", models=["gpt-4o-mini"]))
    secrets.set("provider:openai", "sk-test-0123456789abcdef")
    picker = ModelPicker(models, "Some model")
    qtbot.addWidget(picker)
    picker.show()
    changed: list[str] = []
    picker.model_changed.connect(changed.append)
    picker.populate(["openai:gpt-4o-mini"])
    badge = find(picker, QLabel, "Privacy")
    assert picker.model_id == "openai:gpt-4o-mini" and picker.is_remote and picker.can_run
    assert badge.text() == "Sent to OpenAI"
    assert changed == ["openai:gpt-4o-mini"]
    picker.populate(["local:missing"])
    assert picker.model_id == "local:fake" and not picker.is_remote
    assert badge.fullText() == "Stays on this computer"
    # The longer text is elided to the old width until the layout, on the event loop, widens the badge.
    qtbot.waitUntil(lambda: badge.text() == "Stays on this computer")
    assert picker.notice("translate") == ""

    nothing = ModelDirectory(ModelLibrary(tmp_path / "none", None), ProviderStore(tmp_path / "p.json"), secrets)
    empty = ModelPicker(nothing)
    qtbot.addWidget(empty)
    empty.populate()
    assert empty.model_id is None and not empty.can_run
    notice = empty.notice("translate")
    assert "No model is installed" in notice and "To translate with a model behind an API" in notice
    assert PROVIDERS_LINK in notice


def test_under_the_app_style_a_layout_never_squeezes_a_button_below_its_text(qtbot: QtBot, app_style: None) -> None:
    row = QWidget()
    qtbot.addWidget(row)
    layout = QHBoxLayout(row)
    buttons = [action_button(text, text, text) for text in ("Show in folder", "Delete model", "Import model…")]
    for button in buttons:
        layout.addWidget(button)
    layout.addWidget(ElidedLabel("A status line that may be as long as it likes"), 1)
    row.show()
    qtbot.waitExposed(row)
    row.resize(200, 40)
    qtbot.wait(10)
    assert clipping_problems(row) == []
    assert all(b.width() >= b.fontMetrics().horizontalAdvance(b.text()) + 28 for b in buttons)


def test_a_message_line_starts_hidden_wraps_and_is_styled_as_a_notice_or_an_error(qtbot: QtBot) -> None:
    plain, error, linked = (
        message_label("Batch notes"),
        message_label("Form error", error=True, selectable=True),
        message_label("Compare notice", selectable=True, links=True),
    )
    default = QLabel()
    for label in (plain, error, linked, default):
        qtbot.addWidget(label)
    assert [label.objectName() for label in (plain, error, linked)] == ["notice", "formError", "notice"]
    assert [label.accessibleName() for label in (plain, error, linked)] == [
        "Batch notes",
        "Form error",
        "Compare notice",
    ]
    assert all(label.isHidden() and label.wordWrap() for label in (plain, error, linked))
    # Neither selectable nor links: the style's own default, as for any label.
    assert plain.textInteractionFlags() == default.textInteractionFlags()
    assert error.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    assert linked.textInteractionFlags() == (
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
    )
