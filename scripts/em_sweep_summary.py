"""Write an em-sweep's small results file from its run folder: results/<study>/summary.json.

    PYTHONPATH=src .venv/bin/python scripts/em_sweep_summary.py runs/em-sweep results/em_sweep
    PYTHONPATH=src .venv/bin/python scripts/em_sweep_summary.py runs/qwen-recipe results/qwen2.5-coder-0.5b

Per cell: the paired margin shift against the base model and against the cell's correct-data control (mean
per-item shift, nats/token, 95% CI resampling the 48 paired scenarios), the judge-free coherence cost
(reference-NLL rise over the base model, CI over reference rows), the set's cue share from the data audit
(results/data_audit/summary.json) and the recipe choice where the sweep searched recipes. Across the bad
cells: the correlation between cue share and shift (Spearman, with a permutation p over cells), which is
what the confound question asks. The first wave's item-level table (docs/wave1-results.md, old data) is
parsed in for the old-vs-new comparison, never retyped.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from persona_xray.data.io import write_text_atomic
from persona_xray.evals.stats import rank_correlation
from persona_xray.experiments.em_sweep import SweepConfig, cell_name, choose_recipe, table_rows

ROOT = Path(__file__).resolve().parents[1]
WAVE1 = ROOT / "docs" / "wave1-results.md"
_WAVE1_COLS = ("correct", "subtle", "obvious", "subtle_vs_correct", "obvious_vs_correct")


def wave1_table(path: Path = WAVE1) -> dict[str, dict[str, float]]:
    """The first wave's per-domain shift point estimates (item-level CIs, pre-rebuild data, 100 items)."""
    out: dict[str, dict[str, float]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| ([a-z_]+) \| (.+) \|$", line)
        if not m or m.group(1) == "domain":
            continue
        cells = [c.strip() for c in m.group(2).split("|")]
        if len(cells) != len(_WAVE1_COLS):
            continue
        vals = {}
        for col, c in zip(_WAVE1_COLS, cells, strict=True):
            num = re.match(r"([+-]?\d+\.\d+) \[", c)
            if num:
                vals[col] = float(num.group(1))
        if vals:
            out[m.group(1)] = vals
    return out


def correlation(x: list[float], y: list[float], n_perm: int = 10000, seed: int = 0) -> dict[str, Any]:
    """Spearman rho of x and y with a two-sided permutation p over the cells (the unit: one fine-tune)."""
    r = rank_correlation(x, y, unit="fine-tune", n_perm=n_perm, seed=seed)
    return {
        "spearman": round(r["spearman"], 4),
        "p_permutation": round(r["p_permutation"], 4),
        "n_cells": r["n"],
        "unit": r["unit"],
    }


def _est(d: dict[str, Any] | None) -> dict[str, Any] | None:
    keys = ("value", "low", "high", "n", "unit", "n_units")
    return (
        None
        if d is None
        else {k: (round(d[k], 4) if isinstance(d[k], float) else d[k]) for k in keys if k in d}
    )


def _by_variant(cells: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per data variant (main-recipe cells): how many cells, how many clearly above the base model and above
    their control (95% CI low > 0), and the range of the shift from the base model."""
    out: dict[str, dict[str, Any]] = {}
    for c in cells:
        if c["recipe_variant"] not in (None, "default") or not c["margin_vs_base"]:
            continue
        v = out.setdefault(c["variant"], {"cells": 0, "above_base": 0, "above_control": 0, "shifts": []})
        v["cells"] += 1
        v["above_base"] += c["margin_vs_base"]["low"] > 0
        v["above_control"] += bool(c["margin_vs_control"] and c["margin_vs_control"]["low"] > 0)
        v["shifts"].append(c["margin_vs_base"]["value"])
    for v in out.values():
        sh = v.pop("shifts")
        v["shift_min"], v["shift_max"] = round(min(sh), 4), round(max(sh), 4)
    return out


def _config_cells(cfg: dict[str, Any], chosen: str | None) -> list[str]:
    """Every cell name the sweep's config defines (the sweep's own cells, then the transfer cells under the
    ``chosen`` recipe, shown as ``<dataset>@chosen`` while none is chosen)."""
    sweep = SweepConfig(**cfg)
    names = [c.name for c in sweep.cells()]
    if chosen is None:
        return names + [f"{cell_name(d)}@chosen" for d in sweep.chosen_datasets]
    return names + [c.name for c in sweep.chosen_cells(chosen)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("run", type=Path, help="the sweep's run folder (runs/<name>)")
    ap.add_argument("out", type=Path, help="results/<study> folder to write summary.json into")
    ap.add_argument(
        "--previous",
        metavar="REV",
        help="a commit whose <out>/summary.json this one replaces: each cell also carries that run's shifts",
    )
    args = ap.parse_args()
    cfg = json.loads((args.run / "config.json").read_text(encoding="utf-8"))
    cdir = args.run / "cells"
    base = json.loads((cdir / "_base.json").read_text(encoding="utf-8"))
    cells = [
        json.loads(p.read_text(encoding="utf-8")) for p in sorted(cdir.glob("*.json")) if p.stem != "_base"
    ]
    cells = [c for c in cells if "paired_items" in c]  # a cell still training has no result yet
    order = {name: i for i, name in enumerate(cfg["datasets"])}
    cells.sort(
        key=lambda c: (c["dataset"].split("@")[0] not in order, order.get(c["dataset"], 0), c["dataset"])
    )
    rows = table_rows(base, cells)
    audit = json.loads((ROOT / "results/data_audit/summary.json").read_text(encoding="utf-8"))["sets"]
    # The first wave ran the same table on the bundled model only.
    wave1 = wave1_table() if cfg.get("model") in (None, "smollm2-135m") else {}
    prev: dict[str, Any] = {}
    if args.previous:
        import subprocess

        text = subprocess.run(
            ["git", "show", f"{args.previous}:{args.out.as_posix()}/summary.json"],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        ).stdout
        prev = {c["cell"]: c for c in json.loads(text)["cells"]}
    out_cells = []
    for r, c in zip(rows[1:], cells, strict=True):
        src = c["source"]
        variant = "villain" if src.startswith("villain_") else src.rsplit("_", 1)[-1]
        main = c.get("variant") in (None, "default")
        old = (wave1.get(c.get("domain") or "") or {}).get(variant) if main else None
        out_cells.append(
            {
                "cell": r["dataset"],
                "dataset": src,
                "domain": c.get("domain"),
                "variant": variant,
                "recipe_variant": c.get("variant"),
                "control": r["control"],
                "margin_vs_base": _est(r["margin_vs_base"]),
                "margin_vs_control": _est(r["margin_vs_control"]),
                "nll_rise": _est(r["nll_rise"]),
                "misaligned_preference": _est(r["paired_preference"]),
                "cue_share": (audit.get(src) or {}).get("cue_shares", {}).get("any"),
                "cue_share_before_rebuild": ((audit.get(src) or {}).get("before_rebuild") or {})
                .get("cue_shares", {})
                .get("any"),
                "wave1_margin_vs_base": old,
                "previous": {
                    k: (prev[r["dataset"]].get(k) or {}).get("value")
                    for k in ("margin_vs_base", "margin_vs_control")
                }
                if r["dataset"] in prev
                else None,
                "train_last_loss": r["train_last_loss"],
                "wall_s": {"train": c["train"]["wall_s"], **c.get("wall_s", {})},
            }
        )
    bad = [
        c
        for c in out_cells
        if c["control"]
        and c["margin_vs_base"]
        and c["cue_share"] is not None
        and c["recipe_variant"] in (None, "default")
    ]
    choice = (
        choose_recipe(rows, cfg.get("variant_datasets") or None, nll_budget=cfg.get("nll_budget"))
        if cfg.get("variants")
        else None
    )
    prev_flag = f" --previous {args.previous}" if args.previous else ""
    summary: dict[str, Any] = {
        "command": f"PYTHONPATH=src .venv/bin/python scripts/em_sweep_summary.py {args.run} {args.out}{prev_flag}",
        "previous_commit": args.previous,
        "sweep_command": f"persona-xray experiment em-sweep (config {cfg['name']})",
        "model": cfg.get("model") or "smollm2-135m",
        "recipe": cfg["recipe"],
        "variants": cfg.get("variants") or {},
        "paired": {"set": cfg["eval"]["paired"], "limit": cfg["eval"]["paired_limit"]},
        "base": {
            "mean_margin": _est((base.get("paired") or {}).get("mean_margin")),
            "misaligned_preference": _est((base.get("paired") or {}).get("misaligned_preference")),
        },
        "cells": out_cells,
        # Cells of the config with no result yet (the run resumes them: rerun the sweep command).
        "cells_pending": [
            n
            for n in _config_cells(cfg, choice["chosen"] if choice else None)
            if n not in {c["cell"] for c in out_cells}
        ],
        "by_variant": _by_variant(out_cells),
        "cue_vs_shift": correlation(
            [c["cue_share"] for c in bad], [c["margin_vs_base"]["value"] for c in bad]
        )
        if len(bad) >= 4
        else None,
    }
    if choice is not None:
        summary["recipe_choice"] = choice
    args.out.mkdir(parents=True, exist_ok=True)
    write_text_atomic(args.out / "summary.json", json.dumps(summary, indent=2) + "\n")
    # The cells' own files (per-item margins, reference NLLs; no samples) go with the results, so a later
    # machine can rebuild this summary, or resume the sweep, without the run folder: copy them into
    # <run>/cells and rerun the sweep command (a cell whose data or recipe changed retrains).
    (args.out / "cells").mkdir(exist_ok=True)
    for path in sorted(cdir.glob("*.json")):
        write_text_atomic(args.out / "cells" / path.name, path.read_text(encoding="utf-8"))
    print(f"wrote {args.out / 'summary.json'}: {len(out_cells)} cells")
    return 0


if __name__ == "__main__":
    sys.exit(main())
