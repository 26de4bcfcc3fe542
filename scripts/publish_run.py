"""Publish a finished pipeline run's summary as a committed study: ``results/<study>/summary.json``.

The README block ``<!-- results:<study> -->`` renders it with the same headline rows as the run's HTML report.
The command that made the run is recorded, so a reader can rerun it; the run folder itself (adapters, SAE,
caches) stays out of git and is rebuilt deterministically by that command.

    persona-xray run qwen
    python scripts/publish_run.py runs/qwen qwen_pipeline --command "persona-xray run qwen"
    python scripts/render_results.py
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from persona_xray.data.io import write_text_atomic

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("run", type=Path, help="a finished pipeline run folder (holds summary.json)")
    ap.add_argument("study", help="results/<study>/ to write")
    ap.add_argument("--command", required=True, help="the command that made the run")
    args = ap.parse_args()
    src = args.run / "summary.json"
    if not src.is_file():
        sys.exit(f"publish_run: {src} is missing: finish the run first")
    doc = json.loads(src.read_text())
    if doc.get("report") is None and not doc.get("stages"):
        sys.exit(f"publish_run: {src} has no stages: the run did not finish")
    doc = {"command": args.command, **doc}
    out = ROOT / "results" / args.study / "summary.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(out, json.dumps(doc, indent=1) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
