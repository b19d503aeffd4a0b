"""A task run exported: CSV and JSONL (one line per row × column) and one self-contained HTML report.

The HTML report carries its style inside it (``app.core.reports``, shared
with comparisons) and no script, font or image from elsewhere; every input
value and model output is escaped, so an answer holding ``<script>`` shows
as that text.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from app.core.errors import UserFacingError
from app.core.reports import escape, html_head, write_report
from app.core.tasks.batch import CLASH_PREFIX
from app.core.tasks.custom.matrix import ColumnSummary, MatrixResult
from app.core.tasks.custom.spec import Cell
from app.core.tasks.tables import row_number
from app.core.ui_text import ui_text

#: What the export dialog offers: name → file suffix.
EXPORT_FORMATS: dict[str, str] = {"CSV": ".csv", "JSON Lines": ".jsonl", "HTML report": ".html"}
#: The CSV's columns after the row number and the row's own values.
CELL_COLUMNS = (
    "model", "variant", "passed", "output", "json", "label", "error", "failed_checks", "tokens_in", "tokens_out",
    "ttft_s", "wall_s", "cost_usd", "judge_cost_usd", "cached",
)  # fmt: skip
#: An output longer than this shows cut in the HTML matrix (the CSV and JSONL keep it whole).
HTML_OUTPUT_CHARS = 600

_EXTRA_CSS = """
.pass { color: #1a7f37; font-weight: 600; } .fail { color: #a40000; font-weight: 600; }
td pre { margin: .2rem 0; max-height: 12rem; overflow: auto; } td ul { margin: .2rem 0; padding-left: 1.1rem; }
"""


def export_run(result: MatrixResult, path: Path) -> Path:
    """Write ``result`` to ``path`` in the format its suffix names (.csv, .jsonl, .html)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        text = to_csv(result)
    elif suffix in (".jsonl", ".ndjson"):
        text = to_jsonl(result)
    elif suffix in (".html", ".htm"):
        text = to_html(result)
    else:
        raise UserFacingError(
            ui_text(
                "Plinth cannot export a task run as {suffix}.", suffix=suffix or ui_text("a file without a suffix")
            ),
            ui_text("Save it as .csv, .jsonl or .html."),
        )
    return write_report(path, text)


def _cells(result: MatrixResult) -> list[tuple[int, dict[str, object], Cell]]:
    return [(row.index, dict(row.values), row.cells[c]) for row in result.rows for c in result.columns
            if c in row.cells]  # fmt: skip


def _failed_checks(cell: Cell) -> str:
    return "; ".join(f"{c.name}: {c.reason}" if c.reason else c.name for c in cell.checks if not c.passed)


def to_csv(result: MatrixResult) -> str:
    names = list(dict.fromkeys(k for row in result.rows for k in row.values))
    header = [CLASH_PREFIX + "row" if "row" in names else "row", *names]
    header += [CLASH_PREFIX + c if c in names else c for c in CELL_COLUMNS]
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for index, values, cell in _cells(result):
        fields = cell.to_dict()
        own = {
            **{k: "" if fields[k] is None else str(fields[k]) for k in ("model", "variant", "label", "error")},
            "passed": "yes" if cell.passed else "no", "output": cell.text,
            "json": "" if cell.json is None else json.dumps(cell.json, ensure_ascii=False),
            "failed_checks": _failed_checks(cell), "tokens_in": str(cell.tokens_in),
            "tokens_out": str(cell.tokens_out), "ttft_s": _raw(cell.ttft_s), "wall_s": _raw(cell.wall_s),
            "cost_usd": _raw(cell.cost_usd), "judge_cost_usd": _raw(cell.judge_cost_usd),
            "cached": "yes" if cell.cached else "no",
        }  # fmt: skip
        writer.writerow([row_number(index), *(_text(values.get(n)) for n in names), *(own[c] for c in CELL_COLUMNS)])
    return out.getvalue()


def to_jsonl(result: MatrixResult) -> str:
    lines = [
        json.dumps({"row": row_number(index), "vars": values, **cell.to_dict(), "passed": cell.passed},
                   ensure_ascii=False, default=str)
        for index, values, cell in _cells(result)
    ]  # fmt: skip
    return "".join(line + "\n" for line in lines)


def _raw(value: float | None) -> str:
    return "" if value is None else repr(value)


def _text(value: object) -> str:
    return "" if value is None else str(value)


# -- HTML ------------------------------------------------------------------------------


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _usd(value: float | None) -> str:
    if value is None:
        return "—"
    return "$0" if value == 0 else f"${value:.4f}" if value >= 0.0001 else "$" + f"{value:.8f}".rstrip("0")


def _number(value: float | None, unit: str, digits: int = 2) -> str:
    return "—" if value is None else f"{value:.{digits}f} {unit}"


def summary_table(summaries: list[ColumnSummary]) -> list[tuple[str, list[str]]]:
    """The summary as (what, a value per column) lines: the HTML report's table, and ``plinth task run``'s."""
    checks = list(dict.fromkeys(name for s in summaries for name in s.check_rates))
    return [
        ("Pass rate", [f"{_percent(s.pass_rate)} ({s.passed}/{s.rows})" for s in summaries]),
        *((f"Check: {name}", [_percent(s.check_rates.get(name)) for s in summaries]) for name in checks),
        ("Errors", [str(s.errors) for s in summaries]),
        ("Tokens in / out", [f"{s.tokens_in:,} / {s.tokens_out:,}" for s in summaries]),
        ("Mean time to first token", [_number(s.mean_ttft_s, "s") for s in summaries]),
        ("Rows per second", [_number(s.rows_per_s, "rows/s") for s in summaries]),
        ("Tokens per second", [_number(s.tokens_per_s, "tokens/s", 1) for s in summaries]),
        ("Cost", [_usd(s.cost_usd) for s in summaries]),
        ("Cost per 1,000 rows", [_usd(s.cost_per_1k_rows) for s in summaries]),
        ("Judge checks' cost", [_usd(s.judge_cost_usd) for s in summaries]),
        ("From the cache", [str(s.cached) for s in summaries]),
    ]


def _cell_html(cell: Cell) -> str:
    mark = '<span class="pass">✓ pass</span>' if cell.passed else '<span class="fail">✗ fail</span>'
    if cell.error:
        return f'{mark}<p class="failed">{escape(cell.error)}</p>'
    text = cell.text if len(cell.text) <= HTML_OUTPUT_CHARS else cell.text[:HTML_OUTPUT_CHARS] + "…"
    failing = [c for c in cell.checks if not c.passed]
    items = "".join(f"<li>{escape(c.name)}{': ' + escape(c.reason) if c.reason else ''}</li>" for c in failing)
    cached = " (cached)" if cell.cached else ""
    return f"{mark}{cached}<pre>{escape(text)}</pre>" + (f"<ul>{items}</ul>" if items else "")


def to_html(result: MatrixResult) -> str:
    task = result.task
    summaries = result.summaries()
    stopped = " · stopped before the end" if result.cancelled else ""
    out = [
        *html_head(f"{task.name} — Plinth task run", _EXTRA_CSS),
        f"<h1>{escape(task.name)}</h1>",
        f'<p class="meta">{len(result.rows):,} rows × {len(result.columns)} columns · {task.output} output · '
        f"{result.done:,} of {result.total:,} cells done{stopped}</p>",
    ]
    if task.description:
        out.append(f"<p>{escape(task.description)}</p>")
    out.append("<h2>Prompt</h2><dl>")
    if task.system_prompt:
        out.append(f"<dt>System prompt</dt><dd><pre>{escape(task.system_prompt)}</pre></dd>")
    for variant in task.all_variants():
        out.append(f"<dt>Template “{escape(variant.name)}”</dt><dd><pre>{escape(variant.template)}</pre></dd>")
    out.append("</dl><h2>Summary</h2><table><thead><tr><th></th>")
    out.extend(f"<th>{escape(c.model)}<br>{escape(c.variant)}</th>" for c in result.columns)
    out.append("</tr></thead><tbody>")
    for what, cells in summary_table(summaries):
        out.append(f"<tr><th>{escape(what)}</th>" + "".join(f'<td class="num">{escape(v)}</td>' for v in cells))
        out.append("</tr>")
    out.append("</tbody></table>")
    failed = [f"{s.column.model} ({s.column.variant}): {s.error}" for s in summaries if s.error]
    notes = failed + list(result.notes)
    if notes:
        out.append("<ul>" + "".join(f"<li>{escape(n)}</li>" for n in notes) + "</ul>")
    out.append("<h2>Matrix</h2><p>Row 1 is the file's first row after the header.</p>")
    out.append("<table><thead><tr><th>Row</th>")
    out.extend(f"<th>{escape(c.model)}<br>{escape(c.variant)}</th>" for c in result.columns)
    out.append("</tr></thead><tbody>")
    for row in result.rows:
        shown = "".join(f"<br><small>{escape(k)}: {escape(_short(v))}</small>" for k, v in row.values.items())
        out.append(f'<tr><td class="num">{row_number(row.index)}{shown}</td>')
        out.extend(f"<td>{_cell_html(row.cells[c])}</td>" if c in row.cells else "<td>—</td>" for c in result.columns)
        out.append("</tr>")
    out.append("</tbody></table></body></html>")
    return "\n".join(out) + "\n"


def _short(value: object, limit: int = 80) -> str:
    text = " ".join(_text(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
