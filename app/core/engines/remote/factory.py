"""The remote engine for a provider: the one module that finds each kind's engine class, through ``KINDS``."""

from __future__ import annotations

import importlib

from app.core.engines.remote.base import RemoteEngine, RemoteOptions
from app.core.engines.remote.label_methods import LabelMethods
from app.core.errors import UserFacingError
from app.core.pricing import PriceTable
from app.core.providers import KINDS, ProviderConfig


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


def _engine_class(config: ProviderConfig) -> type[RemoteEngine]:
    kind = KINDS.get(config.kind)
    if kind is None:
        raise UserFacingError(f"Unknown provider kind {config.kind!r}.", "Edit the provider in Providers.")
    module, _, name = kind.engine.partition(":")
    engine_class: type[RemoteEngine] = getattr(importlib.import_module(module), name)
    return engine_class
