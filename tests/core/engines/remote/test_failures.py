"""The pure helpers of app.core.engines.remote.failures: what may be shown of a server's words."""

from __future__ import annotations

import email.utils
import time

import pytest

from app.core.engines.remote.failures import format_wait, retry_after, scrub, server_text, show_url

KEY = "sk-proj-Abc123Def456Ghi789Jkl012"


def test_scrub_hides_the_key_whole_and_in_long_pieces() -> None:
    assert KEY not in scrub(f"Incorrect API key provided: {KEY}.", KEY)
    # Some servers echo a truncated key.
    assert "Abc123Def456Ghi" not in scrub("key Abc123Def456Ghi is unknown", KEY)
    assert scrub("model gpt-4o not found", KEY) == "model gpt-4o not found"


def test_scrub_hides_anything_shaped_like_a_key_even_not_ours() -> None:
    text = scrub("keys sk-live-0123456789abcdef and AIzaSyA0123456789abcdefghijkl, Bearer abc.def.ghi", None)
    assert "0123456789abcdef" not in text and "AIzaSy" not in text and "abc.def.ghi" not in text


#: What ``python -m llama_cpp.server`` 0.3.36 answered a json_schema response_format with (HTTP 500).
LLAMA_SERVER_500 = (
    "1 validation error:\n  {'type': 'literal_error', 'loc': ('body', 'response_format', 'type'), "
    "'msg': \"Input should be 'text' or 'json_object'\", 'input': 'json_schema', "
    "'ctx': {'expected': \"'text' or 'json_object'\"}}\n\n"
    '  File "/venv/lib/python3.11/site-packages/llama_cpp/server/app.py", line 376, in create_chat_completion\n'
    "    POST /v1/chat/completions"
)


@pytest.mark.parametrize(
    ("said", "shown", "deterministic"),
    [
        (LLAMA_SERVER_500, "response_format.type: Input should be 'text' or 'json_object'", True),
        ("Traceback (most recent call last):\n  File \"x.py\", line 3, in f\nValueError: boom", "ValueError: boom", True),
        ("boom\nTraceback (most recent call last):\n  File \"x.py\", line 3, in f", "boom", True),
        ("'logprobs' is not supported with this model.", "'logprobs' is not supported with this model.", True),
        ("The server had an error while processing your request.", "The server had an error while processing your request.",
         False),
    ],
)  # fmt: skip
def test_server_text_cuts_stack_traces_and_tells_failures_that_repeat(
    said: str, shown: str, deterministic: bool
) -> None:
    assert server_text(said, None) == (shown, deterministic)


def test_scrub_makes_one_bounded_line() -> None:
    text = scrub("a\n  b\t" + "x" * 1000, None)
    assert "\n" not in text and text.startswith("a b x") and len(text) <= 300


def test_show_url_drops_credentials_and_query() -> None:
    assert show_url("https://user:pw@example.com:8443/v1?key=secret") == "https://example.com:8443/v1"
    assert show_url("http://127.0.0.1:11434/v1") == "http://127.0.0.1:11434/v1"


@pytest.mark.parametrize(
    ("headers", "text", "expected"),
    [
        ({"retry-after-ms": "1500"}, "", 1.5),
        ({"retry-after": "17"}, "", 17.0),
        ({}, "Please try again in 20s.", 20.0),
        ({}, "Please try again in 350ms.", 0.35),
        ({"retry-after": "soon"}, "", None),
        (None, "", None),
    ],
)
def test_retry_after(headers: dict[str, str] | None, text: str, expected: float | None) -> None:
    assert retry_after(headers, text) == pytest.approx(expected)


def test_retry_after_as_an_http_date() -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    wait = retry_after({"retry-after": when})
    assert wait is not None and 25 <= wait <= 31


def test_format_wait() -> None:
    assert format_wait(0.2) == "1 s"
    assert format_wait(17) == "17 s"
    assert format_wait(600) == "10 min"
