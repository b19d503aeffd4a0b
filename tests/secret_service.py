"""A real Secret Service of our own for the keychain tests: a private D-Bus and GNOME Keyring.

Both daemons run with HOME, XDG_* and the bus socket inside a temp folder, so
a developer's own keychain and session bus are never touched. The bus config
names no service directories: nothing is activated behind our back, and a
keyring daemon that fails to start shows up as a failure here.
Debian packages: ``dbus`` and ``gnome-keyring`` (``scripts/sysdeps.sh test``).
"""

from __future__ import annotations

import os
import selectors
import shutil
import subprocess
import time
from contextlib import closing
from pathlib import Path

import pytest

KEYRING_PASSWORD = "plinth-test-keyring"
START_TIMEOUT_S = 15.0

_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


class PrivateSecretService:
    """``start()`` brings up the bus and an unlocked keyring; ``stop()`` ends both and reaps them."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.address = ""
        self._procs: list[subprocess.Popen] = []
        self._logs: list = []

    def start(self) -> None:
        for tool in ("dbus-daemon", "gnome-keyring-daemon"):
            if shutil.which(tool) is None:
                pytest.fail(f"{tool} is not installed; `make test` installs it (scripts/sysdeps.sh test).")
        home = self.root / "home"
        runtime = self.root / "run"
        home.mkdir(parents=True)
        runtime.mkdir(mode=0o700)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_CACHE_HOME": str(home / ".cache"),
        }
        config = self.root / "bus.conf"
        config.write_text(_BUS_CONFIG.format(socket=runtime / "bus"), encoding="utf-8")
        try:
            bus = self._spawn(
                ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
                env,
                "dbus.log",
                stdout=subprocess.PIPE,
            )
            self.address = self._read_address(bus)
            env["DBUS_SESSION_BUS_ADDRESS"] = self.address
            keyring = self._spawn(
                ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                env,
                "gnome-keyring.log",
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
            )
            # --unlock reads the password up to end of input; it creates and unlocks the login keyring.
            keyring.stdin.write(KEYRING_PASSWORD.encode())
            keyring.stdin.close()
            self._wait_for_unlocked_collection()
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        # The keyring first: it talks to the bus and would log errors if the bus went first.
        for proc in reversed(self._procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=5)
            if proc.stdout is not None:
                proc.stdout.close()
        self._procs.clear()
        for log in self._logs:
            log.close()
        self._logs.clear()

    def clear(self) -> None:
        """Delete every item in the default collection, so each test starts with an empty keychain."""
        import secretstorage

        with closing(self._connect()) as conn:
            for item in secretstorage.get_default_collection(conn).get_all_items():
                item.delete()

    def _spawn(self, argv: list[str], env: dict[str, str], log_name: str, **kwargs) -> subprocess.Popen:
        log = open(self.root / log_name, "wb")  # closed in stop(), after the daemon
        self._logs.append(log)
        proc = subprocess.Popen(argv, env=env, stderr=log, **kwargs)
        self._procs.append(proc)
        return proc

    def _read_address(self, bus: subprocess.Popen) -> str:
        with selectors.DefaultSelector() as sel:
            sel.register(bus.stdout, selectors.EVENT_READ)
            if not sel.select(timeout=START_TIMEOUT_S):
                raise RuntimeError(f"dbus-daemon printed no address; see {self.root / 'dbus.log'}")
        address = bus.stdout.readline().decode().strip()
        if not address:
            raise RuntimeError(f"dbus-daemon exited ({bus.poll()}); see {self.root / 'dbus.log'}")
        return address

    def _connect(self):
        from jeepney.io.blocking import open_dbus_connection

        return open_dbus_connection(bus=self.address)

    def _wait_for_unlocked_collection(self) -> None:
        import secretstorage
        from secretstorage.exceptions import SecretStorageException

        deadline = time.monotonic() + START_TIMEOUT_S
        last_error: Exception | None = None
        while time.monotonic() < deadline:
            if self._procs[-1].poll() is not None:
                break
            try:
                with closing(self._connect()) as conn:
                    if secretstorage.check_service_availability(conn):
                        if not secretstorage.get_default_collection(conn).is_locked():
                            return
            except SecretStorageException as exc:
                last_error = exc
            time.sleep(0.05)
        raise RuntimeError(
            f"GNOME Keyring did not offer an unlocked collection ({last_error}); see {self.root / 'gnome-keyring.log'}"
        )
