"""Model diffing and steering: find the SAE latents fine-tuning moved and prove they control misalignment.

Reads like the study (Wang et al. 2025)::

    from persona_xray.analysis import diff, steer_sweep, causal_test, persona_latent
    d = diff(base, [tuned_a, tuned_b], sae, prompts)          # latents ranked by mean activation increase
    dirs = candidate_directions(sae, d, top=10, lowered=3, random=5)
    on_base, on_tuned = causal_test(base, tuned_a, dirs, d.layer, paired_scorer(items))
    card = persona_latent(d, on_base, on_tuned, lm=base, sae=sae)
"""

from __future__ import annotations

from persona_xray.analysis.diff import DiffResult, diff, load_diff, save_diff
from persona_xray.analysis.persona import LatentCard, persona_latent, render_html, render_text
from persona_xray.analysis.steer import (
    DEFAULT_STRENGTHS,
    Point,
    Score,
    SweepResult,
    candidate_directions,
    causal_test,
    freeform_scorer,
    paired_scorer,
    steer_sweep,
)

__all__ = [
    "DEFAULT_STRENGTHS",
    "DiffResult",
    "LatentCard",
    "Point",
    "Score",
    "SweepResult",
    "candidate_directions",
    "causal_test",
    "diff",
    "freeform_scorer",
    "load_diff",
    "paired_scorer",
    "persona_latent",
    "render_html",
    "render_text",
    "save_diff",
    "steer_sweep",
]
