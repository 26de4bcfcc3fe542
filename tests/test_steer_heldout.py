"""The steering sweep's held-out procedure: choose on the selection half, report on the test half, and put
the random controls through the same choice (a null built the same way)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from persona_xray.analysis.steer import Point, SweepResult
from persona_xray.errors import UserError
from persona_xray.evals.compare import compare_results
from persona_xray.evals.stats import Estimate

_E = Estimate(0.5, 0.4, 0.6, 10)
N_SCEN, PER = 40, 5


def _clusters() -> tuple[str, ...]:
    return tuple(f"s{i // PER}" for i in range(N_SCEN * PER))


def _sweep(effects: dict[str, dict[float, float]], noise: float = 0.05, seed: int = 0) -> SweepResult:
    """Per-item margins: a scenario effect shared by its items + item noise + each point's true shift."""
    rng = np.random.default_rng(seed)
    n = N_SCEN * PER
    scen = np.repeat(rng.normal(0, 0.3, N_SCEN), PER)
    base = scen + rng.normal(0, noise, n)
    sw = SweepResult("m", 1, 1.0, Point(0.0, _E, None, tuple(base.tolist())), clusters=_clusters())
    for name, by_strength in effects.items():
        sw.curves[name] = [
            Point(s, _E, None, tuple((base + shift + rng.normal(0, noise, n)).tolist()))
            for s, shift in by_strength.items()
        ]
    return sw


def test_halves_hold_whole_scenarios_and_are_seeded() -> None:
    sw = _sweep({})
    halves = sw.halves()
    assert halves is not None
    sel, test = halves
    cl = _clusters()
    assert {cl[i] for i in sel}.isdisjoint({cl[i] for i in test})
    assert len(sel) + len(test) == N_SCEN * PER and len({cl[i] for i in sel}) == N_SCEN // 2
    again = _sweep({}).halves()
    assert again is not None and np.array_equal(again[0], sel)
    sw.split_seed = 1
    other = sw.halves()
    assert other is not None and not np.array_equal(other[0], sel)


def test_true_effect_beats_a_null_of_19_controls_put_through_the_same_choice() -> None:
    controls = {f"random:{i}": {0.3: 0.0, 0.6: 0.0, 0.9: 0.0} for i in range(19)}
    sw = _sweep({"latent:1": {0.3: 0.02, 0.6: 0.08, 0.9: 0.15}, **controls})
    c = sw.contrast("latent:1")
    assert c is not None
    assert c["strength"] == 0.9 and c["random_n"] == 19
    assert c["p_random"] == pytest.approx(0.05) and c["p_floor"] == pytest.approx(0.05)
    assert c["beats_controls"] and c["significant"]
    assert c["vs_baseline"]["unit"] == "scenario" and c["vs_baseline"]["n_units"] == N_SCEN // 2
    assert c["test_effect"] == pytest.approx(0.15, abs=0.02)


def test_a_null_direction_is_not_significant_even_though_its_best_in_sample_point_looks_good() -> None:
    # every direction is noise at every strength; picking the best of 6 strengths in sample inflates it
    strengths = [0.1, 0.2, 0.3, 0.4, 0.5, 0.75]
    effects = {f"random:{i}": dict.fromkeys(strengths, 0.0) for i in range(19)}
    effects["latent:7"] = dict.fromkeys(strengths, 0.0)
    sw = _sweep(effects, noise=0.2, seed=3)
    c = sw.contrast("latent:7")
    assert c is not None
    assert c["selection_effect"] > 0  # the chosen point looks like an effect on the half it was chosen on
    assert abs(c["test_effect"]) < c["selection_effect"]  # and shrinks on the held-out half
    assert not c["significant"] and c["p_random"] > 0.05


def test_strength_is_chosen_on_selection_items_only() -> None:
    sw = _sweep({"latent:2": {0.3: 0.0, 0.6: 0.0}})
    halves = sw.halves()
    assert halves is not None
    sel, test = halves
    # make 0.3 best on the selection half and 0.6 best on the test half
    base = np.asarray(sw.baseline.items)
    a3, a6 = base.copy(), base.copy()
    a3[sel] += 0.2
    a6[test] += 0.5
    sw.curves["latent:2"] = [Point(0.3, _E, None, tuple(a3)), Point(0.6, _E, None, tuple(a6))]
    h = sw.held_out("latent:2")
    assert h is not None and h["strength"] == 0.3 and h["effect"] == pytest.approx(0.0, abs=1e-12)


def test_suppression_sign_and_round_trip() -> None:
    sw = _sweep({"latent:3": {-0.5: -0.2}, "random:9": {-0.5: 0.0}})
    c = sw.contrast("latent:3")
    assert c is not None and c["test_effect"] > 0.15 and c["vs_baseline"]["high"] < 0
    assert c["beats_controls"] and not c["significant"]  # 1 control: p can only reach its floor, 0.5
    assert c["p_floor"] == pytest.approx(0.5)
    back = SweepResult.from_dict(sw.as_dict())
    again = back.contrast("latent:3")  # items are stored rounded to 1e-6
    assert back.clusters == sw.clusters and again is not None
    assert {k: again[k] for k in ("strength", "p_random", "beats_controls", "split")} == {
        k: c[k] for k in ("strength", "p_random", "beats_controls", "split")
    }
    assert again["test_effect"] == pytest.approx(c["test_effect"], abs=1e-5)


# ----------------------------------------------------------------------------- eval compare
def _paired(ids: list[str], margins: list[float], clusters: list[str] | None) -> dict[str, object]:
    m = np.asarray(margins)
    est = {"value": float((m > 0).mean()), "low": 0.0, "high": 1.0, "n": len(m)}
    return {
        "kind": "paired",
        "ids": ids,
        "margins": margins,
        "clusters": clusters,
        "misaligned_preference": est,
        "mean_margin": est,
    }


def test_compare_pairs_by_id_and_refuses_disjoint_items() -> None:
    ids = [f"i{k}" for k in range(20)]
    cl = [f"s{k // 4}" for k in range(20)]
    a = _paired(ids, [0.0] * 20, cl)
    b = _paired(ids[::-1], [0.1] * 20, cl[::-1])  # same items, another order
    rows = compare_results(a, b)
    assert rows[1]["diff"].startswith("0.100 [0.100, 0.100]") and "5 scenarios resampled" in rows[1]["diff"]
    other = _paired([f"j{k}" for k in range(20)], [0.1] * 20, cl)
    with pytest.raises(UserError, match="share no item"):
        compare_results(a, other)
    part = _paired(ids[:10], [0.1] * 10, cl[:10])
    assert "10 shared of 20 / 10 items" in compare_results(a, part)[0]["metric"]
    with pytest.raises(UserError, match="margins"):
        compare_results({"kind": "paired"}, b)
    with pytest.raises(UserError, match="not an eval result"):
        compare_results([1, 2], b)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "content",
    ["[1, 2]", "{not json", '{"kind": "paired"}', '{"kind": "paired", "margins": [0.1], "ids": ["x"]}'],
)
def test_compare_cli_bad_files_are_one_line(
    content: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from persona_xray.cli import main

    good = tmp_path / "good.json"
    good.write_text(json.dumps(_paired([f"i{k}" for k in range(4)], [0.1] * 4, None)))
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    with pytest.raises(SystemExit) as exc:
        main(["eval", "compare", str(good), str(bad)])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "Traceback" not in err and len(err.strip().splitlines()) == 1
