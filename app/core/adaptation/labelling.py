"""Active labelling: which unlabelled rows to label first, the labels a person typed, and the classifier's history.

A batch run of a trained classifier gives each row its label probabilities;
the rows it is least sure of are the ones whose labels teach it most. The
person labels those in place; every label is written to a drafts file in
the data folder at once (``LabelDrafts``), so a cancelled run, a failed
retrain or a closed window loses none of them. ``labelled_rows`` turns the
file's own gold labels plus the drafts into the rows a retrain fits on, and
``learning_history`` reads what each saved version scored, for the curve
the person watches move.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from app.core.adaptation.records import LabelledRow
from app.core.cancel import CancelToken
from app.core.errors import UserFacingError
from app.core.files import write_text_atomic
from app.core.tasks.tables import Table, read_text
from app.core.ui_text import ui_text

if TYPE_CHECKING:
    from app.core.adaptation.embedding_cache import EmbeddingCache
    from app.core.adaptation.library import ClassifierLibrary
    from app.core.engines.embedding import EmbeddingEngine

DRAFTS_VERSION = 1
#: Where a provenance keeps its cross-validated macro-F1 (the first key present is taken).
CV_SCORE_KEYS = ("cv_macro_f1", "macro_f1")


def uncertainty(probabilities: Mapping[str, float] | None) -> float | None:
    """How unsure the classifier is of a row, 0 (sure) to 1 (a coin toss between two labels); None without
    probabilities.

    One minus the margin between the two most probable labels. The margin,
    not the entropy: a person's label settles which of the top two labels a
    row is, and the margin measures exactly that doubt. The entropy also
    grows with how the unlikely labels share the rest, so with many labels
    it ranks a row that is clearly "billing" above one split evenly
    between "billing" and "refund".
    """
    if not probabilities:
        return None
    top = sorted(probabilities.values(), reverse=True)
    second = top[1] if len(top) > 1 else 0.0
    return max(0.0, min(1.0, 1.0 - (top[0] - second)))


def labelling_order(uncertainties: Mapping[int, float | None], labelled: Collection[int]) -> list[int]:
    """The rows to label, most uncertain first (ties in file order): those with an uncertainty and no label."""
    todo = [(u, row) for row, u in uncertainties.items() if u is not None and row not in labelled]
    return [row for _u, row in sorted(todo, key=lambda pair: (-pair[0], pair[1]))]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        raise UserFacingError(
            ui_text("Could not read {name}: {reason}.", name=path.name, reason=str(exc.strerror or exc)),
            ui_text("Check the file is still there."),
        ) from exc
    return digest.hexdigest()


class LabelDrafts:
    """The labels a person typed for one input file's rows (0-based data rows), saved at every change.

    Kept in ``folder`` under a name made from the file's resolved path and
    the sha256 of its bytes: the same file reopens its drafts after a
    restart; a changed file (whose rows may have moved) starts afresh,
    leaving the old drafts' file where it was. Each change replaces the
    file atomically. ``trained`` is what the last retrain used, so the
    labels typed since can be counted (``new_count``).
    """

    def __init__(self, path: Path, input_path: Path, sha256: str) -> None:
        self.path = path
        self.input_path = input_path
        self.sha256 = sha256
        self._labels: dict[int, str] = {}
        self._trained: dict[int, str] = {}

    @classmethod
    def open(cls, folder: Path, input_path: Path, sha256: str | None = None) -> LabelDrafts:
        """The drafts of ``input_path`` (its sha256 computed when not given), read back if saved before."""
        resolved = input_path.resolve()
        sha = sha256 or file_sha256(resolved)
        key = hashlib.sha256(f"{resolved}\n{sha}".encode()).hexdigest()[:24]
        drafts = cls(folder / f"{resolved.stem[:40]}-{key}.json", resolved, sha)
        drafts._load()
        return drafts

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            raise UserFacingError(
                ui_text(
                    "The labels you typed for {name} could not be read back ({reason}).",
                    name=self.input_path.name,
                    reason=str(exc),
                ),
                ui_text(
                    "The file {path} is kept as it is; move it aside to start the labels afresh.", path=str(self.path)
                ),
            ) from exc
        self._labels = {int(k): str(v) for k, v in dict(data.get("labels", {})).items()}
        self._trained = {int(k): str(v) for k, v in dict(data.get("trained", {})).items()}

    def _save(self) -> None:
        data = {
            "version": DRAFTS_VERSION,
            "input": str(self.input_path),
            "sha256": self.sha256,
            "labels": {str(k): v for k, v in sorted(self._labels.items())},
            "trained": {str(k): v for k, v in sorted(self._trained.items())},
        }
        try:
            write_text_atomic(self.path, json.dumps(data, ensure_ascii=False, indent=1), durable=True)
        except OSError as exc:
            raise UserFacingError(
                ui_text("Could not save your label: {reason}.", reason=str(exc.strerror or exc)),
                ui_text("Free some space or check {folder}.", folder=str(self.path.parent)),
            ) from exc

    def set(self, index: int, label: str) -> None:
        """Label row ``index`` (an empty label takes the draft back), saved at once."""
        label = label.strip()
        if self._labels.get(index, "") == label:
            return
        if label:
            self._labels[index] = label
        else:
            self._labels.pop(index, None)
        self._save()

    def get(self, index: int) -> str | None:
        return self._labels.get(index)

    @property
    def labels(self) -> dict[int, str]:
        return dict(self._labels)

    def __len__(self) -> int:
        return len(self._labels)

    @property
    def new_count(self) -> int:
        """Labels typed (or changed) since the last ``mark_trained``."""
        return sum(1 for k, v in self._labels.items() if self._trained.get(k) != v)

    def mark_trained(self) -> None:
        """The drafts as they are now went into a saved classifier."""
        self._trained = dict(self._labels)
        self._save()


def _canonical(labels: Iterable[str] | None) -> dict[str, str] | None:
    return None if labels is None else {name.casefold(): name for name in labels}


def labelled_rows(
    rows: Sequence[Mapping[str, str]],
    text_column: str,
    gold_column: str | None,
    drafts: Mapping[int, str],
    labels: Iterable[str] | None = None,
) -> tuple[LabelledRow, ...]:
    """The rows to train on: each row's gold label, or its draft (a draft wins), in file order.

    Rows with an empty text or no label are left out; with ``labels`` (the
    label set), so is a label outside it, and the others take the set's
    spelling (labels match whatever their case).
    """
    known = _canonical(labels)
    out: list[LabelledRow] = []
    for index, row in enumerate(rows):
        text = row.get(text_column, "")
        label = drafts.get(index) or (row.get(gold_column, "") if gold_column else "")
        label = label.strip()
        if not text.strip() or not label:
            continue
        if known is not None:
            if label.casefold() not in known:
                continue
            label = known[label.casefold()]
        out.append(LabelledRow(text=text, label=label, index=index))
    return tuple(out)


class _Provenance(Protocol):
    @property
    def n_train(self) -> int: ...

    @property
    def scores(self) -> Mapping[str, float]: ...


class _Saved(Protocol):
    @property
    def version(self) -> int: ...

    @property
    def provenance(self) -> _Provenance: ...


class _Versions(Protocol):
    def versions(self, name: str) -> Sequence[_Saved]: ...


@dataclass(frozen=True)
class HistoryPoint:
    """One saved version of a classifier: how many labels it learnt from and its cross-validated macro-F1."""

    version: int
    n_train: int
    #: None when the version was trained with a label of a single row (no cross-validation possible).
    macro_f1: float | None


def learning_history(library: _Versions, name: str) -> tuple[HistoryPoint, ...]:
    """One point per saved version of ``name``, oldest first (``ClassifierLibrary.versions``)."""
    points = []
    for saved in library.versions(name):
        scores = saved.provenance.scores
        f1 = next((float(scores[k]) for k in CV_SCORE_KEYS if k in scores), None)
        points.append(HistoryPoint(saved.version, int(saved.provenance.n_train), f1))
    return tuple(sorted(points, key=lambda p: p.version))


def export_labels(table: Table, label_column: str, drafts: Mapping[int, str], target: Path) -> Path:
    """Write ``table``'s file to ``target`` (CSV or JSONL, as the input) with ``label_column`` filled from the drafts.

    Drafts replace a row's label; other rows keep theirs; the column is added
    when the file has none. JSONL rows keep their own values (numbers stay
    numbers): each line is read back from the input, not from the table.
    """
    if target.resolve() == table.path.resolve():
        raise UserFacingError(
            ui_text("The export would overwrite the input file."), ui_text("Choose another file name.")
        )
    if table.kind == "jsonl":
        text = _jsonl_with_labels(table, label_column, drafts)
    else:
        buffer = io.StringIO()
        columns = [*table.columns, *([] if label_column in table.columns else [label_column])]
        writer = csv.DictWriter(buffer, fieldnames=columns, delimiter=table.delimiter, lineterminator="\n")
        writer.writeheader()
        for index, row in enumerate(table.rows):
            writer.writerow({**row, label_column: drafts.get(index, row.get(label_column, ""))})
        text = buffer.getvalue()
    try:
        write_text_atomic(target, text, durable=True)
    except OSError as exc:
        raise UserFacingError(
            ui_text("Could not save {name}: {reason}.", name=target.name, reason=str(exc.strerror or exc)),
            ui_text("Choose another folder or file name."),
        ) from exc
    return target


def _jsonl_with_labels(table: Table, label_column: str, drafts: Mapping[int, str]) -> str:
    source, _encoding = read_text(table.path)
    records = [json.loads(line) for line in source.splitlines() if line.strip()]
    if len(records) != len(table.rows):
        raise UserFacingError(
            ui_text("{name} changed since it was opened.", name=table.path.name),
            ui_text("Open it again, then export the labels."),
        )
    lines = []
    for index, record in enumerate(records):
        if index in drafts:
            record[label_column] = drafts[index]
        lines.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class RetrainRequest:
    """Train classifier ``name`` again on ``rows`` (a new version; the old ones stay as ``NAME@V``)."""

    name: str
    rows: tuple[LabelledRow, ...]
    #: The input file the labels belong to, and the sha256 of its bytes, for the provenance.
    training_file: str = ""
    training_sha256: str = ""
    #: The label set the batch classifies into (the new version's labels, in order); empty: the rows' labels.
    labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class LabellingServices:
    """What active labelling needs from the application, given by the composition root.

    ``retrain(request, cancel, progress)`` saves a new version and returns its
    number (``retrain.train_and_save`` behind it); ``history(name)`` is
    ``learning_history`` over the classifier library.
    """

    drafts_dir: Path
    history: Callable[[str], Sequence[HistoryPoint]]
    retrain: Callable[[RetrainRequest, CancelToken, Callable[[int, int], None]], int]


def labelling_services(
    drafts_dir: Path,
    library: ClassifierLibrary,
    cache: Callable[[], EmbeddingCache],
    open_embedding: Callable[[str], EmbeddingEngine],
    release: Callable[[EmbeddingEngine], None] = lambda engine: engine.close(),
) -> LabellingServices:
    """Active labelling over ``library``: a retrain embeds with the classifier's own embedding model
    (``open_embedding(model_id)``, handed back with ``release`` afterwards) through ``cache()`` (asked for
    at the first retrain, so a window that never retrains never opens it)."""

    def retrain(request: RetrainRequest, cancel: CancelToken, progress: Callable[[int, int], None]) -> int:
        from app.core.adaptation.retrain import train_and_save

        embedding_model = library.saved(request.name).provenance.embedding_model
        embedder = open_embedding(embedding_model)
        try:
            saved = train_and_save(
                request.name, request.rows, embedder=embedder, cache=cache(), library=library,
                training_file=request.training_file, training_sha256=request.training_sha256,
                cancel=cancel, progress=progress, labels=request.labels or None,
            )  # fmt: skip
        finally:
            release(embedder)
        return saved.version

    return LabellingServices(drafts_dir, lambda name: learning_history(library, name), retrain)
