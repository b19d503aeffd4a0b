"""Writes crafted GGUF files for the hostile-input tests; no binary fixture is committed.

Two tools:

* ``header()`` and the ``kv_*``/``tensor_info`` encoders build a file from
  scratch, with any version, counts and lengths, true or lying;
* ``Layout.read()`` splits a real GGUF (the starter model) into its parts, and
  ``Layout.write()`` writes it back with metadata entries replaced, added or
  removed: the header is re-serialised and padded to ``general.alignment``
  again, and the tensor data is copied verbatim (tensor offsets count from
  the start of the data section, so they stay right).

The format: magic ``GGUF``, u32 version, u64 tensor count, u64 KV count,
the KVs (string key, u32 type, value), the tensor infos (string name, u32
n_dims, u64 dims, u32 ggml type, u64 offset), padding to the alignment, data.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

MAGIC = b"GGUF"
DEFAULT_ALIGNMENT = 32

UINT8, INT8, UINT16, INT16, UINT32, INT32, FLOAT32, BOOL, STRING, ARRAY, UINT64, INT64, FLOAT64 = range(13)
SCALAR_FORMATS = {
    UINT8: "<B",
    INT8: "<b",
    UINT16: "<H",
    INT16: "<h",
    UINT32: "<I",
    INT32: "<i",
    FLOAT32: "<f",
    BOOL: "<?",
    UINT64: "<Q",
    INT64: "<q",
    FLOAT64: "<d",
}


# -- encoders ------------------------------------------------------------------------


def string(text: str | bytes, *, claimed_len: int | None = None) -> bytes:
    """A GGUF string: u64 length, bytes. ``claimed_len`` lies about the length."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    return struct.pack("<Q", len(data) if claimed_len is None else claimed_len) + data


def value(vtype: int, v: object) -> bytes:
    """The bytes of a value of type ``vtype`` (no type tag); arrays take (item_type, items)."""
    if vtype in SCALAR_FORMATS:
        return struct.pack(SCALAR_FORMATS[vtype], v)
    if vtype == STRING:
        assert isinstance(v, (str, bytes))
        return string(v)
    if vtype == ARRAY:
        item_type, items = v  # type: ignore[misc]
        return array(item_type, items)
    raise ValueError(f"unknown type {vtype}")


def array(item_type: int, items: Iterable[object], *, claimed_count: int | None = None) -> bytes:
    items = list(items)
    count = len(items) if claimed_count is None else claimed_count
    return struct.pack("<IQ", item_type, count) + b"".join(value(item_type, i) for i in items)


def kv(key: str, vtype: int, v: object) -> bytes:
    return string(key) + struct.pack("<I", vtype) + value(vtype, v)


def kv_raw(key: str, vtype: int, payload: bytes) -> bytes:
    """A KV whose value bytes are given as is (a lying string or array)."""
    return string(key) + struct.pack("<I", vtype) + payload


def tensor_info(name: str, dims: Iterable[int], ggml_type: int, offset: int) -> bytes:
    dims = list(dims)
    return (
        string(name)
        + struct.pack("<I", len(dims))
        + b"".join(struct.pack("<Q", d) for d in dims)
        + struct.pack("<IQ", ggml_type, offset)
    )


def header(
    *,
    version: int = 3,
    kvs: Iterable[bytes] = (),
    tensors: Iterable[bytes] = (),
    n_kv: int | None = None,
    n_tensors: int | None = None,
    magic: bytes = MAGIC,
) -> bytes:
    """A GGUF header; the counts default to the true ones."""
    kvs, tensors = list(kvs), list(tensors)
    counts = struct.pack("<QQ", len(tensors) if n_tensors is None else n_tensors, len(kvs) if n_kv is None else n_kv)
    return magic + struct.pack("<I", version) + counts + b"".join(kvs) + b"".join(tensors)


