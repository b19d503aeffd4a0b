"""``GET /v1/models`` (what a token may use) and ``POST /v1/embeddings`` (through the shared embedding engines)."""

from __future__ import annotations

import asyncio
import base64
import time
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from app.core.model_id import ModelId
from app.core.server.app import RequestRecord, ServerState, authenticate, check_model, read_json
from app.core.server.wire import bad_request, embedding_inputs

#: A rough count of tokens per character, for the embeddings' ``usage``: the engines report no count.
CHARS_PER_TOKEN = 4


async def list_models(request: Request, state: ServerState) -> Response:
    """The installed local models (chat and embedding), then, for a token allowed them and while offline mode
    is off, each provider's models that have a key. ``created`` is 0: Plinth does not know when a model was
    made."""
    deps = state.deps
    token = authenticate(request, deps)

    def collect() -> list[dict[str, Any]]:
        seen: dict[str, dict[str, Any]] = {}
        for choice in deps.models.choices() + deps.models.embedding_choices():
            if choice.model_id in seen or not choice.available:
                continue
            if choice.destination is not None and (not token.allow_remote or deps.offline.enabled):
                continue
            parsed = ModelId.parse(choice.model_id) if choice.destination is not None else None
            owner = parsed.prefix if parsed is not None else "plinth"
            seen[choice.model_id] = {"id": choice.model_id, "object": "model", "created": 0, "owned_by": owner}
        return list(seen.values())

    return JSONResponse({"object": "list", "data": await asyncio.to_thread(collect)})


async def embeddings(request: Request, state: ServerState) -> Response:
    deps = state.deps
    token = authenticate(request, deps)
    body = await read_json(request, deps.limits.max_body_bytes)
    model, texts, encoding = embedding_inputs(body)
    remote = await asyncio.to_thread(check_model, deps, model, token, embedding=True)
    key = f"embed:{model}"
    if not remote:
        await state.queue.acquire(key)
    start = time.perf_counter()
    try:
        engine = await asyncio.to_thread(deps.open_embedding, model)
        rows = await asyncio.to_thread(engine.embed, texts)
    finally:
        if not remote:
            state.queue.release(key)
    dimensions = body.get("dimensions")
    if dimensions is not None and dimensions != rows.shape[1]:
        raise bad_request(
            f"'dimensions' must be {rows.shape[1]} for {model}: Plinth does not shorten embeddings.", "dimensions"
        )
    tokens = sum(max(1, len(t) // CHARS_PER_TOKEN) for t in texts)
    if deps.record is not None:
        record = RequestRecord(token.name, model, "/v1/embeddings", 200, tokens, 0, None, time.perf_counter() - start)
        await asyncio.to_thread(deps.record, record)
    data = [{"object": "embedding", "index": i, "embedding": _encoded(row, encoding)} for i, row in enumerate(rows)]
    usage = {"prompt_tokens": tokens, "total_tokens": tokens}
    return JSONResponse({"object": "list", "data": data, "model": model, "usage": usage})


def _encoded(row: Any, encoding: str) -> Any:
    """A row as floats, or as base64 of little-endian float32 (what the openai SDK asks for by default)."""
    if encoding == "base64":
        return base64.b64encode(row.astype("<f4").tobytes()).decode("ascii")
    return [float(x) for x in row]
