"""The shipped list of architectures the bundled llama.cpp runs, checked against the installed llama.cpp.

Run as a script (``PYTHONPATH=tests .venv/bin/python -m tests.core.models.test_architectures``),
this module prints LLAMA_CPP_ARCHITECTURES afresh for the installed llama.cpp, to paste into
app/core/models/architectures.py after an upgrade.
"""

from __future__ import annotations

import json
import subprocess
import sys

from app.core.models.architectures import LLAMA_CPP_ARCHITECTURES, LLAMA_CPP_VERSION

_ORACLE = r"""
import ctypes, json, os, re, struct, sys, tempfile
import llama_cpp

log = []
@llama_cpp.llama_log_callback
def _log(level, text, user_data):
    log.append(text.decode(errors="replace"))
llama_cpp.llama_log_set(_log, ctypes.c_void_p(0))

def header(arch):
    def s(x):
        raw = x.encode()
        return struct.pack("<Q", len(raw)) + raw
    return b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + s("general.architecture") + struct.pack("<I", 8) + s(arch)

work = tempfile.mkdtemp()
def loads(arch):
    path = os.path.join(work, "h.gguf")
    with open(path, "wb") as fh:
        fh.write(header(arch))
    log.clear()
    params = llama_cpp.llama_model_default_params()
    params.vocab_only = True
    model = llama_cpp.llama_model_load_from_file(path.encode(), params)
    if model:
        llama_cpp.llama_model_free(model)
    return "unknown model architecture" not in "".join(log)

lib = os.path.join(os.path.dirname(llama_cpp.__file__), "lib", "libllama.so")
data = open(lib, "rb").read()
strings = [m.group().decode() for m in re.finditer(rb"[\x21-\x7e]+(?=\x00)", data)]
if sys.argv[1] == "all":
    # Every string and every suffix of one: the linker stores "qwen2" inside "rwkv6qwen2".
    candidates = {t for s in strings for i in range(len(s)) if re.fullmatch(r"[a-z0-9][a-z0-9_.-]{1,39}", t := s[i:])}
else:
    candidates = set(json.loads(sys.argv[2]))
    # The architecture name table, in source order from "clip" to "(unknown)".
    table = strings[strings.index("clip"): strings.index("(unknown)")]
    candidates |= set(table)
print(json.dumps(sorted(c for c in candidates if loads(c))))
"""


def llama_cpp_architectures(shipped: frozenset[str] | None) -> list[str]:
    """What the installed llama.cpp loads: all candidates (slow), or the shipped list plus its name table."""
    args = ["all"] if shipped is None else ["check", json.dumps(sorted(shipped))]
    out = subprocess.run(
        [sys.executable, "-c", _ORACLE, *args], capture_output=True, text=True, timeout=300, check=True
    )
    return json.loads(out.stdout)


def test_shipped_architecture_list_matches_the_installed_llama_cpp() -> None:
    import importlib.metadata

    assert importlib.metadata.version("llama-cpp-python") == LLAMA_CPP_VERSION, (
        "llama-cpp-python changed: regenerate LLAMA_CPP_ARCHITECTURES with "
        "`PYTHONPATH=tests .venv/bin/python -m tests.core.models.test_architectures`"
    )
    assert llama_cpp_architectures(LLAMA_CPP_ARCHITECTURES) == sorted(LLAMA_CPP_ARCHITECTURES)


if __name__ == "__main__":
    import textwrap

    import llama_cpp

    names = llama_cpp_architectures(None)
    print(f'LLAMA_CPP_VERSION = "{llama_cpp.__version__}"')
    print(textwrap.fill(" ".join(names), 100, initial_indent="    ", subsequent_indent="    "))
