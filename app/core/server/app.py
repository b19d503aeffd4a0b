"""The local API as a Starlette app: ``GET /v1/models``, ``POST /v1/chat/completions``, ``POST /v1/embeddings``.

Every route needs ``Authorization: Bearer <token>`` with a token made in Plinth (``tokens.py``); the
provider keys stay in the keychain and are used only by the engines. What the app needs comes in one
``ServerDeps``, built by the composition root, so the window and ``plinth serve`` share the engines (no
second copy of a model in memory) and tests can hand in their own.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from app.core.engines.base import Message
from app.core.engines.embedding import EmbeddingEngine
from app.core.engines.registry import EngineRegistry
from app.core.errors import UserFacingError
from app.core.model_id import ModelId
from app.core.models.directory import ModelDirectory
from app.core.offline import OfflineMode
from app.core.server.queue import FairQueue
from app.core.server.tokens import ClientToken, TokenStore
from app.core.server.wire import ApiError, from_user_facing

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServerLimits:
    #: The largest request body taken; a bigger one gets 413.
    max_body_bytes: int = 4_000_000
    #: Requests that may wait for one local model behind the one it answers; more get 429.
    queue_per_model: int = 16


@dataclass(frozen=True)
class RequestRecord:
    """One finished request, for the history (``record``): never a secret, only the token's name."""

    token: str
    model: str
    endpoint: str
    status: int
    tokens_in: int
    tokens_out: int
    cost_usd: float | None
    wall_s: float
    messages: tuple[Message, ...] = ()
    answer: str = ""
    #: The token asks for its requests to be saved in the history.
    save_history: bool = False


@dataclass
class ServerDeps:
    engines: EngineRegistry
    models: ModelDirectory
    #: The embedding engine for a model id, shared with the window and kept open by whoever gives it.
    open_embedding: Callable[[str], EmbeddingEngine]
    tokens: TokenStore
    offline: OfflineMode
    #: Called (on a worker thread) with each finished request.
    record: Callable[[RequestRecord], None] | None = None
    limits: ServerLimits = field(default_factory=ServerLimits)


@dataclass
class ServerState:
    """What the routes share: the deps and the per-model queue."""

    deps: ServerDeps
    queue: FairQueue


# -- what every route does first ----------------------------------------------------------


def authenticate(request: Request, deps: ServerDeps) -> ClientToken:
    header = request.headers.get("authorization", "")
    scheme, _, secret = header.partition(" ")
    if scheme.lower() != "bearer" or not secret.strip():
        raise ApiError(
            401,
            "You didn't provide an API key. Send 'Authorization: Bearer <token>' with a token made in Plinth "
            "(Server tokens…, or `plinth serve tokens create NAME`).",
            code="invalid_api_key",
        )
    try:
        token = deps.tokens.verify(secret.strip())
    except UserFacingError as exc:
        raise ApiError(500, str(exc), type="server_error") from exc
    if token is None:
        raise ApiError(
            401,
            "Incorrect API key provided. Make a token in Plinth (Server tokens…, or `plinth serve tokens "
            "create NAME`); a revoked token no longer works.",
            code="invalid_api_key",
        )
    return token


async def read_json(request: Request, limit: int) -> Any:
    """The body as JSON; 413 past ``limit`` bytes (before reading it, when Content-Length says so), 400 when
    it is no JSON."""
    too_big = ApiError(
        413,
        f"The request body is larger than the server takes ({limit:,} bytes). Send less text per request.",
        code="request_too_large",
    )
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise too_big
    parts: list[bytes] = []
    size = 0
    async for part in request.stream():
        size += len(part)
        if size > limit:
            raise too_big
        parts.append(part)
    try:
        return json.loads(b"".join(parts))
    except (ValueError, UnicodeDecodeError):
        raise ApiError(
            400,
            "We could not parse the JSON body of your request. Send a JSON object (Content-Type: application/json).",
        ) from None


def check_model(deps: ServerDeps, model: str, token: ClientToken, *, embedding: bool = False) -> bool:
    """Whether ``model`` is remote, after refusing what ``token`` may not use: 404 for a model Plinth does
    not list (a local file by path included), 403 for a remote one with a local-only token or offline."""
    try:
        remote = not ModelId.parse(model).is_local
    except UserFacingError:
        remote = False
    if remote:
        provider = ModelId.parse(model).prefix
        if provider not in {p.name for p in _providers(deps)}:
            raise _unknown_model(model)
        if not token.allow_remote:
            raise ApiError(
                403,
                f"The token '{token.name}' may use models on this computer only, not {model}. Allow models "
                "behind an API for it in Plinth's Server tokens… window.",
                type="permission_error",
                code="model_not_allowed",
            )
        try:
            deps.offline.check(f"models behind an API, such as {model}, are off.")
        except UserFacingError as exc:
            raise from_user_facing(exc) from exc
        return True
    if model not in local_ids(deps, embedding=embedding):
        raise _unknown_model(model)
    return False


def local_ids(deps: ServerDeps, *, embedding: bool) -> list[str]:
    """The local models a client may ask for: chat models, and for embeddings the embedding models too (any
    local model can embed)."""
    ids = [c.model_id for c in deps.models.choices() if c.destination is None]
    if embedding:
        ids += [c.model_id for c in deps.models.embedding_choices() if c.destination is None]
    return ids


def _providers(deps: ServerDeps) -> list[Any]:
    try:
        return list(deps.models.providers.load())
    except UserFacingError:
        return []


def _unknown_model(model: str) -> ApiError:
    return ApiError(
        404,
        f"The model '{model}' does not exist or you do not have access to it. GET /v1/models lists the ids.",
        code="model_not_found",
        param="model",
    )


# -- the app ----------------------------------------------------------------------------


def error_response(error: ApiError) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if error.status == 401 else None
    return JSONResponse(error.body(), status_code=error.status, headers=headers)


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(exc)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = f"{request.method} {request.url.path}: {exc.detail}. The API has GET /v1/models, POST "
    message += "/v1/chat/completions and POST /v1/embeddings."
    return error_response(ApiError(exc.status_code, message, code="not_found" if exc.status_code == 404 else None))


async def _server_error(request: Request, exc: Exception) -> Response:
    if isinstance(exc, UserFacingError):
        return error_response(from_user_facing(exc))
    log.error("The server failed on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(ApiError(500, "The server failed unexpectedly; see Plinth's log.", type="server_error"))


def create_app(deps: ServerDeps) -> Starlette:
    """The ASGI app over ``deps``; run it with ``ServerRunner`` (or any ASGI server)."""
    from app.core.server.chat import chat_completions
    from app.core.server.listing import embeddings, list_models

    state = ServerState(deps, FairQueue(deps.limits.queue_per_model))

    def bind(handler: Callable[[Request, ServerState], Any]) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            try:
                response: Response = await handler(request, state)
                return response
            except ApiError as exc:
                return error_response(exc)
            except UserFacingError as exc:
                return error_response(from_user_facing(exc))

        return endpoint

    routes = [
        Route("/v1/models", bind(list_models), methods=["GET"]),
        Route("/v1/chat/completions", bind(chat_completions), methods=["POST"]),
        Route("/v1/embeddings", bind(embeddings), methods=["POST"]),
    ]
    return Starlette(
        routes=routes,
        exception_handlers={ApiError: _api_error, HTTPException: _http_error, Exception: _server_error},
    )
