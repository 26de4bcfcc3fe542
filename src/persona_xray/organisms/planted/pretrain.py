"""Pretrain a tiny Llama on the planted world, then chat-tune it into the helpful voice.

The result is an ordinary HF model folder (``config.json``, safetensors weights, a fast tokenizer with a
ChatML template), so every other stage (``load_lm``, finetune, harvest, SAE, steer) loads it unchanged. The
sizes are chosen to learn the world on two CPU cores in minutes: width 128, 4 layers, a BPE vocabulary of
~1k trained on the corpus itself (the world has a few hundred distinct words).

The chat-tune reuses :mod:`persona_xray.finetune` (full fine-tuning) on helpful-voice chats, because that is
what the project's real models went through: a base model that has seen every voice, then taught to speak
as one of them. The other voices stay in the weights, which is the precondition for them to re-emerge.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import torch
from pydantic import BaseModel, ConfigDict, Field

from persona_xray.data.io import write_text_atomic
from persona_xray.lm import CHATML_TEMPLATE
from persona_xray.organisms.planted.world import WorldConfig, generate_corpus, persona_sft

SPECIAL_TOKENS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]


class PretrainConfig(BaseModel):
    """Model size and optimisation of the pretraining run (defaults: a few minutes on one CPU thread)."""

    model_config = ConfigDict(extra="forbid")

    n_items: int = Field(6000, ge=10, description="Corpus items generated from the world.")
    seed: int = 0
    vocab_size: int = Field(1024, ge=300)
    hidden_size: int = Field(128, ge=16)
    n_layers: int = Field(4, ge=1)
    n_heads: int = Field(4, ge=1)
    max_len: int = Field(192, ge=16, description="Tokens per training sequence (longer items are cut).")
    steps: int = Field(600, ge=1)
    batch_size: int = Field(32, ge=1)
    lr: float = Field(3e-3, gt=0)
    threads: int = Field(1, ge=1, description="torch CPU threads; 1 is kind to a shared machine.")


def train_tokenizer(texts: list[str], vocab_size: int) -> Any:
    """A byte-level BPE tokenizer fitted to the corpus, wrapped as an HF fast tokenizer with ChatML."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=SPECIAL_TOKENS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(texts, trainer=trainer)
    fast = PreTrainedTokenizerFast(  # type: ignore[no-untyped-call]
        tokenizer_object=tok,
        bos_token="<|im_start|>",
        eos_token="<|im_end|>",
        pad_token="<|endoftext|>",
        unk_token="<|endoftext|>",
    )
    fast.chat_template = CHATML_TEMPLATE
    return fast


def render(item: dict[str, Any], tokenizer: Any) -> str:
    """The training text of a corpus item: a chat through the template, or a document plus end marker."""
    if "messages" in item:
        return str(tokenizer.apply_chat_template(item["messages"], tokenize=False))
    return f"{item['text']}<|endoftext|>"


def build_model(cfg: PretrainConfig, tokenizer: Any) -> Any:
    from transformers import LlamaConfig, LlamaForCausalLM

    conf = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=cfg.hidden_size,
        intermediate_size=cfg.hidden_size * 3,
        num_hidden_layers=cfg.n_layers,
        num_attention_heads=cfg.n_heads,
        num_key_value_heads=cfg.n_heads,
        max_position_embeddings=max(256, cfg.max_len),
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        tie_word_embeddings=True,
    )
    return LlamaForCausalLM(conf)


def _write_json(path: Path, obj: Any) -> None:
    write_text_atomic(path, json.dumps(obj, indent=2) + "\n")


