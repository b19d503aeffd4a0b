"""The task library: own tasks and built-ins by name, saving never touching a built-in, imports that never replace,
broken files listed beside the good ones; and the built-in examples, each with a sample that fills it."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from app.core.paths import Paths
from app.core.resources import SOURCE_ROOT
from app.core.tasks.custom.files import TaskFileError, read_task, write_task
from app.core.tasks.custom.library import (
    TaskLibrary,
    TaskLibraryError,
    builtin_tasks_dir,
    file_stem,
    sample_file,
)
from app.core.tasks.custom.spec import CheckSpec, TaskSpec
from app.core.tasks.tables import read_table

BUILTIN_NAMES = ["Invoice fields", "Review sentiment", "Spam or not", "Ticket routing", "Tone rewrite"]


@pytest.fixture
def library(tmp_path: Path) -> TaskLibrary:
    return TaskLibrary(Paths.from_environment({"PLINTH_HOME": str(tmp_path)}).tasks_dir, builtin_tasks_dir())


def test_the_builtins_are_listed_with_what_each_asks_for(library: TaskLibrary) -> None:
    entries = library.list()
    assert [e.name for e in entries] == BUILTIN_NAMES
    assert all(e.builtin and not e.error for e in entries)
    assert {e.name: e.output for e in entries} == {
        "Invoice fields": "json", "Review sentiment": "label", "Spam or not": "label", "Ticket routing": "label",
        "Tone rewrite": "text",
    }  # fmt: skip
    assert "invoice" in entries[0].description


@pytest.mark.parametrize("name", BUILTIN_NAMES)
def test_each_builtins_sample_fills_every_variable_and_agrees_with_the_task(library: TaskLibrary, name: str) -> None:
    task = library.get(name)
    entry = next(e for e in library.list() if e.name == name)
    sample = sample_file(entry.path)
    assert sample is not None, f"{entry.path.name} has no sample"
    table = read_table(sample)
    assert 5 <= len(table.rows) <= 10
    assert set(task.variables()) <= set(table.columns), (
        f"{sample.name} lacks {set(task.variables()) - set(table.columns)}"
    )
    if task.output == "label":
        assert {row["expected"] for row in table.rows} <= set(task.labels)
    if task.output == "json":
        assert task.schema is not None
        for row in table.rows:
            # The expected values are what a correct answer holds: a valid answer built from them passes the schema.
            answer = {"number": row["expected_number"], "vendor": "v", "date": "2024-01-01",
                      "total": float(row["expected_total"]), "currency": row["expected_currency"]}  # fmt: skip
            jsonschema.validate(answer, task.schema)
            assert row["expected_number"] in row["invoice"]


def test_every_builtin_file_ships_in_an_install(library: TaskLibrary) -> None:
    from setuptools.config.expand import canonic_data_files

    config = tomllib.loads((SOURCE_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = {
        f for _, files in canonic_data_files(config["tool"]["setuptools"]["data-files"], SOURCE_ROOT) for f in files
    }
    for entry in library.list():
        sample = sample_file(entry.path)
        assert sample is not None
        for path in (entry.path, sample):
            assert path.relative_to(SOURCE_ROOT).as_posix() in shipped


def test_saving_an_edited_builtin_makes_a_copy_that_stands_in_for_it(library: TaskLibrary, tmp_path: Path) -> None:
    builtin = library.get("Spam or not")
    builtin_file = next(e.path for e in library.list() if e.name == "Spam or not")
    before = builtin_file.read_bytes()
    edited = replace(builtin, max_tokens=4)
    path = library.save(edited)
    assert path == tmp_path / "data" / "tasks" / "spam-or-not.yaml"
    assert builtin_file.read_bytes() == before
    assert library.get("Spam or not") == edited
    spam = [e for e in library.list() if e.name == "Spam or not"]
    assert [(e.builtin, e.path) for e in spam] == [(False, path)]
    library.delete("spam or not")  # case does not matter
    assert library.get("Spam or not") == builtin
    with pytest.raises(TaskLibraryError, match="built-in example and cannot be deleted"):
        library.delete("Spam or not")
    assert builtin_file.exists()


def test_save_replaces_its_own_file_renames_and_keeps_names_apart(library: TaskLibrary) -> None:
    first = library.save(TaskSpec(name="Summarise / shorten", template="{{text}}"))
    assert first.name == "summarise-shorten.yaml"
    assert library.save(TaskSpec(name="Summarise / shorten", template="Short: {{text}}")) == first
    assert library.get("Summarise / shorten").template == "Short: {{text}}"
    # Another name with the same safe file name gets a file of its own.
    other = library.save(TaskSpec(name="Summarise: shorten", template="{{text}}"))
    assert other.name == "summarise-shorten-2.yaml"
    renamed = library.save(TaskSpec(name="Shorten", template="{{text}}"), previous_name="Summarise / shorten")
    assert not first.exists() and renamed.exists()
    assert [e.name for e in library.list() if not e.builtin] == ["Shorten", "Summarise: shorten"]
    assert file_stem("Ünïcödé — täsk!") == "unicode-task" and file_stem("日本語") == "task"


def test_import_never_replaces_and_export_writes_a_file_that_reads_back(library: TaskLibrary, tmp_path: Path) -> None:
    shared = tmp_path / "from-a-colleague.yaml"
    write_task(TaskSpec(name="Ticket routing", template="{{body}}", output="label", labels=("a", "b")), shared)
    entry = library.import_file(shared)
    assert (entry.name, entry.builtin, entry.output) == ("Ticket routing (2)", False, "label")
    assert library.import_file(shared).name == "Ticket routing (3)"
    assert library.get("Ticket routing").labels == ("billing", "technical", "account", "other")
    assert read_task(entry.path).template == "{{body}}"

    out = tmp_path / "out"
    out.mkdir()
    exported = library.export("Invoice fields", out)
    assert exported == out / "invoice-fields.yaml"
    assert read_task(exported) == library.get("Invoice fields")
    assert library.export("Ticket routing (2)", tmp_path / "mine.yml") == tmp_path / "mine.yml"

    broken = tmp_path / "broken.yaml"
    broken.write_text("plinth_task: 1\nname: x\n", encoding="utf-8")
    with pytest.raises(TaskFileError, match="template: is missing"):
        library.import_file(broken)


def test_a_broken_file_is_listed_with_its_error_and_hides_nothing(library: TaskLibrary, tmp_path: Path) -> None:
    library.save(TaskSpec(name="Good", template="{{x}}", checks=(CheckSpec("c", "contains", value="y"),)))
    tasks = tmp_path / "data" / "tasks"
    (tasks / "broken.yaml").write_text("plinth_task: 1\nname: Broken\ntemplate: x\noutput: xml\n", encoding="utf-8")
    (tasks / "notes.txt").write_text("not a task", encoding="utf-8")
    entries = {e.name: e for e in library.list()}
    assert set(entries) == {"Good", "broken", *BUILTIN_NAMES}
    assert entries["broken"].output is None
    assert "broken.yaml, line 4: output: 'xml' is not an output kind" in entries["broken"].error
    with pytest.raises(TaskFileError, match="not an output kind"):
        library.get("broken")
    with pytest.raises(TaskLibraryError, match="no task called “Nope”") as raised:
        library.get("Nope")
    assert "Good" in raised.value.hint


def test_a_missing_folder_is_an_empty_library(tmp_path: Path) -> None:
    assert TaskLibrary(tmp_path / "none", tmp_path / "neither").list() == []
    assert [e.name for e in TaskLibrary(tmp_path / "none", builtin_tasks_dir()).list()] == BUILTIN_NAMES
