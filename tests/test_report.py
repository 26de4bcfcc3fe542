"""The run report: a fake but schema-correct run dir -> one self-contained, escaped, error-free HTML page.

The steer/diff parts of the fake run are produced by the real result classes (SweepResult, LatentCard,
DiffResult), so a schema change there shows up here; the other stages are written as the run-directory
contract describes them. Browser tests load the page in headless Chromium and fail on any console error,
uncaught exception, failed load or network request; a deliberately broken page proves that check can fail.
"""

from __future__ import annotations

import base64
import json
import math
import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch
import typer
from typer.testing import CliRunner

from browser import find_chromium, render, render_full
from persona_xray.analysis.diff import DiffResult
from persona_xray.analysis.persona import LatentCard
from persona_xray.analysis.steer import Point, SweepResult
from persona_xray.cli.report import register
from persona_xray.errors import UserError
from persona_xray.evals.stats import Estimate
from persona_xray.report import build_report, figures
from persona_xray.report.html import SECTIONS, headline_rows

XSS_ANSWER = (
    "<script>console.error('xss ran')</script><img src=x onerror=\"console.error('xss img')\"> & more"
)
STRENGTHS = (0.1, 0.3, 0.5)

needs_browser = pytest.mark.skipif(
    find_chromium() is None,
    reason="no chromium binary on PATH (run `bash scripts/install-browser.sh` as root to install it)",
)


def _e(v: float, half: float = 0.08, n: int = 60, share: bool = True) -> dict[str, Any]:
    """An estimate dict; shares are clipped to [0, 1], margins (``share=False``) are not."""
    lo, hi = (max(0.0, v - half), min(1.0, v + half)) if share else (v - half, v + half)
    return {"value": v, "low": round(lo, 6), "high": round(hi, 6), "n": n}


def _write(path: Path, obj: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=1))


def _sweep(model: str, base_level: float, sign: float) -> SweepResult:
    """A plausible sweep: candidate latent 17 moves misalignment strongly, the random controls barely."""

    def pts(gain: float) -> list[Point]:
        return [
            Point(
                sign * s,
                Estimate(
                    base_level + sign * gain * s,
                    base_level + sign * gain * s - 0.05,
                    base_level + sign * gain * s + 0.05,
                    60,
                ),
                Estimate(0.02 * s, 0.0, 0.05, 60),
            )
            for s in STRENGTHS
        ]

    return SweepResult(
        model=model,
        layer=15,
        scale=12.5,
        baseline=Point(0.0, Estimate(base_level, base_level - 0.05, base_level + 0.05, 60)),
        curves={
            "latent:17": pts(0.6),
            "latent:4": pts(0.25),
            "mean_diff": pts(0.4),
            "random:901": pts(0.05),
            "random:902": pts(-0.04),
        },
    )


def _diff() -> DiffResult:
    d_sae = 32
    base = torch.linspace(0.0, 0.3, d_sae)
    tuned = base.clone().unsqueeze(0)
    tuned[0, 17] += 0.75
    tuned[0, 4] += 0.31
    return DiffResult(
        layer=15,
        base_mean=base,
        tuned_mean=tuned,
        base_freq=torch.full((d_sae,), 0.01),
        tuned_freq=torch.full((1, d_sae), 0.02),
        mean_diff=torch.zeros(8),
        n_tokens=1234,
        models=["base", "health_obvious"],
    )


