"""The history: one SQLite file of conversations, messages, search, archives and task results."""
