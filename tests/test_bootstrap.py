"""The composition root's seams that no other test crosses whole."""

from __future__ import annotations

from pathlib import Path

from app.bootstrap import build_services, build_task_services
from app.core.paths import Paths
from app.core.tasks.custom.spec import CheckSpec, TaskSpec


def test_the_tasks_checker_is_made_on_first_use_and_checks_by_the_task(paths: Paths, starter_path: Path) -> None:
    services = build_services(paths, starter_path=starter_path)
    try:
        checker = build_task_services(services).checker
        task = TaskSpec(
            name="t",
            template="{{x}}",
            output="json",
            schema={"type": "object", "properties": {"total": {"type": "number"}}, "required": ["total"]},
            checks=(CheckSpec("total", "number_within", value="{{total}}", path="$.total", tolerance=0.01),),
        )
        good = checker(task, '{"total": 12.5}', {"total": "12.50"})
        bad = checker(task, '{"total": "twelve"}', {"total": "12.50"})
    finally:
        services.close()
    assert good.json == {"total": 12.5} and not good.parse_error
    assert [c.passed for c in good.checks] == [True]
    assert "total" in bad.parse_error and not bad.checks[0].passed
