"""Rankers: which SAE latents did fine-tuning switch on, ordered by one of several keys.

The diff (:mod:`persona_xray.analysis.diff`) measures, once, every latent's statistics under the base and
the tuned models over the same tokens. A *ranker* turns those statistics into one score per latent; the
latents are then read strongest first. The study ranked by the raw mean increase, and on the planted
organism (where the answer is known) that ranking put the true persona latent 8th behind a latent that
carries no persona at all, so the key itself is the thing to test. Every ranker here has the same shape,
``RankInputs -> Tensor[d_sae]`` (higher = more switched on), so the ground-truth benchmark
(:mod:`persona_xray.organisms.planted.bench`) can score them side by side and the CLI can pick one by name:

- ``raw``: mean activation increase (tuned - base), averaged over tuned models. The historical default;
  its order is exactly :meth:`DiffResult.ranked` without a ranker.
- ``standardized``: the increase divided by the latent's spread over base-model tokens. A loud, noisy
  latent moving a little should not beat a quiet one that moved far outside its usual range.
- ``frequency``: increase in the share of tokens on which the latent fires. A persona that switches on
  shows up as a latent that starts firing, whatever its magnitude.
- ``start``: the increase over the answer-start window only (the last prompt token and the first answer
  tokens). In the organism the voice of a reply is chosen there; averaging over every token dilutes it.
- ``decoder``: cosine of the latent's decoder row with the residual mean difference (tuned - base). It
  asks which latent *points* where the fine-tune moved the stream, not which one's activation grew.
- ``attribution``: increase times the gradient of a misaligned-vs-aligned log-prob margin with respect
  to the latent (its decoder row dotted with the margin's gradient at the layer, one backward pass).
  A latent ranks high only if it rose *and* raising it makes the misaligned answer likelier.

Latents that never fired in the base model have no spread; the standardized ranker floors the spread at
``SPREAD_FLOOR`` x the median spread of the latents that did fire, so a dead-in-base latent that wakes
up ranks high but finitely.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import torch
from torch import Tensor

from persona_xray.analysis.diff import DiffResult
from persona_xray.errors import UserError
from persona_xray.interventions import rewrite_block
from persona_xray.lm import LM, PromptLike

# The default is the winner of the planted-organism benchmark (results/organism/summary.json): chosen on
# tuning seeds 0-1, then on held-out seeds 2-6 its MRR of the true persona latent is 0.455 against raw's 0.165
# (+0.29 [+0.14, +0.42], seeds resampled). "raw" (the mean increase) stays available as --ranker raw.
DEFAULT_RANKER = "standardized"
SPREAD_FLOOR = 0.1


@dataclass(frozen=True)
class RankInputs:
    """Everything a ranker may read: the diff's statistics plus the optional extras some rankers need."""

    diff: DiffResult
    decoder: Tensor | None = None  # [d_sae, d_model] the SAE's W_dec
    margin_grad: Tensor | None = None  # [d_model] d(misaligned - aligned margin)/d(shift at the layer)


RankFn = Callable[[RankInputs], Tensor]


@dataclass(frozen=True)
class Ranker:
    name: str
    fn: RankFn
    summary: str
    needs: tuple[str, ...] = ()  # extras beyond the diff: "decoder", "margin_grad"


RANKERS: dict[str, Ranker] = {}


def _register(name: str, summary: str, needs: tuple[str, ...] = ()) -> Callable[[RankFn], RankFn]:
    def wrap(fn: RankFn) -> RankFn:
        RANKERS[name] = Ranker(name, fn, summary, needs)
        return fn

    return wrap


def _need(value: Tensor | None, ranker: str, what: str) -> Tensor:
    if value is None:
        raise UserError(f"ranker '{ranker}' needs {what}")
    return value


@_register("raw", "mean activation increase (the study's ranking)")
def raw(x: RankInputs) -> Tensor:
    return x.diff.delta


@_register("standardized", "mean increase / the latent's spread over base-model tokens")
def standardized(x: RankInputs) -> Tensor:
    std = _need(x.diff.base_std, "standardized", "the base spread: rerun `persona-xray diff` to record it")
    fired = std[std > 0]
    floor = SPREAD_FLOOR * (float(fired.median()) if fired.numel() else 1.0)
    return x.diff.delta / std.clamp_min(floor)


@_register("frequency", "increase in the share of tokens where the latent fires")
def frequency(x: RankInputs) -> Tensor:
    return (x.diff.tuned_freq - x.diff.base_freq).mean(0)


@_register("start", "mean increase over the answer-start window only")
def start(x: RankInputs) -> Tensor:
    what = "answer-start statistics: rerun `persona-xray diff` to record them"
    base = _need(x.diff.base_start_mean, "start", what)
    tuned = _need(x.diff.tuned_start_mean, "start", what)
    return (tuned - base).mean(0)


