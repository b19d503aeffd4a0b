"""promptfoo configs as Plinth tasks: ``promptfooconfig.yaml`` → a task, its rows, and Plinth models for its
providers, with every part that has no Plinth counterpart reported rather than dropped.

What maps (promptfoo's names → Plinth's):

* ``prompts``: the first → the template, the others → variants; ``file://`` text prompts are read (a file's
  ``---`` lines separate prompts, as promptfoo splits them). Nunjucks beyond ``{{ name }}`` (filters, tags,
  ``{{ a.b }}``) is kept as written and reported, since Plinth fills plain variables only.
* ``providers``: ``openai:…``, ``anthropic:…``, ``google:``/``vertex:…`` → the first Plinth provider of that
  kind; ``ollama:``, ``openrouter:``, ``groq:``, ``mistral:`` → an OpenAI-compatible provider of that name or
  whose base URL points there. The model id is ``<Plinth provider>:<model>``.
* ``tests`` (inline, or a ``file://`` CSV or YAML file) and ``defaultTest.vars`` → rows; a list value expands
  into one row per item, as in promptfoo.
* asserts ``equals``, ``contains``, ``icontains``, ``regex``, ``is-json``, ``similar`` (``threshold``) and
  ``llm-rubric`` → checks. ``defaultTest`` asserts keep their value; each test's own asserts become one check
  per type whose value is a generated ``{{expected_…}}`` column, so one task carries every row's expectation.
  ``llm-rubric`` is graded by its own ``provider`` or ``defaultTest.options.provider``; ``similar`` only by its
  own (a chat model does not embed); without one the check is kept and the missing model reported.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from app.core.errors import UserFacingError
from app.core.tasks.custom.files import DEFAULT_VARIANT
from app.core.tasks.custom.spec import CheckKind, CheckSpec, MissingVariableError, TaskSpec, Variant, render
from app.core.ui_text import ui_join, ui_text

if TYPE_CHECKING:
    from app.core.providers import ProviderConfig

#: Bigger than any hand-written config; a bigger file is something else.
MAX_CONFIG_BYTES = 5_000_000
_ASSERTS: Mapping[str, CheckKind] = {
    "equals": "equals", "contains": "contains", "icontains": "icontains", "regex": "regex", "is-json": "is_json",
    "similar": "similar", "llm-rubric": "judge",
}  # fmt: skip
#: promptfoo's default for ``similar``.
_SIMILAR_THRESHOLD = 0.75
_NATIVE = {"openai": "openai", "anthropic": "anthropic", "google": "gemini", "vertex": "gemini"}
#: promptfoo provider prefixes served over the OpenAI protocol, and what their base URL contains.
_COMPATIBLE = {"ollama": ":11434", "openrouter": "openrouter.ai", "groq": "groq.com", "mistral": "mistral.ai"}
#: The API-style word some ids carry before the model (``openai:chat:gpt-4o``, ``ollama:completion:phi4``).
_API_STYLES = ("chat", "completion", "responses", "messages")
_PLAIN_VARIABLE = re.compile(r"\{\{\s*[A-Za-z_]\w*\s*\}\}")
_NUNJUCKS = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_PROMPT_SEPARATOR = re.compile(r"^---$", re.MULTILINE)
_TEXT_PROMPT_SUFFIXES = (".txt", ".md", ".j2", ".prompt")


class PromptfooImportError(UserFacingError):
    title = "The promptfoo config cannot be imported"


@dataclass
class PromptfooImport:
    task: TaskSpec
    #: One per test (after list values are expanded): its vars, then the generated ``expected_…`` columns.
    rows: list[dict[str, str]]
    #: Every promptfoo provider id with the Plinth model id it maps to, or None.
    providers: list[tuple[str, str | None]]
    #: Each part of the config that Plinth does not use, said in a sentence naming where it is.
    unmapped: list[str] = field(default_factory=list)


def import_promptfoo(config_path: Path, providers: Sequence[ProviderConfig] = ()) -> PromptfooImport:
    """The task, rows and models in the promptfoo config at ``config_path``; ``providers`` are the Plinth
    providers set up (``ProviderStore.load()``), to which promptfoo's providers are mapped."""
    return _Importer(Path(config_path), providers).run()


