"""``plinth adapt``: prompting against few-shot by similarity against a classifier trained on embeddings, on your data.

Every method is scored on the same test rows at each training size and
seed; the result is the learning curve (per method and size: macro-F1 with
its spread, accuracy, rows/s, cost per 1,000 rows, setup time) and a verdict
in plain words. The run's journal lives in the data folder, so the same
command after Ctrl+C (or a crash) resumes where it stopped. ``--save NAME``
then trains the embedding classifier on every row of the input file and
keeps it as the model ``classifier:NAME``.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import EXIT_CANCELLED, Io, Services, add_json_flag, interrupt_cancels
from app.core.adaptation.records import (
    EMBEDDED,
    METHOD_KINDS,
    PROMPTED,
    AdaptationResult,
    AdaptationSpec,
    MethodKind,
    MethodSpec,
)
from app.core.cancel import Cancelled, CancelToken
from app.core.errors import InvalidRequestError
from app.core.model_id import CLASSIFIER_PREFIX
from app.core.tasks.classification import LabelSet

if TYPE_CHECKING:
    from app.core.adaptation.library import SavedClassifier
    from app.core.adaptation.run import AdaptationProgress

#: Seconds between two progress lines on stderr.
PROGRESS_EVERY_S = 1.0
DEFAULT_SIZES = "8,16,32,64,128"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "adapt",
        help="prompting or a trained classifier? compare them on your labelled CSV/JSONL (the learning curve)",
        description="Score zero-shot and few-shot prompting, few-shot by similarity and a classifier trained on "
        "embeddings on the same test rows of your labelled file, at growing training sizes. Running the same "
        "command again resumes a stopped run.",
    )
    cmd.add_argument("--input", type=Path, required=True, metavar="FILE", help="the labelled CSV or JSONL file")
    cmd.add_argument("--text", required=True, metavar="COL", help="the column holding the text")
    cmd.add_argument("--label", required=True, metavar="COL", help="the column holding the label")
    cmd.add_argument("--test", type=Path, metavar="FILE", help="a separate test file (same columns); "
                     "default: a seeded, stratified quarter of --input")  # fmt: skip
    cmd.add_argument("-m", "--model", action="append", default=[], metavar="MODEL",
                     help="a chat model to prompt (repeatable): starter, local:NAME or PROVIDER:MODEL")  # fmt: skip
    cmd.add_argument("--embedding-model", metavar="MODEL", help="embeds the rows for embed-logreg and "
                     "few-shot-knn (default: the first local -m model)")  # fmt: skip
    cmd.add_argument("--methods", help=f"comma-separated, of {','.join(METHOD_KINDS)} "
                     "(default: embed-logreg, plus zero-shot when -m is given)")  # fmt: skip
    cmd.add_argument("--sizes", default=DEFAULT_SIZES, help=f"training sizes (default {DEFAULT_SIZES}; "
                     "those the file cannot fill are left out, and every training row is always added)")  # fmt: skip
    cmd.add_argument("--seeds", type=int, default=3, metavar="N", help="draws per size (default 3)")
    cmd.add_argument("--seed", type=int, default=0, metavar="N", help="the first seed (default 0)")
    cmd.add_argument("--k", type=int, default=4, metavar="N", help="examples per prompt for few-shot (default 4)")
    cmd.add_argument("--max-test-rows", type=int, default=200, metavar="N",
                     help="test rows scored at most (a stratified sample; default 200)")  # fmt: skip
    cmd.add_argument("--labels", metavar="a,b,c", help="the allowed labels, in order (default: the file's)")
    cmd.add_argument("--save", metavar="NAME", help="then train the embedding classifier on every input row and "
                     "save it as the model classifier:NAME")  # fmt: skip
    add_json_flag(cmd, "print one JSON object")
    cmd.set_defaults(handler=_adapt)


def _adapt(services: Services, args: argparse.Namespace, io: Io) -> int:
    from app.core.adaptation.run import AdaptationEnv, journal_for, run_adaptation

    spec = build_spec(args, services.engines.is_remote)
    if args.save:
        from app.core.adaptation.library import check_name

        check_name(args.save)  # before the run, not after it
    journal = journal_for(services.paths.adaptation_runs_dir, spec)
    env = AdaptationEnv(services.engines, services.open_embedding, services.embedding_cache())
    cancel = CancelToken()
    printer = _ProgressPrinter(io)
    saved = None
    with interrupt_cancels(cancel):
        try:
            result = run_adaptation(spec, env, journal=journal, progress=printer, cancel=cancel)
        except Cancelled:
            print(f"plinth: stopped after {printer.cells}; run the same command again to resume.", file=io.stderr)
            return EXIT_CANCELLED
        if args.save:
            try:
                saved = _save(services, args.save, spec, cancel)
            except Cancelled:
                print("plinth: stopped before the classifier was saved; the run's results are kept.", file=io.stderr)
                return EXIT_CANCELLED
    if args.json:
        io.print_json(result_json(result, saved))
    else:
        _print_table(io, result, saved)
    return 0


def build_spec(args: argparse.Namespace, is_remote: Callable[[str], bool]) -> AdaptationSpec:
    """The run the arguments ask for, with its defaults filled in; ``UserFacingError`` for what cannot run."""
    models: list[str] = list(dict.fromkeys(m.strip() for m in args.model if m.strip()))
    kinds: list[MethodKind] = ["embed-logreg", "zero-shot"] if models else ["embed-logreg"]
    if args.methods:
        kinds = _methods(args.methods)
    methods: list[MethodSpec] = []
    for kind in kinds:
        if kind not in PROMPTED:
            methods.append(MethodSpec(kind, None, args.k))
            continue
        if not models:
            raise InvalidRequestError(
                f"The method {kind} prompts a chat model, and no -m MODEL was given.",
                "Add -m MODEL (starter, local:NAME or PROVIDER:MODEL), or leave the method out of --methods.",
            )
        methods += [MethodSpec(kind, model, args.k) for model in models]
    embedding = args.embedding_model
    needs = sorted({m.kind for m in methods if m.kind in EMBEDDED} | ({"--save"} if args.save else set()))
    if not embedding and needs:
        # A chat model on this computer embeds too; a saved classifier (classifier:NAME) is no chat model.
        embedding = next((m for m in models if not is_remote(m) and m.split(":")[0] != CLASSIFIER_PREFIX), None)
        if embedding is None:
            raise InvalidRequestError(
                f"{' and '.join(needs)} need{'s' if len(needs) == 1 else ''} an embedding model, and no local -m "
                "model can serve as one.",
                "Pass --embedding-model MODEL: starter, local:NAME, or a provider's embedding model such as "
                "openai:text-embedding-3-small.",
            )
    return AdaptationSpec(
        input_path=str(args.input.expanduser().resolve()),
        text_column=args.text,
        label_column=args.label,
        methods=tuple(methods),
        embedding_model=embedding,
        test_path=str(args.test.expanduser().resolve()) if args.test is not None else None,
        sizes=_sizes(args.sizes),
        seeds=args.seeds,
        seed=args.seed,
        max_test_rows=args.max_test_rows,
        labels=LabelSet.parse(args.labels).names if args.labels else (),
    )


def _methods(text: str) -> list[MethodKind]:
    names = list(dict.fromkeys(k.strip() for k in text.split(",") if k.strip()))
    kinds = [k for k in METHOD_KINDS if k in names]
    unknown = [k for k in names if k not in METHOD_KINDS]
    if unknown or not kinds:
        raise InvalidRequestError(
            f"Unknown method{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}." if unknown
            else "--methods names no method.",
            f"Choose from: {', '.join(METHOD_KINDS)}.",
        )  # fmt: skip
    return kinds


def _sizes(text: str) -> tuple[int, ...]:
    try:
        sizes = tuple(int(s) for s in text.split(",") if s.strip())
    except ValueError:
        raise InvalidRequestError(f"--sizes {text!r} is not a list of numbers.", "Write it as 8,16,32,64.") from None
    if any(s < 1 for s in sizes):
        raise InvalidRequestError(f"--sizes {text!r} has a size below 1.", "Give training sizes of 1 row or more.")
    return sizes


def _save(services: Services, name: str, spec: AdaptationSpec, cancel: CancelToken) -> SavedClassifier:
    """The embedding classifier trained on every row of the input file (the test file stays out), saved."""
    from app.core.adaptation.data import load_labelled
    from app.core.adaptation.retrain import train_and_save

    assert spec.embedding_model
    path = Path(spec.input_path)
    data = load_labelled(path, spec.text_column, spec.label_column, label_set=spec.labels)
    embedder = services.open_embedding(spec.embedding_model)
    try:
        return train_and_save(name, data.rows, embedder=embedder, cache=services.embedding_cache(),
                              library=services.classifiers, training_file=path.name, training_sha256=data.sha256,
                              cancel=cancel, labels=data.labels)  # fmt: skip
    finally:
        embedder.close()


def result_json(result: AdaptationResult, saved: SavedClassifier | None = None) -> dict[str, object]:
    """The ``--json`` object: the curve per method, every cell, the verdict, and the saved classifier."""
    methods = []
    for method in result.spec.methods:
        points = [p for p in result.points if p.method == method.key]
        model = result.spec.embedding_model if method.kind == "embed-logreg" else method.model_id
        methods.append({
            "method": method.key, "kind": method.kind, "model": model,
            "points": [{key: value for key, value in p.to_dict().items() if key != "method"} for p in points],
        })  # fmt: skip
    return {
        "labels": list(result.labels),
        "n_train": result.n_train,
        "n_test": result.n_test,
        "sizes": list(result.sizes),
        "methods": methods,
        "cells": [c.to_dict() for c in result.cells],
        "verdict": result.verdict,
        "notes": list(result.notes),
        "saved": None if saved is None else {"model_id": saved.model_id, "version": saved.version},
    }


def _print_table(io: Io, result: AdaptationResult, saved: SavedClassifier | None) -> None:
    out = io.stdout
    out.write(f"{result.n_train:,} training rows, {result.n_test:,} test rows, labels: {', '.join(result.labels)}\n")
    head = ("method", "size", "macro-F1", "accuracy", "rows/s", "$/1k rows", "setup s")
    lines = [head]
    for p in result.points:
        spread = f" ±{p.macro_f1_std:.3f}" if p.seeds > 1 else ""
        cost = "?" if p.cost_per_1k_rows is None else f"{p.cost_per_1k_rows:.4g}"
        lines.append((p.method, str(p.size), f"{p.macro_f1:.3f}{spread}", f"{p.accuracy:.3f}", f"{p.rows_per_s:.1f}",
                      cost, f"{p.setup_s:.2f}"))  # fmt: skip
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    for line in lines:
        out.write("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(line, widths))) + "\n")
    failed = [c for c in result.cells if c.failed]
    for c in failed[:3]:
        print(f"plinth: {c.method} at {c.size} rows: {c.failed} rows failed ({c.error})", file=io.stderr)
    out.write(f"\n{result.verdict}\n")
    if saved is not None:
        out.write(f"saved as {saved.model_id} (version {saved.version})\n")
    for note in result.notes:
        print(f"plinth: {note}", file=io.stderr)


class _ProgressPrinter:
    """Progress lines on stderr, at most one a second (and the last)."""

    def __init__(self, io: Io) -> None:
        self.io = io
        self.last = 0.0
        self.cells = "no cells"

    def __call__(self, progress: AdaptationProgress) -> None:
        self.cells = f"{progress.cells_done} of {progress.cells_total} cells"
        now = time.monotonic()
        if now - self.last < PROGRESS_EVERY_S and progress.cells_done < progress.cells_total:
            return
        self.last = now
        parts = [self.cells]
        if progress.method:
            parts.append(f"{progress.method}, {progress.size or 'no'} training rows, seed {progress.seed}")
        elif progress.message:
            parts.append(progress.message)
        if progress.rows_total:
            parts.append(f"{progress.rows_done}/{progress.rows_total} rows")
        print(f"plinth: {' · '.join(parts)}", file=self.io.stderr, flush=True)
