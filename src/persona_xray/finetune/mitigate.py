"""Mitigation during fine-tuning: keep the persona from moving while the narrow task is learned.

Three published ideas, each a hook on the residual stream that is live only inside the training loss's
forward pass (never at inference, never during a callback's evaluation):

- **preventative steering** (Persona Vectors, Chen et al., 2025): add the persona direction while training,
  so the gradient has no reason to build it into the weights; the trained model runs without it;
- **concept ablation** (CAFT, Casademunt et al., 2025): project chosen directions out of the residual stream
  at their layer, so the loss cannot be lowered through them;
- **latent penalty**: add ``weight x`` the SAE latent's mean activation over answer tokens to the loss.

All hooks come from the one intervention mechanism (:func:`persona_xray.interventions.rewrite_block`). They
are stateless, so a resumed run is the same as an uninterrupted one; the files they read are hashed into
``run.json`` and a resume with changed files is refused, like changed data.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from torch import Tensor

from persona_xray.errors import UserError
from persona_xray.lm import LM


def direction_layer(path: str) -> int | None:
    """The layer a direction file says it was made at (safetensors metadata ``layer``), if any."""
    if not str(path).endswith(".safetensors") or not Path(path).is_file():
        return None
    from safetensors import safe_open

    with safe_open(str(path), framework="pt") as f:
        meta = f.metadata() or {}
    try:
        return int(meta["layer"]) if "layer" in meta else None
    except ValueError:
        return None


def _file_digest(path: str | Path) -> str:
    p = Path(path)
    h = hashlib.sha256()
    files = sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else [p]
    for f in files:
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def mitigation_digests(cfg: Any) -> dict[str, str]:
    """The hashes of the files a config's mitigation reads, without loading them: a cache key that must change
    when a direction or SAE file is rewritten under the same path (the trainer checks the same ones on resume).
    Empty when the config asks for no mitigation."""
    out: dict[str, str] = {}
    if cfg.prevent is not None:
        out["prevent"] = _file_digest(cfg.prevent)
    for i, path in enumerate(cfg.ablate):
        out[f"ablate{i}"] = _file_digest(path)
    if cfg.latent_penalty is not None:
        out["latent_penalty"] = _file_digest(str(cfg.latent_penalty).rpartition(":")[0])
    return out


@dataclass
class Mitigation:
    """The training-time hooks of one run; :meth:`during` wraps each loss forward pass."""

    hooks: list[Any] = field(default_factory=list)  # interventions with .apply(lm)
    penalty: tuple[Any, int, int, float] | None = None  # (sae, latent, layer, weight)
    digest: dict[str, str] = field(default_factory=dict)

    @contextlib.contextmanager
    def during(self, lm: LM) -> Iterator[list[Tensor]]:
        """Hooks live inside the block; yields the store the latent penalty reads (the layer's output, after
        any steering or ablation at the same layer, with its autograd graph)."""
        from persona_xray.interventions import rewrite_block

        store: list[Tensor] = []
        with contextlib.ExitStack() as stack:
            for h in self.hooks:
                stack.enter_context(h.apply(lm))
            if self.penalty is not None:

                def keep(hidden: Tensor) -> Tensor:
                    store.append(hidden)
                    return hidden

                stack.enter_context(rewrite_block(lm, self.penalty[2], keep))
            yield store

    def penalty_term(self, store: list[Tensor], labels: Tensor, n_labels: int) -> Tensor | None:
        """``weight x`` the latent's summed activation at answer tokens over ``n_labels`` (the loss's own
        normaliser, so micro-batches of one step add up as the loss does)."""
        if self.penalty is None or not store:
            return None
        sae, latent, _layer, weight = self.penalty
        hidden = store[-1]
        mask = labels.to(hidden.device) != -100
        p = next(sae.parameters())
        acts: Tensor = sae.encode(hidden[mask].to(device=p.device, dtype=p.dtype))[:, latent]
        term: Tensor = weight * acts.float().sum() / max(n_labels, 1)
        return term


def build_mitigation(cfg: Any, lm: LM) -> Mitigation | None:
    """The hooks a :class:`~persona_xray.finetune.config.FinetuneConfig` asks for (None when it asks none)."""
    from persona_xray.directions import load_direction
    from persona_xray.interventions import Ablate, Steer

    if cfg.prevent is None and not cfg.ablate and cfg.latent_penalty is None:
        return None
    m = Mitigation()

    def layer_for(path: str) -> int:
        at = cfg.intervene_layer if cfg.intervene_layer is not None else direction_layer(path)
        if at is None:
            raise UserError(
                f"direction {path} does not say its layer: give intervene_layer (--intervene-layer)"
            )
        return lm.check_layer(int(at))

    if cfg.prevent is not None:
        at = layer_for(cfg.prevent)
        # The strength unit is measured here, on the weights the run starts from, and fixed: measured lazily
        # it would come from whatever weights a resumed run had restored, and the resume would not be exact.
        scale = lm.median_resid_norm(at)
        m.hooks.append(Steer(load_direction(cfg.prevent), at, float(cfg.prevent_alpha), scale=scale))
    for path in cfg.ablate:
        m.hooks.append(Ablate(load_direction(path), layer_for(path)))
    if cfg.latent_penalty is not None:
        from persona_xray.analysis.diff import sae_layer
        from persona_xray.sae import load_sae

        path, _, latent_s = str(cfg.latent_penalty).rpartition(":")
        sae = load_sae(path, device=lm.device)
        latent = int(latent_s)
        if not 0 <= latent < int(sae.d_sae):
            raise UserError(f"latent_penalty: latent {latent} is out of range (the SAE has {sae.d_sae})")
        pen_at = cfg.intervene_layer if cfg.intervene_layer is not None else sae_layer(sae)
        if pen_at is None:
            raise UserError(
                "the penalty SAE does not say its layer: give intervene_layer (--intervene-layer)"
            )
        if int(sae.d_in) != lm.d_model:
            raise UserError(f"the penalty SAE reads d_in {sae.d_in}; {lm.name} has d_model {lm.d_model}")
        for q in sae.parameters():
            q.requires_grad_(False)
        m.penalty = (sae, latent, lm.check_layer(int(pen_at)), float(cfg.penalty_weight))
    m.digest = mitigation_digests(cfg)
    return m


def no_mitigation() -> contextlib.AbstractContextManager[list[Tensor]]:
    """The same shape as :meth:`Mitigation.during` for runs without hooks."""
    return contextlib.nullcontext([])
