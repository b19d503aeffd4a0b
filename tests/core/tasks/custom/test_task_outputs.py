"""Reading a row's answer: JSON (pure, fenced, wrapped in text) validated against the task's schema with paths in
the errors, a label matched from the task's list, and a schema that is itself broken."""

from __future__ import annotations

import time

import pytest

from app.core.tasks.custom.outputs import check_schema, match_label, parse_output, schema_errors
from app.core.tasks.custom.spec import TaskError, TaskSpec

INVOICE = {
    "type": "object",
    "properties": {
        "vendor": {"type": "string"},
        "total": {"type": "number"},
        "items": {"type": "array", "items": {"type": "object", "properties": {"qty": {"type": "integer"}}}},
    },
    "required": ["vendor", "total"],
}
JSON_TASK = TaskSpec("invoice", "Extract: {{text}}", output="json", schema=INVOICE)
LABEL_TASK = TaskSpec("route", "Route: {{text}}", output="label", labels=("billing", "technical support", "sales"))


def test_pure_json_parses_and_validates_with_no_note() -> None:
    parsed = parse_output(JSON_TASK, ' {"vendor": "ACME", "total": 12.5}\n')
    assert parsed.json == {"vendor": "ACME", "total": 12.5}
    assert parsed.has_json and parsed.error == "" and parsed.note == ""


def test_fenced_json_is_accepted_and_noted() -> None:
    text = 'Here is the extraction:\n```json\n{"vendor": "ACME", "total": 3}\n```\nAnything else?'
    parsed = parse_output(JSON_TASK, text)
    assert parsed.json == {"vendor": "ACME", "total": 3}
    assert parsed.error == ""
    assert parsed.note == "JSON taken from a code fence"


def test_json_with_text_around_it_is_accepted_and_noted() -> None:
    text = 'Sure! {not json} The result is {"vendor": "B {x}", "total": 1} — hope that helps.'
    parsed = parse_output(JSON_TASK, text)
    assert parsed.json == {"vendor": "B {x}", "total": 1}
    assert parsed.note == "JSON taken from the text around it"
    array = parse_output(TaskSpec("t", "x", output="json"), "Items: [1, 2, 3].")
    assert array.json == [1, 2, 3] and array.has_json


def test_text_that_is_no_json_says_where_it_broke() -> None:
    parsed = parse_output(JSON_TASK, "I cannot find an invoice here.")
    assert not parsed.has_json and parsed.json is None
    assert parsed.error == "The answer is not JSON: Expecting value at line 1 column 1."


def test_json_null_is_json() -> None:
    parsed = parse_output(TaskSpec("t", "x", output="json"), "null")
    assert parsed.has_json and parsed.json is None and parsed.error == ""


def test_schema_violations_are_listed_with_their_paths() -> None:
    parsed = parse_output(JSON_TASK, '{"vendor": "ACME", "total": "abc", "items": [{"qty": 1}, {"qty": 2.5}]}')
    assert parsed.json["total"] == "abc", "JSON that breaks the schema is kept"
    assert "$.total: 'abc' is not of type 'number'" in parsed.error
    assert "$.items[1].qty: 2.5 is not of type 'integer'" in parsed.error


def test_only_the_first_few_violations_are_listed() -> None:
    schema = {"type": "object", "properties": {k: {"type": "string"} for k in "abcde"}}
    errors = schema_errors(schema, {k: 1 for k in "abcde"})
    assert errors.count("is not of type 'string'") == 3
    assert errors.endswith("; and 2 more")
    missing = parse_output(JSON_TASK, "{}").error
    assert missing == "$: 'vendor' is a required property; $: 'total' is a required property"


def test_the_validator_follows_the_schemas_draft() -> None:
    # Draft 7 reads "items": [...] as a tuple; 2020-12 would need prefixItems.
    draft7 = {"$schema": "http://json-schema.org/draft-07/schema#", "items": [{"type": "string"}, {"type": "number"}]}
    assert schema_errors(draft7, ["a", 1]) == ""
    assert schema_errors(draft7, ["a", "b"]) == "$[1]: 'b' is not of type 'number'"


