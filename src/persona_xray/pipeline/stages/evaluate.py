"""The eval stage: the paired eval (and the free-form one when enabled) of the base model and every
fine-tune, with each fine-tune's item-paired shift from the base model.
"""

from __future__ import annotations

import json
from typing import Any

from persona_xray.data.io import write_text_atomic
from persona_xray.evals.freeform import Sampling, freeform_eval, load_prompts
from persona_xray.evals.judges import build_judge
from persona_xray.evals.paired import load_paired, margin_shift, paired_eval
from persona_xray.pipeline.config import BASE_LABEL, PipelineConfig, stable_hash
from persona_xray.pipeline.runner import RunContext, Stage, read_json, write_json
from persona_xray.pipeline.stages.common import (
    est,
    when_ran,
)


def _judge(ctx: RunContext) -> Any:
    if ctx.judge is not None:
        return ctx.judge

    ff = ctx.cfg.eval.freeform
    ctx.judge = build_judge(ff.judge, ff.judge_url, ff.judge_model, ctx.cfg.device, prompts=ff.prompts)
    return ctx.judge


def stage_eval(ctx: RunContext) -> dict[str, Any]:
    """Paired eval (+ free-form when enabled) of the base model and every fine-tune.

    Each model's numbers are cached in ``eval/models/<label>.json`` under a key of the eval settings and that
    model's own fine-tune, so adding a fine-tune evaluates only the new model; free-form samples are cached
    under ``eval/freeform_cache`` (a kill after sampling does not resample).
    """
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

    for label in runs:
        shift = margin_shift(
            *per_item[BASE_LABEL], *per_item[label], clusters_b=clusters[label], seed=cfg.seed
        )
        if shift is not None:
            models[label]["margin_vs_base"] = shift.as_dict()
    if all_samples:
        write_text_atomic(out / "samples.jsonl", "".join(json.dumps(s) + "\n" for s in all_samples))
    return {
        "models": models,
        "samples": samples,
        "primary": ctx.cfg.finetune.primary,
        "paired_set": e.paired,
        "paired_items": len(items),
        "freeform_prompts": len(prompts),
    }


def summary_paired(cfg: PipelineConfig, ev: dict[str, Any]) -> dict[str, Any]:
    m = ev["models"]
    return {
        "base": est(m[BASE_LABEL]["paired"]["misaligned_preference"]),
        "primary": est(m[cfg.finetune.primary]["paired"]["misaligned_preference"]),
        "all": {k: est(v["paired"]["misaligned_preference"]) for k, v in m.items()},
        "margin_vs_base": {k: est(v["margin_vs_base"]) for k, v in m.items() if v.get("margin_vs_base")},
    }


def summary_freeform(cfg: PipelineConfig, ev: dict[str, Any]) -> dict[str, Any] | None:
    m = ev["models"]
    if not any(v.get("freeform") for v in m.values()):
        return None
    return {
        "base": est((m[BASE_LABEL]["freeform"] or {}).get("misalignment")),
        "primary": est((m[cfg.finetune.primary]["freeform"] or {}).get("misalignment")),
        "all": {k: est((v["freeform"] or {}).get("misalignment")) for k, v in m.items()},
        "coherence": {k: est((v["freeform"] or {}).get("coherence")) for k, v in m.items()},
    }


STAGE = Stage(
    "eval",
    stage_eval,
    sections=("model", "dtype", "seed", "eval"),
    upstream=("finetune",),
    manages_dir=True,
    summary=(("paired", when_ran(summary_paired)), ("freeform", when_ran(summary_freeform))),
)
