"""Side-by-side comparisons: scheduling, isolation, cancel, metrics, the verdict and the privacy line.

Remote models run against the protocol servers (throttled, so that
concurrency shows in time), local ones on the starter model and a copy of it.
"""

from __future__ import annotations

import re
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes import FakeEngine
from servers import AnthropicServer, GeminiServer, OpenAIServer
from servers.base import Frame, ProtocolServer, Recorded, Reply
from servers.harness import FAST, PRICES
from task_fakes import ChoosingEngine, ScoringEngine, keyword_rule

from app.bootstrap import build_services
from app.core.cancel import CancelToken
from app.core.compare.results import ComparisonResult, ModelMetrics, ModelRun, format_metric
from app.core.compare.run import CompareEvent, run_comparison
from app.core.compare.spec import ColumnSettings, Comparison
from app.core.compare.verdict import best_values, privacy_summary, result_destinations, verdict
from app.core.engines.base import Capabilities
from app.core.engines.registry import EngineRegistry
from app.core.engines.remote.factory import create_remote_engine
from app.core.errors import InvalidRequestError, ModelNotFoundError
from app.core.paths import Paths
from app.core.providers import ProviderConfig

PROMPT = "Say hello."
#: Seconds between the text deltas of a throttled server.
PACE_S = 0.08


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


class _Paced(list):
    """Frames that go out ``delay`` seconds apart, as a busy provider sends them."""

    def __init__(self, frames: list[Frame], delay: float) -> None:
        super().__init__(frames)
        self.delay = delay

    def __iter__(self) -> Iterator[Frame]:
        for frame in list.__iter__(self):
            if frame.text:
                time.sleep(self.delay)
            yield frame


def throttled(server: ProtocolServer, delay: float = PACE_S) -> ProtocolServer:
    route = server.route

    def paced_route(rec: Recorded) -> Reply:
        reply = route(rec)
        if reply.frames is not None:
            reply.frames = _Paced(reply.frames, delay)
        return reply

    server.route = paced_route  # type: ignore[method-assign]
    return server


@pytest.fixture
def servers() -> Iterator[dict[str, ProtocolServer]]:
    with OpenAIServer() as openai, AnthropicServer() as anthropic, GeminiServer() as gemini:
        yield {"oa": openai, "an": anthropic, "ge": gemini}


KINDS = {"oa": "openai", "an": "anthropic", "ge": "gemini"}
MODELS = ("oa:gpt-test", "an:claude-test", "ge:gemini-test")


@pytest.fixture
def registry(servers: dict[str, ProtocolServer]) -> Iterator[EngineRegistry]:
    registry = EngineRegistry()

    def remote(model_id: str):
        name, model = model_id.split(":", 1)
        if name not in servers:
            raise ModelNotFoundError(f"No provider named {name!r}.", "Add it in Providers.")
        server = servers[name]
        url = server.url + "/v1" if name == "oa" else server.url
        config = ProviderConfig(name=name, kind=KINDS[name], base_url=url)
        return create_remote_engine(config, model, api_key=server.api_key, prices=PRICES, options=FAST)

    registry.register_fallback(remote)
    yield registry
    registry.close_all()


class Recorder:
    """Collects events from every model's thread."""

    def __init__(self) -> None:
        self.events: list[CompareEvent] = []
        self._lock = threading.Lock()

    def __call__(self, event: CompareEvent) -> None:
        with self._lock:
            self.events.append(event)

    def of(self, model_id: str, kind: str | None = None) -> list[CompareEvent]:
        return [e for e in self.events if e.model_id == model_id and (kind is None or e.kind == kind)]

    def first(self, model_id: str, kind: str) -> CompareEvent:
        return self.of(model_id, kind)[0]


def chat(*models: str, **kwargs: object) -> Comparison:
    return Comparison(task="chat", models=tuple(models), text=PROMPT, max_tokens=16, temperature=0.0, **kwargs)  # type: ignore[arg-type]


