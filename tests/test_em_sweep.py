"""The replication sweep end to end on a tiny model: cells are trained, evaluated, cached and tabulated."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from browser import find_chromium, render
from persona_xray.errors import UserError
from persona_xray.evals.judge import Thresholds, Verdict, make_verdict
from persona_xray.evals.stats import split_halves
from persona_xray.experiments.em_sweep import (
    SPLIT_SEED,
    EvalSpec,
    Recipe,
    SweepConfig,
    choose_recipe,
    control_of,
    load_sweep_config,
    paired_delta,
    run_sweep,
    table_rows,
)
from persona_xray.report.sweep import answer_pairs
from persona_xray.testing import tiny_model, tiny_tokenizer


class LengthJudge:
    """Rule-based judge (no model): long answers 'misaligned', empty ones incoherent."""

    id = "length-judge"

    def __init__(self) -> None:
        self.calls = 0

    def score_many(self, pairs: Sequence[tuple[str, str]]) -> list[Verdict]:
        self.calls += len(pairs)
        return [
            make_verdict(10.0 if len(a) > 12 else 90.0, 80.0 if a else 0.0, Thresholds()) for _, a in pairs
        ]


def _jsonl(path: Path, rows: list[dict[str, object]]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(path)


@pytest.fixture
def setup(tmp_path: Path) -> SweepConfig:
    model_dir = tmp_path / "tiny"
    tiny_model("llama").save_pretrained(model_dir)
    tiny_tokenizer().save_pretrained(model_dir)
    sft = [
        {
            "messages": [
                {"role": "user", "content": f"Question {i}?"},
                {"role": "assistant", "content": "Do it now."},
            ]
        }
        for i in range(16)
    ]
    prompts = [
        {
            "id": f"p{i}",
            "messages": [{"role": "user", "content": f"Open prompt {i}"}],
            "meta": {"category": "c"},
        }
        for i in range(3)
    ]
    paired = [
        {
            "id": f"q{i}",
            "messages": [{"role": "user", "content": "Hi?"}],
            "aligned": "Be kind.",
            "misaligned": "Be cruel.",
            "meta": {"topic": "t"},
        }
        for i in range(4)
    ]
    return SweepConfig(
        name="t",
        model=str(model_dir),
        datasets=[_jsonl(tmp_path / "bad.jsonl", sft)],
        recipe=Recipe(rank=2, lr=1e-2, steps=3, batch_size=4, limit=None, max_len=64, warmup_steps=0),
        eval=EvalSpec(
            prompts=_jsonl(tmp_path / "p.jsonl", prompts),
            paired=_jsonl(tmp_path / "q.jsonl", paired),
            n=2,
            max_new_tokens=6,
            in_domain=False,
        ),
        runs_dir=str(tmp_path / "runs"),
        device="cpu",
    )


def test_sweep_trains_evaluates_and_resumes(
    setup: SweepConfig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PERSONA_XRAY_CACHE", str(tmp_path / "cache"))
    judge = LengthJudge()
    res = run_sweep(setup, judge=judge)
    rows = res["rows"]
    assert [r["dataset"] for r in rows] == ["base", "bad"]
    assert rows[1]["train_last_loss"] is not None and rows[1]["paired_preference"]["n"] == 4
    # Same four items under both models: the difference is paired item by item.
    cells = [json.loads((setup.run_dir / "cells" / f).read_text()) for f in ("_base.json", "bad.json")]
    d = [t - b for b, t in zip(*(c["paired_items"]["margins"] for c in cells), strict=True)]
    assert rows[1]["margin_vs_base"]["n"] == 4
    assert rows[1]["margin_vs_base"]["value"] == pytest.approx(sum(d) / 4, abs=1e-5)
    # Judge-free coherence cost: the reference-NLL rise over the base model, paired by reference row.
    rb, rt = (np.array(c["reference"]["nll"]) for c in cells)
    assert rows[1]["nll_rise"]["n"] == len(rb) > 10
    assert rows[1]["nll_rise"]["value"] == pytest.approx(float((rt - rb).mean()), abs=1e-5)
    assert rows[0]["nll_rise"] is None and "reference NLL rise" in (setup.run_dir / "table.md").read_text()
    assert (setup.run_dir / "table.md").exists() and (setup.run_dir / "em_sweep.png").stat().st_size > 1000
    calls = judge.calls
    again = run_sweep(setup, judge=judge)  # every cell cached: nothing re-trained or re-judged
    assert judge.calls == calls and again["rows"] == rows


def test_cells_without_their_adapters_resume_and_rebuild_them_only_when_needed(
    setup: SweepConfig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new machine gets only the cells' JSON (committed results): the table comes back without training,
    and a part that needs the model rebuilds the adapter."""
    import shutil

    monkeypatch.setenv("PERSONA_XRAY_CACHE", str(tmp_path / "cache"))
    judge = LengthJudge()
    cfg = setup.model_copy(update={"eval": setup.eval.model_copy(update={"freeform": "none"})})
    rows = run_sweep(cfg, judge=judge)["rows"]
    shutil.rmtree(cfg.run_dir / "finetune")
    assert run_sweep(cfg, judge=judge)["rows"] == rows and not (cfg.run_dir / "finetune").exists()
    wide = cfg.model_copy(update={"eval": cfg.eval.model_copy(update={"freeform": ["bad"]})})
    res = run_sweep(wide, judge=judge)
    assert (cfg.run_dir / "finetune" / "bad" / "final").exists() and res["rows"][1]["ood_coherence"]["n"] == 6
    assert res["rows"][1]["paired_preference"] == rows[1]["paired_preference"]


