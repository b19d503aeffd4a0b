"""promptfoo configs import as a task, its rows and Plinth models; every part Plinth has no use for is reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.providers import ProviderConfig
from app.core.tasks.custom.files import parse_task_yaml, task_yaml
from app.core.tasks.custom.promptfoo import PromptfooImportError, import_promptfoo
from app.core.tasks.custom.spec import CheckSpec, Variant, render

CONFIGURED = [
    ProviderConfig("work-openai", "openai"),
    ProviderConfig("claude", "anthropic"),
    ProviderConfig("gemini", "gemini"),
    ProviderConfig("local-ollama", "openai-compatible", base_url="http://localhost:11434/v1"),
]

FULL = """\
description: Support reply classifier
prompts:
  - |
    Classify this support message as billing, technical or other.
    Message: {{message}}
  - file://prompts/short.txt
providers:
  - openai:gpt-4o-mini
  - id: anthropic:messages:claude-3-5-haiku-20241022
    label: haiku
  - vertex:gemini-2.0-flash
  - ollama:chat:llama3.2:3b
defaultTest:
  vars:
    team: support
  assert:
    - type: regex
      value: "^(billing|technical|other)"
tests:
  - vars:
      message: I was charged twice for March.
    assert:
      - type: equals
        value: billing
      - type: icontains
        value: bill
  - vars:
      message: The app crashes when I upload a photo.
    assert:
      - type: equals
        value: technical
      - type: icontains
        value: tech
  - vars:
      message: Do you have a office in Lisbon?
    assert:
      - type: equals
        value: other
      - type: icontains
        value: other
"""


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "support-eval" / "promptfooconfig.yaml"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    return path


def test_a_config_of_things_plinth_has_maps_fully(tmp_path: Path) -> None:
    path = _config(tmp_path, FULL)
    (path.parent / "prompts").mkdir()
    (path.parent / "prompts" / "short.txt").write_text("Route: {{ message }}\n", encoding="utf-8")
    result = import_promptfoo(path, CONFIGURED)

    assert result.unmapped == []
    task = result.task
    assert task.name == "Support reply classifier"
    assert task.template.startswith("Classify this support message") and "{{message}}" in task.template
    assert task.variants == (Variant("short", "Route: {{ message }}"),)
    assert result.providers == [
        ("openai:gpt-4o-mini", "work-openai:gpt-4o-mini"),
        ("anthropic:messages:claude-3-5-haiku-20241022", "claude:claude-3-5-haiku-20241022"),
        ("vertex:gemini-2.0-flash", "gemini:gemini-2.0-flash"),
        ("ollama:chat:llama3.2:3b", "local-ollama:llama3.2:3b"),
    ]
    # The default assert keeps its value; each test's own literal values become a column per check.
    assert task.checks == (
        CheckSpec("regex", "regex", value="^(billing|technical|other)"),
        CheckSpec("equals", "equals", value="{{expected_equals}}"),
        CheckSpec("icontains", "icontains", value="{{expected_icontains}}"),
    )
    assert result.rows == [
        {"team": "support", "message": "I was charged twice for March.", "expected_equals": "billing",
         "expected_icontains": "bill"},
        {"team": "support", "message": "The app crashes when I upload a photo.", "expected_equals": "technical",
         "expected_icontains": "tech"},
        {"team": "support", "message": "Do you have a office in Lisbon?", "expected_equals": "other",
         "expected_icontains": "other"},
    ]  # fmt: skip
    # Every row fills every variable, and the task is one Plinth can save and read back.
    for row in result.rows:
        for variant in task.all_variants():
            render(variant.template, row)
        assert [render(c.value, row) for c in task.checks][1] in ("billing", "technical", "other")
    assert parse_task_yaml(task_yaml(task), "t.yaml") == task


def test_without_a_plinth_provider_of_the_kind_a_provider_is_reported_not_guessed(tmp_path: Path) -> None:
    result = import_promptfoo(_config(tmp_path, FULL.replace("file://prompts/short.txt", "'Short: {{message}}'")))
    assert [model for _, model in result.providers] == [None, None, None, None]
    assert len(result.unmapped) == 4
    assert "providers[0] (openai:gpt-4o-mini): no openai provider is set up in Plinth" in result.unmapped[0]
    assert "providers[3] (ollama:chat:llama3.2:3b): no OpenAI-compatible provider named ollama" in result.unmapped[3]


UNSUPPORTED = """\
description: |
  Product description writer, checked for tone and facts across many models and a long list of things.
