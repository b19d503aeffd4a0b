import json
import shutil
import struct
import time
from pathlib import Path

import pytest

from app.core.errors import ModelLoadError, UserFacingError
from app.core.models.library import REFERENCES_FILE, ModelExistsError, ModelLibrary


def hostile_gguf(path: Path) -> Path:
    """A header whose one metadata array claims 2**40 strings."""
    key = b"tokenizer.ggml.tokens"
    header = b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + struct.pack("<Q", len(key)) + key
    path.write_bytes(header + struct.pack("<IIQ", 9, 8, 2**40))
    return path


def test_starter_metadata(lib: ModelLibrary) -> None:
    details = lib.details(lib.resolve("starter"))
    assert (details.architecture, details.quantization, details.context_length) == ("llama", "Q4_1", 8192)
    assert details.error is None


def test_import_by_copy(lib: ModelLibrary, models_dir: Path, starter_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "elsewhere" / "Smol-Q4_1.gguf"
    source.parent.mkdir()
    shutil.copy(starter_path, source)
    model = lib.import_model(source, mode="copy")
    assert model.model_id == "local:Smol-Q4_1" and not model.referenced
    assert model.path == models_dir / "Smol-Q4_1.gguf" and model.path.stat().st_size == source.stat().st_size
    assert source.is_file(), "a copy leaves the original alone"
    assert [m.model_id for m in lib.list()] == ["starter", "local:Smol-Q4_1"]
    assert lib.details(model).quantization == "Q4_1"
    assert not list(models_dir.glob("*.importing"))

    assert lib.remove("local:Smol-Q4_1") == "deleted"
    assert not model.path.exists() and source.is_file()
    assert [m.model_id for m in lib.list()] == ["starter"]


def test_import_by_reference_keeps_the_file_where_it_is(
    lib: ModelLibrary, models_dir: Path, starter_path: Path
) -> None:
    model = lib.import_model(starter_path.parent / starter_path.name, mode="reference")
    stem = starter_path.stem
    assert model.referenced and model.path == starter_path.resolve()
    assert json.loads((models_dir / REFERENCES_FILE).read_text())["models"] == [{"path": str(starter_path.resolve())}]
    listed = {m.model_id: m for m in lib.list()}
    assert listed[f"local:{stem}"].referenced
    assert lib.resolve(f"local:{stem}").path == starter_path.resolve()
    # Importing it again is a no-op, not a duplicate.
    assert lib.import_model(starter_path, mode="reference").model_id == f"local:{stem}"
    assert len(json.loads((models_dir / REFERENCES_FILE).read_text())["models"]) == 1

    assert lib.remove(f"local:{stem}") == "forgotten"
    assert starter_path.is_file(), "forgetting a reference never deletes the file"
    assert [m.model_id for m in lib.list()] == ["starter"]


def test_referenced_file_that_disappeared_is_left_out(lib: ModelLibrary, starter_path: Path, tmp_path: Path) -> None:
    moved = tmp_path / "usb" / "model.gguf"
    moved.parent.mkdir()
    shutil.copy(starter_path, moved)
    lib.import_model(moved, mode="reference")
    moved.unlink()
    assert [m.model_id for m in lib.list()] == ["starter"]


def test_starter_and_outside_files_are_never_deleted(lib: ModelLibrary, starter_path: Path) -> None:
    with pytest.raises(UserFacingError, match="starter model cannot be removed"):
        lib.remove("starter")
    with pytest.raises(UserFacingError, match="not in the models folder"):
        lib.remove(f"local:{starter_path}")
    assert starter_path.is_file()


def test_download_folders_left_empty_are_pruned(lib: ModelLibrary, models_dir: Path, starter_path: Path) -> None:
    repo_dir = models_dir / "org__repo-GGUF"
    repo_dir.mkdir()
    shutil.copy(starter_path, repo_dir / "tiny-Q4_1.gguf")
    assert lib.remove("local:tiny-Q4_1") == "deleted"
    assert not repo_dir.exists() and models_dir.is_dir()


def test_imports_that_cannot_work_are_refused(
    lib: ModelLibrary, models_dir: Path, tmp_path: Path, starter_path: Path
) -> None:
    garbage = tmp_path / "garbage.gguf"
    garbage.write_bytes(b"not a model at all" * 10)
    with pytest.raises(ModelLoadError, match="not a valid GGUF"):
        lib.import_model(garbage)
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(UserFacingError, match="not a .gguf file"):
        lib.import_model(text)
    with pytest.raises(UserFacingError, match="No file"):
        lib.import_model(tmp_path / "missing.gguf")
    shutil.copy(starter_path, models_dir / "same.gguf")
    other = tmp_path / "other" / "same.gguf"
    other.parent.mkdir()
    shutil.copy(starter_path, other)
    with pytest.raises(ModelExistsError, match="“same” is already installed") as exc:
        lib.import_model(other, mode="reference")
    assert exc.value.title == "Model already in the library"
    assert list(models_dir.iterdir()) == [models_dir / "same.gguf"]


@pytest.mark.parametrize("kind", ["garbage", "truncated", "hostile", "empty"])
def test_bad_files_in_the_folder_are_error_rows(
    lib: ModelLibrary, models_dir: Path, starter_path: Path, kind: str
) -> None:
    path = models_dir / f"bad-{kind}.gguf"
    if kind == "garbage":
        path.write_bytes(bytes(range(256)) * 40)
    elif kind == "truncated":
        path.write_bytes(starter_path.read_bytes()[:5000])
    elif kind == "hostile":
        hostile_gguf(path)
    else:
        path.write_bytes(b"")
    model = lib.resolve(f"local:bad-{kind}")
    started = time.perf_counter()
    details = lib.details(model)
    assert time.perf_counter() - started < 1.0
    assert details.error and "not a valid GGUF model file" in details.error
    assert [m.model_id for m in lib.list()] == ["starter", f"local:bad-{kind}"]
    assert lib.remove(f"local:bad-{kind}") == "deleted"


def test_a_sharded_model_is_one_model(lib: ModelLibrary, models_dir: Path) -> None:
    for i in (1, 2):
        (models_dir / f"big-Q8_0-0000{i}-of-00002.gguf").write_bytes(b"x" * (100 * i))
    [model] = [m for m in lib.list() if not m.is_starter]
    assert model.model_id == "local:big-Q8_0" and model.size_bytes == 300
    assert model.path.name == "big-Q8_0-00001-of-00002.gguf"
    assert lib.remove("local:big-Q8_0") == "deleted"
    assert list(models_dir.iterdir()) == []


def test_details_are_cached_until_the_file_changes(lib: ModelLibrary, models_dir: Path, starter_path: Path) -> None:
    path = models_dir / "flip.gguf"
    path.write_bytes(b"junk" * 10)
    model = lib.resolve("local:flip")
    assert lib.details(model).error
    shutil.copy(starter_path, path)
    assert lib.details(lib.resolve("local:flip")).architecture == "llama"
