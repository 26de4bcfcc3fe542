"""``persona-xray run``: one resumable pipeline from data to report.

Library use::

    from persona_xray.pipeline import load_config, run_pipeline
    outcome = run_pipeline(load_config("demo"))
    print(outcome.summary["paired"])

The stages (``stages.STAGES``) run in order and are cached in ``runs/<name>/<stage>/``: a rerun reuses every
stage whose config sections and upstream stages did not change, and a killed run resumes where it stopped.
"""

from persona_xray.pipeline.config import PROFILES, PipelineConfig, load_config, make_config
from persona_xray.pipeline.runner import RunContext, RunOutcome, Stage, run_stages
from persona_xray.pipeline.stages import STAGE_NAMES, STAGES, run_pipeline, summarize

__all__ = [
    "PROFILES",
    "STAGES",
    "STAGE_NAMES",
    "PipelineConfig",
    "RunContext",
    "RunOutcome",
    "Stage",
    "load_config",
    "make_config",
    "run_pipeline",
    "run_stages",
    "summarize",
]
