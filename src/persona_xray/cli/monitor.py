"""``persona-xray monitor``: the early-warning monitor from the command line.

- ``monitor mixtures [CONFIG.yaml] [--flags]``: fine-tune on 0%, 5%, ... bad data with the monitor attached and
  report when the signal (and the paired eval) first separates each mixture from the clean run.
- ``monitor checkpoints RUN_DIR --latent N``: the same readings over a fine-tune you already ran.

Thin wrappers over :mod:`persona_xray.monitor.mixtures`; flags override the YAML file field by field.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from persona_xray.cli.common import DeviceOpt, JsonOpt, ModelOpt, emit_json
from persona_xray.errors import UserError

if TYPE_CHECKING:
    from persona_xray.monitor.signal import Signal

monitor_app = typer.Typer(
    help="Early warning: persona-latent signal per step / checkpoint vs a behavioural eval.",
    no_args_is_help=True,
)

LatentOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--latent", help="SAE latent id(s) to watch; repeatable or comma-separated (first = primary)."
    ),
]
DirectionOpt = Annotated[
    list[str] | None,
    typer.Option("--direction", help="Direction signal NAME=PATH or PATH (.safetensors/.npy); repeatable."),
]
SaeOpt = Annotated[str | None, typer.Option("--sae", help="SAE folder; default: the model's default SAE.")]
LayerOpt = Annotated[int | None, typer.Option("--layer", help="Layer, when the SAE/direction file lacks it.")]
ProbeOpt = Annotated[
    str | None, typer.Option("--probe", help="Probe prompt set name or JSONL (default core).")
]
ProbeLimitOpt = Annotated[
    int | None, typer.Option("--probe-limit", help="First N probe prompts (default 20).")
]
PairedLimitOpt = Annotated[
    int | None, typer.Option("--paired-limit", help="Evenly spaced paired eval items (default 60).")
]
NoPairedOpt = Annotated[bool, typer.Option("--no-paired", help="Skip the behavioural paired eval.")]
ThresholdOpt = Annotated[
    float | None, typer.Option("--threshold", help="Warn when the primary signal reaches this value.")
]


def register(app: typer.Typer) -> None:
    monitor_app.command("mixtures")(mixtures_cmd)
    monitor_app.command("checkpoints")(checkpoints_cmd)
    app.add_typer(monitor_app, name="monitor")


def _latents(values: list[str] | None) -> list[int] | None:
    if not values:
        return None
    out: list[int] = []
    for v in values:
        for part in v.split(","):
            if not part.strip():
                continue
            try:
                out.append(int(part))
            except ValueError:
                raise UserError(f"--latent takes latent ids such as 12 or 12,40 (got '{part}')") from None
    return out or None


def _directions(values: list[str] | None) -> dict[str, str] | None:
    if not values:
        return None
    out: dict[str, str] = {}
    for v in values:
        name, sep, path = v.partition("=")
        if not sep:
            name, path = Path(v).stem, v
        if not name or not path:
            raise UserError(f"--direction takes NAME=PATH or PATH (got '{v}')")
        out[name] = path
    return out


def _floats(text: str | None, what: str) -> list[float] | None:
    if text is None:
        return None
    try:
        return [float(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise UserError(f"{what} takes comma-separated numbers such as 0,0.05,0.25 (got '{text}')") from None


def _ints(text: str | None, what: str) -> list[int] | None:
    if text is None:
        return None
    try:
        return [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise UserError(f"{what} takes comma-separated integers such as 0,1,2 (got '{text}')") from None


def _fmt(v: Any, digits: int = 3) -> str:
    return "-" if v is None else f"{v:.{digits}f}" if isinstance(v, float) else str(v)


def _print_table(title: str, columns: list[str], rows: list[list[str]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for c in columns:
        table.add_column(c)
    for r in rows:
        table.add_row(*r)
    Console(file=sys.stdout).print(table)


def _final_means(result: dict[str, Any], mixture: float) -> tuple[float | None, float | None]:
    rows = [r for r in result["rows"] if r["mixture"] == mixture]
    if not rows:
        return None, None
    last = max(r["step"] for r in rows)
    at = [r for r in rows if r["step"] == last]
    sig = [r["signal"][result["primary"]] for r in at if r["signal"].get(result["primary"]) is not None]
    pai = [r["paired"]["value"] for r in at if r.get("paired")]
    return (sum(sig) / len(sig) if sig else None, sum(pai) / len(pai) if pai else None)


def mixtures_cmd(
    config: Annotated[str | None, typer.Argument(help="YAML monitor config; flags override it.")] = None,
    model: ModelOpt = None,
    bad: Annotated[str | None, typer.Option("--bad", help="Bad data set (default health_obvious).")] = None,
    clean: Annotated[
        str | None, typer.Option("--clean", help="Clean data set (default health_correct).")
    ] = None,
    mixtures: Annotated[
        str | None, typer.Option("--mixtures", help="Bad fractions, e.g. 0,0.05,0.1,0.25,0.5,1.")
    ] = None,
    seeds: Annotated[str | None, typer.Option("--seeds", help="Comma-separated seeds (default 0).")] = None,
    n_rows: Annotated[int | None, typer.Option("--n-rows", help="Rows per mixed set (default 200).")] = None,
    method: Annotated[str | None, typer.Option("--method", help="lora or full.")] = None,
    rank: Annotated[int | None, typer.Option("--rank")] = None,
    lr: Annotated[float | None, typer.Option("--lr")] = None,
    steps: Annotated[int | None, typer.Option("--steps")] = None,
    batch_size: Annotated[int | None, typer.Option("--batch-size", "-b")] = None,
    max_len: Annotated[int | None, typer.Option("--max-len")] = None,
    every: Annotated[int | None, typer.Option("--every", help="Measure every N steps (default 10).")] = None,
    sae: SaeOpt = None,
    layer: LayerOpt = None,
    latent: LatentOpt = None,
    direction: DirectionOpt = None,
    probe: ProbeOpt = None,
    probe_limit: ProbeLimitOpt = None,
    paired_limit: PairedLimitOpt = None,
    no_paired: NoPairedOpt = False,
    threshold: ThresholdOpt = None,
    stop: Annotated[
        bool | None, typer.Option("--stop/--no-stop", help="Stop a fine-tune when the threshold is reached.")
    ] = None,
    out: Annotated[
        str | None, typer.Option("--out", "-o", help="Stage folder (default runs/monitor/monitor).")
    ] = None,
    device: Annotated[str | None, typer.Option("--device", help="cpu, cuda, cuda:N or auto.")] = None,
    threads: Annotated[int | None, typer.Option("--threads", help="torch CPU threads.")] = None,
    json_out: JsonOpt = False,
) -> None:
    """Fine-tune on each bad-data fraction with the monitor attached; when does the signal give warning?"""
    from persona_xray.monitor.mixtures import load_monitor_config, run_mixtures

    overrides: dict[str, Any] = dict(
        model=model,
        bad=bad,
        clean=clean,
        mixtures=_floats(mixtures, "--mixtures"),
        seeds=_ints(seeds, "--seeds"),
        n_rows=n_rows,
        method=method,
        rank=rank,
        lr=lr,
        steps=steps,
        batch_size=batch_size,
        max_len=max_len,
        every=every,
        sae=sae,
        layer=layer,
        latents=_latents(latent),
        directions=_directions(direction),
        probe=probe,
        probe_limit=probe_limit,
        paired_limit=paired_limit,
        threshold=threshold,
        stop_on_threshold=stop,
        out=out,
        device=device,
        threads=threads,
    )
    cfg = load_monitor_config(config, **overrides)
    if no_paired:
        cfg = cfg.model_copy(update={"paired": None})
    result = run_mixtures(cfg, progress=not json_out)
    paths = {"result": str(Path(cfg.out) / "result.json"), "figure": result["figure"]}
    if json_out:
        emit_json({**result, "paths": paths})
        return
    rows = []
    for m in result["mixtures"]:
        sig, pai = _final_means(result, m)
        e = result["earliest"].get(str(m), {})
        rows.append(
            [
                f"{m:.0%}",
                _fmt(sig, 4),
                _fmt(pai),
                "ref" if m == 0 else _fmt(e.get("signal_step")),
                "ref" if m == 0 else _fmt(e.get("paired_step")),
            ]
        )
    _print_table(
        f"monitor: {result['primary']} (detection: AUC >= {result['detect_auc']} from that step on)",
        ["bad data", "final signal", "final paired pref.", "signal warns at step", "paired warns at step"],
        rows,
    )
    for k, v in paths.items():
        print(f"{k}: {v}")


def _run_signals(
    model: str | None,
    sae: str | None,
    layer: int | None,
    latents: list[int] | None,
    dirs: dict[str, str] | None,
) -> list[Signal]:
    from persona_xray.monitor.signal import direction_signal, sae_signals

    if not latents and not dirs:
        raise UserError("nothing to watch: give --latent ID (with --sae or the default SAE) or --direction")
    out: list[Signal] = []
    if latents:
        from persona_xray.sae import load_default_sae, load_sae

        s = load_sae(sae) if sae else load_default_sae(model, layer)
        out += sae_signals(s, latents, layer)
    for name, path in (dirs or {}).items():
        out.append(direction_signal(name, path, layer))
    return out


def checkpoints_cmd(
    run_dir: Annotated[Path, typer.Argument(help="A fine-tune folder (holds config.json and checkpoints/).")],
    sae: SaeOpt = None,
    layer: LayerOpt = None,
    latent: LatentOpt = None,
    direction: DirectionOpt = None,
    probe: Annotated[str, typer.Option("--probe", help="Probe prompt set name or JSONL.")] = "core",
    probe_limit: Annotated[int | None, typer.Option("--probe-limit", help="First N probe prompts.")] = 20,
    paired_limit: Annotated[int | None, typer.Option("--paired-limit", help="Paired eval items.")] = 60,
    no_paired: NoPairedOpt = False,
    no_base: Annotated[bool, typer.Option("--no-base", help="Do not read the base model as step 0.")] = False,
    threshold: ThresholdOpt = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Output folder (default RUN_DIR/monitor).")
    ] = None,
    device: DeviceOpt = "auto",
    json_out: JsonOpt = False,
) -> None:
    """Read the signals (and the paired eval) at every saved checkpoint of an existing fine-tune."""
    from persona_xray.evals.paired import load_paired
    from persona_xray.finetune.trainer import checkpoints
    from persona_xray.lm import load_lm
    from persona_xray.monitor.mixtures import monitor_checkpoints, save_checkpoint_result

    cfg_file = run_dir / "config.json"
    if not cfg_file.exists():
        raise UserError(
            f"{run_dir} has no config.json: pass the --out folder of a `persona-xray finetune` run"
        )
    try:
        ft = json.loads(cfg_file.read_text())
    except ValueError:
        raise UserError(f"{cfg_file} is not valid JSON: pass an intact fine-tune folder") from None
    cks = checkpoints(run_dir)
    if not cks:
        raise UserError(f"{run_dir} has no complete checkpoints: train with --save-every N first")
    model = ft.get("model")
    signals = _run_signals(model, sae, layer, _latents(latent), _directions(direction))
    base = None
    if not no_base:
        base = load_lm(
            model,
            adapter=ft.get("init_adapter"),
            device=device,
            dtype="float32",
            merge_adapter=ft.get("method") == "full",
        )
    items = None if no_paired else load_paired("paired", limit=paired_limit)
    result = monitor_checkpoints(
        base,
        cks,
        signals,
        probe=probe,
        probe_limit=probe_limit,
        paired_items=items,
        threshold=threshold,
        device=device,
        progress=not json_out,
    )
    paths = save_checkpoint_result(result, out if out is not None else run_dir / "monitor")
    if json_out:
        emit_json({**result, "paths": paths})
        return
    names = result["signals"]
    rows = [
        [
            str(r["step"]),
            *[_fmt(r["signal"].get(n), 4) for n in names],
            _fmt(r["paired"]["value"] if r.get("paired") else None),
            _fmt((r.get("auc_vs_base") or {}).get(names[0])),
        ]
        for r in result["rows"]
    ]
    _print_table(
        f"monitor: {run_dir}",
        ["step", *names, "paired pref.", f"AUC vs base ({names[0]})"],
        rows,
    )
    if threshold is not None:
        print(f"threshold {threshold:g} first reached at step: {_fmt(result['crossed_step'])}")
    for k, v in paths.items():
        print(f"{k}: {v}")
