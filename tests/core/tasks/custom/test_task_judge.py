"""The judge check through a real OpenAI-protocol server on 127.0.0.1: PASS, FAIL and an off-format answer, the
grading prompt it is sent, and its cost counted apart; and how a verdict is read."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from servers import OpenAIServer
from servers.harness import FAST, PRICES

from app.core.engines.base import Engine
from app.core.engines.registry import EngineRegistry
from app.core.engines.remote.openai import OpenAIEngine
from app.core.model_id import ModelId
from app.core.providers import ProviderConfig
from app.core.tasks.custom.checks import CheckTools, run_checks
from app.core.tasks.custom.judge import JUDGE_SYSTEM, MAX_GRADED_CHARS, engine_judge, judge_prompt, read_verdict
from app.core.tasks.custom.outputs import parse_output
from app.core.tasks.custom.spec import CheckResult, CheckSpec, TaskSpec

JUDGE = "peer:gpt-test"
FORMAL = CheckSpec("formal", "judge", value="The reply is formal and mentions {{name}}.", model=JUDGE)
TASK = TaskSpec("tone", "Rewrite formally: {{text}}", checks=(FORMAL,))
ROW = {"text": "hey, gimme the refund", "name": "the refund"}
#: What the server reports (12 in, 7 out) at gpt-test's test price (2 and 8 per million).
ONE_JUDGEMENT_USD = (12 * 2.0 + 7 * 8.0) / 1_000_000


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[OpenAIServer]:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    with OpenAIServer() as running:
        yield running


@pytest.fixture
def tools(server: OpenAIServer) -> Iterator[CheckTools]:
    config = ProviderConfig(name="peer", kind="openai", base_url=server.url + "/v1")

    def peer(model_id: str) -> Engine:
        return OpenAIEngine(config, ModelId.parse(model_id).name, api_key=server.api_key, prices=PRICES,
                            options=FAST)  # fmt: skip

    registry = EngineRegistry()
    registry.register("peer", peer, remote=True)
    yield CheckTools(judge=engine_judge(registry.get))
    registry.close_all()


def judged(tools: CheckTools, answer: str, task: TaskSpec = TASK, prompt: str = "Rewrite formally: hey") -> tuple[
    tuple[CheckResult, ...], float | None
]:  # fmt: skip
    outcome = run_checks(task, answer, parse_output(task, answer), ROW, tools, prompt=prompt)
    return outcome.results, outcome.judge_cost_usd


def test_a_pass_with_its_reason_and_cost(server: OpenAIServer, tools: CheckTools) -> None:
    server.reply = ["PASS", "\n", "The reply is polite", " and formal."]
    results, cost = judged(tools, "Dear Sir, I request the refund.")
    assert results == (CheckResult("formal", True, "judge: PASS — The reply is polite and formal."),)
    assert cost == pytest.approx(ONE_JUDGEMENT_USD)

    (request,) = server.chats()
    assert request.body["model"] == "gpt-test"
    assert request.body["temperature"] == 0.0
    system, user = request.body["messages"]
    assert system == {"role": "system", "content": JUDGE_SYSTEM}
    # The rubric with the row's value, the prompt the answer was given, and the answer.
    assert "Rubric:\nThe reply is formal and mentions the refund." in user["content"]
    assert "The question the answer was given:\nRewrite formally: hey" in user["content"]
    assert "The answer to grade:\nDear Sir, I request the refund." in user["content"]


def test_a_fail_with_its_reason(server: OpenAIServer, tools: CheckTools) -> None:
    server.reply = ["**FAIL**", ": the tone ", "is not formal"]
    results, cost = judged(tools, "hey gimme")
    assert results == (CheckResult("formal", False, "judge: FAIL — the tone is not formal"),)
    assert cost == pytest.approx(ONE_JUDGEMENT_USD)


def test_an_off_format_answer_fails_the_check_and_still_costs(server: OpenAIServer, tools: CheckTools) -> None:
    server.reply = ["I think", " it is rather", " nice."]
    results, cost = judged(tools, "Dear Sir")
    assert results == (CheckResult("formal", False, "judge answered off-format: 'I think it is rather nice.'"),)
    assert cost == pytest.approx(ONE_JUDGEMENT_USD), "an off-format judgement was still paid for"


def test_two_judge_checks_add_their_costs(server: OpenAIServer, tools: CheckTools) -> None:
    server.reply = ["PASS"]
    polite = CheckSpec("polite", "judge", value="Polite?", model=JUDGE)
    task = TaskSpec("tone", "{{text}}", checks=(FORMAL, CheckSpec("short", "length_within", max_length=5), polite))
    results, cost = judged(tools, "Dear Sir", task)
    assert [(r.name, r.passed, r.reason) for r in results] == [
        ("formal", True, "judge: PASS"), ("short", False, "length 8, expected at most 5"),
        ("polite", True, "judge: PASS"),
    ]  # fmt: skip
    assert cost == pytest.approx(2 * ONE_JUDGEMENT_USD)
    assert len(server.chats()) == 2


def test_a_judge_that_fails_to_answer_fails_the_check(server: OpenAIServer, tools: CheckTools) -> None:
    server.models = ["gpt-other"]
    results, cost = judged(tools, "Dear Sir")
    assert not results[0].passed
    assert results[0].reason.startswith("OpenAI (peer) has no model 'gpt-test'"), results[0].reason
    assert cost is None


def test_a_megabyte_answer_is_cut_in_the_grading_prompt(server: OpenAIServer, tools: CheckTools) -> None:
    server.max_prompt_chars = 100_000
    server.reply = ["FAIL", " too long"]
    answer = "word " * 200_000
    results, _ = judged(tools, answer)
    assert results[0].reason == "judge: FAIL — too long"
    (request,) = server.chats()
    graded = request.body["messages"][1]["content"]
    assert len(graded) < MAX_GRADED_CHARS + 1_000
    assert graded.count("word") == MAX_GRADED_CHARS // 5
    assert f"[… {len(answer) - MAX_GRADED_CHARS:,} more characters not shown]" in graded


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("PASS\nThe answer is formal.", (True, "The answer is formal.")),
        ("FAIL: too casual", (False, "too casual")),
        ("Verdict: **Pass** — meets every point", (True, "meets every point")),
        ("passed", (True, "")),
        ("The tone is formal.\nPASS", (True, "The tone is formal")),
        ("fails: no greeting. PASS otherwise", (False, "no greeting. PASS otherwise")),
        ("  \n# FAIL\n\n- the refund is not mentioned  ", (False, "the refund is not mentioned")),
    ],
)
def test_the_first_pass_or_fail_word_is_the_verdict(answer: str, verdict: tuple[bool, str]) -> None:
    assert read_verdict(answer) == verdict


@pytest.mark.parametrize("answer", ["", "Looks good to me.", "passport", "It's a failure", "surpass"])
def test_no_pass_or_fail_word_is_off_format(answer: str) -> None:
    assert read_verdict(answer) is None


def test_the_grading_prompt_leaves_out_an_unknown_question() -> None:
    prompt = judge_prompt("  Be formal. ", "Dear Sir")
    assert prompt.startswith("Rubric:\nBe formal.\n\nThe answer to grade:\nDear Sir\n\n")
    assert "question" not in prompt
