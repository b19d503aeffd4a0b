"""A bounded reader for the header and metadata of a GGUF file.

The ``gguf`` package memory-maps the whole file and builds numpy views of every
tensor, trusting the counts it reads; a truncated or hostile file can make it
allocate without bound. Plinth only needs the metadata, read with hard limits,
so a bad file is an error message, never a hang or a crash.

``read_gguf`` also walks the tensor table and checks that every tensor's
bytes lie inside the file: llama.cpp refuses a file cut short too, but only
says "Failed to load model", while this says how much is missing. The work
is bounded by the file's size: every count is checked against the bytes
left before anything is read or kept.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from app.core.errors import ModelLoadError
from app.core.ui_text import ui_text

MAGIC = b"GGUF"
MAX_KV = 100_000
MAX_STRING = 64 * 1024 * 1024  # a chat template or a vocab entry; 64 MiB is plenty
MAX_ARRAY = 10_000_000  # vocabularies run to a few hundred thousand entries
MAX_TENSORS = 1_000_000
#: Arrays longer than this are counted but not kept (vocabularies, merges).
KEEP_ARRAY = 64
#: GGML_MAX_DIMS in llama.cpp.
MAX_DIMS = 4
DEFAULT_ALIGNMENT = 32
#: ggml type id → (elements per block, bytes per block), as llama.cpp's ggml
#: defines them. A type not listed (a newer quantisation) is let through with
#: only its offset checked: llama.cpp decides whether it knows it.
GGML_TYPES = {
    0: (1, 4),
    1: (1, 2),
    2: (32, 18),
    3: (32, 20),
    6: (32, 22),
    7: (32, 24),
    8: (32, 34),
    9: (32, 36),
    10: (256, 84),
    11: (256, 110),
    12: (256, 144),
    13: (256, 176),
    14: (256, 210),
    15: (256, 292),
    16: (256, 66),
    17: (256, 74),
    18: (256, 98),
    19: (256, 50),
    20: (32, 18),
    21: (256, 110),
    22: (256, 82),
    23: (256, 136),
    24: (1, 1),
    25: (1, 2),
    26: (1, 4),
    27: (1, 8),
    28: (1, 8),
    29: (256, 56),
    30: (1, 2),
    34: (256, 54),
    35: (256, 66),
    39: (32, 17),
}
_INT64_MAX = 2**63 - 1

_SCALARS = {
    0: "<B",
    1: "<b",
    2: "<H",
    3: "<h",
    4: "<I",
    5: "<i",
    6: "<f",
    7: "<?",
    10: "<Q",
    11: "<q",
    12: "<d",
}
_STRING, _ARRAY = 8, 9


@dataclass
class GGUFInfo:
    path: Path
    version: int
    tensor_count: int
    metadata: dict[str, Any] = field(default_factory=dict)
    #: Bytes from the start of the data section to the end of the last
    #: tensor; None when the tensor table was not read (``read_gguf_bytes``).
    tensor_data_size: int | None = None

    @property
    def architecture(self) -> str:
        return str(self.metadata.get("general.architecture", "unknown"))

    @property
    def name(self) -> str | None:
        value = self.metadata.get("general.name")
        return str(value) if value else None

    @property
    def context_length(self) -> int | None:
        value = self.metadata.get(f"{self.architecture}.context_length")
        # bool is an int, and a hostile file may say 0 or -1: none of them is a length.
        return value if type(value) is int and value > 0 else None

    @property
    def chat_template(self) -> str | None:
        value = self.metadata.get("tokenizer.chat_template")
        return value if isinstance(value, str) else None

    @property
    def file_type(self) -> int | None:
        value = self.metadata.get("general.file_type")
        return int(value) if isinstance(value, int) else None


class _Reader:
    def __init__(self, fh: BinaryIO, size: int, path: Path) -> None:
        self.fh, self.size, self.path = fh, size, path

    def fail(self, what: str, hint: str = "") -> ModelLoadError:
        return ModelLoadError(
            ui_text("{name} is not a valid GGUF model file ({what}).", name=self.path.name, what=what),
            hint or ui_text("The file may be incomplete or damaged: download it again or pick another model."),
        )

    def take(self, n: int) -> bytes:
        if n < 0 or self.fh.tell() + n > self.size:
            raise self.fail(ui_text("it ends before its header does"))
        data = self.fh.read(n)
        if len(data) != n:
            raise self.fail(ui_text("it ends before its header does"))
        return data

    def scalar(self, fmt: str) -> Any:
        return struct.unpack(fmt, self.take(struct.calcsize(fmt)))[0]

    def string(self) -> str:
        n = self.scalar("<Q")
        if n > MAX_STRING:
            raise self.fail(ui_text("a string claims {n} bytes", n=n))
        return self.take(n).decode("utf-8", errors="replace")

    def skip_string(self) -> None:
        n = self.scalar("<Q")
        if n > MAX_STRING:
            raise self.fail(ui_text("a string claims {n} bytes", n=n))
        self.seek_forward(n)

    def seek_forward(self, n: int) -> None:
        if self.fh.tell() + n > self.size:
            raise self.fail(ui_text("it ends before its header does"))
        self.fh.seek(n, 1)

    def value(self, vtype: int, depth: int = 0) -> Any:
        if vtype in _SCALARS:
            return self.scalar(_SCALARS[vtype])
        if vtype == _STRING:
            return self.string()
        if vtype == _ARRAY:
            if depth > 2:
                raise self.fail(ui_text("arrays nest too deeply"))
            item_type = self.scalar("<I")
            count = self.scalar("<Q")
            if count > MAX_ARRAY:
                raise self.fail(ui_text("an array claims {count} items", count=count))
            if count > KEEP_ARRAY:
                self.skip_array(item_type, count, depth)
                return _LongArray(count)
            return [self.value(item_type, depth + 1) for _ in range(count)]
        raise self.fail(ui_text("unknown value type {vtype}", vtype=vtype))

    def skip_array(self, item_type: int, count: int, depth: int) -> None:
        if item_type in _SCALARS:
            self.seek_forward(struct.calcsize(_SCALARS[item_type]) * count)
        elif item_type == _STRING:
            for _ in range(count):
                self.skip_string()
        else:
            for _ in range(count):
                self.value(item_type, depth + 1)


@dataclass(frozen=True)
class _LongArray:
    """Stands in for an array too long to keep (a vocabulary); knows its length."""

    length: int


def _opened(path: Path) -> tuple[BinaryIO, int]:
    """``path`` open for reading, and its size; a missing or unreadable file is a ModelLoadError."""
    try:
        size = path.stat().st_size
        return path.open("rb"), size
    except FileNotFoundError:
        raise ModelLoadError(
            ui_text("{path} does not exist.", path=str(path)), ui_text("Check the path or pick another model.")
        ) from None
    except OSError as exc:
        raise ModelLoadError(
            ui_text("{path} cannot be opened ({reason}).", path=str(path), reason=str(exc.strerror)),
            ui_text("Check the file's permissions."),
        ) from None


def read_gguf(path: str | Path) -> GGUFInfo:
    """Read a GGUF file's header and metadata, or raise ModelLoadError."""
    path = Path(path)
    fh, size = _opened(path)
    with fh:
        return _parse(_Reader(fh, size, path), whole_file=True)


