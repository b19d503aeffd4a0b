"""Screenshots of active labelling in the Classify tab's batch results, on the real starter model's embeddings.

A classifier trained on 6 labelled support tickets classifies a file of 45 where the rest have no label;
the rows it is least sure of come first, a few are labelled in place, one click retrains it and the batch
is classified again with the new version, the learning history's curve beside the button. Run under a
virtual screen: ``xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots_labelling.py``.
Saves labelling-queue.png and labelling-retrained.png in resources/screenshots/ (or PLINTH_SHOT_DIR).
"""

from __future__ import annotations

import csv
import functools
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from shots import OUT, SIZE, named, settle, started, wait_until  # noqa: E402

from app.bootstrap import build_labelling_services, classifier_choices  # noqa: E402
from app.core.adaptation.records import LabelledRow  # noqa: E402
from app.core.adaptation.retrain import train_and_save  # noqa: E402
from app.core.engines.remote.factory import list_models  # noqa: E402
from app.core.models.directory import ModelDirectory  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.panels.batch_view import BatchView  # noqa: E402
from app.ui.window_services import WindowServices  # noqa: E402
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
        window = MainWindow(
            services.settings,
            services.settings_store,
            WindowServices(
                engines=services.engines,
                # With the saved classifiers, as the application's pickers list them.
                models=ModelDirectory(services.library, services.providers, services.secrets, services.offline,
                                      label_models=functools.partial(classifier_choices, services)),
                providers=services.providers,
                secrets=services.secrets,
                test_connection=list_models,
                labelling=build_labelling_services(services),
            ),
        )  # fmt: skip
        window.resize(*SIZE)
        window.show()
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
            picker = named(panel, QComboBox, "Classification model")
            picker.setCurrentIndex(picker.findData(f"classifier:{NAME}"))
            named(view, QPushButton, "Run batch").click()
            wait_until(app, lambda: view.summary is not None)
            order = view.labelling.sort_by_uncertainty()
            model = view.results_model
            gold = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("Gold")
            for row in order[:18]:
                model.setData(model.index(row, gold), truth[row][1])
            settle(app)
            window.grab().save(str(OUT / "labelling-queue.png"))

            retrained: list[str] = []
            view.labelling.retrained.connect(retrained.append)
            view.labelling.retrain()
            # The panel reruns the batch when the new version is saved.
            wait_until(app, lambda: bool(retrained) and view.summary is not None)
            view.labelling.sort_by_uncertainty()
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
