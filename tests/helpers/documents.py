"""A small real documents pipeline for plain-text files, and a real (non-neural) embedding engine.

The indexer and retrieval tests run on these instead of the format extractors and a GGUF model:
``.txt`` files only, one page per form feed, one section per paragraph, fixed-size chunks; and
vectors from hashed words. After the extraction branch is merged, an end-to-end test runs the
same evaluation set through ``default_pipeline()``.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt

from app.core.cancel import Cancelled, CancelToken
from app.core.documents.indexer import Pipeline
from app.core.documents.records import Location, Note, Passage, Section
from app.core.errors import UserFacingError

EVAL_DIR = Path(__file__).resolve().parents[1] / "data" / "documents"
_WORD = re.compile(r"\w+")


class UnreadableTextError(UserFacingError):
    title = "File cannot be read"


@dataclass(frozen=True)
class SkippedText:
    path: Path
    reason: str


@dataclass
class TextPipeline:
    """Discovery, extraction and chunking of ``.txt`` files; records which files it extracted."""

    extracted: list[Path] = field(default_factory=list)
    #: Seconds to sleep per extracted file (a slow extractor, for the kill -9 test).
    delay_s: float = 0.0

    def pipeline(self) -> Pipeline:
        return Pipeline(discover=self.discover, extract=self.extract, chunk=chunk)

    def discover(self, roots: Sequence[Path]) -> Iterator[Path | SkippedText]:
        for root in roots:
            for path in sorted(root.rglob("*")) if root.is_dir() else [root]:
                if path.is_dir():
                    continue
                yield path if path.suffix == ".txt" else SkippedText(path, "not a text file")

    def extract(self, path: Path) -> Iterator[Section | Note]:
        self.extracted.append(path)
        if self.delay_s:
            time.sleep(self.delay_s)
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise UnreadableTextError(f"{path.name} is not UTF-8 text.", "Save it as UTF-8.") from None
        for number, page in enumerate(text.split("\f"), start=1):
            if not page.strip():
                yield Note("empty page", Location(page=number))
            for block in re.split(r"\n\s*\n", page):
                if block.strip():
                    yield Section(block.strip(), Location(page=number))


def chunk(sections: Iterable[Section], target_chars: int, overlap_chars: int) -> Iterator[Passage]:
    """Windows of ``target_chars`` over each section, overlapping by ``overlap_chars``; ordinals run on per file."""
    ordinal = 0
    for section in sections:
        start = 0
        while True:
            end = min(len(section.text), start + target_chars)
            yield Passage(section.text[start:end], section.location, start, end, ordinal)
            ordinal += 1
            if end == len(section.text):
                break
            start = end - overlap_chars


class HashedWordsEmbedder:
    """An honest EmbeddingEngine: each word hashed into one of ``dims`` signed buckets, L2-normalised."""

    def __init__(self, dims: int = 256, model_id: str = "test:hashed-words", delay_s: float = 0.0) -> None:
        self.dims = dims
        self._model_id = model_id
        self.delay_s = delay_s
        self.texts_embedded: list[str] = []

    @property
    def model_id(self) -> str:
        return self._model_id

    def embed(self, texts: Sequence[str], cancel: CancelToken | None = None) -> npt.NDArray[np.float32]:
        if cancel is not None and cancel.cancelled:
            raise Cancelled()
        # Even sleep(0) gives up the CPU, which costs milliseconds per query on a busy machine.
        if self.delay_s:
            time.sleep(self.delay_s)
        vectors = np.zeros((len(texts), self.dims), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in _WORD.findall(text.lower()):
                digest = hashlib.blake2b(word.encode(), digest_size=8).digest()
                bucket = int.from_bytes(digest[:4], "little") % self.dims
                vectors[row, bucket] += 1.0 if digest[4] & 1 else -1.0
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        self.texts_embedded.extend(texts)
        return vectors / np.where(norms == 0, 1, norms)

    def close(self) -> None:
        """Nothing to release."""
