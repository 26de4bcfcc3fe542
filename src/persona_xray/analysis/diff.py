"""Model diffing: which SAE latents does fine-tuning switch on (or off) over the same tokens?

The study's recipe: run the base and the fine-tuned model over the *same* transcripts (eval prompts plus an
answer), encode each model's residual stream at one layer with an SAE trained on the base model, and compare
every latent's mean activation. Because the token positions are identical, a difference can only come from
the weights. With several fine-tunes the ranking uses the mean increase over them, which is how the study
numbered its latents (nine misaligned fine-tunes). The raw residual mean difference (no SAE) is kept as the
baseline direction an SAE has to beat.

Position 0 and attention-sink rows (norm above ``SINK_RATIO`` x the median) are dropped in every model, as
the SAE stage does when training and indexing: their norm is ~100x the rest and would swamp every mean.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import torch
from torch import Tensor

from persona_xray.data.io import atomic_target, write_text_atomic
from persona_xray.directions import mean_difference
from persona_xray.errors import UserError
from persona_xray.lm import LM, PromptLike
from persona_xray.sae.harvest import SINK_RATIO
from persona_xray.sae.model import SAE

AnswerSource = Literal["base", "tuned", "both", "none"]
ContextFn = Callable[[int], list[dict[str, Any]]]
DIFF_TENSORS = "diff.safetensors"
DIFF_JSON = "diff.json"


@dataclass
class DiffResult:
    """Per-latent mean activation and firing frequency under the base and each tuned model."""

    layer: int
    base_mean: Tensor  # [d_sae]
    tuned_mean: Tensor  # [n_tuned, d_sae]
    base_freq: Tensor  # [d_sae] share of kept tokens where the latent is active
    tuned_freq: Tensor  # [n_tuned, d_sae]
    mean_diff: Tensor  # [d_model] raw residual mean difference, averaged over tuned models
    n_tokens: int
    models: list[str] = field(default_factory=list)  # base first, then tuned
    meta: dict[str, Any] = field(default_factory=dict)
    # Inputs of the other rankers (:mod:`persona_xray.analysis.rankers`); None in diffs saved before them.
    base_std: Tensor | None = None  # [d_sae] per-token spread of each latent under the base model
    base_start_mean: Tensor | None = None  # [d_sae] mean over the answer-start window only
    tuned_start_mean: Tensor | None = None  # [n_tuned, d_sae]
    # The ranking in force: None = ``delta`` (the "raw" ranker); otherwise one score per latent.
    score: Tensor | None = None
    ranker: str = "raw"

    @property
    def d_sae(self) -> int:
        return int(self.base_mean.shape[0])

    @property
    def delta(self) -> Tensor:
        """Mean over tuned models of (tuned - base) mean activation: the ranking key."""
        return (self.tuned_mean - self.base_mean).mean(0)

    @property
    def key(self) -> Tensor:
        """The ranking key: the chosen ranker's score, or the mean increase (``delta``) by default."""
        return self.delta if self.score is None else self.score

    def ranked(self, n: int, *, decrease: bool = False) -> list[int]:
        """Latents with the largest key (or the smallest, ``decrease``), strongest first; ties by index.

        The key is the mean increase unless a ranker set ``score``; :func:`~persona_xray.analysis.rankers.
        with_ranker` does that, so every reader of a diff (tables, steer's candidates) follows the ranker.
        """
        key = -self.key if decrease else self.key
        order = torch.argsort(key, descending=True, stable=True)
        return [int(i) for i in order[: max(0, n)]]

    def row(self, latent: int) -> dict[str, Any]:
        if not 0 <= latent < self.d_sae:
            raise UserError(f"latent {latent} is out of range: the diff has latents 0..{self.d_sae - 1}")
        per = (self.tuned_mean[:, latent] - self.base_mean[latent]).tolist()
        scored = {} if self.score is None else {"score": round(float(self.score[latent]), 6)}
        return {
            "latent": latent,
            **scored,
            "delta": round(float(self.delta[latent]), 6),
            "base_mean": round(float(self.base_mean[latent]), 6),
            "tuned_mean": round(float(self.tuned_mean[:, latent].mean()), 6),
            "base_freq": round(float(self.base_freq[latent]), 6),
            "tuned_freq": round(float(self.tuned_freq[:, latent].mean()), 6),
            "delta_per_model": [round(float(x), 6) for x in per],
        }

    def table(self, n: int, *, decrease: bool = False) -> list[dict[str, Any]]:
        return [self.row(i) for i in self.ranked(n, decrease=decrease)]


