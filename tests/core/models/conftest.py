"""The models tests' library: an empty models folder beside the installed starter model."""

from pathlib import Path

import pytest

from app.core.models.library import ModelLibrary


@pytest.fixture
def models_dir(tmp_path: Path) -> Path:
    d = tmp_path / "models"
    d.mkdir()
    return d


@pytest.fixture
def lib(models_dir: Path, starter_path: Path) -> ModelLibrary:
    return ModelLibrary(models_dir, starter_path)
