"""A labelled file as adaptation reads it: its rows, a seeded stratified split, the training sizes, nested subsamples.

Every method of a run is scored on the same test rows, and every training
subset keeps each label (a label missing from training cannot be learned,
and one missing from the test side cannot be scored). Subsamples are
*nested*: for one seed, the 32 rows of size 32 are the first 32 of the 64
of size 64, so a curve's steps measure the extra rows, not a new draw.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from pathlib import Path

from app.core.adaptation.records import LabelledRow, LabelledSet, Split
from app.core.tasks.tables import DataFileError, read_table
from app.core.ui_text import ui_text

#: Rows a labelled file may have; a bigger one is refused with what to do instead.
MAX_ROWS = 100_000


def load_labelled(
    path: Path,
    text_column: str,
    label_column: str,
    *,
    max_rows: int = MAX_ROWS,
    label_set: Sequence[str] = (),
) -> LabelledSet:
    """The rows of a CSV/JSONL file with a text and a label; rows missing either are skipped (and noted).

    ``label_set``: the labels the person allows; a label in the file outside
    it is an error naming it. Raises ``DataFileError`` for a file that
    cannot be read, a missing column, no usable rows, or more than
    ``max_rows`` rows.
    """
    path = Path(path)
    table = read_table(path)
    text_col = table.require(text_column, "text")
    label_col = table.require(label_column, "label")
    if len(table.rows) > max_rows:
        raise DataFileError(
            ui_text(
                "{name} has {rows} rows; an adaptation run takes at most {max}.",
                name=path.name,
                rows=f"{len(table.rows):,}",
                max=f"{max_rows:,}",
            ),
            ui_text(
                "Take a random sample of {max} rows or fewer (the curve flattens long before that), "
                "or split the file and run each part.",
                max=f"{max_rows:,}",
            ),
        )
    rows: list[LabelledRow] = []
    skipped = 0
    for index, row in enumerate(table.rows):
        text, label = row[text_col].strip(), row[label_col].strip()
        if not text or not label:
            skipped += 1
            continue
        rows.append(LabelledRow(text, label, index))
    if not rows:
        raise DataFileError(
            ui_text(
                "{name} has no row with both a text ({text}) and a label ({label}).",
                name=path.name,
                text=repr(text_col),
                label=repr(label_col),
            ),
            ui_text("Check the column names, and fill in the labels."),
        )
    labels = tuple(dict.fromkeys(r.label for r in rows))
    if label_set:
        _check_label_set(path.name, labels, label_set)
        labels = tuple(label_set)
    notes: tuple[str, ...] = ()
    if skipped:
        notes = (
            ui_text("{name}: 1 row without a text or a label skipped.", name=path.name)
            if skipped == 1
            else ui_text(
                "{name}: {count} rows without a text or a label skipped.", name=path.name, count=f"{skipped:,}"
            ),
        )
    return LabelledSet(tuple(rows), labels, path.name, file_sha256(path), notes)


def _check_label_set(name: str, labels: Sequence[str], label_set: Sequence[str]) -> None:
    outside = [label for label in labels if label not in label_set]
    if outside:
        raise DataFileError(
            ui_text(
                "{name} has labels {labels} not in the label set ({label_set}).",
                name=name,
                labels=_names(outside),
                label_set=", ".join(label_set),
            )
            if len(outside) > 1
            else ui_text(
                "{name} has label {labels} not in the label set ({label_set}).",
                name=name,
                labels=_names(outside),
                label_set=", ".join(label_set),
            ),
            ui_text("Add them to the label set, or fix or remove those rows."),
        )


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def split(
    data: LabelledSet,
    *,
    test: LabelledSet | None = None,
    test_fraction: float = 0.25,
    seed: int = 0,
    max_test_rows: int = 200,
) -> Split:
    """Training and test rows: ``test``'s rows when given, else a seeded split keeping every label on both sides.

    The test side is capped at ``max_test_rows`` by a stratified sample
    (noted). Raises ``DataFileError`` for a label with one example (no
    split can put it on both sides), for test labels never seen in
    training, and for fewer than two labels.
    """
    if not 0.0 < test_fraction < 1.0:
        raise DataFileError(
            ui_text("The test fraction must be between 0 and 1 (got {value}).", value=f"{test_fraction:g}"),
            ui_text("Give a fraction such as 0.25."),
        )
    if max_test_rows < 1:
        raise DataFileError(
            ui_text("At most {count} test rows leaves nothing to score.", count=max_test_rows),
            ui_text("Allow at least one test row."),
        )
    notes = list(data.notes)
    by_label = _by_label(data.rows)
    if len(by_label) < 2:
        only = next(iter(by_label), "")
        raise DataFileError(
            ui_text(
                "{name} has only one label ({label}); a classifier needs at least two.",
                name=data.source or ui_text("The file"),
                label=repr(only),
            ),
            ui_text("Label rows with at least two different labels."),
        )
    if test is None:
        single = [label for label, rows in by_label.items() if len(rows) < 2]
        if single:
            raise DataFileError(
                ui_text(
                    "The label {labels} has only one example: a stratified split needs at least two.",
                    labels=_names(single),
                )
                if len(single) == 1
                else ui_text(
                    "The labels {labels} have only one example each: a stratified split needs at least two.",
                    labels=_names(single),
                ),
                ui_text("Label more rows or remove it.")
                if len(single) == 1
                else ui_text("Label more rows or remove them."),
            )
        rng = random.Random(seed)
        train: list[LabelledRow] = []
        test_rows: list[LabelledRow] = []
        for rows in by_label.values():
            shuffled = list(rows)
            rng.shuffle(shuffled)
            n_test = min(len(rows) - 1, max(1, round(len(rows) * test_fraction)))
            test_rows += shuffled[:n_test]
            train += shuffled[n_test:]
        train.sort(key=lambda r: r.index)
        test_rows.sort(key=lambda r: r.index)
    else:
        notes += test.notes
        unseen = [label for label in dict.fromkeys(r.label for r in test.rows) if label not in by_label]
        if unseen:
            raise DataFileError(
                ui_text(
                    "The test file {test} has labels {labels} that no training row of {name} has; "
                    "nothing can learn them.",
                    test=test.source,
                    labels=_names(unseen),
                    name=data.source,
                )
                if len(unseen) > 1
                else ui_text(
                    "The test file {test} has label {labels} that no training row of {name} has; nothing can learn it.",
                    test=test.source,
                    labels=_names(unseen),
                    name=data.source,
                ),
                ui_text("Label some training rows with them, or remove those test rows."),
            )
        train, test_rows = list(data.rows), list(test.rows)
    if len(test_rows) > max_test_rows:
        total = len(test_rows)
        test_rows = sorted(subsample(test_rows, max_test_rows, seed), key=lambda r: r.index)
        notes.append(
            ui_text(
                "Test rows capped at {max} of {total} (a stratified sample).",
                max=f"{max_test_rows:,}",
                total=f"{total:,}",
            )
        )
    labels = data.labels
    for label in labels:
        if label not in by_label:
            notes.append(
                ui_text("The label {label} has no rows: only the prompted methods can answer it.", label=repr(label))
            )
    return Split(tuple(train), tuple(test_rows), labels, tuple(notes))


def resolve_sizes(sizes: Sequence[int], n_train: int, n_labels: int) -> tuple[int, ...]:
    """The training sizes a run uses: those the training rows can fill with one row per label at least, then all.

    Sizes below ``n_labels`` (a label would be left out) or at or above
    ``n_train`` are dropped; ``n_train`` ("all") always ends the tuple.
    """
    kept = sorted({int(s) for s in sizes if n_labels <= int(s) < n_train})
    return (*kept, n_train)


def subsample(rows: Sequence[LabelledRow], size: int, seed: int) -> tuple[LabelledRow, ...]:
    """``size`` rows stratified by label: one of each label first, then each label in proportion to its rows.

    The rows are the first ``size`` of one seeded ordering, so for the same
    seed a bigger sample contains every smaller one (nested), and its first
    rows, which few-shot prompts take as examples, are spread across labels.
    """
    rng = random.Random(seed)
    keyed: list[tuple[float, float, LabelledRow]] = []
    for group in _by_label(rows).values():
        shuffled = list(group)
        rng.shuffle(shuffled)
        keyed += [(j / len(shuffled), rng.random(), row) for j, row in enumerate(shuffled)]
    keyed.sort(key=lambda k: (k[0], k[1]))
    return tuple(row for _, _, row in keyed[: max(0, size)])


def _by_label(rows: Sequence[LabelledRow]) -> dict[str, list[LabelledRow]]:
    groups: dict[str, list[LabelledRow]] = {}
    for row in rows:
        groups.setdefault(row.label, []).append(row)
    return groups


def _names(labels: Sequence[str]) -> str:
    return ", ".join(repr(label) for label in labels)
