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
