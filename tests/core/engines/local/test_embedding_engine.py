"""LocalEmbeddingEngine against real llama.cpp (``embedding=True``) and the starter model (SmolLM2-135M)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from app.core.cancel import Cancelled, CancelToken
from app.core.engines.embedding import EmbeddingEngine
from app.core.engines.local.embedding_engine import LocalEmbeddingEngine
from app.core.errors import EngineCrashedError, ModelLoadError

pytestmark = pytest.mark.slow

#: The context (and batch) the tests load with: small, so a long text is quick to make.
CONTEXT = 256
TEXTS = (
    "The invoice for March was paid on the fourth of April.",
    "Our office in Lyon closes at six in the evening.",
    "Photosynthesis turns light, water and carbon dioxide into sugar.",
    "The quarterly report shows revenue up twelve percent.",
)


#: Cosine similarity above which two vectors count as the same text's. The same text packed into a different
#: batch beside other texts gets vectors that differ in the third decimal (quantized matrix products are
#: summed in another order), far closer than any two different texts here.
SAME = 0.9995


def assert_same(actual: np.ndarray, expected: np.ndarray) -> None:
    """Row by row, ``actual`` is the same texts' vectors as ``expected``."""
    similarity = np.sum(np.atleast_2d(actual) * np.atleast_2d(expected), axis=1)
    assert (similarity > SAME).all(), similarity


class PollCounter(CancelToken):
    """A cancel token that does something on its ``at``-th poll: cancels, or runs ``action`` and stays unset."""

    def __init__(self, at: int, action: object = None) -> None:
        super().__init__()
        self.at = at
        self.action = action
        self.polls = 0

    @property
    def cancelled(self) -> bool:
        self.polls += 1
        if self.polls == self.at:
            if callable(self.action):
                self.action()
            else:
                self.cancel()
        return super().cancelled


@pytest.fixture(scope="module")
def engine(starter_path: Path) -> Iterator[LocalEmbeddingEngine]:
    # Two texts a request, so that four texts take several requests and their order must survive.
    engine = LocalEmbeddingEngine(starter_path, "starter", context_cap=CONTEXT, texts_per_request=2)
    yield engine
    engine.close()


def test_parent_process_never_imports_llama_cpp() -> None:
    code = "import sys, app.core.engines.local.embedding_engine; sys.exit('llama_cpp' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_embeds_normalised_float32_rows_in_order(engine: LocalEmbeddingEngine) -> None:
    protocol: EmbeddingEngine = engine  # mypy checks the engine against the protocol
    assert protocol.destination is None and not engine.is_remote
    vectors = protocol.embed(TEXTS)
    assert vectors.dtype == np.float32
    assert vectors.shape == (len(TEXTS), 576)  # SmolLM2-135M's hidden size
    assert engine.dim == 576
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    # Different texts, different vectors.
    similarity = vectors @ vectors.T
    assert (similarity[~np.eye(len(TEXTS), dtype=bool)] < SAME - 0.01).all(), similarity
    # Order: each row is its own text's, whatever batch it went in.
    assert_same(engine.embed(TEXTS[::-1])[::-1], vectors)
    assert_same(engine.embed(TEXTS[2:3]), vectors[2])
    assert engine.last_truncated == ()


def test_same_text_gives_the_same_vector(engine: LocalEmbeddingEngine) -> None:
    vectors = engine.embed([TEXTS[0], TEXTS[1], TEXTS[0]])
    assert_same(vectors[0], vectors[2])
    assert float(vectors[0] @ vectors[1]) < SAME - 0.01
    # The same batch again: the same numbers.
    np.testing.assert_array_equal(engine.embed([TEXTS[0], TEXTS[1], TEXTS[0]]), vectors)


def test_nothing_to_embed_gives_an_empty_matrix_of_the_right_width(engine: LocalEmbeddingEngine) -> None:
    vectors = engine.embed([])
    assert vectors.shape == (0, 576) and vectors.dtype == np.float32


def test_text_longer_than_the_context_is_cut_and_said(
    engine: LocalEmbeddingEngine, caplog: pytest.LogCaptureFixture
) -> None:
    assert engine.max_tokens == CONTEXT
    long_text = "Revenue grew in every region. " * 200  # ~1,200 tokens
    vectors = engine.embed([TEXTS[0], long_text, TEXTS[1]])
    assert vectors.shape == (3, 576)
    assert np.isfinite(vectors).all()
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert engine.last_truncated == (1,)
    assert "1 of 3 texts were longer than starter takes (256 tokens)" in caplog.text
    # Cut at the context: what follows the first 256 tokens changes nothing.
    longer = engine.embed([long_text + " And then the company was sold."])
    assert_same(longer, vectors[1])


def test_cancel_before_the_first_request_raises_cancelled(engine: LocalEmbeddingEngine) -> None:
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        engine.embed(TEXTS, cancel)


def test_cancel_during_a_request_raises_cancelled_and_leaves_the_engine_usable(
    engine: LocalEmbeddingEngine,
) -> None:
    engine.load()
    pid = engine.pid
    before = engine.embed(TEXTS[:1])
    # Polls 1 and 2 come before the first request is sent; poll 4 is while the child works on it.
    cancel = PollCounter(at=4)
    with pytest.raises(Cancelled):
        engine.embed(TEXTS * 10, cancel)
    assert cancel.polls >= 4
    # The child wound the request down and is still the same process, answering as before.
    assert engine.pid == pid
    np.testing.assert_allclose(engine.embed(TEXTS[:1]), before, atol=1e-5)


def test_killed_child_raises_engine_crashed_and_restarts(engine: LocalEmbeddingEngine) -> None:
    engine.load()
    pid = engine.pid
    assert pid is not None
    expected = engine.embed(TEXTS[:2])
    # Killed while the request is in flight (the token's fourth poll is the first after it was sent).
    kill = PollCounter(at=4, action=lambda: os.kill(pid, signal.SIGKILL))
    with pytest.raises(EngineCrashedError) as info:
        engine.embed(TEXTS * 10, kill)
    assert f"exit code {-signal.SIGKILL}" in info.value.message
    assert "while embedding" in info.value.message
    assert engine.pid is None
    np.testing.assert_allclose(engine.embed(TEXTS[:2]), expected, atol=1e-5)
    assert engine.pid not in (None, pid)


def test_a_file_that_is_no_model_fails_to_load_with_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.gguf"
    bogus.write_bytes(b"this is not a GGUF file at all" * 10)
    engine = LocalEmbeddingEngine(bogus, "local:notes")
    try:
        with pytest.raises(ModelLoadError) as info:
            engine.embed(["hello"])
        assert "notes.gguf" in info.value.message
    finally:
        engine.close()
