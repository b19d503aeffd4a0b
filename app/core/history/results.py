"""Task results in the history: translations, classifications and batch runs, with the batch runs' ids."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.core.history.db import Database, clean_optional, clean_text, dump_json, load_json, now_iso


class ResultStore(Database):
    """Results of the translation, classification and batch tasks."""

    def save_translation(
        self,
        *,
        model_id: str,
        source_language: str | None,
        target_language: str,
        source_text: str,
        text: str,
        settings: Mapping[str, object] | None = None,
        stats: Mapping[str, object] | None = None,
    ) -> int:
        with self.writing() as conn:
            cursor = conn.execute(
                "INSERT INTO translations (created, model_id, source_language, target_language, source_text, text, "
                "settings, stats) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (now_iso(), clean_text(model_id), clean_optional(source_language), clean_text(target_language),
                 clean_text(source_text), clean_text(text), dump_json(dict(settings or {})),
                 None if stats is None else dump_json(dict(stats))),
            )  # fmt: skip
            return int(cursor.lastrowid or 0)

    def save_classification(
        self,
        *,
        model_id: str,
        text: str,
        labels: list[str],
        result: Mapping[str, object],
        stats: Mapping[str, object] | None = None,
    ) -> int:
        with self.writing() as conn:
            cursor = conn.execute(
                "INSERT INTO classifications (created, model_id, text, labels, result, stats) VALUES (?, ?, ?, ?, ?, ?)",
                (now_iso(), clean_text(model_id), clean_text(text), dump_json(list(labels)), dump_json(dict(result)),
                 None if stats is None else dump_json(dict(stats))),
            )  # fmt: skip
            return int(cursor.lastrowid or 0)

    def save_batch_run(
        self, *, run_id: str, task: str, model_id: str, input_path: str, output_path: str, summary: Mapping[str, object]
    ) -> None:
        """Record a batch run; saving the same ``run_id`` again (a resumed run) updates it."""
        now = now_iso()
        with self.writing() as conn:
            conn.execute(
                "INSERT INTO batch_runs (run_id, created, updated, task, model_id, input_path, output_path, summary) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id) DO UPDATE SET updated = excluded.updated, "
                "task = excluded.task, model_id = excluded.model_id, input_path = excluded.input_path, "
                "output_path = excluded.output_path, summary = excluded.summary",
                (clean_text(run_id), now, now, clean_text(task), clean_text(model_id), clean_text(str(input_path)),
                 clean_text(str(output_path)), dump_json(dict(summary))),
            )  # fmt: skip

    def recent_translations(self, limit: int = 50) -> list[dict[str, Any]]:
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT id, created, model_id, source_language, target_language, source_text, text, settings, stats "
                "FROM translations ORDER BY id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        keys = ("id", "created", "model_id", "source_language", "target_language", "source_text", "text")
        return [{**dict(zip(keys, r[:7])), "settings": load_json(r[7]), "stats": load_json(r[8])} for r in rows]

    def recent_classifications(self, limit: int = 50) -> list[dict[str, Any]]:
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT id, created, model_id, text, labels, result, stats FROM classifications ORDER BY id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [{"id": r[0], "created": r[1], "model_id": r[2], "text": r[3], "labels": load_json(r[4]),
                 "result": load_json(r[5]), "stats": load_json(r[6])} for r in rows]  # fmt: skip

    def batch_runs(self) -> list[dict[str, Any]]:
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT run_id, created, updated, task, model_id, input_path, output_path, summary "
                "FROM batch_runs ORDER BY updated DESC"
            ).fetchall()
        keys = ("run_id", "created", "updated", "task", "model_id", "input_path", "output_path")
        return [{**dict(zip(keys, r[:7])), "summary": load_json(r[7])} for r in rows]


def file_translation_run_id(output_path: Path) -> str:
    """A translated file's batch-run id: translating into the same file again updates its row."""
    return f"translate-file:{Path(output_path).resolve()}"


def batch_run_id(task: str, journal: Path) -> str:
    """A batch run's id, by its journal: a resumed run updates its row."""
    return f"{task}:{Path(journal).resolve()}"