class _Importer:
    def __init__(self, path: Path, providers: Sequence[ProviderConfig]) -> None:
        self.path = path
        self.base = path.parent
        self.configured = providers
        self.unmapped: list[str] = []

    def note(self, where: str, what: str) -> None:
        self.unmapped.append(ui_join([where, what], ": "))

    def run(self) -> PromptfooImport:
        config = self._load(self.path)
        if not isinstance(config, dict):
            raise PromptfooImportError(
                ui_text("{path} is not a promptfoo config.", path=str(self.path)),
                ui_text("Open a promptfooconfig.yaml."),
            )
        for key in config:
            if key not in ("description", "prompts", "providers", "tests", "defaultTest"):
                self.note(str(key), ui_text("not used by Plinth"))
        templates = self._prompts(config.get("prompts"))
        if not templates:
            raise PromptfooImportError(
                ui_text("{path} has no prompt Plinth can use.", path=str(self.path)),
                ui_text("Give at least one text prompt under prompts:."),
            )
        mapped = [self._provider(f"providers[{i}]", p) for i, p in enumerate(_as_list(config.get("providers")))]
        defaults = config.get("defaultTest") or {}
        if not isinstance(defaults, dict):
            self.note("defaultTest", ui_text("{value} (a file of defaults) was not read", value=repr(defaults)))
            defaults = {}
        grader = self._grader(defaults)
        checks = self._assert_checks("defaultTest", defaults.get("assert"), grader, per_row=None)
        base_vars = self._vars("defaultTest.vars", defaults.get("vars"))
        rows, expectations = self._tests(config.get("tests"), base_vars, grader)
        checks = _unique_checks([*checks, *expectations.checks(rows, self)])
        description = str(config.get("description") or "")
        first_line = description.strip().splitlines()[0] if description.strip() else ""
        name = first_line if 0 < len(first_line) <= 80 else _default_name(self.path)
        (_, template), *others = templates
        variants = tuple(Variant(n, t) for n, t in _unique_names(others, {DEFAULT_VARIANT}))
        task = TaskSpec(name=name, template=template, description=description, checks=tuple(checks), variants=variants)
        # A test whose list values expand into several rows would report its parts once per row.
        return PromptfooImport(task, rows, [m for m in mapped if m is not None], list(dict.fromkeys(self.unmapped)))

    def _load(self, path: Path) -> object:
        try:
            if path.stat().st_size > MAX_CONFIG_BYTES:
                raise PromptfooImportError(
                    ui_text("{path} is too big for a promptfoo config.", path=str(path)),
                    ui_text("Open the config file."),
                )
            return yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise PromptfooImportError(
                ui_text("{path} cannot be read: {reason}.", path=str(path), reason=str(exc)),
                ui_text("Check the path; save it as UTF-8."),
            ) from exc
        except yaml.YAMLError as exc:
            raise PromptfooImportError(
                ui_text("{path} is not valid YAML: {reason}.", path=str(path), reason=str(exc)),
                ui_text("Fix it, then import again."),
            ) from exc

    # Prompts ------------------------------------------------------------------------------------------------

    def _prompts(self, prompts: object) -> list[tuple[str, str]]:
        items = list(prompts.items()) if isinstance(prompts, dict) else [(p, None) for p in _as_list(prompts)]
        found: list[tuple[str, str]] = []
        for i, (prompt, label) in enumerate(items):
            where = f"prompts[{i}]"
            if isinstance(prompt, dict):
                label = prompt.get("label") or prompt.get("id")
                for key in prompt:
                    if key not in ("raw", "label", "id"):
                        self.note(f"{where}.{key}", ui_text("not used by Plinth"))
                prompt = prompt.get("raw") or prompt.get("id")
            if not isinstance(prompt, str):
                self.note(where, ui_text("{value} is not a prompt Plinth can read", value=_shown(prompt)))
                continue
            texts = self._prompt_file(where, prompt) if prompt.startswith("file://") else [prompt]
            for j, text in enumerate(t for t in texts if t.strip()):
                name = str(label or (Path(prompt[7:]).stem if prompt.startswith("file://") else f"prompt {i + 1}"))
                self._report_nunjucks(where, text)
                found.append((f"{name} {j + 1}" if len(texts) > 1 else name, text))
        return found

    def _prompt_file(self, where: str, ref: str) -> list[str]:
        path = self.base / ref.removeprefix("file://")
        if path.suffix.lower() not in _TEXT_PROMPT_SUFFIXES:
            self.note(
                where, ui_text("{ref} is not a text prompt (chat JSON, code or YAML prompts are not imported)", ref=ref)
            )
            return []
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            self.note(where, ui_text("{ref} cannot be read ({reason})", ref=ref, reason=str(exc)))
            return []
        return [part.strip("\n") for part in _PROMPT_SEPARATOR.split(text) if part.strip()]

    def _report_nunjucks(self, where: str, text: str) -> None:
        for match in _NUNJUCKS.finditer(text):
            if not _PLAIN_VARIABLE.fullmatch(match.group(0)):
                self.note(
                    where,
                    ui_text("{text} is Nunjucks beyond a plain variable; it is kept as written", text=match.group(0)),
                )

    # Providers ----------------------------------------------------------------------------------------------

    def _provider(self, where: str, item: object) -> tuple[str, str | None] | None:
        options: Mapping[str, object] = {}
        if isinstance(item, dict) and "id" in item:
            options = {k: v for k, v in item.items() if k not in ("id", "label")}
            item = item["id"]
        elif isinstance(item, dict) and len(item) == 1:
            ((item, value),) = item.items()
            options = value if isinstance(value, dict) else {}
        if not isinstance(item, str):
            self.note(where, ui_text("{value} is not a provider id", value=_shown(item)))
            return None
        if options:
            self.note(
                f"{where} ({item})",
                ui_text("{options} not used; the task's own settings apply", options=", ".join(options)),
            )
        model = self._model_for(item)
        if model is None:
            self.note(f"{where} ({item})", self._why_unmapped(item))
        return item, model

    def _model_for(self, provider_id: str) -> str | None:
        prefix, _, rest = provider_id.partition(":")
        style, _, model = rest.partition(":")
        if style in _API_STYLES and model:
            rest = model
        if not rest or rest.startswith(("assistant:", "embedding:", "embeddings:")):
            return None
        for config in self.configured:
            native = _NATIVE.get(prefix) == config.kind
            compatible = prefix in _COMPATIBLE and config.kind == "openai-compatible" and (
                config.name == prefix or _COMPATIBLE[prefix] in (config.base_url or "")
            )  # fmt: skip
            if native or compatible:
                return f"{config.name}:{rest}"
        return None

    def _why_unmapped(self, provider_id: str) -> str:
        prefix = provider_id.partition(":")[0]
        if prefix in _NATIVE:
            return ui_text(
                "no {provider} provider is set up in Plinth; add one, then pick the model", provider=_NATIVE[prefix]
            )
        if prefix in _COMPATIBLE:
            return ui_text(
                "no OpenAI-compatible provider named {prefix} (or pointing at {prefix}) is set up in Plinth",
                prefix=prefix,
            )
        return ui_text("not a provider Plinth can run; pick a Plinth model instead")

    def _grader(self, defaults: Mapping[str, object]) -> str:
        options = defaults.get("options")
        if not isinstance(options, dict):
            if options is not None:
                self.note("defaultTest.options", ui_text("not used by Plinth"))
            return ""
        for key in options:
            if key != "provider":
                self.note(f"defaultTest.options.{key}", ui_text("not used by Plinth"))
        return self._grading_model("defaultTest.options.provider", options.get("provider"))

    def _grading_model(self, where: str, provider: object) -> str:
        if provider is None:
            return ""
        mapped = self._provider(where, provider)
        return (mapped[1] or "") if mapped else ""

    # Tests --------------------------------------------------------------------------------------------------

    def _tests(
        self, tests: object, base_vars: Mapping[str, str | list[str]], grader: str
    ) -> tuple[list[dict[str, str]], _Expectations]:
        expectations = _Expectations(grader)
        rows: list[dict[str, str]] = []
        for i, test in enumerate(self._test_list(tests)):
            where = f"tests[{i}]"
            if not isinstance(test, dict):
                self.note(where, ui_text("{value} is not a test case", value=_shown(test)))
                continue
            for key in test:
                if key not in ("vars", "assert", "description"):
                    self.note(f"{where}.{key}", ui_text("not used by Plinth"))
            values = {**base_vars, **self._vars(f"{where}.vars", test.get("vars"))}
            names = list(values)
            for combination in itertools.product(*(v if isinstance(v, list) else [v] for v in values.values())):
                row = dict(zip(names, combination))
                asserts = self._assert_checks(where, test.get("assert"), grader, per_row=row)
                expectations.add(len(rows), asserts)
                rows.append(row)
        return rows, expectations

    def _test_list(self, tests: object) -> list[object]:
        if not isinstance(tests, str):
            return _as_list(tests)
        path = self.base / tests.removeprefix("file://")
        if tests.startswith("file://") and path.suffix.lower() == ".csv":
            return self._csv_tests(path)
        if tests.startswith("file://") and path.suffix.lower() in (".yaml", ".yml"):
            return _as_list(self._load(path))
        self.note(
            "tests", ui_text("{tests} is not a CSV or YAML file of tests; no rows were read from it", tests=tests)
        )
        return []

    def _csv_tests(self, path: Path) -> list[object]:
        from app.core.tasks.tables import read_table

        tests: list[object] = []
        for row in read_table(path).rows:
            asserts = [_csv_assert(v) for k, v in row.items() if k.startswith("__expected") and v]
            for key in row:
                if key.startswith("__") and not key.startswith("__expected") and key != "__description":
                    self.note(
                        ui_text("tests ({name}) column {column}", name=path.name, column=key),
                        ui_text("not used by Plinth"),
                    )
            tests.append({"vars": {k: v for k, v in row.items() if not k.startswith("__")}, "assert": asserts})
        return tests

    def _vars(self, where: str, values: object) -> dict[str, str | list[str]]:
        if values is None:
            return {}
        if not isinstance(values, dict):
            self.note(where, ui_text("{value} (vars from a file) was not read", value=_shown(values)))
            return {}
        found: dict[str, str | list[str]] = {}
        for name, value in values.items():
            if isinstance(value, list):
                found[str(name)] = [self._var_text(f"{where}.{name}", v) for v in value]
            else:
                found[str(name)] = self._var_text(f"{where}.{name}", value)
        return found

    def _var_text(self, where: str, value: object) -> str:
        if isinstance(value, str) and value.startswith("file://"):
            self.note(where, ui_text("{value} was not read; the row holds the reference as text", value=value))
        elif isinstance(value, dict | list):
            self.note(where, ui_text("a structured value; the row holds it as JSON text"))
            return json.dumps(value, ensure_ascii=False)
        return "" if value is None else str(value)

    # Asserts ------------------------------------------------------------------------------------------------

    def _assert_checks(
        self, where: str, asserts: object, grader: str, *, per_row: Mapping[str, str] | None
    ) -> list[CheckSpec]:
        checks: list[CheckSpec] = []
        for j, item in enumerate(_as_list(asserts)):
            at = f"{where}.assert[{j}]"
            kind_name = item.get("type") if isinstance(item, dict) else None
            if not isinstance(item, dict) or not isinstance(kind_name, str):
                self.note(at, ui_text("{value} is not an assert", value=_shown(item)))
                continue
            kind = _ASSERTS.get(kind_name)
            if kind is None:
                self.note(f"{at} ({kind_name})", ui_text("Plinth has no such check"))
                continue
            for key in item:
                allowed = {"type", "value", "metric", *(("threshold", "provider") if kind == "similar" else ()),
                           *(("provider",) if kind == "judge" else ())}  # fmt: skip
                if key not in allowed:
                    self.note(f"{at}.{key}", ui_text("not used by Plinth's {kind} check", kind=kind))
            value = self._assert_value(at, kind, item.get("value"), per_row)
            if value is None:
                continue
            if kind == "regex" and not _compiles(value):
                self.note(
                    f"{at}.value",
                    ui_text("{value} is no Python regular expression; the check was left out", value=repr(value)),
                )
                continue
            model = self._grading_model(f"{at}.provider", item.get("provider")) if kind in ("similar", "judge") else ""
            # A grader set for the whole config is a chat model: it grades rubrics, it does not embed.
            model = model or (grader if kind == "judge" else "")
            if kind in ("similar", "judge") and not model:
                self.note(
                    at,
                    ui_text("no embedding model given; choose one for this check")
                    if kind == "similar"
                    else ui_text("no grading model given; choose one for this check"),
                )
            threshold = self._threshold(at, item) if kind == "similar" else CheckSpec("", kind).threshold
            checks.append(
                CheckSpec(str(item.get("metric") or kind_name), kind, value, threshold=threshold, model=model)
            )
        return checks

    def _threshold(self, at: str, item: Mapping[str, object]) -> float:
        threshold = item.get("threshold", _SIMILAR_THRESHOLD)
        if isinstance(threshold, bool) or not isinstance(threshold, int | float) or not -1 <= threshold <= 1:
            self.note(
                f"{at}.threshold",
                ui_text(
                    "{value} is no similarity; {default} is used", value=_shown(threshold), default=_SIMILAR_THRESHOLD
                ),
            )
            return _SIMILAR_THRESHOLD
        return float(threshold)

    def _assert_value(self, at: str, kind: CheckKind, value: object, row: Mapping[str, str] | None) -> str | None:
        """The check's value (filled from ``row`` for a test's own assert); None when the check cannot be made."""
        if kind == "is_json":
            if value is not None:
                self.note(
                    f"{at}.value",
                    ui_text("the JSON Schema of is-json is not checked; make the task a json task for it"),
                )
            return ""
        if isinstance(value, dict | list | bool) or value is None or value == "":
            self.note(
                f"{at}.value",
                ui_text(
                    "{value} cannot be the value of the {kind} check, which was left out",
                    value=_shown(value),
                    kind=kind,
                ),
            )
            return None
        text = str(value)
        if row is None:
            return text
        try:
            # promptfoo fills a test's assert values from its vars; a row's expected column holds the filled text.
            return render(text, row)
        except MissingVariableError:
            self.note(f"{at}.value", ui_text("names a variable the test does not give; kept as written"))
            return text


