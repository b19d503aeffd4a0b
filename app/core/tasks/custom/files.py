"""Task files: a ``TaskSpec`` as a YAML file a person can read, edit by hand and share.

The file is a mapping whose keys are ``TaskSpec``'s fields, with
``plinth_task: 1`` first (the format's version)::

    plinth_task: 1
    name: Invoice fields
    template: |
      Extract the fields from this invoice:
      {{invoice}}
    output: json
    schema: {type: object, properties: {total: {type: number}}, required: [total]}
    checks:
      - {name: total, kind: number_within, path: "$.total", value: "{{total}}", tolerance: 0.01}

Reading checks everything a person could get wrong and names the file, the
line and the field (``checks[2].kind``) with what to do; writing checks the
same, so every file Plinth writes reads back as the same task.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar, cast

import yaml

from app.core.errors import UserFacingError
from app.core.files import write_text_atomic
from app.core.tasks.custom.spec import (
    CHECK_KINDS,
    OUTPUT_KINDS,
    CheckKind,
    CheckSpec,
    OutputKind,
    TaskSpec,
    Variant,
    variables,
)
from app.core.ui_text import ui_join, ui_text

#: The version of the format this Plinth writes, and the newest it reads.
FORMAT_VERSION = 1
VERSION_KEY = "plinth_task"
TASK_SUFFIXES = (".yaml", ".yml")
#: A task is a few kilobytes; anything this big is some other file opened by mistake.
MAX_TASK_FILE_BYTES = 1_000_000

_TASK_KEYS = (
    VERSION_KEY,
    "name",
    "description",
    "system_prompt",
    "template",
    "output",
    "labels",
    "schema",
    "temperature",
    "max_tokens",
    "seed",
    "variants",
    "checks",
)
_VARIANT_KEYS = ("name", "template", "system_prompt")
_CHECK_KEYS = ("name", "kind", "value", "path", "tolerance", "min_length", "max_length", "threshold", "model")
#: The fields each check kind reads besides its name and kind; any other is a mistake worth saying.
_KIND_FIELDS: Mapping[CheckKind, tuple[str, ...]] = {
    "equals": ("value",),
    "contains": ("value",),
    "icontains": ("value",),
    "regex": ("value",),
    "is_json": (),
    "json_path_equals": ("path", "value"),
    "number_within": ("path", "value", "tolerance"),
    "length_within": ("min_length", "max_length"),
    "similar": ("value", "threshold", "model"),
    "judge": ("value", "model"),
}
#: The kinds whose ``value`` must be given (``json_path_equals`` may expect an empty text).
_NEEDS_VALUE = ("equals", "contains", "icontains", "regex", "number_within", "similar", "judge")
_CHECK_DEFAULTS = CheckSpec(name="", kind="equals")
_TASK_DEFAULTS = TaskSpec(name="", template="")
#: What the variant list calls the task's own template.
DEFAULT_VARIANT = _TASK_DEFAULTS.all_variants()[0].name

_T = TypeVar("_T")
FieldPath = tuple[str | int, ...]


class TaskFileError(UserFacingError):
    """A task file that cannot be read or written as it is; the message names the file, line and field."""

    title = "The task file cannot be used"


def read_task(path: Path) -> TaskSpec:
    """The task in the YAML file at ``path``; ``TaskFileError`` for anything wrong with it."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_TASK_FILE_BYTES:
            raise TaskFileError(
                ui_text("{path} is {size} MB: too big for a task file.", path=str(path), size=f"{size / 1e6:.1f}"),
                ui_text("Open the task's .yaml file, not a data file."),
            )
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TaskFileError(
            ui_text("{path} is not UTF-8 text ({reason}).", path=str(path), reason=exc.reason),
            ui_text("Save it as UTF-8 and open it again."),
        ) from exc
    except OSError as exc:
        raise TaskFileError(
            ui_text("{path} cannot be read: {reason}.", path=str(path), reason=str(exc.strerror or exc)),
            ui_text("Check the path and its permissions."),
        ) from exc
    return parse_task_yaml(text, str(path))