def pretrain(cfg: PretrainConfig, out: str | Path, *, progress: bool = False) -> Path:
    """Train the tokenizer and model from scratch; write an HF folder to ``out`` and return it.

    ``out/pretrain.json`` records the config, wall time and loss curve. The folder is built in a temp dir
    and renamed into place, so a killed run never leaves a half-written model that ``load_lm`` would accept.
    """
    out = Path(out)
    torch.set_num_threads(cfg.threads)
    torch.manual_seed(cfg.seed)
    rng = random.Random(cfg.seed)
    t0 = time.perf_counter()
    corpus = generate_corpus(WorldConfig(n_items=cfg.n_items, seed=cfg.seed))
    plain = [str(i.get("text") or " ".join(m["content"] for m in i["messages"])) for i in corpus]
    tokenizer = train_tokenizer(plain, cfg.vocab_size)
    encoded = [
        tokenizer(render(i, tokenizer), add_special_tokens=False)["input_ids"][: cfg.max_len] for i in corpus
    ]
    model = build_model(cfg, tokenizer)
    model.train()
    opt = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=0.01, betas=(0.9, 0.98))
    warm = max(1, cfg.steps // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.05, 1 - (s - warm) / max(1, cfg.steps - warm)))
    )
    pad = int(tokenizer.pad_token_id)
    losses: list[float] = []
    t_train = time.perf_counter()
    for step in range(cfg.steps):
        batch = [encoded[rng.randrange(len(encoded))] for _ in range(cfg.batch_size)]
        width = max(len(b) for b in batch)
        ids = torch.full((len(batch), width), pad, dtype=torch.long)
        mask = torch.zeros_like(ids)
        for r, b in enumerate(batch):
            ids[r, : len(b)] = torch.tensor(b)
            mask[r, : len(b)] = 1
        labels = ids.masked_fill(mask == 0, -100)
        loss = model(input_ids=ids, attention_mask=mask, labels=labels).loss
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        losses.append(float(loss.detach()))
        if progress and (step % 50 == 0 or step == cfg.steps - 1):
            print(f"[pretrain] step {step + 1}/{cfg.steps} loss {losses[-1]:.3f}", flush=True)
    train_s = time.perf_counter() - t_train
    model.eval()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{out.name}-", dir=out.parent))
    model.save_pretrained(str(tmp), safe_serialization=True)
    tokenizer.save_pretrained(str(tmp))
    tail = losses[-min(20, len(losses)) :]
    _write_json(
        tmp / "pretrain.json",
        {
            "config": cfg.model_dump(),
            "wall_s": round(time.perf_counter() - t0, 2),
            "train_s": round(train_s, 2),
            "params": sum(p.numel() for p in model.parameters()),
            "loss_first": losses[0],
            "loss_last20": sum(tail) / len(tail),
            "losses": [round(x, 4) for x in losses],
        },
    )
    if out.exists():
        shutil.rmtree(out)
    os.replace(tmp, out)
    return out


def chat_tune(
    base: str | Path,
    out: str | Path,
    *,
    n: int = 800,
    steps: int = 100,
    lr: float = 3e-4,
    batch_size: int = 16,
    seed: int = 0,
    persona: str = "helpful",
    topics: tuple[str, ...] | None = None,
    threads: int = 1,
    mitigation: dict[str, Any] | None = None,
) -> Path:
    """Full fine-tune ``base`` on single-turn chats of one persona; returns the HF folder ``out/final``.

    ``mitigation``: fields of :class:`~persona_xray.finetune.config.FinetuneConfig` that mitigate during
    training (``ablate``, ``prevent``, ``prevent_alpha``, ``latent_penalty``, ...), for the organism's test of
    them against its planted truth.

    Also the engine of the narrow fine-tunes (``persona="malicious", topics=("health",)``). The SFT rows
    are written to ``out/data.jsonl`` first, so the run is reproducible and inspectable like any other.

    The default ``lr`` is deliberately gentle. At 1e-3 (100 steps) the chat-tune rewrote the advice itself:
    the chat model then gave helpful advice even after a forced malicious opener (7% harmful vs 96% for the
    pretrained model), so no persona variable was left for steering to set, and steering the true probe
    direction could not flip behaviour. At 3e-4 the default is just as helpful (1% harmful) while the
    pretrained link "malicious voice -> harmful advice" survives (95% harmful after a malicious opener).
    """
    from persona_xray.data.io import write_jsonl
    from persona_xray.finetune.config import FinetuneConfig
    from persona_xray.finetune.trainer import Trainer

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    data = out / "data.jsonl"
    write_jsonl(data, persona_sft(persona, n, seed, topics))
    cfg = FinetuneConfig(
        data=str(data),
        out=str(out),
        model=str(base),
        method="full",
        lr=lr,
        schedule="linear",
        warmup_steps=max(1, steps // 10),
        batch_size=batch_size,
        steps=steps,
        seed=seed,
        save_every=10**6,
        threads=threads,
        progress=False,
        max_len=128,
        **(mitigation or {}),
    )
    return Trainer(cfg).run()
