"""Results are files: the README's result blocks equal what results/<study>/summary.json renders to."""

from __future__ import annotations

import json
from pathlib import Path

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
