"""SecretStore: the real Secret Service, keyring's no-keychain backends, and the logic in between."""

from __future__ import annotations

from pathlib import Path

import pytest
from fakes import MemoryKeyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringLocked, PasswordSetError

from app.core.errors import NoKeychainError, UserFacingError
from app.core.logs import Redactor
from app.core.secrets import SERVICE, KeychainError, Secret, SecretStore, provider_account

KEY = "sk-proj-Zq7Xv2Lr9Tn4Wm8Kc1Hd5Fb3"
OTHER_KEY = "sk-ant-api03-Pw6Ny1Qs8Jt3Rv7Ux2Za9Lm"


def files_containing(root: Path, needle: str) -> list[Path]:
    if not root.exists():
        return []
    return [p for p in root.rglob("*") if p.is_file() and needle.encode() in p.read_bytes()]


# --- the real Secret Service (GNOME Keyring on a private D-Bus) ---------------------------------


def test_round_trip_in_the_real_keychain(secret_service: KeyringBackend) -> None:
    store = SecretStore(secret_service, environ={})
    assert store.keychain_available
    assert "SecretService" in store.backend_name

    assert store.set("provider:mine", KEY) == "keychain"
    assert secret_service.get_password(SERVICE, "provider:mine") == KEY
    secret = store.get("provider:mine")
    assert secret == Secret(KEY, "keychain")

    # A second store (another process, later) finds it: it lives in the keychain, not in the object.
    assert SecretStore(secret_service, environ={}).get("provider:mine") == Secret(KEY, "keychain")

    store.set("provider:mine", OTHER_KEY)
    assert store.get("provider:mine").value == OTHER_KEY

    store.delete("provider:mine")
    assert secret_service.get_password(SERVICE, "provider:mine") is None
    assert store.get("provider:mine") is None
    store.delete("provider:mine")  # deleting what is not there is fine


def test_real_keychain_writes_nothing_under_plinth_home(secret_service: KeyringBackend, plinth_home: Path) -> None:
    store = SecretStore(secret_service, environ={})
    store.set("provider:mine", KEY)
    assert store.get("provider:mine").source == "keychain"
    assert files_containing(plinth_home, KEY) == []


def test_stored_key_wins_over_the_environment_in_the_real_keychain(secret_service: KeyringBackend) -> None:
    store = SecretStore(secret_service, environ={"OPENAI_API_KEY": OTHER_KEY})
    assert store.get("provider:oa", ["OPENAI_API_KEY"]) == Secret(OTHER_KEY, "environment:OPENAI_API_KEY")
    store.set("provider:oa", KEY)
    assert store.get("provider:oa", ["OPENAI_API_KEY"]) == Secret(KEY, "keychain")


# --- no usable keychain ---------------------------------------------------------------------------


@pytest.fixture(params=["fail", "null", "chainer-of-nothing"])
def no_keychain(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> KeyringBackend:
    if request.param == "fail":
        return fail.Keyring()
    if request.param == "null":
        return null.Keyring()
    # A chainer that found nothing but keyring's own fallbacks.
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [fail.Keyring(), null.Keyring()])
    return chainer.ChainerBackend()


def test_no_keychain_refuses_to_store_and_says_so(no_keychain: KeyringBackend, plinth_home: Path) -> None:
    store = SecretStore(no_keychain, environ={})
    assert not store.keychain_available
    with pytest.raises(NoKeychainError) as info:
        store.set("provider:mine", KEY)
    message = str(info.value)
    assert "No keychain (Secret Service) is available on this computer, so the key cannot be saved." in message
    assert "for this session only" in message
    assert KEY not in message
    assert store.get("provider:mine") is None
    assert files_containing(plinth_home, KEY) == []


def test_session_only_keeps_the_key_in_memory(no_keychain: KeyringBackend, plinth_home: Path) -> None:
    store = SecretStore(no_keychain, environ={})
    assert store.set("provider:mine", KEY, session_only=True) == "session"
    assert store.get("provider:mine") == Secret(KEY, "session")
    # Another store (the next run of Plinth) does not have it.
    assert SecretStore(no_keychain, environ={}).get("provider:mine") is None
    assert files_containing(plinth_home, KEY) == []
    store.delete("provider:mine")
    assert store.get("provider:mine") is None


def test_chainer_with_a_real_member_is_a_keychain(monkeypatch: pytest.MonkeyPatch) -> None:
    keychain = MemoryKeyring()
    # keyring only chains backends with a positive priority, so fail and null never sit beside a real one.
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [keychain])
    store = SecretStore(chainer.ChainerBackend(), environ={})
    assert store.keychain_available
    assert store.set("provider:a", KEY) == "keychain"
    assert keychain.passwords == {(SERVICE, "provider:a"): KEY}


def test_no_keychain_still_reads_the_environment(no_keychain: KeyringBackend) -> None:
    store = SecretStore(no_keychain, environ={"GOOGLE_API_KEY": KEY})
    assert store.get("provider:g", ["GEMINI_API_KEY", "GOOGLE_API_KEY"]) == Secret(KEY, "environment:GOOGLE_API_KEY")


def test_default_backend_is_resolved_lazily_from_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    chosen = fail.Keyring()
    calls = []
    monkeypatch.setattr(keyring, "get_keyring", lambda: calls.append(1) or chosen)
    store = SecretStore(environ={})
    assert calls == []
    assert not store.keychain_available
    assert store.backend is chosen
    assert calls == [1]