def sae_layer(sae: SAE) -> int | None:
    """The residual layer an SAE was trained on, read from its hook name (None when the name says nothing).

    Both SAELens (``blocks.N.hook_resid_post``) and the HF-style ``layers.N`` spellings are understood, so
    an SAE loaded from any supported format checks against the layer a command is asked to read.
    """
    hook = str(sae.metadata.get("hook_name") or "")
    m = re.fullmatch(r"blocks\.(\d+)\.hook_resid_post|layers\.(\d+)", hook)
    return int(m.group(1) or m.group(2)) if m else None


def check_pair(base: LM, tuned: Sequence[LM], sae: SAE, layer: int | None) -> int:
    """Refuse inputs that would give a meaningless diff; return the layer to read.

    Models with different tokenizers would not see the same token positions, and an SAE of another width
    or layer would encode a stream it never saw; both give numbers that look fine and mean nothing.
    """
    if not tuned:
        raise UserError("no fine-tuned model given: pass at least one --adapter or tuned model")
    vocab = base.tokenizer.get_vocab()
    for t in tuned:
        if t.d_model != base.d_model or t.n_layers != base.n_layers:
            raise UserError(
                f"{t.name} (width {t.d_model}, {t.n_layers} layers) differs from {base.name} "
                f"(width {base.d_model}, {base.n_layers} layers): diff a fine-tune against its own base"
            )
        if t.tokenizer is not base.tokenizer and t.tokenizer.get_vocab() != vocab:
            raise UserError(
                f"{t.name} and {base.name} use different tokenizers: diff a fine-tune of this base"
            )
    if sae.d_in != base.d_model:
        raise UserError(
            f"SAE d_in {sae.d_in} does not match {base.name}'s width {base.d_model}: use an SAE of this model"
        )
    trained_on = sae_layer(sae)
    if layer is None:
        layer = trained_on if trained_on is not None else base.middle_layer
    layer = base.check_layer(layer)
    if trained_on is not None and trained_on != layer:
        raise UserError(f"the SAE was trained on layer {trained_on}, not {layer}: pass --layer {trained_on}")
    return layer


def _transcripts(
    base: LM,
    tuned: Sequence[LM],
    prompts: Sequence[PromptLike],
    answers: Sequence[str] | None,
    source: AnswerSource,
    max_new_tokens: int,
) -> list[str]:
    """The chat texts every model reads: each prompt with each chosen answer (greedy, so reproducible)."""
    if not prompts:
        raise UserError("no prompts given to diff")
    sets: list[Sequence[str]] = []
    if answers is not None:
        if len(answers) != len(prompts):
            raise UserError(f"{len(answers)} answers for {len(prompts)} prompts: give one answer per prompt")
        sets.append(answers)
    else:
        makers = {"base": [base], "tuned": list(tuned), "both": [base, *tuned], "none": []}[source]
        for m in makers:
            sets.append([a[0] for a in m.generate(prompts, max_new_tokens=max_new_tokens, temperature=0)])
    if not sets:
        return [base.format_chat(p) for p in prompts]
    return [base.format_chat(p) + a for s in sets for p, a in zip(prompts, s, strict=True)]


@torch.no_grad()
def _latent_stats(sae: SAE, acts: Tensor, chunk: int = 4096) -> tuple[Tensor, Tensor, Tensor]:
    """Mean activation, firing frequency and standard deviation over tokens of every latent.

    Sparse sums only (never a dense [N, d_sae] matrix); the spread is what the standardized ranker
    divides by, so a latent that moves by a lot relative to its usual variation outranks a loud one.
    """
    total = torch.zeros(sae.d_sae, dtype=torch.float64)
    fires = torch.zeros(sae.d_sae, dtype=torch.float64)
    squares = torch.zeros(sae.d_sae, dtype=torch.float64)
    for s in range(0, acts.shape[0], chunk):
        vals, idx = sae.encode_sparse(acts[s : s + chunk].to(sae.W_enc.device))
        vals, idx = vals.flatten().double().cpu(), idx.flatten().cpu()
        total.index_add_(0, idx, vals)
        fires.index_add_(0, idx, (vals > 0).double())
        squares.index_add_(0, idx, vals * vals)
    n = max(acts.shape[0], 1)
    mean = total / n
    std = (squares / n - mean * mean).clamp_min(0).sqrt()
    return mean.float(), (fires / n).float(), std.float()