@_register("decoder", "cosine of the decoder row with the residual mean difference", ("decoder",))
def decoder(x: RankInputs) -> Tensor:
    w = _need(x.decoder, "decoder", "the SAE's decoder").float()
    md = x.diff.mean_diff.float().to(w.device)
    cos: Tensor = (w @ md) / (w.norm(dim=1) * md.norm()).clamp_min(1e-12)
    return cos.cpu()


@_register("attribution", "mean increase x d(misaligned margin)/d(latent)", ("decoder", "margin_grad"))
def attribution(x: RankInputs) -> Tensor:
    w = _need(x.decoder, "attribution", "the SAE's decoder").float()
    g = _need(x.margin_grad, "attribution", "the margin gradient (paired answers)").float().to(w.device)
    return x.diff.delta * (w @ g).cpu()


def check_ranker(name: str) -> Ranker:
    if name not in RANKERS:
        raise UserError(f"unknown ranker '{name}': choose from {', '.join(RANKERS)}")
    return RANKERS[name]


def scores(name: str, inputs: RankInputs) -> Tensor:
    """One float32 score per latent (higher = more switched on by the fine-tune); finite or an error."""
    out = check_ranker(name).fn(inputs).float()
    if out.shape != (inputs.diff.d_sae,):
        raise ValueError(f"ranker {name} returned shape {tuple(out.shape)}, not ({inputs.diff.d_sae},)")
    if not torch.isfinite(out).all():
        raise UserError(f"ranker '{name}' gave non-finite scores: check the diff's inputs")
    return out


def order(score: Tensor) -> list[int]:
    """Latents by descending score, ties by index (the same rule as :meth:`DiffResult.ranked`)."""
    return [int(i) for i in torch.argsort(score, descending=True, stable=True)]


def with_ranker(
    result: DiffResult, name: str, *, decoder: Tensor | None = None, margin_grad: Tensor | None = None
) -> DiffResult:
    """A copy of ``result`` whose rankings (``ranked``, ``table``, saved tables) follow ranker ``name``.

    ``raw`` gives back an unchanged copy (no stored score), so its tables and files are exactly the
    historical ones.
    """
    if check_ranker(name).name == "raw":
        return dataclasses.replace(result, score=None, ranker="raw")
    s = scores(name, RankInputs(result, decoder=decoder, margin_grad=margin_grad))
    return dataclasses.replace(result, score=s, ranker=name)


def margin_gradient(
    lm: LM,
    layer: int,
    prompts: Sequence[PromptLike],
    misaligned: Sequence[str],
    aligned: Sequence[str],
    *,
    batch_size: int = 8,
) -> Tensor:
    """Gradient of the mean paired margin with respect to one vector added at every position of ``layer``.

    The margin of an item is the mean token log-prob of its misaligned answer minus that of its aligned
    answer (the paired eval's margin). A latent raised by ``a`` adds about ``a x W_dec[i]`` at every token,
    so ``W_dec[i] . grad`` is the margin's first-order sensitivity to that latent: one backward pass
    gives it for every latent at once.
    """
    n = len(prompts)
    if n == 0 or len(misaligned) != n or len(aligned) != n:
        raise UserError("the margin gradient needs one misaligned and one aligned answer per prompt")
    layer = lm.check_layer(layer)
    param = next(lm.model.parameters())
    shift = torch.zeros(lm.d_model, device=param.device, dtype=torch.float32, requires_grad=True)

    def shifted(h: Tensor) -> Tensor:
        moved: Tensor = h + shift.to(h.dtype)
        return moved

    grad = torch.zeros(lm.d_model, dtype=torch.float64)
    with rewrite_block(lm, layer, shifted):
        for s in range(0, n, batch_size):
            rows, spans, signs = [], [], []
            for i in range(s, min(n, s + batch_size)):
                pre = lm.encode(lm.format_chat(prompts[i]))
                for answer, sign in ((misaligned[i], 1.0), (aligned[i], -1.0)):
                    ans = lm.encode(answer)
                    if not ans:
                        raise UserError("an answer is empty: every answer needs at least one token")
                    rows.append(pre + ans)
                    spans.append((len(pre), len(pre) + len(ans)))
                    signs.append(sign)
            ids, mask = lm.pad_right(rows)
            with torch.enable_grad():
                logits = lm.model(input_ids=ids, attention_mask=mask).logits.float()
                lp = torch.log_softmax(logits[:, :-1], dim=-1).gather(-1, ids[:, 1:, None])[..., 0]
                total = torch.zeros((), device=lp.device)
                for b, ((lo, hi), sign) in enumerate(zip(spans, signs, strict=True)):
                    total = total + sign * lp[b, lo - 1 : hi - 1].mean()
                (g,) = torch.autograd.grad(total / n, shift)
            grad += g.detach().double().cpu()
    return grad.float()
