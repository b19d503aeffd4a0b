"""The Adapt tab's page, building its view the first time it is shown: the Classify tab opens as fast as before."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from app.core.models.directory import ModelDirectory
    from app.ui.panels.adaptation.services import AdaptationServices
    from app.ui.panels.adaptation.view import AdaptationView


class AdaptPage(QWidget):
    """Holds an ``AdaptationView``, made on first show (or when ``view`` is asked for).

    Signals:
        classifier_saved(str): the view saved a classifier; its model id.
    """

    classifier_saved = Signal(str)

    def __init__(
        self,
        models: ModelDirectory,
        services: AdaptationServices,
        state: dict[str, Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Adapt"))
        self._args = (models, services, state)
        self._view: AdaptationView | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._view is not None

    @property
    def view(self) -> AdaptationView:
        if self._view is None:
            from app.ui.panels.adaptation.view import AdaptationView

            self._view = AdaptationView(*self._args)
            self._view.classifier_saved.connect(self.classifier_saved)
            self._layout.addWidget(self._view)
            # Added to a page being shown: a child that comes later is shown explicitly.
            self._view.show()
        return self._view

    @property
    def active_model_ids(self) -> set[str]:
        return self._view.active_model_ids if self._view is not None else set()

    def refresh_models(self) -> None:
        if self._view is not None:
            self._view.refresh_models()

    def shutdown(self) -> None:
        if self._view is not None:
            self._view.shutdown()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        self.view  # noqa: B018 (built on first show)
        super().showEvent(event)
