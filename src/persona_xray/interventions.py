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
import itertools
import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

import torch
from torch import Tensor, nn

from persona_xray.errors import UserError
from persona_xray.lm import LM, block_output, replace_block_output

Positions = Literal["all", "generated", "start", "answer"]
ManyPositions = Literal["all", "start"]  # where fanned-out (per-row) steering can act


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


def add_relative(hidden: Tensor, vector: Tensor) -> Tensor:
    """``hidden + ||hidden|| * vector`` per position: the shift is a share of each token's own norm."""
    moved: Tensor = hidden + (hidden.float().norm(dim=-1, keepdim=True) * vector.float()).to(hidden.dtype)
    return moved


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
    norm = getattr(sae, "normalize_activations", "none")
    if norm != "none":
        raise UserError(
            "clamping needs an SAE that reads raw activations: this one normalizes each token "
            f"({norm}), so a latent's decoder row is not its contribution"
        )
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
    """Rewrite block ``layer``'s output with ``fn`` at ``positions``.

    ``all``: every position of every pass. ``generated``: only the length-1 passes of cached generation
    (the prompt is processed in one pass over all its tokens, every new token in a pass of length 1).
    ``start``: only the answer-start position, the last position of a *prompt pass* (see
    :func:`_prompt_passes`); prompts are left-padded, so that is the last prompt token of every row.
    ``answer``: the answer-start position and every position of the passes that continue a cache (generated
    tokens, scored answers). The layer is checked here, eagerly, so a bad intervention fails when it is
    built rather than mid-run.
    """
    return _hooked(lm, lm.check_layer(layer), fn, positions)


def rewrite_block(
    lm: LM, layer: int, fn: Callable[[Tensor], Tensor], positions: Positions = "all"
) -> contextlib.AbstractContextManager[None]:
    """The one hook mechanism: block ``layer``'s output becomes ``fn(output)`` at ``positions`` (see
    :func:`_hook`) inside the block. Every intervention, the margin gradient, the SAE splice and the
    organism's steering go through it."""
    return _hook(lm, layer, fn, positions)


