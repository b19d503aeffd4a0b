"""``plinth chat``: one question to any model, saved in the history like a chat in the window."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from app.cli.common import Io, Services, add_json_flag
from app.cli.history import open_history
from app.core.engines.base import Stats, complete
from app.core.errors import UserFacingError
from app.core.history.conversations import AnswerWriter
from app.core.history.store import Store
from app.core.tasks.chat import COLLECTIONS_KEY, ChatParams, Conversation
from app.core.tasks.chat_sources import AnswerSources, question_budget

if TYPE_CHECKING:
    from app.core.documents.grounding import Citation
    from app.core.documents.records import Hit

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
    chat.add_argument(
        "--docs",
        action="append",
        default=[],
        metavar="COLLECTION",
        help="answer from this document collection, citing its passages (repeat for more)",
    )
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
    settings: dict[str, Any] = {"temperature": args.temperature, "max_tokens": args.max_tokens}
    if args.seed is not None:
        settings["seed"] = args.seed
    sources: AnswerSources | None = None
    if args.docs:
        settings[COLLECTIONS_KEY] = list(args.docs)
        hits = _retrieve(services, args.docs, prompt)
        if not hits:
            return _nothing_found(services, args, io, prompt, settings)
    engine = services.engines.get(args.model)
    if args.docs:
        from app.core.documents.grounding import ground

        grounded = ground(prompt, hits, question_budget(engine.capabilities.max_context, args.max_tokens,
                                                        conversation.messages()[:-1]))  # fmt: skip
        if not grounded.found:
            raise UserFacingError("The passages found do not fit in the model's context with this answer length.",
                                  "Lower --max-tokens, or pick a model with a longer context.")  # fmt: skip
        sources = AnswerSources.of(args.docs, grounded)
        request = conversation.request(params, ask=grounded.text)
    else:
        request = conversation.request(params)

    def echo(text: str) -> None:
        io.stdout.write(text)
        io.stdout.flush()

    show = None if args.json else echo
    if args.no_history:
        result = complete(engine, request, on_text=show)
        saved = None
    else:
        record = sources.to_record() if sources is not None else None
        saved = _SavedChat(open_history(services, io), args.model, args.system, prompt, settings, show, record)
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
        if sources is not None:
            payload.update(_sources_json(result.text, sources))
        io.print_json(payload)
    else:
        io.stdout.write("\n")
        if sources is not None:
            io.stdout.write("\n" + "\n".join(sources_lines(sources)) + "\n")
    return 0


def _retrieve(services: Services, collections: list[str], question: str) -> list[tuple[str, Hit]]:
    from app.core.documents.chat_retrieval import ChatRetrieval

    retrieval = ChatRetrieval(services.documents, services.open_embedding)
    try:
        return retrieval(collections, question)
    finally:
        retrieval.close()


def _nothing_found(services: Services, args: argparse.Namespace, io: Io, prompt: str, settings: dict[str, Any]) -> int:
    """No passage passed the relevance floor: Plinth says so itself, and no model is loaded or asked."""
    from app.core.documents.grounding import nothing_found

    text = nothing_found(prompt, args.docs)
    sources = AnswerSources(tuple(args.docs))
    conversation_id = None
    if not args.no_history:
        store = open_history(services, io)
        conversation_id = store.create_conversation(model_id=args.model, system_prompt=args.system, settings=settings)
        store.add_message(conversation_id, "user", prompt)
        store.add_message(conversation_id, "assistant", text, settings=settings, sources=sources.to_record())
    if args.json:
        payload: dict[str, object] = {"model": args.model, "text": text, "stats": None, "found": False,
                                      "citations": [], "sources": []}  # fmt: skip
        if conversation_id is not None:
            payload["conversation_id"] = conversation_id
        io.print_json(payload)
    else:
        io.stdout.write(text + "\n")
    return 0


def _sources_json(answer: str, sources: AnswerSources) -> dict[str, object]:
    """The sources the answer cites (in the order it cites them) and all that were sent."""
    from app.core.documents.grounding import read_citations

    return {
        "found": True,
        "citations": citations_json(read_citations(answer, sources.sources)),
        "sources": [source.to_dict() for source in sources.sources],
        "source_tokens": sources.source_tokens,
        "trimmed": sources.trimmed,
    }


def citations_json(citations: Sequence[Citation]) -> list[dict[str, object]]:
    """The ``citations`` of a ``--json`` answer from documents: each source cited, as ``plinth chat`` gives them."""
    return [
        {"n": c.source.n, "file": c.source.file, "location": c.source.location.to_dict(), "quote": c.source.text}
        for c in citations
    ]


def sources_lines(sources: AnswerSources) -> list[str]:
    """ "Sources (2 passages · ~40 tokens):" and a line per source: its number, name and file."""
    return [f"Sources ({sources.summary()}):", *(f"  [{s.n}] {s.label} — {s.file}" for s in sources.sources)]


class _SavedChat:
    """The conversation of one ``plinth chat`` in the history.

    The answer is saved as it streams, and text is shown only once saved
    (every ``SAVE_EVERY_S``), so a killed run keeps all that was on screen.
    """

    def __init__(self, store: Store, model_id: str, system: str, prompt: str, settings: dict[str, Any],
                 show: Callable[[str], None] | None, sources: dict[str, Any] | None = None) -> None:  # fmt: skip
        self.conversation_id = store.create_conversation(model_id=model_id, system_prompt=system, settings=settings)
        store.add_message(self.conversation_id, "user", prompt)
        answer = store.add_message(self.conversation_id, "assistant", "", model_id=model_id, settings=settings,
                                   state="streaming", sources=sources)  # fmt: skip
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
