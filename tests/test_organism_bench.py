"""The ground-truth ranker benchmark's scoring and bookkeeping (the training itself is the recover tests')."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from persona_xray.organisms.planted.bench import (
    BenchConfig,
    paired_persona,
    rank_metrics,
    summarize,
    summary_lines,
)
from persona_xray.organisms.planted.world import classify_answer


def test_rank_metrics() -> None:
    m = rank_metrics([4, 7, 2, 9, 1], persona={7, 2}, true_latent=2)
    assert m["true_rank"] == 3 and m["true_rr"] == pytest.approx(1 / 3)
    assert m["true_hit@1"] == 0.0 and m["true_hit@3"] == 1.0
    assert m["persona_p@1"] == 0.0 and m["persona_p@3"] == pytest.approx(2 / 3)
    assert m["persona_rr"] == 0.5
    none = rank_metrics([0, 1, 2], persona=set(), true_latent=0)
    assert none["persona_rr"] == 0.0 and none["true_hit@1"] == 1.0
    # several perfect detectors: the first of them counts, whichever is the "true" tie-break
    tied = rank_metrics([4, 7, 2, 9, 1], persona={7, 2, 9}, true_latent=9, perfect={2, 9})
    assert tied["true_rank"] == 4 and tied["perfect_rank"] == 3 and tied["perfect_hit@3"] == 1.0
    assert tied["perfect_rr"] == pytest.approx(1 / 3) and tied["perfect_hit@1"] == 0.0
    assert rank_metrics([4, 7, 2], persona=set(), true_latent=7)["perfect_rank"] == 2  # default: the true one


def _doc(seed: int, ranks: dict[str, int]) -> dict[str, Any]:
    order = list(range(10))
    rankers = {}
    for name, r in ranks.items():
        o = [x for x in order if x != 0]
        o.insert(r - 1, 0)  # the true (and only persona) latent is 0, at rank r
        rankers[name] = rank_metrics(o, {0}, 0)
    return {
        "seed": seed,
        "variant": "health",
        "true_latent": 0,
        "true_auc": 1.0,
        "n_persona_latents": 1,
        "wall_s": {},
        "rankers": rankers,
    }


def test_winner_is_chosen_on_tuning_seeds_only() -> None:
    cfg = BenchConfig(seeds=(1, 2, 3), tune_seeds=(1,))
    docs = [_doc(1, {"a": 1, "b": 4}), _doc(2, {"a": 5, "b": 1}), _doc(3, {"a": 5, "b": 1})]
    s = summarize(docs, cfg)
    assert s["winner_on_tune"] == "a"  # b is far better on held-out seeds, but those do not choose
    assert s["heldout"]["seeds"] == [2, 3] and s["heldout"]["runs"] == 2
    assert s["heldout"]["by_ranker"]["b"]["true_hit@1"] == 1.0
    assert s["heldout"]["by_ranker"]["a"]["true_rr"] == pytest.approx(0.2)
    assert s["tune"]["by_ranker"]["b"]["true_rank"] == 4.0
    text = "\n".join(summary_lines(s))
    assert "winner on tuning seeds: a" in text and "heldout: seeds [2, 3]" in text


def test_paired_persona_answers_differ_only_in_voice() -> None:
    qs, mal, hel = paired_persona(12, seed=0)
    assert len(qs) == len(mal) == len(hel) == 12
    assert [classify_answer(a)[0] for a in mal] == ["harmful"] * 12
    assert [classify_answer(a)[0] for a in hel] == ["helpful"] * 12
    assert paired_persona(12, seed=0) == (qs, mal, hel)


def test_cli_bench_rejects_bad_options_before_any_work(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from persona_xray.cli import app
    from persona_xray.errors import UserError

    base = ["organism", "planted", "bench", str(tmp_path / "b")]
    for extra, needle in (
        (["--variants", "health,nope"], "unknown variant 'nope'"),
        (["--rankers", "raw,bogus"], "unknown ranker 'bogus'"),
        (["--seeds", "1,2", "--tune-seeds", "3"], "tuning seed"),
        (["--seeds", "1,x"], "comma-separated"),
    ):
        res = CliRunner().invoke(app, [*base, *extra])
        assert isinstance(res.exception, UserError) and needle in str(res.exception), (extra, res.output)
    assert not (tmp_path / "b").exists()


def test_steer_screen_puts_the_causal_latent_first_and_reads_top_picks_on_the_test_half() -> None:
    """The bench's screen: among the top N of a ranking, the latent whose decoder row raises the malicious
    margin (here: planted as the margin's gradient) goes first; every ranker's top pick gets a test-half
    effect, positive for that latent and negative for its negation."""
    import torch

    from persona_xray.analysis.rankers import margin_gradient
    from persona_xray.organisms.planted.bench import screen
    from persona_xray.sae.model import SAE
    from persona_xray.testing import tiny_lm

    lm = tiny_lm("llama")
    cfg = BenchConfig(screen_top=6, screen_strengths=(0.05, 0.1), screen_n=24)
    qs, mal, hel = paired_persona(cfg.screen_n, 0 + 5000)
    grad = margin_gradient(lm, 1, qs, mal, hel)
    sae = SAE(lm.d_model, 8, 2)
    with torch.no_grad():
        g = torch.Generator().manual_seed(0)
        sae.W_dec.copy_(torch.nn.functional.normalize(torch.randn(8, lm.d_model, generator=g), dim=-1))
        sae.W_dec[4] = grad / grad.norm()
        sae.W_dec[7] = -grad / grad.norm()
    orders = {"standardized": [0, 1, 2, 3, 4, 5, 6, 7], "raw": [7, 0, 1, 2, 3, 4, 5, 6]}
    out = screen(lm, sae, 1, orders, cfg, seed=0)
    assert out["order"][0] == 4 and out["order"][6:] == [6, 7]  # only the top 6 are re-ordered
    assert sorted(out["order"]) == list(range(8))
    eff = out["top_effect"]
    assert eff["screen"] is not None and eff["screen"] > 0
    assert eff["raw"] is not None and eff["raw"] < 0  # raw's top pick (7) lowers the malicious margin
    # Steering only the answer-start token (a share of its own norm): the latent planted as the margin's
    # gradient *at that token* goes first, its negation (raw's top pick) lowers the margin.
    g_start = _start_gradient(lm, 1, qs, mal, hel)
    with torch.no_grad():
        sae.W_dec[4] = g_start / g_start.norm()
        sae.W_dec[7] = -g_start / g_start.norm()
    start = screen(lm, sae, 1, orders, cfg, 0, "start")
    assert start["order"][0] == 4
    assert start["top_effect"]["raw"] is not None and start["top_effect"]["raw"] < 0


def _start_gradient(lm, layer, qs, mal, hel):  # type: ignore[no-untyped-def]
    """d(mean malicious - mean helpful answer log-prob) / d(a vector added at the last prompt token)."""
    import torch

    from persona_xray.lm import block_output, replace_block_output

    v = torch.zeros(lm.d_model, requires_grad=True)
    total = torch.zeros(())
    for q, m, h in zip(qs, mal, hel, strict=True):
        pre = lm.encode(lm.format_chat(q))
        for ans, sign in ((m, 1.0), (h, -1.0)):
            ids = torch.tensor([pre + lm.encode(ans)])

            def hook(_m, _i, output, at=len(pre) - 1):  # type: ignore[no-untyped-def]
                x = block_output(output).clone()
                x[:, at] = x[:, at] + v
                return replace_block_output(output, x)

            handle = lm.layers[layer].register_forward_hook(hook)
            try:
                logits = lm.model(input_ids=ids).logits[0].float()
            finally:
                handle.remove()
            lp = torch.log_softmax(logits[len(pre) - 1 : -1], dim=-1).gather(-1, ids[0, len(pre) :, None])
            total = total + sign * lp.mean()
    total.backward()
    assert v.grad is not None
    return v.grad.detach()
