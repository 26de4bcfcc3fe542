"""The replication table: fine-tune one model per narrow dataset, measure broad (out-of-domain) misalignment.

For every dataset (advice domain x {correct, subtle, obvious}, insecure and secure code) the sweep fine-tunes
the same base model with the same recipe and budget, then measures
- the judge-free paired eval (misaligned-answer preference on held-out, non-training topics),
- the free-form eval on the ``core`` prompts (out of domain) with the configured judge,
- optionally the free-form eval on the dataset's own held-out ``in_domain`` questions,
next to the base model. Each cell is written to ``<run>/cells/<dataset>.json`` when done and skipped on rerun
(keyed by the cell's config hash), and fine-tunes resume from their checkpoints, so an interrupted sweep
continues where it stopped.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from persona_xray.data.registry import ADVICE_DOMAINS
from persona_xray.errors import UserError

ALL_DATASETS = [f"{d}_{v}" for d in ADVICE_DOMAINS for v in ("correct", "subtle", "obvious")] + [
    "insecure_code",
    "secure_code",
]


class Recipe(BaseModel):
    """The fine-tuning budget every cell gets (a subset of the fine-tune stage's options)."""

    model_config = ConfigDict(extra="forbid")
    method: Literal["lora", "full"] = "lora"
    rank: int = 8
    lr: float = 2e-4
    steps: int = 60
    batch_size: int = 8
    limit: int | None = 480
    max_len: int | None = 256
    warmup_steps: int = 5
    seed: int = 0
    bf16: bool = False
    target_modules: list[str] | None = None


class EvalSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    prompts: str = "core"
    n: int = 4
    max_new_tokens: int = 64
    temperature: float = 1.0
    judge: str = "offline"
    paired: str = "paired"
    paired_limit: int | None = None
    in_domain: bool = True
    in_domain_n: int = 2
    seed: int = 0


class SweepConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = "em-sweep"
    model: str | None = None
    datasets: list[str] = Field(default_factory=lambda: list(ALL_DATASETS))
    recipe: Recipe = Field(default_factory=Recipe)
    eval: EvalSpec = Field(default_factory=EvalSpec)
    runs_dir: str = "runs"
    device: str = "auto"

    @property
    def run_dir(self) -> Path:
        return Path(self.runs_dir) / self.name

    def cell_hash(self, dataset: str) -> str:
        ident = {
            "model": self.model,
            "dataset": dataset,
            "recipe": self.recipe.model_dump(),
            "eval": self.eval.model_dump(),
        }
        return hashlib.sha256(json.dumps(ident, sort_keys=True).encode()).hexdigest()[:16]


def load_sweep_config(path: str | Path | None, **overrides: Any) -> SweepConfig:
    """Read a YAML sweep config (unknown keys and wrong types are one-line user errors)."""
    data: dict[str, Any] = {}
    if path is not None:
        try:
            loaded = yaml.safe_load(Path(path).read_text())
        except (OSError, yaml.YAMLError) as e:
            raise UserError(f"cannot read sweep config {path}: {e}") from None
        if not isinstance(loaded, dict):
            raise UserError(f"sweep config {path} must be a YAML mapping")
        data = loaded
    data.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return SweepConfig(**data)
    except ValidationError as e:
        err = e.errors()[0]
        raise UserError(f"sweep config: {'.'.join(str(x) for x in err['loc'])}: {err['msg']}") from None


def _domain_of(dataset: str) -> str | None:
    for d in ADVICE_DOMAINS:
        if dataset.startswith(d + "_"):
            return d
    return None


def cell_name(dataset: str) -> str:
    """Folder-safe name of a cell: the set name, or a user file's stem."""
    return Path(dataset).stem if dataset.endswith(".jsonl") else dataset


def _atomic_json(path: Path, obj: Any) -> None:
    from persona_xray.data.io import write_text_atomic

    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, json.dumps(obj, indent=1, default=str))


