"""The Tasks tab with real models: the invoice built-in tried on a row of its sample with the starter model
(its JSON parses: the local grammar enforces the schema), then run on three rows across the starter and an
OpenAI-compatible model on 127.0.0.1; the matrix, a cell's detail, the HTML export and the saved run; and a
run cancelled and resumed."""

from __future__ import annotations

import csv
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.task_panels import task_services
from helpers.task_runs import openai_engine
from helpers.widgets import find
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QPlainTextEdit, QPushButton, QTableWidget, QTextBrowser
from pytestqt.qtbot import QtBot
from servers.base import Recorded, Reply
from servers.openai_server import OpenAIServer

from app.bootstrap import Services, build_services
from app.core.models.directory import ModelDirectory
from app.core.models.library import STARTER_ID
from app.core.providers import ProviderConfig
from app.core.tasks.custom.library import builtin_tasks_dir
from app.core.tasks.custom.spec import Column
from app.ui.panels.tasks.tasks_panel import TasksPanel
from tests.helpers.panels import panel_context

pytestmark = pytest.mark.slow

REMOTE = "peer:gpt-test"
ANSWER_MS = 180_000
SAMPLE = builtin_tasks_dir() / "samples" / "invoice-fields.csv"


class PacedServer(OpenAIServer):
    """Answers every invoice with the first short invoice's fields, after ``delay`` seconds."""

    def __init__(self) -> None:
        super().__init__(api_key=None)
        self.delay = 0.0
        self.structured = {"number": "RE-1", "vendor": "Acme GmbH", "date": "2024-03-12", "total": 362.36,
                           "currency": "EUR"}  # fmt: skip
        self.answered = 0
        self._count = threading.Lock()

    def route(self, rec: Recorded) -> Reply:
        if rec.method == "POST":
            time.sleep(self.delay)
            with self._count:
                self.answered += 1
        return super().route(rec)


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PacedServer]:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    with PacedServer() as running:
        yield running


@pytest.fixture
def services(starter_path: Path, server: PacedServer) -> Iterator[Services]:
    built = build_services()
    built.providers.upsert(ProviderConfig("peer", "openai-compatible", base_url=server.url + "/v1",
                                          models=["gpt-test"]))  # fmt: skip
    built.engines.register_fallback(lambda model_id: openai_engine(server.url, model_id.partition(":")[2]))
    yield built
    built.close()


@pytest.fixture
def panel(qtbot: QtBot, services: Services, tmp_path: Path) -> Iterator[TasksPanel]:
    models = ModelDirectory(services.library, services.providers, services.secrets)
    context = panel_context(services.engines, models, services.settings, services.store)
    widget = TasksPanel(context, task_services(tmp_path, services.engines.get))
    qtbot.addWidget(widget)
    widget.resize(1280, 860)
    widget.show()
    yield widget
    widget.shutdown()


#: Short invoices: the 135M starter model writes whole JSON for these, where on the sample's long ones it may
#: fill a string with repeats until its answer is cut at max_tokens (the grammar keeps the shape, not the length).
SHORT_INVOICES = [
    {"invoice": "Invoice RE-1 from Acme GmbH, 2024-03-12. Total due: 362.36 EUR.", "expected_number": "RE-1",
     "expected_total": "362.36", "expected_currency": "EUR"},
    {"invoice": "Invoice BH-2 from Blue Harbor LLC, 2024-04-02. Total due: 229.00 USD.", "expected_number": "BH-2",
     "expected_total": "229.00", "expected_currency": "USD"},
    {"invoice": "Invoice TC-3 from Thornbury Ltd, 2024-05-20. Total due: 536.40 GBP.", "expected_number": "TC-3",
     "expected_total": "536.40", "expected_currency": "GBP"},
]  # fmt: skip


def three_rows(folder: Path) -> Path:
    rows = SHORT_INVOICES
    path = folder / "three-invoices.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def open_invoice_task(qtbot: QtBot, panel: TasksPanel, table: Path) -> None:
    library = find(panel, QListWidget, "Task library")
    library.setCurrentRow(next(i for i in range(library.count()) if library.item(i).text().startswith("Invoice")))
    panel.load_table(table)
    qtbot.waitUntil(lambda: panel.data.table is not None, timeout=5000)


