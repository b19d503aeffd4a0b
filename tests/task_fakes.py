"""Engines for the classification tests: one that scores labels, one that picks without probabilities."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from fakes import FakeEngine

from app.core.cancel import Cancelled, CancelToken
from app.core.engines.base import Capabilities, Choice, ChoiceRequest, ScoreRequest, Scores, Stats

#: Probability per label for a text: the engine turns it into log-probabilities.
Rule = Callable[[str], Mapping[str, float]]


def keyword_rule(keywords: Mapping[str, str], default: str) -> Rule:
    """``keywords[word] = label``: a text containing the word is that label (80 %), else ``default``."""

    def rule(text: str) -> dict[str, float]:
        lowered = text.casefold()
        label = next((lab for word, lab in keywords.items() if word in lowered), default)
        return {label: 0.8}

    return rule


@dataclass
class ScoringEngine(FakeEngine):
    """A local-style engine with ``label_scoring``: probabilities come from ``rule(text)``.

    Single-label: labels the rule does not mention share what is left of the
    probability. Multi-label: each label applies with the rule's probability
    (0.1 when not mentioned).
    ``delay`` seconds pass per call (cancellable), so a batch can be cancelled part-way.
    """

    capabilities: Capabilities = field(default_factory=lambda: Capabilities(label_scoring=True))
    rule: Rule = field(default=lambda _text: {})
    delay: float = 0.0
    scored: list[str] = field(default_factory=list)

    def score(self, request: ScoreRequest, cancel: CancelToken | None = None) -> Scores:
        request.validate()
        if cancel is not None and (cancel.cancelled or (self.delay and cancel.wait(self.delay))):
            raise Cancelled
        text = request.messages[-1].content
        self.scored.append(text)
        given = {k.casefold(): v for k, v in self.rule(text).items()}
        stats = Stats(tokens_in=len(text.split()) + 20, tokens_out=0, wall_s=0.001)
        if request.branches[0].stem:
            # Multi-label: one " yes"/" no" branch per label, after the stem "\nlabel:".
            yes = [given.get(b.stem.strip().rstrip(":").casefold(), 0.1) for b in request.branches]
            logprobs = tuple((math.log(p), math.log(1 - p)) for p in yes)
            return Scores(logprobs=logprobs, n_tokens=tuple((1, 1) for _ in yes), stats=stats)
        targets = [t.strip() for t in request.branches[0].targets]
        rest = [t for t in targets if t.casefold() not in given]
        left = max(0.0, 1.0 - sum(given.values()))
        probabilities = [given.get(t.casefold(), left / len(rest) if rest else 0.0) for t in targets]
        single = tuple(math.log(max(p, 1e-9)) for p in probabilities)
        return Scores(logprobs=(single,), n_tokens=(tuple(1 for _ in targets),), stats=stats)


@dataclass
class ChoosingEngine(FakeEngine):
    """A remote-style engine that is made to answer with a label but gives no probabilities."""

    capabilities: Capabilities = field(default_factory=lambda: Capabilities(label_choice="tool_enum"))
    answer: str = ""
    #: Like a server that reports no usage: the input count is Plinth's estimate.
    estimates_input: bool = False

    def choose(self, request: ChoiceRequest, cancel: CancelToken | None = None) -> Choice:
        if cancel is not None and cancel.cancelled:
            raise Cancelled
        stats = Stats(tokens_in=30, tokens_out=3, tokens_in_estimated=self.estimates_input)
        return Choice(chosen=(self.answer,), method="tool_enum", stats=stats)
