"""What the Models page's tables share: how a table and its cells are made, and what a memory estimate says."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableWidget, QTableWidgetItem, QWidget

from app.core.models.downloads import format_bytes
from app.core.models.hardware import Hardware, MemoryEstimate
from app.ui.dialogs.questions import confirm

#: A memory estimate, whether its KV cache is exact, the context it is for → the fit and its tooltip.
FitDetail = Callable[[MemoryEstimate, bool, int], tuple[str | None, str]]
#: Sets a Download button's text, state and tooltip for a repository's file.
DownloadButtonSetter = Callable[[QPushButton, str, str], None]


def table_item(text: str, tooltip: str = "", align_right: bool = False, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if tooltip:
        item.setToolTip(tooltip)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def model_table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setHighlightSections(False)
    # Tab moves on to the next control, as everywhere else; the arrow keys move between rows.
    table.setTabKeyNavigation(False)
    return table


def fit_columns(table: QTableWidget, stretch: int) -> None:
    """Every column as wide as its contents, but ``stretch``, which takes the rest."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def memory_tooltip(estimate: MemoryEstimate, hardware: Hardware | None, n_ctx: int, exact_kv: bool) -> str:
    kv = "KV cache" if exact_kv else "KV cache (rough: the model's dimensions are not known yet)"
    lines = [
        f"About {format_bytes(estimate.total)} to run at {n_ctx:,} tokens of context:",
        f"  weights {format_bytes(estimate.weights)} + {kv} {format_bytes(estimate.kv_cache)}"
        f" + overhead {format_bytes(estimate.overhead)}",
    ]
    if hardware is not None:
        lines.append(f"This computer: {hardware.describe()}")
    return "\n".join(lines)


def confirm_wont_fit(parent: QWidget, name: str, detail: str) -> bool:
    """Ask before downloading what probably won't fit in memory; True: download anyway."""
    return confirm(
        parent,
        "Probably too big for this computer",
        f"{name} probably won't fit in this computer's memory.\n\n{detail}\n\n"
        "A smaller quantization, a smaller model or a lower context cap would. Download anyway?",
    )
