"""The fingerprint stage: each fine-tune's latent fingerprint (one diff pass) and their clustering."""

from __future__ import annotations

from typing import Any

from persona_xray.evals.freeform import load_prompts
from persona_xray.pipeline.config import PipelineConfig
from persona_xray.pipeline.runner import RunContext, Stage
from persona_xray.pipeline.stages.common import (
    import_optional,
    load_stage_sae,
    when_ran,
)


def stage_fingerprint(ctx: RunContext) -> dict[str, Any]:
    """Latent fingerprints of every fine-tune (one diff pass) and their similarity clustering."""
    fingerprint_models = import_optional(
        "persona_xray.analysis.fingerprint", "fingerprint_models", "fingerprint"
    )

    cfg, fp = ctx.cfg, ctx.cfg.fingerprint
    sae, _, _ = load_stage_sae(ctx)
    prompts = [
        p.chat() for p in load_prompts(fp.prompts or cfg.diff.prompts, limit=fp.limit or cfg.diff.limit)
    ]
    tuned = {label: ctx.tuned_lm(label) for label in cfg.finetune.runs}
    kw: dict[str, Any] = {"answer_source": cfg.diff.answer_source, "max_new_tokens": cfg.diff.max_new_tokens}
    kw.update(fp.extra)
    doc = fingerprint_models(ctx.base_lm(), tuned, sae, prompts, fp.k, ctx.dir("fingerprint"), **kw)
    return dict(doc)


def summary_fingerprint(cfg: PipelineConfig, fp: dict[str, Any]) -> dict[str, Any]:
    return {"names": fp["names"], "clusters": fp.get("clusters")}  # the matrix is in its result.json


STAGE = Stage(
    "fingerprint",
    stage_fingerprint,
    sections=(
        "model",
        "dtype",
        "fingerprint",
        "diff.prompts",
        "diff.limit",
        "diff.answer_source",
        "diff.max_new_tokens",
    ),
    upstream=("finetune", "sae"),
    enabled=lambda c: c.fingerprint.enabled and len(c.finetune.runs) >= 2,
    summary=(("fingerprint", when_ran(summary_fingerprint)),),
)
