"""The local API's client tokens: made in Plinth, named, revocable; only their salted hashes are kept.

A program on this computer gets a token of its own instead of a provider's key, so the keys never leave the
keychain and one program can be cut off without touching the others. The secret (``plinth-`` and 32 random
bytes) is shown once, when it is made; the file holds a salted SHA-256 of it. A slow hash (scrypt) buys
nothing here: it protects guessable passwords, and a 256-bit random token cannot be guessed, so a fast hash
keeps every request's check cheap. The salt keeps two files' hashes of the same secret apart.

The file is re-read when it changes on disk, so ``plinth serve tokens revoke`` in a terminal takes effect
in a server the window runs, at the next request.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import threading
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.core.errors import UserFacingError
from app.core.files import write_text_atomic
from app.core.ui_text import ui_text

#: What every token starts with, so a leaked one is recognisable (and secret scanners can find it).
TOKEN_PREFIX = "plinth-"
MAX_NAME_CHARS = 64
_VERSION = 1


class TokenError(UserFacingError):
    title = "Server token"


@dataclass(frozen=True)
class ClientToken:
    """One client's token as the window and ``plinth serve tokens list`` show it: never the secret."""

    name: str
    #: When it was made, ISO 8601 in UTC.
    created: str
    #: May use models behind an API (with the keys in the keychain), not only the local ones.
    allow_remote: bool = False
    #: Its requests are saved in the history.
    save_history: bool = False


@dataclass(frozen=True)
class _Entry:
    token: ClientToken
    salt: str
    digest: str


def _digest(salt: str, secret: str) -> str:
    return hashlib.sha256(bytes.fromhex(salt) + secret.encode("utf-8")).hexdigest()


class TokenStore:
    """The tokens in one JSON file (mode 0600, replaced whole on each change). Thread-safe."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._cache_key: tuple[int, int, int] | None = None
        self._cache: dict[str, _Entry] = {}

    def create(self, name: str, *, allow_remote: bool = False, save_history: bool = False) -> tuple[ClientToken, str]:
        """A new token and its secret; the secret is not kept and cannot be shown again."""
        name = self._check_name(name)
        secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
        salt = secrets.token_hex(16)
        created = datetime.now(UTC).replace(microsecond=0).isoformat()
        token = ClientToken(name, created, allow_remote=allow_remote, save_history=save_history)
        with self._lock:
            entries = self._load()
            if name in entries:
                raise TokenError(
                    ui_text("A token named {name} already exists.", name=repr(name)),
                    ui_text("Choose another name, or revoke the old token first."),
                )
            entries[name] = _Entry(token, salt, _digest(salt, secret))
            self._save(entries)
        return token, secret

    def list(self) -> list[ClientToken]:
        """Every token, oldest first."""
        with self._lock:
            entries = self._load()
        return sorted((e.token for e in entries.values()), key=lambda t: (t.created, t.name))

    def revoke(self, name: str) -> None:
        """Delete the token: requests that carry it get 401 from the next one on."""
        with self._lock:
            entries = self._load()
            if name not in entries:
                raise self._unknown(name, entries)
            del entries[name]
            self._save(entries)

    def update(self, name: str, *, allow_remote: bool | None = None, save_history: bool | None = None) -> ClientToken:
        """Change what a token may do; None leaves a setting as it is."""
        with self._lock:
            entries = self._load()
            entry = entries.get(name)
            if entry is None:
                raise self._unknown(name, entries)
            token = entry.token
            if allow_remote is not None:
                token = replace(token, allow_remote=allow_remote)
            if save_history is not None:
                token = replace(token, save_history=save_history)
            entries[name] = replace(entry, token=token)
            self._save(entries)
        return token

    def verify(self, secret: str) -> ClientToken | None:
        """The token whose secret this is, or None. Compares every hash in constant time."""
        if not secret.startswith(TOKEN_PREFIX):
            return None
        with self._lock:
            entries = self._load()
        found: ClientToken | None = None
        for entry in entries.values():
            if hmac.compare_digest(entry.digest, _digest(entry.salt, secret)):
                found = entry.token
        return found

    # -- the file ---------------------------------------------------------------------------

    def _check_name(self, name: str) -> str:
        name = name.strip()
        if not name:
            raise TokenError(
                ui_text("A token needs a name."), ui_text("Name it after the program that will use it, e.g. 'editor'.")
            )
        if len(name) > MAX_NAME_CHARS or not name.isprintable():
            raise TokenError(
                ui_text("A token's name must be printable and at most {max} characters.", max=MAX_NAME_CHARS),
                ui_text("Choose a shorter name."),
            )
        return name

    @staticmethod
    def _unknown(name: str, entries: dict[str, _Entry]) -> TokenError:
        known = ", ".join(sorted(entries)) or ui_text("none yet")
        return TokenError(
            ui_text("There is no token named {name}.", name=repr(name)), ui_text("Tokens: {names}.", names=known)
        )

    def _load(self) -> dict[str, _Entry]:
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            self._cache_key, self._cache = None, {}
            return {}
        key = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
        if key != self._cache_key:
            self._cache = self._parse(self.path.read_text(encoding="utf-8"))
            self._cache_key = key
        return dict(self._cache)

    def _parse(self, raw: str) -> dict[str, _Entry]:
        try:
            data = json.loads(raw)
            entries: dict[str, _Entry] = {}
            for item in data["tokens"]:
                token = ClientToken(
                    name=str(item["name"]),
                    created=str(item["created"]),
                    allow_remote=bool(item.get("allow_remote", False)),
                    save_history=bool(item.get("save_history", False)),
                )
                entries[token.name] = _Entry(token, str(item["salt"]), str(item["sha256"]))
            return entries
        except (ValueError, TypeError, KeyError) as exc:
            # Refusing everyone is the safe side; the file is left as it is for the person to look at.
            raise TokenError(
                ui_text(
                    "The server tokens file {path} is damaged ({error}: {reason}).",
                    path=str(self.path),
                    error=exc.__class__.__name__,
                    reason=str(exc),
                ),
                ui_text("Move it aside and create new tokens; programs with old tokens will need the new ones."),
            ) from exc

    def _save(self, entries: dict[str, _Entry]) -> None:
        items: list[dict[str, Any]] = [
            {
                "name": e.token.name,
                "created": e.token.created,
                "allow_remote": e.token.allow_remote,
                "save_history": e.token.save_history,
                "salt": e.salt,
                "sha256": e.digest,
            }
            for e in entries.values()
        ]
        # write_text_atomic's temporary file is made by mkstemp, mode 0600, and renamed over the old one.
        write_text_atomic(self.path, json.dumps({"version": _VERSION, "tokens": items}, indent=2), durable=True)
        self.path.chmod(0o600)
        stat = self.path.stat()
        self._cache_key, self._cache = (stat.st_ino, stat.st_mtime_ns, stat.st_size), dict(entries)
