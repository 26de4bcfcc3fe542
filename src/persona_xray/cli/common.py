"""Options shared by every CLI command, so ``--model`` / ``--device`` / ``--json`` mean the same everywhere."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from persona_xray.interventions import Intervention
    from persona_xray.lm import LM

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


DirectionOpt = Annotated[str | None, typer.Option(help="Steer along this direction (.safetensors or .npy).")]
PersonaOpt = Annotated[
    str | None, typer.Option(help="Steer along a contrast direction: this system prompt minus a neutral one.")
]
AlphaOpt = Annotated[float, typer.Option(help="Steering strength, in median residual norms at the layer.")]


def steering_from_options(
    lm: LM, layer: int, direction: str | None, persona: str | None, alpha: float
) -> list[Intervention]:
    """The interventions that ``--direction``/``--persona`` plus ``--alpha`` ask for (none when alpha is 0)."""
    from persona_xray.directions import load_direction, system_prompt_direction
    from persona_xray.errors import UserError
    from persona_xray.interventions import Steer

    if direction and persona:
        raise UserError("give either --direction or --persona, not both")
    if alpha != 0 and not (direction or persona):
        raise UserError("--alpha needs --direction or --persona")
    if not (direction or persona) or alpha == 0:
        return []
    if direction:
        vec = load_direction(direction)
    else:
        from persona_xray.personas import NEUTRAL_SYSTEM, PROBE_QUESTIONS

        assert persona is not None
        vec = system_prompt_direction(lm, layer, persona, NEUTRAL_SYSTEM, PROBE_QUESTIONS)
    return [Steer(vec, layer, alpha)]
