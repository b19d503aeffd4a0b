"""Screenshots of the Translate and Classify tabs with the real starter model.

Run under a virtual screen:
``xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots_tasks.py``.
Saves translate.png, classify.png and batch.png in resources/screenshots/.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QWidget
from shots import OUT, named, settle, shown_window, started, wait_until

from app.ui.main_window import MainWindow
from app.ui.panels.batch_view import BatchView
from app.ui.widgets.confusion_heatmap import ConfusionHeatmap
from app.ui.widgets.language_combo import LanguageCombo

POSITIVE = [
    "I loved it", "Absolutely wonderful", "Best purchase ever", "Great quality and fast delivery",
    "Works perfectly", "I am very happy with it", "Fantastic value", "Highly recommended",
    "The staff were lovely", "What a great film", "It exceeded my expectations", "Brilliant, thank you",
    "So comfortable", "Excellent service",
]  # fmt: skip
NEGATIVE = [
    "I hated it", "Terrible quality", "Broke after one day", "Worst service ever", "Very disappointing",
    "Do not buy this", "It arrived damaged", "Awful customer support", "A complete waste of money",
    "The food was cold", "Never again", "It stopped working", "Rude staff and long waits",
]  # fmt: skip
NEUTRAL = [
    "It arrived on Tuesday", "The box is blue", "It is a phone case", "I bought it last week",
    "The manual is in English", "It comes in three sizes", "The shop opens at nine", "It weighs two kilos",
    "I used it twice", "The order number is on the receipt", "It runs on batteries", "Delivery took five days",
    "It is made of plastic",
]  # fmt: skip


def write_reviews(folder: Path) -> Path:
    path = folder / "reviews.csv"
    rows = [(t, "positive") for t in POSITIVE] + [(t, "negative") for t in NEGATIVE] + [(t, "neutral") for t in NEUTRAL]
    # Interleaved, as a real export would be.
    rows = [rows[i] for i in sorted(range(len(rows)), key=lambda i: (i * 7) % len(rows))]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "text", "label"])
        for number, (text, label) in enumerate(rows, start=1):
            writer.writerow([number, text, label])
    return path


def set_labels(panel: QWidget, names: list[tuple[str, str]]) -> None:
    table: QTableWidget = named(panel, QTableWidget, "Labels")
    table.setRowCount(0)
    for name, description in names:
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(name))
        table.setItem(row, 1, QTableWidgetItem(description))


def main() -> int:
    with started() as (app, services, home):
        window = shown_window(services, services.secrets)
        try:
            translate(app, window)
            classify(app, window)
            batch(app, window, write_reviews(home))
        finally:
            window.close()
    return 0


def translate(app: QApplication, window: MainWindow) -> None:
    panel = window.translation_panel
    window.centralWidget().setCurrentWidget(panel)  # type: ignore[attr-defined]
    named(panel, LanguageCombo, "Source language").set_language("en")
    named(panel, LanguageCombo, "Target language").set_language("fr")
    named(panel, QPlainTextEdit, "Source text").setPlainText(
        "Hello {name}, your order #4521 ships on 12 March. Track it at https://example.com/track/4521."
    )
    button = named(panel, QPushButton, "Translate")
    button.click()
    wait_until(app, button.isEnabled)
    settle(app)
    save(window, "translate.png")


def classify(app: QApplication, window: MainWindow) -> None:
    panel = window.classification_panel
    window.centralWidget().setCurrentWidget(panel)  # type: ignore[attr-defined]
    set_labels(
        panel,
        [("positive", "the writer liked it"), ("negative", "the writer disliked it"), ("neutral", "a plain fact")],
    )
    named(panel, QPlainTextEdit, "Text to classify").setPlainText(
        "I loved it: the battery lasts for days and the screen is gorgeous."
    )
    button = named(panel, QPushButton, "Classify")
    button.click()
    wait_until(app, button.isEnabled)
    settle(app)
    save(window, "classify.png")


def batch(app: QApplication, window: MainWindow, reviews: Path) -> None:
    panel = window.classification_panel
    named(panel, QWidget, "Classification mode").setCurrentIndex(1)  # type: ignore[attr-defined]
    view: BatchView = named(panel, BatchView, "Classification batch")
    view.open_file(reviews)
    wait_until(app, lambda: view.table is not None)
    view.set_columns("text", "label")
    named(view, QPushButton, "Run batch").click()
    wait_until(app, lambda: view.summary is not None)
    heatmap: ConfusionHeatmap = named(view, ConfusionHeatmap, "Confusion matrix")
    # The biggest mistake, listed: what a person would click first.
    summary = view.summary
    assert summary is not None and summary.metrics is not None
    metrics = summary.metrics
    cells = [
        (count, gold, predicted)
        for gold, row in zip(metrics.classes, metrics.confusion)
        for predicted, count in zip(metrics.classes, row)
        if gold != predicted
    ]
    if cells and max(cells)[0]:
        _, gold, predicted = max(cells)
        view.show_wrong_rows(gold, predicted)
    heatmap.setFocus()
    settle(app)
    save(window, "batch.png")


def save(window: MainWindow, name: str) -> None:
    window.grab().save(str(OUT / name))
    print(f"saved {OUT / name}")


if __name__ == "__main__":
    sys.exit(main())
