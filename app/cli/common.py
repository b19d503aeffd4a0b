"""What every command module shares: the streams, the exit codes, reading TEXT or ``-``."""

from __future__ import annotations

import argparse
import json
import signal
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TextIO

if TYPE_CHECKING:
    from app.core.adaptation.embedding_cache import EmbeddingCache
    from app.core.adaptation.library import ClassifierLibrary
    from app.core.documents.store import DocumentStore
    from app.core.engines.embedding import EmbeddingEngine
    from app.core.engines.registry import EngineRegistry
    from app.core.history.store import Store
    from app.core.models.library import ModelLibrary
    from app.core.offline import OfflineMode
    from app.core.paths import Paths
    from app.core.providers import ProviderStore
    from app.core.secrets import SecretStore
    from app.core.server.app import ServerDeps
    from app.core.settings import Settings

from app.core.cancel import CancelToken

EXIT_USER_ERROR = 1
EXIT_CANCELLED = 130


class Services(Protocol):
    """What the commands use of the services: ``app.bootstrap.Services``, built above this package
    and handed to ``run_cli``, or a test's stand-in."""

    @property
    def paths(self) -> Paths: ...
    @property
    def library(self) -> ModelLibrary: ...
    @property
    def engines(self) -> EngineRegistry: ...
    @property
    def providers(self) -> ProviderStore: ...
    @property
    def secrets(self) -> SecretStore: ...
    @property
    def offline(self) -> OfflineMode: ...
    @property
    def store(self) -> Store: ...
    @property
    def documents(self) -> DocumentStore: ...
    def open_embedding(self, model_id: str) -> EmbeddingEngine: ...
    def shared_embedding(self, model_id: str) -> EmbeddingEngine: ...
    @property
    def classifiers(self) -> ClassifierLibrary: ...
    def embedding_cache(self) -> EmbeddingCache: ...
    @property
    def settings(self) -> Settings: ...
    def server_deps(self) -> ServerDeps: ...
    def close(self) -> None: ...


@dataclass
class Io:
    stdin: TextIO
    stdout: TextIO
    stderr: TextIO

    def fail(self, message: str) -> int:
        print(f"plinth: {message}", file=self.stderr)
        return EXIT_USER_ERROR

    def print_json(self, payload: Any) -> None:
        json.dump(payload, self.stdout, ensure_ascii=False, indent=None)
        self.stdout.write("\n")

    def read_text(self, value: str) -> str:
        """TEXT arguments: ``-`` reads standard input."""
        return self.stdin.read() if value == "-" else value


#: What a command's ``register`` sets as the ``handler`` default: (services, args, io) -> exit code.
Handler = Callable[[Services, argparse.Namespace, Io], int]


def add_json_flag(parser: argparse.ArgumentParser, help: str = "print JSON") -> None:
    parser.add_argument("--json", action="store_true", help=help)


class interrupt_cancels:
    """Ctrl+C during long work (a batch, indexing) sets ``cancel`` so it stops cleanly; a second one aborts."""

    def __init__(self, cancel: CancelToken) -> None:
        self.cancel = cancel
        self.previous: Any = None

    def __enter__(self) -> None:
        try:
            self.previous = signal.signal(signal.SIGINT, self._on_interrupt)
        except ValueError:  # not the main thread (tests driving run_cli from a thread)
            self.previous = None

    def _on_interrupt(self, signum: int, frame: Any) -> None:
        if self.cancel.cancelled:
            raise KeyboardInterrupt
        self.cancel.cancel()

    def __exit__(self, *exc: object) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)
