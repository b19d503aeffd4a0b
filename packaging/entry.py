"""Frozen entry point: the PyInstaller build starts here, not at app/__main__.py.

``multiprocessing.freeze_support()`` must run before anything else. The local
engine starts llama.cpp in a child process with the ``spawn`` start method; in
a frozen build ``sys.executable`` is the Plinth binary itself, so the child is
this same binary re-executed with multiprocessing's own arguments.
PyInstaller's multiprocessing runtime hook makes ``freeze_support()`` spot
those arguments, run the child's work and exit, so the child never reaches
``app.main.main`` (which would open a second window).
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from app.main import main

    sys.exit(main())