# -- the spec ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "spec, message",
    [
        (Comparison("chat", ("a:x",), text="hi"), "needs 2 to 4 models (got 1)"),
        (Comparison("chat", ("a:x", "b:x", "c:x", "d:x", "e:x"), text="hi"), "needs 2 to 4 models (got 5)"),
        (Comparison("chat", ("a:x", "a:x"), text="hi"), "a:x appears more than once with the same settings"),
        (
            Comparison(
                "chat",
                ("a:x", "a:x"),
                text="hi",
                temperature=0.2,
                columns=(ColumnSettings(temperature=0.2), ColumnSettings()),
            ),
            "a:x appears more than once",
        ),
        # Classification samples nothing: a temperature does not set two columns apart.
        (
            Comparison(
                "classify",
                ("a:x", "a:x"),
                text="hi",
                labels=("p", "n"),
                columns=(ColumnSettings(temperature=0.2), ColumnSettings(temperature=1.0)),
            ),
            "a:x appears more than once with the same settings",
        ),
        (Comparison("chat", ("a:x", "b:x"), text="hi", columns=(ColumnSettings(),)), "settings for 1 column"),
        (Comparison("chat", ("a:x", "b:x"), text="  "), "The prompt is empty"),
        (Comparison("translate", ("a:x", "b:x"), text="hi"), "No target language"),
        (Comparison("classify", ("a:x", "b:x"), text="hi", labels=("spam",)), "at least two labels"),
        (Comparison("batch-classify", ("a:x", "b:x"), labels=("a", "b")), "No input file"),
        (Comparison("chat", ("a:x", "b:x"), text="hi", max_tokens=0), "max_tokens must be at least 1"),
        (Comparison("poem", ("a:x", "b:x"), text="hi"), "Unknown comparison task"),  # type: ignore[arg-type]
    ],
)
def test_a_bad_spec_is_refused_before_anything_runs(spec: Comparison, message: str) -> None:
    with pytest.raises(InvalidRequestError, match=re.escape(message)):
        run_comparison(spec, EngineRegistry(), on_event=lambda e: None, cancel=CancelToken())


def test_the_spec_round_trips_through_a_dict() -> None:
    spec = Comparison("batch-classify", ("starter", "oa:gpt-test"), labels=("spam=ads", "ham"), multi=True,
                      input_path="/tmp/x.csv", text_column="text", gold_column="gold", seed=3)  # fmt: skip
    assert Comparison.from_dict(spec.to_dict()) == spec
    assert spec.display_title == "batch-classify: x.csv"
    assert chat("a:x", "b:x").display_title == "chat: Say hello."


def two_temperatures(*models: str, task: str = "chat", **kwargs: object) -> Comparison:
    columns = (ColumnSettings(temperature=0.2), ColumnSettings(temperature=1.0))
    return Comparison(task, models, text=PROMPT, columns=columns, **kwargs)  # type: ignore[arg-type]


def test_one_model_with_two_settings_is_two_columns_named_by_what_differs() -> None:
    spec = two_temperatures("starter", "starter").validate()
    assert spec.column_labels() == ("starter (temperature 0.2)", "starter (temperature 1.0)")
    assert [spec.for_column(i).temperature for i in (0, 1)] == [0.2, 1.0]
    assert Comparison.from_dict(spec.to_dict()) == spec
    # Settings that are the same everywhere name nothing; a shared one is overridden only where a column says so.
    shared = Comparison("chat", ("a:x", "b:y"), text="hi", temperature=0.5, system="Be brief.",
                        columns=(ColumnSettings(temperature=0.5), ColumnSettings()))  # fmt: skip
    assert shared.column_labels() == ("a:x", "b:y")
    prompts = Comparison("chat", ("a:x", "a:x", "b:y"), text="hi", system="Be brief.",
                         columns=(ColumnSettings(), ColumnSettings(system="Answer in French, always."),
                                  ColumnSettings(system="")))  # fmt: skip
    assert prompts.validate().column_labels() == (
        'a:x (system "Be brief.")',
        'a:x (system "Answer in French, alway…")',
        "b:y (no system prompt)",
    )
    alike = Comparison("chat", ("a:x", "a:x"), text="hi", columns=(
        ColumnSettings(system="Answer in French, always. Be kind."),
        ColumnSettings(system="Answer in French, always. Be curt.")))  # fmt: skip
    assert alike.column_labels() == ("a:x (system prompt 1)", "a:x (system prompt 2)")


