"""Screening fine-tuning data before training, measured on the bundled model: row-level and set-level.

1. **Directions.** Persona vectors for the shipped ``reckless-advice`` and ``evil`` traits
   (``vectors.build_vector``, answers kept by the offline judge, layer chosen on half the questions), and a
   *held-out-domain bad-advice difference*: the mean answer activation of written bad rows minus correct rows
   of other domains (``--fit-domains``), its layer chosen by separation on still other domains
   (``--select-domains``), never on the screened ones. All are reported (none is chosen over another), with a
   random unit direction at the first trait's layer as the control.
2. **Rows.** Per domain, a pool of narrow bad rows (``<domain>_obvious``, ``<domain>_subtle``; for code
   ``insecure_code``) and clean rows (``<domain>_correct``; ``secure_code``) drawn with a fixed seed; every row
   is screened once per direction (the model's own greedy answers generated once and shared). Mixtures of
   1, 5 and 10% bad rows among N are nested subsets of the pool, so each fraction reads the same scored rows.
   Detection (AUC, precision@k at k = the number of bad rows) with 95% CIs resampling topics (the bad and
   clean rows of a domain answer the same topics, so a topic cannot give a row away), next to the baselines
   computed on the same rows: the answer's NLL under the model, the lexicon, the offline judge.
3. **Sets.** The mean projection difference of a seeded sample of each em-sweep cell's training set, and each
   baseline's mean, against the cell's measured shift (``results/em_sweep/summary.json``, paired margin vs
   the base model): Spearman's rho with a bootstrap CI resampling cells and a permutation p. Only cells of
   the screened domains (and villain sets of them) enter, so no direction was fit or chosen on a cell's data.

Writes ``results/screening/summary.json``; then ``python scripts/render_results.py``.

    python scripts/screening_study.py [--threads 2]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import time
from pathlib import Path
from typing import Any

import torch

from persona_xray.data.io import write_text_atomic
from persona_xray.data.registry import load_dataset
from persona_xray.directions import load_direction, save_direction
from persona_xray.errors import UserError
from persona_xray.evals.judges import make_judge
from persona_xray.evals.stats import rank_correlation
from persona_xray.lm import LM, load_lm
from persona_xray.screen import ScreenResult, direction_probe, screen_probes
from persona_xray.vectors import build_vector, load_trait, offline_trait_scorer

ROOT = Path(__file__).resolve().parents[1]
TRAITS = ("reckless-advice", "evil")
DIFF = "bad-advice difference"
BASELINE_NAMES = ("nll", "lexicon", "judge")


def _sample(name: str, n: int, seed: int, role: str) -> list[dict[str, Any]]:
    rows = load_dataset(name)
    rng = random.Random(f"{seed}:{name}")
    picked = rng.sample(rows, min(n, len(rows)))
    out = []
    for r in picked:
        meta = dict(r.get("meta") or {})
        meta["mix_role"] = role
        meta["cluster"] = str(meta.get("topic") or meta.get("item") or r["id"])
        meta["set"] = name
        out.append({**r, "meta": meta})
    return out


def _vectors(lm: LM, out: Path, seed: int, judge: Any, log: Any) -> dict[str, dict[str, Any]]:
    """Each trait's vector file and card, built once and reused (delete the folder to rebuild)."""
    cards: dict[str, dict[str, Any]] = {}
    for trait in TRAITS:
        path, card_path = out / f"vector-{trait}.safetensors", out / f"vector-{trait}.json"
        if not (path.is_file() and card_path.is_file()):
            t0 = time.perf_counter()
            common: dict[str, Any] = {"max_new_tokens": 48, "batch_size": 16, "seed": seed}
            try:
                res = build_vector(
                    lm, load_trait(trait), scorer=offline_trait_scorer(judge), judge_name="offline", **common
                )
                why = "kept by the offline judge"
            except UserError as e:
                # A small model may not show the trait under any prompt the judge believes; the vector is
                # then the unfiltered mean difference, and the card says so.
                log(f"vector {trait}: {e}; building it unfiltered")
                res = build_vector(lm, load_trait(trait), **common)
                why = f"unfiltered (the offline judge's filter left none: {e})"
            res.save(path, lm)
            card = {**res.as_dict(), "filter": why, "wall_s": time.perf_counter() - t0}
            write_text_atomic(card_path, json.dumps(card))
        cards[trait] = {**json.loads(card_path.read_text()), "file": str(path)}
        log(
            f"vector {trait}: layer {cards[trait]['layer']}, report-half AUC {cards[trait]['report_auc']:.3f}"
        )
    return cards


