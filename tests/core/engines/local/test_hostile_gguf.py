"""Crafted and broken GGUF files against the real LocalEngine: each is a clear error, and the app lives on.

The files are written by ``gguf_corpus`` from scratch or from the starter
model; no binary fixture is committed. Header damage is refused by the
parent's bounded reader before any child starts; a hostile chat template
reaches the child, whose sandbox, render time limit and output checks turn
it into a ``ChatTemplateError``.
"""

from __future__ import annotations

import importlib.metadata
import re
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from gguf_corpus import (
    BOOL,
    HANGING_TEMPLATE,
    HOSTILE_TEMPLATES,
    INT32,
    INVALID_TEMPLATE,
    TRUNCATIONS,
    UINT32,
    Layout,
    broken_headers,
    kv,
    truncation_points,
)

from app.core.cancel import CancelToken
from app.core.engines.base import ChatRequest, Message, complete
from app.core.engines.local.engine import FALLBACK_CONTEXT, LocalEngine
from app.core.engines.local.template import RENDER_TIMEOUT_S
from app.core.errors import ChatTemplateError, ModelLoadError
from app.core.models.gguf import read_gguf
from app.core.tasks.classification import classify

pytestmark = pytest.mark.slow

HELLO = ChatRequest((Message("user", "Say hello."),), max_tokens=4, temperature=0.0, seed=1)
BROKEN = broken_headers()


@pytest.fixture(scope="module")
def layout(starter_path: Path) -> Layout:
    return Layout.read(starter_path)


@pytest.fixture(scope="module")
def starter(starter_path: Path) -> Iterator[LocalEngine]:
    """The real model, kept warm: after every hostile file, it must still answer."""
    engine = LocalEngine(starter_path, "starter", context_cap=512)
    yield engine
    engine.close()


def assert_still_answers(engine: LocalEngine) -> None:
    answer = complete(engine, HELLO)
    assert answer.text.strip() and answer.stats.tokens_out > 0


def refused_before_the_child(path: Path, pattern: str) -> ModelLoadError:
    """The engine on ``path`` raises ModelLoadError matching ``pattern`` without starting a process."""
    engine = LocalEngine(path, "hostile", context_cap=512)
    children_before = set(psutil.Process().children(recursive=True))
    try:
        with pytest.raises(ModelLoadError) as caught:
            complete(engine, HELLO)
        assert engine.pid is None
        assert set(psutil.Process().children(recursive=True)) <= children_before
    finally:
        engine.close()
    exc = caught.value
    assert re.search(pattern, exc.message), exc.message
    assert path.name in exc.message
    assert exc.hint, "every refusal says what to do"
    return exc


def test_jinja2_has_the_sandbox_escape_fixes() -> None:
    # CVE-2024-56201, CVE-2024-56326 and CVE-2025-27516 are fixed in 3.1.6.
    version = tuple(int(p) for p in importlib.metadata.version("jinja2").split(".")[:3])
    assert version >= (3, 1, 6)
    requires = importlib.metadata.requires("plinth") or []
    assert any(re.fullmatch(r"jinja2\s*>=\s*3\.1\.6", r.split(";")[0].strip(), re.I) for r in requires), requires


@pytest.mark.parametrize("name", list(BROKEN))
def test_crafted_header_is_refused_by_the_parent(name: str, tmp_path: Path, starter: LocalEngine) -> None:
    data, pattern = BROKEN[name]
    path = tmp_path / "crafted.gguf"
    path.write_bytes(data)
    started = time.perf_counter()
    refused_before_the_child(path, pattern)
    # Bounded: no claimed length is ever allocated or looped over.
    assert time.perf_counter() - started < 5.0
    if name == "huge alignment":
        assert_still_answers(starter)


@pytest.mark.parametrize("where", TRUNCATIONS)
def test_truncated_starter_is_refused_with_what_is_missing(
    where: str, starter_path: Path, layout: Layout, tmp_path: Path
) -> None:
    size = starter_path.stat().st_size
    keep = truncation_points(layout, size)[where]
    path = tmp_path / "SmolLM2-cut.gguf"
    with starter_path.open("rb") as src, path.open("wb") as dst:
        while (left := keep - dst.tell()) > 0:
            dst.write(src.read(min(left, 1 << 22)))
    exc = refused_before_the_child(path, r"ends|signature")
    if keep >= layout.data_at:
        # A download that stopped: the message says by how much.
        assert f"ends {size - keep:,} bytes early" in exc.message
        assert "download it again" in exc.hint


def test_the_starter_itself_passes_the_reader(starter_path: Path, layout: Layout) -> None:
    info = read_gguf(starter_path)
    assert info.tensor_data_size == len(layout.data)
    assert Layout.read(starter_path).to_bytes() == starter_path.read_bytes()