def read_gguf_type(path: str | Path) -> str | None:
    """The file's ``general.type`` ("model", "adapter", …): the metadata read up to that key only, no tensor
    table. None when the file says none; raises ModelLoadError as read_gguf does.

    The ``general.*`` keys come first in files llama.cpp's scripts write; the vocabulary (``tokenizer.*``, a
    model's only) is never read through: a model file that names no type costs no more than one that does.
    """
    path = Path(path)
    fh, size = _opened(path)
    with fh:
        info = _parse(_Reader(fh, size, path), stop_at="general.type", stop_before="tokenizer.")
    value = info.metadata.get("general.type")
    return value if isinstance(value, str) else None


def read_gguf_bytes(data: bytes, name: str = "model.gguf", *, stop_at: str | None = None) -> GGUFInfo:
    """Read a GGUF header held in memory, such as the first bytes of a remote file.

    With ``stop_at``, reading ends after that key, so any prefix of the file
    that holds it is enough. Raises ModelLoadError, naming ``name``, as read_gguf does.
    """
    path = Path(name)
    return _parse(_Reader(io.BytesIO(data), len(data), path), stop_at)


def _parse(
    r: _Reader, stop_at: str | None = None, *, whole_file: bool = False, stop_before: str | None = None
) -> GGUFInfo:
    if r.size < 24 or r.take(4) != MAGIC:
        raise r.fail(ui_text("it does not start with the GGUF signature"))
    version = r.scalar("<I")
    if version == 1:
        raise r.fail(
            ui_text("it uses GGUF version 1, which llama.cpp no longer reads"),
            ui_text("Download a newer conversion of this model (GGUF version 2 or 3)."),
        )
    if version not in (2, 3):
        raise r.fail(ui_text("unsupported GGUF version {version}", version=version))
    tensor_count = r.scalar("<Q")
    kv_count = r.scalar("<Q")
    if tensor_count > MAX_TENSORS:
        raise r.fail(ui_text("it claims {count} tensors", count=tensor_count))
    if kv_count > MAX_KV:
        raise r.fail(ui_text("it claims {count} metadata entries", count=kv_count))
    metadata: dict[str, Any] = {}
    for _ in range(kv_count):
        key = r.string()
        if stop_before is not None and key.startswith(stop_before):
            break
        vtype = r.scalar("<I")
        value = r.value(vtype)
        if key in metadata:
            # Which copy llama.cpp or the chat template code would use is anyone's guess.
            raise r.fail(ui_text("the metadata key {key} appears twice", key=repr(key[:80])))
        if key == "general.alignment" and not (vtype == 4 and value > 0 and value & (value - 1) == 0):
            raise r.fail(ui_text("its data alignment {value} is not a power of two", value=repr(value)))
        metadata[key] = value
        if key == stop_at:
            break
    info = GGUFInfo(path=r.path, version=version, tensor_count=tensor_count, metadata=metadata)
    if whole_file:
        info.tensor_data_size = _check_tensors(r, tensor_count, metadata.get("general.alignment", DEFAULT_ALIGNMENT))
    return info


