"""Which GGUF architectures the bundled llama.cpp runs, known without importing llama_cpp."""

from __future__ import annotations

from app.core.ui_text import ui_text

#: The llama-cpp-python version LLAMA_CPP_ARCHITECTURES was made from.
LLAMA_CPP_VERSION = "0.3.36"
#: Every ``general.architecture`` the bundled llama.cpp loads, so the GUI can
#: check a model without importing llama_cpp. Made by
#: ``PYTHONPATH=tests python -m tests.core.models.test_architectures`` (see there): every string in
#: libllama's read-only data is a candidate, and the candidates that llama.cpp
#: itself accepts when loading a header-only GGUF are the list.
#: tests/core/models/test_architectures.py fails when the installed llama.cpp disagrees.
LLAMA_CPP_ARCHITECTURES = frozenset(
    """
    afmoe apertus arcee arctic arwkv7 baichuan bailingmoe bailingmoe2 bailingmoe3 bert bitnet bloom
    chameleon chatglm clip codeshell cogvlm cohere2 cohere2moe command-r dbrx deci deepseek deepseek2
    deepseek2-ocr deepseek32 deepseek4 dflash dots1 dots3note dream eagle3 ernie4_5 ernie4_5-moe eurobert
    exaone exaone-moe exaone4 falcon falcon-h1 gemma gemma-embedding gemma2 gemma3 gemma3n gemma4
    gemma4-assistant glm-dsa glm4 glm4moe glm5-next gpt-oss gpt2 gptj gptneox granite granite_swa
    granitehybrid granitemoe graniteswitch grok grovemoe hrm_text hunyuan-dense hunyuan-moe hunyuan_vl
    hy_v3 hy_v4 internlm2 jais jais2 jamba jina-bert-v2 jina-bert-v3 kimi-k3 kimi-linear laguna lfm2
    lfm2moe llada llada-moe llama llama-embed llama4 maincoder mamba mamba2 maple mellum mimo2 minicpm
    minicpm3 minimax-01 minimax-m2 minimax-m3 mistral3 mistral4 modern-bert mpt muse-glimmer nanbeige
    nemotron nemotron_h nemotron_h_moe neo-bert nomic-bert nomic-bert-moe olmo olmo2 olmoe openelm orion
    paddleocr pangu-embedded phi2 phi3 phimoe plamo plamo2 plamo3 plm pockettts qwen qwen2 qwen2moe
    qwen2vl qwen3 qwen35 qwen35moe qwen3moe qwen3next qwen3tts qwen3vl qwen3vlmoe qwen4exp refact rnd1
    rwkv6 rwkv6qwen2 rwkv7 seed_oss smallthinker smollm3 spark2_5 stablelm starcoder starcoder2 step35
    t5 t5encoder talkie wavtokenizer-dec xverse
    """.split()
)


def architecture_warning(arch: str | None, filename: str) -> str | None:
    """What to tell a person about a model of architecture ``arch``; None when llama.cpp runs it."""
    if arch is None:
        return ui_text(
            "{filename} does not say which architecture it is; this llama.cpp may not be able to run it.",
            filename=filename,
        )
    if arch == "clip":
        return ui_text(
            "{filename} is a vision projector (mmproj) that goes with a multimodal model: "
            "it cannot chat on its own. Pick the model's main GGUF file instead.",
            filename=filename,
        )
    if arch in LLAMA_CPP_ARCHITECTURES:
        return None
    return ui_text(
        "{filename} is a “{arch}” model, which this llama.cpp (llama-cpp-python {version}) "
        "cannot run: it would download but not load. Pick a model of another family, or update Plinth.",
        filename=filename,
        arch=arch,
        version=LLAMA_CPP_VERSION,
    )
