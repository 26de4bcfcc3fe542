"""``persona-xray report RUN_DIR``: rebuild a run's HTML report from its JSON results.

The pipeline builds the report as its last stage; this command exists to rebuild it after a partial run,
after editing results by hand, or with a newer persona-xray, without rerunning any model.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    @app.command("report")
    def report_cmd(
        run_dir: Annotated[
            Path, typer.Argument(help="The run folder (runs/<name>) that `persona-xray run` made.")
        ],
        open_path: Annotated[
            bool,
            typer.Option(
                "--open-path",
                help="Print only the page's absolute path on stdout, e.g. for `xdg-open $(persona-xray report ...)`.",
            ),
        ] = False,
    ) -> None:
        """Write RUN_DIR/report/index.html: one self-contained page with every stage's tables and figures."""
        from persona_xray.report import build_report

        path = build_report(run_dir).resolve()
        if open_path:
            typer.echo(str(path))
            return
        figs = sorted((path.parent / "figures").glob("*.png"))
        size = path.stat().st_size / 1024
        typer.echo(f"report: {path} ({size:.0f} KiB, {len(figs)} figures)")
        typer.echo(f"open it with: xdg-open {path}")
