"""LoRA adapters as variants of their base model in the library: adding, listing, resolving, removing, refusing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers.lora import write_lora_adapter

from app.core.errors import ModelLoadError, ModelNotFoundError, UserFacingError
from app.core.models.adapters import VARIANTS_FILE, NotAnAdapterError, is_adapter_file
from app.core.models.gguf import read_gguf_type
from app.core.models.library import ModelExistsError, ModelLibrary


@pytest.fixture(scope="module")
def adapter_file(tmp_path_factory: pytest.TempPathFactory, starter_path: Path) -> Path:
    return write_lora_adapter(tmp_path_factory.mktemp("adapters") / "tone.gguf", starter_path)


def test_an_adapter_added_on_its_base_is_a_variant_listed_and_resolved(
    lib: ModelLibrary, adapter_file: Path, models_dir: Path
) -> None:
    variant = lib.add_adapter(adapter_file, "starter", scale=0.5)
    assert variant.model_id == "local:starter+tone" and variant.name == "starter+tone"
    assert variant.base_id == "starter" and variant.adapter_scale == 0.5
    assert variant.path == lib.resolve("starter").path, "a variant loads its base's file"
    # Copied into the models folder, so the original may go away.
    assert variant.adapter == models_dir / "adapters" / "starter+tone.gguf" and not variant.referenced
    assert variant.adapter.read_bytes() == adapter_file.read_bytes()
    assert [m.model_id for m in lib.list()] == ["starter", "local:starter+tone"]
    assert lib.resolve("local:STARTER+tone") == variant
    assert variant.to_dict() | {"path": None} == {
        "id": "local:starter+tone",
        "name": "starter+tone",
        "path": None,
        "size_bytes": adapter_file.stat().st_size,
        "starter": False,
        "referenced": False,
        "adapter": str(variant.adapter),
        "adapter_scale": 0.5,
        "base": "starter",
    }
    saved = json.loads((models_dir / VARIANTS_FILE).read_text())
    assert saved["variants"][0]["base"] == "starter" and saved["variants"][0]["copied"] is True
    # A variant's header details are its base's.
    assert lib.details(variant).architecture == "llama"


def test_a_referenced_adapter_stays_where_it_is_and_removing_only_forgets_it(
    lib: ModelLibrary, adapter_file: Path
) -> None:
    variant = lib.add_adapter(adapter_file, "starter", name="mine", mode="reference")
    assert variant.adapter == adapter_file and variant.referenced
    assert lib.remove("local:mine") == "forgotten"
    assert adapter_file.is_file()
    assert [m.model_id for m in lib.list()] == ["starter"]


def test_removing_a_variant_deletes_the_copied_adapter_but_not_one_another_variant_uses(
    lib: ModelLibrary, adapter_file: Path, models_dir: Path
) -> None:
    one = lib.add_adapter(adapter_file, "starter", name="one")
    assert lib.remove("local:one") == "deleted"
    assert one.adapter is not None and not one.adapter.exists()
    # An adapter already in the models folder (a Hub download) is used where it is, and stays on removal.
    downloaded = models_dir / "someone" / "tone-lora.gguf"
    downloaded.parent.mkdir()
    shutil.copy(adapter_file, downloaded)
    assert lib.adapter_files() == [downloaded]
    a = lib.add_adapter(downloaded, "starter", name="a")
    lib.add_adapter(downloaded, "starter", name="b", scale=2.0)
    assert a.adapter == downloaded and lib.adapter_files() == []
    assert lib.remove("local:a") == "forgotten" and downloaded.is_file()
    assert [m.name for m in lib.list()] == ["SmolLM2 135M Instruct (starter)", "b"]


def test_an_adapter_file_is_never_listed_as_a_model_nor_imported_as_one(
    lib: ModelLibrary, adapter_file: Path, models_dir: Path
) -> None:
    shutil.copy(adapter_file, models_dir / "loose.gguf")
    assert [m.model_id for m in lib.list()] == ["starter"]
    assert lib.adapter_files() == [models_dir / "loose.gguf"]
    with pytest.raises(NotAnAdapterError, match="is a LoRA adapter, not a model") as caught:
        lib.import_model(adapter_file)
    assert "add-adapter" in caught.value.hint
    with pytest.raises(NotAnAdapterError, match="not a model"):
        lib.resolve(f"local:{adapter_file}")


def test_a_model_file_is_refused_as_an_adapter(lib: ModelLibrary, starter_path: Path) -> None:
    with pytest.raises(NotAnAdapterError, match="is a model, not a LoRA adapter") as caught:
        lib.add_adapter(starter_path, "starter")
    assert "Models › Import" in caught.value.hint


def test_an_adapter_for_another_architecture_is_refused(lib: ModelLibrary, starter_path: Path, tmp_path: Path) -> None:
    other = write_lora_adapter(tmp_path / "qwen.gguf", starter_path, architecture="qwen2")
    with pytest.raises(NotAnAdapterError, match="adapter for qwen2 models.*llama model"):
        lib.add_adapter(other, "starter")


@pytest.mark.parametrize("scale", [-5.0, 4.5, float("nan"), float("inf")])
def test_a_scale_out_of_range_is_refused(lib: ModelLibrary, adapter_file: Path, scale: float) -> None:
    with pytest.raises(UserFacingError, match="scale .* out of range"):
        lib.add_adapter(adapter_file, "starter", scale=scale)
    assert lib.list()[1:] == []


def test_a_missing_base_a_clashing_name_and_a_variant_as_base_are_refused(
    lib: ModelLibrary, adapter_file: Path, tmp_path: Path
) -> None:
    with pytest.raises(ModelNotFoundError, match="No local model named 'nope'"):
        lib.add_adapter(adapter_file, "local:nope")
    with pytest.raises(ModelNotFoundError, match="No file at"):
        lib.add_adapter(tmp_path / "gone.gguf", "starter")
    lib.add_adapter(adapter_file, "starter", name="v")
    with pytest.raises(ModelExistsError, match="already installed"):
        lib.add_adapter(adapter_file, "starter", name="V")
    with pytest.raises(UserFacingError, match="cannot name a model variant"):
        lib.add_adapter(adapter_file, "starter", name="a/b")
    with pytest.raises(UserFacingError, match="is itself a variant"):
        lib.add_adapter(adapter_file, "local:v", name="w")


def test_removing_a_base_with_variants_is_refused_and_names_them(
    lib: ModelLibrary, adapter_file: Path, models_dir: Path, starter_path: Path
) -> None:
    shutil.copy(starter_path, models_dir / "base.gguf")
    lib.add_adapter(adapter_file, "local:base", name="tuned")
    with pytest.raises(UserFacingError, match="base model of tuned") as caught:
        lib.remove("local:base")
    assert "Remove those variants first" in caught.value.hint
    assert (models_dir / "base.gguf").is_file()
    assert lib.remove("local:tuned") == "deleted"
    assert lib.remove("local:base") == "deleted"


def test_a_variant_whose_adapter_is_gone_is_left_out_but_can_be_forgotten(
    lib: ModelLibrary, adapter_file: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "usb" / "tone.gguf"
    elsewhere.parent.mkdir()
    shutil.copy(adapter_file, elsewhere)
    lib.add_adapter(elsewhere, "starter", name="unplugged", mode="reference")
    elsewhere.unlink()
    assert [m.model_id for m in lib.list()] == ["starter"]
    assert lib.remove("local:unplugged") == "forgotten"
    assert json.loads(lib.variants_file.read_text())["variants"] == []


def test_an_unreadable_variants_file_lists_no_variants(lib: ModelLibrary, models_dir: Path) -> None:
    (models_dir / VARIANTS_FILE).write_text("{not json")
    assert [m.model_id for m in lib.list()] == ["starter"]


def test_the_header_type_is_read_without_the_tensor_table(
    adapter_file: Path, starter_path: Path, tmp_path: Path
) -> None:
    assert read_gguf_type(adapter_file) == "adapter"
    assert read_gguf_type(starter_path) == "model"
    garbage = tmp_path / "garbage.gguf"
    garbage.write_bytes(b"\0" * 64)
    with pytest.raises(ModelLoadError, match="GGUF signature"):
        read_gguf_type(garbage)
    assert not is_adapter_file(garbage)


def test_a_model_file_naming_no_type_is_not_an_adapter(tmp_path: Path) -> None:
    import gguf

    path = tmp_path / "old.gguf"
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_token_list([f"t{i}" for i in range(1000)])
    writer.add_string("late.key", "after the vocabulary")
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    assert read_gguf_type(path) is None
    assert not is_adapter_file(path)


def test_a_base_given_by_path_must_be_installed_first(
    lib: ModelLibrary, adapter_file: Path, starter_path: Path, tmp_path: Path
) -> None:
    loose = tmp_path / "loose-model.gguf"
    shutil.copy(starter_path, loose)
    with pytest.raises(UserFacingError, match="loose-model.gguf is not installed") as caught:
        lib.add_adapter(adapter_file, f"local:{loose}")
    assert "Import it first" in caught.value.hint
