"""Errors meant for people.

Every ``UserFacingError`` carries a message that says what happened and a
hint that says what to do next. Anything else that escapes is a bug.
"""

from __future__ import annotations

from app.core.ui_text import ui_join


class UserFacingError(Exception):
    """An error a person can act on; ``str()`` gives message and hint."""

    title = "Something went wrong"

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        # Both parts kept apart in a UiText, so the window can translate each (app.ui.i18n.core_text).
        if self.message and self.hint:
            return ui_join([self.message, self.hint])
        return self.message or self.hint


class ModelNotFoundError(UserFacingError):
    title = "Model not found"


class ModelLoadError(UserFacingError):
    title = "The model could not be loaded"


class ChatTemplateError(UserFacingError):
    """The chat template inside a model file failed, or tried something the sandbox forbids."""

    title = "The model's chat template failed"


class EngineCrashedError(UserFacingError):
    title = "The model stopped unexpectedly"


class ContextTooLongError(UserFacingError):
    title = "Text too long for this model"


class InvalidRequestError(UserFacingError):
    title = "Nothing to send"


class AuthError(UserFacingError):
    title = "Key rejected"


class RateLimitError(UserFacingError):
    title = "Rate limit or quota reached"

    def __init__(self, message: str, hint: str = "", retry_after_s: float | None = None) -> None:
        super().__init__(message, hint)
        self.retry_after_s = retry_after_s


class ProviderServerError(UserFacingError):
    title = "The provider's server failed"

    def __init__(self, message: str, hint: str = "", status: int | None = None) -> None:
        super().__init__(message, hint)
        #: The HTTP status answered; 200 for an error sent inside a stream that had started.
        self.status = status


class RequestRefusedError(UserFacingError):
    """A reached provider turned the request down (a 4xx that is no key, quota, size or model problem)."""

    title = "Request refused"


class NotFoundOnServerError(UserFacingError):
    """A server that was reached answered 404: the path (base URL) or the model is not there."""

    title = "Not found on the server"


class CannotClassifyError(UserFacingError):
    """No way Plinth has of asking for a label (schema, JSON, logprobs, a plain answer) works with this model."""

    title = "This server cannot classify"


class SchemaNotSupportedError(UserFacingError):
    """A JSON Schema the engine cannot enforce: too complex for a local model's grammar, or outside what a
    provider's structured output takes."""

    title = "This JSON Schema cannot be used with this model"


class NetworkError(UserFacingError):
    title = "Cannot reach the provider"


class ProviderTimeoutError(UserFacingError):
    title = "The provider did not answer in time"


class NoKeychainError(UserFacingError):
    title = "No keychain available"


class OfflineError(UserFacingError):
    """Offline mode is on and the action would leave this computer; the hint says how to turn it off.

    The message itself starts "Offline mode is on:", so the title says the rest.
    """

    title = "Nothing leaves this computer"