def test_tensor_type_llama_cpp_does_not_know_fails_in_the_child(
    layout: Layout, tmp_path: Path, starter: LocalEngine
) -> None:
    """A file the parent's reader cannot fault (an unknown tensor type) reaches llama.cpp, which refuses it."""
    infos = bytearray(layout.tensor_infos)
    # The first tensor's type sits after its name, n_dims and dims.
    name_len = int.from_bytes(infos[:8], "little")
    n_dims = int.from_bytes(infos[8 + name_len : 12 + name_len], "little")
    type_at = 12 + name_len + 8 * n_dims
    infos[type_at : type_at + 4] = (250).to_bytes(4, "little")
    bad = Layout(layout.version, layout.entries, bytes(infos), layout.n_tensors, layout.alignment, layout.data)
    path = bad.write(tmp_path / "unknown-type.gguf")
    assert read_gguf(path).tensor_count == layout.n_tensors
    engine = LocalEngine(path, "hostile", context_cap=512)
    try:
        with pytest.raises(ModelLoadError, match="llama.cpp could not load unknown-type.gguf") as caught:
            complete(engine, HELLO)
        assert engine.pid is None
    finally:
        engine.close()
    assert caught.value.hint
    assert_still_answers(starter)


def test_invalid_chat_template_fails_the_load_with_its_own_message(
    layout: Layout, tmp_path: Path, starter: LocalEngine
) -> None:
    path = layout.with_chat_template(INVALID_TEMPLATE).write(tmp_path / "bad-template.gguf")
    engine = LocalEngine(path, "hostile", context_cap=512)
    try:
        with pytest.raises(ModelLoadError, match="chat template is not a valid Jinja template") as caught:
            complete(engine, HELLO)
        assert engine.pid is None
    finally:
        engine.close()
    assert "download another conversion" in caught.value.hint
    assert_still_answers(starter)


@pytest.mark.parametrize("name", list(HOSTILE_TEMPLATES))
def test_hostile_chat_template_is_stopped_in_the_child(
    name: str, layout: Layout, tmp_path: Path, starter: LocalEngine
) -> None:
    template, pattern = HOSTILE_TEMPLATES[name]
    path = layout.with_chat_template(template).write(tmp_path / "hostile-template.gguf")
    engine = LocalEngine(path, "hostile", context_cap=512)
    try:
        with pytest.raises(ChatTemplateError) as caught:
            complete(engine, HELLO)
        pid = engine.pid
        # The request failed, the model process did not: nothing in the template ran outside the sandbox.
        assert pid is not None and psutil.pid_exists(pid)
        with pytest.raises(ChatTemplateError):
            complete(engine, HELLO)
    finally:
        engine.close()
    exc = caught.value
    assert re.search(pattern, exc.message), exc.message
    assert "pick another model" in exc.hint.lower()
    assert "uid=" not in exc.message  # popen('id') never ran
    assert_still_answers(starter)


def test_template_that_hangs_is_stopped_by_the_child(layout: Layout, tmp_path: Path, starter: LocalEngine) -> None:
    path = layout.with_chat_template(HANGING_TEMPLATE).write(tmp_path / "hanging-template.gguf")
    engine = LocalEngine(path, "hostile", context_cap=512)
    try:
        engine.load()
        cancel = CancelToken()
        started = time.perf_counter()
        with pytest.raises(ChatTemplateError, match=f"after {RENDER_TIMEOUT_S:g} s"):
            for _chunk in engine.stream(HELLO, cancel):
                pass
        took = time.perf_counter() - started
        print(f"hanging template stopped after {took:.2f} s (limit {RENDER_TIMEOUT_S:g} s)")
        assert RENDER_TIMEOUT_S <= took < RENDER_TIMEOUT_S + 5.0
        # The child survived its template and still serves (and refuses) the next request.
        assert engine.pid is not None
    finally:
        engine.close()
    assert_still_answers(starter)


@pytest.mark.parametrize("value_type, value", [(UINT32, 0), (INT32, -1), (BOOL, True)])
def test_context_length_that_is_no_length_falls_back(
    layout: Layout, tmp_path: Path, value_type: int, value: object
) -> None:
    """0, -1 or a bool is no context length: the engine plans with its fallback instead of asking llama.cpp for it."""
    key = "llama.context_length"
    path = layout.replaced(key, kv(key, value_type, value)).write(tmp_path / "odd-context.gguf")
    assert read_gguf(path).context_length is None
    engine = LocalEngine(path, "odd", context_cap=1_000_000)
    try:
        assert engine.capabilities.max_context == FALLBACK_CONTEXT
    finally:
        engine.close()


def test_hostile_template_is_stopped_when_classifying_too(layout: Layout, tmp_path: Path) -> None:
    """Label scoring renders the template through the same guarded path as chat."""
    template, pattern = HOSTILE_TEMPLATES["sandbox escape through __class__"]
    path = layout.with_chat_template(template).write(tmp_path / "hostile-template.gguf")
    engine = LocalEngine(path, "hostile", context_cap=512)
    try:
        assert engine.capabilities.label_scoring
        with pytest.raises(ChatTemplateError, match=pattern):
            classify(engine, "The cat sat on the mat.", ["animals", "weather"])
    finally:
        engine.close()