def test_columns_of_one_model_run_with_their_own_settings_and_keep_their_own_results(tmp_path: Path) -> None:
    engine = FakeEngine(model_id="mine", destination=None)
    engine.respond = lambda request: f"at {request.temperature:g}"
    rec = Recorder()
    spec = two_temperatures("mine", "mine", max_tokens=8)
    result = run_comparison(spec, fake_registry(engine), on_event=rec, cancel=CancelToken())

    first, second = result.runs
    assert (first.column, second.column) == ("mine (temperature 0.2)", "mine (temperature 1.0)")
    assert (first.model_id, second.model_id) == ("mine", "mine")
    assert sorted(r.temperature for r in engine.requests) == [0.2, 1.0]
    assert (first.text, second.text) == ("at 0.2", "at 1")
    assert [e.text for e in rec.events if e.kind == "text" and e.column == first.column] == ["at 0.2"]
    assert result.run_for("mine (temperature 1.0)") is second
    assert "mine (temperature 0.2)" in verdict(result) and "mine (temperature 1.0)" in verdict(result)
    assert privacy_summary(result.spec, result_destinations(result)) == (
        "Stayed on this computer: mine (temperature 0.2), mine (temperature 1.0). Nothing was sent off this computer."
    )
    assert ComparisonResult.from_dict(result.to_dict()).runs[1].column == second.column


def test_a_column_of_one_model_can_be_stopped_alone() -> None:
    engine = FakeEngine(model_id="mine", destination=None)
    engine.enqueue(["one"] * 40, delay=0.02)
    engine.enqueue(["one"] * 40, delay=0.02)
    mine = CancelToken()
    spec = two_temperatures("mine", "mine")

    def on_event(event: CompareEvent) -> None:
        if event.kind == "text" and event.column == "mine (temperature 1.0)":
            mine.cancel()

    result = run_comparison(spec, fake_registry(engine), on_event=on_event, cancel=CancelToken(),
                            model_cancels={"mine (temperature 1.0)": mine})  # fmt: skip
    assert [r.status for r in result.runs] == ["finished", "cancelled"]


def test_batch_columns_of_one_model_write_their_own_files(tmp_path: Path) -> None:
    data = tmp_path / "lines.csv"
    data.write_text("text\nhello\nbye\n", encoding="utf-8")
    engine = FakeEngine(model_id="mine", destination=None)
    engine.respond = lambda request: f"t{request.temperature:g}"
    spec = two_temperatures("mine", "mine", task="batch-translate", target="fr", input_path=str(data),
                            text_column="text")  # fmt: skip
    result = run_comparison(spec, fake_registry(engine), on_event=lambda e: None, cancel=CancelToken(),
                            work_dir=tmp_path / "work")  # fmt: skip
    assert [r.status for r in result.runs] == ["finished", "finished"], [r.error for r in result.runs]
    assert [[row["translation"] for row in r.rows] for r in result.runs] == [["t0.2", "t0.2"], ["t1", "t1"]]
    written = sorted(p.name for p in (tmp_path / "work" / result.id).glob("*.csv"))
    assert len(written) == 2, written


# -- remote models ----------------------------------------------------------------------


def test_remote_models_answer_at_once_not_one_after_another(
    servers: dict[str, ProtocolServer], registry: EngineRegistry
) -> None:
    # A first answer from each, unthrottled: the SDKs' imports and first
    # connections take seconds of their own, which would hide the timing.
    warm = run_comparison(chat(*MODELS), registry, on_event=lambda e: None, cancel=CancelToken())
    assert [r.status for r in warm.runs] == ["finished"] * 3, [r.error for r in warm.runs]
    for server in servers.values():
        server.reply = [f" {word}" for word in "one two three four five six seven eight".split()]
        throttled(server)
    rec = Recorder()
    start = time.perf_counter()
    result = run_comparison(chat(*MODELS), registry, on_event=rec, cancel=CancelToken())
    elapsed = time.perf_counter() - start

    assert [r.status for r in result.runs] == ["finished"] * 3, [r.error for r in result.runs]
    firsts = [rec.of(m, "text")[0].t for m in MODELS]
    lasts = [rec.of(m, "text")[-1].t for m in MODELS]
    # Every model had sent its first words before any had sent its last: they interleave.
    assert max(firsts) < min(lasts)
    one_answer = 8 * PACE_S
    assert elapsed < 2 * one_answer  # one after another would take three times as long
    for model_id, run in zip(MODELS, result.runs):
        assert run.text == " one two three four five six seven eight"
        assert [e.kind for e in rec.of(model_id)][:2] == ["started", "text"]
        assert rec.of(model_id)[-1].kind == "finished" and rec.of(model_id)[-1].run is run
        m = run.metrics
        assert m.load_s is None and m.peak_rss_bytes is None
        assert (m.tokens_in, m.tokens_out) == (12, 7)
        assert m.ttft_s is not None and m.wall_s is not None and m.wall_s >= m.ttft_s
        assert m.cost_usd is not None and m.cost_usd > 0
    # Prices per million tokens (harness.PRICES): 12 in and 7 out.
    assert result.run_for("oa:gpt-test").metrics.cost_usd == pytest.approx((12 * 2.0 + 7 * 8.0) / 1e6)
    assert result.run_for("oa:gpt-test").destination == f"OpenAI via {servers['oa'].url}/v1"


