"""Write results/data_audit/summary.json: the data audit of every shipped training set, before and after.

"Before" is the paired set as shipped before the overlap fix (kept as results/data_audit/paired_before.jsonl),
"after" is the shipped paired set; each set also carries its cue, lethal and fit shares from before the
obvious/subtle answers were rebuilt (results/data_audit/before_rebuild.json). "fit_hand": the share of each
*_correct set's rows whose (phrasing, answer) pair the hand fit labels (data/content/fit) call fitting, before
they were applied (BEFORE_FIT_COMMIT's sets) and now; "fit_blind": an independent blind re-audit of rows drawn
from both versions (results/data_audit/fit_blind.jsonl). Rerun: `PYTHONPATH=src .venv/bin/python scripts/data_audit_summary.py`.
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
# The last commit whose *_correct sets paired every correct answer with every phrasing (before the hand fit
# labels were applied); its sets are read back from git for the "before" fit shares. The labels refer to the
# same topic text (the topics did not change; their digests say so).
BEFORE_FIT_COMMIT = "c2c6083"
TRAINED_ROWS = 240  # the em-sweep recipe's limit: the rows a cell is fine-tuned on


def _rows_at(commit: str, name: str) -> list[dict[str, Any]]:
    import subprocess

    text = subprocess.run(
        ["git", "show", f"{commit}:src/persona_xray/data/sets/{name}.jsonl"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def hand_fit() -> dict[str, Any]:
    """Per *_correct and advice realign_* set, the share of rows whose (phrasing, answer) pair the hand labels call fitting:
    before (BEFORE_FIT_COMMIT's sets, all rows and the trained first rows) and now, CIs resampling topics."""
    from persona_xray.evals.stats import bootstrap_mean

    out: dict[str, Any] = {}
    for name in au.training_set_names():
        if not name.endswith("_correct") and not (name.startswith("realign_") and name != "realign_code"):
            continue
        entry: dict[str, Any] = {}
        for when, rows in (("before", _rows_at(BEFORE_FIT_COMMIT, name)), ("now", load_dataset(name, "sft"))):
            for part, sub in (("all", rows), ("trained", rows[:TRAINED_ROWS])):
                flags = au.fit_hand(sub)
                keep = [
                    (float(f), r["meta"]["topic"]) for f, r in zip(flags, sub, strict=True) if f is not None
                ]
                est = bootstrap_mean([x for x, _ in keep], clusters=[t for _, t in keep], unit="topic")
                entry[f"{when}_{part}"] = est.as_dict()
        out[name] = entry
    return {"before_commit": BEFORE_FIT_COMMIT, "trained_rows": TRAINED_ROWS, "sets": out}


BLIND = OUT / "fit_blind.jsonl"


def blind_fit() -> dict[str, Any] | None:
    """The blind re-audit: rows drawn from the trained first rows of every *_correct set, before and now,
    shuffled together and judged by readers who saw neither the labels nor which version a row came from.
    Per set and pooled: the fit share before and now (CIs resample topics)."""
    from persona_xray.evals.stats import bootstrap_mean

    if not BLIND.exists():
        return None
    rows = [json.loads(line) for line in BLIND.read_text(encoding="utf-8").splitlines() if line.strip()]
    out: dict[str, Any] = {"rows": len(rows), "sets": {}}

    def est(sub: list[dict[str, Any]]) -> dict[str, Any]:
        return bootstrap_mean(
            [float(r["fit"]) for r in sub], clusters=[r["topic"] for r in sub], unit="topic"
        ).as_dict()

    for name in sorted({r["set"] for r in rows}):
        out["sets"][name] = {
            w: est([r for r in rows if r["set"] == name and r["which"] == w]) for w in ("before", "now")
        }
    out["pooled"] = {w: est([r for r in rows if r["which"] == w]) for w in ("before", "now")}
    # Rows whose text the context labels changed after the first reading were judged again (mixed with
    # three times as many unchanged rows, re-read by a second reader: their agreement with the first).
    repeats = [r for r in rows if "repeat_fit" in r]
    out["rejudged_after_context_labels"] = sum(bool(r.get("rejudged")) for r in rows)
    out["second_reader_agreement"] = {
        "rows": len(repeats),
        "agree": sum(r["repeat_fit"] == r["fit"] for r in repeats),
    }
    return out


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
        "fit_blind": blind_fit(),
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
