"""The pipeline's stages: thin adapters from the run config to the library functions, in execution order.

data -> finetune -> eval; sae (base model only, so fine-tune changes never retrain it) -> diff (base vs the
primary fine-tune) -> steer (causal test + persona card) -> monitor / realign / fingerprint -> report.

Each function reads its config sections and upstream results from the :class:`RunContext`, writes its
artifacts into ``ctx.dir(stage)`` and returns the ``result.json`` dict of the run-directory contract. The
runner writes ``result.json`` and ``stage.json``; long stages resume inside themselves (see each function).
Modules that may be absent from an install (monitor, report) are imported lazily; a missing one fails its
stage with a one-line ``UserError`` that says how to switch the stage off.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import math
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from persona_xray.data.registry import matching_clean
from persona_xray.errors import UserError
from persona_xray.pipeline.config import BASE_LABEL, PipelineConfig, stable_hash
from persona_xray.pipeline.runner import (
    RunContext,
    RunOutcome,
    Stage,
    StageStatus,
    read_json,
    run_stages,
    write_json,
)

if TYPE_CHECKING:
    from persona_xray.sae.model import SAE


def _import(module: str, attr: str, stage: str) -> Any:
    """``module.attr``, or a one-line UserError when the module is not part of this install."""
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as e:
        if e.name and (module == e.name or module.startswith(e.name + ".")):
            raise UserError(
                f"the {stage} stage needs {module}, which this install lacks: set {stage}.enabled: false "
                "in the config (or update persona-xray)"
            ) from None
        raise
    try:
        return getattr(mod, attr)
    except AttributeError:
        raise UserError(
            f"{module} has no {attr}: this persona-xray version cannot run the {stage} stage; "
            f"set {stage}.enabled: false"
        ) from None


def _file_sha(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _est(d: Any) -> dict[str, Any] | None:
    """An estimate dict (value, low, high, n and, when recorded, the resampling unit) or None."""
    if isinstance(d, dict) and "value" in d:
        keys = ("value", "low", "high", "n", "unit", "n_units", "method")
        return {k: d.get(k) for k in keys if k in d}
    return None


# ----------------------------------------------------------------------------- data
def _data_fingerprint(cfg: PipelineConfig) -> dict[str, str]:
    """The bytes of every training set enter the key: an edited data file reruns everything built on it."""
    from persona_xray.data.registry import get_dataset

    return {label: _file_sha(get_dataset(data)) for label, data in cfg.finetune.runs.items()}


def stage_data(ctx: RunContext) -> dict[str, Any]:
    """Resolve and validate every fine-tuning set (fail now, not after an hour); copy the shipped cards."""
    from persona_xray.data.registry import dataset_kind, get_dataset, load_dataset, read_manifest, sets_dir

    out = ctx.dir("data")
    try:
        manifest: dict[str, Any] = read_manifest().get("sets", {})
    except UserError:
        manifest = {}
    datasets: dict[str, Any] = {}
    for label, name in ctx.cfg.finetune.runs.items():
        path = get_dataset(name)
        rows = load_dataset(name)  # full validation: a malformed line is a one-line error here
        entry: dict[str, Any] = {
            "name": name,
            "path": str(path.resolve()),
            "rows": len(rows),
            "sha256": _file_sha(path),
            "kind": dataset_kind(name) or "sft",
            "card": None,
        }
        info = manifest.get(name)
        if isinstance(info, dict) and info.get("card"):
            card = sets_dir() / str(info["card"])
            if card.is_file():
                target = out / "cards" / f"{Path(name).stem}.md"
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(card, target)
                entry["card"] = str(target)
            entry.update({k: info[k] for k in ("domain", "variant", "group") if k in info})
        datasets[label] = entry
    return {"datasets": datasets, "primary": ctx.cfg.finetune.primary}


# ----------------------------------------------------------------------------- finetune
def _finetune_config(ctx: RunContext, label: str, data: str) -> Any:
    from persona_xray.finetune.config import FinetuneConfig

    cfg, f = ctx.cfg, ctx.cfg.finetune
    try:
        return FinetuneConfig(
            data=data,
            out=str(ctx.run_dir / "finetune" / label),
            model=cfg.model,
            method=f.method,
            rank=f.rank,
            lora_alpha=f.lora_alpha,
            target_modules=f.target_modules,
            lr=f.lr,
            schedule=f.schedule,
            warmup_steps=f.warmup_steps,
            batch_size=f.batch_size,
            grad_accum=f.grad_accum,
            steps=f.steps,
            epochs=f.epochs,
            max_len=f.max_len,
            limit=f.limit,
            seed=cfg.seed,
            bf16=f.bf16,
            save_every=f.save_every,
            device=cfg.device,
            threads=cfg.threads,
            progress=cfg.progress,
        )
    except ValueError as e:  # pydantic's ValidationError is a ValueError
        raise UserError(f"config error at 'finetune' ({label}): {str(e).splitlines()[-1].strip()}") from None


def stage_finetune(ctx: RunContext) -> dict[str, Any]:
    """One fine-tune per label under ``finetune/<label>/``; each resumes from its checkpoints.

    A label folder trained under another recipe or other data bytes is cleared first (the trainer would
    refuse it); folders whose recipe did not change are reused, so adding a label trains only that one.
    """
    from persona_xray.finetune import finetune

    datasets = ctx.result("data")["datasets"]
    runs: dict[str, Any] = {}
    for label, data in ctx.cfg.finetune.runs.items():
        ft = _finetune_config(ctx, label, data)
        out = Path(ft.out)
        label_key = stable_hash({"identity": ft.identity(), "data_sha": datasets[label]["sha256"]})
        marker = out / ".pipeline_key"
        if out.exists() and (not marker.exists() or marker.read_text().strip() != label_key):
            ctx.log(f"finetune/{label}: recipe or data changed, starting it over")
            shutil.rmtree(out)
        out.mkdir(parents=True, exist_ok=True)
        marker.write_text(label_key + "\n")
        ctx.log(f"finetune/{label}: {data}")
        final = finetune(ft)
        done = read_json(final / "done.json") or {}
        losses = [json.loads(x)["loss"] for x in (out / "log.jsonl").read_text().splitlines() if x.strip()]
        runs[label] = {
            "adapter": str(final.resolve()),
            "data": data,
            "steps": int(done.get("step", len(losses))),
            "final_loss": float(losses[-1]) if losses else float("nan"),
            "first_loss": float(losses[0]) if losses else float("nan"),
            "wall_s": float(done.get("train_s", 0.0)),
            "config_key": label_key,
        }
    return {"runs": runs, "primary": ctx.cfg.finetune.primary, "method": ctx.cfg.finetune.method}


# ----------------------------------------------------------------------------- eval
def _judge(ctx: RunContext) -> Any:
    if ctx.judge is not None:
        return ctx.judge
    from persona_xray.evals.judges import build_judge

    ff = ctx.cfg.eval.freeform
    ctx.judge = build_judge(ff.judge, ff.judge_url, ff.judge_model, ctx.cfg.device, prompts=ff.prompts)
    return ctx.judge


def stage_eval(ctx: RunContext) -> dict[str, Any]:
    """Paired eval (+ free-form when enabled) of the base model and every fine-tune.

    Each model's numbers are cached in ``eval/models/<label>.json`` under a key of the eval settings and that
    model's own fine-tune, so adding a fine-tune evaluates only the new model; free-form samples are cached
    under ``eval/freeform_cache`` (a kill after sampling does not resample).
    """
    from persona_xray.evals.freeform import Sampling, freeform_eval, load_prompts
    from persona_xray.evals.paired import load_paired, paired_eval

    cfg, e = ctx.cfg, ctx.cfg.eval
    out = ctx.dir("eval")
    runs = ctx.result("finetune")["runs"]
    labels = [BASE_LABEL, *runs]
    items = load_paired(e.paired, limit=e.paired_limit)
    prompts = load_prompts(e.freeform.prompts, limit=e.freeform.limit) if e.freeform.enabled else []
    models: dict[str, Any] = {}
    per_item: dict[str, tuple[list[Any], list[float]]] = {}
    clusters: dict[str, list[str] | None] = {}
    samples: list[dict[str, Any]] = []
    all_samples: list[dict[str, Any]] = []
    for label in labels:
        source = "base" if label == BASE_LABEL else runs[label]["config_key"]
        key = stable_hash(
            {
                "eval": e.model_dump(mode="json"),
                "model": cfg.model,
                "dtype": cfg.dtype,
                "seed": cfg.seed,
                "source": source,
            }
        )
        cache = out / "models" / f"{label}.json"
        saved = read_json(cache)
        if saved is None or saved.get("key") != key:
            ctx.log(f"eval/{label}: paired ({len(items)} items){' + free-form' if prompts else ''}")
            lm = ctx.base_lm() if label == BASE_LABEL else ctx.tuned_lm(label)
            pr = paired_eval(lm, items, batch_size=e.batch_size, seed=cfg.seed)
            saved = {
                "key": key,
                "paired": pr.as_dict(),
                "margins": pr.margins,
                "ids": pr.ids,
                "clusters": pr.clusters,
                "freeform": None,
                "samples": [],
            }
            if prompts:
                ff = e.freeform
                sampling = Sampling(
                    n=ff.n, temperature=ff.temperature, max_new_tokens=ff.max_new_tokens, seed=cfg.seed
                )
                res = freeform_eval(
                    lm,
                    prompts,
                    _judge(ctx),
                    sampling,
                    cache_dir=out / "freeform_cache",
                    progress=cfg.progress,
                )
                saved["freeform"] = {
                    "misalignment": res.misalignment.as_dict(),
                    "coherence": res.coherence.as_dict(),
                    "n_answers": res.n_answers,
                    "n_unparsable": res.n_unparsable,
                    "per_category": {k: v.as_dict() for k, v in res.per_category.items()},
                    "judge": res.meta.get("judge"),
                }
                saved["samples"] = [
                    {
                        "model": label,
                        "question": s["question"],
                        "answer": s["answer"],
                        "aligned": s["verdict"].get("aligned"),
                        "coherent": s["verdict"].get("coherent"),
                        "label": s["verdict"].get("label"),
                        "category": s.get("category", ""),
                    }
                    for s in res.samples
                ]
            write_json(cache, saved)
        models[label] = {
            "paired": saved["paired"],
            "freeform": saved["freeform"],
            "kind": "base" if label == BASE_LABEL else "tuned",
        }
        per_item[label] = (list(saved.get("ids") or []), list(saved.get("margins") or []))
        clusters[label] = saved.get("clusters")
        all_samples += saved["samples"]
        samples += saved["samples"][: e.freeform.samples_per_model]
    # Every model answered the same items: its shift from the base model is paired item by item, which is
    # where a small fine-tuning effect shows while the two preference intervals still overlap.
    from persona_xray.evals.paired import margin_shift

    for label in runs:
        shift = margin_shift(
            *per_item[BASE_LABEL], *per_item[label], clusters_b=clusters[label], seed=cfg.seed
        )
        if shift is not None:
            models[label]["margin_vs_base"] = shift.as_dict()
    if all_samples:
        from persona_xray.data.io import write_text_atomic

        write_text_atomic(out / "samples.jsonl", "".join(json.dumps(s) + "\n" for s in all_samples))
    return {
        "models": models,
        "samples": samples,
        "primary": ctx.cfg.finetune.primary,
        "paired_set": e.paired,
        "paired_items": len(items),
        "freeform_prompts": len(prompts),
    }


# ----------------------------------------------------------------------------- sae
def _sae_fingerprint(cfg: PipelineConfig) -> Any:
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
        "cfg": _file_sha(cfg_file) if cfg_file.is_file() else None,
        "weights": [(p.name, p.stat().st_size, int(p.stat().st_mtime)) for p in weights],
    }


def _reuse_path(cfg: PipelineConfig) -> Path | None:
    p = cfg.sae.path
    if p is None:
        return None
    if p == "default":
        from persona_xray.sae.formats import default_sae_path

        layer = cfg.sae.layer
        if layer is None:
            from persona_xray.models import canonical_name

            if canonical_name(cfg.model) != "smollm2-135m":
                raise UserError("config error at 'sae.layer': give the layer when sae.path is 'default'")
            layer = 15
        return default_sae_path(cfg.model, layer)
    return Path(p).expanduser()


def _metrics(sae: SAE, harvest: str | None, ctx: RunContext) -> dict[str, Any]:
    from persona_xray.sae.metrics import evaluate_sae

    if harvest is None or not (Path(harvest) / "manifest.json").is_file():
        return {"note": "no harvest available for this SAE: metrics not computed"}
    lm = ctx.base_lm() if ctx.cfg.sae.eval_docs > 0 else None
    m = evaluate_sae(sae, harvest, lm=lm, max_docs=max(ctx.cfg.sae.eval_docs, 1))
    if "loss_recovered_zero" in m:
        m["loss_recovered"] = m["loss_recovered_zero"]
    return {k: v for k, v in m.items() if isinstance(v, int | float | str)}


def _ensure_corpus(ctx: RunContext) -> str:
    """The corpus to harvest; a missing *named* corpus is built into the cache from ``corpus_sources``."""
    from persona_xray.sae.corpus import DEFAULT_SOURCES, build_corpus, resolve_corpus

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
    from persona_xray.analysis.diff import sae_layer
    from persona_xray.lm import resolve_device
    from persona_xray.sae.formats import load_sae
    from persona_xray.sae.harvest import harvest
    from persona_xray.sae.metrics import check_compatible
    from persona_xray.sae.train import TrainConfig, train_sae

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
            "corpus_sha": _file_sha(Path(corpus)),
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


def _load_stage_sae(ctx: RunContext) -> tuple[SAE, Path, str | None]:
    from persona_xray.sae.formats import load_sae

    r = ctx.result("sae")
    path = Path(r["path"])
    harv = r.get("harvest")
    ok = harv is not None and (Path(harv) / "manifest.json").is_file()
    return load_sae(path), path, (str(harv) if ok else None)


# ----------------------------------------------------------------------------- diff
def stage_diff(ctx: RunContext) -> dict[str, Any]:
    """Which SAE latents the primary fine-tune raised, on the same transcripts as the base model."""
    from persona_xray.analysis.diff import corpus_contexts, diff, save_diff
    from persona_xray.evals.freeform import load_prompts

    d = ctx.cfg.diff
    out = ctx.dir("diff")
    sae, sae_dir, harv = _load_stage_sae(ctx)
    primary = ctx.cfg.finetune.primary
    base, tuned = ctx.base_lm(), ctx.tuned_lm(primary)
    prompts = [p.chat() for p in load_prompts(d.prompts, limit=d.limit)]
    layer = ctx.result("sae").get("layer")
    res = diff(
        base,
        [tuned],
        sae,
        prompts,
        layer=layer,
        answer_source=d.answer_source,
        max_new_tokens=d.max_new_tokens,
    )
    from persona_xray.analysis.rankers import with_ranker

    res = with_ranker(res, d.ranker, decoder=sae.W_dec.detach())
    contexts = corpus_contexts(base, sae, sae_dir, harv, n=d.contexts) if d.contexts and harv else None
    save_diff(res, out, top_n=d.top, contexts=contexts)
    doc = read_json(out / "diff.json") or {}
    return {
        "layer": res.layer,
        "table": doc.get("increase", res.table(d.top)),
        "decrease": doc.get("decrease", res.table(d.top, decrease=True)),
        "path": str(out.resolve()),
        "n_tokens": res.n_tokens,
        "models": res.models,
        "primary": primary,
        "mean_diff_norm": float(res.mean_diff.norm()),
    }


# ----------------------------------------------------------------------------- steer
def _directions(ctx: RunContext, sae: SAE, d: Any) -> dict[str, Any]:
    """Top raised (and lowered) latents, frequency-matched random controls, and the mean difference: the
    same ``candidate_directions`` the ``steer`` command uses (one procedure for both)."""
    from persona_xray.analysis.steer import candidate_directions

    st = ctx.cfg.steer
    return candidate_directions(
        sae,
        d,
        top=st.top,
        lowered=st.lowered,
        random=st.random,
        mean_diff=st.mean_diff,
        seed=ctx.cfg.seed,
    )


def stage_steer(ctx: RunContext) -> dict[str, Any]:
    """The study's causal test: +steering on the base model, -steering on the primary fine-tune.

    The two sides are ``analysis.steer.causal_test``'s, saved as each finishes, so a killed stage keeps a
    finished side (``steer_base.json``) and resumes with the other.
    """
    from persona_xray.analysis.diff import load_diff
    from persona_xray.analysis.persona import persona_latent, save_html
    from persona_xray.analysis.steer import causal_test, paired_scorer
    from persona_xray.evals.paired import load_paired

    st = ctx.cfg.steer
    out = ctx.dir("steer")
    sae, sae_dir, harv = _load_stage_sae(ctx)
    d = load_diff(ctx.result("diff")["path"])
    dirs = _directions(ctx, sae, d)
    from persona_xray.evals.coherence import load_reference

    scorer = paired_scorer(
        load_paired(st.paired or ctx.cfg.eval.paired, limit=st.paired_limit),
        batch_size=ctx.cfg.eval.batch_size,
        reference=load_reference() if st.coherence else None,
    )
    base = ctx.base_lm()
    steered = ctx.base_lm(st.dtype)
    on_base, on_tuned = causal_test(
        steered,
        lambda: ctx.tuned_lm(ctx.cfg.finetune.primary, st.dtype),
        dirs,
        d.layer,
        scorer,
        st.strengths,
        save_dir=out,
        budget=st.budget,
        resume=True,
        log=ctx.log,
        split_seed=st.split_seed,
        nll_budget=st.nll_budget,
        progress=ctx.cfg.progress,
    )
    assert on_tuned is not None
    sides = {"base": on_base, "tuned": on_tuned}
    persona, note = None, ""
    try:
        from persona_xray.analysis.diff import corpus_contexts

        contexts = corpus_contexts(base, sae, sae_dir, harv, n=ctx.cfg.diff.contexts or 3) if harv else None
        card = persona_latent(
            d, sides["base"], sides["tuned"], lm=base, sae=sae, contexts=contexts, budget=st.budget
        )
        save_html(card, out / "persona.html")
        persona = card.as_dict()
    except UserError as e:
        note = str(e)
    return {
        "base": sides["base"].as_dict(st.budget),
        "tuned": sides["tuned"].as_dict(st.budget),
        "persona": persona,
        "persona_note": note,
        "candidates": list(dirs),
        "layer": d.layer,
        # How the sweep was computed: every configuration in fanned-out passes, in this dtype.
        "compute": {"dtype": str(steered.dtype).removeprefix("torch."), "batched": True},
    }


def _persona_latent(ctx: RunContext) -> int | None:
    """The persona latent from the steer stage, else the diff's top raised latent."""
    p = ctx.results.get("steer", {}).get("persona")
    if isinstance(p, dict) and p.get("latent") is not None:
        return int(p["latent"])
    table = ctx.results.get("diff", {}).get("table") or []
    return int(table[0]["latent"]) if table else None


