"""Local model settings: context cap, threads and, only on builds that can offload, GPU layers."""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QTimer, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.diagnostics import GpuProbe, GpuSupport
from app.core.settings import Settings
from app.ui.dialogs._fit import fit_height
from app.ui.i18n import core_text

POLL_MS = 200
MAX_GPU_LAYERS = 999  # more than any model has: "all layers"


class ModelSettingsDialog(QDialog):
    """Edits ``settings`` in place when accepted; the caller saves them and restarts local engines.

    The GPU-layers row appears only once the probe says this llama.cpp build
    can offload; until it answers, a line says it is being checked.
    """

    def __init__(self, settings: Settings, gpu_probe: GpuProbe, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Model settings"))
        self._settings = settings
        self._probe = gpu_probe

        self.context_cap = QSpinBox()
        self.context_cap.setRange(512, 1_048_576)
        self.context_cap.setSingleStep(1024)
        self.context_cap.setValue(settings.context_cap)
        self.context_cap.setSuffix(" " + self.tr("tokens", "unit after the context size"))
        self.context_cap.setToolTip(
            self.tr("Upper bound on a local model's context window; memory for the cache grows with it.")
        )
        self.threads = QSpinBox()
        self.threads.setRange(0, max(os.cpu_count() or 1, settings.n_threads or 0))
        self.threads.setSpecialValueText(self.tr("Automatic (one per physical core)"))
        self.threads.setValue(settings.n_threads or 0)
        self.gpu_layers = QSpinBox()
        self.gpu_layers.setRange(0, MAX_GPU_LAYERS)
        self.gpu_layers.setSpecialValueText(self.tr("None (CPU only)"))
        self.gpu_layers.setValue(max(0, min(settings.n_gpu_layers, MAX_GPU_LAYERS)))
        self.gpu_layers.setToolTip(
            self.tr("Layers to run on the GPU; {all} puts every layer there.").format(all=MAX_GPU_LAYERS)
        )
        self.gpu_status = QLabel()
        self.gpu_status.setWordWrap(True)

        self._form = QFormLayout()
        # Apart, so that the fields' frames never touch whatever the style makes of their height.
        self._form.setVerticalSpacing(10)
        rows = (
            (self.tr("&Context cap:"), self.tr("Context cap"), self.context_cap),
            (self.tr("&Threads:"), self.tr("Threads"), self.threads),
            (self.tr("&GPU layers:"), self.tr("GPU layers"), self.gpu_layers),
        )
        for text, name, field in rows:
            # A screen reader names the field; Alt and the underlined letter reach it.
            field.setAccessibleName(name)
            label = QLabel(text)
            label.setBuddy(field)
            self._form.addRow(label, field)
        self._form.setRowVisible(self.gpu_layers, False)
        note = QLabel(self.tr("Changes apply the next time a local model starts; idle models restart with them."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self.gpu_status)
        layout.addWidget(note)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._probe.start()
        self._show_gpu(self._probe.result())

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # The probe's answer wraps to several lines once it comes: keep room for them.
        fit_height(self, event)
        return handled

    @property
    def gpu_layers_offered(self) -> bool:
        return self._form.isRowVisible(self.gpu_layers)

    def _show_gpu(self, gpu: GpuSupport | None) -> None:
        if gpu is None:
            self.gpu_status.setText(self.tr("Checking whether this llama.cpp build can use a GPU…"))
            self._timer.start()
            return
        self._timer.stop()
        self._form.setRowVisible(self.gpu_layers, gpu.supported is True)
        if gpu.supported:
            self.gpu_status.setText(self.tr("GPU offload: supported by this llama.cpp build."))
        elif gpu.supported is False:
            self.gpu_status.setText(
                self.tr(
                    "GPU offload: not supported by this llama.cpp build, so models run on the CPU. "
                    "README → GPU acceleration explains how to install a CUDA, Metal or Vulkan build."
                )
            )
        else:
            self.gpu_status.setText(self.tr("GPU offload: {state}.").format(state=core_text(gpu.text)))

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._show_gpu(self._probe.result())

    def accept(self) -> None:
        self._settings.context_cap = self.context_cap.value()
        self._settings.n_threads = self.threads.value() or None
        if self.gpu_layers_offered:
            self._settings.n_gpu_layers = self.gpu_layers.value()
        super().accept()
