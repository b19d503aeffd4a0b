"""Classification: put a text into one (or several) of a person's labels.

The answer is always one of the labels (or an abstention, when asked for),
whatever the engine, and comes with a probability per label where the
engine can give one. The strategy follows the engine's capabilities:

* ``Capabilities.label_scoring`` (local llama.cpp): the shared prompt is
  evaluated once and each label's tokens are scored directly after it; the
  probabilities are a softmax over the labels' total log-probabilities.
* ``Capabilities.label_choice`` (remote): the provider's own way to force
  an answer from a list (an Anthropic tool with an enum, a Gemini enum; for
  OpenAI-compatible servers, whichever of logprobs, a JSON schema, JSON mode
  or a plain answer the server takes, see ``OpenAIEngine.choose``); only
  logprobs give probabilities.
* ``Capabilities.trained_labels`` (``classifier:NAME``, a classifier trained
  on embeddings): no prompt at all; the text is embedded and the classifier
  gives a probability per label. Its labels are fixed by its training: the
  label set must name the same ones.
* anything else: a short answer generated and matched against the labels.

Local scoring, in detail. The label's probability is the product of its
tokens' probabilities (the sum of their log-probabilities), not the
per-token mean: once a label's first token is chosen the rest usually
follow with near certainty, so the total is the probability that the model
answers with exactly that label, and a longer label is not favoured for its
easy tail. Where one label's tokens start another's ("good" and "good
enough"), the end of the answer is scored too, or the shorter one would
always win. Multi-label tasks score each label on its own: after
``Answer:`` the model would write a line ``<label>: yes`` or
``<label>: no``; the label's probability is P(yes) / (P(yes) + P(no)), and
it applies from ``multi_threshold`` (0.5) up. Labels then do not compete,
and their probabilities do not sum to 1.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import cast

from app.core.cancel import Cancelled, CancelToken
from app.core.engines.base import (
    ChatRequest,
    ChoiceRequest,
    Engine,
    LabelChooser,
    LabelPredictor,
    LabelScorer,
    Message,
    ScoreBranch,
    ScoreRequest,
    Stats,
    complete,
    label_answer_tokens,
)
from app.core.errors import InvalidRequestError, UserFacingError
from app.core.ui_text import ui_join, ui_text

#: What the result's label reads as when the classifier abstained.
ABSTAINED = ui_text("(abstained)")
#: Where the answer starts, for local scoring: the labels are scored after it.
ANSWER_PREFIX = "Answer:"


@dataclass(frozen=True)
class Label:
    name: str
    description: str = ""


@dataclass(frozen=True)
class LabelSet:
    """A validated, ordered set of labels; ``LabelSet.parse("a,b,c")`` for the command line.

    Raises ``UserFacingError`` for an empty set, an empty name or duplicate
    names (compared case-insensitively).
    """

    labels: tuple[Label, ...]
    name: str = ""

    def __post_init__(self) -> None:
        if not self.labels:
            raise InvalidRequestError(
                ui_text("The label set is empty."), ui_text("Add at least two labels, such as positive,negative.")
            )
        seen: dict[str, str] = {}
        for label in self.labels:
            if not label.name.strip():
                raise InvalidRequestError(
                    ui_text("A label has no name."), ui_text("Give every label a name, or remove the empty one.")
                )
            if label.name != label.name.strip() or "\n" in label.name:
                raise InvalidRequestError(
                    ui_text("The label {label} has spaces around it or a line break in it.", label=repr(label.name)),
                    ui_text("Write each label on one line, without surrounding spaces."),
                )
            key = label.name.casefold()
            if key in seen:
                raise InvalidRequestError(
                    ui_text(
                        "The label {label} appears twice (as {first} and {label}); "
                        "labels are compared without regard to case.",
                        label=repr(label.name),
                        first=repr(seen[key]),
                    ),
                    ui_text("Remove or rename one of them."),
                )
            seen[key] = label.name

    @classmethod
    def of(cls, names: Sequence[str | Label], name: str = "") -> LabelSet:
        labels = tuple(n if isinstance(n, Label) else Label(n.strip()) for n in names)
        return cls(labels, name)

    @classmethod
    def parse(cls, text: str) -> LabelSet:
        """``"a,b,c"``; a label may carry a description after ``=``: ``"spam=unsolicited ads,ham"``."""
        labels = []
        for part in text.split(","):
            if not part.strip():
                continue
            name, _, description = part.partition("=")
            labels.append(Label(name.strip(), description.strip()))
        return cls(tuple(labels))

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(label.name for label in self.labels)

    def find(self, text: str) -> str | None:
        """The label named ``text`` (case-insensitive, surrounding space ignored), or None."""
        key = text.strip().casefold()
        for label in self.labels:
            if label.name.casefold() == key:
                return label.name
        return None

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "labels": [{"name": label.name, "description": label.description} for label in self.labels],
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> LabelSet:
        items = data.get("labels")
        if not isinstance(items, list):
            raise InvalidRequestError(
                ui_text("The saved label set has no labels."), ui_text("Edit the label set and save it again.")
            )
        labels = []
        for item in items:
            if isinstance(item, str):
                labels.append(Label(item))
            elif isinstance(item, dict):
                labels.append(Label(str(item.get("name", "")), str(item.get("description") or "")))
        return cls(tuple(labels), str(data.get("name") or ""))


@dataclass(frozen=True)
class Example:
    """A few-shot example: ``text`` belongs to ``labels`` (one for single-label tasks)."""

    text: str
    labels: tuple[str, ...]


@dataclass(frozen=True)
class ClassifyOptions:
    multi: bool = False
    examples: tuple[Example, ...] = ()
    #: Abstain when the top label's probability is below this (needs probabilities).
    abstain_below: float | None = None
    #: Multi-label: a label applies when its probability reaches this.
    multi_threshold: float = 0.5
    #: Extra instruction placed before the labels ("Classify support tickets by team").
    instruction: str = ""


@dataclass
class ClassificationResult:
    """One text's classification.

    ``label`` is the top label, or None when the classifier abstained;
    ``labels`` holds every label that applies (the top one alone for a
    single-label task, empty when abstained). ``probabilities`` has one entry
    per label in the label set's order, summing to 1 for a single-label task
    and independent (each 0..1) for a multi-label one; None when the engine
    gives none, and ``note`` then says so plainly.
    """

    label: str | None
    labels: tuple[str, ...]
    probabilities: dict[str, float] | None
    stats: Stats = field(default_factory=Stats)
    note: str = ""
    #: "scores", "logprobs", "json_schema", "json_object", "tool_enum", "enum", "generate" or "trained".
    method: str = ""
    abstained: bool = False

    @property
    def display_label(self) -> str:
        return self.label if self.label is not None else ABSTAINED

    def to_dict(self) -> dict[str, object]:
        return {
            "label": self.label,
            "labels": list(self.labels),
            "probabilities": self.probabilities,
            "abstained": self.abstained,
            "method": self.method,
            "note": self.note,
        }


def classify(
    engine: Engine,
    text: str,
    labels: LabelSet | Sequence[str],
    *,
    multi: bool = False,
    examples: Sequence[Example] = (),
    abstain_below: float | None = None,
    instruction: str = "",
    cancel: CancelToken | None = None,
) -> ClassificationResult:
    """Classify ``text`` with ``engine``; deterministic (temperature 0).

    Raises ``UserFacingError`` for an empty text or a bad label set, and
    ``Cancelled`` when ``cancel`` fired before an answer came.
    """
    options = ClassifyOptions(
        multi=multi, examples=tuple(examples), abstain_below=abstain_below, instruction=instruction
    )
    return Classifier(labels if isinstance(labels, LabelSet) else LabelSet.of(labels), options).run(
        engine, text, cancel
    )


class Classifier:
    """A label set and options, checked once, applied to many texts (a batch run)."""

    def __init__(self, labels: LabelSet, options: ClassifyOptions = ClassifyOptions()) -> None:
        if not options.multi and len(labels.labels) < 2:
            raise InvalidRequestError(
                ui_text(
                    "Single-label classification needs at least two labels (got only {label}).",
                    label=repr(labels.names[0]),
                ),
                ui_text("Add another label, or choose multi-label to ask whether this one applies."),
            )
        if options.abstain_below is not None and not 0.0 <= options.abstain_below <= 1.0:
            raise InvalidRequestError(
                ui_text(
                    "The abstain threshold must be between 0 and 1 (got {value}).", value=f"{options.abstain_below:g}"
                ),
                ui_text("Give a probability such as 0.6."),
            )
        self.labels = labels
        self.options = options
        self.examples = tuple(self._check_example(e) for e in options.examples)

    def _check_example(self, example: Example) -> Example:
        names = []
        for name in example.labels:
            found = self.labels.find(name)
            if found is None:
                raise InvalidRequestError(
                    ui_text(
                        "The example {example} has the label {label}, which is not in the label set.",
                        example=_quote(example.text),
                        label=repr(name),
                    ),
                    ui_text("Use one of: {labels}.", labels=", ".join(self.labels.names)),
                )
            names.append(found)
        if not names or (not self.options.multi and len(names) != 1):
            raise InvalidRequestError(
                ui_text("The example {example} needs at least one label.", example=_quote(example.text))
                if self.options.multi
                else ui_text("The example {example} needs exactly one label.", example=_quote(example.text)),
                ui_text("Give each example its label."),
            )
        if not example.text.strip():
            raise InvalidRequestError(
                ui_text("An example has no text."), ui_text("Give every example a text, or remove it.")
            )
        return Example(example.text, tuple(names))

    # -- running ----------------------------------------------------------------------

    def run(self, engine: Engine, text: str, cancel: CancelToken | None = None) -> ClassificationResult:
        if not text.strip():
            raise InvalidRequestError(ui_text("The text is empty."), ui_text("Give the model some text to classify."))
        if cancel is not None and cancel.cancelled:
            raise Cancelled
        caps = engine.capabilities
        if caps.trained_labels:
            return self._maybe_abstain(self._by_prediction(cast(LabelPredictor, engine), engine, text, cancel))
        if caps.label_scoring:
            result = self._by_scores(cast(LabelScorer, engine), text, cancel)
        elif caps.label_choice:
            result = self._by_choice(cast(LabelChooser, engine), text, cancel)
        else:
            result = self._by_generation(engine, text, cancel)
        return self._maybe_abstain(result)

    def score_request(self, text: str) -> ScoreRequest:
        """What a ``LabelScorer`` is asked for ``text``; the same prefix for every text."""
        multi = self.options.multi
        messages = [Message("system", self._system_prompt(scored=True))]
        for example in self.examples:
            messages.append(Message("user", _text_turn(example.text)))
            if multi:
                answer = ANSWER_PREFIX + "".join(
                    f"\n{name}: {'yes' if name in example.labels else 'no'}" for name in self.labels.names
                )
            else:
                answer = f"{ANSWER_PREFIX} {example.labels[0]}"
            messages.append(Message("assistant", answer))
        shared = len(messages)
        messages.append(Message("user", _text_turn(text)))
        if multi:
            branches = tuple(ScoreBranch((" yes", " no"), stem=f"\n{name}:") for name in self.labels.names)
        else:
            branches = (ScoreBranch(tuple(f" {name}" for name in self.labels.names)),)
        return ScoreRequest(
            tuple(messages), branches, answer_prefix=ANSWER_PREFIX, shared_messages=shared, shared_text=_text_turn("")
        )

    def choice_request(self, text: str) -> ChoiceRequest:
        return ChoiceRequest(tuple(self._answer_messages(text)), self.labels.names, multi=self.options.multi)

    def _by_scores(self, engine: LabelScorer, text: str, cancel: CancelToken | None) -> ClassificationResult:
        scores = engine.score(self.score_request(text), cancel)
        names = self.labels.names
        if self.options.multi:
            probabilities = {name: _sigmoid(yes - no) for name, (yes, no) in zip(names, scores.logprobs)}
            return self._multi_result(probabilities, scores.stats, "scores")
        probabilities = dict(zip(names, _softmax(scores.logprobs[0])))
        best = max(names, key=lambda name: probabilities[name])
        return ClassificationResult(best, (best,), probabilities, scores.stats, method="scores")

    def _by_prediction(
        self, predictor: LabelPredictor, engine: Engine, text: str, cancel: CancelToken | None
    ) -> ClassificationResult:
        """A trained classifier's probabilities, mapped onto the label set (which must name its labels)."""
        trained = predictor.labels
        names = {name: self.labels.find(name) for name in trained}
        if self.options.multi:
            raise InvalidRequestError(
                ui_text(
                    "{model} gives one label per text; it cannot do multi-label classification.", model=engine.model_id
                ),
                ui_text("Turn multi-label off, or pick a model that is prompted."),
            )
        if None in names.values() or len(trained) != len(self.labels.labels):
            raise InvalidRequestError(
                ui_text(
                    "{model} was trained on the labels {trained}, but the label set is {labels}.",
                    model=engine.model_id,
                    trained=", ".join(trained),
                    labels=", ".join(self.labels.names),
                ),
                ui_text(
                    "Use the label set {trained}, or train a classifier on your labels.", trained=",".join(trained)
                ),
            )
        started = time.perf_counter()
        predicted = predictor.predict([text], cancel)[0]
        stats = Stats(wall_s=time.perf_counter() - started, cost_usd=0.0 if engine.destination is None else None)
        by_name = {str(names[n]): predicted[n] for n in trained}
        probabilities = {name: by_name[name] for name in self.labels.names}
        best = max(self.labels.names, key=lambda name: probabilities[name])
        note = ui_text("Examples and the instruction are not used by a trained classifier.") if self._prompted else ""
        return ClassificationResult(best, (best,), probabilities, stats, note=note, method="trained")

    @property
    def _prompted(self) -> bool:
        return bool(self.examples or self.options.instruction.strip())

    def _by_choice(self, engine: LabelChooser, text: str, cancel: CancelToken | None) -> ClassificationResult:
        choice = engine.choose(self.choice_request(text), cancel)
        probabilities = choice.probabilities
        if probabilities is not None:
            probabilities = {name: float(probabilities.get(name, 0.0)) for name in self.labels.names}
            best = max(self.labels.names, key=lambda name: probabilities[name])
            return ClassificationResult(best, (best,), probabilities, choice.stats, method=choice.method)
        chosen = self._known(choice.chosen)
        if not chosen and choice.method in ("generate", "json_object"):
            # Nothing held these answers to the labels: read them as a free answer is read.
            chosen = self._match(choice.raw)
        if choice.method == "generate":
            note = ui_text("No probabilities from this provider: its answer was matched to the labels.")
        else:
            note = ui_text(
                "No probabilities from this provider: it was made to answer with a label ({method}).",
                method=_METHODS[choice.method],
            )
        return self._unscored_result(chosen, choice.raw, choice.stats, choice.method, note)

    def _by_generation(self, engine: Engine, text: str, cancel: CancelToken | None) -> ClassificationResult:
        max_tokens = label_answer_tokens(self.labels.names, self.options.multi)
        request = ChatRequest(tuple(self._answer_messages(text)), max_tokens=max_tokens, temperature=0.0, top_k=1)
        completion = complete(engine, request, cancel)
        if completion.stats.stop_reason == "cancelled":
            raise Cancelled
        chosen = self._match(completion.text)
        note = ui_text("No probabilities from this engine: its answer was matched to the labels.")
        return self._unscored_result(chosen, completion.text, completion.stats, "generate", note)

    def _unscored_result(
        self, chosen: tuple[str, ...], raw: str, stats: Stats, method: str, note: str
    ) -> ClassificationResult:
        if not chosen:
            said = " ".join(raw.split())[:80]
            return ClassificationResult(
                None, (), None, stats,
                note=ui_join([note, ui_text("The answer {said} names none of the labels.", said=repr(said))]),
                method=method, abstained=True,
            )  # fmt: skip
        if not self.options.multi:
            chosen = chosen[:1]
        return ClassificationResult(chosen[0], chosen, None, stats, note=note, method=method)

    def _multi_result(self, probabilities: dict[str, float], stats: Stats, method: str) -> ClassificationResult:
        ranked = sorted(self.labels.names, key=lambda name: -probabilities[name])
        applies = tuple(name for name in ranked if probabilities[name] >= self.options.multi_threshold)
        note = ""
        if not applies:
            applies = (ranked[0],)
            note = ui_text(
                "No label reached {threshold}; the most likely one is given.",
                threshold=f"{self.options.multi_threshold:g}",
            )
        return ClassificationResult(applies[0], applies, probabilities, stats, note=note, method=method)

    def _maybe_abstain(self, result: ClassificationResult) -> ClassificationResult:
        threshold = self.options.abstain_below
        if threshold is None or result.label is None:
            return result
        if result.probabilities is None:
            extra = ui_text("Abstaining needs probabilities, so the label stands.")
            result.note = ui_join([result.note, extra]) if result.note else extra
            return result
        top = result.probabilities[result.label]
        if top < threshold:
            result.note = ui_text(
                "Abstained: the most likely label, {label}, has probability {probability} < {threshold}.",
                label=repr(result.label),
                probability=f"{top:.2f}",
                threshold=f"{threshold:g}",
            )
            result.label, result.labels, result.abstained = None, (), True
        return result

    # -- prompts ------------------------------------------------------------------------

    def _system_prompt(self, *, scored: bool) -> str:
        lines = ["You are a text classifier."]
        if self.options.instruction.strip():
            lines.append(self.options.instruction.strip())
        if self.options.multi:
            lines.append("Decide, for each of these labels, whether it applies to the text:")
        else:
            lines.append("Classify the text into exactly one of these labels:")
        for label in self.labels.labels:
            lines.append(f"- {label.name}: {label.description}" if label.description else f"- {label.name}")
        if self.options.multi and scored:
            lines.append("Answer with one line per label: the label, a colon, then yes or no.")
        elif self.options.multi:
            lines.append("Answer with every label that applies, separated by commas, exactly as written.")
        else:
            lines.append("Answer with the label only, exactly as written.")
        return "\n".join(lines)

    def _answer_messages(self, text: str) -> list[Message]:
        messages = [Message("system", self._system_prompt(scored=False))]
        for example in self.examples:
            messages.append(Message("user", _text_turn(example.text)))
            messages.append(Message("assistant", ", ".join(example.labels)))
        messages.append(Message("user", _text_turn(text)))
        return messages

    # -- matching answers to labels -----------------------------------------------

    def _known(self, chosen: Sequence[str]) -> tuple[str, ...]:
        found = [self.labels.find(c) for c in chosen]
        return tuple(dict.fromkeys(f for f in found if f is not None))

    def _match(self, answer: str) -> tuple[str, ...]:
        """The labels a free answer names: the whole answer, its parts, or labels it mentions."""
        cleaned = answer.strip().removeprefix(ANSWER_PREFIX).strip().strip(".!\"'`*")
        exact = self.labels.find(cleaned)
        if exact is not None:
            return (exact,)
        parts = self._known([p.strip().strip(".!\"'`*") for p in re.split(r"[,\n;]", cleaned)])
        if parts:
            return parts
        lowered = cleaned.casefold()
        mentioned = [
            (lowered.find(name.casefold()), name)
            for name in self.labels.names
            if re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", lowered)
        ]
        # Longer names first, so that "very positive" is not also read as "positive".
        kept: list[tuple[int, str]] = []
        for pos, name in sorted(mentioned, key=lambda m: -len(m[1])):
            if not any(p <= pos < p + len(n) for p, n in kept):
                kept.append((pos, name))
        return tuple(name for _, name in sorted(kept))


_METHODS = {
    "json_schema": ui_text("a JSON schema"),
    "json_object": ui_text("JSON mode"),
    "tool_enum": ui_text("a tool whose input is one of the labels"),
    "enum": ui_text("an enum response type"),
    "logprobs": "logprobs",
}


def _text_turn(text: str) -> str:
    return f"Text: {text}"


def _quote(text: str) -> str:
    short = " ".join(text.split())
    return repr(short if len(short) <= 40 else short[:39] + "…")


def _softmax(logprobs: Sequence[float]) -> list[float]:
    top = max(logprobs)
    exps = [math.exp(lp - top) for lp in logprobs]
    total = sum(exps)
    return [e / total for e in exps]


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


__all__ = [
    "ABSTAINED", "Cancelled", "ClassificationResult", "Classifier", "ClassifyOptions", "Example", "Label",
    "LabelSet", "UserFacingError", "classify",
]  # fmt: skip
