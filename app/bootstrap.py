"""Composition root: picks the concrete classes, wires them, parses the command line.

Everything else receives its collaborators through its constructor. Heavy
imports (Qt, llama.cpp) happen only on the paths that need them.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from app.core.engines.registry import EngineRegistry
from app.core.library import ModelLibrary, starter_model_path
from app.core.paths import Paths
from app.core.settings import Settings, SettingsStore


@dataclass
class Services:
    paths: Paths
    settings_store: SettingsStore
    settings: Settings
    library: ModelLibrary
    engines: EngineRegistry
    warnings: list[str] = field(default_factory=list)

    def close(self) -> None:
        self.engines.close_all()


def build_services(paths: Paths | None = None, starter_path: Path | None = None) -> Services:
    paths = (paths or Paths.from_environment()).ensure()
    store = SettingsStore(paths.settings_file)
    settings = store.load()
    library = ModelLibrary(paths.models_dir, starter_path if starter_path is not None else starter_model_path())
    engines = EngineRegistry()

    def local_engine(model_id: str):
        from app.core.engines.local import LocalEngine

        model = library.resolve(model_id)
        return LocalEngine(
            model.path,
            model_id,
            context_cap=settings.context_cap,
            n_threads=settings.n_threads,
            n_gpu_layers=settings.n_gpu_layers,
        )

    engines.register("starter", local_engine)
    engines.register("local", local_engine)
    return Services(paths, store, settings, library, engines, list(store.warnings))


def gui_main(argv: list[str] | None = None) -> int:
    from app.ui.app import run_gui

    services = build_services()
    try:
        return run_gui(
            sys.argv[:1] + list(argv or []),
            engines=services.engines,
            library=services.library,
            settings=services.settings,
            settings_store=services.settings_store,
            warnings=services.warnings,
        )
    finally:
        services.close()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] == "gui":
        return gui_main(argv[1:])
    from app.cli import run_cli

    return run_cli(argv, build_services)
