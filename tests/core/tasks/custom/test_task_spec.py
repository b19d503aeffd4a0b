"""Template variables: found in order, filled from a row, and a missing one named."""

from __future__ import annotations

import pytest

from app.core.tasks.custom.spec import CheckSpec, MissingVariableError, TaskSpec, Variant, render, variables


def test_variables_in_order_of_first_use_each_once() -> None:
    assert variables("Invoice {{ number }} from {{vendor}}: {{number}} {{total amount}}") == [
        "number", "vendor", "total amount",
    ]  # fmt: skip
    assert variables("no variables, {single} braces") == []


def test_render_fills_every_variable_and_names_each_missing_one() -> None:
    assert render("Hello {{name}}, you owe {{ n }}.", {"name": "Ada", "n": 3}) == "Hello Ada, you owe 3."
    with pytest.raises(MissingVariableError) as raised:
        render("{{a}} {{b}} {{c}}", {"b": "x"})
    assert "{{a}}, {{c}}" in str(raised.value)


def test_a_tasks_variables_come_from_every_variant_and_check() -> None:
    task = TaskSpec(
        name="t",
        template="Classify {{text}}",
        variants=(Variant("short", "{{text}} → {{hint}}"),),
        checks=(CheckSpec("gold", "equals", value="{{expected}}"),),
    )
    assert task.variables() == ["text", "hint", "expected"]
    assert [v.name for v in task.all_variants()] == ["default", "short"]
