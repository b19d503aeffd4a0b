from pathlib import Path

from app.core.paths import Paths


def test_plinth_home_puts_everything_under_it(tmp_path: Path) -> None:
    paths = Paths.from_environment({"PLINTH_HOME": str(tmp_path)}).ensure()
    for d in (paths.config_dir, paths.data_dir, paths.models_dir, paths.cache_dir, paths.log_dir):
        assert d.is_dir()
        assert d.is_relative_to(tmp_path)
    assert paths.settings_file.parent == paths.config_dir


def test_without_plinth_home_uses_platform_dirs(tmp_path: Path) -> None:
    paths = Paths.from_environment({})
    assert "plinth" in str(paths.data_dir).lower()
    assert paths.models_dir.parent == paths.data_dir