def pad(data: bytes, alignment: int = DEFAULT_ALIGNMENT) -> bytes:
    return data + b"\x00" * (-len(data) % alignment)


# -- reading a real file --------------------------------------------------------------


class _Cursor:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise ValueError("header runs past the bytes read")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def unpack(self, fmt: str) -> object:
        return struct.unpack(fmt, self.take(struct.calcsize(fmt)))[0]

    def string(self) -> bytes:
        return self.take(int(self.unpack("<Q")))  # type: ignore[call-overload]

    def skip_value(self, vtype: int) -> object:
        """Step over a value; returns it when it is a scalar or a string."""
        if vtype in SCALAR_FORMATS:
            return self.unpack(SCALAR_FORMATS[vtype])
        if vtype == STRING:
            return self.string().decode("utf-8", "replace")
        if vtype == ARRAY:
            item_type = int(self.unpack("<I"))  # type: ignore[call-overload]
            count = int(self.unpack("<Q"))  # type: ignore[call-overload]
            if item_type in SCALAR_FORMATS:
                self.take(struct.calcsize(SCALAR_FORMATS[item_type]) * count)
            else:
                for _ in range(count):
                    self.skip_value(item_type)
            return None
        raise ValueError(f"unknown type {vtype}")


@dataclass
class Entry:
    """One metadata KV: its key, and its bytes (key included) from the file or an encoder."""

    key: str
    raw: bytes
    #: Offset of the entry in the file it was read from; None for a new one.
    at: int | None = None


@dataclass
class Layout:
    """A GGUF split into header parts and data, with the offsets of each part in the original."""

    version: int
    entries: list[Entry]
    tensor_infos: bytes
    n_tensors: int
    alignment: int
    data: bytes
    tensor_infos_at: int = 0
    data_at: int = 0
    values: dict[str, object] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path) -> Layout:
        blob = path.read_bytes()
        cur = _Cursor(blob)
        assert cur.take(4) == MAGIC
        version = int(cur.unpack("<I"))  # type: ignore[call-overload]
        n_tensors = int(cur.unpack("<Q"))  # type: ignore[call-overload]
        n_kv = int(cur.unpack("<Q"))  # type: ignore[call-overload]
        entries: list[Entry] = []
        values: dict[str, object] = {}
        for _ in range(n_kv):
            start = cur.pos
            key = cur.string().decode("utf-8")
            vtype = int(cur.unpack("<I"))  # type: ignore[call-overload]
            values[key] = cur.skip_value(vtype)
            entries.append(Entry(key, blob[start : cur.pos], start))
        infos_at = cur.pos
        for _ in range(n_tensors):
            cur.string()
            n_dims = int(cur.unpack("<I"))  # type: ignore[call-overload]
            cur.take(8 * n_dims + 4 + 8)
        alignment = int(values.get("general.alignment", DEFAULT_ALIGNMENT))  # type: ignore[call-overload]
        data_at = cur.pos + (-cur.pos % alignment)
        return cls(
            version=version,
            entries=entries,
            tensor_infos=blob[infos_at : cur.pos],
            n_tensors=n_tensors,
            alignment=alignment,
            data=blob[data_at:],
            tensor_infos_at=infos_at,
            data_at=data_at,
            values=values,
        )

    def entry_at(self, key: str) -> int:
        """Offset in the original file of ``key``'s entry."""
        for entry in self.entries:
            if entry.key == key:
                assert entry.at is not None
                return entry.at
        raise KeyError(key)

    def replaced(self, key: str, raw: bytes) -> Layout:
        """A copy with ``key``'s entry replaced by ``raw`` (or added at the end when absent)."""
        entries = [Entry(e.key, raw) if e.key == key else e for e in self.entries]
        if not any(e.key == key for e in self.entries):
            entries.append(Entry(key, raw))
        return self._with(entries)

    def without(self, key: str) -> Layout:
        return self._with([e for e in self.entries if e.key != key])

    def with_chat_template(self, template: str) -> Layout:
        return self.replaced("tokenizer.chat_template", kv("tokenizer.chat_template", STRING, template))

    def _with(self, entries: list[Entry]) -> Layout:
        return Layout(
            self.version, entries, self.tensor_infos, self.n_tensors, self.alignment, self.data, values=self.values
        )

    def to_bytes(self) -> bytes:
        head = header(
            version=self.version,
            kvs=[e.raw for e in self.entries],
            tensors=[self.tensor_infos],
            n_tensors=self.n_tensors,
        )
        return pad(head, self.alignment) + self.data

    def write(self, path: Path) -> Path:
        path.write_bytes(self.to_bytes())
        return path


