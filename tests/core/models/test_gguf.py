import struct
from pathlib import Path

import pytest

from app.core.errors import ModelLoadError
from app.core.models.gguf import read_gguf, read_gguf_bytes


def test_reads_starter_metadata(starter_path: Path) -> None:
    info = read_gguf(starter_path)
    assert info.version == 3
    assert info.architecture == "llama"
    assert info.context_length == 8192
    assert info.tensor_count > 0
    assert "{%" in (info.chat_template or "")


def test_truncated_file(starter_path: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(starter_path.read_bytes()[:4096])
    with pytest.raises(ModelLoadError, match="not a valid GGUF"):
        read_gguf(cut)


def test_garbage_file(tmp_path: Path) -> None:
    junk = tmp_path / "junk.gguf"
    junk.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(ModelLoadError, match="GGUF signature"):
        read_gguf(junk)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match="does not exist"):
        read_gguf(tmp_path / "absent.gguf")


@pytest.mark.parametrize(
    "header, reason",
    [
        (struct.pack("<4sIQQ", b"GGUF", 3, 10**12, 1), "tensors"),
        (struct.pack("<4sIQQ", b"GGUF", 3, 1, 10**9), "metadata entries"),
        (struct.pack("<4sIQQ", b"GGUF", 3, 1, 1) + struct.pack("<Q", 2**40), "string claims"),
        (struct.pack("<4sIQQ", b"GGUF", 99, 1, 1), "version"),
    ],
)
def test_absurd_counts_are_refused_without_allocating(tmp_path: Path, header: bytes, reason: str) -> None:
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(header + b"\x00" * 64)
    with pytest.raises(ModelLoadError, match=reason):
        read_gguf(bad)


def test_a_header_prefix_in_memory_is_read_without_its_tensor_data(starter_path: Path) -> None:
    with starter_path.open("rb") as fh:
        head = fh.read(2 * 1024 * 1024)  # the whole header of the starter, none of its tensor data
    info = read_gguf_bytes(head, starter_path.name)
    assert info.chat_template and info.tensor_data_size is None
