"""The curated catalogue: a short list of good instruct models, and of embedding models, as GGUF files on the Hub.

The data lives in ``models/catalog.json`` (each entry says how its repo and
file names were checked). Loading validates every field, so a hand-edited
catalogue with a typo fails with a message naming the entry, not later with
a KeyError in the GUI.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.errors import UserFacingError
from app.core.resources import shipped_file
from app.core.ui_text import ui_text

SHIPPED_CATALOG = shipped_file("models/catalog.json")
SCHEMA_VERSION = 1
STRENGTHS = ("chat", "translation", "classification", "retrieval")
#: What an entry is: a model that answers ("chat", for the chat, task and comparison pickers), or one that
#: turns passages into vectors ("embedding", for the Documents tab; its strengths are "retrieval").
MODEL_KINDS = ("chat", "embedding")

#: Average bits per weight of llama.cpp's quantization types (from its quantize
#: tool's table), for sizing a file before the Hub has listed it.
BITS_PER_WEIGHT: dict[str, float] = {
    "F32": 32.0,
    "F16": 16.0,
    "BF16": 16.0,
    "Q8_0": 8.5,
    "Q6_K": 6.56,
    "Q6_K_L": 6.7,
    "Q5_K_M": 5.7,
    "Q5_K_S": 5.54,
    "Q5_K_L": 5.9,
    "Q5_1": 6.0,
    "Q5_0": 5.54,
    "Q4_K_M": 4.89,
    "Q4_K_S": 4.58,
    "Q4_K_L": 5.1,
    "Q4_1": 5.0,
    "Q4_0": 4.55,
    "IQ4_NL": 4.5,
    "IQ4_XS": 4.25,
    "Q3_K_L": 4.27,
    "Q3_K_M": 3.91,
    "Q3_K_S": 3.5,
    "IQ3_M": 3.66,
    "IQ3_S": 3.44,
    "IQ3_XS": 3.3,
    "IQ3_XXS": 3.06,
    "Q2_K": 3.35,
    "Q2_K_S": 2.96,
    "IQ2_M": 2.7,
    "IQ2_S": 2.5,
    "IQ2_XS": 2.31,
    "IQ2_XXS": 2.06,
    "IQ1_M": 1.75,
    "IQ1_S": 1.56,
}


class CatalogError(UserFacingError):
    title = "The model catalogue is damaged"


@dataclass(frozen=True)
class KvShape:
    """The dimensions that size the KV cache."""

    n_layers: int
    n_kv_heads: int
    head_dim: int


@dataclass(frozen=True)
class CatalogFile:
    quant: str
    file: str
    #: The published size; None when no public source gave one.
    size_bytes: int | None = None


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    name: str
    family: str
    repo: str
    params_b: float
    context_length: int
    arch: KvShape
    license: str
    strengths: tuple[str, ...]
    languages: tuple[str, ...]
    description: str
    files: tuple[CatalogFile, ...]
    verified: str
    kind: str = "chat"

    @property
    def quants(self) -> list[str]:
        return [f.quant for f in self.files]

    @property
    def page_url(self) -> str:
        return f"https://huggingface.co/{self.repo}"

    def file(self, quant: str) -> CatalogFile:
        for f in self.files:
            if f.quant == quant:
                return f
        raise KeyError(quant)

    def size_bytes(self, quant: str) -> int:
        """The published size, else an estimate from the parameter count."""
        f = self.file(quant)
        if f.size_bytes is not None:
            return f.size_bytes
        return estimate_file_size(self.params_b, quant)

    def size_is_estimate(self, quant: str) -> bool:
        return self.file(quant).size_bytes is None


def estimate_file_size(params_b: float, quant: str) -> int:
    return round(params_b * 1e9 * BITS_PER_WEIGHT.get(quant.upper(), 8.5) / 8)


class Catalog:
    def __init__(self, entries: list[CatalogEntry]) -> None:
        self.entries = entries

    def of_kind(self, kind: str) -> list[CatalogEntry]:
        """The entries of one ``MODEL_KINDS`` kind, in catalogue order."""
        return [entry for entry in self.entries if entry.kind == kind]

    def get(self, entry_id: str) -> CatalogEntry:
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        raise KeyError(entry_id)

    @classmethod
    def load(cls, path: Path = SHIPPED_CATALOG) -> Catalog:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise CatalogError(
                ui_text("The model catalogue {path} is missing.", path=str(path)),
                ui_text("Reinstall Plinth, or use Search to find models."),
            ) from None
        except (OSError, ValueError) as exc:
            raise CatalogError(
                ui_text("The model catalogue {path} cannot be read ({reason}).", path=str(path), reason=str(exc)),
                ui_text("Reinstall Plinth, or use Search to find models."),
            ) from None
        return cls(parse_catalog(data))


def parse_catalog(data: Any) -> list[CatalogEntry]:
    if not isinstance(data, dict) or data.get("schema") != SCHEMA_VERSION:
        raise _bad(ui_text("the file"), ui_text("expected an object with schema {schema}", schema=SCHEMA_VERSION))
    models = data.get("models")
    if not isinstance(models, list) or not models:
        raise _bad(ui_text("the file"), ui_text("'models' must be a non-empty list"))
    entries: list[CatalogEntry] = []
    seen: set[str] = set()
    for index, raw in enumerate(models):
        entry = _parse_entry(raw, ui_text("entry {n}", n=index + 1))
        if entry.id in seen:
            raise _bad(entry.id, ui_text("the id appears twice"))
        seen.add(entry.id)
        entries.append(entry)
    return entries


def _parse_entry(raw: Any, where: str) -> CatalogEntry:
    if not isinstance(raw, dict):
        raise _bad(where, ui_text("not an object"))
    entry_id = raw.get("id")
    where = str(entry_id) if entry_id else where  # the id names the entry once it has one
    text = {k: _text(raw, k, where) for k in ("id", "name", "family", "repo", "license", "description", "verified")}
    if text["repo"].count("/") != 1:
        raise _bad(where, ui_text("repo {repo} is not owner/name", repo=repr(text["repo"])))
    params_b = raw.get("params_b")
    if not isinstance(params_b, (int, float)) or isinstance(params_b, bool) or not 0 < params_b < 1000:
        raise _bad(where, ui_text("params_b must be a positive number of billions"))
    context = _positive_int(raw.get("context_length"), where, "context_length")
    arch = raw.get("arch")
    if not isinstance(arch, dict):
        raise _bad(where, ui_text("arch must be an object"))
    shape = KvShape(*(_positive_int(arch.get(k), where, f"arch.{k}") for k in ("n_layers", "n_kv_heads", "head_dim")))
    strengths = _str_list(raw, "strengths", where)
    unknown = set(strengths) - set(STRENGTHS)
    if unknown:
        raise _bad(
            where,
            ui_text(
                "unknown strengths {unknown}; use {known}", unknown=str(sorted(unknown)), known=", ".join(STRENGTHS)
            ),
        )
    kind = raw.get("kind", "chat")
    if kind not in MODEL_KINDS:
        raise _bad(where, ui_text("kind {kind} is not one of {kinds}", kind=repr(kind), kinds=", ".join(MODEL_KINDS)))
    if (strengths != ["retrieval"]) if kind == "embedding" else ("retrieval" in strengths):
        raise _bad(
            where, ui_text("an embedding model's strengths are exactly ['retrieval'], and only an embedding model's")
        )
    files_raw = raw.get("files")
    if not isinstance(files_raw, dict) or not files_raw:
        raise _bad(where, ui_text("files must map quantizations to files"))
    files = []
    for quant, spec in files_raw.items():
        if not isinstance(spec, dict) or not isinstance(spec.get("file"), str) or not spec["file"].endswith(".gguf"):
            raise _bad(where, ui_text("{key} needs a .gguf file name", key=f"files.{quant}"))
        size = spec.get("size_bytes")
        if size is not None:
            size = _positive_int(size, where, f"files.{quant}.size_bytes")
        files.append(CatalogFile(quant, spec["file"], size))
    return CatalogEntry(
        id=text["id"],
        name=text["name"],
        family=text["family"],
        repo=text["repo"],
        params_b=float(params_b),
        context_length=context,
        arch=shape,
        license=text["license"],
        strengths=tuple(strengths),
        languages=tuple(_str_list(raw, "languages", where)),
        description=text["description"],
        files=tuple(files),
        verified=text["verified"],
        kind=kind,
    )


def _text(raw: dict[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _bad(where, ui_text("{key} must be a non-empty string", key=key))
    return value


def _str_list(raw: dict[str, Any], key: str, where: str) -> list[str]:
    value = raw.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise _bad(where, ui_text("{key} must be a non-empty list of strings", key=key))
    return value


def _positive_int(value: Any, where: str, key: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise _bad(where, ui_text("{key} must be a positive whole number", key=key))
    return value


def _bad(where: str, what: str) -> CatalogError:
    return CatalogError(
        ui_text("The model catalogue is invalid at {where}: {what}.", where=where, what=what),
        ui_text("Restore models/catalog.json from your Plinth installation, or use Search to find models."),
    )
