"""Every check kind, passing and failing with a reason a person understands; a row's values in a check; and what
a broken check (a missing variable, a regex that does not compile, a missing tool) does: fail, never raise."""

from __future__ import annotations

import re
import time
import zlib
from collections.abc import Sequence

import numpy as np
import pytest
from numpy.typing import NDArray

from app.core.tasks.custom.checks import CheckOutcome, CheckTools, parse_number, run_checks
from app.core.tasks.custom.outputs import parse_output
from app.core.tasks.custom.spec import CheckKind, CheckResult, CheckSpec, TaskSpec

INVOICE = {"type": "object", "properties": {"total": {"type": "number"}}, "required": ["total"]}


def check(task: TaskSpec, text: str, spec: CheckSpec, values: dict[str, object] | None = None,
          tools: CheckTools | None = None) -> CheckResult:  # fmt: skip
    """The one result of running ``spec`` on ``text`` as an answer to ``task``."""
    task = TaskSpec(task.name, task.template, output=task.output, labels=task.labels, schema=task.schema,
                    checks=(spec,))  # fmt: skip
    outcome = run_checks(task, text, parse_output(task, text), values or {}, tools or CheckTools())
    assert isinstance(outcome, CheckOutcome) and len(outcome.results) == 1
    assert outcome.results[0].name == spec.name
    return outcome.results[0]


TEXT = TaskSpec("text", "{{q}}")
JSON = TaskSpec("json", "{{q}}", output="json", schema=INVOICE)
LABEL = TaskSpec("label", "{{q}}", output="label", labels=("billing", "technical"))


def c(kind: CheckKind, value: str = "", **fields: object) -> CheckSpec:
    return CheckSpec(name=f"my {kind}", kind=kind, value=value, **fields)  # type: ignore[arg-type]


def test_equals() -> None:
    assert check(TEXT, "  Paris\n", c("equals", "Paris")) == CheckResult("my equals", True, "")
    assert check(TEXT, "Lyon", c("equals", "Paris")) == CheckResult("my equals", False, "expected 'Paris', got 'Lyon'")
    assert not check(TEXT, "paris", c("equals", "Paris")).passed, "equals is exact on text"


def test_equals_on_a_label_task_compares_the_label() -> None:
    assert check(LABEL, "Billing.", c("equals", "billing")).passed
    assert check(LABEL, "Technical — the app crashes", c("equals", "{{gold}}"), {"gold": "billing"}).reason == (
        "expected 'billing', got 'technical'"
    )
    assert check(LABEL, "no idea", c("equals", "billing")).reason.startswith("The answer 'no idea' names none")


def test_contains_and_icontains() -> None:
    assert check(TEXT, "Total due: 100 EUR", c("contains", "100 EUR")).passed
    assert check(TEXT, "Total due: 100 eur", c("contains", "100 EUR")).reason == "'100 EUR' not found in the answer"
    assert check(TEXT, "Total due: 100 eur", c("icontains", "100 EUR")).passed
    assert check(TEXT, "Total: 99", c("icontains", "100")).reason == "'100' not found in the answer (ignoring case)"
    assert check(TEXT, "anything", c("contains", "")).reason == "the check has no text to look for"


def test_regex() -> None:
    assert check(TEXT, "Due 2024-05 at the latest", c("regex", r"\d{4}-\d{2}")) == CheckResult(
        "my regex", True, "matched '2024-05'"
    )
    assert check(TEXT, "Due in May", c("regex", r"\d{4}-\d{2}")).reason == r"no match for /\d{4}-\d{2}/"


def test_a_regex_that_does_not_compile_fails_with_the_regex_error() -> None:
    result = check(TEXT, "x", c("regex", "(unclosed"))
    assert not result.passed
    assert result.reason == "the regex /(unclosed/ does not compile: missing ), unterminated subpattern at position 0"


def test_is_json_on_a_text_task() -> None:
    assert check(TEXT, '{"a": [1, 2]}', c("is_json")) == CheckResult("my is_json", True, "")
    assert check(TEXT, '```json\n{"a": 1}\n```', c("is_json")).reason == "JSON taken from a code fence"
    assert check(TEXT, "{'a': 1}", c("is_json")).reason == (
        "The answer is not JSON: Expecting property name enclosed in double quotes at line 1 column 2."
    )


def test_is_json_on_a_json_task_also_asks_the_schema() -> None:
    assert check(JSON, '{"total": 3}', c("is_json")).passed
    result = check(JSON, '{"total": "3"}', c("is_json"))
    assert result == CheckResult("my is_json", False, "JSON, but not as the schema says: $.total: '3' is not of "
                                                      "type 'number'")  # fmt: skip


