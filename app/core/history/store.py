"""The history store: one object over the history file that does each of its parts' jobs."""

from __future__ import annotations

from app.core.history.archive import ArchiveStore
from app.core.history.conversations import ConversationStore
from app.core.history.results import ResultStore
from app.core.history.search import SearchStore


class Store(ConversationStore, SearchStore, ArchiveStore, ResultStore):
    """The history database. Open with ``Store.open(data_dir)``; ``close()`` when done.

    It keeps conversations and their messages (with the model, settings and stats of each
    answer), translation and classification results, batch runs and comparisons (their table is
    read and written by app/core/compare/saved.py, which the composition root opens over this
    store: the history imports no other domain). Each part builds on ``Database``, the file and
    its connection pool.
    """