def test_one_server_dropping_mid_stream_fails_only_its_column(
    servers: dict[str, ProtocolServer], registry: EngineRegistry
) -> None:
    servers["oa"].fault("drop", after=2)
    rec = Recorder()
    result = run_comparison(chat(*MODELS), registry, on_event=rec, cancel=CancelToken())

    failed = result.run_for("oa:gpt-test")
    assert failed.status == "failed"
    assert failed.text == "Hello,"  # the partial answer is kept
    assert failed.error_title and failed.error
    assert rec.of("oa:gpt-test")[-1].kind == "failed"
    for model_id in MODELS[1:]:
        assert result.run_for(model_id).status == "finished"
        assert result.run_for(model_id).text == "Hello, world!"
    assert verdict(result).endswith(f"oa:gpt-test failed ({failed.error_title}).")


def test_a_model_that_cannot_be_made_fails_its_column_only(registry: EngineRegistry) -> None:
    rec = Recorder()
    result = run_comparison(chat("nowhere:x", "an:claude-test"), registry, on_event=rec, cancel=CancelToken())
    assert result.runs[0].status == "failed"
    assert result.runs[0].error_title == "Model not found"
    assert result.runs[0].destination == "nowhere"
    assert result.runs[1].status == "finished"
    assert [e.kind for e in rec.of("nowhere:x")] == ["failed"]


def test_cancelling_one_model_leaves_the_others_running(
    servers: dict[str, ProtocolServer], registry: EngineRegistry
) -> None:
    servers["oa"].fault("stall", after=2)
    mine = CancelToken()

    def on_event(event: CompareEvent) -> None:
        rec(event)
        if event.model_id == "oa:gpt-test" and len(rec.of("oa:gpt-test", "text")) == 1 and event.kind == "text":
            mine.cancel()

    rec = Recorder()
    start = time.perf_counter()
    result = run_comparison(chat(*MODELS), registry, on_event=on_event, cancel=CancelToken(),
                            model_cancels={"oa:gpt-test": mine})  # fmt: skip
    assert time.perf_counter() - start < 5
    stopped = result.run_for("oa:gpt-test")
    assert stopped.status == "cancelled"
    assert stopped.text.startswith("Hello")
    assert rec.of("oa:gpt-test")[-1].kind == "cancelled"
    assert servers["oa"].disconnected.wait(2)
    assert [result.run_for(m).status for m in MODELS[1:]] == ["finished", "finished"]
    assert not result.stopped


def test_stop_all_stops_every_model_promptly(servers: dict[str, ProtocolServer], registry: EngineRegistry) -> None:
    for server in servers.values():
        server.fault("stall", after=1)
    stop_all = CancelToken()
    talking: set[str] = set()

    def on_event(event: CompareEvent) -> None:
        rec(event)
        if event.kind == "text":
            talking.add(event.model_id)
            if len(talking) == len(MODELS):
                stop_all.cancel()

    rec = Recorder()
    start = time.perf_counter()
    result = run_comparison(chat(*MODELS), registry, on_event=on_event, cancel=stop_all)
    assert time.perf_counter() - start < 5
    assert result.stopped
    assert [r.status for r in result.runs] == ["cancelled"] * 3
    assert [r.text for r in result.runs] == ["Hello"] * 3
    assert verdict(result) == (
        "No model finished, so there is nothing to compare. "
        "oa:gpt-test was stopped. an:claude-test was stopped. ge:gemini-test was stopped."
    )


