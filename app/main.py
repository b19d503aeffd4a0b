"""The one entry point (``plinth``, ``python -m app``): argv → the window, the command line or the self-test.

It sits above the composition root (``app.bootstrap``) and the self-test, which both build on it, so
neither has to import the other.
"""

from __future__ import annotations

import sys

from app.bootstrap import Services, build_services, guard_offline, gui_main, setup_logging
from app.core.paths import Paths


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--self-test"]:
        from app.selftest import run_self_test

        return run_self_test()
    if not argv or argv[0] == "gui":
        return gui_main(argv[1:])
    from app.cli import run_cli

    paths = Paths.from_environment()

    def cli_services() -> Services:
        # Logging starts with the services, so `--help` and `--version` create no files.
        services = build_services(paths, redactor=setup_logging(paths.log_dir))
        guard_offline(services.offline)
        return services

    return run_cli(argv, cli_services)
