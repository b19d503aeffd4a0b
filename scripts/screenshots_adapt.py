"""Screenshots of the Classify tab's Adapt page after a real run: support tickets with a planted signal, the
embedding classifier on the starter model's embeddings against zero-shot prompting of the starter model and of
a closed model (the OpenAI protocol server the tests use, on 127.0.0.1, pacing its answers as a hosted model
would and labelling each ticket by its words, as a capable model does).

Run under a virtual screen:
``xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots_adapt.py``.
Saves adapt-running.png (a run part-way, with its progress), adapt-curve.png (the window), adapt-results.png
(the figures and one cell's detail) and adapt-chart.png (the learning curve alone, 900 px wide) in
resources/screenshots/.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QScrollArea, QTabWidget

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from paced_server import PacedOpenAIServer  # noqa: E402
from shots import OUT, hosted_openai, named, settle, shown_window, started, wait_until  # noqa: E402

from app.bootstrap import build_adaptation_services  # noqa: E402
from app.core.model_id import STARTER_ID  # noqa: E402
from app.core.providers import KINDS  # noqa: E402
from app.ui.panels.adaptation.learning_curve_chart import LearningCurveChart  # noqa: E402
from tests.helpers.planted import KEYWORDS, planted_rows, write_labelled_csv  # noqa: E402
from tests.servers.base import Recorded, Reply  # noqa: E402

KEY = "screenshot-key-0123456789abcdef"  # a fake key for the local test server
MODEL = KINDS["openai"].default_models[0]  # priced in resources/prices.json


class TicketServer(PacedOpenAIServer):
    """Labels each ticket by the words in it, as a capable hosted model would."""

    def route(self, rec: Recorded) -> Reply:
        if rec.method == "POST" and isinstance(rec.body, dict) and rec.body.get("messages"):
            text = str(rec.body["messages"][-1]["content"])
            counts = {label: sum(word in text for word in words) for label, words in KEYWORDS.items()}
            self.choice = max(counts, key=lambda label: counts[label])
        return super().route(rec)


def main() -> int:
    with started() as (app, services, home), TicketServer(api_key=KEY) as server:
        server.models = [MODEL]
        secrets = hosted_openai(services, server.url, [MODEL], KEY)
        data = write_labelled_csv(home / "tickets.csv", planted_rows(32, seed=7))
        window = shown_window(services, secrets, store=services.store, adaptation=build_adaptation_services(services))
        panel = window.classification_panel
        named(window, QTabWidget, "Panels").setCurrentWidget(panel)
        page = panel.adapt_page
        assert page is not None
        named(panel, QTabWidget, "Classification mode").setCurrentWidget(page)
        view = page.view
        form = view.form
        try:
            form.set_input(data)
            wait_until(app, lambda: not form.reading)
            for kind, box in form.method_boxes.items():
                box.setChecked(kind in ("zero-shot", "embed-logreg"))
            form.set_models_checked([STARTER_ID, f"openai:{MODEL}"])
            form.embedding.setCurrentIndex(form.embedding.findData(STARTER_ID))
            form.sizes.setText("6, 12, 24, 48")
            form.seeds.setValue(3)
            view.save_name.setText("tickets")
            view.run()
            # Part-way: the progress bar, the cell running and the time left.
            wait_until(app, lambda: "left" in view.status.fullText() or not view.running, timeout_ms=600_000)
            settle(app)
            window.grab().save(str(OUT / "adapt-running.png"))
            wait_until(app, lambda: not view.running, timeout_ms=600_000)
            if view.results.result is None:
                raise RuntimeError(f"the run did not finish: {view.error.text()}")
            settle(app)
            window.grab().save(str(OUT / "adapt-curve.png"))

            scroll = next(s for s in view.findChildren(QScrollArea) if s.widget().isAncestorOf(view.results))
            # The starter's zero-shot row: its confusion matrix shows where a small prompted model goes wrong.
            table = view.results.table
            table.selectRow(
                next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Zero-shot · starter")
            )
            settle(app)
            scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
            settle(app)
            window.grab().save(str(OUT / "adapt-results.png"))

            # The curve alone at the README's width: a chart of its own, fed the same points.
            result = view.results.result
            chart = LearningCurveChart()
            chart.set_points(result.points, result.sizes)
            chart.resize(900, 420)
            chart.grab().save(str(OUT / "adapt-chart.png"))
            print(f"verdict: {view.results.result.verdict}")
            print(f"saved adapt-running.png, adapt-curve.png, adapt-results.png and adapt-chart.png in {OUT}")
        finally:
            view.shutdown()
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