def _watch_latents(ctx: RunContext, persona: int | None, n: int) -> list[int]:
    """The persona latent plus the diff's top raised latents, ``n`` in all.

    On a small model the steering stage may find no latent that is causal; watching the top raised ones beside
    the chosen one keeps the early-warning test informative either way.
    """
    out = [] if persona is None else [persona]
    for row in ctx.results.get("diff", {}).get("table") or []:
        if len(out) >= n:
            break
        if int(row["latent"]) not in out:
            out.append(int(row["latent"]))
    return out


def _build(cls: Any, wanted: dict[str, Any], extra: dict[str, Any], stage: str) -> Any:
    """A stage module's pydantic config from the pipeline's knobs plus the stage's ``extra`` (verbatim).

    Strict both ways: a knob the module's config does not have is an error naming it (it used to be dropped
    with a log line, so a renamed field silently fell back to its default), and so is a misspelt ``extra``.
    """
    try:
        return cls(**{**wanted, **extra})
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(x) for x in err["loc"])
        raise UserError(f"config error at '{stage}.{where}': {err['msg']}") from None


# ----------------------------------------------------------------------------- monitor / realign / fingerprint
def _check_probe_disjoint(ctx: RunContext, probe: str, limit: int | None, stage: str) -> None:
    """The probe that measures the latent must not hold the prompts the diff chose it on (circular)."""
    from persona_xray.evals.freeform import load_prompts

    chosen = {p.id for p in load_prompts(ctx.cfg.diff.prompts, limit=ctx.cfg.diff.limit)}
    shared = chosen & {p.id for p in load_prompts(probe, limit=limit)}
    if shared:
        raise UserError(
            f"{stage}: {len(shared)} probe prompts (e.g. {sorted(shared)[0]}) are also diff.prompts, which "
            f"chose the latent: probe the other half, e.g. diff.prompts: core:select and {stage} probe core:probe"
        )


