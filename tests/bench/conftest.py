"""The benchmark report: every benchmark adds rows, the session prints one table and writes JSON.

A benchmark asks for the ``bench`` fixture and calls ``bench.row(...)`` once
per figure it measured against a baseline in the same run. At the end of the
session the rows are printed as a table (number, what, Plinth, baseline,
ratio, target, holds) and written, with the machine's description, to
``build/bench/results.json`` (``PLINTH_BENCH_JSON`` overrides the path).
Targets are reported, not asserted: a miss is a finding for the README, not a
failing test. A benchmark still fails when its measurement is broken.

The ratio column reads the way the row's target does. A target "at most N×
the baseline" (``at_most``: a time Plinth may take, say) shows Plinth ÷
baseline, so "2.4x" against "<= 1.5x" is a miss. Every other row shows how
many times better Plinth is: Plinth ÷ baseline for a rate, baseline ÷ Plinth
for a time or a size (then its target says "faster"), and a minimum
(``target``) applies to that.
"""

from __future__ import annotations

import json
import os
import platform
import re
import statistics
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import psutil
import pytest

from app.core.engines.local.embedding_engine import POOLING_MEAN, LocalEmbeddingEngine

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_JSON = ROOT / "build" / "bench" / "results.json"


@dataclass
class BenchRow:
    number: str  # the row number ("1", "3a", "scaling") so the table sorts as the issue does
    what: str
    plinth: float
    baseline: float
    unit: str
    #: What the target reads: plinth / baseline for an ``at_most`` target; otherwise how many times better
    #: Plinth is (plinth / baseline, or baseline / plinth where lower is better: see ``higher_is_better``).
    ratio: float
    target: str
    holds: bool | None  # None: reported only, no target
    reps: int
    plinth_samples: list[float] = field(default_factory=list)
    baseline_samples: list[float] = field(default_factory=list)
    notes: str = ""


class BenchReport:
    def __init__(self) -> None:
        self.rows: list[BenchRow] = []
        self.started = time.time()
        #: Figures that compare nothing (a bandwidth, a size), written to the JSON under "extras".
        self.extras: dict[str, object] = {}

    def extra(self, key: str, value: object) -> None:
        self.extras[key] = value

    def row(
        self,
        number: str,
        what: str,
        plinth: list[float] | float,
        baseline: list[float] | float,
        unit: str,
        *,
        higher_is_better: bool = True,
        target: float | None = None,
        target_text: str = "",
        holds: bool | None = None,
        notes: str = "",
        at_most: float | None = None,
    ) -> BenchRow:
        """Record one comparison. Lists of samples are reduced to their median.

        ``target`` is a minimum of how many times better Plinth is
        (plinth/baseline for higher-is-better units, baseline/plinth for
        lower-is-better ones: "N× faster"); ``at_most`` a maximum of
        plinth/baseline ("at most N× the baseline's time"), and the row's ratio
        is then plinth/baseline. Or give ``holds`` and ``target_text`` yourself
        for targets of another shape.
        """
        if target is not None and at_most is not None:
            raise ValueError("a row has one target: a minimum (target) or a maximum (at_most)")
        p_samples = list(plinth) if isinstance(plinth, (list, tuple)) else [float(plinth)]
        b_samples = list(baseline) if isinstance(baseline, (list, tuple)) else [float(baseline)]
        p, b = statistics.median(p_samples), statistics.median(b_samples)
        if higher_is_better or at_most is not None:
            ratio = p / b if b else float("inf")
        else:
            ratio = b / p if p else float("inf")
        if at_most is not None and holds is None:
            holds = ratio <= at_most
            target_text = target_text or f"<= {at_most:g}x"
        if target is not None and holds is None:
            holds = ratio >= target
            target_text = target_text or f">= {target:g}x"
        row = BenchRow(number, what, p, b, unit, ratio, target_text, holds, len(p_samples), p_samples, b_samples, notes)
        self.rows.append(row)
        print(f"\n[bench {number}] {what}: plinth {p:.4g} {unit}, baseline {b:.4g} {unit}, "
              f"ratio {ratio:.2f}x, target {target_text or '-'}: {_verdict(holds)}"
              + (f" ({notes})" if notes else ""))  # fmt: skip
        return row

    def table(self) -> str:
        header = ("#", "what", "Plinth", "baseline", "ratio", "target", "holds")
        lines = [header]
        for r in sorted(self.rows, key=lambda r: _sort_key(r.number)):
            lines.append((r.number, r.what, f"{r.plinth:.4g} {r.unit}", f"{r.baseline:.4g} {r.unit}",
                          f"{r.ratio:.2f}x", r.target or "-", _verdict(r.holds)))  # fmt: skip
        widths = [max(len(str(line[i])) for line in lines) for i in range(len(header))]
        out = []
        for n, line in enumerate(lines):
            out.append("  ".join(str(cell).ljust(w) for cell, w in zip(line, widths)).rstrip())
            if n == 0:
                out.append("  ".join("-" * w for w in widths))
        return "\n".join(out)