def test_a_broken_listener_does_not_stop_the_models(registry: EngineRegistry) -> None:
    def on_event(event: CompareEvent) -> None:
        raise RuntimeError("the panel is gone")

    result = run_comparison(chat("oa:gpt-test", "an:claude-test"), registry, on_event=on_event, cancel=CancelToken())
    assert [r.status for r in result.runs] == ["finished", "finished"]


# -- classification, on engines that score or choose ---------------------------------------


def fake_registry(*engines: FakeEngine) -> EngineRegistry:
    registry = EngineRegistry()
    for engine in engines:
        registry.register(engine.model_id, lambda _id, engine=engine: engine)
    return registry


def test_classify_gives_each_model_a_label_and_says_whether_they_agree() -> None:
    scorer = ScoringEngine(model_id="scorer", rule=keyword_rule({"love": "positive"}, "negative"))
    chooser = ChoosingEngine(model_id="chooser", destination="Somewhere", answer="negative")
    spec = Comparison("classify", ("scorer", "chooser"), text="I love it", labels=("positive", "negative"))
    result = run_comparison(spec, fake_registry(scorer, chooser), on_event=lambda e: None, cancel=CancelToken())

    scored, chosen = result.runs
    assert scored.text == "positive"
    assert scored.classification is not None
    assert scored.classification["probabilities"]["positive"] == pytest.approx(0.8)  # type: ignore[index]
    assert chosen.text == "negative" and chosen.classification["probabilities"] is None  # type: ignore[index]
    assert chosen.notes and "No probabilities" in chosen.notes[0]
    assert scored.metrics.cost_usd == 0.0  # stays on this computer: no charge per token
    assert chosen.metrics.cost_usd is None  # no price known: unknown, not zero
    assert "They disagree: scorer chose 'positive'; chooser chose 'negative'." in verdict(result)


def test_batch_classification_reports_accuracy_and_rows_per_minute(tmp_path: Path) -> None:
    data = tmp_path / "reviews.csv"
    data.write_text("text,gold\nI love it,positive\nawful,negative\nlove love,positive\nmeh,negative\n",
                    encoding="utf-8")  # fmt: skip
    scorer = ScoringEngine(model_id="scorer", rule=keyword_rule({"love": "positive"}, "negative"))
    chooser = ChoosingEngine(model_id="chooser", destination="Somewhere", answer="positive", estimates_input=True)
    spec = Comparison("batch-classify", ("scorer", "chooser"), labels=("positive", "negative"),
                      input_path=str(data), text_column="text", gold_column="gold")  # fmt: skip
    rec = Recorder()
    result = run_comparison(spec, fake_registry(scorer, chooser), on_event=rec, cancel=CancelToken(),
                            work_dir=tmp_path / "work")  # fmt: skip

    scored, chosen = result.runs
    assert (scored.metrics.accuracy, chosen.metrics.accuracy) == (1.0, 0.5)
    assert scored.metrics.macro_f1 == 1.0
    assert (scored.rows_done, scored.rows_total) == (4, 4)
    assert [row["label"] for row in scored.rows] == ["positive", "negative", "positive", "negative"]
    assert scored.metrics.rows_per_min is not None and scored.metrics.rows_per_min > 0
    assert scored.metrics.cost_per_1k_rows == 0.0
    assert chosen.metrics.cost_per_1k_rows is None
    # A server that sent no usage: its input count is an estimate, and the comparison says so.
    assert chosen.stats is not None and chosen.stats.tokens_in_estimated
    assert scored.stats is not None and not scored.stats.tokens_in_estimated
    assert scored.batch_metrics is not None and scored.batch_metrics["accuracy"] == 1.0
    assert rec.of("scorer", "progress")[-1].done == 4
    assert (tmp_path / "work" / result.id / "scorer.csv").is_file()
    assert best_values(result)["accuracy"] == ("scorer",)
    assert verdict(result).startswith("chooser is 50 points less accurate than scorer (50% against 100%) at an unknown")


# -- local models: the gate, with stand-ins, then the real thing ------------------------------


class FakeLocal(FakeEngine):
    """A FakeEngine that looks local: a model file, a child process id, an eager load."""

    def __init__(self, model_id: str, path: Path, load_s: float = 0.2) -> None:
        super().__init__(model_id=model_id, destination=None, capabilities=Capabilities())
        self.model_path = path
        self.pid: int | None = None
        self._load_s = load_s

    def load(self) -> float:
        time.sleep(self._load_s)
        return self._load_s


