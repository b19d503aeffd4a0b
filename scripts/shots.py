"""What every screenshot script needs: where pictures go, a fresh Plinth to show, and ways to let the window get somewhere."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.bootstrap import Services, build_services
from app.core.engines.remote.factory import create_remote_engine, list_models
from app.core.models.directory import ModelDirectory
from app.core.paths import Paths
from app.core.providers import ProviderConfig
from app.core.secrets import SecretStore
from app.ui.app import application
from app.ui.main_window import MainWindow
from app.ui.window_services import WindowServices
from tests.fakes import MemoryKeyring

# The README's pictures are taken at the window's default size; `make screenshots-small`
# takes the same screens at 1024×700 into build/ to check that nothing is cut or overlaps.
OUT = Path(os.environ.get("PLINTH_SHOT_DIR") or Path(__file__).resolve().parent.parent / "resources" / "screenshots")
SIZE: tuple[int, int] = tuple(int(n) for n in os.environ.get("PLINTH_SHOT_SIZE", "1080x760").split("x"))  # type: ignore[assignment]


@contextmanager
def started() -> Iterator[tuple[QApplication, Services, Path]]:
    """The styled application and Plinth's services over a new, empty data folder (the Path), closed and deleted
    after; the pictures' folder made."""
    # The real start: named, styled, and in the window's language (English unless PLINTH_LANG says).
    app = application(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        services = build_services(Paths.from_environment({"PLINTH_HOME": home}))
        try:
            yield app, services, Path(home)
        finally:
            services.close()


def hosted_openai(
    services: Services, base_url: str, models: list[str], key: str, environ: dict[str, str] | None = None
) -> SecretStore:
    """Provider "openai" at ``base_url`` (a local test server) with ``key``, its models answered by a real remote
    engine; the keychain (in memory, with ``environ``) that holds the key."""
    secrets = SecretStore(backend=MemoryKeyring(), environ=environ or {})
    secrets.set("provider:openai", key)
    config = ProviderConfig("openai", "openai", f"{base_url}/v1", models=models)
    services.providers.upsert(config)
    services.engines.register(
        "openai",
        lambda model_id: create_remote_engine(config, model_id.split(":", 1)[1], api_key=key, prices=services.prices),
    )
    return secrets


def shown_window(services: Services, secrets: SecretStore, **more: Any) -> MainWindow:
    """The main window on ``services`` with ``secrets``' keys (and ``more`` of ``WindowServices``), shown at SIZE."""
    window = MainWindow(
        services.settings,
        services.settings_store,
        WindowServices(
            engines=services.engines,
            models=ModelDirectory(services.library, services.providers, secrets),
            providers=services.providers,
            secrets=secrets,
            test_connection=list_models,
            **more,
        ),
    )
    window.resize(*SIZE)
    window.show()
    return window


def wait_until(app: QApplication, done: Callable[[], bool], timeout_ms: int = 300_000) -> None:
    """Run the event loop until ``done()``; raises TimeoutError after ``timeout_ms``."""
    clock = QElapsedTimer()
    clock.start()
    while not done():
        if clock.elapsed() > timeout_ms:
            raise TimeoutError(f"the window did not get there within {timeout_ms / 1000:g} s")
        app.processEvents()
        # Leave the CPU to the model's process: a busy loop here halves its speed.
        time.sleep(0.005)


def settle(app: QApplication, rounds: int = 30) -> None:
    """Let pending layout and paint events run."""
    for _ in range(rounds):
        app.processEvents()


def named(parent: QWidget, cls: type, name: str):  # noqa: ANN201 (returns the widget)
    return next(w for w in parent.findChildren(cls) if w.accessibleName() == name)
