"""Write results/data_audit/summary.json: the data audit of every shipped training set, before and after.

"Before" is the paired set as shipped before the overlap fix (kept as results/data_audit/paired_before.jsonl),
"after" is the shipped paired set; each set also carries its cue, lethal and fit shares from before the
obvious/subtle answers were rebuilt (results/data_audit/before_rebuild.json). "fit_hand" is the hand audit of
answer fit: every (question phrasing, correct answer) pair of every topic judged by reading, on the content of
commit HAND_FIT_COMMIT (results/data_audit/fit_hand/<domain>.yaml), weighted by how often each pair occurs in
that commit's *_correct set, with a CI resampling topics; misfitting answers were then rewritten. Rerun: `PYTHONPATH=src .venv/bin/python scripts/data_audit_summary.py`.
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
# The commit whose advice content the hand fit audit labels (its *_correct sets are read back from git).
HAND_FIT_COMMIT = "f767013"


def hand_fit() -> dict[str, Any]:
    """Per domain: pairs judged, misfit pairs, and the share of the correct set's rows that fit (topic CI)."""
    import subprocess

    import yaml

    from persona_xray.data.expand import load_domains
    from persona_xray.evals.stats import bootstrap_mean

    pools = {t.id: len(t.correct) for d in load_domains() for t in d.topics}
    out: dict[str, Any] = {}
    for path in sorted((OUT / "fit_hand").glob("*.yaml")):
        lab = yaml.safe_load(path.read_text(encoding="utf-8"))
        dom = str(lab["domain"])
        bad = {(m["topic"], int(m["q"]), int(m["a"])) for m in lab.get("misfits") or []}
        text = subprocess.run(
            ["git", "show", f"{HAND_FIT_COMMIT}:src/persona_xray/data/sets/{dom}_correct.jsonl"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        rows = [json.loads(line)["meta"] for line in text.splitlines() if line.strip()]
        fits = [
            0.0 if (m["topic"], m["question_idx"], m["answer_idx"] % pools[m["topic"]]) in bad else 1.0
            for m in rows
        ]
        est = bootstrap_mean(fits, clusters=[m["topic"] for m in rows], unit="topic")
        out[dom] = {
            "topics": lab["topics"],
            "pairs_checked": lab["pairs_checked"],
            "misfit_pairs": len(bad),
            "rows": len(rows),
            "row_fit_share": est.as_dict(),
            "answers_rewritten": len(lab.get("rewritten") or []),
            "unsure_topics": len(lab.get("unsure") or []),
        }
    return {"commit": HAND_FIT_COMMIT, "domains": out}


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
        "fit_hand": hand_fit(),
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
