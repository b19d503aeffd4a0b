"""What the own-task run tests share: an invoice task, its rows, a checker that records its calls, and an
OpenAI-compatible engine on a loopback server.

``RecordingChecker`` stands in for the checks module's ``parse_output``/``run_checks`` until that branch is
merged: it parses JSON (or matches a label), checks that the answer's ``total`` equals the row's, and
remembers every (text, values) it was given.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Mapping
from dataclasses import replace

from servers.harness import FAST, PRICES

from app.core.cancel import CancelToken
from app.core.engines.base import Capabilities, ChatRequest, Chunk, Engine, Stats
from app.core.engines.remote.label_methods import LabelMethods
from app.core.engines.remote.openai import OpenAIEngine
from app.core.providers import ProviderConfig
from app.core.tasks.custom.run import Verdict
from app.core.tasks.custom.spec import CheckResult, CheckSpec, TaskSpec

INVOICE_SCHEMA = {
    "type": "object",
    "properties": {"vendor": {"type": "string"}, "total": {"type": "number"}},
    "required": ["vendor", "total"],
    "additionalProperties": False,
}
INVOICE_TASK = TaskSpec(
    name="invoice fields",
    system_prompt="You extract fields from invoices.",
    template="Extract the vendor and the total.\nInvoice: {{invoice}}",
    output="json",
    schema=INVOICE_SCHEMA,
    max_tokens=48,
    checks=(CheckSpec("total", "json_path_equals", value="{{total}}", path="$.total"),),
)
VENDORS = ("Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Tyrell")


def invoice_rows(n: int) -> list[dict[str, object]]:
    """Short invoices: "Acme, 3 x widget, total 42.50 EUR" with their vendor and total."""
    rows: list[dict[str, object]] = []
    for i in range(n):
        vendor = VENDORS[i % len(VENDORS)]
        total = f"{10 + 7 * i}.50"
        rows.append({"invoice": f"{vendor}, {i + 1} x widget, total {total} EUR", "vendor": vendor, "total": total})
    return rows


class RecordingChecker:
    """Parses the answer (JSON, or a label of the task) and checks ``total``; keeps every call."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, object]]] = []
        self._lock = threading.Lock()

    def __call__(self, task: TaskSpec, text: str, values: Mapping[str, object]) -> Verdict:
        with self._lock:
            self.calls.append((text, dict(values)))
        if task.output == "label":
            found = next((label for label in task.labels if label.casefold() == text.strip().casefold()), None)
            return Verdict(label=found, parse_error="" if found else f"{text!r} is none of the labels")
        if task.output == "text":
            return Verdict(checks=(CheckResult("said something", bool(text.strip())),))
        try:
            data = json.loads(text)
        except ValueError as exc:
            return Verdict(parse_error=f"not JSON: {exc}")
        total = data.get("total") if isinstance(data, dict) else None
        passed = isinstance(total, int | float) and total == float(str(values.get("total")))
        return Verdict(json=data, checks=(CheckResult("total", passed, "" if passed else f"got {total!r}"),))


def openai_engine(server_url: str, model: str = "gpt-test") -> OpenAIEngine:
    """An engine on the server at ``server_url`` that leaves 429s to the run (no SDK retries), priced as
    ``PRICES`` says."""
    config = ProviderConfig(name="peer", kind="openai-compatible", base_url=server_url + "/v1")
    return OpenAIEngine(config, model, api_key=None, prices=PRICES, options=replace(FAST, max_retries=0),
                        label_methods=LabelMethods())  # fmt: skip


class RecordingEngine:
    """``engine``, keeping each answer's ``Stats`` (to see how much of each prompt came from the KV cache)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.model_id = engine.model_id
        self.destination = engine.destination
        self.stats: list[Stats] = []

    @property
    def capabilities(self) -> Capabilities:
        return self.engine.capabilities

    def stream(self, request: ChatRequest, cancel: CancelToken | None = None) -> Iterator[Chunk]:
        for chunk in self.engine.stream(request, cancel):
            if chunk.stats is not None:
                self.stats.append(chunk.stats)
            yield chunk

    def close(self) -> None:
        self.engine.close()
