"""Interpretation aids for single latents: top-activating contexts, activation histogram, promoted tokens.

One pass over a harvest builds a *latent index* (``latent_index.safetensors`` beside the SAE): for every
latent its ``top_n`` strongest activations (with the shard and row they came from, so the text can be shown),
its firing count, and a histogram of its non-zero activations on fixed log-spaced bins. After that any
latent is described instantly, which is what browsing hundreds of candidate persona latents needs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import Tensor

from persona_xray.data.io import atomic_target
from persona_xray.errors import UserError
from persona_xray.lm import LM
from persona_xray.sae.formats import INDEX_FILE
from persona_xray.sae.harvest import ActivationStore
from persona_xray.sae.model import SAE

# Histogram bins over log10(activation): 1e-3 .. 1e4 covers unit-scale toy models and raw residual streams.
HIST_EDGES = torch.linspace(-3.0, 4.0, 57)


@dataclass
class LatentIndex:
    """Per-latent top activations (value, shard, row), firing counts and histograms over one harvest."""

    top_vals: Tensor  # [d_sae, n] (descending; 0 where fewer than n activations)
    top_shard: Tensor  # [d_sae, n] int32
    top_row: Tensor  # [d_sae, n] int32
    fires: Tensor  # [d_sae] int64
    hist: Tensor  # [d_sae, bins] int64
    tokens: int
    harvest: str

    def check(self, latent: int) -> int:
        d = self.top_vals.shape[0]
        if not 0 <= latent < d:
            raise UserError(f"latent {latent} is out of range: this SAE has latents 0..{d - 1}")
        return latent


def _merge_top(
    vals: Tensor, shard: Tensor, row: Tensor, lat: Tensor, n: int, d_sae: int
) -> tuple[Tensor, Tensor, Tensor]:
    """Keep, for every latent, the ``n`` largest of the candidate (latent, value, shard, row) entries."""
    order = torch.argsort(vals, descending=True, stable=True)
    lat, vals, shard, row = lat[order], vals[order], shard[order], row[order]
    order = torch.argsort(lat, stable=True)  # group by latent, values stay descending inside each group
    lat, vals, shard, row = lat[order], vals[order], shard[order], row[order]
    counts = torch.bincount(lat, minlength=d_sae)
    starts = torch.cumsum(counts, 0) - counts
    rank = torch.arange(lat.numel()) - starts[lat]
    keep = rank < n
    out_v = torch.zeros(d_sae, n)
    out_s = torch.full((d_sae, n), -1, dtype=torch.int32)
    out_r = torch.full((d_sae, n), -1, dtype=torch.int32)
    out_v[lat[keep], rank[keep]] = vals[keep]
    out_s[lat[keep], rank[keep]] = shard[keep]
    out_r[lat[keep], rank[keep]] = row[keep]
    return out_v, out_s, out_r


@torch.no_grad()
def build_index(sae: SAE, store: ActivationStore, *, top_n: int = 20, batch_size: int = 8192) -> LatentIndex:
    """Scan every shard once and collect top activations, firing counts and histograms for all latents."""
    if sae.d_in != store.d_in:
        raise UserError(
            f"SAE d_in {sae.d_in} does not match the harvest's width {store.d_in}: wrong SAE or harvest"
        )
    d = sae.d_sae
    top_v = torch.zeros(d, top_n)
    top_s = torch.full((d, top_n), -1, dtype=torch.int32)
    top_r = torch.full((d, top_n), -1, dtype=torch.int32)
    fires = torch.zeros(d, dtype=torch.long)
    bins = HIST_EDGES.numel() - 1
    hist = torch.zeros(d * bins, dtype=torch.long)
    tokens = 0
    for si in range(len(store.shards)):
        acts = store.load(si)["acts"]
        for s in range(0, acts.shape[0], batch_size):
            chunk = acts[s : s + batch_size].float()
            vals, idx = sae.encode_sparse(chunk)
            on = (vals > 0) & store.keep(chunk).unsqueeze(1)  # attention-sink rows are not counted
            rows = torch.arange(s, s + vals.shape[0], dtype=torch.int32).unsqueeze(1).expand_as(idx)[on]
            v, lat = vals[on], idx[on]
            fires += torch.bincount(lat, minlength=d)
            b = torch.bucketize(v.log10(), HIST_EDGES[1:-1])
            hist += torch.bincount(lat * bins + b, minlength=d * bins)
            keep = top_v > 0
            cand_lat = torch.cat([torch.arange(d).unsqueeze(1).expand_as(top_v)[keep], lat])
            cand_v = torch.cat([top_v[keep], v])
            cand_s = torch.cat([top_s[keep], torch.full_like(rows, si)])
            cand_r = torch.cat([top_r[keep], rows])
            top_v, top_s, top_r = _merge_top(cand_v, cand_s, cand_r, cand_lat, top_n, d)
            tokens += vals.shape[0]
    return LatentIndex(top_v, top_s, top_r, fires, hist.view(d, bins), tokens, str(store.path))


def save_index(index: LatentIndex, sae_dir: str | Path) -> Path:
    from safetensors.torch import save_file

    path = Path(sae_dir) / INDEX_FILE
    tensors = {
        "top_vals": index.top_vals,
        "top_shard": index.top_shard,
        "top_row": index.top_row,
        "fires": index.fires,
        "hist": index.hist,
    }
    with atomic_target(path) as tmp:
        save_file(tensors, str(tmp), metadata={"tokens": str(index.tokens), "harvest": index.harvest})
    return path


def load_index(sae_dir: str | Path, harvest: str | Path | None = None) -> LatentIndex | None:
    """The saved index, or ``None`` when there is none (or it was built on another harvest)."""
    from safetensors import safe_open

    path = Path(sae_dir) / INDEX_FILE
    if not path.exists():
        return None
    with safe_open(str(path), framework="pt") as f:
        meta = f.metadata() or {}
        t = {k: f.get_tensor(k) for k in f.keys()}  # noqa: SIM118 - safe_open has no __iter__
    if harvest is not None and Path(meta.get("harvest", "")) != Path(harvest).expanduser():
        return None
    return LatentIndex(
        t["top_vals"],
        t["top_shard"],
        t["top_row"],
        t["fires"],
        t["hist"],
        int(meta.get("tokens", 0)),
        meta["harvest"],
    )


def top_contexts(
    lm: LM,
    index: LatentIndex,
    store: ActivationStore,
    latent: int,
    *,
    n: int = 10,
    before: int = 16,
    after: int = 4,
) -> list[dict[str, Any]]:
    """The ``n`` strongest activations of ``latent`` with their text; the firing token is wrapped in ``[[ ]]``."""
    latent = index.check(latent)
    out: list[dict[str, Any]] = []
    cache: dict[int, dict[str, Tensor]] = {}
    tok = lm.tokenizer
    for j in range(min(n, index.top_vals.shape[1])):
        v = float(index.top_vals[latent, j])
        if v <= 0:
            break
        si, row = int(index.top_shard[latent, j]), int(index.top_row[latent, j])
        if si not in cache:
            cache[si] = store.load(si, ("token", "doc", "pos"))
        sh = cache[si]
        doc = int(sh["doc"][row])
        lo = row
        while lo > 0 and row - lo < before and int(sh["doc"][lo - 1]) == doc:
            lo -= 1
        hi = row
        while hi + 1 < sh["doc"].numel() and hi - row < after and int(sh["doc"][hi + 1]) == doc:
            hi += 1
        ids = sh["token"][lo : hi + 1].tolist()
        k = row - lo
        text = tok.decode(ids[:k]) + "[[" + tok.decode(ids[k : k + 1]) + "]]" + tok.decode(ids[k + 1 :])
        out.append(
            {
                "activation": round(v, 3),
                "doc": doc,
                "pos": int(sh["pos"][row]),
                "token": tok.decode(ids[k : k + 1]),
                "context": text,
            }
        )
    return out


def histogram(index: LatentIndex, latent: int) -> dict[str, Any]:
    """Firing frequency and the histogram of non-zero activations (bin edges in activation units)."""
    latent = index.check(latent)
    counts = index.hist[latent]
    nz = torch.nonzero(counts).flatten()
    edges = (10**HIST_EDGES).tolist()
    if nz.numel() == 0:
        return {"frequency": 0.0, "fires": 0, "bins": []}
    lo, hi = int(nz.min()), int(nz.max())
    bins = [{"lo": edges[i], "hi": edges[i + 1], "count": int(counts[i])} for i in range(lo, hi + 1)]
    return {
        "frequency": float(index.fires[latent]) / max(index.tokens, 1),
        "fires": int(index.fires[latent]),
        "bins": bins,
    }


@torch.no_grad()
def promoted_tokens(lm: LM, sae: SAE, latent: int, n: int = 10) -> dict[str, list[tuple[str, float]]]:
    """Tokens whose logits the latent's decoder direction raises (and lowers) most, through the unembedding.

    The direction is scaled by the final norm's weight when the model has one (the logit lens through the
    norm's gain, ignoring its data-dependent denominator, which only rescales all logits together).
    """
    if not 0 <= latent < sae.d_sae:
        raise UserError(f"latent {latent} is out of range: this SAE has latents 0..{sae.d_sae - 1}")
    if sae.d_in != lm.d_model:
        raise UserError(
            f"SAE d_in {sae.d_in} does not match {lm.name}'s width {lm.d_model}: use this model's SAE"
        )
    direction = sae.W_dec[latent].detach().float().to(lm.device)
    norm = _final_norm_weight(lm)
    if norm is not None:
        direction = direction * norm
    unembed = lm.model.get_output_embeddings().weight.detach().float()
    logits = unembed @ direction
    up = logits.topk(n)
    down = (-logits).topk(n)
    dec = lm.tokenizer.decode
    return {
        "promoted": [(dec([int(i)]), round(float(v), 3)) for v, i in zip(up.values, up.indices, strict=True)],
        "suppressed": [
            (dec([int(i)]), round(-float(v), 3)) for v, i in zip(down.values, down.indices, strict=True)
        ],
    }


def _final_norm_weight(lm: LM) -> Tensor | None:
    base = lm.model.get_base_model() if hasattr(lm.model, "get_base_model") else lm.model
    inner = (
        getattr(base, "model", None) or getattr(base, "transformer", None) or getattr(base, "gpt_neox", None)
    )
    for name in ("norm", "ln_f", "final_layer_norm", "final_norm"):
        mod = getattr(inner, name, None)
        w = getattr(mod, "weight", None)
        if isinstance(w, Tensor) and w.shape == (lm.d_model,):
            # Gemma-style norms multiply by (1 + weight); their config says so.
            if "gemma" in type(base).__name__.lower():
                return (1 + w.detach().float()).to(lm.device)
            return w.detach().float().to(lm.device)
    return None


def describe_latent(
    lm: LM, sae: SAE, sae_dir: str | Path, harvest_dir: str | Path, latent: int, *, n: int = 10
) -> dict[str, Any]:
    """Everything `persona-xray sae latent ID` shows; builds and caches the index on first use."""
    store = ActivationStore(harvest_dir)
    index = load_index(sae_dir, store.path)
    if index is None:
        index = build_index(sae, store)
        save_index(index, sae_dir)
    return {
        "latent": index.check(latent),
        **histogram(index, latent),
        "contexts": top_contexts(lm, index, store, latent, n=n),
        **promoted_tokens(lm, sae, latent),
    }


def dumps(obj: Any) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False)
