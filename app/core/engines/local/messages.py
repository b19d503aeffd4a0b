"""What the local engine and its child process say to each other over their pipe.

One frozen dataclass per kind of message, sent as is (they pickle) and told
apart with ``match``. ``rid`` is the request id the parent chose: a reply
carries it so that a late reply to an abandoned request is never taken for
the next one's. Both sides import this module; it must not import llama_cpp.

Once, when the child has loaded the model (or failed to)::

    child → parent  Ready | LoadFailed

Then, any number of times::

    parent → child  Generate | Score | Embed, then Cancel if it should stop early
    child → parent  Text (zero or more, Generate only), then one of
                    Done (a finished answer, or a stopped request),
                    Scored (a finished Score), Embedded (a finished Embed), Failed

A chat child (``child.py``) answers Generate and Score; an embedding child
(``embed_child.py``) answers Embed.

and at the end ``Quit``.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core import errors
from app.core.engines.base import ChatRequest, ScoreRequest, Stats
from app.core.errors import UserFacingError


@dataclass(frozen=True)
class Ready:
    n_ctx: int
    gpu_offload: bool
    #: The length of the model's embedding vectors (an embedding child); 0 from a chat child.
    n_embd: int = 0


@dataclass(frozen=True)
class LoadFailed:
    message: str
    #: Empty when the parent's own advice fits.
    hint: str


@dataclass(frozen=True)
class Generate:
    rid: int
    request: ChatRequest


@dataclass(frozen=True)
class Score:
    rid: int
    request: ScoreRequest


@dataclass(frozen=True)
class Embed:
    """Embed ``texts``, each cut to the context if longer."""

    rid: int
    texts: tuple[str, ...]


@dataclass(frozen=True)
class Cancel:
    """Stop request ``rid``; one for a request that already ended needs no answer."""

    rid: int


@dataclass(frozen=True)
class Quit:
    pass


@dataclass(frozen=True)
class Text:
    rid: int
    text: str


@dataclass(frozen=True)
class Done:
    rid: int
    #: Timings (``ttft_s``, ``wall_s``, ``load_s``) are the parent's to fill in.
    stats: Stats


@dataclass(frozen=True)
class Scored:
    """The log-probability and token count of each branch's targets (``Scores``)."""

    rid: int
    logprobs: tuple[tuple[float, ...], ...]
    n_tokens: tuple[tuple[int, ...], ...]
    stats: Stats


@dataclass(frozen=True)
class Embedded:
    """One L2-normalised row per text of an ``Embed``, in order, as float32 bytes (C order, ``dim`` wide).

    Bytes rather than lists of floats: a pickled list costs a Python float
    per number on both sides of the pipe.
    """

    rid: int
    vectors: bytes
    dim: int
    #: Positions (in the Embed's texts) of texts cut to fit the context.
    truncated: tuple[int, ...]
    #: ``tokens_in``: the tokens embedded; timings are the parent's to fill in.
    stats: Stats


@dataclass(frozen=True)
class Failed:
    """A request that failed with a ``UserFacingError``, the child process still usable."""

    rid: int
    #: The class's name in ``app.core.errors``: the parent builds only classes it knows.
    error: str
    message: str
    hint: str

    @classmethod
    def of(cls, rid: int, exc: UserFacingError) -> Failed:
        return cls(rid, type(exc).__name__, exc.message, exc.hint)

    def exception(self) -> UserFacingError:
        error = getattr(errors, self.error, UserFacingError)
        if not (isinstance(error, type) and issubclass(error, UserFacingError)):
            error = UserFacingError
        return error(self.message, self.hint)


#: What the parent sends.
ToChild = Generate | Score | Embed | Cancel | Quit
#: What the child sends.
FromChild = Ready | LoadFailed | Text | Done | Scored | Embedded | Failed
#: The replies that end a request.
Final = Done | Scored | Embedded | Failed
