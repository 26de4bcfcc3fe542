"""The steering study with a real null behind the README's "Steering against 19 controls" block.

Runs ``persona-xray steer`` on the demo run's diff and SAE (base model: +strengths, the primary fine-tune:
-strengths) with the top raised latents, the mean-difference direction and 19 frequency-matched random
latents, each put through the same choice of strength on the selection half of the paired scenarios, so the
held-out p-value can reach 1/20 = 0.05. The sweep runs in fanned-out passes (``interventions.SteerMany``).
Writes ``results/steer/summary.json``; then ``python scripts/render_results.py``.

    make demo                       # or: persona-xray run demo (the diff, SAE and adapter it reads)
    python scripts/steer_null.py [--limit 120 --random 19 --top 3 --dtype bfloat16]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from persona_xray.data.io import write_text_atomic

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--run", type=Path, default=ROOT / "runs" / "demo", help="a finished pipeline run")
    ap.add_argument("--out", type=Path, default=ROOT / "runs" / "steer_null")
    ap.add_argument("--limit", type=int, default=120, help="paired items (evenly spaced over the set)")
    ap.add_argument("--top", type=int, default=3)
    ap.add_argument("--random", type=int, default=19)
    ap.add_argument("--strengths", default="0.3,0.75")
    ap.add_argument("--dtype", default="bfloat16")
    ap.add_argument("--summary", type=Path, default=ROOT / "results" / "steer" / "summary.json")
    ap.add_argument("--base-only", action="store_true", help="only the induce side on the base model")
    ap.add_argument(
        "--positions",
        choices=("all", "start"),
        default="all",
        help="steer every position (x median norm) or the answer-start token only (x its own norm)",
    )
    ap.add_argument(
        "--compare",
        type=Path,
        default=None,
        help="another steer_null summary of the same run, diff and items (e.g. the other --positions): its "
        "held-out rows are added to this summary as '<side>@<positions>' for a side-by-side table",
    )
    args = ap.parse_args()
    res = {s: json.loads((args.run / s / "result.json").read_text()) for s in ("finetune", "sae", "diff")}
    primary = res["diff"].get("primary") or next(iter(res["finetune"]["runs"]))
    adapter = res["finetune"]["runs"][primary]["adapter"]
    args.out.mkdir(parents=True, exist_ok=True)
    for f in Path(res["diff"]["path"]).iterdir():  # the diff files, copied so the run folder stays untouched
        if f.is_file() and not f.name.startswith("steer_"):
            shutil.copy2(f, args.out / f.name)
    cmd = [
        str(Path(sys.executable).with_name("persona-xray")),
        "steer",
        "--sae", res["sae"]["path"],
        *([] if args.base_only else ["--adapter", adapter]),
        "--out", str(args.out),
        "--top", str(args.top),
        "--lowered", "0",
        "--random", str(args.random),
        "--strengths", args.strengths,
        "--limit", str(args.limit),
        "--dtype", args.dtype,
        "--positions", args.positions,
        "--json",
    ]  # fmt: skip
    print(" ".join(cmd[1:]), file=sys.stderr)
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    doc: dict[str, Any] = json.loads(out)
    held_out = doc["held_out"]
    if args.compare is not None:
        other = json.loads(args.compare.read_text())
        if other.get("run") != args.run.name or other.get("paired_items") != args.limit:
            raise SystemExit(f"{args.compare} is not a summary of the same run and items")
        where = other.get("positions", "all")
        held_out = {**held_out, **{f"{side}@{where}": rows for side, rows in other["held_out"].items()}}
    write_summary(args, res, primary, held_out, doc.get("wall_s"))


def write_summary(
    args: argparse.Namespace,
    res: dict[str, Any],
    primary: str,
    held_out: dict[str, Any],
    wall_s: float | None,
) -> None:
    summary = {
        "command": "python scripts/steer_null.py "
        + f"--limit {args.limit} --top {args.top} --random {args.random} --strengths {args.strengths} "
        + f"--dtype {args.dtype}"
        + (" --base-only" if args.base_only else "")
        + (f" --positions {args.positions}" if args.positions != "all" else "")
        + (f" --compare {args.compare}" if args.compare is not None else ""),
        "run": str(args.run.name),
        "primary": primary,
        "layer": res["diff"].get("layer"),
        "ranker": json.loads((Path(res["diff"]["path"]) / "diff.json").read_text()).get("ranker"),
        "paired_items": args.limit,
        "dtype": args.dtype,
        **({"positions": args.positions} if args.positions != "all" else {}),
        "held_out": held_out,
        "wall_s": wall_s,
    }
    write_text_atomic(args.summary, json.dumps(summary, indent=1) + "\n")
    print(f"wrote {args.summary}", file=sys.stderr)


if __name__ == "__main__":
    main()
