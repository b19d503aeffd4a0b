"""Sources put before a question, trimmed to a budget, and the citations read back from an answer."""

from __future__ import annotations

from app.core.documents.grounding import (
    CITE_INSTRUCTION,
    Source,
    estimate_tokens,
    ground,
    nothing_found,
    read_citations,
)
from app.core.documents.records import Hit, Location, Passage


def hit(file: str, text: str, page: int | None = None, start: int = 0, score: float = 1.0) -> Hit:
    return Hit(file, Passage(text, Location(page=page), start, start + len(text), 0), score)


def test_sources_are_numbered_best_first_with_file_and_place():
    hits = [
        ("Contracts", hit("/docs/lease.pdf", "The rent is 1,200 euros a month.", page=3)),
        ("Contracts", hit("/docs/notes.txt", "Keys are with the caretaker.")),
    ]
    grounded = ground("What is the rent?", hits, budget_tokens=2000)
    assert grounded.found
    assert [s.n for s in grounded.sources] == [1, 2]
    assert grounded.sources[0].label == "lease.pdf, page 3"
    assert grounded.text.startswith(CITE_INSTRUCTION)
    assert "[1] lease.pdf, page 3\nThe rent is 1,200 euros a month." in grounded.text
    assert "[2] notes.txt\nKeys are with the caretaker." in grounded.text
    assert grounded.text.endswith("Question: What is the rent?")
    assert grounded.trimmed == 0
    assert grounded.source_tokens > 0


def test_no_hits_means_no_sources_and_the_question_unchanged():
    grounded = ground("Who signed?", [], budget_tokens=2000)
    assert not grounded.found
    assert grounded.text == "Who signed?"
    message = nothing_found("Who signed?", ["Contracts", "Mail"])
    assert "“Contracts”, “Mail”" in message and "no model was asked" in message


def test_the_budget_shortens_the_first_source_that_does_not_fit_and_leaves_out_the_rest():
    words = " ".join(f"word{i}" for i in range(2000))
    hits = [
        ("C", hit("/a.txt", "short first passage")),
        ("C", hit("/b.txt", words, start=100)),
        ("C", hit("/c.txt", words)),
    ]
    budget = 600
    grounded = ground("q?", hits, budget_tokens=budget)
    assert [s.file for s in grounded.sources] == ["/a.txt", "/b.txt"]
    second = grounded.sources[1]
    assert second.text.endswith(" …")
    assert words.startswith(second.text[:-2])
    # The offsets cover what was kept, for highlighting in the passage.
    assert second.start == 100 and second.end == 100 + len(second.text) - 2
    assert grounded.trimmed == 2
    assert estimate_tokens(grounded.text) <= budget


def test_a_budget_too_small_for_a_useful_part_leaves_the_source_out():
    words = " ".join(f"word{i}" for i in range(2000))
    grounded = ground("q?", [("C", hit("/b.txt", words))], budget_tokens=80)
    assert not grounded.found
    assert grounded.trimmed == 1


def test_citations_in_order_of_first_mention_ignoring_numbers_that_name_no_source():
    hits = [("C", hit(f"/f{i}.txt", f"passage {i}")) for i in range(1, 4)]
    sources = ground("q", hits, budget_tokens=2000).sources
    answer = "Rent is due monthly [2]. The deposit [3, 1] is returned [2][9]."
    cited = read_citations(answer, sources)
    assert [c.source.n for c in cited] == [2, 3, 1]
    assert cited[0].first_at == answer.index("[2]")
    assert read_citations("No brackets here.", sources) == []


def test_a_source_as_json_names_file_location_and_quote():
    source = ground("q", [("C", hit("/docs/x.pdf", "quoted words", page=2))], 2000).sources[0]
    assert source.to_dict() == {
        "n": 1,
        "collection": "C",
        "file": "/docs/x.pdf",
        "location": {"page": 2},
        "quote": "quoted words",
        "start": source.start,
        "end": source.end,
    }
    assert source.end - source.start == len("quoted words")
    assert Source.from_dict(source.to_dict()) == source
