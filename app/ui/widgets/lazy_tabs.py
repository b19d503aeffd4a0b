"""A tab widget whose pages are built when first shown, so a window builds only the tab it opens on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTabWidget(QTabWidget):
    """Tabs holding an empty placeholder until their page is first shown (:meth:`build`) or asked for
    (:meth:`page`); then the page takes the placeholder's place.

    Each tab has a key (its English title, which code and the settings use) apart from the title it shows
    (translated): :meth:`key`, :meth:`index_of` and :meth:`page` go by the key.

    Swapping a placeholder for its page leaves the current tab where it is: ``currentChanged`` is not emitted
    for it, and no neighbouring page is shown in between.

    Signals: those of QTabWidget.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Tab key → what builds its page, until it is built.
        self._builders: dict[str, Callable[[], QWidget]] = {}

    def add_lazy_tab(self, key: str, build: Callable[[], QWidget], title: str | None = None) -> None:
        """A tab keyed ``key``, showing ``title`` (``key`` when None), whose page ``build()`` makes when it is
        first needed."""
        self._builders[key] = build
        index = self.addTab(QWidget(), key if title is None else title)
        self.tabBar().setTabData(index, key)

    def key(self, index: int) -> str:
        """The key of the tab at ``index`` (its title when it was added without one)."""
        data = self.tabBar().tabData(index)
        return data if isinstance(data, str) else self.tabText(index)

    def page(self, key: str) -> QWidget | None:
        """The tab's page, built now if it was not yet; None: there is no such tab."""
        index = self.index_of(key)
        if index < 0:
            return None
        self.build(index)
        return self.widget(index)

    def index_of(self, key: str) -> int:
        """The tab keyed ``key``; -1: none is."""
        return next((index for index in range(self.count()) if self.key(index) == key), -1)

    def build(self, index: int) -> None:
        """Puts the tab's page in place of its placeholder, if it is not built yet."""
        key = self.key(index)
        build = self._builders.pop(key, None)
        if build is None:
            return
        try:
            page = build()
        except BaseException:
            # Not built: the next time the tab is shown or asked for tries again.
            self._builders[key] = build
            raise
        placeholder = self.widget(index)
        shown = self.currentIndex() == index
        # The page goes in before the placeholder leaves, so the current tab never moves to a neighbour
        # (whose showEvent would run); listeners of currentChanged see no change of tab.
        blocked = self.blockSignals(True)
        try:
            self.insertTab(index, page, self.tabText(index))
            self.tabBar().setTabData(index, key)
            if shown:
                self.setCurrentIndex(index)
            self.removeTab(index + 1)
        finally:
            self.blockSignals(blocked)
        placeholder.deleteLater()