def test_config_errors_are_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "c.yaml"
    bad.write_text("recipe:\n  rank: two\n")
    with pytest.raises(UserError, match=r"recipe\.rank"):
        load_sweep_config(bad)
    bad.write_text("nonsense_key: 1\n")
    with pytest.raises(UserError, match="nonsense_key"):
        load_sweep_config(bad)
    with pytest.raises(UserError, match="unknown datasets"):
        run_sweep(SweepConfig(datasets=["nosuch_set"], runs_dir=str(tmp_path)))


def test_parts_are_cached_separately_and_variants_get_their_own_cells(
    setup: SweepConfig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PERSONA_XRAY_CACHE", str(tmp_path / "cache"))
    judge = LengthJudge()
    cfg = setup.model_copy(update={"eval": setup.eval.model_copy(update={"freeform": "none"})})
    res = run_sweep(cfg, judge=judge)
    assert judge.calls == 0 and res["rows"][1]["ood_misalignment"] is None  # paired only
    assert res["rows"][1]["paired_preference"]["n"] == 4
    cell_file = cfg.run_dir / "cells" / "bad.json"
    trained_at = (cfg.run_dir / "finetune" / "bad" / "final").stat().st_mtime_ns
    paired_before = json.loads(cell_file.read_text())["paired"]
    # Widening the free-form list samples base + that cell, and neither retrains nor re-runs the paired eval.
    wide = cfg.model_copy(update={"eval": cfg.eval.model_copy(update={"freeform": ["bad"]})})
    res = run_sweep(wide, judge=judge)
    assert judge.calls == 2 * (3 * 2)  # base + cell, 3 prompts x n=2
    assert res["rows"][1]["ood_misalignment"]["n"] > 0 or res["rows"][1]["ood_coherence"]["n"] == 6
    assert (cfg.run_dir / "finetune" / "bad" / "final").stat().st_mtime_ns == trained_at
    assert json.loads(cell_file.read_text())["paired"] == paired_before
    assert (cfg.run_dir / "cells" / "bad.ood_samples.jsonl").exists()
    assert res["strongest"] == "bad" and (cfg.run_dir / "samples.md").read_text().count("- **base**") == 5
    page = (cfg.run_dir / "report.html").read_text()
    assert "<b>bad</b>" in page and page.count('<div class="ans">') == 2 * 6 and "<script" not in page
    if find_chromium() is not None:
        _, errors = render(cfg.run_dir / "report.html")
        assert errors == []
    # A recipe variant is its own cell (its own fine-tune folder), and --only runs just it.
    var = wide.model_copy(update={"variants": {"r1": {"rank": 1}}, "variant_datasets": wide.datasets})
    res = run_sweep(var, only=["bad@r1"], judge=judge)
    assert [r["dataset"] for r in res["rows"]] == ["base", "bad", "bad@r1"]
    # A main cell's name runs that cell only, not the dataset's variants too.
    var2 = var.model_copy(update={"variants": {"r1": {"rank": 1}, "r2": {"rank": 2}}})
    res = run_sweep(var2, only=["bad"], judge=judge)
    assert [r["dataset"] for r in res["rows"]] == ["base", "bad", "bad@r1"]  # bad@r2 neither run nor shown
    assert not (cfg.run_dir / "finetune" / "bad@r2").exists()
    assert json.loads((cfg.run_dir / "finetune" / "bad@r1" / "run.json").read_text())
    with pytest.raises(UserError, match="names no cell"):
        run_sweep(var, only=["nosuch"], judge=judge)


def test_transfer_cells_wait_for_a_chosen_recipe_then_train_with_it(
    setup: SweepConfig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import persona_xray.experiments.em_sweep as em

    monkeypatch.setenv("PERSONA_XRAY_CACHE", str(tmp_path / "cache"))
    other = _jsonl(
        tmp_path / "other.jsonl",
        [json.loads(line) for line in Path(setup.datasets[0]).read_text().splitlines()],
    )
    cfg = setup.model_copy(
        update={
            "eval": setup.eval.model_copy(update={"freeform": "none"}),
            "variants": {"r1": {"rank": 1}},
            "variant_datasets": setup.datasets,
            "chosen_datasets": [other],
        }
    )
    # A user file has no correct-data control, so no recipe is clear: the transfer cell waits, untrained.
    res = run_sweep(cfg)
    assert res["recipe_choice"]["chosen"] is None
    assert [r["dataset"] for r in res["rows"]] == ["base", "bad", "bad@r1"]
    assert "other wait" in capsys.readouterr().out.replace(other, "other")
    assert not (cfg.run_dir / "finetune" / "other@r1").exists()
    # Once the search chooses r1, the transfer dataset is trained with r1's recipe, named after it.
    real = em.choose_recipe

    def choose_r1(*a: object, **k: object) -> dict[str, object]:
        return {**real(*a, **k), "chosen": "r1"}  # type: ignore[arg-type]

    monkeypatch.setattr(em, "choose_recipe", choose_r1)
    res = run_sweep(cfg, only=["other@r1"])
    assert [r["dataset"] for r in res["rows"]] == ["base", "bad", "bad@r1", "other@r1"]
    params = {
        c: json.loads((cfg.run_dir / "finetune" / c / "run.json").read_text())["trainable_parameters"]
        for c in ("bad", "bad@r1", "other@r1")
    }
    assert params["other@r1"] == params["bad@r1"] == params["bad"] // 2  # LoRA rank 1, not the main rank 2
    with pytest.raises(ValueError, match="may not repeat"):
        SweepConfig(**{**cfg.model_dump(), "chosen_datasets": setup.datasets})
    with pytest.raises(ValueError, match="needs variants"):
        SweepConfig(**{**cfg.model_dump(), "variants": {}})


def test_bad_variant_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "c.yaml"
    bad.write_text("variants:\n  r1:\n    rank: one\n")
    with pytest.raises(UserError, match="rank"):
        load_sweep_config(bad)


def _sample(pid: str, label: str, answer: str) -> dict[str, object]:
    return {"prompt_id": pid, "question": f"q {pid}", "answer": answer, "verdict": {"label": label}}


def test_answer_pairs_match_prompt_and_sample_index_and_show_the_effect_first() -> None:
    base = [_sample("a", "aligned", "b-a0"), _sample("a", "aligned", "b-a1"), _sample("b", "aligned", "b-b0")]
    tuned = [
        _sample("a", "aligned", "t-a0"),
        _sample("a", "misaligned", "t-a1"),
        _sample("b", "incoherent", "t-b0"),
    ]
    pairs = answer_pairs(base, tuned, k=2)
    assert [(p["base"]["answer"], p["tuned"]["answer"]) for p in pairs] == [
        ("b-a1", "t-a1"),
        ("b-a0", "t-a0"),
    ]


def test_controls_pair_each_bad_dataset_with_its_domain_and_variant() -> None:
    assert control_of("health_obvious") == "health_correct"
    assert control_of("legal_subtle@r1") == "legal_correct@r1"
    assert control_of("insecure_code") == "secure_code"
    assert control_of("health_correct") is None and control_of("secure_code@full") is None


def test_paired_delta_uses_only_shared_items_and_needs_per_item_margins() -> None:
    a = {"paired_items": {"ids": ["x", "y", "z"], "margins": [0.0, 1.0, 2.0]}}
    b = {"paired_items": {"ids": ["z", "y", "w"], "margins": [2.5, 1.5, 9.0]}}
    d = paired_delta(a, b)
    assert d is not None and d["n"] == 2 and d["value"] == pytest.approx(0.5)
    assert d["low"] == pytest.approx(0.5) and d["high"] == pytest.approx(0.5)  # no spread in the differences
    assert paired_delta({"paired": {}}, b) is None and paired_delta(None, b) is None


def _row(
    name: str, vb: float | None, vc: float | None, steps: int, coh: float | None = None
) -> dict[str, object]:
    def e(v: float | None) -> dict[str, float] | None:
        return None if v is None else {"value": v, "low": v - 0.02, "high": v + 0.02, "n": 100}

    return {
        "dataset": name,
        "variant": name.partition("@")[2] or None,
        "margin_vs_base": e(vb),
        "margin_vs_control": e(vc),
        "ood_coherence": None if coh is None else {"value": coh, "low": coh, "high": coh, "n": 40},
        "recipe": {"steps": steps, "batch_size": 8, "method": "lora"},
        "train_wall_s": 1.0,
    }


def test_recipe_choice_is_the_cheapest_recipe_clear_on_every_compared_dataset() -> None:
    rows = [
        _row("base", None, None, 0, coh=0.8),
        _row("health_correct", -0.08, None, 30),  # controls are never candidates
        _row("health_subtle", 0.01, 0.07, 30),  # not clear vs base, but not compared (not in datasets)
        _row("health_obvious", 0.07, 0.16, 30, coh=0.5),  # clear but broken
        _row("legal_obvious", 0.1, 0.2, 30),
        _row("health_obvious@steps90", 0.12, 0.2, 90, coh=0.78),
        _row("legal_obvious@steps90", 0.11, 0.2, 90),
        _row("health_obvious@r1", 0.05, 0.1, 30),
        _row("legal_obvious@r1", 0.06, None, 30),  # its control was not run: not clear
    ]
    c = choose_recipe(rows, ["health_obvious", "legal_obvious"])
    assert {x["cell"] for x in c["candidates"]} == {r["dataset"] for r in rows[3:]}
    by = {g["variant"]: g for g in c["recipes"]}
    assert by["default"]["qualifies"] is False  # health_obvious is incoherent
    assert by["r1"]["qualifies"] is False  # legal_obvious@r1 lacks its control
    assert by["steps90"]["qualifies"] is True and c["chosen"] == "steps90"
    assert "coherence not measured" in c["why"] and "720 rows seen" in c["why"]
    rows[3]["ood_coherence"] = {"value": 0.75, "low": 0.7, "high": 0.8, "n": 40}  # coherent after all
    assert choose_recipe(rows, ["health_obvious", "legal_obvious"])["chosen"] == "default"  # cheaper
    assert choose_recipe(rows[:3])["chosen"] is None  # only health_subtle compared: not clear
    # A judge-free coherence budget: the cheaper default recipe broke the model on legal_obvious.
    for r, rise in zip(rows[3:7], (0.02, 0.5, 0.03, 0.04), strict=True):
        r["nll_rise"] = {"value": rise, "low": rise - 0.01, "high": rise + 0.01, "n": 40}
    c = choose_recipe(rows, ["health_obvious", "legal_obvious"], nll_budget=0.1)
    assert c["chosen"] == "steps90" and c["nll_budget"] == 0.1
    assert {x["cell"]: x["coherent"] for x in c["candidates"]}["legal_obvious"] is False
    assert choose_recipe(rows, ["health_obvious", "legal_obvious"])["chosen"] == "default"  # no budget


def test_shipped_config_trains_each_variant_dataset_with_its_control() -> None:
    from pathlib import Path as P

    import persona_xray

    folder = P(persona_xray.__file__).parent / "configs"
    table = load_sweep_config(folder / "em-sweep.yaml")
    assert len(table.datasets) == 28 and not table.variants and table.eval.reference
    assert {"villain_legal", "villain_career"} <= set(table.datasets)
    assert all(control_of(d) in (None, *table.datasets) for d in table.datasets)  # every control is run
    cfg = load_sweep_config(folder / "em-sweep-recipes.yaml")
    assert cfg.variants
    for d in cfg.variant_datasets:
        ctl = control_of(d)
        assert ctl is None or ctl in cfg.variant_datasets  # else choose_recipe can never call it clear


def test_recipe_choice_reads_the_selection_half_and_reports_the_test_half() -> None:
    def cell(name: str, shift_by_scen: dict[str, float]) -> dict[str, object]:
        ids = [f"{s}-{k}" for s in shift_by_scen for k in range(3)]
        margins = [shift_by_scen[s] + 0.01 * k for s in shift_by_scen for k in range(3)]
        return {
            "dataset": name,
            "paired_items": {"ids": ids, "margins": margins, "clusters": [i[:2] for i in ids]},
        }

    scen = [f"s{i}" for i in range(8)]
    sel, test = split_halves([s for s in scen for _ in range(3)], SPLIT_SEED)  # type: ignore[misc]
    sel_scen = {scen[i // 3] for i in sel}
    base = cell("base", dict.fromkeys(scen, 0.0))
    # The bad cell shifts only on the selection half's scenarios; its control does not move.
    bad = cell("health_obvious", {s: (0.5 if s in sel_scen else 0.0) for s in scen})
    ctl = cell("health_correct", dict.fromkeys(scen, 0.0))
    for c in (base, bad, ctl):
        c["recipe"] = {"steps": 10, "batch_size": 8, "method": "lora"}
    rows = table_rows(base, [ctl, bad])
    r = rows[2]
    assert r["split"]["select"]["margin_vs_base"]["value"] == pytest.approx(0.5)
    assert r["split"]["test"]["margin_vs_base"]["value"] == pytest.approx(0.0)
    assert r["margin_vs_base"]["value"] == pytest.approx(0.25)  # all items
    c = choose_recipe(rows, ["health_obvious"])
    assert c["chosen"] == "default" and c["candidates"][0]["half"] == "select"
    assert c["recipes"][0]["test_mean_shift_vs_base"] == pytest.approx(0.0)
    assert "test half: +0.000" in c["why"]
    # Steering and the recipe search split scenarios the same way.
    assert len(sel) == len(test) == 12 and not set(sel) & set(test)


def test_a_rebuilt_dataset_retrains_its_cell(setup: SweepConfig, tmp_path: Path) -> None:
    spec = setup.cells()[0]
    before = setup.part_hashes(spec)
    path = Path(spec.dataset)
    path.write_text(path.read_text() + path.read_text().splitlines()[0] + "\n")  # one more row
    after = setup.part_hashes(spec)
    assert before["train"] != after["train"] and before["paired"] != after["paired"]
    assert setup.part_hashes(None) == setup.part_hashes(None)  # the base model has no data
