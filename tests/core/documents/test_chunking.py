"""Structure-aware chunking: passages stay inside their section, end at good boundaries, and quote their offsets."""

from __future__ import annotations

import random

import pytest

from app.core.documents.chunking import chunk
from app.core.documents.records import Location, Passage, Section

WORDS = ["tide", "harbour", "keeper", "lantern", "gull", "storm", "rope", "signal", "dusk", "breakwater"]


def prose(rng: random.Random, paragraphs: int, sentences: int = 1) -> str:
    """Paragraphs of ``sentences`` sentences, each under 200 characters."""

    def sentence() -> str:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 18))).capitalize() + "."

    return "\n\n".join(" ".join(sentence() for _ in range(sentences)) for _ in range(paragraphs))


def assert_offsets_hold(sections: list[Section], passages: list[Passage]) -> None:
    by_location = {id(s.location): s for s in sections}
    for passage in passages:
        section = by_location[id(passage.location)]
        assert section.text[passage.start : passage.end] == passage.text
        assert passage.text == passage.text.strip() and passage.text


def test_short_sections_are_one_passage_each_never_merged() -> None:
    sections = [Section("Page one.", Location(page=1)), Section("Page two.", Location(page=2))]

    passages = list(chunk(sections))

    assert passages == [
        Passage("Page one.", Location(page=1), 0, 9, 0),
        Passage("Page two.", Location(page=2), 0, 9, 1),
    ]


def test_long_section_split_at_paragraphs_with_ordinals_through_the_file() -> None:
    rng = random.Random(3)
    sections = [Section(prose(rng, 20), Location(page=1)), Section(prose(rng, 20), Location(page=2))]

    passages = list(chunk(sections, target_chars=500, overlap_chars=0))

    assert_offsets_hold(sections, passages)
    assert [p.ordinal for p in passages] == list(range(len(passages)))
    assert all(len(p.text) <= 500 for p in passages)
    for section in sections:
        mine = [p for p in passages if p.location is section.location]
        assert len(mine) > 1
        # A paragraph (under 200 characters) always ends in the second half of a 500-character window,
        # so every cut but the last falls there (no overlap asked, so nothing is repeated).
        for passage in mine[:-1]:
            assert section.text[passage.end : passage.end + 2] == "\n\n"
        # Nothing is lost: the passages cover the whole section, words and all.
        assert " ".join(p.text for p in mine).split() == section.text.split()


def test_sentence_boundary_when_there_is_no_paragraph_break() -> None:
    rng = random.Random(5)
    text = prose(rng, 10, sentences=5).replace("\n\n", " ")
    sections = [Section(text, Location(heading="Log"))]

    passages = list(chunk(sections, target_chars=400, overlap_chars=60))

    assert_offsets_hold(sections, passages)
    assert all(p.text.endswith(".") for p in passages)
    # The overlap repeats the end of each passage at the start of the next, from a word start.
    for before, after in zip(passages, passages[1:]):
        assert before.start < after.start < before.end
        assert text[after.start - 1].isspace()


def test_word_boundary_and_hard_cut_for_text_without_sentences() -> None:
    words = Section(" ".join(["lantern"] * 300), Location(page=1))
    blob = Section("x" * 2500, Location(page=2))

    passages = list(chunk([words, blob], target_chars=100, overlap_chars=20))

    assert_offsets_hold([words, blob], passages)
    assert all(p.text.split() == ["lantern"] * len(p.text.split()) for p in passages if p.location.page == 1)
    assert [len(p.text) for p in passages if p.location.page == 2][:3] == [100, 100, 100]
    assert all(len(p.text) <= 100 for p in passages)


def test_row_group_that_fits_stays_whole() -> None:
    rows = "\n".join(f"Region: North, Revenue: {n}" for n in range(30))
    group = Section(rows, Location(sheet="Sales", row=2, row_end=31))

    assert [p.text for p in chunk([group], target_chars=1200)] == [rows]


def test_rows_over_the_target_are_cut_between_rows() -> None:
    rows = "\n".join(f"Region: North, Revenue: {n}" for n in range(100))
    group = Section(rows, Location(sheet="Sales", row=2, row_end=101))

    passages = list(chunk([group], target_chars=300, overlap_chars=0))

    assert all(line.startswith("Region: ") for p in passages for line in p.text.splitlines())
    assert sum(len(p.text.splitlines()) for p in passages) == 100


def test_whitespace_only_sections_give_no_passage() -> None:
    assert list(chunk([Section("  \n\n "), Section("word")])) == [Passage("word", Location(), 0, 4, 0)]


def test_an_overlap_of_half_the_target_is_refused() -> None:
    with pytest.raises(ValueError):
        list(chunk([Section("text")], target_chars=100, overlap_chars=50))
