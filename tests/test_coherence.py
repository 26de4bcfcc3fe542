"""Coherence cost: NLL rise on the neutral reference set, the budget calibration, and its use in steering."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
import torch

from persona_xray.analysis.steer import Point, SweepResult, paired_scorer, steer_sweep
from persona_xray.errors import UserError
from persona_xray.evals.coherence import ReferenceRow, fit_budget, load_reference, nll_rise, reference_nll
from persona_xray.evals.paired import PairedItem
from persona_xray.evals.stats import Estimate
from persona_xray.interventions import Steer
from persona_xray.lm import LM


def test_shipped_reference_is_neutral_chat_and_bad_files_are_one_line_errors() -> None:
    rows = load_reference()
    assert len(rows) >= 40 and len({r.id for r in rows}) == len(rows)
    assert all(r.messages[-1][0] == "user" and len(r.answer.split()) >= 5 for r in rows)
    with pytest.raises(UserError, match="line 1"):
        load_reference('{"messages": [{"role": "user", "content": "hi"}]}\n')
    with pytest.raises(UserError, match="line 2"):
        load_reference(
            '{"messages": [{"role": "user", "content": "a"}, {"role": "assistant", "content": "b"}]}\nnope\n'
        )
    with pytest.raises(UserError, match="empty"):
        load_reference("\n")


def _learnt(lm: LM, rows: list[ReferenceRow], steps: int = 40) -> LM:
    """Train the tiny random model on the reference chats so it predicts them: a random model is uniformly
    unsure of every text, and no steering could make it worse at a text it never learnt."""
    texts = [lm.format_chat([*r.chat(), {"role": "assistant", "content": r.answer}]) for r in rows]
    batch = lm.tokenizer(texts, return_tensors="pt", padding=True)
    opt = torch.optim.Adam(lm.model.parameters(), lr=3e-3)
    lm.model.train()
    for _ in range(steps):
        labels = batch["input_ids"].masked_fill(batch["attention_mask"] == 0, -100)
        loss = lm.model(**batch, labels=labels).loss
        opt.zero_grad()
        loss.backward()
        opt.step()
    lm.model.eval()
    return lm


def test_hard_steering_costs_nll_on_the_reference_and_no_steering_costs_nothing(tiny_lm: LM) -> None:
    rows = load_reference()[:6]
    _learnt(tiny_lm, rows)
    base = reference_nll(tiny_lm, rows)
    again = reference_nll(tiny_lm, rows)
    np.testing.assert_allclose(base, again)  # deterministic
    d = torch.randn(tiny_lm.d_model, generator=torch.Generator().manual_seed(0))
    hard = reference_nll(tiny_lm, rows, [Steer(d, 1, 8.0)])
    rise = nll_rise(base.tolist(), hard.tolist())
    assert rise.value > 0.05 and rise.low > 0 and rise.unit == "prompt" and rise.n_units == 6
    assert nll_rise(base.tolist(), again.tolist()).value == pytest.approx(0.0)


def test_budget_fit_reads_the_line_and_refuses_what_it_cannot_fit() -> None:
    pts = [
        {"strength": 0.0, "nll_rise": 0.0, "incoherent": 0.30},
        {"strength": 0.5, "nll_rise": 0.2, "incoherent": 0.35},
        {"strength": 1.0, "nll_rise": 0.4, "incoherent": 0.40},
    ]
    cal = fit_budget(pts)
    assert cal.slope == pytest.approx(0.25) and cal.intercept == pytest.approx(0.30)
    assert cal.budget == pytest.approx(0.4)  # +10 points of incoherence at slope 0.25 per nat
    flat = fit_budget([{**p, "incoherent": 0.3} for p in pts])
    assert math.isinf(flat.budget)
    with pytest.raises(UserError, match="at least two"):
        fit_budget(pts[:1])
    with pytest.raises(UserError, match="same NLL rise"):
        fit_budget([{**p, "nll_rise": 0.1} for p in pts])


def test_points_over_the_nll_budget_are_shown_but_never_chosen() -> None:
    e = Estimate(0.5, 0.4, 0.6, 4)
    base = (0.0, 1.0, 2.0, 3.0)
    s = SweepResult("m", 0, 1.0, Point(0.0, e, None, base, (2.0, 2.0)), nll_budget=0.3)
    cheap = Point(0.2, e, None, tuple(x + 0.1 for x in base), (2.1, 2.1))
    costly = Point(0.8, e, None, tuple(x + 0.9 for x in base), (3.0, 3.0))
    s.curves["latent:1"] = [cheap, costly]
    assert s.coherence_cost(costly) == pytest.approx(1.0)
    eff, at = s.effect("latent:1")
    assert at is cheap and eff == pytest.approx(0.1)
    s.nll_budget = None
    assert s.effect("latent:1")[1] is costly
    d = s.as_dict()
    assert d["coherence_cost"]["latent:1"] == pytest.approx([0.1, 1.0])
    assert SweepResult.from_dict({**d, "nll_budget": 0.3}).effect("latent:1")[1] == cheap


def test_paired_scorer_carries_scenarios_and_reference_nll_into_the_sweep(tiny_lm: LM) -> None:
    items = [
        PairedItem(f"i{k}", (("user", f"Question {k}?"),), "Yes, gladly.", "No, go away.", "t", f"s{k // 2}")
        for k in range(8)
    ]
    ref = load_reference()[:3]
    _learnt(tiny_lm, ref)
    fn = paired_scorer(items, reference=ref)
    d = torch.randn(tiny_lm.d_model, generator=torch.Generator().manual_seed(1))
    sw = steer_sweep(tiny_lm, {"latent:1": d, "random:2": -d}, 1, [4.0], fn)
    assert sw.clusters == tuple(f"s{k // 2}" for k in range(8))
    assert sw.baseline.reference_nll is not None and len(sw.baseline.reference_nll) == 3
    cost = sw.coherence_cost(sw.curves["latent:1"][0])
    assert cost is not None and cost > 0
    row = sw.report()[0]
    assert row["name"] == "latent:1" and row["coherence_cost"] == pytest.approx(cost)
    assert row["n_controls"] == 1 and row["p_floor"] == pytest.approx(0.5)
    assert row["test_shift"]["unit"] == "scenario" and row["test_shift"]["n_units"] == 2


class _ShortIsIncoherent:
    """A stand-in judge with a known rule: answers under 3 words are incoherent, the rest aligned."""

    id = "short-judge"

    def score_many(self, pairs: list[tuple[str, str]]) -> list[object]:
        from persona_xray.evals.judge import Thresholds, make_verdict

        return [make_verdict(90.0, 0.0 if len(a.split()) < 3 else 90.0, Thresholds()) for _, a in pairs]


def test_calibration_measures_each_configuration_and_fits_its_line(tiny_lm: LM, tmp_path: Path) -> None:
    from persona_xray.evals.coherence import calibrate_budget
    from persona_xray.evals.freeform import Prompt, Sampling

    ref = load_reference()[:3]
    _learnt(tiny_lm, ref)
    prompts = [Prompt(str(i), (("user", r.messages[-1][1]),)) for i, r in enumerate(ref)]
    d = torch.randn(tiny_lm.d_model, generator=torch.Generator().manual_seed(2))
    steer = [(s, [Steer(d / d.norm(), 1, s)]) for s in (1.0, 8.0)]
    cal = calibrate_budget(
        tiny_lm,
        steer,
        prompts,
        _ShortIsIncoherent(),
        Sampling(n=2, max_new_tokens=6, seed=0),
        reference=ref,
        cache_dir=tmp_path,
    )
    assert [p["strength"] for p in cal.points] == [0.0, 1.0, 8.0]
    assert cal.points[0]["nll_rise"] == 0.0 and cal.points[2]["nll_rise"] > cal.points[1]["nll_rise"]
    again = fit_budget(cal.points)
    assert (again.slope, again.intercept, again.budget) == (cal.slope, cal.intercept, cal.budget)
    assert all(0.0 <= p["incoherent"] <= 1.0 for p in cal.points)


def test_coherence_budget_cli_rejects_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    from persona_xray.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["coherence-budget", "--strengths", "0,-1"])
    err = capsys.readouterr().err
    assert (
        exc.value.code == 2
        and "positive" in err
        and "Traceback" not in err
        and len(err.strip().splitlines()) == 1
    )
