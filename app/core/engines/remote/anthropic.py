"""Anthropic's Messages API, streamed, through the ``anthropic`` SDK.

The API wants the system prompt as the top-level ``system`` parameter, not
as a message, and turns that alternate between user and assistant; the
conversation is reshaped here to fit. Input tokens come with
``message_start``, the output count (cumulative) with ``message_delta``.
An answer with a JSON Schema is the input of a tool the model is made to
call, streamed as text as its ``input_json_delta``s arrive.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator, Sequence
from typing import Any

from app.core.cancel import CancelToken
from app.core.engines.base import Capabilities, ChatRequest, Choice, ChoiceRequest, Message, StopReason
from app.core.engines.remote.base import HttpClient, RemoteEngine, StreamEvent
from app.core.engines.remote.failures import ProviderFailure, retry_after
from app.core.engines.remote.labels import label_schema, parse_chosen
from app.core.engines.remote.structured import object_root
from app.core.ui_text import ui_text

ANTHROPIC_BASE_URL = "https://api.anthropic.com"
#: The tool a classification answer is forced through.
CLASSIFY_TOOL = "classify"
#: The tool an answer with a JSON Schema is forced through.
ANSWER_TOOL = "answer"


class AnthropicEngine(RemoteEngine):
    """Claude models over the Messages API.

    Sampling settings (temperature, top_p) are not sent: the Messages API of
    the anthropic SDK this is written against (2.x) takes none.
    """

    api_name = ui_text("Anthropic's Messages API")
    url_hint = ui_text(
        "Check the base URL in Providers: the API's root, such as {url}, without /v1.", url=ANTHROPIC_BASE_URL
    )
    default_base_url = ANTHROPIC_BASE_URL

    @property
    def capabilities(self) -> Capabilities:
        return Capabilities(streaming=True, json_schema=True, label_choice="tool_enum")

    def _open_sdk(self, http: HttpClient) -> Any:
        import anthropic

        # An explicit key and base URL keep the SDK from reading credentials,
        # profiles or ANTHROPIC_BASE_URL from the environment.
        return anthropic.Anthropic(
            api_key=self._api_key,
            base_url=self.base_url,
            timeout=http.timeout,
            max_retries=self.options.max_retries,
            http_client=http.client,
        )

    def _events(self, sdk: Any, request: ChatRequest) -> Generator[StreamEvent, None, None]:
        system, turns = anthropic_messages(request.messages)
        params: dict[str, Any] = {"model": self.model, "max_tokens": request.max_tokens, "messages": turns}
        if system:
            params["system"] = system
        if request.stop:
            params["stop_sequences"] = list(request.stop)
        if request.json_schema is not None:
            # Structured output: a forced call of a tool whose input is the answer; its input JSON streams as text.
            object_root(request.json_schema, self.provider_label)
            tool = {
                "name": ANSWER_TOOL,
                "description": "Give the answer, in the shape the input schema says.",
                "input_schema": dict(request.json_schema),
            }
            params.update(tools=[tool], tool_choice={"type": "tool", "name": ANSWER_TOOL})
        yield from self._message_events(sdk, params)

    def choose(self, request: ChoiceRequest, cancel: CancelToken | None = None) -> Choice:
        """A forced call of a tool whose input schema is an enum of the labels.

        The Messages API gives no log-probabilities, so the choice carries none.
        """
        system, turns = anthropic_messages(request.messages)
        tool = {
            "name": CLASSIFY_TOOL,
            "description": "Record the label that fits the text."
            if not request.multi
            else "Record every label that fits the text.",
            "input_schema": label_schema(request.labels, request.multi),
        }
        params: dict[str, Any] = {
            "model": self.model,
            "max_tokens": request.max_tokens,
            "messages": turns,
            "tools": [tool],
            "tool_choice": {"type": "tool", "name": CLASSIFY_TOOL},
        }
        if system:
            params["system"] = system
        text, _, stats = self._collect(lambda sdk: self._message_events(sdk, params), cancel, request.messages)
        return Choice(parse_chosen(text or "{}", request.multi), "tool_enum", None, stats, raw=text)

    def _message_events(self, sdk: Any, params: dict[str, Any]) -> Generator[StreamEvent, None, None]:
        """The events of one streamed Messages call; a tool's input JSON arrives as text."""
        stream = sdk.messages.create(**params, stream=True)
        with stream:
            for event in stream:
                if event.type == "message_start":
                    usage = event.message.usage
                    yield StreamEvent(
                        tokens_in=_input_tokens(usage),
                        tokens_out=usage.output_tokens,
                        cached_tokens=usage.cache_read_input_tokens,
                    )
                elif event.type == "content_block_delta" and event.delta.type == "text_delta":
                    if event.delta.text:
                        yield StreamEvent(text=event.delta.text)
                elif event.type == "content_block_delta" and event.delta.type == "input_json_delta":
                    if event.delta.partial_json:
                        yield StreamEvent(text=event.delta.partial_json)
                elif event.type == "message_delta":
                    usage = event.usage
                    yield StreamEvent(
                        tokens_in=_input_tokens(usage) if usage.input_tokens is not None else None,
                        tokens_out=usage.output_tokens,
                        stop_reason=_stop_reason(event.delta.stop_reason),
                    )

    def _model_names(self, sdk: Any) -> Iterator[str]:
        for model in sdk.models.list():  # the SDK's page iterator follows has_more/after_id
            yield model.id

    def _describe(self, exc: BaseException) -> ProviderFailure | None:
        import anthropic

        if isinstance(exc, anthropic.APIStatusError):
            # In-stream "error" events arrive with the stream's own status, 200.
            message = exc.api_message or (exc.body if isinstance(exc.body, str) else "")
            return ProviderFailure(
                status=exc.status_code,
                message=str(message or ""),
                code=str(exc.type or ""),
                retry_after_s=retry_after(exc.response.headers, str(message or "")),
                api_shaped=exc.type is not None,
            )
        if isinstance(exc, anthropic.APIConnectionError):
            return None  # the transport error behind it says more
        if isinstance(exc, anthropic.APIError):
            return ProviderFailure(status=None, message=exc.message)
        return None


def anthropic_messages(messages: Sequence[Message]) -> tuple[str, list[dict[str, str]]]:
    """The top-level system prompt, and the turns with same-role neighbours merged.

    The Messages API takes no "system" role among the messages and wants
    user and assistant to alternate.
    """
    system = "\n\n".join(m.content for m in messages if m.role == "system" and m.content)
    turns: list[dict[str, str]] = []
    for m in messages:
        if m.role == "system":
            continue
        if turns and turns[-1]["role"] == m.role:
            turns[-1]["content"] += "\n\n" + m.content
        else:
            turns.append({"role": m.role, "content": m.content})
    return system, turns


def _input_tokens(usage: Any) -> int:
    # Anthropic counts cache writes and reads apart from input_tokens; all are prompt.
    return (usage.input_tokens or 0) + (usage.cache_creation_input_tokens or 0) + (usage.cache_read_input_tokens or 0)


def _stop_reason(reason: str | None) -> StopReason | None:
    if reason is None:
        return None
    return "length" if reason in ("max_tokens", "model_context_window_exceeded") else "stop"