def machine() -> dict[str, object]:
    freq = psutil.cpu_freq()
    return {
        "cpu": platform.processor() or platform.machine(),
        "physical_cores": psutil.cpu_count(logical=False),
        "logical_cpus": psutil.cpu_count(logical=True),
        "ram_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "cpu_mhz": round(freq.max or freq.current) if freq else None,
        "python": platform.python_version(),
        "system": platform.platform(),
    }


def _verdict(holds: bool | None) -> str:
    return "-" if holds is None else ("yes" if holds else "NO")


def _sort_key(number: str) -> tuple[int, str]:
    # The rows ("1", "3a") first, in order; named extras ("scaling", "store-1") after them.
    digits = re.match(r"\d+", number)
    return (int(digits.group()) if digits else 99, number)


_REPORT = BenchReport()


@pytest.fixture(scope="session")
def bench() -> BenchReport:
    return _REPORT


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if not _REPORT.rows:
        return
    path = Path(os.environ.get("PLINTH_BENCH_JSON", DEFAULT_JSON))
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "machine": machine(),
        "started": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(_REPORT.started)),
        "seconds": round(time.time() - _REPORT.started, 1),
        "rows": [asdict(r) for r in sorted(_REPORT.rows, key=lambda r: _sort_key(r.number))],
        "extras": _REPORT.extras,
    }
    path.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    text = f"\nPlinth benchmarks on {payload['machine']}\n{_REPORT.table()}\nwritten to {path}\n"
    if reporter is not None:
        reporter.write(text)
    else:
        print(text)


#: llama.cpp threads for every bench (one by default: the figures compare like with like on a shared machine).
BENCH_THREADS = int(os.environ.get("PLINTH_BENCH_THREADS", "1"))
#: The embedding benches' context: every chunk they embed fits in it.
EMBED_CONTEXT = 512


@pytest.fixture(scope="module")
def embedder(starter_path: Path) -> Iterator[LocalEmbeddingEngine]:
    """The starter model in Plinth's embedding engine child, loaded."""
    engine = LocalEmbeddingEngine(starter_path, "starter", context_cap=EMBED_CONTEXT, n_threads=BENCH_THREADS)
    engine.load()
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def raw(starter_path: Path) -> Iterator[Any]:
    """The baseline: the starter model in a bare llama-cpp-python ``Llama(embedding=True)`` in this process."""
    import llama_cpp

    llm = llama_cpp.Llama(
        str(starter_path),
        embedding=True,
        pooling_type=POOLING_MEAN,
        n_ctx=EMBED_CONTEXT,
        n_batch=EMBED_CONTEXT,
        n_ubatch=EMBED_CONTEXT,
        n_threads=BENCH_THREADS,
        n_threads_batch=BENCH_THREADS,
        verbose=False,
    )
    yield llm
    llm.close()
