"""Task files: any task round-trips through its YAML file exactly, and every mistake a person can make names the
file, the line and the field."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.tasks.custom.files import (
    MAX_TASK_FILE_BYTES,
    TaskFileError,
    parse_task_yaml,
    read_task,
    task_yaml,
    write_task,
)
from app.core.tasks.custom.spec import CheckSpec, TaskSpec, Variant

INVOICE_TASK = """\
plinth_task: 1
name: Invoice fields
description: Pull the fields out of an invoice.
system_prompt: You extract data.
template: |
  Extract the fields from this invoice:
  {{invoice}}
output: json
schema: {type: object, properties: {number: {type: string}, total: {type: number}}, required: [number, total]}
temperature: 0
max_tokens: 256
variants:
  - {name: terse, template: "Fields of: {{invoice}}"}
checks:
  - {name: total, kind: number_within, path: "$.total", value: "{{total}}", tolerance: 0.01}
  - {name: number, kind: json_path_equals, path: "$.number", value: "{{number}}"}
"""

# Any text but lone surrogates (which no file can hold).
_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
_LINE = _TEXT.filter(lambda t: "\n" not in t and t.strip() != "")
_FILLED = _TEXT.filter(lambda t: t.strip() != "")
_NUMBER = st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False)
_SCHEMAS = st.sampled_from(
    [
        {"type": "object", "properties": {"total": {"type": "number"}}, "required": ["total"]},
        {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}, "minItems": 1},
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "string", "maxLength": 3},
    ]
)


@st.composite
def _checks(draw: st.DrawFn) -> tuple[CheckSpec, ...]:
    names = draw(st.lists(_LINE, max_size=4, unique=True))
    checks = []
    for name in names:
        kind = draw(st.sampled_from(["equals", "contains", "icontains", "regex", "is_json", "json_path_equals",
                                     "number_within", "length_within", "similar", "judge"]))  # fmt: skip
        if kind in ("equals", "contains", "icontains"):
            checks.append(CheckSpec(name, kind, value=draw(_FILLED)))
        elif kind == "regex":
            checks.append(CheckSpec(name, kind, value=draw(st.sampled_from([r"\d+", "^yes$", "{{pattern}}"]))))
        elif kind == "is_json":
            checks.append(CheckSpec(name, kind))
        elif kind == "json_path_equals":
            checks.append(CheckSpec(name, kind, path="$.total", value=draw(_TEXT)))
        elif kind == "number_within":
            value = draw(st.one_of(_NUMBER.map(repr), st.just("{{total}}")))
            checks.append(CheckSpec(name, kind, path=draw(st.sampled_from(["", "$.a[0]"])), value=value,
                                    tolerance=draw(_NUMBER)))  # fmt: skip
        elif kind == "length_within":
            low = draw(st.none() | st.integers(0, 100))
            high = draw(st.none() | st.integers(100, 1000)) if low is not None else draw(st.integers(0, 1000))
            checks.append(CheckSpec(name, kind, min_length=low, max_length=high))
        elif kind == "similar":
            checks.append(CheckSpec(name, kind, value=draw(_FILLED), threshold=draw(st.floats(-1, 1)),
                                    model=draw(st.sampled_from(["", "local:bge-small"]))))  # fmt: skip
        else:
            checks.append(CheckSpec(name, kind, value=draw(_FILLED), model=draw(st.sampled_from(["", "openai:x"]))))
    return tuple(checks)


@st.composite
def _tasks(draw: st.DrawFn) -> TaskSpec:
    output = draw(st.sampled_from(["text", "label", "json"]))
    variant_names = draw(st.lists(_LINE.filter(lambda n: n != "default"), max_size=3, unique=True))
    return TaskSpec(
        name=draw(_LINE),
        template=draw(_FILLED),
        system_prompt=draw(_TEXT),
        description=draw(_TEXT),
        output=output,
        labels=tuple(draw(st.lists(_LINE, min_size=2, max_size=5, unique=True))) if output == "label" else (),
        schema=draw(_SCHEMAS) if output == "json" else None,
        temperature=draw(st.floats(0, 2)),
        max_tokens=draw(st.integers(1, 100_000)),
        seed=draw(st.none() | st.integers(-(2**63), 2**63)),
        checks=draw(_checks()),
        variants=tuple(Variant(n, draw(_FILLED), draw(st.none() | _TEXT)) for n in variant_names),
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_tasks())
def test_any_task_reads_back_exactly_as_written(task: TaskSpec) -> None:
    assert parse_task_yaml(task_yaml(task), "t.yaml") == task


def test_the_file_reads_back_from_disk_and_is_what_a_person_would_write(tmp_path: Path) -> None:
    source = tmp_path / "invoice.yaml"
    source.write_text(INVOICE_TASK, encoding="utf-8")
    task = read_task(source)
    assert task.template == "Extract the fields from this invoice:\n{{invoice}}\n"
    assert task.schema is not None and task.schema["required"] == ["number", "total"]
    assert task.checks[0] == CheckSpec("total", "number_within", value="{{total}}", path="$.total", tolerance=0.01)
    assert task.variants == (Variant("terse", "Fields of: {{invoice}}"),)

    copy = tmp_path / "sub" / "copy.yaml"
    write_task(task, copy)
    assert read_task(copy) == task
    text = copy.read_text(encoding="utf-8")
    # Multi-line text as a block, defaults left out: a file a person can edit.
    assert "template: |\n  Extract the fields from this invoice:\n  {{invoice}}\n" in text
    assert "threshold" not in text and "min_length" not in text
    assert text.startswith("plinth_task: 1\n")
    assert [p.name for p in copy.parent.iterdir()] == ["copy.yaml"]  # no temporary file left behind


def _mistake(tmp_path: Path, text: str) -> str:
    path = tmp_path / "task.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TaskFileError) as raised:
        read_task(path)
    assert str(path) in raised.value.message
    assert raised.value.hint
    return raised.value.message


def _edited(old: str, new: str) -> str:
    assert old in INVOICE_TASK
    return INVOICE_TASK.replace(old, new)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("kind: number_within", "kind: equal", "line 15: checks[0].kind: 'equal' is not a check"),
        ("max_tokens: 256", "max_tokens: 256\nmax_token: 10", "line 12: max_token: 'max_token' is not a field"),
        ("max_tokens: 256", "max_tokens: lots", "line 11: max_tokens: 'lots' is not a whole number"),
        ("max_tokens: 256", "max_tokens: true", "max_tokens: True is not a whole number"),
        ("max_tokens: 256", "max_tokens: 0", "max_tokens: 0 is too small"),
        ("temperature: 0", "temperature: -1", "temperature: -1 is out of range"),
        ("template: |\n  Extract the fields from this invoice:\n  {{invoice}}\n", "", "template: is missing"),
        ("output: json", "output: xml", "line 8: output: 'xml' is not an output kind"),
        ("schema: {type: object, properties: {number: {type: string}, total: {type: number}}, "
         "required: [number, total]}\n", "", "line 8: output: a json task needs a JSON Schema"),
        ("{type: string}", "{type: strin}", "line 9: schema.properties.number.type: not a valid JSON Schema"),
        ("output: json", "output: text", "schema: only a json task has a schema"),
        ("output: json", "output: label\nlabels: [yes, no]", "labels[0]: True is not text"),
        ("output: json", "output: label\nlabels: [spam]", "a label task needs at least two labels"),
        ("{name: terse, ", "{", "variants[0].name: is missing"),
        ("{name: terse, ", "{name: default, ", "variants[0].name: 'default' names the task's own template"),
        ("name: number,", "name: total,", "line 16: checks[1].name: 'total' names another check too"),
        ("tolerance: 0.01", "tolerance: 0.01, threshold: 0.5", "checks[0].threshold: a number_within check does not use threshold"),
        ("value: \"{{total}}\"", "value: abc", "checks[0].value: 'abc' is not a number"),
        ("path: \"$.number\"", "path: number", "checks[1].path: 'number' is not a JSON path"),
        ("plinth_task: 1", "plinth_task: 2", "line 1: plinth_task: version 2 comes from a newer Plinth"),
        ("plinth_task: 1\n", "", "not a Plinth task file"),
        ("max_tokens: 256", "max_tokens: 256\nmax_tokens: 128", "line 12: 'max_tokens' is given twice"),
        ("description: Pull the fields out of an invoice.\nsystem_prompt: You extract data.",
         "system_prompt: &p You extract data.\ndescription: *p", "line 3: anchors and aliases"),
        ("required: [number, total]}", "required: [number, total}", "line 9: not valid YAML"),
    ],
)  # fmt: skip
def test_each_mistake_names_the_file_line_and_field(tmp_path: Path, old: str, new: str, expected: str) -> None:
    assert expected in _mistake(tmp_path, _edited(old, new))


@pytest.mark.parametrize(
    ("check", "expected"),
    [
        ("{name: c, kind: contains}", "checks[0]: a contains check needs a value"),
        ("{name: c, kind: regex, value: '(unclosed'}", "checks[0].value: '(unclosed' is not a regular expression"),
        ("{name: c, kind: length_within}", "needs min_length, max_length or both"),
        ("{name: c, kind: length_within, min_length: 9, max_length: 3}", "max_length 3 is below min_length 9"),
        ("{name: c, kind: similar, value: x, threshold: 1.5}", "1.5 is above 1"),
        ("{name: c, kind: json_path_equals, value: x}", "a json_path_equals check needs a path"),
        ("[c, contains]", "checks[0]: a list is not a mapping with a name and a kind"),
    ],
)
def test_each_check_is_checked_for_what_its_kind_reads(tmp_path: Path, check: str, expected: str) -> None:
    text = f"plinth_task: 1\nname: t\ntemplate: '{{{{x}}}}'\nchecks:\n  - {check}\n"
    assert expected in _mistake(tmp_path, text)


def test_files_that_are_no_task_file_are_refused_with_a_reason(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"#" * (MAX_TASK_FILE_BYTES + 1))
    with pytest.raises(TaskFileError, match="too big for a task file"):
        read_task(big)
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("plinth_task: 1\nname: caf\xe9\n".encode("latin-1"))
    with pytest.raises(TaskFileError, match="not UTF-8"):
        read_task(latin)
    with pytest.raises(TaskFileError, match="cannot be read"):
        read_task(tmp_path / "missing.yaml")
    assert "not a Plinth task file" in _mistake(tmp_path, "- a list\n- of things\n")


def test_a_task_that_could_not_be_read_back_is_not_written(tmp_path: Path) -> None:
    target = tmp_path / "t.yaml"
    broken = TaskSpec(name="t", template="{{x}}", output="label", labels=("only one",))
    with pytest.raises(TaskFileError, match="at least two labels"):
        write_task(broken, target)
    assert not target.exists()
    # The file Plinth writes is plain YAML any tool reads.
    write_task(TaskSpec(name="t", template="a\nb", seed=7), target)
    assert yaml.safe_load(target.read_text(encoding="utf-8"))["seed"] == 7
