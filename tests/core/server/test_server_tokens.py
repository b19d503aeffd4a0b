"""The local API's client tokens: made once, kept only as salted hashes, checked, revoked."""

from __future__ import annotations

import json
import stat
import threading
from pathlib import Path

import pytest

from app.core.server.tokens import TOKEN_PREFIX, ClientToken, TokenError, TokenStore


@pytest.fixture
def store(tmp_path: Path) -> TokenStore:
    return TokenStore(tmp_path / "config" / "server-tokens.json")


def test_a_created_token_verifies_and_its_secret_is_not_stored(store: TokenStore) -> None:
    token, secret = store.create("editor", save_history=True)
    assert secret.startswith(TOKEN_PREFIX) and len(secret) > len(TOKEN_PREFIX) + 40
    assert token == ClientToken("editor", token.created, allow_remote=False, save_history=True)
    assert store.verify(secret) == token
    raw = store.path.read_text(encoding="utf-8")
    assert secret not in raw and secret[len(TOKEN_PREFIX) :] not in raw
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


def test_wrong_or_foreign_secrets_are_refused(store: TokenStore) -> None:
    _, secret = store.create("editor")
    assert store.verify(secret[:-1] + ("A" if secret[-1] != "A" else "B")) is None
    assert store.verify("") is None
    assert store.verify("sk-" + secret) is None
    assert store.verify(secret + "x") is None


def test_two_tokens_are_told_apart_and_a_second_store_reads_them(store: TokenStore) -> None:
    a, secret_a = store.create("editor")
    b, secret_b = store.create("scripts", allow_remote=True)
    assert secret_a != secret_b
    other = TokenStore(store.path)
    assert other.verify(secret_a) == a
    assert other.verify(secret_b) == b and b.allow_remote
    assert [t.name for t in other.list()] == ["editor", "scripts"]


def test_revoke_takes_effect_in_another_store_on_the_same_file(store: TokenStore) -> None:
    _, secret = store.create("editor")
    server_side = TokenStore(store.path)
    assert server_side.verify(secret) is not None
    store.revoke("editor")
    assert server_side.verify(secret) is None
    assert store.list() == []


def test_update_changes_permissions_and_keeps_the_secret(store: TokenStore) -> None:
    _, secret = store.create("editor")
    updated = store.update("editor", allow_remote=True)
    assert updated.allow_remote and not updated.save_history
    assert store.verify(secret) == updated
    again = store.update("editor", save_history=True)
    assert again.allow_remote and again.save_history


def test_bad_names_and_unknown_tokens_say_what_to_do(store: TokenStore) -> None:
    store.create("editor")
    with pytest.raises(TokenError, match="already exists"):
        store.create(" editor ")
    with pytest.raises(TokenError, match="needs a name"):
        store.create("   ")
    with pytest.raises(TokenError, match="at most"):
        store.create("x" * 65)
    with pytest.raises(TokenError, match="no token named 'nope'") as info:
        store.revoke("nope")
    assert "editor" in info.value.hint
    with pytest.raises(TokenError, match="no token named"):
        store.update("nope", allow_remote=True)


def test_a_damaged_file_refuses_and_is_left_for_the_person(store: TokenStore) -> None:
    store.create("editor")
    store.path.write_text("{not json", encoding="utf-8")
    with pytest.raises(TokenError, match="damaged") as info:
        store.verify(TOKEN_PREFIX + "x")
    assert "Move it aside" in info.value.hint
    assert store.path.read_text(encoding="utf-8") == "{not json"


def test_the_file_is_versioned_json(store: TokenStore) -> None:
    store.create("editor")
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert set(data["tokens"][0]) == {"name", "created", "allow_remote", "save_history", "salt", "sha256"}


def test_concurrent_creates_lose_nothing(store: TokenStore) -> None:
    secrets: dict[str, str] = {}

    def make(i: int) -> None:
        secrets[f"t{i}"] = store.create(f"t{i}")[1]

    threads = [threading.Thread(target=make, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(store.list()) == 8
    assert all(store.verify(s) is not None and store.verify(s).name == n for n, s in secrets.items())  # type: ignore[union-attr]
