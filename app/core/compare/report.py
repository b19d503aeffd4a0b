"""A comparison exported for people who were not there: Markdown, CSV, or one self-contained HTML file.

The HTML report carries its style and its bar charts (inline SVG) inside
it: no external file, font or script, so it opens the same anywhere and can
be mailed as one attachment. Every piece of model output or user input is
escaped: a model that answers with ``<script>`` shows that text, nothing more.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from app.core.compare.results import (
    METRICS,
    STATUS_LABELS,
    ComparisonResult,
    MetricInfo,
    ModelRun,
    display_answer,
    format_metric,
    row_outcome,
)
from app.core.compare.spec import format_temperature
from app.core.compare.verdict import best_values, result_privacy, verdict
from app.core.errors import UserFacingError
from app.core.plural import counted
from app.core.reports import escape as _e
from app.core.reports import html_head, write_report
from app.core.tasks.tables import row_number
from app.core.ui_text import ui_text

#: What the export dialog offers: name → file suffix.
EXPORT_FORMATS: dict[str, str] = {"Markdown": ".md", "CSV": ".csv", "HTML report": ".html"}
#: Metric columns of the CSV: every metric, always, so files from different comparisons line up. "cited": the
#: numbers of the sources an answer from documents cites ("1 3"), empty otherwise.
CSV_COLUMNS: tuple[str, ...] = (
    "model", "destination", "status", *(m.key for m in METRICS), "output", "error", "cited",
)  # fmt: skip


def export_report(result: ComparisonResult, path: Path) -> Path:
    """Write ``result`` to ``path`` in the format its suffix names (.md, .csv, .html)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".md", ".markdown"):
        text = to_markdown(result)
    elif suffix == ".csv":
        text = to_csv(result)
    elif suffix in (".html", ".htm"):
        text = to_html(result)
    else:
        raise UserFacingError(
            ui_text(
                "Plinth cannot export a comparison as {suffix}.", suffix=suffix or ui_text("a file without a suffix")
            ),
            ui_text("Save it as .md (Markdown), .csv or .html."),
        )
    return write_report(path, text)


# -- what every format shares --------------------------------------------------------


def _shown_metrics(result: ComparisonResult) -> list[MetricInfo]:
    """The metrics at least one model has a figure for (no accuracy row for a chat)."""
    return [m for m in METRICS if any(r.metrics.get(m.key) is not None for r in result.runs)]


def _input_lines(result: ComparisonResult) -> list[tuple[str, str]]:
    """(what, value) pairs describing the input and settings."""
    spec = result.spec
    out: list[tuple[str, str]] = [("Task", spec.task)]
    if spec.is_batch:
        out.append(("File", str(spec.input_path)))
        out.append(("Text column", spec.text_column))
        if spec.gold_column:
            out.append(("Gold column", spec.gold_column))
    columns = [spec.for_column(i) for i in range(len(spec.models))]
    if spec.task == "chat" and len({c.system for c in columns}) > 1:
        names = spec.column_labels()
        out.extend((f"System prompt of {name}", c.system) for name, c in zip(names, columns) if c.system)
    elif spec.task == "chat" and columns[0].system:
        out.append(("System prompt", columns[0].system))
    if spec.task in ("translate", "batch-translate"):
        out.append(("Into", spec.target))
        out.append(("From", spec.source or "detected"))
    if spec.task in ("classify", "batch-classify"):
        out.append(("Labels", ", ".join(spec.labels)))
        out.append(("Multi-label", "yes" if spec.multi else "no"))
    if spec.task in ("chat", "translate", "batch-translate"):
        if len({c.temperature for c in columns}) == 1:
            out.append(("Temperature", f"{columns[0].temperature:g}"))
        else:
            each = ", ".join(format_temperature(c.temperature) for c in columns)
            out.append(("Temperature", f"per column: {each}"))
    if spec.max_tokens is not None:
        out.append(("Max tokens", str(spec.max_tokens)))
    if spec.seed is not None:
        out.append(("Seed", str(spec.seed)))
    if not spec.is_batch:
        out.append(("Input", spec.text))
    return out


