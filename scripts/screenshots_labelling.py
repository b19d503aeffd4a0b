"""Screenshots of active labelling in the Classify tab's batch results, on the real starter model's embeddings.

A classifier trained on 6 labelled support tickets classifies a file of 45 where the rest have no label;
the rows it is least sure of come first, a few are labelled in place, one click retrains it and the batch
is classified again with the new version, the learning history's curve beside the button. Run under a
virtual screen: ``xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots_labelling.py``.
Saves labelling-queue.png and labelling-retrained.png in resources/screenshots/ (or PLINTH_SHOT_DIR).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QTabWidget

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from shots import OUT, named, settle, shown_window, started, wait_until  # noqa: E402

from app.bootstrap import build_labelling_services  # noqa: E402
from app.core.adaptation.records import LabelledRow  # noqa: E402
from app.core.adaptation.retrain import train_and_save  # noqa: E402
from app.core.secrets import SecretStore  # noqa: E402
from app.ui.panels.batch_view import BatchView  # noqa: E402
from tests.fakes import MemoryKeyring  # noqa: E402
from tests.helpers.planted import planted_rows  # noqa: E402

LABELS = ("billing", "technical", "shipping")
GIVEN_PER_LABEL = 2
NAME = "tickets"


def write_tickets(folder: Path) -> tuple[Path, list[tuple[str, str]]]:
    """45 planted tickets; the file keeps the labels of the first 2 of each label."""
    rows = planted_rows(15, LABELS, seed=5)
    seen: dict[str, int] = {}
    path = folder / "tickets.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["text", "label"])
        for text, label in rows:
            seen[label] = seen.get(label, 0) + 1
            writer.writerow([text, label if seen[label] <= GIVEN_PER_LABEL else ""])
    return path, rows


def main() -> int:
    with started() as (app, services, home):
        path, truth = write_tickets(home)
        given = [LabelledRow(t, lab, i) for i, (t, lab) in enumerate(truth) if i in _given_rows(path)]
        train_and_save(NAME, given, embedder=services.shared_embedding("starter"), cache=services.embedding_cache(),
                       library=services.classifiers, labels=LABELS)  # fmt: skip
        secrets = SecretStore(backend=MemoryKeyring(), environ={})
        window = shown_window(services, secrets, labelling=build_labelling_services(services))
        panel = window.classification_panel
        named(window, QTabWidget, "Panels").setCurrentWidget(panel)
        try:
            table = named(panel, QTableWidget, "Labels")
            table.setRowCount(0)
            for name in LABELS:
                table.insertRow(table.rowCount())
                table.setItem(table.rowCount() - 1, 0, QTableWidgetItem(name))
            named(panel, QTabWidget, "Classification mode").setCurrentIndex(1)
            view = next(w for w in panel.findChildren(BatchView))
            view.open_file(path)
            wait_until(app, lambda: view.table is not None)
            view.set_columns("text", "label")
            # As Run batch does with classifier:tickets picked.
            view.labelling.set_model(f"classifier:{NAME}", LABELS)
            view.start(services.engines.get(f"classifier:{NAME}"), panel.job())
            wait_until(app, lambda: view.summary is not None)
            order = view.labelling.sort_by_uncertainty()
            model = view.results_model
            gold = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("Gold")
            for row in order[:18]:
                model.setData(model.index(row, gold), truth[row][1])
            settle(app)
            window.grab().save(str(OUT / "labelling-queue.png"))

            retrain = view.labelling
            retrain.retrain()
            wait_until(app, lambda: view.summary is not None and view.summary.model_id.endswith("@2"))
            retrain.sort_by_uncertainty()
            settle(app)
            window.grab().save(str(OUT / "labelling-retrained.png"))
            print(f"saved labelling-queue.png and labelling-retrained.png in {OUT}")
        finally:
            window.close()
    return 0


def _given_rows(path: Path) -> set[int]:
    with path.open(encoding="utf-8", newline="") as f:
        return {i for i, row in enumerate(csv.DictReader(f)) if row["label"]}


if __name__ == "__main__":
    sys.exit(main())