prompts:
  - file://prompts/chat.json
  - id: file://prompts/writer.txt
    label: writer
  - "Describe {{ product | upper }} for {{ audience.segment }}.{% if notes %} Notes: {{notes}}{% endif %}"
providers:
  - id: openai:chat:gpt-4.1
    config:
      temperature: 0.2
  - file://providers/custom_provider.py
  - llama
  - openrouter:mistralai/mistral-small
  - anthropic:claude-sonnet-4
outputPath: results.html
evaluateOptions:
  maxConcurrency: 2
defaultTest:
  options:
    provider: openai:gpt-4.1-mini
    transform: output.trim()
  assert:
    - type: llm-rubric
      value: Sounds friendly and mentions the product by name
    - type: cost
      threshold: 0.002
tests:
  - description: a kettle
    vars:
      product: Electric kettle
      audience: [home cooks, offices]
      notes: file://notes/kettle.md
    assert:
      - type: contains
        value: "{{product}}"
      - type: similar
        value: A fast electric kettle for every kitchen.
        threshold: 0.8
      - type: javascript
        value: output.length < 400
      - type: not-contains
        value: cheap
  - vars:
      product: Desk lamp
      audience: students
      notes: ""
    options:
      transform: output.toLowerCase()
    assert:
      - type: is-json
        value: {type: object}
      - type: contains
        value: lamp
        weight: 2
      - type: python
        value: file://checks/lamp.py
      - type: regex
        value: "(?<name>lamp)"