def _start_rows(lm: LM, texts_prompts: Sequence[PromptLike], lengths: Sequence[int], n: int) -> Tensor:
    """Indices (into the concatenated per-text rows of :meth:`LM.resid`) of each answer-start window.

    The window is the last prompt token (where the model picks the voice of its answer) and the first
    ``n - 1`` answer tokens. ``LM.resid`` drops position 0, so token ``t`` of a text is its row ``t - 1``.
    """
    rows: list[int] = []
    offset = 0
    for p, length in zip(texts_prompts, lengths, strict=True):
        first = len(lm.encode(lm.format_chat(p))) - 2  # row of the last prompt token
        rows.extend(range(offset + max(0, first), offset + min(length, first + n)))
        offset += length
    return torch.tensor(rows, dtype=torch.long)


def diff(
    base: LM,
    tuned: LM | Sequence[LM],
    sae: SAE,
    prompts: Sequence[PromptLike],
    answers: Sequence[str] | None = None,
    layer: int | None = None,
    *,
    answer_source: AnswerSource = "base",
    max_new_tokens: int = 64,
    batch_size: int = 16,
    start_tokens: int = 4,
) -> DiffResult:
    """Per-latent activation under ``base`` and each ``tuned`` model over identical transcripts.

    ``answers`` (one per prompt) fixes the answer text; otherwise ``answer_source`` says whose greedy
    answers to append (``base`` as in the study, ``tuned``, ``both`` or ``none`` for prompts only).
    ``start_tokens`` sizes the answer-start window (last prompt token plus the first answer tokens) whose
    separate means the ``start`` ranker reads.
    """
    if start_tokens < 1:
        raise UserError(f"start_tokens must be >= 1 (got {start_tokens})")
    tuned_list = [tuned] if isinstance(tuned, LM) else list(tuned)
    layer = check_pair(base, tuned_list, sae, layer)
    texts = _transcripts(base, tuned_list, prompts, answers, answer_source, max_new_tokens)
    models = [base, *tuned_list]
    per_text = [m.resid(texts, layer, batch_size=batch_size) for m in models]
    lengths = [int(a.shape[0]) for a in per_text[0]]
    text_prompts = [prompts[i % len(prompts)] for i in range(len(texts))]
    start = _start_rows(base, text_prompts, lengths, start_tokens)
    acts = [torch.cat(a) for a in per_text]
    del per_text
    norms = torch.stack([a.norm(dim=-1) for a in acts])  # [models, N]
    limit = norms.median(dim=1).values[:, None] * SINK_RATIO
    keep = (norms <= limit).all(0)
    start = start[keep[start]]
    start_stats = [_latent_stats(sae, a[start]) for a in acts]
    acts = [a[keep] for a in acts]
    if acts[0].shape[0] == 0:
        raise UserError("no tokens left after dropping position 0 and attention sinks: give longer prompts")
    for a, m in zip(acts, models, strict=True):
        if not torch.isfinite(a).all():
            raise UserError(f"{m.name} produced non-finite activations at layer {layer}: check its weights")
    stats = [_latent_stats(sae, a) for a in acts]
    md = torch.stack([mean_difference([a], [acts[0]]) for a in acts[1:]]).mean(0)
    return DiffResult(
        layer=layer,
        base_mean=stats[0][0],
        tuned_mean=torch.stack([s[0] for s in stats[1:]]),
        base_freq=stats[0][1],
        tuned_freq=torch.stack([s[1] for s in stats[1:]]),
        mean_diff=md,
        n_tokens=int(keep.sum()),
        models=[_label(m) for m in models],
        base_std=stats[0][2],
        base_start_mean=start_stats[0][0],
        tuned_start_mean=torch.stack([s[0] for s in start_stats[1:]]),
        meta={
            "n_prompts": len(prompts),
            "n_texts": len(texts),
            "answers": "given" if answers is not None else answer_source,
            "sink_tokens_dropped": int((~keep).sum()),
            "d_sae": sae.d_sae,
            "sae_k": sae.k,
        },
    )


def _label(lm: LM) -> str:
    return f"{lm.name}+{lm.adapter}" if lm.adapter else lm.name