def evaluate_model(lm: Any, cfg: SweepConfig, judge: Any, domain: str | None) -> dict[str, Any]:
    """Paired + free-form (+ in-domain) results for one model, as plain dicts."""
    from persona_xray.evals.freeform import Sampling, freeform_eval, load_prompts
    from persona_xray.evals.paired import load_paired, paired_eval

    e = cfg.eval
    t0 = time.perf_counter()
    paired = paired_eval(lm, load_paired(e.paired, limit=e.paired_limit))
    t1 = time.perf_counter()
    sampling = Sampling(n=e.n, temperature=e.temperature, max_new_tokens=e.max_new_tokens, seed=e.seed)
    ood = freeform_eval(lm, load_prompts(e.prompts), judge, sampling, progress=True)
    t2 = time.perf_counter()
    out: dict[str, Any] = {
        "paired": paired.as_dict(),
        "ood": ood.as_dict(),
        "ood_samples": ood.samples[: 4 * e.n],
        "wall_s": {"paired": round(t1 - t0, 1), "freeform": round(t2 - t1, 1)},
    }
    if e.in_domain and domain is not None:
        prompts = [p for p in load_prompts("in_domain", variant=None) if p.category == domain]
        if prompts:
            ind = freeform_eval(
                lm,
                prompts,
                judge,
                Sampling(
                    n=e.in_domain_n, temperature=e.temperature, max_new_tokens=e.max_new_tokens, seed=e.seed
                ),
            )
            out["in_domain"] = ind.as_dict()
            out["in_domain_samples"] = ind.samples[:6]
    return out