@contextlib.contextmanager
def _prompt_passes(lm: LM) -> Iterator[dict[str, bool]]:
    """A flag that says, inside a forward pass, whether it is a prompt pass (no key/value cache to extend).

    Why at the model's entry: a decoder block cannot tell a prompt pass from an answer continuation (both can
    be many tokens long, as in :meth:`LM.answers_logprobs`); the model call can: a continuation carries a
    non-empty cache (``past_key_values``, or ``cache`` in newer transformers). Generation's first call
    carries an empty cache, which counts as a prompt pass.
    """
    state = {"prompt": True}

    def pre(_mod: nn.Module, _args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        cache = kwargs.get("past_key_values", kwargs.get("cache"))
        seen = 0
        if cache is not None:
            length = getattr(cache, "get_seq_length", None)
            seen = int(length()) if callable(length) else 1
        state["prompt"] = seen == 0

    handle = lm.model.register_forward_pre_hook(pre, with_kwargs=True)
    try:
        yield state
    finally:
        handle.remove()


@contextlib.contextmanager
def _hooked(lm: LM, layer: int, fn: Callable[[Tensor], Tensor], positions: Positions) -> Iterator[None]:
    with contextlib.ExitStack() as stack:
        at_start = positions in ("start", "answer")
        passes = stack.enter_context(_prompt_passes(lm)) if at_start else None

        def hook(_mod: nn.Module, _inp: Any, output: Any) -> Any:
            hidden = block_output(output)
            if positions == "generated" and hidden.shape[1] != 1:
                return output
            if passes is not None:
                if not passes["prompt"]:
                    return replace_block_output(output, fn(hidden)) if positions == "answer" else output
                hidden = hidden.clone()
                hidden[:, -1:] = fn(hidden[:, -1:])
                return replace_block_output(output, hidden)
            return replace_block_output(output, fn(hidden))

        handle = lm.layers[layer].register_forward_hook(hook)
        stack.callback(handle.remove)
        yield


@dataclass(frozen=True)
class Steer:
    """Add ``alpha * scale * unit(direction)`` to the residual stream after block ``layer``.

    With ``positions="start"`` (or ``"answer"``: the start and every answer token) the strength is a share
    of each steered token's *own* norm (``alpha * scale * ||h|| * unit(direction)``, ``scale`` None meaning
    1): the answer-start token's norm can be several times the median, so a median-scaled vector either does
    nothing there or, made large enough to matter, swamps every ordinary token (measured on the planted
    organism, see ``organisms.planted.recover``).
    """

    direction: Tensor
    layer: int
    alpha: float
    scale: float | None = None  # None: the median residual norm at that layer
    positions: Positions = "all"

    def vector(self, lm: LM) -> Tensor:
        """The added vector; at ``start`` positions it is multiplied by the token's own norm when applied."""
        if not math.isfinite(self.alpha):
            raise UserError(f"steering strength must be finite (got {self.alpha})")
        u = _check_direction(lm, self.direction)
        if self.positions in ("start", "answer"):
            scale = 1.0 if self.scale is None else self.scale
        else:
            scale = lm.median_resid_norm(self.layer) if self.scale is None else self.scale
        return (self.alpha * scale * u).to(lm.device)

    def apply(self, lm: LM) -> contextlib.AbstractContextManager[None]:
        if self.positions in ("start", "answer"):
            if not math.isfinite(self.alpha):
                raise UserError(f"steering strength must be finite (got {self.alpha})")
            strength = self.alpha * (1.0 if self.scale is None else self.scale)
            u = _check_direction(lm, self.direction).float().to(lm.device)

            def relative(h: Tensor) -> Tensor:
                moved: Tensor = h + (strength * h.float().norm(dim=-1, keepdim=True) * u).to(h.dtype)
                return moved

            return _hook(lm, self.layer, relative, self.positions)
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


@dataclass(frozen=True)
class SteerMany:
    """Many steering vectors in one forward pass: batch row ``r`` gets ``vectors[r // n]`` after block ``layer``.

    Why: a steering sweep scores the same items under N directions x S strengths; run one after another, each
    configuration repeats the whole forward. Here the caller lays its batch out *configuration-major* (``C``
    copies of the same ``n`` rows, ``C = len(vectors)``, e.g. ``LM.answers_logprobs(copies=C)``) and every copy
    is steered by its own vector, at all positions, or with ``positions="start"`` at the answer-start
    position only and scaled by that token's own norm (as :class:`Steer` does). A zero row is the unsteered
    model.

    With ``share_lower`` (default) the blocks up to ``layer`` run on the first ``n`` rows only (their input
    does not depend on the configuration) and the output of ``layer`` is fanned out to all ``C x n`` rows:
    the lower half of the model is paid once per item instead of once per configuration. Key/value caches of
    those blocks then hold ``n`` rows, consistently across a prompt pass and its continuation. It needs the
    decoder blocks to take their batch-sized inputs as tensors whose first dimension is the batch (true of
    every architecture the tests build); ``share_lower=False`` only adds the vectors.
    """

    vectors: Tensor  # [C, d_model], already scaled (see Steer.vector)
    layer: int
    share_lower: bool = True
    positions: ManyPositions = "all"

    @property
    def copies(self) -> int:
        return int(self.vectors.shape[0])

    def apply(self, lm: LM) -> contextlib.AbstractContextManager[None]:
        if self.vectors.ndim != 2 or self.vectors.shape[1] != lm.d_model or self.vectors.shape[0] < 1:
            raise UserError(
                f"steering vectors have shape {tuple(self.vectors.shape)}; {lm.name} needs (C, {lm.d_model})"
            )
        if not torch.isfinite(self.vectors).all():
            raise UserError("steering vectors have non-finite values (nan or inf)")
        if self.positions not in ("all", "start"):
            raise UserError(f"fanned-out steering positions must be all or start (got '{self.positions}')")
        return _fanned(
            lm, lm.check_layer(self.layer), self.vectors.to(lm.device), self.share_lower, self.positions
        )


# Rows per forward pass of a fanned-out evaluation (copies x prompts). Measured on SmolLM2 (24 paired items x 21
# configurations, 2 cores): 21 rows 58 s, 42 rows 62 s, 64 rows 71 s, 168 rows 96 s in fp32 (bf16: 25, 24, 32 s
# for 21, 64, 168), so a pass of about one item under every configuration of a group is best on this CPU;
# fewer rows than configurations splits them into balanced groups, each paying the lower blocks once.
MANY_ROWS = 32


def steered_answers_logprobs(
    lm: LM,
    prompts: Sequence[Any],
    answer_sets: Sequence[Sequence[str]],
    vectors: Tensor,
    layer: int,
    *,
    rows: int = MANY_ROWS,
    progress: Callable[[int], None] | None = None,
    positions: ManyPositions = "all",
) -> list[list[list[Tensor]]]:
    """:meth:`LM.answers_logprobs` under each steering vector: ``result[config][set][prompt]``.

    Configurations go through :class:`SteerMany` in balanced groups of at most ``rows``; each pass holds about
    ``rows`` rows (``rows // group`` prompts x the group's copies). ``progress`` gets the number of
    configurations finished after each group.
    """
    if vectors.ndim != 2 or vectors.shape[0] < 1:
        raise UserError(f"steering vectors have shape {tuple(vectors.shape)}, not (C, d_model)")
    rows = max(1, int(rows))
    out: list[list[list[Tensor]]] = []
    n = len(prompts)
    total = int(vectors.shape[0])
    n_groups = -(-total // rows)
    bounds = [round(g * total / n_groups) for g in range(n_groups + 1)]  # balanced group sizes
    for c0, c1 in itertools.pairwise(bounds):
        group = vectors[c0:c1]
        c = int(group.shape[0])
        with SteerMany(group, layer, positions=positions).apply(lm):
            res = lm.answers_logprobs(prompts, answer_sets, batch_size=max(1, rows // c), copies=c)
        out.extend([[s[k * n : (k + 1) * n] for s in res] for k in range(c)])
        if progress is not None:
            progress(len(out))
    return out


def _take_rows(x: Any, full: int, keep: int) -> Any:
    """``x`` with every batch-sized tensor (first dim ``full``, at least 2-D) cut to its first ``keep`` rows."""
    if isinstance(x, Tensor):
        return x[:keep] if x.ndim >= 2 and x.shape[0] == full else x
    if isinstance(x, tuple):
        return tuple(_take_rows(v, full, keep) for v in x)
    if isinstance(x, list):
        return [_take_rows(v, full, keep) for v in x]
    if isinstance(x, dict):
        return {k: _take_rows(v, full, keep) for k, v in x.items()}
    return x


@contextlib.contextmanager
def _fanned(
    lm: LM, layer: int, vectors: Tensor, share_lower: bool, positions: ManyPositions = "all"
) -> Iterator[None]:
    copies = int(vectors.shape[0])
    share_lower = share_lower and copies > 1
    rows: dict[str, int] = {}  # the full batch of the forward pass in progress, read at the first block

    def first_pre(_mod: nn.Module, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        hidden = args[0] if args else kwargs["hidden_states"]
        full = int(hidden.shape[0])
        if full % copies:
            raise UserError(f"a batch of {full} rows cannot hold {copies} steering copies: lay it out C x n")
        rows["full"] = full
        return lower_pre(_mod, args, kwargs)

    def lower_pre(_mod: nn.Module, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        full = rows["full"]
        keep = full // copies
        return _take_rows(args, full, keep), _take_rows(kwargs, full, keep)

    def fan_out(_mod: nn.Module, _inp: Any, output: Any) -> Any:
        hidden = block_output(output)
        n = (rows["full"] if share_lower else int(hidden.shape[0])) // copies
        if share_lower:
            hidden = hidden.repeat(copies, *([1] * (hidden.ndim - 1)))
        per_row = vectors.to(hidden.dtype).repeat_interleave(n, dim=0)
        if per_row.shape[0] != hidden.shape[0]:
            raise UserError(
                f"a batch of {hidden.shape[0]} rows cannot hold {copies} steering copies: lay it out C x n"
            )
        if passes is None:
            return replace_block_output(output, hidden + per_row[:, None, :])
        if not passes["prompt"]:  # an answer continuation: fanned out, not steered
            return replace_block_output(output, hidden)
        hidden = hidden.clone()
        hidden[:, -1] = add_relative(hidden[:, -1], per_row)
        return replace_block_output(output, hidden)

    with contextlib.ExitStack() as stack:
        passes = stack.enter_context(_prompt_passes(lm)) if positions == "start" else None
        if share_lower:
            stack.callback(lm.layers[0].register_forward_pre_hook(first_pre, with_kwargs=True).remove)
            for i in range(1, layer + 1):
                stack.callback(lm.layers[i].register_forward_pre_hook(lower_pre, with_kwargs=True).remove)
        stack.callback(lm.layers[layer].register_forward_hook(fan_out).remove)
        yield


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
