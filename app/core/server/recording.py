"""What the local API leaves behind: a line per request for whoever runs it, and chats saved in the history.

Both are fed the server's ``RequestRecord`` once a request has finished. Neither ever sees a secret: a record
names its token, it does not carry it, and a provider's key never reaches the server at all.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.engines.base import Stats
from app.core.errors import UserFacingError
from app.core.history.conversations import title_from
from app.core.server.run import CLIENT_GONE
from app.core.ui_text import ui_text

if TYPE_CHECKING:
    from starlette.types import ASGIApp, Receive, Scope, Send
    from starlette.types import Message as AsgiMessage

    from app.core.history.store import Store
    from app.core.server.app import RequestRecord

log = logging.getLogger(__name__)

#: The endpoint whose requests are conversations; embeddings have no answer to keep.
CHAT_ENDPOINT = "/v1/chat/completions"
#: How a saved request's conversation is titled in the history's list: where it came from first.
TITLE_PREFIX = "API · "


def request_line(record: RequestRecord) -> str:
    """One line for the server's console: client, endpoint, model, status, tokens, cost and time."""
    if record.cost_usd is None:
        cost = "cost unknown"
    else:
        cost = "free" if record.cost_usd == 0 else f"${record.cost_usd:.6f}"
    return (
        f"{record.token} {record.endpoint} {record.model or '-'} {record.status} · "
        f"{record.tokens_in} in / {record.tokens_out} out · {cost} · {record.wall_s * 1000:.0f} ms"
    )


def history_recorder(store: Callable[[], Store]) -> Callable[[RequestRecord], None]:
    """``ServerDeps.record`` that saves the chat requests of tokens with ``save_history`` as conversations.

    ``store`` is asked on the first request to save, so a server whose clients keep nothing never opens the
    history. A failure to save is logged and the request is not affected: its client already has its answer.
    """

    # Requests finish on several threads at once: the first to save opens the history, the others wait for it.
    lock = threading.Lock()

    def record(request: RequestRecord) -> None:
        if not request.save_history or request.endpoint != CHAT_ENDPOINT:
            return
        try:
            with lock:
                opened = store()
            save_request(opened, request)
        except UserFacingError as exc:
            log.warning("Could not save an API request in the history: %s", exc)

    return record


def save_request(store: Store, request: RequestRecord) -> int:
    """One request as one conversation, through the same store calls the chat saves its answers with: the
    system prompt, the messages the client sent, and the answer with its tokens, cost and time as its stats.
    Returns the conversation's id."""
    system = "\n\n".join(m.content for m in request.messages if m.role == "system")
    turns = [m for m in request.messages if m.role in ("user", "assistant")]
    question = next((m.content for m in reversed(turns) if m.role == "user"), "")
    title = f"{TITLE_PREFIX}{request.token}" + (f" · {title_from(question)}" if question.strip() else "")
    cid = store.create_conversation(title=title, model_id=request.model, system_prompt=system)
    for message in turns:
        store.add_message(
            cid, message.role, message.content, model_id=request.model if message.role == "assistant" else None
        )
    ok = request.status < 400
    gone = request.status == CLIENT_GONE
    stats = Stats(
        tokens_in=request.tokens_in,
        tokens_out=request.tokens_out,
        tokens_per_s=request.tokens_out / request.wall_s if ok and request.wall_s > 0 else None,
        wall_s=request.wall_s,
        cost_usd=request.cost_usd,
        stop_reason="cancelled" if gone else "stop",
    )
    store.add_message(
        cid,
        "assistant",
        request.answer,
        model_id=request.model,
        stats=stats.to_dict(),
        error=None if ok or gone else ui_text("The API request ended with HTTP {status}.", status=request.status),
        # A client that hung up stopped its answer, as Stop does in the window: kept as cancelled, not failed.
        state="done" if ok else "cancelled" if gone else "failed",
    )
    return cid


#: Statuses a request is refused with before any model runs: no or a bad token, a model the token may not use,
#: an unknown model or path, a body too big, a full queue. Such requests make no record; their line comes from
#: :class:`RefusalLog`.
REFUSALS = frozenset({401, 403, 404, 405, 413, 429})
#: The paths a refusal line names; any other is shown as "another path" (a path is the client's text).
KNOWN_PATHS = frozenset({"/v1/models", CHAT_ENDPOINT, "/v1/embeddings"})


class RefusalLog:
    """ASGI middleware: a console line for each request refused before a model ran, so a program set up wrong
    (no token, a revoked one, a misspelt model) shows where the person running the server looks."""

    def __init__(self, app: ASGIApp, emit: Callable[[str], None]) -> None:
        self.app = app
        self.emit = emit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()

        async def sending(message: AsgiMessage) -> None:
            if message["type"] == "http.response.start" and message["status"] in REFUSALS:
                path = scope["path"] if scope["path"] in KNOWN_PATHS else "another path"
                ms = (time.perf_counter() - start) * 1000
                self.emit(f"- {scope['method']} {path} {message['status']} · refused · {ms:.0f} ms")
            await send(message)

        await self.app(scope, receive, sending)
