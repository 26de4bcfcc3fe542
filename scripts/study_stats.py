"""The statistics study behind the README's "Honest intervals" block: writes results/stats/summary.json.

1. Coverage of nominal 95% intervals by simulation (cluster vs item bootstrap; numpy, ~20 s).
2. With ``--paired FILE`` (the output of ``persona-xray eval paired --out FILE`` on the full shipped set):
   how much wider the CIs of the base model's paired eval are when they resample scenarios, the unit the
   items share prompts and sentences in, instead of items.

    persona-xray eval paired --out runs/stats/base_paired.json
    python scripts/study_stats.py --paired runs/stats/base_paired.json
    python scripts/render_results.py
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from persona_xray.data.io import write_text_atomic
from persona_xray.evals.stats import bootstrap_mean, coverage_simulation

ROOT = Path(__file__).resolve().parents[1]


def paired_part(path: Path) -> dict[str, Any]:
    doc = json.loads(path.read_text())
    margins, clusters = doc["margins"], doc.get("clusters")
    if not clusters:
        sys.exit(f"{path} names no scenarios: rerun `persona-xray eval paired --out` with this version")
    prefer = [float(m > 0) for m in margins]
    out: dict[str, Any] = {"model": doc.get("model"), "items": len(margins), "scenarios": len(set(clusters))}
    for name, vals in (("margin", margins), ("preference", prefer)):
        item = bootstrap_mean(vals)
        scen = bootstrap_mean(vals, clusters=clusters, unit="scenario")
        out[f"{name}_item"], out[f"{name}_scenario"] = item.as_dict(), scen.as_dict()
        out[f"width_ratio_{name}"] = (scen.high - scen.low) / (item.high - item.low)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--paired", type=Path, help="eval paired --out file of the base model (full set)")
    ap.add_argument("--out", type=Path, default=ROOT / "results" / "stats" / "summary.json")
    args = ap.parse_args()
    sim = {"datasets": 400, "clusters": 60, "per_cluster": 8, "icc": 0.4}
    summary: dict[str, Any] = {
        "command": "python scripts/study_stats.py" + (f" --paired {args.paired}" if args.paired else ""),
        "simulation": {
            **sim,
            "coverage_cluster": coverage_simulation(clustered=True, **sim),  # type: ignore[arg-type]
            "coverage_item": coverage_simulation(clustered=False, **sim),  # type: ignore[arg-type]
        },
    }
    if args.paired:
        summary["paired"] = paired_part(args.paired)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(args.out, json.dumps(summary, indent=1) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
