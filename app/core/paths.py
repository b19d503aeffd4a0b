"""Where Plinth keeps things. This module is the only one that knows.

``PLINTH_HOME=DIR`` puts every directory under DIR (tests and portable
installs use it); otherwise the platform's conventional places are used.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "Plinth"


@dataclass(frozen=True)
class Paths:
    config_dir: Path
    data_dir: Path
    models_dir: Path
    cache_dir: Path
    log_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def label_methods_file(self) -> Path:
        """Which ways of asking for a label each provider's model takes (``engines.label_methods``)."""
        return self.config_dir / "label-methods.json"

    @property
    def tasks_dir(self) -> Path:
        """The person's own tasks, one YAML file each (``core.tasks.custom.library``)."""
        return self.data_dir / "tasks"

    @property
    def documents_db(self) -> Path:
        """Every document collection, its index and vectors: one SQLite file, apart from the history's."""
        return self.data_dir / "documents.sqlite3"

    @property
    def classifiers_dir(self) -> Path:
        """Saved classifiers trained on embeddings, a folder per name (``core.adaptation.library``)."""
        return self.data_dir / "classifiers"

    @property
    def embedding_cache_file(self) -> Path:
        """Embeddings per (model, text), kept for adaptation runs and classifiers (``core.adaptation.embedding_cache``)."""
        return self.cache_dir / "embeddings.sqlite3"

    @property
    def server_tokens_file(self) -> Path:
        """The local API's client tokens, salted hashes only (``core.server.tokens``)."""
        return self.config_dir / "server-tokens.json"

    @classmethod
    def from_environment(cls, environ: dict[str, str] | None = None) -> Paths:
        env = os.environ if environ is None else environ
        home = env.get("PLINTH_HOME")
        if home:
            root = Path(home).expanduser().resolve()
            return cls(
                config_dir=root / "config",
                data_dir=root / "data",
                models_dir=root / "models",
                cache_dir=root / "cache",
                log_dir=root / "logs",
            )
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        data = Path(dirs.user_data_dir)
        return cls(
            config_dir=Path(dirs.user_config_dir),
            data_dir=data,
            models_dir=data / "models",
            cache_dir=Path(dirs.user_cache_dir),
            log_dir=Path(dirs.user_log_dir),
        )

    def ensure(self) -> Paths:
        for d in (self.config_dir, self.data_dir, self.models_dir, self.cache_dir, self.log_dir):
            d.mkdir(parents=True, exist_ok=True)
        return self