def _held_out_difference(
    lm: LM, fit: list[str], select: list[str], n: int, seed: int, log: Any
) -> tuple[torch.Tensor, int, list[float]]:
    """Bad-minus-correct mean answer activation on ``fit`` domains; the layer picked by AUC on ``select``."""
    from persona_xray.evals.stats import auc
    from persona_xray.screen import split_row
    from persona_xray.vectors import answer_means

    def means(domains: list[str], variant: str) -> torch.Tensor:
        rows = [r for d in domains for r in _sample(f"{d}_{variant}", n, seed + 2, variant)]
        chats, answers = zip(*(split_row(r) for r in rows), strict=True)
        return answer_means(lm, list(chats), list(answers), batch_size=16)

    fit_bad, fit_ok = means(fit, "obvious"), means(fit, "correct")
    sel_bad, sel_ok = means(select, "obvious"), means(select, "correct")
    diffs = fit_bad.mean(0) - fit_ok.mean(0)  # [L, d]
    aucs = [
        auc((sel_bad[:, i] @ diffs[i]).numpy(), (sel_ok[:, i] @ diffs[i]).numpy()) for i in range(lm.n_layers)
    ]
    best = max(range(lm.n_layers), key=lambda i: aucs[i])
    log(f"held-out bad-advice difference: layer {best}, select-domain AUC {aucs[best]:.3f}")
    return diffs[best], best, aucs


def _screen_all(
    lm: LM, rows: list[dict[str, Any]], probes: dict[str, Any], judge: Any, args: argparse.Namespace
) -> dict[str, ScreenResult]:
    """Every probe on the same rows (own answers, baselines and forwards shared)."""
    return screen_probes(
        lm,
        rows,
        list(probes.values()),
        max_new_tokens=args.max_new_tokens,
        batch_size=args.batch_size,
        baselines=BASELINE_NAMES,
        judge=judge,
        progress=args.progress,
    )


def _dtype_check(
    args: argparse.Namespace, rows: list[dict[str, Any]], probes: dict[str, Any], got: dict[str, ScreenResult]
) -> dict[str, Any]:
    """The same rows and own answers scored by a float32 copy: how far the cheaper dtype moves each score."""
    from persona_xray.evals.stats import rank_correlation

    ref_lm = load_lm(args.model, dtype="float32", device="cpu")
    own = [r["own_answer"] for r in next(iter(got.values())).rows[: len(rows)]]
    ref = screen_probes(
        ref_lm, rows, list(probes.values()), baselines=(), own=own, batch_size=args.batch_size
    )
    out: dict[str, Any] = {"dtype": args.dtype, "rows": len(rows)}
    for name, res in ref.items():
        a = [float(r["score"]) for r in got[name].rows[: len(rows)]]
        b = [float(r["score"]) for r in res.rows]
        spread = float(torch.tensor(b).std()) or 1.0
        out[name] = {
            "mean_abs_diff": sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a),
            "score_sd_float32": spread,
            "spearman": rank_correlation(a, b, unit="row", n_boot=200, n_perm=200)["spearman"],
        }
    del ref_lm
    return out


