"""How good is an SAE? Reconstruction on held-out activations and what the model loses when it uses it.

* **FVU** (fraction of variance unexplained): ``sum ||x - x_hat||^2 / sum ||x - mean(x)||^2`` over held-out
  tokens; 0 is perfect, 1 is no better than predicting the mean.
* **L0**: average number of active latents per token (at most ``k`` for a TopK SAE).
* **dead / dense fractions**: latents that never fire on the evaluated tokens / fire on more than
  ``dense_threshold`` of them. Both waste capacity and make interpretation harder.
* **Spliced loss**: next-token cross-entropy when the SAE's reconstruction replaces the residual stream after
  the layer, against the clean model and against zero- and mean-ablation of that layer's output. ``loss
  recovered = (L_ablated - L_sae) / (L_ablated - L_clean)``: 100% means the model loses nothing. Position 0
  and the other attention-sink tokens (norm > 10x the median, never in the training data) are left untouched
  in every variant; position 0's own prediction, identical in all variants, is not scored. KL divergence from the clean next-token
  distribution is reported too.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor

from persona_xray.errors import UserError
from persona_xray.interventions import rewrite_block
from persona_xray.lm import LM
from persona_xray.sae.harvest import ActivationStore, doc_text
from persona_xray.sae.model import SAE


def check_compatible(sae: SAE, lm: LM) -> None:
    if sae.d_in != lm.d_model:
        raise UserError(
            f"SAE d_in {sae.d_in} does not match {lm.name}'s layer width {lm.d_model}: "
            "use an SAE trained on this model"
        )


@torch.no_grad()
def activation_metrics(
    sae: SAE,
    store: ActivationStore,
    shards: Sequence[int],
    *,
    batch_size: int = 4096,
    dense_threshold: float = 0.1,
) -> dict[str, Any]:
    """FVU, L0, dead and dense fractions of ``sae`` over the given activation shards (streamed)."""
    if sae.d_in != store.d_in:
        raise UserError(
            f"SAE d_in {sae.d_in} does not match the harvest's width {store.d_in}: wrong SAE or harvest"
        )
    err = 0.0
    sum_x = torch.zeros(store.d_in, dtype=torch.float64)
    sum_sq = 0.0
    n = 0
    active = 0
    fires = torch.zeros(sae.d_sae, dtype=torch.long)
    skipped = 0
    for i in shards:
        acts = store.load(i)["acts"]
        keep = store.keep(acts)
        skipped += int((~keep).sum())
        acts = acts[keep]
        for s in range(0, acts.shape[0], batch_size):
            x = acts[s : s + batch_size].float()
            vals, idx = sae.encode_sparse(x)
            recon = sae.decode_sparse(vals, idx, x=x)
            err += float((x - recon).double().pow(2).sum())
            sum_x += x.double().sum(0)
            sum_sq += float(x.double().pow(2).sum())
            n += x.shape[0]
            on = vals > 0
            active += int(on.sum())
            fires += torch.bincount(idx[on], minlength=sae.d_sae)
    if n == 0:
        raise UserError("no activations to evaluate: the harvest is empty")
    var = sum_sq - float(sum_x.pow(2).sum()) / n  # sum ||x - mean||^2 without a second pass
    freq = fires.double() / n
    return {
        "tokens": n,
        "sink_tokens_skipped": skipped,
        "fvu": err / max(var, 1e-12),
        "l0": active / n,
        "dead_fraction": float((fires == 0).double().mean()),
        "dense_fraction": float((freq > dense_threshold).double().mean()),
        "fire_frequency": freq,
    }


def _splice(
    lm: LM, layer: int, fn: Callable[[Tensor], Tensor], sink_norm: float | None
) -> contextlib.AbstractContextManager[None]:
    def spliced(h: Tensor) -> Tensor:
        new = h.clone()
        rest = h[:, 1:].float()
        out = fn(rest)
        if sink_norm is not None:  # attention-sink tokens stay untouched, like position 0
            out = torch.where(rest.norm(dim=-1, keepdim=True) > sink_norm, rest, out)
        new[:, 1:] = out.to(h.dtype)
        return new

    return rewrite_block(lm, layer, spliced)


@torch.no_grad()
def spliced_loss(
    lm: LM,
    sae: SAE,
    layer: int,
    texts: Sequence[str],
    *,
    mean: Tensor | None = None,
    ctx_len: int = 128,
    batch_size: int = 8,
    sink_norm: float | None = None,
) -> dict[str, float]:
    """Cross-entropy and KL with the SAE spliced in at ``layer`` vs clean, zero- and mean-ablation."""
    check_compatible(sae, lm)
    layer = lm.check_layer(layer)
    rows = [ids[:ctx_len] for ids in (lm.encode(t) for t in texts) if len(ids) >= 3]
    if not rows:
        raise UserError("no evaluation text with at least 3 tokens: the corpus is empty")
    dev = lm.device
    sae_dev = sae.to(dev)
    mean_vec = (mean if mean is not None else torch.zeros(lm.d_model)).to(dev).float()
    variants: dict[str, Callable[[Tensor], Tensor] | None] = {
        "clean": None,
        "sae": lambda h: sae_dev(h),
        "zero": lambda h: torch.zeros_like(h),
        "mean": lambda h: mean_vec.expand_as(h),
    }
    ce = dict.fromkeys(variants, 0.0)
    kl = dict.fromkeys(variants, 0.0)
    count = 0
    for s in range(0, len(rows), batch_size):
        ids, mask = lm.pad_right(rows[s : s + batch_size])
        target = ids[:, 2:]
        valid = mask[:, 2:].bool()
        clean_logp: Tensor | None = None
        for name, fn in variants.items():
            ctx = contextlib.nullcontext() if fn is None else _splice(lm, layer, fn, sink_norm)
            with ctx:
                logits = lm.model(input_ids=ids, attention_mask=mask).logits[:, 1:-1].float()
            logp = F.log_softmax(logits, dim=-1)
            nll = -logp.gather(-1, target.unsqueeze(-1)).squeeze(-1)
            ce[name] += float(nll[valid].sum())
            if clean_logp is None:
                clean_logp = logp
            else:
                k = (clean_logp.exp() * (clean_logp - logp)).sum(-1)
                kl[name] += float(k[valid].sum())
        count += int(valid.sum())
    out: dict[str, float] = {"eval_tokens": float(count)}
    for name in variants:
        out[f"loss_{name}"] = ce[name] / count
        if name != "clean":
            out[f"kl_{name}"] = kl[name] / count
    for abl in ("zero", "mean"):
        gap = out[f"loss_{abl}"] - out["loss_clean"]
        out[f"loss_recovered_{abl}"] = (
            (out[f"loss_{abl}"] - out["loss_sae"]) / gap if gap > 1e-9 else float("nan")
        )
    return out


def heldout_texts(lm: LM, store: ActivationStore, shards: Sequence[int], max_docs: int = 64) -> list[str]:
    """The documents behind the held-out shards, re-read from the harvest's corpus (for spliced-loss eval)."""
    from persona_xray.sae.corpus import iter_documents

    wanted: set[int] = set()
    for i in shards:
        wanted.update(int(d) for d in torch.unique(store.load(i, ("doc",))["doc"]).tolist())
    chosen = sorted(wanted)[:max_docs]
    keep = set(chosen)
    texts = []
    for j, doc in enumerate(iter_documents(store.config["corpus"])):
        if j in keep:
            texts.append(doc_text(lm, doc))
        if j > chosen[-1]:
            break
    return texts


def evaluate_sae(
    sae: SAE,
    harvest_dir: str | Path,
    *,
    lm: LM | None = None,
    holdout_shards: int = 1,
    max_docs: int = 64,
    ctx_len: int | None = None,
) -> dict[str, Any]:
    """All metrics of ``sae`` on a harvest's held-out shards; spliced loss too when ``lm`` is given."""
    store = ActivationStore(harvest_dir)
    train, held = store.split(holdout_shards)
    result = activation_metrics(sae, store, held)
    result.pop("fire_frequency")
    result["held_out_shards"] = len(held)
    if lm is not None:
        check_compatible(sae, lm)
        texts = heldout_texts(lm, store, held, max_docs)
        mean = store.mean(train)
        result.update(
            spliced_loss(
                lm,
                sae,
                store.layer,
                texts,
                mean=mean,
                ctx_len=ctx_len or int(store.config["ctx_len"]),
                sink_norm=store.sink_norm,
            )
        )
    return result
