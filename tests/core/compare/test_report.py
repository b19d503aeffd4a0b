"""Exports of a comparison: Markdown, CSV and a self-contained HTML report."""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser
from pathlib import Path

import pytest

from app.core.compare.report import CSV_COLUMNS, export_report, to_csv, to_html, to_markdown
from app.core.compare.results import METRICS, ComparisonResult, ModelMetrics, ModelRun, format_metric
from app.core.compare.spec import ColumnSettings, Comparison
from app.core.errors import UserFacingError

HOSTILE = '<script>alert("x")</script> | ``` <img src=x onerror=alert(1)>'


def batch_result() -> ComparisonResult:
    spec = Comparison("batch-classify", ("starter", "oa:gpt-test", "an:claude-test"), labels=("positive", "negative"),
                      input_path="/data/reviews.csv", text_column="text", gold_column="gold")  # fmt: skip
    local = ModelRun("starter", None, status="finished", rows_done=20, rows_total=20, metrics=ModelMetrics(
        load_s=0.8, wall_s=12.0, tokens_in=4000, tokens_out=0, cost_usd=0.0, peak_rss_bytes=400 * 1024**2,
        accuracy=0.85, macro_f1=0.84, cost_per_1k_rows=0.0, rows_per_min=100.0))  # fmt: skip
    remote = ModelRun("oa:gpt-test", "OpenAI", status="finished", rows_done=20, rows_total=20, metrics=ModelMetrics(
        wall_s=3.0, tokens_in=5000, tokens_out=20, cost_usd=0.0112, accuracy=0.95, macro_f1=0.95,
        cost_per_1k_rows=0.56, rows_per_min=400.0), notes=[HOSTILE])  # fmt: skip
    failed = ModelRun("an:claude-test", "Anthropic", status="failed", error_title="Key rejected",
                      error="The key was rejected. Add a new key in Providers.")  # fmt: skip
    return ComparisonResult("r1", "2026-03-01T10:00:00+00:00", spec, [local, remote, failed])


def chat_result() -> ComparisonResult:
    spec = Comparison("chat", ("starter", "oa:gpt-test"), text=HOSTILE, system="Be <brief>.")
    local = ModelRun("starter", None, status="finished", text=HOSTILE, metrics=ModelMetrics(
        load_s=0.5, ttft_s=0.3, tokens_per_s=25.0, tokens_in=30, tokens_out=16, wall_s=0.9, cost_usd=0.0,
        peak_rss_bytes=300 * 1024**2))  # fmt: skip
    remote = ModelRun("oa:gpt-test", "OpenAI", status="cancelled", text="Hello", metrics=ModelMetrics(
        ttft_s=0.1, tokens_per_s=None, tokens_in=12, tokens_out=1, wall_s=0.2, cost_usd=None))  # fmt: skip
    return ComparisonResult("r2", "2026-03-01T10:00:00+00:00", spec, [local, remote], stopped=True)


