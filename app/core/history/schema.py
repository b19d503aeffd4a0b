"""The history's schema: the append-only migration steps (``app.core.sqlite`` applies them)."""

from __future__ import annotations

# Word characters for the search index: letters, numbers, private use, and
# combining marks, so Devanagari or Thai vowel signs do not split a word.
TOKENIZER = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"

#: Append-only: ``PRAGMA user_version`` is the number of steps applied, each in its own
#: transaction. Step 1 is the first schema and stays as it is, so tests can build a
#: version-1 file and migrate it.
# fmt: off
MIGRATIONS: tuple[str, ...] = (
    # 1: conversations and messages.
    """
    CREATE TABLE conversations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: undo puts a deleted one back under its id
        uid TEXT NOT NULL UNIQUE,              -- stable across export/import
        title TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        pinned INTEGER NOT NULL DEFAULT 0,
        model_id TEXT,
        system_prompt TEXT NOT NULL DEFAULT '',
        settings TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX conversations_order ON conversations (pinned DESC, updated DESC);
    CREATE TABLE messages (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        content TEXT NOT NULL DEFAULT '',
        model_id TEXT,
        created TEXT NOT NULL,
        settings TEXT NOT NULL DEFAULT '{}',
        stats TEXT,
        error TEXT,
        state TEXT NOT NULL DEFAULT 'done'
    );
    CREATE INDEX messages_conversation ON messages (conversation_id, id);
    """,
    # 2: full-text search over message texts and conversation titles. An answer
    # is indexed once it stops streaming, so the many saves of a streaming answer
    # do not rewrite the index each time; the views are what the index holds.
    f"""
    CREATE VIEW messages_searchable AS
        SELECT id, content FROM messages WHERE state != 'streaming';
    CREATE VIRTUAL TABLE messages_fts USING fts5(
        content, content='messages_searchable', content_rowid='id', tokenize="{TOKENIZER}");
    CREATE VIRTUAL TABLE titles_fts USING fts5(
        title, content='conversations', content_rowid='id', tokenize="{TOKENIZER}");
    CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages WHEN new.state != 'streaming' BEGIN
        INSERT INTO messages_fts (rowid, content) VALUES (new.id, new.content);
    END;
    CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages WHEN old.state != 'streaming' BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
    END;
    CREATE TRIGGER messages_fts_update_old AFTER UPDATE OF content, state ON messages
    WHEN old.state != 'streaming' BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
    END;
    CREATE TRIGGER messages_fts_update_new AFTER UPDATE OF content, state ON messages
    WHEN new.state != 'streaming' BEGIN
        INSERT INTO messages_fts (rowid, content) VALUES (new.id, new.content);
    END;
    CREATE TRIGGER titles_fts_insert AFTER INSERT ON conversations BEGIN
        INSERT INTO titles_fts (rowid, title) VALUES (new.id, new.title);
    END;
    CREATE TRIGGER titles_fts_delete AFTER DELETE ON conversations BEGIN
        INSERT INTO titles_fts (titles_fts, rowid, title) VALUES ('delete', old.id, old.title);
    END;
    CREATE TRIGGER titles_fts_update AFTER UPDATE OF title ON conversations BEGIN
        INSERT INTO titles_fts (titles_fts, rowid, title) VALUES ('delete', old.id, old.title);
        INSERT INTO titles_fts (rowid, title) VALUES (new.id, new.title);
    END;
    INSERT INTO messages_fts (messages_fts) VALUES ('rebuild');
    INSERT INTO titles_fts (titles_fts) VALUES ('rebuild');
    """,
    # 3: task results, batch runs and comparisons.
    """
    CREATE TABLE translations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        created TEXT NOT NULL,
        model_id TEXT NOT NULL,
        source_language TEXT,                -- NULL: detected by the model
        target_language TEXT NOT NULL,
        source_text TEXT NOT NULL,
        text TEXT NOT NULL,
        settings TEXT NOT NULL DEFAULT '{}',
        stats TEXT
    );
    CREATE INDEX translations_created ON translations (created);
    CREATE TABLE classifications (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        created TEXT NOT NULL,
        model_id TEXT NOT NULL,
        text TEXT NOT NULL,
        labels TEXT NOT NULL,                -- JSON list
        result TEXT NOT NULL,                -- JSON object
        stats TEXT
    );
    CREATE INDEX classifications_created ON classifications (created);
    CREATE TABLE batch_runs (
        run_id TEXT PRIMARY KEY,             -- a resumed run updates its row
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        task TEXT NOT NULL,
        model_id TEXT NOT NULL,
        input_path TEXT NOT NULL,
        output_path TEXT NOT NULL,
        summary TEXT NOT NULL                -- JSON object
    );
    CREATE TABLE comparisons (
        id TEXT PRIMARY KEY,
        created TEXT NOT NULL,
        title TEXT NOT NULL,
        task TEXT NOT NULL,
        models TEXT NOT NULL,                -- JSON list of model ids, in column order
        spec TEXT NOT NULL,                  -- JSON: Comparison.to_dict()
        runs TEXT NOT NULL,                  -- JSON list: ModelRun.to_dict() per model
        stopped INTEGER NOT NULL
    );
    CREATE INDEX comparisons_created ON comparisons (created);
    """,
    # 4: what an answer was grounded on (the passages sent with its question), as JSON the
    # history keeps and exports without reading it.
    """
    ALTER TABLE messages ADD COLUMN sources TEXT;
    """,
)
# fmt: on
SCHEMA_VERSION = len(MIGRATIONS)