def test_json_path_equals() -> None:
    answer = '{"total": 100, "vendor": "ACME", "paid": true, "items": [{"sku": "A-1"}], "note": null}'
    task = TaskSpec("j", "x", output="json")
    assert check(task, answer, c("json_path_equals", "100", path="$.total")).passed
    assert check(task, answer, c("json_path_equals", "100.0", path="total")).passed, "1 equals 1.0 in JSON"
    assert check(task, answer, c("json_path_equals", "ACME", path="$.vendor")).passed, "a bare string"
    assert check(task, answer, c("json_path_equals", '"ACME"', path="$.vendor")).passed, "a JSON string"
    assert check(task, answer, c("json_path_equals", "true", path="$.paid")).passed
    assert check(task, answer, c("json_path_equals", "null", path="$.note")).passed
    assert check(task, answer, c("json_path_equals", '[{"sku": "A-1"}]', path="$.items")).passed
    assert check(task, answer, c("json_path_equals", "{{sku}}", path="$.items[0].sku"), {"sku": "A-1"}).passed
    assert check(task, answer, c("json_path_equals", "99", path="$.total")).reason == "$.total is 100, expected '99'"
    assert check(task, answer, c("json_path_equals", "1", path="$.paid")).reason == "$.paid is true, expected '1'"
    assert check(task, answer, c("json_path_equals", "x", path="$.items[3].sku")).reason == (
        "$.items has 1 item, so no [3]"
    )
    assert check(TEXT, "no JSON here", c("json_path_equals", "1", path="$.a")).reason == (
        "The answer is not JSON: Expecting value at line 1 column 1."
    )
    # On a text task the path reads the JSON in the answer's text, fenced or not.
    assert check(TEXT, 'The data: ```json\n{"a": 1}\n```', c("json_path_equals", "1", path="$.a")).passed


def test_a_path_with_a_row_variable() -> None:
    answer = '{"prices": {"EUR": 10, "USD": 11}}'
    spec = c("json_path_equals", "11", path="$.prices.{{currency}}")
    assert check(JSON, answer, spec, {"currency": "USD"}).passed
    assert check(JSON, answer, spec, {"currency": "GBP"}).reason == "$.prices has no key 'GBP'"


def test_number_within() -> None:
    spec = c("number_within", "100", path="$.total", tolerance=0.01)
    assert check(JSON, '{"total": 100.004}', spec) == CheckResult(
        "my number_within", True, "$.total is 100.004, expected 100 ± 0.01"
    )
    assert check(JSON, '{"total": 98.5}', spec).reason == "$.total is 98.5, expected 100 ± 0.01"
    assert not check(JSON, '{"total": 98.5}', spec).passed
    assert check(JSON, '{"total": 0.3}', c("number_within", "0.1", path="total", tolerance=0.2)).passed, (
        "0.3 - 0.1 > 0.2 in binary floats, but not to a person"
    )
    # Numeric strings in JSON, and the whole answer as text.
    assert check(TaskSpec("j", "x", output="json"), '{"total": "1,234.50"}',
                 c("number_within", "1234.5", path="$.total")).passed  # fmt: skip
    assert check(TEXT, " $1,234.50 ", c("number_within", "{{gold}}", tolerance=1), {"gold": "1235"}).passed
    assert check(TEXT, "about twelve", c("number_within", "12")).reason == "the answer is 'about twelve', not a number"
    assert check(JSON, '{"total": true}', c("number_within", "1", path="$.total")).reason == (
        "$.total is true, not a number"
    )
    assert check(TEXT, "12", c("number_within", "twelve")).reason == "the check's value 'twelve' is not a number"


@pytest.mark.parametrize(
    ("text", "number"),
    [("1,234.50", 1234.5), ("-$3.5", -3.5), ("2e3", 2000.0), ("€ 12", 12.0), (".5", 0.5), ("+7.", 7.0),
     ("1,234,567", 1234567.0), (42, 42.0), (1.5, 1.5)],
)  # fmt: skip
def test_numbers_accepted(text: object, number: float) -> None:
    assert parse_number(text) == number


@pytest.mark.parametrize("text", ["12,34", "1.2.3", "", "NaN", "1e999", "12 kg", True, None, [1], "1 234", ","])
def test_numbers_refused(text: object) -> None:
    assert parse_number(text) is None


def test_length_within() -> None:
    text = "x" * 412
    assert check(TEXT, text, c("length_within", min_length=20, max_length=200)).reason == (
        "length 412, expected 20–200"
    )
    assert check(TEXT, text, c("length_within", min_length=20, max_length=500)) == CheckResult(
        "my length_within", True, "length 412, expected 20–500"
    )
    assert check(TEXT, "short", c("length_within", min_length=20)).reason == "length 5, expected at least 20"
    assert not check(TEXT, text, c("length_within", max_length=100)).passed
    assert check(TEXT, "", c("length_within", max_length=0)).passed


