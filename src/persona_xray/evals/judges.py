"""The judge registry: a judge's name -> the callable that builds it, imported only when that judge is asked for.

Why a registry of import paths: the judges depend on the interface in :mod:`persona_xray.evals.judge`, so a
factory in that module that imported them was an import circle; and a judge that loads a model (``local``)
should cost nothing until it is used. Adding a judge is one new module plus one line in :data:`JUDGES`.
"""

from __future__ import annotations

import importlib
from typing import Any

from persona_xray.errors import UserError
from persona_xray.evals.judge import Judge
from persona_xray.models import cache_root

# name -> "module:attribute" of a callable taking keyword options and returning a Judge
JUDGES: dict[str, str] = {
    "offline": "persona_xray.evals.offline_judge:OfflineJudge.load",
    "local": "persona_xray.evals.local_judge:LocalJudge.load",
    "api": "persona_xray.evals.api_judge:ApiJudge",
}


def make_judge(kind: str, **options: Any) -> Judge:
    """Build a judge by name: ``offline`` (default, no network), ``local`` (an HF chat model), ``api``."""
    if kind not in JUDGES:
        raise UserError(f"unknown judge '{kind}': use {', '.join(JUDGES)}")
    module, _, attr = JUDGES[kind].partition(":")
    factory: Any = importlib.import_module(module)
    for part in attr.split("."):
        factory = getattr(factory, part)
    judge: Judge = factory(**options)
    return judge


def build_judge(
    kind: str,
    url: str | None,
    judge_model: str | None,
    device: str,
    allow_insecure: bool = False,
    prompts: str | None = None,
) -> Judge:
    """A judge from the options the CLI and the pipeline config share (``--judge``, ``--judge-url``, ...).

    Why here and not in the CLI: the pipeline's eval stage builds the same judge from its config, and the
    library must not import the command line. The API judge's verdicts are cached under the cache root.
    When ``prompts`` is a question YAML whose questions carry their own judge prompts, the API judge asks
    those for them (the other judges score by their own fixed procedure).
    """
    if kind == "api":
        opts: dict[str, Any] = {"cache_path": cache_root() / "verdicts" / "api.jsonl"}
        if prompts is not None:
            from persona_xray.evals.freeform import split_name
            from persona_xray.evals.questions import (
                is_question_file,
                judge_prompts_by_question,
                read_questions,
            )

            name = split_name(prompts)[0]
            if is_question_file(name):
                opts["judge_prompts"] = judge_prompts_by_question(read_questions(name))
        if allow_insecure:
            opts["allow_insecure"] = True
        if url:
            opts["base_url"] = url
        if judge_model:
            opts["model"] = judge_model
        return make_judge("api", **opts)
    return make_judge(kind, model=judge_model, device=device)
