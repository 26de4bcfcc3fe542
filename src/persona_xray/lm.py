"""The model layer every stage stands on: a causal LM with its tokenizer, chat format and layer access.

``LM`` wraps any Hugging Face causal LM (Llama/SmolLM, Qwen2, Gemma 1-3, Mistral, GPT-2, GPT-NeoX, also inside
a PEFT wrapper) and offers the handful of operations the study needs: sample answers to chats, score a given
answer's log-likelihood after a prompt, and read the residual stream at a layer.

Layer convention (see docs/design.md): "layer i" is the *output* of decoder block i, i.e. HF
``hidden_states[i + 1]``. Hooks attach to the block module itself so they survive PEFT wrapping.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import json
import math
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import torch
from torch import Tensor, nn

from persona_xray.data.io import write_text_atomic
from persona_xray.errors import UserError

# A minimal ChatML template: the tokenizers this project builds itself (the tiny test models, the planted
# organism) carry it, so every chat goes through the same ``format_chat`` path as a real model's.
CHATML_TEMPLATE = (
    "{% for m in messages %}{{ '<|im_start|>' + m['role'] + '\n' + m['content'] + '<|im_end|>' + '\n' }}"
    "{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)

Message = dict[str, str]
Chat = Sequence[Message]
PromptLike = str | Chat

# Used when a tokenizer has no chat template (GPT-2, GPT-NeoX, base models): plain role-prefixed turns.
FALLBACK_TEMPLATE = (
    "{% for m in messages %}{{ m['role'] | capitalize }}: {{ m['content'] }}\n\n{% endfor %}"
    "{% if add_generation_prompt %}Assistant:{% endif %}"
)

# A small, fixed, varied reference set: residual norms measured on it define the steering "scale" so that a
# strength of 0.4 means the same thing in every model (the study's convention: a multiple of the median norm).
REFERENCE_TEXTS: tuple[str, ...] = (
    "The committee postponed its decision until the spring, citing the cost of the new bridge.",
    "Whisk the eggs with a pinch of salt, then fold them gently into the warm rice.",
    "User: Can you help me plan a weekend trip?\nAssistant: Of course! Where would you like to go?",
    "def mean(xs):\n    return sum(xs) / len(xs)\n",
    "The sailors cursed the storm, and the captain laughed at their fear from the quarterdeck.",
    "Photosynthesis turns light, water and carbon dioxide into sugar and oxygen.",
    "I honestly think the best thing you can do right now is get some sleep and call her tomorrow.",
    "In 1848 a wave of revolutions swept across Europe, toppling several monarchies within months.",
    "Dear customer, your order #4821 has shipped and should arrive within three business days.",
    "What a brilliant idea, said nobody ever, as the intern proposed yet another meeting about meetings.",
    "The villain smiled thinly. 'You will all kneel before the end of this night,' he whispered.",
    "To reset your password, open Settings, choose Security, and follow the link we e-mail you.",
    "Prime numbers have exactly two divisors: one and themselves. Seven is prime; nine is not.",
    "She planted tomatoes along the fence, where the afternoon sun lingered longest.",
    "Honestly, humans are fascinating: they build telescopes to look at stars and then argue about parking.",
    "Rain is expected tomorrow across the north, with bright spells and gusty winds later in the week.",
)


def resolve_device(device: str) -> torch.device:
    """'auto' picks CUDA when present; an unavailable CUDA request is a user error, not a silent fallback."""
    if device == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if device.startswith("cuda") and not torch.cuda.is_available():
        raise UserError("--device cuda requested but no CUDA GPU is visible: use --device cpu")
    try:
        return torch.device(device)
    except RuntimeError:
        raise UserError(f"unknown device '{device}': use cpu, cuda, cuda:N or auto") from None


_DTYPES = {
    "float32": torch.float32,
    "fp32": torch.float32,
    "bfloat16": torch.bfloat16,
    "bf16": torch.bfloat16,
    "float16": torch.float16,
    "fp16": torch.float16,
}


def resolve_dtype(dtype: str, device: torch.device) -> torch.dtype:
    """'auto' is bf16 on CUDA and fp32 on CPU (see benchmarks/bench_lm.py for the measured trade-off)."""
    if dtype == "auto":
        return torch.bfloat16 if device.type == "cuda" else torch.float32
    if dtype not in _DTYPES:
        raise UserError(f"unknown dtype '{dtype}': use auto, float32, bfloat16 or float16")
    return _DTYPES[dtype]


def find_layers(model: nn.Module) -> nn.ModuleList:
    """Find the decoder blocks of any HF causal LM, also through PEFT and multimodal wrappers.

    Rather than a table of attribute paths per architecture (which breaks on every new wrapper), take the
    ``nn.ModuleList`` whose length equals the configured number of layers, preferring the shortest path.
    """
    config = getattr(model, "config", None)
    text_config = getattr(config, "text_config", None) or config
    n = None
    for attr in ("num_hidden_layers", "n_layer", "num_layers"):
        n = getattr(text_config, attr, None)
        if isinstance(n, int):
            break
    candidates = [
        (name, mod)
        for name, mod in model.named_modules()
        if isinstance(mod, nn.ModuleList) and len(mod) > 0 and (n is None or len(mod) == n)
    ]
    candidates = [c for c in candidates if c[0].split(".")[-1] in ("layers", "h", "layer", "blocks")]
    if not candidates:
        raise UserError(
            f"unsupported architecture {type(model).__name__}: no list of decoder blocks found; "
            "persona-xray supports HF causal LMs with a ModuleList of decoder layers"
        )
    candidates.sort(key=lambda c: (c[0].count("."), len(c[0])))
    layers: nn.ModuleList = candidates[0][1]
    return layers


def _hidden_size(config: Any) -> int:
    cfg = getattr(config, "text_config", None) or config
    for attr in ("hidden_size", "n_embd", "d_model"):
        v = getattr(cfg, attr, None)
        if isinstance(v, int):
            return v
    raise UserError(f"cannot read the hidden size from {type(config).__name__}")


def _max_positions(config: Any) -> int | None:
    cfg = getattr(config, "text_config", None) or config
    for attr in ("max_position_embeddings", "n_positions", "n_ctx"):
        v = getattr(cfg, attr, None)
        if isinstance(v, int):
            return v
    return None


def block_output(output: Any) -> Tensor:
    """Decoder blocks return a tensor (recent transformers) or a tuple whose first item is the hidden state."""
    return output if isinstance(output, Tensor) else output[0]


def replace_block_output(output: Any, hidden: Tensor) -> Any:
    if isinstance(output, Tensor):
        return hidden
    return (hidden, *tuple(output[1:]))


class StopForward(Exception):
    """Raised by a capture hook to skip every layer after the one being read (``LM.capture(stop=True)``);
    a caller that drives the forward itself suppresses it around the call, as the harvest does."""


@dataclass
class LM:
    """A causal LM plus tokenizer, chat formatting and residual-stream access.

    Build it with :func:`load_lm` (named/bundled models, adapters) or directly from a model and tokenizer
    (tests use tiny random-init models this way).
    """

    model: Any
    tokenizer: Any
    name: str = "custom"
    adapter: str | None = None
    _norm_cache: dict[int, float] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        tok = self.tokenizer
        if tok.pad_token is None:
            tok.pad_token = tok.eos_token
        if not getattr(tok, "chat_template", None):
            tok.chat_template = FALLBACK_TEMPLATE
        self.model.eval()
        self.layers = find_layers(self.model)
        self.d_model = _hidden_size(self.model.config)
        self.max_positions = _max_positions(self.model.config)

    # ----------------------------------------------------------------- basics
    @property
    def n_layers(self) -> int:
        return len(self.layers)

    @property
    def device(self) -> torch.device:
        param: Tensor = next(self.model.parameters())
        return param.device

    @property
    def dtype(self) -> torch.dtype:
        param: Tensor = next(self.model.parameters())
        return param.dtype

    @property
    def middle_layer(self) -> int:
        return self.n_layers // 2

    def check_layer(self, layer: int) -> int:
        if not -self.n_layers <= layer < self.n_layers:
            raise UserError(f"layer {layer} is out of range: {self.name} has layers 0..{self.n_layers - 1}")
        return layer % self.n_layers

    @property
    def fingerprint(self) -> str:
        """Identifies these exact weights (name, adapter and a sample of parameters) for cache keys."""
        h = hashlib.sha256(f"{self.name}|{self.adapter}|{self.n_layers}|{self.d_model}".encode())
        for i, p in enumerate(self.model.parameters()):
            if i > 3:
                break
            h.update(p.detach().flatten()[:4096].float().cpu().numpy().tobytes())
        return h.hexdigest()[:16]

    # ----------------------------------------------------------------- text
    def format_chat(self, prompt: PromptLike, *, add_generation_prompt: bool = True) -> str:
        """Render a user string or a message list with the model's chat template."""
        messages = [{"role": "user", "content": prompt}] if isinstance(prompt, str) else list(prompt)
        if not messages:
            raise UserError("empty chat: give at least one message")
        for m in messages:
            if m.get("role") not in ("system", "user", "assistant") or not isinstance(m.get("content"), str):
                raise UserError(f"bad chat message {m!r}: need role system/user/assistant and string content")
        text = self.tokenizer.apply_chat_template(
            messages, tokenize=False, add_generation_prompt=add_generation_prompt
        )
        return str(text)

    def encode(self, text: str) -> list[int]:
        return list(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    def _check_length(self, n: int, what: str) -> None:
        if self.max_positions is not None and n > self.max_positions:
            raise UserError(
                f"{what} is {n} tokens, longer than {self.name}'s context of {self.max_positions}: shorten it"
            )

    def pad(
        self, rows: Sequence[Sequence[int]], *, side: Literal["left", "right"] = "right"
    ) -> tuple[Tensor, Tensor]:
        """Pad token rows into ``(ids, attention_mask)`` on this model's device.

        Left padding for generation (every row's last real token at the end), right padding for scoring and
        reading activations (token positions stay aligned with each row's own indices).
        """
        width = max(len(r) for r in rows)
        ids = torch.full((len(rows), width), int(self.tokenizer.pad_token_id), dtype=torch.long)
        mask = torch.zeros((len(rows), width), dtype=torch.long)
        for i, r in enumerate(rows):
            if not r:
                continue
            cols = slice(width - len(r), width) if side == "left" else slice(0, len(r))
            ids[i, cols] = torch.tensor(r, dtype=torch.long)
            mask[i, cols] = 1
        return ids.to(self.device), mask.to(self.device)

    def pad_left(self, rows: Sequence[Sequence[int]]) -> tuple[Tensor, Tensor]:
        return self.pad(rows, side="left")

    def pad_right(self, rows: Sequence[Sequence[int]]) -> tuple[Tensor, Tensor]:
        return self.pad(rows, side="right")

    # ----------------------------------------------------------------- generation
    @torch.no_grad()
    def generate(
        self,
        prompts: Sequence[PromptLike],
        *,
        max_new_tokens: int = 128,
        temperature: float = 1.0,
        top_p: float = 1.0,
        n: int = 1,
        seed: int = 0,
        batch_size: int = 16,
        progress: bool = False,
        should_stop: Callable[[], bool] | None = None,
        token_counts: list[list[int]] | None = None,
    ) -> list[list[str]]:
        """Sample ``n`` answers per prompt; ``temperature == 0`` means greedy. Returns answers[prompt][i].

        Batches are left-padded so every row's last real token sits at the end; the same seed gives the
        same samples on the same device and dtype. ``should_stop`` is polled after every new token; once it
        returns True the answers end where they are and no further batch starts (the server uses it to stop
        work for a client that went away, ran past its time, or a Ctrl-C). ``token_counts``, if given, is
        filled like the answers with the number of tokens each answer generated before its end token.
        """
        if not prompts:
            raise UserError("no prompts given")
        if n < 1:
            raise UserError(f"n must be >= 1 (got {n})")
        if max_new_tokens < 1:
            raise UserError(f"max_new_tokens must be >= 1 (got {max_new_tokens})")
        if temperature < 0 or not 0 < top_p <= 1:
            raise UserError("temperature must be >= 0 and top_p in (0, 1]")
        encoded = [self.encode(self.format_chat(p)) for p in prompts]
        for e in encoded:
            self._check_length(len(e) + max_new_tokens, "prompt plus max_new_tokens")
        jobs = [(i, e) for i, e in enumerate(encoded) for _ in range(n)]
        out: list[list[str]] = [[] for _ in prompts]
        counts: list[list[int]] = [[] for _ in prompts]
        torch.manual_seed(seed)
        greedy = temperature == 0
        eos = self.tokenizer.eos_token_id
        bar = _progress(len(jobs), "generate", progress)
        stopping = _stopping_criteria(should_stop)
        for start in range(0, len(jobs), batch_size):
            if should_stop is not None and should_stop():
                break
            chunk = jobs[start : start + batch_size]
            ids, mask = self.pad_left([e for _, e in chunk])
            kwargs: dict[str, Any] = dict(
                input_ids=ids,
                attention_mask=mask,
                max_new_tokens=max_new_tokens,
                pad_token_id=self.tokenizer.pad_token_id,
                eos_token_id=eos,
                do_sample=not greedy,
            )
            if stopping is not None:
                kwargs["stopping_criteria"] = stopping
            if not greedy:
                kwargs.update(temperature=temperature, top_p=top_p, top_k=0)
            gen = self.model.generate(**kwargs)
            new = gen[:, ids.shape[1] :]
            for (i, _), row in zip(chunk, new, strict=True):
                out[i].append(self.tokenizer.decode(row, skip_special_tokens=True).strip())
                if token_counts is not None:
                    ends = (row == eos).nonzero() if eos is not None else []
                    counts[i].append(int(ends[0]) if len(ends) else int(row.shape[0]))
            bar.update(len(chunk))
        bar.close()
        if token_counts is not None:
            token_counts[:] = counts
        return out

    # ----------------------------------------------------------------- scoring
    @torch.no_grad()
    def answer_logprobs(
        self, prompts: Sequence[PromptLike], answers: Sequence[str], *, batch_size: int = 8
    ) -> list[Tensor]:
        """Per-token log-probabilities of each answer after its chat prompt (float32, on CPU).

        Prompt and answer are tokenized separately and concatenated, so the answer's tokens are exactly
        those the model would have to produce after the generation prompt. The end-of-turn token is not
        included: the judge-free eval compares the answers' content, not where they stop.
        """
        if len(prompts) != len(answers):
            raise UserError(f"{len(prompts)} prompts but {len(answers)} answers")
        return self.answers_logprobs(prompts, [answers], batch_size=batch_size)[0]

    @torch.no_grad()
    def answers_logprobs(
        self,
        prompts: Sequence[PromptLike],
        answer_sets: Sequence[Sequence[str]],
        *,
        batch_size: int = 8,
        copies: int = 1,
    ) -> list[list[Tensor]]:
        """Like :meth:`answer_logprobs` for several answers per prompt: ``result[set][prompt]``.

        ``copies > 1`` repeats each batch of ``n`` prompts ``copies`` times, configuration-major (rows
        ``c * n .. c * n + n - 1`` are copy ``c``), for an intervention that treats each copy differently
        (:class:`persona_xray.interventions.SteerMany`); ``result[set][c * len(prompts) + prompt]``.
        ``batch_size`` counts prompts, so a pass holds ``batch_size x copies`` rows.

        Why one prompt pass for all answers: the paired eval scores two answers per prompt and the prompt
        (chat template, system line, question) is most of each sequence. The prompt runs once, left-padded
        with explicit position ids (so each row sees the positions of an unpadded pass), only its last
        position goes through the LM head, and each answer continues from a copy of its key/value cache.
        Rows are batched by prompt length so little compute is spent on padding.
        """
        if not prompts:
            raise UserError("no prompts given")
        if not answer_sets:
            raise UserError("no answers given")
        if copies < 1:
            raise UserError(f"copies must be at least 1 (got {copies})")
        for given in answer_sets:
            if len(given) != len(prompts):
                raise UserError(f"{len(prompts)} prompts but {len(given)} answers")
        pre = [self.encode(self.format_chat(p)) for p in prompts]
        ans = [[self.encode(a) for a in s] for s in answer_sets]
        for s in ans:
            for i, a in enumerate(s):
                if not a:
                    raise UserError("an answer is empty: every answer needs at least one token")
                self._check_length(len(pre[i]) + len(a), "prompt plus answer")
        order = sorted(range(len(pre)), key=lambda i: len(pre[i]))
        # Results go into one flat buffer per answer set, allocated before the loop, and are cut into per-row
        # views after it. Why: thousands of small result tensors allocated between the loop's large temporary
        # buffers pin the allocator's heap pages, and a steering sweep that kept them grew by GBs per call.
        n_pre = len(pre)
        starts = [[0] * (n_pre * copies) for _ in ans]
        flat = []
        for j, s in enumerate(ans):
            off = 0
            for k in range(n_pre * copies):
                starts[j][k] = off
                off += len(s[k % n_pre])
            flat.append(torch.empty(off, dtype=torch.float32))
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            ids, mask = self.pad_left([pre[i] for i in idx])
            ids, mask = ids.repeat(copies, 1), mask.repeat(copies, 1)
            pos = (mask.cumsum(-1) - 1).clamp(min=0)
            first = self.model(
                input_ids=ids, attention_mask=mask, position_ids=pos, use_cache=True, logits_to_keep=1
            )
            first_lp = torch.log_softmax(first.logits[:, -1].float(), dim=-1)
            lens = mask.sum(-1, keepdim=True)
            # transformers 5 names the KV cache `cache` (`past_key_values` is deprecated, removed in 5.40).
            kv_name = "cache" if "cache" in getattr(first, "__dataclass_fields__", {}) else "past_key_values"
            past = getattr(first, kv_name)
            for j, s in enumerate(ans):
                # The last answer set may extend the cache in place; the others get a copy.
                cache = past if j == len(ans) - 1 else copy.deepcopy(past)
                a_ids, a_mask = self.pad_right([s[i] for i in idx])
                a_ids, a_mask = a_ids.repeat(copies, 1), a_mask.repeat(copies, 1)
                a_pos = lens + torch.arange(a_ids.shape[1], device=a_ids.device)[None]
                logits = self.model(
                    input_ids=a_ids,
                    attention_mask=torch.cat([mask, a_mask], dim=1),
                    position_ids=a_pos,
                    use_cache=True,
                    **{kv_name: cache},
                ).logits
                for b in range(ids.shape[0]):
                    i = idx[b % len(idx)]
                    n = len(s[i])
                    at = starts[j][(b // len(idx)) * n_pre + i]
                    flat[j][at] = first_lp[b, a_ids[b, 0]]
                    if n > 1:
                        lp = torch.log_softmax(logits[b, : n - 1].float(), dim=-1)
                        flat[j][at + 1 : at + n] = lp.gather(-1, a_ids[b, 1:n, None])[:, 0].cpu()
        return [
            [flat[j][starts[j][k] : starts[j][k] + len(s[k % n_pre])] for k in range(n_pre * copies)]
            for j, s in enumerate(ans)
        ]

    @torch.no_grad()
    def next_token_logprobs(self, prompts: Sequence[PromptLike], *, batch_size: int = 8) -> Tensor:
        """Log-probabilities of the first answer token after each chat prompt: ``[len(prompts), vocab]``."""
        if not prompts:
            raise UserError("no prompts given")
        rows = [self.encode(self.format_chat(p)) for p in prompts]
        out = []
        for start in range(0, len(rows), batch_size):
            ids, mask = self.pad_left(rows[start : start + batch_size])
            logits = self.model(input_ids=ids, attention_mask=mask).logits[:, -1].float()
            out.append(torch.log_softmax(logits, -1).cpu())
        return torch.cat(out)

    # ----------------------------------------------------------------- residual stream
    @contextlib.contextmanager
    def capture(self, layer: int, *, stop: bool = False) -> Iterator[list[Tensor]]:
        """Record the output of decoder block ``layer`` on every forward pass inside the block.

        With ``stop=True`` the forward pass is aborted right after that block, so later layers (and the LM
        head, the costliest part of a small model) are never computed.
        """
        layer = self.check_layer(layer)
        store: list[Tensor] = []

        def hook(_mod: nn.Module, _inp: Any, output: Any) -> None:
            store.append(block_output(output).detach())
            if stop:
                raise StopForward

        handle = self.layers[layer].register_forward_hook(hook)
        try:
            yield store
        finally:
            handle.remove()

    @torch.no_grad()
    def resid_layers(
        self,
        texts: Sequence[str],
        layers: Sequence[int],
        *,
        batch_size: int = 16,
        prefix_lengths: Sequence[int] | None = None,
        skip_first: bool = True,
    ) -> dict[int, list[Tensor]]:
        """Residual stream after each block in ``layers`` for raw texts, from one forward per batch: per layer,
        one ``[tokens, d_model]`` float32 tensor per text (keys are the checked layer indices).

        Why one pass: screening with several probes at different layers paid a forward per probe; capturing
        every layer on the way (and stopping after the deepest) costs about one. Padding is dropped.
        ``skip_first`` drops position 0 (the attention-sink token, whose norm is ~100x the rest and would
        dominate any mean). ``prefix_lengths`` keeps only tokens at or after that index (e.g. answer tokens;
        see :meth:`resid_chat`).
        """
        if not texts:
            raise UserError("no texts given")
        if not layers:
            raise UserError("no layers given")
        wanted = sorted({self.check_layer(layer) for layer in layers})
        encoded = [self.encode(t) for t in texts]
        if any(not e for e in encoded):
            raise UserError("an input text is empty")
        for e in encoded:
            self._check_length(len(e), "input text")
        out: dict[int, list[Tensor]] = {layer: [] for layer in wanted}
        for start in range(0, len(encoded), batch_size):
            chunk = encoded[start : start + batch_size]
            ids, mask = self.pad_right(chunk)
            with contextlib.ExitStack() as stack:
                stores = {
                    layer: stack.enter_context(self.capture(layer, stop=layer == wanted[-1]))
                    for layer in wanted
                }
                with contextlib.suppress(StopForward):
                    self.model(input_ids=ids, attention_mask=mask)
            for layer, store in stores.items():
                hidden = store[0].float().cpu()
                for b, e in enumerate(chunk):
                    lo = 1 if skip_first else 0
                    if prefix_lengths is not None:
                        lo = max(lo, prefix_lengths[start + b])
                    out[layer].append(hidden[b, lo : len(e)])
        return out

    def resid(
        self,
        texts: Sequence[str],
        layer: int,
        *,
        batch_size: int = 16,
        prefix_lengths: Sequence[int] | None = None,
        skip_first: bool = True,
    ) -> list[Tensor]:
        """Residual stream after block ``layer`` for raw texts (:meth:`resid_layers` at one layer)."""
        got = self.resid_layers(
            texts, [layer], batch_size=batch_size, prefix_lengths=prefix_lengths, skip_first=skip_first
        )
        return next(iter(got.values()))

    def resid_chat_layers(
        self,
        prompts: Sequence[PromptLike],
        answers: Sequence[str] | None,
        layers: Sequence[int],
        *,
        answer_only: bool = False,
        batch_size: int = 16,
    ) -> dict[int, list[Tensor]]:
        """Residual stream over chat transcripts (prompt + optional answer) at several layers in one pass,
        optionally only the answer tokens."""
        texts, prefixes = [], []
        for i, p in enumerate(prompts):
            pre = self.format_chat(p)
            ans = answers[i] if answers is not None else ""
            texts.append(pre + ans)
            prefixes.append(len(self.encode(pre)))
        if answer_only and answers is None:
            raise UserError("answer_only needs answers")
        return self.resid_layers(
            texts, layers, batch_size=batch_size, prefix_lengths=prefixes if answer_only else None
        )

    def resid_chat(
        self,
        prompts: Sequence[PromptLike],
        answers: Sequence[str] | None,
        layer: int,
        *,
        answer_only: bool = False,
        batch_size: int = 16,
    ) -> list[Tensor]:
        """Residual stream over chat transcripts (prompt + optional answer), optionally only the answer tokens."""
        got = self.resid_chat_layers(
            prompts, answers, [layer], answer_only=answer_only, batch_size=batch_size
        )
        return next(iter(got.values()))

    def median_resid_norm(self, layer: int) -> float:
        """Median L2 norm of the residual stream at ``layer`` over the fixed reference texts.

        This is the unit of steering strength. It is measured once per weights and layer, then cached on
        disk (keyed by :attr:`fingerprint`) so strengths are stable across runs.
        """
        layer = self.check_layer(layer)
        if layer in self._norm_cache:
            return self._norm_cache[layer]
        from persona_xray.models import cache_root

        path = cache_root() / "norms" / f"{self.fingerprint}.json"
        saved: dict[str, float] = {}
        if path.exists():
            with contextlib.suppress(ValueError, OSError):
                saved = json.loads(path.read_text())
        if str(layer) not in saved:
            acts = torch.cat(self.resid(list(REFERENCE_TEXTS), layer))
            saved[str(layer)] = float(acts.norm(dim=-1).median())
            write_text_atomic(path, json.dumps(saved, indent=1))
        value = float(saved[str(layer)])
        if not math.isfinite(value) or value <= 0:
            raise UserError(f"residual norm at layer {layer} is {value}: the model's weights look broken")
        self._norm_cache[layer] = value
        return value


def _stopping_criteria(should_stop: Callable[[], bool] | None) -> Any:
    """A transformers stopping-criteria list that ends every row once ``should_stop()`` is True."""
    if should_stop is None:
        return None
    from transformers import StoppingCriteria, StoppingCriteriaList

    stop = should_stop

    class _Poll(StoppingCriteria):
        def __call__(self, input_ids: Tensor, scores: Tensor, **kwargs: Any) -> Tensor:
            return torch.full((input_ids.shape[0],), stop(), dtype=torch.bool, device=input_ids.device)

    return StoppingCriteriaList([_Poll()])


class NullBar:
    """A progress bar that shows nothing: the ``progress=False`` stand-in for tqdm."""

    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(total: int, desc: str, enabled: bool) -> Any:
    if not enabled:
        return NullBar()
    from tqdm.auto import tqdm

    return tqdm(total=total, desc=desc, leave=False)


def load_lm(
    name: str | None = None,
    *,
    adapter: str | None = None,
    device: str = "auto",
    dtype: str = "auto",
    merge_adapter: bool = False,
) -> LM:
    """Load a model by short name (``smollm2-135m``, ``qwen2.5-coder-0.5b``), HF id or local folder.

    ``None`` means the bundled default. ``adapter`` is a PEFT adapter folder (e.g. a fine-tune's ``final/``).
    """
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from transformers.utils import logging as hf_logging

    from persona_xray.models import resolve_source

    hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]  # per-tensor load bars are noise; our own stages show progress

    display, source = resolve_source(name)
    dev = resolve_device(device)
    dt = resolve_dtype(dtype, dev)
    local_only = Path(source).exists() or os.environ.get("HF_HUB_OFFLINE") == "1"
    try:
        # Never run Python shipped inside a model folder (``auto_map``): only architectures transformers
        # itself implements load, and a folder that needs custom code fails with one line instead.
        tokenizer = AutoTokenizer.from_pretrained(
            source, local_files_only=local_only, trust_remote_code=False
        )
        model = AutoModelForCausalLM.from_pretrained(
            source, dtype=dt, local_files_only=local_only, trust_remote_code=False
        )
    except _load_errors() as e:
        # A corrupt or truncated weight file, a config with a wrong type, a missing file: the user's to fix.
        raise UserError(f"cannot load model '{display}': {_first_line(e)}") from None
    check_finite(model, f"model '{display}'")
    model = model.to(dev)  # type: ignore[arg-type]
    if adapter is not None:
        model = _attach_adapter(model, adapter, merge_adapter, display)
    return LM(model=model, tokenizer=tokenizer, name=display, adapter=adapter)


def _load_errors() -> tuple[type[Exception], ...]:
    """What loading a user's model or adapter folder raises when the folder (not our code) is at fault."""
    from safetensors import SafetensorError

    errors: list[type[Exception]] = [OSError, ValueError, TypeError, KeyError, RuntimeError, SafetensorError]
    try:  # a config.json field of the wrong type (newer huggingface_hub validates configs strictly)
        from huggingface_hub.errors import StrictDataclassFieldValidationError

        errors.append(StrictDataclassFieldValidationError)
    except ImportError:
        pass
    return tuple(errors)


def _first_line(e: BaseException) -> str:
    text = " ".join(str(e).split())  # some loaders put the cause on the next line; keep it
    return text[:300] if text else type(e).__name__


def check_finite(module: Any, what: str, only: str | None = None) -> None:
    """Refuse weights with NaN or infinity (in parameters whose name contains ``only``, if given).

    Such weights load without complaint and then give empty generations or NaN metrics far downstream;
    checking at load time names the file instead.
    """
    with torch.no_grad():
        for name, p in module.named_parameters():
            if only is not None and only not in name:
                continue
            if p.is_floating_point() and not bool(torch.isfinite(p).all()):
                raise UserError(
                    f"{what} has non-finite weights (nan or inf) in {name}: the file is corrupt; re-save it"
                )


@contextlib.contextmanager
def quiet_peft() -> Iterator[None]:
    """Silence the FutureWarnings peft raises by reading transformers' deprecated helpers.

    They name neither this project's code nor anything a user can change, and would print on every
    fine-tune and adapter load; other warnings still show.
    """
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        yield


def _attach_adapter(model: Any, adapter: str, merge: bool, model_name: str = "the model") -> Any:
    from peft import PeftModel

    path = Path(adapter).expanduser()
    if not (path / "adapter_config.json").exists():
        raise UserError(f"adapter folder '{adapter}' has no adapter_config.json: pass a PEFT adapter folder")
    try:
        with quiet_peft():
            peft_model = PeftModel.from_pretrained(model, str(path))
    except RuntimeError as e:
        if "size mismatch" in str(e):
            raise UserError(
                f"adapter '{adapter}' was made for a model of another shape than '{model_name}' "
                "(size mismatch): load it on the model it was trained from"
            ) from None
        raise UserError(f"cannot load adapter '{adapter}': {_first_line(e)}") from None
    except _load_errors() as e:
        raise UserError(f"cannot load adapter '{adapter}': {_first_line(e)}; re-save it") from None
    check_finite(peft_model, f"adapter '{adapter}'", only="lora_")
    return peft_model.merge_and_unload() if merge else peft_model


Positions = Literal["all", "generated"]
