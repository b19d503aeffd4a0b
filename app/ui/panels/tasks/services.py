"""What the Tasks tab works with, in one object the composition root fills (no widgets: the window's frame
paints without it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.tasks.custom.cache import ResponseCache
    from app.core.tasks.custom.library import TaskLibrary
    from app.core.tasks.custom.run import Checker


@dataclass(frozen=True)
class TaskServices:
    """The task library, the checker a run uses (judges and embeddings from the engines), the answer cache and
    the folder of the runs' journals."""

    library: TaskLibrary
    checker: Checker
    #: Opens the cache of identical requests' answers; called the first time a run uses it.
    open_cache: Callable[[], ResponseCache]
    #: Where a run's journal is kept (named by what the run is), so running the same again resumes it.
    runs_dir: Path
