"""A GGUF's chat template rendered in Jinja's sandbox, within a time limit, its failures as ChatTemplateError."""

from __future__ import annotations

import signal
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from app.core.engines.base import Message
from app.core.errors import ChatTemplateError
from app.core.ui_text import ui_text

if TYPE_CHECKING:
    from llama_cpp.llama_types import ChatCompletionRequestMessage

#: Used when a GGUF carries no chat template: ChatML, which most
#: instruction-tuned models without one were trained on or tolerate.
FALLBACK_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)
#: A chat template formats a conversation in milliseconds; one still running
#: after this long is a loop written to hang (a hostile GGUF), and is stopped.
RENDER_TIMEOUT_S = 10.0
#: What a template may add to the conversation's own text, in characters, so
#: that ``{{ 'x' * 10**9 }}`` is refused before it reaches the tokenizer.
RENDER_OVERHEAD = 100_000

_HOSTILE_HINT = ui_text(
    "The template inside the model file is broken or hostile; nothing it asked for was run. "
    "Pick another model, or download this one from a source you trust."
)


class ChatTemplate:
    """One model's chat template, rendered by llama-cpp-python's ``Jinja2ChatFormatter``.

    That formatter renders in Jinja2's ``ImmutableSandboxedEnvironment`` (a
    GGUF template is untrusted input) exactly as models are tested against;
    this class adds the time limit, the size check and the messages a person
    can act on. Built in the engine child only: llama_cpp is imported here, so
    a module that imports this one must run in the child. Compiling a broken
    template raises jinja2's ``TemplateError``.
    """

    def __init__(self, template: str, *, bos_token: str, eos_token: str) -> None:
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        self._formatter = Jinja2ChatFormatter(template=template, eos_token=eos_token, bos_token=bos_token)

    def render(self, messages: Sequence[Message]) -> str:
        """The conversation as the template writes it; raises ChatTemplateError for a template
        that hangs, writes far more than the conversation, or breaks the sandbox's rules."""
        try:
            with _time_limit(RENDER_TIMEOUT_S):
                text = self._formatter(messages=[_formatter_message(m) for m in messages]).prompt
        except _RenderTimeout:
            raise ChatTemplateError(
                ui_text(
                    "This model's chat template was still formatting the conversation after {seconds} s "
                    "and was stopped.",
                    seconds=f"{RENDER_TIMEOUT_S:g}",
                ),
                _HOSTILE_HINT,
            ) from None
        except Exception as exc:
            raise _template_error(exc) from None
        given = sum(len(m.content) for m in messages)
        if len(text) > 2 * given + RENDER_OVERHEAD:
            raise ChatTemplateError(
                ui_text(
                    "This model's chat template turned {given} characters of conversation into {made} and was stopped.",
                    given=f"{given:,}",
                    made=f"{len(text):,}",
                ),
                _HOSTILE_HINT,
            )
        if not text:
            raise ChatTemplateError(
                ui_text("This model's chat template turned the conversation into an empty prompt."), _HOSTILE_HINT
            )
        return text


def _formatter_message(message: Message) -> ChatCompletionRequestMessage:
    """``{"role": ..., "content": ...}`` for the formatter.

    The branches build the same dict; each narrows ``role`` to one literal, which tells the type
    checker which of llama-cpp-python's per-role message types the dict is.
    """
    if message.role == "system":
        return {"role": message.role, "content": message.content}
    if message.role == "user":
        return {"role": message.role, "content": message.content}
    return {"role": message.role, "content": message.content}


class _RenderTimeout(Exception):
    pass


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise _RenderTimeout in the block after ``seconds`` (Python code only; this process's main thread).

    Where there is no SIGALRM (Windows), the block runs unbounded: Stop still
    ends it, as the parent kills a child that does not answer a cancel.
    """
    if not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise _RenderTimeout

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _template_error(exc: Exception) -> ChatTemplateError:
    """A failed chat template render, as a person should hear of it."""
    from jinja2.exceptions import SecurityError

    if isinstance(exc, (SecurityError, OverflowError, MemoryError)):
        # Sandbox refusals: attribute access (``__class__``), ``range()`` too big; or an allocation bomb.
        return ChatTemplateError(
            ui_text(
                "This model's chat template tried something the sandbox forbids and was stopped ({kind}: {error}).",
                kind=type(exc).__name__,
                error=str(exc),
            ),
            _HOSTILE_HINT,
        )
    # raise_exception() in the template, most often "roles must alternate".
    return ChatTemplateError(
        ui_text("This model's chat template could not format the conversation ({error}).", error=str(exc)),
        ui_text(
            "Some models need user and assistant turns to alternate or accept no "
            "system prompt: adjust the conversation, or pick another model."
        ),
    )
