"""GGUF LoRA adapters as variants of their base model: what an adapter file is, and the variants' index.

A variant is a base model with a LoRA adapter applied at a scale; it is a model like any other,
``local:NAME``. The variants are kept in ``adapters.json`` in the models folder (each: its name, its base's
model id, the adapter's path, the scale, whether Plinth copied the adapter in). An adapter cannot load alone,
so a ``.gguf`` file whose header says ``general.type = adapter`` is never listed as a model
(``ModelLibrary.list``); ``ModelLibrary.adapter_files`` lists those not yet used by a variant.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import asdict, dataclass
from pathlib import Path

from app.core.errors import ModelLoadError, UserFacingError
from app.core.files import write_text_atomic
from app.core.models.gguf import GGUFInfo, read_gguf, read_gguf_type
from app.core.ui_text import ui_text

log = logging.getLogger(__name__)

VARIANTS_FILE = "adapters.json"
#: Where a copied adapter goes, inside the models folder.
ADAPTERS_DIR = "adapters"
#: The scales a variant may have: llama.cpp takes any number, but far outside this an adapter only breaks
#: the model's output (negative scales subtract the adapter, which has its uses).
MIN_SCALE, MAX_SCALE = -4.0, 4.0


class NotAnAdapterError(UserFacingError):
    title = "Not a LoRA adapter"


@dataclass(frozen=True)
class VariantRecord:
    """One variant as ``adapters.json`` keeps it."""

    name: str
    #: The base model's id (``starter`` or ``local:NAME``).
    base: str
    adapter: str
    scale: float = 1.0
    #: Plinth copied the adapter into the models folder: removing the variant deletes that copy.
    copied: bool = False


def read_adapter(path: Path) -> GGUFInfo:
    """The header of the LoRA adapter at ``path``; a model file, another kind of adapter or a damaged file is
    refused with the reason."""
    info = read_gguf(path)
    kind = info.metadata.get("general.type")
    if kind != "adapter":
        raise NotAnAdapterError(
            ui_text("{name} is a model, not a LoRA adapter.", name=path.name),
            ui_text(
                "Import it with Models › Import (`plinth models import FILE`); a LoRA adapter is a small .gguf "
                "file whose header says general.type = adapter."
            ),
        )
    adapter_type = info.metadata.get("adapter.type")
    if adapter_type != "lora":
        raise NotAnAdapterError(
            ui_text("{name} is a {kind} adapter, not a LoRA adapter.", name=path.name, kind=adapter_type)
            if adapter_type
            else ui_text("{name} is a untyped adapter, not a LoRA adapter.", name=path.name),
            ui_text(
                "Plinth loads LoRA adapters only (adapter.type = lora): convert the adapter with llama.cpp's "
                "convert_lora_to_gguf.py."
            ),
        )
    return info


def check_adapter(adapter: GGUFInfo, base: GGUFInfo) -> None:
    """Refuse an adapter made for another architecture than the base's."""
    if adapter.architecture != base.architecture:
        raise NotAnAdapterError(
            ui_text(
                "{adapter} is an adapter for {adapter_arch} models; {base} is a {base_arch} model.",
                adapter=adapter.path.name,
                adapter_arch=adapter.architecture,
                base=base.path.name,
                base_arch=base.architecture,
            ),
            ui_text("Add the adapter on the base model it was trained for."),
        )


def check_scale(scale: float) -> float:
    if not isinstance(scale, int | float) or not math.isfinite(scale) or not MIN_SCALE <= scale <= MAX_SCALE:
        raise UserFacingError(
            ui_text("The adapter scale {scale} is out of range.", scale=repr(scale)),
            ui_text(
                "Pick a scale from {low} to {high}: 1 applies the adapter as trained, 0 leaves the base model as it is.",
                low=f"{MIN_SCALE:g}",
                high=f"{MAX_SCALE:g}",
            ),
        )
    return float(scale)


def is_adapter_file(path: Path) -> bool:
    """Whether the header of the ``.gguf`` at ``path`` says it is an adapter; an unreadable file is not (it is
    listed as a model, whose details say why it cannot be read)."""
    try:
        return read_gguf_type(path) == "adapter"
    except ModelLoadError:
        return False
    except Exception:
        log.exception("Reading the type of %s failed", path)
        return False


def read_variants(path: Path) -> list[VariantRecord]:
    """The variants in ``adapters.json``; an unreadable file or entry is left out, with a warning in the log."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        log.warning("Ignoring unreadable %s: %s", path, exc)
        return []
    entries = data.get("variants") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        log.warning("Ignoring %s: no 'variants' list", path)
        return []
    out: list[VariantRecord] = []
    for entry in entries:
        try:
            record = VariantRecord(
                name=str(entry["name"]),
                base=str(entry["base"]),
                adapter=str(entry["adapter"]),
                scale=check_scale(float(entry.get("scale", 1.0))),
                copied=bool(entry.get("copied", False)),
            )
        except (KeyError, TypeError, ValueError, UserFacingError) as exc:
            log.warning("Ignoring a variant in %s: %r (%s)", path, entry, exc)
            continue
        out.append(record)
    return out


def write_variants(path: Path, records: list[VariantRecord]) -> None:
    payload = {"schema": 1, "variants": [asdict(r) for r in records]}
    write_text_atomic(path, json.dumps(payload, indent=2))