# -- the corpus ----------------------------------------------------------------------


def _minimal(**kwargs: object) -> bytes:
    """A small file with one architecture KV, padded so size checks do not trip first."""
    return pad(header(**kwargs)) + b"\x00" * 64  # type: ignore[arg-type]


ARCH = kv("general.architecture", STRING, "llama")


def broken_headers() -> dict[str, tuple[bytes, str]]:
    """Files refused by the header reader: name → (bytes, a regex the message must match)."""
    one_tensor = tensor_info("t", [32], 0, 0)
    return {
        "empty": (b"", "GGUF signature"),
        "three bytes": (b"GGU", "GGUF signature"),
        "wrong magic": (b"GGML" + bytes(60), "GGUF signature"),
        "garbage": (bytes(range(256)) * 64, "GGUF signature"),
        "version 0": (_minimal(version=0, kvs=[ARCH]), "version 0"),
        "version 1": (_minimal(version=1, kvs=[ARCH]), "version 1"),
        "version 99": (_minimal(version=99, kvs=[ARCH]), "version 99"),
        "absurd tensor count": (_minimal(kvs=[ARCH], n_tensors=2**63 - 1), "tensors"),
        "absurd kv count": (_minimal(kvs=[ARCH], n_kv=2**64 - 1), "metadata entries"),
        "kv count lies": (_minimal(kvs=[ARCH], n_kv=50_000), "ends before|appears twice"),
        "string of 2**62 bytes": (
            _minimal(kvs=[kv_raw("general.name", STRING, string("x", claimed_len=2**62))]),
            "string claims",
        ),
        "key of 2**62 bytes": (_minimal(kvs=[struct.pack("<Q", 2**62) + b"key"]), "string claims"),
        "string longer than the file": (
            _minimal(kvs=[kv_raw("general.name", STRING, string("x", claimed_len=60_000_000))]),
            "ends before",
        ),
        "array of 2**40 items": (
            _minimal(kvs=[kv_raw("tokenizer.ggml.scores", ARRAY, array(FLOAT32, [0.0], claimed_count=2**40))]),
            "array claims",
        ),
        "array longer than the file": (
            _minimal(kvs=[kv_raw("tokenizer.ggml.tokens", ARRAY, array(STRING, ["a"], claimed_count=5_000_000))]),
            "ends before",
        ),
        "nested arrays": (
            _minimal(kvs=[kv("x.nested", ARRAY, (ARRAY, [(ARRAY, [(ARRAY, [(ARRAY, [(UINT8, [1])])])])]))]),
            "nest too deeply",
        ),
        "unknown value type": (_minimal(kvs=[kv_raw("x.odd", 13, b"\x00" * 8)]), "unknown value type"),
        "duplicate key": (_minimal(kvs=[ARCH, ARCH]), "appears twice"),
        "negative alignment": (
            _minimal(kvs=[ARCH, kv("general.alignment", INT32, -32)], tensors=[one_tensor]),
            "not a power of two",
        ),
        "zero alignment": (
            _minimal(kvs=[ARCH, kv("general.alignment", UINT32, 0)], tensors=[one_tensor]),
            "not a power of two",
        ),
        "alignment 48": (
            _minimal(kvs=[ARCH, kv("general.alignment", UINT32, 48)], tensors=[one_tensor]),
            "not a power of two",
        ),
        "huge alignment": (
            _minimal(kvs=[ARCH, kv("general.alignment", UINT32, 2**31)], tensors=[one_tensor]),
            "bytes early",
        ),
        "tensor with 5 dimensions": (_minimal(kvs=[ARCH], tensors=[tensor_info("t", [1] * 5, 0, 0)]), "5 dimensions"),
        "tensor of 2**80 elements": (
            _minimal(kvs=[ARCH], tensors=[tensor_info("t", [2**40, 2**40], 0, 0)]),
            "elements",
        ),
        "misaligned tensor": (_minimal(kvs=[ARCH], tensors=[tensor_info("t", [4], 0, 3)]), "not aligned"),
        "tensor far past the end": (_minimal(kvs=[ARCH], tensors=[tensor_info("t", [32], 0, 2**62)]), "bytes early"),
        "duplicate tensor": (_minimal(kvs=[ARCH], tensors=[one_tensor, one_tensor]), "appears twice"),
        "partial quant block": (_minimal(kvs=[ARCH], tensors=[tensor_info("t", [31], 2, 0)]), "whole blocks"),
        "tensor count lies": (
            _minimal(kvs=[ARCH], tensors=[one_tensor], n_tensors=100_000),
            "ends before|appears twice",
        ),
    }


