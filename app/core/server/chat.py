"""``POST /v1/chat/completions``: one ChatRequest through Plinth's engine for the model, streamed or whole.

A local model's requests take turns in the fair queue; a remote model's go straight to its provider engine.
The first chunk is awaited before the response starts, so a request the engine refuses (text too long, a
schema it cannot enforce) gets its HTTP error status rather than a 200 with an error inside; after that,
each chunk is sent as one server-sent event the moment the engine yields it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.types import Receive, Scope, Send

from app.core.cancel import CancelToken
from app.core.engines.base import Chunk, Engine, Stats
from app.core.server.app import RequestRecord, ServerState, authenticate, check_model, read_json
from app.core.server.run import ClientGone, EngineRun, Outcome
from app.core.server.tokens import ClientToken
from app.core.server.wire import (
    DONE,
    ApiError,
    ChatCall,
    bad_request,
    chat_call,
    chunk,
    completion,
    completion_id,
    event,
    finish_reason,
    now,
)


async def chat_completions(request: Request, state: ServerState) -> Response:
    deps = state.deps
    token = authenticate(request, deps)
    call = chat_call(await read_json(request, deps.limits.max_body_bytes))
    remote = await asyncio.to_thread(check_model, deps, call.model, token)
    queued = not remote
    if queued:
        await state.queue.acquire(call.model)
    try:
        engine = await asyncio.to_thread(deps.engines.get, call.model)
        _check_capabilities(engine, call)
        run = _start(state, call, engine, token, queued)
    except BaseException:
        if queued:
            state.queue.release(call.model)
        raise
    try:
        first = await run.next(request)
    except ClientGone:
        return Response(status_code=204)
    if not call.stream:
        return await _whole(request, run, call, first)
    return _EventStream(_events(request, run, call, first), run)


def _check_capabilities(engine: Engine, call: ChatCall) -> None:
    if call.request.json_schema is not None and not engine.capabilities.json_schema:
        raise bad_request(
            f"'response_format' asks for JSON, but {call.model} cannot be held to a schema.", "response_format"
        )


def _start(state: ServerState, call: ChatCall, engine: Engine, token: ClientToken, queued: bool) -> EngineRun:
    loop = asyncio.get_running_loop()
    deps = state.deps

    def produce(cancel: CancelToken) -> Iterator[Chunk]:
        return engine.stream(call.request, cancel)

    def done(outcome: Outcome) -> None:
        if queued:
            try:
                loop.call_soon_threadsafe(state.queue.release, call.model)
            except RuntimeError:
                pass  # the loop is closed: the server stopped
        if deps.record is not None:
            stats = outcome.stats or Stats()
            deps.record(
                RequestRecord(
                    token=token.name,
                    model=call.model,
                    endpoint="/v1/chat/completions",
                    status=outcome.status,
                    tokens_in=stats.tokens_in,
                    tokens_out=stats.tokens_out,
                    # A model on this computer costs nothing; a provider's without a known price stays unknown.
                    cost_usd=0.0 if stats.cost_usd is None and engine.destination is None else stats.cost_usd,
                    wall_s=outcome.wall_s,
                    messages=call.request.messages,
                    answer=outcome.text,
                    save_history=token.save_history,
                )
            )

    run = EngineRun(produce, done, name=f"plinth-server {call.model}")
    run.start()
    return run


async def _whole(request: Request, run: EngineRun, call: ChatCall, first: Chunk | None) -> Response:
    parts: list[str] = []
    stats = Stats()
    item = first
    try:
        while item is not None:
            parts.append(item.text)
            stats = item.stats or stats
            item = await run.next(request)
    except ClientGone:
        return Response(status_code=204)
    except asyncio.CancelledError:
        run.client_gone()
        raise
    body = completion(completion_id(), now(), call.model, "".join(parts), stats)
    return JSONResponse(body)


async def _events(request: Request, run: EngineRun, call: ChatCall, first: Chunk | None) -> AsyncIterator[bytes]:
    cid, created = completion_id(), now()
    stats = Stats()
    ended = False
    try:
        yield event(chunk(cid, created, call.model, {"role": "assistant", "content": ""}))
        item = first
        while item is not None:
            if item.text:
                yield event(chunk(cid, created, call.model, {"content": item.text}))
            stats = item.stats or stats
            item = await run.next(request)
        ended = True
        yield event(chunk(cid, created, call.model, {}, finish_reason(stats)))
        if call.include_usage:
            yield event(chunk(cid, created, call.model, {}, usage_of=stats))
        yield DONE
    except ApiError as exc:
        ended = True
        yield event(exc.body())  # the stream had started: OpenAI sends the error as an event and ends
    except ClientGone:
        return
    finally:
        if not ended:  # the client left (the generator was closed or cancelled): the engine must stop
            run.client_gone()


class _EventStream(StreamingResponse):
    """Server-sent events whose engine stops however the response ends, even one never started."""

    def __init__(self, content: AsyncIterator[bytes], run: EngineRun) -> None:
        super().__init__(content, media_type="text/event-stream", headers={"Cache-Control": "no-cache"})
        self._run = run
        self._finished = False

    async def stream_response(self, send: Send) -> None:
        await super().stream_response(send)
        self._finished = True

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            if not self._finished:
                self._run.client_gone()
