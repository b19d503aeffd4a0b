"""Layer rules import-linter cannot express, checked on the source."""

import ast
from pathlib import Path

import app

APP = Path(app.__file__).parent


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def test_workers_use_qtcore_only() -> None:
    for path in (APP / "workers").rglob("*.py"):
        bad = {n for n in _imports(path) if n.startswith("PySide6.") and not n.startswith("PySide6.QtCore")}
        assert not bad, f"{path.name} imports {sorted(bad)}"


def test_test_modules_have_unique_names() -> None:
    """pytest imports test modules by their file name (no packages under tests/): two with one name stop the
    whole run at collection, so the clash is caught here, with both paths named."""
    seen: dict[str, Path] = {}
    clashes = []
    for path in sorted(Path(__file__).parent.rglob("test_*.py")):
        if path.name in seen:
            clashes.append(f"{seen[path.name]} and {path}")
        seen.setdefault(path.name, path)
    assert not clashes, clashes
