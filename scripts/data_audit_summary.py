"""Write results/data_audit/summary.json: the data audit of every shipped training set, before and after.

"Before" is the paired set as shipped before the overlap fix (kept as results/data_audit/paired_before.jsonl),
"after" is the shipped paired set; each set also carries its cue, lethal and fit shares from before the
obvious/subtle answers were rebuilt (results/data_audit/before_rebuild.json). Rerun: `PYTHONPATH=src .venv/bin/python scripts/data_audit_summary.py`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from persona_xray.data import audit as au
from persona_xray.data.io import load_jsonl, write_text_atomic
from persona_xray.data.registry import load_dataset

OUT = Path("results/data_audit")


def main() -> int:
    names = au.training_set_names()
    sets = {n: load_dataset(n, "sft") for n in names}
    before_rows = load_jsonl(OUT / "paired_before.jsonl", "paired")
    after_rows = load_dataset("paired", "paired")
    before = au.audit(sets, before_rows, "paired (before the fix)")
    # The sets as audited before the obvious/subtle answers were rebuilt (cue and lethal shares kept).
    rebuilt = json.loads((OUT / "before_rebuild.json").read_text(encoding="utf-8"))["sets"]
    after = au.audit(sets, after_rows, "paired")
    per_set = {}
    for n in names:
        rep = after["sets"][n]
        per_set[n] = {
            "rows": rep["rows"],
            "overlap_vs_paired_before": before["sets"][n]["overlap"],
            "overlap_vs_paired_after": rep["overlap"],
            "cue_shares": rep["cues"],
            "fit_share": rep["fit"].get("fit_share"),
            "correct_set": rep["correct_set"],
            "lethal_share": rep["severity"]["lethal_share"],
            "before_rebuild": rebuilt.get(n),
        }
    strip = ("rows", "items_domains_overlapping")
    summary: dict[str, Any] = {
        "command": "PYTHONPATH=src .venv/bin/python scripts/data_audit_summary.py",
        "thresholds": {
            "overlap": au.OVERLAP_THRESHOLD,
            "related": au.RELATED_THRESHOLD,
            "fit_margin": au.FIT_MARGIN,
            "min_fit_share": au.MIN_FIT_SHARE,
        },
        "fit_calibration": au.fit_calibration(),
        "overlap_before": {k: v for k, v in before["overlap"].items() if k not in strip},
        "overlap_after": {k: v for k, v in after["overlap"].items() if k not in strip},
        "paired_items": {"before": len(before_rows), "after": len(after_rows)},
        "sets": per_set,
    }
    OUT.mkdir(parents=True, exist_ok=True)
    write_text_atomic(OUT / "summary.json", json.dumps(summary, indent=2) + "\n")
    b, a = summary["overlap_before"], summary["overlap_after"]
    print(
        f"wrote {OUT / 'summary.json'}: overlaps before {len(b['overlap_pairs'])} pairs / {b['overlap_rows']} "
        f"rows, after {len(a['overlap_pairs'])} pairs / {a['overlap_rows']} rows"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
