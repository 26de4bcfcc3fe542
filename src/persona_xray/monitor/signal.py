"""The monitor's signal: how strongly a model's residual stream carries a persona latent or direction.

A reading is taken over a *fixed* probe set (by default the ``core`` eval prompts, chat-formatted), so every
checkpoint of a run reads identical tokens and a change can only come from the weights - the same argument
model diffing rests on. One forward pass per layer (stopped right after that layer) serves every signal.

Per prompt, the signal is the mean over that prompt's tokens of the SAE latent's activation (TopK encode)
or of the projection on a unit direction. Position 0 and attention-sink rows are dropped exactly as
:mod:`persona_xray.analysis.diff` does (norm above ``SINK_RATIO`` x the median of the kept stream): their
norm is ~100x the rest and would swamp any mean. Per-prompt values, not only their mean, are returned
because they are what a detection AUC (bad run vs clean run) is computed from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import Tensor

from persona_xray.errors import UserError
from persona_xray.evals.stats import auc as auc  # re-exported: the detection AUC lives with the statistics
from persona_xray.lm import LM, PromptLike
from persona_xray.sae.harvest import SINK_RATIO
from persona_xray.sae.model import SAE

# Chunk of tokens encoded at once: bounds the [chunk, d_sae] pre-activation matrix of a large SAE.
ENCODE_CHUNK = 2048


@dataclass(frozen=True, eq=False)
class Signal:
    """One scalar to watch: an SAE latent (``sae`` + ``latent``) or a direction (any length, stored unit).

    ``layer`` is the decoder block whose output is read (the project's layer convention).
    """

    name: str
    layer: int
    sae: SAE | None = None
    latent: int | None = None
    direction: Tensor | None = None

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise UserError("a monitor signal needs a non-empty name")
        has_latent = self.sae is not None and self.latent is not None
        if has_latent == (self.direction is not None) or (self.sae is None) != (self.latent is None):
            raise UserError(f"signal '{self.name}': give either an SAE and a latent id, or a direction")
        if self.sae is not None and self.latent is not None and not 0 <= self.latent < self.sae.d_sae:
            raise UserError(
                f"latent {self.latent} is out of range: the SAE has latents 0..{self.sae.d_sae - 1}"
            )
        if self.direction is not None:
            d = self.direction.detach().float().cpu().flatten()
            norm = float(d.norm())
            if not np.isfinite(norm) or norm == 0.0:
                raise UserError(f"direction of signal '{self.name}' has norm {norm}: give a non-zero vector")
            object.__setattr__(self, "direction", d / norm)

    @property
    def kind(self) -> str:
        return "latent" if self.sae is not None else "direction"

    @property
    def width(self) -> int:
        """Residual width the signal expects (checked against the model before reading)."""
        if self.sae is not None:
            return int(self.sae.d_in)
        assert self.direction is not None
        return int(self.direction.shape[0])

    def describe(self) -> dict[str, Any]:
        """JSON-friendly identity (for logs and result files)."""
        out: dict[str, Any] = {"name": self.name, "kind": self.kind, "layer": self.layer}
        if self.latent is not None:
            out["latent"] = self.latent
        return out


def _sae_layer_of(sae: SAE, layer: int | None) -> int:
    from persona_xray.analysis.diff import sae_layer

    found = sae_layer(sae)
    if layer is None:
        if found is None:
            raise UserError("the SAE does not record its layer: pass the layer it was trained on")
        return found
    if found is not None and found != layer:
        raise UserError(f"the SAE was trained on layer {found}, not {layer}: use layer {found}")
    return layer


def sae_signals(sae: SAE, latents: Sequence[int], layer: int | None = None) -> list[Signal]:
    """One signal per latent id, named ``latent-<id>``, at the SAE's own layer."""
    if not latents:
        raise UserError("no latents given: pass at least one latent id (e.g. from `persona-xray diff`)")
    at = _sae_layer_of(sae, layer)
    return [Signal(name=f"latent-{int(i)}", layer=at, sae=sae, latent=int(i)) for i in latents]


def direction_signal(name: str, path: str | Path, layer: int | None = None) -> Signal:
    """A signal from a direction file (``directions.save_direction`` output or ``.npy``).

    The layer comes from ``layer`` or from the file's ``layer`` metadata, which ``save_direction`` callers in
    this project (diff's mean-difference direction) write.
    """
    from persona_xray.directions import load_direction

    p = Path(path).expanduser()
    vec = load_direction(str(p))
    if layer is None and p.suffix == ".safetensors":
        from safetensors import safe_open

        with safe_open(str(p), framework="pt") as f:
            meta = f.metadata() or {}
        if str(meta.get("layer", "")).lstrip("-").isdigit():
            layer = int(meta["layer"])
    if layer is None:
        raise UserError(f"direction file {p} does not record its layer: pass the layer to read it at")
    return Signal(name=name, layer=layer, direction=vec)


# ----------------------------------------------------------------------------- probe set
def probe_prompts(name: str = "core", limit: int | None = None) -> list[list[dict[str, str]]]:
    """The fixed probe prompts: an eval prompt set's ``plain`` prompts (user files: every row), in file order.

    ``limit`` takes the first N, so a smaller probe is a prefix of a larger one.
    """
    from persona_xray.evals.freeform import load_prompts

    if limit is not None and limit < 1:
        raise UserError(f"probe limit must be >= 1 (got {limit})")
    return [p.chat() for p in load_prompts(name, variant="plain", limit=limit)]


def probe_texts(
    lm: LM, prompts: Sequence[PromptLike] | None = None, answers: Sequence[str] | None = None
) -> list[str]:
    """Chat-formatted probe transcripts: each prompt with the generation prompt, plus a fixed answer if given.

    Fixed answers (not sampled ones) keep the text identical across checkpoints; without answers the
    signal is read over the user turn, which is what a cheap per-step monitor can afford.
    """
    chats = probe_prompts() if prompts is None else list(prompts)
    if not chats:
        raise UserError("no probe prompts given")
    if answers is not None and len(answers) != len(chats):
        raise UserError(f"{len(answers)} answers for {len(chats)} probe prompts: give one answer per prompt")
    return [lm.format_chat(p) + (answers[i] if answers is not None else "") for i, p in enumerate(chats)]


# ----------------------------------------------------------------------------- measurement
@dataclass
class SignalReading:
    """Per-prompt values of every signal (NaN where a prompt kept no token) and their means."""

    per_prompt: dict[str, np.ndarray]
    kept_tokens: dict[int, int] = field(default_factory=dict)  # layer -> tokens used
    dropped_tokens: dict[int, int] = field(default_factory=dict)  # layer -> sink rows dropped

    @property
    def names(self) -> list[str]:
        return list(self.per_prompt)

    @property
    def means(self) -> dict[str, float]:
        """Mean over prompts of the per-prompt values (each prompt weighs the same, whatever its length)."""
        return {
            k: float(np.nanmean(v)) if np.isfinite(v).any() else float("nan")
            for k, v in self.per_prompt.items()
        }

    def as_dict(self, *, per_prompt: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "signal": {k: _num(v) for k, v in self.means.items()},
            "kept_tokens": {str(k): v for k, v in self.kept_tokens.items()},
            "dropped_tokens": {str(k): v for k, v in self.dropped_tokens.items()},
        }
        if per_prompt:
            out["per_prompt"] = {k: [_num(x) for x in v] for k, v in self.per_prompt.items()}
        return out


def _num(x: float) -> float | None:
    """JSON has no NaN: a prompt without kept tokens is written as null."""
    return round(float(x), 6) if np.isfinite(x) else None


def values_from_json(values: Sequence[float | None]) -> np.ndarray:
    """Inverse of the JSON encoding of per-prompt values (null -> NaN)."""
    return np.array([np.nan if v is None else float(v) for v in values], dtype=np.float64)


@torch.no_grad()
def _latent_values(sae: SAE, acts: Tensor, latents: Sequence[int]) -> Tensor:
    """Per-token activation ``[N, len(latents)]`` of chosen latents, from the sparse TopK code only."""
    want = torch.tensor(list(latents), dtype=torch.long)
    out = torch.zeros(acts.shape[0], len(latents), dtype=torch.float64)
    device = sae.W_enc.device
    for s in range(0, acts.shape[0], ENCODE_CHUNK):
        vals, idx = sae.encode_sparse(acts[s : s + ENCODE_CHUNK].to(device))
        hit = idx.cpu()[:, :, None] == want[None, None, :]  # [n, k, L]
        out[s : s + ENCODE_CHUNK] = (vals.double().cpu()[:, :, None] * hit).sum(1)
    return out


def measure(lm: LM, signals: Sequence[Signal], texts: Sequence[str], batch_size: int = 16) -> SignalReading:
    """Read every signal over ``texts``: one ``lm.resid`` pass per distinct layer.

    The model is used as is (adapter, train/eval mode, interventions): the caller decides. Raises
    ``UserError`` for a signal whose width or layer does not fit the model.
    """
    if not signals:
        raise UserError("no signals to measure: give SAE latents or a direction")
    if not texts:
        raise UserError("no probe texts to measure the signals on")
    names = [s.name for s in signals]
    if len(set(names)) != len(names):
        raise UserError(f"signal names must be unique (got {', '.join(names)})")
    for s in signals:
        if s.width != lm.d_model:
            raise UserError(
                f"signal '{s.name}' expects width {s.width} but {lm.name} has {lm.d_model}: "
                "use an SAE or direction made for this model"
            )
    by_layer: dict[int, list[Signal]] = {}
    for s in signals:
        by_layer.setdefault(lm.check_layer(s.layer), []).append(s)
    n = len(texts)
    per_prompt: dict[str, np.ndarray] = {}
    kept: dict[int, int] = {}
    dropped: dict[int, int] = {}
    for layer, group in by_layer.items():
        rows = lm.resid(list(texts), layer, batch_size=batch_size)
        owner = torch.cat([torch.full((r.shape[0],), i, dtype=torch.long) for i, r in enumerate(rows)])
        acts = torch.cat(rows) if rows else torch.zeros(0, lm.d_model)
        if acts.shape[0] == 0:
            raise UserError("the probe texts have no tokens after position 0: give longer probe prompts")
        if not torch.isfinite(acts).all():
            raise UserError(f"{lm.name} produced non-finite activations at layer {layer}: check its weights")
        norms = acts.norm(dim=-1)
        keep = norms <= norms.median() * SINK_RATIO
        acts, owner = acts[keep], owner[keep]
        kept[layer], dropped[layer] = int(keep.sum()), int((~keep).sum())
        counts = np.bincount(owner.numpy(), minlength=n).astype(np.float64)
        values = torch.zeros(acts.shape[0], len(group), dtype=torch.float64)
        saes: dict[int, tuple[SAE, list[int]]] = {}
        for j, s in enumerate(group):
            if s.sae is not None:
                saes.setdefault(id(s.sae), (s.sae, []))[1].append(j)
            else:
                assert s.direction is not None
                values[:, j] = (acts.double() @ s.direction.double()).cpu()
        for sae, cols in saes.values():
            values[:, cols] = _latent_values(sae, acts, [int(group[c].latent or 0) for c in cols])
        for j, s in enumerate(group):
            sums = np.bincount(owner.numpy(), weights=values[:, j].numpy(), minlength=n)
            with np.errstate(invalid="ignore", divide="ignore"):
                per_prompt[s.name] = np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)
    return SignalReading(
        per_prompt={name: per_prompt[name] for name in names}, kept_tokens=kept, dropped_tokens=dropped
    )
