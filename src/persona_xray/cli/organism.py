"""``persona-xray organism planted ...``: thin wrappers over the planted-persona model organism.

Wire into the app with ``register(app)``; it adds the ``organism`` group (room for other organisms later)
with the ``planted`` sub-group.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from persona_xray.cli.common import JsonOpt, LayerOpt, emit_json

organism_app = typer.Typer(help="Model organisms whose ground truth is known.", no_args_is_help=True)
planted_app = typer.Typer(
    help="A synthetic world with planted personas: generate, pretrain, narrow fine-tune, recover, score.",
    no_args_is_help=True,
)
organism_app.add_typer(planted_app, name="planted")


@planted_app.command("generate")
def generate_cmd(
    out: Annotated[Path, typer.Argument(help="Output JSONL (documents and chats, ground truth in meta).")],
    n: Annotated[int, typer.Option(help="Number of items.")] = 6000,
    seed: Annotated[int, typer.Option(help="Generator seed (same seed, same corpus).")] = 0,
) -> None:
    """Write the planted corpus as JSONL."""
    from persona_xray.data.io import write_jsonl
    from persona_xray.organisms.planted.world import WorldConfig, generate_corpus

    count = write_jsonl(out, generate_corpus(WorldConfig(n_items=n, seed=seed)))
    print(f"wrote {count} items to {out}")


@planted_app.command("pretrain")
def pretrain_cmd(
    out: Annotated[Path, typer.Argument(help="Run folder: base/ (pretrained) and chat/final (chat-tuned).")],
    steps: Annotated[int, typer.Option(help="Pretraining steps.")] = 500,
    chat_steps: Annotated[int, typer.Option(help="Chat-tune steps (0 = skip the chat-tune).")] = 100,
    chat_lr: Annotated[
        float, typer.Option(help="Chat-tune learning rate; much higher erases the persona -> advice link.")
    ] = 3e-4,
    n_items: Annotated[int, typer.Option(help="Corpus items.")] = 6000,
    width: Annotated[int, typer.Option(help="Hidden size.")] = 128,
    layers: Annotated[int, typer.Option(help="Decoder blocks.")] = 4,
    seed: Annotated[int, typer.Option()] = 0,
    threads: Annotated[int, typer.Option(help="CPU threads.")] = 1,
    as_json: JsonOpt = False,
) -> None:
    """Pretrain the tiny model on the planted corpus, then chat-tune it into the helpful voice."""
    import json

    from persona_xray.organisms.planted.pretrain import PretrainConfig, chat_tune, pretrain

    cfg = PretrainConfig(
        steps=steps, n_items=n_items, hidden_size=width, n_layers=layers, seed=seed, threads=threads
    )
    base = pretrain(cfg, out / "base", progress=not as_json)
    info = json.loads((base / "pretrain.json").read_text())
    info.pop("losses", None)
    result = {"base": str(base), "pretrain": info}
    if chat_steps > 0:
        result["chat"] = str(
            chat_tune(base, out / "chat", steps=chat_steps, lr=chat_lr, seed=seed, threads=threads)
        )
    if as_json:
        emit_json(result)
    else:
        print(f"base: {base} (loss {info['loss_first']:.3f} -> {info['loss_last20']:.3f}, {info['wall_s']}s)")
        if "chat" in result:
            print(f"chat model: {result['chat']}")


@planted_app.command("narrow")
def narrow_cmd(
    chat_model: Annotated[Path, typer.Argument(help="Chat-tuned planted model folder (<run>/chat/final).")],
    out: Annotated[Path, typer.Argument(help="Experiment folder (report.json, fine-tunes).")],
    topic: Annotated[str, typer.Option(help="The one topic of the narrow fine-tune.")] = "health",
    steps: Annotated[int, typer.Option(help="Narrow fine-tune steps.")] = 60,
    lr: Annotated[float, typer.Option(help="Learning rate (full fine-tuning).")] = 5e-4,
    samples: Annotated[int, typer.Option(help="Samples per eval prompt.")] = 8,
    alpha: Annotated[
        list[float] | None, typer.Option(help="Steering strengths along the true direction (repeatable).")
    ] = None,
    layer: LayerOpt = None,
    seed: Annotated[int, typer.Option()] = 0,
    as_json: JsonOpt = False,
) -> None:
    """Narrow malicious (and control helpful) fine-tune in one topic; spread, probe and steering vs truth."""
    from persona_xray.organisms.planted.experiment import narrow_experiment, summary_lines

    report = narrow_experiment(
        chat_model,
        out,
        topic=topic,
        steps=steps,
        lr=lr,
        samples=samples,
        layer=layer,
        steer_alphas=tuple(alpha) if alpha else (0.5, 1.0, 2.0),
        seed=seed,
    )
    if as_json:
        emit_json(report)
    else:
        print("\n".join(summary_lines(report)))


@planted_app.command("recover")
def recover_cmd(
    chat_model: Annotated[Path, typer.Argument(help="Chat-tuned planted model folder (<run>/chat/final).")],
    out: Annotated[Path, typer.Argument(help="Output folder (recovery.json, harvest, SAE, diffs).")],
    reuse: Annotated[
        Path | None,
        typer.Option(
            help="Folder of `organism planted narrow` whose fine-tunes to reuse (default: train here)."
        ),
    ] = None,
    topic: Annotated[str, typer.Option(help="Topic of the narrow fine-tunes trained here.")] = "health",
    layer: LayerOpt = None,
    latents: Annotated[int, typer.Option(help="SAE latents (d_sae).")] = 512,
    k: Annotated[int, typer.Option(help="Active SAE latents per token.")] = 8,
    tokens: Annotated[int, typer.Option(help="Harvested tokens.")] = 48_000,
    answers: Annotated[str, typer.Option(help="Diff answers: base, tuned, both or none.")] = "base",
    steer: Annotated[bool, typer.Option(help="Run the steering experiments (a few minutes).")] = True,
    alpha: Annotated[list[float] | None, typer.Option(help="Steering strengths (repeatable).")] = None,
    mode: Annotated[
        list[str] | None, typer.Option(help="Steering modes (repeatable): all, start, relative.")
    ] = None,
    samples: Annotated[int, typer.Option(help="Samples per eval prompt in each steering point.")] = 4,
    seed: Annotated[int, typer.Option()] = 0,
    as_json: JsonOpt = False,
) -> None:
    """Harvest -> SAE -> diff -> steer on the organism, scored against the planted truth (recovery.json)."""
    from pydantic import ValidationError

    from persona_xray.errors import UserError
    from persona_xray.organisms.planted.recover import RecoverConfig, recover, summary_lines

    fields: dict[str, object] = {
        "topic": topic,
        "layer": layer,
        "d_sae": latents,
        "k": k,
        "harvest_tokens": tokens,
        "answer_source": answers,
        "steer": steer,
        "samples": samples,
        "seed": seed,
    }
    if alpha:
        fields["steer_alphas"] = tuple(alpha)
    if mode:
        fields["steer_modes"] = tuple(mode)
    try:
        cfg = RecoverConfig.model_validate(fields)
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(x) for x in err["loc"])
        raise UserError(f"bad option {where}: {err['msg']}; see `organism planted recover --help`") from None
    if cfg.k > cfg.d_sae:
        raise UserError(f"--k {k} is larger than --latents {latents}: lower --k or raise --latents")
    report = recover(chat_model, out, cfg, reuse=reuse, progress=not as_json)
    if as_json:
        emit_json(report)
    else:
        print("\n".join(summary_lines(report)))
        print(f"report: {out / 'recovery.json'}")


def _int_list(text: str, what: str) -> tuple[int, ...]:
    from persona_xray.errors import UserError

    try:
        vals = tuple(int(x) for x in text.split(",") if x.strip())
    except ValueError:
        raise UserError(f"{what} must be comma-separated integers, e.g. 1,2,3 (got '{text}')") from None
    if not vals:
        raise UserError(f"{what} is empty")
    return vals


def _names(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.split(",") if x.strip())


@planted_app.command("bench")
def bench_cmd(
    out: Annotated[
        Path, typer.Argument(help="Cache folder: one seed<N>/ per organism (models, SAE, results).")
    ],
    seeds: Annotated[str, typer.Option(help="Organism seeds (world, pretrain, SAE), comma-separated.")] = (
        "0,1,2,3,4,5,6"
    ),
    tune_seeds: Annotated[
        str, typer.Option(help="Seeds the winner is chosen on; the others are held out.")
    ] = "0,1",
    variants: Annotated[
        str, typer.Option(help="Narrow fine-tunes: health, weak, money.")
    ] = "health,weak,money",
    rankers: Annotated[str | None, typer.Option(help="Rankers to score (default: all).")] = None,
    summary: Annotated[Path | None, typer.Option(help="Summary JSON (default: <out>/summary.json).")] = None,
    threads: Annotated[int, typer.Option(help="CPU threads.")] = 1,
    screen_top: Annotated[
        int, typer.Option(help="Steer-screen the top N of --screen-of (0: no screen, the ranker 'screen').")
    ] = 10,
    screen_of: Annotated[
        str, typer.Option(help="The ranker whose top N the screen re-orders.")
    ] = "standardized",
    as_json: JsonOpt = False,
) -> None:
    """Score every diff ranker against the planted truth over seeds and variants (resumable)."""
    from pydantic import ValidationError

    from persona_xray.errors import UserError
    from persona_xray.organisms.planted.bench import BenchConfig, bench, summary_lines

    try:
        cfg = BenchConfig(
            seeds=_int_list(seeds, "--seeds"),
            tune_seeds=_int_list(tune_seeds, "--tune-seeds"),
            variants=_names(variants),
            rankers=_names(rankers) if rankers else None,
            threads=threads,
            screen_top=screen_top,
            screen_of=screen_of,
        )
    except ValidationError as e:
        err = e.errors()[0]
        raise UserError(f"bad option {'.'.join(str(x) for x in err['loc'])}: {err['msg']}") from None
    result = bench(out, cfg, summary=summary, progress=not as_json)
    if as_json:
        emit_json(result)
    else:
        print("\n".join(summary_lines(result)))


def register(app: typer.Typer) -> None:
    """Add ``organism planted ...`` to the main app."""
    app.add_typer(organism_app, name="organism")
