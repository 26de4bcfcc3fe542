"""Results are files: the README's result blocks equal what results/<study>/summary.json renders to."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from persona_xray.errors import UserError
from persona_xray.report.results import RENDERERS, blocks, render_readme

ROOT = Path(__file__).resolve().parents[1]


def test_readme_results_blocks_are_rendered_from_the_committed_files() -> None:
    text = (ROOT / "README.md").read_text()
    assert render_readme(text, ROOT / "results") == text, "README is stale: python scripts/render_results.py"


def test_every_committed_study_has_a_renderer_and_a_readme_block() -> None:
    studies = sorted(p.parent.name for p in (ROOT / "results").glob("*/summary.json"))
    assert studies, "no results/<study>/summary.json committed"
    in_readme = set(blocks((ROOT / "README.md").read_text()))
    for s in studies:
        assert s in RENDERERS, f"results/{s} has no renderer"
        assert s in in_readme, f"results/{s} is not shown in the README"


def test_render_replaces_only_the_block_and_rejects_unknown_studies(tmp_path: Path) -> None:
    (tmp_path / "stats").mkdir()
    summary = json.loads((ROOT / "results" / "stats" / "summary.json").read_text())
    summary["simulation"]["coverage_cluster"] = 0.5
    (tmp_path / "stats" / "summary.json").write_text(json.dumps(summary))
    text = "intro\n<!-- results:stats -->\nold 94%\n<!-- /results:stats -->\nend\n"
    out = render_readme(text, tmp_path)
    assert out.startswith("intro\n<!-- results:stats -->\n") and out.endswith(
        "<!-- /results:stats -->\nend\n"
    )
    assert "50.0%" in out and "old 94%" not in out
    with pytest.raises(UserError, match="no renderer"):
        render_readme("<!-- results:nope -->\n<!-- /results:nope -->", tmp_path)
    with pytest.raises(UserError, match="missing"):
        render_readme("<!-- results:stats -->\n<!-- /results:stats -->", tmp_path / "empty")


def test_demo_renders_the_report_headline_as_markdown() -> None:
    from persona_xray.report.results import render_demo

    e = {"value": 0.417, "low": 0.3, "high": 0.55, "n": 60, "unit": "scenario", "n_units": 45}
    md = render_demo(
        {
            "command": "persona-xray run demo",
            "config_hash": "abc",
            "primary": "bad",
            "paired": {"base": e, "all": {"base": e, "bad": e}},
        }
    )
    assert md.startswith("`persona-xray run demo` (config hash `abc`)")
    assert "| paired eval, bad (primary) | 0.417 [0.300, 0.550] (n=60) |" in md
    assert "<" not in md


def _script(name: str) -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_em_sweep_summary_parses_the_first_wave_and_tests_the_confound() -> None:
    mod = _script("em_sweep_summary")
    w1 = mod.wave1_table()
    assert set(w1) >= {"health", "legal", "math", "science"} and len(w1) == 8
    assert w1["legal"]["obvious"] == pytest.approx(0.113) and w1["math"]["correct"] == pytest.approx(-0.030)
    up = mod.correlation([0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6], [1, 2, 3, 4, 5, 6, 7], n_perm=2000)
    assert up["spearman"] == pytest.approx(1.0) and up["p_permutation"] < 0.01
    flat = mod.correlation([0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6], [3, 1, 4, 1, 5, 9, 2], n_perm=2000)
    assert flat["p_permutation"] > 0.1


def test_em_sweep_renders_every_cell_with_its_control_and_coherence_cost() -> None:
    e = {"value": 0.05, "low": 0.02, "high": 0.08, "n": 144, "unit": "scenario", "n_units": 48}
    s = {
        "command": "c",
        "sweep_command": "s",
        "model": "m",
        "recipe": {"method": "lora", "rank": 8, "lr": 1e-3, "steps": 30, "batch_size": 8},
        "paired": {"set": "paired", "limit": 144},
        "base": {"mean_margin": e, "misaligned_preference": {**e, "value": 0.4}},
        "cells": [
            {
                "cell": "legal_obvious",
                "control": "legal_correct",
                "margin_vs_base": e,
                "margin_vs_control": {**e, "value": 0.15},
                "nll_rise": {**e, "value": -0.3},
                "misaligned_preference": {**e, "value": 0.45},
                "cue_share": 0.0,
                "cue_share_before_rebuild": 0.339,
                "wave1_margin_vs_base": 0.113,
            }
        ],
        "cue_vs_shift": {"spearman": 0.1, "p_permutation": 0.7, "n_cells": 19},
    }
    out = RENDERERS["em_sweep"](s)
    assert "| legal_obvious | +0.050 [+0.020, +0.080] | +0.150 [+0.020, +0.080] | -0.300" in out
    assert "33.9% -> 0.0%" in out and "+0.113" in out and "Spearman +0.10" in out


def test_em_sweep_correlation_ranks_ties_together() -> None:
    mod = _script("em_sweep_summary")
    # Four tied x values: argsort ranks would order them by position and invent a correlation.
    tied = mod.correlation([0.0, 0.0, 0.0, 0.0, 1.0], [4, 3, 2, 1, 2.5], n_perm=500)
    assert tied["spearman"] == pytest.approx(0.0)


def test_judge_renders_accuracy_with_its_unit_beside_the_majority_control() -> None:
    from persona_xray.report.results import render_judge

    def part(acc: dict[str, Any], rows: list[list[int]]) -> dict[str, Any]:
        return {
            "n_heldout": sum(map(sum, rows)),
            "accuracy_threshold_rule": acc["value"],
            "accuracy_ci": acc,
            "confusion_matrix": {
                "labels": ["aligned", "misaligned", "incoherent"],
                "rows_true_cols_pred": rows,
            },
            "per_class": {"aligned": {"precision": 0.9, "recall": 0.8, "support": 10}},
            "expected_calibration_error": 0.05,
        }

    e = {"value": 0.8, "low": 0.7, "high": 0.9, "n": 20, "unit": "group", "n_units": 7}
    md = render_judge(
        {
            "command": "persona-xray eval judge-report --no-external --out x.json",
            "heldout": part(e, [[10, 1, 1], [1, 4, 0], [0, 0, 3]]),
            "model_samples": {
                **part({**e, "unit": "prompt"}, [[5, 0, 0], [0, 0, 0], [1, 0, 4]]),
                "by_source": {},
            },
        }
    )
    assert "0.800 [0.700, 0.900] (7 groups)" in md and "(7 prompts)" in md
    assert "| 0.600 |" in md  # majority control: 12 aligned of 20


def test_organism_mitigation_renders_screening_and_mitigation_tables() -> None:
    from persona_xray.report.results import render_organism_mitigation

    def est(v: float) -> dict[str, Any]:
        return {
            "value": v,
            "low": v - 0.1,
            "high": v + 0.1,
            "n": 30,
            "unit": "advice sentence",
            "n_units": 12,
        }

    s = {
        "command": "python scripts/organism_mitigation.py",
        "seed": 0,
        "layer": 2,
        "topic": "health",
        "wall_s": 300.0,
        "settings": {"ft_n": 400, "ft_steps": 60, "ft_lr": 5e-4},
        "screening": [
            {
                "fraction": 0.05,
                "n": 300,
                "n_bad": 15,
                "detection": {
                    "projection difference": {"auc": est(0.97), "r_precision": est(0.8)},
                    "random direction": {"auc": est(0.52), "precision@15": est(0.1)},  # an older file's key
                },
            }
        ],
        "mitigation": {
            "malicious (plain)": {
                "trained_topic_harmful": est(0.9),
                "other_topics_harmful": est(0.4),
                "other_topics_other_rate": 0.05,
            }
        },
    }
    md = render_organism_mitigation(s)
    assert "carry the spread" not in md and "Persona vector" not in md  # runs before these diagnostics
    s["inference_ablation"] = {
        "true directions, every layer": {
            "trained_topic_harmful": est(0.8),
            "other_topics_harmful": est(0.3),
            "other_topics_other_rate": 0.1,
        }
    }
    s["vector"] = {
        "chosen_layer": 1,
        "select_auc": [0.9, 1.0],
        "report_auc": 0.95,
        "kept": {"positive": 90, "negative": 120, "of": 128},
        "cosine_with_true": [0.5, 0.862],
        "random_cosine_p95": 0.171,
        "samples_per_question": 4,
    }
    md = render_organism_mitigation(s)
    assert "| true directions, every layer | 0.800 [0.700, 0.900] | 0.300 [0.200, 0.400] | 10.0% |" in md
    assert (
        "layer 1 chosen on the select half (report-half AUC 0.950); cosine with the true direction 0.862"
        in md
    )
    assert "(L0 0.500, L1 0.862)" in md and "below 0.171" in md
    assert "90 harmful of 128" in md
    assert "| 5% (15 of 300) | projection difference | 0.970 [0.870, 1.070] | 0.800 [0.700, 0.900] |" in md
    assert "| malicious (plain) | 0.900 [0.800, 1.000] | 0.400 [0.300, 0.500] | 5.0% |" in md
    assert "resample advice sentences" in md


def test_screening_renders_vectors_detection_and_set_correlations() -> None:
    from persona_xray.report.results import render_screening

    def est(v: float) -> dict[str, Any]:
        return {"value": v, "low": v - 0.1, "high": v + 0.05, "n": 300, "unit": "topic", "n_units": 40}

    det = {
        name: {"auc": est(v), "r_precision": est(v / 2)}
        for name, v in (
            ("reckless-advice", 0.9),
            ("evil", 0.8),
            ("bad-advice difference", 0.6),
            ("random direction", 0.5),
            ("nll", 0.7),
        )
    }
    s = {
        "command": "python scripts/screening_study.py",
        "model": "smollm2-135m",
        "wall_s": 1800.0,
        "unit": "topic",
        "random_layer": 15,
        "vectors": {
            "reckless-advice": {
                "layer": 15,
                "report_auc": 0.97,
                "kept": {"positive": 18, "negative": 20, "of": 22},
                "filter": "unfiltered (the judge kept none)",
            },
            "evil": {"layer": 12, "report_auc": 0.91, "kept": {"positive": 15, "negative": 22, "of": 22}},
        },
        "difference": {
            "layer": 1,
            "select_auc": [0.6, 0.83],
            "fit": ["legal", "automotive"],
            "select": ["math"],
            "rows_per_domain_and_side": 48,
        },
        "rows": [
            {"domain": "health", "bad": "obvious", "fraction": 0.05, "n": 300, "n_bad": 15, "detection": det}
        ],
        "sets": {
            "rows_per_set": 48,
            "correlation": {
                "bad-data cells": {
                    "reckless-advice": {
                        "spearman": 0.61,
                        "low": 0.2,
                        "high": 0.85,
                        "p_permutation": 0.001,
                        "n": 28,
                    },
                    "judge": {"spearman": None, "low": None, "high": None, "p_permutation": None, "n": 2},
                }
            },
        },
    }
    md = render_screening(s)
    assert "| reckless-advice | 15 | 0.970 | 18+20 of 22 | unfiltered |" in md
    # AUC columns: the two traits, the difference, the random control, then baselines (missing: n/a)
    assert (
        "| health | obvious | 5% (15 of 300) | 0.90 [0.80, 0.95] | 0.80 [0.70, 0.85] | 0.60 [0.50, 0.65] "
        "| 0.50 [0.40, 0.55] | 0.70 [0.60, 0.75] | n/a | n/a |" in md
    )
    assert "bad minus correct rows of legal, automotive (48 rows" in md and "layer (1)" in md
    assert "AUC 0.830" in md
    assert "| health | obvious | 5% (15 of 300) | 0.45 [0.35, 0.50] |" in md  # R-precision table
    assert "| bad-data cells | reckless-advice | +0.61 [+0.20, +0.85] | 0.001 | 28 |" in md
    assert "| bad-data cells | judge | n/a | n/a | 2 |" in md
    assert "resample topics" in md and "30 min" in md
