"""What the local API leaves behind: a line per request for whoever runs it, and chats saved in the history.

Both are fed the server's ``RequestRecord`` once a request has finished. Neither ever sees a secret: a record
names its token, it does not carry it, and a provider's key never reaches the server at all.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.engines.base import Stats
from app.core.errors import UserFacingError
from app.core.history.conversations import title_from
from app.core.server.run import CLIENT_GONE

if TYPE_CHECKING:
    from app.core.history.store import Store
    from app.core.server.app import RequestRecord

log = logging.getLogger(__name__)

#: The endpoint whose requests are conversations; embeddings have no answer to keep.
CHAT_ENDPOINT = "/v1/chat/completions"
#: How a saved request's conversation is titled in the history's list: where it came from first.
TITLE_PREFIX = "API · "


def request_line(record: RequestRecord) -> str:
    """One line for the server's console: client, endpoint, model, status, tokens, cost and time."""
    cost = "cost unknown" if record.cost_usd is None else f"${record.cost_usd:.6f}"
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
        error=None if ok or gone else f"The API request ended with HTTP {request.status}.",
        # A client that hung up stopped its answer, as Stop does in the window: kept as cancelled, not failed.
        state="done" if ok else "cancelled" if gone else "failed",
    )
    return cid