"""


def test_every_part_plinth_cannot_use_is_reported_and_the_rest_still_imports(tmp_path: Path) -> None:
    path = _config(tmp_path, UNSUPPORTED)
    (path.parent / "prompts").mkdir()
    (path.parent / "prompts" / "writer.txt").write_text(
        "Write a product description for {{product}}.\n---\nDescribe {{product}} to {{audience}}.\n", encoding="utf-8"
    )
    result = import_promptfoo(path, [*CONFIGURED, ProviderConfig("router", "openai-compatible",
                                                                  base_url="https://openrouter.ai/api/v1")])  # fmt: skip
    reported = "\n".join(result.unmapped)
    expected_reports = [
        "outputPath: not used by Plinth",
        "evaluateOptions: not used by Plinth",
        "prompts[0]: file://prompts/chat.json is not a text prompt",
        "prompts[2]: {{ product | upper }} is Nunjucks beyond a plain variable",
        "prompts[2]: {{ audience.segment }} is Nunjucks",
        "prompts[2]: {% if notes %} is Nunjucks",
        "prompts[2]: {% endif %} is Nunjucks",
        "providers[0] (openai:chat:gpt-4.1): config not used",
        "providers[1] (file://providers/custom_provider.py): not a provider Plinth can run",
        "providers[2] (llama): not a provider Plinth can run",
        "defaultTest.options.transform: not used by Plinth",
        "defaultTest.assert[1] (cost): Plinth has no such check",
        "tests[0].vars.notes: file://notes/kettle.md was not read",
        "tests[0].assert[2] (javascript): Plinth has no such check",
        "tests[0].assert[3] (not-contains): Plinth has no such check",
        "tests[0].assert[1]: no embedding model given",
        "tests[1].options: not used by Plinth",
        "tests[1].assert[0].value: the JSON Schema of is-json is not checked",
        "tests[1].assert[1].weight: not used by Plinth's contains check",
        "tests[1].assert[2] (python): Plinth has no such check",
        "tests[1].assert[3].value: '(?<name>lamp)' is no Python regular expression",
        "check 'similar': runs on every row, but tests row 3 did not ask for it",
        "check 'is-json': runs on every row, but tests row 1, tests row 2 did not ask for it",
    ]
    for line in expected_reports:
        assert line in reported, f"not reported: {line}\n{reported}"
    assert len(result.unmapped) == len(expected_reports)

    task = result.task
    assert (
        task.name
        == "Product description writer, checked for tone and facts across many models and a long list of things."[:0]
        + "support-eval"
    )
    # The chat prompt is left out, so the first prompt of writer.txt (split at its "---" line) is the template.
    assert task.template == "Write a product description for {{product}}."
    assert [v.name for v in task.variants] == ["writer 2", "prompt 3"]
    assert result.providers == [
        ("openai:chat:gpt-4.1", "work-openai:gpt-4.1"),
        ("file://providers/custom_provider.py", None),
        ("llama", None),
        ("openrouter:mistralai/mistral-small", "router:mistralai/mistral-small"),
        ("anthropic:claude-sonnet-4", "claude:claude-sonnet-4"),
    ]
    checks = {c.name: c for c in task.checks}
    # The default grader is used for the rubric; the embedding model of "similar" is left for the person to pick.
    assert checks["llm-rubric"] == CheckSpec("llm-rubric", "judge", value="Sounds friendly and mentions the product by name",
                                             model="work-openai:gpt-4.1-mini")  # fmt: skip
    assert checks["similar"].threshold == 0.8 and checks["similar"].kind == "similar"
    assert checks["is-json"] == CheckSpec("is-json", "is_json")
    # The list of audiences expands into a row each; a test's {{var}} in an assert value is filled per row.
    assert [(r["product"], r["audience"], r["expected_contains"]) for r in result.rows] == [
        ("Electric kettle", "home cooks", "Electric kettle"),
        ("Electric kettle", "offices", "Electric kettle"),
        ("Desk lamp", "students", "lamp"),
    ]
    assert parse_task_yaml(task_yaml(task), "t.yaml") == task


def test_csv_tests_and_a_separate_prompt_file(tmp_path: Path) -> None:
    path = _config(tmp_path, "prompts: [file://p.txt]\nproviders: [openai:gpt-4o]\ntests: file://tests.csv\n")
    (path.parent / "p.txt").write_text("Capital of {{country}}?", encoding="utf-8")
    (path.parent / "tests.csv").write_text(
        "country,__expected,__expected2,__metadata:region\nFrance,Paris,icontains: paris,Europe\n"
        "Japan,contains: Tokyo,,Asia\n",
        encoding="utf-8",
    )
    result = import_promptfoo(path)
    assert result.task.template == "Capital of {{country}}?"
    assert [c.kind for c in result.task.checks] == ["equals", "icontains", "contains"]
    assert result.rows[0] == {"country": "France", "expected_equals": "Paris", "expected_icontains": "paris",
                              "expected_contains": ""}  # fmt: skip
    assert any("column __metadata:region: not used" in u for u in result.unmapped)
    assert any("check 'contains': runs on every row, but tests row 1 did not ask" in u for u in result.unmapped)


def test_an_assert_that_cannot_become_a_check_is_left_out_and_said(tmp_path: Path) -> None:
    config = """\
prompts: ["Summarise {{text}}"]
defaultTest:
  assert:
    - {type: contains}
    - {type: similar, value: "{{summary}}", threshold: 2, provider: "openai:text-embedding-3-small"}
    - {type: equals, value: [a, b]}
tests:
  - vars: {text: "Long text.", summary: Short.}
"""
    result = import_promptfoo(_config(tmp_path, config), CONFIGURED)
    assert result.task.checks == (
        CheckSpec(
            "similar", "similar", value="{{summary}}", threshold=0.75, model="work-openai:text-embedding-3-small"
        ),
    )
    assert result.unmapped == [
        "defaultTest.assert[0].value: null cannot be the value of the contains check, which was left out",
        "defaultTest.assert[1].threshold: 2 is no similarity; 0.75 is used",
        'defaultTest.assert[2].value: ["a", "b"] cannot be the value of the equals check, which was left out',
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("prompts: [file://chat.json]\n", "has no prompt Plinth can use"),
        ("- just a list\n", "is not a promptfoo config"),
        ("prompts: [\n", "is not valid YAML"),
    ],
)
def test_a_config_with_nothing_to_import_is_refused(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(PromptfooImportError, match=message):
        import_promptfoo(_config(tmp_path, text))
