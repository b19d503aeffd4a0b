"""Counts agree with their nouns."""

from app.core.plural import counted


def test_one_is_singular_and_every_other_count_plural() -> None:
    assert counted(1, "model") == "1 model"
    assert [counted(n, "row") for n in (0, 2, 12)] == ["0 rows", "2 rows", "12 rows"]
    assert counted(3, "match", "matches") == "3 matches"
