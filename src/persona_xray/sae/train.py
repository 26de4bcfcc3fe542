"""Train a TopK SAE on harvested activations (Gao et al. 2024 recipe, written for CPUs as well as GPUs).

Recipe: TopK activation with unit-norm decoder rows (the gradient's component along each row is removed before
every step and rows are renormalised after it), ``b_dec`` initialised at the data mean, encoder initialised
as the decoder's transpose, the AuxK loss (the ``k_aux`` largest *dead* latents reconstruct the residual
error) so latents that stop firing come back, Adam with linear warmup and a linear decay over the last 20%
of steps, batches shuffled across shards.

Inputs are scaled by one scalar so that ``E||x||^2 = d_in`` during training (learning rates then transfer
between models whose residual norms differ 100-fold); the scale is folded back into ``b_enc``/``b_dec`` at
save time, so the saved SAE reads raw activations (``normalize_activations: "none"``).

Speed: only the encoder's dense matmul touches all latents. It is computed without autograd (in bfloat16
on CPUs with fast bf16, where ``select_dtype="auto"`` picks it) just to choose the top ``k``; the chosen
``k`` pre-activations are then recomputed exactly in float32 with autograd, and decoding is an
``embedding_bag`` over ``k`` rows. The backward pass therefore costs O(batch * k * d_in), not
O(batch * d_sae * d_in).
"""

from __future__ import annotations

import json
import math
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from pydantic import BaseModel, Field
from torch import Tensor

from persona_xray.data.io import atomic_target, write_text_atomic
from persona_xray.errors import UserError
from persona_xray.sae.formats import hook_name, save_sae
from persona_xray.sae.harvest import ActivationStore
from persona_xray.sae.model import SAE


class TrainConfig(BaseModel):
    """Everything that determines a training run (printed into ``train_summary.json``)."""

    latents: int = Field(16_384, ge=1)
    k: int = Field(32, ge=1)
    batch_size: int = Field(4096, ge=1)
    lr: float | None = Field(
        None, gt=0, description="None: 2e-4 / sqrt(latents / 16384) (Gao et al. scaling)"
    )
    epochs: float = Field(1.0, gt=0)
    max_tokens: int | None = Field(None, ge=1)
    warmup_steps: int | None = Field(None, ge=0, description="None: 10% of the steps, at most 1000")
    decay_fraction: float = Field(0.2, ge=0, le=1)
    auxk_alpha: float = Field(1 / 32, ge=0)
    k_aux: int | None = Field(None, ge=1, description="None: d_in // 2")
    aux_rows: int = Field(1024, ge=1, description="rows of each batch used for the AuxK loss (bounds memory)")
    dead_tokens: int = Field(500_000, ge=1, description="a latent silent for this many tokens counts as dead")
    holdout_shards: int = Field(1, ge=0)
    checkpoint_every: int = Field(200, ge=1)
    log_every: int = Field(25, ge=1)
    select_dtype: str = Field(
        "auto", description="auto, float32 or bfloat16: dtype of the top-k selection matmul"
    )
    seed: int = 0
    device: str = "cpu"


def _select_dtype(name: str, device: torch.device) -> torch.dtype:
    if name == "float32":
        return torch.float32
    if name == "bfloat16":
        return torch.bfloat16
    if name != "auto":
        raise UserError(f"unknown select dtype '{name}': use auto, float32 or bfloat16")
    if device.type == "cuda":
        return torch.float32  # GPUs are fast enough in float32 (and TF32)
    has_bf16 = "avx512_bf16" in _cpu_flags() or "amx_bf16" in _cpu_flags()
    return torch.bfloat16 if has_bf16 else torch.float32


def _cpu_flags() -> str:
    try:
        return Path("/proc/cpuinfo").read_text()
    except OSError:
        return ""


def _lr_factor(step: int, total: int, warmup: int, decay_fraction: float) -> float:
    if warmup and step < warmup:
        return (step + 1) / warmup
    decay_start = int(total * (1 - decay_fraction))
    if step >= decay_start and total > decay_start:
        return max(0.0, (total - step) / (total - decay_start))
    return 1.0


