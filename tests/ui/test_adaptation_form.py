"""The adaptation form: columns guessed from the file, the spec it builds, what it refuses, and its memory."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.adaptation.records import MethodSpec
from app.core.models.directory import ModelDirectory
from app.core.providers import ProviderConfig, ProviderStore
from app.core.secrets import SecretStore
from app.ui.panels.adaptation.form import AdaptationForm, FormError, parse_sizes


@pytest.fixture
def labelled(tmp_path: Path) -> Path:
    path = tmp_path / "tickets.csv"
    path.write_text("id,review,sentiment\n1,great,pos\n2,awful,neg\n3,fine,pos\n", encoding="utf-8")
    return path


@pytest.fixture
def with_remote(models: ModelDirectory, providers: ProviderStore, secrets: SecretStore) -> ModelDirectory:
    providers.upsert(ProviderConfig("openai", "openai", "http://127.0.0.1:9/v1", models=["gpt-4o-mini"]))
    secrets.set("provider:openai", "key-0123456789")
    return models


def _form(qtbot: QtBot, models: ModelDirectory, state: dict[str, Any]) -> AdaptationForm:
    form = AdaptationForm(models, state)
    qtbot.addWidget(form)
    if form.reading:
        qtbot.waitUntil(lambda: not form.reading)
    return form


def test_the_form_builds_the_spec(qtbot: QtBot, with_remote: ModelDirectory, labelled: Path) -> None:
    state: dict[str, Any] = {}
    form = _form(qtbot, with_remote, state)
    ids = [form.chat_models.item(i).data(256) for i in range(form.chat_models.count())]
    assert ids == ["local:fake", "openai:gpt-4o-mini"]
    # Any local GGUF model can embed, listed first; then the provider's embedding models, not its chat models.
    embedding = [form.embedding.itemData(i) for i in range(form.embedding.count())]
    assert embedding[0] == "local:fake" and "openai:gpt-4o-mini" not in embedding
    assert all(m.startswith("openai:text-embedding") for m in embedding[1:]) and len(embedding) > 1
    with pytest.raises(FormError, match="Choose a labelled file"):
        form.spec()
    form.set_input(labelled)
    qtbot.waitUntil(lambda: not form.reading)
    assert (form.text_combo.currentText(), form.label_combo.currentText()) == ("review", "sentiment")
    with pytest.raises(FormError, match="No chat model is ticked for zero-shot"):
        form.spec()
    form.set_models_checked(["local:fake", "openai:gpt-4o-mini"])
    form.method_boxes["few-shot-knn"].setChecked(True)
    form.sizes.setText("16, 8,32")
    form.seeds.setValue(2)
    form.k.setValue(3)
    spec = form.spec()
    assert spec.input_path == str(labelled) and (spec.text_column, spec.label_column) == ("review", "sentiment")
    assert spec.methods == (
        MethodSpec("zero-shot", "local:fake", 3),
        MethodSpec("zero-shot", "openai:gpt-4o-mini", 3),
        MethodSpec("few-shot-knn", "local:fake", 3),
        MethodSpec("few-shot-knn", "openai:gpt-4o-mini", 3),
        MethodSpec("embed-logreg", None, 3),
    )
    assert spec.embedding_model == "local:fake" and spec.sizes == (8, 16, 32) and spec.seeds == 2
    assert spec.test_path is None
    form.set_test(labelled.with_name("test.csv"))
    assert form.spec().test_path == str(labelled.with_name("test.csv"))

    # Only the embedding classifier: no chat model needed.
    for kind, box in form.method_boxes.items():
        box.setChecked(kind == "embed-logreg")
    form.set_models_checked([])
    assert form.spec().methods == (MethodSpec("embed-logreg", None, 3),)


def test_what_the_form_refuses(qtbot: QtBot, models: ModelDirectory, labelled: Path, tmp_path: Path) -> None:
    form = _form(qtbot, models, {"input_path": str(labelled), "methods": ["embed-logreg"]})
    form.label_combo.setCurrentText("review")
    with pytest.raises(FormError, match="same column"):
        form.spec()
    form.label_combo.setCurrentText("sentiment")
    form.sizes.setText("8, lots")
    with pytest.raises(FormError, match="not training sizes"):
        form.spec()
    form.sizes.setText("0")
    with pytest.raises(FormError, match="above zero"):
        form.spec()
    form.sizes.setText("8")
    form.method_boxes["embed-logreg"].setChecked(False)
    with pytest.raises(FormError, match="at least one method"):
        form.spec()
    missing = tmp_path / "gone.csv"
    form.set_input(missing)
    qtbot.waitUntil(lambda: not form.reading)
    form.method_boxes["embed-logreg"].setChecked(True)
    with pytest.raises(FormError, match="does not exist"):
        form.spec()


def test_the_form_remembers_its_values(qtbot: QtBot, models: ModelDirectory, labelled: Path) -> None:
    state: dict[str, Any] = {}
    form = _form(qtbot, models, state)
    form.set_input(labelled)
    qtbot.waitUntil(lambda: not form.reading)
    form.text_combo.setCurrentText("id")
    form.method_boxes["few-shot"].setChecked(True)
    form.set_models_checked(["local:fake"])
    form.sizes.setText("4, 8")
    form.seeds.setValue(5)
    form.k.setValue(7)
    # A restart: a new form on the saved state shows the same set-up.
    again = _form(qtbot, models, state)
    assert again.text_combo.currentText() == "id" and again.label_combo.currentText() == "sentiment"
    assert [k for k, b in again.method_boxes.items() if b.isChecked()] == ["zero-shot", "few-shot", "embed-logreg"]
    assert again.checked_models == ["local:fake"]
    assert (again.sizes.text(), again.seeds.value(), again.k.value()) == ("4, 8", 5, 7)
    assert again.spec() == form.spec()


def test_sizes_in_words() -> None:
    assert parse_sizes("8, 16 32,8") == (8, 16, 32)
