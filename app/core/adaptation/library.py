"""Saved classifiers, by name and version: ``classifier:NAME`` is the latest, ``classifier:NAME@V`` an older one.

Each name is a folder under ``Paths.classifiers_dir`` holding ``V.json`` and ``V.npz`` per version.
Saving again adds a version and keeps the others, so re-training with more labels never loses the
classifier it replaces; ``remove`` deletes a name with all its versions.
"""

from __future__ import annotations

import builtins
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from app.core.adaptation.trained import ClassifierFileError, Provenance, TrainedClassifier, read_provenance
from app.core.errors import InvalidRequestError, ModelNotFoundError
from app.core.ui_text import ui_text

#: ``classifier:NAME`` model ids.
CLASSIFIER_PREFIX = "classifier"
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_VERSION_FILE = re.compile(r"([1-9][0-9]*)\.json")


@dataclass(frozen=True)
class SavedClassifier:
    name: str
    version: int
    #: ``classifier:NAME`` for a name's latest version (``list``), ``classifier:NAME@V`` in ``versions``.
    model_id: str
    provenance: Provenance
    #: The version's JSON file.
    path: Path

    @property
    def ref(self) -> str:
        """``NAME@V``: this version whatever is saved later."""
        return f"{self.name}@{self.version}"

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "version": self.version,
            "model_id": self.model_id,
            "path": str(self.path),
            "provenance": self.provenance.to_dict(),
        }


def check_name(name: str) -> str:
    """``name`` when it can name a classifier; ``InvalidRequestError`` otherwise."""
    if not _NAME.fullmatch(name):
        raise InvalidRequestError(
            ui_text("{name} cannot name a classifier.", name=repr(name)),
            ui_text(
                "Use up to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit "
                "(such as tickets-v2)."
            ),
        )
    return name


def parse_ref(ref: str) -> tuple[str, int | None]:
    """``NAME`` or ``NAME@V`` (a ``classifier:`` prefix is allowed) → (name, version or None)."""
    text = ref.strip().removeprefix(f"{CLASSIFIER_PREFIX}:")
    name, at, version = text.partition("@")
    check_name(name)
    if not at:
        return name, None
    if not version.isdigit() or int(version) < 1:
        raise InvalidRequestError(
            ui_text("{ref}: the version after '@' must be a whole number from 1.", ref=repr(ref)),
            ui_text("Write {name}@1 for the first version, or {name} for the latest.", name=name),
        )
    return name, int(version)


class ClassifierLibrary:
    def __init__(self, root: Path) -> None:
        self.root = root

    def save(self, name: str, classifier: TrainedClassifier) -> SavedClassifier:
        """``classifier`` as ``name``'s next version (1 for a new name); earlier versions are kept."""
        folder = self.root / check_name(name)
        folder.mkdir(parents=True, exist_ok=True)
        version = max(self._version_numbers(folder), default=0) + 1
        json_path = folder / f"{version}.json"
        npz_path = folder / f"{version}.npz"
        classifier.write(json_path.with_suffix(".json.tmp"), npz_path)
        json_path.with_suffix(".json.tmp").replace(json_path)
        return SavedClassifier(name, version, f"{CLASSIFIER_PREFIX}:{name}", classifier.provenance, json_path)

    def list(self) -> builtins.list[SavedClassifier]:
        """The latest version of every saved classifier, by name; damaged ones are skipped."""
        if not self.root.is_dir():
            return []
        out = []
        for folder in sorted(self.root.iterdir(), key=lambda p: p.name.casefold()):
            if folder.is_dir() and _NAME.fullmatch(folder.name):
                latest = self._latest_readable(folder.name)
                if latest is not None:
                    out.append(latest)
        return out

    def versions(self, name: str) -> builtins.list[SavedClassifier]:
        """Every version of ``name``, oldest first; ``ModelNotFoundError`` when there is none."""
        folder = self._folder(name)
        out = []
        for version in sorted(self._version_numbers(folder)):
            path = folder / f"{version}.json"
            provenance = read_provenance(path)
            out.append(SavedClassifier(name, version, f"{CLASSIFIER_PREFIX}:{name}@{version}", provenance, path))
        return out

    def load(self, ref: str) -> TrainedClassifier:
        """The classifier ``NAME`` (its latest version) or ``NAME@V``."""
        name, version = parse_ref(ref)
        folder = self._folder(name)
        numbers = sorted(self._version_numbers(folder))
        if version is None:
            version = numbers[-1]
        elif version not in numbers:
            raise ModelNotFoundError(
                ui_text("The classifier {name} has no version {version}.", name=name, version=version),
                ui_text("Its versions are {versions}.", versions=", ".join(map(str, numbers))),
            )
        return TrainedClassifier.read(folder / f"{version}.json")

    def latest_version(self, name: str) -> int:
        """The number of ``name``'s latest version; 0 when there is none."""
        return max(self._version_numbers(self.root / check_name(name)), default=0)

    def saved(self, ref: str) -> SavedClassifier:
        """The record of ``NAME`` (latest) or ``NAME@V``, as ``list`` and ``versions`` give it."""
        name, version = parse_ref(ref)
        versions = self.versions(name)
        if version is None:
            latest = versions[-1]
            return SavedClassifier(name, latest.version, f"{CLASSIFIER_PREFIX}:{name}", latest.provenance, latest.path)
        for saved in versions:
            if saved.version == version:
                return saved
        raise ModelNotFoundError(
            ui_text("The classifier {name} has no version {version}.", name=name, version=version),
            ui_text("Its versions are {versions}.", versions=", ".join(str(s.version) for s in versions)),
        )

    def remove(self, name: str) -> None:
        """Delete ``name`` and all its versions; ``ModelNotFoundError`` when there is no such classifier."""
        folder = self._folder(name)
        shutil.rmtree(folder)

    # -- folders ----------------------------------------------------------------------

    def _folder(self, name: str) -> Path:
        folder = self.root / check_name(name)
        if not folder.is_dir() or not self._version_numbers(folder):
            known = [s.name for s in self.list()]
            raise ModelNotFoundError(
                ui_text("There is no saved classifier named {name}.", name=repr(name)),
                ui_text("Saved classifiers: {names}.", names=", ".join(known))
                if known
                else ui_text("Save one first: plinth adapt --save NAME …"),
            )
        return folder

    @staticmethod
    def _version_numbers(folder: Path) -> builtins.list[int]:
        if not folder.is_dir():
            return []
        return [int(m.group(1)) for p in folder.iterdir() if (m := _VERSION_FILE.fullmatch(p.name))]

    def _latest_readable(self, name: str) -> SavedClassifier | None:
        folder = self.root / name
        for version in sorted(self._version_numbers(folder), reverse=True):
            path = folder / f"{version}.json"
            try:
                provenance = read_provenance(path)
            except ClassifierFileError:
                continue
            return SavedClassifier(name, version, f"{CLASSIFIER_PREFIX}:{name}", provenance, path)
        return None
