"""``plinth task``: your own tasks (a prompt template, an output kind and checks) listed, shown, imported and
exported, run over rows × models × prompt variants, and made from a promptfoo config."""

from __future__ import annotations

import argparse
import csv
import io as text_io
import tempfile
from pathlib import Path

from app.cli.common import Io, Services, add_json_flag
from app.core.errors import InvalidRequestError
from app.core.files import write_text_atomic
from app.core.tasks.custom.files import TASK_SUFFIXES, read_task, task_yaml, write_task
from app.core.tasks.custom.library import TaskEntry, TaskLibrary, TaskLibraryError, builtin_tasks_dir, sample_path
from app.core.tasks.custom.promptfoo import PromptfooImport, import_promptfoo
from app.core.tasks.custom.spec import TaskSpec
from app.core.tasks.scheduling import DEFAULT_CONCURRENCY


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    task = sub.add_parser(
        "task",
        help="your own tasks: a prompt template, an output kind and checks, run over rows × models",
        description="A task is a YAML file in the data folder: a system prompt, a template with {{variables}} "
        "filled from a CSV/JSONL row, an output kind (text, a label, JSON matching a schema) and checks. "
        "Built-in examples ship with Plinth, each with sample rows.",
    )
    commands = task.add_subparsers(dest="task_command", metavar="ACTION", required=True)

    listing = commands.add_parser("list", help="every task: your own first, then the built-in examples")
    add_json_flag(listing)
    listing.set_defaults(handler=_list)

    show = commands.add_parser("show", help="a task's file, as YAML")
    show.add_argument("name", metavar="NAME", help="the task's name (see `plinth task list`), or a task file")
    show.set_defaults(handler=_show)

    imported = commands.add_parser("import", help="copy a task file into your tasks (a taken name gets a number)")
    imported.add_argument("file", type=Path, metavar="FILE", help="a task's .yaml file")
    imported.set_defaults(handler=_import)

    exported = commands.add_parser("export", help="write a task to a file, to share it")
    exported.add_argument("name", metavar="NAME", help="the task's name")
    exported.add_argument("dest", type=Path, metavar="DEST", help="a .yaml file, or a folder to write NAME.yaml in")
    exported.set_defaults(handler=_export)

    run = commands.add_parser(
        "run",
        help="run a task over the rows of a file (or one typed row) on one or more models",
        description="Runs every row × model × prompt variant, checks each answer and prints each column's pass "
        "rate, check rates, speed and cost, then the failing rows. Ctrl+C stops cleanly; running the same "
        "command again resumes. Identical deterministic requests are answered from a cache (--no-cache: ask "
        "again). Every run is saved in the history.",
    )
    run.add_argument("task", metavar="TASK_FILE_OR_NAME", help="a task's name (see `plinth task list`) or .yaml file")
    run.add_argument("--input", type=Path, metavar="FILE",
                     help="a CSV or JSONL file: each row fills the template's {{variables}} from its columns; "
                     "without it (and without --var) a task with sample rows runs on those")  # fmt: skip
    run.add_argument("--var", action="append", default=[], metavar="NAME=VALUE",
                     help="a variable's value (repeatable); without --input, the one row to run")  # fmt: skip
    run.add_argument("-m", "--model", action="append", required=True, dest="models", metavar="MODEL",
                     help="starter, local:NAME or PROVIDER:MODEL (repeat to compare models)")  # fmt: skip
    run.add_argument("--variant", action="append", default=[], dest="variants", metavar="NAME",
                     help="a prompt variant of the task (repeatable; default: every variant)")  # fmt: skip
    run.add_argument("--output", type=Path, metavar="OUT",
                     help="write every cell to OUT.jsonl, OUT.csv or OUT.html (a self-contained report)")  # fmt: skip
    run.add_argument("--no-cache", action="store_true", help="ask the models again, even for identical requests")
    run.add_argument("--concurrency", type=int, default=DEFAULT_CONCURRENCY,
                     help=f"rows sent at once to a remote model (default {DEFAULT_CONCURRENCY})")  # fmt: skip
    run.add_argument("--no-history", action="store_true", help="do not save the run in the history")
    add_json_flag(run, "print the matrix as one JSON object")
    run.set_defaults(handler=_run)

    promptfoo = commands.add_parser(
        "import-promptfoo",
        help="make a task from a promptfoo config: prompts, tests and asserts",
        description="Prints the task made from the config, the Plinth model each promptfoo provider maps to, "
        "and every part of the config that Plinth does not use. --save puts the task in your tasks, with the "
        "config's tests as its sample rows, so `plinth task run NAME -m MODEL` runs them.",
    )
    promptfoo.add_argument("config", type=Path, metavar="CONFIG.yaml", help="a promptfooconfig.yaml")
    promptfoo.add_argument("--save", action="store_true", help="add the task (and its rows) to your tasks")
    add_json_flag(promptfoo)
    promptfoo.set_defaults(handler=_import_promptfoo)


def task_library(services: Services) -> TaskLibrary:
    return TaskLibrary(services.paths.tasks_dir, builtin_tasks_dir())