class BagOfWords:
    """A real, if simple, embedding: word counts hashed into 64 dimensions, normalised; remembers its calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, list[str]]] = []

    def __call__(self, model: str, texts: Sequence[str]) -> NDArray[np.float32]:
        self.calls.append((model, list(texts)))
        rows = np.zeros((len(texts), 64), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                rows[i, zlib.crc32(word.encode()) % 64] += 1.0
        norms = np.linalg.norm(rows, axis=1, keepdims=True)
        return rows / np.where(norms > 0, norms, 1.0)


def test_similar_passes_at_or_above_the_threshold() -> None:
    embed = BagOfWords()
    tools = CheckTools(embed=embed)
    spec = c("similar", "{{expected}}", model="local:embedder", threshold=0.8)
    values = {"expected": "the cat sat on the mat"}
    assert check(TEXT, "The cat sat on the mat.", spec, values, tools) == CheckResult(
        "my similar", True, "similarity 1.00 ≥ 0.80"
    )
    assert embed.calls == [("local:embedder", ["the cat sat on the mat", "The cat sat on the mat."])]
    result = check(TEXT, "the dog ran in the park", spec, values, tools)
    assert not result.passed
    assert re.fullmatch(r"similarity 0\.\d\d < 0\.80", result.reason), result.reason


def test_similar_without_a_model_or_a_tool_fails_with_a_reason() -> None:
    assert check(TEXT, "x", c("similar", "x")).reason == "no embedding model set"
    assert check(TEXT, "x", c("similar", "x", model="local:e")).reason == "no embedding model available to this run"
    tools = CheckTools(embed=BagOfWords())
    assert check(TEXT, "x", c("similar", " ", model="local:e"), tools=tools).reason == (
        "the check has no expected answer to compare with"
    )
    assert check(TEXT, "!!!", c("similar", "words", model="local:e"), tools=tools).reason == (
        "the embedding model gave no usable vectors"
    )


def test_judge_without_a_model_or_a_tool_fails_with_a_reason() -> None:
    assert check(TEXT, "x", c("judge", "Is it formal?")).reason == "no judge model set"
    assert check(TEXT, "x", c("judge", "Is it formal?", model="peer:gpt-test")).reason == (
        "no judge model available to this run"
    )


def test_a_variable_missing_from_the_row_fails_that_check_only() -> None:
    task = TaskSpec("t", "{{q}}", checks=(c("equals", "{{gold}}"), c("contains", "Par")))
    outcome = run_checks(task, "Paris", parse_output(task, "Paris"), {"q": "capital?"}, CheckTools())
    assert outcome.results == (
        CheckResult("my equals", False, "No value for {{gold}}."),
        CheckResult("my contains", True, ""),
    )
    assert outcome.judge_cost_usd is None


def test_results_come_in_the_tasks_order() -> None:
    kinds: tuple[CheckKind, ...] = ("length_within", "regex", "equals", "icontains", "is_json")
    task = TaskSpec("t", "x", checks=tuple(c(k, "a") for k in kinds))
    outcome = run_checks(task, "a", parse_output(task, "a"), {}, CheckTools())
    assert [r.name for r in outcome.results] == [f"my {k}" for k in kinds]
    assert [r.passed for r in outcome.results] == [True, True, True, True, False]


def test_a_megabyte_answer_is_checked_quickly_with_short_reasons() -> None:
    text = "lorem ipsum " * 87_382  # about 1 MB
    task = TaskSpec("t", "x", checks=(
        c("equals", "lorem"), c("contains", "dolor"), c("icontains", "LOREM"), c("regex", r"\d+"),
        c("is_json"), c("length_within", max_length=1000), c("number_within", "1"),
        c("json_path_equals", "1", path="$.a"),
    ))  # fmt: skip
    started = time.perf_counter()
    outcome = run_checks(task, text, parse_output(task, text), {}, CheckTools())
    assert time.perf_counter() - started < 2.0
    assert [r.passed for r in outcome.results] == [False, False, True, False, False, False, False, False]
    assert all(len(r.reason) < 200 for r in outcome.results), [len(r.reason) for r in outcome.results]
    assert outcome.results[5].reason == f"length {len(text):,}, expected at most 1,000"


def test_deeply_nested_json_fails_its_check_not_the_run() -> None:
    nested = "[" * 900 + "]" * 900
    task = TaskSpec("t", "x", output="json")
    result = check(task, nested, c("json_path_equals", nested, path="$"))
    assert result == CheckResult("my json_path_equals", False, "the answer's JSON is nested too deeply to compare")
