"""``python -m app`` runs Plinth exactly like the ``plinth`` command."""

import sys

from app.main import main

sys.exit(main())
