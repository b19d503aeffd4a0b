"""The task library: the person's own task files (``Paths.tasks_dir``) and the built-in examples shipped in
``resources/tasks``, listed, opened, saved, imported and exported by name.

Built-ins are never written: saving an edited built-in writes a copy of the same name into the person's folder,
which then stands in for it (deleting the copy brings the built-in back). A file in either folder that cannot be
read is listed with its error and never hides the others.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from app.core.errors import UserFacingError
from app.core.resources import shipped_file
from app.core.tasks.custom.files import TASK_SUFFIXES, TaskFileError, read_task, write_task
from app.core.tasks.custom.spec import OutputKind, TaskSpec
from app.core.ui_text import ui_text

#: One built-in task; its folder holds them all (``pip install`` ships files, not folders, so a file is looked up).
_BUILTIN_ANCHOR = "resources/tasks/invoice-fields.yaml"
_UNSAFE = re.compile(r"[^a-z0-9]+")


def builtin_tasks_dir() -> Path:
    """Where the built-in example tasks are, in a checkout, an install or a frozen build."""
    return shipped_file(_BUILTIN_ANCHOR).parent


def sample_path(task_file: Path) -> Path:
    """Where a task's sample input goes: ``samples/<file stem>.csv`` beside the task file."""
    return task_file.parent / "samples" / f"{task_file.stem}.csv"


def sample_file(task_file: Path) -> Path | None:
    """The sample input beside a task (shipped with a built-in, or saved with an import), if it has one."""
    sample = sample_path(task_file)
    return sample if sample.is_file() else None


class TaskLibraryError(UserFacingError):
    title = "Task library"


@dataclass(frozen=True)
class TaskEntry:
    """A task file as the library lists it."""

    #: The task's name; for a file that cannot be read, its file name without the suffix.
    name: str
    path: Path
    builtin: bool
    description: str = ""
    #: None when the file cannot be read.
    output: OutputKind | None = None
    #: Why the file cannot be read (the ``TaskFileError``'s text); "" for a good file.
    error: str = ""


class TaskLibrary:
    """Tasks by name: the person's own first, then the built-ins they have not replaced."""

    def __init__(self, tasks_dir: Path, builtin_dir: Path) -> None:
        self._tasks_dir = Path(tasks_dir)
        self._builtin_dir = Path(builtin_dir)

    def list(self) -> list[TaskEntry]:
        """Every task, the person's own first, each part by name; broken files are listed with their error."""
        own = sorted(self._entries(self._tasks_dir, builtin=False), key=_sort_key)
        names = {e.name.casefold() for e in own}
        builtin = [e for e in self._entries(self._builtin_dir, builtin=True) if e.name.casefold() not in names]
        return own + sorted(builtin, key=_sort_key)

    def get(self, name: str) -> TaskSpec:
        """The task called ``name`` (case does not matter when only one matches); ``TaskLibraryError`` when
        there is none, the file's ``TaskFileError`` when it cannot be read."""
        return read_task(self._find(name).path)

    def save(self, spec: TaskSpec, *, previous_name: str | None = None) -> Path:
        """Write ``spec`` into the person's folder and return its file. A task of the same name there is
        replaced; a built-in of that name is not touched (the copy stands in for it). ``previous_name``: the
        name the task had when it was opened, whose file is removed when the name changed."""
        path = self._own_path(spec.name)
        write_task(spec, path)
        if previous_name is not None and previous_name != spec.name:
            old = self._own_entry(previous_name)
            if old is not None and old.path != path:
                old.path.unlink(missing_ok=True)
        return path

    def delete(self, name: str) -> None:
        """Remove the person's task ``name``; built-ins cannot be deleted."""
        found = self._find(name)
        if found.builtin:
            raise TaskLibraryError(
                ui_text("“{name}” is a built-in example and cannot be deleted.", name=found.name),
                ui_text("Save a copy and change that instead; built-ins stay as they shipped."),
            )
        found.path.unlink(missing_ok=True)

    def import_file(self, path: Path) -> TaskEntry:
        """Copy the task file at ``path`` into the person's folder. A name already in the library gets " (2)"
        (or the next free number), so nothing is replaced."""
        spec = read_task(Path(path))
        taken = {e.name.casefold() for e in self.list()}
        name, number = spec.name, 2
        while name.casefold() in taken:
            name = f"{spec.name} ({number})"
            number += 1
        if name != spec.name:
            spec = replace(spec, name=name)
        return TaskEntry(spec.name, self.save(spec), False, spec.description, spec.output)

    def export(self, name: str, dest: Path) -> Path:
        """Write the task ``name`` to ``dest`` (a file, or a folder to put ``<name>.yaml`` in); returns the file."""
        spec = self.get(name)
        dest = Path(dest)
        target = dest / f"{file_stem(spec.name)}.yaml" if dest.is_dir() else dest
        write_task(spec, target)
        return target

    def _find(self, name: str) -> TaskEntry:
        entries = self.list()
        exact = [e for e in entries if e.name == name]
        folded = [e for e in entries if e.name.casefold() == name.strip().casefold()]
        found = exact or folded
        if len(found) == 1:
            return found[0]
        if found:
            raise TaskLibraryError(
                ui_text(
                    "Several tasks are called “{name}”: {names}.", name=name, names=", ".join(e.name for e in found)
                ),
                ui_text("Give the name with its exact capitals."),
            )
        known = ", ".join(e.name for e in entries) or ui_text("none yet")
        raise TaskLibraryError(
            ui_text("There is no task called “{name}”.", name=name),
            ui_text("Tasks in the library: {names}.", names=known),
        )

    def _own_entry(self, name: str) -> TaskEntry | None:
        return next((e for e in self._entries(self._tasks_dir, builtin=False) if e.name == name), None)

    def _own_path(self, name: str) -> Path:
        """The file for the task ``name`` in the person's folder: its own file if it has one, else a free name."""
        existing = self._own_entry(name)
        if existing is not None:
            return existing.path
        stem = file_stem(name)
        taken = {p.name.casefold() for p in _task_files(self._tasks_dir)}
        candidate, number = f"{stem}.yaml", 2
        while candidate.casefold() in taken:
            candidate = f"{stem}-{number}.yaml"
            number += 1
        return self._tasks_dir / candidate

    def _entries(self, folder: Path, *, builtin: bool) -> Iterator[TaskEntry]:
        for path in _task_files(folder):
            try:
                spec = read_task(path)
            except TaskFileError as exc:
                yield TaskEntry(path.stem, path, builtin, error=str(exc))
            else:
                yield TaskEntry(spec.name, path, builtin, spec.description, spec.output)


def file_stem(name: str) -> str:
    """A file name (without suffix) for a task called ``name``: lower-case ASCII letters, digits and '-'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return _UNSAFE.sub("-", ascii_name.lower()).strip("-")[:60].strip("-") or "task"


def _task_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in TASK_SUFFIXES and p.is_file())


def _sort_key(entry: TaskEntry) -> tuple[str, str]:
    return (entry.name.casefold(), entry.path.name)
