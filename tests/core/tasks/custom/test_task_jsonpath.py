"""The JSON path subset checks use: $, .key, ['key'], [n], and a reason naming the step that found nothing."""

from __future__ import annotations

import pytest

from app.core.tasks.custom.jsonpath import JsonPathError, format_path, parse_path, resolve

DOC = {
    "total": 100,
    "items": [{"name": "pen", "unit price": 1.5}, {"name": "ink", "unit price": 9}],
    "a.b": "dotted",
    "it's": "quoted",
    "meta": None,
}


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("", DOC),
        ("$", DOC),
        ("$.total", 100),
        ("total", 100),
        ("$.items[0].name", "pen"),
        ("items[1].name", "ink"),
        ("$.items[-1].name", "ink"),
        ("$.items[0]['unit price']", 1.5),
        ('$.items[1]["unit price"]', 9),
        ("$['a.b']", "dotted"),
        ("$['it\\'s']", "quoted"),
        ("$[ 'total' ]", 100),
        ("$.meta", None),
        (" $.total ", 100),
    ],
)
def test_each_accepted_form_finds_its_value(path: str, expected: object) -> None:
    assert resolve(DOC, path) == expected


def test_a_list_at_the_root() -> None:
    assert resolve([[1, 2], [3]], "$[1][0]") == 3
    assert resolve([10], "[0]") == 10


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("$.nope", "$ has no key 'nope'"),
        ("$.items[2]", "$.items has 2 items, so no [2]"),
        ("$.items[-3]", "$.items has 2 items, so no [-3]"),
        ("$.total.cents", "$.total is a number, not an object, so it has no key 'cents'"),
        ("$.items.name", "$.items is a list, not an object, so it has no key 'name'"),
        ("$.total[0]", "$.total is a number, not a list, so it has no [0]"),
        ("$.meta.x", "$.meta is null, not an object, so it has no key 'x'"),
        ("$.items[0]['unit price'].x", "$.items[0][\"unit price\"] is a number, not an object, so it has no key 'x'"),
    ],
)
def test_a_step_that_finds_nothing_is_named(path: str, reason: str) -> None:
    with pytest.raises(JsonPathError) as raised:
        resolve(DOC, path)
    assert raised.value.message == reason


@pytest.mark.parametrize("path", ["$.items[*]", "$..name", "$.items[0:1]", "$.", "$[name]", "$.items[0", "$ .x"])
def test_what_the_subset_does_not_accept_is_refused_with_a_hint(path: str) -> None:
    with pytest.raises(JsonPathError) as raised:
        parse_path(path)
    assert raised.value.message.startswith(f"The JSON path {path!r} cannot be read at")
    assert "$.key" in raised.value.hint


def test_format_path_writes_paths_back() -> None:
    assert format_path(()) == "$"
    assert format_path(("items", 0, "unit price", "a.b", "x-y")) == '$.items[0]["unit price"]["a.b"].x-y'
    assert format_path(parse_path("total")) == "$.total"
