"""Indexing a collection: find its files, extract and chunk the new or changed ones, then embed, resumably.

Every step leaves the database in a state the next run continues from: a file's passages become
searchable in the commit that marks it ``extracted``; a file left ``pending`` by a killed run is
extracted again; vectors are stored per batch, so a passage with a vector is never embedded twice.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from app.core.cancel import Cancelled, CancelToken
from app.core.documents.records import Note, Passage, Section
from app.core.documents.store import Collection, DocumentStore, FileStatus
from app.core.engines.embedding import EmbeddingEngine
from app.core.errors import UserFacingError
from app.core.ui_text import ui_join, ui_text

if TYPE_CHECKING:
    from app.core.documents.extract import ExtractLimits

#: Passages stored per transaction while a file is extracted (memory stays bounded on a huge file).
PASSAGE_BATCH = 256
#: Passages per embedding call; ``pause`` and ``cancel`` are looked at between batches.
EMBED_BATCH = 32


class SkippedPath(Protocol):
    """A path discovery passed over, and why (a symlink loop, too many files, an unknown format)."""

    @property
    def path(self) -> Path: ...

    @property
    def reason(self) -> str: ...


class ExtractFile(Protocol):
    """Sections and notes of one file, in file order; raises a ``UserFacingError`` when it cannot be read."""

    def __call__(self, path: Path) -> Iterator[Section | Note]: ...


class DiscoverFiles(Protocol):
    """The files under ``roots`` that can be indexed, and the paths passed over."""

    def __call__(self, roots: Sequence[Path]) -> Iterator[Path | SkippedPath]: ...


class ChunkSections(Protocol):
    def __call__(self, sections: Iterable[Section], target_chars: int, overlap_chars: int) -> Iterator[Passage]: ...


@dataclass(frozen=True)
class Pipeline:
    """The three steps from a folder to passages; the indexer knows them only by these signatures."""

    discover: DiscoverFiles
    extract: ExtractFile
    chunk: ChunkSections


def default_pipeline(limits: ExtractLimits | None = None, ocr: bool = True) -> Pipeline:
    """Plinth's own discovery, extraction (with the size limits and OCR settings given) and chunking."""
    from app.core.documents.chunking import chunk
    from app.core.documents.discovery import discover
    from app.core.documents.extract import DEFAULT_LIMITS, extract

    limits = limits or DEFAULT_LIMITS

    return Pipeline(
        discover=lambda roots: discover(roots, limits),
        extract=lambda path: extract(path, limits, ocr),
        chunk=chunk,
    )


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one file in this run; ``status`` "unchanged" means it was not read at all."""

    path: str
    status: FileStatus | Literal["unchanged", "removed"]
    reason: str = ""
    pages: int = 0
    passages: int = 0
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class IndexProgress:
    phase: Literal["discovering", "extracting", "embedding", "done"]
    files_done: int
    files_total: int
    pages_done: int
    pages_per_s: float
    passages_embedded: int
    passages_to_embed: int
    #: Seconds left for the current phase, None until there is a rate to go by.
    eta_s: float | None
    current_file: str = ""
    #: Set on the report that follows a file's outcome.
    event: FileOutcome | None = None


@dataclass
class IndexSummary:
    outcomes: list[FileOutcome] = field(default_factory=list)
    pages: int = 0
    passages_embedded: int = 0
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)


class EmbeddingModelMismatchError(UserFacingError):
    title = "Another embedding model"


class Indexer:
    """Brings one collection's index up to date with its files on disk.

    ``embedder`` embeds collections whose embedding model is its ``model_id``; without it, a
    collection with a model is indexed for keyword search only and its files stay ``extracted``.
    """

    def __init__(self, store: DocumentStore, pipeline: Pipeline, embedder: EmbeddingEngine | None = None) -> None:
        self._store = store
        self._pipeline = pipeline
        self._embedder = embedder

    def run(
        self,
        collection: str,
        cancel: CancelToken,
        progress: Callable[[IndexProgress], None],
        pause: Callable[[], None] | None = None,
    ) -> IndexSummary:
        """Index ``collection``; raises ``Cancelled`` when ``cancel`` is set (all finished work is kept)."""
        record = self._store.collection(collection)
        if record.embedding_model and self._embedder and self._embedder.model_id != record.embedding_model:
            raise EmbeddingModelMismatchError(
                ui_text(
                    "Collection “{name}” is embedded with {model}, not {other}.",
                    name=record.name,
                    model=record.embedding_model,
                    other=self._embedder.model_id,
                ),
                ui_text("Index it with its own model, or change the collection's embedding model first."),
            )
        run = _Run(self._store, self._pipeline, record, cancel, progress, pause or (lambda: None))
        run.extract_all()
        if record.embedding_model and self._embedder is not None:
            run.embed_all(self._embedder)
        run.report("done")
        run.summary.seconds = time.monotonic() - run.started
        return run.summary


class _Run:
    """One indexer run's state: counters for progress, and the steps."""

    def __init__(
        self,
        store: DocumentStore,
        pipeline: Pipeline,
        collection: Collection,
        cancel: CancelToken,
        progress: Callable[[IndexProgress], None],
        pause: Callable[[], None],
    ) -> None:
        self.store, self.pipeline, self.collection = store, pipeline, collection
        self.cancel, self.progress, self.pause = cancel, progress, pause
        self.summary = IndexSummary()
        self.started = time.monotonic()
        self.files_done = self.files_total = 0
        self.extract_seconds = 0.0
        self.files_extracted = 0
        self.embedded = self.to_embed = 0
        self.embed_started = 0.0

    def check(self) -> None:
        if self.cancel.cancelled:
            raise Cancelled()

    def report(
        self,
        phase: Literal["discovering", "extracting", "embedding", "done"],
        current: str = "",
        event: FileOutcome | None = None,
    ) -> None:
        eta: float | None = None
        if phase == "extracting" and self.files_extracted:
            eta = (self.files_total - self.files_done) * self.extract_seconds / self.files_extracted
        elif phase == "embedding" and self.embedded:
            eta = (self.to_embed - self.embedded) * (time.monotonic() - self.embed_started) / self.embedded
        pages_per_s = self.summary.pages / self.extract_seconds if self.extract_seconds else 0.0
        self.progress(IndexProgress(phase, self.files_done, self.files_total, self.summary.pages, pages_per_s,
                                    self.embedded, self.to_embed, eta, current, event))  # fmt: skip

    def outcome(self, outcome: FileOutcome) -> None:
        self.summary.outcomes.append(outcome)
        self.report("extracting", outcome.path, outcome)

    # -- extraction -----------------------------------------------------------------

    def extract_all(self) -> None:
        self.report("discovering")
        found: list[Path] = []
        skipped: list[SkippedPath] = []
        for item in self.pipeline.discover([Path(root) for root in self.collection.roots]):
            self.check()
            if isinstance(item, Path):
                found.append(item)
            else:
                skipped.append(item)
        keep = {str(path) for path in found} | {str(item.path) for item in skipped}
        for gone in self.store.remove_files_except(self.collection.id, keep):
            self.summary.outcomes.append(FileOutcome(gone, "removed"))
        self.files_total = len(found) + len(skipped)
        for item in skipped:
            self.store.set_file_outcome(self.collection.id, str(item.path), "skipped", item.reason)
            self.files_done += 1
            self.outcome(FileOutcome(str(item.path), "skipped", item.reason))
        for path in found:
            self.pause()
            self.check()
            self.report("extracting", str(path))
            self.outcome(self.index_file(path))
            self.files_done += 1

    def index_file(self, path: Path) -> FileOutcome:
        key = str(path)
        try:
            stat = path.stat()
        except OSError as exc:
            reason = _unreadable(exc)
            self.store.set_file_outcome(self.collection.id, key, "failed", reason)
            return FileOutcome(key, "failed", reason)
        known = self.store.file_record(self.collection.id, key)
        if known is not None and known.status != "pending":
            if (known.size, known.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
                return FileOutcome(key, "unchanged", known.reason, known.pages, known.passages, known.notes)
            if known.sha256 is not None and _sha256(path) == known.sha256:
                self.store.set_file_stat(known.id, stat.st_size, stat.st_mtime_ns)
                return FileOutcome(key, "unchanged", known.reason, known.pages, known.passages, known.notes)
        started = time.monotonic()
        try:
            return self.extract_file(path, stat.st_size, stat.st_mtime_ns)
        except (UserFacingError, OSError) as exc:
            reason = exc.message if isinstance(exc, UserFacingError) else _unreadable(exc)
            self.store.set_file_outcome(self.collection.id, key, "failed", reason, stat.st_size, stat.st_mtime_ns)
            return FileOutcome(key, "failed", reason)
        finally:
            self.extract_seconds += time.monotonic() - started
            self.files_extracted += 1

    def extract_file(self, path: Path, size: int, mtime_ns: int) -> FileOutcome:
        file_id = self.store.start_file(self.collection.id, str(path), size, mtime_ns)
        notes: list[str] = []
        pages: set[int] = set()

        def sections() -> Iterator[Section]:
            for item in self.pipeline.extract(path):
                self.check()
                if item.location.page is not None:
                    pages.add(item.location.page)
                if isinstance(item, Note):
                    where = item.location.describe()
                    notes.append(ui_join([where, item.reason], ": ") if where else item.reason)
                else:
                    yield item

        count = 0
        batch: list[Passage] = []
        for passage in self.pipeline.chunk(sections(), self.collection.chunk_chars, self.collection.overlap_chars):
            batch.append(passage)
            if len(batch) == PASSAGE_BATCH:
                self.store.add_passages(file_id, batch)
                count += len(batch)
                batch = []
        self.store.add_passages(file_id, batch)
        count += len(batch)
        # The hash is taken after extraction: a file changed meanwhile is seen as changed next run.
        digest = _sha256(path)
        status = self.store.finish_file(self.collection.id, file_id, sha256=digest, pages=len(pages),
                                        passages=count, notes=notes)  # fmt: skip
        self.summary.pages += len(pages)
        return FileOutcome(str(path), status, "", len(pages), count, tuple(notes))

    # -- embedding ------------------------------------------------------------------

    def embed_all(self, embedder: EmbeddingEngine) -> None:
        import numpy as np

        model = embedder.model_id
        self.to_embed = self.store.count_to_embed(self.collection.id, model)
        self.embed_started = time.monotonic()
        self.report("embedding")
        while True:
            self.pause()
            self.check()
            batch = self.store.passages_to_embed(self.collection.id, model, EMBED_BATCH)
            if not batch:
                return
            vectors = np.ascontiguousarray(embedder.embed([text for _, _, text in batch], self.cancel), np.float32)
            if vectors.shape[0] != len(batch):
                raise UserFacingError(
                    ui_text(
                        "The embedding model {model} returned {vectors} vectors for {passages} passages.",
                        model=model,
                        vectors=vectors.shape[0],
                        passages=len(batch),
                    ),
                    ui_text("Try another embedding model."),
                )
            finished = self.store.add_vectors(
                self.collection.id, model, [(pid, vectors[n].tobytes()) for n, (pid, _, _) in enumerate(batch)]
            )
            self.embedded += len(batch)
            self.summary.passages_embedded += len(batch)
            for path in finished:
                self.summary.outcomes.append(FileOutcome(path, "indexed"))
                self.report("embedding", path, FileOutcome(path, "indexed"))
            self.report("embedding")


def _unreadable(exc: OSError) -> str:
    return ui_text("it cannot be read ({reason})", reason=str(exc.strerror or exc))


def _sha256(path: Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()
