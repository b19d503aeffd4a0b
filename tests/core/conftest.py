"""Fixtures for the core tests: a real Secret Service for the keychain tests."""

from __future__ import annotations

import pytest
from secret_service import PrivateSecretService


@pytest.fixture
def secret_service(secret_service_bus: PrivateSecretService, monkeypatch: pytest.MonkeyPatch):
    """keyring's real SecretService backend on the private bus, with an empty keychain.

    secretstorage opens a new D-Bus connection per call from
    DBUS_SESSION_BUS_ADDRESS, so the address is set for this test only and
    monkeypatch puts the developer's own back afterwards.
    """
    from keyring.backends import SecretService

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", secret_service_bus.address)
    secret_service_bus.clear()
    yield SecretService.Keyring()
    secret_service_bus.clear()
