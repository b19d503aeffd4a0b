import copy
import json
from pathlib import Path

import pytest

from app.core.models.catalogue import (
    SHIPPED_CATALOG,
    STRENGTHS,
    Catalog,
    CatalogError,
    estimate_file_size,
    parse_catalog,
)
from app.core.models.hub import parse_quantization


@pytest.fixture(scope="module")
def shipped() -> Catalog:
    return Catalog.load()


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(SHIPPED_CATALOG.read_text(encoding="utf-8"))


def test_shipped_catalogue_has_a_spread_of_good_models(shipped: Catalog) -> None:
    entries = shipped.entries
    assert 15 <= len(entries) <= 25
    assert len({e.id for e in entries}) == len(entries)
    sizes = sorted(e.params_b for e in entries)
    assert sizes[0] <= 0.2 and 12 <= sizes[-1] <= 15
    families = {e.family for e in entries}
    assert {"Qwen3", "Llama 3", "Gemma 3", "Phi", "Mistral", "SmolLM2"} <= families
    assert any(e.strengths == ("translation",) for e in entries), "a translation-tuned model"
    for strength in STRENGTHS:
        assert any(strength in e.strengths for e in entries)


def test_every_entry_is_complete_and_consistent(shipped: Catalog) -> None:
    for e in shipped.entries:
        # Embedding models are small: one public Q8_0 file is enough, and BERT-style ones read 512 tokens.
        chat = e.kind == "chat"
        assert ({"Q4_K_M", "Q8_0"} if chat else {"Q8_0"}) <= set(e.quants), e.id
        owner, name = e.repo.split("/")
        assert owner and name.lower().endswith("gguf"), e.repo
        assert len(e.verified) > 40, f"{e.id}: say what was checked"
        assert e.context_length >= (2048 if chat else 512) and e.license and e.languages
        for f in e.files:
            # The quantization a file name states must be the one it is listed under.
            assert parse_quantization(f.file) == f.quant, (e.id, f.file)
            size = e.size_bytes(f.quant)
            # Published sizes agree with the parameter count, give or take embeddings.
            assert 0.6 < size / estimate_file_size(e.params_b, f.quant) < 1.7, (e.id, f.quant, size)
        if "Q4_K_M" in e.quants:
            assert e.size_bytes("Q8_0") > e.size_bytes("Q4_K_M")
        assert e.page_url == f"https://huggingface.co/{e.repo}"


def test_embedding_models_are_their_own_kind(shipped: Catalog) -> None:
    embedding = shipped.of_kind("embedding")
    assert {"nomic-embed-text-v1.5", "bge-small-en-v1.5", "multilingual-e5-small"} == {e.id for e in embedding}
    assert all(e.strengths == ("retrieval",) for e in embedding)
    chat = shipped.of_kind("chat")
    assert len(chat) + len(embedding) == len(shipped.entries)
    assert all("retrieval" not in e.strengths for e in chat)


def test_known_sizes_are_used_and_missing_ones_estimated(shipped: Catalog) -> None:
    llama = shipped.get("llama-3.1-8b")
    assert llama.size_bytes("Q4_K_M") == 4_920_739_232 and not llama.size_is_estimate("Q4_K_M")
    qwen = shipped.get("qwen3-4b")
    assert qwen.size_is_estimate("Q4_K_M")
    assert qwen.size_bytes("Q4_K_M") == estimate_file_size(4.0, "Q4_K_M") == 2_445_000_000


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(schema=2), "schema 1"),
        (lambda d: d["models"][0].pop("repo"), "repo must be"),
        (lambda d: d["models"][0].update(repo="no-slash"), "owner/name"),
        (lambda d: d["models"][0].update(strengths=["poetry"]), "unknown strengths"),
        (lambda d: d["models"][0].update(kind="reranker"), "kind 'reranker'"),
        (lambda d: d["models"][0].update(kind="embedding"), "an embedding model's strengths are exactly"),
        (lambda d: d["models"][0].update(strengths=["chat", "retrieval"]), "and only an embedding model's"),
        (lambda d: d["models"][0].update(params_b="big"), "params_b"),
        (lambda d: d["models"][0]["arch"].update(n_layers=0), "arch.n_layers"),
        (lambda d: d["models"][0]["files"]["Q4_K_M"].update(file="x.bin"), ".gguf"),
        (lambda d: d["models"][0]["files"]["Q8_0"].update(size_bytes=-1), "size_bytes"),
        (lambda d: d["models"].append(copy.deepcopy(d["models"][0])), "appears twice"),
    ],
)
def test_invalid_catalogues_are_refused_with_the_entry_named(raw: dict, change, message: str) -> None:
    data = copy.deepcopy(raw)
    change(data)
    with pytest.raises(CatalogError, match=message) as err:
        parse_catalog(data)
    assert "catalogue" in str(err.value)


def test_a_missing_or_broken_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="missing"):
        Catalog.load(tmp_path / "nope.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(CatalogError, match="cannot be read"):
        Catalog.load(broken)
