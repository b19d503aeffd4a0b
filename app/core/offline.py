"""Offline mode: one switch under which nothing leaves this computer.

Three layers, from politest to bluntest:

* :class:`OfflineMode` is the switch. Plinth's own code asks it first
  (the engine registry, the model directory, the Hub client, the download
  factory, the Providers dialog) and refuses with an :class:`OfflineError`
  that says how to turn it off.
* :meth:`OfflineMode.apply_hub_offline` sets ``HF_HUB_OFFLINE`` for
  huggingface_hub, which reads it once, at import.
* :func:`install_socket_guard` adds an audit hook (PEP 578) that refuses, in
  this process, any socket connect, send, bind or name lookup that is not for
  the loopback address or a Unix socket while offline mode is on. It is the
  backstop for code that forgets to ask: a third-party library, a plugin, a
  future feature. Unix sockets stay open because the keychain talks D-Bus
  over one.

The guard sees only this process. The llama.cpp engine runs in a spawned
child that loads a file and talks to its parent over a pipe; it opens no
socket (tests/ui/test_offline_mode.py checks that from outside).
"""

from __future__ import annotations

import ipaddress
import os
import socket
import sys
import threading
from collections.abc import Callable, Mapping, MutableMapping
from typing import Any

from app.core.errors import OfflineError
from app.core.ui_text import ui_join, ui_text

#: Set to 1 (or true/yes/on) to force offline mode on, whatever the saved setting says.
ENV_VAR = "PLINTH_OFFLINE"
HUB_ENV_VAR = "HF_HUB_OFFLINE"
#: Where a person turns it off; every refusal says so.
SWITCH_HINT = ui_text(
    "Turn it off in File › Offline mode (Ctrl+Shift+O), or unset {env_var} if it is set.", env_var=ENV_VAR
)

_TRUE = {"1", "true", "yes", "on"}