# --- precedence, masking and errors, on an in-memory keychain --------------------------------------


def test_precedence_keychain_then_session_then_first_env_var_set() -> None:
    keychain = MemoryKeyring()
    env = {"GEMINI_API_KEY": "", "GOOGLE_API_KEY": "AIzaSyD-environment-key-000000000"}
    store = SecretStore(keychain, environ=env)
    account = "provider:g"
    vars_ = ("GEMINI_API_KEY", "GOOGLE_API_KEY")

    # An empty variable counts as unset.
    assert store.get(account, vars_).source == "environment:GOOGLE_API_KEY"
    env["GEMINI_API_KEY"] = "AIzaSyD-gemini-variable-0000000000"
    assert store.get(account, vars_) == Secret("AIzaSyD-gemini-variable-0000000000", "environment:GEMINI_API_KEY")

    store.set(account, OTHER_KEY, session_only=True)
    assert store.get(account, vars_) == Secret(OTHER_KEY, "session")

    store.set(account, KEY)
    assert store.get(account, vars_) == Secret(KEY, "keychain")
    assert keychain.passwords == {(SERVICE, account): KEY}

    store.delete(account)
    assert store.get(account, vars_).source == "environment:GEMINI_API_KEY"
    assert store.get(account) is None


def test_saving_to_the_keychain_drops_the_session_copy() -> None:
    store = SecretStore(MemoryKeyring(), environ={})
    store.set("provider:a", OTHER_KEY, session_only=True)
    store.set("provider:a", KEY)
    store.delete("provider:a")
    assert store.get("provider:a") is None


def test_keys_are_stripped_and_empty_keys_refused() -> None:
    store = SecretStore(MemoryKeyring(), environ={})
    store.set("provider:a", f"  {KEY}\n")
    assert store.get("provider:a").value == KEY
    with pytest.raises(UserFacingError, match="empty"):
        store.set("provider:a", " \n")


def test_secret_never_shows_its_value() -> None:
    secret = Secret(KEY, "keychain")
    for text in (repr(secret), str(secret), f"{secret}", repr([secret]), repr({"k": secret})):
        assert KEY not in text
        assert KEY[:-4] not in text
    assert secret.masked == "••••" + KEY[-4:]
    assert "keychain" in repr(secret) and "keychain" in str(secret)
    # A short key would give too much away by its last four characters.
    assert Secret("abcdefgh", "session").masked == "••••"


def test_every_key_seen_is_registered_for_redaction() -> None:
    redactor = Redactor()
    keychain = MemoryKeyring()
    keychain.passwords[(SERVICE, "provider:stored")] = "sk-stored-before-this-process-000"
    store = SecretStore(
        keychain, environ={"OPENAI_API_KEY": "sk-from-the-environment-000000"}, register_secret=redactor.register_secret
    )

    store.set("provider:new", KEY)
    store.set("provider:temp", OTHER_KEY, session_only=True)
    store.get("provider:stored")
    store.get("provider:none", ["OPENAI_API_KEY"])

    line = "keys: {} {} {} {} mytoken-{}".format(
        KEY, OTHER_KEY, "sk-stored-before-this-process-000", "sk-from-the-environment-000000", "plain-custom-key-42"
    )
    redacted = redactor.redact(line)
    for value in (KEY, OTHER_KEY, "sk-stored-before-this-process-000", "sk-from-the-environment-000000"):
        assert value not in redacted
    # A key with no recognisable shape is redacted once the store has seen it.
    custom = SecretStore(MemoryKeyring(), environ={}, register_secret=redactor.register_secret)
    custom.set("provider:local", "plain-custom-key-42")
    assert "plain-custom-key-42" not in redactor.redact(line)


class _LockedKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("Failed to unlock the collection!")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")


class _RefusingKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("Prompt dismissed")


class _DroppingKeyring(MemoryKeyring):
    """Accepts writes and keeps nothing, like keyring's null backend under another name."""

    def set_password(self, service: str, username: str, password: str) -> None:
        pass


class _BrokenBusKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise ConnectionRefusedError(111, "Connection refused")


def test_locked_keychain_says_unlock_it() -> None:
    store = SecretStore(_LockedKeyring(), environ={"OPENAI_API_KEY": OTHER_KEY})
    for action in (
        lambda: store.set("provider:a", KEY),
        lambda: store.get("provider:a", ["OPENAI_API_KEY"]),
        lambda: store.delete("provider:a"),
    ):
        with pytest.raises(KeychainError, match="locked") as info:
            action()
        assert "Unlock" in info.value.hint
        assert KEY not in str(info.value)
        assert isinstance(info.value.__cause__, KeyringLocked)


@pytest.mark.parametrize("backend", [_RefusingKeyring(), _DroppingKeyring(), _BrokenBusKeyring()])
def test_failed_keychain_writes_are_errors_not_silence(backend: KeyringBackend) -> None:
    store = SecretStore(backend, environ={})
    with pytest.raises(KeychainError) as info:
        store.set("provider:a", KEY)
    assert KEY not in str(info.value)


def test_provider_account_names() -> None:
    assert provider_account("mine") == "provider:mine"
