"""A tiny GGUF LoRA adapter for a base model, written with the ``gguf`` package: no real adapter can be had here.

llama.cpp's adapter loader (``llama-adapter.cpp``) wants ``general.type = adapter``, ``adapter.type = lora``,
``adapter.lora.alpha``, the base's ``general.architecture``, and for a base weight of ggml shape
``[n_in, n_out]`` a ``.lora_a`` of ggml shape ``[n_in, rank]`` and a ``.lora_b`` of ``[rank, n_out]``
(numpy shapes are the reverse). ``broken=True`` writes ``lora_b`` one row short, which llama.cpp refuses.
"""

from __future__ import annotations

from pathlib import Path

import gguf
import numpy as np

#: The base weights the adapter changes, in every block.
TARGETS = ("attn_q", "attn_v", "ffn_down")


def write_lora_adapter(
    path: Path,
    base_gguf: Path,
    *,
    rank: int = 4,
    seed: int = 0,
    scale_of_weights: float = 0.05,
    broken: bool = False,
    architecture: str | None = None,
) -> Path:
    """Write a rank-``rank`` LoRA adapter for ``base_gguf`` at ``path``; random weights, big enough to move scores."""
    base = gguf.GGUFReader(base_gguf)
    arch_field = base.fields["general.architecture"]
    arch = architecture or bytes(arch_field.parts[arch_field.data[0]]).decode()
    shapes = {t.name: (int(t.shape[0]), int(t.shape[1])) for t in base.tensors if len(t.shape) == 2}
    rng = np.random.default_rng(seed)
    writer = gguf.GGUFWriter(str(path), arch)
    writer.add_type("adapter")
    writer.add_string("adapter.type", "lora")
    writer.add_float32("adapter.lora.alpha", float(rank))
    for name, (n_in, n_out) in shapes.items():
        if not name.startswith("blk.") or name.split(".")[2] not in TARGETS:
            continue
        stem = name.removesuffix(".weight")
        lora_a = rng.normal(0.0, scale_of_weights, (rank, n_in)).astype(np.float32)
        lora_b = rng.normal(0.0, scale_of_weights, (n_out - (1 if broken else 0), rank)).astype(np.float32)
        writer.add_tensor(f"{stem}.weight.lora_a", lora_a)
        writer.add_tensor(f"{stem}.weight.lora_b", lora_b)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path
