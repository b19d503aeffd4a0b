"""The remote engine for a provider: the one module that finds each kind's engine classes, through ``KINDS``."""

from __future__ import annotations

import importlib
from typing import Any

from app.core.engines.remote.base import RemoteEngine, RemoteOptions
from app.core.engines.remote.embeddings import RemoteEmbeddingEngine
from app.core.engines.remote.label_methods import LabelMethods
from app.core.errors import ModelNotFoundError, UserFacingError
from app.core.pricing import PriceTable
from app.core.providers import KINDS, ProviderConfig, ProviderKind
from app.core.ui_text import ui_text


def create_remote_engine(
    config: ProviderConfig,
    model: str,
    *,
    api_key: str | None,
    prices: PriceTable,
    options: RemoteOptions | None = None,
    label_methods: LabelMethods | None = None,
) -> RemoteEngine:
    """The engine for ``config``'s kind; ``label_methods`` is shared by every engine, to remember across them."""
    return _engine_class(config)(
        config, model, api_key=api_key, prices=prices, options=options, label_methods=label_methods
    )


def list_models(config: ProviderConfig, api_key: str | None, *, options: RemoteOptions | None = None) -> list[str]:
    """The models ``config``'s provider offers this key ("Test connection"); raises UserFacingErrors."""
    engine = create_remote_engine(config, "", api_key=api_key, prices=PriceTable(), options=options)
    try:
        return engine.list_models()
    finally:
        engine.close()


def create_remote_embedding_engine(
    config: ProviderConfig, model: str, *, api_key: str | None, options: RemoteOptions | None = None
) -> RemoteEmbeddingEngine:
    """The embedding engine for ``config``'s kind; raises ``ModelNotFoundError`` for a kind that has none."""
    kind = _kind(config)
    if not kind.embedding_engine:
        raise ModelNotFoundError(
            ui_text(
                "{kind} offers no embeddings endpoint, so {model} cannot embed passages.",
                kind=kind.label,
                model=f"{config.name}:{model}",
            ),
            ui_text("Pick a local embedding model, or a provider of kind openai, openai-compatible or gemini."),
        )
    engine_class: type[RemoteEmbeddingEngine] = _imported(kind.embedding_engine)
    return engine_class(config, model, api_key=api_key, prices=PriceTable(), options=options)


def _kind(config: ProviderConfig) -> ProviderKind:
    kind = KINDS.get(config.kind)
    if kind is None:
        raise UserFacingError(
            ui_text("Unknown provider kind {kind}.", kind=repr(config.kind)), ui_text("Edit the provider in Providers.")
        )
    return kind


def _engine_class(config: ProviderConfig) -> type[RemoteEngine]:
    engine_class: type[RemoteEngine] = _imported(_kind(config).engine)
    return engine_class


def _imported(path: str) -> Any:
    """The class ``module:Class`` names, its module (and SDK) imported now."""
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)