def _check_tensors(r: _Reader, count: int, alignment: int) -> int:
    """Read the tensor table; check each tensor's bytes lie inside the file; return the data's size."""
    names: set[str] = set()
    end = 0
    for _ in range(count):
        name = r.string()
        if name in names:
            raise r.fail(ui_text("the tensor {name} appears twice", name=repr(name[:80])))
        names.add(name)
        n_dims = r.scalar("<I")
        if n_dims > MAX_DIMS:
            raise r.fail(ui_text("the tensor {name} claims {n} dimensions", name=repr(name[:80]), n=n_dims))
        elements = 1
        dims = [r.scalar("<Q") for _ in range(n_dims)]
        for dim in dims:
            elements *= dim
        if elements > _INT64_MAX:
            raise r.fail(ui_text("the tensor {name} claims {n} elements", name=repr(name[:80]), n=elements))
        ggml_type, offset = r.scalar("<I"), r.scalar("<Q")
        if offset % alignment:
            raise r.fail(
                ui_text(
                    "the tensor {name} is not aligned to {alignment} bytes", name=repr(name[:80]), alignment=alignment
                )
            )
        size = 0
        if ggml_type in GGML_TYPES:
            block, block_bytes = GGML_TYPES[ggml_type]
            if dims and dims[0] % block:
                raise r.fail(ui_text("the tensor {name} does not fill whole blocks of its type", name=repr(name[:80])))
            size = elements // block * block_bytes
        end = max(end, offset + size)
    header_end = r.fh.tell()
    data_start = header_end + -header_end % alignment
    if count and data_start + end > r.size:
        missing = data_start + end - r.size
        raise r.fail(
            ui_text(
                "it ends {missing} bytes early: the file has {size} bytes, its tensors need {need}",
                missing=f"{missing:,}",
                size=f"{r.size:,}",
                need=f"{data_start + end:,}",
            ),
            ui_text("The file is incomplete, probably a download that stopped: download it again."),
        )
    return end
