"""The one protocol every backend speaks, local or remote.

``Engine.stream(request, cancel)`` yields ``Chunk``s of text; the last chunk
carries ``Stats`` and no text. Cancelling (``CancelToken.cancel()`` or closing
the iterator) ends the stream promptly with ``stop_reason == "cancelled"``:
cancelled is an outcome, not an error. Failures raise ``UserFacingError``s.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal, Protocol, runtime_checkable

from app.core.cancel import CancelToken
from app.core.errors import ContextTooLongError, InvalidRequestError
from app.core.ui_text import ui_text

Role = Literal["system", "user", "assistant"]
StopReason = Literal["stop", "length", "cancelled"]


@dataclass(frozen=True)
class Message:
    role: Role
    content: str


@dataclass(frozen=True)
class ChatRequest:
    messages: tuple[Message, ...]
    max_tokens: int = 1024
    temperature: float = 0.7
    top_p: float = 0.95
    top_k: int = 40
    min_p: float = 0.05
    repeat_penalty: float = 1.0
    stop: tuple[str, ...] = ()
    seed: int | None = None
    #: A JSON Schema the answer must match: enforced where the engine can (a grammar for a local model, the
    #: provider's structured output otherwise; ``Capabilities.json_schema`` says whether it is), and always
    #: validated by whoever asked.
    json_schema: Mapping[str, Any] | None = None

    def validate(self) -> ChatRequest:
        if not any(m.role == "user" and m.content.strip() for m in self.messages):
            raise InvalidRequestError(ui_text("The message is empty."), ui_text("Type something to send to the model."))
        if self.max_tokens < 1:
            raise InvalidRequestError(
                ui_text("max_tokens must be at least 1 (got {value}).", value=self.max_tokens),
                ui_text("Raise the answer length limit."),
            )
        return self


@dataclass
class Stats:
    ttft_s: float | None = None
    tokens_in: int = 0
    tokens_out: int = 0
    tokens_per_s: float | None = None
    wall_s: float = 0.0
    stop_reason: StopReason = "stop"
    cost_usd: float | None = None
    #: Prompt tokens served from the KV cache of an earlier request.
    cached_tokens: int = 0
    #: Seconds spent loading the model for this request (0 when already loaded).
    load_s: float = 0.0
    #: Oldest messages left out because the conversation outgrew the context.
    dropped_messages: int = 0
    #: ``tokens_in`` is Plinth's estimate: the provider reported no count (some
    #: servers send no usage while streaming), or the answer stopped before it.
    tokens_in_estimated: bool = False

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Stats:
        """The inverse of ``to_dict``; keys this version does not know (saved by a newer Plinth) are ignored."""
        names = {f.name for f in fields(cls)}
        # Any: the values come from saved JSON, which nothing checks against the fields' types.
        known: dict[str, Any] = {key: value for key, value in data.items() if key in names}
        return cls(**known)

    @property
    def tokens_in_text(self) -> str:
        """The input count for display: "~123" when it is Plinth's estimate."""
        return format_count(self.tokens_in, self.tokens_in_estimated)

    def summary(self, priced: bool = False) -> str:
        """One line for under an answer; ``priced`` says "cost unknown" when no price is known."""
        parts = []
        if self.ttft_s is not None:
            parts.append(f"TTFT {self.ttft_s:.2f} s")
        if self.tokens_per_s is not None:
            parts.append(f"{self.tokens_per_s:.1f} tok/s")
        estimate = " (estimated)" if self.tokens_in_estimated else ""
        parts.append(f"{self.tokens_in_text} in{estimate} / {self.tokens_out} out")
        if self.cached_tokens:
            parts.append(f"{self.cached_tokens} cached")
        if self.cost_usd is not None:
            parts.append(f"${self.cost_usd:.4f}")
        elif priced:
            parts.append("cost unknown")
        if self.stop_reason == "length":
            parts.append("stopped at length limit")
        elif self.stop_reason == "cancelled":
            parts.append("stopped")
        if self.dropped_messages:
            parts.append(f"{self.dropped_messages} earliest messages left out (context full)")
        return " · ".join(parts)


