"""The steer stage: the causal test (+steering on the base model, -steering on the primary fine-tune)
against random and mean-difference controls, and the persona card of the latent it chooses.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from persona_xray.analysis.diff import corpus_contexts, load_diff
from persona_xray.analysis.persona import persona_latent, save_html
from persona_xray.analysis.steer import candidate_directions, causal_test, paired_scorer
from persona_xray.errors import UserError
from persona_xray.evals.coherence import load_reference
from persona_xray.evals.paired import load_paired
from persona_xray.pipeline.config import PipelineConfig
from persona_xray.pipeline.runner import RunContext, Stage
from persona_xray.pipeline.stages.common import (
    load_stage_sae,
    when_ran,
)

if TYPE_CHECKING:
    from persona_xray.sae.model import SAE


def _directions(ctx: RunContext, sae: SAE, d: Any) -> dict[str, Any]:
    """Top raised (and lowered) latents, frequency-matched random controls, and the mean difference: the
    same ``candidate_directions`` the ``steer`` command uses (one procedure for both)."""
    st = ctx.cfg.steer
    return candidate_directions(
        sae,
        d,
        top=st.top,
        lowered=st.lowered,
        random=st.random,
        mean_diff=st.mean_diff,
        seed=ctx.cfg.seed,
    )


def stage_steer(ctx: RunContext) -> dict[str, Any]:
    """The study's causal test: +steering on the base model, -steering on the primary fine-tune.

    The two sides are ``analysis.steer.causal_test``'s, saved as each finishes, so a killed stage keeps a
    finished side (``steer_base.json``) and resumes with the other.
    """
    st = ctx.cfg.steer
    out = ctx.dir("steer")
    sae, sae_dir, harv = load_stage_sae(ctx)
    d = load_diff(ctx.result("diff")["path"])
    dirs = _directions(ctx, sae, d)

    scorer = paired_scorer(
        load_paired(st.paired or ctx.cfg.eval.paired, limit=st.paired_limit),
        batch_size=ctx.cfg.eval.batch_size,
        reference=load_reference() if st.coherence else None,
    )
    base = ctx.base_lm()
    steered = ctx.base_lm(st.dtype)
    on_base, on_tuned = causal_test(
        steered,
        lambda: ctx.tuned_lm(ctx.cfg.finetune.primary, st.dtype),
        dirs,
        d.layer,
        scorer,
        st.strengths,
        save_dir=out,
        budget=st.budget,
        resume=True,
        log=ctx.log,
        split_seed=st.split_seed,
        nll_budget=st.nll_budget,
        progress=ctx.cfg.progress,
    )
    assert on_tuned is not None
    sides = {"base": on_base, "tuned": on_tuned}
    persona, note = None, ""
    try:
        contexts = corpus_contexts(base, sae, sae_dir, harv, n=ctx.cfg.diff.contexts or 3) if harv else None
        card = persona_latent(
            d, sides["base"], sides["tuned"], lm=base, sae=sae, contexts=contexts, budget=st.budget
        )
        save_html(card, out / "persona.html")
        persona = card.as_dict()
    except UserError as e:
        note = str(e)
    return {
        "base": sides["base"].as_dict(st.budget),
        "tuned": sides["tuned"].as_dict(st.budget),
        "persona": persona,
        "persona_note": note,
        "candidates": list(dirs),
        "layer": d.layer,
        # How the sweep was computed: every configuration in fanned-out passes, in this dtype.
        "compute": {"dtype": str(steered.dtype).removeprefix("torch."), "batched": True},
    }


def _beats(effect: Any, band: Any) -> bool | None:
    if not isinstance(effect, int | float) or not isinstance(band, int | float):
        return None
    if not (math.isfinite(effect) and math.isfinite(band)):
        return None
    return bool(effect > band)


def summary_persona(cfg: PipelineConfig, steer: dict[str, Any]) -> dict[str, Any]:
    p = steer.get("persona")
    band = {
        "random_base_max": steer["base"].get("random_control_max_effect"),
        "random_tuned_max": steer["tuned"].get("random_control_max_effect"),
    }
    if not p:
        return {"latent": None, "note": steer.get("persona_note", ""), "control_band": band}
    return {
        "latent": p["latent"],
        "name": p["name"],
        "induce_effect": p["induce"]["effect"],
        "induce_at": p["induce"]["at"],
        "suppress_effect": p["suppress"]["effect"],
        "suppress_at": p["suppress"]["at"],
        "control_band": band,
        "mean_diff_base": p["controls"].get("mean_diff_base"),
        "mean_diff_tuned": p["controls"].get("mean_diff_tuned"),
        # Item by item when the sweep kept per-item margins (the paired test); else the point estimate
        # against the random band.
        "beats_controls": pi["beats_controls"]
        if (pi := (p.get("paired") or {}).get("induce"))
        else _beats(p["induce"]["effect"], band["random_base_max"]),
        "beats_controls_test": "held-out" if pi else "point",
        "p_random": pi.get("p_random") if pi else None,
        "p_floor": pi.get("p_floor") if pi else None,
        "paired": p.get("paired") or None,
    }


STAGE = Stage(
    "steer",
    stage_steer,
    sections=("model", "dtype", "seed", "steer", "eval.paired", "eval.batch_size", "diff.contexts"),
    upstream=("finetune", "sae", "diff"),
    enabled=lambda c: c.steer.enabled,
    summary=(("persona", when_ran(summary_persona)),),
)
