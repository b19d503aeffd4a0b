"""The chat's sampling settings beside the model picker: temperature and the longest answer."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox, QWidget

from app.core.settings import Settings
from app.core.tasks.chat import ChatParams
from app.ui.widgets.layouts import NO_MARGINS, buddy, hbox


class ChatParamsBar(QWidget):
    """Temperature and Max tokens, kept in the ``Settings`` as they change (the window saves them).

    Signals: none.
    """

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._temperature = QDoubleSpinBox()
        self._temperature.setAccessibleName(self.tr("Temperature"))
        self._temperature.setRange(0.0, 2.0)
        self._temperature.setSingleStep(0.1)
        self._temperature.setDecimals(2)
        self._temperature.setValue(settings.temperature)
        self._temperature.setToolTip(self.tr("Higher is more varied, lower is more focused."))
        temperature_label = buddy(self.tr("&Temperature"), self._temperature)

        self._max_tokens = QSpinBox()
        self._max_tokens.setAccessibleName(self.tr("Max tokens"))
        self._max_tokens.setRange(1, 32768)
        self._max_tokens.setSingleStep(128)
        self._max_tokens.setValue(settings.max_tokens)
        self._max_tokens.setToolTip(self.tr("The longest answer, in tokens."))
        max_tokens_label = buddy(self.tr("Ma&x tokens"), self._max_tokens)

        for label in (temperature_label, max_tokens_label):
            # Text widths are fractional and the size hint rounds down: the last glyph got clipped.
            label.setMinimumWidth(label.sizeHint().width() + 2)
        hbox(
            temperature_label,
            self._temperature,
            8,
            max_tokens_label,
            self._max_tokens,
            parent=self,
            margins=NO_MARGINS,
            spacing=8,
        )
        self._temperature.valueChanged.connect(self._on_temperature_value_changed)
        self._max_tokens.valueChanged.connect(self._on_max_tokens_value_changed)

    @property
    def params(self) -> ChatParams:
        return ChatParams(temperature=self._temperature.value(), max_tokens=self._max_tokens.value())

    def set_params(self, params: ChatParams) -> None:
        self._temperature.setValue(params.temperature)
        self._max_tokens.setValue(params.max_tokens)

    @Slot(float)
    def _on_temperature_value_changed(self, value: float) -> None:
        self._settings.temperature = value

    @Slot(int)
    def _on_max_tokens_value_changed(self, value: int) -> None:
        self._settings.max_tokens = value
