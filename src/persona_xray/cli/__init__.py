"""The ``persona-xray`` command line: thin typer wrappers over library functions.

User errors (:class:`persona_xray.errors.UserError`) are caught here and printed as one line with exit
code 2; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import importlib
import sys

import click
import typer

from persona_xray.cli import model_cmds
from persona_xray.errors import UserError

app = typer.Typer(
    name="persona-xray",
    help="Reproduce and audit emergent misalignment with SAE persona features on open causal LMs.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
model_cmds.register(app)

# Stage command groups: each stage module exposes register(app); one line each.
# --- sub-apps ---
for _module in (
    "persona_xray.data.cli",
    "persona_xray.finetune.cli",
    "persona_xray.evals.cli",
    "persona_xray.sae.cli",
    "persona_xray.analysis.cli",
    "persona_xray.experiments.cli",
    "persona_xray.organisms.planted.cli",
):
    importlib.import_module(_module).register(app)
# --- end sub-apps ---


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app, turning user errors into one line and exit code 2."""
    try:
        rv = app(args=argv, standalone_mode=False)
    except UserError as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(2)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except click.exceptions.Abort:
        print("aborted", file=sys.stderr)
        sys.exit(130)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(130)
    # Without standalone mode click returns (not raises) some exit codes, e.g. 130 after Ctrl-C.
    if isinstance(rv, int) and rv != 0:
        sys.exit(rv)


if __name__ == "__main__":
    main()