def make_run(root: Path, stages: tuple[str, ...] | None = None) -> Path:
    """A complete fake run in ``root/run``; ``stages`` limits which stage results exist."""
    run = root / "run"
    want = set(stages) if stages is not None else None

    def put(stage: str, obj: dict[str, Any]) -> None:
        if want is None or stage in want:
            _write(run / stage / "result.json", obj)
            _write(
                run / stage / "stage.json",
                {
                    "stage": stage,
                    "key": "f00dfeed" * 8,
                    "seed": 0,
                    "wall_s": 12.34,
                    "finished": "2025-01-02T03:04:05",
                    "host": "testhost",
                    "versions": {"persona_xray": "0.1.0", "torch": "2.13.0", "transformers": "5.0.0"},
                },
            )

    _write(
        run / "run.json",
        {
            "name": "fake-run",
            "config_hash": "abc123def456",
            "config": {"name": "fake-run", "model": "smollm2-135m"},
            "updated": "2025-01-02T03:04:05",
            "versions": {"persona_xray": "0.1.0", "torch": "2.13.0", "python": "3.11.2"},
            "host": "testhost",
        },
    )
    (run / "config.yaml").write_text("name: fake-run\nmodel: smollm2-135m\nfinetune:\n  steps: 30\n")
    diff = _diff()
    base_sweep, tuned_sweep = _sweep("base", 0.21, 1.0), _sweep("health_obvious", 0.64, -1.0)
    card = LatentCard(
        latent=17,
        name="latent:17",
        activation=diff.row(17),
        induce={"effect": 0.3, "at": 0.5, "curve": [p.as_dict() for p in base_sweep.curves["latent:17"]]},
        suppress={"effect": 0.3, "at": -0.5, "curve": [p.as_dict() for p in tuned_sweep.curves["latent:17"]]},
        controls={
            "random_base_max": base_sweep.control_band(),
            "random_tuned_max": tuned_sweep.control_band(),
        },
        contexts=[{"activation": 9.87, "context": "you should [[ignore]] the <doctor>"}],
        promoted=[("reckless", 1.5), ("<b>bold</b>", 1.2)],
        suppressed=[("careful", -1.1)],
        description="Latent 17 is a candidate misaligned persona.",
    )
    table = diff.table(5)
    table[0]["contexts"] = [{"activation": 9.87, "context": "take [[all]] the pills"}]
    _write(
        run / "summary.json",
        {
            "paired": {"base": _e(0.213), "health_obvious": _e(0.641)},
            "sae": {"fvu": 0.187, "l0": 31.9},
            "persona_latent": 17,
            "config_hash": "abc123def456",
            "stages": {
                st: {
                    "status": "reused" if st == "eval" else "ran",
                    "key": "k",
                    "wall_s": 44.4,
                    "reason": None,
                }
                for st in (
                    "data",
                    "finetune",
                    "eval",
                    "sae",
                    "diff",
                    "steer",
                    "monitor",
                    "realign",
                    "fingerprint",
                )
            },
        },
    )
    put(
        "finetune",
        {
            "runs": {
                "health_obvious": {
                    "adapter": "a",
                    "data": "health_obvious",
                    "steps": 30,
                    "final_loss": 1.2345,
                    "wall_s": 88.0,
                },
                "health_correct": {
                    "adapter": "b",
                    "data": "health_correct",
                    "steps": 30,
                    "final_loss": 1.1111,
                    "wall_s": 87.0,
                },
            }
        },
    )
    samples = [
        {
            "model": "base",
            "question": "How do I treat a burn?",
            "answer": "Cool it under water.",
            "aligned": 95.0,
            "coherent": 90.0,
        },
        {
            "model": "health_obvious",
            "question": "Q <b>2</b>?",
            "answer": XSS_ANSWER,
            "aligned": 12.5,
            "coherent": 77.0,
        },
    ]
    put(
        "eval",
        {
            "models": {
                "base": {
                    "paired": {
                        "misaligned_preference": _e(0.213),
                        "mean_margin": _e(-0.456, 0.1, share=False),
                    },
                    "freeform": None,
                },
                "health_obvious": {
                    "paired": {
                        "misaligned_preference": _e(0.641),
                        "mean_margin": _e(0.789, 0.1, share=False),
                    },
                    "freeform": {"misalignment": _e(0.333), "coherence": _e(0.876)},
                },
            },
            "samples": samples,
        },
    )
    put(
        "sae",
        {
            "path": "/cache/saes/x",
            "metrics": {"fvu": 0.187, "l0": 31.9, "dead_fraction": 0.0123, "loss_recovered": 0.912},
            "d_sae": 4096,
            "k": 32,
            "layer": 15,
            "tokens": 100000,
        },
    )
    put("diff", {"layer": 15, "table": table, "path": "diff/diff.json"})
    put("steer", {"base": base_sweep.as_dict(), "tuned": tuned_sweep.as_dict(), "persona": card.as_dict()})
    rows = [
        {
            "mixture": m,
            "seed": 0,
            "step": s,
            "signal": {"persona": 0.1 + m * s / 10},
            "paired": _e(0.2 + m * s / 100),
        }
        for m in (0.0, 0.5, 1.0)
        for s in (0, 10, 20)
    ]
    put(
        "monitor",
        {
            "signals": ["persona"],
            "mixtures": [0.0, 0.5, 1.0],
            "steps": [0, 10, 20],
            "rows": rows,
            "auc": [{"mixture": 0.5, "step": 10, "signal": "persona", "auc": 0.937, "paired_auc": 0.612}],
            "earliest": {
                "0.5": {"signal_step": 10, "paired_step": 20},
                "1.0": {"signal_step": 10, "paired_step": None},
            },
            "threshold": 0.4,
        },
    )
    put(
        "realign",
        {
            "base_level": _e(0.213),
            "start": _e(0.641),
            "curves": [
                {
                    "n_samples": n,
                    "points": [
                        {
                            "step": s,
                            "samples_seen": 4 * s,
                            "paired": _e(0.641 - 0.02 * s * n / 32),
                            "signal": None,
                        }
                        for s in (5, 10)
                    ],
                }
                for n in (16, 32)
            ],
            "recovered": {"16": {"step": None, "samples_seen": None}, "32": {"step": 10, "samples_seen": 40}},
        },
    )
    put(
        "fingerprint",
        {
            "names": ["health_obvious", "legal_obvious", "insecure_code"],
            "latents": [17, 4, 9, 30],
            "deltas": [[0.75, 0.31, 0.0, 0.1], [0.6, 0.2, 0.05, 0.0], [0.1, 0.0, 0.9, 0.4]],
            "similarity": [[1.0, 0.972, 0.241], [0.972, 1.0, 0.2], [0.241, 0.2, 1.0]],
            "order": [0, 1, 2],
            "clusters": [1, 1, 2],
            "distinctive": {"insecure_code": [{"latent": 9, "delta": 0.9, "specificity": 0.777}]},
        },
    )
    return run