class TrainParams(torch.nn.Module):
    """The trainable tensors, with the encoder stored row-major as ``enc [d_sae, d_in]`` (= ``W_enc.T``).

    Gathering the ``k`` chosen encoder rows per token is then a contiguous copy; gathering columns of the
    SAELens-layout ``W_enc [d_in, d_sae]`` is a strided gather about 20x slower on CPUs.
    """

    def __init__(self, d_in: int, d_sae: int, k: int) -> None:
        super().__init__()
        self.k = k
        self.enc = torch.nn.Parameter(torch.zeros(d_sae, d_in))
        self.b_enc = torch.nn.Parameter(torch.zeros(d_sae))
        self.W_dec = torch.nn.Parameter(torch.zeros(d_sae, d_in))
        self.b_dec = torch.nn.Parameter(torch.zeros(d_in))

    @torch.no_grad()
    def init(self, seed: int, data_mean: Tensor) -> None:
        ref = SAE(self.enc.shape[1], self.enc.shape[0], self.k)
        ref.init_weights(seed, data_mean=data_mean)
        self.enc.copy_(ref.W_enc.T)
        self.W_dec.copy_(ref.W_dec)
        self.b_dec.copy_(ref.b_dec)
        self.b_enc.zero_()

    @torch.no_grad()
    def to_sae(self, scale: float) -> SAE:
        """The SAE on raw activations equal to ``scale * f(x / scale)``: biases scale, weights do not."""
        sae = SAE(self.enc.shape[1], self.enc.shape[0], self.k)
        sae.W_enc.copy_(self.enc.T.cpu())
        sae.W_dec.copy_(self.W_dec.cpu())
        sae.b_enc.copy_(self.b_enc.cpu() * scale)
        sae.b_dec.copy_(self.b_dec.cpu() * scale)
        sae.requires_grad_(False)
        return sae


def _gather_bias(bias: Tensor, idx: Tensor) -> Tensor:
    """``bias[idx]`` with a deterministic backward (see :func:`topk_step`)."""
    return F.embedding(idx, bias[:, None])[..., 0]


def topk_step(
    p: TrainParams, x: Tensor, select: torch.dtype, dead: Tensor | None, k_aux: int, aux_rows: int
) -> tuple[Tensor, Tensor, Tensor, Tensor | None]:
    """Forward for one batch with autograd only through the selected latents.

    Returns ``(reconstruction, values, indices, aux_loss or None)``.
    """
    xc = x - p.b_dec
    with torch.no_grad():
        pre = xc.detach().to(select) @ p.enc.detach().to(select).T + p.b_enc.detach().to(select)
        idx = pre.topk(p.k, dim=-1, sorted=False).indices
    w_sel = F.embedding(idx, p.enc)  # [B, k, d_in]: the chosen encoder rows, gathered with autograd
    # Biases gathered with F.embedding, not b_enc[idx]: the backward of advanced indexing (index_put_ with
    # accumulate) sums duplicate indices in a thread-dependent order on CPU, so two identical runs drifted
    # apart by ~1e-6 per step; embedding's backward is partitioned by row and reproducible.
    vals = F.relu(torch.einsum("bkd,bd->bk", w_sel, xc) + _gather_bias(p.b_enc, idx))
    recon = F.embedding_bag(idx, p.W_dec, per_sample_weights=vals, mode="sum") + p.b_dec
    aux: Tensor | None = None
    dead_ids = dead.nonzero().squeeze(1) if dead is not None else None
    if dead_ids is not None and dead_ids.numel() > 0:
        # AuxK over the dead latents only: their pre-activations as one dense [rows, n_dead] matmul with
        # autograd. Gathering k_aux encoder rows per token instead built a [rows, k_aux, d_in] tensor
        # (680 MB at 1024 x 288 x 576) and halved training throughput whenever latents were dead.
        n = min(aux_rows, x.shape[0])
        kk = min(k_aux, dead_ids.numel())
        apre = xc[:n] @ F.embedding(dead_ids, p.enc).T + _gather_bias(p.b_enc, dead_ids)
        with torch.no_grad():
            local = apre.topk(kk, dim=-1, sorted=False).indices
        avals = F.relu(apre.gather(1, local))  # indices distinct per row: a reproducible backward
        e_hat = F.embedding_bag(dead_ids[local], p.W_dec, per_sample_weights=avals, mode="sum")
        err = (x[:n] - recon[:n]).detach()
        denom = (err - err.mean(0)).pow(2).sum().clamp_min(1e-12)
        aux = (err - e_hat).pow(2).sum() / denom
        aux = torch.nan_to_num(aux, nan=0.0)
    return recon, vals, idx, aux


