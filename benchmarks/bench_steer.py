"""Steering-screen benchmark: today's sequential sweep vs fanned-out passes, in fp32 and bf16, side by side.

A screen of N directions x S strengths on the paired eval (plus the coherence reference set, as the pipeline
runs it) is the inner loop of the steer stage and of any honest null (>= 19 random controls). Three ways to
compute the same sweep on the bundled model, in one run:

- ``sequential``: one paired eval per configuration (``steer_sweep(..., sequential=True)``), fp32;
- ``batched``: every configuration in fanned-out passes (:class:`persona_xray.interventions.SteerMany`,
  blocks below the steering layer shared), fp32;
- ``batched-bf16``: the same with the model in bfloat16.

Directions are seeded random unit vectors (the cost does not depend on which directions are steered).
Prints wall times, speed-ups over ``sequential``, the largest per-item margin difference of ``batched`` from
``sequential`` (fp32: must be float noise, target <= 1e-4 nats/token) and the bf16 error per item against
fp32 (mean and max absolute margin difference, preference flips). ``--out FILE`` writes them as JSON under
the key ``steer`` (``results/perf/summary.json``, rendered into the README).
Run: ``.venv/bin/python benchmarks/bench_steer.py [--items 100 --directions 20 --strengths 0.3 0.75]``.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch

from persona_xray.analysis.steer import SweepResult, paired_scorer, steer_sweep
from persona_xray.evals.coherence import load_reference
from persona_xray.evals.paired import load_paired
from persona_xray.lm import LM, load_lm


def margins(sw: SweepResult) -> np.ndarray:
    """Every point's per-item margins, baseline first: ``[configs, items]``."""
    pts = [sw.baseline] + [p for pts in sw.curves.values() for p in pts]
    return np.array([p.items for p in pts], dtype=np.float64)


def refs(sw: SweepResult) -> np.ndarray:
    pts = [sw.baseline] + [p for pts in sw.curves.values() for p in pts]
    return np.array([p.reference_nll for p in pts], dtype=np.float64)


def timed(
    lm: LM, dirs: dict[str, torch.Tensor], args: argparse.Namespace, **kw: Any
) -> tuple[float, SweepResult]:
    items = load_paired("paired", limit=args.items)
    fn = paired_scorer(items, batch_size=args.batch, reference=load_reference()[: args.reference])
    scale = lm.median_resid_norm(args.layer)
    t = time.perf_counter()
    sw = steer_sweep(lm, dirs, args.layer, args.strengths, fn, scale=scale, **kw)
    return time.perf_counter() - t, sw


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, default=100)
    ap.add_argument("--directions", type=int, default=20)
    ap.add_argument("--strengths", type=float, nargs="+", default=[0.3, 0.75])
    ap.add_argument("--layer", type=int, default=15)
    ap.add_argument("--reference", type=int, default=40, help="coherence reference rows (0: none)")
    ap.add_argument("--batch", type=int, default=16, help="the sequential path's items per pass")
    ap.add_argument(
        "--sequential-directions",
        type=int,
        default=None,
        help="run the sequential sweep on the first K directions only and scale its time per configuration "
        "(each configuration is an independent eval of equal cost); default: all",
    )
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    fp32 = load_lm(None, device="cpu", dtype="float32")
    g = torch.Generator().manual_seed(0)
    dirs = {f"random:{i}": torch.randn(fp32.d_model, generator=g) for i in range(args.directions)}
    n_cfg = args.directions * len(args.strengths)
    print(
        f"{fp32.name}: {args.items} paired items + {args.reference} reference rows, {n_cfg} configurations + baseline"
    )

    k = (
        len(dirs)
        if args.sequential_directions is None
        else max(1, min(args.sequential_directions, len(dirs)))
    )
    seq_dirs = dict(list(dirs.items())[:k])
    t_seq_run, sw_seq = timed(fp32, seq_dirs, args, sequential=True)
    seq_cfg = k * len(args.strengths) + 1
    t_seq = t_seq_run * (n_cfg + 1) / seq_cfg
    scaled = "" if k == len(dirs) else f"  (measured {t_seq_run:.1f} s on {seq_cfg} configurations, scaled)"
    print(f"sequential fp32   : {t_seq:8.1f} s{scaled}")
    t_bat, sw_bat = timed(fp32, dirs, args)
    print(f"batched fp32      : {t_bat:8.1f} s  ({t_seq / t_bat:5.2f}x)")
    del fp32
    bf16 = load_lm(None, device="cpu", dtype="bfloat16")
    t_b16, sw_b16 = timed(bf16, dirs, args)
    print(f"batched bf16      : {t_b16:8.1f} s  ({t_seq / t_b16:5.2f}x)")

    m_seq, m_bat, m_b16 = margins(sw_seq), margins(sw_bat), margins(sw_b16)
    fp32_err = float(np.abs(m_bat[:seq_cfg] - m_seq).max())  # the sequential run's configurations come first
    ref_err = float(np.abs(refs(sw_bat)[:seq_cfg] - refs(sw_seq)).max()) if args.reference else 0.0
    b16_abs = np.abs(m_b16 - m_bat)
    flips = int(((m_b16 > 0) != (m_bat > 0)).sum())
    print(
        f"batched vs sequential (fp32): max |margin diff| {fp32_err:.2e}, reference NLL {ref_err:.2e} nats/token"
    )
    print(
        f"bf16 vs fp32 margins: mean |diff| {b16_abs.mean():.4f}, max {b16_abs.max():.4f} nats/token, "
        f"preference flips {flips}/{m_bat.size}"
    )
    if args.out:
        doc = {
            "command": (
                f"python benchmarks/bench_steer.py --items {args.items} --directions {args.directions} "
                f"--sequential-directions {k} "
                f"--strengths {' '.join(f'{s:g}' for s in args.strengths)} --layer {args.layer} "
                f"--reference {args.reference}"
            ),
            "model": sw_seq.model,
            "machine": f"{platform.machine()}, torch threads {torch.get_num_threads()}",
            "items": args.items,
            "reference_rows": args.reference,
            "configurations": n_cfg + 1,
            "seconds": {"sequential_fp32": t_seq, "batched_fp32": t_bat, "batched_bf16": t_b16},
            "sequential_measured": {"configurations": seq_cfg, "seconds": t_seq_run},
            "speedup": {"batched_fp32": t_seq / t_bat, "batched_bf16": t_seq / t_b16},
            "fp32_max_abs_margin_diff": fp32_err,
            "fp32_max_abs_reference_nll_diff": ref_err,
            "bf16_margin_abs_error": {"mean": float(b16_abs.mean()), "max": float(b16_abs.max())},
            "bf16_preference_flips": flips,
            "margins_compared": int(m_bat.size),
        }
        # The file may hold other benchmarks' sections (results/perf/summary.json): replace only ours.
        whole = json.loads(args.out.read_text()) if args.out.is_file() else {}
        whole["steer"] = doc
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(whole, indent=2) + "\n")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