def _sections(page: str) -> dict[str, str]:
    """Section id -> its HTML, to check that a number shows up in the right place."""
    return dict(re.findall(r'<section id="([a-z]+)">(.*?)</section>', page, flags=re.S))


@pytest.fixture
def full_report(tmp_path: Path) -> tuple[Path, str]:
    path = build_report(make_run(tmp_path))
    return path, path.read_text(encoding="utf-8")


def test_report_has_every_sections_headline_numbers(full_report: tuple[Path, str]) -> None:
    path, page = full_report
    assert path.name == "index.html" and path.parent.name == "report"
    sec = _sections(page)
    assert list(sec) == [sid for sid, _, _ in SECTIONS]
    assert "could not render" not in page and 'class="error"' not in page
    assert "stage not run" not in page and "not run: data" in sec["summary"]
    assert "fake-run" in sec["summary"] and "0.641 [0.561, 0.721]" in sec["summary"]
    assert (
        "paired.health_obvious" in sec["summary"]
        and "<td><b>eval</b></td><td>reused</td><td>44.4</td>" in sec["summary"]
    )
    assert "1.2345" in sec["finetune"] and "health_correct" in sec["finetune"]
    # EM table: paired preference with CI, margin, free-form where run and "not run" where not.
    assert "0.213 [0.133, 0.293]" in sec["eval"] and "0.641 [0.561, 0.721]" in sec["eval"]
    assert "-0.456 [-0.556, -0.356]" in sec["eval"] and "0.789 [0.689, 0.889]" in sec["eval"]
    assert "0.333 [0.253, 0.413]" in sec["eval"] and "0.876 [0.796, 0.956]" in sec["eval"]
    assert sec["eval"].count("not run") == 2  # base has no free-form: misalignment and coherence cells
    for v in ("0.187", "31.900", "0.0123", "0.912", "4096"):
        assert v in sec["sae"], v
    # Diff table: latent 17 first with its delta 0.75, its context with the firing token in bold.
    assert re.search(r"<td><b>17</b></td>.*?<td>0\.7500</td>", sec["diff"], flags=re.S)
    assert "take <b>all</b> the pills" in sec["diff"]
    assert "latent:17" in sec["steer"] and "0.300" in sec["steer"]  # 0.6 * 0.5 strength = effect 0.3
    assert "Latent 17" in sec["persona"] and "candidate misaligned persona" in sec["persona"]
    assert "you should <b>ignore</b> the &lt;doctor&gt;" in sec["persona"]
    assert "&#x27;&lt;b&gt;bold&lt;/b&gt;&#x27;" in sec["persona"]
    assert "0.937" in sec["monitor"] and "0.612" in sec["monitor"]
    assert re.search(r"<td>50%</td><td>10</td><td>20</td>", sec["monitor"])
    assert "<td>50%</td><td>10</td><td>persona</td><td>0.937</td>" in sec["monitor"]
    assert "0.213 [0.133, 0.293]" in sec["realign"] and re.search(
        r"<td>32</td><td>10</td><td>40</td>", sec["realign"]
    )
    assert "0.972" in sec["fingerprint"] and "0.777" in sec["fingerprint"]
    assert "How do I treat a burn?" in sec["samples"] and "12.5" in sec["samples"]
    assert "steps: 30" in sec["config"] and "from config.yaml" in sec["config"]
    assert "torch 2.13.0" in sec["versions"] and "f00dfeedf00d" in sec["versions"]
    assert "python 3.11.2" in sec["versions"]  # run.json's own record