def open_task(library: TaskLibrary, ref: str) -> tuple[TaskSpec, Path]:
    """The task ``ref`` names, and its file: a path to a task file, or a name in the library."""
    path = Path(ref).expanduser()
    if path.suffix.lower() in TASK_SUFFIXES or path.is_file():
        return read_task(path), path
    try:
        spec = library.get(ref)
    except TaskLibraryError:
        # A task's file name is a name without spaces to type: `plinth task run invoice-fields`.
        stem = next((e for e in library.list() if e.path.stem.casefold() == ref.casefold() and not e.error), None)
        if stem is None:
            raise
        return read_task(stem.path), stem.path
    return spec, _entry(library, spec.name).path


def _entry(library: TaskLibrary, name: str) -> TaskEntry:
    return next(e for e in library.list() if e.name == name and not e.error)


def _list(services: Services, args: argparse.Namespace, io: Io) -> int:
    entries = task_library(services).list()
    if args.json:
        io.print_json([{"name": e.name, "builtin": e.builtin, "output": e.output, "description": e.description,
                        "path": str(e.path), "error": e.error or None} for e in entries])  # fmt: skip
        return 0
    if not entries:
        io.stdout.write("No tasks yet.\n")
        return 0
    width = max(len(e.name) for e in entries)
    for e in entries:
        if e.error:
            io.stdout.write(f"{e.name.ljust(width)}  cannot be read: {e.error}\n")
            continue
        marks = f"{e.output or '':5}  {'built-in' if e.builtin else '':8}"
        io.stdout.write(f"{e.name.ljust(width)}  {marks}  {e.description}".rstrip() + "\n")
    return 0


def _show(services: Services, args: argparse.Namespace, io: Io) -> int:
    _, path = open_task(task_library(services), args.name)
    io.stdout.write(path.read_text(encoding="utf-8"))
    return 0


def _import(services: Services, args: argparse.Namespace, io: Io) -> int:
    entry = task_library(services).import_file(args.file)
    io.stdout.write(f"Imported “{entry.name}” → {entry.path}\n")
    return 0


def _export(services: Services, args: argparse.Namespace, io: Io) -> int:
    written = task_library(services).export(args.name, args.dest)
    io.stdout.write(f"{written}\n")
    return 0


def _run(services: Services, args: argparse.Namespace, io: Io) -> int:
    from app.cli.task_run import run_task

    return run_task(services, args, io)


def _import_promptfoo(services: Services, args: argparse.Namespace, io: Io) -> int:
    made = import_promptfoo(args.config, services.providers.load())
    saved: TaskEntry | None = None
    rows_file: Path | None = None
    if args.save:
        saved, rows_file = _save_import(task_library(services), made)
    if args.json:
        io.print_json({
            "task": made.task.name if saved is None else saved.name,
            "yaml": task_yaml(made.task),
            "rows": len(made.rows),
            "providers": [{"promptfoo": p, "model": m} for p, m in made.providers],
            "unmapped": made.unmapped,
            "saved": None if saved is None else str(saved.path),
            "rows_file": None if rows_file is None else str(rows_file),
        })  # fmt: skip
        return 0
    out = io.stdout
    out.write(task_yaml(made.task))
    out.write(f"\n{len(made.rows)} rows from the config's tests.\n")
    if made.providers:
        out.write("Providers:\n")
        for provider, model in made.providers:
            out.write(f"  {provider} → {model or 'no Plinth model'}\n")
    if made.unmapped:
        out.write(f"Not imported ({len(made.unmapped)}):\n")
        out.writelines(f"  {part}\n" for part in made.unmapped)
    if saved is not None:
        rows = f", its rows in {rows_file}" if rows_file is not None else ""
        out.write(f"Saved as “{saved.name}” → {saved.path}{rows}\n")
    else:
        models = [m for _, m in made.providers if m]
        hint = " ".join(f"-m {m}" for m in models) or "-m MODEL"
        print(f"plinth: not saved; add --save to keep it, then `plinth task run NAME {hint}`.", file=io.stderr)
    return 0


def _save_import(library: TaskLibrary, made: PromptfooImport) -> tuple[TaskEntry, Path | None]:
    """The imported task into the library (under a free name), its rows as the task's sample CSV."""
    with tempfile.TemporaryDirectory() as folder:
        staged = Path(folder) / "imported.yaml"
        write_task(made.task, staged)
        entry = library.import_file(staged)
    columns = list(dict.fromkeys(name for row in made.rows for name in row))
    if not columns:
        return entry, None
    buffer = text_io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, restval="", lineterminator="\n")
    writer.writeheader()
    writer.writerows(made.rows)
    target = sample_path(entry.path)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(target, buffer.getvalue())
    return entry, target


def parse_var(value: str) -> tuple[str, str]:
    name, sep, text = value.partition("=")
    if not sep or not name.strip():
        raise InvalidRequestError(f"--var {value!r} is not NAME=VALUE.", 'Write it as --var invoice="ACME, total 12".')
    return name.strip(), text
