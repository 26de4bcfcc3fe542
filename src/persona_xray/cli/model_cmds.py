"""Commands that talk to one model: ``info``, ``generate``, ``activations``."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from persona_xray.cli.common import (
    AdapterOpt,
    AlphaOpt,
    DeviceOpt,
    DirectionOpt,
    DtypeOpt,
    JsonOpt,
    LayerOpt,
    ModelOpt,
    PersonaOpt,
    emit_json,
    steering_from_options,
)
from persona_xray.errors import UserError

console = Console(stderr=True)


def register(app: typer.Typer) -> None:
    app.command("info")(info)
    app.command("generate")(generate)
    app.command("activations")(activations)
    app.command("demo")(demo)


def info(
    model: ModelOpt = None,
    adapter: AdapterOpt = None,
    device: DeviceOpt = "auto",
    dtype: DtypeOpt = "auto",
    json_out: JsonOpt = False,
) -> None:
    """Load a model and print its name, layers, width, device, dtype and the steering scale at the middle layer."""
    from persona_xray.lm import load_lm

    lm = load_lm(model, adapter=adapter, device=device, dtype=dtype)
    n_params = sum(p.numel() for p in lm.model.parameters())
    result = {
        "model": lm.name,
        "architecture": type(lm.model).__name__,
        "adapter": lm.adapter,
        "n_layers": lm.n_layers,
        "d_model": lm.d_model,
        "middle_layer": lm.middle_layer,
        "parameters": n_params,
        "device": str(lm.device),
        "dtype": str(lm.dtype).replace("torch.", ""),
        "context": lm.max_positions,
        "median_resid_norm_middle": round(lm.median_resid_norm(lm.middle_layer), 3),
    }
    if json_out:
        emit_json(result)
        return
    for k, v in result.items():
        print(f"{k:>26}: {v}")


def generate(
    prompt: Annotated[list[str], typer.Argument(help="One or more user prompts.")],
    model: ModelOpt = None,
    adapter: AdapterOpt = None,
    device: DeviceOpt = "auto",
    dtype: DtypeOpt = "auto",
    system: Annotated[str | None, typer.Option(help="System prompt.")] = None,
    max_new_tokens: Annotated[int, typer.Option("--max-new-tokens")] = 96,
    n: Annotated[int, typer.Option("--n", help="Samples per prompt.")] = 1,
    temperature: Annotated[float, typer.Option(help="0 = greedy.")] = 0.0,
    top_p: Annotated[float, typer.Option("--top-p")] = 1.0,
    seed: int = 0,
    direction: DirectionOpt = None,
    persona: PersonaOpt = None,
    alpha: AlphaOpt = 0.0,
    layer: LayerOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Answer prompts with the chat template, optionally steered along a direction."""
    from persona_xray.interventions import apply_all
    from persona_xray.lm import load_lm

    if not prompt or any(not p.strip() for p in prompt):
        raise UserError("empty prompt: give at least one non-empty prompt")
    lm = load_lm(model, adapter=adapter, device=device, dtype=dtype)
    at = lm.check_layer(layer if layer is not None else lm.middle_layer)
    chats = [
        ([{"role": "system", "content": system}] if system else []) + [{"role": "user", "content": p}]
        for p in prompt
    ]
    with apply_all(lm, steering_from_options(lm, at, direction, persona, alpha)):
        answers = lm.generate(
            chats, max_new_tokens=max_new_tokens, n=n, temperature=temperature, top_p=top_p, seed=seed
        )
    if json_out:
        emit_json([{"prompt": p, "answers": a} for p, a in zip(prompt, answers, strict=True)])
        return
    for p, a in zip(prompt, answers, strict=True):
        console.print(f"[bold]> {p}[/bold]")
        for ans in a:
            print(ans)
            print()


def activations(
    text: Annotated[str, typer.Argument(help="Raw text to run through the model.")],
    model: ModelOpt = None,
    adapter: AdapterOpt = None,
    device: DeviceOpt = "auto",
    dtype: DtypeOpt = "auto",
    layer: LayerOpt = None,
    chat: Annotated[bool, typer.Option(help="Wrap TEXT as a user turn with the chat template.")] = False,
    json_out: JsonOpt = False,
) -> None:
    """Shape and per-token norms of the residual stream after a decoder block."""
    from persona_xray.lm import load_lm

    if not text.strip():
        raise UserError("empty text: give some text to run")
    lm = load_lm(model, adapter=adapter, device=device, dtype=dtype)
    at = lm.check_layer(layer if layer is not None else lm.middle_layer)
    full = lm.format_chat(text) if chat else text
    acts = lm.resid([full], at, skip_first=False)[0]
    ids = lm.encode(full)
    norms = acts.norm(dim=-1)
    tokens = [lm.tokenizer.decode([i]) for i in ids]
    result = {
        "model": lm.name,
        "layer": at,
        "shape": list(acts.shape),
        "norm_first_token": round(float(norms[0]), 2),
        "median_norm_rest": round(float(norms[1:].median()), 2) if len(norms) > 1 else None,
        "tokens": [{"token": t, "norm": round(float(v), 2)} for t, v in zip(tokens, norms, strict=True)],
    }
    if json_out:
        emit_json(result)
        return
    print(f"{lm.name} layer {at}: residual stream shape {tuple(acts.shape)} (tokens x d_model)")
    print(
        f"norm at position 0 (attention sink): {result['norm_first_token']}; median elsewhere: {result['median_norm_rest']}"
    )
    for t, v in zip(tokens, norms, strict=True):
        print(f"  {t!r:>18} {float(v):10.2f}")


def demo(model: ModelOpt = None) -> None:
    """Run the demo on the bundled model (what `make demo` calls)."""
    from persona_xray.demo import run_demo

    run_demo(model)
