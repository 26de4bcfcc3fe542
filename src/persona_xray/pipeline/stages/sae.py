"""The sae stage: reuse an SAE folder, or build the corpus, harvest the base model's activations and train
one (the base model only, so a fine-tune change never retrains it).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from persona_xray.analysis.diff import sae_layer
from persona_xray.errors import UserError
from persona_xray.lm import resolve_device
from persona_xray.models import canonical_name
from persona_xray.pipeline.config import PipelineConfig, stable_hash
from persona_xray.pipeline.runner import RunContext, Stage, read_json
from persona_xray.pipeline.stages.common import (
    file_sha,
    when_ran,
)
from persona_xray.sae.corpus import DEFAULT_SOURCES, build_corpus, resolve_corpus
from persona_xray.sae.formats import default_sae_path, load_sae
from persona_xray.sae.harvest import harvest
from persona_xray.sae.metrics import check_compatible, evaluate_sae
from persona_xray.sae.train import TrainConfig, train_sae

if TYPE_CHECKING:
    from persona_xray.sae.model import SAE


def sae_fingerprint(cfg: PipelineConfig) -> Any:
    """A reused SAE folder enters the key by content (its cfg.json and weight file size/mtime).

    A trained SAE's corpus does not: the stage may build that corpus itself, and a key that changed once it
    exists would invalidate the whole run on the second call. After rebuilding a corpus under the same name,
    rerun with ``--from sae`` (the harvest folder is keyed by the corpus bytes, so it is redone).
    """
    path = _reuse_path(cfg)
    if path is None:
        return None
    cfg_file = path / "cfg.json"
    weights = [p for p in sorted(path.glob("*.safetensors")) if p.is_file()]
    return {
        "cfg": file_sha(cfg_file) if cfg_file.is_file() else None,
        "weights": [(p.name, p.stat().st_size, int(p.stat().st_mtime)) for p in weights],
    }


def _reuse_path(cfg: PipelineConfig) -> Path | None:
    p = cfg.sae.path
    if p is None:
        return None
    if p == "default":
        layer = cfg.sae.layer
        if layer is None:
            if canonical_name(cfg.model) != "smollm2-135m":
                raise UserError("config error at 'sae.layer': give the layer when sae.path is 'default'")
            layer = 15
        return default_sae_path(cfg.model, layer)
    return Path(p).expanduser()


def _metrics(sae: SAE, harvest: str | None, ctx: RunContext) -> dict[str, Any]:
    if harvest is None or not (Path(harvest) / "manifest.json").is_file():
        return {"note": "no harvest available for this SAE: metrics not computed"}
    lm = ctx.base_lm() if ctx.cfg.sae.eval_docs > 0 else None
    m = evaluate_sae(sae, harvest, lm=lm, max_docs=max(ctx.cfg.sae.eval_docs, 1))
    if "loss_recovered_zero" in m:
        m["loss_recovered"] = m["loss_recovered_zero"]
    return {k: v for k, v in m.items() if isinstance(v, int | float | str)}


def _ensure_corpus(ctx: RunContext) -> str:
    """The corpus to harvest; a missing *named* corpus is built into the cache from ``corpus_sources``."""
    s = ctx.cfg.sae
    try:
        return str(resolve_corpus(s.corpus))
    except UserError:
        if "/" in s.corpus or s.corpus.endswith(".jsonl"):
            raise
    sources = tuple(s.corpus_sources) if s.corpus_sources else DEFAULT_SOURCES
    ctx.log(f"sae: building corpus '{s.corpus}' from {', '.join(sources)}")
    lm = ctx.base_lm() if "transcripts" in sources else None
    return str(build_corpus(s.corpus, sources=sources, lm=lm, seed=ctx.cfg.seed) / "docs.jsonl")


def stage_sae(ctx: RunContext) -> dict[str, Any]:
    """Reuse an SAE folder, or corpus -> harvest -> train -> eval on the base model.

    The harvest lives in ``sae/harvest-<hash of its settings>`` and the SAE in ``sae/sae-<hash>``: a killed
    harvest resumes from its last shard, a killed training from its checkpoint, and changing only the SAE's
    width reuses the harvest. Folders of other settings are deleted to keep the disk use bounded.
    """
    cfg, s = ctx.cfg, ctx.cfg.sae
    out = ctx.dir("sae")
    reuse = _reuse_path(cfg)
    if reuse is not None:
        sae = load_sae(reuse)
        check_compatible(sae, ctx.base_lm())
        layer = sae_layer(sae)
        if s.layer is not None and layer is not None and layer != s.layer:
            raise UserError(
                f"config error at 'sae.layer': the SAE at {reuse} is for layer {layer}, not {s.layer}"
            )
        harv = sae.metadata.get("harvest")
        return {
            "path": str(reuse.resolve()),
            "mode": "reused",
            "metrics": _metrics(sae, str(harv) if harv else None, ctx),
            "d_sae": sae.d_sae,
            "k": sae.k,
            "layer": layer if layer is not None else s.layer,
            "tokens": sae.metadata.get("training_tokens"),
            "harvest": str(harv) if harv else None,
        }
    lm = ctx.base_lm(s.dtype)
    layer = lm.check_layer(lm.middle_layer if s.layer is None else s.layer)
    corpus = _ensure_corpus(ctx)
    h_key = stable_hash(
        {
            "model": cfg.model,
            "dtype": s.dtype or cfg.dtype,
            "layer": layer,
            "corpus": corpus,
            "corpus_sha": file_sha(Path(corpus)),
            "tokens": s.tokens,
            "ctx_len": s.ctx_len,
            "shard_tokens": s.shard_tokens,
        }
    )
    device = "cuda" if resolve_device(cfg.device).type == "cuda" else "cpu"
    tcfg = TrainConfig(
        latents=s.d_sae,
        k=s.k,
        batch_size=s.batch_size,
        lr=s.lr,
        epochs=s.epochs,
        dead_tokens=s.dead_tokens,
        checkpoint_every=s.checkpoint_every,
        seed=cfg.seed,
        device=device,
    )
    t_key = stable_hash({"harvest": h_key, "train": tcfg.model_dump(mode="json")})
    hdir, sdir = out / f"harvest-{h_key}", out / f"sae-{t_key}"
    for old in [*out.glob("harvest-*"), *out.glob("sae-*")]:
        if old not in (hdir, sdir):
            shutil.rmtree(old, ignore_errors=True)
    ctx.log(f"sae: harvest {s.tokens:,} tokens at layer {layer}")
    hres = harvest(
        lm,
        corpus,
        hdir,
        layer=layer,
        ctx_len=s.ctx_len,
        batch_size=s.harvest_batch,
        shard_tokens=s.shard_tokens,
        max_tokens=s.tokens,
        progress=cfg.progress,
    )
    if (sdir / "train_summary.json").is_file() and (sdir / "cfg.json").is_file():
        sae = load_sae(sdir)  # a finished training of these settings (a kill hit the eval after it)
    else:
        ctx.log(f"sae: train d_sae={s.d_sae} k={s.k}")
        log = None if cfg.progress else (lambda rec: None)
        sae = train_sae(hdir, sdir, tcfg, resume=True, log=log)
    summary = read_json(sdir / "train_summary.json") or {}
    return {
        "path": str(sdir.resolve()),
        "mode": "trained",
        "metrics": _metrics(sae, str(hdir), ctx),
        "d_sae": sae.d_sae,
        "k": sae.k,
        "layer": layer,
        "tokens": summary.get("tokens", hres.tokens),
        "harvest": str(hdir.resolve()),
        "harvest_tokens": hres.tokens,
        "harvest_dtype": str(lm.dtype).removeprefix("torch."),
        "train_s": summary.get("seconds"),
    }


def summary_sae(cfg: PipelineConfig, sae: dict[str, Any]) -> dict[str, Any]:
    met = sae["metrics"]
    keys = ("fvu", "l0", "dead_fraction", "loss_recovered")
    return {
        "path": sae["path"],
        "mode": sae.get("mode"),
        "layer": sae["layer"],
        "d_sae": sae["d_sae"],
        "k": sae["k"],
        **{k: met.get(k) for k in keys},
    }


STAGE = Stage(
    "sae",
    stage_sae,
    sections=("model", "dtype", "seed", "sae"),
    fingerprint=sae_fingerprint,
    manages_dir=True,
    summary=(("sae", when_ran(summary_sae)),),
)