def _sources_heading(result: ComparisonResult) -> str:
    """ "The same 3 passages from “Handbook” were sent to every model, numbered alike." (or how they differ)."""
    sources = result.sources()
    assert sources is not None
    names = ", ".join(f"“{name}”" for name in result.spec.collections)
    if result.nothing_found:
        return f"Nothing in {names} matched the prompt, so no model was asked."
    trimmed = any(run.sources is not None and run.sources.trimmed for run in result.runs)
    every = "every model" if not trimmed else "every model, fewer or shortened where its context is smaller"
    return f"{counted(len(sources.sources), 'passage')} from {names}, sent to {every}; [n] is the same passage in all."


def _cited(run: ModelRun) -> str:
    """ "Cited [1] leave.txt, [3] travel.txt" for an answer from documents; "" for one that was sent none."""
    if run.sources is None or not run.sources.found:
        return ""
    citations = run.citations()
    sent = f"sent {counted(len(run.sources.sources), 'passage')}"
    if not citations:
        return f"Cited no source ({sent})."
    return "Cited " + ", ".join(f"[{c.source.n}] {c.source.label}" for c in citations) + f" ({sent})."


def _row_results(result: ComparisonResult) -> list[list[str]]:
    """A batch's rows, each as its number and every model's outcome ("—" where a model did not get to it)."""
    outcomes = [{index: row_outcome(row) for row in run.rows if isinstance(index := row.get("index"), int)}
                for run in result.runs]  # fmt: skip
    indexes = sorted(set[int]().union(*outcomes))
    return [[str(row_number(i)), *(by_index.get(i, "—") for by_index in outcomes)] for i in indexes]


# -- Markdown --------------------------------------------------------------------------


def _md_cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _fence(text: str) -> str:
    """A code fence longer than any backtick run in ``text``, so the text cannot close it."""
    longest = run = 0
    for ch in text:
        run = run + 1 if ch == "`" else 0
        longest = max(longest, run)
    fence = "`" * max(3, longest + 1)
    return f"{fence}\n{text}\n{fence}"


