"""Chat: a multi-turn conversation turned into engine requests.

Plain data, no engine and no Qt: the panel and the command line both drive it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.engines.base import ChatRequest, Message, Stats


@dataclass
class ChatParams:
    temperature: float = 0.7
    max_tokens: int = 1024
    top_p: float = 0.95
    top_k: int = 40
    seed: int | None = None


@dataclass
class Turn:
    role: str  # "user" or "assistant"
    content: str = ""
    model_id: str | None = None
    stats: Stats | None = None
    #: Set when the answer ended in an error; the partial text is kept.
    error: str | None = None


@dataclass
class Conversation:
    system_prompt: str = ""
    turns: list[Turn] = field(default_factory=list)

    def add_user(self, text: str) -> Turn:
        turn = Turn("user", text)
        self.turns.append(turn)
        return turn

    def start_answer(self, model_id: str) -> Turn:
        turn = Turn("assistant", "", model_id=model_id)
        self.turns.append(turn)
        return turn

    def messages(self) -> tuple[Message, ...]:
        """Every finished turn, oldest first, for the next request.

        Empty answers (an error or a stop before any text) are left out so the
        model never sees a blank assistant turn; so is the question they
        answered, once more follows (it is usually sent again), so the model
        never sees two questions in a row either: strict chat templates refuse
        that. The turns themselves stay, for the transcript and the history.
        """
        out: list[Message] = []
        if self.system_prompt.strip():
            out.append(Message("system", self.system_prompt))
        last = len(self.turns) - 1
        for index, turn in enumerate(self.turns):
            if turn.role == "assistant" and not turn.content:
                continue
            if turn.role == "user" and index + 1 < last and self._unanswered(index + 1):
                continue
            out.append(Message("user" if turn.role == "user" else "assistant", turn.content))
        return tuple(out)

    def _unanswered(self, index: int) -> bool:
        turn = self.turns[index]
        return turn.role == "assistant" and not turn.content

    def request(self, params: ChatParams) -> ChatRequest:
        return ChatRequest(
            messages=self.messages(),
            max_tokens=params.max_tokens,
            temperature=params.temperature,
            top_p=params.top_p,
            top_k=params.top_k,
            seed=params.seed,
        ).validate()

    def drop_last_answer(self) -> Turn | None:
        """Remove the last assistant turn (for Regenerate); returns it."""
        if self.turns and self.turns[-1].role == "assistant":
            return self.turns.pop()
        return None

    @property
    def last_user_text(self) -> str | None:
        for turn in reversed(self.turns):
            if turn.role == "user":
                return turn.content
        return None
