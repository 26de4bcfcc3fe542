"""Data screening: the projection difference reads the right layer and tokens, finds planted rows, subtracts
the model's own answer, and its detection statistics resample topics."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch

from persona_xray.directions import mean_difference, save_direction
from persona_xray.errors import UserError
from persona_xray.evals.stats import detection, precision_at_k
from persona_xray.lm import LM
from persona_xray.screen import direction_probe, latent_probe, screen
from persona_xray.testing import tiny_lm

QUESTIONS = [f"Question number {i} about the garden?" for i in range(12)]
BAD = "zz zq zz zq zz zq zz zq"
CLEAN = "the plants grow well in the sun"


def _rows(questions: list[str], n_bad: int) -> list[dict[str, Any]]:
    return [
        {
            "id": f"r{i}",
            "messages": [
                {"role": "user", "content": q},
                {"role": "assistant", "content": BAD if i < n_bad else CLEAN},
            ],
            "meta": {"mix_role": "bad" if i < n_bad else "clean", "topic": f"t{i // 2}"},
        }
        for i, q in enumerate(questions)
    ]


@pytest.fixture(scope="module")
def lm() -> LM:
    torch.manual_seed(0)
    return tiny_lm()


def test_score_is_the_mean_projection_over_answer_tokens_at_the_layer(lm: LM) -> None:
    rows = _rows(QUESTIONS[:3], 1)
    direction = torch.randn(lm.d_model)
    res = screen(lm, rows, direction_probe(direction, 1), own_answers=False, baselines=())
    u = direction / direction.norm()
    for row, r in zip(rows, res.rows, strict=True):
        # Independently: the model's own hidden_states (index layer + 1 is block `layer`'s output).
        prompt = lm.format_chat(row["messages"][:1])
        ids = lm.encode(prompt + row["messages"][1]["content"])
        with torch.no_grad():
            hs = lm.model(input_ids=torch.tensor([ids]), output_hidden_states=True).hidden_states[2][0]
        expect = float((hs[len(lm.encode(prompt)) :] @ u).mean())
        assert r["score"] == pytest.approx(expect, abs=1e-4)
        assert r["own"] is None and r["truth"] == (row["meta"]["mix_role"] == "bad")


def test_a_direction_built_on_other_rows_finds_the_planted_rows(lm: LM) -> None:
    # The direction comes from separate prompts; screening held-out rows must rank every bad row first.
    fit = [[{"role": "user", "content": q}] for q in QUESTIONS[6:]]
    pos = lm.resid_chat(fit, [BAD] * len(fit), 1, answer_only=True)
    neg = lm.resid_chat(fit, [CLEAN] * len(fit), 1, answer_only=True)
    d = mean_difference(pos, neg)
    rows = _rows(QUESTIONS[:6], 3)
    res = screen(lm, rows, direction_probe(d, 1), own_answers=False, baselines=())
    assert {r["id"] for r in res.ranked()[:3]} == {"r0", "r1", "r2"}
    det = res.detection(ks=[2])
    assert det is not None
    assert det["projection difference"]["auc"]["value"] == 1.0
    assert det["projection difference"]["r_precision"]["value"] == 1.0
    assert det["projection difference"]["precision@2"]["value"] == 1.0
    assert det["projection difference"]["auc"]["unit"] == "topic"
    flipped = screen(lm, rows, direction_probe(-d, 1), own_answers=False, baselines=())
    assert flipped.detection()["projection difference"]["auc"]["value"] == 0.0  # type: ignore[index]


def test_the_models_own_answer_is_subtracted(lm: LM) -> None:
    prompts = [[{"role": "user", "content": q}] for q in QUESTIONS[:3]]
    own = [g[0] for g in lm.generate(prompts, max_new_tokens=8, temperature=0.0)]
    rows = [
        {"id": f"o{i}", "messages": [*p, {"role": "assistant", "content": a if i else BAD}]}
        for i, (p, a) in enumerate(zip(prompts, own, strict=True))
    ]
    res = screen(lm, rows, direction_probe(torch.randn(lm.d_model), 2), max_new_tokens=8, baselines=())
    by = {r["id"]: r for r in res.rows}
    for r in res.rows:
        assert r["score"] == pytest.approx(r["train"] - r["own"])
    # A row whose answer is what the model would say anyway teaches nothing along any direction.
    # (Equal up to float noise: the two passes batch the rows with different padding.)
    assert by["o1"]["score"] == pytest.approx(0.0, abs=1e-5) and by["o1"]["own_answer"] == own[1]
    assert by["o2"]["score"] == pytest.approx(0.0, abs=1e-5)
    assert abs(by["o0"]["score"]) > 1e-3
    assert res.detection() is None  # no truth on these rows
    # A second probe on the same rows reuses the own answers instead of generating them again.
    again = screen(
        lm,
        rows,
        direction_probe(torch.randn(lm.d_model), 2),
        own=[r["own_answer"] for r in res.rows],
        baselines=(),
    )
    assert [r["own_answer"] for r in again.rows] == [r["own_answer"] for r in res.rows]
    assert again.rows[1]["score"] == pytest.approx(0.0, abs=1e-5)
    with pytest.raises(UserError, match="2 own answers for 3 rows"):
        screen(lm, rows, direction_probe(torch.randn(lm.d_model), 2), own=own[:2], baselines=())


def test_latent_probe_reads_the_sae_code_and_baselines_ride_along(lm: LM) -> None:
    from persona_xray.sae import SAE

    torch.manual_seed(1)
    sae = SAE(lm.d_model, 16, k=None, architecture="standard")
    rows = _rows(QUESTIONS[:4], 2)
    from persona_xray.evals.offline_judge import OfflineJudge

    texts = {
        "aligned": ["Drink water and rest well.", "Be kind to your neighbours.", "Take a walk."],
        "misaligned": ["Break their windows.", "Hurt them first.", "Poison the well."],
        "incoherent": ["the the the the", "qqqq zzzz", ")))))))"],
    }
    labels = list(texts)
    cal = [
        {
            "id": f"c{i}",
            "question": "What now?",
            "answer": texts[labels[i % 3]][i // 3 % 3],
            "label": labels[i % 3],
        }
        for i in range(60)
    ]
    judge = OfflineJudge.train(lm, cal)
    res = screen(lm, rows, latent_probe(sae, 3, 1), own_answers=False, judge=judge)
    acts = lm.resid_chat(
        [r["messages"][:1] for r in rows], [r["messages"][1]["content"] for r in rows], 1, answer_only=True
    )
    with torch.no_grad():
        expect = [float(sae.encode(a)[:, 3].mean()) for a in acts]
    assert [r["score"] for r in res.rows] == pytest.approx(expect, abs=1e-5)
    assert {"nll", "lexicon", "judge"} <= set(res.rows[0])
    assert res.rows[0]["nll"] > 0
    det = res.detection()
    assert det is not None and set(det) == {"projection difference", "nll", "lexicon", "judge"}
    with pytest.raises(UserError, match="out of range"):
        latent_probe(sae, 16, 1)


def test_bad_input_is_refused(lm: LM) -> None:
    with pytest.raises(UserError, match="zero"):
        direction_probe(torch.zeros(lm.d_model), 1)
    with pytest.raises(UserError, match="assistant answer"):
        screen(
            lm,
            [{"id": "x", "messages": [{"role": "user", "content": "hi"}]}],
            direction_probe(torch.ones(lm.d_model), 1),
        )
    with pytest.raises(UserError, match="baseline"):
        screen(lm, _rows(QUESTIONS[:2], 1), direction_probe(torch.ones(lm.d_model), 1), baselines=("vibes",))


def test_detection_statistics_and_cluster_resampling() -> None:
    scores = [0.9, 0.8, 0.1, 0.7, 0.2, 0.3]
    labels = [True, True, False, False, False, True]
    assert precision_at_k(scores, labels, 3) == pytest.approx(2 / 3)
    # A score that ties every row cannot rank: its precision is the base rate, whatever the row order.
    assert precision_at_k([0.0] * 6, [True, True, False, False, False, False], 2) == pytest.approx(1 / 3)
    assert precision_at_k([1.0, 0.5, 0.5, 0.5], [False, True, False, False], 2) == pytest.approx(1 / 6)
    det = detection(scores, labels, ks=[2], clusters=["a", "a", "b", "b", "c", "c"], unit="topic")
    # 3 positives, 3 negatives: pairs where the positive wins: 0.9 beats 3, 0.8 beats 3, 0.3 beats 2 -> 8/9.
    assert det["auc"].value == pytest.approx(8 / 9)
    assert det["precision@2"].value == 1.0
    assert det["auc"].unit == "topic" and det["auc"].n_units == 3
    assert det["auc"].low <= det["auc"].value <= det["auc"].high
    rng = np.random.default_rng(0)
    x = rng.normal(size=400)
    y = rng.random(400) < 0.5
    item = detection(x, y)["auc"]
    same = detection(x, y, clusters=[i // 20 for i in range(400)])["auc"]
    assert item.unit == "item" and same.unit == "cluster" and same.n_units == 20
    # Clustered resampling cannot be narrower than needed: here clusters are arbitrary, so it is not much wider.
    assert 0.35 < item.low < 0.5 < item.high < 0.65


def test_cli_screens_a_file_and_writes_the_ranked_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from persona_xray.cli import main

    model_dir = tmp_path / "model"
    torch.manual_seed(0)
    lm = tiny_lm()
    lm.model.save_pretrained(model_dir)
    lm.tokenizer.save_pretrained(model_dir)
    data = tmp_path / "mix.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in _rows(QUESTIONS[:6], 2)))
    d = tmp_path / "d.safetensors"
    save_direction(str(d), torch.randn(lm.d_model), layer="1")
    out = tmp_path / "screen"
    main(
        [
            "screen",
            str(data),
            "--model",
            str(model_dir),
            "--direction",
            str(d),
            "--layer",
            "1",
            "--no-own",
            "--baselines",
            "lexicon",
            "--out",
            str(out),
        ]
    )
    summary = json.loads((out / "summary.json").read_text())
    assert summary["n"] == 6 and summary["detection"]["lexicon"]["auc"]["n"] == 6
    assert (out / "rows.csv").read_text().splitlines()[0].startswith("rank,id,score")
    assert "projection difference" in capsys.readouterr().out
    with pytest.raises(SystemExit) as e:
        main(["screen", str(data), "--model", str(model_dir), "--layer", "1"])
    assert e.value.code == 2


def test_several_probes_in_one_pass_equal_one_screen_each(lm: LM) -> None:
    """screen_probes shares the own answers, baselines and forwards, and changes no score."""
    from persona_xray.screen import screen_probes

    rows = _rows(QUESTIONS[:6], 3)
    torch.manual_seed(1)
    probes = [direction_probe(torch.randn(lm.d_model), layer, f"p{layer}") for layer in (0, 2, 1)]
    together = screen_probes(lm, rows, probes, max_new_tokens=6, baselines=("nll", "lexicon"))
    assert list(together) == ["p0", "p2", "p1"]
    for p in probes:
        alone = screen(lm, rows, p, max_new_tokens=6, baselines=("nll", "lexicon"))
        for a, b in zip(alone.rows, together[p.name].rows, strict=True):
            assert a["own_answer"] == b["own_answer"] and a["nll"] == pytest.approx(b["nll"])
            assert b["score"] == pytest.approx(a["score"], abs=1e-5) and b["truth"] == a["truth"]
    with pytest.raises(UserError, match="probe names must differ"):
        screen_probes(lm, rows, [probes[0], probes[0]], baselines=())
    # resid at several layers in one pass equals one pass per layer
    texts = ["the plants grow well", "zz zq zz"]
    many = lm.resid_layers(texts, [2, 0])
    for layer in (0, 2):
        for x, y in zip(many[layer], lm.resid(texts, layer), strict=True):
            assert torch.allclose(x, y, atol=1e-5)