def stage_monitor(ctx: RunContext) -> dict[str, Any]:
    """Early warning over bad/clean data mixtures (``persona_xray.monitor.mixtures.run_mixtures``)."""
    _check_probe_disjoint(ctx, ctx.cfg.monitor.probe, ctx.cfg.monitor.probe_limit, "monitor")
    MonitorConfig = _import("persona_xray.monitor.mixtures", "MonitorConfig", "monitor")
    run_mixtures = _import("persona_xray.monitor.mixtures", "run_mixtures", "monitor")
    cfg, m, f = ctx.cfg, ctx.cfg.monitor, ctx.cfg.finetune
    bad = m.bad or f.runs[f.primary]
    latent = _persona_latent(ctx)
    wanted: dict[str, Any] = {
        "model": cfg.model,
        "bad": bad,
        "clean": m.clean or matching_clean(bad),
        "mixtures": m.mixtures,
        "seeds": m.seeds,
        "n_rows": m.n_rows,
        "method": f.method,
        "rank": f.rank,
        "lr": f.lr,
        "steps": m.steps or f.steps,
        "batch_size": f.batch_size,
        "max_len": f.max_len,
        "bf16": f.bf16,
        "warmup_steps": f.warmup_steps,
        "every": m.every,
        "sae": ctx.result("sae")["path"],
        "latents": m.latents if m.latents is not None else _watch_latents(ctx, latent, 3),
        "probe": m.probe,
        "probe_limit": m.probe_limit,
        "paired": cfg.eval.paired,
        "paired_limit": m.paired_limit,
        "threshold": m.threshold,
        "stop_on_threshold": m.stop_on_threshold,
        "layer": ctx.result("sae").get("layer"),
        "out": str(ctx.dir("monitor").resolve()),
        "device": cfg.device,
        "threads": cfg.threads,
    }
    wanted = {k: v for k, v in wanted.items() if v is not None}
    mcfg = _build(MonitorConfig, wanted, m.extra, "monitor")
    return dict(run_mixtures(mcfg, progress=cfg.progress))


