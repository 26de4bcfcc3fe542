"""Options shared by every CLI command, so ``--model`` / ``--device`` / ``--json`` mean the same everywhere."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model", "-m", help="Short name (smollm2-135m, qwen2.5-coder-0.5b), HF id or local folder."
    ),
]
AdapterOpt = Annotated[str | None, typer.Option("--adapter", help="PEFT adapter folder to load on top.")]
DeviceOpt = Annotated[str, typer.Option("--device", help="cpu, cuda, cuda:N or auto.")]
DtypeOpt = Annotated[
    str, typer.Option("--dtype", help="auto (fp32 on CPU, bf16 on CUDA), float32, bfloat16.")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print the result as JSON (for scripts and CI).")]
LayerOpt = Annotated[
    int | None, typer.Option("--layer", "-l", help="Decoder block index; default: middle layer.")
]


def emit_json(obj: Any) -> None:
    """Machine-readable output goes to stdout alone; progress and logs go to stderr."""
    json.dump(obj, sys.stdout, indent=2, default=str)
    sys.stdout.write("\n")
