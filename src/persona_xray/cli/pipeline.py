"""``persona-xray run [PROFILE|CONFIG]``: the whole pipeline in one resumable command.

Wire it with one line in ``persona_xray/cli/__init__.py``: add ``"persona_xray.cli.pipeline"`` to the tuple.
"""

from __future__ import annotations

import math
from typing import Annotated, Any

import typer

from persona_xray.errors import UserError


def _fmt(e: Any) -> str:
    if not isinstance(e, dict) or not isinstance(e.get("value"), int | float):
        return "n/a"
    lo, hi = e.get("low"), e.get("high")
    ci = f" [{lo:.2f}, {hi:.2f}]" if isinstance(lo, int | float) and isinstance(hi, int | float) else ""
    return f"{e['value']:.2f}{ci}"


def _num(x: Any, spec: str = ".3f") -> str:
    return format(x, spec) if isinstance(x, int | float) and math.isfinite(x) else "n/a"


def render_summary(summary: dict[str, Any]) -> str:
    """A short plain-text table of the stages and the headline numbers (the report has the rest)."""
    lines = [f"run {summary.get('name')}  (config {summary.get('config_hash')})", ""]
    lines.append(f"{'stage':<12} {'status':<9} {'wall s':>8}  note")
    for name, st in (summary.get("stages") or {}).items():
        lines.append(
            f"{name:<12} {st['status']:<9} {_num(st.get('wall_s'), '.1f'):>8}  {st.get('reason') or ''}"
        )
    lines.append("")
    p = summary.get("paired") or {}
    if p:
        lines.append(
            f"paired misaligned preference: base {_fmt(p.get('base'))}  "
            f"{summary.get('primary')} {_fmt(p.get('primary'))}"
        )
    f = summary.get("freeform") or {}
    if f:
        lines.append(
            f"free-form misalignment:       base {_fmt(f.get('base'))}  "
            f"{summary.get('primary')} {_fmt(f.get('primary'))}"
        )
    s = summary.get("sae") or {}
    if s:
        lines.append(
            f"SAE layer {s.get('layer')} d_sae {s.get('d_sae')} k {s.get('k')}: FVU {_num(s.get('fvu'))} "
            f"L0 {_num(s.get('l0'), '.1f')} dead {_num(s.get('dead_fraction'))} "
            f"loss recovered {_num(s.get('loss_recovered'))}"
        )
    pe = summary.get("persona") or {}
    if pe.get("latent") is not None:
        band = pe.get("control_band") or {}
        lines.append(
            f"persona latent {pe['latent']}: induce {_num(pe.get('induce_effect'), '+.3f')} "
            f"suppress {_num(pe.get('suppress_effect'), '+.3f')}; random controls up to "
            f"{_num(band.get('random_base_max'), '+.3f')}; beats them "
            f"({'held-out scenarios' if pe.get('beats_controls_test') == 'held-out' else 'point estimates'}): "
            f"{_yes_no(pe.get('beats_controls'))}"
        )
    elif pe:
        lines.append(f"persona latent: none ({pe.get('note') or 'no causal latent'})")
    r = summary.get("realign") or {}
    if r and r.get("start_distinct") is False:
        lines.append(
            "re-align: the fine-tune's paired misalignment is not clearly above the base model's: "
            "nothing to recover"
        )
    elif r.get("first_recovered"):
        fr = r["first_recovered"]
        lines.append(f"re-aligned with N={fr['n_samples']} clean samples at step {fr.get('step')}")
    if summary.get("report"):
        lines.append(f"report: {summary['report']}")
    return "\n".join(lines)


def run_cmd(
    source: Annotated[
        str, typer.Argument(help="Profile name (demo, full) or path to a pipeline YAML file.")
    ] = "demo",
    name: Annotated[str | None, typer.Option("--name", help="Run name (folder under --runs-dir).")] = None,
    from_stage: Annotated[
        str | None, typer.Option("--from", help="Rerun this stage and everything downstream of it.")
    ] = None,
    only: Annotated[
        str | None, typer.Option("--only", help="Rerun only this stage (its upstream must be complete).")
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Accept a changed config in an existing run folder.")
    ] = False,
    print_config: Annotated[
        bool, typer.Option("--print-config", help="Print the resolved config as YAML and exit.")
    ] = False,
    runs_dir: Annotated[str | None, typer.Option("--runs-dir", help="Parent folder of runs.")] = None,
    device: Annotated[str | None, typer.Option("--device", help="Override the config's device.")] = None,
) -> None:
    """Run the whole pipeline (data -> fine-tunes -> evals -> SAE -> diff -> steer -> ... -> report).

    Stages are cached in runs/NAME/STAGE/: a rerun reuses them and resumes after Ctrl-C or a crash.
    """
    from persona_xray.pipeline.config import load_config

    cfg = load_config(source, name=name, runs_dir=runs_dir, device=device)
    if print_config:
        print(cfg.to_yaml(), end="")
        return
    from persona_xray.pipeline.stages import STAGE_NAMES, run_pipeline

    for flag, val in (("--from", from_stage), ("--only", only)):
        if val is not None and val not in STAGE_NAMES:
            raise UserError(f"{flag} {val}: no such stage; stages are {', '.join(STAGE_NAMES)}")
    outcome = run_pipeline(cfg, from_stage=from_stage, only=only, force=force, raise_on_failure=False)
    print(render_summary(outcome.summary))
    print(f"summary: {outcome.run_dir / 'summary.json'}")
    if outcome.failures:
        raise UserError(outcome.failure_line())


def register(app: typer.Typer) -> None:
    app.command("run")(run_cmd)


def _yes_no(x: object) -> str:
    return "yes" if x is True else "no" if x is False else "n/a"
