"""The retrieval check: recall@k and MRR per search mode, from questions with the file (and page) that answers each.

Scores are document-level: the hits are read as a list of distinct documents (a file, or a file and
page when the question names a page), and a question's rank is the place of its expected document
in that list. Recall@k is the share of questions whose document is among the first k hits; MRR is the
mean of 1 / rank (0 when it is not found).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

from app.core.documents.records import Hit
from app.core.documents.retrieval import MODES, Mode, NoVectorsError, Retriever
from app.core.engines.embedding import EmbeddingEngine
from app.core.errors import UserFacingError
from app.core.ui_text import ui_text

REQUIRED_COLUMNS = ("question", "file")


class QuestionsFileError(UserFacingError):
    title = "The questions file cannot be used"


@dataclass(frozen=True)
class EvalQuestion:
    question: str
    #: The file that answers it: an absolute path, or a path relative to the collection's folders, or a file name.
    file: str
    page: int | None = None


@dataclass(frozen=True)
class QuestionResult:
    question: EvalQuestion
    #: 1-based place of the expected document among the distinct documents hit; None when not found in k.
    rank: int | None


@dataclass(frozen=True)
class ModeScore:
    mode: Mode
    recall: float
    mrr: float
    results: tuple[QuestionResult, ...]


@dataclass(frozen=True)
class EvalReport:
    k: int
    #: One score per mode that could run: keyword always; semantic and hybrid when the collection has vectors.
    scores: tuple[ModeScore, ...]

    def score(self, mode: Mode) -> ModeScore | None:
        return next((score for score in self.scores if score.mode == mode), None)


def evaluate(
    retriever: Retriever,
    collection: str,
    questions: Sequence[EvalQuestion],
    k: int = 8,
    embedder: EmbeddingEngine | None = None,
) -> EvalReport:
    """Search every question in each mode; semantic and hybrid run when the collection has vectors from ``embedder``."""
    if not questions:
        raise QuestionsFileError(
            ui_text("There are no questions to check retrieval with."),
            ui_text("Add rows with a question and the file that answers it."),
        )
    scores = []
    for mode in MODES if embedder is not None else ("keyword",):
        results = []
        for question in questions:
            try:
                hits = retriever.search(collection, question.question, k=k, mode=mode, embedder=embedder)
            except NoVectorsError:
                break
            results.append(QuestionResult(question, document_rank(hits, question)))
        if not results:
            continue
        found = [r.rank for r in results if r.rank is not None]
        scores.append(ModeScore(mode, len(found) / len(results), sum(1 / rank for rank in found) / len(results),
                                tuple(results)))  # fmt: skip
    return EvalReport(k, tuple(scores))


def document_rank(hits: Sequence[Hit], question: EvalQuestion) -> int | None:
    """The 1-based place of the question's document among the distinct documents in ``hits``."""
    seen: list[tuple[str, int | None]] = []
    for hit in hits:
        key = (hit.file, hit.passage.location.page if question.page is not None else None)
        if key in seen:
            continue
        seen.append(key)
        if _same_file(hit.file, question.file) and (question.page is None or key[1] == question.page):
            return len(seen)
    return None


def _same_file(hit_path: str, expected: str) -> bool:
    """``expected`` names ``hit_path`` when it is the same absolute path or its trailing part."""
    wanted = PurePath(expected).parts
    return PurePath(hit_path).parts[-len(wanted) :] == wanted if wanted else False


def read_questions(path: Path) -> list[EvalQuestion]:
    """Rows of a CSV with the columns ``question``, ``file`` and, optionally, ``page`` (1-based)."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            columns = [name.strip().lower() for name in reader.fieldnames or []]
            for name in REQUIRED_COLUMNS:
                if name not in columns:
                    raise QuestionsFileError(
                        ui_text(
                            "{file} has no “{column}” column (its columns: {columns}).",
                            file=path.name,
                            column=name,
                            columns=", ".join(columns),
                        )
                        if columns
                        else ui_text(
                            "{file} has no “{column}” column (its columns: none).", file=path.name, column=name
                        ),
                        ui_text("The first row must name the columns: question, file and, optionally, page."),
                    )
            reader.fieldnames = columns
            questions = [_question(row, reader.line_num, path) for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise QuestionsFileError(
            ui_text("{path} cannot be read ({reason}).", path=str(path), reason=str(exc)),
            ui_text("Save it as a UTF-8 CSV file and try again."),
        ) from None
    if not questions:
        raise QuestionsFileError(
            ui_text("{file} has no questions.", file=path.name),
            ui_text("Add rows with a question and the file that answers it."),
        )
    return questions


def _question(row: dict[str, str | None], line: int, path: Path) -> EvalQuestion:
    question, file = ((row.get(name) or "").strip() for name in REQUIRED_COLUMNS)
    if not question or not file:
        raise QuestionsFileError(
            ui_text("Line {line} of {file} has no question.", line=line, file=path.name)
            if not question
            else ui_text("Line {line} of {file} has no file.", line=line, file=path.name),
            ui_text("Every row needs a question and the file that answers it."),
        )
    page_text = (row.get("page") or "").strip()
    if not page_text:
        return EvalQuestion(question, file)
    if not page_text.isdigit() or int(page_text) < 1:
        raise QuestionsFileError(
            ui_text(
                "Line {line} of {file} has the page “{page}”, which is not a page number.",
                line=line,
                file=path.name,
                page=page_text,
            ),
            ui_text("Write pages as whole numbers from 1, or leave the page empty."),
        )
    return EvalQuestion(question, file, int(page_text))