def write_task(spec: TaskSpec, path: Path) -> None:
    """Write ``spec`` to ``path`` whole or not at all; ``TaskFileError`` (naming the field) when the task
    could not be read back as it is."""
    write_text_atomic(Path(path), task_yaml(spec, str(path)))


def task_yaml(spec: TaskSpec, source: str = "the task") -> str:
    """``spec`` as the text of a task file. Fields left at their defaults are left out, multi-line text is
    written as a ``|`` block; the text is read back to be sure it gives ``spec`` again."""
    text = yaml.dump(
        _task_data(spec), Dumper=_TaskDumper, sort_keys=False, allow_unicode=True, width=10**9, default_flow_style=False
    )
    if parse_task_yaml(text, source) != spec:
        raise TaskFileError(
            ui_text("{source}: the task does not read back as it was written.", source=source),
            ui_text("Report this; the task was not saved."),
        )
    return text


def parse_task_yaml(text: str, source: str) -> TaskSpec:
    """The task in ``text`` (a task file's content); ``source`` names it in messages."""
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
        _refuse_aliases_and_duplicates(root, source)
        data = loader.construct_document(root) if root is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise TaskFileError(
            ui_text(
                "{source}, line {line}: not valid YAML ({problem}).", source=source, line=mark.line + 1, problem=problem
            )
            if mark is not None
            else ui_text("{source}: not valid YAML ({problem}).", source=source, problem=problem),
            ui_text("Fix the file in a text editor; indentation and unquoted ':' are the usual culprits."),
        ) from exc
    finally:
        loader.dispose()
    return _TaskReader(source, root).task(data)


def _refuse_aliases_and_duplicates(root: yaml.Node | None, source: str) -> None:
    # An alias makes a node reachable twice; walking (or dumping) such a tree can blow up exponentially.
    seen: set[int] = set()
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise TaskFileError(
                ui_text(
                    "{source}, line {line}: anchors and aliases (& and *) are not used in task files.",
                    source=source,
                    line=node.start_mark.line + 1,
                ),
                ui_text("Write the value out in full where the alias stands."),
            )
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            keys: set[object] = set()
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in keys:
                        raise TaskFileError(
                            ui_text(
                                "{source}, line {line}: {key} is given twice.",
                                source=source,
                                line=key.start_mark.line + 1,
                                key=repr(key.value),
                            ),
                            ui_text("Keep one of them."),
                        )
                    keys.add(key.value)
                stack += [key, value]
        elif isinstance(node, yaml.SequenceNode):
            stack += node.value


def _field_name(path: FieldPath) -> str:
    name = ""
    for part in path:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else part)
    return name