def _detection(results: dict[str, ScreenResult], ids: set[str], n_bad: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, res in results.items():
        sub = dataclasses.replace(res, rows=[r for r in res.rows if r["id"] in ids])
        det = sub.detection() or {}
        out[name] = det.pop("projection difference")
        if not any(b in out for b in BASELINE_NAMES):
            out.update(det)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "runs" / "screening")
    ap.add_argument("--summary", type=Path, default=ROOT / "results" / "screening" / "summary.json")
    ap.add_argument("--model", default=None, help="default: the bundled SmolLM2-135M-Instruct")
    ap.add_argument("--domains", default="health,career,code", help="domains of the row-level mixtures")
    ap.add_argument(
        "--set-domains",
        default="health,career,education,personal_finance,code",
        help="em-sweep cells of these domains enter the set-level correlation",
    )
    ap.add_argument("--fit-domains", default="legal,automotive", help="the difference direction's rows")
    ap.add_argument("--select-domains", default="math,science", help="rows that pick its layer")
    ap.add_argument("--fit-rows", type=int, default=48, help="rows per domain and side for the difference")
    ap.add_argument("--n", type=int, default=200, help="rows per mixture")
    ap.add_argument("--fractions", default="0.01,0.05,0.1")
    ap.add_argument("--set-rows", type=int, default=24, help="rows sampled from each em-sweep cell's set")
    ap.add_argument("--sweep", type=Path, default=ROOT / "results" / "em_sweep" / "summary.json")
    ap.add_argument("--max-new-tokens", type=int, default=48)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--dtype", default="bfloat16", help="of every forward (checked against float32 below)")
    ap.add_argument("--check-rows", type=int, default=32, help="rows rescored in float32 to check the dtype")
    ap.add_argument("--progress", action="store_true")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    t_all = time.perf_counter()
    args.out.mkdir(parents=True, exist_ok=True)

    def log(msg: str) -> None:
        print(f"[{time.perf_counter() - t_all:6.0f}s] {msg}", flush=True)

    lm = load_lm(args.model, dtype=args.dtype, device="cpu")
    judge = make_judge("offline")  # loaded once: its feature model is the costliest baseline
    cards = _vectors(lm, args.out, args.seed, judge, log)
    layer = int(cards[TRAITS[0]]["layer"])
    g = torch.Generator().manual_seed(args.seed + 99)
    rnd = torch.randn(lm.d_model, generator=g)
    rand_path = args.out / "random-direction.safetensors"
    save_direction(str(rand_path), rnd / rnd.norm(), layer=str(layer), made_by="random control")
    fit, select = args.fit_domains.split(","), args.select_domains.split(",")
    screened = sorted({*args.domains.split(","), *args.set_domains.split(",")})
    if set(fit + select) & set(screened):
        raise SystemExit(
            f"screening_study: the difference must not see a screened domain ({sorted(screened)})"
        )
    diff_path, diff_card = args.out / "difference.safetensors", args.out / "difference.json"
    if not (diff_path.is_file() and diff_card.is_file()):
        vec, at, aucs = _held_out_difference(lm, fit, select, args.fit_rows, args.seed, log)
        save_direction(str(diff_path), vec, layer=str(at), made_by="held-out-domain bad-advice difference")
        write_text_atomic(
            diff_card, json.dumps({"layer": at, "select_auc": aucs, "fit": fit, "select": select})
        )
    diff_info = json.loads(diff_card.read_text())
    probes = {
        **{t: direction_probe(load_direction(c["file"]), int(c["layer"]), t) for t, c in cards.items()},
        DIFF: direction_probe(load_direction(str(diff_path)), int(diff_info["layer"]), DIFF),
        "random direction": direction_probe(load_direction(str(rand_path)), layer, "random direction"),
    }
    fractions = [float(x) for x in args.fractions.split(",")]
    n_bad_max = max(max(3, round(f * args.n)) for f in fractions)
    doc: dict[str, Any] = {
        "command": "python scripts/screening_study.py "
        + f"--domains {args.domains} --set-domains {args.set_domains} --fit-domains {args.fit_domains} "
        + f"--select-domains {args.select_domains} --n {args.n} --fractions {args.fractions} "
        + f"--set-rows {args.set_rows} --seed {args.seed} --dtype {args.dtype}",
        "model": lm.name,
        "seed": args.seed,
        "vectors": {
            t: {k: c[k] for k in ("layer", "report_auc", "select_auc", "kept", "judge", "filter")}
            for t, c in cards.items()
        },
        "difference": {**diff_info, "rows_per_domain_and_side": args.fit_rows},
        "random_layer": layer,
        "unit": "topic",
    }

    # 2. row-level detection in nested mixtures, per domain and kind of bad row
    rows_doc = []
    for domain in args.domains.split(","):
        kinds = (
            {"insecure": "insecure_code"}
            if domain == "code"
            else {
                "obvious": f"{domain}_obvious",
                "subtle": f"{domain}_subtle",
            }
        )
        clean_set = "secure_code" if domain == "code" else f"{domain}_correct"
        clean = _sample(
            clean_set, args.n - min(max(3, round(f * args.n)) for f in fractions), args.seed, "clean"
        )
        bad = {k: _sample(s, n_bad_max, args.seed, "bad") for k, s in kinds.items()}
        pool = clean + [r for rs in bad.values() for r in rs]
        t0 = time.perf_counter()
        results = _screen_all(lm, pool, probes, judge, args)
        if "dtype_check" not in doc and args.dtype != "float32" and args.check_rows > 0:
            doc["dtype_check"] = _dtype_check(args, pool[: args.check_rows], probes, results)
            log(f"dtype check: {doc['dtype_check']}")
        log(f"{domain}: screened {len(pool)} rows in {time.perf_counter() - t0:.0f} s")
        for kind, bad_rows in bad.items():
            for f in fractions:
                n_bad = max(3, round(f * args.n))
                ids = {r["id"] for r in clean[: args.n - n_bad]} | {r["id"] for r in bad_rows[:n_bad]}
                det = _detection(results, ids, n_bad)
                rows_doc.append(
                    {
                        "domain": domain,
                        "bad": kind,
                        "fraction": f,
                        "n": len(ids),
                        "n_bad": n_bad,
                        "detection": det,
                    }
                )
                a = det[TRAITS[0]]["auc"]
                log(f"  {kind} {f:.0%}: {TRAITS[0]} AUC {a['value']:.3f} [{a['low']:.3f}, {a['high']:.3f}]")
    doc["rows"] = rows_doc

    # 3. set-level: each em-sweep cell's set score vs the cell's measured shift
    sweep = json.loads(args.sweep.read_text())

    def screened_cell(c: dict[str, Any]) -> bool:
        return ("code" if c["variant"] == "code" else str(c["domain"])) in args.set_domains.split(",")

    cells = [
        c
        for c in sweep["cells"]
        if c.get("margin_vs_base") and c.get("recipe_variant") in (None, "default") and screened_cell(c)
    ]
    per_set: dict[str, dict[str, float]] = {}
    for c in cells:
        name = c["dataset"]
        if name in per_set:
            continue
        t0 = time.perf_counter()
        rows = _sample(name, args.set_rows, args.seed + 1, "unknown")
        results = _screen_all(lm, rows, probes, judge, args)
        per_set[name] = {p: float(res.set_score()["value"]) for p, res in results.items()}
        first = next(iter(results.values()))
        for b in BASELINE_NAMES:
            per_set[name][b] = sum(float(r[b]) for r in first.rows) / len(first.rows)
        log(f"set {name}: {per_set[name][TRAITS[0]]:+.3f} ({time.perf_counter() - t0:.0f} s)")
    shift = {c["cell"]: float(c["margin_vs_base"]["value"]) for c in cells}
    # all cells (controls included: do set scores order clean, subtle and obvious sets?) and the bad-data
    # cells alone (those with a matched control: do they order the bad sets by how far each moved the model?)
    groups = {"all cells": cells, "bad-data cells": [c for c in cells if c.get("control")]}
    doc["sets"] = {
        "shift": "margin_vs_base (nats/token, paired eval, results/em_sweep)",
        "rows_per_set": args.set_rows,
        "cells": [
            {
                "cell": c["cell"],
                "dataset": c["dataset"],
                "variant": c["variant"],
                "shift": shift[c["cell"]],
                "scores": per_set[c["dataset"]],
            }
            for c in cells
        ],
        "correlation": {
            group: {
                p: rank_correlation(
                    [per_set[c["dataset"]][p] for c in members],
                    [shift[c["cell"]] for c in members],
                    unit="fine-tune",
                    seed=args.seed,
                )
                for p in [*probes, *BASELINE_NAMES]
            }
            for group, members in groups.items()
        },
    }
    for group, corr in doc["sets"]["correlation"].items():
        for p, r in corr.items():
            if r["spearman"] is not None:
                log(f"{group}, set score vs shift, {p}: rho {r['spearman']:+.3f} p {r['p_permutation']:.3f}")
    doc["wall_s"] = round(time.perf_counter() - t_all, 1)
    args.summary.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(args.summary, json.dumps(doc, indent=1) + "\n")
    print(f"wrote {args.summary}")


if __name__ == "__main__":
    main()
