"""A bounded reader for the header and metadata of a GGUF file.

The ``gguf`` package memory-maps the whole file and builds numpy views of every
tensor, trusting the counts it reads; a truncated or hostile file can make it
allocate without bound. Plinth only needs the metadata, read with hard limits,
so a bad file is an error message, never a hang or a crash.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from app.core.errors import ModelLoadError

MAGIC = b"GGUF"
MAX_KV = 100_000
MAX_STRING = 64 * 1024 * 1024  # a chat template or a vocab entry; 64 MiB is plenty
MAX_ARRAY = 10_000_000  # vocabularies run to a few hundred thousand entries
MAX_TENSORS = 1_000_000
#: Arrays longer than this are counted but not kept (vocabularies, merges).
KEEP_ARRAY = 64

_SCALARS = {
    0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i",
    6: "<f", 7: "<?", 10: "<Q", 11: "<q", 12: "<d",
}
_STRING, _ARRAY = 8, 9


@dataclass
class GGUFInfo:
    path: Path
    version: int
    tensor_count: int
    metadata: dict[str, Any] = field(default_factory=dict)

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
        return int(value) if isinstance(value, int) else None

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

    def fail(self, what: str) -> ModelLoadError:
        return ModelLoadError(
            f"{self.path.name} is not a valid GGUF model file ({what}).",
            "The file may be incomplete or damaged: download it again or pick another model.",
        )

    def take(self, n: int) -> bytes:
        if n < 0 or self.fh.tell() + n > self.size:
            raise self.fail("it ends before its header does")
        data = self.fh.read(n)
        if len(data) != n:
            raise self.fail("it ends before its header does")
        return data

    def scalar(self, fmt: str) -> Any:
        return struct.unpack(fmt, self.take(struct.calcsize(fmt)))[0]

    def string(self) -> str:
        n = self.scalar("<Q")
        if n > MAX_STRING:
            raise self.fail(f"a string claims {n} bytes")
        return self.take(n).decode("utf-8", errors="replace")

    def skip_string(self) -> None:
        n = self.scalar("<Q")
        if n > MAX_STRING:
            raise self.fail(f"a string claims {n} bytes")
        self.seek_forward(n)

    def seek_forward(self, n: int) -> None:
        if self.fh.tell() + n > self.size:
            raise self.fail("it ends before its header does")
        self.fh.seek(n, 1)

    def value(self, vtype: int, depth: int = 0) -> Any:
        if vtype in _SCALARS:
            return self.scalar(_SCALARS[vtype])
        if vtype == _STRING:
            return self.string()
        if vtype == _ARRAY:
            if depth > 2:
                raise self.fail("arrays nest too deeply")
            item_type = self.scalar("<I")
            count = self.scalar("<Q")
            if count > MAX_ARRAY:
                raise self.fail(f"an array claims {count} items")
            if count > KEEP_ARRAY:
                self.skip_array(item_type, count, depth)
                return _LongArray(count)
            return [self.value(item_type, depth + 1) for _ in range(count)]
        raise self.fail(f"unknown value type {vtype}")

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


def read_gguf(path: str | Path) -> GGUFInfo:
    """Read a GGUF file's header and metadata, or raise ModelLoadError."""
    path = Path(path)
    try:
        size = path.stat().st_size
        fh = path.open("rb")
    except FileNotFoundError:
        raise ModelLoadError(f"{path} does not exist.", "Check the path or pick another model.") from None
    except OSError as exc:
        raise ModelLoadError(f"{path} cannot be opened ({exc.strerror}).", "Check the file's permissions.") from None
    with fh:
        return _parse(_Reader(fh, size, path))


def read_gguf_bytes(data: bytes, name: str = "model.gguf", *, stop_at: str | None = None) -> GGUFInfo:
    """Read a GGUF header held in memory, such as the first bytes of a remote file.

    With ``stop_at``, reading ends after that key, so any prefix of the file
    that holds it is enough. Raises ModelLoadError, naming ``name``, as read_gguf does.
    """
    path = Path(name)
    return _parse(_Reader(io.BytesIO(data), len(data), path), stop_at)


def _parse(r: _Reader, stop_at: str | None = None) -> GGUFInfo:
    if r.size < 24 or r.take(4) != MAGIC:
        raise r.fail("it does not start with the GGUF signature")
    version = r.scalar("<I")
    if version not in (2, 3):
        raise r.fail(f"unsupported GGUF version {version}")
    tensor_count = r.scalar("<Q")
    kv_count = r.scalar("<Q")
    if tensor_count > MAX_TENSORS:
        raise r.fail(f"it claims {tensor_count} tensors")
    if kv_count > MAX_KV:
        raise r.fail(f"it claims {kv_count} metadata entries")
    metadata: dict[str, Any] = {}
    for _ in range(kv_count):
        key = r.string()
        metadata[key] = r.value(r.scalar("<I"))
        if key == stop_at:
            break
    return GGUFInfo(path=r.path, version=version, tensor_count=tensor_count, metadata=metadata)