def env_forces_offline(environ: Mapping[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    return env.get(ENV_VAR, "").strip().lower() in _TRUE


class OfflineMode:
    """Whether Plinth may reach beyond this computer. Thread-safe; no Qt.

    ``saved`` is the person's switch (``Settings.offline``); ``forced`` is
    ``PLINTH_OFFLINE=1``, which wins and cannot be switched off from the app.
    Listeners added with :meth:`add_listener` are called with the new
    ``enabled`` after each change, on the thread that made it.
    """

    def __init__(self, saved: bool = False, *, forced: bool = False, hub_env_outside: str | None = None) -> None:
        self._lock = threading.Lock()
        self._saved = saved
        self._forced = forced
        #: HF_HUB_OFFLINE as the person's environment had it, restored when offline mode goes off.
        self._hub_env_outside = hub_env_outside
        self._listeners: list[Callable[[bool], None]] = []

    @classmethod
    def from_environment(cls, saved: bool, environ: Mapping[str, str] | None = None) -> OfflineMode:
        env = os.environ if environ is None else environ
        return cls(saved, forced=env_forces_offline(env), hub_env_outside=env.get(HUB_ENV_VAR))

    @property
    def enabled(self) -> bool:
        with self._lock:
            return self._saved or self._forced

    @property
    def forced(self) -> bool:
        """On through ``PLINTH_OFFLINE``: the switch in the app cannot turn it off."""
        return self._forced

    @property
    def saved(self) -> bool:
        with self._lock:
            return self._saved

    def set_saved(self, on: bool) -> None:
        """The person's switch; the caller saves ``Settings.offline``."""
        with self._lock:
            before = self._saved or self._forced
            self._saved = on
            after = self._saved or self._forced
            listeners = list(self._listeners) if before != after else []
        for listener in listeners:
            listener(after)

    def add_listener(self, listener: Callable[[bool], None]) -> None:
        with self._lock:
            self._listeners.append(listener)

    @property
    def reason(self) -> str:
        """Why it is on ("" when off): for tooltips and diagnostics."""
        with self._lock:
            if self._forced:
                return ui_text("{env_var}=1 is set", env_var=ENV_VAR)
            return ui_text("turned on in File › Offline mode") if self._saved else ""

    def describe(self) -> str:
        """``on (PLINTH_OFFLINE=1 is set)``, ``on (turned on in …)`` or ``off``."""
        reason = self.reason
        return f"on ({reason})" if reason else "off"

    def check(self, what: str) -> None:
        """Raise OfflineError when on; ``what`` ends "Offline mode is on: …" ("models behind an API are off.")."""
        if self.enabled:
            raise OfflineError(ui_text("Offline mode is on: {what}", what=what), SWITCH_HINT)

    def apply_hub_offline(self, environ: MutableMapping[str, str], modules: Mapping[str, Any] | None = None) -> None:
        """Tell huggingface_hub whether to stay offline.

        It reads ``HF_HUB_OFFLINE`` once, at import: call this before it is
        first imported. When it already is (the switch flipped at run time),
        its ``constants.HF_HUB_OFFLINE``, which it reads on every request, is
        set too, so switching back on does not leave the Hub stuck offline
        until a restart. Plinth's own Hub calls ask :meth:`check` anyway.
        """
        enabled = self.enabled
        if enabled:
            environ[HUB_ENV_VAR] = "1"
        elif self._hub_env_outside is None:
            environ.pop(HUB_ENV_VAR, None)
        else:
            environ[HUB_ENV_VAR] = self._hub_env_outside
        loaded: Mapping[str, Any] = sys.modules if modules is None else modules
        constants = loaded.get("huggingface_hub.constants")
        if constants is not None:
            constants.HF_HUB_OFFLINE = enabled or (self._hub_env_outside or "").strip().lower() in _TRUE


class OfflineSocketError(ConnectionRefusedError):
    """What the socket guard raises: an OSError, so network libraries treat it as a failed connection."""


#: Audit events that can put a packet on a network or resolve a name through one.
_GUARDED_EVENTS = frozenset(
    {
        "socket.connect",
        "socket.sendto",
        "socket.sendmsg",
        "socket.bind",
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.gethostbyaddr",
        "socket.getnameinfo",
    }
)
#: Families that never leave the machine: Unix sockets (D-Bus, the keychain) and netlink (the kernel).
_LOCAL_FAMILIES = frozenset(
    f for f in (getattr(socket, "AF_UNIX", None), getattr(socket, "AF_NETLINK", None)) if f is not None
)
_INET_FAMILIES = frozenset({socket.AF_INET, getattr(socket, "AF_INET6", socket.AF_INET)})


def is_loopback_host(host: object) -> bool:
    """A host that can only mean this computer: 127.0.0.0/8, ::1, ``localhost`` and ``*.localhost`` (RFC 6761)."""
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    name = host.strip().rstrip(".").lower()
    if name.startswith("[") and name.endswith("]"):
        name = name[1:-1]
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(name.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


def _describe(host: object, port: object = None) -> str:
    host_text = host.decode("ascii", "replace") if isinstance(host, bytes) else str(host)
    if port in (None, 0, ""):
        return host_text
    return f"[{host_text}]:{port}" if ":" in host_text else f"{host_text}:{port}"


def blocked_address(event: str, args: tuple[Any, ...]) -> str | None:
    """The address an audit event would reach beyond this computer, or None when it stays local.

    Pure: decides, raises nothing, so tests can ask it about addresses that
    must never really be contacted.
    """
    if event not in _GUARDED_EVENTS:
        return None
    if event == "socket.getaddrinfo":
        host, port = args[0], args[1]
        # None (and "") ask for the wildcard/loopback address: no lookup leaves the machine.
        if host in (None, "", b""):
            return None
        return None if is_loopback_host(host) else _describe(host, port)
    if event in ("socket.gethostbyname", "socket.gethostbyaddr"):
        return None if is_loopback_host(args[0]) else _describe(args[0])
    if event == "socket.getnameinfo":
        sockaddr = args[0]
        host = sockaddr[0] if isinstance(sockaddr, tuple) and sockaddr else sockaddr
        return None if is_loopback_host(host) else _describe(host)
    sock, address = args[0], args[1]
    if event == "socket.sendmsg" and address is None:
        return None  # a connected socket: its connect was already judged
    family = getattr(sock, "family", None)
    if family in _LOCAL_FAMILIES:
        return None
    if family not in _INET_FAMILIES:
        return f"a socket of family {family!r}"
    if not isinstance(address, tuple) or not address:
        return _describe(address)
    host, port = address[0], address[1] if len(address) > 1 else None
    if event == "socket.bind" and host in ("", b""):
        return _describe("all addresses", port)
    return None if is_loopback_host(host) else _describe(host, port)


class SocketGuard:
    """The audit hook's state: the OfflineMode it consults, and what it refused.

    Built only by :func:`install_socket_guard`.
    """

    def __init__(self, mode: OfflineMode | None) -> None:
        self._lock = threading.Lock()
        self._mode = mode
        self._blocked: list[str] = []

    def follow(self, mode: OfflineMode | None) -> None:
        """Consult ``mode`` from now on (None: let everything through)."""
        with self._lock:
            self._mode = mode

    @property
    def blocked(self) -> list[str]:
        """Every address refused so far, oldest first."""
        with self._lock:
            return list(self._blocked)

    def audit(self, event: str, args: tuple[Any, ...]) -> None:
        # Called for every audit event in the process (imports, opens, …): return fast.
        if event not in _GUARDED_EVENTS:
            return
        mode = self._mode
        if mode is None or not mode.enabled:
            return
        try:
            where = blocked_address(event, args)
        except Exception:  # noqa: BLE001 - an address it cannot read is refused, not let through
            where = f"an address it could not read ({event})"
        if where is None:
            return
        with self._lock:
            self._blocked.append(where)
        refused = ui_text(
            "Offline mode is on: Plinth refused to contact {where} (only this computer is allowed).", where=where
        )
        raise OfflineSocketError(ui_join([refused, SWITCH_HINT]))


# Audit hooks cannot be removed, and every hook added runs for the rest of
# the process: a second install would stack a second hook. So the one guard
# per process is kept here, the only module-level state in Plinth; what it
# consults is still the OfflineMode the composition root hands in.
_process_guard: SocketGuard | None = None
_install_lock = threading.Lock()


def install_socket_guard(mode: OfflineMode) -> SocketGuard:
    """Guard this process's sockets by ``mode``: adds the audit hook once, then only re-points it."""
    global _process_guard
    with _install_lock:
        if _process_guard is None:
            guard = SocketGuard(mode)
            sys.addaudithook(guard.audit)
            _process_guard = guard
        else:
            _process_guard.follow(mode)
        return _process_guard