TRUNCATIONS = (
    "in the counts",
    "in the first key",
    "in the first value",
    "in the vocabulary",
    "in the merges",
    "in the chat template",
    "at the tensor table",
    "in a tensor name",
    "in the tensor table",
    "in the padding",
    "at the tensor data",
    "in the tensor data",
    "one byte short",
)


def truncation_points(layout: Layout, size: int) -> dict[str, int]:
    """Where to cut a copy of the file ``layout`` was read from: name → length kept."""
    template_at = layout.entry_at("tokenizer.chat_template")
    tokens_at = layout.entry_at("tokenizer.ggml.tokens")
    merges_at = layout.entry_at("tokenizer.ggml.merges")
    infos, data = layout.tensor_infos_at, layout.data_at
    return {
        "in the counts": 20,
        "in the first key": 24 + 8 + 5,
        "in the first value": layout.entries[1].at - 3,  # type: ignore[operator]
        "in the vocabulary": tokens_at + 200_000,
        "in the merges": merges_at + 300_000,
        "in the chat template": template_at + 200,
        "at the tensor table": infos,
        "in a tensor name": infos + 12,
        "in the tensor table": infos + (data - infos) // 2,
        "in the padding": data - 1,
        "at the tensor data": data,
        "in the tensor data": data + (size - data) // 2,
        "one byte short": size - 1,
    }


#: Chat templates that must fail with a clear error, and what the message must say.
HOSTILE_TEMPLATES: dict[str, tuple[str, str]] = {
    "sandbox escape through __class__": (
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "sandbox forbids",
    ),
    "sandbox escape through cycler globals": (
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
        "sandbox forbids",
    ),
    "range of 10**12": ("{% for x in range(10**12) %}x{% endfor %}", "sandbox forbids"),
    "raise_exception": ("{{ raise_exception('boom') }}", "boom"),
    "renders nothing": ("{% if false %}never{% endif %}", "empty prompt"),
    "writes 100 MB": ("{{ 'x' * 10**8 }}{{ messages[0]['content'] }}", "into 100,000,0"),
}
#: Loops 10**10 times inside the sandbox's limits: the child's render timeout must stop it.
HANGING_TEMPLATE = "{% for x in range(100000) %}{% for y in range(100000) %}{% endfor %}{% endfor %}"
#: Not Jinja at all: llama.cpp's loader compiles it and fails.
INVALID_TEMPLATE = "{% for %}"
