"""``python -m app`` runs Plinth exactly like the ``plinth`` command."""

import sys

from app.bootstrap import main

sys.exit(main())
