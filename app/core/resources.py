"""Where the files Plinth ships with (prices, catalogue, icons) are.

A source checkout, an editable install and a frozen build keep them beside
the ``app`` package (``resources/``, ``models/``). ``pip install .`` installs
them as data files under ``<prefix>/share/plinth/`` (pyproject.toml,
``[tool.setuptools.data-files]``); they are then found through the
distribution's own file list, so any install scheme (venv, ``--user``,
pipx) works.
"""

from __future__ import annotations

from pathlib import Path

DIST_NAME = "plinth"
SOURCE_ROOT = Path(__file__).resolve().parent.parent.parent
DATA_PREFIX = "share/plinth/"


def shipped_file(relative: str) -> Path:
    """``relative`` (e.g. ``"resources/prices.json"``) as shipped with this Plinth.

    Returns the source-tree path when no installed copy is found, so a
    missing file is reported with a path a person can recognise.
    """
    source = SOURCE_ROOT / relative
    if source.exists():
        return source
    installed = _installed_data_file(relative)
    return installed if installed is not None else source


def _installed_data_file(relative: str) -> Path | None:
    # Here, not at the top: a source checkout never gets this far, and the import alone costs start-up ~15 ms.
    import importlib.metadata

    try:
        dist = importlib.metadata.distribution(DIST_NAME)
    except importlib.metadata.PackageNotFoundError:
        return None
    wanted = DATA_PREFIX + relative
    for file in dist.files or ():
        if file.as_posix().endswith(wanted):
            path = Path(str(dist.locate_file(file))).resolve()
            if path.exists():
                return path
    return None
