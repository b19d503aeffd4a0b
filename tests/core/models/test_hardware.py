import subprocess
from pathlib import Path

import psutil
import pytest

from app.core.models.catalogue import Catalog, KvShape
from app.core.models.gguf import read_gguf
from app.core.models.hardware import (
    FITS,
    TIGHT,
    WONT_FIT,
    GpuInfo,
    Hardware,
    MiB,
    context_for,
    detect_hardware,
    entry_estimate,
    estimate_memory,
    fit,
    kv_cache_bytes,
    kv_shape_from_gguf,
    query_nvidia,
    recommend_quant,
)

GB = 10**9
LLAMA_8B = KvShape(n_layers=32, n_kv_heads=8, head_dim=128)


def machine(available_gb: float, gpu_free_gb: float | None = None) -> Hardware:
    gpu = GpuInfo("Test GPU", int(24 * GB), int(gpu_free_gb * GB)) if gpu_free_gb is not None else None
    return Hardware(total_ram=32 * GB, available_ram=int(available_gb * GB), gpu=gpu, disk_free=100 * GB)


def test_kv_cache_is_keys_and_values_for_every_layer_position_and_head() -> None:
    # 2 (K and V) × 32 layers × 8192 positions × 8 KV heads × 128 dims × 2 bytes = exactly 1 GiB.
    assert kv_cache_bytes(LLAMA_8B, 8192) == 1_073_741_824
    # SmolLM2 135M: 2 × 30 × 2048 × 3 × 64 × 2 = 47,185,920 bytes.
    assert kv_cache_bytes(KvShape(30, 3, 64), 2048) == 47_185_920


def test_estimate_is_weights_plus_kv_cache_plus_overhead() -> None:
    estimate = estimate_memory(4_920_739_232, 8192, LLAMA_8B)
    assert estimate.weights == 4_920_739_232
    assert estimate.kv_cache == 1_073_741_824
    # 256 MiB + 5 % of the weights (246,036,961.6 rounded).
    assert estimate.overhead == 268_435_456 + 246_036_962
    assert estimate.total == 6_508_953_474


def test_unknown_dimensions_fall_back_to_a_per_parameter_kv_figure() -> None:
    # 40 KiB per token per billion parameters: 8 B × 4096 tokens × 40,960 = 1,342,177,280.
    assert estimate_memory(5 * GB, 4096, params_b=8.0).kv_cache == 1_342_177_280
    # Without params either: an 8.5-bit file of 8.5 GB holds 8 B parameters.
    assert estimate_memory(int(8.5 * GB), 4096).kv_cache == 1_342_177_280


@pytest.mark.parametrize(
    ("available_gb", "gpu_free_gb", "offload", "expected"),
    [
        (16, None, False, FITS),  # 6.51 GB ≤ 80 % of 16 GB
        (8.2, None, False, FITS),  # ≤ 6.56 GB
        (8.0, None, False, TIGHT),  # over 6.4 GB, under 8 GB
        (6.5, None, False, WONT_FIT),
        (6.5, 4, False, WONT_FIT),  # VRAM counts only when layers are offloaded
        (6.5, 4, True, FITS),  # 10.5 GB budget
    ],
)
def test_fit_compares_the_estimate_with_available_memory(
    available_gb: float, gpu_free_gb: float | None, offload: bool, expected: str
) -> None:
    estimate = estimate_memory(4_920_739_232, 8192, LLAMA_8B)
    assert fit(estimate, machine(available_gb, gpu_free_gb), offload) == expected


def test_context_is_the_models_own_capped_by_the_setting() -> None:
    assert context_for(131072, 8192) == 8192
    assert context_for(4096, 8192) == 4096
    assert context_for(None, 8192) == 8192


def test_recommended_quantization_follows_the_machine() -> None:
    entry = Catalog.load().get("llama-3.1-8b")
    # Q8_0 at 8k: 8,540,775,840 + 1 GiB + 256 MiB + 427,038,792 = 10,310,000,000 (rounded).
    q8 = entry_estimate(entry, "Q8_0", 8192).total
    assert q8 == 8_540_775_840 + 1_073_741_824 + 268_435_456 + 427_038_792
    assert recommend_quant(entry, machine(16), 8192) == "Q8_0"  # 10.3 GB ≤ 12.8 GB
    assert recommend_quant(entry, machine(10), 8192) == "Q4_K_M"  # Q8_0 would be over 8 GB
    assert recommend_quant(entry, machine(7), 8192) == "Q4_K_M"  # only tight, still the best chance
    assert recommend_quant(entry, machine(2), 8192) == "Q4_K_M"  # nothing fits: the smallest


def test_nvidia_smi_output_is_summed_over_gpus() -> None:
    def run(cmd, **kwargs):
        assert cmd[0] == "/usr/bin/nvidia-smi" and kwargs["timeout"] <= 5
        return subprocess.CompletedProcess(cmd, 0, stdout="NVIDIA H200, 143771, 143000\nNVIDIA H200, 143771, 1000\n")

    gpu = query_nvidia("/usr/bin/nvidia-smi", run)
    assert gpu == GpuInfo("NVIDIA H200 ×2", 2 * 143771 * MiB, 144000 * MiB)


@pytest.mark.parametrize(
    "outcome",
    [subprocess.TimeoutExpired("nvidia-smi", 3), FileNotFoundError(), "garbage line", ""],
)
def test_unreadable_gpu_memory_is_unknown_not_guessed(outcome) -> None:
    def run(cmd, **kwargs):
        if isinstance(outcome, BaseException):
            raise outcome
        return subprocess.CompletedProcess(cmd, 0, stdout=outcome)

    assert query_nvidia("nvidia-smi", run) is None
    assert query_nvidia(None) is None
    assert "GPU memory: unknown" in machine(8).describe()


def test_this_machines_real_numbers(tmp_path: Path) -> None:
    hw = detect_hardware(tmp_path / "models-not-created-yet", nvidia_smi="/nonexistent/nvidia-smi")
    assert hw.total_ram == psutil.virtual_memory().total
    assert 0 < hw.available_ram <= hw.total_ram
    assert hw.gpu is None
    assert hw.disk_free is not None and hw.disk_free > 0
    # A 135M model at 2k context fits anywhere this test runs.
    assert fit(estimate_memory(100 * 2**20, 2048, KvShape(30, 3, 64)), hw) == FITS
    assert "RAM" in hw.describe()


def test_kv_dimensions_come_from_the_gguf_header(starter_path: Path) -> None:
    assert kv_shape_from_gguf(read_gguf(starter_path)) == KvShape(n_layers=30, n_kv_heads=3, head_dim=64)
