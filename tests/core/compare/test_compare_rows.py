"""A batch comparison's rows, numbered as everywhere else (the data row, from 1), in reports and the CLI's JSON."""

from __future__ import annotations

from html.parser import HTMLParser

from app.cli.compare import _event_line, result_json
from app.core.compare.report import to_html, to_markdown
from app.core.compare.results import ComparisonResult, ModelRun, display_answer
from app.core.compare.run import CompareEvent
from app.core.compare.spec import Comparison

EMPTY = "row 2: the 'text' cell is empty"


def batch() -> ComparisonResult:
    spec = Comparison("batch-classify", ("starter", "oa:gpt-test"), labels=("positive", "negative"),
                      input_path="/data/reviews.csv", text_column="text")  # fmt: skip
    local = ModelRun("starter", None, status="finished", rows_done=2, rows_total=2, rows=[
        {"index": 0, "label": "positive", "labels": ["positive"], "probabilities": None, "error": ""},
        {"index": 1, "label": None, "labels": [], "probabilities": None, "error": EMPTY},
    ])  # fmt: skip
    remote = ModelRun("oa:gpt-test", "OpenAI", status="finished", rows_done=2, rows_total=2, rows=[
        {"index": 0, "label": "negative", "labels": ["negative"], "probabilities": None, "error": ""},
        {"index": 1, "label": "positive", "labels": ["positive", "negative"], "probabilities": None, "error": ""},
    ])  # fmt: skip
    return ComparisonResult("b1", "2026-03-01T10:00:00+00:00", spec, [local, remote])


class Cells(HTMLParser):
    """The text of every table row of a page, cell by cell."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []

    def handle_starttag(self, tag: str, _attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th") and self.rows:
            self.rows[-1].append("")

    def handle_data(self, data: str) -> None:
        if self.rows and self.rows[-1]:
            self.rows[-1][-1] += data.strip()


def test_reports_list_each_row_numbered_from_one() -> None:
    markdown = to_markdown(batch())
    assert "| Row | starter | oa:gpt-test |" in markdown
    assert "| 1 | positive | negative |" in markdown
    assert f"| 2 | {EMPTY} | positive, negative |" in markdown
    page = Cells()
    page.feed(to_html(batch()))
    assert ["Row", "starter", "oa:gpt-test"] in page.rows
    assert ["1", "positive", "negative"] in page.rows and ["2", EMPTY, "positive, negative"] in page.rows


def test_cli_json_rows_carry_their_number() -> None:
    models = result_json(batch())["models"]
    assert [row["row"] for row in models[0]["result"]["rows"]] == [1, 2]  # type: ignore[index]


def test_counts_agree_with_their_nouns() -> None:
    result = batch()
    result.runs = result.runs[:1]
    result.runs[0].rows_done = result.runs[0].rows_total = 1
    assert display_answer(result.runs[0]) == "1 of 1 row done"
    assert " · 1 model" in to_markdown(result) and "1 models" not in to_markdown(result)
    assert " · 1 model" in to_html(result) and "1 models" not in to_html(result)
    assert _event_line(CompareEvent("starter", "progress", 0.5, done=1, total=1)) == "starter: 1 of 1 row"
