"""The log file, with every key taken out before a line is written.

``setup_logging(log_dir)`` sends the root logger to ``plinth.log`` (rotated at
about 1 MB, five old files kept) through a :class:`RedactingFormatter`. The
formatter replaces anything shaped like an API key or token, and every key
registered with its :class:`Redactor`, with ``[redacted]``: in the message, its
arguments, and exception tracebacks alike, because it works on the finished
line.

The registry of known keys is a :class:`Redactor` instance, not a module
global: ``setup_logging`` returns it and the composition root hands its
``register_secret`` to the ``SecretStore``, so tests get a fresh one each time
and nothing leaks between them.
"""

from __future__ import annotations

import logging
import re
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path

REDACTED = "[redacted]"
LOG_FILE = "plinth.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5

#: Registered values shorter than this are ignored: a four-letter "key" would
#: blank out that word everywhere in the log, and no provider issues one.
MIN_SECRET_LEN = 8

# Characters a token can run to; quotes, separators and brackets end it, so
# "Bearer abc," and "{'x-api-key': 'abc'}" keep their punctuation.
_VALUE = r"[^\s'\",;&()\[\]{}<>]+"

#: (pattern, replacement); applied in order after the registered keys.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # OpenAI (sk-, sk-proj-), Anthropic (sk-ant-api03-...) and most look-alikes.
    (re.compile(r"\bsk-[A-Za-z0-9_\-]{10,}"), REDACTED),
    # Google API keys.
    (re.compile(r"\bAIza[0-9A-Za-z_\-]{20,}"), REDACTED),
    # Hugging Face tokens.
    (re.compile(r"\bhf_[A-Za-z0-9]{20,}"), REDACTED),
    (
        re.compile(rf"(?i)\b(authorization['\"]?\s*[:=]\s*['\"]?(?:(?:bearer|basic|token)\s+)?){_VALUE}"),
        rf"\1{REDACTED}",
    ),
    (re.compile(rf"(?i)\b(bearer\s+){_VALUE}"), rf"\1{REDACTED}"),
    (
        re.compile(rf"(?i)\b((?:x-api-key|x-goog-api-key|api[-_]?key|apikey)['\"]?\s*[:=]\s*['\"]?){_VALUE}"),
        rf"\1{REDACTED}",
    ),
    (re.compile(r"(?i)([?&](?:key|api_key|apikey|access_token|token)=)[^&\s#'\"]+"), rf"\1{REDACTED}"),
)


class Redactor:
    """Knows the keys this process has seen and what a key looks like."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._secrets: set[str] = set()
        self._known: re.Pattern[str] | None = None

    def register_secret(self, value: str) -> None:
        value = value.strip()
        if len(value) < MIN_SECRET_LEN:
            return
        with self._lock:
            if value in self._secrets:
                return
            self._secrets.add(value)
            # Longest first, so a key that contains another is removed whole.
            alternatives = sorted(self._secrets, key=len, reverse=True)
            self._known = re.compile("|".join(re.escape(s) for s in alternatives))

    def redact(self, text: str) -> str:
        known = self._known
        if known is not None:
            text = known.sub(REDACTED, text)
        for pattern, replacement in _PATTERNS:
            text = pattern.sub(replacement, text)
        return text


class RedactingFormatter(logging.Formatter):
    """A Formatter whose every line, traceback and stack included, goes through a Redactor."""

    def __init__(self, redactor: Redactor, fmt: str | None = None, datefmt: str | None = None) -> None:
        super().__init__(fmt, datefmt)
        self.redactor = redactor

    def format(self, record: logging.LogRecord) -> str:
        return self.redactor.redact(super().format(record))


class _PlinthLogHandler(RotatingFileHandler):
    """Marks the handler setup_logging owns, so a second call replaces it."""


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Redactor:
    """Route the root logger to ``log_dir/plinth.log``; returns the Redactor to register keys with.

    Calling it again replaces the handler an earlier call installed (closing
    its file) rather than adding a second one.
    """
    log_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _PlinthLogHandler)]:
        root.removeHandler(old)
        old.close()
    redactor = Redactor()
    handler = _PlinthLogHandler(
        log_dir / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.setLevel(level)
    handler.setFormatter(
        RedactingFormatter(redactor, "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root.addHandler(handler)
    if root.level > level:
        root.setLevel(level)
    return redactor
