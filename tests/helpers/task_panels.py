"""Building the Tasks tab's services for a test: the real library (the built-ins and a folder of the test's
own), the real checker and cache, journals under the test's folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.tasks.custom.cache import ResponseCache
from app.core.tasks.custom.checking import engine_tools, task_checker
from app.core.tasks.custom.library import TaskLibrary, builtin_tasks_dir
from app.ui.panels.tasks.services import TaskServices

if TYPE_CHECKING:
    from app.core.engines.base import Engine


def task_services(folder: Path, get_engine: Callable[[str], Engine]) -> TaskServices:
    """The Tasks tab's services with the person's tasks, cache and journals under ``folder``."""
    return TaskServices(
        library=TaskLibrary(folder / "tasks", builtin_tasks_dir()),
        checker=task_checker(engine_tools(get_engine)),
        open_cache=lambda: ResponseCache.in_folder(folder / "cache"),
        runs_dir=folder / "cache" / "task-runs",
    )