def stage_realign(ctx: RunContext) -> dict[str, Any]:
    """Emergent re-alignment of the primary fine-tune on N clean samples (``persona_xray.experiments.realign``)."""
    RealignConfig = _import("persona_xray.experiments.realign", "RealignConfig", "realign")
    realign = _import("persona_xray.experiments.realign", "realign", "realign")
    cfg, r, f = ctx.cfg, ctx.cfg.realign, ctx.cfg.finetune
    if f.method != "lora":
        raise UserError(
            "re-alignment continues a LoRA adapter: set finetune.method: lora or realign.enabled: false"
        )
    latent = _persona_latent(ctx) if r.track_latent else None
    if latent is not None:
        _check_probe_disjoint(ctx, cfg.monitor.probe, r.probe_limit, "realign")
    wanted: dict[str, Any] = {
        "adapter": ctx.result("finetune")["runs"][f.primary]["adapter"],
        "out": str(ctx.dir("realign").resolve()),
        "model": cfg.model,
        "clean": r.clean,
        "n_samples": r.n_samples,
        "lr": r.lr,
        "batch_size": r.batch_size,
        "max_len": f.max_len,
        "bf16": f.bf16,
        "steps": r.steps,
        "epochs": r.epochs,
        "every": r.every,
        "paired": cfg.eval.paired,
        "paired_limit": r.paired_limit,
        "sae": ctx.result("sae")["path"] if latent is not None else None,
        "latent": latent,
        "probe": cfg.monitor.probe,
        "probe_limit": r.probe_limit,
        "seed": cfg.seed,
        "device": cfg.device,
        "threads": cfg.threads,
        "progress": cfg.progress,
    }
    wanted = {k: v for k, v in wanted.items() if v is not None}
    rcfg = _build(RealignConfig, wanted, r.extra, "realign")
    return dict(realign(rcfg))


