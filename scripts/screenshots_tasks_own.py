"""Screenshots of the Tasks tab: the invoice built-in in the editor, its prompt previewed and tried on a row by
the real starter model, and the matrix of a run on the starter beside a priced remote model.

The remote model is the OpenAI protocol server the tests use, on 127.0.0.1, pacing its tokens as a hosted
model would and answering each invoice with its fields. Run under a virtual screen:
``xvfb-run -a -s "-screen 0 1500x950x24" .venv/bin/python scripts/screenshots_tasks_own.py``.
Saves tasks-editor.png, tasks-try.png and tasks-matrix.png in resources/screenshots/.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QListWidget, QPushButton, QTabWidget

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from paced_server import PacedOpenAIServer  # noqa: E402
from shots import OUT, hosted_openai, named, settle, shown_window, started, wait_until  # noqa: E402

from app.bootstrap import build_task_services  # noqa: E402
from app.core.providers import KINDS  # noqa: E402
from tests.servers.base import Recorded, Reply  # noqa: E402

KEY = "screenshot-key-0123456789abcdef"  # a fake key for the local test server
MODEL = KINDS["openai"].default_models[0]  # priced in resources/prices.json
#: Short invoices, each with the fields a careful model pulls out of it.
INVOICES = [
    ("RE-1044", "Hartmann Bürobedarf GmbH", "2024-03-12", 362.36, "EUR"),
    ("BH-2210", "Blue Harbor Web Services LLC", "2024-04-02", 229.00, "USD"),
    ("TC-0317", "Thornbury Catering Ltd", "2024-05-20", 536.40, "GBP"),
]


class InvoiceServer(PacedOpenAIServer):
    """Answers each invoice with its own fields, as a good hosted model would."""

    def route(self, rec: Recorded) -> Reply:
        if rec.method == "POST" and isinstance(rec.body, dict):
            prompt = str(rec.body["messages"][-1]["content"])
            number, vendor, date, total, currency = next(i for i in INVOICES if i[0] in prompt)
            self.structured: Any = {"number": number, "vendor": vendor, "date": date, "total": total,
                                    "currency": currency}  # fmt: skip
        return super().route(rec)


def write_invoices(folder: Path) -> Path:
    path = folder / "invoices.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["invoice", "expected_number", "expected_total", "expected_currency"])
        for number, vendor, date, total, currency in INVOICES:
            text = f"{vendor}\nInvoice {number}, dated {date}.\n2 x consulting day\nTotal due: {total:.2f} {currency}"
            writer.writerow([text, number, f"{total:.2f}", currency])
    return path


def main() -> int:
    with started() as (app, services, home), InvoiceServer(api_key=KEY) as server:
        server.models = [MODEL]
        secrets = hosted_openai(services, server.url, [MODEL], KEY)
        window = shown_window(services, secrets, store=services.store, tasks=build_task_services(services))
        panel = window.tasks_panel
        assert panel is not None
        named(window, QTabWidget, "Panels").setCurrentWidget(panel)
        pages = named(panel, QTabWidget, "Task pages")
        try:
            library = named(panel, QListWidget, "Task library")
            library.setCurrentRow(next(i for i in range(library.count()) if library.item(i).text().startswith("Inv")))
            panel.load_table(write_invoices(home))
            wait_until(app, lambda: panel.data.table is not None)
            settle(app)
            window.grab().save(str(OUT / "tasks-editor.png"))

            pages.setCurrentWidget(panel.data)
            try_button = named(panel, QPushButton, "Try on this row")
            try_button.click()
            wait_until(app, try_button.isEnabled)
            settle(app)
            window.grab().save(str(OUT / "tasks-try.png"))

            pages.setCurrentWidget(panel.run_page)
            panel.run_page.add_model(f"openai:{MODEL}")
            run = named(panel, QPushButton, "Run task")
            run.click()
            wait_until(app, run.isEnabled)
            result = panel.matrix.result
            assert result is not None
            panel.matrix.select_cell(1, result.columns[0])
            settle(app)
            window.grab().save(str(OUT / "tasks-matrix.png"))
            print(f"saved tasks-editor.png, tasks-try.png and tasks-matrix.png in {OUT}")
        finally:
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
