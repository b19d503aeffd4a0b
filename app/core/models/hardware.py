"""This machine's memory and disk, and whether a model will fit in them.

An estimate is weights (the file's size: llama.cpp maps it whole) plus the KV
cache at the context Plinth will open (f16 keys and values for every layer)
plus an overhead for compute buffers. It is compared with the memory that is
available now, not the total, since that is what a model load gets.

VRAM is read from ``nvidia-smi`` when it is installed; other GPUs are
"unknown" rather than guessed, because a wrong number here is worse than none.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from app.core.models.catalogue import BITS_PER_WEIGHT, CatalogEntry, KvShape
from app.core.models.downloads import format_bytes
from app.core.ui_text import ui_text

if TYPE_CHECKING:
    from app.core.models.gguf import GGUFInfo

log = logging.getLogger(__name__)

Fit = Literal["fits", "tight", "won't fit"]
FITS: Fit = "fits"
TIGHT: Fit = "tight"
WONT_FIT: Fit = "won't fit"

MiB = 1024**2
#: f16 keys and values: two bytes per element.
KV_BYTES_PER_ELEMENT = 2
#: Compute buffers, the tokenizer and the engine's own process, whatever the model.
OVERHEAD_BASE = 256 * MiB
#: Scratch buffers grow with the model's width, which grows with its size.
OVERHEAD_FRACTION = 0.05
#: A model "fits" when its estimate leaves this share of the budget free: the
#: rest of the desktop needs memory too, and estimates are estimates.
HEADROOM = 0.8
#: KV-cache bytes per token per billion parameters when a model's dimensions are
#: unknown (a Hub file not yet opened): between grouped-query models (~16 KiB)
#: and older full-attention ones (~76 KiB).
FALLBACK_KV_PER_TOKEN_PER_B = 40 * 1024
NVIDIA_SMI_TIMEOUT_S = 3.0


@dataclass(frozen=True)
class GpuInfo:
    name: str
    total_bytes: int
    free_bytes: int


@dataclass(frozen=True)
class Hardware:
    total_ram: int
    available_ram: int
    #: None: no GPU memory could be read (no NVIDIA driver tools), shown as "unknown".
    gpu: GpuInfo | None
    #: Free space where models are saved; None when the folder cannot be checked.
    disk_free: int | None

    def budget(self, offload: bool) -> int:
        """Memory a model may use: available RAM, plus free VRAM when layers are offloaded."""
        if offload and self.gpu is not None:
            return self.available_ram + self.gpu.free_bytes
        return self.available_ram

    def describe(self) -> str:
        gpu = (
            ui_text(
                "{name}, {free} free of {total}",
                name=self.gpu.name,
                free=format_bytes(self.gpu.free_bytes),
                total=format_bytes(self.gpu.total_bytes),
            )
            if self.gpu
            else ui_text("unknown")
        )
        disk = (
            ui_text("{free} free", free=format_bytes(self.disk_free))
            if self.disk_free is not None
            else ui_text("unknown")
        )
        return ui_text(
            "RAM {free} free of {total} · GPU memory: {gpu} · Disk: {disk}",
            free=format_bytes(self.available_ram),
            total=format_bytes(self.total_ram),
            gpu=gpu,
            disk=disk,
        )


@dataclass(frozen=True)
class MemoryEstimate:
    weights: int
    kv_cache: int
    overhead: int

    @property
    def total(self) -> int:
        return self.weights + self.kv_cache + self.overhead


#: ``subprocess.run``, or a stand-in; called with ``text=True``, so the output is a str.
Runner = Callable[..., subprocess.CompletedProcess[str]]


def detect_hardware(models_dir: Path, nvidia_smi: str | None = None, run: Runner = subprocess.run) -> Hardware:
    """This machine's numbers now; ``nvidia_smi`` None looks the tool up on PATH."""
    import psutil

    memory = psutil.virtual_memory()
    return Hardware(
        total_ram=int(memory.total),
        available_ram=int(memory.available),
        gpu=query_nvidia(nvidia_smi or shutil.which("nvidia-smi"), run),
        disk_free=_disk_free(models_dir),
    )