#: In front of a figure that is Plinth's estimate, not the provider's count.
ESTIMATE_MARK = "~"


def format_count(count: int, estimated: bool = False) -> str:
    """A token count for display, "123", or "~123" when it is an estimate."""
    return f"{ESTIMATE_MARK if estimated else ''}{count}"


def mark_estimate(text: str, metric: str, stats: Stats | None) -> str:
    """``text``, the formatted figure ``metric`` ("tokens_in"...) of ``stats``, marked when it is an estimate."""
    if metric == "tokens_in" and stats is not None and stats.tokens_in_estimated and text[:1].isdigit():
        return ESTIMATE_MARK + text
    return text


@dataclass(frozen=True)
class Chunk:
    text: str = ""
    stats: Stats | None = None


@dataclass(frozen=True)
class Capabilities:
    streaming: bool = True
    logprobs: bool = False
    json_schema: bool = False
    max_context: int | None = None
    gpu_offload: bool = False
    #: The engine scores given continuations of a prompt (``LabelScorer``).
    label_scoring: bool = False
    #: How the engine forces an answer from a list (``LabelChooser``): "logprobs"
    #: (falling back to what the server takes, see ``OpenAIEngine.choose``),
    #: "tool_enum", "enum"; None when it cannot.
    label_choice: str | None = None
    #: The engine is a classifier trained on embeddings (``LabelPredictor``): it gives probabilities
    #: over its own labels and answers no chat request.
    trained_labels: bool = False


@runtime_checkable
class Engine(Protocol):
    """A model that can answer a ChatRequest."""

    #: What a person picks, e.g. ``starter`` or ``local:qwen3-1.7b-q4_k_m``.
    model_id: str
    #: Where the text goes: ``None`` means it stays on this computer,
    #: otherwise the provider's name ("OpenAI").
    destination: str | None

    @property
    def capabilities(self) -> Capabilities: ...

    def stream(self, request: ChatRequest, cancel: CancelToken | None = None) -> Iterator[Chunk]: ...

    def close(self) -> None: ...


@dataclass
class Completion:
    text: str
    stats: Stats = field(default_factory=Stats)


def complete(
    engine: Engine,
    request: ChatRequest,
    cancel: CancelToken | None = None,
    on_text: Callable[[str], None] | None = None,
) -> Completion:
    """Drain a stream into one Completion; ``on_text`` sees each delta."""
    parts: list[str] = []
    stats = Stats()
    for chunk in engine.stream(request, cancel):
        if chunk.text:
            parts.append(chunk.text)
            if on_text is not None:
                on_text(chunk.text)
        if chunk.stats is not None:
            stats = chunk.stats
    return Completion("".join(parts), stats)


def fit_messages(
    messages: Sequence[Message],
    count_tokens: Callable[[Sequence[Message]], int],
    budget: int,
) -> tuple[list[Message], int]:
    """Drop the oldest turns until the prompt fits ``budget`` tokens.

    System messages and the last message are always kept. Returns the kept
    messages and how many were dropped; raises ContextTooLongError when even
    the shortest form does not fit.
    """
    kept = list(messages)
    if count_tokens(kept) <= budget:
        return kept, 0
    # What can never be dropped is counted first: a pasted megabyte is refused
    # at once, not after every older turn was dropped and the rest recounted.
    shortest = [m for m in kept[:-1] if m.role == "system"] + kept[-1:]
    needed = count_tokens(shortest) if len(shortest) < len(kept) else count_tokens(kept)
    if needed > budget:
        raise ContextTooLongError(
            ui_text(
                "The message needs {needed} tokens, but only {budget} fit in this "
                "model's context after room for the answer.",
                needed=f"{needed:,}",
                budget=f"{budget:,}",
            ),
            ui_text(
                "Shorten the message or system prompt, lower the answer length, or raise the context size in Settings."
            ),
        )
    dropped = 0
    while count_tokens(kept) > budget:
        removable = [i for i, m in enumerate(kept[:-1]) if m.role != "system"]
        del kept[removable[0]]
        dropped += 1
    return kept, dropped