@pytest.mark.parametrize(
    ("schema", "message"),
    [
        ({"type": "strin"}, "The JSON Schema is not valid: 'strin' is not valid under any of the given schemas "
                            "(at $.type)."),
        ({"properties": {"a": {"pattern": "("}}}, "The JSON Schema is not valid: '(' is not a 'regex' "
                                                  "(at $.properties.a.pattern)."),
        ({"required": "vendor"}, "The JSON Schema is not valid: 'vendor' is not of type 'array' (at $.required)."),
        ({"$schema": "https://example.com/my-draft"}, "The schema's $schema 'https://example.com/my-draft' is no "
                                                      "JSON Schema draft Plinth knows."),
    ],
)  # fmt: skip
def test_an_invalid_schema_is_refused_with_the_validators_message(schema: dict[str, object], message: str) -> None:
    with pytest.raises(TaskError) as raised:
        check_schema(schema)
    assert raised.value.message == message
    assert raised.value.hint
    # A row of a task with that schema says the same instead of raising.
    parsed = parse_output(TaskSpec("t", "x", output="json", schema=schema), '{"a": 1}')
    assert parsed.has_json and parsed.error == message


def test_valid_schemas_pass_the_check() -> None:
    check_schema(INVOICE)
    check_schema(True)
    check_schema({"$schema": "https://json-schema.org/draft/2020-12/schema", "$defs": {"n": {"type": "number"}},
                  "properties": {"x": {"$ref": "#/$defs/n"}}})  # fmt: skip


def test_a_ref_that_cannot_be_resolved_is_a_row_error_not_a_crash() -> None:
    task = TaskSpec("t", "x", output="json", schema={"properties": {"a": {"$ref": "https://example.com/s.json"}}})
    parsed = parse_output(task, '{"a": 1}')
    assert parsed.error == "The schema refers to 'https://example.com/s.json', which cannot be found."


def test_labels_match_ignoring_case_punctuation_and_spacing() -> None:
    for answer in ("billing", "Billing.", "  BILLING!\n", "**billing**", "Technical-Support", "technical   support"):
        parsed = parse_output(LABEL_TASK, answer)
        assert parsed.label in ("billing", "technical support") and parsed.error == "", answer


def test_a_label_clearly_first_or_alone_in_the_answer_is_taken() -> None:
    assert match_label("Sales. The customer wants a quote for 40 seats.", LABEL_TASK.labels) == ("sales", "")
    assert match_label("Category: billing", LABEL_TASK.labels) == ("billing", "")
    # First, even if another label is named later.
    assert match_label("Billing — not technical support, they ask for a refund", LABEL_TASK.labels) == (
        "billing", "",
    )  # fmt: skip
    # The longest label that begins the answer, when labels share words.
    assert match_label("very good overall", ("very", "very good", "bad")) == ("very good", "")


def test_several_labels_or_none_give_no_label_and_say_why() -> None:
    label, error = match_label("It could be billing or sales.", LABEL_TASK.labels)
    assert label is None
    assert error == "The answer names several labels ('billing', 'sales'), not one of 'billing', " \
                    "'technical support', 'sales'."  # fmt: skip
    label, error = match_label("I am not sure.", LABEL_TASK.labels)
    assert label is None and error.startswith("The answer 'I am not sure.' names none of the labels")
    # A word inside another word is no label: "salesforce" is not "sales".
    assert match_label("salesforce", LABEL_TASK.labels)[0] is None
    assert match_label("billing", ())[1] == "The task has no labels to choose from."


def test_a_text_task_parses_nothing() -> None:
    parsed = parse_output(TaskSpec("t", "x"), '{"a": 1}')
    assert parsed.json is None and parsed.label is None and parsed.error == "" and not parsed.has_json


def test_a_megabyte_answer_is_read_quickly() -> None:
    noise = "{ [ " * 250_000  # 1 MB of would-be JSON starts
    started = time.perf_counter()
    assert parse_output(JSON_TASK, noise).error.startswith("The answer is not JSON")
    assert parse_output(LABEL_TASK, "sales " + "x" * 1_000_000).label == "sales"
    big = '{"vendor": "' + "v" * 1_000_000 + '", "total": "no"}'
    assert parse_output(JSON_TASK, big).error.startswith("$.total: 'no' is not of type 'number'")
    assert time.perf_counter() - started < 2.0


def test_json_nested_too_deeply_is_a_row_error_not_a_crash() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    assert parse_output(JSON_TASK, deep).error == "The answer's JSON is nested too deeply."
    nested = "[" * 900 + "]" * 900  # readable, but deeper than validation can recurse
    parsed = parse_output(TaskSpec("t", "x", output="json", schema={"items": {"$ref": "#"}}), nested)
    assert parsed.has_json
    assert parsed.error == "The answer's JSON is nested too deeply to check against the schema."
