"""The log file never holds a key: shapes of keys, registered keys, arguments and tracebacks."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from app.core.logs import BACKUP_COUNT, LOG_FILE, MAX_BYTES, REDACTED, RedactingFormatter, Redactor, setup_logging

OPENAI = "sk-Ab3dE5fG7hI9jK1lM3nO5pQ7"
OPENAI_PROJECT = "sk-proj-Zq7Xv2Lr9Tn4Wm8Kc1Hd5Fb3-Yt6Gs0Ep"
ANTHROPIC = "sk-ant-api03-Pw6Ny1Qs8Jt3Rv7Ux2Za9Lm_Kd4Hf"
GOOGLE = "AIzaSyD4x7Qm2Lp9Vn3Rt8Ws1Yk6Hb0Jc5Fg2Ze"
HUGGING_FACE = "hf_QwErTyUiOpAsDfGhJkLzXcVbNm12345678"
OPAQUE = "c0ffee-opaque-token-4711"


@pytest.fixture
def root_logging() -> Iterator[logging.Logger]:
    """The root logger, with its handlers and level put back after the test."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield root
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.mark.parametrize(
    "line, secret, kept",
    [
        (f"using key {OPENAI} now", OPENAI, "using key [redacted] now"),
        (f"key={OPENAI_PROJECT}", OPENAI_PROJECT, "key=[redacted]"),
        (f"anthropic said no to {ANTHROPIC}.", ANTHROPIC, "anthropic said no to [redacted]."),
        (f"google {GOOGLE}", GOOGLE, "google [redacted]"),
        (f"hub token {HUGGING_FACE}", HUGGING_FACE, "hub token [redacted]"),
        (f"Authorization: Bearer {OPAQUE}", OPAQUE, "Authorization: Bearer [redacted]"),
        (
            f"{{'authorization': 'Bearer {OPAQUE}', 'accept': 'json'}}",
            OPAQUE,
            "{'authorization': 'Bearer [redacted]', 'accept': 'json'}",
        ),
        (f"sent bearer {OPAQUE}, got 401", OPAQUE, "sent bearer [redacted], got 401"),
        (f"x-api-key: {OPAQUE}", OPAQUE, "x-api-key: [redacted]"),
        (f"headers={{'X-Api-Key': '{OPAQUE}'}}", OPAQUE, "headers={'X-Api-Key': '[redacted]'}"),
        (f"{{'x-goog-api-key': \"{OPAQUE}\"}}", OPAQUE, "{'x-goog-api-key': \"[redacted]\"}"),
        (f"api_key='{OPAQUE}'", OPAQUE, "api_key='[redacted]'"),
        (
            f"GET https://example.test/v1beta/models?key={OPAQUE}&alt=sse",
            OPAQUE,
            "GET https://example.test/v1beta/models?key=[redacted]&alt=sse",
        ),
        (f"GET /models?alt=sse&api_key={OPAQUE}", OPAQUE, "GET /models?alt=sse&api_key=[redacted]"),
    ],
)
def test_each_key_shape_is_redacted(line: str, secret: str, kept: str) -> None:
    redacted = Redactor().redact(line)
    assert secret not in redacted
    assert redacted == kept


@pytest.mark.parametrize(
    "line",
    [
        "task-manager started; risk-based routing; tokens_in=512 tokens_out=64",
        "the key was saved in the keychain (SecretService Keyring)",
        'POST http://127.0.0.1:8080/v1/chat/completions "HTTP/1.1 200 OK"',
        "model gpt-6.2-sol, 1.2 s to first token",
        "[redacted] stays [redacted]",
    ],
)
def test_ordinary_lines_are_left_alone(line: str) -> None:
    assert Redactor().redact(line) == line


def test_registered_secrets_are_redacted_whatever_their_shape() -> None:
    redactor = Redactor()
    assert redactor.redact(f"local server key {OPAQUE}") == f"local server key {OPAQUE}"
    redactor.register_secret(OPAQUE)
    redactor.register_secret(f"  {OPAQUE}-longer\n")
    assert redactor.redact(f"a {OPAQUE} b {OPAQUE}-longer c") == "a [redacted] b [redacted] c"
    # Too short to be a key: registering it must not blank out the word everywhere.
    redactor.register_secret("abc")
    assert redactor.redact("abc") == "abc"


def test_formatter_redacts_message_args_and_traceback() -> None:
    redactor = Redactor()
    redactor.register_secret(OPAQUE)
    formatter = RedactingFormatter(redactor, "%(levelname)s %(message)s")
    try:
        raise RuntimeError(f"upstream rejected {OPAQUE} and {GOOGLE}")
    except RuntimeError:
        record = logging.LogRecord(
            "plinth.test", logging.ERROR, __file__, 1, "calling with %s / %r", (OPENAI, {"key": ANTHROPIC}), None
        )
        import sys

        record.exc_info = sys.exc_info()
    text = formatter.format(record)
    assert "Traceback" in text and "RuntimeError: upstream rejected [redacted] and [redacted]" in text
    for secret in (OPAQUE, GOOGLE, OPENAI, ANTHROPIC):
        assert secret not in text


def test_setup_logging_writes_a_redacted_rotating_file(tmp_path: Path, root_logging: logging.Logger) -> None:
    log_dir = tmp_path / "logs"
    redactor = setup_logging(log_dir)
    redactor.register_secret(OPAQUE)
    log = logging.getLogger("plinth.test")

    log.info("request headers %s", {"Authorization": f"Bearer {OPAQUE}"})
    log.warning("provider answered 401 for key %s", OPENAI_PROJECT)
    try:
        # The key is in the source line the traceback quotes as well as in the message.
        raise ValueError("bad key sk-ant-api03-Pw6Ny1Qs8Jt3Rv7Ux2Za9Lm_Kd4Hf for " + OPAQUE)
    except ValueError:
        log.exception("chat failed")
    log.debug("below the level, not written: %s", OPAQUE)
    for handler in root_logging.handlers:
        handler.flush()

    text = (log_dir / LOG_FILE).read_text(encoding="utf-8")
    assert "request headers" in text and "chat failed" in text and "Traceback" in text
    assert "below the level" not in text
    for secret in (OPAQUE, OPENAI_PROJECT, ANTHROPIC):
        assert secret not in text
    assert text.count(REDACTED) >= 4

    ours = [h for h in root_logging.handlers if isinstance(h, RotatingFileHandler)]
    assert len(ours) == 1
    assert ours[0].maxBytes == MAX_BYTES == 1_000_000
    assert ours[0].backupCount == BACKUP_COUNT == 5


def test_setup_logging_twice_keeps_one_handler(tmp_path: Path, root_logging: logging.Logger) -> None:
    before = len(root_logging.handlers)
    setup_logging(tmp_path / "first")
    first = [h for h in root_logging.handlers if isinstance(h, RotatingFileHandler)]
    logging.getLogger("plinth.test").warning("early")
    assert first[0].stream is not None
    setup_logging(tmp_path / "second")
    setup_logging(tmp_path / "second")
    ours = [h for h in root_logging.handlers if isinstance(h, RotatingFileHandler)]
    assert len(root_logging.handlers) == before + 1
    assert len(ours) == 1 and ours[0] is not first[0]
    # The replaced handler was closed, so its file is not held open.
    assert first[0].stream is None

    logging.getLogger("plinth.test").warning("once")
    ours[0].flush()
    assert (tmp_path / "second" / LOG_FILE).read_text(encoding="utf-8").count("once") == 1
    assert "once" not in (tmp_path / "first" / LOG_FILE).read_text(encoding="utf-8")
