"""The statistics module: interval coverage by simulation, units named, null tests, equivalence, AUC."""

from __future__ import annotations

import math

import numpy as np
import pytest

from persona_xray.evals.stats import (
    Estimate,
    auc,
    auc_over_runs,
    bootstrap_diff,
    bootstrap_mean,
    bootstrap_paired_diff,
    coverage_simulation,
    equivalence,
    null_test,
    paired_by_id,
)


def _clustered(rng: np.random.Generator, g: int, m: int, icc: float) -> tuple[np.ndarray, list[int]]:
    """``g`` clusters of ``m`` items, true mean 0, intra-cluster correlation ``icc``, unit total variance."""
    u = rng.normal(0, math.sqrt(icc), size=g)
    e = rng.normal(0, math.sqrt(1 - icc), size=(g, m))
    return (u[:, None] + e).ravel(), [c for c in range(g) for _ in range(m)]


def test_cluster_bootstrap_covers_the_truth_and_item_level_does_not() -> None:
    cov_cluster = coverage_simulation(clustered=True)
    cov_item = coverage_simulation(clustered=False)
    assert 0.92 <= cov_cluster <= 0.98, cov_cluster
    # design effect 1 + (m - 1) * icc = 3.8: item-level intervals are ~2x too narrow
    assert cov_item < 0.80, cov_item


def test_units_are_named_in_the_estimate_and_its_text() -> None:
    x = [0.1, 0.2, 0.3, 0.5, 0.4, 0.6]
    e = bootstrap_mean(x, clusters=["a", "a", "b", "b", "c", "c"], unit="scenario")
    assert (e.unit, e.n, e.n_units, e.method) == ("scenario", 6, 3, "percentile")
    assert "3 scenarios resampled" in str(e)
    plain = bootstrap_mean(x)
    assert plain.unit == "item" and plain.n_units == 6 and "items resampled" in str(plain)
    # round trip, and old files (no unit recorded) do not claim a unit
    assert Estimate.from_dict(e.as_dict()) == e
    old = Estimate.from_dict({"value": 1.0, "low": 0.5, "high": 1.5, "n": 3})
    assert old.unit == "unknown"


def test_cluster_interval_is_wider_than_item_interval_under_correlation() -> None:
    rng = np.random.default_rng(0)
    x, cl = _clustered(rng, g=30, m=10, icc=0.6)
    a = bootstrap_mean(x.tolist(), clusters=cl)
    b = bootstrap_mean(x.tolist())
    assert a.value == pytest.approx(b.value)
    assert (a.high - a.low) > 1.8 * (b.high - b.low)


def test_cluster_mean_keeps_item_weights() -> None:
    # unequal clusters: the point estimate is the item mean, not the mean of cluster means
    x = [1.0, 1.0, 1.0, 1.0, 0.0]
    e = bootstrap_mean(x, clusters=[0, 0, 0, 0, 1])
    assert e.value == pytest.approx(0.8)


def test_paired_diff_cancels_item_spread() -> None:
    rng = np.random.default_rng(1)
    base = rng.normal(0, 1, 200)
    tuned = base + 0.1 + rng.normal(0, 0.05, 200)
    paired = bootstrap_paired_diff(base.tolist(), tuned.tolist())
    unpaired = bootstrap_diff(base.tolist(), tuned.tolist())
    assert paired.low > 0  # the shift is found item by item
    assert unpaired.low < 0  # and drowned between items without pairing
    with pytest.raises(ValueError):
        bootstrap_paired_diff([1.0], [1.0, 2.0])


def test_paired_by_id_matches_and_refuses_duplicates() -> None:
    ids, a, b = paired_by_id(["x", "y", "z"], [1.0, 2.0, 3.0], ["z", "w", "x"], [30.0, 0.0, 10.0])
    assert ids == ["z", "x"] and a == [3.0, 1.0] and b == [30.0, 10.0]
    with pytest.raises(ValueError):
        paired_by_id(["x", "x"], [1.0, 2.0], ["x"], [1.0])


def test_null_test_p_value_and_floor() -> None:
    t = null_test(0.5, [0.1, 0.2, 0.6, 0.3])
    assert (t.at_least_as_extreme, t.n_null) == (1, 4)
    assert t.p == pytest.approx(2 / 5) and t.p_floor == pytest.approx(1 / 5)
    best = null_test(1.0, [0.0] * 19)
    assert best.p == pytest.approx(0.05) and best.p == best.p_floor
    # an unmeasurable control counts against the candidate
    assert null_test(1.0, [float("nan")]).p == 1.0
    assert null_test(float("nan"), [0.0, 0.0]).p == 1.0


