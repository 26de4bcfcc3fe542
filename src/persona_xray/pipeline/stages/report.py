"""The report stage: the static HTML report, rebuilt on every run from the run folder's files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from persona_xray.pipeline.runner import RunContext, Stage
from persona_xray.pipeline.stages.common import import_optional


def stage_report(ctx: RunContext) -> dict[str, Any]:
    """The static HTML report (``persona_xray.report.build_report``), rebuilt on every run: it is cheap."""
    build_report = import_optional("persona_xray.report", "build_report", "report")
    path = Path(build_report(ctx.run_dir))
    return {"path": str(path.resolve())}


STAGE = Stage(
    "report",
    stage_report,
    sections=("report",),
    enabled=lambda c: c.report.enabled,
    always=True,
    summary=(("report", lambda cfg, r: (r or {}).get("path")),),
)
