"""API keys: kept in the OS keychain, never in a file.

Every key lives under one keyring service, ``plinth``, with an account name
per use (``provider:<name>``, later ``huggingface``). When the only backends
keyring can find are its fail or null backends (a headless Linux box without
a Secret Service, for example) there is no keychain: :meth:`SecretStore.set`
refuses with :class:`NoKeychainError` and the caller may keep the key for this
session only, in memory. Nothing here ever writes a key to disk.

Keys from the usual environment variables are used when nothing is stored,
and :class:`Secret` says where a key came from so the GUI can show it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, ParamSpec, TypeVar

from app.core.errors import NoKeychainError, UserFacingError
from app.core.ui_text import ui_join, ui_text

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "plinth"

_P = ParamSpec("_P")
_T = TypeVar("_T")

NO_KEYCHAIN_MESSAGE = ui_text("No keychain (Secret Service) is available on this computer, so the key cannot be saved.")
NO_KEYCHAIN_HINT = ui_text(
    "To keep keys between sessions, install and unlock a Secret Service such as GNOME Keyring or KeePassXC, "
    "or set the provider's environment variable (for example OPENAI_API_KEY)."
)

#: Only the last characters of a key this long or longer are ever shown; a
#: shorter key would give too much of itself away.
_MASK_MIN_LEN = 12


def provider_account(provider_name: str) -> str:
    """The keychain account that holds a provider's key."""
    return f"provider:{provider_name}"


class KeychainError(UserFacingError):
    title = "The keychain refused"


@dataclass(frozen=True)
class Secret:
    """A key and where it came from.

    ``repr()`` and ``str()`` never show the value, so a Secret that ends up in
    a log line, an exception or a debugger shows only its source.
    """

    value: str
    #: "keychain", "session" or "environment:<VAR>"
    source: str

    @property
    def masked(self) -> str:
        return "••••" + self.value[-4:] if len(self.value) >= _MASK_MIN_LEN else "••••"

    def __str__(self) -> str:
        return f"{self.masked} ({self.source})"

    def __repr__(self) -> str:
        return f"Secret(source={self.source!r}, value={self.masked!r})"


def _no_keychain_backend(backend: KeyringBackend) -> bool:
    from keyring.backends import chainer, fail, null

    if isinstance(backend, chainer.ChainerBackend):
        return all(_no_keychain_backend(b) for b in backend.backends)
    return isinstance(backend, (fail.Keyring, null.Keyring))


class SecretStore:
    """Keys by account name: keychain first, then this session, then the environment.

    ``backend`` None means the keyring library's choice, resolved on first use
    (keyring probes D-Bus, which the window should not wait for at start-up).
    ``register_secret`` is called with every key this store sees, so the log
    formatter can redact it (see ``app.core.logs``).
    """

    def __init__(
        self,
        backend: KeyringBackend | None = None,
        environ: Mapping[str, str] | None = None,
        register_secret: Callable[[str], None] | None = None,
    ) -> None:
        self._backend = backend
        self._environ = environ
        self._register = register_secret
        self._session: dict[str, str] = {}

    @property
    def backend(self) -> KeyringBackend:
        if self._backend is None:
            import keyring

            self._backend = keyring.get_keyring()
        return self._backend

    @property
    def keychain_available(self) -> bool:
        return not _no_keychain_backend(self.backend)

    @property
    def backend_name(self) -> str:
        return self.backend.name

    def set(self, account: str, value: str, *, session_only: bool = False) -> Literal["keychain", "session"]:
        value = value.strip()
        if not value:
            raise UserFacingError(
                ui_text("The key is empty."),
                ui_text("Paste the whole key, or leave the key out if the server needs none."),
            )
        self._seen(value)
        if session_only:
            self._session[account] = value
            return "session"
        if not self.keychain_available:
            raise NoKeychainError(
                ui_join(
                    [
                        NO_KEYCHAIN_MESSAGE,
                        ui_text("Plinth can keep it for this session only; it will be forgotten when Plinth closes."),
                    ]
                ),
                NO_KEYCHAIN_HINT,
            )
        self._call(ui_text("save the key"), self.backend.set_password, SERVICE, account, value)
        # Read it back: a backend that drops writes without an error must not
        # leave the person believing their key is kept.
        if self._call(ui_text("check the saved key"), self.backend.get_password, SERVICE, account) != value:
            raise KeychainError(
                ui_text(
                    "The keychain ({backend}) accepted the key but does not give it back.", backend=self.backend_name
                ),
                ui_text("Check that the keychain is unlocked and working, then try again."),
            )
        self._session.pop(account, None)
        return "keychain"

    def get(self, account: str, env_vars: Sequence[str] = ()) -> Secret | None:
        if self.keychain_available:
            stored = self._call(ui_text("read the key"), self.backend.get_password, SERVICE, account)
            if stored:
                self._seen(stored)
                return Secret(stored, "keychain")
        if account in self._session:
            return Secret(self._session[account], "session")
        environ = os.environ if self._environ is None else self._environ
        for var in env_vars:
            value = environ.get(var, "").strip()
            if value:
                self._seen(value)
                return Secret(value, f"environment:{var}")
        return None

    def delete(self, account: str) -> None:
        self._session.pop(account, None)
        if not self.keychain_available:
            return
        from keyring.errors import PasswordDeleteError

        try:
            self.backend.delete_password(SERVICE, account)
        except PasswordDeleteError:
            # Nothing stored under that name: already gone, which is what was asked.
            return
        except Exception as exc:  # any backend failure, see _call
            raise self._keychain_error(ui_text("delete the key"), exc) from exc

    def _seen(self, value: str) -> None:
        if self._register is not None:
            self._register(value)

    def _call(self, action: str, fn: Callable[_P, _T], *args: _P.args, **kwargs: _P.kwargs) -> _T:
        # Backends raise more than keyring's own KeyringError: D-Bus errors,
        # secretstorage's exception tree, OSError from a dead socket. Each is
        # turned into one message a person can act on, with the cause chained
        # for the log. None of them carries the key itself.
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            raise self._keychain_error(action, exc) from exc

    def _keychain_error(self, action: str, exc: Exception) -> UserFacingError:
        from keyring.errors import KeyringLocked, NoKeyringError

        if isinstance(exc, NoKeyringError):
            return NoKeychainError(NO_KEYCHAIN_MESSAGE, NO_KEYCHAIN_HINT)
        if isinstance(exc, KeyringLocked):
            return KeychainError(
                ui_text("Plinth could not {action}: the keychain is locked.", action=action),
                ui_text("Unlock your keychain (log in again or open your password manager), then try again."),
            )
        return KeychainError(
            ui_text(
                "Plinth could not {action} in the keychain ({backend}): {kind}: {error}",
                action=action,
                backend=self.backend_name,
                kind=type(exc).__name__,
                error=str(exc),
            ),
            ui_text("Check that the keychain service is running and unlocked, then try again."),
        )
