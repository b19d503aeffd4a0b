"""Anthropic's Messages and Models API, as documented at docs.anthropic.com/en/api.

``POST /v1/messages`` with ``stream: true`` answers the events
message_start, content_block_start, ping, content_block_delta...,
content_block_stop, message_delta (stop reason, cumulative output tokens)
and message_stop. Requests need an ``anthropic-version`` header and the key
in ``x-api-key`` (or, as recent SDKs send it, ``Authorization: Bearer``);
the messages must alternate user/assistant, start with the user, and carry
no "system" role (the system prompt is the top-level ``system``).
Errors are ``{"type": "error", "error": {"type", "message"}}``.

With ``tools`` and a forced ``tool_choice`` (``{"type": "tool", "name"}``),
the answer is one ``tool_use`` block whose input streams as
``input_json_delta`` events and picks ``choice`` from the tool's enum (or
its first value), or is ``structured`` when set; the stop reason is ``tool_use``.
"""

from __future__ import annotations

import json
from typing import Any

from .base import Fault, Frame, ProtocolServer, Recorded, Reply, pick, pieces, sse, text_frames


class AnthropicServer(ProtocolServer):
    default_models = ("claude-test", "claude-test-small")

    def is_streaming(self, rec: Recorded) -> bool:
        return isinstance(rec.body, dict) and bool(rec.body.get("stream"))

    def route(self, rec: Recorded) -> Reply:
        if rec.path not in ("/v1/messages", "/v1/models"):
            return _error(404, "not_found_error", "Not found")
        key = rec.headers.get("x-api-key") or rec.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if not key:
            return _error(401, "authentication_error", "x-api-key header is required")
        if key != self.api_key:
            return _error(401, "authentication_error", "invalid x-api-key")
        if "anthropic-version" not in rec.headers:
            return _error(400, "invalid_request_error", "anthropic-version: header is required")
        if rec.path == "/v1/models":
            data = [
                {"type": "model", "id": m, "display_name": m.title(), "created_at": "2025-01-01T00:00:00Z"}
                for m in self.models
            ]
            return Reply(body={"data": data, "has_more": False, "first_id": self.models[0], "last_id": self.models[-1]})
        return self._messages(rec)

    def _messages(self, rec: Recorded) -> Reply:
        body: dict[str, Any] = rec.body
        problem = _invalid(body)
        if problem:
            return _error(400, "invalid_request_error", problem)
        model = body["model"]
        if model not in self.models:
            return _error(404, "not_found_error", f"model: {model}")
        system = body.get("system") or ""
        prompt_chars = len(system if isinstance(system, str) else str(system))
        prompt_chars += sum(len(str(m["content"])) for m in body["messages"])
        if prompt_chars > self.max_prompt_chars:
            too_long = f"prompt is too long: {prompt_chars} tokens > {self.max_prompt_chars} maximum"
            return _error(400, "invalid_request_error", too_long)
        if not body.get("stream"):
            return _error(400, "invalid_request_error", "This test server only streams.")
        tool_problem, tool = _forced_tool(body)
        if tool_problem:
            return _error(400, "invalid_request_error", tool_problem)
        if tool is not None:
            return self._tool_use(body, tool)
        deltas = self.reply[: body["max_tokens"]]
        stop = "max_tokens" if len(deltas) < len(self.reply) else "end_turn"
        n_in, n_out = self.usage
        message = {
            "id": "msg_test",
            "type": "message",
            "role": "assistant",
            "content": [],
            "model": model,
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {
                "input_tokens": n_in,
                "cache_creation_input_tokens": 0,
                "cache_read_input_tokens": 0,
                "output_tokens": 1,
            },
        }
        block = {"type": "text", "text": ""}
        frames = [
            sse({"type": "message_start", "message": message}, "message_start"),
            sse({"type": "content_block_start", "index": 0, "content_block": block}, "content_block_start"),
            sse({"type": "ping"}, "ping"),
        ]
        frames += text_frames(sse(_text_delta(d), "content_block_delta") for d in deltas)
        frames += [
            sse({"type": "content_block_stop", "index": 0}, "content_block_stop"),
            sse(
                {
                    "type": "message_delta",
                    "delta": {"stop_reason": stop, "stop_sequence": None},
                    "usage": {"output_tokens": n_out},
                },
                "message_delta",
            ),
            sse({"type": "message_stop"}, "message_stop"),
        ]
        return Reply(frames=frames, headers={"request-id": "req_test"})

    def _tool_use(self, body: dict[str, Any], tool: dict[str, Any]) -> Reply:
        answer: Any = self.structured
        if answer is None:
            answer = {}
            for key, prop in (tool["input_schema"].get("properties") or {}).items():
                if prop.get("type") == "array" and isinstance((prop.get("items") or {}).get("enum"), list):
                    answer[key] = [pick(self, prop["items"]["enum"])]
                elif isinstance(prop.get("enum"), list) and prop["enum"]:
                    answer[key] = pick(self, prop["enum"])
        n_in, n_out = self.usage
        message = {
            "id": "msg_test", "type": "message", "role": "assistant", "content": [], "model": body["model"],
            "stop_reason": None, "stop_sequence": None,
            "usage": {"input_tokens": n_in, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0,
                      "output_tokens": 1},
        }  # fmt: skip
        block = {"type": "tool_use", "id": "toolu_test", "name": tool["name"], "input": {}}
        frames = [
            sse({"type": "message_start", "message": message}, "message_start"),
            sse({"type": "content_block_start", "index": 0, "content_block": block}, "content_block_start"),
        ]
        frames += text_frames(
            sse({"type": "content_block_delta", "index": 0, "delta": {"type": "input_json_delta", "partial_json": p}},
                "content_block_delta")
            for p in ["", *pieces(json.dumps(answer))]
        )  # fmt: skip
        frames += [
            sse({"type": "content_block_stop", "index": 0}, "content_block_stop"),
            sse({"type": "message_delta", "delta": {"stop_reason": "tool_use", "stop_sequence": None},
                 "usage": {"output_tokens": n_out}}, "message_delta"),
            sse({"type": "message_stop"}, "message_stop"),
        ]  # fmt: skip
        return Reply(frames=frames, headers={"request-id": "req_test"})

    def error_frame(self) -> Frame:
        return sse({"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}, "error")

    def fault_reply(self, fault: Fault, rec: Recorded) -> Reply:
        if fault.kind == "rate_limit":
            headers = {"retry-after": f"{fault.retry_after:g}"} if fault.retry_after is not None else {}
            return _error(
                429,
                "rate_limit_error",
                "This request would exceed the rate limit for your organization of 50 requests per minute.",
                headers,
            )
        if fault.status == 529:
            return _error(529, "overloaded_error", "Overloaded")
        return _error(fault.status, "api_error", "Internal server error")


def _text_delta(text: str) -> dict[str, Any]:
    return {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": text}}


def _forced_tool(body: dict[str, Any]) -> tuple[str, dict[str, Any] | None]:
    """(the API's complaint, None), or ("", the tool a tool_choice forces; None when none is)."""
    tools = body.get("tools")
    choice = body.get("tool_choice")
    if tools is None:
        return ("tool_choice: may only be specified while providing tools", None) if choice else ("", None)
    if not isinstance(tools, list) or not tools:
        return "tools: at least one tool is required", None
    by_name = {}
    for i, tool in enumerate(tools):
        if not isinstance(tool, dict) or not isinstance(tool.get("name"), str):
            return f"tools.{i}.name: Field required", None
        schema = tool.get("input_schema")
        if not isinstance(schema, dict) or schema.get("type") != "object":
            return f"tools.{i}.custom.input_schema.type: Input should be 'object'", None
        by_name[tool["name"]] = tool
    if not isinstance(choice, dict) or choice.get("type") != "tool":
        return "", None
    if choice.get("name") not in by_name:
        return f"tool_choice.name: Tool '{choice.get('name')}' not found in provided tools", None
    return "", by_name[choice["name"]]


def _invalid(body: Any) -> str:
    """What the real API would refuse in this request body, or ""."""
    if not isinstance(body, dict):
        return "request body must be a JSON object"
    if not isinstance(body.get("max_tokens"), int):
        return "max_tokens: Field required"
    if not isinstance(body.get("model"), str):
        return "model: Field required"
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        return "messages: at least one message is required"
    previous = None
    for i, message in enumerate(messages):
        role = message.get("role")
        if role not in ("user", "assistant"):
            return (
                f'messages.{i}.role: Unexpected role "{role}". The Messages API accepts a top-level `system` '
                'parameter, not "system" as an input message role.'
            )
        if i == 0 and role != "user":
            return 'messages: first message must use the "user" role'
        if role == previous:
            return (
                'messages: roles must alternate between "user" and "assistant", '
                f'but found multiple "{role}" roles in a row'
            )
        previous = role
    return ""


def _error(status: int, type_: str, message: str, headers: dict[str, str] | None = None) -> Reply:
    body = {"type": "error", "error": {"type": type_, "message": message}, "request_id": "req_test"}
    return Reply(status, body, {"request-id": "req_test", **(headers or {})})
