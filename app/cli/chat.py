"""``plinth chat``: one question to any model, saved in the history like a chat in the window."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from app.cli.common import Io, Services, add_json_flag
from app.cli.history import open_history
from app.core.engines.base import Stats, complete
from app.core.errors import UserFacingError
from app.core.history.conversations import AnswerWriter
from app.core.history.store import Store
from app.core.tasks.chat import ChatParams, Conversation

#: How often the streaming answer is saved, then shown: fast enough to read as a stream.
SAVE_EVERY_S = 0.1


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    chat = sub.add_parser("chat", help="ask a model one question")
    chat.add_argument(
        "-m", "--model", default="starter", help="starter, local:NAME, local:/path/to/file.gguf or PROVIDER:MODEL"
    )
    chat.add_argument("-s", "--system", default="", help="system prompt")
    chat.add_argument("--max-tokens", type=int, default=512)
    chat.add_argument("--temperature", type=float, default=0.7)
    chat.add_argument("--seed", type=int, default=None)
    chat.add_argument("--no-history", action="store_true", help="do not save this conversation in the history")
    add_json_flag(chat, "print one JSON object instead of streaming")
    chat.add_argument("prompt", help="the message; - reads it from standard input")
    chat.set_defaults(handler=_chat)


def stats_json(stats: Stats) -> dict[str, object]:
    """The stats object every ``--json`` output carries."""
    return {
        "ttft_s": stats.ttft_s,
        "tokens_in": stats.tokens_in,
        "tokens_in_estimated": stats.tokens_in_estimated,
        "tokens_out": stats.tokens_out,
        "tokens_per_s": stats.tokens_per_s,
        "wall_s": stats.wall_s,
        "stop_reason": stats.stop_reason,
        "cost_usd": stats.cost_usd,
    }


def _chat(services: Services, args: argparse.Namespace, io: Io) -> int:
    prompt = io.read_text(args.prompt)
    conversation = Conversation(system_prompt=args.system)
    conversation.add_user(prompt)
    params = ChatParams(temperature=args.temperature, max_tokens=args.max_tokens, seed=args.seed)
    request = conversation.request(params)
    engine = services.engines.get(args.model)
    settings: dict[str, Any] = {"temperature": args.temperature, "max_tokens": args.max_tokens}
    if args.seed is not None:
        settings["seed"] = args.seed

    def echo(text: str) -> None:
        io.stdout.write(text)
        io.stdout.flush()

    show = None if args.json else echo
    if args.no_history:
        result = complete(engine, request, on_text=show)
        saved = None
    else:
        saved = _SavedChat(open_history(services, io), args.model, args.system, prompt, settings, show)
        try:
            result = complete(engine, request, on_text=saved.on_text)
        except UserFacingError as exc:
            saved.finish("failed", error=str(exc))
            raise
        except BaseException:  # Ctrl-C, a closed pipe: keep what arrived
            saved.finish("cancelled")
            raise
        saved.finish("cancelled" if result.stats.stop_reason == "cancelled" else "done", stats=result.stats.to_dict())
    if args.json:
        payload: dict[str, object] = {"model": args.model, "text": result.text, "stats": stats_json(result.stats)}
        if saved is not None:
            payload["conversation_id"] = saved.conversation_id
        io.print_json(payload)
    else:
        io.stdout.write("\n")
    return 0


class _SavedChat:
    """The conversation of one ``plinth chat`` in the history.

    The answer is saved as it streams, and text is shown only once saved
    (every ``SAVE_EVERY_S``), so a killed run keeps all that was on screen.
    """

    def __init__(self, store: Store, model_id: str, system: str, prompt: str, settings: dict[str, Any],
                 show: Callable[[str], None] | None) -> None:  # fmt: skip
        self.conversation_id = store.create_conversation(model_id=model_id, system_prompt=system, settings=settings)
        store.add_message(self.conversation_id, "user", prompt)
        answer = store.add_message(self.conversation_id, "assistant", "", model_id=model_id, settings=settings,
                                   state="streaming")  # fmt: skip
        self.writer: AnswerWriter = store.answer_writer(answer)
        self._show = show
        self._unshown: list[str] = []
        self._last_save = 0.0

    def on_text(self, text: str) -> None:
        self.writer.append(text)
        self._unshown.append(text)
        now = time.monotonic()
        if now - self._last_save >= SAVE_EVERY_S:
            self._last_save = now
            self.writer.flush()
            self._show_saved()

    def finish(self, state: str, stats: dict[str, object] | None = None, error: str | None = None) -> None:
        self.writer.finish(state=state, stats=stats, error=error)
        self._show_saved()

    def _show_saved(self) -> None:
        text, self._unshown = "".join(self._unshown), []
        if text and self._show is not None:
            self._show(text)