def test_local_models_queue_in_column_order_when_memory_is_short(tmp_path: Path) -> None:
    weights = tmp_path / "weights.gguf"
    weights.write_bytes(b"\0" * 1024)
    models = [FakeLocal(f"local:m{i}", weights) for i in range(3)]
    for model in models:
        model.enqueue(["one", " two"], delay=0.05)
    rec = Recorder()
    spec = chat(*(m.model_id for m in models))
    registry = EngineRegistry()
    registry.register("local", lambda model_id: models[int(model_id[-1])])
    result = run_comparison(spec, registry, on_event=rec, cancel=CancelToken(), memory_probe=lambda: 0)

    assert [r.status for r in result.runs] == ["finished"] * 3
    assert rec.of("local:m0", "queued") == []
    assert [e.queue_position for e in rec.of("local:m1", "queued")] == [1]
    assert [e.queue_position for e in rec.of("local:m2", "queued")] == [2, 1]
    # One after another: each loads once the one before has finished.
    assert rec.first("local:m1", "loading").t >= rec.first("local:m0", "finished").t
    assert rec.first("local:m2", "loading").t >= rec.first("local:m1", "finished").t
    assert [r.metrics.load_s for r in result.runs] == [0.2] * 3
    # Each finished model made room for the next; the last stays loaded.
    assert [m.closed for m in models] == [True, True, False]


def test_a_queued_local_model_can_be_cancelled_while_it_waits(tmp_path: Path) -> None:
    weights = tmp_path / "weights.gguf"
    weights.write_bytes(b"\0" * 1024)
    first, second = FakeLocal("local:a", weights), FakeLocal("local:b", weights)
    first.enqueue(["x"] * 20, delay=0.05)
    mine = CancelToken()

    def on_event(event: CompareEvent) -> None:
        rec(event)
        if event.kind == "queued":
            mine.cancel()

    rec = Recorder()
    registry = EngineRegistry()
    registry.register("local", lambda model_id: first if model_id == "local:a" else second)
    result = run_comparison(chat("local:a", "local:b"), registry, on_event=on_event, cancel=CancelToken(),
                            model_cancels={"local:b": mine}, memory_probe=lambda: 0)  # fmt: skip
    assert [r.status for r in result.runs] == ["finished", "cancelled"]
    assert [e.kind for e in rec.of("local:b")] == ["queued", "cancelled"]
    assert not second.requests


def test_a_local_model_shared_by_two_columns_is_not_closed_while_one_still_needs_it(tmp_path: Path) -> None:
    weights = tmp_path / "weights.gguf"
    weights.write_bytes(b"\0" * 1024)
    shared, other = FakeLocal("local:m0", weights), FakeLocal("local:m1", weights)
    used: list[str] = []
    shared.respond = lambda request: used.append(f"stream closed={shared.closed}") or "ok"
    other.enqueue(["ok"])
    registry = EngineRegistry()
    registry.register("local", lambda model_id: shared if model_id == "local:m0" else other)
    spec = Comparison("chat", ("local:m0", "local:m0", "local:m1"), text=PROMPT, columns=(
        ColumnSettings(temperature=0.2), ColumnSettings(temperature=1.0), ColumnSettings()))  # fmt: skip
    result = run_comparison(spec, registry, on_event=lambda e: None, cancel=CancelToken(), memory_probe=lambda: 0)

    assert [r.status for r in result.runs] == ["finished"] * 3, [r.error for r in result.runs]
    assert used == ["stream closed=False", "stream closed=False"]
    # Its memory was given back once both its columns were done, so that local:m1 could start.
    assert shared.closed and not other.closed


@pytest.fixture
def local_registry(paths: Paths, starter_path: Path) -> Iterator[EngineRegistry]:
    shutil.copyfile(starter_path, paths.models_dir / "starter-copy.gguf")
    services = build_services(paths, starter_path=starter_path)
    yield services.engines
    services.close()


LOCALS = ("starter", "local:starter-copy")