def to_markdown(result: ComparisonResult) -> str:
    spec = result.spec
    best = best_values(result)
    lines = [f"# {_md_cell(spec.display_title)}", ""]
    models = counted(len(result.runs), "model")
    lines.append(f"{result.created} · {spec.task} · {models}" + (" · stopped" if result.stopped else ""))
    lines += ["", "## Verdict", "", verdict(result), ""]
    lines += ["## Where the text went", "", result_privacy(result), ""]
    lines += ["## Input", ""]
    for what, value in _input_lines(result):
        if what == "Input" or what.startswith("System prompt"):
            lines += [f"{what}:", "", _fence(value), ""]
        else:
            lines.append(f"* {what}: {_md_cell(value)}")
    sources = result.sources()
    if sources is not None:
        lines += ["", "## Sources", "", _sources_heading(result), ""]
        for source in sources.sources:
            lines += [f"{source.n}. {_md_cell(source.label)} — `{source.file}`", "", _fence(source.text), ""]
    lines += ["", "## Metrics", "", "Best values are in bold.", ""]
    lines.append("| | " + " | ".join(_md_cell(r.column) for r in result.runs) + " |")
    lines.append("|---|" + "---|" * len(result.runs))
    lines.append("| Status | " + " | ".join(STATUS_LABELS[r.status] for r in result.runs) + " |")
    lines.append("| Where the text went | " + " | ".join(r.destination_label for r in result.runs) + " |")
    for info in _shown_metrics(result):
        cells = []
        for run in result.runs:
            cell = format_metric(info.key, run.metrics.get(info.key))
            cells.append(f"**{cell}**" if run.column in best.get(info.key, ()) else cell)
        lines.append(f"| {info.label} | " + " | ".join(cells) + " |")
    lines += ["", "## Answers", ""]
    for run in result.runs:
        lines += [f"### {_md_cell(run.column)} ({run.destination_label})", ""]
        if run.status == "failed":
            lines += [f"Failed: {run.error_title}. {run.error}", ""]
        elif run.status == "cancelled":
            lines += ["Stopped before the end.", ""]
        answer = display_answer(run)
        if answer:
            lines += [_fence(answer), ""]
        if _cited(run):
            lines.append(f"* {_cited(run)}")
        for warning in run.warnings:
            lines.append(f"* Warning: {warning}")
        for note in run.notes:
            lines.append(f"* Note: {note}")
        if run.warnings or run.notes or _cited(run):
            lines.append("")
    rows = _row_results(result)
    if rows:
        lines += ["## Rows", "", "Row 1 is the file's first row after the header.", ""]
        lines.append("| Row | " + " | ".join(_md_cell(r.column) for r in result.runs) + " |")
        lines.append("|---|" + "---|" * len(result.runs))
        lines += ["| " + " | ".join(_md_cell(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines).rstrip() + "\n"


# -- CSV -------------------------------------------------------------------------------


def to_csv(result: ComparisonResult) -> str:
    """One row per model, every metric a column (raw numbers: seconds, USD, bytes, 0–1 ratios)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for run in result.runs:
        figures = [_raw(run.metrics.get(m.key)) for m in METRICS]
        where = run.destination or "this computer"
        cited = " ".join(str(c.source.n) for c in run.citations())
        writer.writerow([run.column, where, STATUS_LABELS[run.status], *figures, display_answer(run), run.error, cited])
    return buffer.getvalue()


def _raw(value: float | None) -> str:
    return "" if value is None else repr(value)


# -- HTML ------------------------------------------------------------------------------

_BAR_W = 260
_LABEL_W = 170
_ROW_H = 26


def _bar_chart(result: ComparisonResult, key: str, title: str) -> str:
    """A horizontal bar chart of one metric across the models, as inline SVG."""
    values = [(run.column, run.metrics.get(key)) for run in result.runs]
    top = max((v for _, v in values if v is not None), default=0.0) or 1.0
    width = _LABEL_W + _BAR_W + 110
    height = _ROW_H * len(values) + 8
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
        f'aria-label="{_e(title)}" font-family="system-ui, sans-serif" font-size="12">'
    ]
    for i, (column, value) in enumerate(values):
        y = 4 + i * _ROW_H
        name = column if len(column) <= 26 else column[:25] + "…"
        parts.append(f'<text x="{_LABEL_W - 6}" y="{y + 16}" text-anchor="end">{_e(name)}</text>')
        if value is None:
            parts.append(f'<text x="{_LABEL_W}" y="{y + 16}" fill="#888">unknown</text>')
            continue
        bar = max(1.0, _BAR_W * value / top) if value > 0 else 0.0
        parts.append(
            f'<rect x="{_LABEL_W}" y="{y + 3}" width="{bar:.1f}" height="{_ROW_H - 8}" fill="#3b6fd8" rx="2"/>'
        )
        parts.append(f'<text x="{_LABEL_W + bar + 6:.1f}" y="{y + 16}">{_e(format_metric(key, value))}</text>')
    parts.append("</svg>")
    return f"<figure><figcaption>{_e(title)}</figcaption>{''.join(parts)}</figure>"


def _charts(result: ComparisonResult) -> str:
    def known(key: str) -> bool:
        return any(run.metrics.get(key) is not None for run in result.runs)

    charts = []
    speed = next((k for k in ("rows_per_min", "tokens_per_s", "wall_s") if known(k)), None)
    if speed is not None:
        better = "higher" if speed != "wall_s" else "lower"
        label = {"rows_per_min": "Speed: rows per minute", "tokens_per_s": "Speed: tokens per second",
                 "wall_s": "Time taken, seconds"}[speed]  # fmt: skip
        charts.append(_bar_chart(result, speed, f"{label} ({better} is better)"))
    cost = "cost_per_1k_rows" if known("cost_per_1k_rows") else "cost_usd"
    if known(cost):
        label = "Cost per 1,000 rows" if cost == "cost_per_1k_rows" else "Cost"
        charts.append(_bar_chart(result, cost, f"{label}, USD (lower is better)"))
    if known("accuracy"):
        charts.append(_bar_chart(result, "accuracy", "Accuracy (higher is better)"))
    return f'<div class="charts">{"".join(charts)}</div>' if charts else "<p>No figures to chart.</p>"


def to_html(result: ComparisonResult) -> str:
    spec = result.spec
    best = best_values(result)
    out = [
        *html_head(f"{spec.display_title} — Plinth comparison"),
        f"<h1>{_e(spec.display_title)}</h1>",
        f'<p class="meta">{_e(result.created)} · {_e(spec.task)} · {counted(len(result.runs), "model")}'
        + (" · stopped" if result.stopped else "")
        + "</p>",
        f'<h2>Verdict</h2><p class="verdict">{_e(verdict(result))}</p>',
        f"<h2>Where the text went</h2><p>{_e(result_privacy(result))}</p>",
        "<h2>Input</h2><dl>",
    ]
    for what, value in _input_lines(result):
        body = f"<pre>{_e(value)}</pre>" if what == "Input" or what.startswith("System prompt") else _e(value)
        out.append(f"<dt>{_e(what)}</dt><dd>{body}</dd>")
    out.append("</dl>")
    sources = result.sources()
    if sources is not None:
        out.append(f"<h2>Sources</h2><p>{_e(_sources_heading(result))}</p><ol>")
        for source in sources.sources:
            out.append(f'<li value="{source.n}"><b>{_e(source.label)}</b> — <code>{_e(source.file)}</code>'
                       f"<pre>{_e(source.text)}</pre></li>")  # fmt: skip
        out.append("</ol>")
    out.append("<h2>Metrics</h2><p>Best values are highlighted.</p><table><thead><tr><th></th>")
    out.extend(f"<th>{_e(run.column)}</th>" for run in result.runs)
    out.append("</tr></thead><tbody><tr><th>Status</th>")
    out.extend(f"<td>{_e(STATUS_LABELS[run.status])}</td>" for run in result.runs)
    out.append("</tr><tr><th>Where the text went</th>")
    out.extend(f"<td>{_e(run.destination_label)}</td>" for run in result.runs)
    out.append("</tr>")
    for info in _shown_metrics(result):
        out.append(f"<tr><th>{_e(info.label)}</th>")
        for run in result.runs:
            cls = "num best" if run.column in best.get(info.key, ()) else "num"
            out.append(f'<td class="{cls}">{_e(format_metric(info.key, run.metrics.get(info.key)))}</td>')
        out.append("</tr>")
    out.append("</tbody></table>")
    out.append(f"<h2>Charts</h2>{_charts(result)}")
    out.append("<h2>Answers</h2>")
    for run in result.runs:
        badge = "badge local" if run.destination is None else "badge"
        out.append(f'<section><h3>{_e(run.column)} <span class="{badge}">{_e(run.destination_label)}</span></h3>')
        if run.status == "failed":
            out.append(f'<p class="failed">Failed: {_e(run.error_title)}. {_e(run.error)}</p>')
        elif run.status == "cancelled":
            out.append("<p>Stopped before the end.</p>")
        answer = display_answer(run)
        if answer:
            out.append(f"<pre>{_e(answer)}</pre>")
        items = [_cited(run)] if _cited(run) else []
        items += [f"Warning: {w}" for w in run.warnings] + [f"Note: {n}" for n in run.notes]
        if items:
            out.append("<ul>" + "".join(f"<li>{_e(item)}</li>" for item in items) + "</ul>")
        out.append("</section>")
    rows = _row_results(result)
    if rows:
        out.append("<h2>Rows</h2><p>Row 1 is the file's first row after the header.</p><table><thead><tr><th>Row</th>")
        out.extend(f"<th>{_e(run.column)}</th>" for run in result.runs)
        out.append("</tr></thead><tbody>")
        for row in rows:
            out.append(
                f'<tr><td class="num">{row[0]}</td>' + "".join(f"<td>{_e(cell)}</td>" for cell in row[1:]) + "</tr>"
            )
        out.append("</tbody></table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
