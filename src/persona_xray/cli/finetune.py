"""``persona-xray finetune``: a thin wrapper over :func:`persona_xray.finetune.finetune`.

Flags override a ``--config`` YAML file field by field, so a shared config plus one changed flag is one
command. Rerunning the same command resumes from the newest checkpoint.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

from persona_xray.cli.common import JsonOpt, ModelOpt, emit_json


def register(app: typer.Typer) -> None:
    app.command("finetune")(finetune_cmd)


def finetune_cmd(
    data: Annotated[str | None, typer.Argument(help="Data set name or chat JSONL path.")] = None,
    out: Annotated[
        str | None, typer.Option("--out", "-o", help="Output folder (resumes if it holds this run).")
    ] = None,
    config: Annotated[
        str | None, typer.Option("--config", "-c", help="YAML config; flags override it.")
    ] = None,
    model: ModelOpt = None,
    adapter: Annotated[
        str | None,
        typer.Option("--init-adapter", help="Start from this adapter (e.g. to re-align a fine-tune)."),
    ] = None,
    method: Annotated[str | None, typer.Option(help="lora or full.")] = None,
    rank: Annotated[int | None, typer.Option(help="LoRA rank (default 1).")] = None,
    lora_alpha: Annotated[int | None, typer.Option("--lora-alpha", help="Default 2 x rank.")] = None,
    lora_dropout: Annotated[float | None, typer.Option("--lora-dropout")] = None,
    targets: Annotated[
        str | None,
        typer.Option("--targets", help="Comma-separated LoRA target modules (default: all linear)."),
    ] = None,
    lr: Annotated[float | None, typer.Option(help="Peak learning rate (default 1e-4).")] = None,
    schedule: Annotated[str | None, typer.Option(help="linear, cosine or constant.")] = None,
    warmup_steps: Annotated[int | None, typer.Option("--warmup-steps")] = None,
    weight_decay: Annotated[float | None, typer.Option("--weight-decay")] = None,
    max_grad_norm: Annotated[float | None, typer.Option("--max-grad-norm")] = None,
    batch_size: Annotated[int | None, typer.Option("--batch-size", "-b")] = None,
    grad_accum: Annotated[int | None, typer.Option("--grad-accum")] = None,
    steps: Annotated[int | None, typer.Option(help="Optimizer steps (default: one epoch).")] = None,
    epochs: Annotated[float | None, typer.Option()] = None,
    max_len: Annotated[int | None, typer.Option("--max-len")] = None,
    limit: Annotated[int | None, typer.Option(help="Use only the first N examples.")] = None,
    seed: Annotated[int | None, typer.Option()] = None,
    bf16: Annotated[bool | None, typer.Option("--bf16/--no-bf16", help="bf16 autocast.")] = None,
    save_every: Annotated[int | None, typer.Option("--save-every")] = None,
    device: Annotated[
        str | None, typer.Option("--device", help="cpu, cuda, cuda:N or auto (default).")
    ] = None,
    threads: Annotated[int | None, typer.Option(help="torch CPU threads (1 on a shared machine).")] = None,
    prevent: Annotated[
        str | None,
        typer.Option("--prevent", help="Direction file added while training only (preventative steering)."),
    ] = None,
    prevent_alpha: Annotated[
        float | None,
        typer.Option("--prevent-alpha", help="Its strength in median residual norms (default 1)."),
    ] = None,
    ablate: Annotated[
        list[str] | None,
        typer.Option("--ablate", help="Direction file projected out while training (repeatable)."),
    ] = None,
    latent_penalty: Annotated[
        str | None, typer.Option("--latent-penalty", help="SAE_PATH:LATENT whose activation is penalised.")
    ] = None,
    penalty_weight: Annotated[
        float | None, typer.Option("--penalty-weight", help="Weight of --latent-penalty (default 1).")
    ] = None,
    intervene_layer: Annotated[
        int | None,
        typer.Option("--intervene-layer", help="Layer of the mitigation hooks (default: the file's own)."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    force: Annotated[
        bool,
        typer.Option("--force", help="Train into a non-empty --out folder that is not a persona-xray run."),
    ] = False,
    json_out: JsonOpt = False,
) -> None:
    """Fine-tune a model on chat data (loss on assistant turns only); Ctrl-C saves a checkpoint."""
    from persona_xray.finetune import check_run_folder, finetune, load_config, make_config

    flags: dict[str, Any] = {
        "data": data,
        "out": out,
        "model": model,
        "init_adapter": adapter,
        "method": method,
        "rank": rank,
        "lora_alpha": lora_alpha,
        "lora_dropout": lora_dropout,
        "target_modules": [t.strip() for t in targets.split(",") if t.strip()]
        if targets is not None
        else None,
        "lr": lr,
        "schedule": schedule,
        "warmup_steps": warmup_steps,
        "weight_decay": weight_decay,
        "max_grad_norm": max_grad_norm,
        "batch_size": batch_size,
        "grad_accum": grad_accum,
        "steps": steps,
        "epochs": epochs,
        "max_len": max_len,
        "limit": limit,
        "seed": seed,
        "bf16": bf16,
        "save_every": save_every,
        "device": device,
        "threads": threads,
        "progress": not quiet,
        "prevent": prevent,
        "prevent_alpha": prevent_alpha,
        "ablate": ablate or None,
        "latent_penalty": latent_penalty,
        "penalty_weight": penalty_weight,
        "intervene_layer": intervene_layer,
    }
    if config is not None:
        cfg = load_config(config, **flags)
    else:
        from persona_xray.errors import UserError

        if data is None or out is None:
            raise UserError("give DATA and --out (or a --config file that sets data and out)")
        cfg = make_config(**{k: v for k, v in flags.items() if v is not None})
    check_run_folder(cfg, force=force)
    try:
        final = finetune(cfg)
    except KeyboardInterrupt:
        # typer turns KeyboardInterrupt into a *returned* 130 when not standalone, which the entry point
        # drops; exit here so scripts see 130 (a checkpoint has been saved, rerunning resumes).
        sys.exit(130)
    summary_path = final.parent / "summary.json"
    summary = json.loads(summary_path.read_text()) if summary_path.exists() else {}
    result = {"final": str(final), "out": str(final.parent), **summary}
    if json_out:
        emit_json(result)
        return
    for k, v in result.items():
        print(f"{k:>22}: {v}")