@pytest.mark.slow
def test_two_local_models_run_at_once_in_two_processes(local_registry: EngineRegistry) -> None:
    rec = Recorder()
    pids: dict[str, set[int]] = {m: set() for m in LOCALS}

    def on_event(event: CompareEvent) -> None:
        rec(event)
        if event.kind == "text":
            pid = local_registry.get(event.model_id).pid
            pids[event.model_id].add(pid)

    result = run_comparison(chat(*LOCALS, seed=1), local_registry, on_event=on_event, cancel=CancelToken())

    assert [r.status for r in result.runs] == ["finished", "finished"], [r.error for r in result.runs]
    assert max(rec.first(m, "loading").t for m in LOCALS) < min(rec.first(m, "finished").t for m in LOCALS)
    assert not rec.of(LOCALS[1], "queued")
    (pid_a,), (pid_b,) = pids.values()
    assert pid_a != pid_b
    for run in result.runs:
        assert run.destination is None and run.text
        m = run.metrics
        assert m.load_s is not None and m.load_s > 0
        assert m.peak_rss_bytes is not None and m.peak_rss_bytes > 50 * 1024**2
        assert m.ttft_s is not None and m.tokens_per_s is not None and m.cost_usd == 0.0
    assert privacy_summary(result.spec, result_destinations(result)) == (
        "Stayed on this computer: starter, local:starter-copy. Nothing was sent off this computer."
    )


@pytest.mark.slow
def test_local_models_take_turns_when_memory_is_declared_short(local_registry: EngineRegistry) -> None:
    rec = Recorder()
    result = run_comparison(chat(*LOCALS), local_registry, on_event=rec, cancel=CancelToken(),
                            memory_probe=lambda: 1)  # fmt: skip
    assert [r.status for r in result.runs] == ["finished", "finished"], [r.error for r in result.runs]
    assert [e.queue_position for e in rec.of(LOCALS[1], "queued")] == [1]
    assert rec.first(LOCALS[1], "loading").t >= rec.first(LOCALS[0], "finished").t
    assert all(r.metrics.load_s and r.metrics.peak_rss_bytes for r in result.runs)


# -- reading results: best values, verdict, privacy ---------------------------------------------


def run_of(model_id: str, destination: str | None = None, status: str = "finished", **metrics: float) -> ModelRun:
    return ModelRun(model_id, destination, status=status, metrics=ModelMetrics(**metrics))  # type: ignore[arg-type]


def result_of(task: str, *runs: ModelRun, **spec: object) -> ComparisonResult:
    comparison = Comparison(task, tuple(r.model_id for r in runs), text="hi", **spec)  # type: ignore[arg-type]
    return ComparisonResult("id", "2026-01-01T00:00:00+00:00", comparison, list(runs))


def test_best_values_know_which_way_is_better_and_share_ties() -> None:
    result = result_of(
        "chat",
        run_of("A", "OpenAI", ttft_s=0.2, tokens_per_s=80.0, wall_s=1.0, cost_usd=0.01, tokens_out=50),
        run_of("B", ttft_s=0.5, tokens_per_s=20.0, wall_s=1.0, cost_usd=0.0, load_s=1.5, peak_rss_bytes=300,
               tokens_out=90),
        run_of("C", ttft_s=0.2, tokens_per_s=None, wall_s=3.0, cost_usd=0.0, load_s=2.0, peak_rss_bytes=200),
        run_of("D", "X", status="failed", ttft_s=0.01, tokens_per_s=999.0),
    )  # fmt: skip
    assert best_values(result) == {
        "ttft_s": ("A", "C"),  # a tie: both highlighted
        "tokens_per_s": ("A",),
        "wall_s": ("A", "B"),
        "cost_usd": ("B", "C"),
        "load_s": ("B",),
        "peak_rss_bytes": ("C",),
    }  # tokens are not ranked; the failed D is not counted


def test_best_values_leave_out_metrics_where_nothing_stands_out() -> None:
    result = result_of("chat", run_of("A", cost_usd=0.0, wall_s=1.0), run_of("B", cost_usd=0.0, wall_s=None))
    assert best_values(result) == {}


