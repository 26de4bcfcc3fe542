"""The ``persona-xray`` command line: thin typer wrappers over library functions.

User errors (:class:`persona_xray.errors.UserError`) are caught here and printed as one line with exit
code 2; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

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

# Stage command groups register here, one line each.
# --- sub-apps ---
# --- end sub-apps ---


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app, turning user errors into one line and exit code 2."""
    try:
        app(args=argv, standalone_mode=False)
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


if __name__ == "__main__":
    main()
