"""The pipeline's stages, one module each, in execution order.

data -> finetune -> eval; sae (base model only, so fine-tune changes never retrain it) -> diff (base vs the
primary fine-tune) -> steer (causal test + persona card) -> monitor / realign / fingerprint -> report.

Each module holds its stage function (a thin adapter from the run config to the library), the summary fields
it contributes to ``summary.json``, and one ``STAGE`` (its config sections, upstream stages and switches).
A stage function reads its config sections and upstream results from the :class:`RunContext`, writes its
artifacts into ``ctx.dir(stage)`` and returns the ``result.json`` dict of the run-directory contract. The
runner writes ``result.json`` and ``stage.json``; long stages resume inside themselves. Modules that may be
absent from an install (monitor, re-alignment, fingerprints, report) are imported when their stage runs; a
missing one fails its stage with a one-line ``UserError`` that says how to switch the stage off.

Adding a stage is one new module with its ``STAGE`` and one entry in :data:`STAGES`.
"""

from __future__ import annotations

from typing import Any

from persona_xray.pipeline.config import PipelineConfig
from persona_xray.pipeline.runner import RunOutcome, Stage, StageStatus, run_stages
from persona_xray.pipeline.stages import (
    data,
    diff,
    evaluate,
    finetune,
    fingerprint,
    monitor,
    realign,
    report,
    sae,
    steer,
)

STAGES: tuple[Stage, ...] = (
    data.STAGE,
    finetune.STAGE,
    evaluate.STAGE,
    sae.STAGE,
    diff.STAGE,
    steer.STAGE,
    monitor.STAGE,
    realign.STAGE,
    fingerprint.STAGE,
    report.STAGE,
)
STAGE_NAMES: tuple[str, ...] = tuple(s.name for s in STAGES)

# A summary field that cannot be read from its stage's result (a result written by an older version, a
# stage that stopped half-way) is None, and the reason is listed under ``summary_problems``.
_UNREADABLE = (KeyError, TypeError, ValueError, IndexError, AttributeError)


def summarize(
    cfg: PipelineConfig, results: dict[str, dict[str, Any]], statuses: dict[str, StageStatus]
) -> dict[str, Any]:
    """The run's headline numbers (``summary.json``): each stage's own fields, in stage order."""
    doc: dict[str, Any] = {
        "name": cfg.name,
        "model": cfg.model,
        "config_hash": cfg.config_hash(),
        "primary": cfg.finetune.primary,
    }
    problems: dict[str, str] = {}
    for stage in STAGES:
        for key, part in stage.summary:
            try:
                doc[key] = part(cfg, results.get(stage.name))
            except _UNREADABLE as e:
                doc[key] = None
                problems[key] = f"{stage.name}: {type(e).__name__}: {e}"
    doc["stages"] = {n: {**s.as_dict(), "reused": s.status == "reused"} for n, s in statuses.items()}
    doc["wall_s"] = round(sum(s.wall_s or 0.0 for s in statuses.values() if s.status == "ran"), 2)
    if problems:
        doc["summary_problems"] = problems
    return doc


def run_pipeline(
    cfg: PipelineConfig,
    *,
    from_stage: str | None = None,
    only: str | None = None,
    force: bool = False,
    judge: Any = None,
    raise_on_failure: bool = True,
) -> RunOutcome:
    """Run (or resume) the whole pipeline for ``cfg``; see :func:`persona_xray.pipeline.runner.run_stages`."""
    return run_stages(
        cfg,
        STAGES,
        from_stage=from_stage,
        only=only,
        force=force,
        judge=judge,
        summarize=summarize,
        raise_on_failure=raise_on_failure,
    )
