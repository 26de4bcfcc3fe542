"""The ``persona-xray`` command line: thin typer wrappers over library functions.

User errors (:class:`persona_xray.errors.UserError`) are caught here and printed as one line with exit
code 2; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import importlib
import sys
import traceback

import click
import typer

from persona_xray.cli import model_cmds
from persona_xray.errors import UserError

# Stage command groups: each stage module exposes register(app); one line each.
# --- sub-apps ---
_SUBAPPS: tuple[str, ...] = (
    "persona_xray.cli.data",
    "persona_xray.cli.finetune",
    "persona_xray.cli.evals",
    "persona_xray.cli.sae",
    "persona_xray.cli.analysis",
    "persona_xray.cli.experiments",
    "persona_xray.cli.organism",
    "persona_xray.cli.report",
    "persona_xray.cli.pipeline",
    "persona_xray.cli.monitor",
    "persona_xray.cli.realign",
    "persona_xray.cli.fingerprint",
    "persona_xray.cli.screen",
    "persona_xray.cli.vector",
)
# --- end sub-apps ---
_APP: typer.Typer | None = None


def build_app() -> typer.Typer:
    """The root app with every stage's commands, built on first use.

    Why lazily: a stage's CLI module imports ``persona_xray.cli.common``, which runs this package's
    ``__init__``; building the app at import time imported that same stage module again while it was half
    initialised, so importing a stage CLI first (a test, a script) failed with a circular import.
    """
    global _APP
    if _APP is None:
        app = typer.Typer(
            name="persona-xray",
            help="Reproduce and audit emergent misalignment with SAE persona features on open causal LMs.",
            no_args_is_help=True,
            pretty_exceptions_enable=False,
            add_completion=False,
        )
        model_cmds.register(app)
        for module in _SUBAPPS:
            importlib.import_module(module).register(app)
        _APP = app
    return _APP


def __getattr__(name: str) -> typer.Typer:
    """``from persona_xray.cli import app``: the built app."""
    if name == "app":
        return build_app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _exception_types() -> tuple[tuple[type[BaseException], ...], ...]:
    """(exit, usage/click error, abort) classes of both click and the click copy newer typer versions vendor.

    typer >= 0.16 raises its own copies, which ``except click.ClickException`` would miss and turn a mistyped
    command into a traceback.
    """
    exits: list[type[BaseException]] = [click.exceptions.Exit, typer.Exit]
    errors: list[type[BaseException]] = [click.ClickException]
    aborts: list[type[BaseException]] = [click.exceptions.Abort, typer.Abort]
    try:
        from typer._click import exceptions as vendored  # type: ignore[import-not-found,unused-ignore]

        errors.append(vendored.ClickException)
    except ImportError:  # older typer uses click itself
        pass
    return tuple(exits), tuple(errors), tuple(aborts)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app, turning user errors into one line and exit code 2."""
    exits, errors, aborts = _exception_types()
    try:
        rv = build_app()(args=argv, standalone_mode=False)
    except UserError as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(2)
    except exits as e:
        sys.exit(getattr(e, "exit_code", 0))
    except errors as e:
        e.show()  # type: ignore[attr-defined]
        sys.exit(getattr(e, "exit_code", 2))
    except aborts:
        print("aborted", file=sys.stderr)
        sys.exit(130)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(130)
    except Exception:
        # Not a user error: a bug. Keep the traceback (it is what a fix needs) and say what to do with it.
        traceback.print_exc()
        print(
            "persona-xray: internal error (a bug, not your input): please report it with the traceback above",
            file=sys.stderr,
        )
        sys.exit(1)
    # Without standalone mode click returns (not raises) some exit codes, e.g. 130 after Ctrl-C.
    if isinstance(rv, int) and rv != 0:
        sys.exit(rv)


if __name__ == "__main__":
    main()