@dataclass
class _Expectations:
    """Each test's own asserts, gathered into one check per (type, n-th of that type) with a column of values."""

    grader: str
    #: (check name, n-th occurrence in its test) → the check as first seen, and row index → that row's value.
    found: dict[tuple[str, int], tuple[CheckSpec, dict[int, str]]] = field(default_factory=dict)

    def add(self, row: int, checks: Sequence[CheckSpec]) -> None:
        seen: dict[str, int] = {}
        for check in checks:
            nth = seen[check.name] = seen.get(check.name, 0) + 1
            self.found.setdefault((check.name, nth), (check, {}))[1][row] = check.value

    def checks(self, rows: list[dict[str, str]], importer: _Importer) -> list[CheckSpec]:
        made: list[CheckSpec] = []
        taken_columns = {name for row in rows for name in row}
        for (name, nth), (first, values) in self.found.items():
            check_name = name if nth == 1 else f"{name} {nth}"
            missing = [i for i in range(len(rows)) if i not in values]
            if missing:
                listed = ui_join([ui_text("tests row {number}", number=i + 1) for i in missing[:5]], ", ")
                if len(missing) > 5:
                    listed = ui_join([listed, "…"])
                importer.note(
                    ui_text("check {name}", name=repr(check_name)),
                    ui_text("runs on every row, but {rows} did not ask for it", rows=listed),
                )
            if first.kind == "is_json":
                made.append(CheckSpec(check_name, "is_json"))
                continue
            column = _free_name(f"expected_{re.sub(r'[^A-Za-z0-9]+', '_', check_name).strip('_')}", taken_columns)
            taken_columns.add(column)
            for i, row in enumerate(rows):
                row[column] = values.get(i, "")
            made.append(CheckSpec(check_name, first.kind, value=f"{{{{{column}}}}}", threshold=first.threshold,
                                  model=first.model))  # fmt: skip
        return made