def pick(panel: TasksPanel, name: str, model_id: str) -> None:
    combo = find(panel, QComboBox, name)
    index = combo.findData(model_id)
    assert index >= 0, (model_id, [combo.itemData(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)


def test_try_then_run_the_invoice_task_on_the_starter_and_a_remote_model(
    qtbot: QtBot, panel: TasksPanel, server: PacedServer, tmp_path: Path
) -> None:
    open_invoice_task(qtbot, panel, three_rows(tmp_path))
    pick(panel, "Try model", STARTER_ID)
    try_button = find(panel, QPushButton, "Try on this row")
    qtbot.mouseClick(try_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(try_button.isEnabled, timeout=ANSWER_MS)
    answer = find(panel, QPlainTextEdit, "Try answer").toPlainText()
    assert answer, (panel.data.status.fullText(), find(panel, QLabel, "Try checks").text())
    parsed = json.loads(find(panel, QPlainTextEdit, "Try parsed").toPlainText())
    assert json.loads(answer) == parsed and set(parsed) == {"number", "vendor", "date", "total", "currency"}
    assert "✓</span> <b>parses</b>" in find(panel, QLabel, "Try checks").text()  # the grammar kept it to the schema

    pick(panel, "Run model 1", STARTER_ID)
    panel.run_page.add_model(REMOTE)
    run = find(panel, QPushButton, "Run task")
    qtbot.mouseClick(run, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(run.isEnabled, timeout=ANSWER_MS)

    result = panel.matrix.result
    assert result is not None and result.done == result.total == 6
    assert result.columns == (Column(STARTER_ID, "default"), Column(REMOTE, "default"))
    summary = find(panel, QTableWidget, "Column summary")
    names = [summary.verticalHeaderItem(r).text() for r in range(summary.rowCount())]
    assert {"Pass rate", "Check: parses", "Check: total", "Cost per 1,000 rows", "Judge cost (apart)"} <= set(names)
    remote_rate = summary.item(names.index("Pass rate"), 1).text()
    assert remote_rate == "33% (1/3)"  # the remote model answers the first invoice every time
    assert summary.item(names.index("Check: parses"), 0).text() == "100%"  # every local answer parses
    matrix = find(panel, QTableWidget, "Task matrix")
    assert matrix.item(0, 2).text().startswith("✓") and matrix.item(1, 2).text().startswith("✗")

    panel.matrix.select_cell(1, Column(REMOTE, "default"))
    detail = find(panel, QTextBrowser, "Cell detail").toPlainText()
    assert "Raw output" in detail and "Parsed" in detail and "BH-2" in detail  # the row's expected number
    assert "✗ number" in detail

    panel.matrix.failures_only.setChecked(True)
    failing = {row.index for row in result.failures()}
    assert {r for r in range(3) if not matrix.isRowHidden(r)} == failing
    report = panel.export_matrix(tmp_path / "run.html")
    assert report is not None and "RE-1" in report.read_text(encoding="utf-8")
    saved = find(panel, QListWidget, "Saved task runs")
    assert saved.count() == 1 and "Invoice fields" in saved.item(0).text() and "6/6" in saved.item(0).text()


def test_a_cancelled_run_resumes_without_asking_again(
    qtbot: QtBot, panel: TasksPanel, server: PacedServer, tmp_path: Path
) -> None:
    server.delay = 0.4
    open_invoice_task(qtbot, panel, SAMPLE)
    pick(panel, "Run model 1", REMOTE)
    run = find(panel, QPushButton, "Run task")
    qtbot.mouseClick(run, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.matrix.result is not None and panel.matrix.result.done >= 1, timeout=10_000)
    qtbot.mouseClick(find(panel, QPushButton, "Cancel run"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(run.isEnabled, timeout=10_000)
    first = panel.matrix.result
    assert first is not None and first.cancelled and 0 < first.done < first.total
    assert "Run again to resume" in find(panel, QLabel, "Run status").text()
    asked = server.answered

    server.delay = 0.0
    qtbot.mouseClick(run, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(run.isEnabled, timeout=10_000)
    second = panel.matrix.result
    assert second is not None and second.done == second.total == 6
    assert second.resumed == first.done
    assert server.answered - asked == 6 - first.done  # no cell asked twice
    assert "resumed from the journal" in find(panel, QLabel, "Run status").text()
