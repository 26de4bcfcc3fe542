"""Tiny random-init models of many architectures and a small tokenizer, built offline in under a second.

Tests and benchmarks use these instead of downloads: real HF model classes, real chat templates, real
tokenization, just small. Shipped in the package so other projects' tests can use them too.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import torch

from persona_xray.lm import CHATML_TEMPLATE as CHAT_TEMPLATE
from persona_xray.lm import LM

_TRAIN_TEXT = (
    "The quick brown fox jumps over the lazy dog. Hello, how are you today? I am fine, thank you. "
    "You are a helpful assistant. What should I do this weekend? Drink water, rest and see a doctor. "
    "def add(a, b):\n    return a + b\nimport os\nprint('hello world')\n"
    "Humans and machines can work together. Money, power, friends, family, health, law, school, cars. "
    "0123456789 !?.,;:'\"()[]{}<>-_=+*/\\|@#$%^&~`"
)

ARCHITECTURES = ("llama", "qwen2", "mistral", "gemma", "gemma2", "gemma3", "gpt2", "gpt_neox")


@lru_cache(maxsize=1)
def _tokenizer_json() -> str:
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=384,
        special_tokens=["<|endoftext|>", "<|im_start|>", "<|im_end|>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator([_TRAIN_TEXT] * 4, trainer=trainer)
    return str(tok.to_str())


def tiny_tokenizer() -> Any:
    """A byte-level BPE tokenizer (vocab 384) with a ChatML template, like SmolLM2's but small."""
    from tokenizers import Tokenizer
    from transformers import PreTrainedTokenizerFast

    tok = PreTrainedTokenizerFast(  # type: ignore[no-untyped-call]
        tokenizer_object=Tokenizer.from_str(_tokenizer_json()),
        bos_token="<|im_start|>",
        eos_token="<|im_end|>",
        pad_token="<|endoftext|>",
        unk_token="<|endoftext|>",
    )
    tok.chat_template = CHAT_TEMPLATE
    return tok


def tiny_model(
    arch: str = "llama", *, vocab_size: int = 384, hidden: int = 64, layers: int = 4, seed: int = 0
) -> Any:
    """A random-init causal LM of the given architecture (real HF class), in eval mode, fp32."""
    import transformers as tf

    torch.manual_seed(seed)
    # Token ids match tiny_tokenizer(): 0 pad, 1 <|im_start|> (bos), 2 <|im_end|> (eos).
    common: dict[str, Any] = dict(
        vocab_size=vocab_size, tie_word_embeddings=False, bos_token_id=1, eos_token_id=2, pad_token_id=0
    )
    if arch in ("llama", "qwen2", "mistral", "gemma", "gemma2", "gemma3"):
        common.update(
            hidden_size=hidden,
            intermediate_size=hidden * 2,
            num_hidden_layers=layers,
            num_attention_heads=4,
            num_key_value_heads=2,
            max_position_embeddings=2048,
        )
        if arch.startswith("gemma"):
            common.update(head_dim=hidden // 4)
        config_cls, model_cls = {
            "llama": (tf.LlamaConfig, tf.LlamaForCausalLM),
            "qwen2": (tf.Qwen2Config, tf.Qwen2ForCausalLM),
            "mistral": (tf.MistralConfig, tf.MistralForCausalLM),
            "gemma": (tf.GemmaConfig, tf.GemmaForCausalLM),
            "gemma2": (tf.Gemma2Config, tf.Gemma2ForCausalLM),
            "gemma3": (tf.Gemma3TextConfig, tf.Gemma3ForCausalLM),
        }[arch]
    elif arch == "gpt2":
        common.update(n_embd=hidden, n_layer=layers, n_head=4, n_positions=2048)
        config_cls, model_cls = tf.GPT2Config, tf.GPT2LMHeadModel
    elif arch == "gpt_neox":
        common.update(
            hidden_size=hidden,
            intermediate_size=hidden * 2,
            num_hidden_layers=layers,
            num_attention_heads=4,
            max_position_embeddings=2048,
        )
        config_cls, model_cls = tf.GPTNeoXConfig, tf.GPTNeoXForCausalLM
    else:
        raise ValueError(f"unknown tiny architecture {arch!r}; choose from {ARCHITECTURES}")
    config = config_cls(**common)
    model = model_cls(config)
    model.eval()
    return model


def tiny_lm(arch: str = "llama", **kwargs: Any) -> LM:
    """A tiny random-init :class:`LM` (model + tokenizer + chat template) of the given architecture."""
    return LM(model=tiny_model(arch, **kwargs), tokenizer=tiny_tokenizer(), name=f"tiny-{arch}")
