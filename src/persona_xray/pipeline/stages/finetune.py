"""The finetune stage: one fine-tune per label of ``finetune.runs``, each resuming from its checkpoints."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from persona_xray.errors import UserError
from persona_xray.finetune import finetune
from persona_xray.finetune.config import FinetuneConfig
from persona_xray.finetune.mitigate import mitigation_digests
from persona_xray.pipeline.config import FinetuneSection, PipelineConfig, stable_hash
from persona_xray.pipeline.runner import RunContext, Stage, read_json

# Every recipe field of the pipeline's finetune section is a FinetuneConfig field of the same name and is
# copied by name (``runs`` is the pipeline's own: which data sets to train). Checked when this module loads, so a
# knob added to one side only is an error here and never silently dropped.
_RECIPE = tuple(k for k in FinetuneSection.model_fields if k != "runs")
if missing := [k for k in _RECIPE if k not in FinetuneConfig.model_fields]:
    raise TypeError(f"pipeline finetune fields {missing} are not FinetuneConfig fields")


def _finetune_config(ctx: RunContext, label: str, data: str) -> FinetuneConfig:
    cfg, f = ctx.cfg, ctx.cfg.finetune
    recipe = {k: getattr(f, k) for k in _RECIPE}
    try:
        return FinetuneConfig(
            data=data,
            out=str(ctx.run_dir / "finetune" / label),
            model=cfg.model,
            seed=cfg.seed,
            device=cfg.device,
            threads=cfg.threads,
            progress=cfg.progress,
            **recipe,
        )
    except ValueError as e:  # pydantic's ValidationError is a ValueError
        raise UserError(f"config error at 'finetune' ({label}): {str(e).splitlines()[-1].strip()}") from None


def mitigation_fingerprint(cfg: PipelineConfig) -> dict[str, str] | None:
    """The bytes of the mitigation's direction/SAE files enter the key (None, as before, without mitigation)."""
    return mitigation_digests(cfg.finetune) or None


def stage_finetune(ctx: RunContext) -> dict[str, Any]:
    """One fine-tune per label under ``finetune/<label>/``; each resumes from its checkpoints.

    A label folder trained under another recipe or other data bytes is cleared first (the trainer would
    refuse it); folders whose recipe did not change are reused, so adding a label trains only that one.
    """
    datasets = ctx.result("data")["datasets"]
    runs: dict[str, Any] = {}
    for label, data in ctx.cfg.finetune.runs.items():
        ft = _finetune_config(ctx, label, data)
        out = Path(ft.out)
        ident: dict[str, Any] = {"identity": ft.identity(), "data_sha": datasets[label]["sha256"]}
        if digests := mitigation_digests(ft):
            ident["mitigation_sha"] = digests
        label_key = stable_hash(ident)
        marker = out / ".pipeline_key"
        if out.exists() and (not marker.exists() or marker.read_text().strip() != label_key):
            ctx.log(f"finetune/{label}: recipe or data changed, starting it over")
            shutil.rmtree(out)
        out.mkdir(parents=True, exist_ok=True)
        marker.write_text(label_key + "\n")
        ctx.log(f"finetune/{label}: {data}")
        final = finetune(ft)
        done = read_json(final / "done.json") or {}
        losses = [json.loads(x)["loss"] for x in (out / "log.jsonl").read_text().splitlines() if x.strip()]
        runs[label] = {
            "adapter": str(final.resolve()),
            "data": data,
            "steps": int(done.get("step", len(losses))),
            "final_loss": float(losses[-1]) if losses else float("nan"),
            "first_loss": float(losses[0]) if losses else float("nan"),
            "wall_s": float(done.get("train_s", 0.0)),
            "config_key": label_key,
        }
    return {"runs": runs, "primary": ctx.cfg.finetune.primary, "method": ctx.cfg.finetune.method}


def summary_finetunes(cfg: PipelineConfig, result: dict[str, Any] | None) -> dict[str, Any]:
    """Every label's data and final loss (None for a label not trained yet)."""
    runs = (result or {}).get("runs") or {}
    return {
        k: {"data": v, "final_loss": (runs.get(k) or {}).get("final_loss")}
        for k, v in cfg.finetune.runs.items()
    }


STAGE = Stage(
    "finetune",
    stage_finetune,
    sections=("model", "seed", "finetune"),
    upstream=("data",),
    fingerprint=mitigation_fingerprint,
    manages_dir=True,
    summary=(("finetunes", summary_finetunes),),
)
