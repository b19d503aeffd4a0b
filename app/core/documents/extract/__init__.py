"""Text out of files, one module per format family; ``extract`` is the one door (``dispatch.py``)."""

from app.core.documents.extract.common import DEFAULT_LIMITS, ExtractLimits, UnreadableFileError
from app.core.documents.extract.dispatch import extract, supported_suffixes

__all__ = ["DEFAULT_LIMITS", "ExtractLimits", "UnreadableFileError", "extract", "supported_suffixes"]
