"""The window's tabs: one panel per task, the Compare workspace and the Models page.

:class:`Panel` is what the main window asks of every one of them.
"""

from __future__ import annotations

from typing import Protocol


class Panel(Protocol):
    """What the main window asks of each tab's panel (a QWidget, the tab's page)."""

    def refresh_models(self) -> None:
        """The models that can run changed — local models added or removed, providers edited, the offline
        switch flipped: re-read them, keeping what is picked where it can still run."""

    @property
    def active_model_ids(self) -> set[str]:
        """The models working for this panel right now: the window keeps their engines while it closes idle ones."""

    def shutdown(self) -> None:
        """The window is closing: stop what runs and wait for it, or let it end in the background."""