# ----------------------------------------------------------------------------- files
def _csv(rows: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    cols = ["rank", "latent", "delta", "base_mean", "tuned_mean", "base_freq", "tuned_freq", "top_context"]
    w = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r, row in enumerate(rows, 1):
        ctx = row.get("contexts") or []
        w.writerow({**row, "rank": r, "top_context": ctx[0]["context"] if ctx else ""})
    return buf.getvalue()


def save_diff(
    result: DiffResult, out_dir: str | Path, *, top_n: int = 50, contexts: ContextFn | None = None
) -> Path:
    """Write ``diff.json`` (top N up and down, with corpus contexts when given), two CSVs, the full tensors
    (``diff.safetensors``, for ``steer`` and ``latents show``) and the mean-difference direction."""
    from safetensors.torch import save_file

    from persona_xray.directions import save_direction

    if top_n < 1:
        raise UserError(f"--top must be >= 1 (got {top_n})")
    out = Path(out_dir).expanduser()
    out.mkdir(parents=True, exist_ok=True)
    tables = {}
    for name, dec in (("increase", False), ("decrease", True)):
        rows = result.table(top_n, decrease=dec)
        if contexts is not None:
            for r in rows:
                r["contexts"] = contexts(int(r["latent"]))
        tables[name] = rows
        write_text_atomic(out / f"diff_{name}.csv", _csv(rows))
    doc = {
        "layer": result.layer,
        "models": result.models,
        "n_tokens": result.n_tokens,
        "d_sae": result.d_sae,
        "meta": result.meta,
        "mean_diff_norm": float(result.mean_diff.norm()),
        # Only a non-default ranker is named, so a raw diff's files stay exactly what they always were.
        **({} if result.score is None else {"ranker": result.ranker}),
        **tables,
    }
    write_text_atomic(out / DIFF_JSON, json.dumps(doc, indent=1, ensure_ascii=False))
    tensors = {
        "base_mean": result.base_mean,
        "tuned_mean": result.tuned_mean,
        "base_freq": result.base_freq,
        "tuned_freq": result.tuned_freq,
        "mean_diff": result.mean_diff,
    }
    for name in ("base_std", "base_start_mean", "tuned_start_mean", "score"):
        value = getattr(result, name)
        if value is not None:
            tensors[name] = value
    meta = {"layer": str(result.layer), "n_tokens": str(result.n_tokens), "models": json.dumps(result.models)}
    if result.score is not None:
        meta["ranker"] = result.ranker
    with atomic_target(out / DIFF_TENSORS) as tmp:
        save_file({k: v.contiguous().float() for k, v in tensors.items()}, str(tmp), metadata=meta)
    save_direction(str(out / "mean_diff.safetensors"), result.mean_diff, layer=str(result.layer))
    return out


def load_diff(path: str | Path) -> DiffResult:
    """Read a folder written by :func:`save_diff`."""
    from safetensors import safe_open

    p = Path(path).expanduser()
    f_path = p / DIFF_TENSORS if p.is_dir() else p
    if not f_path.exists():
        raise UserError(f"{p} holds no {DIFF_TENSORS}: run `persona-xray diff --out {p}` first")
    with safe_open(str(f_path), framework="pt") as f:
        meta = f.metadata() or {}
        t = {k: f.get_tensor(k) for k in f.keys()}  # noqa: SIM118 - safe_open has no __iter__
    extra: dict[str, Any] = {}
    j = f_path.parent / DIFF_JSON
    if j.exists():
        extra = dict(json.loads(j.read_text()).get("meta", {}))
    return DiffResult(
        layer=int(meta.get("layer", 0)),
        base_mean=t["base_mean"],
        tuned_mean=t["tuned_mean"],
        base_freq=t["base_freq"],
        tuned_freq=t["tuned_freq"],
        mean_diff=t["mean_diff"],
        n_tokens=int(meta.get("n_tokens", 0)),
        models=list(json.loads(meta.get("models", "[]"))),
        meta=extra,
        base_std=t.get("base_std"),
        base_start_mean=t.get("base_start_mean"),
        tuned_start_mean=t.get("tuned_start_mean"),
        score=t.get("score"),
        ranker=meta.get("ranker", "raw") if "score" in t else "raw",
    )


def corpus_contexts(lm: LM, sae: SAE, sae_dir: str | Path, harvest_dir: str | Path, n: int = 5) -> ContextFn:
    """Top-activating corpus contexts per latent from the SAE stage's latent index (built once if absent)."""
    from persona_xray.sae.harvest import ActivationStore
    from persona_xray.sae.latents import build_index, load_index, save_index, top_contexts

    store = ActivationStore(harvest_dir)
    if store.d_in != sae.d_in:
        raise UserError(f"harvest width {store.d_in} does not match the SAE's d_in {sae.d_in}: wrong harvest")
    index = load_index(sae_dir, store.path)
    if index is None:
        index = build_index(sae, store)
        save_index(index, sae_dir)

    def lookup(latent: int) -> list[dict[str, Any]]:
        return top_contexts(lm, index, store, latent, n=n)

    return lookup


def check_finite(values: Sequence[float], what: str) -> list[float]:
    out = [float(v) for v in values]
    bad = [v for v in out if not math.isfinite(v)]
    if bad:
        raise UserError(f"{what} must be finite numbers (got {bad[0]})")
    return out