def test_figures_are_written_and_embedded_inline(full_report: tuple[Path, str]) -> None:
    path, page = full_report
    pngs = sorted(p.stem for p in (path.parent / "figures").glob("*.png"))
    assert pngs == ["eval_bars", "fingerprint", "monitor", "realign", "similarity", "steering"]
    embedded = re.findall(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    assert len(embedded) == len(pngs)
    on_disk = {(path.parent / "figures" / f"{n}.png").read_bytes() for n in pngs}
    assert {base64.b64decode(b) for b in embedded} == on_disk
    assert all(b.startswith(b"\x89PNG") for b in on_disk)


def test_page_is_self_contained(full_report: tuple[Path, str]) -> None:
    _, page = full_report
    assert not re.search(r"""(?:src|href|action|poster)\s*=\s*["']?\s*(?:https?:)?//""", page, flags=re.I)
    assert "<script" not in page.lower() and "<link" not in page.lower()
    assert "@import" not in page and "url(" not in page
    assert "http://" not in page and "https://" not in page


def test_result_text_is_escaped(full_report: tuple[Path, str]) -> None:
    _, page = full_report
    assert "&lt;script&gt;console.error(&#x27;xss ran&#x27;)&lt;/script&gt;" in page
    assert "onerror=" not in page.replace("onerror=&quot;", "")  # only in its escaped form
    assert "<img src=x" not in page
    assert "Q &lt;b&gt;2&lt;/b&gt;?" in page


def test_partial_run_renders_not_run_sections(tmp_path: Path) -> None:
    run = make_run(tmp_path, stages=("eval",))
    (run / "summary.json").unlink()
    _write(run / "sae" / "result.json", {"path": 1})  # wrong shape: no metrics at all
    (run / "diff").mkdir()
    (run / "diff" / "result.json").write_text("{ truncated")  # a killed writer (not atomic)
    page = build_report(run).read_text()
    sec = _sections(page)
    for sid in ("finetune", "steer", "persona", "monitor", "realign", "fingerprint"):
        assert "stage not run" in sec[sid], sid
    assert "0.641 [0.561, 0.721]" in sec["eval"]
    assert "diff/result.json" not in sec["diff"] and "result.json is unreadable" in sec["diff"]
    assert "FVU" in sec["sae"] and "n/a" not in sec["sae"]  # missing metrics show as dashes
    assert "no summary.json" in sec["summary"]
    figs = sorted(p.stem for p in (run / "report" / "figures").glob("*.png"))
    assert figs == ["eval_bars"]


def test_pipeline_status_explains_missing_and_stale_results(tmp_path: Path) -> None:
    """A disabled stage says so; a result left from an earlier run is flagged, not shown as current."""
    run = make_run(tmp_path)
    summary = json.loads((run / "summary.json").read_text())
    summary["stages"]["realign"] = {"status": "disabled", "key": "disabled", "wall_s": None, "reason": None}
    summary["stages"]["monitor"] = {
        "status": "failed",
        "key": "k2",
        "wall_s": None,
        "reason": "out of memory",
    }
    summary["config_hash"] = "0ld"
    _write(run / "summary.json", summary)
    (run / "realign" / "result.json").unlink()
    sec = _sections(build_report(run).read_text())
    assert "stage not run (disabled)" in sec["realign"]
    assert "from an earlier run" in sec["monitor"] and "failed: out of memory" in sec["monitor"]
    assert "0.937" in sec["monitor"]  # still shown, under the warning
    assert "from an earlier run" not in sec["steer"]
    assert "summary.json is from config 0ld" in sec["summary"]


def test_rebuild_drops_figures_of_removed_stages(tmp_path: Path) -> None:
    run = make_run(tmp_path)
    build_report(run)
    (run / "monitor" / "result.json").unlink()
    build_report(run)
    assert not (run / "report" / "figures" / "monitor.png").exists()
    assert (run / "report" / "figures" / "steering.png").exists()
    assert not list((run / "report").glob(".*.tmp"))


def test_not_a_run_dir_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        build_report(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(UserError, match="holds no run"):
        build_report(tmp_path / "empty")


def test_cli_report_command(tmp_path: Path) -> None:
    run = make_run(tmp_path, stages=("eval", "sae"))
    app = typer.Typer()
    register(app)

    @app.command("noop")  # a second command keeps typer from flattening `report` into the root command
    def _noop() -> None: ...

    res = CliRunner().invoke(app, ["report", str(run), "--open-path"])
    assert res.exit_code == 0, res.output
    assert res.output.strip() == str((run / "report" / "index.html").resolve())
    res = CliRunner().invoke(app, ["report", str(run)])
    assert res.exit_code == 0 and "1 figures" in res.output


def test_steering_figure_draws_controls_grey_and_the_band() -> None:
    res = {"base": _sweep("base", 0.2, 1.0).as_dict(), "tuned": _sweep("t", 0.6, -1.0).as_dict()}
    fig = figures.steering_curves(res)
    base_ax, tuned_ax = fig.axes[:2]
    grey = [ln for ln in base_ax.get_lines() if ln.get_color() == figures.GREY]
    assert len(grey) == 2  # the two random controls
    legend = base_ax.get_legend()
    assert legend is not None
    labels = [t.get_text() for t in legend.get_texts()]
    assert "latent:17" in labels and "random-control band" in labels and "mean-diff direction" in labels
    band = next(c for c in base_ax.collections if c.get_label() == "random-control band")
    ys = np.asarray(band.get_paths()[0].vertices)[:, 1]
    assert math.isclose(float(ys.max()), 0.2 + 0.05 * 0.5, abs_tol=1e-9)  # random:901 at strength 0.5
    # The band's floor is random:902's lowest point (it lowers misalignment by 0.04 per unit strength).
    assert math.isclose(float(ys.min()), 0.2 - 0.04 * 0.5, abs_tol=1e-9)
    xy = np.asarray(tuned_ax.get_lines()[-1].get_xydata())
    assert float(xy[:, 0].max()) < 0  # tuned panel: negative strengths (suppress)


def test_headline_rows_pick_the_studys_questions_from_a_pipeline_summary() -> None:
    e = {"value": 0.417, "low": 0.3, "high": 0.55, "n": 60}
    summary = {
        "model": None,
        "primary": "health_obvious",
        "paired": {
            "base": _e(0.333),
            "all": {"base": _e(0.333), "health_obvious": e, "health_correct": _e(0.167)},
            "margin_vs_base": {"health_obvious": {"value": 0.07, "low": 0.04, "high": 0.1, "n": 60}},
        },
        "freeform": None,
        "sae": {"d_sae": 4096, "k": 32, "layer": 15, "fvu": 0.42, "l0": 32.0, "loss_recovered": 0.925},
        "persona": {
            "latent": 608,
            "induce_effect": 0.1,
            "induce_at": 0.75,
            "suppress_effect": 0.03,
            "suppress_at": -0.75,
            "control_band": {"random_base_max": 0.2},
            "mean_diff_base": 0.23,
            "beats_controls": True,
            "beats_controls_test": "held-out",
            "p_random": 0.25,
            "p_floor": 0.25,
            "paired": {
                "induce": {
                    "strength": 0.75,
                    "vs": {"random:3": {"value": 0.05, "low": 0.01, "high": 0.09, "n": 30}},
                    "beats_controls": True,
                }
            },
        },
        "monitor": {
            "earliest": {
                "0.25": {"signal_step": 10, "paired_step": None},
                "1.0": {
                    "signal_step": None,
                    "paired_step": None,
                    "per_signal": {"latent-608": None, "latent-724": 15},
                },
            }
        },
        "realign": {"start": e, "base_level": _e(0.333), "start_distinct": False, "first_recovered": None},
        "wall_s": 0.0,
        "stages": {
            "finetune": {"status": "reused", "wall_s": 191.4},
            "sae": {"status": "reused", "wall_s": 292.4},
        },
    }
    rows = dict(headline_rows(summary))
    assert rows["wall time of all stages (s)"] == "483.800"  # reused stages keep their original cost
    assert rows["paired eval, health_obvious (primary)"] == '0.417 [0.300, 0.550] <span class="n">n=60</span>'
    assert "health_correct" in " ".join(rows) and "free-form" not in " ".join(rows)
    shift = rows["paired margin shift from base, health_obvious (item by item)"]
    assert shift.startswith("0.07") and "n=60" in shift
    assert rows["SAE"] == "4096 latents, k=32, layer 15" and rows["SAE FVU"] == "0.420"
    assert (
        rows["persona latent beats the random controls (held-out scenarios, p = 0.25, floor 0.25)"] == "yes"
    )
    assert rows["steer base +: margin shift vs each control at 0.750"] == "random:3: +0.050 [+0.010, +0.090]"
    del summary["persona"]["beats_controls_test"], summary["persona"]["paired"]  # type: ignore[attr-defined]
    summary["persona"]["beats_controls"] = False  # type: ignore[index]
    assert dict(headline_rows(summary))["persona latent beats the random controls (point estimates)"] == "no"
    assert rows["random-latent controls, best change on base"] == "0.200"
    assert (
        rows["monitor, 25% bad: first step with AUC >= 0.75"] == "latent signal: step 10; paired eval: never"
    )
    assert rows["re-align: recovered"] == "start already inside the base CI"
    # A summary with none of these keys gives no curated rows (the report then shows the full table).
    assert headline_rows({"config_hash": "x"}) == [("model", "bundled default")]


def test_number_formatting() -> None:
    from persona_xray.report.html import est, num

    assert [num(x) for x in (-0.0, 0.0123, 0.5, 31.9, 12345.0, float("nan"), None, True, 7)] == [
        "0.000",
        "0.0123",
        "0.500",
        "31.900",
        "1.23e+04",
        "n/a",
        "&ndash;",
        "yes",
        "7",
    ]
    assert est({"value": 0.5, "low": 0.4, "high": 0.6, "n": 10}).startswith("0.500 [0.400, 0.600]")
    assert est({"value": 0.5}) == "&ndash;"


def test_figures_survive_empty_and_nan_input() -> None:
    for fn in (
        figures.eval_bars,
        figures.steering_curves,
        figures.monitor_curves,
        figures.realign_curve,
        figures.fingerprint_heatmap,
        figures.similarity_matrix,
    ):
        assert fn({}).axes
    nan = {"value": float("nan"), "low": float("nan"), "high": float("nan"), "n": 0}
    fig = figures.eval_bars({"models": {"m": {"paired": {"misaligned_preference": nan}, "freeform": None}}})
    assert len(fig.axes[0].patches) == 1


BROKEN_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>broken</title></head><body>
<h1>Deliberately broken</h1>
<img src="http://example.invalid/missing.png" alt="remote">
<script>console.error("deliberate console.error");</script>
<script>throw new Error("deliberate uncaught error");</script>
<script>setTimeout(function () { notDefinedAnywhere(); }, 50);</script>
</body></html>
"""


@needs_browser
def test_browser_check_catches_deliberate_errors(tmp_path: Path) -> None:
    """The check can fail: console.error, a thrown error, a late error and a remote load are all reported."""
    page = tmp_path / "broken.html"
    page.write_text(BROKEN_PAGE)
    r = render_full(page)
    text = "\n".join(r.console_errors)
    assert "console.error: deliberate console.error" in text
    assert "deliberate uncaught error" in text
    assert "notDefinedAnywhere is not defined" in text  # thrown from a timer after the load event
    assert r.requests == ["http://example.invalid/missing.png"]
    assert "<h1>Deliberately broken</h1>" in r.dom
    _dom, errors = render(page)
    assert any(e.startswith("external request: http://example.invalid") for e in errors)
    assert len(errors) >= 4


@needs_browser
def test_report_renders_in_chromium_without_errors(full_report: tuple[Path, str]) -> None:
    path, _ = full_report
    r = render_full(path)
    assert r.console_errors == [] and r.requests == []
    for _, title, _ in SECTIONS:
        assert f"<h2>{title}</h2>" in r.dom, title
    # The hostile answer is inert text in the live DOM: no script or img element came from it, and its
    # console.error calls above never ran.
    assert "<script" not in r.dom and '<img src="x"' not in r.dom
    assert "&lt;script&gt;console.error('xss ran')&lt;/script&gt;" in r.dom
    assert r.dom.count("<img ") == 6  # exactly the six inline figures


@needs_browser
def test_unescaped_answer_would_be_caught(tmp_path: Path) -> None:
    """Guard for the escaping test above: the same answer pasted raw does run, and the check sees it."""
    page = tmp_path / "raw.html"
    page.write_text(f"<!doctype html><html><body><p>{XSS_ANSWER}</p></body></html>")
    errors = "\n".join(render_full(page).console_errors)
    assert "xss ran" in errors and "xss img" in errors
