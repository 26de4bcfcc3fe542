"""The monitor stage: the early-warning test over bad/clean data mixtures, watching the chosen latent."""

from __future__ import annotations

from typing import Any

from persona_xray.data.registry import matching_clean
from persona_xray.pipeline.config import PipelineConfig
from persona_xray.pipeline.runner import RunContext, Stage
from persona_xray.pipeline.stages.common import (
    build_config,
    check_probe_disjoint,
    chosen_latent,
    import_optional,
    watch_latents,
    when_ran,
)


def stage_monitor(ctx: RunContext) -> dict[str, Any]:
    """Early warning over bad/clean data mixtures (``persona_xray.monitor.mixtures.run_mixtures``)."""
    check_probe_disjoint(ctx, ctx.cfg.monitor.probe, ctx.cfg.monitor.probe_limit, "monitor")
    MonitorConfig = import_optional("persona_xray.monitor.mixtures", "MonitorConfig", "monitor")
    run_mixtures = import_optional("persona_xray.monitor.mixtures", "run_mixtures", "monitor")
    cfg, m, f = ctx.cfg, ctx.cfg.monitor, ctx.cfg.finetune
    bad = m.bad or f.runs[f.primary]
    latent = chosen_latent(ctx)
    wanted: dict[str, Any] = {
        "model": cfg.model,
        "bad": bad,
        "clean": m.clean or matching_clean(bad),
        "mixtures": m.mixtures,
        "seeds": m.seeds,
        "n_rows": m.n_rows,
        "method": f.method,
        "rank": f.rank,
        "lr": f.lr,
        "steps": m.steps or f.steps,
        "batch_size": f.batch_size,
        "max_len": f.max_len,
        "bf16": f.bf16,
        "warmup_steps": f.warmup_steps,
        "every": m.every,
        "sae": ctx.result("sae")["path"],
        "latents": m.latents if m.latents is not None else watch_latents(ctx, latent, 3),
        "probe": m.probe,
        "probe_limit": m.probe_limit,
        "paired": cfg.eval.paired,
        "paired_limit": m.paired_limit,
        "threshold": m.threshold,
        "stop_on_threshold": m.stop_on_threshold,
        "layer": ctx.result("sae").get("layer"),
        "out": str(ctx.dir("monitor").resolve()),
        "device": cfg.device,
        "threads": cfg.threads,
    }
    wanted = {k: v for k, v in wanted.items() if v is not None}
    mcfg = build_config(MonitorConfig, wanted, m.extra, "monitor")
    return dict(run_mixtures(mcfg, progress=cfg.progress))


def summary_monitor(cfg: PipelineConfig, mon: dict[str, Any]) -> dict[str, Any]:
    last: dict[str, Any] = {}
    for row in mon.get("auc", []):
        key = str(row["mixture"])
        if key not in last or row["step"] > last[key]["step"]:
            last[key] = {"step": row["step"], "signal": {}, "paired_auc": row.get("paired_auc")}
        if row["step"] == last[key]["step"]:
            last[key]["signal"][row["signal"]] = row["auc"]
    return {"earliest": mon.get("earliest"), "auc_at_last_step": last, "threshold": mon.get("threshold")}


STAGE = Stage(
    "monitor",
    stage_monitor,
    sections=("model", "seed", "finetune", "monitor", "eval.paired"),
    upstream=("sae", "diff", "steer"),
    enabled=lambda c: c.monitor.enabled,
    summary=(("monitor", when_ran(summary_monitor)),),
)
