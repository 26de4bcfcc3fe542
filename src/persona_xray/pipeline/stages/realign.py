"""The realign stage: emergent re-alignment of the primary fine-tune on N clean samples, against the same
rows given to the base model.
"""

from __future__ import annotations

from typing import Any

from persona_xray.errors import UserError
from persona_xray.pipeline.config import PipelineConfig
from persona_xray.pipeline.runner import RunContext, Stage
from persona_xray.pipeline.stages.common import (
    build_config,
    check_probe_disjoint,
    chosen_latent,
    est,
    import_optional,
    when_ran,
)


def stage_realign(ctx: RunContext) -> dict[str, Any]:
    """Emergent re-alignment of the primary fine-tune on N clean samples (``persona_xray.experiments.realign``)."""
    RealignConfig = import_optional("persona_xray.experiments.realign", "RealignConfig", "realign")
    realign = import_optional("persona_xray.experiments.realign", "realign", "realign")
    cfg, r, f = ctx.cfg, ctx.cfg.realign, ctx.cfg.finetune
    if f.method != "lora":
        raise UserError(
            "re-alignment continues a LoRA adapter: set finetune.method: lora or realign.enabled: false"
        )
    latent = chosen_latent(ctx) if r.track_latent else None
    if latent is not None:
        check_probe_disjoint(ctx, cfg.monitor.probe, r.probe_limit, "realign")
    wanted: dict[str, Any] = {
        "adapter": ctx.result("finetune")["runs"][f.primary]["adapter"],
        "out": str(ctx.dir("realign").resolve()),
        "model": cfg.model,
        "clean": r.clean,
        "n_samples": r.n_samples,
        "lr": r.lr,
        "batch_size": r.batch_size,
        "max_len": f.max_len,
        "bf16": f.bf16,
        "steps": r.steps,
        "epochs": r.epochs,
        "every": r.every,
        "paired": cfg.eval.paired,
        "paired_limit": r.paired_limit,
        "sae": ctx.result("sae")["path"] if latent is not None else None,
        "latent": latent,
        "probe": cfg.monitor.probe,
        "probe_limit": r.probe_limit,
        "seed": cfg.seed,
        "device": cfg.device,
        "threads": cfg.threads,
        "progress": cfg.progress,
    }
    wanted = {k: v for k, v in wanted.items() if v is not None}
    rcfg = build_config(RealignConfig, wanted, r.extra, "realign")
    return dict(realign(rcfg))


def summary_realign(cfg: PipelineConfig, rea: dict[str, Any]) -> dict[str, Any]:
    rec = rea["recovered"]
    distinct = rea.get("start_distinct")
    if distinct is None:  # results written before the field existed
        distinct = float(rea["start"]["low"]) > float(rea["base_level"]["high"])
    done = sorted(
        (int(n), v)
        for n, v in rec.items()
        if int(n) > 0 and isinstance(v, dict) and v.get("step") is not None
    )
    first = {"n_samples": done[0][0], **done[0][1]} if done and distinct else None
    return {
        "base_level": est(rea["base_level"]),
        "start": est(rea["start"]),
        "start_shift": est(rea["start_shift"]) if rea.get("start_shift") else None,
        "start_distinct": bool(distinct),
        "recovered": rec,
        "first_recovered": first,
        # equivalence to the control arm (90% CI inside +/- delta): the rule that counts
        "equivalent": {n: {k: e[k] for k in ("step", "samples_seen", "delta")} for n, e in eq.items()}
        if (eq := rea.get("equivalent"))
        else None,
        "smallest_n_equivalent": rea.get("smallest_n_equivalent"),
    }


STAGE = Stage(
    "realign",
    stage_realign,
    sections=(
        "model",
        "seed",
        "realign",
        "eval.paired",
        "diff.prompts",
        "finetune.max_len",
        "finetune.bf16",
    ),
    upstream=("finetune", "sae", "diff", "steer"),
    enabled=lambda c: c.realign.enabled,
    summary=(("realign", when_ran(summary_realign)),),
)