def query_nvidia(nvidia_smi: str | None, run: Runner = subprocess.run) -> GpuInfo | None:
    """Total and free memory of the NVIDIA GPUs together; None when unreadable."""
    if not nvidia_smi:
        return None
    try:
        out = run(
            [nvidia_smi, "--query-gpu=name,memory.total,memory.free", "--format=csv,noheader,nounits"],
            capture_output=True,
            text=True,
            timeout=NVIDIA_SMI_TIMEOUT_S,
            check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        log.info("nvidia-smi gave no GPU memory: %s", exc)
        return None
    names, total, free = [], 0, 0
    for line in out.strip().splitlines():
        parts = [p.strip() for p in line.split(",")]
        try:
            total += int(float(parts[1]) * MiB)
            free += int(float(parts[2]) * MiB)
        except (IndexError, ValueError):
            log.info("Unexpected nvidia-smi line: %r", line)
            return None
        names.append(parts[0])
    if not names:
        return None
    name = names[0] if len(names) == 1 else f"{names[0]} ×{len(names)}"
    return GpuInfo(name, total, free)


def _disk_free(path: Path) -> int | None:
    # The models folder may not exist yet; its nearest existing parent is on the same disk.
    for candidate in (path, *path.parents):
        if candidate.exists():
            try:
                return shutil.disk_usage(candidate).free
            except OSError:
                return None
    return None


def kv_cache_bytes(shape: KvShape, n_ctx: int) -> int:
    """Keys and values (2 ×) for every layer, context position, KV head and head dimension."""
    return 2 * shape.n_layers * n_ctx * shape.n_kv_heads * shape.head_dim * KV_BYTES_PER_ELEMENT


def estimate_memory(
    weights_bytes: int, n_ctx: int, shape: KvShape | None = None, params_b: float | None = None
) -> MemoryEstimate:
    """Memory to run a model file at ``n_ctx`` tokens of context.

    Without ``shape`` (dimensions unknown) the KV cache is a rough per-parameter
    figure; ``params_b`` then defaults to what an 8-bit file of this size holds.
    """
    if shape is not None:
        kv = kv_cache_bytes(shape, n_ctx)
    else:
        params = params_b if params_b is not None else weights_bytes * 8 / BITS_PER_WEIGHT["Q8_0"] / 1e9
        kv = round(FALLBACK_KV_PER_TOKEN_PER_B * params * n_ctx)
    overhead = OVERHEAD_BASE + round(OVERHEAD_FRACTION * weights_bytes)
    return MemoryEstimate(weights_bytes, kv, overhead)


def fit(estimate: MemoryEstimate | int, hardware: Hardware, offload: bool = False) -> Fit:
    need = estimate.total if isinstance(estimate, MemoryEstimate) else estimate
    budget = hardware.budget(offload)
    if need <= HEADROOM * budget:
        return FITS
    if need <= budget:
        return TIGHT
    return WONT_FIT


def context_for(model_context: int | None, context_cap: int) -> int:
    """The context the local engine opens: the model's own, capped by the setting."""
    return min(model_context, context_cap) if model_context else context_cap


def entry_estimate(entry: CatalogEntry, quant: str, context_cap: int) -> MemoryEstimate:
    return estimate_memory(
        entry.size_bytes(quant), context_for(entry.context_length, context_cap), entry.arch, entry.params_b
    )


def recommend_quant(entry: CatalogEntry, hardware: Hardware, context_cap: int, offload: bool = False) -> str:
    """The best quality that fits comfortably; else the smallest that fits at all; else the smallest."""
    by_quality = sorted(entry.quants, key=lambda q: BITS_PER_WEIGHT.get(q.upper(), 8.5), reverse=True)
    fits = {q: fit(entry_estimate(entry, q, context_cap), hardware, offload) for q in by_quality}
    for quant in by_quality:
        if fits[quant] == FITS:
            return quant
    for quant in reversed(by_quality):
        if fits[quant] == TIGHT:
            return quant
    return by_quality[-1]


def kv_shape_from_gguf(info: GGUFInfo) -> KvShape | None:
    """The KV dimensions in a GGUF header, or None when it does not say."""
    arch, meta = info.architecture, info.metadata
    layers = meta.get(f"{arch}.block_count")
    heads = meta.get(f"{arch}.attention.head_count")
    kv_heads = meta.get(f"{arch}.attention.head_count_kv", heads)
    # Some architectures give one count per layer; the largest sizes the cache safely.
    heads, kv_heads = (max(v) if isinstance(v, list) and v else v for v in (heads, kv_heads))
    head_dim = meta.get(f"{arch}.attention.key_length")
    if not isinstance(head_dim, int):
        width = meta.get(f"{arch}.embedding_length")
        head_dim = width // heads if isinstance(width, int) and isinstance(heads, int) and heads else None
    if not (isinstance(layers, int) and isinstance(kv_heads, int) and isinstance(head_dim, int)):
        return None
    if min(layers, kv_heads, head_dim) <= 0:
        return None
    return KvShape(layers, kv_heads, head_dim)
