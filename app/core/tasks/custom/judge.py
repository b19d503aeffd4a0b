"""A judge model grading an answer against a rubric: the grading prompt, reading its verdict, and asking an engine.

The judge is asked for ``PASS`` or ``FAIL`` on the first line and one
sentence saying why. Small models and chatty ones stray from that, so the
verdict is read leniently: the first word PASS or FAIL anywhere (any case,
"passed", "fails" too), the text after it as the reason. An answer with
neither word is off-format, and the check fails saying so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from app.core.engines.base import ChatRequest, Engine, Message, complete

JUDGE_SYSTEM = (
    "You are a strict grader. You read a rubric and an answer, and decide whether the answer meets the rubric. "
    "Reply with PASS or FAIL on the first line, then one short sentence saying why."
)
#: The most of an answer a grading prompt quotes: a 1 MB answer would not fit a judge's context.
MAX_GRADED_CHARS = 20_000
#: Enough for the verdict line and a sentence.
JUDGE_MAX_TOKENS = 160
#: How much of the judge's reason a check keeps.
_REASON_CHARS = 300

#: What sits between a verdict and its reason: punctuation, Markdown emphasis, headings and bullets.
_BETWEEN = " :;,.-–—*_#>"
_VERDICT = re.compile(r"\b(PASS|FAIL)(?:S|ED|ES|ING)?\b", re.IGNORECASE)


@dataclass(frozen=True)
class JudgeVerdict:
    """The judge's raw answer and what it cost (None when no price is known, as for local models)."""

    text: str
    cost_usd: float | None = None


#: Model id, grading prompt → the judge's answer.
Judge = Callable[[str, str], JudgeVerdict]


def judge_prompt(rubric: str, output: str, prompt: str = "") -> str:
    """The grading prompt: the rubric, the question the answer was given (when known), and the answer."""
    shown = output
    if len(output) > MAX_GRADED_CHARS:
        shown = f"{output[:MAX_GRADED_CHARS]}\n[… {len(output) - MAX_GRADED_CHARS:,} more characters not shown]"
    parts = [f"Rubric:\n{rubric.strip()}"]
    if prompt.strip():
        parts.append(f"The question the answer was given:\n{prompt.strip()}")
    parts.append(f"The answer to grade:\n{shown}")
    parts.append("Does the answer meet the rubric? Reply PASS or FAIL on the first line, then one sentence why.")
    return "\n\n".join(parts)


def read_verdict(text: str) -> tuple[bool, str] | None:
    """(passed, reason) from a judge's answer; None when it says neither PASS nor FAIL."""
    match = _VERDICT.search(text)
    if match is None:
        return None
    after = _one_line(text[match.end() :]).lstrip(_BETWEEN).rstrip("*_ ")
    reason = after or _one_line(text[: match.start()]).rstrip(_BETWEEN).lstrip("#>*_- ")
    return match.group(1).upper() == "PASS", reason[:_REASON_CHARS]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def engine_judge(get_engine: Callable[[str], Engine]) -> Judge:
    """A judge that asks ``get_engine(model_id)`` (e.g. ``EngineRegistry.get``) at temperature 0."""

    def judge(model_id: str, grading_prompt: str) -> JudgeVerdict:
        request = ChatRequest(
            (Message("system", JUDGE_SYSTEM), Message("user", grading_prompt)),
            max_tokens=JUDGE_MAX_TOKENS,
            temperature=0.0,
            seed=0,
        )
        answer = complete(get_engine(model_id), request)
        return JudgeVerdict(answer.text, answer.stats.cost_usd)

    return judge