class _TaskReader:
    """Turns the loaded YAML into a ``TaskSpec``, failing at the first mistake with its line and field."""

    def __init__(self, source: str, root: yaml.Node | None) -> None:
        self._source = source
        self._root = root

    def fail(self, path: FieldPath, problem: str, hint: str) -> TaskFileError:
        line = self._line(path)
        where = ui_text("{source}, line {line}", source=self._source, line=line) if line is not None else self._source
        parts = [where, _field_name(path), problem] if path else [where, problem]
        return TaskFileError(ui_join(parts, ": "), hint)

    def _line(self, path: FieldPath) -> int | None:
        node = self._root
        for part in path:
            if isinstance(node, yaml.MappingNode):
                node = next((v for k, v in node.value if isinstance(part, str) and k.value == part), None)
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
                node = node.value[part]
            else:
                node = None
            if node is None:
                break
        return None if node is None else node.start_mark.line + 1

    def task(self, data: object) -> TaskSpec:
        if not isinstance(data, dict) or VERSION_KEY not in data:
            raise self.fail(
                (),
                ui_text("this is not a Plinth task file (it has no 'plinth_task: 1' line)."),
                ui_text("Open a task saved by Plinth, or start the file with 'plinth_task: 1'."),
            )
        self._known_keys(data, (), _TASK_KEYS, ui_text("a task"))
        version = self.value(data[VERSION_KEY], (VERSION_KEY,), int)
        if version > FORMAT_VERSION:
            raise self.fail(
                (VERSION_KEY,),
                ui_text(
                    "version {version} comes from a newer Plinth; this one reads up to version {supported}.",
                    version=version,
                    supported=FORMAT_VERSION,
                ),
                ui_text("Update Plinth to open this task."),
            )
        if version < 1:
            raise self.fail(
                (VERSION_KEY,),
                ui_text("{version} is no version.", version=version),
                ui_text("Write plinth_task: {version}.", version=FORMAT_VERSION),
            )
        output = self._output(data)
        spec = TaskSpec(
            name=self.text(data, ("name",), required=True, one_line=True),
            template=self.text(data, ("template",), required=True),
            system_prompt=self.text(data, ("system_prompt",)),
            description=self.text(data, ("description",)),
            output=output,
            labels=self._labels(data, output),
            schema=self._schema(data, output),
            temperature=self.number(data, ("temperature",), _TASK_DEFAULTS.temperature, low=0.0),
            max_tokens=self.whole(data, ("max_tokens",), _TASK_DEFAULTS.max_tokens, low=1),
            seed=self.optional(data, ("seed",), int),
            variants=self._variants(data),
            checks=self._checks(data),
        )
        return spec

    def _known_keys(self, data: Mapping[str, object], path: FieldPath, known: Sequence[str], what: str) -> None:
        for key in data:
            if key not in known:
                raise self.fail(
                    (*path, str(key)),
                    ui_text("{key} is not a field of {what}.", key=repr(key), what=what),
                    ui_text("Use only {fields}; check the spelling.", fields=", ".join(known)),
                )

    def value(self, found: object, path: FieldPath, kind: type[_T], *, what: str = "") -> _T:
        # bool is an int to Python; in a task file `max_tokens: yes` is a mistake.
        if not isinstance(found, kind) or (isinstance(found, bool) and kind is not bool):
            kinds = {int: ui_text("a whole number"), list: ui_text("a list"), dict: ui_text("a mapping")}
            wanted = what or kinds.get(kind, "")
            raise self.fail(
                path,
                ui_text("{found} is not {wanted}.", found=_shown(found), wanted=wanted),
                ui_text("Write {wanted} there.", wanted=wanted),
            )
        return found

    def optional(self, data: Mapping[str, object], path: FieldPath, kind: type[_T]) -> _T | None:
        found = data.get(cast(str, path[-1]))
        return None if found is None else self.value(found, path, kind)

    def text(
        self, data: Mapping[str, object], path: FieldPath, *, required: bool = False, one_line: bool = False
    ) -> str:
        found = data.get(cast(str, path[-1]))
        if found is None:
            if required:
                raise self.fail(
                    path, ui_text("is missing."), ui_text("Add a {field} to the file.", field=str(path[-1]))
                )
            return ""
        return self.text_value(found, path, required=required, one_line=one_line)

    def text_value(self, found: object, path: FieldPath, *, required: bool = False, one_line: bool = False) -> str:
        if isinstance(found, bool) or not isinstance(found, str | int | float):
            raise self.fail(
                path,
                ui_text("{found} is not text.", found=_shown(found)),
                ui_text("Write text there (quote it if in doubt)."),
            )
        text = str(found)
        what = _field_name(path)
        if required and not text.strip():
            raise self.fail(path, ui_text("is empty."), ui_text("Write the {field}.", field=what))
        if one_line and "\n" in text:
            raise self.fail(path, ui_text("spans several lines."), ui_text("Keep the {field} on one line.", field=what))
        return text

    def number(self, data: Mapping[str, object], path: FieldPath, default: float, *, low: float) -> float:
        found = data.get(cast(str, path[-1]))
        if found is None:
            return default
        number = float(self.value(found, path, cast(type[float], int | float), what=ui_text("a number")))
        if not math.isfinite(number) or number < low:
            raise self.fail(
                path,
                ui_text("{value} is out of range.", value=found),
                ui_text("Write a number of at least {low}.", low=f"{low:g}"),
            )
        return number

    def whole(self, data: Mapping[str, object], path: FieldPath, default: _T, *, low: int) -> int | _T:
        number = self.optional(data, path, int)
        if number is None:
            return default
        if number < low:
            raise self.fail(
                path,
                ui_text("{value} is too small.", value=number),
                ui_text("Write a whole number of at least {low}.", low=low),
            )
        return number

    def _output(self, data: Mapping[str, object]) -> OutputKind:
        output = self.text(data, ("output",)) or _TASK_DEFAULTS.output
        if output not in OUTPUT_KINDS:
            raise self.fail(
                ("output",),
                ui_text("{output} is not an output kind.", output=repr(output)),
                ui_text("Use one of {kinds}.", kinds=", ".join(OUTPUT_KINDS)),
            )
        return output

    def _labels(self, data: Mapping[str, object], output: OutputKind) -> tuple[str, ...]:
        found = self.optional(data, ("labels",), list) or []
        if output != "label":
            if found:
                raise self.fail(
                    ("labels",),
                    ui_text("only a label task has labels; this one's output is {output}.", output=output),
                    ui_text("Set output: label, or remove the labels."),
                )
            return ()
        if len(found) < 2:
            raise self.fail(
                ("labels",) if "labels" in data else ("output",),
                ui_text("a label task needs at least two labels to choose from."),
                ui_text("List them, e.g. labels: [positive, negative]."),
            )
        labels = [self.text_value(label, ("labels", i), required=True, one_line=True) for i, label in enumerate(found)]
        for i, label in enumerate(labels):
            if label in labels[:i]:
                raise self.fail(
                    ("labels", i),
                    ui_text("{label} is listed twice.", label=repr(label)),
                    ui_text("Keep each label once."),
                )
        return tuple(labels)

    def _schema(self, data: Mapping[str, object], output: OutputKind) -> Mapping[str, Any] | None:
        schema = self.optional(data, ("schema",), dict)
        if output != "json":
            if schema is not None:
                raise self.fail(
                    ("schema",),
                    ui_text("only a json task has a schema; this one's output is {output}.", output=output),
                    ui_text("Set output: json, or remove the schema."),
                )
            return None
        if schema is None:
            raise self.fail(
                ("schema",) if "schema" in data else ("output",),
                ui_text("a json task needs a JSON Schema for its answer."),
                ui_text(
                    "Add e.g. {example}.",
                    example="schema: {type: object, properties: {total: {type: number}}, required: [total]}",
                ),
            )
        try:
            json.dumps(schema, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise self.fail(
                ("schema",),
                ui_text("holds something JSON cannot ({reason}).", reason=str(exc)),
                ui_text("Quote dates and use only text, numbers, true/false, null, lists and mappings."),
            ) from exc
        import jsonschema.exceptions
        import jsonschema.validators

        try:
            jsonschema.validators.validator_for(schema).check_schema(schema)
        except jsonschema.exceptions.SchemaError as exc:
            inner = ("schema", *(str(p) if isinstance(p, str) else int(p) for p in exc.path))
            raise self.fail(
                inner,
                ui_text("not a valid JSON Schema: {reason}.", reason=exc.message),
                ui_text("See https://json-schema.org/understanding-json-schema for the keywords."),
            ) from exc
        return schema

    def _variants(self, data: Mapping[str, object]) -> tuple[Variant, ...]:
        variants: list[Variant] = []
        for i, item in enumerate(self.optional(data, ("variants",), list) or []):
            path: FieldPath = ("variants", i)
            entry = self.value(item, path, dict, what=ui_text("a mapping with a name and a template"))
            self._known_keys(entry, path, _VARIANT_KEYS, ui_text("a variant"))
            name = self.text(entry, (*path, "name"), required=True, one_line=True)
            if name == DEFAULT_VARIANT or name in (v.name for v in variants):
                taken = (
                    ui_text("{name} names the task's own template.", name=repr(name))
                    if name == DEFAULT_VARIANT
                    else ui_text("{name} is used by another variant.", name=repr(name))
                )
                raise self.fail((*path, "name"), taken, ui_text("Give each variant a name of its own."))
            system = self.text(entry, (*path, "system_prompt")) if entry.get("system_prompt") is not None else None
            variants.append(Variant(name, self.text(entry, (*path, "template"), required=True), system))
        return tuple(variants)

    def _checks(self, data: Mapping[str, object]) -> tuple[CheckSpec, ...]:
        checks: list[CheckSpec] = []
        for i, item in enumerate(self.optional(data, ("checks",), list) or []):
            check = self._check(("checks", i), item)
            if check.name in (c.name for c in checks):
                raise self.fail(
                    ("checks", i, "name"),
                    ui_text("{name} names another check too.", name=repr(check.name)),
                    ui_text("Give each check a name of its own; results are shown by name."),
                )
            checks.append(check)
        return tuple(checks)

    def _check(self, path: FieldPath, item: object) -> CheckSpec:
        entry = self.value(item, path, dict, what=ui_text("a mapping with a name and a kind"))
        self._known_keys(entry, path, _CHECK_KEYS, ui_text("a check"))
        name = self.text(entry, (*path, "name"), required=True, one_line=True)
        kind = self.text(entry, (*path, "kind"), required=True)
        if kind not in CHECK_KINDS:
            raise self.fail(
                (*path, "kind"),
                ui_text("{kind} is not a check.", kind=repr(kind)),
                ui_text("Use one of {kinds}.", kinds=", ".join(CHECK_KINDS)),
            )
        used = _KIND_FIELDS[kind]
        for key in entry:
            if key not in ("name", "kind", *used):
                raise self.fail(
                    (*path, key),
                    ui_text("a {kind} check does not use {key}.", kind=kind, key=key),
                    ui_text(
                        "Remove it; a {kind} check reads {fields}.",
                        kind=kind,
                        fields=", ".join(used) or ui_text("nothing else"),
                    ),
                )
        value = self.text(entry, (*path, "value"))
        if kind in _NEEDS_VALUE and not value:
            raise self.fail(
                (*path, "value") if "value" in entry else path,
                ui_text("a {kind} check needs a value.", kind=kind),
                ui_text(
                    "Write the expected text, pattern, number or rubric; {column} takes it from the row.",
                    column="{{column}}",
                ),
            )
        check = CheckSpec(
            name=name,
            kind=kind,
            value=value,
            path=self.text(entry, (*path, "path"), one_line=True),
            tolerance=self.number(entry, (*path, "tolerance"), _CHECK_DEFAULTS.tolerance, low=0.0),
            min_length=self.whole(entry, (*path, "min_length"), None, low=0),
            max_length=self.whole(entry, (*path, "max_length"), None, low=0),
            threshold=self.number(entry, (*path, "threshold"), _CHECK_DEFAULTS.threshold, low=-1.0),
            model=self.text(entry, (*path, "model"), one_line=True),
        )
        self._check_values(path, check)
        return check

    def _check_values(self, path: FieldPath, check: CheckSpec) -> None:
        literal = not variables(check.value)
        if check.kind == "regex" and literal:
            try:
                re.compile(check.value)
            except re.error as exc:
                raise self.fail(
                    (*path, "value"),
                    ui_text(
                        "{value} is not a regular expression ({reason}).", value=repr(check.value), reason=str(exc)
                    ),
                    ui_text("Fix the pattern (Python's re syntax)."),
                ) from exc
        if check.kind == "number_within" and literal and _number(check.value) is None:
            raise self.fail(
                (*path, "value"),
                ui_text("{value} is not a number.", value=repr(check.value)),
                ui_text("Write the expected number, or {column} to take it from the row.", column="{{column}}"),
            )
        if check.path and not check.path.startswith("$"):
            raise self.fail(
                (*path, "path"),
                ui_text("{path} is not a JSON path.", path=repr(check.path)),
                ui_text("Start it with $, e.g. $.total or $.items[0].name."),
            )
        if check.kind == "json_path_equals" and not check.path:
            raise self.fail(path, ui_text("a json_path_equals check needs a path."), ui_text("Add e.g. path: $.total."))
        if check.kind == "similar" and check.threshold > 1:
            raise self.fail(
                (*path, "threshold"),
                ui_text("{threshold} is above 1, the most a similarity can be.", threshold=f"{check.threshold:g}"),
                ui_text("Write a threshold between 0 and 1, e.g. 0.8."),
            )
        if check.kind == "length_within":
            if check.min_length is None and check.max_length is None:
                raise self.fail(
                    path,
                    ui_text("a length_within check needs min_length, max_length or both."),
                    ui_text("Add e.g. max_length: 280."),
                )
            if check.min_length is not None and check.max_length is not None and check.min_length > check.max_length:
                raise self.fail(
                    (*path, "max_length"),
                    ui_text("max_length {max} is below min_length {min}.", max=check.max_length, min=check.min_length),
                    ui_text("Swap them, or widen the range."),
                )


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _shown(value: object) -> str:
    if isinstance(value, dict):
        return ui_text("a mapping")
    if isinstance(value, list):
        return ui_text("a list")
    if value is None:
        return ui_text("nothing")
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _task_data(spec: TaskSpec) -> dict[str, object]:
    data: dict[str, object] = {VERSION_KEY: FORMAT_VERSION, "name": spec.name}
    for key in ("description", "system_prompt"):
        if getattr(spec, key):
            data[key] = getattr(spec, key)
    data["template"] = spec.template
    data["output"] = spec.output
    if spec.labels:
        data["labels"] = list(spec.labels)
    if spec.schema is not None:
        # Through JSON: a schema built in code may hold tuples or read-only mappings, which YAML cannot dump safely.
        data["schema"] = json.loads(json.dumps(spec.schema))
    data["temperature"] = spec.temperature
    data["max_tokens"] = spec.max_tokens
    if spec.seed is not None:
        data["seed"] = spec.seed
    if spec.variants:
        data["variants"] = [_variant_data(v) for v in spec.variants]
    if spec.checks:
        data["checks"] = [_check_data(c) for c in spec.checks]
    return data


def _variant_data(variant: Variant) -> dict[str, object]:
    data: dict[str, object] = {"name": variant.name, "template": variant.template}
    if variant.system_prompt is not None:
        data["system_prompt"] = variant.system_prompt
    return data


def _check_data(check: CheckSpec) -> dict[str, object]:
    data: dict[str, object] = {"name": check.name, "kind": check.kind}
    for key in _KIND_FIELDS[check.kind]:
        value = getattr(check, key)
        if value != getattr(_CHECK_DEFAULTS, key):
            data[key] = value
    return data


class _TaskDumper(yaml.SafeDumper):
    """Writes multi-line text as ``|`` blocks, which read as they will be sent."""


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    # PyYAML falls back to a quoted style by itself where a block cannot hold the text exactly, but it writes
    # the other line breaks YAML knows (\r, NEL, U+2028/9) unescaped, and a reader folds them: escape them.
    style = '"' if _OTHER_BREAKS.search(text) else "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_OTHER_BREAKS = re.compile("[\r\x85\u2028\u2029]")


_TaskDumper.add_representer(str, _represent_text)