# -- classification: optional engine abilities, announced by Capabilities --------------


@dataclass(frozen=True)
class ScoreBranch:
    """Continuations to score after ``stem``: log P(target | prompt + answer_prefix + stem).

    The stem is evaluated, not scored (``"spam:"`` before ``" yes"``/``" no"``).
    """

    targets: tuple[str, ...]
    stem: str = ""


@dataclass(frozen=True)
class ScoreRequest:
    """A prompt whose answer's start is scored instead of sampled.

    ``messages`` are rendered with the chat template and the generation
    prompt; ``answer_prefix`` starts the assistant's answer. The first
    ``shared_messages`` messages are the same from one request to the next
    (instructions, few-shot examples), and so is ``shared_text`` at the
    start of the next one ("Text:"): the engine keeps them evaluated.
    """

    messages: tuple[Message, ...]
    branches: tuple[ScoreBranch, ...]
    answer_prefix: str = ""
    shared_messages: int = 0
    shared_text: str = ""

    def validate(self) -> ScoreRequest:
        if not any(m.role == "user" and m.content.strip() for m in self.messages):
            raise InvalidRequestError(ui_text("The text is empty."), ui_text("Give the model some text to classify."))
        if not self.branches or not all(b.targets and all(b.targets) for b in self.branches):
            raise InvalidRequestError(ui_text("Nothing to score."), ui_text("Give at least one non-empty label."))
        return self


@dataclass
class Scores:
    """``logprobs[b][t]``: the summed log-probability of branch b's target t; ``n_tokens`` alike."""

    logprobs: tuple[tuple[float, ...], ...]
    n_tokens: tuple[tuple[int, ...], ...]
    stats: Stats = field(default_factory=Stats)


@runtime_checkable
class LabelScorer(Protocol):
    """An engine with ``Capabilities.label_scoring``."""

    def score(self, request: ScoreRequest, cancel: CancelToken | None = None) -> Scores:
        """Raises ``Cancelled`` when cancelled, ``UserFacingError``s as ``stream`` does."""
        ...


class LabelPredictor(Protocol):
    """An engine with ``Capabilities.trained_labels``: its own labels, and their probabilities per text."""

    @property
    def labels(self) -> tuple[str, ...]: ...

    def predict(self, texts: Sequence[str], cancel: CancelToken | None = None) -> list[dict[str, float]]:
        """One ``{label: probability}`` per text (summing to 1), in order; raises ``Cancelled`` when cancelled."""
        ...


@dataclass(frozen=True)
class ChoiceRequest:
    """Pick one of ``labels`` (several, when ``multi``) as the answer to ``messages``, at temperature 0."""

    messages: tuple[Message, ...]
    labels: tuple[str, ...]
    multi: bool = False
    max_tokens: int = 256
    seed: int | None = None


def label_answer_tokens(labels: Sequence[str], multi: bool) -> int:
    """Room for an answer that names one label (every label, when ``multi``), with a little to spare."""
    longest = max(len(label) for label in labels)
    return 16 + (longest * (len(labels) if multi else 1)) // 2


@dataclass
class Choice:
    """A provider's pick; ``probabilities`` (over ``labels``, from logprobs) when it gave them.

    ``chosen`` may be empty, or hold text that is no label, when the provider
    broke its own constraint: the caller checks.
    """

    chosen: tuple[str, ...]
    method: str
    probabilities: dict[str, float] | None = None
    stats: Stats = field(default_factory=Stats)
    raw: str = ""


@runtime_checkable
class LabelChooser(Protocol):
    """An engine with ``Capabilities.label_choice``."""

    def choose(self, request: ChoiceRequest, cancel: CancelToken | None = None) -> Choice:
        """Raises ``Cancelled`` when cancelled, ``UserFacingError``s as ``stream`` does."""
        ...
