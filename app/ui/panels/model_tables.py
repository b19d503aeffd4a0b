"""What the Models page's tables share: how a table and its cells are made, and what a memory estimate says."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableWidget, QTableWidgetItem, QWidget

from app.core.models.hardware import Hardware, MemoryEstimate
from app.ui.dialogs.questions import confirm
from app.ui.i18n import integer, size, translate

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


def hardware_text(hardware: Hardware) -> str:
    """This computer's memory and disk, in the window's language (``Hardware.describe`` for the window)."""
    unknown = translate("ModelTables", "unknown")
    if hardware.gpu is not None:
        #: A GPU's name, then its free and total memory.
        gpu = translate("ModelTables", "{gpu}, {free} free of {total}").format(
            gpu=hardware.gpu.name, free=size(hardware.gpu.free_bytes), total=size(hardware.gpu.total_bytes)
        )
    else:
        gpu = unknown
    if hardware.disk_free is not None:
        disk = translate("ModelTables", "{free} free").format(free=size(hardware.disk_free))
    else:
        disk = unknown
    return translate("ModelTables", "RAM {free} free of {total} · GPU memory: {gpu} · Disk: {disk}").format(
        free=size(hardware.available_ram), total=size(hardware.total_ram), gpu=gpu, disk=disk
    )


def memory_tooltip(estimate: MemoryEstimate, hardware: Hardware | None, n_ctx: int, exact_kv: bool) -> str:
    if exact_kv:
        kv = translate("ModelTables", "KV cache")
    else:
        kv = translate("ModelTables", "KV cache (rough: the model's dimensions are not known yet)")
    lines = [
        translate("ModelTables", "About {size} to run at {tokens} tokens of context:").format(
            size=size(estimate.total), tokens=integer(n_ctx)
        ),
        #: How a memory estimate adds up; {kv} is "KV cache", or that with a note.
        translate("ModelTables", "  weights {weights} + {kv} {kv_size} + overhead {overhead}").format(
            weights=size(estimate.weights), kv=kv, kv_size=size(estimate.kv_cache), overhead=size(estimate.overhead)
        ),
    ]
    if hardware is not None:
        lines.append(translate("ModelTables", "This computer: {hardware}").format(hardware=hardware_text(hardware)))
    return "\n".join(lines)


def confirm_wont_fit(parent: QWidget, name: str, detail: str) -> bool:
    """Ask before downloading what probably won't fit in memory; True: download anyway."""
    return confirm(
        parent,
        translate("ModelTables", "Probably too big for this computer"),
        translate(
            "ModelTables",
            "{name} probably won't fit in this computer's memory.\n\n{detail}\n\n"
            "A smaller quantization, a smaller model or a lower context cap would. Download anyway?",
        ).format(name=name, detail=detail),
    )