def stage_fingerprint(ctx: RunContext) -> dict[str, Any]:
    """Latent fingerprints of every fine-tune (one diff pass) and their similarity clustering."""
    fingerprint_models = _import("persona_xray.analysis.fingerprint", "fingerprint_models", "fingerprint")
    from persona_xray.evals.freeform import load_prompts

    cfg, fp = ctx.cfg, ctx.cfg.fingerprint
    sae, _, _ = _load_stage_sae(ctx)
    prompts = [
        p.chat() for p in load_prompts(fp.prompts or cfg.diff.prompts, limit=fp.limit or cfg.diff.limit)
    ]
    tuned = {label: ctx.tuned_lm(label) for label in cfg.finetune.runs}
    kw: dict[str, Any] = {"answer_source": cfg.diff.answer_source, "max_new_tokens": cfg.diff.max_new_tokens}
    kw.update(fp.extra)
    doc = fingerprint_models(ctx.base_lm(), tuned, sae, prompts, fp.k, ctx.dir("fingerprint"), **kw)
    return dict(doc)


def stage_report(ctx: RunContext) -> dict[str, Any]:
    """The static HTML report (``persona_xray.report.build_report``), rebuilt on every run: it is cheap."""
    build_report = _import("persona_xray.report", "build_report", "report")
    path = Path(build_report(ctx.run_dir))
    return {"path": str(path.resolve())}


