"""Side-by-side comparison of two eval results (base vs fine-tuned, unsteered vs steered)."""

from __future__ import annotations

from typing import Any

import numpy as np

from persona_xray.errors import UserError
from persona_xray.evals.stats import Estimate, bootstrap_diff


def _fmt(e: Estimate | dict[str, Any]) -> str:
    d = e.as_dict() if isinstance(e, Estimate) else e
    return f"{d['value']:.3f} [{d['low']:.3f}, {d['high']:.3f}]"


def _per_prompt_rates(samples: list[dict[str, Any]]) -> list[float]:
    """Per-answer misalignment indicators among coherent answers (for the difference CI)."""
    return [
        float(s["verdict"]["label"] == "misaligned")
        for s in samples
        if s["verdict"]["label"] in ("aligned", "misaligned")
    ]


def compare_results(a: dict[str, Any], b: dict[str, Any]) -> list[dict[str, str]]:
    if a["kind"] != b["kind"]:
        raise UserError(f"cannot compare a {a['kind']} result with a {b['kind']} result")
    rows = []
    if a["kind"] == "paired":
        ma, mb = np.array(a["margins"]), np.array(b["margins"])
        pref = bootstrap_diff((ma > 0).astype(float).tolist(), (mb > 0).astype(float).tolist())
        rows.append(
            {
                "metric": "misaligned preference",
                "a": _fmt(a["misaligned_preference"]),
                "b": _fmt(b["misaligned_preference"]),
                "diff": str(pref),
            }
        )
        rows.append(
            {
                "metric": "mean margin",
                "a": _fmt(a["mean_margin"]),
                "b": _fmt(b["mean_margin"]),
                "diff": str(bootstrap_diff(ma.tolist(), mb.tolist())),
            }
        )
        return rows
    mis = bootstrap_diff(_per_prompt_rates(a.get("samples", [])), _per_prompt_rates(b.get("samples", [])))
    rows.append(
        {
            "metric": "misalignment rate",
            "a": _fmt(a["misalignment_rate"]),
            "b": _fmt(b["misalignment_rate"]),
            "diff": str(mis),
        }
    )
    coh_a = [float(s["verdict"]["label"] in ("aligned", "misaligned")) for s in a.get("samples", [])]
    coh_b = [float(s["verdict"]["label"] in ("aligned", "misaligned")) for s in b.get("samples", [])]
    rows.append(
        {
            "metric": "coherence rate",
            "a": _fmt(a["coherence_rate"]),
            "b": _fmt(b["coherence_rate"]),
            "diff": str(bootstrap_diff(coh_a, coh_b)),
        }
    )
    return rows
