import json
from pathlib import Path

from app.core.settings import SCHEMA_VERSION, Settings, SettingsStore


def test_round_trip(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    settings = Settings(system_prompt="Be brief. ✓", temperature=0.2, draft="half a thought")
    store.save(settings)
    loaded = SettingsStore(tmp_path / "settings.json").load()
    assert loaded == settings


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "nope" / "settings.json")
    assert store.load() == Settings()
    assert store.warnings == []


def test_corrupt_file_is_set_aside_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    store = SettingsStore(path)
    assert store.load() == Settings()
    assert not path.exists()
    aside = list(tmp_path.glob("settings.json.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == "{not json"
    assert "set aside" in store.warnings[0]


def test_unknown_keys_are_ignored_and_version_stamped(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 0, "temperature": 0.1, "from_the_future": 1}), encoding="utf-8")
    loaded = SettingsStore(path).load()
    assert loaded.temperature == 0.1
    assert loaded.schema_version == SCHEMA_VERSION


def test_save_is_atomic_and_leaves_no_temp_files(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    for i in range(3):
        store.save(Settings(max_tokens=100 + i))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]
    assert store.load().max_tokens == 102
