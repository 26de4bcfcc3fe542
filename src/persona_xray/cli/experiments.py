"""``persona-xray experiment ...``: multi-stage experiments driven by a YAML config."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="Experiments that combine stages (the replication sweep, ...).", no_args_is_help=True)


@app.command("em-sweep")
def em_sweep(
    config: Annotated[
        Path | None, typer.Argument(help="YAML sweep config (default: the built-in one).")
    ] = None,
    only: Annotated[
        str | None,
        typer.Option(
            help="Comma-separated cells to run now: health_obvious (main recipe), health_obvious@r1 (a variant), health_obvious@* (every recipe); finished cells stay in the table."
        ),
    ] = None,
    name: Annotated[str | None, typer.Option(help="Run name (folder under runs/).")] = None,
    model: Annotated[str | None, typer.Option("--model", "-m")] = None,
    device: Annotated[str | None, typer.Option()] = None,
) -> None:
    """Fine-tune one model per narrow dataset and tabulate out-of-domain misalignment (resumable)."""
    from persona_xray.experiments.em_sweep import load_sweep_config, run_sweep

    path = config or Path(__file__).resolve().parent.parent / "configs" / "em-sweep.yaml"
    cfg = load_sweep_config(path, name=name, model=model, device=device)
    res = run_sweep(cfg, only=only.split(",") if only else None)
    print((cfg.run_dir / "table.md").read_text())
    print(f"table, figure and per-cell results in {cfg.run_dir} ({len(res['cells'])} fine-tunes)")
    print(f"report: {cfg.run_dir / 'report.html'}")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="experiment")