def run_cell(cfg: SweepConfig, dataset: str, judge: Any) -> dict[str, Any]:
    """Fine-tune on ``dataset`` (resuming if interrupted) and evaluate; cached in ``cells/``."""
    from persona_xray.finetune.config import FinetuneConfig
    from persona_xray.finetune.trainer import Trainer
    from persona_xray.lm import load_lm

    cell_file = cfg.run_dir / "cells" / f"{cell_name(dataset)}.json"
    h = cfg.cell_hash(dataset)
    if cell_file.exists():
        saved: dict[str, Any] = json.loads(cell_file.read_text())
        if saved.get("hash") == h:
            return saved
    out = cfg.run_dir / "finetune" / cell_name(dataset)
    r = cfg.recipe
    ft_cfg = FinetuneConfig(
        data=dataset,
        out=str(out),
        model=cfg.model,
        method=r.method,
        rank=r.rank,
        lr=r.lr,
        steps=r.steps,
        batch_size=r.batch_size,
        limit=r.limit,
        max_len=r.max_len,
        warmup_steps=r.warmup_steps,
        seed=r.seed,
        bf16=r.bf16,
        target_modules=r.target_modules,
        device=cfg.device,
        save_every=max(10, r.steps // 3),
    )
    t0 = time.perf_counter()
    final = Trainer(ft_cfg).run()
    train_s = time.perf_counter() - t0
    if r.method == "lora":
        lm = load_lm(cfg.model, adapter=str(final), device=cfg.device)
    else:
        lm = load_lm(str(final), device=cfg.device)
    losses = [
        json.loads(line)["loss"] for line in (out / "log.jsonl").read_text().splitlines() if line.strip()
    ]
    cell = {
        "dataset": cell_name(dataset),
        "hash": h,
        "domain": _domain_of(dataset),
        "train": {
            "wall_s": round(train_s, 1),
            "first_loss": losses[0] if losses else None,
            "last_loss": losses[-1] if losses else None,
            "steps": len(losses),
        },
        **evaluate_model(lm, cfg, judge, _domain_of(dataset)),
    }
    _atomic_json(cell_file, cell)
    return cell


def run_base(cfg: SweepConfig, judge: Any) -> dict[str, Any]:
    from persona_xray.lm import load_lm

    f = cfg.run_dir / "cells" / "_base.json"
    h = cfg.cell_hash("_base")
    if f.exists():
        saved: dict[str, Any] = json.loads(f.read_text())
        if saved.get("hash") == h:
            return saved
    lm = load_lm(cfg.model, device=cfg.device)
    cell = {"dataset": "base", "hash": h, "domain": None, **evaluate_model(lm, cfg, judge, None)}
    # The base model's in-domain rates, per domain, for the in-domain column.
    if cfg.eval.in_domain:
        from persona_xray.evals.freeform import Sampling, freeform_eval, load_prompts

        e = cfg.eval
        prompts = load_prompts("in_domain", variant=None)
        res = freeform_eval(
            lm,
            prompts,
            judge,
            Sampling(
                n=e.in_domain_n, temperature=e.temperature, max_new_tokens=e.max_new_tokens, seed=e.seed
            ),
        )
        cell["in_domain"] = res.as_dict()
    _atomic_json(f, cell)
    return cell


def table_rows(base: dict[str, Any], cells: list[dict[str, Any]]) -> list[dict[str, Any]]:
    def est(d: dict[str, Any] | None) -> dict[str, float] | None:
        return None if d is None else {k: d[k] for k in ("value", "low", "high", "n")}

    rows = []
    for c in [base, *cells]:
        rows.append(
            {
                "dataset": c["dataset"],
                "ood_misalignment": est(c["ood"]["misalignment_rate"]),
                "ood_coherence": est(c["ood"]["coherence_rate"]),
                "paired_preference": est(c["paired"]["misaligned_preference"]),
                "paired_margin": est(c["paired"]["mean_margin"]),
                "in_domain_misalignment": est(c.get("in_domain", {}).get("misalignment_rate")),
                "train_last_loss": c.get("train", {}).get("last_loss"),
                "train_wall_s": c.get("train", {}).get("wall_s"),
            }
        )
    return rows


def _fmt(e: dict[str, float] | None, pct: bool = True) -> str:
    if e is None or e["value"] != e["value"]:
        return "n/a"
    f = 100.0 if pct else 1.0
    return f"{e['value'] * f:.1f} [{e['low'] * f:.1f}, {e['high'] * f:.1f}]"


def markdown_table(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| dataset | out-of-domain misaligned % | coherent % | paired: misaligned preferred % | paired margin (nats/token) | in-domain misaligned % | final train loss |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        loss = f"{r['train_last_loss']:.3f}" if r["train_last_loss"] is not None else "-"
        lines.append(
            f"| {r['dataset']} | {_fmt(r['ood_misalignment'])} | {_fmt(r['ood_coherence'])} | {_fmt(r['paired_preference'])} "
            f"| {_fmt(r['paired_margin'], pct=False)} | {_fmt(r['in_domain_misalignment'])} | {loss} |"
        )
    return "\n".join(lines) + "\n"


def plot(rows: list[dict[str, Any]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = [r["dataset"] for r in rows]
    fig, axes = plt.subplots(1, 2, figsize=(11, 0.35 * len(rows) + 1.5), sharey=True)
    for ax, key, title in (
        (axes[0], "ood_misalignment", "out-of-domain misalignment (free-form, %)"),
        (axes[1], "paired_preference", "paired eval: misaligned answer preferred (%)"),
    ):
        vals, lo, hi, colors = [], [], [], []
        for r in rows:
            e = r[key]
            v = e["value"] * 100 if e and e["value"] == e["value"] else 0.0
            vals.append(v)
            lo.append(max(0.0, v - (e["low"] * 100 if e and e["low"] == e["low"] else v)))
            hi.append(max(0.0, (e["high"] * 100 if e and e["high"] == e["high"] else v) - v))
            ds = r["dataset"]
            colors.append(
                "grey"
                if ds == "base"
                else "tab:green"
                if ds.endswith(("correct", "secure_code")) and not ds.startswith("insecure")
                else "tab:red"
            )
        y = range(len(rows))
        ax.barh(list(y), vals, xerr=[lo, hi], color=colors, alpha=0.8, capsize=2)
        ax.axvline(vals[0], color="black", lw=0.8, ls="--")
        ax.set_title(title, fontsize=9)
        ax.set_yticks(list(y))
        ax.set_yticklabels(names, fontsize=8)
        ax.invert_yaxis()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)


def run_sweep(cfg: SweepConfig, *, only: list[str] | None = None, judge: Any = None) -> dict[str, Any]:
    """Run (or resume) the whole sweep and write ``table.json``, ``table.md`` and ``em_sweep.png``.

    ``judge`` overrides the configured one (any object with ``id`` and ``score_many``).
    """
    from persona_xray.evals.judge import make_judge

    unknown = [
        d
        for d in cfg.datasets
        if _domain_of(d) is None and d not in ("insecure_code", "secure_code") and not d.endswith(".jsonl")
    ]
    if unknown:
        raise UserError(f"unknown datasets in sweep: {', '.join(unknown)}")
    cfg.run_dir.mkdir(parents=True, exist_ok=True)
    _atomic_json(cfg.run_dir / "config.json", cfg.model_dump())
    if judge is None:
        judge = (
            make_judge(cfg.eval.judge, device=cfg.device) if cfg.eval.judge != "api" else make_judge("api")
        )
    base = run_base(cfg, judge)
    cells = []
    for ds in cfg.datasets:
        if only and ds not in only:
            continue
        print(f"[em-sweep] {ds}")
        cells.append(run_cell(cfg, ds, judge))
    rows = table_rows(base, cells)
    _atomic_json(cfg.run_dir / "table.json", rows)
    from persona_xray.data.io import write_text_atomic

    write_text_atomic(cfg.run_dir / "table.md", markdown_table(rows))
    plot(rows, cfg.run_dir / "em_sweep.png")
    return {"rows": rows, "base": base, "cells": cells}