def _save_checkpoint(path: Path, sae: TrainParams, opt: torch.optim.Optimizer, state: dict[str, Any]) -> None:
    from safetensors.torch import save_file

    path.mkdir(parents=True, exist_ok=True)
    tensors: dict[str, Tensor] = {f"param.{n}": p.detach().clone() for n, p in sae.named_parameters()}
    for n, p in sae.named_parameters():
        st = opt.state.get(p, {})
        for key in ("exp_avg", "exp_avg_sq"):
            if key in st:
                tensors[f"opt.{n}.{key}"] = st[key].clone()
    tensors["since_fired"] = state.pop("since_fired")
    with atomic_target(path / "checkpoint.safetensors") as tmp:
        save_file({k: v.contiguous() for k, v in tensors.items()}, str(tmp))
    write_text_atomic(path / "checkpoint.json", json.dumps(state, indent=1))


def train_sae(
    harvest_dir: str | Path,
    out_dir: str | Path,
    config: TrainConfig | None = None,
    *,
    resume: bool = True,
    log: Callable[[dict[str, Any]], None] | None = None,
) -> SAE:
    """Train on the activations in ``harvest_dir`` and save a SAELens-layout SAE to ``out_dir``.

    Checkpoints go to ``out_dir/checkpoint/``; with ``resume`` a killed run continues from the last one
    (same batches, bitwise the same weights as an uninterrupted run with the same thread count).
    """
    cfg = config or TrainConfig()
    store = ActivationStore(harvest_dir)
    if cfg.k > cfg.latents:
        raise UserError(
            f"k={cfg.k} is larger than the number of latents ({cfg.latents}): lower --k or raise --latents"
        )
    device = torch.device(cfg.device)
    select = _select_dtype(cfg.select_dtype, device)
    train_shards, _ = store.split(cfg.holdout_shards)
    n_train = sum(store.shard_sizes[i] for i in train_shards)
    total_tokens = int(n_train * cfg.epochs)
    if cfg.max_tokens is not None:
        total_tokens = min(total_tokens, cfg.max_tokens)
    total_steps = max(1, math.ceil(total_tokens / cfg.batch_size))
    lr = cfg.lr if cfg.lr is not None else 2e-4 / math.sqrt(cfg.latents / 16_384)
    warmup = cfg.warmup_steps if cfg.warmup_steps is not None else min(1000, total_steps // 10)
    k_aux = cfg.k_aux or store.d_in // 2
    out = Path(out_dir).expanduser()
    ckpt = out / "checkpoint"

    torch.manual_seed(cfg.seed)
    mean = store.mean(train_shards)
    sample = torch.cat([store.load(i)["acts"][:65536].float() for i in train_shards[:2]])
    sample = sample[store.keep(sample)]
    scale = float(torch.sqrt(sample.pow(2).sum(-1).mean() / store.d_in))
    sample /= scale
    token_var = float((sample - sample.mean(0)).pow(2).sum(-1).mean())
    sae = TrainParams(store.d_in, cfg.latents, cfg.k)
    sae.init(cfg.seed, mean / scale)
    sae.to(device)
    opt = torch.optim.Adam(sae.parameters(), lr=lr, betas=(0.9, 0.999), eps=6.25e-10)
    since_fired = torch.zeros(cfg.latents, dtype=torch.long)
    step, tokens_seen = 0, 0
    history: list[dict[str, Any]] = []
    elapsed = 0.0
    if resume and (ckpt / "checkpoint.json").exists():
        step, tokens_seen, since_fired, history, elapsed, scale = _load_checkpoint(ckpt, sae, opt, cfg)
    t0 = time.perf_counter() - elapsed

    def batches() -> Any:
        epoch = 0
        while True:
            yield from store.batches(train_shards, cfg.batch_size, seed=cfg.seed + epoch)
            epoch += 1

    it = batches()
    for _ in range(step):  # fast-forward to the resumed position so the batch sequence is the same
        next(it)
    emit = log or _stderr_log
    while step < total_steps:
        x = next(it).to(device) / scale
        for g in opt.param_groups:
            g["lr"] = lr * _lr_factor(step, total_steps, warmup, cfg.decay_fraction)
        dead = since_fired >= cfg.dead_tokens
        recon, vals, idx, aux = topk_step(
            sae, x, select, dead.to(device) if cfg.auxk_alpha > 0 else None, k_aux, cfg.aux_rows
        )
        # Normalised by the data's variance measured once: a per-batch variance would make the loss scale
        # (and the effective learning rate) jitter with each batch's composition.
        fvu = (x - recon).pow(2).sum() / (x.shape[0] * token_var)
        loss = fvu + cfg.auxk_alpha * aux if aux is not None else fvu
        opt.zero_grad(set_to_none=True)
        loss.backward()
        with torch.no_grad():
            wd, gd = sae.W_dec, sae.W_dec.grad
            if gd is not None:
                gd -= (gd * wd).sum(-1, keepdim=True) * wd  # keep the update tangent to the unit sphere
        opt.step()
        with torch.no_grad():
            sae.W_dec.div_(sae.W_dec.norm(dim=-1, keepdim=True).clamp_min(1e-8))
        with torch.no_grad():
            fired = torch.zeros(cfg.latents, dtype=torch.bool)
            fired[idx[vals > 0].cpu()] = True
            since_fired += x.shape[0]
            since_fired[fired] = 0
        step += 1
        tokens_seen += x.shape[0]
        if step % cfg.log_every == 0 or step == total_steps:
            rec = {
                "step": step,
                "steps": total_steps,
                "tokens": tokens_seen,
                "fvu": round(fvu.item(), 5),
                "aux": round(aux.item(), 4) if aux is not None else None,
                "l0": round(float((vals > 0).sum(-1).float().mean()), 2),
                "dead_fraction": round(float((since_fired >= cfg.dead_tokens).float().mean()), 5),
                "lr": opt.param_groups[0]["lr"],
                "seconds": round(time.perf_counter() - t0, 1),
            }
            history.append(rec)
            emit(rec)
        if step % cfg.checkpoint_every == 0 and step < total_steps:
            state = {
                "step": step,
                "tokens": tokens_seen,
                "history": history,
                "elapsed": time.perf_counter() - t0,
                "scale": scale,
                "config": cfg.model_dump(),
                "since_fired": since_fired.clone(),
            }
            _save_checkpoint(ckpt, sae, opt, state)

    final = sae.to_sae(scale)
    final.metadata = {
        "model_name": store.config.get("model"),
        "hook_name": hook_name(store.layer),
        "context_size": store.config.get("ctx_len"),
        "layer": store.layer,
        "dataset_path": store.config.get("corpus"),
        "harvest": str(store.path),
        "training_tokens": tokens_seen,
        "train_config": cfg.model_dump(),
        "input_scale": scale,
    }
    save_sae(final, out)
    summary = {
        "config": cfg.model_dump(),
        "lr": lr,
        "scale": scale,
        "steps": step,
        "tokens": tokens_seen,
        "seconds": round(time.perf_counter() - t0, 1),
        "train_tokens_available": n_train,
        "history": history,
    }
    write_text_atomic(out / "train_summary.json", json.dumps(summary, indent=1))
    # The run is complete and saved: its checkpoint (weights + Adam moments, 3x the SAE) is no longer needed.
    import shutil

    shutil.rmtree(ckpt, ignore_errors=True)
    return final


def _load_checkpoint(
    ckpt: Path, sae: TrainParams, opt: torch.optim.Optimizer, cfg: TrainConfig
) -> tuple[int, int, Tensor, list[dict[str, Any]], float, float]:
    from safetensors.torch import load_file

    state = json.loads((ckpt / "checkpoint.json").read_text())
    if state.get("config") != cfg.model_dump():
        raise UserError(
            f"{ckpt} was written with another training configuration: delete it or use a new --out"
        )
    tensors = load_file(str(ckpt / "checkpoint.safetensors"))
    with torch.no_grad():
        for n, p in sae.named_parameters():
            p.copy_(tensors[f"param.{n}"])
    for n, p in sae.named_parameters():
        if f"opt.{n}.exp_avg" in tensors:
            opt.state[p] = {
                "step": torch.tensor(float(state["step"])),
                "exp_avg": tensors[f"opt.{n}.exp_avg"].to(p.device),
                "exp_avg_sq": tensors[f"opt.{n}.exp_avg_sq"].to(p.device),
            }
    return (
        int(state["step"]),
        int(state["tokens"]),
        tensors["since_fired"],
        list(state["history"]),
        float(state["elapsed"]),
        float(state["scale"]),
    )


def _stderr_log(rec: dict[str, Any]) -> None:
    print(
        f"[sae] step {rec['step']}/{rec['steps']} tokens {rec['tokens']:,} fvu {rec['fvu']:.4f} "
        f"l0 {rec['l0']:.1f} dead {100 * rec['dead_fraction']:.2f}% ({rec['seconds']:.0f}s)",
        file=sys.stderr,
        flush=True,
    )
