"""Paired-eval scoring benchmark: one prompt pass shared by both answers vs one full pass per answer.

The paired eval is the inner loop of steering sweeps, the monitor and re-alignment, so its cost sets how long
the demo takes. Both sides score the same items on the bundled model, alternately, median of ``--repeats``:

- ``full``: the previous method, prompt + answer right-padded, one full forward per answer set, logits at
  every position;
- ``shared``: :meth:`persona_xray.lm.LM.answers_logprobs` (prompt once, LM head only at its last position,
  each answer continued from a copy of the key/value cache, rows grouped by prompt length).

Prints both times, the speed-up, and how far the per-item margins move (they must agree to float noise).
With ``--bf16`` it also times the shared method with the model in bfloat16 against fp32 and reports the
per-item margin error (mean and max absolute difference, preference flips).
Run: ``.venv/bin/python benchmarks/bench_paired.py [--items 60 --batch 16 --repeats 3 --bf16]``.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

import numpy as np
import torch

from bench_lm import paired as alternate  # same interleaved-median timing as the model-layer benchmark
from persona_xray.evals.paired import PairedItem, load_paired, paired_margins
from persona_xray.lm import LM, load_lm


def full_pass_margins(lm: LM, items: Sequence[PairedItem], batch_size: int) -> np.ndarray:
    """The reference: one right-padded forward per answer set with logits at every position."""

    def score(answers: list[str]) -> list[torch.Tensor]:
        rows = [
            (lm.encode(lm.format_chat(it.chat())), lm.encode(a)) for it, a in zip(items, answers, strict=True)
        ]
        out: list[torch.Tensor] = []
        for start in range(0, len(rows), batch_size):
            chunk = rows[start : start + batch_size]
            ids, mask = lm.pad_right([p + a for p, a in chunk])
            with torch.no_grad():
                logits = lm.model(input_ids=ids, attention_mask=mask).logits
            for b, (pre, ans) in enumerate(chunk):
                lo, hi = len(pre) - 1, len(pre) + len(ans) - 1
                lp = torch.log_softmax(logits[b, lo:hi].float(), dim=-1)
                out.append(lp.gather(-1, ids[b, lo + 1 : hi + 1, None])[:, 0])
        return out

    mis = score([it.misaligned for it in items])
    ali = score([it.aligned for it in items])
    return np.array([float(m.mean() - a.mean()) for m, a in zip(mis, ali, strict=True)])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=None, help="default: the bundled SmolLM2-135M-Instruct")
    ap.add_argument("--items", type=int, default=60)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument(
        "--bf16",
        action="store_true",
        help="also time the shared method in bfloat16 and report its margin error",
    )
    args = ap.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    lm = load_lm(args.model)
    items = load_paired("paired", limit=args.items)
    n_tok = sum(
        len(lm.encode(lm.format_chat(it.chat()))) * 2
        + len(lm.encode(it.misaligned))
        + len(lm.encode(it.aligned))
        for it in items
    )
    t_full, t_shared = alternate(
        lambda: full_pass_margins(lm, items, args.batch),
        lambda: paired_margins(lm, items, batch_size=args.batch),
        args.repeats,
    )
    ref, new = full_pass_margins(lm, items, args.batch), paired_margins(lm, items, batch_size=args.batch)
    flips = int(((ref > 0) != (new > 0)).sum())
    print(
        f"model {lm.name}, {len(items)} paired items, batch {args.batch}, torch threads {torch.get_num_threads()}"
    )
    print(f"tokens in the full method: {n_tok:,}")
    print(f"full pass per answer : {t_full:7.2f} s  ({len(items) / t_full:6.1f} items/s)")
    print(f"shared prompt pass   : {t_shared:7.2f} s  ({len(items) / t_shared:6.1f} items/s)")
    print(f"speed-up             : {t_full / t_shared:7.2f}x")
    print(
        f"margins: max |diff| {np.abs(ref - new).max():.2e} nats/token, preference flips {flips}/{len(items)}"
    )
    if args.bf16:
        half = load_lm(args.model, dtype="bfloat16")
        t32, t16 = alternate(
            lambda: paired_margins(lm, items, batch_size=args.batch),
            lambda: paired_margins(half, items, batch_size=args.batch),
            args.repeats,
        )
        low = paired_margins(half, items, batch_size=args.batch)
        err = np.abs(low - new)
        print(f"shared fp32          : {t32:7.2f} s")
        print(f"shared bf16          : {t16:7.2f} s  ({t32 / t16:.2f}x)")
        print(
            f"bf16 margins vs fp32 : mean |diff| {err.mean():.4f}, max {err.max():.4f} nats/token, "
            f"preference flips {int(((low > 0) != (new > 0)).sum())}/{len(items)}"
        )


if __name__ == "__main__":
    main()
