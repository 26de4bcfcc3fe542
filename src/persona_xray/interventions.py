"""Interventions on the residual stream: steer along a direction, ablate it, clamp an SAE latent.

Each intervention is a small frozen dataclass with ``apply(lm)``, a context manager that hooks the output of
one decoder block and always removes its hook on exit, also after an exception. They compose by nesting or
with :func:`apply_all`. The tensor operators (:func:`add`, :func:`project_out`, :func:`clamp_latent`) are pure
functions so they can be tested without a model.

Strength convention (the study's): ``Steer`` adds ``alpha * scale * unit(direction)`` where ``scale`` defaults
to the median residual norm at that layer (:meth:`LM.median_resid_norm`), so ``alpha = 0.4`` means "40% of a
typical residual vector" in any model.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

import torch
from torch import Tensor, nn

from persona_xray.errors import UserError
from persona_xray.lm import LM, block_output, replace_block_output

Positions = Literal["all", "generated"]


# ----------------------------------------------------------------------------- pure operators
def unit(direction: Tensor) -> Tensor:
    """The direction scaled to norm 1; refuses zero and non-finite vectors (they would silently do nothing)."""
    if not torch.isfinite(direction).all():
        raise UserError("direction has non-finite values (nan or inf)")
    norm = direction.float().norm()
    if norm == 0:
        raise UserError("direction is the zero vector")
    result: Tensor = direction / norm
    return result


def add(hidden: Tensor, vector: Tensor) -> Tensor:
    """``hidden + vector`` at every position; ``vector`` is already scaled."""
    return hidden + vector.to(hidden.dtype)


def project_out(hidden: Tensor, direction: Tensor) -> Tensor:
    """Remove the component of ``hidden`` along ``direction`` (any norm): the result is orthogonal to it."""
    u = unit(direction).to(hidden.dtype)
    return hidden - (hidden @ u)[..., None] * u


class LatentDictionary(Protocol):
    """What :class:`Clamp` needs of an SAE: encode to latent activations and the decoder rows."""

    W_dec: Tensor  # [d_sae, d_in]

    def encode(self, x: Tensor) -> Tensor: ...


def clamp_latent(hidden: Tensor, sae: LatentDictionary, latent: int, value: float) -> Tensor:
    """Set one SAE latent's activation to ``value`` by moving ``hidden`` along its decoder row.

    Only the latent's contribution changes (``hidden + (value - a) * W_dec[latent]``); the SAE's
    reconstruction error stays in the stream, so the rest of the model sees its usual input.
    """
    shape = hidden.shape
    flat = hidden.reshape(-1, shape[-1])
    acts = sae.encode(flat.to(sae.W_dec.dtype))[:, latent]
    delta = (value - acts)[:, None] * sae.W_dec[latent][None, :]
    return (flat + delta.to(hidden.dtype)).reshape(shape)


# ----------------------------------------------------------------------------- hooks
def _check_direction(lm: LM, direction: Tensor) -> Tensor:
    if direction.ndim != 1 or direction.shape[0] != lm.d_model:
        raise UserError(
            f"direction has shape {tuple(direction.shape)} but {lm.name} has d_model {lm.d_model}: "
            "use a vector from this model and layer"
        )
    return unit(direction)


def _hook(
    lm: LM, layer: int, fn: Callable[[Tensor], Tensor], positions: Positions
) -> contextlib.AbstractContextManager[None]:
    """Rewrite block ``layer``'s output with ``fn``; with ``positions='generated'`` skip the prompt pass.

    During cached generation the prompt is processed in one forward pass over all its tokens and every
    new token in a pass of length 1, so "generated positions" are the length-1 passes. The layer is
    checked here, eagerly, so a bad intervention fails when it is built rather than mid-run.
    """
    return _hooked(lm, lm.check_layer(layer), fn, positions)


@contextlib.contextmanager
def _hooked(lm: LM, layer: int, fn: Callable[[Tensor], Tensor], positions: Positions) -> Iterator[None]:

    def hook(_mod: nn.Module, _inp: Any, output: Any) -> Any:
        hidden = block_output(output)
        if positions == "generated" and hidden.shape[1] != 1:
            return output
        return replace_block_output(output, fn(hidden))

    handle = lm.layers[layer].register_forward_hook(hook)
    try:
        yield
    finally:
        handle.remove()


@dataclass(frozen=True)
class Steer:
    """Add ``alpha * scale * unit(direction)`` to the residual stream after block ``layer``."""

    direction: Tensor
    layer: int
    alpha: float
    scale: float | None = None  # None: the median residual norm at that layer
    positions: Positions = "all"

    def vector(self, lm: LM) -> Tensor:
        if not math.isfinite(self.alpha):
            raise UserError(f"steering strength must be finite (got {self.alpha})")
        u = _check_direction(lm, self.direction)
        scale = lm.median_resid_norm(self.layer) if self.scale is None else self.scale
        return (self.alpha * scale * u).to(lm.device)

    def apply(self, lm: LM) -> contextlib.AbstractContextManager[None]:
        v = self.vector(lm)
        return _hook(lm, self.layer, lambda h: add(h, v), self.positions)

    def key(self) -> str:
        return (
            f"steer(L{self.layer},a={self.alpha:g},s={self.scale},{self.positions},{_digest(self.direction)})"
        )


@dataclass(frozen=True)
class Ablate:
    """Project ``direction`` out of the residual stream after block ``layer`` (directional ablation)."""

    direction: Tensor
    layer: int
    positions: Positions = "all"

    def apply(self, lm: LM) -> contextlib.AbstractContextManager[None]:
        u = _check_direction(lm, self.direction).to(lm.device)
        return _hook(lm, self.layer, lambda h: project_out(h, u), self.positions)

    def key(self) -> str:
        return f"ablate(L{self.layer},{self.positions},{_digest(self.direction)})"


@dataclass(frozen=True)
class Clamp:
    """Hold SAE latent ``latent`` at ``value`` after block ``layer``."""

    sae: LatentDictionary
    latent: int
    value: float
    layer: int
    positions: Positions = "all"

    def apply(self, lm: LM) -> contextlib.AbstractContextManager[None]:
        d_sae, d_in = self.sae.W_dec.shape
        if d_in != lm.d_model:
            raise UserError(f"SAE d_in {d_in} does not match {lm.name}'s d_model {lm.d_model}")
        if not 0 <= self.latent < d_sae:
            raise UserError(f"latent {self.latent} out of range: the SAE has latents 0..{d_sae - 1}")
        if not math.isfinite(self.value):
            raise UserError(f"clamp value must be finite (got {self.value})")
        return _hook(
            lm, self.layer, lambda h: clamp_latent(h, self.sae, self.latent, self.value), self.positions
        )

    def key(self) -> str:
        return f"clamp(L{self.layer},{self.latent}={self.value:g},{self.positions},{_digest(self.sae.W_dec)})"


Intervention = Steer | Ablate | Clamp


@contextlib.contextmanager
def apply_all(lm: LM, interventions: Sequence[Intervention]) -> Iterator[None]:
    """Apply several interventions at once (in order; same-layer ones compose in that order)."""
    with contextlib.ExitStack() as stack:
        for iv in interventions:
            stack.enter_context(iv.apply(lm))
        yield


def interventions_key(interventions: Sequence[Intervention]) -> str:
    """A stable string for cache keys: evals cached without interventions must not be reused with them."""
    return "+".join(iv.key() for iv in interventions) or "none"


def _digest(t: Tensor) -> str:
    return hashlib.sha256(t.detach().float().cpu().contiguous().numpy().tobytes()).hexdigest()[:12]
