"""What several stages share: optional imports, file hashes, estimate dicts, the SAE a run trained or
reused, the latent the steer stage chose, and strict construction of a stage module's config.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from persona_xray.errors import UserError
from persona_xray.evals.freeform import load_prompts
from persona_xray.pipeline.config import PipelineConfig
from persona_xray.pipeline.runner import RunContext, SummaryPart
from persona_xray.sae.formats import load_sae

if TYPE_CHECKING:
    from persona_xray.sae.model import SAE


def import_optional(module: str, attr: str, stage: str) -> Any:
    """``module.attr``, or a one-line UserError when the module is not part of this install."""
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as e:
        if e.name and (module == e.name or module.startswith(e.name + ".")):
            raise UserError(
                f"the {stage} stage needs {module}, which this install lacks: set {stage}.enabled: false "
                "in the config (or update persona-xray)"
            ) from None
        raise
    try:
        return getattr(mod, attr)
    except AttributeError:
        raise UserError(
            f"{module} has no {attr}: this persona-xray version cannot run the {stage} stage; "
            f"set {stage}.enabled: false"
        ) from None


def file_sha(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def est(d: Any) -> dict[str, Any] | None:
    """An estimate dict (value, low, high, n and, when recorded, the resampling unit) or None."""
    if isinstance(d, dict) and "value" in d:
        keys = ("value", "low", "high", "n", "unit", "n_units", "method")
        return {k: d.get(k) for k in keys if k in d}
    return None


def load_stage_sae(ctx: RunContext) -> tuple[SAE, Path, str | None]:
    r = ctx.result("sae")
    path = Path(r["path"])
    harv = r.get("harvest")
    ok = harv is not None and (Path(harv) / "manifest.json").is_file()
    return load_sae(path), path, (str(harv) if ok else None)


def chosen_latent(ctx: RunContext) -> int | None:
    """The persona latent from the steer stage, else the diff's top raised latent."""
    p = ctx.results.get("steer", {}).get("persona")
    if isinstance(p, dict) and p.get("latent") is not None:
        return int(p["latent"])
    table = ctx.results.get("diff", {}).get("table") or []
    return int(table[0]["latent"]) if table else None


def watch_latents(ctx: RunContext, persona: int | None, n: int) -> list[int]:
    """The persona latent plus the diff's top raised latents, ``n`` in all.

    On a small model the steering stage may find no latent that is causal; watching the top raised ones beside
    the chosen one keeps the early-warning test informative either way.
    """
    out = [] if persona is None else [persona]
    for row in ctx.results.get("diff", {}).get("table") or []:
        if len(out) >= n:
            break
        if int(row["latent"]) not in out:
            out.append(int(row["latent"]))
    return out


def build_config(cls: Any, wanted: dict[str, Any], extra: dict[str, Any], stage: str) -> Any:
    """A stage module's pydantic config from the pipeline's knobs plus the stage's ``extra`` (verbatim).

    Strict both ways: a knob the module's config does not have is an error naming it (it used to be dropped
    with a log line, so a renamed field silently fell back to its default), and so is a misspelt ``extra``.
    """
    try:
        return cls(**{**wanted, **extra})
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(x) for x in err["loc"])
        raise UserError(f"config error at '{stage}.{where}': {err['msg']}") from None


# ----------------------------------------------------------------------------- monitor / realign / fingerprint
def check_probe_disjoint(ctx: RunContext, probe: str, limit: int | None, stage: str) -> None:
    """The probe that measures the latent must not hold the prompts the diff chose it on (circular)."""
    chosen = {p.id for p in load_prompts(ctx.cfg.diff.prompts, limit=ctx.cfg.diff.limit)}
    shared = chosen & {p.id for p in load_prompts(probe, limit=limit)}
    if shared:
        raise UserError(
            f"{stage}: {len(shared)} probe prompts (e.g. {sorted(shared)[0]}) are also diff.prompts, which "
            f"chose the latent: probe the other half, e.g. diff.prompts: core:select and {stage} probe core:probe"
        )


def when_ran(part: Callable[[PipelineConfig, dict[str, Any]], Any]) -> SummaryPart:
    """A summary field that is None unless its stage left a result (disabled, skipped or failed stages)."""

    def wrapped(cfg: PipelineConfig, result: dict[str, Any] | None) -> Any:
        return part(cfg, result) if result else None

    return wrapped