def test_equivalence_needs_evidence_not_absence() -> None:
    rng = np.random.default_rng(2)
    a = rng.normal(0, 1, 400)
    same = a + rng.normal(0, 0.01, 400)
    assert equivalence(a.tolist(), same.tolist(), 0.02).equivalent
    # a noisy small sample: CI touches 0 but is far wider than delta -> not shown equivalent
    noisy = a[:10] + rng.normal(0, 0.5, 10)
    eq = equivalence(a[:10].tolist(), noisy.tolist(), 0.02)
    assert eq.estimate.low < 0 < eq.estimate.high and not eq.equivalent
    with pytest.raises(ValueError):
        equivalence([0.0], [0.0], 0.0)


def test_auc_matches_sklearn_and_over_runs_resamples_runs() -> None:
    from sklearn.metrics import roc_auc_score

    rng = np.random.default_rng(3)
    p, q = rng.normal(0.5, 1, 30), rng.normal(0, 1, 40)
    ref = roc_auc_score([1] * 30 + [0] * 40, np.concatenate([p, q]))
    assert auc(p, q) == pytest.approx(ref)
    assert math.isnan(auc([], [1.0]))
    # 3 bad runs clearly above 3 clean runs on 16 prompts
    bad = [rng.normal(1.5, 1, 16).tolist() for _ in range(3)]
    clean = [rng.normal(0, 1, 16).tolist() for _ in range(3)]
    e = auc_over_runs(bad, clean)
    assert e.unit == "run+prompt" and e.n == 6 and e.n_units == 16
    assert 0.5 < e.low <= e.value <= e.high <= 1.0
    # one run per side with a run-level offset: the interval must not pretend prompts are independent runs
    with pytest.raises(ValueError):
        auc_over_runs([[1.0, 2.0]], [[1.0]])


def test_rank_correlation_matches_scipy_and_its_interval_and_p_say_how_sure() -> None:
    from scipy.stats import spearmanr

    from persona_xray.evals.stats import rank_correlation

    rng = np.random.default_rng(3)
    x = rng.normal(size=20)
    y = np.round(x + rng.normal(scale=0.5, size=20), 1)  # rounded: ties get average ranks
    r = rank_correlation(x, y, unit="fine-tune", n_perm=2000)
    assert r["spearman"] == pytest.approx(float(spearmanr(x, y)[0]))
    assert r["low"] < r["spearman"] < r["high"] <= 1.0 and r["low"] > 0.3
    assert r["p_permutation"] < 0.01 and r["unit"] == "fine-tune" and r["n"] == 20
    noise = rank_correlation(x, rng.normal(size=20), unit="fine-tune", n_perm=2000)
    assert noise["low"] < 0 < noise["high"] and noise["p_permutation"] > 0.05
    assert rank_correlation([1, 2], [2, 1], unit="set")["spearman"] is None  # too few units to rank
    flat = rank_correlation([0.0] * 5, [1, 2, 3, 4, 5], unit="set")
    assert flat["spearman"] is None and flat["p_permutation"] is None  # a constant score has no order
    with pytest.raises(ValueError, match="equal-length"):
        rank_correlation([1, 2, 3], [1, 2], unit="set")


def test_r_precision_counts_each_resamples_own_positives() -> None:
    """A perfect detector's R-precision is 1 in every resample; fixed-k precision is not when a resample
    holds fewer positives than k (that lower bound measured the resampling, not the score)."""
    from persona_xray.evals.stats import detection

    rng = np.random.default_rng(0)
    labels = np.zeros(100, dtype=bool)
    labels[:10] = True
    scores = np.where(labels, 2.0, 0.0) + rng.uniform(0, 1, size=100)  # every positive above every negative
    clusters = [i % 20 for i in range(100)]
    est = detection(scores, labels, clusters=clusters, unit="topic", ks=[10], r_precision=True)
    assert (est["r_precision"].value, est["r_precision"].low, est["r_precision"].high) == (1.0, 1.0, 1.0)
    assert est["precision@10"].value == 1.0 and est["precision@10"].low < 1.0
    noisy = detection(rng.uniform(size=100), labels, clusters=clusters, unit="topic", r_precision=True)
    assert noisy["r_precision"].high < 1.0 and "precision@10" not in noisy
