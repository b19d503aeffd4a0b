"""A cited passage within the text around it: the store's passages around a place in a file, and the quote found
among them; a real collection indexed in small passages, changed and removed as a person would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.doc_collections import keyword_retrieval

from app.core.cancel import CancelToken
from app.core.documents.chat_retrieval import ChatRetrieval
from app.core.documents.context import InContext, in_context
from app.core.documents.grounding import Source, ground
from app.core.documents.indexer import Indexer, default_pipeline
from app.core.documents.records import Location, Passage
from app.core.documents.store import DocumentStore

WORDS = ["amber", "birch", "cedar", "delta", "ember", "fjord", "garnet", "harbor", "indigo", "juniper", "kestrel"]
#: Clauses with one rare word each, long enough to be cut into several passages of 200 characters.
TERMS = "\n\n".join(f"Clause {n}: the {word} fee is {n * 7} euros, payable within {n + 10} days of the invoice."
                    for n, word in enumerate(WORDS, 1))  # fmt: skip


def index(store: DocumentStore) -> None:
    Indexer(store, default_pipeline(ocr=False)).run("Terms", CancelToken(), lambda _progress: None)


@pytest.fixture
def terms(store: DocumentStore, tmp_path: Path) -> Path:
    folder = tmp_path / "terms"
    folder.mkdir()
    (folder / "terms.txt").write_text(TERMS, encoding="utf-8")
    store.create_collection("Terms", [folder], chunk_chars=200, overlap_chars=40)
    index(store)
    return folder / "terms.txt"


@pytest.fixture
def retrieval(store: DocumentStore, terms: Path) -> Iterator[ChatRetrieval]:
    with keyword_retrieval(store) as found:
        yield found


def cited(retrieval: ChatRetrieval, question: str) -> Source:
    """Source [1] of ``question`` as a chat sends it: retrieved, then grounded."""
    grounded = ground(question, retrieval(["Terms"], question), 4000)
    return grounded.sources[0]


def test_a_cited_passage_comes_back_with_the_passages_before_and_after_it(
    store: DocumentStore, retrieval: ChatRetrieval, terms: Path
) -> None:
    source = cited(retrieval, "garnet")
    assert "garnet" in source.text

    around = store.passages_around("Terms", str(terms), source.location, source.start, source.end)
    ordinals = [p.ordinal for p in around]
    assert len(around) >= 3 and ordinals == list(range(ordinals[0], ordinals[0] + len(around)))
    assert around[0].start < source.start and around[-1].end > source.end

    context = retrieval.in_context(source)
    assert context is not None and context.quote == source.text
    # The quote stands where it stood in the file, the passage before and the one after around it.
    assert context.before + context.quote + context.after in TERMS
    assert context.before and context.after
    assert around[0].text.startswith(context.before[:40]) and context.after.endswith(around[-1].text[-40:])


def test_the_first_passage_has_only_text_after_it(store: DocumentStore, retrieval: ChatRetrieval, terms: Path) -> None:
    source = cited(retrieval, "amber")
    context = retrieval.in_context(source)
    assert context is not None and context.before == "" and context.after
    assert TERMS.startswith(context.quote + context.after)


def test_a_file_changed_or_removed_since_has_no_context(
    store: DocumentStore, retrieval: ChatRetrieval, terms: Path
) -> None:
    source = cited(retrieval, "garnet")
    terms.write_text(TERMS.replace("garnet fee is 49", "garnet fee is 50"), encoding="utf-8")
    index(store)
    assert retrieval.in_context(source) is None

    # Indexed again as it was: the passage is back, and with it its context.
    terms.write_text(TERMS, encoding="utf-8")
    index(store)
    assert retrieval.in_context(source) is not None

    terms.unlink()
    index(store)
    assert store.passages_around("Terms", str(terms), source.location, source.start, source.end) == []
    assert retrieval.in_context(source) is None
    assert store.passages_around("No such collection", str(terms), source.location, 0, 10) == []


def _source(text: str, start: int, end: int, heading: str = "B") -> Source:
    return Source(1, "Notes", "/notes.md", Location(heading=heading), text, start, end)


SECTIONS = [
    Passage("Intro text.", Location(heading="A"), 0, 11, 0),
    Passage("Beta one. Beta two.", Location(heading="B"), 0, 19, 1),
    Passage("Beta two. Beta three.", Location(heading="B"), 10, 31, 2),
    Passage("Gamma text.", Location(heading="C"), 0, 11, 3),
]


def test_other_sections_stand_apart_and_overlaps_count_once() -> None:
    context = in_context(_source("Beta two. Beta three.", 10, 31), SECTIONS)
    assert context == InContext("Intro text.\n\nBeta one. ", "Beta two. Beta three.", "\n\nGamma text.")


def test_a_shortened_quote_is_found_without_its_ellipsis() -> None:
    context = in_context(_source("Beta two. …", 10, 19), SECTIONS)
    assert context == InContext("Intro text.\n\nBeta one. ", "Beta two.", " Beta three.\n\nGamma text.")


def test_text_that_is_no_longer_there_has_no_context() -> None:
    assert in_context(_source("Beta TWO. Beta three.", 10, 31), SECTIONS) is None
    assert in_context(_source("Intro text.", 0, 11, heading="Z"), SECTIONS) is None
    assert in_context(_source("Beta two.", 10, 19), []) is None