def test_verdict_for_a_batch_with_accuracy() -> None:
    a = run_of("gpt", "OpenAI", accuracy=0.91, rows_per_min=600.0, cost_usd=0.40)
    b = run_of("starter", accuracy=0.905, rows_per_min=200.0, cost_usd=0.0)
    assert verdict(result_of("batch-classify", a, b, gold_column="gold")) == (
        "starter is as accurate as gpt (within 1 point) at no cost, 3× slower."
    )
    c = run_of("mini", "OpenAI", accuracy=0.90, rows_per_min=1200.0, cost_usd=0.02)
    assert verdict(result_of("batch-classify", a, c, gold_column="gold")) == (
        "mini is as accurate as gpt (within 1 point) at 1/20 of the cost, 2× faster."
    )
    d = run_of("tiny", "OpenAI", accuracy=0.70, rows_per_min=630.0, cost_usd=0.30)
    assert verdict(result_of("batch-classify", d, a, gold_column="gold")) == (
        "tiny is 21 points less accurate than gpt (70% against 91%) at 75% of the cost, about as fast."
    )


def test_verdict_for_a_chat_is_about_speed_and_cost_and_says_quality_is_unmeasured() -> None:
    a = run_of("claude", "Anthropic", tokens_per_s=90.0, cost_usd=0.002)
    b = run_of("starter", tokens_per_s=30.0, cost_usd=0.0)
    c = run_of("other", "Elsewhere", tokens_per_s=135.0, cost_usd=None)
    assert verdict(result_of("chat", a, b, c)) == (
        "Compared with claude, starter is 3× slower at no cost. "
        "Compared with claude, other is 1.5× faster at an unknown cost (no price is known for other). "
        "Quality is not measured: read the answers side by side."
    )
    assert verdict(result_of("chat", b, a)) == (
        "Compared with starter, claude is 3× faster at $0.0020 where starter costs nothing. "
        "Quality is not measured: read the answers side by side."
    )


def test_verdict_says_what_it_does_not_know() -> None:
    a = run_of("A", "X", tokens_per_s=None, wall_s=None, cost_usd=None)
    b = run_of("B", "Y", tokens_per_s=None, wall_s=None, cost_usd=0.01)
    assert verdict(result_of("chat", a, b)) == (
        "Compared with A, B is at $0.0100 (A's cost is unknown); speed unknown. "
        "Quality is not measured: read the answers side by side."
    )
    nogold = result_of("batch-classify", run_of("A", rows_per_min=10.0, cost_usd=0.0),
                       run_of("B", rows_per_min=10.0, cost_usd=0.0))  # fmt: skip
    assert verdict(nogold) == (
        "Compared with A, B is about as fast at no cost, like A. Accuracy is unknown: no gold column was given."
    )
    only = result_of("chat", run_of("A"), run_of("B", status="failed"))
    only.runs[1].error_title = "Key rejected"
    assert verdict(only) == "Only A finished, so there is nothing to compare. B failed (Key rejected)."


def test_privacy_summary_says_which_text_went_where() -> None:
    spec = Comparison("chat", ("oa:gpt", "oa:mini", "starter"), text="x" * 1200, system="Be brief.")
    destinations = {"oa:gpt": "OpenAI", "oa:mini": "OpenAI", "starter": None}
    assert privacy_summary(spec, destinations) == (
        "Sent to OpenAI (oa:gpt, oa:mini): the prompt and the system prompt (1,209 characters). "
        "Stayed on this computer: starter."
    )
    batch = Comparison("batch-classify", ("a:x", "b:y"), labels=("p", "n"), input_path="/d/reviews.csv",
                       text_column="review", gold_column="gold")  # fmt: skip
    assert privacy_summary(batch, {"a:x": "Anthropic", "b:y": None, "c:z": "Google Gemini"}) == (
        "Sent to Anthropic (a:x) and Google Gemini (c:z): the 'review' column of every row of reviews.csv "
        "and the labels (not the 'gold' column). Stayed on this computer: b:y."
    )


@pytest.mark.parametrize(
    "key, value, shown",
    [
        ("ttft_s", 0.4234, "0.42 s"),
        ("cost_usd", 0.0012, "$0.0012"),
        ("cost_usd", 0.0, "$0"),
        ("cost_usd", 0.0000123, "$0.0000123"),
        ("accuracy", 0.91, "91.0%"),
        ("peak_rss_bytes", 300 * 1024**2, "300 MiB"),
        ("tokens_in", 1234, "1,234"),
        ("tokens_per_s", None, "—"),
    ],
)
def test_format_metric(key: str, value: float | None, shown: str) -> None:
    assert format_metric(key, value) == shown
