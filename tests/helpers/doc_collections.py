"""A document collection of small text files, written and indexed for real (Plinth's own pipeline, keyword index)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from app.core.cancel import CancelToken
from app.core.documents.chat_retrieval import ChatRetrieval
from app.core.documents.indexer import Indexer, default_pipeline
from app.core.documents.store import DocumentStore
from app.core.engines.embedding import EmbeddingEngine
from app.core.errors import ModelNotFoundError
from app.core.paths import Paths

#: Facts a question can find by keyword, one file each.
HANDBOOK = {
    "leave.txt": "Annual leave: every employee receives 27 days of paid holiday per calendar year.",
    "parking.txt": "Parking permits for the north garage are issued by the facilities desk on floor 2.",
    "travel.txt": "Travel expenses above 500 euros need written approval from the finance director.",
}


def index_texts(store: DocumentStore, name: str, folder: Path, files: Mapping[str, str] = HANDBOOK) -> list[Path]:
    """Write ``files`` into ``folder`` and index them as collection ``name``; the files' paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for file_name, text in files.items():
        path = folder / file_name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    store.create_collection(name, [folder])
    summary = Indexer(store, default_pipeline(ocr=False)).run(name, CancelToken(), lambda _progress: None)
    assert summary.count("indexed") + summary.count("extracted") == len(files), summary
    return written


@contextmanager
def indexed_handbook(paths: Paths, folder: Path) -> Iterator[DocumentStore]:
    """The documents file with ``HANDBOOK`` written into ``folder`` and indexed as collection "Handbook"."""
    with DocumentStore.open(paths.documents_db) as opened:
        index_texts(opened, "Handbook", folder)
        yield opened


def no_embedding(model_id: str) -> EmbeddingEngine:
    """No embedding engine for any model, so retrieval searches by keyword."""
    raise ModelNotFoundError(f"No engine for {model_id}.", "Use keyword search.")


@contextmanager
def keyword_retrieval(store: DocumentStore) -> Iterator[ChatRetrieval]:
    """A chat's retrieval over ``store``, by keyword only; closed after."""
    found = ChatRetrieval(store, no_embedding)
    yield found
    found.close()
