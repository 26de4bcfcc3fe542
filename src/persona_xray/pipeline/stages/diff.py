"""The diff stage: rank SAE latents by how much the primary fine-tune raised them."""

from __future__ import annotations

from typing import Any

from persona_xray.analysis.diff import corpus_contexts, diff, save_diff
from persona_xray.analysis.rankers import with_ranker
from persona_xray.evals.freeform import load_prompts
from persona_xray.pipeline.config import PipelineConfig
from persona_xray.pipeline.runner import RunContext, Stage, read_json
from persona_xray.pipeline.stages.common import (
    load_stage_sae,
    when_ran,
)


def stage_diff(ctx: RunContext) -> dict[str, Any]:
    """Which SAE latents the primary fine-tune raised, on the same transcripts as the base model."""
    d = ctx.cfg.diff
    out = ctx.dir("diff")
    sae, sae_dir, harv = load_stage_sae(ctx)
    primary = ctx.cfg.finetune.primary
    base, tuned = ctx.base_lm(), ctx.tuned_lm(primary)
    prompts = [p.chat() for p in load_prompts(d.prompts, limit=d.limit)]
    layer = ctx.result("sae").get("layer")
    res = diff(
        base,
        [tuned],
        sae,
        prompts,
        layer=layer,
        answer_source=d.answer_source,
        max_new_tokens=d.max_new_tokens,
    )

    res = with_ranker(res, d.ranker, decoder=sae.W_dec.detach())
    contexts = corpus_contexts(base, sae, sae_dir, harv, n=d.contexts) if d.contexts and harv else None
    save_diff(res, out, top_n=d.top, contexts=contexts)
    doc = read_json(out / "diff.json") or {}
    return {
        "layer": res.layer,
        "table": doc.get("increase", res.table(d.top)),
        "decrease": doc.get("decrease", res.table(d.top, decrease=True)),
        "path": str(out.resolve()),
        "n_tokens": res.n_tokens,
        "models": res.models,
        "primary": primary,
        "mean_diff_norm": float(res.mean_diff.norm()),
    }


def summary_diff(cfg: PipelineConfig, diff: dict[str, Any]) -> dict[str, Any]:
    return {
        "layer": diff["layer"],
        "top": [{"latent": r["latent"], "delta": r["delta"]} for r in diff["table"][:5]],
    }


STAGE = Stage(
    "diff",
    stage_diff,
    sections=("model", "dtype", "diff"),
    upstream=("finetune", "sae"),
    summary=(("diff", when_ran(summary_diff)),),
)
