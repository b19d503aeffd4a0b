"""The OpenAI protocol server the tests use, pacing its tokens as a hosted model would (for screenshots)."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.servers.openai_server import OpenAIServer  # noqa: E402

FIRST_TOKEN_S = 0.45
TOKEN_S = 0.022


class PacedOpenAIServer(OpenAIServer):
    """The test server, waiting before the first token and between tokens like a hosted model."""

    def _stream(self, handler: Any, reply: Any, fault: Any) -> None:
        text_frames = [i for i, frame in enumerate(reply.frames or []) if frame.text]
        for n, i in enumerate(text_frames):
            reply.frames[i] = _SlowFrame(reply.frames[i], FIRST_TOKEN_S if n == 0 else TOKEN_S)
        super()._stream(handler, reply, fault)


class _SlowFrame:
    """A text frame that takes its time to be written (``_stream`` reads ``data`` as it sends)."""

    text = True

    def __init__(self, frame: Any, seconds: float) -> None:
        self._frame = frame
        self._seconds = seconds

    @property
    def data(self) -> bytes:
        time.sleep(self._seconds)
        return self._frame.data