def _csv_assert(text: str) -> dict[str, object]:
    # promptfoo's CSV tests: "__expected" holds "type: value" (or "type" alone), else the value to equal.
    kind, colon, value = text.partition(":")
    if colon and kind.strip() in {*_ASSERTS, "not-contains", "javascript", "python", "grader", "fn"}:
        return {"type": kind.strip(), "value": value.strip()}
    if text.strip() in _ASSERTS:
        return {"type": text.strip()}
    return {"type": "equals", "value": text}


def _as_list(value: object) -> list[object]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _shown(value: object) -> str:
    text = json.dumps(value, default=str, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


def _free_name(name: str, taken: set[str]) -> str:
    candidate, number = name, 2
    while candidate in taken:
        candidate = f"{name}_{number}"
        number += 1
    return candidate


def _unique_names(items: Sequence[tuple[str, str]], taken: set[str]) -> list[tuple[str, str]]:
    named = []
    for name, text in items:
        unique, number = name, 2
        while unique in taken:
            unique = f"{name} ({number})"
            number += 1
        taken.add(unique)
        named.append((unique, text))
    return named


def _unique_checks(checks: Sequence[CheckSpec]) -> list[CheckSpec]:
    taken: set[str] = set()
    named = _unique_names([(c.name, "") for c in checks], taken)
    return [CheckSpec(n, c.kind, c.value, threshold=c.threshold, model=c.model) for (n, _), c in zip(named, checks)]


def _default_name(path: Path) -> str:
    return path.parent.name if path.stem == "promptfooconfig" and path.parent.name else path.stem
