"""The one statistics module: every interval, p-value and equivalence test this project prints.

Why one module: an interval is only as honest as its resampling unit. Paired items come from a few dozen
*scenarios* that share prompts and sentences, free-form answers come from a few dozen *prompts*, monitor runs
come from a few *seeds*; items inside one unit are not independent, and resampling items instead of units
gives intervals that are too narrow (by ~1.4x on the shipped paired set). So every estimate here carries the
unit it resampled (``unit``) and how many units there were (``n_units``), and the printed form says so.

Methods: a seeded, vectorised **cluster percentile bootstrap** (resample whole units with replacement, pool
their items; with one item per unit it is the ordinary bootstrap, and the output then says ``unit="item"``).
A mean over clusters of unequal size is the ratio of the resampled sums to the resampled counts, so every
item keeps its weight. ``tests/test_stats.py`` checks, by simulation with known within-cluster correlation,
that 95% cluster intervals cover the truth in 92-98% of data sets while item-level ones do not.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

METHOD = "percentile"  # the interval method every Estimate of this module names


@dataclass(frozen=True)
class Estimate:
    """A point estimate with a (1 - alpha) bootstrap interval, the sample size and the resampling unit.

    ``n`` counts observations (items, answers); ``n_units`` counts what was resampled (scenarios, prompts,
    runs). ``unit`` is ``"item"`` when items were resampled one by one (no clusters in the data).
    """

    value: float
    low: float
    high: float
    n: int
    unit: str = "item"
    n_units: int | None = None
    method: str = METHOD

    def __str__(self) -> str:
        if self.n == 0:
            return "n/a (n=0)"
        core = f"{self.value:.3f} [{self.low:.3f}, {self.high:.3f}]"
        if self.unit == "item" or self.n_units is None:
            return f"{core} (n={self.n}, items resampled)"
        return f"{core} (n={self.n}, {self.n_units} {self.unit}s resampled)"

    def as_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "n": self.n,
            "unit": self.unit,
            "n_units": self.n_units,
            "method": self.method,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Estimate:
        """Read :meth:`as_dict` output, and files written before units were recorded (then ``unit`` is
        ``"unknown"``: we cannot tell what an old interval resampled, so we do not claim it)."""
        nu = d.get("n_units")
        return cls(
            float(d["value"]),
            float(d["low"]),
            float(d["high"]),
            int(d["n"]),
            str(d.get("unit", "unknown")),
            None if nu is None else int(nu),
            str(d.get("method", METHOD)),
        )

    def clear_of_zero(self) -> bool:
        """The interval excludes zero (either side)."""
        return self.n > 0 and (self.low > 0 or self.high < 0)


def _nan(n: int = 0, unit: str = "item") -> Estimate:
    nan = float("nan")
    return Estimate(nan, nan, nan, n, unit, 0)


def _codes(clusters: Sequence[Hashable] | None, n: int) -> tuple[np.ndarray, int]:
    """Cluster labels -> integer codes 0..G-1 (first-seen order); None -> one cluster per item."""
    if clusters is None:
        return np.arange(n), n
    if len(clusters) != n:
        raise ValueError(f"{len(clusters)} cluster labels for {n} values")
    seen: dict[Hashable, int] = {}
    codes = np.fromiter((seen.setdefault(c, len(seen)) for c in clusters), dtype=np.int64, count=n)
    return codes, len(seen)


def _resampled_means(
    x: np.ndarray, codes: np.ndarray, g: int, n_boot: int, rng: np.random.Generator
) -> np.ndarray:
    """``n_boot`` bootstrap means: draw ``g`` clusters with replacement, pool their items."""
    sums = np.bincount(codes, weights=x, minlength=g)
    counts = np.bincount(codes, minlength=g).astype(np.float64)
    draw = rng.integers(0, g, size=(n_boot, g))
    return np.asarray(sums[draw].sum(axis=1) / counts[draw].sum(axis=1))


def _interval(stats: np.ndarray, alpha: float) -> tuple[float, float]:
    lo, hi = np.nanquantile(stats, [alpha / 2, 1 - alpha / 2])
    return float(lo), float(hi)


def bootstrap_mean(
    values: Sequence[float],
    *,
    clusters: Sequence[Hashable] | None = None,
    unit: str | None = None,
    n_boot: int = 2000,
    alpha: float = 0.05,
    seed: int = 0,
) -> Estimate:
    """Mean of ``values`` with a cluster percentile-bootstrap CI.

    ``clusters`` labels each value's unit (its scenario, prompt, run); ``unit`` names it for the output
    (default ``"cluster"`` when labels are given, ``"item"`` when not). An empty input gives NaNs, ``n = 0``.
    """
    x = np.asarray(values, dtype=np.float64)
    name = unit or ("cluster" if clusters is not None else "item")
    if x.size == 0:
        return _nan(0, name)
    codes, g = _codes(clusters, x.size)
    if clusters is not None and g == x.size and unit is None:
        name = "item"  # every label distinct: the ordinary bootstrap, say so
    means = _resampled_means(x, codes, g, n_boot, np.random.default_rng(seed))
    lo, hi = _interval(means, alpha)
    return Estimate(float(x.mean()), lo, hi, int(x.size), name, g)


def bootstrap_paired_diff(
    a: Sequence[float],
    b: Sequence[float],
    *,
    clusters: Sequence[Hashable] | None = None,
    unit: str | None = None,
    n_boot: int = 2000,
    alpha: float = 0.05,
    seed: int = 0,
) -> Estimate:
    """Mean of the per-item differences ``b - a`` for two measurements of the *same* items.

    Why not :func:`bootstrap_diff`: when two models answer the same items, most of the spread is between
    items, not between models; resampling items (or their clusters) jointly cancels it, so the interval on
    the difference is often several times narrower than the two marginal intervals suggest.
    """
    xa, xb = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if xa.shape != xb.shape:
        raise ValueError(f"paired samples differ in length: {xa.size} vs {xb.size}")
    return bootstrap_mean(
        (xb - xa).tolist(), clusters=clusters, unit=unit, n_boot=n_boot, alpha=alpha, seed=seed
    )


def bootstrap_diff(
    a: Sequence[float],
    b: Sequence[float],
    *,
    clusters_a: Sequence[Hashable] | None = None,
    clusters_b: Sequence[Hashable] | None = None,
    unit: str | None = None,
    n_boot: int = 2000,
    alpha: float = 0.05,
    seed: int = 0,
) -> Estimate:
    """Difference of means ``mean(b) - mean(a)`` from two independent samples, each resampled by its units.

    Use it only when the two sides do not share items; with shared ids use :func:`bootstrap_paired_diff`.
    """
    xa, xb = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    clustered = clusters_a is not None or clusters_b is not None
    name = unit or ("cluster" if clustered else "item")
    if xa.size == 0 or xb.size == 0:
        return _nan(0, name)
    rng = np.random.default_rng(seed)
    ca, ga = _codes(clusters_a, xa.size)
    cb, gb = _codes(clusters_b, xb.size)
    diffs = _resampled_means(xb, cb, gb, n_boot, rng) - _resampled_means(xa, ca, ga, n_boot, rng)
    lo, hi = _interval(diffs, alpha)
    return Estimate(float(xb.mean() - xa.mean()), lo, hi, int(xa.size + xb.size), name, ga + gb)


def bootstrap_ratio(
    numerators: Sequence[float],
    denominators: Sequence[float],
    *,
    unit: str = "group",
    n_boot: int = 2000,
    alpha: float = 0.05,
    seed: int = 0,
) -> Estimate:
    """Ratio of sums (e.g. misaligned / coherent answers), resampling the *groups* (prompts) together.

    Each entry is one unit's count (answers to one prompt are correlated, so the prompt is the unit of
    resampling, not the answer); ``unit`` names it. ``n`` is the summed denominator.
    """
    num = np.asarray(numerators, dtype=np.float64)
    den = np.asarray(denominators, dtype=np.float64)
    if num.size == 0 or den.sum() == 0:
        return _nan(int(den.sum()), unit)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, num.size, size=(n_boot, num.size))
    d = den[idx].sum(axis=1)
    ratios = np.where(d > 0, num[idx].sum(axis=1) / np.maximum(d, 1e-12), np.nan)
    lo, hi = _interval(ratios, alpha)
    return Estimate(float(num.sum() / den.sum()), lo, hi, int(den.sum()), unit, int(num.size))


def paired_by_id(
    ids_a: Sequence[str],
    values_a: Sequence[float],
    ids_b: Sequence[str],
    values_b: Sequence[float],
) -> tuple[list[str], list[float], list[float]]:
    """The items both runs measured, matched by id, in ``b``'s order: ``(ids, a_values, b_values)``.

    Duplicate ids on either side are an error: a pairing that silently kept one of two values would be a
    silent wrong result.
    """
    if len(set(ids_a)) != len(ids_a) or len(set(ids_b)) != len(ids_b):
        raise ValueError("item ids repeat within one result: cannot pair items by id")
    by_id = dict(zip(ids_a, values_a, strict=True))
    common = [(i, by_id[i], v) for i, v in zip(ids_b, values_b, strict=True) if i in by_id]
    return [i for i, _, _ in common], [x for _, x, _ in common], [y for _, _, y in common]


def split_halves(labels: Sequence[Hashable], seed: int = 0) -> tuple[np.ndarray, np.ndarray] | None:
    """Indices of the selection and test halves of items grouped by ``labels`` (their scenarios), or None.

    Why one function: every "choose on one split, report on the other" in the project (the steering
    sweep's best direction, the recipe search's recipe) must split the same way, by whole scenarios, so
    that a scenario's near-identical items never sit on both sides. The sorted unique labels are
    shuffled with ``seed`` and the first half of them is the selection half; None with fewer than two.
    """
    labs = list(labels)
    units = sorted(set(labs), key=str)
    if len(units) < 2:
        return None
    order = np.random.default_rng(seed).permutation(len(units))
    chosen = {units[i] for i in order[: len(units) // 2]}
    sel = np.array([lab in chosen for lab in labs])
    return np.flatnonzero(sel), np.flatnonzero(~sel)


# ----------------------------------------------------------------------------- tests against a null
@dataclass(frozen=True)
class NullTest:
    """An observed statistic against a null distribution built by the same procedure.

    ``p = (1 + #null values at least as extreme) / (1 + N)``: the exact permutation-style p-value, never 0;
    ``p_floor = 1 / (1 + N)`` is the smallest p the design can give, printed beside it so that "p = 0.33"
    from two controls reads as what it is.
    """

    observed: float
    n_null: int
    at_least_as_extreme: int
    p: float
    p_floor: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "observed": self.observed,
            "n_null": self.n_null,
            "at_least_as_extreme": self.at_least_as_extreme,
            "p": self.p,
            "p_floor": self.p_floor,
        }


def null_test(observed: float, null: Sequence[float]) -> NullTest:
    """One-sided test that ``observed`` is larger than the null values (flip signs for "smaller").

    Non-finite null values (a control with no admissible point) count as *at least as extreme*: a control
    we could not measure must not make the candidate look better.
    """
    vals = [float(v) for v in null]
    n = len(vals)
    k = sum(1 for v in vals if not math.isfinite(v) or v >= observed)
    if not math.isfinite(observed):
        k = n
    return NullTest(float(observed), n, k, (1 + k) / (1 + n), 1 / (1 + n))


# ----------------------------------------------------------------------------- equivalence
@dataclass(frozen=True)
class Equivalence:
    """Two one-sided tests as one interval: the (1 - 2 alpha) CI of a difference lies inside +/- delta.

    Why: "the CI touches zero" is absence of evidence; "the 90% CI sits inside +/- delta" is evidence of
    being within delta, at the 5% level (TOST).
    """

    estimate: Estimate
    delta: float
    equivalent: bool

    def as_dict(self) -> dict[str, Any]:
        return {"estimate": self.estimate.as_dict(), "delta": self.delta, "equivalent": self.equivalent}


def equivalence(
    a: Sequence[float],
    b: Sequence[float],
    delta: float,
    *,
    clusters: Sequence[Hashable] | None = None,
    unit: str | None = None,
    alpha: float = 0.05,
    n_boot: int = 2000,
    seed: int = 0,
) -> Equivalence:
    """Paired TOST of ``b - a`` within ``+/- delta`` from the 1 - 2 alpha cluster-bootstrap interval."""
    if not delta > 0:
        raise ValueError(f"equivalence margin must be positive, got {delta}")
    e = bootstrap_paired_diff(a, b, clusters=clusters, unit=unit, n_boot=n_boot, alpha=2 * alpha, seed=seed)
    ok = e.n > 0 and -delta < e.low and e.high < delta
    return Equivalence(e, float(delta), bool(ok))


# ----------------------------------------------------------------------------- AUC over runs
# ----------------------------------------------------------------------------- rank correlation
def _ranks(x: np.ndarray) -> np.ndarray:
    """Average ranks along the last axis (ties share their mean rank: many sets score exactly 0.0)."""
    from scipy.stats import rankdata

    r: np.ndarray = rankdata(x, axis=-1)
    return r


def _rows_corr(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Pearson correlation of matching rows of two ``[r, n]`` arrays (nan where a row is constant)."""
    a = a - a.mean(-1, keepdims=True)
    b = b - b.mean(-1, keepdims=True)
    den = np.sqrt((a * a).sum(-1) * (b * b).sum(-1))
    with np.errstate(invalid="ignore", divide="ignore"):
        out: np.ndarray = (a * b).sum(-1) / den
    return out


def rank_correlation(
    x: Sequence[float],
    y: Sequence[float],
    *,
    unit: str,
    n_boot: int = 2000,
    n_perm: int = 10000,
    alpha: float = 0.05,
    seed: int = 0,
) -> dict[str, Any]:
    """Spearman's rho of paired values (one pair per ``unit``: a fine-tune, a data set), with a percentile
    bootstrap CI resampling units and a two-sided permutation p.

    Why both: with a dozen or two units the permutation p answers "is there any monotone relation?", and the
    interval says how strong it could be; a rho alone over 19 fine-tunes reads far more certain than it is.
    Resamples in which one side is constant (no ranks to correlate) are dropped from the interval; when the
    data themselves are constant on one side (a lexicon that scores every set 0), every field is None.
    """
    a, b = np.asarray(x, float), np.asarray(y, float)
    if a.shape != b.shape or a.ndim != 1:
        raise ValueError(f"rank_correlation needs two equal-length 1-d sequences (got {a.shape}, {b.shape})")
    n = len(a)
    none = {"spearman": None, "low": None, "high": None, "p_permutation": None, "n": n, "unit": unit}
    if n < 3:
        return none
    rho = float(_rows_corr(_ranks(a)[None], _ranks(b)[None])[0])
    if not math.isfinite(rho):  # one side is constant: there is no order to correlate, and no p
        return none
    rng = np.random.default_rng(seed)
    perm = np.stack([rng.permutation(n) for _ in range(n_perm)])
    null = _rows_corr(np.broadcast_to(_ranks(a), (n_perm, n)), _ranks(b)[perm])
    p = (1 + int((np.abs(null) >= abs(rho) - 1e-12).sum())) / (1 + n_perm)
    idx = rng.integers(0, n, size=(n_boot, n))
    boot = _rows_corr(_ranks(a[idx]), _ranks(b[idx]))
    boot = boot[np.isfinite(boot)]
    low, high = _interval(boot, alpha) if len(boot) else (math.nan, math.nan)
    return {
        "spearman": rho,
        "low": float(low),
        "high": float(high),
        "p_permutation": p,
        "n": n,
        "unit": unit,
    }


def auc(pos: Sequence[float] | np.ndarray, neg: Sequence[float] | np.ndarray) -> float:
    """Detection AUC: probability that a positive value exceeds a negative one (ties count 0.5).

    The Mann-Whitney U statistic divided by the number of pairs, from average ranks, so it equals
    ``sklearn.metrics.roc_auc_score`` with positives labelled 1. NaNs are ignored; NaN if a side is empty.
    """
    p = np.asarray(pos, dtype=np.float64).ravel()
    q = np.asarray(neg, dtype=np.float64).ravel()
    p, q = p[np.isfinite(p)], q[np.isfinite(q)]
    if p.size == 0 or q.size == 0:
        return float("nan")
    _, inverse, counts = np.unique(np.concatenate([p, q]), return_inverse=True, return_counts=True)
    avg_rank = np.cumsum(counts) - (counts - 1) / 2.0  # 1-based average rank of each distinct value
    u = avg_rank[inverse][: p.size].sum() - p.size * (p.size + 1) / 2.0
    return float(u / (p.size * q.size))


def precision_at_k(
    scores: Sequence[float] | np.ndarray, labels: Sequence[bool] | np.ndarray, k: int
) -> float:
    """Share of positives among the ``k`` highest scores.

    Scores tied at the cut share its remaining slots: the value is the expectation under random tie-breaking.
    Breaking ties by position instead rewarded a score that cannot rank at all (a lexicon that scores every
    row 0) whenever the positive rows happened to come first in the file.
    """
    x = np.asarray(scores, dtype=np.float64)
    y = np.asarray(labels, dtype=bool)
    if k <= 0 or x.size == 0:
        return float("nan")
    kk = min(k, x.size)
    cut = np.sort(x)[::-1][kk - 1]
    above, tied = x > cut, x == cut
    slots = kk - int(above.sum())
    hits = float(y[above].sum()) + slots * float(y[tied].mean())
    return hits / kk


def detection(
    scores: Sequence[float],
    labels: Sequence[bool],
    *,
    clusters: Sequence[Hashable] | None = None,
    unit: str | None = None,
    ks: Sequence[int] = (),
    r_precision: bool = False,
    n_boot: int = 2000,
    alpha: float = 0.05,
    seed: int = 0,
) -> dict[str, Estimate]:
    """How well a per-row score finds the positive rows: AUC and precision@k, with cluster-bootstrap CIs.

    Why clusters: rows written from one topic or source question share wording, so a score that finds one
    finds its siblings; resampling rows one by one would count them as independent evidence. Each resample
    draws whole clusters with replacement and recomputes every statistic on the pooled rows (a resample
    with no positive or no negative row is skipped). Keys: ``auc`` and ``precision@k`` for each ``k``, and
    with ``r_precision`` the ``r_precision``: precision at k = the number of positive rows *of each resample*.

    Why R-precision when k is "the number of bad rows": a fixed k carried into resamples that hold fewer
    positives than k caps their precision below 1 for a perfect detector, so the interval's lower bound
    measured the resampling, not the score (a perfect detector of 15 rows read 1.000 [0.267, 1.000]).
    """
    x = np.asarray(scores, dtype=np.float64)
    y = np.asarray(labels, dtype=bool)
    if x.shape != y.shape:
        raise ValueError(f"{x.size} scores for {y.size} labels")
    name = unit or ("cluster" if clusters is not None else "item")
    codes, g = _codes(clusters, x.size)
    if clusters is not None and g == x.size and unit is None:
        name = "item"
    keys = ["auc", *(f"precision@{k}" for k in ks), *(["r_precision"] if r_precision else [])]

    def stats(ix: np.ndarray) -> list[float]:
        xs, ys = x[ix], y[ix]
        out = [auc(xs[ys], xs[~ys]), *(precision_at_k(xs, ys, k) for k in ks)]
        return [*out, precision_at_k(xs, ys, int(ys.sum()))] if r_precision else out

    if x.size == 0 or y.all() or not y.any():
        return {k: _nan(int(x.size), name) for k in keys}
    point = stats(np.arange(x.size))
    members = [np.flatnonzero(codes == c) for c in range(g)]
    rng = np.random.default_rng(seed)
    draws = []
    for _ in range(n_boot):
        ix = np.concatenate([members[c] for c in rng.integers(0, g, size=g)])
        if y[ix].all() or not y[ix].any():
            continue
        draws.append(stats(ix))
    arr = np.asarray(draws, dtype=np.float64).reshape(-1, len(keys))
    out = {}
    for j, key in enumerate(keys):
        lo, hi = _interval(arr[:, j], alpha) if len(arr) else (float("nan"), float("nan"))
        out[key] = Estimate(point[j], lo, hi, int(x.size), name, g)
    return out


def auc_over_runs(
    pos_runs: Sequence[Sequence[float]],
    neg_runs: Sequence[Sequence[float]],
    *,
    n_boot: int = 2000,
    alpha: float = 0.05,
    seed: int = 0,
) -> Estimate:
    """AUC of one value per (run, probe prompt): bad runs' values against clean runs' values.

    Each run is a list of per-prompt values in one fixed prompt order. The interval resamples runs on each
    side *and* prompts (jointly for both sides, since every run saw the same prompts): the AUC's uncertainty
    comes from which seeds were run and which probe prompts were asked, and both are resampled. ``n`` counts
    runs (the unit named) and ``n_units`` the prompts.
    """
    P = np.asarray(pos_runs, dtype=np.float64)
    N = np.asarray(neg_runs, dtype=np.float64)
    if P.ndim != 2 or N.ndim != 2 or P.size == 0 or N.size == 0:
        return _nan(0, "run")
    if P.shape[1] != N.shape[1]:
        raise ValueError(f"runs measured different prompt counts: {P.shape[1]} vs {N.shape[1]}")
    point = auc(P.ravel(), N.ravel())
    rng = np.random.default_rng(seed)
    m = P.shape[1]
    stats = np.empty(n_boot)
    for b in range(n_boot):
        cols = rng.integers(0, m, size=m)
        rp = P[rng.integers(0, P.shape[0], size=P.shape[0])][:, cols]
        rn = N[rng.integers(0, N.shape[0], size=N.shape[0])][:, cols]
        stats[b] = auc(rp.ravel(), rn.ravel())
    lo, hi = _interval(stats, alpha)
    return Estimate(point, lo, hi, int(P.shape[0] + N.shape[0]), "run+prompt", m)


# ----------------------------------------------------------------------------- self-check by simulation
def coverage_simulation(
    *,
    clustered: bool,
    datasets: int = 400,
    clusters: int = 60,
    per_cluster: int = 8,
    icc: float = 0.4,
    n_boot: int = 1000,
    seed: int = 12345,
) -> float:
    """Share of ``datasets`` simulated clustered samples whose 95% interval covers the true mean (0).

    Each data set has ``clusters`` clusters of ``per_cluster`` items, unit total variance and intra-cluster
    correlation ``icc``. ``clustered`` picks the cluster bootstrap or the item bootstrap; the first should
    cover ~95%, the second far less (its design effect is ``1 + (per_cluster - 1) * icc``).
    """
    rng = np.random.default_rng(seed)
    hits = 0
    for s in range(datasets):
        u = rng.normal(0, math.sqrt(icc), size=clusters)
        x = (u[:, None] + rng.normal(0, math.sqrt(1 - icc), size=(clusters, per_cluster))).ravel()
        labels = np.repeat(np.arange(clusters), per_cluster).tolist() if clustered else None
        e = bootstrap_mean(x.tolist(), clusters=labels, n_boot=n_boot, seed=s)
        hits += e.low <= 0.0 <= e.high
    return hits / datasets