class Page(HTMLParser):
    """Tags, attributes and text of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self.best: list[str] = []
        self._in_best = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)
        self._in_best = tag == "td" and "best" in (dict(attrs).get("class") or "")

    def handle_endtag(self, tag: str) -> None:
        self._in_best = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in_best:
            self.best.append(data)


def parse(html_text: str) -> Page:
    page = Page()
    page.feed(html_text)
    page.close()
    return page


@pytest.mark.parametrize("make", [batch_result, chat_result])
def test_csv_has_one_row_per_model_and_every_metric(make) -> None:
    result = make()
    rows = list(csv.DictReader(io.StringIO(to_csv(result))))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert [r["model"] for r in rows] == [run.column for run in result.runs]
    for row, run in zip(rows, result.runs):
        for info in METRICS:
            value = run.metrics.get(info.key)
            assert row[info.key] == ("" if value is None else repr(value))
    assert rows[0]["destination"] == "this computer"


def test_batch_csv_values_read_back_as_numbers() -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(batch_result()))))
    assert float(rows[1]["accuracy"]) == 0.95 and float(rows[1]["cost_per_1k_rows"]) == 0.56
    assert rows[2]["status"] == "failed" and rows[2]["error"].startswith("The key was rejected")


@pytest.mark.parametrize("make", [batch_result, chat_result])
def test_html_report_is_self_contained_escaped_and_has_every_metric(make) -> None:
    result = make()
    document = to_html(result)
    page = parse(document)
    # No scripts, no images, no links to anything: one file that opens anywhere.
    assert "script" not in page.tags and "img" not in page.tags and "link" not in page.tags
    assert not [name for name, _ in page.attrs if name in ("src", "href") or name.startswith("on")]
    assert "style" in page.tags and "svg" in page.tags and "rect" in page.tags
    text = "".join(page.text)
    for run in result.runs:
        assert run.model_id in text
        for info in METRICS:
            value = run.metrics.get(info.key)
            if value is not None:
                assert format_metric(info.key, value) in text, (run.model_id, info.key)
    if result.spec.task == "chat":
        assert HOSTILE in text  # shown as text, not run
        assert "Be <brief>." in text


def test_html_report_highlights_the_best_values_and_charts_speed_cost_accuracy() -> None:
    page = parse(to_html(batch_result()))
    assert "95.0%" in page.best and "$0" in page.best and "400.0 rows/min" in page.best
    labels = [value for name, value in page.attrs if name == "aria-label"]
    assert labels == [
        "Speed: rows per minute (higher is better)",
        "Cost per 1,000 rows, USD (lower is better)",
        "Accuracy (higher is better)",
    ]


def test_markdown_has_the_verdict_the_table_and_fenced_answers() -> None:
    result = chat_result()
    text = to_markdown(result)
    assert text.startswith("# chat: <script>")
    assert "| Time to first token | 0.30 s | **0.10 s** |" not in text  # a stopped model is not ranked
    assert "| Time to first token | 0.30 s | 0.10 s |" in text
    assert "| Where the text went | stays on this computer | sent to OpenAI |" in text
    assert "Compared with" not in text and "Only starter finished" in text
    # The answer holds ``` and |: it sits in a longer fence, whole.
    assert f"````\n{HOSTILE}\n````" in text
    batch = to_markdown(batch_result())
    assert "| Accuracy | 85.0% | **95.0%** | — |" in batch
    assert "| Cost per 1,000 rows | **$0** | $0.5600 | — |" in batch
    assert "starter is 10 points less accurate than oa:gpt-test (85% against 95%) at no cost, 4× slower." in batch


def test_columns_of_one_model_are_named_by_their_settings_in_every_format() -> None:
    spec = Comparison(
        "chat",
        ("starter", "starter"),
        text="hi",
        columns=(
            ColumnSettings(temperature=0.2, system="Be brief."),
            ColumnSettings(temperature=1.0, system="Be kind."),
        ),
    )
    names = spec.column_labels()
    assert names == ('starter (temperature 0.2, system "Be brief.")', 'starter (temperature 1.0, system "Be kind.")')
    runs = [ModelRun("starter", None, status="finished", text=f"answer {i}", column=name, metrics=ModelMetrics(
        ttft_s=0.1 * (i + 1), wall_s=1.0, cost_usd=0.0)) for i, name in enumerate(names)]  # fmt: skip
    result = ComparisonResult("r3", "2026-03-01T10:00:00+00:00", spec, runs)

    markdown = to_markdown(result)
    assert f"| | {names[0]} | {names[1]} |" in markdown
    assert "| Time to first token | **0.10 s** | 0.20 s |" in markdown
    assert f"### {names[1]} (stays on this computer)" in markdown
    assert "* Temperature: per column: 0.2, 1.0" in markdown
    assert f"System prompt of {names[1]}:\n\n```\nBe kind.\n```" in markdown
    assert [r["model"] for r in csv.DictReader(io.StringIO(to_csv(result)))] == list(names)
    page = parse(to_html(result))
    text = "".join(page.text)
    assert all(text.count(name) >= 3 for name in names)  # table head, chart, answer heading
    assert page.best == ["0.10 s"]


def test_export_writes_the_format_its_suffix_names(tmp_path: Path) -> None:
    result = batch_result()
    for name in ("r.md", "r.csv", "r.html"):
        assert export_report(result, tmp_path / name).read_text(encoding="utf-8")
    assert (tmp_path / "r.csv").read_text(encoding="utf-8") == to_csv(result)
    with pytest.raises(UserFacingError, match="Save it as .md"):
        export_report(result, tmp_path / "r.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.csv", "r.html", "r.md"]
