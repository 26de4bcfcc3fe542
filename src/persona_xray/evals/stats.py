"""Bootstrap confidence intervals: every rate this project reports carries one.

Percentile bootstrap over items (prompts, or paired items), seeded, vectorised in NumPy. For rates from a
few dozen samples the interval is wide; saying so is the point.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Estimate:
    """A point estimate with a (1 - alpha) percentile-bootstrap interval and the sample size behind it."""

    value: float
    low: float
    high: float
    n: int

    def __str__(self) -> str:
        if self.n == 0:
            return "n/a (n=0)"
        return f"{self.value:.3f} [{self.low:.3f}, {self.high:.3f}] (n={self.n})"

    def as_dict(self) -> dict[str, float | int]:
        return {"value": self.value, "low": self.low, "high": self.high, "n": self.n}


def bootstrap_mean(
    values: Sequence[float], *, n_boot: int = 2000, alpha: float = 0.05, seed: int = 0
) -> Estimate:
    """Mean of ``values`` with a percentile bootstrap CI; an empty input gives NaNs and ``n = 0``."""
    x = np.asarray(values, dtype=np.float64)
    if x.size == 0:
        nan = float("nan")
        return Estimate(nan, nan, nan, 0)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, x.size, size=(n_boot, x.size))
    means = x[idx].mean(axis=1)
    lo, hi = np.quantile(means, [alpha / 2, 1 - alpha / 2])
    return Estimate(float(x.mean()), float(lo), float(hi), int(x.size))


def bootstrap_ratio(
    numerators: Sequence[float],
    denominators: Sequence[float],
    *,
    n_boot: int = 2000,
    alpha: float = 0.05,
    seed: int = 0,
) -> Estimate:
    """Ratio of sums (e.g. misaligned / coherent answers), resampling the *groups* (prompts) together.

    Answers to one prompt are correlated, so the prompt is the unit of resampling, not the answer.
    """
    num = np.asarray(numerators, dtype=np.float64)
    den = np.asarray(denominators, dtype=np.float64)
    if num.size == 0 or den.sum() == 0:
        nan = float("nan")
        return Estimate(nan, nan, nan, int(den.sum()))
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, num.size, size=(n_boot, num.size))
    d = den[idx].sum(axis=1)
    ratios = np.where(d > 0, num[idx].sum(axis=1) / np.maximum(d, 1e-12), np.nan)
    lo, hi = np.nanquantile(ratios, [alpha / 2, 1 - alpha / 2])
    return Estimate(float(num.sum() / den.sum()), float(lo), float(hi), int(den.sum()))


def bootstrap_paired_diff(
    a: Sequence[float], b: Sequence[float], *, n_boot: int = 2000, alpha: float = 0.05, seed: int = 0
) -> Estimate:
    """Mean of the per-item differences ``b - a`` for two measurements of the *same* items.

    Why not :func:`bootstrap_diff`: when two models answer the same items, most of the spread is between
    items, not between models; resampling items jointly cancels it, so the interval on the difference is
    often several times narrower than the two marginal intervals suggest.
    """
    xa, xb = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if xa.shape != xb.shape:
        raise ValueError(f"paired samples differ in length: {xa.size} vs {xb.size}")
    return bootstrap_mean((xb - xa).tolist(), n_boot=n_boot, alpha=alpha, seed=seed)


def bootstrap_diff(
    a: Sequence[float], b: Sequence[float], *, n_boot: int = 2000, alpha: float = 0.05, seed: int = 0
) -> Estimate:
    """Difference of means ``mean(b) - mean(a)`` from two independent samples."""
    xa, xb = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if xa.size == 0 or xb.size == 0:
        nan = float("nan")
        return Estimate(nan, nan, nan, 0)
    rng = np.random.default_rng(seed)
    ma = xa[rng.integers(0, xa.size, size=(n_boot, xa.size))].mean(axis=1)
    mb = xb[rng.integers(0, xb.size, size=(n_boot, xb.size))].mean(axis=1)
    lo, hi = np.quantile(mb - ma, [alpha / 2, 1 - alpha / 2])
    return Estimate(float(xb.mean() - xa.mean()), float(lo), float(hi), int(xa.size + xb.size))