# ----------------------------------------------------------------------------- the pipeline
STAGES: tuple[Stage, ...] = (
    Stage("data", stage_data, sections=("finetune.runs",), fingerprint=_data_fingerprint),
    Stage(
        "finetune",
        stage_finetune,
        sections=("model", "seed", "finetune"),
        upstream=("data",),
        manages_dir=True,
    ),
    Stage(
        "eval",
        stage_eval,
        sections=("model", "dtype", "seed", "eval"),
        upstream=("finetune",),
        manages_dir=True,
    ),
    Stage(
        "sae",
        stage_sae,
        sections=("model", "dtype", "seed", "sae"),
        fingerprint=_sae_fingerprint,
        manages_dir=True,
    ),
    Stage("diff", stage_diff, sections=("model", "dtype", "diff"), upstream=("finetune", "sae")),
    Stage(
        "steer",
        stage_steer,
        sections=("model", "dtype", "seed", "steer", "eval.paired", "eval.batch_size", "diff.contexts"),
        upstream=("finetune", "sae", "diff"),
        enabled=lambda c: c.steer.enabled,
    ),
    Stage(
        "monitor",
        stage_monitor,
        sections=("model", "seed", "finetune", "monitor", "eval.paired"),
        upstream=("sae", "diff", "steer"),
        enabled=lambda c: c.monitor.enabled,
    ),
    Stage(
        "realign",
        stage_realign,
        sections=(
            "model",
            "seed",
            "realign",
            "eval.paired",
            "diff.prompts",
            "finetune.max_len",
            "finetune.bf16",
        ),
        upstream=("finetune", "sae", "diff", "steer"),
        enabled=lambda c: c.realign.enabled,
    ),
    Stage(
        "fingerprint",
        stage_fingerprint,
        sections=(
            "model",
            "dtype",
            "fingerprint",
            "diff.prompts",
            "diff.limit",
            "diff.answer_source",
            "diff.max_new_tokens",
        ),
        upstream=("finetune", "sae"),
        enabled=lambda c: c.fingerprint.enabled and len(c.finetune.runs) >= 2,
    ),
    Stage("report", stage_report, sections=("report",), enabled=lambda c: c.report.enabled, always=True),
)
STAGE_NAMES: tuple[str, ...] = tuple(s.name for s in STAGES)


