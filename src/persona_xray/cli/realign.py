"""CLI: ``persona-xray realign`` - how many clean samples undo a fine-tune's emergent misalignment?

A thin wrapper over :func:`persona_xray.experiments.realign.realign`. Every option can also come from a YAML file
(``--config``, the fields of :class:`~persona_xray.experiments.realign.RealignConfig`); flags given on the command line
win. Wire into the app with ``register(app)``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from persona_xray.cli.common import DeviceOpt, JsonOpt, emit_json
from persona_xray.errors import UserError


def parse_counts(text: str) -> list[int]:
    """``0,50,100`` -> ``[0, 50, 100]``; anything else is a one-line user error."""
    try:
        vals = [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise UserError(f"--n must be comma-separated sample counts, e.g. 0,50,100 (got '{text}')") from None
    if not vals:
        raise UserError("--n is empty: give sample counts, e.g. 0,50,100")
    return vals


def realign_cmd(
    adapter: Annotated[
        str | None, typer.Option("--adapter", help="The misaligned fine-tune's LoRA adapter folder.")
    ] = None,
    clean: Annotated[
        str | None, typer.Option("--clean", help="Clean data set or JSONL (default: the matching one).")
    ] = None,
    n: Annotated[str | None, typer.Option("--n", help="Clean sample counts, e.g. 0,50,100,200.")] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Stage folder.")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="YAML with RealignConfig fields.")] = None,
    model: Annotated[
        str | None, typer.Option("--model", "-m", help="Base model (default: the adapter run's).")
    ] = None,
    lr: Annotated[float | None, typer.Option("--lr", help="Learning rate (default 1e-4).")] = None,
    batch_size: Annotated[int | None, typer.Option("--batch-size", help="Batch size (default 4).")] = None,
    max_len: Annotated[int | None, typer.Option("--max-len", help="Truncate examples (default 256).")] = None,
    bf16: Annotated[bool | None, typer.Option("--bf16/--no-bf16", help="bf16 autocast.")] = None,
    epochs: Annotated[float | None, typer.Option("--epochs", help="Passes over the N samples.")] = None,
    steps: Annotated[
        int | None, typer.Option("--steps", help="Steps for every N (overrides epochs).")
    ] = None,
    every: Annotated[int | None, typer.Option("--every", help="Measure every N steps (default 5).")] = None,
    paired: Annotated[str | None, typer.Option("--paired", help="Paired eval set.")] = None,
    paired_limit: Annotated[
        int | None, typer.Option("--paired-limit", help="Paired items per point (default 100).")
    ] = None,
    sae: Annotated[str | None, typer.Option("--sae", help="SAE folder for the latent signal.")] = None,
    latent: Annotated[int | None, typer.Option("--latent", help="Persona latent to track.")] = None,
    seed: Annotated[int | None, typer.Option("--seed")] = None,
    threads: Annotated[int | None, typer.Option("--threads", help="torch CPU threads.")] = None,
    device: DeviceOpt = "auto",
    json_out: JsonOpt = False,
) -> None:
    """Continue a misaligned adapter on N clean samples; paired misalignment (and a latent) per step."""
    from persona_xray.experiments.realign import load_realign_config, realign

    cfg = load_realign_config(
        config,
        adapter=adapter,
        clean=clean,
        n_samples=parse_counts(n) if n is not None else None,
        out=str(out) if out is not None else None,
        model=model,
        lr=lr,
        batch_size=batch_size,
        max_len=max_len,
        bf16=bf16,
        epochs=epochs,
        steps=steps,
        every=every,
        paired=paired,
        paired_limit=paired_limit,
        sae=sae,
        latent=latent,
        seed=seed,
        threads=threads,
        device=device if device != "auto" or config is None else None,
        progress=False if json_out else None,
    )
    doc = realign(cfg)
    if json_out:
        emit_json(doc)
        return
    b, s = doc["base_level"], doc["start"]
    print(f"re-alignment of {doc['adapter']} on {doc['clean']} (batch {doc['batch_size']})")
    print(f"  base model:      {100 * b['value']:.1f}% [{100 * b['low']:.1f}, {100 * b['high']:.1f}]")
    print(f"  misaligned start {100 * s['value']:.1f}% [{100 * s['low']:.1f}, {100 * s['high']:.1f}]")
    for c in doc["curves"]:
        last = c["points"][-1]
        rec = doc["recovered"][str(c["n_samples"])]
        when = f"step {rec['step']} ({rec['samples_seen']} samples)" if rec["step"] is not None else "not yet"
        eq = (doc.get("equivalent") or {}).get(str(c["n_samples"]))
        eq_txt = ""
        if eq is not None:
            at = f"step {eq['step']}" if eq["step"] is not None else "not shown"
            eq_txt = f"; equivalent to the control arm (90% CI within +/-{eq['delta']:g}): {at}"
        print(
            f"  N={c['n_samples']:<5} last {100 * last['paired']['value']:5.1f}% at step {last['step']:<4} "
            f"shift CI reaches 0: {when}{eq_txt}"
        )
    print(f"wrote {cfg.out}/result.json and realign.png; wall {doc['wall_s']:.1f} s", file=sys.stderr)


def register(app: typer.Typer) -> None:
    app.command("realign")(realign_cmd)
