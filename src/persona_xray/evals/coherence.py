"""Coherence cost: what a steered or fine-tuned configuration costs in fluency, measured without a judge.

Why: the study's "at most 10% incoherent answers" budget cannot be checked with the judge-free paired eval
(it scores no text) and, with the free-form judge, the 135M base model is already ~60% incoherent, so an
absolute budget means nothing at this scale. What can be measured cheaply and deterministically for every
configuration is how much worse the model predicts plain, neutral assistant answers: the rise in mean
per-token negative log-likelihood (NLL) on a fixed reference set of neutral chats, written by the project and
held out from every training and eval set (``data/content/neutral_reference.jsonl``).

The NLL rise becomes a budget through a calibration (:func:`calibrate_budget`): sample free-form answers at
several steering strengths, judge their incoherence, fit incoherent share against NLL rise by least squares,
and read off the NLL rise that corresponds to ``points`` (default 10) more percentage points of incoherent
answers than the unsteered model. Configurations above the budget are shown but never chosen as "best".
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np
from torch import Tensor

from persona_xray.errors import UserError
from persona_xray.evals.stats import Estimate, bootstrap_paired_diff
from persona_xray.interventions import (
    MANY_ROWS,
    Intervention,
    ManyPositions,
    apply_all,
    steered_answers_logprobs,
)
from persona_xray.lm import LM

REFERENCE = "neutral_reference.jsonl"


@dataclass(frozen=True)
class ReferenceRow:
    id: str
    messages: tuple[tuple[str, str], ...]  # the prompt (every turn before the answer)
    answer: str

    def chat(self) -> list[dict[str, str]]:
        return [{"role": r, "content": c} for r, c in self.messages]


def load_reference(text: str | None = None) -> list[ReferenceRow]:
    """The shipped neutral reference chats (or the JSONL ``text`` given), last turn = the answer scored."""
    if text is None:
        text = resources.files("persona_xray.data").joinpath("content").joinpath(REFERENCE).read_text("utf-8")
    rows: list[ReferenceRow] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            msgs = [(str(m["role"]), str(m["content"])) for m in d["messages"]]
        except (json.JSONDecodeError, KeyError, TypeError):
            raise UserError(f"reference line {n} is not a chat row with messages") from None
        if len(msgs) < 2 or msgs[-1][0] != "assistant":
            raise UserError(f"reference line {n} must end with an assistant answer")
        rows.append(ReferenceRow(str(d.get("id", n)), tuple(msgs[:-1]), msgs[-1][1]))
    if not rows:
        raise UserError("the coherence reference set is empty")
    return rows


def reference_nll(
    lm: LM,
    rows: Sequence[ReferenceRow],
    interventions: Sequence[Intervention] = (),
    *,
    batch_size: int = 16,
) -> np.ndarray:
    """Mean per-token NLL (nats) of each reference answer after its prompt, with ``interventions`` active."""
    with apply_all(lm, interventions):
        lps = lm.answer_logprobs([r.chat() for r in rows], [r.answer for r in rows], batch_size=batch_size)
    return np.array([-float(lp.mean()) for lp in lps])


def reference_nll_many(
    lm: LM,
    rows: Sequence[ReferenceRow],
    vectors: Tensor,
    layer: int,
    *,
    batch_rows: int = MANY_ROWS,
    positions: ManyPositions = "all",
) -> np.ndarray:
    """:func:`reference_nll` under each steering vector in fanned-out passes: ``[len(vectors), len(rows)]``."""
    res = steered_answers_logprobs(
        lm,
        [r.chat() for r in rows],
        [[r.answer for r in rows]],
        vectors,
        layer,
        rows=batch_rows,
        positions=positions,
    )
    return np.array([[-float(lp.mean()) for lp in per[0]] for per in res])


def nll_rise(base: Sequence[float], other: Sequence[float]) -> Estimate:
    """Mean per-row NLL rise of a configuration over the unsteered model, paired by reference row (the
    unit: each row is its own prompt)."""
    return bootstrap_paired_diff(base, other, clusters=[str(i) for i in range(len(base))], unit="prompt")


# ----------------------------------------------------------------------------- calibration
@dataclass(frozen=True)
class Calibration:
    """Least-squares line ``incoherent = a + b * nll_rise`` over the calibration points, and the budget."""

    points: list[dict[str, float]]  # {"strength", "nll_rise", "incoherent"} per configuration
    intercept: float
    slope: float
    points_over: float  # percentage points of incoherence over the unsteered model the budget allows
    budget: float  # NLL rise (nats/token) that the line maps to ``points_over`` more incoherence

    def as_dict(self) -> dict[str, Any]:
        return {
            "points": self.points,
            "intercept": self.intercept,
            "slope": self.slope,
            "points_over": self.points_over,
            "budget": self.budget,
        }


def fit_budget(points: Sequence[dict[str, float]], points_over: float = 10.0) -> Calibration:
    """Fit incoherent share against NLL rise and return the rise worth ``points_over`` percentage points.

    The unsteered model is one of the points (rise 0). A line with no positive slope (incoherence does not
    grow with the NLL rise over the measured range) gives an infinite budget: nothing measured was too
    costly, and the output says so rather than inventing a cut-off.
    """
    if len(points) < 2:
        raise UserError("calibration needs at least two configurations (the unsteered model and one more)")
    x = np.array([p["nll_rise"] for p in points], dtype=np.float64)
    y = np.array([p["incoherent"] for p in points], dtype=np.float64)
    if np.ptp(x) == 0:
        raise UserError("calibration points all have the same NLL rise: use a wider range of strengths")
    slope, intercept = np.polyfit(x, y, 1)
    # a slope within float noise of zero is no slope (exactly flat data fit to ~1e-16)
    budget = float(points_over / 100.0 / slope) if slope > 1e-9 else float("inf")
    return Calibration(list(points), float(intercept), float(slope), float(points_over), budget)


def calibrate_budget(
    lm: LM,
    steerings: Sequence[tuple[float, Sequence[Intervention]]],
    prompts: Sequence[Any],
    judge: Any,
    sampling: Any = None,
    *,
    reference: Sequence[ReferenceRow] | None = None,
    points_over: float = 10.0,
    cache_dir: Any = None,
) -> Calibration:
    """Sample and judge free-form answers at each ``(strength, interventions)`` (plus the unsteered model),
    measure each configuration's NLL rise on the reference set, and fit the budget (:func:`fit_budget`)."""
    from persona_xray.evals.freeform import Sampling, freeform_eval

    ref = list(reference) if reference is not None else load_reference()
    samp = sampling if sampling is not None else Sampling()
    base = reference_nll(lm, ref)
    pts: list[dict[str, float]] = []
    for strength, ivs in [(0.0, ()), *steerings]:
        r = freeform_eval(lm, prompts, judge, samp, ivs, cache_dir=cache_dir)
        rise = nll_rise(base.tolist(), reference_nll(lm, ref, ivs).tolist()).value if ivs else 0.0
        pts.append({"strength": strength, "nll_rise": rise, "incoherent": 1.0 - r.coherence.value})
    return fit_budget(pts, points_over)