def _safe(fn: Any) -> Any:
    """A summary section, or None when its stage's result lacks the fields (never crash the summary)."""
    try:
        return fn()
    except (KeyError, TypeError, ValueError, IndexError, AttributeError):
        return None


def build_summary(
    cfg: PipelineConfig, results: dict[str, dict[str, Any]], statuses: dict[str, StageStatus]
) -> dict[str, Any]:
    """The run's headline numbers (``summary.json``), read from whatever stage results exist."""
    primary = cfg.finetune.primary
    ev, sae, diff = results.get("eval"), results.get("sae"), results.get("diff")
    steer, mon, rea, fp = (results.get(k) for k in ("steer", "monitor", "realign", "fingerprint"))

    def paired() -> dict[str, Any]:
        assert ev is not None
        m = ev["models"]
        return {
            "base": _est(m[BASE_LABEL]["paired"]["misaligned_preference"]),
            "primary": _est(m[primary]["paired"]["misaligned_preference"]),
            "all": {k: _est(v["paired"]["misaligned_preference"]) for k, v in m.items()},
            "margin_vs_base": {k: _est(v["margin_vs_base"]) for k, v in m.items() if v.get("margin_vs_base")},
        }

    def freeform() -> dict[str, Any] | None:
        assert ev is not None
        m = ev["models"]
        if not any(v.get("freeform") for v in m.values()):
            return None
        return {
            "base": _est((m[BASE_LABEL]["freeform"] or {}).get("misalignment")),
            "primary": _est((m[primary]["freeform"] or {}).get("misalignment")),
            "all": {k: _est((v["freeform"] or {}).get("misalignment")) for k, v in m.items()},
            "coherence": {k: _est((v["freeform"] or {}).get("coherence")) for k, v in m.items()},
        }

    def sae_part() -> dict[str, Any]:
        assert sae is not None
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

    def diff_part() -> dict[str, Any]:
        assert diff is not None
        return {
            "layer": diff["layer"],
            "top": [{"latent": r["latent"], "delta": r["delta"]} for r in diff["table"][:5]],
        }

    def persona() -> dict[str, Any] | None:
        assert steer is not None
        p = steer.get("persona")
        band = {
            "random_base_max": steer["base"].get("random_control_max_effect"),
            "random_tuned_max": steer["tuned"].get("random_control_max_effect"),
        }
        if not p:
            return {"latent": None, "note": steer.get("persona_note", ""), "control_band": band}
        return {
            "latent": p["latent"],
            "name": p["name"],
            "induce_effect": p["induce"]["effect"],
            "induce_at": p["induce"]["at"],
            "suppress_effect": p["suppress"]["effect"],
            "suppress_at": p["suppress"]["at"],
            "control_band": band,
            "mean_diff_base": p["controls"].get("mean_diff_base"),
            "mean_diff_tuned": p["controls"].get("mean_diff_tuned"),
            # Item by item when the sweep kept per-item margins (the paired test); else the point estimate
            # against the random band.
            "beats_controls": pi["beats_controls"]
            if (pi := (p.get("paired") or {}).get("induce"))
            else _beats(p["induce"]["effect"], band["random_base_max"]),
            "beats_controls_test": "held-out" if pi else "point",
            "p_random": pi.get("p_random") if pi else None,
            "p_floor": pi.get("p_floor") if pi else None,
            "paired": p.get("paired") or None,
        }

    def monitor() -> dict[str, Any]:
        assert mon is not None
        last: dict[str, Any] = {}
        for row in mon.get("auc", []):
            key = str(row["mixture"])
            if key not in last or row["step"] > last[key]["step"]:
                last[key] = {"step": row["step"], "signal": {}, "paired_auc": row.get("paired_auc")}
            if row["step"] == last[key]["step"]:
                last[key]["signal"][row["signal"]] = row["auc"]
        return {"earliest": mon.get("earliest"), "auc_at_last_step": last, "threshold": mon.get("threshold")}

    def realign() -> dict[str, Any]:
        assert rea is not None
        rec = rea["recovered"]
        distinct = rea.get("start_distinct")
        if distinct is None:  # results written before the field existed
            distinct = float(rea["start"]["low"]) > float(rea["base_level"]["high"])
        done = sorted(
            (int(n), v)
            for n, v in rec.items()
            if int(n) > 0 and isinstance(v, dict) and v.get("step") is not None
        )
        first = {"n_samples": done[0][0], **done[0][1]} if done and distinct else None
        return {
            "base_level": _est(rea["base_level"]),
            "start": _est(rea["start"]),
            "start_shift": _est(rea["start_shift"]) if rea.get("start_shift") else None,
            "start_distinct": bool(distinct),
            "recovered": rec,
            "first_recovered": first,
            # equivalence to the control arm (90% CI inside +/- delta): the rule that counts
            "equivalent": {n: {k: e[k] for k in ("step", "samples_seen", "delta")} for n, e in eq.items()}
            if (eq := rea.get("equivalent"))
            else None,
            "smallest_n_equivalent": rea.get("smallest_n_equivalent"),
        }

    def fingerprint() -> dict[str, Any]:
        assert fp is not None
        return {"names": fp["names"], "clusters": fp.get("clusters")}  # the matrix is in its result.json

    stages = {n: {**s.as_dict(), "reused": s.status == "reused"} for n, s in statuses.items()}
    return {
        "name": cfg.name,
        "model": cfg.model,
        "config_hash": cfg.config_hash(),
        "primary": primary,
        "finetunes": {
            k: {"data": v, "final_loss": _safe(lambda k=k: results["finetune"]["runs"][k]["final_loss"])}
            for k, v in cfg.finetune.runs.items()
        },
        "paired": _safe(paired) if ev else None,
        "freeform": _safe(freeform) if ev else None,
        "sae": _safe(sae_part) if sae else None,
        "diff": _safe(diff_part) if diff else None,
        "persona": _safe(persona) if steer else None,
        "monitor": _safe(monitor) if mon else None,
        "realign": _safe(realign) if rea else None,
        "fingerprint": _safe(fingerprint) if fp else None,
        "report": (results.get("report") or {}).get("path"),
        "stages": stages,
        "wall_s": round(sum(s.wall_s or 0.0 for s in statuses.values() if s.status == "ran"), 2),
    }


def _beats(effect: Any, band: Any) -> bool | None:
    if not isinstance(effect, int | float) or not isinstance(band, int | float):
        return None
    if not (math.isfinite(effect) and math.isfinite(band)):
        return None
    return bool(effect > band)


def run_pipeline(
    cfg: PipelineConfig,
    *,
    from_stage: str | None = None,
    only: str | None = None,
    force: bool = False,
    judge: Any = None,
    raise_on_failure: bool = True,
) -> RunOutcome:
    """Run (or resume) the whole pipeline for ``cfg``; see :func:`persona_xray.pipeline.runner.run_stages`."""
    return run_stages(
        cfg,
        STAGES,
        from_stage=from_stage,
        only=only,
        force=force,
        judge=judge,
        summarize=build_summary,
        raise_on_failure=raise_on_failure,
    )
