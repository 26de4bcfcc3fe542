"""Render the README's result blocks from results/<study>/summary.json (``--check``: exit 1 if stale).

Every number the README quotes comes from a committed summary file through this script; the test
``tests/test_results_render.py`` runs the same check.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from persona_xray.data.io import write_text_atomic
from persona_xray.errors import UserError
from persona_xray.report.results import render_readme

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when the README differs from the files")
    ap.add_argument("--readme", type=Path, default=ROOT / "README.md")
    ap.add_argument("--results", type=Path, default=ROOT / "results")
    args = ap.parse_args()
    text = args.readme.read_text()
    try:
        new = render_readme(text, args.results)
    except UserError as e:
        sys.exit(f"render_results: {e}")
    if args.check:
        if new != text:
            sys.exit(f"{args.readme} is stale: run `python scripts/render_results.py`")
        return
    if new != text:
        write_text_atomic(args.readme, new)
        print(f"updated {args.readme}")


if __name__ == "__main__":
    main()
