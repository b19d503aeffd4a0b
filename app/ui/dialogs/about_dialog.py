"""Help → About: versions, the licence, and where Plinth keeps its data."""

from __future__ import annotations

import html
from pathlib import Path

import PySide6
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

import app
from app.core.diagnostics import LLAMA_DIST, package_version

LICENCE = "MIT"
#: Narrowest the dialog gets: the versions table and a data folder path stay readable.
MIN_WIDTH = 420


def qt_versions() -> tuple[str, str]:
    """(Qt, PySide6) versions, for the diagnostics core cannot gather without Qt."""
    return qVersion(), PySide6.__version__


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Plinth"))
        qt, pyside = qt_versions()
        llama = package_version(LLAMA_DIST) or self.tr("not installed")
        self.versions = {"Plinth": app.__version__, "Qt": qt, "PySide6": pyside, "llama-cpp-python": llama}
        rows = "".join(
            f"<tr><td>{html.escape(name)}</td><td>&nbsp;{html.escape(v)}</td></tr>" for name, v in self.versions.items()
        )
        text = (
            f"<h3>Plinth {html.escape(app.__version__)}</h3>"
            "<p>"
            + self.tr(
                "A desktop workbench for language models: run open models on this "
                "computer, or use a model behind an API, side by side."
            )
            + f"</p><table>{rows}</table><p>"
            + self.tr("Licence: {licence}.").format(licence=LICENCE)
            + "</p>"
        )
        self.text_label = QLabel(text)
        self.text_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        self.data_link: QLabel | None = None
        if data_dir is not None:
            url = QUrl.fromLocalFile(str(data_dir)).toString()
            link = f'<a href="{html.escape(url)}">{html.escape(str(data_dir))}</a>'
            self.data_link = QLabel(self.tr("Data folder: {link}").format(link=link))
            self.data_link.setOpenExternalLinks(True)
            self.data_link.setWordWrap(True)
            layout.addWidget(self.data_link)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # A window's minimum comes from its layout, which forgets that wrapped text grows taller as the window
        # narrows: at that minimum the text was cut off. Measured polished, in the fonts it is shown in.
        self.ensurePolished()
        self.setMinimumSize(MIN_WIDTH, layout.totalHeightForWidth(MIN_WIDTH))
